// Quality signals (METHODS.md §1): every signal and every default rule on hand-made documents whose
// answers are worked out by hand in the tables (the arithmetic is in the comments), plus Unicode,
// CRLF, empty and punctuation-only text, a long repetitive document, the evidence spans and the
// C4 line cleaner.
//
// Conventions used in the arithmetic: "chars" are code points with a CRLF pair counted once; words
// are whitespace tokens with a non-punctuation character; n-gram lengths follow datatrove (top
// n-gram: words joined with spaces; duplicated n-grams: words joined without spaces).
#include "corpus/quality_signals.h"

#include <QByteArrayList>
#include <QStringList>
#include <QTest>

#include <cmath>
#include <set>
#include <string>
#include <thread>

using namespace adaptlab::corpus;

namespace {

std::string_view view(const QByteArray& bytes) { return {bytes.constData(), static_cast<size_t>(bytes.size())}; }

float signalOf(const SignalVector& values, Signal signal) { return values[static_cast<size_t>(signal)]; }

Signal signalFromKey(const QString& key)
{
    const SignalInfo* info = findSignal(key.toStdString());
    if (!info)
        qFatal("unknown signal key %s", qPrintable(key));
    return info->signal;
}

// Signals are floats: compare with a relative tolerance well above float rounding (6e-8).
bool closeTo(double actual, double expected) { return std::abs(actual - expected) <= 1e-6 * std::max(1.0, std::abs(expected)); }

QByteArray repeated(const QByteArray& unit, int times)
{
    QByteArray out;
    for (int i = 0; i < times; ++i)
        out += unit;
    return out;
}

// n distinct lowercase words of the given length ("aaa", "aab", ...), space-separated.
QByteArray distinctWords(int n, int length)
{
    QByteArrayList words;
    for (int i = 0; i < n; ++i) {
        QByteArray word(length, 'a');
        int k = i;
        for (int pos = length - 1; pos >= 0 && k > 0; --pos, k /= 26)
            word[pos] = char('a' + k % 26);
        words << word;
    }
    return words.join(' ');
}

// A clean English passage that passes every default rule: 53 words in 6 lines, each a sentence.
const QByteArray kGoodDocument =
    "The history of the city goes back many centuries.\n"
    "Its first settlers built houses near the river.\n"
    "Trade with distant towns brought wealth and new ideas.\n"
    "Today the old quarter attracts visitors from around the world.\n"
    "Museums, parks and markets fill the streets with life.\n"
    "Many residents still work in small family businesses.\n";

QString spanText(const QByteArray& text, const TextSpan& span)
{
    return QStringLiteral("%1:%2:%3")
        .arg(span.begin)
        .arg(span.end)
        .arg(QString::fromUtf8(text.mid(qsizetype(span.begin), qsizetype(span.end - span.begin))));
}

} // namespace

class TestQualitySignals : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void signalInfosAreStable();
    void emptyTextHasOnlyZeros();
    void signalValues_data();
    void signalValues();
    void crlfChangesOnlyBytes_data();
    void crlfChangesOnlyBytes();
    void longRepetitiveDocument();
    void documentAboveTheRepetitionWindow();
    void sameResultsOnSeveralThreads();
    void defaultRulesMatchMethods();
    void passesAtAndAcrossThresholds();
    void ruleBoundaries_data();
    void ruleBoundaries();
    void firstFailedRuleOrderAndSwitches();
    void evidence_data();
    void evidence();
    void c4CleanedText_data();
    void c4CleanedText();
};

void TestQualitySignals::signalInfosAreStable()
{
    const auto& infos = signalInfos();
    std::set<std::string> keys;
    for (int i = 0; i < kSignalCount; ++i) {
        const SignalInfo& info = infos[size_t(i)];
        QCOMPARE(static_cast<int>(info.signal), i); // indexable by the enum
        const std::string key = info.key;
        QVERIFY2(!key.empty() && key.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") == std::string::npos,
                 info.key);
        QVERIFY2(keys.insert(key).second, info.key);
        QVERIFY(std::string(info.label).size() > 3);
        QCOMPARE(findSignal(key), &info);
    }
    QCOMPARE(findSignal("no_such_signal"), nullptr);
    // Keys other code and saved files rely on.
    QCOMPARE(findSignal("words")->signal, Signal::Words);
    QCOMPARE(findSignal("gopher_mean_word_length")->signal, Signal::MeanWordLength);
    QCOMPARE(findSignal("gopher_dup_line_frac")->signal, Signal::DupLinesFraction);
    QCOMPARE(findSignal("c4_sentences")->signal, Signal::C4Sentences);
    // Counts and lengths get log bins, fractions and flags do not.
    QVERIFY(findSignal("characters")->logScale);
    QVERIFY(findSignal("words")->logScale);
    QVERIFY(findSignal("gopher_mean_word_length")->logScale);
    QVERIFY(!findSignal("gopher_dup_5gram_char_frac")->logScale);
    QVERIFY(!findSignal("c4_lorem_ipsum")->logScale);
}

void TestQualitySignals::emptyTextHasOnlyZeros()
{
    const SignalVector values = computeSignals({});
    for (int i = 0; i < kSignalCount; ++i)
        QVERIFY2(values[size_t(i)] == 0.0f, signalInfos()[size_t(i)].key);
    QVERIFY(signalEvidence({}, Signal::DupLinesFraction).empty());
    QCOMPARE(c4CleanLines({}), std::string());
}

