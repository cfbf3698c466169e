// ProjectStore::open() at the edges: forward migration of an old store; refusal (with the file
// named, not one byte changed and no file left behind) of a newer schema, of read-only files and
// folders, of files that are not stores, of missing paths; and the quick check that opens a damaged
// store for looking only.
#include "store/project_store.h"
#include "store_test_support.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <functional>
#include <map>

using namespace adaptlab::store;
using namespace adaptlab::store::test;
namespace fs = std::filesystem;

namespace {

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

fs::path fixturesDir()
{
    return fs::path(STORE_FIXTURES_DIR);
}

// Hashes of the main file and of a WAL next to it, plus the folder listing: everything a refused
// open() could have touched.
struct Snapshot {
    QByteArray main, wal;
    QStringList listing;
    bool operator==(const Snapshot&) const = default;
};

Snapshot snapshot(const fs::path& dir)
{
    return {fileHash(dir / kStoreFileName), fileHash(dir / "project.adaptlab-wal"), folderListing(dir)};
}

QString describe(const Snapshot& s)
{
    return QStringLiteral("main %1, wal %2, files [%3]")
        .arg(QString::fromLatin1(s.main.left(12)), QString::fromLatin1(s.wal.left(12)),
             s.listing.join(QStringLiteral(", ")));
}

} // namespace

class TestStoreOpen final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void migratesVersionZero_data();
    void migratesVersionZero();
    void reopeningDoesNotMigrateAgain();
    void refusesNewerSchema_data();
    void refusesNewerSchema();
    void refusesForeignFiles_data();
    void refusesForeignFiles();
    void refusesMissingPaths_data();
    void refusesMissingPaths();
    void refusalLeavesNothingBehind_data();
    void refusalLeavesNothingBehind();
    void damagedStoreRefusesWrites_data();
    void damagedStoreRefusesWrites();
    void damagedStoreKeepsItsFiles_data();
    void damagedStoreKeepsItsFiles();
    void damagedStoreNeedingChangesIsRefused_data();
    void damagedStoreNeedingChangesIsRefused();
    void quickCheckPastItsBudget();

private:
    fs::path freshDir()
    {
        const fs::path dir = toPath(m_temp.path()) / ("case" + std::to_string(++m_counter));
        fs::create_directories(dir);
        return dir;
    }
    void expectRefusal(const fs::path& dir, const QString& fragment);
    // A project whose metrics fill a few dozen pages, closed and checkpointed; `arrange` may change
    // it through SQLite before a middle page is overwritten with random bytes.
    fs::path damagedProject(const std::function<void(const fs::path& file)>& arrange = {});

    QTemporaryDir m_temp;
    int m_counter = 0;
};

void TestStoreOpen::initTestCase()
{
    QVERIFY(m_temp.isValid());
    QVERIFY2(fs::is_directory(fixturesDir()), STORE_FIXTURES_DIR);
}

// Opening DIR (as a folder and as the file) must throw a StoreError that names the file and says
// FRAGMENT, leave every byte and every file as it was, and isProject() must agree.
void TestStoreOpen::expectRefusal(const fs::path& dir, const QString& fragment)
{
    const fs::path file = dir / kStoreFileName;
    const Snapshot before = snapshot(dir);
    for (const fs::path& target : {dir, file}) {
        const QString message = storeErrorOf([&] { ProjectStore::open(target); });
        QVERIFY2(!message.isEmpty(), "open() accepted it");
        QVERIFY2(message.contains(toQString(fs::canonical(file)))
                     || message.contains(toQString(file)),
                 qPrintable(message));
        QVERIFY2(message.contains(fragment), qPrintable(message));
        const Snapshot after = snapshot(dir);
        if (!(after == before))
            QFAIL(qPrintable(QStringLiteral("changed from %1 to %2").arg(describe(before), describe(after))));
    }
}

void TestStoreOpen::migratesVersionZero_data()
{
    // How an old or hand-made store may look: only our application id, in either journal mode.
    QTest::addColumn<QString>("journalMode");
    QTest::addColumn<bool>("withUserTable");
    QTest::newRow("rollback journal") << "delete" << false;
    QTest::newRow("wal") << "wal" << false;
    QTest::newRow("with an unrelated table") << "delete" << true;
}

