#include "chart_view.h"

#include "chart_math.h"
#include "file_dialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QSaveFile>
#include <QSlider>

#include <algorithm>
#include <charconv>
#include <iterator>
#include <functional>
#include <cmath>
#include <limits>

namespace adaptlab {

namespace {

const QColor kGridColor(0xe3, 0xe8, 0xee);
const QColor kAxisColor(0x9a, 0xa4, 0xae);
const QColor kBarColor(0x4a, 0x7f, 0xc1);
const QColor kMarkerColor(0xc0, 0x39, 0x2b);
const QColor kShadeColor(0xc0, 0x39, 0x2b, 38);
const QColor kDisabledColor(0x9a, 0xa4, 0xae);
const QColor kHoverColor(0x55, 0x5f, 0x6b);
constexpr int kGrabPixels = 7;
constexpr int kLegendSwatch = 10;

// The shortest text that reads back as the same double: a CSV export must be exact.
QString exact(double value)
{
    if (!std::isfinite(value))
        return std::isnan(value) ? QStringLiteral("nan") : (value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf"));
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof(buffer), value);
    return QString::fromLatin1(buffer, static_cast<qsizetype>(result.ptr - buffer));
}

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool drawable(double y, bool log)
{
    return std::isfinite(y) && (!log || y > 0);
}

} // namespace

QColor ChartView::paletteColor(int index)
{
    static const QColor palette[] = {QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b), QColor(0xe1, 0x57, 0x59),
                                     QColor(0x76, 0xb7, 0xb2), QColor(0x59, 0xa1, 0x4f), QColor(0xed, 0xc9, 0x48),
                                     QColor(0xb0, 0x7a, 0xa1), QColor(0xff, 0x9d, 0xa7), QColor(0x9c, 0x75, 0x5f),
                                     QColor(0xba, 0xb0, 0xac)};
    constexpr int size = static_cast<int>(std::size(palette));
    return palette[((index % size) + size) % size];
}

ChartView::ChartView(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

QSize ChartView::minimumSizeHint() const
{
    return {160, 120};
}

QSize ChartView::sizeHint() const
{
    return {480, 260};
}

// ---- data ----

const ChartView::Series* ChartView::find(const QString& id) const
{
    for (const Series& s : series_)
        if (s.id == id)
            return &s;
    return nullptr;
}

ChartView::Series* ChartView::find(const QString& id)
{
    for (Series& s : series_)
        if (s.id == id)
            return &s;
    return nullptr;
}

void ChartView::setSeries(const QString& id, const QString& label, std::vector<double> xs, std::vector<double> ys)
{
    Points points;
    points.steps = std::move(xs);
    points.values = std::move(ys);
    setSeries(id, label, std::move(points));
}

void ChartView::setSeries(const QString& id, const QString& label, Points points)
{
    mode_ = Mode::Lines;
    const size_t n = std::min(points.steps.size(), points.values.size());
    points.steps.resize(n);
    points.values.resize(n);
    if (points.tokens.size() != n)
        points.tokens.clear();
    if (points.wallTimes.size() != n)
        points.wallTimes.clear();
    Series* series = find(id);
    if (series == nullptr) {
        series_.push_back({id, label, paletteColor(nextColor_++), {}, {}, false});
        series = &series_.back();
    }
    series->label = label;
    series->points = std::move(points);
    series->smoothedValid = false;
    updateRanges();
}

void ChartView::appendPoints(const QString& id, std::vector<double> xs, std::vector<double> ys)
{
    Points points;
    points.steps = std::move(xs);
    points.values = std::move(ys);
    appendPoints(id, points);
}

void ChartView::appendPoints(const QString& id, const Points& points)
{
    Series* series = find(id);
    if (series == nullptr) {
        setSeries(id, id, points);
        return;
    }
    const size_t n = std::min(points.steps.size(), points.values.size());
    Points& p = series->points;
    const size_t before = p.steps.size();
    // A column kept only while every point has it: a mixed series would misplace points.
    const bool tokens = p.tokens.size() == before && points.tokens.size() == points.steps.size();
    const bool walls = p.wallTimes.size() == before && points.wallTimes.size() == points.steps.size();
    p.steps.insert(p.steps.end(), points.steps.begin(), points.steps.begin() + static_cast<long>(n));
    p.values.insert(p.values.end(), points.values.begin(), points.values.begin() + static_cast<long>(n));
    if (tokens)
        p.tokens.insert(p.tokens.end(), points.tokens.begin(), points.tokens.begin() + static_cast<long>(n));
    else
        p.tokens.clear();
    if (walls)
        p.wallTimes.insert(p.wallTimes.end(), points.wallTimes.begin(), points.wallTimes.begin() + static_cast<long>(n));
    else
        p.wallTimes.clear();
    // A resumed run may write a step again: keep the points in step order (the lookups and the
    // downsampling need it), the later write last.
    if (!std::is_sorted(p.steps.begin(), p.steps.end())) {
        std::vector<size_t> order(p.steps.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return p.steps[a] < p.steps[b]; });
        const auto permute = [&order](std::vector<double>& v) {
            if (v.size() != order.size())
                return;
            std::vector<double> sorted(v.size());
            for (size_t i = 0; i < order.size(); ++i)
                sorted[i] = v[order[i]];
            v = std::move(sorted);
        };
        permute(p.steps);
        permute(p.values);
        permute(p.tokens);
        permute(p.wallTimes);
    }
    series->smoothedValid = false;
    updateRanges();
}

