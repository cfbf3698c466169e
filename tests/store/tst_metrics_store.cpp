// Metrics store v3 (schema v4): series keyed by (run, name, split, source), points upserted by
// (series, step), the write clock behind metricsSince, downsampled reads, evaluation results and
// the read-only connection. Real store files in a temporary folder; raw SQLite to look behind the
// store's back.
#include <QTemporaryDir>
#include <QtTest>

#include "store/project_store.h"
#include "store_test_support.h"

#include <cmath>
#include <map>
#include <random>
#include <set>

using namespace adaptlab::store;
using namespace adaptlab::store::test;
namespace fs = std::filesystem;

namespace {

MetricPoint point(int64_t run, const std::string& name, int64_t step, double value, const std::string& split = {},
                  const std::string& source = {})
{
    MetricPoint p;
    p.runId = run;
    p.name = name;
    p.split = split;
    p.source = source;
    p.step = step;
    p.tokens = step * 1000;
    p.value = value;
    p.wallTime = 1.7e9 + double(step);
    return p;
}

QString storeErrorOf(const std::function<void()>& call)
{
    try {
        call();
    } catch (const StoreError& error) {
        return QString::fromStdString(error.what());
    }
    return {};
}

} // namespace

class TestMetricsStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_temp.isValid()); }
    void rewrittenStepIsReplaced();
    void nanIsStoredAsNull();
    void seriesAreListed();
    void metricsSinceAcrossTwoWriters();
    void downsamplingMatchesBruteForce();
    void shortSeriesComesBackExactly();
    void evalResultsUpsert();
    void deletingRunCascades();
    void readOnlyConnectionRefusesWrites();

private:
    fs::path freshDir() { return toPath(m_temp.path()) / ("case" + std::to_string(++m_counter)); }
    QTemporaryDir m_temp;
    int m_counter = 0;
};

void TestMetricsStore::rewrittenStepIsReplaced()
{
    auto store = ProjectStore::create(freshDir());
    const int64_t run = store.createRun("train", "{}");
    store.addMetrics({point(run, "loss", 1, 3.0, "train"), point(run, "loss", 2, 2.0, "train")});
    const MetricsDelta first = store.metricsSince(run, 0);
    QCOMPARE(first.points.size(), std::size_t(2));
    QVERIFY(first.cursor > 0);

    // A resumed run writes step 2 again: one point, the new value, visible after the old cursor.
    store.addMetrics({point(run, "loss", 2, 1.5, "train")});
    const auto loss = store.metrics(run, "loss");
    QCOMPARE(loss.size(), std::size_t(2));
    QCOMPARE(loss[1].step, int64_t(2));
    QCOMPARE(loss[1].value, 1.5);
    const MetricsDelta second = store.metricsSince(run, first.cursor);
    QCOMPARE(second.points.size(), std::size_t(1));
    QCOMPARE(second.points[0].step, int64_t(2));
    QCOMPARE(second.points[0].value, 1.5);
    QCOMPARE(second.points[0].split, std::string("train"));
    QVERIFY(second.cursor > first.cursor);
    QVERIFY(store.metricsSince(run, second.cursor).points.empty());
    QCOMPARE(store.metricsSince(run, second.cursor).cursor, second.cursor);
    QCOMPARE(store.counts().metrics, int64_t(2));

    RawDb raw(store.storeFile());
    QCOMPARE(raw.integer("SELECT COUNT(*) FROM metric_points"), 2LL);
    QCOMPARE(raw.integer("SELECT COUNT(*) FROM metric_series"), 1LL);
}

void TestMetricsStore::nanIsStoredAsNull()
{
    auto store = ProjectStore::create(freshDir());
    const int64_t run = store.createRun("train", "{}");
    store.addMetrics({point(run, "loss", 7, std::nan(""))});
    RawDb raw(store.storeFile());
    QCOMPARE(raw.integer("SELECT COUNT(*) FROM metric_points WHERE value IS NULL"), 1LL);
    const auto loss = store.metrics(run, "loss");
    QCOMPARE(loss.size(), std::size_t(1));
    QVERIFY(std::isnan(loss[0].value));
    QVERIFY(std::isnan(store.metricsSince(run, 0).points.at(0).value));
}

