#include "histogram_chart.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMouseEvent>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace adaptlab::corpus_panel {

namespace {

const QColor kBarColor(0x4a, 0x7f, 0xc1);
const QColor kMarkerColor(0xc0, 0x39, 0x2b);
const QColor kShadeColor(0xc0, 0x39, 0x2b, 38);
const QColor kDisabledColor(0x9a, 0xa4, 0xae);
constexpr int kGrabPixels = 7;
// More labels than this under a log histogram crowd a card; every other decade is labelled then.
constexpr int kMaxLogLabels = 8;

} // namespace

HistogramChart::CountAxis HistogramChart::countAxis(qint64 largestBin, qint64 total)
{
    if (largestBin <= 0)
        return {1, 1};
    CountAxis best{0, 0};
    // Steps 1, 2, 2.5, 5 times a power of ten; whole numbers only (these are document counts).
    for (double decade = 1; decade <= static_cast<double>(largestBin) * 10; decade *= 10) {
        for (const double factor : {1.0, 2.0, 2.5, 5.0}) {
            const double step = factor * decade;
            if (step != std::floor(step))
                continue;
            const double steps = std::ceil(static_cast<double>(largestBin) / step);
            // Two to four steps: one step alone gives no tick between 0 and the top.
            if (steps > 4 || (steps < 2 && largestBin > 1))
                continue;
            const double top = steps * step;
            // The lowest top wins; on a tie the finer step (at most five labels either way).
            if (best.top == 0 || top < best.top || (top == best.top && step < best.step))
                best = {top, step};
        }
    }
    if (total >= largestBin && best.top > static_cast<double>(total))
        best.top = static_cast<double>(total);
    return best;
}

QString HistogramChart::logTickLabel(double value)
{
    struct Unit {
        double size;
        const char* suffix;
    };
    // SI prefixes: the same in every language the app speaks.
    static constexpr Unit units[] = {{1e12, "T"}, {1e9, "G"}, {1e6, "M"}, {1e3, "k"}};
    for (const Unit& unit : units) {
        if (value >= unit.size)
            return QString::number(value / unit.size, 'g', 3) + QLatin1String(unit.suffix);
    }
    return QString::number(value, 'g', 3);
}

HistogramChart::HistogramChart(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setMinimumHeight(170);
    setFrameShape(QFrame::NoFrame);
    auto* c = new QChart;
    c->legend()->hide();
    c->setMargins(QMargins(4, 4, 4, 4));
    c->setBackgroundRoundness(0);
    c->setAnimationOptions(QChart::NoAnimation);
    setChart(c);
}

double HistogramChart::displayValue(double value) const
{
    if (!log_)
        return value;
    return std::max(value, xMin_);
}