void ChartView::removeSeries(const QString& id)
{
    std::erase_if(series_, [&](const Series& s) { return s.id == id; });
    updateRanges();
}

void ChartView::clearSeries()
{
    series_.clear();
    nextColor_ = 0;
    updateRanges();
}

QStringList ChartView::seriesIds() const
{
    QStringList ids;
    for (const Series& s : series_)
        ids << s.id;
    return ids;
}

QColor ChartView::seriesColor(const QString& id) const
{
    const Series* s = find(id);
    return s ? s->color : QColor();
}

const std::vector<double>& ChartView::smoothedValues(const QString& id) const
{
    static const std::vector<double> none;
    const Series* s = find(id);
    if (s == nullptr)
        return none;
    if (!s->smoothedValid) {
        s->smoothed = chart::emaSmooth(s->points.values, smoothing_);
        s->smoothedValid = true;
    }
    return s->smoothed;
}

// The x values of a series on the current x axis; nullptr when it has none there.
const std::vector<double>* ChartView::xsOf(const Series& series, std::vector<double>& scratch) const
{
    switch (xAxis_) {
    case XAxis::Step:
        return &series.points.steps;
    case XAxis::Tokens:
        return series.points.tokens.empty() ? nullptr : &series.points.tokens;
    case XAxis::WallTime:
        if (series.points.wallTimes.empty())
            return nullptr;
        // Relative: seconds since the series' first point, so runs started days apart overlay.
        scratch = series.points.wallTimes;
        for (double& t : scratch)
            t -= series.points.wallTimes.front();
        return &scratch;
    }
    return nullptr;
}

std::vector<size_t> ChartView::drawnIndices(const QString& id) const
{
    const Series* s = find(id);
    if (s == nullptr)
        return {};
    std::vector<double> scratch;
    const std::vector<double>* xs = xsOf(*s, scratch);
    if (xs == nullptr)
        return {};
    return chart::downsampleColumns(*xs, s->points.values, xMin_, xMax_, std::max(1, static_cast<int>(plotRect().width())));
}

void ChartView::setSmoothing(double weight)
{
    weight = std::clamp(weight, 0.0, 0.99);
    if (weight == smoothing_)
        return;
    smoothing_ = weight;
    for (Series& s : series_)
        s.smoothedValid = false;
    update();
}

void ChartView::setLogY(bool log)
{
    logY_ = log;
    updateRanges();
}

void ChartView::setXAxis(XAxis axis)
{
    xAxis_ = axis;
    updateRanges();
}

void ChartView::setAxisTitles(const QString& x, const QString& y)
{
    xTitle_ = x;
    yTitle_ = y;
    update();
}

void ChartView::setHistogram(std::vector<Bin> bins, bool logX)
{
    mode_ = Mode::Histogram;
    bins_ = std::move(bins);
    logX_ = logX;
    fixedXRange_.reset();
    updateRanges();
}

void ChartView::setXRange(double lo, double hi)
{
    fixedXRange_ = std::make_pair(lo, hi);
    updateRanges();
}

void ChartView::setYTicks(std::vector<double> ticks)
{
    fixedYTicks_ = std::move(ticks);
    updateRanges();
}

void ChartView::setMarkers(const QList<Marker>& markers)
{
    markers_ = markers;
    update();
}

void ChartView::setBars(std::vector<Bar> bars)
{
    mode_ = Mode::Bars;
    bars_ = std::move(bars);
    fixedXRange_.reset();
    updateRanges();
}

// The label column: as wide as the widest label, but at most 40% of the widget so the bars keep
// room; a wider label is elided there and shown whole in the hover.
double ChartView::barLabelWidth() const
{
    const QFontMetrics metrics(font());
    int widest = 0;
    for (const Bar& bar : bars_)
        widest = std::max(widest, metrics.horizontalAdvance(bar.label));
    return std::min<double>(widest, std::max(40.0, width() * 0.4));
}

QRectF ChartView::barRowRect(int index) const
{
    if (mode_ != Mode::Bars || index < 0 || index >= static_cast<int>(bars_.size()))
        return {};
    const QRectF plot = plotRect();
    const double row = plot.height() / static_cast<double>(bars_.size());
    return QRectF(plot.left(), plot.top() + row * index, plot.width(), row);
}

