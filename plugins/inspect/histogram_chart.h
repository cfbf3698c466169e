// HistogramChart: one signal's distribution over a dataset (bins from the scan summary, log bins
// drawn on a log axis labelled 1, 10, 100, 1k, ...) with the thresholds of the rules on that signal
// drawn as vertical lines, the side a rule removes shaded. The count axis ends at a round number
// just above the largest bin. A threshold line can be dragged: the mouse position is mapped back
// to a signal value through the chart's axes.
#pragma once

#include "corpus/corpus_scan.h"

#include <QChartView>
#include <QList>

class QAbstractAxis;
class QAreaSeries;
class QCategoryAxis;
class QLineSeries;
class QValueAxis;

namespace adaptlab::corpus_panel {

class HistogramChart final : public QChartView {
    Q_OBJECT
public:
    struct Marker {
        int rule = -1;
        double value = 0;
        bool enabled = true;
        bool atLeast = true; // the rule keeps values >= value (shade the left side)
    };

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

    void setHistogram(const corpus::Histogram& histogram);
    bool hasData() const { return hasData_; }
    bool logScale() const { return log_; }
    void setMarkers(const QList<Marker>& markers);
    const QList<Marker>& markers() const { return markers_; }

    QAreaSeries* bars() const { return bars_; }
    QLineSeries* markerLine(int rule) const; // nullptr when the rule has no marker here

    // A position in this view's coordinates <-> a signal value (clamped to the axis range).
    double valueAt(const QPoint& position) const;
    QPoint positionOf(double value) const;
    double axisMin() const { return xMin_; }
    double axisMax() const { return xMax_; }
    QValueAxis* countAxisItem() const { return countAxis_; }
    // The labelled axis under a log histogram (nullptr on a linear one).
    QCategoryAxis* logLabelAxis() const { return logLabels_; }

Q_SIGNALS:
    void markerDragged(int rule, double value);
    void markerReleased(int rule, double value);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    void rebuildMarkers();
    int markerNear(const QPoint& position) const;
    double displayValue(double value) const; // values a log axis cannot show move to its floor

    QAreaSeries* bars_ = nullptr;
    QAbstractAxis* xAxis_ = nullptr;
    QAbstractAxis* yAxis_ = nullptr;
    QValueAxis* countAxis_ = nullptr;
    QCategoryAxis* logLabels_ = nullptr;
    QList<Marker> markers_;
    QList<QAreaSeries*> shades_;
    QList<QLineSeries*> lines_;
    bool hasData_ = false;
    bool log_ = false;
    double xMin_ = 0, xMax_ = 1, yMax_ = 1;
    int dragging_ = -1; // rule being dragged
};

} // namespace adaptlab::corpus_panel
