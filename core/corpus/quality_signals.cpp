// Quality signals (METHODS.md §1). One byte-level pass over a document collects its words and
// lines and evaluates the per-line rules; the repetition statistics then work on 64-bit hashes of
// words, lines and paragraphs in reusable thread-local arrays, so a document costs a few linear
// passes and no allocation per word (the scan runs on every document of a corpus).
//
// Definitions, and where they knowingly differ from the references (Rae et al. 2021 App. A,
// datatrove's GopherQualityFilter / GopherRepetitionFilter, TFDS c4_utils.clean_page):
//  - Character = Unicode code point; a CRLF pair counts as one character and every rule treats
//    "\r\n" as "\n", so no signal but Bytes depends on the line-break style. Malformed UTF-8
//    decodes one byte at a time to U+FFFD, so any input gives defined numbers.
//  - Line = text between "\n" (Python splitlines() for "\n" and "\r\n"; the other separators
//    Python knows, \v \f \x1c-\x1e \x85 U+2028 U+2029 and a lone \r, are not line breaks here:
//    extracted web text uses "\n"). A final line without "\n" counts; "a\n" has one line.
//  - Whitespace = Python str.isspace() (ASCII \t-\r, \x1c-\x1f, space and the Unicode spaces).
//  - Word = whitespace-split token with at least one non-punctuation code point. Punctuation =
//    ASCII string.punctuation, control characters, and the Unicode punctuation and symbol blocks
//    listed in isUnicodePunctuation() (datatrove's PUNCTUATION_SET, generalised). datatrove uses
//    an NLTK word tokenizer instead; whitespace tokens are what METHODS §1 prescribes.
//  - Letter = ASCII letter or a non-ASCII code point outside the punctuation, space, digit,
//    combining-mark, emoji and private-use ranges (an approximation of Python isalpha() that
//    needs no Unicode tables).
//  - Counts over words, lines and paragraphs use 64-bit hashes as identities, and n-grams are
//    identified exactly by their words; a false match needs a hash collision (about W^2 / 2^65 for
//    W words), which is far below anything a threshold notices.
//  - Choices where the sources leave room (each explained where it is made): the mean word length
//    ignores a word's leading/trailing punctuation; stop words match without regard to case;
//    Gopher's bullet/ellipsis line shares count blank lines, as datatrove does; C4's dropped-line
//    share does not; C4 sentences follow a simple end-mark rule instead of NLTK punkt; documents
//    above 4 MiB get their repetition statistics from their first 4 MiB.
#include "corpus/quality_signals.h"