int ChartView::barAt(const QPoint& position) const
{
    const QRectF plot = plotRect();
    if (mode_ != Mode::Bars || bars_.empty() || !plot.contains(position))
        return -1;
    const double row = plot.height() / static_cast<double>(bars_.size());
    const int index = static_cast<int>((position.y() - plot.top()) / row);
    return std::clamp(index, 0, static_cast<int>(bars_.size()) - 1);
}

QString ChartView::barLabelShown(int index) const
{
    if (index < 0 || index >= static_cast<int>(bars_.size()))
        return {};
    return QFontMetrics(font()).elidedText(bars_[static_cast<size_t>(index)].label, Qt::ElideRight,
                                           static_cast<int>(barLabelWidth()));
}

std::optional<ChartView::Bin> ChartView::binAt(double x) const
{
    for (const Bin& bin : bins_)
        if (x >= bin.lo && x <= bin.hi)
            return bin;
    return std::nullopt;
}

bool ChartView::hasData() const
{
    if (mode_ == Mode::Histogram)
        return !bins_.empty();
    if (mode_ == Mode::Bars)
        return !bars_.empty();
    for (const Series& s : series_)
        if (!s.points.steps.empty())
            return true;
    return false;
}

void ChartView::updateRanges()
{
    double xLo = std::numeric_limits<double>::infinity(), xHi = -xLo;
    double yLo = xLo, yHi = -xLo;
    if (mode_ == Mode::Histogram) {
        for (const Bin& bin : bins_) {
            xLo = std::min(xLo, bin.lo);
            xHi = std::max(xHi, bin.hi);
            if (drawable(bin.count, logY_)) {
                yLo = std::min(yLo, bin.count);
                yHi = std::max(yHi, bin.count);
            }
        }
        yLo = logY_ ? std::min(yLo, 1.0) : 0.0;
    } else if (mode_ == Mode::Bars) {
        // Counts from 0 to a round number at or above the largest; the y axis is the rows.
        double largest = 0;
        for (const Bar& bar : bars_)
            if (std::isfinite(bar.count))
                largest = std::max(largest, bar.count);
        if (!bars_.empty()) {
            xLo = 0;
            xHi = chart::linearTicks(0, largest > 0 ? largest : 1).back();
        }
        yLo = 0;
        yHi = 1;
    } else {
        std::vector<double> scratch;
        for (const Series& s : series_) {
            const std::vector<double>* xs = xsOf(s, scratch);
            if (xs == nullptr || xs->empty())
                continue;
            xLo = std::min(xLo, xs->front());
            xHi = std::max(xHi, xs->back());
            for (double y : s.points.values) {
                if (!drawable(y, logY_))
                    continue;
                yLo = std::min(yLo, y);
                yHi = std::max(yHi, y);
            }
        }
    }
    if (fixedXRange_) {
        xLo = fixedXRange_->first;
        xHi = fixedXRange_->second;
    }
    if (!(xHi >= xLo)) { // nothing to draw
        xLo = logX_ ? 1 : 0;
        xHi = logX_ ? 10 : 1;
    } else if (xHi == xLo) {
        xLo -= logX_ ? xLo / 2 : 0.5;
        xHi += logX_ ? xHi : 0.5;
    }
    xMin_ = xLo;
    xMax_ = xHi;
    if (!(yHi >= yLo)) {
        yLo = logY_ ? 1 : 0;
        yHi = logY_ ? 10 : 1;
    }
    if (!fixedYTicks_.empty() && !logY_) {
        yMin_ = fixedYTicks_.front();
        yMax_ = fixedYTicks_.back();
    } else if (logY_) {
        yMin_ = std::pow(10.0, std::floor(std::log10(yLo)));
        yMax_ = std::pow(10.0, std::ceil(std::log10(yHi)));
        if (yMax_ <= yMin_)
            yMax_ = yMin_ * 10;
        if (mode_ == Mode::Histogram)
            yMin_ = std::min(yMin_, 0.5); // a bin of one document still shows
    } else {
        const std::vector<double> ticks = chart::linearTicks(yLo, yHi);
        yMin_ = ticks.front();
        yMax_ = ticks.back();
    }
    update();
}

std::vector<double> ChartView::xTicks() const
{
    std::vector<double> ticks = logX_ && mode_ == Mode::Histogram ? chart::logTicks(xMin_, xMax_)
                                                                   : chart::linearTicks(xMin_, xMax_);
    const double slack = (xMax_ - xMin_) * 1e-9;
    std::erase_if(ticks, [&](double t) { return t < xMin_ - slack || t > xMax_ + slack; });
    return ticks;
}

