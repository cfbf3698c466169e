#include "corpus/dedup.h"

#define XXH_INLINE_ALL // inlined: band hashes and long words are a few dozen bytes, a call costs as much
#include <xxhash.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <random>
#include <stdexcept>

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif

namespace adaptlab::corpus {

namespace {

// Per-thread scratch above this is released after use instead of kept for the next document.
constexpr size_t kKeepScratchBytes = size_t(16) << 20;

// One code point from a strict UTF-8 decoder (no overlongs, no surrogates, <= U+10FFFF), or
// length 1 and cp -1 for a byte that does not start a valid sequence: such bytes are kept as they
// are, so normalization never loses or invents bytes of broken text.
struct CodePoint {
    int32_t cp;
    int length;
};

CodePoint decodeUtf8(const unsigned char* p, const unsigned char* end)
{
    const unsigned c = p[0];
    auto cont = [&](int i) { return p + i < end && (p[i] & 0xC0) == 0x80; };
    if (c >= 0xC2 && c <= 0xDF && cont(1))
        return {int32_t(((c & 0x1F) << 6) | (p[1] & 0x3F)), 2};
    if (c >= 0xE0 && c <= 0xEF && cont(1) && cont(2)) {
        if ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] > 0x9F))
            return {-1, 1};
        return {int32_t(((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F)), 3};
    }
    if (c >= 0xF0 && c <= 0xF4 && cont(1) && cont(2) && cont(3)) {
        if ((c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] > 0x8F))
            return {-1, 1};
        return {int32_t(((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F)), 4};
    }
    return {-1, 1};
}

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

char* writeUtf8(char* w, int32_t cp)
{
    if (cp < 0x80) {
        *w++ = char(cp);
    } else if (cp < 0x800) {
        *w++ = char(0xC0 | (cp >> 6));
        *w++ = char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *w++ = char(0xE0 | (cp >> 12));
        *w++ = char(0x80 | ((cp >> 6) & 0x3F));
        *w++ = char(0x80 | (cp & 0x3F));
    } else {
        *w++ = char(0xF0 | (cp >> 18));
        *w++ = char(0x80 | ((cp >> 12) & 0x3F));
        *w++ = char(0x80 | ((cp >> 6) & 0x3F));
        *w++ = char(0x80 | (cp & 0x3F));
    }
    return w;
}

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
        return {2, m == 0 ? 0 : int(writeUtf8(w, m) - w)};
    }
    const CodePoint decoded = decodeUtf8(p, end);
    if (decoded.cp < 0) {
        *w = char(*p);
        return {1, 1};
    }
    if (decoded.cp >= 0xFF01 && decoded.cp <= 0xFF5E) {
        // Fullwidth ASCII (CJK web text) is ASCII as NFKC would have it: "ＡＢＣ１２３" = "abc000".
        // (Never a break: U+FF01..U+FF5E are the printable characters.)
        *w = kAscii.map[decoded.cp - 0xFEE0];
        return {decoded.length, *w != 0};
    }
    switch (kindOf(decoded.cp)) {
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
    return {decoded.length, int(writeUtf8(w, foldCase(decoded.cp)) - w)};
}

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

#if defined(__x86_64__) && defined(__GNUC__)
#define ADAPTLAB_DEDUP_VECTORS 1

// ADAPTLAB_MINHASH_KERNEL=scalar|avx2|avx512 narrows the choice of every vectorized dedup path (the
// MinHash kernel and normalization; tst_dedup runs each one the machine has, benchmarks compare
// them). A path the CPU lacks is never picked.
std::string_view forcedKernel()
{
    const char* forced = std::getenv("ADAPTLAB_MINHASH_KERNEL");
    return forced ? forced : "";
}

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

void normalizeInto(std::string_view text, std::string& out)
{
    static const Normalizer normalizer = chooseNormalizer(); // on first use: no static-order trap
    normalizer(text, out);
}