void TestMetricsStore::seriesAreListed()
{
    auto store = ProjectStore::create(freshDir());
    const int64_t run = store.createRun("train", "{}");
    const int64_t other = store.createRun("train", "{}");
    store.addMetrics({point(run, "fertility", 0, 1.2, "", "gcide"), point(run, "fertility", 0, 1.4, "", "foldoc"),
                      point(run, "loss", 10, 2.0, "train"), point(run, "loss", 30, 1.0, "train"),
                      point(run, "loss", 20, 1.5, "validation"), point(other, "loss", 1, 9.0, "train")});
    const auto series = store.metricSeries(run);
    QCOMPARE(series.size(), std::size_t(4));
    QCOMPARE(series[0].name, std::string("fertility"));
    QCOMPARE(series[0].source, std::string("foldoc"));
    QCOMPARE(series[1].source, std::string("gcide"));
    QCOMPARE(series[2].split, std::string("train"));
    QCOMPARE(series[2].points, int64_t(2));
    QCOMPARE(series[2].firstStep, int64_t(10));
    QCOMPARE(series[2].lastStep, int64_t(30));
    QCOMPARE(series[3].split, std::string("validation"));
    for (const auto& s : series)
        QCOMPARE(s.runId, run);
    QCOMPARE(store.metricSeries(other).size(), std::size_t(1));
    QCOMPARE(store.counts().metricSeries, int64_t(5));
    QCOMPARE(store.counts().metrics, int64_t(6));
}

// Two connections write (two processes in real life: the trainer and an evaluation), a third
// follows with metricsSince. What it collected must be exactly what was written, each point once,
// with the last value of each step.
void TestMetricsStore::metricsSinceAcrossTwoWriters()
{
    const fs::path dir = freshDir();
    auto reader = ProjectStore::create(dir);
    const int64_t run = reader.createRun("train", "{}");
    const int64_t elsewhere = reader.createRun("train", "{}");
    auto writerA = ProjectStore::open(dir);
    auto writerB = ProjectStore::open(dir);

    std::map<std::tuple<std::string, int64_t>, double> collected;
    int64_t cursor = 0;
    int64_t reads = 0;
    const auto follow = [&] {
        const MetricsDelta delta = reader.metricsSince(run, cursor);
        QVERIFY(delta.cursor >= cursor);
        for (const auto& p : delta.points) {
            QCOMPARE(p.runId, run);
            QVERIFY(p.seq > cursor && p.seq <= delta.cursor);
            collected[{p.name + "/" + p.split, p.step}] = p.value;
        }
        cursor = delta.cursor;
        ++reads;
    };
    std::map<std::tuple<std::string, int64_t>, double> expected;
    for (int64_t step = 0; step < 60; ++step) {
        writerA.addMetrics({point(run, "loss", step, 1.0 / double(step + 1), "train"),
                            point(run, "lr", step, 0.001, "train")});
        expected[{"loss/train", step}] = 1.0 / double(step + 1);
        expected[{"lr/train", step}] = 0.001;
        if (step % 5 == 0) {
            writerB.addMetrics({point(run, "loss", step, 2.0 + double(step), "validation"),
                                point(elsewhere, "loss", step, 5.0, "train")});
            expected[{"loss/validation", step}] = 2.0 + double(step);
        }
        if (step % 7 == 3) {
            // B rewrites a step A wrote earlier (a resumed run): the follower sees the new value.
            writerB.addMetrics({point(run, "loss", step - 2, -1.0, "train")});
            expected[{"loss/train", step - 2}] = -1.0;
        }
        if (step % 4 == 0)
            follow();
    }
    follow();
    QCOMPARE(collected.size(), expected.size());
    QVERIFY(collected == expected);
    QVERIFY(reads > 10);
    QVERIFY(reader.metricsSince(run, cursor).points.empty());
    // Another run's points never show up in this run's delta (checked in follow()) but move the clock.
    QVERIFY(reader.metricsSince(elsewhere, 0).points.size() == 12);
}

