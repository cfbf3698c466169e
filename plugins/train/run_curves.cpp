#include "run_curves.h"

#include <QCoreApplication>

namespace adaptlab::train_panel {

std::optional<CurveKey> curveOf(const std::string& name, const std::string& source)
{
    if (name == "train_loss")
        return CurveKey{TrainChart::Loss, QStringLiteral("train_loss"),
                        QCoreApplication::translate("TrainCharts", "training loss")};
    if (name == "heldout_loss") {
        const QString label = source.empty() ? QCoreApplication::translate("TrainCharts", "held-out")
                                             : QString::fromStdString(source);
        return CurveKey{TrainChart::Heldout, QStringLiteral("heldout_loss/") + QString::fromStdString(source), label};
    }
    if (name == "lr")
        return CurveKey{TrainChart::LearningRate, QStringLiteral("lr"),
                        QCoreApplication::translate("TrainCharts", "learning rate")};
    if (name == "tokens_per_second")
        return CurveKey{TrainChart::Throughput, QStringLiteral("tokens_per_second"),
                        QCoreApplication::translate("TrainCharts", "tokens/s")};
    return std::nullopt;
}

void RunCurves::clear()
{
    series_.clear();
    latest_.clear();
    lastStep_ = 0;
}

std::vector<RunCurves::Update> RunCurves::add(const std::vector<store::MetricPoint>& points)
{
    std::vector<Update> updates;
    std::map<QString, size_t> updateOf;
    for (const store::MetricPoint& point : points) {
        auto& latest = latest_[point.name];
        if (point.step >= latest.first)
            latest = {point.step, point.value};
        lastStep_ = std::max<qint64>(lastStep_, point.step);
        const std::optional<CurveKey> key = curveOf(point.name, point.source);
        if (!key)
            continue;
        auto& series = series_[key->id];
        auto [slot, inserted] = updateOf.try_emplace(key->id, updates.size());
        if (inserted)
            updates.push_back({*key, false, {}});
        Update& update = updates[slot->second];
        // A point at or before the series' last step is a rewrite (or out of order): redraw.
        if (!series.empty() && point.step <= series.rbegin()->first)
            update.replace = true;
        series[point.step] = {static_cast<double>(point.tokens), point.value, point.wallTime};
        if (!update.replace) {
            update.appended.steps.push_back(static_cast<double>(point.step));
            update.appended.values.push_back(point.value);
            update.appended.tokens.push_back(static_cast<double>(point.tokens));
            update.appended.wallTimes.push_back(point.wallTime);
        }
    }
    for (Update& update : updates)
        if (update.replace)
            update.appended = {};
    return updates;
}

ChartView::Points RunCurves::points(const QString& id) const
{
    ChartView::Points out;
    const auto it = series_.find(id);
    if (it == series_.end())
        return out;
    for (const auto& [step, point] : it->second) {
        out.steps.push_back(static_cast<double>(step));
        out.values.push_back(point.value);
        out.tokens.push_back(point.tokens);
        out.wallTimes.push_back(point.wallTime);
    }
    return out;
}

std::optional<double> RunCurves::latest(const std::string& name) const
{
    const auto it = latest_.find(name);
    if (it == latest_.end())
        return std::nullopt;
    return it->second.second;
}

} // namespace adaptlab::train_panel