// Shingle hashes. Each word is hashed once and a shingle's hash is made from its words' hashes:
//   shingle(w_1 .. w_n) = fmix64(word(w_1) * M^(n-1) + word(w_2) * M^(n-2) + ... + word(w_n)  mod 2^64)
// A polynomial, so word order counts and a sliding window updates it with two multiplies per word,
// then MurmurHash3's 64-bit finalizer, a bijection that spreads every input bit over the whole
// value, so the multiply-shift permutations see well-mixed inputs. A word of at most 16 bytes
// hashes as mulFold(lo ^ K1, hi ^ K2 ^ length) of its two halves read as little-endian integers
// padded with zeros (one 64x64->128-bit multiply folded to 64 bits, as wyhash does); a longer word
// (rare) with XXH3-64. Before, each shingle's bytes went through XXH3-64, every byte n times.
// K1 and K2 are fixed random values with a zero low byte, so the factors' low bytes are the word's
// first byte and its length ^ its ninth byte (0 when shorter): neither is 0 in normalized text,
// whose words are not empty and hold no control characters. So no factor is 0, which would zero
// the product whatever the other half holds. M is a fixed random odd value.
constexpr uint64_t kWordLow = 0x749882321e350400;   // K1
constexpr uint64_t kWordHigh = 0x79c8c2926b94b500;  // K2
constexpr uint64_t kShingleMul = 0x4242aadbc8f429a5; // M

inline uint64_t loadLittleEndian64(const char* p)
{
    uint64_t v;
    std::memcpy(&v, p, sizeof v);
    if constexpr (std::endian::native == std::endian::big)
        v = __builtin_bswap64(v);
    return v;
}

// kHalfMasks[length] keeps the bytes of a word of that length (<= 16) in its two 8-byte halves: a
// lookup, because a branch on the length would mispredict on every other word.
struct HalfMasks {
    uint64_t low[17], high[17];
    constexpr HalfMasks() : low{}, high{}
    {
        for (int length = 0; length <= 16; ++length) {
            const int inLow = length < 8 ? length : 8, inHigh = length - inLow;
            low[length] = inLow == 8 ? ~uint64_t(0) : (uint64_t(1) << (8 * inLow)) - 1;
            high[length] = inHigh == 8 ? ~uint64_t(0) : (uint64_t(1) << (8 * inHigh)) - 1;
        }
    }
};
constexpr HalfMasks kHalfMasks;

inline uint64_t mulFold(uint64_t a, uint64_t b)
{
    const unsigned __int128 product = static_cast<unsigned __int128>(a) * b;
    return uint64_t(product) ^ uint64_t(product >> 64);
}

inline uint64_t fmix64(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

inline uint64_t shortWordHash(uint64_t low, uint64_t high, size_t length)
{
    return mulFold(low ^ kWordLow, high ^ kWordHigh ^ length);
}

// Any word, reading only its own bytes.
uint64_t wordHash(const char* word, size_t length)
{
    if (length > 16)
        return XXH3_64bits(word, length);
    char padded[16] = {};
    std::memcpy(padded, word, length);
    return shortWordHash(loadLittleEndian64(padded), loadLittleEndian64(padded + 8), length);
}

// Bit i set where p[i] == ' ', for the 64 bytes at p. SSE2 is part of x86-64; elsewhere the
// compiler vectorizes the loop or not.
inline uint64_t spaceMask64(const char* p)
{
    uint64_t mask = 0;
#if defined(ADAPTLAB_DEDUP_VECTORS)
    const __m128i space = _mm_set1_epi8(' ');
    for (int i = 0; i < 4; ++i) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * i));
        mask |= uint64_t(uint32_t(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, space)))) << (16 * i);
    }
#else
    for (int i = 0; i < 64; ++i)
        mask |= uint64_t(p[i] == ' ') << i;
#endif
    return mask;
}

