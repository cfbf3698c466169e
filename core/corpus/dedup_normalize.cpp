// Deduplication: the normalization (lowercase, punctuation dropped, digits to 0, whitespace
// collapsed), scalar and vectorized paths that give the same bytes.
#include "corpus/dedup.h"
#include "corpus/dedup_internal.h"

#include "common/utf8.h"

#include <cstdlib>
#include <cstring>

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif

namespace adaptlab::corpus::dedup_detail {

namespace {

enum class CharKind : unsigned char { Keep, Space, Drop, Digit };

// Non-ASCII classes that matter for duplicates found in web text: the Unicode spaces (those
// Python's str.isspace() accepts), C1 controls, common punctuation and symbol blocks (dropped like
// ASCII punctuation, so curly quotes and dashes do not hide a copy), and decimal digits of the
// common scripts (-> '0'). Everything else, letters of every script included, is kept.
constexpr CharKind kindOf(int32_t cp)
{
    if (cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028
        || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000)
        return CharKind::Space;
    if ((cp >= 0x0660 && cp <= 0x0669) || (cp >= 0x06F0 && cp <= 0x06F9) || (cp >= 0x0966 && cp <= 0x096F))
        return CharKind::Digit;
    if ((cp >= 0x80 && cp <= 0x9F) || (cp >= 0xA1 && cp <= 0xBF && cp != 0xAA && cp != 0xB5 && cp != 0xBA)
        || cp == 0xD7 || cp == 0xF7 || (cp >= 0x200B && cp <= 0x206F) || (cp >= 0x20A0 && cp <= 0x20CF)
        || (cp >= 0x2E00 && cp <= 0x2E7F)
        || (cp >= 0x3001 && cp <= 0x3003) || (cp >= 0x3008 && cp <= 0x3011) || (cp >= 0x3014 && cp <= 0x301F)
        || cp == 0xFEFF || (cp >= 0xFF5F && cp <= 0xFF65))
        return CharKind::Drop;
    return CharKind::Keep;
}

// Simple one-to-one case folding of the scripts where it is cheap and common: Latin-1, Latin
// Extended-A, Greek and Cyrillic (fullwidth ASCII is mapped to ASCII before this). Not full Unicode
// case folding (no 'ß' -> "ss", no accent stripping): copies that differ only there are rare, and
// a table-free rule stays fast.
constexpr int32_t foldCase(int32_t cp)
{
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
        return cp + 0x20;
    if (cp >= 0x100 && cp <= 0x17F) {
        if (cp == 0x130)
            return 'i';
        if (cp == 0x178)
            return 0xFF;
        const bool evenUpper = (cp <= 0x137 && cp != 0x131) || (cp >= 0x14A && cp <= 0x177);
        const bool oddUpper = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
        if ((evenUpper && cp % 2 == 0) || (oddUpper && cp % 2 == 1))
            return cp + 1;
        return cp;
    }
    if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2)
        return cp + 0x20;
    if (cp >= 0x410 && cp <= 0x42F)
        return cp + 0x20;
    if (cp >= 0x400 && cp <= 0x40F)
        return cp + 0x50;
    return cp;
}

// ASCII: what each byte becomes. 0 = dropped (punctuation, control), ' ' = a word break.
struct AsciiTable {
    char map[128];
    constexpr AsciiTable() : map{}
    {
        for (int c = 0; c < 128; ++c) {
            if (c >= 'A' && c <= 'Z')
                map[c] = char(c - 'A' + 'a');
            else if (c >= 'a' && c <= 'z')
                map[c] = char(c);
            else if (c >= '0' && c <= '9')
                map[c] = '0';
            else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f')
                map[c] = ' ';
            else
                map[c] = 0;
        }
    }
};
constexpr AsciiTable kAscii;

// The non-ASCII character at p, or a byte that starts no valid sequence: its `length` in bytes, and
// what it becomes, written at w: `written` bytes (at most 4; 0 when the character is dropped), or
// kWordBreak (nothing written). One decision for the scalar and the vector paths, so they cannot
// disagree about a character.
constexpr int kWordBreak = -1;

struct NonAsciiChar {
    int length;
    int written;
};

// Two-byte characters (U+0080..U+07FF: Latin-1 and Latin Extended, Greek, Cyrillic, Hebrew,
// Arabic...), the common non-ASCII ones, are looked up rather than classified and folded each time:
// map[cp] = what kindOf and foldCase make of cp, 0 when it is dropped, kTwoByteBreak for a break.
constexpr uint16_t kTwoByteBreak = 0xFFFF;

struct TwoByteTable {
    uint16_t map[0x800];
    constexpr TwoByteTable() : map{}
    {
        for (int32_t cp = 0x80; cp < 0x800; ++cp) {
            switch (kindOf(cp)) {
            case CharKind::Space:
                map[cp] = kTwoByteBreak;
                break;
            case CharKind::Drop:
                map[cp] = 0;
                break;
            case CharKind::Digit:
                map[cp] = '0';
                break;
            case CharKind::Keep:
                map[cp] = uint16_t(foldCase(cp));
                break;
            }
        }
    }
};
constexpr TwoByteTable kTwoByte;

NonAsciiChar normalizeNonAscii(const unsigned char* p, const unsigned char* end, char* w)
{
    if (p[0] >= 0xC2 && p[0] <= 0xDF && p + 1 < end && (p[1] & 0xC0) == 0x80) {
        const uint16_t m = kTwoByte.map[((p[0] & 0x1F) << 6) | (p[1] & 0x3F)];
        if (m == kTwoByteBreak)
            return {2, kWordBreak};
        return {2, m == 0 ? 0 : int(utf8::encode(w, m) - w)};
    }
    // A byte that starts no valid sequence is kept as it is, so normalization never loses or invents
    // bytes of broken text.
    const utf8::CodePoint decoded = utf8::decode(p, end);
    if (!decoded.valid()) {
        *w = char(*p);
        return {1, 1};
    }
    if (decoded.value >= 0xFF01 && decoded.value <= 0xFF5E) {
        // Fullwidth ASCII (CJK web text) is ASCII as NFKC would have it: "ＡＢＣ１２３" = "abc000".
        // (Never a break: U+FF01..U+FF5E are the printable characters.)
        *w = kAscii.map[decoded.value - 0xFEE0];
        return {decoded.length, *w != 0};
    }
    switch (kindOf(int32_t(decoded.value))) {
    case CharKind::Space:
        return {decoded.length, kWordBreak};
    case CharKind::Drop:
        return {decoded.length, 0};
    case CharKind::Digit:
        *w = '0';
        return {decoded.length, 1};
    case CharKind::Keep:
        break;
    }
    return {decoded.length, int(utf8::encode(w, char32_t(foldCase(int32_t(decoded.value)))) - w)};
}

} // namespace

