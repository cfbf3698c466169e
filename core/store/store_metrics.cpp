// ProjectStore: metric points of runs.
#include "store/store_impl.h"

namespace adaptlab::store {

namespace fs = std::filesystem;

// ---- metrics ------------------------------------------------------------------------------------

void ProjectStore::addMetrics(const std::vector<MetricPoint>& points)
{
    if (points.empty())
        return;
    auto transaction = d->beginWrite("add metrics");
    auto series = d->prepare("INSERT INTO metric_series (run_id, name, split, source) VALUES (?1, ?2, ?3, ?4) "
                             "ON CONFLICT (run_id, name, split, source) DO UPDATE SET name = excluded.name "
                             "RETURNING id");
    auto tick = d->prepare("UPDATE metric_clock SET seq = seq + 1 WHERE id = 1 RETURNING seq");
    auto upsert = d->prepare("INSERT INTO metric_points (series_id, step, tokens, value, wall_time, seq) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (series_id, step) DO UPDATE SET "
                             "tokens = excluded.tokens, value = excluded.value, wall_time = excluded.wall_time, "
                             "seq = excluded.seq");
    for (const auto& point : points) {
        series.bindInt64(1, point.runId).bindText(2, point.name).bindText(3, point.split).bindText(4, point.source);
        series.step();
        const int64_t seriesId = series.int64At(0);
        series.reset();
        tick.step();
        const int64_t seq = tick.int64At(0);
        tick.reset();
        upsert.bindInt64(1, seriesId)
            .bindInt64(2, point.step)
            .bindInt64(3, point.tokens)
            .bindDouble(4, point.value)
            .bindDouble(5, point.wallTime)
            .bindInt64(6, seq)
            .execute();
        upsert.reset();
    }
    transaction.commit();
}

std::vector<MetricPoint> ProjectStore::metrics(int64_t runId, const std::string& name) const
{
    auto statement = d->prepare(
        "SELECT s.run_id, s.name, s.split, s.source, p.step, p.tokens, p.value, p.wall_time "
        "FROM metric_series s JOIN metric_points p ON p.series_id = s.id "
        "WHERE s.run_id = ?1 AND (?2 = '' OR s.name = ?2) ORDER BY s.name, s.split, s.source, p.step");
    statement.bindInt64(1, runId).bindText(2, name);
    std::vector<MetricPoint> result;
    while (statement.step()) {
        MetricPoint point;
        point.runId = statement.int64At(0);
        point.name = statement.textAt(1);
        point.split = statement.textAt(2);
        point.source = statement.textAt(3);
        point.step = statement.int64At(4);
        point.tokens = statement.int64At(5);
        point.value = statement.doubleAt(6);
        point.wallTime = statement.doubleAt(7);
        result.push_back(std::move(point));
    }
    return result;
}

} // namespace adaptlab::store
