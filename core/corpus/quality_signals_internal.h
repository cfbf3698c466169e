// Quality signals, internal: what the document scan (quality_signals.cpp), the C4 line rules
// (quality_signals_c4.cpp), the repetition statistics (quality_signals_repetition.cpp) and the rule
// table (quality_signals_rules.cpp) share. The per-character and per-word helpers are defined here,
// inline, because the scan calls them for every byte and word: as calls into another file (a first
// split tried that) they stop inlining and the scan runs ~9% slower. What crosses files is called
// once per line or once per document. Definitions and references: quality_signals.cpp's header.
#pragma once

#include "corpus/quality_signals.h"

#include "common/hash.h"
#include "common/utf8.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

// Hidden: these are no part of the library's interface, and a call from one of these files to another
// then binds directly instead of through the PLT (the library is built with -fPIC).
#pragma GCC visibility push(hidden)

namespace adaptlab::corpus::quality_detail {

// ---------------------------------------------------------------------------------------------
// Thresholds and constants of the references.

constexpr int kC4MinWordsPerLine = 5;     // TFDS _MIN_WORDS_PER_LINE (datatrove swaps it to 3)
constexpr int kC4MinSentences = 3;        // TFDS _MIN_NUM_SENTENCES (datatrove swaps it to 5)
constexpr uint32_t kC4MaxWordLength = 1000; // TFDS _MAX_WORD_LENGTH: a longer token drops its line

// Repetition statistics keep per-word arrays (~70 bytes per word); on a document larger than this
// they are computed on its first kRepetitionWindowBytes so memory stays bounded (such documents
// are far above Gopher's 100,000-word limit anyway). Every other signal covers the whole text.
constexpr size_t kRepetitionWindowBytes = size_t(4) << 20;

constexpr size_t kNoPosition = std::numeric_limits<size_t>::max();

// ---------------------------------------------------------------------------------------------
// Character classes.

enum : uint8_t { kSpace = 1, kPunct = 2, kLetter = 4 };

constexpr std::array<uint8_t, 128> makeAsciiClasses()
{
    std::array<uint8_t, 128> classes{};
    for (int c = 0; c < 128; ++c) {
        if (c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f))
            classes[c] = kSpace;
        else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            classes[c] = kLetter;
        else if (c >= '0' && c <= '9')
            classes[c] = 0;
        else
            classes[c] = kPunct; // string.punctuation and the remaining control characters
    }
    return classes;
}
constexpr auto kAsciiClasses = makeAsciiClasses();