// Shingle hashes from word hashes: out[k] = fmix64(words[k] * M^(n-1) + ... + words[k+n-1]) for
// k < count, the polynomial above. Each block of words is hashed before its shingles (not word and
// shingle in one loop), so the shingles' finalizers overlap instead of waiting behind the next
// word's hash (measured: most of the time outside the MinHash kernel went to that chain). Here the
// polynomial slides from one shingle to the next (two multiplies per shingle; Horner's rule on
// each shingle, as the vector path does, needs n - 1 and measured slower on scalar multipliers).
void shingleHashesScalar(const uint64_t* words, size_t n, uint64_t* out, size_t count)
{
    if (count == 0)
        return;
    uint64_t window = 0, leaving = 1; // leaving = M^n, the weight of the word that leaves the window
    for (size_t j = 0; j < n; ++j) {
        window = window * kShingleMul + words[j];
        leaving *= kShingleMul;
    }
    out[0] = fmix64(window);
    for (size_t k = 1; k < count; ++k) {
        window = window * kShingleMul + words[k + n - 1] - words[k - 1] * leaving;
        out[k] = fmix64(window);
    }
}

using ShingleHasher = void (*)(const uint64_t*, size_t, uint64_t*, size_t);

#if defined(ADAPTLAB_DEDUP_VECTORS)
// Eight shingles at a time with AVX-512DQ's 64-bit lane multiply: lane l of the j-th load is word
// k + l + j, so Horner's rule runs on eight shingles side by side, each from its own words.
__attribute__((target("avx512f,avx512dq"))) void shingleHashesAvx512(const uint64_t* words, size_t n,
                                                                     uint64_t* out, size_t count)
{
    const __m512i mul = _mm512_set1_epi64(static_cast<long long>(kShingleMul));
    const __m512i mix1 = _mm512_set1_epi64(static_cast<long long>(0xff51afd7ed558ccdULL));
    const __m512i mix2 = _mm512_set1_epi64(static_cast<long long>(0xc4ceb9fe1a85ec53ULL));
    size_t k = 0;
    for (; k + 8 <= count; k += 8) {
        __m512i h = _mm512_loadu_si512(words + k);
        for (size_t j = 1; j < n; ++j)
            h = _mm512_add_epi64(_mm512_mullo_epi64(h, mul), _mm512_loadu_si512(words + k + j));
        h = _mm512_mullo_epi64(_mm512_xor_si512(h, _mm512_srli_epi64(h, 33)), mix1); // fmix64
        h = _mm512_mullo_epi64(_mm512_xor_si512(h, _mm512_srli_epi64(h, 33)), mix2);
        _mm512_storeu_si512(out + k, _mm512_xor_si512(h, _mm512_srli_epi64(h, 33)));
    }
    shingleHashesScalar(words + k, n, out + k, count - k);
}
#endif

ShingleHasher chooseShingleHasher()
{
#if defined(ADAPTLAB_DEDUP_VECTORS)
    const std::string_view want = forcedKernel();
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq") && (want.empty() || want == "avx512"))
        return shingleHashesAvx512;
#endif
    return shingleHashesScalar;
}

