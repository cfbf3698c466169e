// jobs::planDatasetRemoval / removeDataset on real projects and real files: what goes (the store
// rows, the signals file, files the project derived, their .partial leftovers), what stays (the
// user's own corpus wherever it lies, files another dataset reads, derived datasets with their
// provenance), and the refusals (no such dataset, a running job that uses it, a stale plan).
// Token shards too: the folders the build_shards job made from it, with a SentencePiece model
// trained here, go; other datasets' shards and shards built from several stay.
// QTest before nlohmann/json (builder_test_support.h): the other order leaves qfloat16 incomplete.
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "builder_test_support.h"

#include "jobs/dataset_lock.h"
#include "jobs/dataset_removal.h"
#include "jobs/job_context.h"
#include "store/project_store.h"

#include <nlohmann/json.hpp>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

using namespace adaptlab;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

QString q(const fs::path& path)
{
    return QString::fromStdString(path.string());
}

void writeFile(const fs::path& path, const std::string& text)
{
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
}

QByteArray hashOf(const fs::path& path)
{
    QFile file(q(path));
    if (!file.open(QIODevice::ReadOnly))
        return "<missing>";
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

QStringList names(const std::vector<fs::path>& paths)
{
    QStringList out;
    for (const auto& path : paths)
        out << q(path);
    out.sort();
    return out;
}

template <typename Call>
QString errorOf(Call&& call)
{
    try {
        call();
    } catch (const Error& error) {
        return QString::fromUtf8(error.what());
    }
    return {};
}

store::DatasetRecord imported(const std::string& name, const fs::path& file)
{
    store::DatasetRecord dataset;
    dataset.name = name;
    dataset.path = file.string();
    dataset.format = "jsonl";
    return dataset;
}

// A dataset as the corpus jobs register one (corpus_jobs.cpp registerOutput): its file under
// datasets/, provenance naming the source and the run, an artifact of the run.
int64_t addDerived(store::ProjectStore& store, const std::string& name, std::optional<int64_t> parent,
                   const std::string& provenance, bool artifact)
{
    const fs::path file = store.root() / "datasets" / (name + ".jsonl.zst");
    writeFile(file, "derived " + name);
    store::DatasetRecord dataset;
    dataset.name = name;
    dataset.path = store.relativePath(file);
    dataset.format = "jsonl.zst";
    dataset.parentDatasetId = parent;
    dataset.provenanceJson = provenance;
    const int64_t id = store.addDataset(dataset);
    if (artifact) {
        store::ArtifactRecord record;
        record.runId = store.createRun("corpus_filter", "{}");
        record.kind = "dataset";
        record.path = dataset.path;
        record.metadataJson = json{{"dataset", name}}.dump();
        store.addArtifact(record);
    }
    return id;
}

// Runs build_shards in the project on DATASETS with MODEL; returns the folder it reports (relative).
std::string buildShards(const fs::path& project, const json& datasets, const fs::path& model,
                        const json& extra = json::object())
{
    json params = {{"datasets", datasets}, {"tokenizer", model.string()}, {"heldout_docs", 5}};
    params.update(extra);
    const json spec = {{"version", 1}, {"kind", "build_shards"}, {"project", project.string()}, {"params", params}};
    std::string dir;
    std::string failure;
    const int code = jobs::executeSpecText(spec.dump(), project, [&](const jobs::JobEvent& event) {
        if (event.type == jobs::JobEvent::Type::Done)
            dir = json::parse(event.resultJson).at("dir").get<std::string>();
        if (event.type == jobs::JobEvent::Type::Error)
            failure = event.message;
    });
    if (code != jobs::kExitDone)
        throw Error("build_shards failed: " + failure);
    return dir;
}

} // namespace

class TestDatasetRemoval final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importedDatasetKeepsTheUsersFiles_data();
    void importedDatasetKeepsTheUsersFiles();
    void derivedDatasetLosesItsFiles_data();
    void derivedDatasetLosesItsFiles();
    void fileAnotherDatasetReadsIsKept();
    void unknownDataset();
    void writerOfTheDatasetBlocksRemoval();
    void runningJobBlocksRemoval_data();
    void runningJobBlocksRemoval();
    void stalePlanIsRefused();
    void planWithAFileOutsideIsRefused();
    void tokenShardsGoWithTheDataset_data();
    void tokenShardsGoWithTheDataset();

