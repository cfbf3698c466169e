// The rule table: every signal's key and label, and the default rules of METHODS.md §1 on them.
#include "corpus/quality_signals_internal.h"

namespace adaptlab::corpus {

using quality_detail::kC4MinSentences;

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

} // namespace adaptlab::corpus
