// ChartView: the charts of every panel, drawn with QPainter. Qt Charts needs OpenGL for speed and
// still crawls past 1e5 points; a training run writes millions. Two modes:
// - Lines: many series (fixed palette, legend), raw plus TensorBoard-smoothed lines (smoothing
//   0..0.99), linear or log y, x as step, tokens or wall time since the series began. A series
//   with more points than pixel columns is drawn from each column's first/min/max/last point
//   (chart::downsampleColumns), so a million points draw as fast as a few thousand. Markers set
//   with setMarkers are drawn as vertical lines too (e.g. a threshold on a computed curve).
// - Histogram: bins with counts, linear or log x and y, threshold markers that can be dragged
//   (markerDragged while moving, markerReleased at the end) and shade the side they remove.
// - Bars: categories with counts as horizontal bars, one row per category in the order given
//   (top to bottom); a label wider than the label column is elided, the hover shows it whole with
//   its count and its share of the total.
// Hovering shows a vertical line with every series' value there (or the bin's range and count, or
// the bar's label, count and share).
// PNG export is a grab of the widget; CSV export writes the raw data of every series.
#pragma once

#include "adaptlab_widgets_export.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>
#include <vector>

class QHBoxLayout;

namespace adaptlab {

class ADAPTLAB_WIDGETS_EXPORT ChartView : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Lines, Histogram, Bars };
    enum class XAxis { Step, Tokens, WallTime };

    // One series' points, in step order. tokens and wallTimes (seconds since the epoch) are
    // either empty or as long as steps; a series without them is not drawn on that x axis.
    struct Points {
        std::vector<double> steps;
        std::vector<double> values;
        std::vector<double> tokens;
        std::vector<double> wallTimes;
    };
    struct Bin {
        double lo = 0;
        double hi = 0;
        double count = 0;
    };
    struct Bar {
        QString label;
        double count = 0;
    };
    struct Marker {
        enum class Shade { None, Below, Above }; // the side shaded (what a rule removes)
        int id = -1;
        double value = 0;
        bool enabled = true;  // off: drawn dashed and grey, nothing shaded
        bool draggable = true;
        Shade shade = Shade::None;
    };
    // What the hover readout shows for one series at an x: its nearest point.
    struct HoverValue {
        QString id;
        QString label;
        double x = 0;
        double raw = 0;
        double smoothed = 0;
    };

    // The palette series colours come from, in order of first setSeries (Tableau 10).
    static QColor paletteColor(int index);

    explicit ChartView(QWidget* parent = nullptr);

    Mode mode() const { return mode_; }

    // Lines. setSeries replaces (or adds) a series; appendPoints adds points at its end, as a
    // training run writes them (a series not there yet is added with the id as its label).
    void setSeries(const QString& id, const QString& label, std::vector<double> xs, std::vector<double> ys);
    void setSeries(const QString& id, const QString& label, Points points);
    void appendPoints(const QString& id, std::vector<double> xs, std::vector<double> ys);
    void appendPoints(const QString& id, const Points& points);
    void removeSeries(const QString& id);
    void clearSeries();
    QStringList seriesIds() const;
    QColor seriesColor(const QString& id) const;
    // The points drawn for a series at the current size and x range (indices into its points).
    std::vector<size_t> drawnIndices(const QString& id) const;
    // The smoothed values of a series (its raw values when smoothing is 0).
    const std::vector<double>& smoothedValues(const QString& id) const;

    void setSmoothing(double weight); // 0 .. 0.99
    double smoothing() const { return smoothing_; }
    void setLogY(bool log);
    bool logY() const { return logY_; }
    void setXAxis(XAxis axis);
    XAxis xAxis() const { return xAxis_; }
    void setAxisTitles(const QString& x, const QString& y);

    // Histogram. Bins in ascending order; logX draws them on a log axis (bins must be > 0).
    void setHistogram(std::vector<Bin> bins, bool logX);
    const std::vector<Bin>& bins() const { return bins_; }
    bool logX() const { return logX_; }
    // The x range shown (default: the bins' range) and fixed y ticks (default: nice ones). An
    // empty list of ticks goes back to the default.
    void setXRange(double lo, double hi);
    void setYTicks(std::vector<double> ticks);
    void setMarkers(const QList<Marker>& markers);
    const QList<Marker>& markers() const { return markers_; }
    // The bin under an x (nullopt outside every bin).
    std::optional<Bin> binAt(double x) const;

    // Bars, drawn top to bottom in this order; the x axis runs from 0 to the largest count.
    void setBars(std::vector<Bar> bars);
    const std::vector<Bar>& bars() const { return bars_; }
    // The bar in the row under a widget position (-1 outside the plot or every row), its row's
    // rectangle and the label as drawn (elided to the label column).
    int barAt(const QPoint& position) const;
    QRectF barRowRect(int index) const;
    QString barLabelShown(int index) const;

    bool hasData() const;
    // The axes as drawn: ranges, tick values and their labels.
    double xMin() const { return xMin_; }
    double xMax() const { return xMax_; }
    double yMin() const { return yMin_; }
    double yMax() const { return yMax_; }
    std::vector<double> xTicks() const;
    std::vector<double> yTicks() const;
    QStringList xTickLabels() const;
    QRectF plotRect() const;

    // Widget position <-> data x (clamped to the x range); y the same for the value axis.
    double valueAt(const QPoint& position) const;
    QPoint positionOf(double x) const;
    double yPositionOf(double y) const;

    // The hover readout at a data x: every drawn series' nearest point.
    QList<HoverValue> valuesAt(double x) const;
    // The text the readout shows at a widget position (empty outside the plot).
    QString hoverText(const QPoint& position) const;

    // CSV: Lines: series,label,step,tokens,wall_time,value (raw values, every point); Histogram:
    // bin_low,bin_high,count; Bars: label,count (full labels, in order). False with `error` set
    // when the file cannot be written.
    bool exportCsv(const QString& path, QString* error = nullptr) const;
    QString csvText() const;
    bool exportPng(const QString& path);

    // A row of controls for this chart: smoothing slider, log y, x axis, PNG and CSV export.
    QWidget* createControls(QWidget* parent);
    // Only the PNG and CSV export buttons, for a chart whose axes are fixed (a curve computed from
    // settings, where smoothing, log y and the x choice mean nothing).
    QWidget* createExportControls(QWidget* parent);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