void TestStoreOpen::migratesVersionZero()
{
    QFETCH(QString, journalMode);
    QFETCH(bool, withUserTable);
    const fs::path dir = freshDir();
    {
        RawDb raw(dir / kStoreFileName);
        raw.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
        raw.exec("PRAGMA journal_mode = " + journalMode.toStdString());
        if (withUserTable)
            raw.exec("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('keep me')");
        QCOMPARE(raw.integer("PRAGMA user_version"), 0LL);
    }
    QVERIFY(ProjectStore::isProject(dir));

    {
        auto store = ProjectStore::open(dir);
        QCOMPARE(store.schemaVersion(), kSchemaVersion);
        // The migrated schema works end to end.
        const int64_t run = store.createRun("scan", "{}");
        store.addMetrics({{run, "docs", "", "", 1, 0, 10.0, 0.0}});
        QCOMPARE(store.counts().metrics, int64_t(1));
    }
    RawDb raw(dir / kStoreFileName);
    QCOMPARE(raw.integer("PRAGMA user_version"), static_cast<long long>(kSchemaVersion));
    QCOMPARE(raw.integer("SELECT COUNT(*) FROM schema_version"), static_cast<long long>(kSchemaVersion));
    QCOMPARE(raw.integer("SELECT MAX(version) FROM schema_version"), static_cast<long long>(kSchemaVersion));
    QCOMPARE(raw.text("PRAGMA journal_mode"), std::string("wal"));
    for (const char* table : {"datasets", "runs", "metric_series", "metric_points", "metric_clock", "eval_results", "artifacts"}) {
        QCOMPARE(raw.integer(std::string("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '")
                             + table + "'"),
                 1LL);
    }
    if (withUserTable)
        QCOMPARE(raw.text("SELECT text FROM notes"), std::string("keep me"));
}

void TestStoreOpen::reopeningDoesNotMigrateAgain()
{
    const fs::path dir = freshDir() / "project";
    ProjectStore::create(dir);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(ProjectStore::open(dir).schemaVersion(), kSchemaVersion);
    RawDb raw(dir / kStoreFileName);
    // one row per migration step, written once
    QCOMPARE(raw.integer("SELECT COUNT(*) FROM schema_version"), static_cast<long long>(kSchemaVersion));
    QCOMPARE(raw.integer("PRAGMA user_version"), static_cast<long long>(kSchemaVersion));
}

void TestStoreOpen::refusesNewerSchema_data()
{
    QTest::addColumn<bool>("bumpUserVersion");
    QTest::addColumn<bool>("bumpTable");
    QTest::addColumn<bool>("leaveInWal"); // the bump sits in a WAL no one has checkpointed yet
    QTest::newRow("user_version and table") << true << true << false;
    QTest::newRow("user_version only") << true << false << false;
    QTest::newRow("schema_version table only") << false << true << false;
    QTest::newRow("only in an uncheckpointed WAL") << true << true << true;
}

void TestStoreOpen::refusesNewerSchema()
{
    QFETCH(bool, bumpUserVersion);
    QFETCH(bool, bumpTable);
    QFETCH(bool, leaveInWal);
    const int newer = kSchemaVersion + 1;
    const fs::path dir = freshDir() / "project";
    {
        auto store = ProjectStore::create(dir);
        store.createRun("train", "{}");
    }
    {
        // What a future AdaptLab would leave behind.
        RawDb raw(dir / kStoreFileName);
        if (leaveInWal)
            raw.keepWalOnClose();
        if (bumpUserVersion)
            raw.exec("PRAGMA user_version = " + std::to_string(newer));
        if (bumpTable)
            raw.exec("INSERT INTO schema_version (version, description, applied_at) VALUES ("
                     + std::to_string(newer) + ", 'future', '2030-01-01T00:00:00.000Z')");
    }
    QCOMPARE(fs::exists(dir / "project.adaptlab-wal"), leaveInWal);

    expectRefusal(dir, QStringLiteral("created by a newer AdaptLab (schema %1), this build reads up to %2")
                           .arg(newer)
                           .arg(kSchemaVersion));
}

