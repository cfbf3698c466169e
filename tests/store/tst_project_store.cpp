// ProjectStore basics: creating and reopening a project, CRUD for datasets, runs, metrics and
// artifacts, the foreign keys behind them, counts() and the relative-path rule.
#include "store/dataset_name.h"
#include "store/project_store.h"
#include "store_test_support.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>
#include <optional>
#include <fstream>

using namespace adaptlab::store;
using namespace adaptlab::store::test;
namespace fs = std::filesystem;

namespace {

// The StoreError's message, or an empty string when the call did not throw one.
template <typename Call>
QString storeErrorOf(Call&& call)
{
    try {
        call();
    } catch (const StoreError& error) {
        return QString::fromUtf8(error.what());
    }
    return {};
}

bool isIsoUtc(const std::string& text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$)"));
    return pattern.match(QString::fromStdString(text)).hasMatch();
}

DatasetRecord makeDataset(const std::string& name, const std::string& path)
{
    DatasetRecord dataset;
    dataset.name = name;
    dataset.path = path;
    dataset.format = "jsonl";
    return dataset;
}

} // namespace

class TestProjectStore final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createMakesFolderAndStore();
    void createRefusesExistingProject();
    void reopenKeepsContent_data();
    void reopenKeepsContent();
    void connectionSettings();
    void datasetSummaries();
    void datasetRoundTrip();
    void datasetNamesAreUnique();
    void datasetNameRule_data();
    void datasetNameRule();
    void datasetSettings();
    void datasetParentMustExist();
    void datasetCounts();
    void runLifecycle();
    void runStatusText_data();
    void runStatusText();
    void runParentMustExist();
    void runUpdatesNeedExistingRun();
    void runsNewestFirst();
    void metricsRoundTrip();
    void metricsBatchIsAtomic();
    void deletingRunCascades();
    void artifactsRoundTrip();
    void counts();
    void unknownRunStatusRow();
    void removeDataset();
    void removeDatasetKeepsProvenance_data();
    void removeDatasetKeepsProvenance();
    void isStoreFile_data();
    void isStoreFile();
    void relativePaths_data();
    void relativePaths();
    void absolutePaths_data();
    void absolutePaths();
    void movedProjectKeepsPaths();
    void runDirCreatedOnDemand();

private:
    QTemporaryDir m_temp;
    std::optional<ProjectStore> m_pathStore; // relativePaths() rows share one project; closes first
    int m_counter = 0;
    fs::path freshDir() { return toPath(m_temp.path()) / ("project" + std::to_string(++m_counter)); }
};

void TestProjectStore::initTestCase()
{
    QVERIFY(m_temp.isValid());
    m_pathStore.emplace(ProjectStore::create(toPath(m_temp.path()) / "paths" / "project"));
}

void TestProjectStore::createMakesFolderAndStore()
{
    const fs::path dir = freshDir() / "nested" / "deeper";
    auto store = ProjectStore::create(dir);
    QCOMPARE(store.root(), fs::canonical(dir));
    QCOMPARE(store.storeFile(), fs::canonical(dir) / kStoreFileName);
    QVERIFY(fs::is_regular_file(dir / kStoreFileName));
    for (const char* sub : {"datasets", "tokenizers", "shards", "runs"})
        QVERIFY2(fs::is_directory(dir / sub), sub);
    QCOMPARE(store.schemaVersion(), kSchemaVersion);
    QVERIFY(ProjectStore::isProject(dir));
    QVERIFY(ProjectStore::isProject(dir / kStoreFileName));
    QVERIFY(!ProjectStore::isProject(dir / "datasets"));
}

void TestProjectStore::createRefusesExistingProject()
{
    const fs::path dir = freshDir();
    {
        auto store = ProjectStore::create(dir);
        store.createRun("scan", "{}");
    }
    const QByteArray before = fileHash(dir / kStoreFileName);
    const QString message = storeErrorOf([&] { ProjectStore::create(dir); });
    QVERIFY2(message.contains(toQString(dir / kStoreFileName)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("already")), qPrintable(message));
    QCOMPARE(fileHash(dir / kStoreFileName), before);
    QCOMPARE(ProjectStore::open(dir).runs().size(), std::size_t(1));

    // Same when what is there is not even a store: create() must not overwrite a user's file.
    const fs::path other = freshDir();
    fs::create_directories(other);
    std::ofstream(other / kStoreFileName) << "notes";
    QVERIFY(!storeErrorOf([&] { ProjectStore::create(other); }).isEmpty());
    std::ifstream in(other / kStoreFileName);
    std::string content;
    in >> content;
    QCOMPARE(content, std::string("notes"));
}

void TestProjectStore::reopenKeepsContent_data()
{
    QTest::addColumn<bool>("viaFile");
    QTest::newRow("folder") << false;
    QTest::newRow("project.adaptlab") << true;
}