// Calls onBlock(hashes, count) with the hash of every word n-gram shingle of normalized text, in
// order, a block at a time (words are what single spaces separate; memory stays constant however
// long the document). Word ends come 64 bytes at a time from a bit mask; each word's hash goes into
// an array, and a full array becomes a block of shingle hashes at once.
template <typename OnBlock>
void forEachShingleBlock(std::string_view normalized, int ngram, OnBlock&& onBlock)
{
    if (normalized.empty())
        return;
    if (ngram < 1)
        throw std::invalid_argument("MinHash shingle size must be >= 1");
    static const ShingleHasher shingleHashes = chooseShingleHasher(); // on first use: no static-order trap
    const size_t n = size_t(ngram);
    // words[0..filled): word hashes. A full array of kBlock + n - 1 words gives kBlock shingles, and
    // its last n - 1 words move to the front for the shingles that go on into the next block.
    constexpr size_t kBlock = 512, kLocalNgram = 16;
    uint64_t localWords[kBlock + kLocalNgram - 1], localShingles[kBlock];
    std::vector<uint64_t> heap;
    uint64_t* words = localWords;
    if (n > kLocalNgram) {
        heap.resize(kBlock + n - 1);
        words = heap.data();
    }
    const size_t capacity = kBlock + n - 1;
    const char* text = normalized.data();
    const size_t size = normalized.size();
    size_t filled = 0;
    bool flushed = false;
    auto flush = [&] {
        const size_t count = filled - (n - 1);
        shingleHashes(words, n, localShingles, count);
        onBlock(static_cast<const uint64_t*>(localShingles), count);
        std::copy(words + count, words + filled, words);
        filled = n - 1;
        flushed = true;
    };
    auto addWord = [&](size_t start, size_t end) {
        const size_t length = end - start;
        uint64_t hash;
        if (length <= 16 && start + 16 <= size) [[likely]] {
            // In place: two 8-byte loads inside the text, the bytes past the word masked off.
            hash = shortWordHash(loadLittleEndian64(text + start) & kHalfMasks.low[length],
                                 loadLittleEndian64(text + start + 8) & kHalfMasks.high[length], length);
        } else {
            hash = wordHash(text + start, length);
        }
        words[filled] = hash;
        if (++filled == capacity)
            flush();
    };
    size_t start = 0, base = 0;
    auto addWordsEndingIn = [&](uint64_t spaces) {
        for (; spaces != 0; spaces &= spaces - 1) {
            const size_t end = base + size_t(__builtin_ctzll(spaces));
            addWord(start, end);
            start = end + 1;
        }
    };
    for (; base + 64 <= size; base += 64)
        addWordsEndingIn(spaceMask64(text + base));
    if (base < size) {
        char tail[64] = {}; // zero bytes are no spaces
        std::memcpy(tail, text + base, size - base);
        addWordsEndingIn(spaceMask64(tail));
    }
    addWord(start, size);
    if (filled >= n) {
        flush();
    } else if (!flushed) {
        // A document shorter than one shingle is one shingle of all its words.
        uint64_t h = 0;
        for (size_t j = 0; j < filled; ++j)
            h = h * kShingleMul + words[j];
        const uint64_t hash = fmix64(h);
        onBlock(&hash, size_t(1));
    }
}

// The permutations are Dietzfelbinger's multiply-add-shift hashes
//   h_i(x) = (uint32)((a_i * x + b_i) mod 2^64 >> 32),  a_i odd, b_i any 64-bit value,
// a 2-approximately-universal family (collision probability <= 2/2^32 for x != y) and the one
// fast MinHash libraries use: one 64-bit multiply, one add and one shift per hash and shingle,
// where the earlier (a*x + b) mod (2^61 - 1) needed four 32x32 multiplies and a dozen adds and
// shifts. Signatures differ from that family's (the estimator, the S-curve and the recall and
// precision targets do not): a signals file keeps its hasher's values, and one written before
// this change must be rescanned before its band hashes are compared with new ones.
// Every kernel below does mins[i] = min(mins[i], h_i(x)) over a block of shingle hashes x, taking
// and leaving the running minima as 32-bit values in 64-bit slots.
//
// Where 64-bit lanes multiply (plain integers, AVX-512DQ's vpmullq) the minimum is kept of the
// whole a_i * x + b_i and shifted once per block, not per shingle: dropping the low half keeps
// order, so the high half of the minimum is the minimum of the high halves (a running minimum m
// enters as m * 2^32 + 2^32 - 1, the largest value with that high half). V is a GCC vector of W
// uint64 lanes or plain uint64_t (W = 1); G groups of W hash functions go through each shingle
// together, so the multiplier has independent work (measured ~20% faster on AVX-512 than one
// group), and their parameters and running minima stay in registers. Always inlined, so it is
// compiled with the instruction set of the kernel it is in. Continues from hash function i.
template <typename V, size_t W, size_t G>
__attribute__((always_inline)) inline void minHashBlocks(const uint64_t* as, const uint64_t* bs, uint64_t* mins,
                                                         size_t count, const uint64_t* xs, size_t shingles, size_t& i)
{
    for (; i + G * W <= count; i += G * W) {
        V a[G], b[G], m[G];
        for (size_t g = 0; g < G; ++g) {
            std::memcpy(&a[g], as + i + g * W, sizeof(V));
            std::memcpy(&b[g], bs + i + g * W, sizeof(V));
            std::memcpy(&m[g], mins + i + g * W, sizeof(V));
            m[g] = m[g] << 32 | 0xFFFFFFFFu;
        }
        for (size_t s = 0; s < shingles; ++s) {
            const V x = V{} + xs[s];
            for (size_t g = 0; g < G; ++g) {
                const V v = a[g] * x + b[g];
                m[g] = v < m[g] ? v : m[g];
            }
        }
        for (size_t g = 0; g < G; ++g) {
            m[g] >>= 32;
            std::memcpy(mins + i + g * W, &m[g], sizeof(V));
        }
    }
}