void TestStoreOpen::refusesForeignFiles_data()
{
    QTest::addColumn<QString>("fixture");  // a folder under tests/fixtures/bad_store, or
    QTest::addColumn<QString>("makeWith"); // SQL run on a fresh SQLite file to make one
    QTest::addColumn<QString>("fragment"); // what the message must say
    QTest::newRow("text file") << "text" << "" << "not a SQLite database";
    QTest::newRow("empty file") << "empty" << "" << "empty";
    QTest::newRow("random bytes") << "random" << "" << "not a SQLite database";
    QTest::newRow("SQLite magic, then noise") << "sqlite_magic_garbage" << "" << "not an AdaptLab project";
    QTest::newRow("our id, then noise") << "corrupt_with_our_id" << "" << "not a database";
    QTest::newRow("foreign SQLite database")
        << "" << "CREATE TABLE places (name TEXT); INSERT INTO places VALUES ('Leipzig');"
        << "not an AdaptLab project";
    QTest::newRow("foreign SQLite database in WAL mode")
        << "" << "PRAGMA journal_mode = WAL; CREATE TABLE t (x); INSERT INTO t VALUES (1);"
        << "not an AdaptLab project";
    QTest::newRow("another application's id")
        << "" << "PRAGMA application_id = 1234; CREATE TABLE t (x);"
        << "application_id 0x000004D2";
}

void TestStoreOpen::refusesForeignFiles()
{
    QFETCH(QString, fixture);
    QFETCH(QString, makeWith);
    QFETCH(QString, fragment);
    const fs::path dir = freshDir();
    if (!fixture.isEmpty()) {
        // Work on a copy: a buggy open() must not be able to damage the checked-in fixture.
        fs::copy_file(fixturesDir() / fixture.toStdString() / kStoreFileName, dir / kStoreFileName);
    } else {
        RawDb raw(dir / kStoreFileName);
        raw.exec(makeWith.toStdString());
    }
    // isProject() only reads the header, so a store damaged past it still "looks like" a project;
    // open() is what finds out.
    QCOMPARE(ProjectStore::isProject(dir), fixture == QLatin1String("corrupt_with_our_id"));
    expectRefusal(dir, fragment);
    QVERIFY(!QTest::currentTestFailed());

    // create() refuses too instead of overwriting the file.
    const Snapshot before = snapshot(dir);
    QVERIFY(storeErrorOf([&] { ProjectStore::create(dir); }).contains(QStringLiteral("already")));
    QVERIFY(snapshot(dir) == before);
}

void TestStoreOpen::refusesMissingPaths_data()
{
    QTest::addColumn<QString>("layout");
    QTest::newRow("no such folder") << "missing";
    QTest::newRow("empty folder") << "empty";
    QTest::newRow("folder with other files") << "others";
    QTest::newRow("no such file") << "missing-file";
    QTest::newRow("project.adaptlab is a folder") << "dir-named-store";
}

void TestStoreOpen::refusesMissingPaths()
{
    QFETCH(QString, layout);
    const fs::path base = freshDir();
    fs::path target = base / "project";
    if (layout == QLatin1String("empty")) {
        fs::create_directories(target);
    } else if (layout == QLatin1String("others")) {
        fs::create_directories(target / "datasets");
        std::ofstream(target / "README") << "hello";
    } else if (layout == QLatin1String("missing-file")) {
        target = base / kStoreFileName;
    } else if (layout == QLatin1String("dir-named-store")) {
        fs::create_directories(target / kStoreFileName);
    }
    const QStringList before = folderListing(base);
    const QStringList inside = folderListing(target);

    const QString message = storeErrorOf([&] { ProjectStore::open(target); });
    QVERIFY2(!message.isEmpty(), "open() accepted it");
    QVERIFY2(message.contains(toQString(target)), qPrintable(message));
    QVERIFY(!ProjectStore::isProject(target));
    // Nothing was created: no store file, no folder, no -wal/-shm.
    QCOMPARE(folderListing(base), before);
    QCOMPARE(folderListing(target), inside);
}

