// ProjectStore: metric series and points of runs, and evaluation results.
#include "store/store_impl.h"

#include <limits>
#include <tuple>

namespace adaptlab::store {

namespace fs = std::filesystem;

namespace {

// Several reads that must see one snapshot (metricsSince: the clock and the points). A deferred
// BEGIN takes no lock; the snapshot starts at the first read and ends at COMMIT (or ROLLBACK when
// a read throws).
class ReadTransaction {
public:
    ReadTransaction(sqlite3* db, std::string_view subject) : db_(db), subject_(subject)
    {
        SqliteStatement(db_, "BEGIN", subject_).execute();
    }
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;
    ~ReadTransaction()
    {
        if (open_)
            sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    void commit()
    {
        SqliteStatement(db_, "COMMIT", subject_).execute();
        open_ = false;
    }

private:
    sqlite3* db_;
    std::string subject_;
    bool open_ = true;
};

constexpr const char* kPointColumns = "p.step, p.tokens, p.value, p.wall_time";

MetricPoint readPoint(const SqliteStatement& row, int first)
{
    MetricPoint point;
    point.step = row.int64At(first);
    point.tokens = row.int64At(first + 1);
    point.value = row.doubleAt(first + 2); // NULL (a NaN written) reads as NaN
    point.wallTime = row.doubleAt(first + 3);
    return point;
}

} // namespace

// ---- metrics ------------------------------------------------------------------------------------

void ProjectStore::addMetrics(const std::vector<MetricPoint>& points)
{
    if (points.empty())
        return;
    auto transaction = d->beginWrite("add metrics");
    // One tick for the whole call: its points become visible together (one commit), so a reader's
    // cursor can never fall between them, and a trainer pays one clock update per step.
    int64_t seq = 0;
    {
        auto tick = d->kept("UPDATE metric_clock SET seq = seq + 1 WHERE id = 1 RETURNING seq");
        if (!tick->step())
            throwStoreError("add metrics", d->subject, "the metric clock row is missing");
        seq = tick->int64At(0);
    }
    // A step's metrics name a handful of series: look each up once per call. The ids are not kept
    // across calls, since another connection may delete the run (and its series) in between.
    std::map<std::tuple<int64_t, std::string_view, std::string_view, std::string_view>, int64_t> seriesIds;
    auto find = d->kept("SELECT id FROM metric_series WHERE run_id = ?1 AND name = ?2 AND split = ?3 AND source = ?4");
    auto insert = d->kept("INSERT INTO metric_series (run_id, name, split, source) VALUES (?1, ?2, ?3, ?4) RETURNING id");
    auto upsert = d->kept("INSERT INTO metric_points (series_id, step, tokens, value, wall_time, seq) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (series_id, step) DO UPDATE SET "
                          "tokens = excluded.tokens, value = excluded.value, wall_time = excluded.wall_time, "
                          "seq = excluded.seq");
    for (const auto& point : points) {
        const auto key = std::make_tuple(point.runId, std::string_view(point.name), std::string_view(point.split),
                                         std::string_view(point.source));
        auto known = seriesIds.find(key);
        if (known == seriesIds.end()) {
            find->bindInt64(1, point.runId).bindText(2, point.name).bindText(3, point.split).bindText(4, point.source);
            int64_t id = 0;
            if (find->step()) {
                id = find->int64At(0);
            } else {
                insert->bindInt64(1, point.runId).bindText(2, point.name).bindText(3, point.split).bindText(4, point.source);
                insert->step();
                id = insert->int64At(0);
                insert->reset();
            }
            find->reset();
            known = seriesIds.emplace(key, id).first;
        }
        upsert->bindInt64(1, known->second)
            .bindInt64(2, point.step)
            .bindInt64(3, point.tokens)
            .bindDouble(4, point.value)
            .bindDouble(5, point.wallTime)
            .bindInt64(6, seq)
            .execute();
        upsert->reset();
    }
    transaction.commit();
}

std::vector<MetricPoint> ProjectStore::metrics(int64_t runId, const std::string& name) const
{
    auto statement = d->prepare(select(
        "s.id, s.run_id, s.name, s.split, s.source, p.seq, p.step, p.tokens, p.value, p.wall_time",
        "FROM metric_series s JOIN metric_points p ON p.series_id = s.id "
        "WHERE s.run_id = ?1 AND (?2 = '' OR s.name = ?2) ORDER BY s.name, s.split, s.source, p.step"));
    statement.bindInt64(1, runId).bindText(2, name);
    std::vector<MetricPoint> result;
    while (statement.step()) {
        MetricPoint point = readPoint(statement, 6);
        point.seriesId = statement.int64At(0);
        point.runId = statement.int64At(1);
        point.name = statement.textAt(2);
        point.split = statement.textAt(3);
        point.source = statement.textAt(4);
        point.seq = statement.int64At(5);
        result.push_back(std::move(point));
    }
    return result;
}

std::vector<MetricSeriesRecord> ProjectStore::metricSeries(int64_t runId) const
{
    auto statement = d->prepare(
        "SELECT s.id, s.run_id, s.name, s.split, s.source, COUNT(p.step), COALESCE(MIN(p.step), 0), "
        "COALESCE(MAX(p.step), 0) FROM metric_series s LEFT JOIN metric_points p ON p.series_id = s.id "
        "WHERE s.run_id = ?1 GROUP BY s.id ORDER BY s.name, s.split, s.source");
    statement.bindInt64(1, runId);
    std::vector<MetricSeriesRecord> result;
    while (statement.step()) {
        MetricSeriesRecord series;
        series.id = statement.int64At(0);
        series.runId = statement.int64At(1);
        series.name = statement.textAt(2);
        series.split = statement.textAt(3);
        series.source = statement.textAt(4);
        series.points = statement.int64At(5);
        series.firstStep = statement.int64At(6);
        series.lastStep = statement.int64At(7);
        result.push_back(std::move(series));
    }
    return result;
}

MetricsDelta ProjectStore::metricsSince(int64_t runId, int64_t cursor) const
{
    // The clock and the points from one snapshot: the new cursor is the clock as of that snapshot,
    // and every point with a seq up to it is visible in it (a writer ticks the clock inside the
    // transaction that writes its points). So nothing is skipped and nothing is read twice, unless
    // rewritten meanwhile.
    MetricsDelta delta;
    ReadTransaction snapshot(d->db, d->subject);
    {
        auto clock = d->prepare("SELECT seq FROM metric_clock WHERE id = 1");
        delta.cursor = clock.step() ? clock.int64At(0) : 0;
    }
    auto statement = d->prepare(select(
        "s.id, s.run_id, s.name, s.split, s.source, p.seq, p.step, p.tokens, p.value, p.wall_time",
        "FROM metric_points p JOIN metric_series s ON s.id = p.series_id "
        "WHERE p.seq > ?2 AND s.run_id = ?1 ORDER BY p.seq, s.id, p.step"));
    statement.bindInt64(1, runId).bindInt64(2, cursor);
    while (statement.step()) {
        MetricPoint point = readPoint(statement, 6);
        point.seriesId = statement.int64At(0);
        point.runId = statement.int64At(1);
        point.name = statement.textAt(2);
        point.split = statement.textAt(3);
        point.source = statement.textAt(4);
        point.seq = statement.int64At(5);
        delta.points.push_back(std::move(point));
    }
    statement.reset();
    snapshot.commit();
    delta.cursor = std::max(delta.cursor, cursor);
    return delta;
}

std::vector<MetricPoint> ProjectStore::downsampledMetrics(int64_t seriesId, int64_t fromStep, int64_t toStep,
                                                          int64_t buckets) const
{
    buckets = std::max<int64_t>(buckets, 1);
    std::vector<MetricPoint> result;
    if (fromStep > toStep)
        return result;
    ReadTransaction snapshot(d->db, d->subject);
    auto extent = d->prepare("SELECT COUNT(*), MIN(step), MAX(step) FROM metric_points "
                             "WHERE series_id = ?1 AND step BETWEEN ?2 AND ?3");
    extent.bindInt64(1, seriesId).bindInt64(2, fromStep).bindInt64(3, toStep);
    extent.step();
    const int64_t count = extent.int64At(0);
    const int64_t first = extent.int64At(1);
    const int64_t last = extent.int64At(2);
    extent.reset();

    const auto collect = [&](SqliteStatement& statement) {
        while (statement.step()) {
            MetricPoint point = readPoint(statement, 0);
            point.seriesId = seriesId;
            result.push_back(std::move(point));
        }
        statement.reset();
    };
    if (count <= 4 * buckets) {
        auto exact = d->prepare(select(kPointColumns, "FROM metric_points p WHERE p.series_id = ?1 "
                                                      "AND p.step BETWEEN ?2 AND ?3 ORDER BY p.step"));
        exact.bindInt64(1, seriesId).bindInt64(2, fromStep).bindInt64(3, toStep);
        collect(exact);
    } else {
        // Buckets of equal step width over the steps present, so that a range reaching far past
        // the last step does not crowd every point into one bucket. Unsigned: last - first may
        // not fit a signed 64-bit value.
        const uint64_t span = static_cast<uint64_t>(last) - static_cast<uint64_t>(first);
        const auto width = static_cast<int64_t>(span / static_cast<uint64_t>(buckets) + 1);
        // SQLite's min()/max() with bare columns take those columns from the row holding the
        // minimum or maximum (documented: "Bare columns in an aggregate query"), so each branch
        // yields whole points; UNION drops the point that is, say, both first and min.
        auto grouped = d->prepare(
            "WITH p AS (SELECT step, tokens, value, wall_time, (step - ?2) / ?4 AS bucket FROM metric_points "
            "           WHERE series_id = ?1 AND step BETWEEN ?2 AND ?3) "
            "SELECT step, tokens, value, wall_time FROM (SELECT step, tokens, value, wall_time, MIN(step) FROM p GROUP BY bucket) "
            "UNION SELECT step, tokens, value, wall_time FROM (SELECT step, tokens, value, wall_time, MAX(step) FROM p GROUP BY bucket) "
            "UNION SELECT step, tokens, value, wall_time FROM (SELECT step, tokens, value, wall_time, MIN(value) FROM p "
            "                                                 WHERE value IS NOT NULL GROUP BY bucket) "
            "UNION SELECT step, tokens, value, wall_time FROM (SELECT step, tokens, value, wall_time, MAX(value) FROM p "
            "                                                 WHERE value IS NOT NULL GROUP BY bucket) "
            "ORDER BY step");
        grouped.bindInt64(1, seriesId).bindInt64(2, first).bindInt64(3, last).bindInt64(4, width);
        collect(grouped);
    }
    snapshot.commit();
    return result;
}

// ---- evaluation results -------------------------------------------------------------------------

int64_t ProjectStore::addEvalResult(const EvalResultRecord& result)
{
    auto transaction = d->beginWrite("add evaluation result");
    auto valid = d->prepare("SELECT CASE WHEN json_valid(?1) THEN json_type(?1) = 'object' ELSE 0 END");
    valid.bindText(1, result.detailsJson);
    if (!valid.step() || valid.int64At(0) != 1)
        throwStoreError("add evaluation result", d->subject,
                        "details of " + result.task + "/" + result.metric + " are not a JSON object: "
                            + result.detailsJson.substr(0, 80));
    valid.reset();
    auto upsert = d->prepare(
        "INSERT INTO eval_results (run_id, task, metric, value, stderr, n, details_json, created_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (run_id, task, metric) DO UPDATE SET "
        "value = excluded.value, stderr = excluded.stderr, n = excluded.n, "
        "details_json = excluded.details_json, created_at = excluded.created_at RETURNING id");
    upsert.bindInt64(1, result.runId)
        .bindText(2, result.task)
        .bindText(3, result.metric)
        .bindDouble(4, result.value)
        .bindDouble(5, result.standardError)
        .bindInt64(6, result.n)
        .bindText(7, result.detailsJson)
        .bindText(8, nowIso8601());
    upsert.step();
    const int64_t id = upsert.int64At(0);
    upsert.reset();
    transaction.commit();
    return id;
}

std::vector<EvalResultRecord> ProjectStore::evalResults(int64_t runId) const
{
    auto statement = d->prepare("SELECT id, run_id, task, metric, value, stderr, n, details_json, created_at "
                                "FROM eval_results WHERE run_id = ?1 ORDER BY task, metric");
    statement.bindInt64(1, runId);
    std::vector<EvalResultRecord> results;
    while (statement.step()) {
        EvalResultRecord row;
        row.id = statement.int64At(0);
        row.runId = statement.int64At(1);
        row.task = statement.textAt(2);
        row.metric = statement.textAt(3);
        row.value = statement.doubleAt(4);
        row.standardError = statement.doubleAt(5);
        row.n = statement.int64At(6);
        row.detailsJson = statement.textAt(7);
        row.createdAt = statement.textAt(8);
        results.push_back(std::move(row));
    }
    return results;
}

} // namespace adaptlab::store