// The portable path, and the reference every vector path is tested against byte for byte.
void normalizeScalar(std::string_view text, std::string& out)
{
    // The output is never longer than the input (every folded character keeps or shortens its
    // encoding, and each space written stands for at least one separator byte that wrote nothing),
    // so it is written through a raw pointer into a buffer of the input's size.
    out.resize(text.size());
    char* const begin = out.data();
    char* w = begin;
    // A break is written lazily, before the next kept character: that both collapses runs and trims.
    bool pendingSpace = false;
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = p + text.size();
    while (p < end) {
        const unsigned c = *p;
        if (c < 0x80) {
            // Branch-free: word breaks come every few bytes and would mispredict. Both writes land at
            // or before the current input position; a write not kept is overwritten or cut off.
            const char m = kAscii.map[c];
            const bool kept = m != 0 && m != ' ';
            *w = ' ';
            w += kept & pendingSpace & (w != begin);
            *w = m;
            w += kept;
            pendingSpace = (pendingSpace | (m == ' ')) & !kept;
            ++p;
            continue;
        }
        // A pending break goes in front of the character's bytes, and counts only if they do.
        char* const at = w + (pendingSpace && w != begin);
        *w = ' ';
        const NonAsciiChar ch = normalizeNonAscii(p, end, at);
        p += ch.length;
        if (ch.written == kWordBreak) {
            pendingSpace = true;
        } else if (ch.written > 0) {
            w = at + ch.written;
            pendingSpace = false;
        }
    }
    out.resize(size_t(w - begin));
}

// ADAPTLAB_MINHASH_KERNEL=scalar|avx2|avx512 narrows the choice of every vectorized dedup path (the
// MinHash kernel and normalization; tst_dedup runs each one the machine has, benchmarks compare
// them). A path the CPU lacks is never picked.
std::string_view forcedKernel()
{
    const char* forced = std::getenv("ADAPTLAB_MINHASH_KERNEL");
    return forced ? forced : "";
}