void TestProjectStore::reopenKeepsContent()
{
    QFETCH(bool, viaFile);
    const fs::path dir = freshDir();
    int64_t datasetId = 0, runId = 0;
    {
        auto store = ProjectStore::create(dir);
        datasetId = store.addDataset(makeDataset("gcide", "datasets/gcide.jsonl"));
        runId = store.createRun("train_tokenizer", R"({"version":1})");
        store.addMetrics({{runId, "loss", "", "", 1, 100, 2.5, 1.0}});
    }
    // Closing the last connection checkpoints the WAL: only the main file is left.
    QCOMPARE(folderListing(dir),
             QStringList({"datasets", "project.adaptlab", "runs", "shards", "tokenizers"}));

    auto store = ProjectStore::open(viaFile ? dir / kStoreFileName : dir);
    QCOMPARE(store.root(), fs::canonical(dir));
    QCOMPARE(store.schemaVersion(), kSchemaVersion);
    QCOMPARE(store.dataset(datasetId)->name, std::string("gcide"));
    QCOMPARE(store.run(runId)->specJson, std::string(R"({"version":1})"));
    QCOMPARE(store.metrics(runId).size(), std::size_t(1));
}

void TestProjectStore::connectionSettings()
{
    const fs::path dir = freshDir();
    auto store = ProjectStore::create(dir);
    RawDb raw(dir / kStoreFileName, SQLITE_OPEN_READONLY);
    QCOMPARE(raw.text("PRAGMA journal_mode"), std::string("wal"));
    QCOMPARE(raw.integer("PRAGMA application_id"), static_cast<long long>(kApplicationId));
    QCOMPARE(raw.integer("PRAGMA user_version"), static_cast<long long>(kSchemaVersion));
    QCOMPARE(raw.integer("SELECT MAX(version) FROM schema_version"),
             static_cast<long long>(kSchemaVersion));
    QCOMPARE(raw.integer("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' "
                         "AND name = 'metric_points_by_seq'"),
             1LL);
    // foreign_keys is per connection, so it shows in the store's behaviour (see *MustExist tests).
}

void TestProjectStore::datasetRoundTrip()
{
    auto store = ProjectStore::create(freshDir());
    DatasetRecord source = makeDataset("foldoc", "datasets/foldoc.jsonl.zst");
    source.format = "jsonl.zst";
    source.textField = "body";
    source.metadataJson = R"({"source":"foldoc","fields":["headword"]})";
    source.documents = 15000;
    source.bytes = 1 << 22;
    source.provenanceJson = R"({"recipe":"scripts/demo"})";
    const int64_t sourceId = store.addDataset(source);

    DatasetRecord derived = makeDataset("foldoc-dedup", "datasets/foldoc-dedup.jsonl");
    derived.parentDatasetId = sourceId;
    const int64_t derivedId = store.addDataset(derived);
    QVERIFY(derivedId != sourceId);

    const auto read = store.dataset(sourceId);
    QVERIFY(read.has_value());
    QCOMPARE(read->id, sourceId);
    QCOMPARE(read->name, source.name);
    QCOMPARE(read->path, source.path);
    QCOMPARE(read->format, source.format);
    QCOMPARE(read->textField, source.textField);
    QCOMPARE(read->metadataJson, source.metadataJson);
    QCOMPARE(read->documents, source.documents);
    QCOMPARE(read->bytes, source.bytes);
    QVERIFY(!read->parentDatasetId.has_value());
    QCOMPARE(read->provenanceJson, source.provenanceJson);
    QVERIFY2(isIsoUtc(read->createdAt), read->createdAt.c_str());

    QCOMPARE(store.datasetByName("foldoc-dedup")->parentDatasetId, std::optional<int64_t>(sourceId));
    QVERIFY(!store.datasetByName("nope").has_value());
    QVERIFY(!store.dataset(9999).has_value());
    const auto all = store.datasets();
    QCOMPARE(all.size(), std::size_t(2));
    QCOMPARE(all[0].id, sourceId);
    QCOMPARE(all[1].id, derivedId);
    // Defaults: counts unknown until a scan fills them in.
    QCOMPARE(all[1].documents, int64_t(-1));
    QCOMPARE(all[1].textField, std::string("text"));
}

void TestProjectStore::datasetNamesAreUnique()
{
    auto store = ProjectStore::create(freshDir());
    store.addDataset(makeDataset("gcide", "datasets/a.jsonl"));
    const QString message = storeErrorOf([&] { store.addDataset(makeDataset("gcide", "datasets/b.jsonl")); });
    QVERIFY2(message.contains(QStringLiteral("'gcide' already exists")), qPrintable(message));
    QVERIFY2(message.contains(toQString(store.storeFile())), qPrintable(message));
    QCOMPARE(store.datasets().size(), std::size_t(1));
    QCOMPARE(store.datasets()[0].path, std::string("datasets/a.jsonl"));
    // Names are case-sensitive labels, and empty ones are refused.
    store.addDataset(makeDataset("GCIDE", "datasets/b.jsonl"));
    QVERIFY(!storeErrorOf([&] { store.addDataset(makeDataset("", "datasets/c.jsonl")); }).isEmpty());
}

