// The Inspect panel's Quality rules: every rule (Gopher quality, Gopher repetition, C4) with its
// switch, threshold and what it removes alone and in sequence, all rows in view, and the
// histogram of every signal with the thresholds on it, grouped by rule family. Moving a threshold
// recounts at once; the choices are kept with the dataset (Reset to defaults drops them).
#pragma once

#include "corpus/quality_signals.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QTableView;

namespace adaptlab::corpus_panel {

class HistogramCard;
class InspectSession;
class RuleTableModel;

class QualityTab final : public QWidget {
    Q_OBJECT
public:
    explicit QualityTab(InspectSession* session, QWidget* parent = nullptr);

    RuleTableModel* ruleModel() const { return model_; }
    QTableView* ruleView() const { return view_; }
    QList<HistogramCard*> histogramCards() const { return cards_; }
    HistogramCard* cardFor(corpus::Signal signal) const;
    QLabel* summaryLabel() const { return summary_; }
    QLabel* settingsNotice() const { return settingsNotice_; }
    QPushButton* resetButton() const { return resetButton_; }
    QScrollArea* scrollArea() const { return scroll_; }

private:
    void updateRules();
    void fitTableHeight();

    InspectSession* session_;
    RuleTableModel* model_ = nullptr;
    QTableView* view_ = nullptr;
    QLabel* summary_ = nullptr;
    QLabel* settingsNotice_ = nullptr;
    QPushButton* resetButton_ = nullptr;
    QScrollArea* scroll_ = nullptr;
    QList<HistogramCard*> cards_;
};

} // namespace adaptlab::corpus_panel
