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
//
// This file is the document scan and its driver (one pass per document, then the repetition
// statistics); quality_signals_internal.h has the character classes, hashing and C4 line state it
// inlines, quality_signals_c4.cpp the C4 line verdicts, quality_signals_repetition.cpp the
// repetition statistics and quality_signals_rules.cpp the signal and rule tables.
#include "corpus/quality_signals_internal.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <utility>

namespace adaptlab::corpus {
using namespace quality_detail;

namespace {

// Not inlined: the callers keep the address it returns, where an inlined thread_local access is
// recomputed (a __tls_get_addr call in a shared library) inside their loops.
__attribute__((noinline)) Scratch& threadScratch()
{
    thread_local Scratch scratch;
    return scratch;
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

} // namespace

SignalVector computeSignals(std::string_view text) { return analyse(text, nullptr); }

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

} // namespace adaptlab::corpus
