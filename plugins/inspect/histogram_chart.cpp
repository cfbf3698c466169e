#include "histogram_chart.h"

#include "chart_math.h"

#include <algorithm>
#include <cmath>

namespace adaptlab::corpus_panel {

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
    return chart::tickLabel(value);
}

HistogramChart::HistogramChart(QWidget* parent) : ChartView(parent)
{
    setMinimumHeight(170);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    setFont(small);
}

void HistogramChart::setHistogram(const corpus::Histogram& histogram)
{
    const size_t binCount = histogram.counts.size();
    const bool log = histogram.logBins;
    if (binCount == 0 || histogram.edges.size() != binCount + 1) {
        setHistogram({}, log);
        return;
    }
    std::vector<double> edges = histogram.edges;
    if (log) {
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
    const bool share = !log && histogram.min >= 0 && histogram.max <= 1;
    std::vector<Bin> bars;
    for (size_t i = 0; i < binCount; ++i) {
        double lo = edges[i];
        double hi = edges[i + 1];
        const auto count = static_cast<double>(histogram.counts[i]);
        if (share && lo >= 1.0) {
            if (count == 0)
                continue;
            if (!bars.empty() && bars.back().hi >= 1.0 - 1e-9) {
                bars.back().count += count;
                continue;
            }
            lo = std::max(bars.empty() ? 0.0 : bars.back().hi, 1.0 - std::min(0.025, hi - lo));
            hi = 1.0;
        } else if (share) {
            hi = std::min(hi, 1.0);
            lo = std::max(lo, 0.0);
        }
        if (hi > lo)
            bars.push_back({lo, hi, count});
    }
    if (bars.empty()) {
        setHistogram({}, log);
        return;
    }
    qint64 largest = 0;
    qint64 total = 0;
    for (const Bin& bar : bars) {
        largest = std::max(largest, static_cast<qint64>(bar.count));
        total += static_cast<qint64>(bar.count);
    }
    const CountAxis counts = countAxis(largest, total);
    countStep_ = counts.step;
    std::vector<double> ticks;
    for (double t = 0; t < counts.top - 1e-9; t += counts.step)
        ticks.push_back(t);
    ticks.push_back(counts.top);

    double lo = share ? 0.0 : bars.front().lo;
    double hi = share ? 1.0 : bars.back().hi;
    if (!log && !share) { // a linear axis ends at round numbers
        const std::vector<double> round = chart::linearTicks(lo, hi);
        lo = round.front();
        hi = round.back();
    }
    setHistogram(std::move(bars), log);
    setXRange(lo, hi);
    setYTicks(std::move(ticks));
}

const ChartView::Marker* HistogramChart::markerOf(int rule) const
{
    for (const Marker& m : markers())
        if (m.id == rule)
            return &m;
    return nullptr;
}

} // namespace adaptlab::corpus_panel