void TestProjectStore::datasetNameRule_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QByteArray("gcide") << true;
    QTest::newRow("dots, dashes, spaces inside") << QByteArray("wiki 2024.v2-dedup_x") << true;
    QTest::newRow("chinese") << QByteArray("\xe4\xb8\xad\xe6\x96\x87\xe8\xaf\xad\xe6\x96\x99") << true;
    QTest::newRow("100 bytes") << QByteArray(100, 'a') << true;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("101 bytes") << QByteArray(101, 'a') << false;
    QTest::newRow("parent") << QByteArray("..") << false;
    QTest::newRow("dot") << QByteArray(".") << false;
    QTest::newRow("escape") << QByteArray("../../outside/evil") << false;
    QTest::newRow("sub folder") << QByteArray("sub/dir") << false;
    QTest::newRow("backslash") << QByteArray("sub\\dir") << false;
    QTest::newRow("hidden") << QByteArray(".hidden") << false;
    QTest::newRow("flag") << QByteArray("-rf") << false;
    QTest::newRow("newline") << QByteArray("a\nb") << false;
    QTest::newRow("tab") << QByteArray("a\tb") << false;
    QTest::newRow("NUL") << QByteArray("a\0b", 3) << false;
    QTest::newRow("leading space") << QByteArray(" a") << false;
    QTest::newRow("trailing space") << QByteArray("a ") << false;
    QTest::newRow("invalid UTF-8") << QByteArray("a\xff") << false;
    QTest::newRow("overlong UTF-8 slash") << QByteArray("a\xc0\xaf" "b") << false;
    QTest::newRow("surrogate") << QByteArray("a\xed\xa0\x80") << false;
    QTest::newRow("truncated UTF-8") << QByteArray("a\xe4\xb8") << false;
    QTest::newRow("C1 control") << QByteArray("a\xc2\x85") << false;
}

void TestProjectStore::datasetNameRule()
{
    QFETCH(QByteArray, name);
    QFETCH(bool, valid);
    const std::string text(name.constData(), static_cast<size_t>(name.size()));
    const auto problem = datasetNameProblem(text);
    QCOMPARE(!problem.has_value(), valid);
    // The store applies the same rule, and a refused name leaves no row behind.
    auto store = ProjectStore::create(freshDir());
    const QString message = storeErrorOf([&] { store.addDataset(makeDataset(text, "datasets/x.jsonl")); });
    QCOMPARE(message.isEmpty(), valid);
    if (!valid) {
        QVERIFY2(message.contains(QString::fromStdString(*problem)), qPrintable(message));
        QVERIFY(store.datasets().empty());
    }
}

void TestProjectStore::datasetSettings()
{
    auto store = ProjectStore::create(freshDir());
    const int64_t id = store.addDataset(makeDataset("gcide", "datasets/gcide.jsonl"));
    QCOMPARE(store.dataset(id)->settingsJson, std::string("{}"));
    const std::string settings = R"({"quality_rules":[{"key":"words_min","threshold":20}]})";
    store.setDatasetSettings(id, settings);
    QCOMPARE(store.dataset(id)->settingsJson, settings);
    QCOMPARE(store.datasetByName("gcide")->settingsJson, settings);
    const QString message = storeErrorOf([&] { store.setDatasetSettings(id + 1, "{}"); });
    QVERIFY2(message.contains(QStringLiteral("no dataset with id")), qPrintable(message));
}

void TestProjectStore::datasetParentMustExist()
{
    auto store = ProjectStore::create(freshDir());
    DatasetRecord orphan = makeDataset("orphan", "datasets/orphan.jsonl");
    orphan.parentDatasetId = 42;
    const QString message = storeErrorOf([&] { store.addDataset(orphan); });
    QVERIFY2(message.contains(QStringLiteral("FOREIGN KEY")), qPrintable(message));
    QVERIFY2(message.contains(toQString(store.storeFile())), qPrintable(message));
    QVERIFY(store.datasets().empty());
}

void TestProjectStore::datasetCounts()
{
    auto store = ProjectStore::create(freshDir());
    const int64_t id = store.addDataset(makeDataset("gcide", "datasets/gcide.jsonl"));
    store.setDatasetCounts(id, 1234, 567890);
    QCOMPARE(store.dataset(id)->documents, int64_t(1234));
    QCOMPARE(store.dataset(id)->bytes, int64_t(567890));
    const QString message = storeErrorOf([&] { store.setDatasetCounts(id + 1, 1, 1); });
    QVERIFY2(message.contains(QStringLiteral("no dataset with id")), qPrintable(message));
}

void TestProjectStore::datasetSummaries()
{
    auto store = ProjectStore::create(freshDir());
    const int64_t id = store.addDataset(makeDataset("web", "datasets/web.jsonl"));
    QVERIFY(!store.datasetSummary(id).has_value());
    store.setDatasetSummary(id, "datasets/web.signals", R"({"documents":3})");
    auto summary = store.datasetSummary(id);
    QVERIFY(summary.has_value());
    QCOMPARE(summary->signalsPath, std::string("datasets/web.signals"));
    QCOMPARE(summary->summaryJson, std::string(R"({"documents":3})"));
    QVERIFY(!summary->updatedAt.empty());
    store.setDatasetSummary(id, "", R"({"documents":4})"); // a rescan replaces it
    summary = store.datasetSummary(id);
    QCOMPARE(summary->signalsPath, std::string());
    QCOMPARE(summary->summaryJson, std::string(R"({"documents":4})"));
    // a summary belongs to an existing dataset
    const QString message = storeErrorOf([&] { store.setDatasetSummary(id + 100, "", "{}"); });
    QVERIFY2(message.contains(QStringLiteral("FOREIGN KEY")) || message.contains(QStringLiteral("constraint")),
             qPrintable(message));
}