std::vector<double> ChartView::yTicks() const
{
    if (mode_ == Mode::Bars)
        return {}; // rows of categories, labelled by paintBars
    if (logY_) {
        std::vector<double> ticks = chart::logTicks(std::max(yMin_, 1e-300), yMax_);
        if (mode_ == Mode::Histogram)
            std::erase_if(ticks, [](double t) { return t < 1; }); // counts are whole
        return ticks;
    }
    if (!fixedYTicks_.empty())
        return fixedYTicks_;
    return chart::linearTicks(yMin_, yMax_);
}

QStringList ChartView::xTickLabels() const
{
    QStringList labels;
    for (double t : xTicks())
        labels << chart::tickLabel(t);
    return labels;
}

// ---- geometry ----

QRectF ChartView::plotRect() const
{
    const QFontMetrics metrics(font());
    int labelWidth = 0;
    for (double t : yTicks())
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(chart::tickLabel(t)));
    if (mode_ == Mode::Bars)
        labelWidth = static_cast<int>(std::ceil(barLabelWidth()));
    const double left = labelWidth + 10 + (yTitle_.isEmpty() ? 0 : metrics.height() + 2);
    double top = 8;
    if (mode_ == Mode::Lines && !series_.empty())
        top += metrics.height() + 6; // the legend
    const double bottom = metrics.height() + 8 + (xTitle_.isEmpty() ? 0 : metrics.height() + 2);
    const double right = 12;
    return QRectF(left, top, std::max(10.0, width() - left - right), std::max(10.0, height() - top - bottom));
}

double ChartView::mapX(double x) const
{
    return mapX(x, plotRect());
}

double ChartView::mapY(double y) const
{
    return mapY(y, plotRect());
}

// With the plot rectangle given: painting maps thousands of points and computes it once.
double ChartView::mapX(double x, const QRectF& plot) const
{
    double fraction;
    if (logX_ && mode_ == Mode::Histogram) {
        x = std::max(x, xMin_); // a log axis has no 0: values at or below it sit at its floor
        fraction = (std::log10(x) - std::log10(xMin_)) / (std::log10(xMax_) - std::log10(xMin_));
    } else {
        fraction = (x - xMin_) / (xMax_ - xMin_);
    }
    return plot.left() + fraction * plot.width();
}

double ChartView::unmapX(double px) const
{
    const QRectF plot = plotRect();
    const double fraction = (px - plot.left()) / plot.width();
    if (logX_ && mode_ == Mode::Histogram)
        return std::pow(10.0, std::log10(xMin_) + fraction * (std::log10(xMax_) - std::log10(xMin_)));
    return xMin_ + fraction * (xMax_ - xMin_);
}

double ChartView::mapY(double y, const QRectF& plot) const
{
    double fraction;
    if (logY_)
        fraction = (std::log10(std::max(y, yMin_)) - std::log10(yMin_)) / (std::log10(yMax_) - std::log10(yMin_));
    else
        fraction = (y - yMin_) / (yMax_ - yMin_);
    return plot.bottom() - fraction * plot.height();
}

double ChartView::valueAt(const QPoint& position) const
{
    return std::clamp(unmapX(position.x()), xMin_, xMax_);
}

QPoint ChartView::positionOf(double x) const
{
    return QPoint(static_cast<int>(std::lround(mapX(x))), static_cast<int>(plotRect().center().y()));
}

double ChartView::yPositionOf(double y) const
{
    return mapY(y);
}

// ---- hover ----

QList<ChartView::HoverValue> ChartView::valuesAt(double x) const
{
    QList<HoverValue> values;
    std::vector<double> scratch;
    for (const Series& s : series_) {
        const std::vector<double>* xs = xsOf(s, scratch);
        const long i = xs ? chart::nearestIndex(*xs, x) : -1;
        if (i < 0)
            continue;
        const std::vector<double>& smoothed = smoothedValues(s.id);
        values.append({s.id, s.label, (*xs)[static_cast<size_t>(i)], s.points.values[static_cast<size_t>(i)],
                       smoothed[static_cast<size_t>(i)]});
    }
    return values;
}