void TestStoreOpen::refusalLeavesNothingBehind_data()
{
    QTest::addColumn<QString>("refusal");
    QTest::addColumn<QString>("sidecars"); // what a writer that died left beside the file
    for (const char* refusal : {"newer schema", "read-only file", "read-only folder", "read-only file and folder"}) {
        for (const char* sidecars : {"none", "wal and shm", "wal"})
            QTest::addRow("%s, %s", refusal, sidecars) << refusal << sidecars;
    }
}

// Issue 7, item 5: every refusal leaves the folder exactly as it was. A WAL without its -shm used
// to get a new -shm, and a read-only folder surfaced as "attempt to write a readonly database".
void TestStoreOpen::refusalLeavesNothingBehind()
{
    QFETCH(QString, refusal);
    QFETCH(QString, sidecars);
    const fs::path dir = freshDir() / "project";
    const fs::path file = dir / kStoreFileName;
    {
        auto store = ProjectStore::create(dir);
        store.createRun("train", "{}");
    }
    const std::string change = refusal == QLatin1String("newer schema")
        ? "PRAGMA user_version = " + std::to_string(kSchemaVersion + 1)
        : std::string("INSERT INTO runs (kind, created_at) VALUES ('late', 'now')");
    {
        RawDb raw(file);
        if (sidecars != QLatin1String("none"))
            raw.keepWalOnClose(); // the change then lives only in the WAL
        raw.exec(change);
    }
    if (sidecars == QLatin1String("wal"))
        fs::remove(dir / "project.adaptlab-shm");
    QCOMPARE(fs::exists(dir / "project.adaptlab-wal"), sidecars != QLatin1String("none"));

    if (refusal == QLatin1String("newer schema")) {
        expectRefusal(dir, QStringLiteral("created by a newer AdaptLab (schema %1)").arg(kSchemaVersion + 1));
        return;
    }

    // Read-only cases run in a child as a user the modes apply to (root writes anything).
    const bool readOnlyFile = refusal.contains(QLatin1String("file"));
    const bool readOnlyFolder = refusal.contains(QLatin1String("folder"));
    using fs::perms;
    for (const fs::path& parent : {toPath(m_temp.path()), dir.parent_path()})
        setMode(parent, perms::owner_all | perms::group_read | perms::group_exec | perms::others_read | perms::others_exec);
    const perms readable = perms::owner_read | perms::group_read | perms::others_read;
    const perms writable = readable | perms::owner_write | perms::group_write | perms::others_write;
    const perms searchable = perms::owner_exec | perms::group_exec | perms::others_exec;
    for (const char* sidecar : {"project.adaptlab-wal", "project.adaptlab-shm"}) {
        if (fs::exists(dir / sidecar))
            setMode(dir / sidecar, writable);
    }
    setMode(file, readOnlyFile ? readable : writable);
    setMode(dir, (readOnlyFolder ? readable : writable) | searchable);

    const Snapshot before = snapshot(dir);
    const ChildResult result = runChild(QStringLiteral(STORE_WRITER_PATH), {QStringLiteral("--open"), toQString(dir)},
                                        /*unprivileged=*/true);
    const Snapshot after = snapshot(dir);
    setMode(dir, perms::owner_all | perms::group_read | perms::group_exec | perms::others_read | perms::others_exec);

    QVERIFY2(result.exitCode == 1, qPrintable(result.out + result.err));
    QVERIFY2(result.err.contains(toQString(file)), qPrintable(result.err));
    const QString expected = readOnlyFolder
        ? QStringLiteral("the project folder %1 is read-only").arg(toQString(dir))
        : QStringLiteral("the file is read-only");
    QVERIFY2(result.err.contains(expected), qPrintable(result.err));
    if (!(after == before))
        QFAIL(qPrintable(QStringLiteral("changed from %1 to %2").arg(describe(before), describe(after))));
}

