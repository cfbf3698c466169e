// Migration to the current schema on committed stores made at schema 2, 3 and 4 (tests/fixtures/stores, see
// the README there): every row survives, "name/source" metric names become series, a step written
// twice keeps its last value, the write clock continues after the old rows, and a second open
// changes nothing.
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "store/project_store.h"
#include "store_test_support.h"

#include <cmath>

using namespace adaptlab::store;
using namespace adaptlab::store::test;
namespace fs = std::filesystem;

class TestStoreMigration : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_temp.isValid()); }
    void migratesFixture_data();
    void migratesFixture();
    void readerRefusesUnmigratedAndSecondOpenIsNoOp();
    void migratesV4ToTokenShards();

private:
    // A copy of the fixture as the project file of a fresh project folder.
    fs::path copyOf(int version)
    {
        const fs::path dir = toPath(m_temp.path()) / ("case" + std::to_string(++m_counter));
        fs::create_directories(dir);
        const fs::path source = fs::path(STORE_FIXTURES_DIR) / ("v" + std::to_string(version) + ".adaptlab");
        if (!fs::exists(source))
            throw std::runtime_error("missing fixture " + source.string());
        fs::copy_file(source, dir / kStoreFileName);
        fs::permissions(dir / kStoreFileName, fs::perms::owner_read | fs::perms::owner_write);
        return dir;
    }
    QTemporaryDir m_temp;
    int m_counter = 0;
};

void TestStoreMigration::migratesFixture_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("v2") << 2;
    QTest::newRow("v3") << 3;
}

void TestStoreMigration::migratesFixture()
{
    QFETCH(int, version);
    const fs::path dir = copyOf(version);
    {
        RawDb raw(dir / kStoreFileName, SQLITE_OPEN_READONLY);
        QCOMPARE(raw.integer("PRAGMA user_version"), static_cast<long long>(version));
        QCOMPARE(raw.integer("SELECT COUNT(*) FROM metrics"), 8LL);
    }
    auto store = ProjectStore::open(dir);
    QCOMPARE(store.schemaVersion(), kSchemaVersion);

    const auto datasets = store.datasets();
    QCOMPARE(datasets.size(), std::size_t(2));
    QCOMPARE(datasets[0].name, std::string("gcide"));
    QCOMPARE(datasets[0].documents, int64_t(1800));
    QCOMPARE(datasets[0].metadataJson, std::string(R"({"source":"gcide"})"));
    QCOMPARE(datasets[1].parentDatasetId.value_or(0), datasets[0].id);
    QCOMPARE(datasets[0].settingsJson,
             std::string(version >= 3 ? R"({"quality_rules":[{"key":"c4_lines","enabled":false}]})" : "{}"));
    QCOMPARE(store.datasetSummary(datasets[0].id)->signalsPath, std::string("datasets/gcide.signals.zst"));

    const auto runs = store.runs();
    QCOMPARE(runs.size(), std::size_t(3));
    const auto failed = store.run(2);
    QCOMPARE(statusText(failed->status), statusText(RunStatus::Failed));
    QCOMPARE(failed->message, std::string("out of memory"));
    QCOMPARE(failed->parentRunId.value_or(0), int64_t(1));
    QCOMPARE(statusText(store.run(3)->status), statusText(RunStatus::Running));
    QCOMPARE(store.run(1)->pid, int64_t(4242));

    // Series split from "name/source"; the rest of a second slash stays in the source.
    const auto fertility = store.metricSeries(1);
    QCOMPARE(fertility.size(), std::size_t(2));
    QCOMPARE(fertility[0].name, std::string("fertility"));
    QCOMPARE(fertility[0].source, std::string("foldoc"));
    QCOMPARE(fertility[0].split, std::string());
    QCOMPARE(fertility[1].source, std::string("gcide"));
    QCOMPARE(store.metrics(1, "fertility")[1].value, 1.25);
    const auto web = store.metricSeries(3);
    QCOMPARE(web.size(), std::size_t(1));
    QCOMPARE(web[0].name, std::string("fertility"));
    QCOMPARE(web[0].source, std::string("web/en"));

    // The repeated step 2 collapsed to the value written last; the NaN survived as NaN.
    const auto loss = store.metrics(2, "loss");
    QCOMPARE(loss.size(), std::size_t(3));
    QCOMPARE(loss[1].step, int64_t(2));
    QCOMPARE(loss[1].value, 3.25);
    QCOMPARE(loss[1].wallTime, 1762768803.0);
    QCOMPARE(loss[1].tokens, int64_t(2048));
    QVERIFY(std::isnan(loss[2].value));
    QCOMPARE(store.metrics(2, "lr").size(), std::size_t(1));

    // The clock continues after the old rows: a new point is read after the old cursor, alone.
    const MetricsDelta old = store.metricsSince(2, 0);
    QCOMPARE(old.points.size(), std::size_t(4));
    QCOMPARE(old.cursor, int64_t(8)); // one tick per old row
    MetricPoint next;
    next.runId = 2;
    next.name = "loss";
    next.step = 4;
    next.value = 3.0;
    store.addMetrics({next});
    const MetricsDelta after = store.metricsSince(2, old.cursor);
    QCOMPARE(after.points.size(), std::size_t(1));
    QCOMPARE(after.points[0].step, int64_t(4));
    QCOMPARE(after.cursor, int64_t(9));

    const StoreCounts counts = store.counts();
    QCOMPARE(counts.datasets, int64_t(2));
    QCOMPARE(counts.runs, int64_t(3));
    QCOMPARE(counts.runsDone + counts.runsFailed + counts.runsRunning, int64_t(3));
    QCOMPARE(counts.metrics, int64_t(8 - 1 + 1)); // 8 old rows, one step repeated, one new point
    QCOMPARE(counts.artifacts, int64_t(2));
    QCOMPARE(store.artifacts(1).at(0).path, std::string("datasets/gcide.signals.zst"));

    RawDb raw(store.storeFile());
    QCOMPARE(raw.integer("SELECT COUNT(*) FROM sqlite_master WHERE name = 'metrics'"), 0LL);
    QCOMPARE(raw.integer("SELECT COUNT(*) FROM schema_version"), static_cast<long long>(kSchemaVersion));
    QCOMPARE(raw.text("PRAGMA integrity_check"), std::string("ok"));
    QCOMPARE(raw.text("PRAGMA foreign_key_check"), std::string());
}

