// ProjectStore::open() at the edges: forward migration of an old store, and refusal (with the file
// named and not one byte changed) of a newer schema, of files that are not stores, of missing paths.
#include "store/project_store.h"
#include "store_test_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>

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

private:
    fs::path freshDir()
    {
        const fs::path dir = toPath(m_temp.path()) / ("case" + std::to_string(++m_counter));
        fs::create_directories(dir);
        return dir;
    }
    void expectRefusal(const fs::path& dir, const QString& fragment);

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
        store.addMetrics({{run, "docs", 1, 0, 10.0, 0.0}});
        QCOMPARE(store.counts().metrics, int64_t(1));
    }
    RawDb raw(dir / kStoreFileName);
    QCOMPARE(raw.integer("PRAGMA user_version"), static_cast<long long>(kSchemaVersion));
    QCOMPARE(raw.integer("SELECT COUNT(*) FROM schema_version"), static_cast<long long>(kSchemaVersion));
    QCOMPARE(raw.integer("SELECT MAX(version) FROM schema_version"), static_cast<long long>(kSchemaVersion));
    QCOMPARE(raw.text("PRAGMA journal_mode"), std::string("wal"));
    for (const char* table : {"datasets", "runs", "metrics", "artifacts"}) {
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

QTEST_GUILESS_MAIN(TestStoreOpen)
#include "tst_store_open.moc"