constexpr bool isUnicodeSpace(char32_t c)
{
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028
        || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

constexpr bool isUnicodePunctuation(char32_t c)
{
    if (c < 0x100) // Latin-1: C1 controls, ¡¢£¤¥¦§¨©«¬®¯°±´¶·¸»¿ × ÷ (not ª µ º ² ³ ¹ ¼ ½ ¾)
        return (c >= 0x80 && c <= 0xBF && c != 0xAA && c != 0xB5 && c != 0xBA && c != 0xB2
                && c != 0xB3 && c != 0xB9 && !(c >= 0xBC && c <= 0xBE))
            || c == 0xD7 || c == 0xF7;
    if (c < 0x2000) // Arabic and Devanagari sentence punctuation; the rest of this range is letters
        return c == 0x060C || c == 0x061B || c == 0x061F || (c >= 0x066A && c <= 0x066D)
            || c == 0x06D4 || c == 0x0964 || c == 0x0965;
    if (c <= 0x206F) return true;                    // general punctuation, zero-width and format
    if (c >= 0x20A0 && c <= 0x20CF) return true;     // currency symbols
    if (c >= 0x2190 && c <= 0x2BFF) return true;     // arrows, math, box drawing, shapes, dingbats
    if (c >= 0x2E00 && c <= 0x2E7F) return true;     // supplemental punctuation
    if (c >= 0x3000 && c <= 0x303F)                  // CJK punctuation (not 々 〆 〇 and numerals)
        return (c >= 0x3001 && c <= 0x3004) || (c >= 0x3008 && c <= 0x3020) || c == 0x3030
            || (c >= 0x303D);
    if (c == 0x30FB) return true;                    // katakana middle dot
    if (c >= 0xFE10 && c <= 0xFE1F) return true;     // vertical forms
    if (c >= 0xFE30 && c <= 0xFE6F) return true;     // CJK compatibility and small forms
    if (c >= 0xFF01 && c <= 0xFF0F) return true;     // fullwidth ！＂＃ ... ／
    if (c >= 0xFF1A && c <= 0xFF20) return true;     // fullwidth ：；＜＝＞？＠
    if (c >= 0xFF3B && c <= 0xFF40) return true;     // fullwidth ［＼］＾＿｀
    if (c >= 0xFF5B && c <= 0xFF65) return true;     // fullwidth ｛｜｝～ and halfwidth 。「」、・
    return false;
}

constexpr bool isUnicodeNonLetter(char32_t c)
{
    return (c >= 0x0300 && c <= 0x036F)     // combining diacritics
        || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9) // Arabic digits
        || (c >= 0x0966 && c <= 0x096F)     // Devanagari digits
        || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF)
        || (c >= 0xD800 && c <= 0xF8FF)     // surrogates, private use
        || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xFE20 && c <= 0xFE2F) // variation selectors, marks
        || (c >= 0xFF10 && c <= 0xFF19)     // fullwidth digits
        || (c >= 0xFFF0 && c <= 0xFFFF)     // specials, U+FFFD (what malformed UTF-8 decodes to)
        || (c >= 0x1F000 && c <= 0x1FBFF)   // emoji, pictographs and other symbols
        || c >= 0xE0000;                    // tags, variation selectors, private use planes
    // What is left above U+FFFF is mostly letters: historic scripts and CJK extensions B and later.
}

inline uint8_t classifyNonAscii(char32_t c)
{
    if (isUnicodeSpace(c)) return kSpace;
    if (isUnicodePunctuation(c)) return kPunct;
    if (c == 0xAA || c == 0xB5 || c == 0xBA) return kLetter;
    if (c < 0xC0 || isUnicodeNonLetter(c)) return 0;
    return kLetter;
}

// Decodes one UTF-8 sequence at p (p < end). Malformed input decodes to U+FFFD one byte at a time.
inline char32_t decodeUtf8(const unsigned char* p, const unsigned char* end, int& length)
{
    const utf8::CodePoint decoded = utf8::decode(p, end);
    length = decoded.length;
    return decoded.valid() ? decoded.value : char32_t(0xFFFD);
}

inline uint8_t classAt(const unsigned char* p, const unsigned char* end, char32_t& c, int& length)
{
    if (*p < 0x80) {
        c = *p;
        length = 1;
        return kAsciiClasses[*p];
    }
    c = decodeUtf8(p, end, length);
    return classifyNonAscii(c);
}

inline unsigned char asciiLower(unsigned char b) { return (b >= 'A' && b <= 'Z') ? b | 0x20 : b; }

inline bool isAsciiAlnum(unsigned char b) { return b < 0x80 && (kAsciiClasses[b] & (kSpace | kPunct)) == 0; }