using MinHashKernel = void (*)(const uint64_t*, const uint64_t*, uint64_t*, size_t, const uint64_t*, size_t);

// The portable kernel (the vector ones are tested against the formula, as this one is).
void minHashScalar(const uint64_t* as, const uint64_t* bs, uint64_t* mins, size_t count, const uint64_t* xs,
                   size_t shingles)
{
    size_t i = 0;
    minHashBlocks<uint64_t, 1, 4>(as, bs, mins, count, xs, shingles, i);
    minHashBlocks<uint64_t, 1, 1>(as, bs, mins, count, xs, shingles, i);
}

// The kernel is the hot loop of near-dedup (numHashes multiply-adds per shingle). Vector widths
// must match the machine: a GCC vector wider than the hardware's is split into slow piecewise
// code (measured 10x slower than scalar), so each width is compiled for its own instruction set
// and the one this CPU runs is picked once at load time. One binary runs anywhere.
#if defined(__x86_64__) && defined(__GNUC__)
#define ADAPTLAB_MINHASH_VECTORS 1
typedef uint64_t U64x8 __attribute__((vector_size(64)));

// AVX2 has no 64-bit lane multiply or unsigned 64-bit minimum; built from 32x32-bit multiplies and
// compares they cost ~1.5x more than computing only the high half that is kept:
//   h = hi32(lo32(a) * lo32(x) + b) + lo32(hi32(a) * lo32(x) + lo32(a) * hi32(x))  mod 2^32
// (hi32(a) * hi32(x) only adds multiples of 2^64), three vpmuludq and a 32-bit minimum on the even
// 32-bit lanes; the odd lanes collect garbage and are cleared on the way out.
template <size_t G>
__attribute__((target("avx2"), always_inline)) inline void minHashHalvesAvx2(const uint64_t* as, const uint64_t* bs,
                                                                             uint64_t* mins, size_t count,
                                                                             const uint64_t* xs, size_t shingles,
                                                                             size_t& i)
{
    for (; i + G * 4 <= count; i += G * 4) {
        __m256i aLow[G], aHigh[G], b[G], m[G];
        for (size_t g = 0; g < G; ++g) {
            aLow[g] = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(as + i + g * 4));
            aHigh[g] = _mm256_srli_epi64(aLow[g], 32);
            b[g] = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(bs + i + g * 4));
            m[g] = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(mins + i + g * 4));
        }
        for (size_t s = 0; s < shingles; ++s) {
            const __m256i x = _mm256_set1_epi64x(static_cast<long long>(xs[s]));
            const __m256i xHigh = _mm256_srli_epi64(x, 32);
            for (size_t g = 0; g < G; ++g) {
                const __m256i low = _mm256_add_epi64(_mm256_mul_epu32(aLow[g], x), b[g]);
                const __m256i cross = _mm256_add_epi32(_mm256_mul_epu32(aHigh[g], x), _mm256_mul_epu32(aLow[g], xHigh));
                m[g] = _mm256_min_epu32(m[g], _mm256_add_epi32(_mm256_srli_epi64(low, 32), cross));
            }
        }
        for (size_t g = 0; g < G; ++g)
            _mm256_storeu_si256(reinterpret_cast<__m256i*>(mins + i + g * 4),
                                _mm256_and_si256(m[g], _mm256_set1_epi64x(0xFFFFFFFF)));
    }
}

__attribute__((target("avx2"))) void minHashAvx2(const uint64_t* as, const uint64_t* bs, uint64_t* mins,
                                                 size_t count, const uint64_t* xs, size_t shingles)
{
    size_t i = 0;
    minHashHalvesAvx2<2>(as, bs, mins, count, xs, shingles, i);
    minHashHalvesAvx2<1>(as, bs, mins, count, xs, shingles, i);
    minHashBlocks<uint64_t, 1, 1>(as, bs, mins, count, xs, shingles, i);
}

