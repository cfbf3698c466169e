// The curves of a training run, from the metric points the run writes to the store (names as the
// trainer writes them: train_loss, heldout_loss per source, lr, grad_norm, tokens_per_second, mfu),
// sorted into the Train panel's four charts. Points arrive in deltas (StoreReader's metricsSince);
// a step written again replaces its point, and the curve is then redrawn rather than appended to.
#pragma once

#include "chart_view.h"

#include "store/project_store.h"

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace adaptlab::train_panel {

enum class TrainChart { Loss, Heldout, LearningRate, Throughput };

struct CurveKey {
    TrainChart chart = TrainChart::Loss;
    QString id;     // the series id in its chart: the metric name, or "heldout_loss/SOURCE"
    QString label;  // legend text
};

// Where a metric goes; std::nullopt for the ones no chart shows (grad_norm, mfu: in the status line).
std::optional<CurveKey> curveOf(const std::string& name, const std::string& source);

class RunCurves {
public:
    struct Update {
        CurveKey key;
        bool replace = false;       // redraw the whole series from points()
        ChartView::Points appended; // otherwise: the points to append
    };

    void clear();
    // Takes a delta; returns one update per series it touched.
    std::vector<Update> add(const std::vector<store::MetricPoint>& points);
    // Every point of a series, by step.
    ChartView::Points points(const QString& id) const;
    // The last value of a metric by name (any source), for the status line; nullopt when none.
    std::optional<double> latest(const std::string& name) const;
    qint64 lastStep() const { return lastStep_; }

private:
    struct Point {
        double tokens = 0;
        double value = 0;
        double wallTime = 0;
    };
    std::map<QString, std::map<qint64, Point>> series_;
    std::map<std::string, std::pair<qint64, double>> latest_; // name -> (step, value)
    qint64 lastStep_ = 0;
};

} // namespace adaptlab::train_panel