// The end of the run of ASCII letters and digits that starts at i (base[i] is one of them), and
// whether the run holds a letter. With SSE2 (every x86-64) sixteen bytes are classified at once, so
// the run's end costs no branch per byte: a byte loop's exit mispredicts at nearly every word.
inline size_t alnumRunEnd(const unsigned char* base, size_t i, size_t n, bool& letter)
{
    size_t j = i;
#if defined(__SSE2__)
    // Signed byte compares: bytes >= 0x80 are negative and fall outside both ranges.
    const __m128i caseBit = _mm_set1_epi8(0x20);
    const __m128i beforeA = _mm_set1_epi8('a' - 1), afterZ = _mm_set1_epi8('z' + 1);
    const __m128i before0 = _mm_set1_epi8('0' - 1), after9 = _mm_set1_epi8('9' + 1);
    while (n - j >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(base + j));
        const __m128i lower = _mm_or_si128(v, caseBit);
        const auto letters = static_cast<unsigned>(_mm_movemask_epi8(
            _mm_and_si128(_mm_cmpgt_epi8(lower, beforeA), _mm_cmplt_epi8(lower, afterZ))));
        const auto digits = static_cast<unsigned>(_mm_movemask_epi8(
            _mm_and_si128(_mm_cmpgt_epi8(v, before0), _mm_cmplt_epi8(v, after9))));
        const unsigned stop = ~(letters | digits) & 0xffffu;
        if (stop) {
            const int k = __builtin_ctz(stop);
            letter |= (letters & ((1u << k) - 1)) != 0;
            return j + size_t(k);
        }
        letter |= letters != 0;
        j += 16;
    }
#endif
    while (j < n && isAsciiAlnum(base[j])) {
        letter |= (kAsciiClasses[base[j]] & kLetter) != 0;
        ++j;
    }
    return j;
}

// ---------------------------------------------------------------------------------------------
// Hashing: a wyhash-style multiply-fold hash, fast on the short keys (words) that dominate.

constexpr uint64_t kHashK0 = 0xa0761d6478bd642full;
constexpr uint64_t kHashK1 = 0xe7037ed1a0b428dbull;
constexpr uint64_t kHashK2 = 0x8ebc6af09c88c6e3ull;

using hash::foldMultiply;

inline uint64_t read64(const unsigned char* p)
{
    uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
}
inline uint64_t read32(const unsigned char* p)
{
    uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
}
// Not inlined (as when it had one file): hashWord() is inlined at every word, and this, its path for
// words longer than 16 bytes, would make the scan's loop larger for a rare case.
__attribute__((noinline)) inline uint64_t hashBytes(const char* data, size_t length)
{
    const auto* p = reinterpret_cast<const unsigned char*>(data);
    uint64_t seed = kHashK0 ^ length;
    uint64_t a = 0, b = 0;
    if (length <= 16) {
        if (length >= 4) {
            const size_t shift = (length >> 3) << 2;
            a = (read32(p) << 32) | read32(p + shift);
            b = (read32(p + length - 4) << 32) | read32(p + length - 4 - shift);
        } else if (length > 0) {
            a = (uint64_t(p[0]) << 16) | (uint64_t(p[length >> 1]) << 8) | p[length - 1];
        }
    } else {
        size_t left = length;
        while (left > 16) {
            seed = foldMultiply(read64(p) ^ kHashK1, read64(p + 8) ^ seed);
            p += 16;
            left -= 16;
        }
        a = read64(p + left - 16);
        b = read64(p + left - 8);
    }
    return foldMultiply(kHashK1 ^ length, foldMultiply(a ^ kHashK1, b ^ seed));
}

// kLeadingBytes[k] keeps the first k bytes of a little-endian 8-byte load.
constexpr std::array<uint64_t, 9> kLeadingBytes = {0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffffull,
                                                   0xffffffffffffull, 0xffffffffffffffull, ~0ull};

// The hash of a word. A word of at most 16 bytes (nearly all of them) is read as two 8-byte loads
// with the bytes past its end masked off, and mixed as hashBytes() mixes: no branch on its length,
// which would mispredict on a large share of words. `end` bounds what may be read; a word near it
// is copied out first, so the same word hashes the same everywhere.
inline uint64_t hashWord(const unsigned char* p, size_t length, const unsigned char* end)
{
    if (length > 16)
        return hashBytes(reinterpret_cast<const char*>(p), length);
    unsigned char copy[16];
    if (end - p < 16) {
        std::memset(copy, 0, sizeof copy);
        std::memcpy(copy, p, length);
        p = copy;
    }
    const uint64_t a = hash::loadLittle64(p) & kLeadingBytes[std::min<size_t>(length, 8)];
    const uint64_t b = hash::loadLittle64(p + 8) & kLeadingBytes[length > 8 ? length - 8 : 0];
    return foldMultiply(kHashK1 ^ length, foldMultiply(a ^ kHashK1, b ^ kHashK0 ^ length));
}