void TestQualitySignals::signalValues_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("expected");
    auto row = [](const char* name, const QByteArray& text, const char* key, double expected) {
        QTest::newRow(name) << text << QString::fromLatin1(key) << expected;
    };

    // --- basic counts
    row("ascii chars", "hello world", "characters", 11);
    row("ascii bytes", "hello world", "bytes", 11);
    row("ascii words", "hello world", "words", 2);
    row("ascii lines", "hello world", "lines", 1);
    row("final newline adds no line", "a\nb\n", "lines", 2);
    row("final newline chars", "a\nb\n", "characters", 4);
    row("lone newline is one line", "\n", "lines", 1);
    row("two newlines two lines", "\n\n", "lines", 2);
    // "Café naïve 日本語 …": 4+1+5+1+3+1+1 = 16 code points; bytes 5+1+6+1+9+1+3 = 26;
    // "…" alone is punctuation, so 3 words.
    row("unicode chars", "Café naïve 日本語 …", "characters", 16);
    row("unicode bytes", "Café naïve 日本語 …", "bytes", 26);
    row("unicode words", "Café naïve 日本語 …", "words", 3);
    // CRLF: a,' ',b,CRLF,c,' ',d,CRLF = 8 chars; 10 bytes; 2 lines
    row("crlf chars", "a b\r\nc d\r\n", "characters", 8);
    row("crlf bytes", "a b\r\nc d\r\n", "bytes", 10);
    row("crlf lines", "a b\r\nc d\r\n", "lines", 2);
    row("crlf words", "a b\r\nc d\r\n", "words", 4);
    row("no-break space splits words", "a\xC2\xA0" "b", "words", 2);
    row("no-break space chars", "a\xC2\xA0" "b", "characters", 3);
    row("ideographic space splits words", "日本\u3000語", "words", 2);
    // Malformed UTF-8: every bad byte is one (non-punctuation, non-letter) character.
    row("bad utf8 chars", "a\xFF" "b", "characters", 3);
    row("bad utf8 words", "a\xFF" "b", "words", 1);
    row("truncated utf8 chars", "\xE6\x97", "characters", 2);
    row("truncated utf8 is a word without letters", "\xE6\x97", "gopher_alpha_words_frac", 0);
    row("punctuation only words", "... !!! ---", "words", 0);
    row("punctuation only chars", "... !!! ---", "characters", 11);
    row("punctuation only mean length", "... !!! ---", "gopher_mean_word_length", 0);
    // "..." with no word: divided by max(words, 1) = 1
    row("punctuation only ellipsis ratio", "... !!! ---", "gopher_ellipsis_word_ratio", 1);
    row("punctuation only c4 drops its line", "... !!! ---", "c4_dropped_lines_frac", 1);

    // --- Gopher quality
    // The(3) cat(3) sat.(core "sat" = 3): 9 / 3
    row("mean word length 3", "The cat sat.", "gopher_mean_word_length", 3);
    // I(1) am(2) here!!(4): 7 / 3
    row("mean word length 7/3", "I am here!!", "gopher_mean_word_length", 7.0 / 3);
    // «Bonjour», -> "Bonjour" (7); dit-elle. -> "dit-elle" (8): 15 / 2
    row("mean word length strips unicode quotes", "«Bonjour», dit-elle.", "gopher_mean_word_length", 7.5);
    // "Quoted" (6), words (5), here (4): 15 / 3
    row("mean word length strips quotes", "\"Quoted\" (words) here", "gopher_mean_word_length", 5);
    // One whitespace token of 9 code points; the final "。" is punctuation: 8
    row("cjk is one long word", "日本語の文章です。", "gopher_mean_word_length", 8);
    row("cjk word count", "日本語の文章です。", "words", 1);
    // 2 '#' / 3 words
    row("hash ratio", "#one #two three", "gopher_hash_word_ratio", 2.0 / 3);
    // the two lone '#' are not words: 2 '#' / 1 word
    row("hash ratio lone hashes", "# # word", "gopher_hash_word_ratio", 2);
    // only ASCII '#' counts (datatrove text.count("#")), not the fullwidth U+FF03
    row("fullwidth hash is not counted", "＃tag", "gopher_hash_word_ratio", 0);
    // "..." + "…" = 2 over 2 words
    row("ellipsis ratio", "wait... what…", "gopher_ellipsis_word_ratio", 1);
    // non-overlapping "...": "...." holds 1, "......" holds 2: 3 / 2 words
    row("ellipsis ratio non-overlapping", "a.... b......", "gopher_ellipsis_word_ratio", 1.5);
    row("spaced dots are no ellipsis", "Ok. . .", "gopher_ellipsis_word_ratio", 0);
    // "• one" yes, "- two" yes, "three" no, "  - four" yes (lstrip): 3 / 4
    row("bullet lines", "• one\n- two\nthree\n  - four", "gopher_bullet_lines_frac", 0.75);
    // blank lines count as lines (datatrove splitlines): 2 bullets / 3 lines
    row("bullet lines with a blank line", "- a\n\n- b\n", "gopher_bullet_lines_frac", 2.0 / 3);
    // "* star" is no bullet, "• dot" is: 1 / 2
    row("asterisk is no bullet", "* star\n• dot", "gopher_bullet_lines_frac", 0.5);
    row("en dash is no bullet", "– dash", "gopher_bullet_lines_frac", 0);
    // "Wait..." yes, "What…  " yes (rstrip), "No." no, "Yes. . ." no: 2 / 4
    row("ellipsis lines", "Wait...\nWhat…  \nNo.\nYes. . .", "gopher_ellipsis_lines_frac", 0.5);
    // words abc, 123, 4th, 5% ("..." is no word); with a letter: abc, 4th: 2 / 4
    row("alpha words", "abc 123 4th ... 5%", "gopher_alpha_words_frac", 0.5);
    // été yes, 2024 no, 日本 yes, Arabic-Indic digits ١٢٣ no: 2 / 4
    row("alpha words unicode", "été 2024 日本 ١٢٣", "gopher_alpha_words_frac", 0.5);
    row("alpha words unicode count", "été 2024 日本 ١٢٣", "words", 4);
    // an emoji is a word without a letter: 1 / 2
    row("emoji is a word without letters", "😀 ok", "gopher_alpha_words_frac", 0.5);
    // The, and, the, of, THAT, to, be (case ignored, punctuation stripped; "with-it" is not "with"): 7
    row("stop words", "The cat and the dog, of course; THAT is to be with-it.", "gopher_stop_words", 7);
    row("no stop words inside words", "theory other bethe", "gopher_stop_words", 0);

    // --- Gopher repetition: lines and paragraphs
    // lines a b a a: 2 duplicates / 4 lines; 2 duplicated chars / 8 chars
    row("dup lines", "a\nb\na\na\n", "gopher_dup_line_frac", 0.5);
    row("dup line chars", "a\nb\na\na\n", "gopher_dup_line_char_frac", 0.25);
    row("one paragraph", "a\nb\na\na\n", "gopher_dup_para_frac", 0);
    // empty pieces from leading/trailing newlines are not lines
    row("no empty line duplicates", "\nx\n\ny\n", "gopher_dup_line_frac", 0);
    // lines a, " ", " ", b: 1 / 4; chars 7, duplicated 1
    row("whitespace lines are lines", "a\n \n \nb", "gopher_dup_line_frac", 0.25);
    row("whitespace line chars", "a\n \n \nb", "gopher_dup_line_char_frac", 1.0 / 7);
    // same as "a\nb\na\n": 1 / 3 lines; chars 6 (CRLF counts once), duplicated 1
    row("crlf dup lines", "a\r\nb\r\na\r\n", "gopher_dup_line_frac", 1.0 / 3);
    row("crlf dup line chars", "a\r\nb\r\na\r\n", "gopher_dup_line_char_frac", 1.0 / 6);
    // paragraphs "p one" "p two" "p one" "p one": 2 / 4; chars 5+2+5+3+5+2+5 = 27, duplicated 10
    row("dup paragraphs", "p one\n\np two\n\n\np one\n\np one", "gopher_dup_para_frac", 0.5);
    row("dup paragraph chars", "p one\n\np two\n\n\np one\n\np one", "gopher_dup_para_char_frac", 10.0 / 27);
    row("dup lines of those paragraphs", "p one\n\np two\n\n\np one\n\np one", "gopher_dup_line_char_frac", 10.0 / 27);
    // paragraphs "a\nb" "a\nb" "a\nc": 1 / 3, duplicated 3 of 13 chars; lines a b a b a c: 3 / 6
    row("multi-line paragraphs", "a\nb\n\na\nb\n\na\nc", "gopher_dup_para_frac", 1.0 / 3);
    row("multi-line paragraph chars", "a\nb\n\na\nb\n\na\nc", "gopher_dup_para_char_frac", 3.0 / 13);
    row("multi-line paragraph lines", "a\nb\n\na\nb\n\na\nc", "gopher_dup_line_frac", 0.5);
    row("multi-line paragraph line chars", "a\nb\n\na\nb\n\na\nc", "gopher_dup_line_char_frac", 3.0 / 13);
    // strip() then split: "x" and "  x" differ; the lines "  x" and "  x  " differ too
    row("strip keeps inner indentation", "  x\n\n  x  ", "gopher_dup_para_frac", 0);
    row("indented lines differ", "  x\n\n  x  ", "gopher_dup_line_frac", 0);
    // strip() removes the trailing spaces: "x" "x" -> 1 / 2, 1 duplicated char of 7
    row("strip makes paragraphs equal", "x\n\nx  \n", "gopher_dup_para_frac", 0.5);
    row("strip makes paragraph chars", "x\n\nx  \n", "gopher_dup_para_char_frac", 1.0 / 7);
    row("unstripped lines differ", "x\n\nx  \n", "gopher_dup_line_frac", 0);
    // a whitespace-only line does not separate paragraphs
    row("whitespace line joins paragraphs", "a\n \na", "gopher_dup_para_frac", 0);
    row("whitespace line joins paragraphs lines", "a\n \na", "gopher_dup_line_frac", 1.0 / 3);
    // CRLF blank lines separate paragraphs: x y x -> 1 / 3; chars x,CRLF,CRLF,y,CRLF,CRLF,x = 7
    row("crlf paragraphs", "x\r\n\r\ny\r\n\r\nx", "gopher_dup_para_frac", 1.0 / 3);
    row("crlf paragraph chars", "x\r\n\r\ny\r\n\r\nx", "gopher_dup_para_char_frac", 1.0 / 7);

    // --- Gopher repetition: n-grams. "the cat the cat the dog" has 23 chars.
    // 2-grams: "the cat" x2 and "cat the" x2 tie; the first seen wins: 7 chars x 2 = 14
    row("top 2-gram", "the cat the cat the dog", "gopher_top_2gram_char_frac", 14.0 / 23);
    // 3-grams: "the cat the" x2: 11 x 2 = 22
    row("top 3-gram", "the cat the cat the dog", "gopher_top_3gram_char_frac", 22.0 / 23);
    // 4-grams all unique: the first, "the cat the cat", 15 x 1
    row("top 4-gram unique", "the cat the cat the dog", "gopher_top_4gram_char_frac", 15.0 / 23);
    // "aa b" x2 and "c d" x2 tie: "aa b" (first) gives 4 x 2 = 8 of 17 chars
    row("top 2-gram tie goes to the first", "aa b aa b c d c d", "gopher_top_2gram_char_frac", 8.0 / 17);
    // no repeat: the first n-gram counts once; fewer words than n gives 0
    row("top 2-gram without repeats", "one two three", "gopher_top_2gram_char_frac", 7.0 / 13);
    row("top 3-gram whole text", "one two three", "gopher_top_3gram_char_frac", 1);
    row("top 4-gram too few words", "one two three", "gopher_top_4gram_char_frac", 0);
    // words keep their punctuation: "Hi," "there." "Hi" "there." -> all 2-grams differ; first is 10 chars of 20
    row("n-gram words keep punctuation", "Hi, there. Hi there.", "gopher_top_2gram_char_frac", 0.5);
    // "a b c d e a b c d e" (19 chars): 5-gram at position 5 repeats position 0 -> 5 letters
    row("dup 5-gram", "a b c d e a b c d e", "gopher_dup_5gram_char_frac", 5.0 / 19);
    row("dup 6-gram none", "a b c d e a b c d e", "gopher_dup_6gram_char_frac", 0);
    // twelve "a" (23 chars). 5-grams at 0..7: 0 new, 1 dup (+5, jump to 6), 6 dup (+5, jump to 11): 10
    const QByteArray twelve = "a a a a a a a a a a a a";
    row("dup 5-gram non-overlapping", twelve, "gopher_dup_5gram_char_frac", 10.0 / 23);
    // n = 6..10: position 0 new, 1 dup (+n), then the jump passes the last position: n
    row("dup 6-gram run", twelve, "gopher_dup_6gram_char_frac", 6.0 / 23);
    row("dup 7-gram run", twelve, "gopher_dup_7gram_char_frac", 7.0 / 23);
    row("dup 8-gram run", twelve, "gopher_dup_8gram_char_frac", 8.0 / 23);
    row("dup 9-gram run", twelve, "gopher_dup_9gram_char_frac", 9.0 / 23);
    row("dup 10-gram run", twelve, "gopher_dup_10gram_char_frac", 10.0 / 23);
    // top n-grams may exceed 1 (datatrove counts overlapping occurrences): "a a" 11 x 3 chars,
    // "a a a" 10 x 5, "a a a a" 9 x 7
    row("top 2-gram overlapping", twelve, "gopher_top_2gram_char_frac", 33.0 / 23);
    row("top 3-gram overlapping", twelve, "gopher_top_3gram_char_frac", 50.0 / 23);
    row("top 4-gram overlapping", twelve, "gopher_top_4gram_char_frac", 63.0 / 23);

    // --- C4. Non-blank lines: kept (6 words); "short line." (2 words); no end mark; JavaScript (7
    // words); "use cookies" (7 words): 4 of 5 dropped; 1 sentence kept.
    const QByteArray c4Page = "This line has enough words here.\nshort line.\nno end mark here at all\n\n"
                              "JavaScript must be enabled to view this.\nWe use cookies to improve your experience.\n";
    row("c4 dropped lines", c4Page, "c4_dropped_lines_frac", 0.8);
    row("c4 javascript lines", c4Page, "c4_javascript_lines", 1);
    row("c4 policy lines", c4Page, "c4_policy_lines", 1);
    row("c4 page sentences", c4Page, "c4_sentences", 1);
    row("c4 page no lorem", c4Page, "c4_lorem_ipsum", 0);
    row("c4 page no curly", c4Page, "c4_curly_brace", 0);
    row("c4 only blank lines", "\n\n", "c4_dropped_lines_frac", 0);
    // boundaries after "long." and "one?"; not before the lowercase "e.g." / "the"
    row("c4 sentences in a line", "First one here is long. Second one? Yes! e.g. the rest goes on.", "c4_sentences", 3);
    // a closing quote after the period still ends the sentence
    row("c4 sentence with quote", "He said \"Stop.\" Then he left the room.", "c4_sentences", 2);
    row("c4 exactly five words", "One two three four five.", "c4_sentences", 1);
    row("c4 four words dropped", "One two three four.", "c4_dropped_lines_frac", 1);
    row("c4 trailing ellipsis dropped", "One two three four five...", "c4_dropped_lines_frac", 1);
    row("c4 closing quote is an end mark", "He said it was \"fine\"", "c4_sentences", 1);
    row("c4 semicolon is no end mark", "One two three four five;", "c4_sentences", 0);
    // citations are removed before the checks
    row("c4 citation removed", "This is a sentence with a citation.[1]", "c4_sentences", 1);
    // "[citation needed]" removed leaves a trailing space: no end mark
    row("c4 citation leaves a space", "Five words are in here [citation needed]", "c4_dropped_lines_frac", 1);
    // "[12]" removed: Some words here and. -> 4 words
    row("c4 citation costs a word", "Some words [12] here and.", "c4_sentences", 0);
    row("c4 edit marker removed", "Wiki text here[edit] is fine.", "c4_sentences", 1);
    row("c4 word of 1000 chars kept", QByteArray(1000, 'x') + " a b c d.", "c4_sentences", 1);
    row("c4 word of 1001 chars dropped", QByteArray(1001, 'x') + " a b c d.", "c4_sentences", 0);
    row("c4 lorem ipsum", "Lorem ipsum dolor sit amet.", "c4_lorem_ipsum", 1);
    row("c4 lorem ipsum upper case", "LOREM IPSUM is placeholder text here.", "c4_lorem_ipsum", 1);
    // TFDS only looks for it in lines that passed the end-mark and word-count rules
    row("c4 lorem ipsum in a dropped line", "lorem ipsum dolor sit amet", "c4_lorem_ipsum", 0);
    row("c4 curly brace", "The function is f(x) { return x; } okay.", "c4_curly_brace", 1);
    row("c4 curly brace in a dropped line", "if (x) {", "c4_curly_brace", 0);
    // the javascript rule drops the line before "{" is looked for
    row("c4 javascript before curly", "Enable javascript to see { this } here.", "c4_curly_brace", 0);
    row("c4 javascript before curly js", "Enable javascript to see { this } here.", "c4_javascript_lines", 1);
    row("c4 javascript upper case", "JAVASCRIPT is required for this page.", "c4_javascript_lines", 1);
    row("c4 java script is two words", "java script is two words here.", "c4_javascript_lines", 0);
    row("c4 terms of use", "Read our Terms of Use before you go.", "c4_policy_lines", 1);
    row("c4 uses cookies", "This site uses cookies for analytics today.", "c4_policy_lines", 1);
    row("c4 use of cookies", "We explain our use of cookies below here.", "c4_policy_lines", 1);
    row("c4 cookie policy", "See the cookie policy for all details.", "c4_policy_lines", 1);
    row("c4 cookies alone", "Cookies are tasty treats for everyone here.", "c4_policy_lines", 0);
    // substring semantics, as TFDS: "privacy policyholder" contains "privacy policy"
    row("c4 policy as substring", "Please read the privacy policyholder notes now.", "c4_policy_lines", 1);
    row("c4 policy needs the space", "Please read the privacy\tpolicy notes now.", "c4_policy_lines", 0);
    // CRLF: the "\r" is not part of the line, so the line ends with "."
    row("c4 crlf line", "One two three four five.\r\nSix seven eight nine ten.\r\n", "c4_sentences", 2);
}

