// The arithmetic behind ChartView, free of widgets so that it can be tested against independent
// computations: TensorBoard's smoothing, axis ticks people can read, the point under the mouse,
// and the per-pixel-column reduction that lets a million points draw as fast as a thousand.
#pragma once

#include "adaptlab_widgets_export.h"

#include <QString>

#include <cstddef>
#include <vector>

namespace adaptlab::chart {

// TensorBoard's debiased exponential moving average (its "smoothing" slider): with weight w,
// last = w * last + (1 - w) * y over the finite values, each divided by 1 - w^n (n finite values
// so far) so that the start is not pulled towards 0. Non-finite values pass through unchanged,
// as does a series whose values are all equal. weight is clamped to [0, 1).
ADAPTLAB_WIDGETS_EXPORT std::vector<double> emaSmooth(const std::vector<double>& values, double weight);

// Ticks every 1, 2 or 5 times a power of ten covering [lo, hi], about `target` of them (at most
// target + 2), the first at or below lo and the last at or above hi. lo == hi gets a range
// around it.
ADAPTLAB_WIDGETS_EXPORT std::vector<double> linearTicks(double lo, double hi, int target = 5);

// Ticks of a log axis over [lo, hi] (both > 0): the powers of ten inside it, with 2 and 5 times
// them too while fewer than three decades are inside; thinned to every other one past maxTicks.
// Empty when lo or hi is not positive.
ADAPTLAB_WIDGETS_EXPORT std::vector<double> logTicks(double lo, double hi, int maxTicks = 8);

// A tick's label: SI suffixes (1k, 20k, 1M, 5G) from a thousand up, else up to three significant
// digits (0.5, 100); the same in every language the app speaks.
ADAPTLAB_WIDGETS_EXPORT QString tickLabel(double value);

// The index of the x nearest to `x` in xs (sorted ascending); -1 when xs is empty. On a tie the
// earlier point.
ADAPTLAB_WIDGETS_EXPORT long nearestIndex(const std::vector<double>& xs, double x);

// The points to draw for a series with more points than pixel columns: the [x0, x1] range is cut
// into `columns` equal columns, and each column that holds points keeps its first, lowest,
// highest and last point (in x order, without repeats), so every spike and every column's range
// stays visible. xs sorted ascending. Returns indices into xs/ys; with no more points in range than
// 4 * columns, every index in range. Points outside [x0, x1] are dropped except the nearest one
// on each side, so a line still enters and leaves the plot.
ADAPTLAB_WIDGETS_EXPORT std::vector<size_t> downsampleColumns(const std::vector<double>& xs,
                                                              const std::vector<double>& ys, double x0,
                                                              double x1, int columns);

} // namespace adaptlab::chart