private:
    std::unique_ptr<QTemporaryDir> m_temp;
    fs::path m_dir;
};

void TestDatasetRemoval::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    m_dir = fs::path(m_temp->path().toStdString());
}

void TestDatasetRemoval::importedDatasetKeepsTheUsersFiles_data()
{
    QTest::addColumn<QString>("where"); // where the user's corpus lies
    QTest::newRow("outside the project") << "outside";
    // Copied into the project folder by the user, even right beside the project's own files.
    QTest::newRow("inside datasets/") << "datasets";
    QTest::newRow("a folder inside the project") << "folder";
    QTest::newRow("several files") << "several";
}

// Issue 7, item 8: removing an imported dataset deletes its rows, its signals file and the scan's
// leftovers; the user's files are never touched, and datasets derived from it keep its name.
void TestDatasetRemoval::importedDatasetKeepsTheUsersFiles()
{
    QFETCH(QString, where);
    auto store = store::ProjectStore::create(m_dir / "project");
    const fs::path root = store.root();
    std::vector<fs::path> userFiles;
    store::DatasetRecord web = imported("web", {});
    if (where == QLatin1String("outside")) {
        userFiles = {m_dir / "corpora" / "web.jsonl"};
    } else if (where == QLatin1String("datasets")) {
        userFiles = {root / "datasets" / "web.jsonl"};
    } else if (where == QLatin1String("folder")) {
        userFiles = {root / "mine" / "a.jsonl", root / "mine" / "b.jsonl"};
    } else {
        userFiles = {m_dir / "a.jsonl", root / "datasets" / "b.jsonl"};
        web.metadataJson = json{{"files", {userFiles[0].string(), store.relativePath(userFiles[1])}}}.dump();
    }
    for (const auto& file : userFiles)
        writeFile(file, R"({"text":"the user's own words"})" "\n");
    web.path = where == QLatin1String("folder") ? (root / "mine").string() : userFiles.front().string();
    const int64_t id = store.addDataset(web);
    // A finished scan, and the .partial of a rescan that died.
    const fs::path signals = root / "datasets" / "web.signals";
    writeFile(signals, "signals");
    writeFile(root / "datasets" / "web.signals.partial", "half a rescan");
    store.setDatasetSummary(id, store.relativePath(signals), R"({"documents":1})");
    const int64_t child = addDerived(store, "web-clean", id, R"({"operation":"filter","source":"web","run_id":1})", true);
    const int64_t orphan = addDerived(store, "web-sample", id, R"({"operation":"sample"})", false);
    std::vector<QByteArray> hashes;
    for (const auto& file : userFiles)
        hashes.push_back(hashOf(file));

    const jobs::DatasetRemovalPlan plan = jobs::planDatasetRemoval(store, "web");
    QCOMPARE(plan.datasetId, id);
    QCOMPARE(plan.name, std::string("web"));
    QVERIFY(plan.hasSummary);
    QCOMPARE(names(plan.filesToDelete), names({signals, root / "datasets" / "web.signals.partial"}));
    const std::vector<fs::path> expectedKept = where == QLatin1String("folder") ? std::vector<fs::path>{root / "mine"}
                                                                                : userFiles;
    QCOMPARE(names(plan.filesKept), names(expectedKept));
    std::vector<std::string> derived = plan.derivedDatasets;
    std::sort(derived.begin(), derived.end());
    QCOMPARE(derived, (std::vector<std::string>{"web-clean", "web-sample"}));

    jobs::removeDataset(store, plan);
    QVERIFY(!store.datasetByName("web").has_value());
    QVERIFY(!store.datasetSummary(id).has_value());
    QVERIFY(!fs::exists(signals));
    QVERIFY(!fs::exists(root / "datasets" / "web.signals.partial"));
    for (std::size_t i = 0; i < userFiles.size(); ++i)
        QCOMPARE(hashOf(userFiles[i]), hashes[i]);
    // The children stay, with their files and with the parent's name in their provenance.
    for (const int64_t kept : {child, orphan}) {
        const auto dataset = store.dataset(kept);
        QVERIFY(dataset.has_value());
        QVERIFY(!dataset->parentDatasetId.has_value());
        QCOMPARE(json::parse(dataset->provenanceJson)["source"].get<std::string>(), std::string("web"));
        QVERIFY(fs::exists(store.absolutePath(dataset->path)));
    }
}

void TestDatasetRemoval::derivedDatasetLosesItsFiles_data()
{
    // How the project's own output is recognised.
    QTest::addColumn<bool>("parent");
    QTest::addColumn<QString>("provenance");
    QTest::addColumn<bool>("artifact");
    QTest::newRow("as registered by a corpus job") << true << R"({"source":"web","run_id":2})" << true;
    QTest::newRow("by its parent") << true << "{}" << false;
    QTest::newRow("by its provenance (parent removed)") << false << R"({"source":"web","run_id":2})" << false;
    QTest::newRow("by its run's artifact") << false << "{}" << true;
}

void TestDatasetRemoval::derivedDatasetLosesItsFiles()
{
    QFETCH(bool, parent);
    QFETCH(QString, provenance);
    QFETCH(bool, artifact);
    auto store = store::ProjectStore::create(m_dir / "project");
    const fs::path root = store.root();
    const fs::path source = m_dir / "web.jsonl";
    writeFile(source, R"({"text":"words"})" "\n");
    const int64_t webId = store.addDataset(imported("web", source));
    const int64_t id = addDerived(store, "web-clean", parent ? std::optional<int64_t>(webId) : std::nullopt,
                                  provenance.toStdString(), artifact);
    const fs::path output = root / "datasets" / "web-clean.jsonl.zst";
    writeFile(root / "datasets" / "web-clean.jsonl.zst.partial", "a rerun that died");
    writeFile(root / "datasets" / "web-clean.signals", "signals of the output");
    store.setDatasetSummary(id, "datasets/web-clean.signals", "{}");
    const auto artifactsBefore = store.artifacts().size();

    const auto plan = jobs::planDatasetRemoval(store, "web-clean");
    QCOMPARE(names(plan.filesToDelete),
             names({output, root / "datasets" / "web-clean.jsonl.zst.partial", root / "datasets" / "web-clean.signals"}));
    QCOMPARE(names(plan.filesKept), QStringList());
    jobs::removeDataset(store, plan);
    for (const auto& file : plan.filesToDelete)
        QVERIFY2(!fs::exists(file), file.c_str());
    QVERIFY(!store.dataset(id).has_value());
    // The run's record of the file goes with the file.
    QCOMPARE(store.artifacts().size(), artifactsBefore - (artifact ? 1 : 0));
    QCOMPARE(hashOf(source), QCryptographicHash::hash(R"({"text":"words"})" "\n", QCryptographicHash::Sha256).toHex());
    QVERIFY(store.dataset(webId).has_value());
}

// A file the project wrote that another dataset reads too (imported again by hand, or inside a
// folder another dataset reads) stays.
void TestDatasetRemoval::fileAnotherDatasetReadsIsKept()
{
    auto store = store::ProjectStore::create(m_dir / "project");
    const fs::path root = store.root();
    addDerived(store, "web-clean", std::nullopt, R"({"run_id":1})", true);
    const fs::path output = root / "datasets" / "web-clean.jsonl.zst";
    store.addDataset(imported("again", output));
    const fs::path signals = root / "datasets" / "sub" / "web-clean.signals";
    writeFile(signals, "signals");
    store.setDatasetSummary(store.datasetByName("web-clean")->id, store.relativePath(signals), "{}");
    store.addDataset(imported("folder", root / "datasets" / "sub"));

    const auto plan = jobs::planDatasetRemoval(store, "web-clean");
    QCOMPARE(names(plan.filesToDelete), QStringList());
    QCOMPARE(names(plan.filesKept), names({output, signals}));
    jobs::removeDataset(store, plan);
    QVERIFY(fs::exists(output));
    QVERIFY(fs::exists(signals));
    QVERIFY(!store.datasetByName("web-clean").has_value());
}

void TestDatasetRemoval::unknownDataset()
{
    auto store = store::ProjectStore::create(m_dir / "project");
    const QString message = errorOf([&] { jobs::planDatasetRemoval(store, "nowhere"); });
    QCOMPARE(message, QStringLiteral("no dataset named \"nowhere\" in the project %1").arg(q(store.root())));
}

// A job writing the dataset holds its lock (dataset_lock.h) before its run may be marked running:
// the removal takes the same lock and is refused, changing nothing.
void TestDatasetRemoval::writerOfTheDatasetBlocksRemoval()
{
    auto store = store::ProjectStore::create(m_dir / "project");
    const fs::path corpus = m_dir / "corpus.jsonl";
    writeFile(corpus, "{\"text\":\"a\"}\n");
    store.addDataset(imported("web", corpus));
    const auto plan = jobs::planDatasetRemoval(store, "web");
    {
        const jobs::DatasetLock writer(store.root(), "web", /*runId=*/7, "corpus_inspect");
        const QString message = errorOf([&] { jobs::removeDataset(store, plan); });
        QVERIFY2(message.contains(QStringLiteral("is being written by run 7 (corpus_inspect)")), qPrintable(message));
        QVERIFY(store.datasetByName("web").has_value());
        QVERIFY(fs::exists(corpus));
    }
    jobs::removeDataset(store, plan);
    QVERIFY(!store.datasetByName("web").has_value());
    QVERIFY(fs::exists(corpus));
}

void TestDatasetRemoval::runningJobBlocksRemoval_data()
{
    QTest::addColumn<QString>("params");  // the running job's params
    QTest::addColumn<QString>("process"); // "alive", "gone" or "unknown" (no pid recorded yet)
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("blocks");
    QTest::newRow("reads it") << R"({"dataset":"web"})" << "alive" << "running" << true;
    QTest::newRow("lists it") << R"({"datasets":["news","web"]})" << "alive" << "running" << true;
    QTest::newRow("measures it") << R"({"datasets":["news"],"measure_datasets":["web"]})" << "alive" << "running" << true;
    QTest::newRow("targets it") << R"({"dataset":"news","target":"web"})" << "alive" << "running" << true;
    QTest::newRow("writes it") << R"({"dataset":"news","output":"web"})" << "alive" << "running" << true;
    QTest::newRow("pid not recorded yet") << R"({"dataset":"web"})" << "unknown" << "running" << true;
    QTest::newRow("another dataset") << R"({"dataset":"news","output":"web2"})" << "alive" << "running" << false;
    QTest::newRow("a file of that name") << R"({"files":["web"]})" << "alive" << "running" << false;
    QTest::newRow("finished") << R"({"dataset":"web"})" << "alive" << "done" << false;
    QTest::newRow("process gone") << R"({"dataset":"web"})" << "gone" << "running" << false;
}

// Refused while a job of the project that reads or writes the dataset is running, naming the run.
void TestDatasetRemoval::runningJobBlocksRemoval()
{
    QFETCH(QString, params);
    QFETCH(QString, process);
    QFETCH(QString, status);
    QFETCH(bool, blocks);
    auto store = store::ProjectStore::create(m_dir / "project");
    const fs::path source = m_dir / "web.jsonl";
    writeFile(source, "{}");
    store.addDataset(imported("web", source));
    store.addDataset(imported("news", source));
    const json spec = {{"version", 1}, {"kind", "corpus_filter"}, {"project", store.root().string()},
                       {"params", json::parse(params.toStdString())}};
    const int64_t run = store.createRun("corpus_filter", spec.dump());
    int64_t pid = 0;
    if (process == QLatin1String("alive")) {
        pid = ::getpid();
    } else if (process == QLatin1String("gone")) {
        QProcess finished;
        finished.start(QStringLiteral("true"), {});
        QVERIFY(finished.waitForStarted());
        pid = finished.processId();
        QVERIFY(finished.waitForFinished());
    }
    if (pid != 0)
        store.setRunPid(run, pid);
    store.setRunStatus(run, store::runStatusFromString(status.toStdString()));

    const QString message = errorOf([&] { jobs::planDatasetRemoval(store, "web"); });
    if (!blocks) {
        QCOMPARE(message, QString());
        return;
    }
    QString expected = QStringLiteral("dataset \"web\" is in use by run %1 (corpus_filter), which is still running").arg(run);
    if (pid != 0)
        expected += QStringLiteral(" as process %1").arg(pid);
    QVERIFY2(message.startsWith(expected), qPrintable(message));
    QVERIFY(store.datasetByName("web").has_value());
}

// Between the plan and the removal the project may change; what the user confirmed must still be
// what happens, or nothing happens.
void TestDatasetRemoval::stalePlanIsRefused()
{
    auto store = store::ProjectStore::create(m_dir / "project");
    const fs::path source = m_dir / "web.jsonl";
    writeFile(source, "{}");
    store.addDataset(imported("web", source));
    const auto gone = jobs::planDatasetRemoval(store, "web");
    jobs::removeDataset(store, jobs::planDatasetRemoval(store, "web"));
    QVERIFY2(errorOf([&] { jobs::removeDataset(store, gone); }).contains(QStringLiteral("no longer in the project")),
             "a plan for a removed dataset was carried out");

    // Added again, then scanned after the plan: the plan did not show the signals file.
    const int64_t id = store.addDataset(imported("web", source));
    const auto beforeScan = jobs::planDatasetRemoval(store, "web");
    const fs::path signals = store.root() / "datasets" / "web.signals";
    writeFile(signals, "signals");
    store.setDatasetSummary(id, "datasets/web.signals", "{}");
    QVERIFY(errorOf([&] { jobs::removeDataset(store, beforeScan); }).contains(QStringLiteral("has changed since")));
    QVERIFY(store.dataset(id).has_value());
    QVERIFY(fs::exists(signals));

    // A job that started after the plan blocks the removal too.
    const auto fresh = jobs::planDatasetRemoval(store, "web");
    const int64_t run = store.createRun("corpus_inspect", R"({"params":{"dataset":"web"}})");
    store.setRunPid(run, ::getpid());
    store.setRunStatus(run, store::RunStatus::Running);
    QVERIFY(errorOf([&] { jobs::removeDataset(store, fresh); }).contains(QStringLiteral("in use by run")));
    QVERIFY(store.dataset(id).has_value());
    QVERIFY(fs::exists(signals));
}

// A plan is plain data; removeDataset checks each file itself before anything changes.
void TestDatasetRemoval::planWithAFileOutsideIsRefused()
{
    auto store = store::ProjectStore::create(m_dir / "project");
    const fs::path source = m_dir / "web.jsonl";
    writeFile(source, "{}");
    store.addDataset(imported("web", source));
    auto plan = jobs::planDatasetRemoval(store, "web");
    for (const fs::path& bad :
         {source, store.storeFile(), store.root() / "runs" / "x", store.root() / "datasets" / ".." / "x"}) {
        auto tampered = plan;
        tampered.filesToDelete.push_back(bad);
        const QString message = errorOf([&] { jobs::removeDataset(store, tampered); });
        QVERIFY2(message.startsWith(QStringLiteral("will not delete %1").arg(q(bad))), qPrintable(message));
        QVERIFY(store.datasetByName("web").has_value());
    }
    QVERIFY(fs::exists(source));
    QVERIFY(fs::exists(store.storeFile()));
}

void TestDatasetRemoval::tokenShardsGoWithTheDataset_data()
{
    QTest::addColumn<bool>("foreign"); // shards/web/ also holds a build the store records for no dataset
    QTest::newRow("shards/web/ is the dataset's") << false;
    QTest::newRow("shards/web/ holds another build") << true;
}

// Issue 9: the token shards built from a dataset go with it (the rows by the store's cascade, the
// folders by the removal); those of other datasets, of several datasets, and a foreign build in
// its folder stay, and a plan naming a folder outside shards/ is refused.
void TestDatasetRemoval::tokenShardsGoWithTheDataset()
{
    QFETCH(bool, foreign);
    const fs::path model = tokenize::test::trainModel(m_dir, "tiny", 300, 3);
    auto store = store::ProjectStore::create(m_dir / "project");
    const fs::path root = store.root();
    const fs::path corpus = m_dir / "web.jsonl";
    tokenize::test::writeJsonl(corpus, tokenize::test::generatedTexts(60, 7));
    const int64_t web = store.addDataset(imported("web", corpus));
    const int64_t news = store.addDataset(imported("news", corpus));

    const fs::path webShards = root / buildShards(root, {"web"}, model);
    const fs::path webOther = root / buildShards(root, {"web"}, model, {{"heldout_docs", 9}}); // other options
    const fs::path newsShards = root / buildShards(root, {"news"}, model);
    const fs::path bothShards = root / buildShards(root, {"web", "news"}, model);
    QCOMPARE(webShards.parent_path(), root / "shards" / "web");
    QCOMPARE(webOther.parent_path(), root / "shards" / "web");
    QVERIFY(webShards != webOther);
    QCOMPARE(bothShards.parent_path(), root / "shards" / "web+news");
    for (const fs::path& folder : {webShards, webOther, newsShards, bothShards})
        QVERIFY2(fs::exists(folder / "manifest.json"), folder.c_str());
    QCOMPARE(store.tokenShards(web).size(), size_t(2));
    fs::path foreignFolder;
    if (foreign) {
        // Shards built from files into a folder chosen by hand that happens to be there.
        foreignFolder = root / "shards" / "web" / "mine";
        fs::copy(newsShards, foreignFolder);
        store::TokenShardsRecord record = store.tokenShards(news).front();
        record.datasetId.reset();
        record.folder = store.relativePath(foreignFolder);
        store.recordTokenShards(record);
    }
    const auto rowsBefore = store.tokenShards().size();

    const auto plan = jobs::planDatasetRemoval(store, "web");
    const std::vector<fs::path> expected =
        foreign ? std::vector<fs::path>{webShards, webOther} : std::vector<fs::path>{root / "shards" / "web"};
    QCOMPARE(names(plan.shardFolders), names(expected));
    QCOMPARE(names(plan.filesKept), names({corpus}));
    QVERIFY(jobs::planDatasetRemoval(store, "news").shardFolders == std::vector<fs::path>{root / "shards" / "news"});

    // A plan naming a folder the removal must not delete changes nothing.
    for (const fs::path& bad : {root / "datasets", root / "shards", root / "shards" / "news",
                                root / "shards" / ".." / "runs", m_dir / "elsewhere"}) {
        auto tampered = plan;
        tampered.shardFolders.push_back(bad);
        const QString message = errorOf([&] { jobs::removeDataset(store, tampered); });
        QVERIFY2(message.startsWith(QStringLiteral("will not delete %1").arg(q(bad))), qPrintable(message));
        QVERIFY(store.datasetByName("web").has_value());
        QVERIFY(fs::exists(webShards / "manifest.json"));
        QVERIFY(fs::exists(newsShards / "manifest.json"));
    }

    jobs::removeDataset(store, plan);
    QVERIFY(!store.datasetByName("web").has_value());
    QVERIFY(store.tokenShards(web).empty());
    QCOMPARE(store.tokenShards().size(), rowsBefore - 2);
    QVERIFY(!fs::exists(webShards));
    QVERIFY(!fs::exists(webOther));
    QCOMPARE(fs::exists(root / "shards" / "web"), foreign);
    if (foreign)
        QVERIFY(fs::exists(foreignFolder / "manifest.json"));
    // What other datasets' training reads is untouched, file for file.
    for (const fs::path& folder : {newsShards, bothShards}) {
        QVERIFY2(fs::exists(folder / "manifest.json"), folder.c_str());
        QVERIFY(store.tokenShardsByFolder(store.relativePath(folder)).has_value());
    }
    QCOMPARE(store.tokenShards(news).size(), size_t(1));
    QVERIFY(fs::exists(corpus));
}

QTEST_GUILESS_MAIN(TestDatasetRemoval)
#include "tst_dataset_removal.moc"
