// One document up close: where it comes from, its metadata, every rule's verdict on it, and its
// text with the parts that drive a chosen signal highlighted (duplicate lines, repeated n-grams,
// bullet lines, lines C4 drops, ...), so a user sees why a rule removes it. Evidence is computed
// on a worker thread; very long texts are shown up to a limit.
#pragma once

#include "background_task.h"

#include "corpus/document.h"
#include "corpus/quality_signals.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QTextEdit;
class QTreeWidget;

namespace adaptlab::corpus_panel {

class InspectSession;

class DocumentView final : public QWidget {
    Q_OBJECT
public:
    explicit DocumentView(InspectSession* session, QWidget* parent = nullptr);

    // files: the dataset's file list (positions index into it).
    void showDocument(const corpus::Document& document, const corpus::SignalVector& signals,
                      const QStringList& files);
    void showMessage(const QString& message);
    std::optional<qint64> documentIndex() const;

    // Highlights the evidence for a signal (Signal::Count = none).
    void highlight(corpus::Signal signal);
    corpus::Signal highlightedSignal() const { return highlighted_; }
    int highlightedSpans() const { return spanCount_; }
    bool isComputingEvidence() const { return evidence_.isRunning(); }

    QTextEdit* textView() const { return text_; }
    QTreeWidget* ruleChecks() const { return checks_; }
    QComboBox* evidenceBox() const { return evidenceBox_; }
    QLabel* evidenceLabel() const { return evidenceLabel_; }

    static constexpr int kMaxShownCharacters = 400000;

Q_SIGNALS:
    void evidenceShown();

private:
    void fillChecks();
    void applySpans(const QList<QPair<int, int>>& ranges);

    InspectSession* session_;
    QLabel* title_ = nullptr;
    QLabel* meta_ = nullptr;
    QTreeWidget* checks_ = nullptr;
    QComboBox* evidenceBox_ = nullptr;
    QLabel* evidenceLabel_ = nullptr;
    QTextEdit* text_ = nullptr;

    std::optional<corpus::Document> document_;
    corpus::SignalVector signals_{};
    QString shownText_;
    corpus::Signal highlighted_ = corpus::Signal::Count;
    int spanCount_ = 0;
    BackgroundTask<QList<QPair<int, int>>> evidence_{this};
};

} // namespace adaptlab::corpus_panel
