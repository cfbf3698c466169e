// `adaptlab-cli dataset add|remove` and `project show` end to end, through the real CLI process:
// corpora and names that must not become datasets (exit 2, nothing written), removing a dataset
// with what goes and what stays, run counts that add up, and stores that are damaged, hold a run
// row with an unknown status, or sit in a read-only folder (issue 7, items 5, 8 and 9).
#include "store/dataset_name.h"
#include "store/project_store.h"
#include "store_test_support.h"

#include <QtTest>

#include <nlohmann/json.hpp>

#include <unistd.h>

#include <fstream>
#include <map>

using namespace adaptlab;
using namespace adaptlab::store::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

ChildResult cli(const QStringList& args, bool unprivileged = false)
{
    return runChild(QStringLiteral(ADAPTLAB_CLI_PATH), args, unprivileged);
}

void writeFile(const fs::path& path, const std::string& bytes)
{
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
}

std::string documents(int count)
{
    std::string text;
    for (int i = 0; i < count; ++i)
        text += json{{"text", "Document " + std::to_string(i) + " says something about the river and the garden."}}.dump()
            + "\n";
    return text;
}

} // namespace

class TestCliDataset final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void addRefusesUnusableCorpora_data();
    void addRefusesUnusableCorpora();
    void addRefusesBadNames_data();
    void addRefusesBadNames();
    void removeWhatGoesAndWhatStays();
    void removeDeletesTokenShards();
    void removeUnknownDataset();
    void removeWhileAJobUsesIt();
    void showCountsAddUp();
    void showUnknownRunStatus();
    void damagedStore();
    void readOnlyProjectFolder_data();
    void readOnlyProjectFolder();

private:
    std::unique_ptr<QTemporaryDir> m_temp;
    fs::path m_dir;
    fs::path m_project;
};