void TestQualitySignals::signalValues()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, key);
    QFETCH(double, expected);
    const double actual = signalOf(computeSignals(view(text)), signalFromKey(key));
    if (!closeTo(actual, expected))
        QFAIL(qPrintable(QStringLiteral("%1 = %2, expected %3").arg(key).arg(actual, 0, 'g', 9).arg(expected, 0, 'g', 9)));
}

void TestQualitySignals::crlfChangesOnlyBytes_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("page") << kGoodDocument;
    QTest::newRow("paragraphs") << QByteArray("p one\n\np two\n\n\np one\n\np one\n");
    QTest::newRow("c4") << QByteArray("This line has enough words here.\nshort line.\n\nWe use cookies to improve it.\n");
    QTest::newRow("bullets") << QByteArray("- a...\n- b\n\n• c…\n");
}

void TestQualitySignals::crlfChangesOnlyBytes()
{
    QFETCH(QByteArray, text);
    QByteArray crlf = text;
    crlf.replace("\n", "\r\n");
    const SignalVector lf = computeSignals(view(text));
    const SignalVector dos = computeSignals(view(crlf));
    for (int i = 0; i < kSignalCount; ++i) {
        if (Signal(i) == Signal::Bytes)
            QCOMPARE(dos[size_t(i)], lf[size_t(i)] + float(text.count('\n')));
        else
            QVERIFY2(dos[size_t(i)] == lf[size_t(i)], signalInfos()[size_t(i)].key);
    }
    QCOMPARE(c4CleanLines(view(crlf)), c4CleanLines(view(text)));
}

