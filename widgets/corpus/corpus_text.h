// What the corpus panels call the engine's things: problem kinds, signals, rule families and
// bounds, plain-text modes, in the user's language. The engine keeps stable English keys
// (scan_problems.h, quality_signals.h); every label a person reads is translated here, once.
#pragma once

#include "corpus/corpus_reader.h"
#include "corpus/quality_signals.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <string>

class QLabel;

namespace adaptlab::corpus_panel {

class CorpusText {
    Q_DECLARE_TR_FUNCTIONS(CorpusText)
public:
    // Problem kinds (invalid_json, ...); an unknown kind is shown as its key.
    static QString problemKind(const std::string& kind);
    // "file.jsonl, line 12" or just the file when the problem is about the whole file.
    static QString location(const QString& file, qint64 line);

    static QString signalLabel(corpus::Signal signal);
    // One sentence on what the signal measures, for tooltips.
    static QString signalDescription(corpus::Signal signal);
    // Counts are whole numbers; lengths, ratios and fractions have decimals.
    static bool isCount(corpus::Signal signal);
    static int decimals(corpus::Signal signal);
    static QString formatValue(corpus::Signal signal, double value);

    static QString familyLabel(const std::string& family);
    // "Words ≥ 50" / "Duplicate lines ≤ 0.300"
    static QString ruleLabel(const corpus::QualityRule& rule);
    // "at least" / "at most"
    static QString boundLabel(corpus::QualityRule::Bound bound);
    // The rule's own description when the engine gives one, else the signal's.
    static QString ruleDescription(const corpus::QualityRule& rule);

    static QString plainTextModeLabel(corpus::PlainTextMode mode);

    // A DSIR selection's KL reduction minus that of random samples of the same size, in words:
    // "Closer to the target than a random sample of the same size by 0.4123" / "No closer ...".
    static QString dsirVersusRandom(double reductionVersusRandom);

    // "12,345 (4.2%)"
    static QString countWithShare(qint64 count, qint64 total);
    static QString percent(double fraction);

    // A link from a hint to a glossary entry of the Help window, for QLabels in rich text with
    // openExternalLinks (the app handles the adaptlab-help: scheme). `anchor` is one of
    // glossaryAnchors(); `text` is plain text in the user's language and is escaped here.
    static QString glossaryLink(const char* anchor, const QString& text);
    static const QStringList& glossaryAnchors();
    // Makes a label show rich text whose links open through QDesktopServices (the glossary).
    static void enableLinks(QLabel* label);
};

} // namespace adaptlab::corpus_panel