__attribute__((target("avx512f,avx512dq"))) void minHashAvx512(const uint64_t* as, const uint64_t* bs,
                                                               uint64_t* mins, size_t count, const uint64_t* xs,
                                                               size_t shingles)
{
    size_t i = 0;
    minHashBlocks<U64x8, 8, 2>(as, bs, mins, count, xs, shingles, i);
    minHashBlocks<U64x8, 8, 1>(as, bs, mins, count, xs, shingles, i);
    minHashBlocks<uint64_t, 1, 1>(as, bs, mins, count, xs, shingles, i);
}
#endif

MinHashKernel chooseMinHashKernel()
{
#if defined(ADAPTLAB_MINHASH_VECTORS)
    const std::string_view want = forcedKernel();
    __builtin_cpu_init();
    const bool avx512 = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq");
    const bool avx2 = __builtin_cpu_supports("avx2");
    if (avx512 && (want.empty() || want == "avx512"))
        return minHashAvx512;
    if (avx2 && (want.empty() || want == "avx2"))
        return minHashAvx2;
#endif
    return minHashScalar;
}

MinHashKernel minHashKernel()
{
    static const MinHashKernel kernel = chooseMinHashKernel(); // on first use: no static-order trap
    return kernel;
}

// mins[0..count) = the signature of normalized text under the permutations (as, bs): the high 32
// bits of a_i * x + b_i (mod 2^64), half the memory of 64-bit values and plenty to estimate
// Jaccard, kept in 64-bit slots for the kernels. An empty document has no shingle and keeps the
// all-ones signature, so empty documents match only each other.
void minHashOfNormalized(const uint64_t* as, const uint64_t* bs, size_t count, int ngram,
                         std::string_view normalized, uint64_t* mins)
{
    std::fill(mins, mins + count, std::numeric_limits<uint32_t>::max());
    const MinHashKernel kernel = minHashKernel();
    forEachShingleBlock(normalized, ngram,
                        [&](const uint64_t* xs, size_t shingles) { kernel(as, bs, mins, count, xs, shingles); });
}

// Each band is hashed from its rows' bytes in host order (little-endian on every supported
// platform). Bands live in separate LSH tables, so the same seed for all bands is fine.
void bandHashesOf(const uint32_t* signature, size_t bands, size_t rows, uint64_t* out)
{
    for (size_t band = 0; band < bands; ++band)
        out[band] = XXH64(signature + band * rows, rows * sizeof(uint32_t), 0);
}

// Per-thread scratch of the hashing entry points: no allocation per document but their results.
struct Scratch {
    std::string normalized;
    std::vector<uint64_t> mins;
    std::vector<uint32_t> signature;
};

Scratch& scratch()
{
    thread_local Scratch s;
    return s;
}

// One huge document (a 200 MB line) must not pin its buffer in every thread for good.
void releaseIfHuge(std::string& buffer)
{
    if (buffer.capacity() > kKeepScratchBytes)
        std::string().swap(buffer);
}

} // namespace

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

uint64_t exactHash(std::string_view text)
{
    std::string& normalized = scratch().normalized;
    normalizeInto(text, normalized);
    const uint64_t hash = XXH64(normalized.data(), normalized.size(), 0);
    releaseIfHuge(normalized);
    return hash;
}

double lshCandidateProbability(double jaccard, int bands, int rows)
{
    return 1.0 - std::pow(1.0 - std::pow(jaccard, rows), bands);
}

double lshThreshold(int bands, int rows)
{
    // The customary LSH threshold. The exact steepest point of the S-curve is
    // ((r-1)/(b*r-1))^(1/r), 0.708 for 14 x 8 against 0.719 here; the customary value is the one
    // users know from the literature and from other tools' settings.
    if (bands < 1 || rows < 1)
        throw std::invalid_argument("LSH needs at least one band and one row");
    return std::pow(1.0 / bands, 1.0 / rows);
}