void TestProjectStore::runLifecycle()
{
    auto store = ProjectStore::create(freshDir());
    const int64_t id = store.createRun("train_tokenizer", R"({"vocab":8000})");
    auto run = store.run(id);
    QVERIFY(run.has_value());
    QCOMPARE(run->kind, std::string("train_tokenizer"));
    QCOMPARE(statusText(run->status), statusText(RunStatus::Queued));
    QCOMPARE(run->specJson, std::string(R"({"vocab":8000})"));
    QVERIFY(isIsoUtc(run->createdAt));
    QVERIFY(run->startedAt.empty());
    QVERIFY(run->finishedAt.empty());
    QCOMPARE(run->resultJson, std::string("{}"));
    QCOMPARE(run->pid, int64_t(0));

    store.setRunPid(id, 4242);
    store.setRunStatus(id, RunStatus::Running);
    run = store.run(id);
    QCOMPARE(statusText(run->status), statusText(RunStatus::Running));
    QCOMPARE(run->pid, int64_t(4242));
    QVERIFY(isIsoUtc(run->startedAt));
    QVERIFY(run->finishedAt.empty());
    QVERIFY(run->startedAt >= run->createdAt); // ISO 8601 UTC sorts as text

    store.setRunResult(id, R"({"pieces":8000})");
    store.setRunStatus(id, RunStatus::Failed, "out of memory");
    run = store.run(id);
    QCOMPARE(statusText(run->status), statusText(RunStatus::Failed));
    QCOMPARE(run->message, std::string("out of memory"));
    QCOMPARE(run->resultJson, std::string(R"({"pieces":8000})"));
    QVERIFY(isIsoUtc(run->finishedAt));
    QVERIFY(run->finishedAt >= run->startedAt);

    // Resuming keeps the first start, clears the finish and the old message.
    const std::string firstStart = run->startedAt;
    store.setRunStatus(id, RunStatus::Running);
    run = store.run(id);
    QCOMPARE(run->startedAt, firstStart);
    QVERIFY(run->finishedAt.empty());
    QVERIFY(run->message.empty());

    for (auto end : {RunStatus::Done, RunStatus::Stopped}) {
        store.setRunStatus(id, end);
        QCOMPARE(statusText(store.run(id)->status), statusText(end));
        QVERIFY(isIsoUtc(store.run(id)->finishedAt));
    }
    QVERIFY(!store.run(id + 100).has_value());
}

void TestProjectStore::runStatusText_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("text");
    QTest::newRow("queued") << int(RunStatus::Queued) << "queued";
    QTest::newRow("running") << int(RunStatus::Running) << "running";
    QTest::newRow("done") << int(RunStatus::Done) << "done";
    QTest::newRow("failed") << int(RunStatus::Failed) << "failed";
    QTest::newRow("stopped") << int(RunStatus::Stopped) << "stopped";
}

void TestProjectStore::runStatusText()
{
    QFETCH(int, status);
    QFETCH(QString, text);
    QCOMPARE(QString::fromStdString(toString(RunStatus(status))), text);
    QCOMPARE(int(runStatusFromString(text.toStdString())), status);
    QVERIFY(!storeErrorOf([&] { runStatusFromString(text.toUpper().toStdString()); }).isEmpty());
    QVERIFY(!storeErrorOf([&] { runStatusFromString(""); }).isEmpty());
}

void TestProjectStore::runParentMustExist()
{
    auto store = ProjectStore::create(freshDir());
    const int64_t parent = store.createRun("train", "{}");
    const int64_t child = store.createRun("eval", "{}", parent);
    QCOMPARE(store.run(child)->parentRunId, std::optional<int64_t>(parent));
    QVERIFY(!store.run(parent)->parentRunId.has_value());
    const QString message = storeErrorOf([&] { store.createRun("eval", "{}", 777); });
    QVERIFY2(message.contains(QStringLiteral("FOREIGN KEY")), qPrintable(message));
    QCOMPARE(store.runs().size(), std::size_t(2));
}

void TestProjectStore::runUpdatesNeedExistingRun()
{
    auto store = ProjectStore::create(freshDir());
    for (const auto& update : std::vector<std::function<void()>>{
             [&] { store.setRunStatus(5, RunStatus::Running); },
             [&] { store.setRunResult(5, "{}"); },
             [&] { store.setRunPid(5, 1); },
         }) {
        const QString message = storeErrorOf(update);
        QVERIFY2(message.contains(QStringLiteral("no run with id 5")), qPrintable(message));
    }
    QVERIFY(!storeErrorOf([&] { store.createRun("", "{}"); }).isEmpty());
}