#include "common/hash.h"
#include "common/utf8.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <limits>
#include <string>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace adaptlab::corpus {
namespace {

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

uint64_t hashBytes(const char* data, size_t length)
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

// Not inlined: the callers keep the address it returns, where an inlined thread_local access is
// recomputed (a __tls_get_addr call in a shared library) inside their loops.
__attribute__((noinline)) Scratch& threadScratch()
{
    thread_local Scratch scratch;
    return scratch;
}

// ---------------------------------------------------------------------------------------------
// Evidence: the same code that computes a signal reports where it comes from. Duplicate lines,
// paragraphs and n-grams are marked where they count, i.e. their second and later occurrences;
// the top n-gram is marked at every occurrence; line rules mark the stripped line.

struct Evidence {
    Signal signal;
    std::vector<TextSpan>* spans;
    bool wants(Signal s) const { return signal == s; }
    void add(size_t begin, size_t end) const { spans->push_back({begin, end}); }
};

// ---------------------------------------------------------------------------------------------
// C4 line rules (TFDS c4_utils.clean_page), for one line already stripped of whitespace.

// TFDS does not drop lines with Wikipedia-style markers: it deletes them, re.compile(
// r"\[\d*\]|\[edit\]|\[citation needed\]").sub("", line), and applies the rules to what is left
// (\d is ASCII here). The optional bad-words page filter of clean_page is off by default there and
// is not a signal here.
void removeCitations(std::string_view line, std::string& out)
{
    out.clear();
    size_t k = 0;
    while (k < line.size()) {
        if (line[k] == '[') {
            size_t j = k + 1;
            while (j < line.size() && line[j] >= '0' && line[j] <= '9')
                ++j;
            if (j < line.size() && line[j] == ']') {
                k = j + 1;
                continue;
            }
            const std::string_view rest = line.substr(k);
            if (rest.starts_with("[edit]")) {
                k += 6;
                continue;
            }
            if (rest.starts_with("[citation needed]")) {
                k += 17;
                continue;
            }
        }
        out.push_back(line[k]);
        ++k;
    }
}

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

// One pass over a line: its whitespace tokens and the C4LineState.
C4LineScan scanC4Line(std::string_view line)
{
    C4LineScan scan;
    const auto* p = reinterpret_cast<const unsigned char*>(line.data());
    const auto* end = p + line.size();
    C4LineState state(p);
    bool inToken = false;
    uint32_t tokenChars = 0;
    for (const unsigned char* q = p; q < end;) {
        char32_t c;
        int length;
        const uint8_t cls = classAt(q, end, c, length);
        if (cls & kSpace) {
            if (inToken) {
                scan.longestToken = std::max(scan.longestToken, tokenChars);
                inToken = false;
            }
            state.feed(c, cls);
            q += length;
            continue;
        }
        if (!inToken) {
            inToken = true;
            tokenChars = 0;
            ++scan.tokens;
        }
        if (isAsciiAlnum(*q)) {
            const unsigned char* runEnd = q + 1;
            while (runEnd < end && isAsciiAlnum(*runEnd))
                ++runEnd;
            state.feedRun(q, runEnd);
            tokenChars += static_cast<uint32_t>(runEnd - q);
            q = runEnd;
            continue;
        }
        ++tokenChars;
        state.feed(c, cls);
        q += length;
    }
    if (inToken)
        scan.longestToken = std::max(scan.longestToken, tokenChars);
    state.finish(scan, !line.empty());
    return scan;
}

uint32_t longestTokenChars(std::string_view line)
{
    const auto* p = reinterpret_cast<const unsigned char*>(line.data());
    const auto* end = p + line.size();
    uint32_t longest = 0, current = 0;
    for (const unsigned char* q = p; q < end;) {
        char32_t c;
        int length;
        if (classAt(q, end, c, length) & kSpace)
            current = 0;
        else
            longest = std::max(longest, ++current);
        q += length;
    }
    return longest;
}

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
C4Verdict evaluateC4Line(std::string_view line, std::string& scratch, const C4LineScan* known = nullptr)
{
    C4Verdict verdict;
    if (line.empty())
        return verdict;
    std::string_view cleaned = line;
    const bool mayCite = known ? known->bracket : line.find('[') != std::string_view::npos;
    if (mayCite) {
        removeCitations(line, scratch);
        cleaned = scratch;
    }
    verdict.cleaned = cleaned;
    verdict.fate = C4Fate::Dropped;
    // TFDS checks the too-long word, then the end mark, then the word count; each only drops the
    // line, so testing the cheap end mark first gives the same result.
    const char last = cleaned.empty() ? '\0' : cleaned.back();
    if (!(last == '.' || last == '?' || last == '!' || last == '"') || cleaned.ends_with("..."))
        return verdict;
    const C4LineScan scan = known && cleaned.size() == line.size() ? *known : scanC4Line(cleaned);
    // TFDS tests word length on the line before citations are removed.
    const uint32_t longest = cleaned.size() == line.size() ? scan.longestToken : longestTokenChars(line);
    if (longest > kC4MaxWordLength || scan.tokens < uint32_t(kC4MinWordsPerLine))
        return verdict;
    verdict.lorem = scan.phrases & kLorem;
    if (scan.phrases & kJavascript) {
        verdict.fate = C4Fate::DroppedJavascript;
        return verdict;
    }
    verdict.curly = scan.curly;
    if (scan.phrases & kPolicy) {
        verdict.fate = C4Fate::DroppedPolicy;
        return verdict;
    }
    verdict.fate = C4Fate::Kept;
    verdict.sentences = scan.sentences;
    return verdict;
}

// ---------------------------------------------------------------------------------------------
// The document scan.

// A word of at most four bytes and its length as one number: its bytes in little-endian order with
// bit 5 set in each (which lowercases ASCII letters and turns no other byte into one), the length
// above them.
constexpr uint64_t packWord(std::string_view w)
{
    uint64_t packed = 0;
    for (size_t k = w.size(); k-- > 0;)
        packed = (packed << 8) | (static_cast<unsigned char>(w[k]) | 0x20u);
    return packed | (uint64_t(w.size()) << 32);
}
constexpr std::array<uint64_t, 8> kStopWords = {packWord("be"), packWord("to"), packWord("of"), packWord("the"),
                                                packWord("and"), packWord("that"), packWord("have"), packWord("with")};

// A perfect hash of the packed stop words: the multiplier sends each to its own slot of sixteen,
// so a word is a stop word exactly when it equals the entry of its slot (empty slots hold ~0, which
// no packed word is: the length above the bytes leaves the top bits clear).
constexpr int kStopWordSlotBits = 4;
constexpr uint64_t findStopWordMultiplier()
{
    for (uint64_t k = 1;; ++k) {
        uint64_t m = k * 0x9e3779b97f4a7c15ull; // splitmix64 outputs: candidates that differ in all bits
        m = (m ^ (m >> 30)) * 0xbf58476d1ce4e5b9ull;
        m = ((m ^ (m >> 27)) * 0x94d049bb133111ebull) | 1;
        unsigned used = 0;
        bool distinct = true;
        for (uint64_t w : kStopWords) {
            const unsigned slot = unsigned((w * m) >> (64 - kStopWordSlotBits));
            distinct = distinct && !(used & (1u << slot));
            used |= 1u << slot;
        }
        if (distinct)
            return m;
    }
}
constexpr uint64_t kStopWordMultiplier = findStopWordMultiplier();
constexpr std::array<uint64_t, 1 << kStopWordSlotBits> makeStopWordSlots()
{
    std::array<uint64_t, 1 << kStopWordSlotBits> slots{};
    slots.fill(~0ull);
    for (uint64_t w : kStopWords)
        slots[size_t((w * kStopWordMultiplier) >> (64 - kStopWordSlotBits))] = w;
    return slots;
}
constexpr auto kStopWordSlots = makeStopWordSlots();

// Gopher's stop words, matched on the word without its leading/trailing punctuation and ignoring
// ASCII case (datatrove matches NLTK tokens case-sensitively, so a sentence-initial "The" does not
// count there; here it does). The word is packed from one 4-byte load and looked up in the perfect
// hash, so neither its length nor its bytes cost a branch; a longer word keeps its length in the
// number and matches nothing.
inline bool isStopWord(const unsigned char* p, size_t length, const unsigned char* end)
{
    unsigned char copy[4] = {0, 0, 0, 0};
    if (end - p < 4) {
        std::memcpy(copy, p, std::min<size_t>(length, 4));
        p = copy;
    }
    uint32_t bytes;
    std::memcpy(&bytes, p, 4);
    if constexpr (std::endian::native == std::endian::big)
        bytes = __builtin_bswap32(bytes);
    const uint64_t packed = ((bytes | 0x20202020u) & kLeadingBytes[std::min<size_t>(length, 4)])
        | (uint64_t(length) << 32);
    return kStopWordSlots[size_t((packed * kStopWordMultiplier) >> (64 - kStopWordSlotBits))] == packed;
}

struct ScanTotals {
    uint64_t characters = 0; // code points, CRLF counted once
    uint64_t words = 0, letterWords = 0, wordChars = 0, stopWords = 0;
    uint64_t hashes = 0, ellipses = 0;
    uint64_t lines = 0, bulletLines = 0, ellipsisLines = 0;
    uint64_t c4Lines = 0, c4Dropped = 0, c4Javascript = 0, c4Policy = 0, c4Sentences = 0;
    bool c4Lorem = false, c4Curly = false;
    size_t firstNonSpace = kNoPosition, lastNonSpaceEnd = 0; // of the whole text (Python strip())
};

void addCaseInsensitiveMatches(std::string_view text, size_t begin, size_t end, std::string_view needle,
                               const Evidence& evidence)
{
    for (size_t k = begin; k + needle.size() <= end; ++k) {
        size_t j = 0;
        while (j < needle.size() && asciiLower(static_cast<unsigned char>(text[k + j])) == needle[j])
            ++j;
        if (j == needle.size())
            evidence.add(k, k + needle.size());
    }
}

// One pass over the text. With `collect`, the words and lines are kept in the scratch arrays for the
// repetition statistics.
void scanText(std::string_view text, bool collect, Scratch& scratch, ScanTotals& t, const Evidence* evidence)
{
    const auto* base = reinterpret_cast<const unsigned char*>(text.data());
    const size_t n = text.size();
    const auto* end = base + n;
    if (collect)
        scratch.startDocument(n);
    uint64_t* const wordHash = scratch.wordHash.data();
    uint32_t* const wordBegin = scratch.wordBegin.data();
    uint32_t* const wordEnd = scratch.wordEnd.data();
    uint32_t* const charPrefix = scratch.charPrefix.data();

    uint64_t chars = 0; // every code point so far, CRs of CRLF included (subtracted at the end)
    uint64_t crlf = 0;
    // current token
    bool inToken = false;
    size_t tokenBegin = 0, coreBegin = 0, coreEnd = 0;
    uint32_t tokenChars = 0, coreFirst = 0, coreLast = 0;
    bool tokenHasCore = false, tokenHasLetter = false;
    // current line
    size_t lineBegin = 0, lineFirst = kNoPosition, lineLastEnd = 0;
    uint64_t lineStartChars = 0;
    char32_t lineFirstChar = 0;
    C4LineState c4(base);
    C4LineScan c4Line; // tokens and longest token filled here, the rest by c4.finish()
    // a run of '.', counted as Python's non-overlapping str.count("...")
    size_t dotRun = 0, dotRunBegin = 0;

    auto endToken = [&](size_t tokenEnd) __attribute__((always_inline)) {
        inToken = false;
        ++c4Line.tokens;
        c4Line.longestToken = std::max(c4Line.longestToken, tokenChars);
        if (!tokenHasCore)
            return; // only punctuation: not a word
        ++t.words;
        // Mean word length uses the word without leading/trailing punctuation ("end." has 3
        // characters), as datatrove measures NLTK tokens, which split punctuation off.
        t.wordChars += coreLast - coreFirst + 1;
        if (tokenHasLetter)
            ++t.letterWords;
        else if (evidence && evidence->wants(Signal::AlphaWordsFraction))
            evidence->add(tokenBegin, tokenEnd);
        const bool stopWord = isStopWord(base + coreBegin, coreEnd - coreBegin, end);
        t.stopWords += stopWord; // a quarter of all words: no branch on it
        if (evidence && stopWord && evidence->wants(Signal::StopWordCount))
            evidence->add(coreBegin, coreEnd);
        if (collect) {
            // n-grams compare and measure the whole token (punctuation included), as datatrove
            // joins its tokens.
            const size_t w = t.words - 1;
            wordHash[w] = hashWord(base + tokenBegin, tokenEnd - tokenBegin, end);
            wordBegin[w] = static_cast<uint32_t>(tokenBegin);
            wordEnd[w] = static_cast<uint32_t>(tokenEnd);
            charPrefix[w + 1] = charPrefix[w] + tokenChars;
        }
    };

    auto endLine = [&](size_t breakAt) { // breakAt: the '\n' or n
        size_t contentEnd = breakAt;
        const uint64_t charsBeforeBreak = breakAt < n ? chars - 1 : chars;
        uint64_t lineChars = charsBeforeBreak - lineStartChars;
        if (breakAt < n && contentEnd > lineBegin && base[contentEnd - 1] == '\r') {
            --contentEnd;
            --lineChars;
            ++crlf;
        }
        ++t.lines;
        if (lineFirst != kNoPosition) {
            // The text's first and last non-space characters are its lines' (whitespace includes
            // the line breaks), so they are taken once per line rather than at every word.
            if (t.firstNonSpace == kNoPosition)
                t.firstNonSpace = lineFirst;
            t.lastNonSpaceEnd = lineLastEnd;
            // Gopher: lstrip().startswith(("•", "-")), rstrip().endswith(("...", "…"))
            if (lineFirstChar == 0x2022 || lineFirstChar == '-') {
                ++t.bulletLines;
                if (evidence && evidence->wants(Signal::BulletLinesFraction))
                    evidence->add(lineFirst, lineLastEnd);
            }
            const std::string_view stripped = text.substr(lineFirst, lineLastEnd - lineFirst);
            if (stripped.ends_with("...") || stripped.ends_with("\xE2\x80\xA6")) {
                ++t.ellipsisLines;
                if (evidence && evidence->wants(Signal::EllipsisLinesFraction))
                    evidence->add(lineFirst, lineLastEnd);
            }
            c4.finish(c4Line, true);
            const C4Verdict verdict = evaluateC4Line(stripped, scratch.cleanedLine, &c4Line);
            ++t.c4Lines; // blank lines are not counted: paragraph spacing says nothing of quality
            if (verdict.fate != C4Fate::Kept) {
                ++t.c4Dropped;
                if (evidence && evidence->wants(Signal::C4DroppedLinesFraction))
                    evidence->add(lineFirst, lineLastEnd);
            }
            if (verdict.fate == C4Fate::DroppedJavascript) {
                ++t.c4Javascript;
                if (evidence && evidence->wants(Signal::C4JavascriptLines))
                    evidence->add(lineFirst, lineLastEnd);
            }
            if (verdict.fate == C4Fate::DroppedPolicy) {
                ++t.c4Policy;
                if (evidence && evidence->wants(Signal::C4PolicyLines))
                    evidence->add(lineFirst, lineLastEnd);
            }
            if (verdict.lorem) {
                t.c4Lorem = true;
                if (evidence && evidence->wants(Signal::C4LoremIpsum)) {
                    const size_t before = evidence->spans->size();
                    addCaseInsensitiveMatches(text, lineFirst, lineLastEnd, "lorem ipsum", *evidence);
                    if (evidence->spans->size() == before) // only formed once a citation was removed
                        evidence->add(lineFirst, lineLastEnd);
                }
            }
            if (verdict.curly) {
                t.c4Curly = true;
                if (evidence && evidence->wants(Signal::C4CurlyBrace))
                    for (size_t k = lineFirst; k < lineLastEnd; ++k)
                        if (text[k] == '{')
                            evidence->add(k, k + 1);
            }
            t.c4Sentences += verdict.sentences;
        }
        if (collect) {
            scratch.lines.push_back({static_cast<uint32_t>(lineBegin), static_cast<uint32_t>(contentEnd),
                                     static_cast<uint32_t>(lineChars),
                                     hashBytes(text.data() + lineBegin, contentEnd - lineBegin)});
        }
        lineFirst = kNoPosition;
        c4 = C4LineState(base + breakAt + 1);
        c4Line = C4LineScan{};
    };

    auto flushDots = [&]() {
        t.ellipses += dotRun / 3;
        if (evidence && evidence->wants(Signal::EllipsisToWordRatio))
            for (size_t k = 0; k + 3 <= dotRun; k += 3)
                evidence->add(dotRunBegin + k, dotRunBegin + k + 3);
        dotRun = 0;
    };

    size_t i = 0;
    while (i < n) {
        if (isAsciiAlnum(base[i])) {
            // Fast path: a run of ASCII letters and digits. It is all word core, so only the run's
            // two ends touch the token and line state.
            if (dotRun)
                flushDots();
            if (!inToken) {
                inToken = true;
                tokenBegin = i;
                tokenChars = 0;
                tokenHasCore = tokenHasLetter = false;
            }
            if (!tokenHasCore) {
                tokenHasCore = true;
                coreFirst = tokenChars;
                coreBegin = i;
            }
            if (lineFirst == kNoPosition) {
                lineFirst = i;
                lineFirstChar = base[i];
            }
            bool letter = false;
            const size_t j = alnumRunEnd(base, i, n, letter);
            c4.feedRun(base + i, base + j);
            const auto run = static_cast<uint32_t>(j - i);
            chars += run;
            tokenChars += run;
            coreLast = tokenChars - 1;
            coreEnd = j;
            if (letter)
                tokenHasLetter = true;
            lineLastEnd = j;
            i = j;
            if (i < n && base[i] == ' ') { // as below, without the trip through the dispatch
                endToken(i);
                c4.feedSpace();
                ++chars;
                ++i;
            }
            continue;
        }
        if (base[i] == ' ') {
            if (dotRun)
                flushDots();
            if (inToken)
                endToken(i);
            c4.feedSpace();
            ++chars;
            ++i;
            continue;
        }
        char32_t c;
        int length;
        const uint8_t cls = classAt(base + i, end, c, length);
        ++chars;
        c4.feed(c, cls);
        if (c == '.') {
            if (dotRun++ == 0)
                dotRunBegin = i;
        } else if (dotRun) {
            flushDots();
        }
        if (cls & kSpace) {
            if (inToken)
                endToken(i);
            if (c == '\n') {
                endLine(i);
                lineBegin = i + 1;
                lineStartChars = chars;
            }
        } else {
            if (!inToken) {
                inToken = true;
                tokenBegin = i;
                tokenChars = 0;
                tokenHasCore = tokenHasLetter = false;
            }
            if (!(cls & kPunct)) {
                if (!tokenHasCore) {
                    tokenHasCore = true;
                    coreFirst = tokenChars;
                    coreBegin = i;
                }
                coreLast = tokenChars;
                coreEnd = i + length;
                if (cls & kLetter)
                    tokenHasLetter = true;
            }
            ++tokenChars;
            if (lineFirst == kNoPosition) {
                lineFirst = i;
                lineFirstChar = c;
            }
            lineLastEnd = i + length;
            if (c == '#') {
                // datatrove: text.count("#"), every '#' of the text
                ++t.hashes;
                if (evidence && evidence->wants(Signal::HashToWordRatio))
                    evidence->add(i, i + 1);
            } else if (c == 0x2026) {
                ++t.ellipses;
                if (evidence && evidence->wants(Signal::EllipsisToWordRatio))
                    evidence->add(i, i + length);
            }
        }
        i += static_cast<size_t>(length);
    }
    if (dotRun)
        flushDots();
    if (inToken)
        endToken(n);
    if (lineBegin < n) // a last line without "\n" (splitlines() gives no empty line after a final "\n")
        endLine(n);
    t.characters = chars - crlf;
    if (collect)
        scratch.words = t.words;
}

// ---------------------------------------------------------------------------------------------
// Repetition (datatrove GopherRepetitionFilter).

struct Repetition {
    double characters = 0; // of the analysed text: the denominator of the character fractions
    uint64_t lines = 0, dupLines = 0, dupLineChars = 0;
    uint64_t paragraphs = 0, dupParagraphs = 0, dupParagraphChars = 0;
    double topChars[3] = {0, 0, 0};  // n = 2, 3, 4
    double dupChars[6] = {0, 0, 0, 0, 0, 0}; // n = 5 .. 10
};

uint64_t countChars(std::string_view text)
{
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = p + text.size();
    uint64_t chars = 0;
    while (p < end) {
        int length;
        decodeUtf8(p, end, length);
        p += length;
        ++chars;
    }
    return chars;
}

// find_duplicates over lines and paragraphs: an element counts as a duplicate (and its characters
// as duplicated) each time it appears after its first occurrence.
void lineAndParagraphRepetition(std::string_view text, Scratch& s, const ScanTotals& t, Repetition& r,
                                const Evidence* evidence)
{
    // Lines: datatrove splits on "\n+", i.e. the non-empty lines. (re.split also yields an empty
    // piece when the text starts or ends with "\n"; it is not a line, so it is not counted.)
    const bool lineEvidence = evidence
        && (evidence->wants(Signal::DupLinesFraction) || evidence->wants(Signal::DupLineCharsFraction));
    s.table.reset(s.lines.size());
    for (size_t k = 0; k < s.lines.size(); ++k) {
        const LineRecord& line = s.lines[k];
        if (line.begin == line.end)
            continue;
        ++r.lines;
        if (s.table.findOrInsert(line.hash, static_cast<uint32_t>(k)) != k) {
            ++r.dupLines;
            r.dupLineChars += line.chars;
            if (lineEvidence)
                evidence->add(line.begin, line.end);
        }
    }

    // Paragraphs: re.split(r"\n{2,}", text.strip()). A paragraph is a run of lines between empty
    // lines, the first and last clipped to the stripped text; its identity combines its lines'
    // hashes, its length is their characters plus one per joining "\n".
    if (t.firstNonSpace == kNoPosition)
        return; // nothing but whitespace: no paragraph (datatrove would see one empty paragraph)
    const bool paragraphEvidence = evidence
        && (evidence->wants(Signal::DupParagraphsFraction) || evidence->wants(Signal::DupParagraphCharsFraction));
    s.table.reset(s.lines.size());
    uint64_t paragraphHash = 0, paragraphChars = 0;
    uint32_t paragraphLines = 0;
    size_t paragraphBegin = 0, paragraphEnd = 0;
    auto finishParagraph = [&]() {
        const uint64_t key = combine(paragraphHash, paragraphLines);
        const auto ordinal = static_cast<uint32_t>(r.paragraphs++);
        if (s.table.findOrInsert(key, ordinal) != ordinal) {
            ++r.dupParagraphs;
            r.dupParagraphChars += paragraphChars;
            if (paragraphEvidence)
                evidence->add(paragraphBegin, paragraphEnd);
        }
        paragraphLines = 0;
    };
    for (const LineRecord& line : s.lines) {
        if (line.end <= t.firstNonSpace || line.begin >= t.lastNonSpaceEnd)
            continue;
        if (line.begin == line.end) {
            if (paragraphLines)
                finishParagraph();
            continue;
        }
        size_t begin = line.begin, end = line.end;
        uint64_t hash = line.hash, chars = line.chars;
        if (begin < t.firstNonSpace || end > t.lastNonSpaceEnd) {
            begin = std::max(begin, t.firstNonSpace);
            end = std::min(end, t.lastNonSpaceEnd);
            hash = hashBytes(text.data() + begin, end - begin);
            chars = countChars(text.substr(begin, end - begin));
        }
        if (paragraphLines == 0) {
            paragraphHash = kHashK0;
            paragraphChars = 0;
            paragraphBegin = begin;
        } else {
            paragraphChars += 1;
        }
        paragraphHash = combine(paragraphHash, hash);
        paragraphChars += chars;
        paragraphEnd = end;
        ++paragraphLines;
    }
    if (paragraphLines)
        finishParagraph();
}

// Word n-grams, n = 2..10, with datatrove's definitions:
//  - top n-gram (n = 2, 3, 4): len(" ".join(ngram)) * count of the most frequent n-gram, ties going
//    to the n-gram seen first (Counter.most_common); with no repeat at all that is the first n-gram.
//  - duplicated n-grams (n = 5..10): walk the positions; an n-gram already seen at a visited
//    position adds its characters (words joined without spaces, "".join) and the walk jumps n words,
//    otherwise it is remembered and the walk moves one word.
// Apart from the first n-gram (the top one when nothing repeats), only repeated n-grams matter to
// either, so each level keeps just the positions whose n-gram occurs at least twice, with a class
// number per distinct n-gram.
// The (n+1)-gram at p is the n-grams at p and p+1 overlapping: it can only repeat where both of
// them repeat, and their pair of classes identifies it exactly. So above the words a level looks up
// pairs of small numbers, at the few positions where a repeat is still possible, instead of hashing
// every position at every level; a typical document has no repeated n-gram left after a few levels.
//
// A class is the index of the entry where its n-gram first occurs in the level being built (the
// value the hash table keeps), so no running counter ties one lookup to the previous one, and
// classes are numbered in order of first occurrence; count[c] is how often class c occurs.
// keepRepeated() keeps the entries [0, size) whose class occurs at least twice; whether an entry
// stays is stored data rather than a branch, as it is as good as random.
void keepRepeated(Scratch& s, size_t& size)
{
    size_t out = 0;
    for (size_t j = 0; j < size; ++j) {
        const uint32_t c = s.cls[j];
        s.at[out] = s.at[j];
        s.cls[out] = c;
        out += s.count[c] >= 2;
    }
    size = out;
}

void nGramRepetition(Scratch& s, Repetition& r, const Evidence* evidence)
{
    const size_t W = s.words;
    int evidenceN = 0;
    if (evidence) {
        const int signal = static_cast<int>(evidence->signal);
        if (signal >= int(Signal::Top2GramCharsFraction) && signal <= int(Signal::Top4GramCharsFraction))
            evidenceN = 2 + signal - int(Signal::Top2GramCharsFraction);
        if (signal >= int(Signal::Dup5GramCharsFraction) && signal <= int(Signal::Dup10GramCharsFraction))
            evidenceN = 5 + signal - int(Signal::Dup5GramCharsFraction);
    }
    auto addGram = [&](size_t i, int n) { evidence->add(s.wordBegin[i], s.wordEnd[i + size_t(n) - 1]); };
    auto gramChars = [&](size_t i, int n) -> uint64_t { return s.charPrefix[i + size_t(n)] - s.charPrefix[i]; };

    if (W < 2)
        return;
    for (auto* v : {&s.at, &s.cls, &s.nextAt, &s.nextCls, &s.count})
        if (v->size() < W)
            v->resize(W);
    if (s.keys.size() < W)
        s.keys.resize(W);

    // Level 1: the words, classed by their hashes.
    s.table.reset(W);
    std::fill_n(s.count.begin(), W, 0u);
    for (size_t i = 0; i < W; ++i) {
        const uint32_t c = s.table.findOrInsert(s.wordHash[i], static_cast<uint32_t>(i));
        ++s.count[c];
        s.at[i] = static_cast<uint32_t>(i);
        s.cls[i] = c;
    }
    size_t size = W;
    keepRepeated(s, size);

    for (int n = 2; n <= 10 && W >= size_t(n); ++n) {
        // Level n from level n-1: the pairs of repeated (n-1)-grams at adjacent positions, gathered
        // first (without a branch) and then looked up.
        size_t pairs = 0;
        for (size_t j = 0; j + 1 < size; ++j) {
            s.nextAt[pairs] = s.at[j];
            s.keys[pairs] = (uint64_t(s.cls[j]) << 32) | s.cls[j + 1];
            pairs += s.at[j + 1] == s.at[j] + 1;
        }
        s.table.reset(pairs);
        std::fill_n(s.count.begin(), pairs, 0u);
        for (size_t j = 0; j < pairs; ++j) {
            const uint32_t c = s.table.findOrInsert(s.keys[j], static_cast<uint32_t>(j));
            ++s.count[c];
            s.nextCls[j] = c;
        }
        std::swap(s.at, s.nextAt);
        std::swap(s.cls, s.nextCls);
        size = pairs;
        keepRepeated(s, size);

        if (n <= 4) {
            // The first entry of the most frequent class is that class's first occurrence, and
            // among equally frequent classes the one seen first. No repeat: every n-gram occurs
            // once and the first one is the top one.
            size_t best = 0;
            uint32_t bestClass = 0, bestCount = 1;
            for (size_t j = 0; j < size; ++j)
                if (s.count[s.cls[j]] > bestCount) {
                    best = s.at[j];
                    bestClass = s.cls[j];
                    bestCount = s.count[bestClass];
                }
            r.topChars[n - 2] = double(gramChars(best, n) + uint64_t(n - 1)) * bestCount;
            if (evidenceN == n) {
                if (bestCount == 1)
                    addGram(0, n);
                for (size_t j = 0; bestCount > 1 && j < size; ++j)
                    if (s.cls[j] == bestClass)
                        addGram(s.at[j], n);
            }
        } else {
            s.seen.assign(pairs, 0);
            uint64_t duplicated = 0;
            size_t walk = 0; // the walk's position: repeated n-grams before it were jumped over
            for (size_t j = 0; j < size; ++j) {
                const size_t i = s.at[j];
                if (i < walk)
                    continue;
                const uint32_t c = s.cls[j];
                if (s.seen[c]) {
                    duplicated += gramChars(i, n);
                    if (evidenceN == n)
                        addGram(i, n);
                    walk = i + size_t(n);
                } else {
                    s.seen[c] = 1;
                }
            }
            r.dupChars[n - 5] = double(duplicated);
        }
    }
}

bool isRepetitionSignal(Signal s)
{
    return s >= Signal::DupLinesFraction && s <= Signal::Dup10GramCharsFraction;
}

// The analysis behind computeSignals() and signalEvidence().
SignalVector analyse(std::string_view text, const Evidence* evidence)
{
    Scratch& scratch = threadScratch();
    ScanTotals t;
    Repetition r;
    const bool windowed = text.size() > kRepetitionWindowBytes;
    const bool repetitionEvidence = evidence && isRepetitionSignal(evidence->signal);
    scanText(text, !windowed, scratch, t, repetitionEvidence ? nullptr : evidence);
    std::string_view analysed = text;
    ScanTotals windowTotals;
    const ScanTotals* repetitionTotals = &t;
    if (windowed) {
        size_t cut = kRepetitionWindowBytes;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
            --cut; // never split a UTF-8 sequence
        analysed = text.substr(0, cut);
        scanText(analysed, true, scratch, windowTotals, nullptr);
        repetitionTotals = &windowTotals;
    }
    r.characters = double(repetitionTotals->characters);
    const Evidence* ev = repetitionEvidence ? evidence : nullptr;
    lineAndParagraphRepetition(analysed, scratch, *repetitionTotals, r, ev);
    nGramRepetition(scratch, r, ev);
    scratch.releaseIfLarge();

    auto ratio = [](double a, double b) { return b > 0 ? a / b : 0.0; };
    SignalVector v{};
    auto set = [&](Signal s, double value) { v[static_cast<size_t>(s)] = static_cast<float>(value); };
    const double words = double(t.words);
    set(Signal::Characters, double(t.characters));
    set(Signal::Bytes, double(text.size()));
    set(Signal::Words, words);
    set(Signal::Lines, double(t.lines));
    set(Signal::MeanWordLength, ratio(double(t.wordChars), words));
    // With no word, a '#' or an ellipsis still shows: divide by at least one word.
    set(Signal::HashToWordRatio, double(t.hashes) / std::max(words, 1.0));
    set(Signal::EllipsisToWordRatio, double(t.ellipses) / std::max(words, 1.0));
    set(Signal::BulletLinesFraction, ratio(double(t.bulletLines), double(t.lines)));
    set(Signal::EllipsisLinesFraction, ratio(double(t.ellipsisLines), double(t.lines)));
    set(Signal::AlphaWordsFraction, ratio(double(t.letterWords), words));
    set(Signal::StopWordCount, double(t.stopWords));
    set(Signal::DupLinesFraction, ratio(double(r.dupLines), double(r.lines)));
    set(Signal::DupParagraphsFraction, ratio(double(r.dupParagraphs), double(r.paragraphs)));
    set(Signal::DupLineCharsFraction, ratio(double(r.dupLineChars), r.characters));
    set(Signal::DupParagraphCharsFraction, ratio(double(r.dupParagraphChars), r.characters));
    for (int k = 0; k < 3; ++k)
        set(static_cast<Signal>(int(Signal::Top2GramCharsFraction) + k), ratio(r.topChars[k], r.characters));
    for (int k = 0; k < 6; ++k)
        set(static_cast<Signal>(int(Signal::Dup5GramCharsFraction) + k), ratio(r.dupChars[k], r.characters));
    set(Signal::C4DroppedLinesFraction, ratio(double(t.c4Dropped), double(t.c4Lines)));
    set(Signal::C4JavascriptLines, double(t.c4Javascript));
    set(Signal::C4PolicyLines, double(t.c4Policy));
    set(Signal::C4LoremIpsum, t.c4Lorem ? 1.0 : 0.0);
    set(Signal::C4CurlyBrace, t.c4Curly ? 1.0 : 0.0);
    set(Signal::C4Sentences, double(t.c4Sentences));
    return v;
}

// Python str.strip() bounds of [begin, end).
std::pair<size_t, size_t> stripBounds(std::string_view text, size_t begin, size_t end)
{
    const auto* base = reinterpret_cast<const unsigned char*>(text.data());
    size_t first = kNoPosition, lastEnd = begin;
    for (size_t i = begin; i < end;) {
        char32_t c;
        int length;
        if (!(classAt(base + i, base + end, c, length) & kSpace)) {
            if (first == kNoPosition)
                first = i;
            lastEnd = i + static_cast<size_t>(length);
        }
        i += static_cast<size_t>(length);
    }
    if (first == kNoPosition)
        return {begin, begin};
    return {first, lastEnd};
}

} // namespace