MinHasher::MinHasher(MinHashParams params)
    : params_(params)
{
    if (params_.bands < 1 || params_.rows < 1 || params_.ngram < 1)
        throw std::invalid_argument("MinHash needs bands, rows and ngram >= 1");
    // The permutations (a_i, b_i), drawn in this order from one mt19937_64 (whose output the C++
    // standard fixes): a_i = an output with its lowest bit set (odd), b_i = the next output. The
    // same seed gives the same signatures on every platform, so signatures saved beside a dataset
    // stay comparable.
    std::mt19937_64 rng(params_.seed);
    const int n = params_.numHashes();
    a_.resize(size_t(n));
    b_.resize(size_t(n));
    for (int i = 0; i < n; ++i) {
        a_[size_t(i)] = rng() | 1u;
        b_[size_t(i)] = rng();
    }
}

std::vector<uint32_t> MinHasher::signature(std::string_view text) const
{
    std::string& normalized = scratch().normalized;
    normalizeInto(text, normalized);
    auto signature = signatureOfNormalized(normalized);
    releaseIfHuge(normalized);
    return signature;
}

std::vector<uint32_t> MinHasher::signatureOfNormalized(std::string_view normalized) const
{
    std::vector<uint64_t>& mins = scratch().mins;
    mins.resize(a_.size());
    minHashOfNormalized(a_.data(), b_.data(), a_.size(), params_.ngram, normalized, mins.data());
    return std::vector<uint32_t>(mins.begin(), mins.end());
}

std::vector<uint64_t> MinHasher::bandHashes(const std::vector<uint32_t>& signature) const
{
    if (signature.size() != a_.size())
        throw std::invalid_argument("MinHash signature has " + std::to_string(signature.size())
                                    + " values, expected " + std::to_string(a_.size()));
    std::vector<uint64_t> out(size_t(params_.bands));
    bandHashesOf(signature.data(), out.size(), size_t(params_.rows), out.data());
    return out;
}

void MinHasher::hashDocument(std::string_view text, uint64_t& exact, std::vector<uint64_t>& bands) const
{
    hashDocumentInto(text, exact, bands, nullptr);
}

void MinHasher::hashDocument(std::string_view text, uint64_t& exact, std::vector<uint64_t>& bands,
                             std::vector<uint16_t>& bBits) const
{
    hashDocumentInto(text, exact, bands, &bBits);
}

void MinHasher::hashDocumentInto(std::string_view text, uint64_t& exact, std::vector<uint64_t>& bands,
                                 std::vector<uint16_t>* bBits) const
{
    Scratch& s = scratch();
    normalizeInto(text, s.normalized);
    exact = XXH64(s.normalized.data(), s.normalized.size(), 0);
    s.mins.resize(a_.size());
    minHashOfNormalized(a_.data(), b_.data(), a_.size(), params_.ngram, s.normalized, s.mins.data());
    s.signature.assign(s.mins.begin(), s.mins.end());
    bands.resize(size_t(params_.bands));
    bandHashesOf(s.signature.data(), bands.size(), size_t(params_.rows), bands.data());
    if (bBits != nullptr) {
        bBits->resize(s.signature.size());
        for (size_t i = 0; i < s.signature.size(); ++i)
            (*bBits)[i] = uint16_t(s.signature[i]);
    }
    releaseIfHuge(s.normalized);
}

double estimatedJaccard(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b)
{
    if (a.size() != b.size())
        throw std::invalid_argument("MinHash signatures of different lengths");
    if (a.empty())
        return 0.0;
    size_t equal = 0;
    for (size_t i = 0; i < a.size(); ++i)
        equal += a[i] == b[i];
    return double(equal) / double(a.size());
}

std::vector<uint16_t> bBitSignature(const std::vector<uint32_t>& signature)
{
    std::vector<uint16_t> out(signature.size());
    for (size_t i = 0; i < signature.size(); ++i)
        out[i] = uint16_t(signature[i]);
    return out;
}

size_t bBitMatches(const uint16_t* a, const uint16_t* b, size_t n)
{
    size_t equal = 0;
    for (size_t i = 0; i < n; ++i) // vectorized by the compiler
        equal += a[i] == b[i];
    return equal;
}