void TestQualitySignals::longRepetitiveDocument()
{
    // "a b c d e f g h i j " x 100, without the last space: 1000 words, 1000 + 999 = 1999 chars.
    // The ten cyclic n-grams starting at positions 0..9 are all new; every later position repeats
    // one of them. Duplicated n-grams: positions 10, 10+n, ... up to 1000-n, each worth n letters:
    //   n=5: 198 x 5 = 990   n=6: 165 x 6 = 990   n=7: 141 x 7 = 987
    //   n=8: 123 x 8 = 984   n=9: 110 x 9 = 990   n=10: 99 x 10 = 990
    // Top n-grams: "a b" 100 times x 3 chars, "a b c" 100 x 5, "a b c d" 100 x 7.
    QByteArray text = repeated("a b c d e f g h i j ", 100);
    text.chop(1);
    const SignalVector s = computeSignals(view(text));
    QCOMPARE(signalOf(s, Signal::Words), 1000.0f);
    QCOMPARE(signalOf(s, Signal::Characters), 1999.0f);
    QVERIFY(closeTo(signalOf(s, Signal::Dup5GramCharsFraction), 990.0 / 1999));
    QVERIFY(closeTo(signalOf(s, Signal::Dup6GramCharsFraction), 990.0 / 1999));
    QVERIFY(closeTo(signalOf(s, Signal::Dup7GramCharsFraction), 987.0 / 1999));
    QVERIFY(closeTo(signalOf(s, Signal::Dup8GramCharsFraction), 984.0 / 1999));
    QVERIFY(closeTo(signalOf(s, Signal::Dup9GramCharsFraction), 990.0 / 1999));
    QVERIFY(closeTo(signalOf(s, Signal::Dup10GramCharsFraction), 990.0 / 1999));
    QVERIFY(closeTo(signalOf(s, Signal::Top2GramCharsFraction), 300.0 / 1999));
    QVERIFY(closeTo(signalOf(s, Signal::Top3GramCharsFraction), 500.0 / 1999));
    QVERIFY(closeTo(signalOf(s, Signal::Top4GramCharsFraction), 700.0 / 1999));
    QCOMPARE(signalOf(s, Signal::MeanWordLength), 1.0f);
    QCOMPARE(signalOf(s, Signal::DupLinesFraction), 0.0f); // a single line

    // The same unit as 100 lines: 99 duplicate lines of 19 chars; 100 x 19 + 100 newlines = 2000 chars.
    QByteArray lines = repeated("a b c d e f g h i j\n", 100);
    const SignalVector l = computeSignals(view(lines));
    QVERIFY(closeTo(signalOf(l, Signal::DupLinesFraction), 99.0 / 100));
    QVERIFY(closeTo(signalOf(l, Signal::DupLineCharsFraction), 99.0 * 19 / 2000));
    QCOMPARE(signalOf(l, Signal::Lines), 100.0f);
}