// A read-only connection does not migrate, so it refuses a v3 store without touching it; after
// open() migrated it, a second open is a no-op: no step recorded again, no byte changed.
void TestStoreMigration::readerRefusesUnmigratedAndSecondOpenIsNoOp()
{
    const fs::path dir = copyOf(3);
    const QByteArray before = fileHash(dir / kStoreFileName);
    try {
        ProjectStore::openReadOnly(dir);
        QFAIL("openReadOnly accepted a store at schema 3");
    } catch (const StoreError& error) {
        const QString message = QString::fromUtf8(error.what());
        QVERIFY2(message.contains(QStringLiteral("needs migrating")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("schema 3")), qPrintable(message));
    }
    QCOMPARE(fileHash(dir / kStoreFileName), before);

    { auto store = ProjectStore::open(dir); }
    const QByteArray migrated = fileHash(dir / kStoreFileName);
    QVERIFY(migrated != before);
    {
        auto again = ProjectStore::open(dir);
        QCOMPARE(again.schemaVersion(), kSchemaVersion);
        auto reader = ProjectStore::openReadOnly(dir);
        QCOMPARE(reader.counts().metrics, int64_t(7));
    }
    QCOMPARE(fileHash(dir / kStoreFileName), migrated);
    RawDb raw(dir / kStoreFileName, SQLITE_OPEN_READONLY);
    QCOMPARE(raw.integer("SELECT COUNT(*) FROM schema_version"), static_cast<long long>(kSchemaVersion));
}