void TestProjectStore::runsNewestFirst()
{
    auto store = ProjectStore::create(freshDir());
    std::vector<int64_t> ids;
    for (int i = 0; i < 5; ++i)
        ids.push_back(store.createRun("scan", "{}"));
    const auto runs = store.runs();
    QCOMPARE(runs.size(), ids.size());
    for (std::size_t i = 0; i < runs.size(); ++i)
        QCOMPARE(runs[i].id, ids[ids.size() - 1 - i]);
}

void TestProjectStore::metricsRoundTrip()
{
    auto store = ProjectStore::create(freshDir());
    const int64_t run = store.createRun("train", "{}");
    const int64_t other = store.createRun("train", "{}");
    // Written out of step order and interleaved by name; read back sorted by step per name.
    store.addMetrics({
        {run, "loss", "", "", 20, 2048, 2.0, 1700000020.5},
        {run, "loss", "", "", 10, 1024, 3.0, 1700000010.25},
        {run, "lr", "", "", 10, 1024, 1e-3, 1700000010.25},
        {other, "loss", "", "", 10, 1024, 9.0, 1700000011.0},
    });
    store.addMetrics({{run, "loss", "", "", 30, 3072, std::nan(""), 1700000030.0}}); // a diverged step
    store.addMetrics({});

    const auto loss = store.metrics(run, "loss");
    QCOMPARE(loss.size(), std::size_t(3));
    QCOMPARE(loss[0].step, int64_t(10));
    QCOMPARE(loss[0].tokens, int64_t(1024));
    QCOMPARE(loss[0].value, 3.0);
    QCOMPARE(loss[0].wallTime, 1700000010.25);
    QCOMPARE(loss[0].runId, run);
    QCOMPARE(loss[0].name, std::string("loss"));
    QCOMPARE(loss[1].step, int64_t(20));
    QCOMPARE(loss[2].step, int64_t(30));
    QVERIFY(std::isnan(loss[2].value));

    const auto all = store.metrics(run);
    QCOMPARE(all.size(), std::size_t(4));
    QCOMPARE(all[3].name, std::string("lr"));
    QCOMPARE(all[3].value, 1e-3);
    QCOMPARE(store.metrics(other).size(), std::size_t(1));
    QVERIFY(store.metrics(run, "accuracy").empty());
    QVERIFY(store.metrics(12345).empty());
}

void TestProjectStore::metricsBatchIsAtomic()
{
    auto store = ProjectStore::create(freshDir());
    const int64_t run = store.createRun("train", "{}");
    // The third point names a run that does not exist: the foreign key refuses it, and the whole
    // call is one transaction, so the first two must not stay behind either.
    const QString message = storeErrorOf([&] {
        store.addMetrics({{run, "loss", "", "", 1, 0, 1.0, 0.0}, {run, "loss", "", "", 2, 0, 1.0, 0.0},
                          {run + 1, "loss", "", "", 3, 0, 1.0, 0.0}});
    });
    QVERIFY2(message.contains(QStringLiteral("FOREIGN KEY")), qPrintable(message));
    QVERIFY(store.metrics(run).empty());
    // The store stays usable after the rollback.
    store.addMetrics({{run, "loss", "", "", 1, 0, 1.0, 0.0}});
    QCOMPARE(store.metrics(run).size(), std::size_t(1));
}

void TestProjectStore::deletingRunCascades()
{
    const fs::path dir = freshDir();
    auto store = ProjectStore::create(dir);
    const int64_t run = store.createRun("train", "{}");
    const int64_t child = store.createRun("eval", "{}", run);
    const int64_t keep = store.createRun("train", "{}");
    store.addMetrics({{run, "loss", "", "", 1, 0, 1.0, 0.0}, {run, "loss", "", "", 2, 0, 0.5, 0.0},
                      {keep, "loss", "", "", 1, 0, 1.0, 0.0}});
    ArtifactRecord checkpoint;
    checkpoint.runId = run;
    checkpoint.kind = "checkpoint";
    checkpoint.path = "runs/1/checkpoint-2";
    const int64_t artifact = store.addArtifact(checkpoint);

    // There is no delete API yet; a GUI "delete run" will do this, so the schema must be ready.
    {
        RawDb raw(dir / kStoreFileName);
        raw.exec("PRAGMA foreign_keys = ON; DELETE FROM runs WHERE id = " + std::to_string(run));
    }
    QVERIFY(store.metrics(run).empty());
    QCOMPARE(store.metrics(keep).size(), std::size_t(1));
    QVERIFY(!store.run(child)->parentRunId.has_value());
    QCOMPARE(store.artifacts().size(), std::size_t(1));
    QCOMPARE(store.artifacts()[0].id, artifact);
    QVERIFY(!store.artifacts()[0].runId.has_value());
}