void TestQualitySignals::documentAboveTheRepetitionWindow()
{
    // Repetition statistics of a document above 4 MiB cover its first 4 MiB; everything else covers
    // the whole text. 5 MiB of a 20-byte unit: the window holds whole units (4 MiB / 20 is not an
    // integer, so compare with the same prefix rather than with a formula).
    const QByteArray unit = "a b c d e f g h i j\n";
    const QByteArray text = repeated(unit, (5 << 20) / unit.size());
    const SignalVector whole = computeSignals(view(text));
    const SignalVector prefix = computeSignals(view(text.left(4 << 20)));
    QCOMPARE(signalOf(whole, Signal::Words), float(text.size() / unit.size() * 10));
    QCOMPARE(signalOf(whole, Signal::Bytes), float(text.size()));
    for (int i = int(Signal::DupLinesFraction); i <= int(Signal::Dup10GramCharsFraction); ++i)
        QVERIFY2(whole[size_t(i)] == prefix[size_t(i)], signalInfos()[size_t(i)].key);
    QVERIFY(signalOf(whole, Signal::DupLinesFraction) > 0.99f);
    // The scratch memory of a huge document is released: a small one afterwards still works.
    QVERIFY(closeTo(signalOf(computeSignals("a\nb\na\na\n"), Signal::DupLinesFraction), 0.5));
}

void TestQualitySignals::sameResultsOnSeveralThreads()
{
    const QByteArray texts[] = {kGoodDocument, repeated("x y z w v ", 300), "p one\n\np two\n\np one"};
    SignalVector expected[3];
    for (int k = 0; k < 3; ++k)
        expected[k] = computeSignals(view(texts[k]));
    bool same[2] = {true, true};
    auto work = [&](int thread) {
        for (int round = 0; round < 200; ++round)
            for (int k = 0; k < 3; ++k)
                if (computeSignals(view(texts[(k + thread) % 3])) != expected[(k + thread) % 3])
                    same[thread] = false;
    };
    std::thread first(work, 0), second(work, 1);
    first.join();
    second.join();
    QVERIFY(same[0]);
    QVERIFY(same[1]);
}

