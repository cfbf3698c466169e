// HistogramChart: one signal's distribution over a dataset on the shared ChartView (bins from the
// scan summary, log bins drawn on a log axis labelled 1, 10, 100, 1k, ...) with the thresholds of
// the rules on that signal as markers, the side a rule removes shaded. The count axis ends at a
// round number just above the largest bin. A threshold line can be dragged (ChartView's
// markerDragged / markerReleased, carrying the rule's index).
#pragma once

#include "chart_view.h"
#include "corpus/corpus_scan.h"

namespace adaptlab::corpus_panel {

class HistogramChart final : public ChartView {
    Q_OBJECT
public:
    // The count axis: ticks every `step` from 0 up to `top`.
    struct CountAxis {
        double top = 1;
        double step = 1;
    };
    // top is the smallest multiple of a round step (1, 2, 2.5 or 5 times a power of ten, two to
    // four steps) that holds the largest bin, but never more than the documents counted in the
    // histogram: no bin can be taller than that.
    static CountAxis countAxis(qint64 largestBin, qint64 total);
    // A decade or a 2x/5x step on a log axis as people write it: 1, 10, 100, 1k, 10k, 100k, 1M.
    static QString logTickLabel(double value);

    explicit HistogramChart(QWidget* parent = nullptr);

    using ChartView::setHistogram;
    void setHistogram(const corpus::Histogram& histogram);
    bool logScale() const { return logX(); }
    // The threshold of a rule as drawn (nullptr when the rule has no marker here).
    const Marker* markerOf(int rule) const;

    double axisMin() const { return xMin(); }
    double axisMax() const { return xMax(); }
    // The count axis as drawn: its top and its step.
    double countTop() const { return yMax(); }
    double countStep() const { return countStep_; }

private:
    double countStep_ = 1;
};

} // namespace adaptlab::corpus_panel