fs::path TestStoreOpen::damagedProject(const std::function<void(const fs::path& file)>& arrange)
{
    const fs::path dir = freshDir() / "project";
    {
        auto store = ProjectStore::create(dir);
        DatasetRecord dataset;
        dataset.name = "web";
        dataset.path = "datasets/web.jsonl";
        dataset.format = "jsonl";
        store.addDataset(dataset);
        const int64_t run = store.createRun("train", "{}");
        std::vector<MetricPoint> points;
        for (int step = 0; step < 3000; ++step)
            points.push_back({run, "loss", "", "", step, step * 1024LL, 1.0 / (step + 1), 0.0});
        store.addMetrics(points);
    }
    const fs::path file = dir / kStoreFileName;
    if (arrange)
        arrange(file);
    // No connection of this process is open now, so writing the file directly is safe.
    const long long pages = QFileInfo(toQString(file)).size() / 4096;
    damagePage(file, pages / 2, /*seed=*/7);
    return dir;
}

void TestStoreOpen::damagedStoreRefusesWrites_data()
{
    QTest::addColumn<QString>("operation");
    for (const char* operation : {"add dataset", "set dataset counts", "set dataset settings", "set dataset summary",
                                  "remove dataset", "create run", "set run status", "set run result",
                                  "set run pid", "add metrics", "add artifact"})
        QTest::newRow(operation) << operation;
}

// Issue 7, item 5: with 4 KiB of random bytes in a middle page, `dataset add` used to write into
// the damaged file. Now the store opens for looking, and every write says what to do instead.
void TestStoreOpen::damagedStoreRefusesWrites()
{
    QFETCH(QString, operation);
    const fs::path dir = damagedProject();
    const fs::path file = dir / kStoreFileName;
    {
        // Read-write, so that closing removes the -wal/-shm this look creates.
        RawDb raw(file, SQLITE_OPEN_READWRITE);
        QVERIFY2(raw.text("PRAGMA quick_check") != "ok", "the damage went unnoticed by SQLite itself");
    }
    const QByteArray before = fileHash(file);
    const QStringList listing = folderListing(dir);
    QVERIFY(!listing.contains(QStringLiteral("project.adaptlab-wal")));
    {
        auto store = ProjectStore::open(dir);
        QCOMPARE(int(store.quickCheckVerdict()), int(QuickCheckVerdict::Damaged));
        QVERIFY(store.damage().has_value());
        QVERIFY2(QString::fromStdString(*store.damage()).startsWith(QStringLiteral("PRAGMA quick_check: ")),
                 store.damage()->c_str());

        ArtifactRecord artifact;
        artifact.kind = "log";
        artifact.path = "runs/1/log.txt";
        const std::map<QString, std::function<void()>> writes = {
            {QStringLiteral("add dataset"), [&] {
                 DatasetRecord dataset;
                 dataset.name = "new";
                 dataset.path = "x.txt";
                 dataset.format = "txt";
                 store.addDataset(dataset);
             }},
            {QStringLiteral("set dataset counts"), [&] { store.setDatasetCounts(1, 5, 50); }},
            {QStringLiteral("set dataset settings"), [&] { store.setDatasetSettings(1, "{}"); }},
            {QStringLiteral("set dataset summary"), [&] { store.setDatasetSummary(1, "", "{}"); }},
            {QStringLiteral("remove dataset"), [&] { store.removeDataset(1); }},
            {QStringLiteral("create run"), [&] { store.createRun("train", "{}"); }},
            {QStringLiteral("set run status"), [&] { store.setRunStatus(1, RunStatus::Done); }},
            {QStringLiteral("set run result"), [&] { store.setRunResult(1, "{}"); }},
            {QStringLiteral("set run pid"), [&] { store.setRunPid(1, 42); }},
            {QStringLiteral("add metrics"), [&] { store.addMetrics({{1, "loss", "", "", 9999, 0, 1.0, 0.0}}); }},
            {QStringLiteral("add artifact"), [&] { store.addArtifact(artifact); }},
        };
        const QString message = storeErrorOf(writes.at(operation));
        QVERIFY2(message.startsWith(QStringLiteral("%1 failed for %2: the project file is damaged (PRAGMA quick_check: ")
                                        .arg(operation, toQString(fs::canonical(file)))),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("keeps it as it is")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("sqlite3 project.adaptlab .recover")), qPrintable(message));
    }
    QCOMPARE(fileHash(file), before);
    QCOMPARE(folderListing(dir), listing);
}