void TestQualitySignals::defaultRulesMatchMethods()
{
    struct Expected {
        const char* key;
        const char* family;
        const char* signal;
        QualityRule::Bound bound;
        double threshold;
    };
    using B = QualityRule::Bound;
    // METHODS.md §1, in order.
    const Expected expected[] = {
        {"gopher_min_words", "gopher_quality", "words", B::AtLeast, 50},
        {"gopher_max_words", "gopher_quality", "words", B::AtMost, 100000},
        {"gopher_min_mean_word_length", "gopher_quality", "gopher_mean_word_length", B::AtLeast, 3},
        {"gopher_max_mean_word_length", "gopher_quality", "gopher_mean_word_length", B::AtMost, 10},
        {"gopher_max_hash_ratio", "gopher_quality", "gopher_hash_word_ratio", B::AtMost, 0.1},
        {"gopher_max_ellipsis_ratio", "gopher_quality", "gopher_ellipsis_word_ratio", B::AtMost, 0.1},
        {"gopher_max_bullet_lines", "gopher_quality", "gopher_bullet_lines_frac", B::AtMost, 0.9},
        {"gopher_max_ellipsis_lines", "gopher_quality", "gopher_ellipsis_lines_frac", B::AtMost, 0.3},
        {"gopher_min_alpha_words", "gopher_quality", "gopher_alpha_words_frac", B::AtLeast, 0.8},
        {"gopher_min_stop_words", "gopher_quality", "gopher_stop_words", B::AtLeast, 2},
        {"gopher_max_dup_lines", "gopher_repetition", "gopher_dup_line_frac", B::AtMost, 0.3},
        {"gopher_max_dup_paragraphs", "gopher_repetition", "gopher_dup_para_frac", B::AtMost, 0.3},
        {"gopher_max_dup_line_chars", "gopher_repetition", "gopher_dup_line_char_frac", B::AtMost, 0.2},
        {"gopher_max_dup_paragraph_chars", "gopher_repetition", "gopher_dup_para_char_frac", B::AtMost, 0.2},
        {"gopher_max_top_2gram", "gopher_repetition", "gopher_top_2gram_char_frac", B::AtMost, 0.20},
        {"gopher_max_top_3gram", "gopher_repetition", "gopher_top_3gram_char_frac", B::AtMost, 0.18},
        {"gopher_max_top_4gram", "gopher_repetition", "gopher_top_4gram_char_frac", B::AtMost, 0.16},
        {"gopher_max_dup_5gram", "gopher_repetition", "gopher_dup_5gram_char_frac", B::AtMost, 0.15},
        {"gopher_max_dup_6gram", "gopher_repetition", "gopher_dup_6gram_char_frac", B::AtMost, 0.14},
        {"gopher_max_dup_7gram", "gopher_repetition", "gopher_dup_7gram_char_frac", B::AtMost, 0.13},
        {"gopher_max_dup_8gram", "gopher_repetition", "gopher_dup_8gram_char_frac", B::AtMost, 0.12},
        {"gopher_max_dup_9gram", "gopher_repetition", "gopher_dup_9gram_char_frac", B::AtMost, 0.11},
        {"gopher_max_dup_10gram", "gopher_repetition", "gopher_dup_10gram_char_frac", B::AtMost, 0.10},
        {"c4_min_sentences", "c4", "c4_sentences", B::AtLeast, 3},
        {"c4_no_lorem_ipsum", "c4", "c4_lorem_ipsum", B::AtMost, 0},
        {"c4_no_curly_brace", "c4", "c4_curly_brace", B::AtMost, 0},
    };
    const auto rules = defaultQualityRules();
    QCOMPARE(rules.size(), std::size(expected));
    for (size_t i = 0; i < rules.size(); ++i) {
        const QualityRule& rule = rules[i];
        QCOMPARE(QString::fromStdString(rule.key), QString::fromLatin1(expected[i].key));
        QCOMPARE(QString::fromStdString(rule.family), QString::fromLatin1(expected[i].family));
        QCOMPARE(rule.signal, signalFromKey(QString::fromLatin1(expected[i].signal)));
        QVERIFY2(rule.bound == expected[i].bound, expected[i].key);
        QCOMPARE(rule.threshold, expected[i].threshold);
        QVERIFY(rule.enabled);
        QVERIFY2(!rule.label.empty() && rule.description.size() > 20 && rule.description.back() == '.',
                 expected[i].key);
    }
}

void TestQualitySignals::passesAtAndAcrossThresholds()
{
    // Every default rule with its signal exactly at, just inside and just outside the threshold.
    // Values are rounded to float as stored; a fraction computed as 3/10 must pass "<= 0.3".
    for (const QualityRule& rule : defaultQualityRules()) {
        SignalVector at{}, inside{}, outside{};
        const auto index = static_cast<size_t>(rule.signal);
        const double step = std::max(1e-4, std::abs(rule.threshold) * 1e-3);
        const bool atLeast = rule.bound == QualityRule::Bound::AtLeast;
        at[index] = static_cast<float>(rule.threshold);
        inside[index] = static_cast<float>(atLeast ? rule.threshold + step : rule.threshold - step);
        outside[index] = static_cast<float>(atLeast ? rule.threshold - step : rule.threshold + step);
        QVERIFY2(passes(rule, at), rule.key.c_str());
        QVERIFY2(passes(rule, inside), rule.key.c_str());
        QVERIFY2(!passes(rule, outside), rule.key.c_str());
    }
    QualityRule rule = defaultQualityRules()[10]; // duplicate lines <= 0.3
    QCOMPARE(rule.key, std::string("gopher_max_dup_lines"));
    SignalVector values{};
    values[size_t(Signal::DupLinesFraction)] = static_cast<float>(3.0 / 10.0);
    QVERIFY(passes(rule, values));
    values[size_t(Signal::DupLinesFraction)] = static_cast<float>(9.0 / 30.0);
    QVERIFY(passes(rule, values));
}

