// Quality signals, internal: C4's line rules (TFDS c4_utils.clean_page). The per-line state the
// document scan feeds byte by byte and the verdict it asks for at every line end are inline here;
// what only a line with a citation or c4CleanLines() needs is in quality_c4.cpp.
#pragma once

#include "corpus/quality_text.h"

#include <bit>
#include <string>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace adaptlab::corpus::quality {

constexpr int kC4MinWordsPerLine = 5;     // TFDS _MIN_WORDS_PER_LINE (datatrove swaps it to 3)
constexpr int kC4MinSentences = 3;        // TFDS _MIN_NUM_SENTENCES (datatrove swaps it to 5)
constexpr uint32_t kC4MaxWordLength = 1000; // TFDS _MAX_WORD_LENGTH: a longer token drops its line

// ---------------------------------------------------------------------------------------------
// C4 line rules (TFDS c4_utils.clean_page), for one line already stripped of whitespace.

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

enum class C4Fate : uint8_t { Blank, Dropped, DroppedJavascript, DroppedPolicy, Kept };

struct C4Verdict {
    C4Fate fate = C4Fate::Blank;
    bool lorem = false;  // the page rule fired on this line
    bool curly = false;
    uint32_t sentences = 0;
    std::string_view cleaned; // the line as C4 keeps it (valid until the next call)
};

// One pass over a line: its whitespace tokens and the C4LineState.
C4LineScan scanC4Line(std::string_view line);
// The longest whitespace token of a line, in code points.
uint32_t longestTokenChars(std::string_view line);
// `line` without its Wikipedia-style citation markers, into `out` (quality_c4.cpp).
void removeCitations(std::string_view line, std::string& out);

// clean_page's loop body, with its two "return" (drop the page) turned into flags so every signal
// is computed: lorem ipsum and "{" are only looked for in lines that survived the end-mark and
// word-count rules, and "{" only in lines without "javascript", exactly as TFDS orders its checks.
// A line that fires a page rule is otherwise kept (if the user switches the page rule off, the line
// goes on to the later checks).
// `known` is what the document scan already learnt about this line (nullptr: scan it here).
inline C4Verdict evaluateC4Line(std::string_view line, std::string& scratch, const C4LineScan* known = nullptr)
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


} // namespace adaptlab::corpus::quality