void TestMetricsStore::downsamplingMatchesBruteForce()
{
    auto store = ProjectStore::create(freshDir());
    const int64_t run = store.createRun("train", "{}");
    std::mt19937_64 random(42);
    std::normal_distribution<double> noise(0.0, 1.0);
    std::vector<MetricPoint> points;
    std::vector<MetricPoint> batch;
    // 20,000 points at irregular steps (gaps), a few NaN.
    int64_t step = 3;
    for (int i = 0; i < 20000; ++i) {
        step += 1 + static_cast<int64_t>(random() % 3);
        const double value = (i % 997 == 5) ? std::nan("") : 10.0 / std::sqrt(double(i + 1)) + noise(random);
        points.push_back(point(run, "loss", step, value, "train"));
        batch.push_back(points.back());
        if (batch.size() == 500) {
            store.addMetrics(batch);
            batch.clear();
        }
    }
    store.addMetrics(batch);
    const int64_t seriesId = store.metricSeries(run).at(0).id;

    struct Case {
        int64_t from, to, buckets;
    };
    for (const Case c : {Case{std::numeric_limits<int64_t>::min(), std::numeric_limits<int64_t>::max(), 100},
                         Case{1000, 30000, 37}, Case{0, 5000000, 1}}) {
        const auto sampled = store.downsampledMetrics(seriesId, c.from, c.to, c.buckets);
        // Brute force: the same buckets over the steps present in the range.
        std::vector<const MetricPoint*> inRange;
        for (const auto& p : points)
            if (p.step >= c.from && p.step <= c.to)
                inRange.push_back(&p);
        QVERIFY(int64_t(inRange.size()) > 4 * c.buckets);
        const int64_t first = inRange.front()->step, last = inRange.back()->step;
        const int64_t width = (last - first) / c.buckets + 1;
        struct Bucket {
            int64_t firstStep = -1, lastStep = -1;
            double min = INFINITY, max = -INFINITY;
        };
        std::map<int64_t, Bucket> brute;
        for (const MetricPoint* p : inRange) {
            Bucket& b = brute[(p->step - first) / width];
            if (b.firstStep < 0)
                b.firstStep = p->step;
            b.lastStep = p->step;
            if (!std::isnan(p->value)) {
                b.min = std::min(b.min, p->value);
                b.max = std::max(b.max, p->value);
            }
        }
        std::map<int64_t, std::vector<const MetricPoint*>> got;
        for (std::size_t i = 0; i < sampled.size(); ++i) {
            if (i > 0)
                QVERIFY2(sampled[i].step > sampled[i - 1].step, "not in step order, or a repeat");
            got[(sampled[i].step - first) / width].push_back(&sampled[i]);
        }
        QCOMPARE(got.size(), brute.size());
        QVERIFY(int64_t(sampled.size()) <= 4 * c.buckets);
        for (const auto& [bucket, expected] : brute) {
            const auto& mine = got[bucket];
            QVERIFY(!mine.empty() && mine.size() <= 4);
            QCOMPARE(mine.front()->step, expected.firstStep);
            QCOMPARE(mine.back()->step, expected.lastStep);
            double min = INFINITY, max = -INFINITY;
            for (const MetricPoint* p : mine) {
                // Every point returned is a real point of the series, with its own step's data.
                QCOMPARE(p->tokens, p->step * 1000);
                if (!std::isnan(p->value)) {
                    min = std::min(min, p->value);
                    max = std::max(max, p->value);
                }
            }
            QCOMPARE(min, expected.min);
            QCOMPARE(max, expected.max);
        }
    }
    QVERIFY(store.downsampledMetrics(seriesId, 10, 5, 10).empty());
    QVERIFY(store.downsampledMetrics(seriesId + 1, 0, 100, 10).empty());
}

void TestMetricsStore::shortSeriesComesBackExactly()
{
    auto store = ProjectStore::create(freshDir());
    const int64_t run = store.createRun("train", "{}");
    std::vector<MetricPoint> points;
    for (int64_t step = 0; step < 200; ++step)
        points.push_back(point(run, "loss", step * 10, double((step * 7919) % 101)));
    store.addMetrics(points);
    const int64_t seriesId = store.metricSeries(run).at(0).id;
    const auto all = store.downsampledMetrics(seriesId, 0, 100000, 50);
    QCOMPARE(all.size(), std::size_t(200));
    for (std::size_t i = 0; i < all.size(); ++i) {
        QCOMPARE(all[i].step, points[i].step);
        QCOMPARE(all[i].value, points[i].value);
        QCOMPARE(all[i].seriesId, seriesId);
    }
    const auto part = store.downsampledMetrics(seriesId, 95, 500, 100);
    QCOMPARE(part.size(), std::size_t(41)); // steps 100..500
    QCOMPARE(part.front().step, int64_t(100));
    QCOMPARE(part.back().step, int64_t(500));
}

