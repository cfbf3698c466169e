// Per-document quality signals (METHODS.md §1): Gopher quality, Gopher repetition and C4 rules, all
// computed as numbers in one pass over the text, so that a rule is "signal <= threshold" and a user
// can move the threshold without rescanning. Words = whitespace-split tokens that contain at least
// one non-punctuation character.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace adaptlab::corpus {

enum class Signal : int {
    // basic statistics
    Characters, Bytes, Words, Lines,
    // Gopher quality
    MeanWordLength, HashToWordRatio, EllipsisToWordRatio, BulletLinesFraction, EllipsisLinesFraction,
    AlphaWordsFraction, StopWordCount,
    // Gopher repetition (fractions; duplicate lines/paragraphs by count and by characters)
    DupLinesFraction, DupParagraphsFraction, DupLineCharsFraction, DupParagraphCharsFraction,
    Top2GramCharsFraction, Top3GramCharsFraction, Top4GramCharsFraction,
    Dup5GramCharsFraction, Dup6GramCharsFraction, Dup7GramCharsFraction, Dup8GramCharsFraction,
    Dup9GramCharsFraction, Dup10GramCharsFraction,
    // C4 (TFDS c4_utils): share of lines the line rules drop, and the page rules' inputs
    C4DroppedLinesFraction, C4JavascriptLines, C4PolicyLines, C4LoremIpsum, C4CurlyBrace, C4Sentences,
    Count
};
inline constexpr int kSignalCount = static_cast<int>(Signal::Count);
using SignalVector = std::array<float, kSignalCount>;

struct SignalInfo {
    Signal signal;
    const char* key;          // stable snake_case name used in files, JSON and the CLI
    const char* label;        // short English label (the GUI translates its own)
    bool logScale;            // histograms use log bins (counts and lengths)
};
const std::array<SignalInfo, kSignalCount>& signalInfos();
const SignalInfo* findSignal(std::string_view key);

// Every signal of one document. Pure and thread-safe.
SignalVector computeSignals(std::string_view text);

// A named, switchable rule on one signal: the document passes when the signal is within bounds.
struct QualityRule {
    std::string key;          // e.g. "gopher_min_words"
    std::string family;       // "gopher_quality", "gopher_repetition", "c4"
    std::string label;
    Signal signal;
    enum class Bound { AtLeast, AtMost } bound;
    double threshold;
    bool enabled = true;
    std::string description;  // why the rule exists, for the panel's tooltip
};

// The defaults of METHODS.md §1 (Gopher thresholds as datatrove's GopherQualityFilter; C4 as TFDS).
std::vector<QualityRule> defaultQualityRules();
bool passes(const QualityRule& rule, const SignalVector& signals);
// Index of the first enabled rule the document fails, or -1.
int firstFailedRule(const std::vector<QualityRule>& rules, const SignalVector& signals);

// The parts of a text that drive a signal, as byte ranges to highlight: duplicate lines or
// paragraphs, the most frequent or duplicated n-gram occurrences, bullet/ellipsis lines, lines C4
// drops, "lorem ipsum", "{" ... Empty when the signal has no location (e.g. word count).
struct TextSpan {
    size_t begin = 0;
    size_t end = 0;
};
std::vector<TextSpan> signalEvidence(std::string_view text, Signal signal);

// C4's line filter applied to the text (for derived datasets that keep cleaned documents).
std::string c4CleanLines(std::string_view text);

} // namespace adaptlab::corpus