Q_SIGNALS:
    void markerDragged(int id, double value);
    void markerReleased(int id, double value);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Series {
        QString id;
        QString label;
        QColor color;
        Points points;
        mutable std::vector<double> smoothed;
        mutable bool smoothedValid = false;
    };
    const Series* find(const QString& id) const;
    Series* find(const QString& id);
    const std::vector<double>* xsOf(const Series& series, std::vector<double>& scratch) const;
    void updateRanges();
    double mapX(double x) const;   // data -> pixels
    double unmapX(double px) const;
    double mapY(double y) const;
    double mapX(double x, const QRectF& plot) const;
    double mapY(double y, const QRectF& plot) const;
    int markerNear(const QPoint& position) const;
    void paintAxes(QPainter& painter, const QRectF& plot) const;
    void paintLines(QPainter& painter, const QRectF& plot) const;
    void paintHistogram(QPainter& painter, const QRectF& plot) const;
    void paintMarkers(QPainter& painter, const QRectF& plot) const;
    void paintBars(QPainter& painter, const QRectF& plot) const;
    double barLabelWidth() const;
    void paintLegend(QPainter& painter) const;
    void addExportButtons(QWidget* controls, QHBoxLayout* layout);
    void paintHover(QPainter& painter, const QRectF& plot) const;

    Mode mode_ = Mode::Lines;
    std::vector<Series> series_;
    int nextColor_ = 0;
    double smoothing_ = 0;
    bool logY_ = false;
    XAxis xAxis_ = XAxis::Step;
    QString xTitle_;
    QString yTitle_;

    std::vector<Bin> bins_;
    bool logX_ = false;
    std::optional<std::pair<double, double>> fixedXRange_;
    std::vector<double> fixedYTicks_;
    QList<Marker> markers_;

    std::vector<Bar> bars_;

    double xMin_ = 0, xMax_ = 1, yMin_ = 0, yMax_ = 1;
    int dragging_ = -1;
    std::optional<QPoint> hover_;
};

} // namespace adaptlab