double bBitJaccard(size_t matches, size_t n)
{
    if (n == 0)
        return 0.0;
    constexpr double kChance = 1.0 / 65536.0; // two unequal min-hashes agreeing in their low 16 bits
    const double share = double(matches) / double(n);
    return std::max(0.0, (share - kChance) / (1.0 - kChance));
}

double bBitJaccard(const std::vector<uint16_t>& a, const std::vector<uint16_t>& b)
{
    if (a.size() != b.size())
        throw std::invalid_argument("b-bit signatures of different lengths");
    return bBitJaccard(bBitMatches(a.data(), b.data(), a.size()), a.size());
}

double shingleJaccard(std::string_view a, std::string_view b, int ngram)
{
    // Exact sets of 64-bit shingle hashes: the same shingles MinHash sees, and a collision among a
    // document's few thousand shingles is ~1e-12 likely.
    std::string na, nb;
    normalizeInto(a, na);
    normalizeInto(b, nb);
    std::vector<uint64_t> ha, hb;
    forEachShingleBlock(na, ngram, [&](const uint64_t* h, size_t count) { ha.insert(ha.end(), h, h + count); });
    forEachShingleBlock(nb, ngram, [&](const uint64_t* h, size_t count) { hb.insert(hb.end(), h, h + count); });
    std::sort(ha.begin(), ha.end());
    ha.erase(std::unique(ha.begin(), ha.end()), ha.end());
    std::sort(hb.begin(), hb.end());
    hb.erase(std::unique(hb.begin(), hb.end()), hb.end());
    if (ha.empty() && hb.empty())
        return 1.0; // two empty documents are the same document
    std::vector<uint64_t> common;
    std::set_intersection(ha.begin(), ha.end(), hb.begin(), hb.end(), std::back_inserter(common));
    const size_t unionSize = ha.size() + hb.size() - common.size();
    return double(common.size()) / double(unionSize);
}

UnionFind::UnionFind(size_t n)
{
    resize(n);
}

void UnionFind::resize(size_t n)
{
    if (n > size_t(std::numeric_limits<uint32_t>::max()) + 1)
        throw std::length_error("union-find supports at most 2^32 elements");
    const size_t old = parent_.size();
    parent_.resize(n);
    for (size_t i = old; i < n; ++i)
        parent_[i] = uint32_t(i);
}

size_t UnionFind::find(size_t x)
{
    // Path halving: as good as full compression in practice, with no recursion on long chains.
    while (parent_[x] != x) {
        parent_[x] = parent_[parent_[x]];
        x = parent_[x];
    }
    return x;
}

void UnionFind::unite(size_t a, size_t b)
{
    size_t ra = find(a), rb = find(b);
    if (ra == rb)
        return;
    // No union by rank: the smaller index must be the root so a cluster's root is its first
    // document. Path halving alone keeps finds cheap enough (amortized logarithmic).
    if (rb < ra)
        std::swap(ra, rb);
    parent_[rb] = uint32_t(ra);
}

std::vector<uint32_t> UnionFind::roots() &&
{
    for (size_t i = 0; i < parent_.size(); ++i)
        parent_[i] = uint32_t(find(i));
    return std::move(parent_);
}

std::vector<int64_t> exactClusters(const std::vector<uint64_t>& hashes)
{
    // Sorted by (hash, index): each run's first entry is the earliest document with that hash.
    std::vector<std::pair<uint64_t, int64_t>> order(hashes.size());
    for (size_t i = 0; i < hashes.size(); ++i)
        order[i] = {hashes[i], int64_t(i)};
    std::sort(order.begin(), order.end());
    std::vector<int64_t> clusterOf(hashes.size());
    for (size_t i = 0; i < order.size(); ++i) {
        const bool startsRun = i == 0 || order[i].first != order[i - 1].first;
        clusterOf[size_t(order[i].second)] = startsRun ? order[i].second : clusterOf[size_t(order[i - 1].second)];
    }
    return clusterOf;
}

} // namespace adaptlab::corpus