// Hash of a sequence: combine(hash(x1..xk), hash(x_{k+1})).
inline uint64_t combine(uint64_t sequence, uint64_t next) { return foldMultiply(sequence ^ kHashK2, next ^ kHashK1); }

// Open addressing, key -> the value stored when the key was first seen. Generation stamps make
// reset() O(1), so one table serves every level of every document without clearing. Keys need not
// be hashes (n-gram levels look up pairs of small class numbers): the slot comes from the key's
// product with a large odd constant, whose top bits depend on all of the key's bits.
class FirstSeenTable {
public:
    void reset(size_t expectedKeys)
    {
        // At most a quarter full, so a lookup seldom goes on to a second slot (a branch that
        // mispredicts); half full for tables beyond any cache anyway, to bound their memory.
        const size_t slotsPerKey = expectedKeys <= (size_t(1) << 16) ? 4 : 2;
        size_t capacity = 64;
        int bits = 6;
        while (capacity < expectedKeys * slotsPerKey) {
            capacity <<= 1;
            ++bits;
        }
        if (slots_.size() < capacity) {
            slots_.assign(capacity, Slot{});
            generation_ = 0;
        }
        mask_ = capacity - 1; // a small document only touches the front of a large table
        shift_ = 64 - bits;
        if (++generation_ == 0) {
            std::fill(slots_.begin(), slots_.end(), Slot{});
            generation_ = 1;
        }
    }
    uint32_t findOrInsert(uint64_t key, uint32_t value)
    {
        size_t i = static_cast<size_t>((key * 0x9e3779b97f4a7c15ull) >> shift_);
        for (;;) {
            Slot& slot = slots_[i];
            // New key or found key are equally common (is this word new?), so that choice is not a
            // branch: the slot is written either way, with its old value when the key is there.
            // Only a slot taken by another key, which is rare, moves on. (Masks rather than
            // conditions, which the compiler turns back into branches.)
            const uint64_t live = 0 - uint64_t(slot.generation == generation_);
            if (__builtin_expect(((slot.key ^ key) & live) != 0, 0)) {
                i = (i + 1) & mask_;
                continue;
            }
            const auto stored = static_cast<uint32_t>((slot.value & live) | (value & ~live));
            slot = Slot{key, stored, generation_};
            return stored;
        }
    }
    size_t bytes() const { return slots_.capacity() * sizeof(Slot); }
    void release()
    {
        std::vector<Slot>().swap(slots_);
        generation_ = 0;
    }

private:
    struct Slot {
        uint64_t key = 0;
        uint32_t value = 0;
        uint32_t generation = 0;
    };
    std::vector<Slot> slots_;
    uint32_t generation_ = 0;
    size_t mask_ = 0;
    int shift_ = 63;
};

// ---------------------------------------------------------------------------------------------
// Scratch memory reused across documents on one thread.

struct LineRecord {
    uint32_t begin;  // byte offsets of the line's content (without "\r\n")
    uint32_t end;
    uint32_t chars;
    uint64_t hash;
};

struct Scratch {
    // Words of the analysed text (repetition window): `words` of them. The arrays only grow, and
    // scanText() writes them through plain pointers: they are sized for the most words a text can
    // hold before the scan, so the per-word work has no capacity checks.
    size_t words = 0;
    std::vector<uint64_t> wordHash;
    std::vector<uint32_t> wordBegin, wordEnd;
    std::vector<uint32_t> charPrefix; // code points in words [0, i)
    std::vector<LineRecord> lines;    // every line, empty ones too (they separate paragraphs)
    // n-gram levels: the positions whose n-gram repeats and its class, for this level and the next
    std::vector<uint32_t> at, cls, nextAt, nextCls;
    std::vector<uint32_t> count;        // per class
    std::vector<uint64_t> keys;         // the next level's lookups
    std::vector<uint8_t> seen;
    FirstSeenTable table;
    std::string cleanedLine; // a C4 line with its citations removed