QString ChartView::hoverText(const QPoint& position) const
{
    if (!plotRect().contains(position) || !hasData())
        return {};
    const double x = valueAt(position);
    const QLocale locale;
    if (mode_ == Mode::Histogram) {
        const std::optional<Bin> bin = binAt(x);
        if (!bin)
            return {};
        return tr("%1 to %2: %3", "histogram bin: low edge, high edge, count")
            .arg(chart::tickLabel(bin->lo), chart::tickLabel(bin->hi), locale.toString(static_cast<qint64>(bin->count)));
    }
    if (mode_ == Mode::Bars) {
        const int index = barAt(position);
        if (index < 0)
            return {};
        double total = 0;
        for (const Bar& b : bars_)
            if (std::isfinite(b.count))
                total += b.count;
        const Bar& bar = bars_[static_cast<size_t>(index)];
        const QString count = locale.toString(bar.count, 'f', bar.count == std::round(bar.count) ? 0 : 2);
        if (!(total > 0))
            return tr("%1: %2", "bar: label, count").arg(bar.label, count);
        return tr("%1\n%2 (%3% of all bars)", "bar: label, then count and share in percent")
            .arg(bar.label, count, locale.toString(100.0 * bar.count / total, 'f', 1));
    }
    const QList<HoverValue> values = valuesAt(x);
    if (values.isEmpty())
        return {};
    QStringList lines;
    lines << (xTitle_.isEmpty() ? chart::tickLabel(values.front().x)
                                : tr("%1: %2", "axis title: value").arg(xTitle_, chart::tickLabel(values.front().x)));
    for (const HoverValue& v : values) {
        if (smoothing_ > 0)
            lines << tr("%1: %2 (raw %3)", "series: smoothed value (raw value)")
                         .arg(v.label, locale.toString(v.smoothed, 'g', 5), locale.toString(v.raw, 'g', 5));
        else
            lines << tr("%1: %2", "series: value").arg(v.label, locale.toString(v.raw, 'g', 5));
    }
    return lines.join(QLatin1Char('\n'));
}

// ---- export ----

QString ChartView::csvText() const
{
    QString text;
    if (mode_ == Mode::Histogram) {
        text += QStringLiteral("bin_low,bin_high,count\n");
        for (const Bin& bin : bins_)
            text += exact(bin.lo) + QLatin1Char(',') + exact(bin.hi) + QLatin1Char(',') + exact(bin.count) + QLatin1Char('\n');
        return text;
    }
    if (mode_ == Mode::Bars) {
        text += QStringLiteral("label,count\n");
        for (const Bar& bar : bars_)
            text += csvField(bar.label) + QLatin1Char(',') + exact(bar.count) + QLatin1Char('\n');
        return text;
    }
    text += QStringLiteral("series,label,step,tokens,wall_time,value\n");
    for (const Series& s : series_) {
        const Points& p = s.points;
        const QString prefix = csvField(s.id) + QLatin1Char(',') + csvField(s.label) + QLatin1Char(',');
        for (size_t i = 0; i < p.steps.size(); ++i) {
            text += prefix + exact(p.steps[i]) + QLatin1Char(',') + (p.tokens.empty() ? QString() : exact(p.tokens[i]))
                    + QLatin1Char(',') + (p.wallTimes.empty() ? QString() : exact(p.wallTimes[i])) + QLatin1Char(',')
                    + exact(p.values[i]) + QLatin1Char('\n');
        }
    }
    return text;
}

bool ChartView::exportCsv(const QString& path, QString* error) const
{
    QSaveFile file(path);
    const QByteArray bytes = csvText().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error != nullptr)
            *error = tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ChartView::exportPng(const QString& path)
{
    return grab().save(path, "PNG");
}

QWidget* ChartView::createControls(QWidget* parent)
{
    auto* controls = new QWidget(parent);
    controls->setObjectName(QStringLiteral("chartControls"));
    auto* layout = new QHBoxLayout(controls);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* smoothingLabel = new QLabel(tr("Smoothing"), controls);
    auto* slider = new QSlider(Qt::Horizontal, controls);
    slider->setObjectName(QStringLiteral("chartSmoothing"));
    slider->setRange(0, 99);
    slider->setValue(static_cast<int>(std::lround(smoothing_ * 100)));
    slider->setMaximumWidth(160);
    slider->setToolTip(tr("Exponential moving average of the values, as TensorBoard draws it; the raw "
                          "values stay visible behind the smoothed line."));
    auto* smoothingValue = new QLabel(QString::number(smoothing_, 'f', 2), controls);
    connect(slider, &QSlider::valueChanged, this, [this, smoothingValue](int value) {
        setSmoothing(value / 100.0);
        smoothingValue->setText(QString::number(smoothing_, 'f', 2));
    });
    auto* log = new QCheckBox(tr("Log scale"), controls);
    log->setObjectName(QStringLiteral("chartLogY"));
    log->setChecked(logY_);
    connect(log, &QCheckBox::toggled, this, &ChartView::setLogY);
    auto* xAxis = new QComboBox(controls);
    xAxis->setObjectName(QStringLiteral("chartXAxis"));
    xAxis->addItem(tr("Step"), static_cast<int>(XAxis::Step));
    xAxis->addItem(tr("Tokens"), static_cast<int>(XAxis::Tokens));
    xAxis->addItem(tr("Wall time"), static_cast<int>(XAxis::WallTime));
    xAxis->setCurrentIndex(xAxis->findData(static_cast<int>(xAxis_)));
    connect(xAxis, &QComboBox::activated, this,
            [this, xAxis](int index) { setXAxis(static_cast<XAxis>(xAxis->itemData(index).toInt())); });
    const bool lines = mode_ == Mode::Lines;
    for (QWidget* w : {static_cast<QWidget*>(smoothingLabel), static_cast<QWidget*>(slider),
                       static_cast<QWidget*>(smoothingValue), static_cast<QWidget*>(xAxis)})
        w->setVisible(lines);
    log->setVisible(mode_ != Mode::Bars); // the bars' axis is categories
    layout->addWidget(smoothingLabel);
    layout->addWidget(slider);
    layout->addWidget(smoothingValue);
    layout->addWidget(log);
    layout->addWidget(xAxis);
    layout->addStretch(1);
    addExportButtons(controls, layout);
    return controls;
}