void TestCliDataset::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    m_dir = toPath(m_temp->path());
    m_project = m_dir / "project";
    const ChildResult r = cli({QStringLiteral("project"), QStringLiteral("init"), toQString(m_project)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestCliDataset::addRefusesUnusableCorpora_data()
{
    QTest::addColumn<QString>("corpus");   // under the test folder ("@" = the project folder)
    QTest::addColumn<QByteArray>("bytes"); // written to it, unless it is a folder or the project
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty file") << "empty.jsonl" << QByteArray() << "empty.jsonl is empty: there are no documents to import";
    QTest::newRow("binary file") << "model.bin" << QByteArray("\x7f" "ELF\0\0\0\x01 binary", 16)
                                 << "model.bin is not text (NUL bytes in the first 8 KiB): a binary file cannot be a corpus";
    QTest::newRow("only broken records") << "broken.jsonl" << QByteArray("{oops\n{\"text\": 5}\n")
                                         << "no document could be read from";
    QTest::newRow("empty folder") << "nothing/" << QByteArray() << "there is no file to read";
    QTest::newRow("the project's store") << "@/project.adaptlab" << QByteArray()
                                         << "project.adaptlab: it is an AdaptLab project store, not a corpus";
    // Read as a folder, the project skips its store: nothing else is in a new project.
    QTest::newRow("the project folder") << "@" << QByteArray() << "there is no file to read";
}

// Issue 7, item 8: an empty or binary file became a dataset of 0 documents.
void TestCliDataset::addRefusesUnusableCorpora()
{
    QFETCH(QString, corpus);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    fs::path path;
    if (corpus.startsWith(QLatin1Char('@'))) {
        path = toPath(toQString(m_project) + corpus.mid(1));
    } else if (corpus.endsWith(QLatin1Char('/'))) {
        path = m_dir / corpus.chopped(1).toStdString();
        fs::create_directories(path);
    } else {
        path = m_dir / corpus.toStdString();
        writeFile(path, bytes.toStdString());
    }
    const QByteArray storeBefore = fileHash(m_project / store::kStoreFileName);
    const ChildResult r = cli({QStringLiteral("dataset"), QStringLiteral("add"), toQString(m_project),
                               QStringLiteral("corpus"), toQString(path)});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("dataset add: \"corpus\" was not added: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(reason), qPrintable(r.err));
    QCOMPARE(fileHash(m_project / store::kStoreFileName), storeBefore);
    QVERIFY(store::ProjectStore::open(m_project).datasets().empty());
}

void TestCliDataset::addRefusesBadNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("hidden") << ".hidden";
    QTest::newRow("a path") << "a/b";
    QTest::newRow("a flag") << "-x";
    QTest::newRow("leading space") << " web";
    QTest::newRow("empty") << "";
    QTest::newRow("line break") << "we\nb";
    QTest::newRow("too long") << QString(101, QLatin1Char('n'));
}

// The one name rule (store::datasetNameProblem), before anything is touched: the project named
// here does not even exist, and is not asked about.
void TestCliDataset::addRefusesBadNames()
{
    QFETCH(QString, name);
    const fs::path corpus = m_dir / "web.jsonl";
    writeFile(corpus, documents(3));
    const fs::path nowhere = m_dir / "no-project-here";
    const ChildResult r =
        cli({QStringLiteral("dataset"), QStringLiteral("add"), toQString(nowhere), name, toQString(corpus)});
    QCOMPARE(r.exitCode, 2);
    const auto problem = store::datasetNameProblem(name.toStdString());
    QVERIFY(problem.has_value());
    QVERIFY2(r.err.contains(QString::fromStdString(*problem)), qPrintable(r.err));
    QVERIFY(!fs::exists(nowhere));
}

// Issue 7, item 8: `dataset remove` says what goes and what stays, and does exactly that.
void TestCliDataset::removeWhatGoesAndWhatStays()
{
    const fs::path corpus = m_dir / "corpora" / "web.jsonl";
    writeFile(corpus, documents(40));
    const QByteArray corpusHash = fileHash(corpus);
    ChildResult r = cli({QStringLiteral("dataset"), QStringLiteral("add"), toQString(m_project), QStringLiteral("web"),
                         toQString(corpus)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // Real jobs write what a removal must clean up: the scan's signals file and a derived dataset.
    r = cli({QStringLiteral("corpus"), QStringLiteral("sample"), QStringLiteral("--project"), toQString(m_project),
             QStringLiteral("--dataset"), QStringLiteral("web"), QStringLiteral("-n"), QStringLiteral("5"),
             QStringLiteral("--output"), QStringLiteral("web-sample"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli({QStringLiteral("corpus"), QStringLiteral("inspect"), QStringLiteral("--project"), toQString(m_project),
             QStringLiteral("--dataset"), QStringLiteral("web"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const fs::path root = fs::canonical(m_project);
    const fs::path signals = root / "datasets" / "web.signals";
    const fs::path sample = root / "datasets" / "web-sample.jsonl.zst";
    QVERIFY(fs::exists(signals));
    QVERIFY(fs::exists(sample));

    const QByteArray storeBefore = fileHash(m_project / store::kStoreFileName);
    r = cli({QStringLiteral("dataset"), QStringLiteral("remove"), toQString(m_project), QStringLiteral("web"),
             QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const json dry = json::parse(r.out.toStdString());
    QCOMPARE(dry["removed"].get<std::string>(), std::string("web"));
    QCOMPARE(dry["dry_run"].get<bool>(), true);
    QCOMPARE(dry["deleted_files"], json::array({signals.string()}));
    QCOMPARE(dry["kept_files"], json::array({fs::canonical(corpus).string()}));
    QCOMPARE(dry["derived_datasets"], json::array({"web-sample"}));
    QCOMPARE(fileHash(m_project / store::kStoreFileName), storeBefore);
    QVERIFY(fs::exists(signals));

    r = cli({QStringLiteral("dataset"), QStringLiteral("remove"), toQString(m_project), QStringLiteral("web"),
             QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    json done = json::parse(r.out.toStdString());
    done["dry_run"] = true;
    QCOMPARE(done, dry);
    QVERIFY(!fs::exists(signals));
    QCOMPARE(fileHash(corpus), corpusHash);
    {
        auto store = store::ProjectStore::open(m_project);
        QVERIFY(!store.datasetByName("web").has_value());
        const auto child = store.datasetByName("web-sample");
        QVERIFY(child.has_value());
        QVERIFY(!child->parentDatasetId.has_value());
        QCOMPARE(json::parse(child->provenanceJson)["source"].get<std::string>(), std::string("web"));
    }

    r = cli({QStringLiteral("dataset"), QStringLiteral("remove"), toQString(m_project), QStringLiteral("web-sample")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("removed dataset \"web-sample\"")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("deleted: %1").arg(toQString(sample))), qPrintable(r.out));
    QVERIFY(!fs::exists(sample));
    QVERIFY(store::ProjectStore::open(m_project).datasets().empty());
}

// Issue 9: the token shards `shards build` made from the dataset go with it, and the dry run says
// so; another dataset's shards stay.
void TestCliDataset::removeDeletesTokenShards()
{
    const fs::path corpus = m_dir / "web.jsonl";
    writeFile(corpus, documents(40));
    for (const char* name : {"web", "news"}) {
        const ChildResult r = cli({QStringLiteral("dataset"), QStringLiteral("add"), toQString(m_project),
                                   QString::fromLatin1(name), toQString(corpus)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
    // A byte-fallback BPE model: 256 bytes, the corpus's characters, a few merges.
    ChildResult r = cli({QStringLiteral("tokenizer"), QStringLiteral("train"), QStringLiteral("--input"),
                         toQString(corpus), QStringLiteral("--vocab-size"), QStringLiteral("300"),
                         QStringLiteral("--model-type"), QStringLiteral("bpe"), QStringLiteral("--character-coverage"),
                         QStringLiteral("1.0"), QStringLiteral("--out"), toQString(m_dir / "tok"),
                         QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const fs::path root = fs::canonical(m_project);
    std::map<std::string, fs::path> built;
    for (const char* name : {"web", "news"}) {
        r = cli({QStringLiteral("shards"), QStringLiteral("build"), QStringLiteral("--project"), toQString(m_project),
                 QStringLiteral("--datasets"), QString::fromLatin1(name), QStringLiteral("--tokenizer"),
                 toQString(m_dir / "tok.model"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        built[name] = root / json::parse(r.out.toStdString())["dir"].get<std::string>();
        QVERIFY(fs::exists(built[name] / "manifest.json"));
    }
    const fs::path webShards = root / "shards" / "web";
    QCOMPARE(built["web"].parent_path(), webShards);

    const QByteArray storeBefore = fileHash(m_project / store::kStoreFileName);
    r = cli({QStringLiteral("dataset"), QStringLiteral("remove"), toQString(m_project), QStringLiteral("web"),
             QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const json dry = json::parse(r.out.toStdString());
    QCOMPARE(dry["deleted_shard_folders"], json::array({webShards.string()}));
    QCOMPARE(dry["deleted_files"], json::array());
    r = cli({QStringLiteral("dataset"), QStringLiteral("remove"), toQString(m_project), QStringLiteral("web"),
             QStringLiteral("--dry-run")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("would delete token shards: %1").arg(toQString(webShards))),
             qPrintable(r.out));
    QCOMPARE(fileHash(m_project / store::kStoreFileName), storeBefore);
    QVERIFY(fs::exists(built["web"] / "manifest.json"));

    r = cli({QStringLiteral("dataset"), QStringLiteral("remove"), toQString(m_project), QStringLiteral("web")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("deleted token shards: %1").arg(toQString(webShards))), qPrintable(r.out));
    QVERIFY(!fs::exists(webShards));
    QVERIFY(fs::exists(built["news"] / "manifest.json"));
    auto store = store::ProjectStore::open(m_project);
    const auto rows = store.tokenShards();
    QCOMPARE(rows.size(), size_t(1));
    QCOMPARE(store.absolutePath(rows[0].folder), built["news"]);
    QVERIFY(fs::exists(corpus));
}

void TestCliDataset::removeUnknownDataset()
{
    const ChildResult r = cli({QStringLiteral("dataset"), QStringLiteral("remove"), toQString(m_project),
                               QStringLiteral("nowhere")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("no dataset named \"nowhere\" in the project %1")
                                .arg(toQString(fs::canonical(m_project)))),
             qPrintable(r.err));
}

void TestCliDataset::removeWhileAJobUsesIt()
{
    const fs::path corpus = m_dir / "web.jsonl";
    writeFile(corpus, documents(3));
    QCOMPARE(cli({QStringLiteral("dataset"), QStringLiteral("add"), toQString(m_project), QStringLiteral("web"),
                  toQString(corpus)}).exitCode,
             0);
    int64_t run = 0;
    {
        auto store = store::ProjectStore::open(m_project);
        run = store.createRun("corpus_inspect", json{{"version", 1}, {"kind", "corpus_inspect"},
                                                     {"params", {{"dataset", "web"}}}}.dump());
        store.setRunPid(run, ::getpid()); // this test process plays the job: certainly alive
        store.setRunStatus(run, store::RunStatus::Running);
    }
    const ChildResult r =
        cli({QStringLiteral("dataset"), QStringLiteral("remove"), toQString(m_project), QStringLiteral("web")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("dataset \"web\" is in use by run %1 (corpus_inspect), which is still running")
                                .arg(run)),
             qPrintable(r.err));
    QVERIFY(store::ProjectStore::open(m_project).datasetByName("web").has_value());
}

// Issue 7, item 9: stopped (and queued) runs are counted, so the parts add up to the runs.
void TestCliDataset::showCountsAddUp()
{
    {
        auto store = store::ProjectStore::open(m_project);
        store.createRun("train", "{}"); // queued
        for (const auto status : {store::RunStatus::Running, store::RunStatus::Done, store::RunStatus::Done,
                                  store::RunStatus::Failed, store::RunStatus::Stopped, store::RunStatus::Stopped})
            store.setRunStatus(store.createRun("train", "{}"), status);
    }
    const ChildResult r =
        cli({QStringLiteral("project"), QStringLiteral("show"), toQString(m_project), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const json shown = json::parse(r.out.toStdString());
    QCOMPARE(shown["quick_check"].get<std::string>(), std::string("passed"));
    QVERIFY(!shown.contains("damaged"));
    const json& counts = shown["counts"];
    QCOMPARE(counts["runs"].get<int>(), 7);
    QCOMPARE(counts["runs_queued"].get<int>(), 1);
    QCOMPARE(counts["runs_running"].get<int>(), 1);
    QCOMPARE(counts["runs_done"].get<int>(), 2);
    QCOMPARE(counts["runs_failed"].get<int>(), 1);
    QCOMPARE(counts["runs_stopped"].get<int>(), 2);
    QCOMPARE(counts["runs_unknown"].get<int>(), 0);
}

// Issue 7, item 5: one run row with a status this build does not know blocked `project show`
// without saying where. It is shown as unknown, naming the store, and the rest works.
void TestCliDataset::showUnknownRunStatus()
{
    const fs::path file = fs::canonical(m_project) / store::kStoreFileName;
    {
        auto store = store::ProjectStore::open(m_project);
        store.setRunStatus(store.createRun("train", "{}"), store::RunStatus::Done);
        RawDb raw(file);
        raw.exec("PRAGMA ignore_check_constraints = ON; "
                 "INSERT INTO runs (kind, status, created_at) VALUES ('train', 'paused', 'now')");
    }
    ChildResult r = cli({QStringLiteral("project"), QStringLiteral("show"), toQString(m_project), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const json shown = json::parse(r.out.toStdString());
    QCOMPARE(shown["runs"].size(), std::size_t(2));
    QCOMPARE(shown["runs"][0]["status"].get<std::string>(), std::string("unknown"));
    const QString message = QString::fromStdString(shown["runs"][0]["message"].get<std::string>());
    QVERIFY2(message.contains(toQString(file)) && message.contains(QStringLiteral("unknown status 'paused'")),
             qPrintable(message));
    QCOMPARE(shown["runs"][1]["status"].get<std::string>(), std::string("done"));
    QCOMPARE(shown["counts"]["runs_unknown"].get<int>(), 1);

    r = cli({QStringLiteral("project"), QStringLiteral("show"), toQString(m_project)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("unknown  damaged run row 2 in %1").arg(toQString(file))), qPrintable(r.out));
}

// Issue 7, item 5: `project show` and `dataset add` returned 0 on a store with a damaged page, and
// the add wrote into it. Now show says so (exit 1), and the add is refused; the file stays as it was.
void TestCliDataset::damagedStore()
{
    const fs::path corpus = m_dir / "web.jsonl";
    writeFile(corpus, documents(3));
    const fs::path file = fs::canonical(m_project) / store::kStoreFileName;
    {
        auto store = store::ProjectStore::open(m_project);
        const int64_t run = store.createRun("train", "{}");
        std::vector<store::MetricPoint> points;
        for (int step = 0; step < 3000; ++step)
            points.push_back({run, "loss", "", "", step, 0, 1.0, 0.0});
        store.addMetrics(points);
    }
    damagePage(file, QFileInfo(toQString(file)).size() / 4096 / 2, /*seed=*/11);
    const QByteArray before = fileHash(file);

    ChildResult r = cli({QStringLiteral("project"), QStringLiteral("show"), toQString(m_project), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    const json shown = json::parse(r.out.toStdString());
    QCOMPARE(shown["quick_check"].get<std::string>(), std::string("damaged"));
    QVERIFY(QString::fromStdString(shown["damaged"].get<std::string>()).startsWith(QStringLiteral("PRAGMA quick_check: ")));
    QVERIFY2(r.err.contains(toQString(file)) && r.err.contains(QStringLiteral("sqlite3 project.adaptlab .recover")),
             qPrintable(r.err));

    r = cli({QStringLiteral("dataset"), QStringLiteral("add"), toQString(m_project), QStringLiteral("web"),
             toQString(corpus)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("add dataset failed for %1: the project file is damaged").arg(toQString(file))),
             qPrintable(r.err));
    QCOMPARE(fileHash(file), before);
}

void TestCliDataset::readOnlyProjectFolder_data()
{
    QTest::addColumn<QStringList>("command"); // "@" stands for the project folder
    QTest::newRow("project show") << QStringList{QStringLiteral("project"), QStringLiteral("show"), QStringLiteral("@")};
    QTest::newRow("dataset add") << QStringList{QStringLiteral("dataset"), QStringLiteral("add"), QStringLiteral("@"),
                                                QStringLiteral("web"), QStringLiteral("corpus")};
}

// Issue 7, item 5: a read-only project folder surfaced as "attempt to write a readonly database
// (SQLite code 1544)". Run as a user the folder's mode applies to (nobody, when the suite is root).
void TestCliDataset::readOnlyProjectFolder()
{
    QFETCH(QStringList, command);
    const fs::path corpus = m_dir / "web.jsonl";
    writeFile(corpus, documents(3));
    using fs::perms;
    const perms open = perms::owner_all | perms::group_read | perms::group_exec | perms::others_read | perms::others_exec;
    setMode(m_dir, open);
    setMode(corpus, perms::owner_read | perms::owner_write | perms::group_read | perms::others_read);
    setMode(m_project, perms::owner_read | perms::owner_exec | perms::group_read | perms::group_exec
                           | perms::others_read | perms::others_exec);
    const QStringList listing = folderListing(m_project);
    for (QString& arg : command) {
        if (arg == QLatin1String("@"))
            arg = toQString(m_project);
        else if (arg == QLatin1String("corpus"))
            arg = toQString(corpus);
    }
    const ChildResult r = cli(command, /*unprivileged=*/true);
    setMode(m_project, open);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("the project folder %1 is read-only").arg(toQString(fs::canonical(m_project)))),
             qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("1544")), qPrintable(r.err));
    QCOMPARE(folderListing(m_project), listing);
}

QTEST_GUILESS_MAIN(TestCliDataset)
#include "tst_cli_dataset.moc"