// ---------------------------------------------------------------------------------------------

const std::array<SignalInfo, kSignalCount>& signalInfos()
{
    static const std::array<SignalInfo, kSignalCount> infos = {{
        {Signal::Characters, "characters", "Characters", true},
        {Signal::Bytes, "bytes", "Bytes", true},
        {Signal::Words, "words", "Words", true},
        {Signal::Lines, "lines", "Lines", true},
        {Signal::MeanWordLength, "gopher_mean_word_length", "Mean word length", true},
        {Signal::HashToWordRatio, "gopher_hash_word_ratio", "'#' per word", false},
        {Signal::EllipsisToWordRatio, "gopher_ellipsis_word_ratio", "Ellipses per word", false},
        {Signal::BulletLinesFraction, "gopher_bullet_lines_frac", "Lines starting with a bullet", false},
        {Signal::EllipsisLinesFraction, "gopher_ellipsis_lines_frac", "Lines ending with an ellipsis", false},
        {Signal::AlphaWordsFraction, "gopher_alpha_words_frac", "Words with a letter", false},
        {Signal::StopWordCount, "gopher_stop_words", "Stop words", true},
        {Signal::DupLinesFraction, "gopher_dup_line_frac", "Duplicate lines", false},
        {Signal::DupParagraphsFraction, "gopher_dup_para_frac", "Duplicate paragraphs", false},
        {Signal::DupLineCharsFraction, "gopher_dup_line_char_frac", "Characters in duplicate lines", false},
        {Signal::DupParagraphCharsFraction, "gopher_dup_para_char_frac", "Characters in duplicate paragraphs", false},
        {Signal::Top2GramCharsFraction, "gopher_top_2gram_char_frac", "Top 2-gram character share", false},
        {Signal::Top3GramCharsFraction, "gopher_top_3gram_char_frac", "Top 3-gram character share", false},
        {Signal::Top4GramCharsFraction, "gopher_top_4gram_char_frac", "Top 4-gram character share", false},
        {Signal::Dup5GramCharsFraction, "gopher_dup_5gram_char_frac", "Duplicated 5-gram character share", false},
        {Signal::Dup6GramCharsFraction, "gopher_dup_6gram_char_frac", "Duplicated 6-gram character share", false},
        {Signal::Dup7GramCharsFraction, "gopher_dup_7gram_char_frac", "Duplicated 7-gram character share", false},
        {Signal::Dup8GramCharsFraction, "gopher_dup_8gram_char_frac", "Duplicated 8-gram character share", false},
        {Signal::Dup9GramCharsFraction, "gopher_dup_9gram_char_frac", "Duplicated 9-gram character share", false},
        {Signal::Dup10GramCharsFraction, "gopher_dup_10gram_char_frac", "Duplicated 10-gram character share", false},
        {Signal::C4DroppedLinesFraction, "c4_dropped_lines_frac", "Lines C4 drops", false},
        {Signal::C4JavascriptLines, "c4_javascript_lines", "Lines dropped for JavaScript", true},
        {Signal::C4PolicyLines, "c4_policy_lines", "Lines dropped for cookie or policy text", true},
        {Signal::C4LoremIpsum, "c4_lorem_ipsum", "Contains \"lorem ipsum\"", false},
        {Signal::C4CurlyBrace, "c4_curly_brace", "Contains '{'", false},
        {Signal::C4Sentences, "c4_sentences", "Sentences after C4 line cleaning", true},
    }};
    return infos;
}