void TestProjectStore::artifactsRoundTrip()
{
    const fs::path dir = freshDir();
    auto store = ProjectStore::create(dir);
    const int64_t run = store.createRun("train_tokenizer", "{}");
    ArtifactRecord tokenizer;
    tokenizer.runId = run;
    tokenizer.kind = "tokenizer";
    tokenizer.path = (store.root() / "tokenizers" / "demo.model").string(); // absolute, inside
    tokenizer.metadataJson = R"({"vocab":8000})";
    const int64_t first = store.addArtifact(tokenizer);
    ArtifactRecord log;
    log.kind = "log";
    log.path = "runs/1/log.txt";
    const int64_t second = store.addArtifact(log);

    const auto all = store.artifacts();
    QCOMPARE(all.size(), std::size_t(2));
    QCOMPARE(all[0].id, first);
    QCOMPARE(all[0].runId, std::optional<int64_t>(run));
    QCOMPARE(all[0].kind, std::string("tokenizer"));
    QCOMPARE(all[0].path, std::string("tokenizers/demo.model")); // stored relative
    QCOMPARE(all[0].metadataJson, std::string(R"({"vocab":8000})"));
    QVERIFY(isIsoUtc(all[0].createdAt));
    QCOMPARE(all[1].id, second);
    QVERIFY(!all[1].runId.has_value());
    QCOMPARE(store.artifacts(run).size(), std::size_t(1));
    QCOMPARE(store.artifacts(run)[0].id, first);
    QVERIFY(store.artifacts(run + 1).empty());

    ArtifactRecord orphan = log;
    orphan.runId = 99;
    QVERIFY(storeErrorOf([&] { store.addArtifact(orphan); }).contains(QStringLiteral("FOREIGN KEY")));
}

void TestProjectStore::counts()
{
    auto store = ProjectStore::create(freshDir());
    StoreCounts counts = store.counts();
    QCOMPARE(counts.datasets, int64_t(0));
    QCOMPARE(counts.runs, int64_t(0));
    QCOMPARE(counts.metrics, int64_t(0));

    store.addDataset(makeDataset("a", "datasets/a.jsonl"));
    store.addDataset(makeDataset("b", "datasets/b.jsonl"));
    const int64_t running = store.createRun("train", "{}");
    const int64_t done = store.createRun("train", "{}");
    const int64_t failed = store.createRun("train", "{}");
    store.createRun("train", "{}"); // stays queued
    store.setRunStatus(running, RunStatus::Running);
    store.setRunStatus(done, RunStatus::Done);
    store.setRunStatus(failed, RunStatus::Failed, "boom");
    const int64_t stopped = store.createRun("train", "{}");
    store.setRunStatus(stopped, RunStatus::Stopped, "stopped on request");
    store.addMetrics({{running, "loss", "", "", 1, 0, 1.0, 0.0}, {done, "loss", "", "", 1, 0, 1.0, 0.0},
                      {done, "loss", "", "", 2, 0, 1.0, 0.0}});
    ArtifactRecord artifact;
    artifact.kind = "log";
    artifact.path = "runs/1/log.txt";
    store.addArtifact(artifact);

    counts = store.counts();
    QCOMPARE(counts.datasets, int64_t(2));
    QCOMPARE(counts.runs, int64_t(5));
    QCOMPARE(counts.runsQueued, int64_t(1));
    QCOMPARE(counts.runsRunning, int64_t(1));
    QCOMPARE(counts.runsDone, int64_t(1));
    QCOMPARE(counts.runsFailed, int64_t(1));
    // Issue 7, item 9: stopped runs were left out, so the parts did not add up to the runs.
    QCOMPARE(counts.runsStopped, int64_t(1));
    QCOMPARE(counts.runsUnknown, int64_t(0));
    QCOMPARE(counts.runsQueued + counts.runsRunning + counts.runsDone + counts.runsFailed + counts.runsStopped,
             counts.runs);
    QCOMPARE(counts.metrics, int64_t(3));
    QCOMPARE(counts.artifacts, int64_t(1));
}

// Issue 7, item 5: one run row with a status this build does not know made runs() throw, and with
// it `project show`, without naming the store. It is listed as Unknown, saying where it is.
void TestProjectStore::unknownRunStatusRow()
{
    auto store = ProjectStore::create(freshDir());
    const int64_t good = store.createRun("train", "{}");
    store.setRunStatus(good, RunStatus::Done);
    {
        RawDb raw(store.storeFile());
        raw.exec("PRAGMA ignore_check_constraints = ON; "
                 "INSERT INTO runs (kind, status, created_at, message) VALUES ('train', 'paused', 'now', 'hand-edited')");
    }
    const auto runs = store.runs();
    QCOMPARE(runs.size(), std::size_t(2));
    const RunRecord& bad = runs.front(); // newest first
    QCOMPARE(statusText(bad.status), QStringLiteral("unknown"));
    QCOMPARE(QString::fromStdString(bad.message),
             QStringLiteral("damaged run row %1 in %2: unknown status 'paused' (message: hand-edited)")
                 .arg(bad.id)
                 .arg(toQString(store.storeFile())));
    QCOMPARE(statusText(store.run(bad.id)->status), QStringLiteral("unknown"));
    QCOMPARE(statusText(store.run(good)->status), statusText(RunStatus::Done));
    const StoreCounts counts = store.counts();
    QCOMPARE(counts.runs, int64_t(2));
    QCOMPARE(counts.runsDone, int64_t(1));
    QCOMPARE(counts.runsUnknown, int64_t(1));
    // Everything else still works, the bad row included: it can be given a real status again.
    store.setRunStatus(bad.id, RunStatus::Failed, "repaired");
    QCOMPARE(statusText(store.run(bad.id)->status), statusText(RunStatus::Failed));
    // "unknown" only describes rows; no run is given it.
    const QString message = storeErrorOf([&] { store.setRunStatus(good, RunStatus::Unknown); });
    QVERIFY2(message.contains(QStringLiteral("cannot be given the status 'unknown'")), qPrintable(message));
    QCOMPARE(statusText(store.run(good)->status), statusText(RunStatus::Done));
    QVERIFY(!storeErrorOf([] { runStatusFromString("unknown"); }).isEmpty());

    // quick_check reports the row ("CHECK constraint failed in runs"), but the file is sound: the
    // store opens writable, not as damaged.
    RawDb(store.storeFile())
        .exec("PRAGMA ignore_check_constraints = ON; UPDATE runs SET status = 'paused' WHERE id = "
              + std::to_string(bad.id));
    QVERIFY(RawDb(store.storeFile()).text("PRAGMA quick_check").find("CHECK constraint failed in runs")
            != std::string::npos);
    auto reopened = ProjectStore::open(store.root());
    QCOMPARE(int(reopened.quickCheckVerdict()), int(QuickCheckVerdict::Passed));
    QVERIFY(!reopened.damage().has_value());
    reopened.createRun("eval", "{}");
    QCOMPARE(reopened.counts().runsUnknown, int64_t(1));
}