// v4 -> v5 (issue 9): a store as issue 8 left it gains the token_shards table; every v4 row stays
// (series, points, heartbeat, evaluation result), and the new table works: a row per folder
// (a rebuild replaces it), listed per dataset, gone with its dataset.
void TestStoreMigration::migratesV4ToTokenShards()
{
    const fs::path dir = copyOf(4);
    {
        RawDb raw(dir / kStoreFileName, SQLITE_OPEN_READONLY);
        QCOMPARE(raw.integer("PRAGMA user_version"), 4LL);
        QCOMPARE(raw.integer("SELECT COUNT(*) FROM sqlite_master WHERE name = 'token_shards'"), 0LL);
    }
    auto store = ProjectStore::open(dir);
    QCOMPARE(store.schemaVersion(), 5);
    QCOMPARE(store.datasets().size(), std::size_t(2));
    QCOMPARE(store.metrics(2, "loss").size(), std::size_t(3));
    QCOMPARE(store.metrics(2, "loss")[1].value, 3.25);
    QCOMPARE(store.run(3)->host, std::string("lab-1"));
    QCOMPARE(store.run(3)->pidStartTime, int64_t(987654));
    QCOMPARE(store.evalResults(1).size(), std::size_t(1));
    QCOMPARE(store.evalResults(1)[0].task, std::string("hellaswag"));
    QVERIFY(store.tokenShards().empty());

    TokenShardsRecord shards;
    shards.datasetId = 1;
    shards.tokenizerFingerprint = "0123456789abcdef0123456789abcdef";
    shards.tokenizerPath = (dir / "tokenizers" / "domain.model").string(); // stored relative
    shards.optionsHash = "fedcba9876543210";
    shards.optionsJson = R"({"seed":0})";
    shards.datasetFingerprint = "00112233445566778899aabbccddeeff";
    shards.folder = (dir / "shards" / "gcide" / "0123456789ab-fedcba98").string();
    shards.documents = 1700;
    shards.tokens = 123456;
    shards.heldoutDocuments = 100;
    shards.heldoutTokens = 7000;
    shards.dtype = "u16";
    shards.vocabSize = 8000;
    const int64_t id = store.recordTokenShards(shards);
    QVERIFY(id > 0);
    auto rows = store.tokenShards(1);
    QCOMPARE(rows.size(), std::size_t(1));
    QCOMPARE(rows[0].folder, std::string("shards/gcide/0123456789ab-fedcba98"));
    QCOMPARE(rows[0].tokenizerPath, std::string("tokenizers/domain.model"));
    QCOMPARE(rows[0].tokens, int64_t(123456));
    QCOMPARE(rows[0].heldoutTokens, int64_t(7000));
    QCOMPARE(rows[0].vocabSize, int64_t(8000));
    QVERIFY(!rows[0].createdAt.empty());
    QVERIFY(store.tokenShards(2).empty());

    // The same folder again (its inputs changed): one row, the new counts.
    shards.datasetFingerprint = "ffeeddccbbaa99887766554433221100";
    shards.tokens = 130000;
    QCOMPARE(store.recordTokenShards(shards), id);
    QCOMPARE(store.tokenShards().size(), std::size_t(1));
    QCOMPARE(store.tokenShardsByFolder("shards/gcide/0123456789ab-fedcba98")->tokens, int64_t(130000));

    shards.dtype = "i8";
    QVERIFY_THROWS_EXCEPTION(StoreError, store.recordTokenShards(shards));

    // The row goes with its dataset (the derived dataset 2 keeps its own rows, it has none).
    store.removeDataset(1);
    QVERIFY(store.tokenShards().empty());
    QVERIFY_THROWS_EXCEPTION(StoreError, store.removeTokenShards(id));

    RawDb raw(store.storeFile());
    QCOMPARE(raw.integer("SELECT COUNT(*) FROM schema_version"), 5LL);
    QCOMPARE(raw.text("PRAGMA integrity_check"), std::string("ok"));
    QCOMPARE(raw.text("PRAGMA foreign_key_check"), std::string());
}

QTEST_GUILESS_MAIN(TestStoreMigration)
#include "tst_store_migration.moc"
