#include "chart_math.h"

#include <algorithm>
#include <cmath>

namespace adaptlab::chart {

std::vector<double> emaSmooth(const std::vector<double>& values, double weight)
{
    weight = std::clamp(weight, 0.0, 0.999999);
    std::vector<double> smoothed(values.size());
    const bool constant = std::all_of(values.begin(), values.end(),
                                      [&](double v) { return !values.empty() && v == values.front(); });
    double last = 0;
    int accumulated = 0;
    for (size_t i = 0; i < values.size(); ++i) {
        const double value = values[i];
        if (constant || !std::isfinite(value)) {
            smoothed[i] = value;
            continue;
        }
        last = last * weight + (1 - weight) * value;
        ++accumulated;
        smoothed[i] = last / (1 - std::pow(weight, accumulated));
    }
    return smoothed;
}

std::vector<double> linearTicks(double lo, double hi, int target)
{
    if (!std::isfinite(lo) || !std::isfinite(hi))
        return {};
    if (hi < lo)
        std::swap(lo, hi);
    if (hi == lo) {
        const double pad = lo == 0 ? 1 : std::abs(lo) / 10;
        lo -= pad;
        hi += pad;
    }
    target = std::max(target, 1);
    const double raw = (hi - lo) / target;
    const double decade = std::pow(10.0, std::floor(std::log10(raw)));
    double step = decade * 10;
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        if ((hi - lo) / (factor * decade) <= target + 1 + 1e-9) {
            step = factor * decade;
            break;
        }
    }
    const double first = std::floor(lo / step + 1e-9) * step;
    const double last = std::ceil(hi / step - 1e-9) * step;
    std::vector<double> ticks;
    for (long i = 0;; ++i) {
        double tick = first + static_cast<double>(i) * step;
        if (std::abs(tick) < step * 1e-9)
            tick = 0; // no "-0" or 1e-17 from rounding
        ticks.push_back(tick);
        if (tick >= last - step * 1e-9)
            break;
    }
    return ticks;
}

std::vector<double> logTicks(double lo, double hi, int maxTicks)
{
    if (!(lo > 0) || !(hi > 0))
        return {};
    if (hi < lo)
        std::swap(lo, hi);
    const double a = std::log10(lo);
    const double b = std::log10(hi);
    std::vector<double> all;
    std::vector<double> decades;
    for (int p = static_cast<int>(std::floor(a)); p <= static_cast<int>(std::ceil(b)); ++p) {
        for (const double factor : {1.0, 2.0, 5.0}) {
            const double v = factor * std::pow(10.0, p);
            if (std::log10(v) < a - 1e-9 || std::log10(v) > b + 1e-9)
                continue;
            all.push_back(v);
            if (factor == 1.0)
                decades.push_back(v);
        }
    }
    // Under three decades the 2s and 5s are shown too, so a narrow range still reads.
    std::vector<double> shown = decades.size() >= 3 ? decades : all;
    while (static_cast<int>(shown.size()) > std::max(maxTicks, 2)) {
        std::vector<double> thinned;
        for (size_t i = 0; i < shown.size(); i += 2)
            thinned.push_back(shown[i]);
        shown = std::move(thinned);
    }
    return shown;
}

QString tickLabel(double value)
{
    struct Unit {
        double size;
        const char* suffix;
    };
    static constexpr Unit units[] = {{1e12, "T"}, {1e9, "G"}, {1e6, "M"}, {1e3, "k"}};
    for (const Unit& unit : units) {
        if (std::abs(value) >= unit.size)
            return QString::number(value / unit.size, 'g', 3) + QLatin1String(unit.suffix);
    }
    return QString::number(value, 'g', 3);
}

long nearestIndex(const std::vector<double>& xs, double x)
{
    if (xs.empty())
        return -1;
    const auto it = std::lower_bound(xs.begin(), xs.end(), x);
    if (it == xs.begin())
        return 0;
    if (it == xs.end())
        return static_cast<long>(xs.size()) - 1;
    const auto before = std::prev(it);
    return static_cast<long>((x - *before <= *it - x ? before : it) - xs.begin());
}

std::vector<size_t> downsampleColumns(const std::vector<double>& xs, const std::vector<double>& ys, double x0,
                                      double x1, int columns)
{
    std::vector<size_t> kept;
    const size_t n = std::min(xs.size(), ys.size());
    if (n == 0)
        return kept;
    size_t begin = static_cast<size_t>(std::lower_bound(xs.begin(), xs.begin() + static_cast<long>(n), x0) - xs.begin());
    size_t end = static_cast<size_t>(std::upper_bound(xs.begin(), xs.begin() + static_cast<long>(n), x1) - xs.begin());
    if (begin > 0)
        --begin; // the point before the range: the line enters the plot from it
    if (end < n)
        ++end;
    columns = std::max(columns, 1);
    if (end - begin <= static_cast<size_t>(columns) * 4 || !(x1 > x0)) {
        for (size_t i = begin; i < end; ++i)
            kept.push_back(i);
        return kept;
    }
    const double width = (x1 - x0) / columns;
    size_t i = begin;
    while (i < end) {
        const long column = std::clamp(static_cast<long>(std::floor((xs[i] - x0) / width)), -1L, static_cast<long>(columns));
        size_t first = i, low = i, high = i, last = i;
        for (++i; i < end; ++i) {
            const long c = std::clamp(static_cast<long>(std::floor((xs[i] - x0) / width)), -1L, static_cast<long>(columns));
            if (c != column)
                break;
            if (ys[i] < ys[low] || std::isnan(ys[low]))
                low = i;
            if (ys[i] > ys[high] || std::isnan(ys[high]))
                high = i;
            last = i;
        }
        size_t picks[] = {first, low, high, last};
        std::sort(std::begin(picks), std::end(picks));
        for (size_t pick : picks)
            if (kept.empty() || kept.back() != pick)
                kept.push_back(pick);
    }
    return kept;
}

} // namespace adaptlab::chart