void TestQualitySignals::ruleBoundaries_data()
{
    // For each default rule, a document on the passing side of the threshold (at it where the
    // arithmetic allows) and one just across it.
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("pass");
    auto row = [](const char* rule, const char* side, const QByteArray& text, bool pass) {
        QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(rule), QLatin1String(side))))
            << QString::fromLatin1(rule) << text << pass;
    };
    row("gopher_min_words", "50 words", distinctWords(50, 3), true);
    row("gopher_min_words", "49 words", distinctWords(49, 3), false);
    row("gopher_max_words", "100000 words", repeated("word ", 100000), true);
    row("gopher_max_words", "100001 words", repeated("word ", 100001), false);
    // 50 x 3 letters = 3.0; 49 x 3 + 2 = 149 / 50 = 2.98
    row("gopher_min_mean_word_length", "mean 3", repeated("abc ", 50), true);
    row("gopher_min_mean_word_length", "mean 2.98", repeated("abc ", 49) + "ab", false);
    // 50 x 10 = 10.0; 49 x 10 + 11 = 501 / 50 = 10.02
    row("gopher_max_mean_word_length", "mean 10", repeated("abcdefghij ", 50), true);
    row("gopher_max_mean_word_length", "mean 10.02", repeated("abcdefghij ", 49) + "abcdefghijk", false);
    // 5 '#' / 50 words = 0.1; 6 / 50 = 0.12
    row("gopher_max_hash_ratio", "0.1", repeated("#tag ", 5) + repeated("word ", 45), true);
    row("gopher_max_hash_ratio", "0.12", repeated("#tag ", 6) + repeated("word ", 44), false);
    // 5 "..." / 50 words; 6 / 50
    row("gopher_max_ellipsis_ratio", "0.1", repeated("word... ", 5) + repeated("word ", 45), true);
    row("gopher_max_ellipsis_ratio", "0.12", repeated("word... ", 6) + repeated("word ", 44), false);
    // 18 of 20 lines = 0.9; 19 of 20 = 0.95
    row("gopher_max_bullet_lines", "0.9", repeated("- item\n", 18) + "plain\nplain\n", true);
    row("gopher_max_bullet_lines", "0.95", repeated("- item\n", 19) + "plain\n", false);
    // 3 of 10 lines = 0.3; 4 of 10 = 0.4
    row("gopher_max_ellipsis_lines", "0.3", repeated("more...\n", 3) + repeated("done.\n", 7), true);
    row("gopher_max_ellipsis_lines", "0.4", repeated("more...\n", 4) + repeated("done.\n", 6), false);
    // 40 of 50 words have a letter = 0.8; 39 of 50 = 0.78
    row("gopher_min_alpha_words", "0.8", repeated("word ", 40) + repeated("123 ", 10), true);
    row("gopher_min_alpha_words", "0.78", repeated("word ", 39) + repeated("123 ", 11), false);
    row("gopher_min_stop_words", "2", "the cat of mine", true);
    row("gopher_min_stop_words", "1", "the cat in mine", false);
    // 10 lines, the line "x" 4 times = 3 duplicates: 0.3; 5 times = 4 duplicates: 0.4
    row("gopher_max_dup_lines", "0.3", repeated("x\n", 4) + "a\nb\nc\nd\ne\nf\n", true);
    row("gopher_max_dup_lines", "0.4", repeated("x\n", 5) + "a\nb\nc\nd\ne\n", false);
    row("gopher_max_dup_paragraphs", "0.3", repeated("x\n\n", 4) + "a\n\nb\n\nc\n\nd\n\ne\n\nf", true);
    row("gopher_max_dup_paragraphs", "0.4", repeated("x\n\n", 5) + "a\n\nb\n\nc\n\nd\n\ne", false);
    // L (20 chars) twice, then a unique line F: 20 duplicated chars of 20+1+20+1+F.
    // F = 58: 20 / 100 = 0.2; F = 57: 20 / 99 > 0.2
    const QByteArray line20 = "abcdefghij klmnopqrs";
    row("gopher_max_dup_line_chars", "0.2", line20 + "\n" + line20 + "\n" + QByteArray(58, 'z'), true);
    row("gopher_max_dup_line_chars", "0.202", line20 + "\n" + line20 + "\n" + QByteArray(57, 'z'), false);
    // P (20 chars) twice as paragraphs: 20+2+20+2+F; F = 56: 20 / 100; F = 55: 20 / 99
    row("gopher_max_dup_paragraph_chars", "0.2", line20 + "\n\n" + line20 + "\n\n" + QByteArray(56, 'z'), true);
    row("gopher_max_dup_paragraph_chars", "0.202", line20 + "\n\n" + line20 + "\n\n" + QByteArray(55, 'z'), false);
    // "ab cd" (5 chars) twice = 10; "ab cd ab cd " is 12 chars, padded by one long word to 50 / 49
    row("gopher_max_top_2gram", "0.2", "ab cd ab cd " + QByteArray(38, 'z'), true);
    row("gopher_max_top_2gram", "0.204", "ab cd ab cd " + QByteArray(37, 'z'), false);
    // "abc de fg" (9 chars) twice = 18; "abc de fg abc de fg " is 20 chars; pad to 100 / 99
    row("gopher_max_top_3gram", "0.18", "abc de fg abc de fg " + QByteArray(80, 'z'), true);
    row("gopher_max_top_3gram", "0.182", "abc de fg abc de fg " + QByteArray(79, 'z'), false);
    // "a b c de" (8 chars) twice = 16; "a b c de a b c de " is 18 chars; pad to 100 / 99
    row("gopher_max_top_4gram", "0.16", "a b c de a b c de " + QByteArray(82, 'z'), true);
    row("gopher_max_top_4gram", "0.162", "a b c de a b c de " + QByteArray(81, 'z'), false);
    // S = n distinct words whose letters add up to 100 x threshold (15, 14, ..., 10) and whose
    // length with spaces is 19 for every n; "S S pad": 19 + 1 + 19 + 1 + pad = 100 with a 60-letter
    // pad (99 with 59). The 5..10-gram at word n repeats the one at word 0: its letters count once.
    const QByteArray sequences[6] = {
        "abc bcd cde def efg",    // n=5, 15 letters
        "ab bc cd de efg fgh",    // n=6, 14 letters
        "ab bc cd de ef fg h",    // n=7, 13 letters
        "ab bc cd de e f g h",    // n=8, 12 letters
        "ab bc c d e f g h i",    // n=9, 11 letters
        "a b c d e f g h i j",    // n=10, 10 letters
    };
    const char* dupRules[6] = {"gopher_max_dup_5gram", "gopher_max_dup_6gram", "gopher_max_dup_7gram",
                               "gopher_max_dup_8gram", "gopher_max_dup_9gram", "gopher_max_dup_10gram"};
    for (int k = 0; k < 6; ++k) {
        if (sequences[k].size() != 19 || sequences[k].count(' ') != 4 + k)
            qFatal("sequence %d is not 19 chars of %d words", k, 5 + k);
        row(dupRules[k], "at threshold", sequences[k] + " " + sequences[k] + " " + QByteArray(60, 'z'), true);
        row(dupRules[k], "above threshold", sequences[k] + " " + sequences[k] + " " + QByteArray(59, 'z'), false);
    }
    row("c4_min_sentences", "3", "One two three four five. Six seven eight nine ten. Eleven twelve.", true);
    row("c4_min_sentences", "3 lines", "One two three four five.\nSix seven eight nine ten.\nEleven twelve thirteen fourteen fifteen.", true);
    row("c4_min_sentences", "2", "One two three four five.\nSix seven eight nine ten.\nshort line.", false);
    row("c4_no_lorem_ipsum", "in a dropped line", "Lorem ipsum dolor sit amet", true);
    row("c4_no_lorem_ipsum", "in a kept line", "Lorem ipsum dolor sit amet.", false);
    row("c4_no_curly_brace", "in a dropped line", "function f() {", true);
    row("c4_no_curly_brace", "in a kept line", "Write {name} in the box below.", false);
}

