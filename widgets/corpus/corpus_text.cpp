#include "corpus_text.h"

#include "view_helpers.h"

#include <QLabel>
#include <QLocale>

#include <cmath>

namespace adaptlab::corpus_panel {

using corpus::Signal;

QString CorpusText::problemKind(const std::string& kind)
{
    if (kind == "invalid_json")
        return tr("Invalid JSON");
    if (kind == "missing_text_field")
        return tr("Text field missing");
    if (kind == "non_string_text")
        return tr("Text field is not a string");
    if (kind == "invalid_utf8")
        return tr("Invalid UTF-8");
    if (kind == "line_too_long")
        return tr("Record too long");
    if (kind == "truncated_stream")
        return tr("Compressed file cut short");
    if (kind == "empty_file")
        return tr("Empty file");
    if (kind == "binary_file")
        return tr("Binary file");
    if (kind == "unreadable_file")
        return tr("Unreadable file");
    if (kind == "truncated_file")
        return tr("File cut short while read");
    if (kind == "format_mismatch")
        return tr("Compression differs from the name (read by content)");
    if (kind == "skipped_field")
        return tr("Metadata field left out");
    return QString::fromStdString(kind);
}

QString CorpusText::location(const QString& file, qint64 line)
{
    if (line <= 0)
        return file;
    return tr("%1, line %2").arg(file, QLocale().toString(line));
}

QString CorpusText::signalLabel(Signal signal)
{
    switch (signal) {
    case Signal::Characters: return tr("Characters");
    case Signal::Bytes: return tr("Bytes");
    case Signal::Words: return tr("Words");
    case Signal::Lines: return tr("Lines");
    case Signal::MeanWordLength: return tr("Mean word length");
    case Signal::HashToWordRatio: return tr("Hashes per word");
    case Signal::EllipsisToWordRatio: return tr("Ellipses per word");
    case Signal::BulletLinesFraction: return tr("Bullet lines");
    case Signal::EllipsisLinesFraction: return tr("Lines ending in an ellipsis");
    case Signal::AlphaWordsFraction: return tr("Words with a letter");
    case Signal::StopWordCount: return tr("Stop words");
    case Signal::DupLinesFraction: return tr("Duplicate lines");
    case Signal::DupParagraphsFraction: return tr("Duplicate paragraphs");
    case Signal::DupLineCharsFraction: return tr("Characters in duplicate lines");
    case Signal::DupParagraphCharsFraction: return tr("Characters in duplicate paragraphs");
    case Signal::Top2GramCharsFraction: return tr("Top %1-gram coverage").arg(2);
    case Signal::Top3GramCharsFraction: return tr("Top %1-gram coverage").arg(3);
    case Signal::Top4GramCharsFraction: return tr("Top %1-gram coverage").arg(4);
    case Signal::Dup5GramCharsFraction: return tr("Duplicate %1-gram coverage").arg(5);
    case Signal::Dup6GramCharsFraction: return tr("Duplicate %1-gram coverage").arg(6);
    case Signal::Dup7GramCharsFraction: return tr("Duplicate %1-gram coverage").arg(7);
    case Signal::Dup8GramCharsFraction: return tr("Duplicate %1-gram coverage").arg(8);
    case Signal::Dup9GramCharsFraction: return tr("Duplicate %1-gram coverage").arg(9);
    case Signal::Dup10GramCharsFraction: return tr("Duplicate %1-gram coverage").arg(10);
    case Signal::C4DroppedLinesFraction: return tr("Lines C4 drops");
    case Signal::C4JavascriptLines: return tr("Lines mentioning JavaScript");
    case Signal::C4PolicyLines: return tr("Terms-of-use and cookie lines");
    case Signal::C4LoremIpsum: return tr("Lorem ipsum");
    case Signal::C4CurlyBrace: return tr("Curly braces");
    case Signal::C4Sentences: return tr("Sentences");
    case Signal::Count: break;
    }
    return {};
}

QString CorpusText::signalDescription(Signal signal)
{
    switch (signal) {
    case Signal::Characters:
        return tr("Number of characters in the document.");
    case Signal::Bytes:
        return tr("Size of the document's text in UTF-8 bytes.");
    case Signal::Words:
        return tr("Number of words: whitespace-separated tokens with at least one character that is "
                  "not punctuation. Very short documents carry little to learn from; extremely "
                  "long ones are often dumps or logs.");
    case Signal::Lines:
        return tr("Number of lines in the document.");
    case Signal::MeanWordLength:
        return tr("Average word length in characters. Natural prose sits between 3 and 10; outside "
                  "that range the text is usually code, tables, URLs or gibberish.");
    case Signal::HashToWordRatio:
        return tr("Number of '#' characters per word. Many hashes point to hashtag lists, markup or "
                  "code comments.");
    case Signal::EllipsisToWordRatio:
        return tr("Ellipses ('...' or '…') per word. Many ellipses point to truncated snippets, "
                  "such as search results or teasers.");
    case Signal::BulletLinesFraction:
        return tr("Share of lines that start with a bullet ('•' or '-'). Pages made of bullets are "
                  "usually menus or link lists.");
    case Signal::EllipsisLinesFraction:
        return tr("Share of lines that end with an ellipsis, typical of lists of truncated "
                  "previews.");
    case Signal::AlphaWordsFraction:
        return tr("Share of words that contain at least one letter. Low values mean numbers, "
                  "symbols or markup rather than language.");
    case Signal::StopWordCount:
        return tr("How many of the English function words 'the, be, to, of, and, that, have, with' "
                  "occur. Real English sentences use at least two of them.");
    case Signal::DupLinesFraction:
        return tr("Share of lines that repeat an earlier line of the same document.");
    case Signal::DupParagraphsFraction:
        return tr("Share of paragraphs that repeat an earlier paragraph of the same document.");
    case Signal::DupLineCharsFraction:
        return tr("Share of the document's characters that sit in repeated lines.");
    case Signal::DupParagraphCharsFraction:
        return tr("Share of the document's characters that sit in repeated paragraphs.");
    case Signal::Top2GramCharsFraction:
    case Signal::Top3GramCharsFraction:
    case Signal::Top4GramCharsFraction:
        return tr("Share of characters covered by the most frequent word n-gram. High values mean "
                  "one phrase is repeated over and over.");
    case Signal::Dup5GramCharsFraction:
    case Signal::Dup6GramCharsFraction:
    case Signal::Dup7GramCharsFraction:
    case Signal::Dup8GramCharsFraction:
    case Signal::Dup9GramCharsFraction:
    case Signal::Dup10GramCharsFraction:
        return tr("Share of characters covered by word n-grams that occur more than once. High "
                  "values mean long passages are repeated.");
    case Signal::C4DroppedLinesFraction:
        return tr("Share of lines C4's line rules would remove: lines without terminal "
                  "punctuation, with fewer than 5 words, or mentioning JavaScript or cookie and "
                  "terms-of-use phrases.");
    case Signal::C4JavascriptLines:
        return tr("Lines that mention JavaScript, usually browser warnings left in scraped pages.");
    case Signal::C4PolicyLines:
        return tr("Lines with terms-of-use, privacy-policy or cookie phrases.");
    case Signal::C4LoremIpsum:
        return tr("Whether the page contains 'lorem ipsum' placeholder text.");
    case Signal::C4CurlyBrace:
        return tr("Whether the page contains a curly brace '{', which in web text almost always "
                  "means code.");
    case Signal::C4Sentences:
        return tr("Number of sentences. C4 drops pages with fewer than 3.");
    case Signal::Count:
        break;
    }
    return {};
}

bool CorpusText::isCount(Signal signal)
{
    switch (signal) {
    case Signal::Characters:
    case Signal::Bytes:
    case Signal::Words:
    case Signal::Lines:
    case Signal::StopWordCount:
    case Signal::C4JavascriptLines:
    case Signal::C4PolicyLines:
    case Signal::C4LoremIpsum:
    case Signal::C4CurlyBrace:
    case Signal::C4Sentences:
        return true;
    default:
        return false;
    }
}

int CorpusText::decimals(Signal signal)
{
    if (isCount(signal))
        return 0;
    if (signal == Signal::MeanWordLength)
        return 2;
    return 3;
}

QString CorpusText::formatValue(Signal signal, double value)
{
    if (std::isnan(value))
        return QStringLiteral("–");
    if (isCount(signal))
        return QLocale().toString(static_cast<qint64>(std::llround(value)));
    return QLocale().toString(value, 'f', decimals(signal));
}

QString CorpusText::familyLabel(const std::string& family)
{
    if (family == "gopher_quality")
        return tr("Gopher quality");
    if (family == "gopher_repetition")
        return tr("Gopher repetition");
    if (family == "c4")
        return tr("C4");
    return QString::fromStdString(family);
}

QString CorpusText::ruleLabel(const corpus::QualityRule& rule)
{
    const QString signal = signalLabel(rule.signal);
    if (rule.bound == corpus::QualityRule::Bound::AtMost && rule.threshold == 0.0 && isCount(rule.signal))
        return tr("%1: none", "rule that allows no occurrence, e.g. 'Lorem ipsum: none'").arg(signal);
    const QString value = formatValue(rule.signal, rule.threshold);
    if (rule.bound == corpus::QualityRule::Bound::AtLeast)
        return tr("%1 ≥ %2", "rule: signal at least threshold").arg(signal, value);
    return tr("%1 ≤ %2", "rule: signal at most threshold").arg(signal, value);
}

QString CorpusText::boundLabel(corpus::QualityRule::Bound bound)
{
    return bound == corpus::QualityRule::Bound::AtLeast ? tr("at least") : tr("at most");
}

QString CorpusText::ruleDescription(const corpus::QualityRule& rule)
{
    // The engine's descriptions are English; the signal's explanation is translated.
    return signalDescription(rule.signal);
}

QString CorpusText::plainTextModeLabel(corpus::PlainTextMode mode)
{
    switch (mode) {
    case corpus::PlainTextMode::FilePerDocument:
        return tr("One document per file");
    case corpus::PlainTextMode::BlankLineBlocks:
        return tr("One document per block (split on blank lines)");
    case corpus::PlainTextMode::LinePerDocument:
        return tr("One document per line");
    }
    return {};
}

QString CorpusText::percent(double fraction)
{
    return ViewHelpers::percent(fraction);
}

QString CorpusText::countWithShare(qint64 count, qint64 total)
{
    if (total <= 0)
        return QLocale().toString(count);
    return tr("%1 (%2)", "a count and its share, e.g. 12 (4.0%)")
        .arg(QLocale().toString(count), percent(static_cast<double>(count) / static_cast<double>(total)));
}

const QStringList& CorpusText::glossaryAnchors()
{
    // The Help window's glossary entries the corpus panels link to.
    static const QStringList anchors = {
        QStringLiteral("gopher"),       QStringLiteral("c4"),             QStringLiteral("minhash"),
        QStringLiteral("jaccard"),      QStringLiteral("lsh"),            QStringLiteral("near-duplicate"),
        QStringLiteral("exact-duplicate"), QStringLiteral("dsir"),        QStringLiteral("kl"),
        QStringLiteral("quality-rule"), QStringLiteral("signals-file"),   QStringLiteral("provenance")};
    return anchors;
}

void CorpusText::enableLinks(QLabel* label)
{
    label->setTextFormat(Qt::RichText);
    label->setOpenExternalLinks(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
}

QString CorpusText::glossaryLink(const char* anchor, const QString& text)
{
    Q_ASSERT(glossaryAnchors().contains(QLatin1String(anchor)));
    return QStringLiteral("<a href=\"adaptlab-help:glossary#%1\">%2</a>")
        .arg(QLatin1String(anchor), text.toHtmlEscaped());
}

QString CorpusText::dsirVersusRandom(double reductionVersusRandom)
{
    // The difference of two KL divergences to the target (nats): how much closer the selection is
    // than chance. The reduction against the whole pool alone is biased by the selection's size.
    const QString amount = QLocale().toString(std::abs(reductionVersusRandom), 'f', 4);
    return reductionVersusRandom > 0
               ? tr("Closer to the target than a random sample of the same size by %1 (KL divergence)").arg(amount)
               : tr("No closer to the target than a random sample of the same size (KL divergence %1 higher)")
                     .arg(amount);
}

} // namespace adaptlab::corpus_panel