namespace {

#if defined(__x86_64__) && defined(__GNUC__)
#define ADAPTLAB_DEDUP_VECTORS 1

// The vector paths classify 64 bytes at a time and write whole registers at the output position,
// so the output buffer has this much room past the longest possible output.
constexpr size_t kNormalizeSlack = 64;

// Unlike the scalar path, the vector paths write a word break eagerly: at the first whitespace
// after a word byte (dropped bytes in between do not count), and a break left at the very end is
// cut off. That is the same output (one space between two kept characters exactly when whitespace
// separates them in the input, none leading or trailing) but needs no look-ahead, so a whole block
// is settled from bit masks. `afterWord` carries whether the last byte that was not dropped was a
// word byte.
//
// Returns which bytes of a block are written: every word byte and each whitespace byte whose last
// non-dropped predecessor is a word byte. Bit i stands for byte i; `word` and `space` lie in
// `valid`, the bytes this block settles.
inline uint64_t keptBytes(uint64_t word, uint64_t space, uint64_t valid, bool& afterWord)
{
    const uint64_t dropped = valid & ~(word | space);
    const uint64_t follows = (word << 1) | uint64_t(afterWord); // the bytes right after a word byte
    // A run of dropped bytes that follows a word byte passes that on to the byte ending the run:
    // adding the run's first bit carries through the run into that byte.
    const uint64_t reached = (follows | (dropped + (follows & dropped))) & ~dropped;
    const uint64_t nonDropped = word | space;
    if (nonDropped != 0)
        afterWord = (word >> (63 - __builtin_clzll(nonDropped))) & 1;
    return word | (space & reached);
}

// Characters one at a time with eager breaks, from a non-ASCII one until two ASCII bytes in a row.
// Text in a non-Latin script, where single spaces separate the words, stays here (a vector block
// per word would cost more than the one byte it settles); a second ASCII byte goes back to the
// vector path (measured on Latin text with some non-ASCII words: ~1.4x faster than waiting for 16).
inline void normalizeScalarRun(const unsigned char*& p, const unsigned char* end, char*& w, bool& afterWord)
{
    int asciiInARow = 0;
    while (p < end && asciiInARow < 2) {
        const unsigned c = *p;
        if (c < 0x80) {
            // Branch-free as in normalizeScalar; a dropped byte's write is overwritten or cut off.
            const char m = kAscii.map[c];
            const bool word = m != 0 && m != ' ';
            *w = m;
            w += word | ((m == ' ') & afterWord);
            afterWord = word | (afterWord & (m == 0));
            ++p;
            ++asciiInARow;
            continue;
        }
        asciiInARow = 0;
        const NonAsciiChar ch = normalizeNonAscii(p, end, w);
        p += ch.length;
        if (ch.written == kWordBreak) {
            *w = ' ';
            w += afterWord;
            afterWord = false;
        } else {
            w += ch.written;
            afterWord |= ch.written > 0;
        }
    }
}

inline void trimTrailingBreak(std::string& out, char* begin, char* w)
{
    // Only an eager break can end the output: no word byte is a space.
    if (w != begin && w[-1] == ' ')
        --w;
    out.resize(size_t(w - begin));
}

// AVX-512BW classifies a block into mask registers and VBMI2's vpcompressb packs the written bytes
// in one instruction (into a register and then stored: the compressing store to memory is
// microcoded and slow on AMD Zen 4).
__attribute__((target("avx512f,avx512bw,avx512vbmi2,popcnt"))) void normalizeAvx512(std::string_view text,
                                                                                 std::string& out)
{
    out.resize(text.size() + kNormalizeSlack);
    char* const begin = out.data();
    char* w = begin;
    bool afterWord = false;
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* const end = p + text.size();
    while (p < end) {
        const size_t left = size_t(end - p);
        // A masked load reads nothing past the end of the text.
        const uint64_t inRange = left >= 64 ? ~uint64_t(0) : (uint64_t(1) << left) - 1;
        const __m512i v = _mm512_maskz_loadu_epi8(inRange, p);
        // The block settles the bytes before its first non-ASCII one; the decoder takes it from there.
        const uint64_t nonAscii = _mm512_movepi8_mask(v);
        const uint64_t valid = inRange & ((nonAscii & (0 - nonAscii)) - 1);
        const __m512i lowered = _mm512_or_si512(v, _mm512_set1_epi8(0x20));
        const uint64_t letter =
            _mm512_cmplt_epu8_mask(_mm512_sub_epi8(lowered, _mm512_set1_epi8('a')), _mm512_set1_epi8(26));
        const uint64_t digit =
            _mm512_cmplt_epu8_mask(_mm512_sub_epi8(v, _mm512_set1_epi8('0')), _mm512_set1_epi8(10));
        const uint64_t space = _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8(' '))
                               | _mm512_cmplt_epu8_mask(_mm512_sub_epi8(v, _mm512_set1_epi8('\t')),
                                                        _mm512_set1_epi8(5)); // \t \n \v \f \r
        __m512i mapped = _mm512_mask_mov_epi8(v, letter, lowered);
        mapped = _mm512_mask_mov_epi8(mapped, digit, _mm512_set1_epi8('0'));
        mapped = _mm512_mask_mov_epi8(mapped, space, _mm512_set1_epi8(' '));
        const uint64_t kept = keptBytes((letter | digit) & valid, space & valid, valid, afterWord);
        _mm512_storeu_si512(w, _mm512_maskz_compress_epi8(kept, mapped));
        w += __builtin_popcountll(kept);
        if (nonAscii == 0) {
            p += std::min<size_t>(left, 64);
            continue;
        }
        p += __builtin_ctzll(nonAscii);
        normalizeScalarRun(p, end, w, afterWord);
    }
    trimTrailingBreak(out, begin, w);
}