QWidget* ChartView::createExportControls(QWidget* parent)
{
    auto* controls = new QWidget(parent);
    controls->setObjectName(QStringLiteral("chartControls"));
    auto* layout = new QHBoxLayout(controls);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch(1);
    addExportButtons(controls, layout);
    return controls;
}

void ChartView::addExportButtons(QWidget* controls, QHBoxLayout* layout)
{
    auto* savePng = new QPushButton(tr("Save image…"), controls);
    auto* saveCsv = new QPushButton(tr("Save data…"), controls);
    const auto choose = [this](const QString& caption, const QString& filter, const QString& suffix,
                               std::function<void(const QString&)> save) {
        QFileDialog* dialog = createFileDialog(this, caption, QString(), filter);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(suffix);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, std::move(save));
        dialog->open();
    };
    connect(savePng, &QPushButton::clicked, this, [this, choose] {
        choose(tr("Save chart image"), tr("PNG images (*.png)"), QStringLiteral("png"),
               [this](const QString& path) { exportPng(path); });
    });
    connect(saveCsv, &QPushButton::clicked, this, [this, choose] {
        choose(tr("Save chart data"), tr("CSV files (*.csv)"), QStringLiteral("csv"),
               [this](const QString& path) { exportCsv(path); });
    });
    layout->addWidget(savePng);
    layout->addWidget(saveCsv);
}

// ---- painting ----

void ChartView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    update();
}

void ChartView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF plot = plotRect();
    paintAxes(painter, plot);
    painter.save();
    painter.setClipRect(plot.adjusted(-1, -1, 1, 1));
    if (mode_ == Mode::Histogram) {
        paintHistogram(painter, plot);
        paintMarkers(painter, plot);
    } else if (mode_ == Mode::Bars) {
        painter.restore();
        paintBars(painter, plot); // the labels lie left of the plot, outside the clip
        painter.save();
    } else {
        paintLines(painter, plot);
        paintMarkers(painter, plot); // e.g. a threshold on a curve computed from settings
    }
    painter.restore();
    if (mode_ == Mode::Lines)
        paintLegend(painter);
    paintHover(painter, plot);
}

