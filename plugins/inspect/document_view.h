// One document up close: where it comes from, its metadata, every rule's verdict on it, and its
// text with the parts that drive a chosen signal highlighted (duplicate lines, repeated n-grams,
// bullet lines, lines C4 drops, ...), so a user sees why a rule removes it. The browser's search
// term is marked too, with next/previous ("match 3 of 17"). Evidence and matches are found on a
// worker thread; very long texts are shown up to a limit.
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
class QPushButton;
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

    // The term to mark in every document shown (empty: none).
    void setSearchText(const QString& text);
    QString searchText() const { return searchText_; }
    int matchCount() const { return static_cast<int>(matches_.size()); }
    int currentMatch() const { return currentMatch_; } // 0-based, -1 when none
    // (start, length) in the text view's characters.
    const QList<QPair<int, int>>& matches() const { return matches_; }
    bool isFindingMatches() const { return matchTask_.isRunning(); }
    void nextMatch();
    void previousMatch();
    QLabel* matchLabel() const { return matchLabel_; }
    QPushButton* nextMatchButton() const { return nextMatchButton_; }
    QPushButton* previousMatchButton() const { return previousMatchButton_; }

    QTextEdit* textView() const { return text_; }
    QTreeWidget* ruleChecks() const { return checks_; }
    QComboBox* evidenceBox() const { return evidenceBox_; }
    QLabel* evidenceLabel() const { return evidenceLabel_; }

    static constexpr int kMaxShownCharacters = 400000;

Q_SIGNALS:
    void evidenceShown();
    void matchesShown();

private:
    void fillChecks();
    void applySpans(const QList<QPair<int, int>>& ranges);
    void findMatches();
    void showMatches();
    void goToMatch(int match);

    InspectSession* session_;
    QLabel* title_ = nullptr;
    QLabel* meta_ = nullptr;
    QTreeWidget* checks_ = nullptr;
    QComboBox* evidenceBox_ = nullptr;
    QLabel* evidenceLabel_ = nullptr;
    QTextEdit* text_ = nullptr;
    QWidget* matchRow_ = nullptr;
    QLabel* matchLabel_ = nullptr;
    QPushButton* previousMatchButton_ = nullptr;
    QPushButton* nextMatchButton_ = nullptr;

    std::optional<corpus::Document> document_;
    corpus::SignalVector signals_{};
    QString shownText_;
    corpus::Signal highlighted_ = corpus::Signal::Count;
    int spanCount_ = 0;
    BackgroundTask<QList<QPair<int, int>>> evidence_{this};
    QString searchText_;
    QList<QPair<int, int>> matches_;
    int currentMatch_ = -1;
    BackgroundTask<QList<QPair<int, int>>> matchTask_{this};
};

} // namespace adaptlab::corpus_panel