// For each 8-bit mask, the positions of its set bits in order (then 0x80, which pshufb turns into
// a zero byte): the shuffle that packs the chosen bytes of a group of 8 to its front.
struct CompactTable {
    alignas(8) unsigned char index[256][8];
    constexpr CompactTable() : index{}
    {
        for (int mask = 0; mask < 256; ++mask) {
            int k = 0;
            for (int bit = 0; bit < 8; ++bit)
                if (mask >> bit & 1)
                    index[mask][k++] = static_cast<unsigned char>(bit);
            while (k < 8)
                index[mask][k++] = 0x80;
        }
    }
};
constexpr CompactTable kCompact;

// 32 bytes: bit masks of word bytes and whitespace, and the bytes as written. Signed compares are
// exact for ASCII, and a non-ASCII byte (negative) never passes a lower bound above zero.
struct Classified32 {
    uint32_t word, space;
    __m256i mapped;
};

__attribute__((target("avx2"), always_inline)) inline __m256i between(__m256i x, char lo, char hi)
{
    return _mm256_and_si256(_mm256_cmpgt_epi8(x, _mm256_set1_epi8(char(lo - 1))),
                            _mm256_cmpgt_epi8(_mm256_set1_epi8(char(hi + 1)), x));
}

__attribute__((target("avx2"), always_inline)) inline Classified32 classifyAvx2(__m256i v)
{
    const __m256i lowered = _mm256_or_si256(v, _mm256_set1_epi8(0x20));
    const __m256i letter = between(lowered, 'a', 'z');
    const __m256i digit = between(v, '0', '9');
    const __m256i space = _mm256_or_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8(' ')), between(v, '\t', '\r'));
    __m256i mapped = _mm256_blendv_epi8(v, lowered, letter);
    mapped = _mm256_blendv_epi8(mapped, _mm256_set1_epi8('0'), digit);
    mapped = _mm256_blendv_epi8(mapped, _mm256_set1_epi8(' '), space);
    return {uint32_t(_mm256_movemask_epi8(_mm256_or_si256(letter, digit))), uint32_t(_mm256_movemask_epi8(space)),
            mapped};
}