void ChartView::paintAxes(QPainter& painter, const QRectF& plot) const
{
    const QFontMetrics metrics(font());
    painter.setPen(QPen(kGridColor, 1));
    const std::vector<double> xs = xTicks();
    const std::vector<double> ys = yTicks();
    for (double t : ys) {
        const double y = mapY(t, plot);
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }
    for (double t : xs) {
        const double x = mapX(t, plot);
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    painter.setPen(QPen(kAxisColor, 1));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    painter.setPen(palette().color(QPalette::Text));
    for (double t : ys) {
        const QString label = chart::tickLabel(t);
        const double y = mapY(t, plot);
        painter.drawText(QRectF(plot.left() - 6 - metrics.horizontalAdvance(label), y - metrics.height() / 2.0,
                                metrics.horizontalAdvance(label), metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, label);
    }
    for (double t : xs) {
        const QString label = chart::tickLabel(t);
        const double w = metrics.horizontalAdvance(label);
        double x = mapX(t, plot) - w / 2;
        x = std::clamp(x, 0.0, std::max(0.0, width() - w));
        painter.drawText(QRectF(x, plot.bottom() + 3, w, metrics.height()), Qt::AlignCenter, label);
    }
    if (!xTitle_.isEmpty())
        painter.drawText(QRectF(plot.left(), plot.bottom() + 4 + metrics.height(), plot.width(), metrics.height()),
                         Qt::AlignCenter, xTitle_);
    if (!yTitle_.isEmpty()) {
        painter.save();
        painter.translate(2, plot.center().y());
        painter.rotate(-90);
        painter.drawText(QRectF(-plot.height() / 2, 0, plot.height(), metrics.height()), Qt::AlignCenter, yTitle_);
        painter.restore();
    }
}

void ChartView::paintLines(QPainter& painter, const QRectF& plot) const
{
    const int columns = std::max(1, static_cast<int>(plot.width()));
    std::vector<double> scratch;
    const auto drawLine = [&](const std::vector<double>& xs, const std::vector<double>& ys, const QPen& pen) {
        const std::vector<size_t> kept = chart::downsampleColumns(xs, ys, xMin_, xMax_, columns);
        painter.setPen(pen);
        QPolygonF segment;
        const auto flush = [&] {
            if (segment.size() == 1)
                painter.drawPoint(segment.front());
            else if (segment.size() > 1)
                painter.drawPolyline(segment);
            segment.clear();
        };
        for (size_t i : kept) {
            if (!drawable(ys[i], logY_)) { // a gap: NaN, or a value a log axis cannot show
                flush();
                continue;
            }
            segment << QPointF(mapX(xs[i], plot), mapY(ys[i], plot));
        }
        flush();
    };
    for (const Series& s : series_) {
        const std::vector<double>* xs = xsOf(s, scratch);
        if (xs == nullptr)
            continue;
        if (smoothing_ > 0) {
            QColor faint = s.color;
            faint.setAlpha(70);
            drawLine(*xs, s.points.values, QPen(faint, 1.0));
            drawLine(*xs, smoothedValues(s.id), QPen(s.color, 1.8));
        } else {
            drawLine(*xs, s.points.values, QPen(s.color, 1.5));
        }
    }
}

void ChartView::paintHistogram(QPainter& painter, const QRectF& plot) const
{
    painter.setPen(QPen(kBarColor.darker(130), 1));
    painter.setBrush(kBarColor);
    for (const Bin& bin : bins_) {
        if (!drawable(bin.count, logY_) || bin.count <= 0)
            continue;
        const double left = mapX(bin.lo, plot);
        const double right = mapX(bin.hi, plot);
        const double top = mapY(bin.count, plot);
        painter.drawRect(QRectF(QPointF(left, top), QPointF(std::max(right, left + 1), plot.bottom())));
    }
    painter.setBrush(Qt::NoBrush);
}

void ChartView::paintBars(QPainter& painter, const QRectF& plot) const
{
    if (bars_.empty())
        return;
    const QFontMetrics metrics(font());
    const double row = plot.height() / static_cast<double>(bars_.size());
    const int hovered = hover_ && dragging_ < 0 ? barAt(*hover_) : -1;
    const QLocale locale;
    for (size_t i = 0; i < bars_.size(); ++i) {
        const Bar& bar = bars_[i];
        const double top = plot.top() + row * static_cast<double>(i);
        const double centre = top + row / 2;
        painter.setPen(palette().color(QPalette::Text));
        const QString label = barLabelShown(static_cast<int>(i));
        painter.drawText(QRectF(0, top, plot.left() - 6, row), Qt::AlignRight | Qt::AlignVCenter, label);
        if (!std::isfinite(bar.count) || bar.count <= 0)
            continue;
        const double thickness = std::max(1.0, row * 0.7);
        const double right = std::min(mapX(bar.count, plot), plot.right());
        const QRectF rect(QPointF(plot.left(), centre - thickness / 2), QPointF(std::max(right, plot.left() + 1), centre + thickness / 2));
        painter.setPen(QPen(kBarColor.darker(130), 1));
        painter.setBrush(static_cast<int>(i) == hovered ? kBarColor.darker(120) : kBarColor);
        painter.drawRect(rect);
        // The count at the bar's end, inside the bar when the plot has no room right of it.
        const QString count = locale.toString(bar.count, 'f', bar.count == std::round(bar.count) ? 0 : 2);
        const double w = metrics.horizontalAdvance(count);
        if (metrics.height() > row)
            continue;
        if (rect.right() + 4 + w <= plot.right()) {
            painter.setPen(palette().color(QPalette::Text));
            painter.drawText(QRectF(rect.right() + 4, top, w + 1, row), Qt::AlignLeft | Qt::AlignVCenter, count);
        } else if (w + 8 <= rect.width()) {
            painter.setPen(Qt::white);
            painter.drawText(QRectF(rect.right() - 4 - w, top, w + 1, row), Qt::AlignLeft | Qt::AlignVCenter, count);
        }
    }
    painter.setBrush(Qt::NoBrush);
}

void ChartView::paintMarkers(QPainter& painter, const QRectF& plot) const
{
    for (const Marker& m : markers_) {
        const double value = logX_ ? std::max(m.value, xMin_) : m.value;
        const bool inRange = value >= xMin_ && value <= xMax_;
        const double x = mapX(std::clamp(value, xMin_, xMax_), plot);
        // A threshold beyond the axis is not drawn as a line at the edge, which would look like a
        // real threshold there; the shade still shows what it removes (nothing, or everything).
        if (m.enabled && m.shade != Marker::Shade::None) {
            const QRectF shade = m.shade == Marker::Shade::Below ? QRectF(QPointF(plot.left(), plot.top()), QPointF(x, plot.bottom()))
                                                                 : QRectF(QPointF(x, plot.top()), QPointF(plot.right(), plot.bottom()));
            painter.fillRect(shade, kShadeColor);
        }
        if (!inRange)
            continue;
        QPen pen(m.enabled ? kMarkerColor : kDisabledColor, 2.0);
        if (!m.enabled)
            pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
}

void ChartView::paintLegend(QPainter& painter) const
{
    const QFontMetrics metrics(font());
    double x = plotRect().left();
    const double y = 6;
    for (const Series& s : series_) {
        painter.fillRect(QRectF(x, y + (metrics.height() - kLegendSwatch) / 2.0, kLegendSwatch, kLegendSwatch), s.color);
        x += kLegendSwatch + 4;
        painter.setPen(palette().color(QPalette::Text));
        const double w = metrics.horizontalAdvance(s.label);
        painter.drawText(QRectF(x, y, w + 1, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter, s.label);
        x += w + 14;
    }
}

void ChartView::paintHover(QPainter& painter, const QRectF& plot) const
{
    if (!hover_ || dragging_ >= 0)
        return;
    const QString text = hoverText(*hover_);
    if (text.isEmpty())
        return;
    const double x = hover_->x();
    if (mode_ != Mode::Bars) { // a bar under the mouse is highlighted instead
        painter.setPen(QPen(kHoverColor, 1, Qt::DashLine));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    if (mode_ == Mode::Lines) {
        for (const HoverValue& v : valuesAt(valueAt(*hover_))) {
            const double y = smoothing_ > 0 ? v.smoothed : v.raw;
            if (!drawable(y, logY_))
                continue;
            painter.setPen(Qt::NoPen);
            painter.setBrush(seriesColor(v.id));
            painter.drawEllipse(QPointF(mapX(v.x, plot), mapY(y, plot)), 3.5, 3.5);
        }
        painter.setBrush(Qt::NoBrush);
    }
    const QFontMetrics metrics(font());
    // A long bar label wraps anywhere (a URL has no spaces) so the box stays inside the widget.
    const int flags = Qt::AlignLeft | Qt::AlignTop | (mode_ == Mode::Bars ? Qt::TextWrapAnywhere : 0);
    const int maxWidth = mode_ == Mode::Bars ? std::max(60, width() - 12) : 400;
    const QRect box = metrics.boundingRect(QRect(0, 0, maxWidth, 400), flags, text).adjusted(-6, -4, 6, 4);
    QRectF at(QPointF(x + 10, plot.top() + 4), QSizeF(box.size()));
    if (mode_ == Mode::Bars) // beside the row hovered, which a box at the top could be far from
        at.moveTop(std::clamp(hover_->y() + 12.0, 0.0, std::max(0.0, height() - at.height())));
    if (at.right() > width())
        at.moveRight(x - 10);
    if (at.left() < 0)
        at.moveLeft(0);
    QColor background = palette().color(QPalette::ToolTipBase);
    background.setAlpha(235);
    painter.setPen(QPen(kAxisColor, 1));
    painter.setBrush(background);
    painter.drawRoundedRect(at, 3, 3);
    painter.setPen(palette().color(QPalette::ToolTipText));
    painter.drawText(at.adjusted(6, 4, -6, -4), flags, text);
}

// ---- mouse ----

int ChartView::markerNear(const QPoint& position) const
{
    int best = -1;
    int bestDistance = kGrabPixels + 1;
    for (const Marker& m : markers_) {
        const double value = logX_ ? std::max(m.value, xMin_) : m.value;
        if (!m.draggable || value < xMin_ || value > xMax_)
            continue;
        const int distance = std::abs(positionOf(value).x() - position.x());
        if (distance < bestDistance) {
            best = m.id;
            bestDistance = distance;
        }
    }
    return best;
}

void ChartView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && mode_ == Mode::Histogram && hasData()) {
        dragging_ = markerNear(event->position().toPoint());
        if (dragging_ >= 0) {
            event->accept();
            update();
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

void ChartView::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint position = event->position().toPoint();
    if (dragging_ >= 0) {
        const double value = valueAt(position);
        for (Marker& m : markers_)
            if (m.id == dragging_)
                m.value = value;
        update();
        Q_EMIT markerDragged(dragging_, value);
        event->accept();
        return;
    }
    setCursor(mode_ == Mode::Histogram && hasData() && markerNear(position) >= 0 ? Qt::SizeHorCursor : Qt::ArrowCursor);
    hover_ = position;
    update();
    QWidget::mouseMoveEvent(event);
}

void ChartView::mouseReleaseEvent(QMouseEvent* event)
{
    if (dragging_ >= 0 && event->button() == Qt::LeftButton) {
        const int id = dragging_;
        dragging_ = -1;
        Q_EMIT markerReleased(id, valueAt(event->position().toPoint()));
        event->accept();
        update();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void ChartView::leaveEvent(QEvent* event)
{
    hover_.reset();
    update();
    QWidget::leaveEvent(event);
}

} // namespace adaptlab