const SignalInfo* findSignal(std::string_view key)
{
    for (const auto& info : signalInfos())
        if (key == info.key)
            return &info;
    return nullptr;
}

SignalVector computeSignals(std::string_view text) { return analyse(text, nullptr); }

std::vector<QualityRule> defaultQualityRules()
{
    using B = QualityRule::Bound;
    auto rule = [](std::string key, std::string family, std::string label, Signal signal, B bound,
                   double threshold, std::string description) {
        return QualityRule{std::move(key), std::move(family), std::move(label), signal, bound, threshold, true,
                           std::move(description)};
    };
    const char* gq = "gopher_quality";
    const char* gr = "gopher_repetition";
    std::vector<QualityRule> rules = {
        rule("gopher_min_words", gq, "At least 50 words", Signal::Words, B::AtLeast, 50,
             "Very short documents carry too little text to learn from."),
        rule("gopher_max_words", gq, "At most 100,000 words", Signal::Words, B::AtMost, 100000,
             "Extremely long documents are usually dumps, logs or concatenated pages."),
        rule("gopher_min_mean_word_length", gq, "Mean word length at least 3", Signal::MeanWordLength, B::AtLeast, 3,
             "Very short average words point to lists of symbols, numbers or broken text."),
        rule("gopher_max_mean_word_length", gq, "Mean word length at most 10", Signal::MeanWordLength, B::AtMost, 10,
             "Very long average words point to URLs, hashes or text without spaces."),
        rule("gopher_max_hash_ratio", gq, "At most 0.1 '#' per word", Signal::HashToWordRatio, B::AtMost, 0.1,
             "Many '#' symbols mark hashtag spam, markup or code rather than prose."),
        rule("gopher_max_ellipsis_ratio", gq, "At most 0.1 ellipses per word", Signal::EllipsisToWordRatio,
             B::AtMost, 0.1, "Many ellipses mark truncated snippets, such as search results or teasers."),
        rule("gopher_max_bullet_lines", gq, "At most 90% bullet lines", Signal::BulletLinesFraction, B::AtMost, 0.9,
             "A page that is almost all bullet points is usually navigation or a bare list."),
        rule("gopher_max_ellipsis_lines", gq, "At most 30% lines ending in an ellipsis", Signal::EllipsisLinesFraction,
             B::AtMost, 0.3, "Many lines cut off with an ellipsis mark lists of truncated previews."),
        rule("gopher_min_alpha_words", gq, "At least 80% words with a letter", Signal::AlphaWordsFraction,
             B::AtLeast, 0.8, "Text whose words are mostly numbers or symbols is tables, code or noise."),
        rule("gopher_min_stop_words", gq, "At least 2 stop words", Signal::StopWordCount, B::AtLeast, 2,
             "Real English prose uses words like 'the' and 'of'; text without them is rarely prose."),
        rule("gopher_max_dup_lines", gr, "At most 30% duplicate lines", Signal::DupLinesFraction, B::AtMost, 0.3,
             "Repeated lines mark boilerplate such as menus, headers and footers."),
        rule("gopher_max_dup_paragraphs", gr, "At most 30% duplicate paragraphs", Signal::DupParagraphsFraction,
             B::AtMost, 0.3, "Repeated paragraphs mark templated or spun pages."),
        rule("gopher_max_dup_line_chars", gr, "At most 20% of characters in duplicate lines",
             Signal::DupLineCharsFraction, B::AtMost, 0.2,
             "Repeated lines that make up much of the text add no new content."),
        rule("gopher_max_dup_paragraph_chars", gr, "At most 20% of characters in duplicate paragraphs",
             Signal::DupParagraphCharsFraction, B::AtMost, 0.2,
             "Repeated paragraphs that make up much of the text add no new content."),
        rule("gopher_max_top_2gram", gr, "Top 2-gram covers at most 20%", Signal::Top2GramCharsFraction, B::AtMost,
             0.20, "One word pair repeated all over the text marks spam or keyword stuffing."),
        rule("gopher_max_top_3gram", gr, "Top 3-gram covers at most 18%", Signal::Top3GramCharsFraction, B::AtMost,
             0.18, "One three-word phrase repeated all over the text marks spam or templates."),
        rule("gopher_max_top_4gram", gr, "Top 4-gram covers at most 16%", Signal::Top4GramCharsFraction, B::AtMost,
             0.16, "One four-word phrase repeated all over the text marks spam or templates."),
    };
    const double dupThresholds[6] = {0.15, 0.14, 0.13, 0.12, 0.11, 0.10};
    for (int k = 0; k < 6; ++k) {
        const int n = 5 + k;
        const auto percent = static_cast<int>(dupThresholds[k] * 100 + 0.5);
        rules.push_back(rule("gopher_max_dup_" + std::to_string(n) + "gram", gr,
                             "Duplicated " + std::to_string(n) + "-grams cover at most " + std::to_string(percent) + "%",
                             static_cast<Signal>(int(Signal::Dup5GramCharsFraction) + k), B::AtMost, dupThresholds[k],
                             "Long word sequences that recur mark copied, templated or generated text."));
    }
    rules.push_back(rule("c4_min_sentences", "c4", "At least 3 sentences after C4 cleaning", Signal::C4Sentences,
                         B::AtLeast, kC4MinSentences,
                         "After C4 drops lines without terminal punctuation or with too few words, too little prose is left."));
    rules.push_back(rule("c4_no_lorem_ipsum", "c4", "No \"lorem ipsum\"", Signal::C4LoremIpsum, B::AtMost, 0,
                         "Placeholder text marks unfinished templates."));
    rules.push_back(rule("c4_no_curly_brace", "c4", "No '{'", Signal::C4CurlyBrace, B::AtMost, 0,
                         "A curly bracket in a kept line usually means code or scripts leaked into the page."));
    return rules;
}