// AVX2 has no byte compress: the written bytes of each group of 8 are packed with pshufb and a
// table of shuffles, two groups per shuffle, each group stored at the output position (as
// simdjson's minifier does).
__attribute__((target("avx2,popcnt"))) void normalizeAvx2(std::string_view text, std::string& out)
{
    out.resize(text.size() + kNormalizeSlack);
    char* const begin = out.data();
    char* w = begin;
    bool afterWord = false;
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* const end = p + text.size();
    const __m128i secondGroup = _mm_setr_epi8(0, 0, 0, 0, 0, 0, 0, 0, 8, 8, 8, 8, 8, 8, 8, 8);
    alignas(32) unsigned char tail[64];
    while (p < end) {
        const size_t left = size_t(end - p);
        const unsigned char* block = p;
        uint64_t inRange = ~uint64_t(0);
        if (left < 64) { // the last bytes, copied so that no load reads past the end of the text
            std::memset(tail, 0, sizeof tail);
            std::memcpy(tail, p, left);
            block = tail;
            inRange = (uint64_t(1) << left) - 1;
        }
        const __m256i v0 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(block));
        const __m256i v1 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(block + 32));
        const uint64_t nonAscii =
            (uint64_t(uint32_t(_mm256_movemask_epi8(v0))) | uint64_t(uint32_t(_mm256_movemask_epi8(v1))) << 32)
            & inRange;
        const uint64_t valid = inRange & ((nonAscii & (0 - nonAscii)) - 1);
        const Classified32 c0 = classifyAvx2(v0), c1 = classifyAvx2(v1);
        const uint64_t word = (uint64_t(c0.word) | uint64_t(c1.word) << 32) & valid;
        const uint64_t space = (uint64_t(c0.space) | uint64_t(c1.space) << 32) & valid;
        const uint64_t kept = keptBytes(word, space, valid, afterWord);
        const __m128i quarters[4] = {_mm256_castsi256_si128(c0.mapped), _mm256_extracti128_si256(c0.mapped, 1),
                                     _mm256_castsi256_si128(c1.mapped), _mm256_extracti128_si256(c1.mapped, 1)};
        for (int q = 0; q < 4; ++q) {
            const unsigned m0 = unsigned(kept >> (16 * q)) & 0xFF, m1 = unsigned(kept >> (16 * q + 8)) & 0xFF;
            const __m128i shuffle = _mm_add_epi8(
                _mm_unpacklo_epi64(_mm_loadl_epi64(reinterpret_cast<const __m128i*>(kCompact.index[m0])),
                                   _mm_loadl_epi64(reinterpret_cast<const __m128i*>(kCompact.index[m1]))),
                secondGroup);
            const __m128i packed = _mm_shuffle_epi8(quarters[q], shuffle);
            _mm_storel_epi64(reinterpret_cast<__m128i*>(w), packed);
            w += __builtin_popcount(m0);
            _mm_storel_epi64(reinterpret_cast<__m128i*>(w), _mm_unpackhi_epi64(packed, packed));
            w += __builtin_popcount(m1);
        }
        if (nonAscii == 0) {
            p += std::min<size_t>(left, 64);
            continue;
        }
        p += __builtin_ctzll(nonAscii);
        normalizeScalarRun(p, end, w, afterWord);
    }
    trimTrailingBreak(out, begin, w);
}
#endif

using Normalizer = void (*)(std::string_view, std::string&);

Normalizer chooseNormalizer()
{
#if defined(ADAPTLAB_DEDUP_VECTORS)
    const std::string_view want = forcedKernel();
    __builtin_cpu_init();
    const bool popcnt = __builtin_cpu_supports("popcnt");
    const bool avx512 = popcnt && __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw")
                        && __builtin_cpu_supports("avx512vbmi2");
    const bool avx2 = popcnt && __builtin_cpu_supports("avx2");
    if (avx512 && (want.empty() || want == "avx512"))
        return normalizeAvx512;
    if (avx2 && (want.empty() || want == "avx2"))
        return normalizeAvx2;
#endif
    return normalizeScalar;
}

} // namespace

void normalizeInto(std::string_view text, std::string& out)
{
    static const Normalizer normalizer = chooseNormalizer(); // on first use: no static-order trap
    normalizer(text, out);
}

} // namespace adaptlab::corpus::dedup_detail

namespace adaptlab::corpus {

using namespace dedup_detail;

std::string normalizeForDedup(std::string_view text)
{
    std::string out;
    normalizeInto(text, out);
    return out;
}

std::string normalizeForDedupScalar(std::string_view text)
{
    std::string out;
    normalizeScalar(text, out);
    return out;
}

void normalizeForDedup(std::string_view text, std::string& out)
{
    normalizeInto(text, out);
}

} // namespace adaptlab::corpus
