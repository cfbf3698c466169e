// One signal's card: its histogram, and for each rule on the signal a switch, the threshold as a
// spin box and what the rule removes. Dragging the threshold line and typing in the box do the
// same thing: they change the rule in the InspectSession, which recounts.
#pragma once

#include "corpus/quality_signals.h"

#include <QFrame>
#include <QList>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;

namespace adaptlab::corpus_panel {

class HistogramChart;
class InspectSession;

class HistogramCard final : public QFrame {
    Q_OBJECT
public:
    HistogramCard(InspectSession* session, corpus::Signal signal, QWidget* parent = nullptr);

    corpus::Signal signal() const { return signal_; }
    HistogramChart* chart() const { return chart_; }
    QDoubleSpinBox* thresholdBox(int rule) const;
    QLabel* removesLabel(int rule) const;

    // Re-reads the histogram and the rules from the session.
    void refresh();

private:
    struct RuleRow {
        int rule = -1;
        QCheckBox* enabled = nullptr;
        QDoubleSpinBox* threshold = nullptr;
        QLabel* removes = nullptr;
    };
    void updateRule(int rule);
    void updateMarkers();
    void updateCounts();

    InspectSession* session_;
    corpus::Signal signal_;
    HistogramChart* chart_ = nullptr;
    QLabel* title_ = nullptr;
    QLabel* noData_ = nullptr;
    QLabel* stats_ = nullptr;
    QList<RuleRow> rows_;
};

} // namespace adaptlab::corpus_panel