bool passes(const QualityRule& rule, const SignalVector& signals)
{
    // Signals are stored as float: compare against the threshold rounded the same way, so a
    // fraction exactly at the threshold (3/10 vs 0.3) passes as it does in double arithmetic.
    const float value = signals[static_cast<size_t>(rule.signal)];
    const auto threshold = static_cast<float>(rule.threshold);
    return rule.bound == QualityRule::Bound::AtLeast ? value >= threshold : value <= threshold;
}

int firstFailedRule(const std::vector<QualityRule>& rules, const SignalVector& signals)
{
    for (size_t i = 0; i < rules.size(); ++i)
        if (rules[i].enabled && !passes(rules[i], signals))
            return static_cast<int>(i);
    return -1;
}

std::vector<TextSpan> signalEvidence(std::string_view text, Signal signal)
{
    std::vector<TextSpan> spans;
    if (signal == Signal::Count)
        return spans;
    const Evidence evidence{signal, &spans};
    analyse(text, &evidence);
    std::sort(spans.begin(), spans.end(),
              [](const TextSpan& a, const TextSpan& b) { return a.begin != b.begin ? a.begin < b.begin : a.end < b.end; });
    return spans;
}

std::string c4CleanLines(std::string_view text)
{
    std::string out;
    std::string scratch;
    size_t lineBegin = 0;
    auto handle = [&](size_t breakAt) {
        size_t contentEnd = breakAt;
        if (breakAt < text.size() && contentEnd > lineBegin && text[contentEnd - 1] == '\r')
            --contentEnd;
        const auto [first, lastEnd] = stripBounds(text, lineBegin, contentEnd);
        const C4Verdict verdict = evaluateC4Line(text.substr(first, lastEnd - first), scratch);
        if (verdict.fate == C4Fate::Kept) {
            if (!out.empty())
                out.push_back('\n');
            out.append(verdict.cleaned);
        }
    };
    for (size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') {
            handle(i);
            lineBegin = i + 1;
        }
    if (lineBegin < text.size())
        handle(text.size());
    // TFDS: "\n".join(valid_lines).strip()
    const auto [first, lastEnd] = stripBounds(out, 0, out.size());
    return out.substr(first, lastEnd - first);
}

} // namespace adaptlab::corpus
