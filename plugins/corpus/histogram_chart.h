// HistogramChart: one signal's distribution over a dataset (bins from the scan summary, log bins
// drawn on a log axis) with the thresholds of the rules on that signal drawn as vertical lines, the
// side a rule removes shaded. A threshold line can be dragged: the mouse position is mapped back
// to a signal value through the chart's axes.
#pragma once

#include "corpus/corpus_scan.h"

#include <QChartView>
#include <QList>

class QAbstractAxis;
class QAreaSeries;
class QLineSeries;

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
    QList<Marker> markers_;
    QList<QAreaSeries*> shades_;
    QList<QLineSeries*> lines_;
    bool hasData_ = false;
    bool log_ = false;
    double xMin_ = 0, xMax_ = 1, yMax_ = 1;
    int dragging_ = -1; // rule being dragged
};

} // namespace adaptlab::corpus_panel