    // Room for the words of a text of n bytes: a word takes at least two bytes with its separator.
    void startDocument(size_t n)
    {
        const size_t most = n / 2 + 1;
        if (wordHash.size() < most) {
            wordHash.resize(most);
            wordBegin.resize(most);
            wordEnd.resize(most);
            charPrefix.resize(most + 1);
        }
        words = 0;
        charPrefix[0] = 0;
        lines.clear();
    }
    // One huge document must not pin its arrays on the thread for the rest of the scan.
    void releaseIfLarge()
    {
        constexpr size_t kKeepWords = size_t(1) << 18;
        if (wordHash.size() > kKeepWords || lines.capacity() > kKeepWords) {
            *this = Scratch{};
        } else if (table.bytes() > kKeepWords * 32) {
            table.release();
        }
    }
};

// ---------------------------------------------------------------------------------------------
// Evidence: the same code that computes a signal reports where it comes from. Duplicate lines,
// paragraphs and n-grams are marked where they count, i.e. their second and later occurrences;
// the top n-gram is marked at every occurrence; line rules mark the stripped line.

struct Evidence {
    Signal signal;
    std::vector<TextSpan>* spans;
    bool wants(Signal s) const { return signal == s; }
    // Not inlined: the scan asks for evidence at a dozen places, only for the one document a user
    // looks at, and a vector's growth path inlined at each of them bloats the scan's loop (8% slower).
    __attribute__((noinline)) void add(size_t begin, size_t end) const { spans->push_back({begin, end}); }
};

// ---------------------------------------------------------------------------------------------
// C4 line rules (TFDS c4_utils.clean_page): what the document scan feeds per code point and per run
// of letters (quality_signals_c4.cpp evaluates a line from it).

enum PhraseKind : uint8_t { kLorem = 1, kJavascript = 2, kPolicy = 4 };

// The phrases, split at their last space: `head` ("privacy ") and `tail` ("policy"). The text
// around a run of ASCII letters and digits is only ever looked at from the run's first byte: a
// phrase with a space can only end inside a run whose start is its tail's start (a space is never
// part of a run), so each run costs one comparison per phrase instead of a check per byte. A
// phrase without a space ("javascript") can sit anywhere in one run.
struct Phrase {
    std::string_view head;
    std::string_view tail;
    uint8_t kind;
};
constexpr std::array<Phrase, 8> kPhrases = {{
    {"lorem ", "ipsum", kLorem},
    {"", "javascript", kJavascript},
    // TFDS _POLICY_SUBSTRINGS
    {"terms of ", "use", kPolicy},
    {"privacy ", "policy", kPolicy},
    {"cookie ", "policy", kPolicy},
    {"uses ", "cookies", kPolicy},
    {"use of ", "cookies", kPolicy},
    {"use ", "cookies", kPolicy},
}};

// A run is compared with the phrases only when its first two bytes could begin one of their tails:
// kPhrasePairs has bit (b0 & 31) * 32 + (b1 & 31) set for the first two letters b0 b1 of each tail
// with a head, a test of a few instructions (other bytes can share those five bits: the comparison
// then says no). kPhrasesByLetter[b0 & 31] holds, as bits of their indices in kPhrases, the phrases
// with a head whose tail starts with letter b0.
constexpr std::array<uint64_t, 16> makePhrasePairs()
{
    std::array<uint64_t, 16> pairs{};
    for (const Phrase& phrase : kPhrases)
        if (!phrase.head.empty()) {
            const unsigned pair = (unsigned(phrase.tail[0]) & 31u) << 5 | (unsigned(phrase.tail[1]) & 31u);
            pairs[pair >> 6] |= uint64_t(1) << (pair & 63u);
        }
    return pairs;
}
constexpr std::array<uint8_t, 32> makePhrasesByLetter()
{
    std::array<uint8_t, 32> byLetter{};
    for (size_t k = 0; k < kPhrases.size(); ++k)
        if (!kPhrases[k].head.empty())
            byLetter[unsigned(kPhrases[k].tail[0]) & 31u] |= uint8_t(1u << k);
    return byLetter;
}
constexpr auto kPhrasePairs = makePhrasePairs();
constexpr auto kPhrasesByLetter = makePhrasesByLetter();