void TestQualitySignals::ruleBoundaries()
{
    QFETCH(QString, rule);
    QFETCH(QByteArray, text);
    QFETCH(bool, pass);
    const auto rules = defaultQualityRules();
    const auto it = std::find_if(rules.begin(), rules.end(),
                                 [&](const QualityRule& r) { return QString::fromStdString(r.key) == rule; });
    QVERIFY(it != rules.end());
    const SignalVector values = computeSignals(view(text));
    if (passes(*it, values) != pass)
        QFAIL(qPrintable(QStringLiteral("%1 = %2 against %3")
                             .arg(rule)
                             .arg(double(values[size_t(it->signal)]), 0, 'g', 9)
                             .arg(it->threshold)));
}

void TestQualitySignals::firstFailedRuleOrderAndSwitches()
{
    auto rules = defaultQualityRules();
    const SignalVector good = computeSignals(view(kGoodDocument));
    QCOMPARE(firstFailedRule(rules, good), -1);
    QCOMPARE(signalOf(good, Signal::Words), 53.0f);
    QCOMPARE(signalOf(good, Signal::C4Sentences), 6.0f);

    // Too short (2 words) and without stop words: the word-count rule comes first.
    const SignalVector bad = computeSignals("Hello world.");
    QCOMPARE(firstFailedRule(rules, bad), 0);
    rules[0].enabled = false;
    // Next in order: the stop-word rule (index 9); mean length 5 and the letters are fine.
    QCOMPARE(firstFailedRule(rules, bad), 9);
    for (auto& rule : rules)
        rule.enabled = false;
    QCOMPARE(firstFailedRule(rules, bad), -1);
    // An edited threshold takes effect.
    rules = defaultQualityRules();
    rules[0].threshold = 60;
    QCOMPARE(firstFailedRule(rules, good), 0);
}

void TestQualitySignals::evidence_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("spans"); // "begin:end:text"
    auto row = [](const char* name, const QByteArray& text, const char* key, const QStringList& spans) {
        QTest::newRow(name) << text << QString::fromLatin1(key) << spans;
    };
    row("hashes", "a #b c#", "gopher_hash_word_ratio", {"2:3:#", "6:7:#"});
    // "…" is 3 bytes at byte 6
    row("ellipses", "a... b…", "gopher_ellipsis_word_ratio", {"1:4:...", "6:9:…"});
    row("ellipsis run", ".....", "gopher_ellipsis_word_ratio", {"0:3:..."});
    // "• one\n" is 8 bytes; "two\n" 4; "  - three" starts at 12, stripped at 14
    row("bullet lines", "• one\ntwo\n  - three", "gopher_bullet_lines_frac", {"0:7:• one", "14:21:- three"});
    row("ellipsis lines", "wait...\nok\nhm…", "gopher_ellipsis_lines_frac", {"0:7:wait...", "11:16:hm…"});
    row("words without letters", "abc 123 x9 4.5", "gopher_alpha_words_frac", {"4:7:123", "11:14:4.5"});
    row("stop words", "The cat, the.", "gopher_stop_words", {"0:3:The", "9:12:the"});
    row("no location for word count", "a b c", "words", {});
    row("duplicate lines", "a\nb\na\n", "gopher_dup_line_frac", {"4:5:a"});
    row("duplicate line chars", "a\nb\na\n", "gopher_dup_line_char_frac", {"4:5:a"});
    row("duplicate crlf lines", "a\r\nb\r\na\r\n", "gopher_dup_line_frac", {"6:7:a"});
    row("duplicate paragraphs", "p\n\nq\n\np", "gopher_dup_para_frac", {"6:7:p"});
    row("duplicate multi-line paragraphs", "a\nb\n\na\nb", "gopher_dup_para_char_frac", {"5:8:a\nb"});
    row("top 2-gram occurrences", "x y x y", "gopher_top_2gram_char_frac", {"0:3:x y", "4:7:x y"});
    row("top 3-gram first when unique", "one two three four", "gopher_top_3gram_char_frac", {"0:13:one two three"});
    row("duplicated 5-grams", "a b c d e a b c d e", "gopher_dup_5gram_char_frac", {"10:19:a b c d e"});
    row("c4 dropped lines", "Good line with five words.\nbad line", "c4_dropped_lines_frac", {"27:35:bad line"});
    row("c4 javascript lines", "Please enable JavaScript to see this.\nFine line with five words.",
        "c4_javascript_lines", {"0:37:Please enable JavaScript to see this."});
    row("c4 policy lines", "We use cookies on this site.", "c4_policy_lines", {"0:28:We use cookies on this site."});
    row("lorem ipsum", "Text Lorem Ipsum dolor sit amet.", "c4_lorem_ipsum", {"5:16:Lorem Ipsum"});
    row("curly braces", "A { and } here, for sure.", "c4_curly_brace", {"2:3:{"});
    row("no curly in a dropped line", "if (x) {", "c4_curly_brace", {});
}

void TestQualitySignals::evidence()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, key);
    QFETCH(QStringList, spans);
    QStringList actual;
    for (const TextSpan& span : signalEvidence(view(text), signalFromKey(key))) {
        QVERIFY(span.begin <= span.end && span.end <= size_t(text.size()));
        actual << spanText(text, span);
    }
    QCOMPARE(actual, spans);
}

void TestQualitySignals::c4CleanedText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("cleaned");
    QTest::newRow("drops and strips")
        << QByteArray("Good line with five words.\nbad line\n  Another good line is here!  \n"
                      "A cited line is here too.[1]\n\nWe use cookies to make it work.\n")
        << QByteArray("Good line with five words.\nAnother good line is here!\nA cited line is here too.");
    QTest::newRow("nothing kept") << QByteArray("menu\nhome | about\n") << QByteArray();
    // Lines that fire a page rule stay: the page rule decides about the whole document.
    QTest::newRow("page rules keep the line")
        << QByteArray("Lorem ipsum dolor sit amet.\nWrite {name} in the box below.")
        << QByteArray("Lorem ipsum dolor sit amet.\nWrite {name} in the box below.");
    QTest::newRow("crlf") << QByteArray("One two three four five.\r\nno\r\n") << QByteArray("One two three four five.");
}

void TestQualitySignals::c4CleanedText()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, cleaned);
    QCOMPARE(QByteArray::fromStdString(adaptlab::corpus::c4CleanLines(view(text))), cleaned);
}

QTEST_GUILESS_MAIN(TestQualitySignals)
#include "tst_quality_signals.moc"