void TestStoreOpen::damagedStoreKeepsItsFiles_data()
{
    QTest::addColumn<QString>("sidecars");       // what a writer that died left beside the file
    QTest::addColumn<QStringList>("newFiles");   // what opening for a look may add
    QTest::newRow("none") << "none" << QStringList();
    QTest::newRow("wal and shm") << "wal and shm" << QStringList();
    // Looking needs a WAL index; only a refusal can do without one (see refusalLeavesNothingBehind).
    QTest::newRow("wal") << "wal" << QStringList{QStringLiteral("project.adaptlab-shm")};
}

// The damaged file and a WAL left beside it stay byte for byte as they were: closing does not
// checkpoint that WAL into the damaged file.
void TestStoreOpen::damagedStoreKeepsItsFiles()
{
    QFETCH(QString, sidecars);
    QFETCH(QStringList, newFiles);
    const fs::path dir = damagedProject([&](const fs::path& file) {
        if (sidecars == QLatin1String("none"))
            return;
        RawDb raw(file);
        raw.keepWalOnClose();
        raw.exec("INSERT INTO runs (kind, created_at) VALUES ('late', 'now')");
    });
    if (sidecars == QLatin1String("wal"))
        fs::remove(dir / "project.adaptlab-shm");
    const Snapshot before = snapshot(dir);
    {
        auto store = ProjectStore::open(dir);
        QCOMPARE(int(store.quickCheckVerdict()), int(QuickCheckVerdict::Damaged));
        QVERIFY(!storeErrorOf([&] { store.createRun("train", "{}"); }).isEmpty());
        // What is readable is still shown, the WAL's rows included.
        QCOMPARE(store.datasets().size(), std::size_t(1));
        QCOMPARE(store.runs().size(), std::size_t(sidecars == QLatin1String("none") ? 1 : 2));
    }
    const Snapshot after = snapshot(dir);
    QCOMPARE(after.main, before.main);
    QCOMPARE(after.wal, before.wal);
    QStringList expected = before.listing + newFiles;
    expected.sort();
    QCOMPARE(after.listing, expected);
}

void TestStoreOpen::damagedStoreNeedingChangesIsRefused_data()
{
    QTest::addColumn<QString>("arrange");
    QTest::newRow("rollback journal") << "PRAGMA journal_mode = DELETE";
    // One version back from the current one, whatever it is (the last step unrecorded).
    QTest::newRow("older schema") << QStringLiteral("PRAGMA user_version = %1; DELETE FROM schema_version WHERE version = %2")
                                         .arg(kSchemaVersion - 1)
                                         .arg(kSchemaVersion);
}

// Opening for a look may not write either: a damaged store that would need its journal mode
// switched or a migration is refused, with the same advice, and nothing changes.
void TestStoreOpen::damagedStoreNeedingChangesIsRefused()
{
    QFETCH(QString, arrange);
    const fs::path dir = damagedProject([&](const fs::path& file) { RawDb(file).exec(arrange.toStdString()); });
    expectRefusal(dir, QStringLiteral("the project file is damaged (PRAGMA quick_check: "));
}

// A check that runs past its budget says nothing: the store opens as usual. A budget of zero
// stops it at the first progress callback, which a store this size always reaches.
void TestStoreOpen::quickCheckPastItsBudget()
{
    const fs::path dir = freshDir() / "project";
    {
        auto store = ProjectStore::create(dir);
        const int64_t run = store.createRun("train", "{}");
        std::vector<MetricPoint> points;
        for (int step = 0; step < 3000; ++step)
            points.push_back({run, "loss", "", "", step, 0, 1.0, 0.0});
        store.addMetrics(points);
    }
    {
        auto store = ProjectStore::open(dir, OpenOptions{std::chrono::milliseconds(0)});
        QCOMPARE(int(store.quickCheckVerdict()), int(QuickCheckVerdict::Stopped));
        QVERIFY(!store.damage().has_value());
        // The stop leaves nothing behind on the connection: the next statements run.
        store.createRun("eval", "{}");
        QCOMPARE(store.counts().runs, int64_t(2));
    }
    auto store = ProjectStore::open(dir);
    QCOMPARE(int(store.quickCheckVerdict()), int(QuickCheckVerdict::Passed));
}

QTEST_GUILESS_MAIN(TestStoreOpen)
#include "tst_store_open.moc"