// Compares `lowercase` with the bytes at p ignoring ASCII case (Python's lower() on these phrases).
inline bool equalsIgnoringCase(const unsigned char* p, std::string_view lowercase)
{
    for (size_t k = 0; k < lowercase.size(); ++k) {
        const auto want = static_cast<unsigned char>(lowercase[k]);
        if (p[k] != want && !(want >= 'a' && want <= 'z' && (p[k] | 0x20u) == want))
            return false;
    }
    return true;
}

constexpr bool isSentenceTerminal(char32_t c) { return c == '.' || c == '!' || c == '?'; }
constexpr bool isCloser(char32_t c)
{
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 || c == 0xBB;
}

struct C4LineScan {
    uint32_t tokens = 0;
    uint32_t longestToken = 0; // code points
    uint8_t phrases = 0;       // PhraseKind bits
    bool curly = false;
    bool bracket = false;      // a '[' (the line may hold a citation)
    uint32_t sentences = 0;
};

// What C4 needs to know about one line beyond its tokens, fed by both the document scan and
// scanC4Line(), so the two cannot disagree: the phrases, "{", "[" and sentences. Runs of ASCII
// letters and digits come whole through feedRun(), every other code point through feed().
// Sentences (TFDS counts them with NLTK's punkt; this is the simple rule METHODS asks for): a line
// has 1 + the number of boundaries inside it, a boundary being a run of . ! ? (then optional
// closing quotes or brackets) followed by whitespace and a character that is not a lowercase
// ASCII letter ("e.g. the" is not a boundary; "Dr. Smith" is, as punkt would not know).
class C4LineState {
public:
    explicit C4LineState(const unsigned char* lineStart = nullptr) : start_(lineStart) {}

    void feed(char32_t c, uint8_t cls)
    {
        if (cls & kSpace) {
            if (sentence_ == Terminal)
                sentence_ = Gap;
            return;
        }
        if (sentence_ == Gap) {
            ++boundaries_; // c is not a run character, so not a lowercase letter
            sentence_ = Plain;
        }
        if (isSentenceTerminal(c))
            sentence_ = Terminal;
        else if (!(sentence_ == Terminal && isCloser(c)))
            sentence_ = Plain;
        if (c == '{')
            curly_ = true;
        else if (c == '[')
            bracket_ = true;
    }
    void feedSpace()
    {
        if (sentence_ == Terminal)
            sentence_ = Gap;
    }
    void feedRun(const unsigned char* begin, const unsigned char* end)
    {
        if (sentence_ == Gap && !(*begin >= 'a' && *begin <= 'z'))
            ++boundaries_;
        sentence_ = Plain;
        const auto length = static_cast<size_t>(end - begin);
        // Every tail is at least three letters long. Short runs are a good share of all words, and
        // "is it long enough" would be a random branch: the second byte is read from inside the
        // run either way, and the length only joins the final test.
        const unsigned first = begin[0] & 31u;
        const unsigned pair = first << 5 | (begin[length >= 2 ? 1 : 0] & 31u);
        const bool candidate = (length >= 3) & ((kPhrasePairs[pair >> 6] >> (pair & 63u)) & 1u);
        for (unsigned bits = candidate ? kPhrasesByLetter[first] : 0; bits != 0; bits &= bits - 1) {
            const Phrase& phrase = kPhrases[size_t(std::countr_zero(bits))];
            if (length >= phrase.tail.size() && static_cast<size_t>(begin - start_) >= phrase.head.size()
                && equalsIgnoringCase(begin, phrase.tail)
                && equalsIgnoringCase(begin - phrase.head.size(), phrase.head))
                phrases_ |= phrase.kind;
        }
        constexpr std::string_view javascript = "javascript";
        for (size_t k = 0; k + javascript.size() <= length; ++k)
            if ((begin[k] | 0x20u) == 'j' && equalsIgnoringCase(begin + k, javascript))
                phrases_ |= kJavascript;
    }
    void finish(C4LineScan& scan, bool nonEmpty) const
    {
        scan.phrases = phrases_;
        scan.curly = curly_;
        scan.bracket = bracket_;
        scan.sentences = nonEmpty ? 1 + boundaries_ : 0;
    }

private:
    const unsigned char* start_;
    uint32_t boundaries_ = 0;
    enum : uint8_t { Plain, Terminal, Gap } sentence_ = Plain;
    uint8_t phrases_ = 0;
    bool curly_ = false;
    bool bracket_ = false;
};