void TestProjectStore::removeDataset()
{
    auto store = ProjectStore::create(freshDir());
    const int64_t web = store.addDataset(makeDataset("web", "datasets/web.jsonl"));
    const int64_t other = store.addDataset(makeDataset("other", "datasets/other.jsonl"));
    store.setDatasetSummary(web, "datasets/web.signals", R"({"documents":3})");
    store.setDatasetSummary(other, "datasets/other.signals", R"({"documents":5})");
    const int64_t run = store.createRun("corpus_filter", "{}");
    // The artifact a corpus job records for a derived dataset's file, and one that only looks like it.
    ArtifactRecord own;
    own.runId = run;
    own.kind = "dataset";
    own.path = "datasets/web.jsonl";
    own.metadataJson = R"({"dataset":"web"})";
    store.addArtifact(own);
    ArtifactRecord log = own;
    log.kind = "log";
    store.addArtifact(log);
    ArtifactRecord broken = own;
    broken.metadataJson = "not json";
    store.addArtifact(broken);

    store.removeDataset(web);
    QVERIFY(!store.dataset(web).has_value());
    QVERIFY(!store.datasetSummary(web).has_value()); // cascades
    QCOMPARE(store.datasets().size(), std::size_t(1));
    QCOMPARE(store.datasetSummary(other)->summaryJson, std::string(R"({"documents":5})"));
    const auto artifacts = store.artifacts();
    QCOMPARE(artifacts.size(), std::size_t(2));
    QCOMPARE(artifacts[0].kind, std::string("log"));
    QCOMPARE(artifacts[1].metadataJson, std::string("not json"));
    QVERIFY(store.run(run).has_value());
    {
        RawDb raw(store.storeFile());
        QCOMPARE(raw.text("PRAGMA foreign_key_check"), std::string());
    }
    // The name is free again.
    store.addDataset(makeDataset("web", "datasets/web2.jsonl"));

    const QString message = storeErrorOf([&] { store.removeDataset(web); });
    QVERIFY2(message.contains(QStringLiteral("remove dataset failed for %1: no dataset with id %2")
                                  .arg(toQString(store.storeFile()))
                                  .arg(web)),
             qPrintable(message));
}

void TestProjectStore::removeDatasetKeepsProvenance_data()
{
    QTest::addColumn<QString>("provenance"); // the child's provenance before its parent goes
    QTest::addColumn<QString>("expected");   // and after
    QTest::newRow("names its source") << R"({"operation":"filter","source":"web","run_id":3})"
                                      << R"({"operation":"filter","source":"web","run_id":3})";
    QTest::newRow("names no source") << R"({"operation":"dedup"})" << R"({"operation":"dedup","source":"web"})";
    QTest::newRow("empty object") << "{}" << R"({"source":"web"})";
    // Text that is not a JSON object is still the only record of the story: kept as it is.
    QTest::newRow("not JSON") << "made by hand" << "made by hand";
    QTest::newRow("a JSON array") << "[1,2]" << "[1,2]";
}

// Derived datasets outlive their parent: the link goes (SET NULL), the parent's name stays.
void TestProjectStore::removeDatasetKeepsProvenance()
{
    QFETCH(QString, provenance);
    QFETCH(QString, expected);
    auto store = ProjectStore::create(freshDir());
    const int64_t parent = store.addDataset(makeDataset("web", "/data/web.jsonl"));
    DatasetRecord child = makeDataset("web-clean", "datasets/web-clean.jsonl.zst");
    child.parentDatasetId = parent;
    child.provenanceJson = provenance.toStdString();
    const int64_t childId = store.addDataset(child);
    const int64_t bystander = store.addDataset(makeDataset("news", "/data/news.jsonl"));

    store.removeDataset(parent);
    const auto after = store.dataset(childId);
    QVERIFY(after.has_value());
    QVERIFY(!after->parentDatasetId.has_value());
    QCOMPARE(QString::fromStdString(after->provenanceJson), expected);
    QCOMPARE(store.dataset(bystander)->provenanceJson, std::string("{}"));
}