void HistogramChart::setHistogram(const corpus::Histogram& histogram)
{
    QChart* c = chart();
    c->removeAllSeries();
    shades_.clear();
    lines_.clear();
    bars_ = nullptr;
    for (QAbstractAxis* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    xAxis_ = yAxis_ = nullptr;
    countAxis_ = nullptr;
    logLabels_ = nullptr;

    const size_t bins = histogram.counts.size();
    hasData_ = bins > 0 && histogram.edges.size() == bins + 1;
    log_ = histogram.logBins;
    if (!hasData_)
        return;

    std::vector<double> edges = histogram.edges;
    if (log_) {
        // A log axis cannot show 0: bins starting at or below 0 start at half the first positive edge.
        double firstPositive = 0;
        for (double e : edges)
            if (e > 0) {
                firstPositive = e;
                break;
            }
        const double floor = firstPositive > 0 ? firstPositive / 2 : 0.5;
        for (double& e : edges)
            e = std::max(e, floor);
        if (edges.back() <= edges.front())
            edges.back() = edges.front() * 10;
    } else if (edges.back() <= edges.front()) {
        // Every document has the same value: one narrow bar around it.
        const double width = std::max(0.02, std::abs(edges.front()) / 10);
        edges.front() -= width / 2;
        edges.back() = edges.front() + width;
    }

    // Shares and fractions read best on their whole range, 0 to 1, and never beyond it (a bin
    // that starts at 1 holds the documents whose share is exactly 1).
    const bool share = !log_ && histogram.min >= 0 && histogram.max <= 1;
    struct Bar {
        double lo, hi, count;
    };
    std::vector<Bar> barList;
    for (size_t i = 0; i < bins; ++i) {
        double lo = edges[i];
        double hi = edges[i + 1];
        const auto count = static_cast<double>(histogram.counts[i]);
        if (share && lo >= 1.0) {
            if (count == 0)
                continue;
            if (!barList.empty() && barList.back().hi >= 1.0 - 1e-9) {
                barList.back().count += count;
                continue;
            }
            lo = std::max(barList.empty() ? 0.0 : barList.back().hi, 1.0 - std::min(0.025, hi - lo));
            hi = 1.0;
        } else if (share) {
            hi = std::min(hi, 1.0);
            lo = std::max(lo, 0.0);
        }
        if (hi > lo)
            barList.push_back({lo, hi, count});
    }
    if (barList.empty()) {
        hasData_ = false;
        return;
    }
    xMin_ = share ? 0.0 : barList.front().lo;
    xMax_ = share ? 1.0 : barList.back().hi;
    qint64 largest = 0;
    qint64 total = 0;
    for (const Bar& bar : barList) {
        largest = std::max(largest, static_cast<qint64>(bar.count));
        total += static_cast<qint64>(bar.count);
    }
    const CountAxis counts = countAxis(largest, total);
    yMax_ = counts.top;

    auto* upper = new QLineSeries;
    auto* lower = new QLineSeries;
    for (size_t i = 0; i < barList.size(); ++i) {
        const Bar& bar = barList[i];
        if (i > 0 && barList[i - 1].hi < bar.lo) { // a gap drops to zero
            upper->append(barList[i - 1].hi, 0);
            upper->append(bar.lo, 0);
        }
        upper->append(bar.lo, bar.count);
        upper->append(bar.hi, bar.count);
    }
    lower->append(barList.front().lo, 0);
    lower->append(barList.back().hi, 0);
    bars_ = new QAreaSeries(upper, lower);
    bars_->setObjectName(QStringLiteral("histogramBars"));
    bars_->setColor(kBarColor);
    bars_->setBorderColor(kBarColor.darker(130));

    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    if (log_) {
        // QLogValueAxis can only print its ticks through printf ("1e+06", or "100…" once the
        // card is narrow). The bars stay on a log axis that is not drawn; a category axis over
        // the same decades, in log10 units, draws the grid and the labels.
        auto* x = new QLogValueAxis;
        x->setBase(10);
        x->setRange(xMin_, xMax_);
        x->setVisible(false);
        xAxis_ = x;
        auto* labels = new QCategoryAxis;
        labels->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        const double lo = std::log10(xMin_);
        const double hi = std::log10(xMax_);
        labels->setRange(lo, hi);
        labels->setStartValue(lo);
        QList<double> ticks;
        for (int p = static_cast<int>(std::floor(lo)); p <= static_cast<int>(std::ceil(hi)); ++p) {
            for (const double factor : {1.0, 2.0, 5.0}) {
                const double v = factor * std::pow(10.0, p);
                if (std::log10(v) >= lo - 1e-9 && std::log10(v) <= hi + 1e-9)
                    ticks.append(v);
            }
        }
        QList<double> decades;
        for (double v : ticks)
            if (std::abs(std::log10(v) - std::round(std::log10(v))) < 1e-9)
                decades.append(v);
        // Under three decades the 2s and 5s are labelled too, so a narrow range still reads.
        QList<double> shown = decades.size() >= 3 ? decades : ticks;
        while (shown.size() > kMaxLogLabels) {
            QList<double> thinned;
            for (int i = 0; i < shown.size(); i += 2)
                thinned.append(shown[i]);
            shown = thinned;
        }
        for (double v : shown)
            labels->append(logTickLabel(v), std::log10(v));
        logLabels_ = labels;
    } else {
        auto* x = new QValueAxis;
        x->setLabelFormat(QStringLiteral("%g"));
        x->setRange(xMin_, xMax_);
        x->applyNiceNumbers();
        xMin_ = x->min();
        xMax_ = x->max();
        xAxis_ = x;
    }
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setRange(0, yMax_);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(counts.step);
    yAxis_ = y;
    countAxis_ = y;
    for (QAbstractAxis* axis : {xAxis_, yAxis_, static_cast<QAbstractAxis*>(logLabels_)}) {
        if (axis == nullptr)
            continue;
        axis->setLabelsFont(small);
        axis->setGridLineColor(QColor(0xe3, 0xe8, 0xee));
    }
    if (logLabels_ != nullptr)
        c->addAxis(logLabels_, Qt::AlignBottom);
    c->addAxis(xAxis_, Qt::AlignBottom);
    c->addAxis(yAxis_, Qt::AlignLeft);
    c->addSeries(bars_);
    bars_->attachAxis(xAxis_);
    bars_->attachAxis(yAxis_);
    rebuildMarkers();
}

void HistogramChart::setMarkers(const QList<Marker>& markers)
{
    markers_ = markers;
    rebuildMarkers();
}

void HistogramChart::rebuildMarkers()
{
    QChart* c = chart();
    for (QAreaSeries* s : shades_) {
        c->removeSeries(s);
        delete s;
    }
    for (QLineSeries* s : lines_) {
        c->removeSeries(s);
        delete s;
    }
    shades_.clear();
    lines_.clear();
    if (!hasData_)
        return;
    for (const Marker& m : markers_) {
        // A threshold beyond the axis is not drawn as a line at the edge, which would look like
        // a real threshold there; the shade still shows what it removes (nothing, or everything).
        const double raw = displayValue(m.value);
        const bool inRange = raw >= xMin_ && raw <= xMax_;
        const double x = std::clamp(raw, xMin_, xMax_);
        if (m.enabled) {
            auto* top = new QLineSeries;
            auto* bottom = new QLineSeries;
            const double from = m.atLeast ? xMin_ : x;
            const double to = m.atLeast ? x : xMax_;
            top->append(from, yMax_);
            top->append(to, yMax_);
            bottom->append(from, 0);
            bottom->append(to, 0);
            auto* shade = new QAreaSeries(top, bottom);
            shade->setColor(kShadeColor);
            shade->setBorderColor(Qt::transparent);
            c->addSeries(shade);
            shade->attachAxis(xAxis_);
            shade->attachAxis(yAxis_);
            shades_.append(shade);
        }
        auto* line = new QLineSeries;
        line->setObjectName(QStringLiteral("threshold_%1").arg(m.rule));
        line->setVisible(inRange);
        line->append(x, 0);
        line->append(x, yMax_);
        QPen pen(m.enabled ? kMarkerColor : kDisabledColor);
        pen.setWidthF(2.0);
        if (!m.enabled)
            pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        c->addSeries(line);
        line->attachAxis(xAxis_);
        line->attachAxis(yAxis_);
        lines_.append(line);
    }
}

QLineSeries* HistogramChart::markerLine(int rule) const
{
    for (int i = 0; i < markers_.size() && i < lines_.size(); ++i)
        if (markers_[i].rule == rule)
            return lines_[i];
    return nullptr;
}

double HistogramChart::valueAt(const QPoint& position) const
{
    if (!hasData_)
        return 0;
    const QPointF inChart = chart()->mapFromScene(mapToScene(position));
    const double value = chart()->mapToValue(inChart, bars_).x();
    return std::clamp(value, xMin_, xMax_);
}

QPoint HistogramChart::positionOf(double value) const
{
    if (!hasData_)
        return {};
    const QPointF inChart = chart()->mapToPosition(QPointF(displayValue(value), yMax_ / 2), bars_);
    return mapFromScene(chart()->mapToScene(inChart));
}

int HistogramChart::markerNear(const QPoint& position) const
{
    int best = -1;
    int bestDistance = kGrabPixels + 1;
    for (const Marker& m : markers_) {
        const QLineSeries* line = markerLine(m.rule);
        if (line == nullptr || !line->isVisible())
            continue;
        const int distance = std::abs(positionOf(m.value).x() - position.x());
        if (distance < bestDistance) {
            best = m.rule;
            bestDistance = distance;
        }
    }
    return best;
}

void HistogramChart::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && hasData_) {
        dragging_ = markerNear(event->position().toPoint());
        if (dragging_ >= 0) {
            event->accept();
            return;
        }
    }
    QChartView::mousePressEvent(event);
}

void HistogramChart::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (dragging_ >= 0) {
        const double value = valueAt(pos);
        for (Marker& m : markers_)
            if (m.rule == dragging_)
                m.value = value;
        rebuildMarkers();
        Q_EMIT markerDragged(dragging_, value);
        event->accept();
        return;
    }
    setCursor(hasData_ && markerNear(pos) >= 0 ? Qt::SizeHorCursor : Qt::ArrowCursor);
    QChartView::mouseMoveEvent(event);
}

void HistogramChart::mouseReleaseEvent(QMouseEvent* event)
{
    if (dragging_ >= 0 && event->button() == Qt::LeftButton) {
        const int rule = dragging_;
        dragging_ = -1;
        Q_EMIT markerReleased(rule, valueAt(event->position().toPoint()));
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

} // namespace adaptlab::corpus_panel