enum class C4Fate : uint8_t { Blank, Dropped, DroppedJavascript, DroppedPolicy, Kept };

struct C4Verdict {
    C4Fate fate = C4Fate::Blank;
    bool lorem = false;  // the page rule fired on this line
    bool curly = false;
    uint32_t sentences = 0;
    std::string_view cleaned; // the line as C4 keeps it (valid until the next call)
};

// clean_page's loop body, with its two "return" (drop the page) turned into flags so every signal
// is computed: lorem ipsum and "{" are only looked for in lines that survived the end-mark and
// word-count rules, and "{" only in lines without "javascript", exactly as TFDS orders its checks.
// A line that fires a page rule is otherwise kept (if the user switches the page rule off, the line
// goes on to the later checks).
// `known` is what the document scan already learnt about this line (nullptr: scan it here).
C4Verdict evaluateC4Line(std::string_view line, std::string& scratch, const C4LineScan* known = nullptr);

// ---------------------------------------------------------------------------------------------
// Totals of the document scan.

struct ScanTotals {
    uint64_t characters = 0; // code points, CRLF counted once
    uint64_t words = 0, letterWords = 0, wordChars = 0, stopWords = 0;
    uint64_t hashes = 0, ellipses = 0;
    uint64_t lines = 0, bulletLines = 0, ellipsisLines = 0;
    uint64_t c4Lines = 0, c4Dropped = 0, c4Javascript = 0, c4Policy = 0, c4Sentences = 0;
    bool c4Lorem = false, c4Curly = false;
    size_t firstNonSpace = kNoPosition, lastNonSpaceEnd = 0; // of the whole text (Python strip())
};

// ---------------------------------------------------------------------------------------------
// Repetition (datatrove GopherRepetitionFilter; quality_signals_repetition.cpp): whole documents
// per call, on the words and lines the scan collected in the scratch arrays.

struct Repetition {
    double characters = 0; // of the analysed text: the denominator of the character fractions
    uint64_t lines = 0, dupLines = 0, dupLineChars = 0;
    uint64_t paragraphs = 0, dupParagraphs = 0, dupParagraphChars = 0;
    double topChars[3] = {0, 0, 0};  // n = 2, 3, 4
    double dupChars[6] = {0, 0, 0, 0, 0, 0}; // n = 5 .. 10
};

// find_duplicates over lines and paragraphs of `text` (the analysed text the scan collected).
void lineAndParagraphRepetition(std::string_view text, Scratch& s, const ScanTotals& t, Repetition& r,
                                const Evidence* evidence);
// Top 2..4-gram and duplicated 5..10-gram character counts of the scratch's words.
void nGramRepetition(Scratch& s, Repetition& r, const Evidence* evidence);

} // namespace adaptlab::corpus::quality_detail

#pragma GCC visibility pop