void TestMetricsStore::evalResultsUpsert()
{
    auto store = ProjectStore::create(freshDir());
    const int64_t run = store.createRun("evaluate", "{}");
    EvalResultRecord result;
    result.runId = run;
    result.task = "hellaswag";
    result.metric = "acc";
    result.value = 0.41;
    result.standardError = 0.005;
    result.n = 10042;
    result.detailsJson = R"({"shots":0})";
    const int64_t id = store.addEvalResult(result);
    result.metric = "acc_norm";
    result.value = 0.52;
    result.standardError = std::nan("");
    store.addEvalResult(result);

    // Evaluated again: the same row, the new figures.
    result.metric = "acc";
    result.value = 0.43;
    result.standardError = 0.005;
    result.n = 10000;
    QCOMPARE(store.addEvalResult(result), id);
    const auto rows = store.evalResults(run);
    QCOMPARE(rows.size(), std::size_t(2));
    QCOMPARE(rows[0].id, id);
    QCOMPARE(rows[0].metric, std::string("acc"));
    QCOMPARE(rows[0].value, 0.43);
    QCOMPARE(rows[0].standardError, 0.005);
    QCOMPARE(rows[0].n, int64_t(10000));
    QCOMPARE(rows[0].detailsJson, std::string(R"({"shots":0})"));
    QVERIFY(!rows[0].createdAt.empty());
    QCOMPARE(rows[1].metric, std::string("acc_norm"));
    QVERIFY(std::isnan(rows[1].standardError));
    QVERIFY(store.evalResults(run + 1).empty());

    result.detailsJson = "[1, 2";
    const QString message = storeErrorOf([&] { store.addEvalResult(result); });
    QVERIFY2(message.contains(QStringLiteral("hellaswag/acc are not a JSON object")), qPrintable(message));
    QCOMPARE(store.evalResults(run)[0].detailsJson, std::string(R"({"shots":0})"));
    result.detailsJson = "{}";
    result.runId = run + 100;
    QVERIFY(storeErrorOf([&] { store.addEvalResult(result); }).contains(QStringLiteral("FOREIGN KEY")));
}

void TestMetricsStore::deletingRunCascades()
{
    const fs::path dir = freshDir();
    auto store = ProjectStore::create(dir);
    const int64_t run = store.createRun("train", "{}");
    const int64_t keep = store.createRun("train", "{}");
    store.addMetrics({point(run, "loss", 1, 1.0), point(run, "acc", 1, 0.5), point(keep, "loss", 1, 1.0)});
    EvalResultRecord result;
    result.runId = run;
    result.task = "t";
    result.metric = "m";
    store.addEvalResult(result);
    // No delete API yet; the GUI's "delete run" will do this, so the schema must be ready.
    {
        RawDb raw(dir / kStoreFileName);
        raw.exec("PRAGMA foreign_keys = ON; DELETE FROM runs WHERE id = " + std::to_string(run));
        QCOMPARE(raw.integer("SELECT COUNT(*) FROM metric_series"), 1LL);
        QCOMPARE(raw.integer("SELECT COUNT(*) FROM metric_points"), 1LL);
        QCOMPARE(raw.integer("SELECT COUNT(*) FROM eval_results"), 0LL);
    }
    QVERIFY(store.metricSeries(run).empty());
    QCOMPARE(store.metrics(keep).size(), std::size_t(1));
}

void TestMetricsStore::readOnlyConnectionRefusesWrites()
{
    const fs::path dir = freshDir();
    auto store = ProjectStore::create(dir);
    const int64_t run = store.createRun("train", "{}");
    store.addMetrics({point(run, "loss", 1, 1.0)});
    auto reader = ProjectStore::openReadOnly(dir);
    QCOMPARE(reader.schemaVersion(), kSchemaVersion);
    QCOMPARE(reader.metrics(run).size(), std::size_t(1));
    // It sees what the writer commits later.
    store.addMetrics({point(run, "loss", 2, 0.5)});
    QCOMPARE(reader.metricsSince(run, 0).points.size(), std::size_t(2));
    const QString message = storeErrorOf([&] { reader.addMetrics({point(run, "loss", 3, 0.1)}); });
    QVERIFY2(message.contains(QStringLiteral("read-only")), qPrintable(message));
    QVERIFY(!storeErrorOf([&] { reader.createRun("x", "{}"); }).isEmpty());
    QCOMPARE(store.metrics(run).size(), std::size_t(2));
    const QString missing = storeErrorOf([&] { ProjectStore::openReadOnly(dir / "nothing"); });
    QVERIFY2(missing.contains(QStringLiteral("no such file")), qPrintable(missing));
}

QTEST_GUILESS_MAIN(TestMetricsStore)
#include "tst_metrics_store.moc"