void TestProjectStore::isStoreFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("expected");
    QTest::newRow("store") << "/p/project.adaptlab" << true;
    QTest::newRow("wal") << "/p/project.adaptlab-wal" << true;
    QTest::newRow("shm") << "/p/project.adaptlab-shm" << true;
    QTest::newRow("journal") << "project.adaptlab-journal" << true;
    QTest::newRow("corpus") << "/p/datasets/web.jsonl" << false;
    QTest::newRow("other suffix") << "/p/project.adaptlab-old" << false;
    QTest::newRow("backup copy") << "/p/project.adaptlab.bak" << false;
    QTest::newRow("prefix") << "/p/my-project.adaptlab" << false;
    QTest::newRow("folder") << "/p/" << false;
}

void TestProjectStore::isStoreFile()
{
    QFETCH(QString, path);
    QFETCH(bool, expected);
    QCOMPARE(adaptlab::store::isStoreFile(toPath(path)), expected);
}

void TestProjectStore::relativePaths_data()
{
    // "@" stands for the project root; an empty "stored" means the path must stay absolute.
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("stored");
    QTest::newRow("inside") << "@/datasets/gcide.jsonl" << "datasets/gcide.jsonl";
    QTest::newRow("nested") << "@/runs/3/checkpoints/step-100" << "runs/3/checkpoints/step-100";
    QTest::newRow("dot segments") << "@/shards/../datasets/./x.jsonl" << "datasets/x.jsonl";
    QTest::newRow("the root itself") << "@/" << ".";
    QTest::newRow("outside") << "/usr/share/dictd/gcide.dict.dz" << "";
    QTest::newRow("sibling sharing a name prefix") << "@/../project-other/a.txt" << "";
    QTest::newRow("parent") << "@/.." << "";
}

void TestProjectStore::relativePaths()
{
    QFETCH(QString, input);
    QFETCH(QString, stored);
    const ProjectStore& store = *m_pathStore;
    input.replace(QStringLiteral("@"), toQString(store.root()));
    const fs::path given = toPath(input);
    const fs::path place = fs::weakly_canonical(given);

    const std::string result = store.relativePath(given);
    if (stored.isEmpty()) {
        QCOMPARE(QString::fromStdString(result), toQString(place));
        QVERIFY(fs::path(result).is_absolute());
    } else {
        QCOMPARE(QString::fromStdString(result), stored);
    }
    // Whatever was stored resolves back to the same place.
    QCOMPARE(store.absolutePath(result), place);
}

void TestProjectStore::absolutePaths_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("expected"); // "@" stands for the project root
    QTest::newRow("relative") << "datasets/a.jsonl" << "@/datasets/a.jsonl";
    QTest::newRow("absolute") << "/srv/corpora/a.jsonl" << "/srv/corpora/a.jsonl";
    QTest::newRow("dot segments") << "runs/../shards/x.bin" << "@/shards/x.bin";
    QTest::newRow("empty") << "" << "";
}

void TestProjectStore::absolutePaths()
{
    QFETCH(QString, stored);
    QFETCH(QString, expected);
    auto store = ProjectStore::create(freshDir());
    expected.replace(QStringLiteral("@"), toQString(store.root()));
    QCOMPARE(toQString(store.absolutePath(stored.toStdString())), expected);
}

void TestProjectStore::movedProjectKeepsPaths()
{
    const fs::path before = freshDir();
    const fs::path outside = toPath(m_temp.path()) / "outside.jsonl";
    std::ofstream(outside) << "{}\n";
    {
        auto store = ProjectStore::create(before);
        store.addDataset(makeDataset("inside", (store.root() / "datasets" / "in.jsonl").string()));
        store.addDataset(makeDataset("outside", outside.string()));
    }
    const fs::path after = toPath(m_temp.path()) / "moved" / "elsewhere";
    fs::create_directories(after.parent_path());
    fs::rename(before, after);

    auto store = ProjectStore::open(after);
    const auto inside = store.datasetByName("inside");
    QCOMPARE(inside->path, std::string("datasets/in.jsonl"));
    QCOMPARE(store.absolutePath(inside->path), fs::canonical(after) / "datasets" / "in.jsonl");
    const auto far = store.datasetByName("outside");
    QCOMPARE(store.absolutePath(far->path), fs::canonical(outside));
}

void TestProjectStore::runDirCreatedOnDemand()
{
    auto store = ProjectStore::create(freshDir());
    const int64_t id = store.createRun("train", "{}");
    const fs::path dir = store.runDir(id);
    QCOMPARE(dir, store.root() / "runs" / std::to_string(id));
    QVERIFY(fs::is_directory(dir));
    QCOMPARE(store.runDir(id), dir); // idempotent
}

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_project_store.moc"
