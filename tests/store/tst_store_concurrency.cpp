// The CLI child writes metrics while the GUI reads them: real separate processes (store_writer)
// write into one project while this process reads and writes it too. No SQLITE_BUSY may escape,
// readers see whole transactions only and never a count going down, and nothing gets lost.
#include "corpus/corpus_reader.h"
#include "store/project_store.h"
#include "store/sqlite_statement.h"
#include "store_test_support.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <QDir>
#include <QFileInfo>

#include <chrono>
#include <future>
#include <map>
#include <optional>
#include <thread>
#include <memory>

using namespace adaptlab::store;
using namespace adaptlab::store::test;
namespace fs = std::filesystem;

class TestStoreConcurrency final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void writerWaitsForAnotherWriter();
    void stuckLockSurfacesAsError();
    void writersAndReader_data();
    void writersAndReader();
    void lookingAtTheStoreKeepsItsLocks_data();
    void lookingAtTheStoreKeepsItsLocks();
};

namespace {

// Holds the store's write lock from another connection (on its own thread) until released.
class LockHolder {
public:
    LockHolder(const fs::path& file, std::chrono::milliseconds holdFor)
    {
        std::promise<void> locked;
        auto lockedFuture = locked.get_future();
        m_thread = std::thread([file, holdFor, &locked] {
            RawDb raw(file);
            raw.exec("BEGIN IMMEDIATE; INSERT INTO runs (kind, created_at) VALUES ('lock', 'now')");
            locked.set_value();
            std::this_thread::sleep_for(holdFor);
            raw.exec("COMMIT");
        });
        lockedFuture.wait();
    }
    ~LockHolder() { m_thread.join(); }

private:
    std::thread m_thread;
};

// Runs store_writer with ARGS to its end; returns its stderr, or why it did not exit 0.
QString runStoreWriter(const QStringList& args, QByteArray* out = nullptr)
{
    QProcess child;
    child.start(QStringLiteral(STORE_WRITER_PATH), args);
    if (!child.waitForStarted(10000))
        return QStringLiteral("store_writer did not start: %1").arg(child.errorString());
    child.waitForFinished(-1); // no wall-clock bound: a hang shows up as the suite's own timeout
    const QString errors = QString::fromUtf8(child.readAllStandardError());
    if (out != nullptr)
        *out = child.readAllStandardOutput();
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
        return QStringLiteral("store_writer %1 exited with %2: %3")
            .arg(args.join(QLatin1Char(' ')))
            .arg(child.exitCode())
            .arg(errors);
    return errors;
}

// The descriptors of this process that point at a file SQLite has already deleted: what the GUI
// showed in /proc/<pid>/fd after it lost its locks ("project.adaptlab-wal (deleted)").
QStringList deletedStoreFilesHeldOpen(const fs::path& dir)
{
    QStringList held;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString& fd : fds.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = QFileInfo(fds.filePath(fd)).symLinkTarget();
        if (target.startsWith(toQString(dir)) && target.endsWith(QLatin1String(" (deleted)")))
            held << target;
    }
    return held;
}

} // namespace

void TestStoreConcurrency::writerWaitsForAnotherWriter()
{
    QTemporaryDir temp;
    auto store = ProjectStore::create(toPath(temp.path()) / "project");
    QElapsedTimer clock;
    {
        LockHolder holder(store.storeFile(), std::chrono::milliseconds(500));
        clock.start();
        // Blocks in the busy handler until the holder commits, then succeeds.
        store.createRun("train", "{}");
    }
    QVERIFY2(clock.elapsed() >= 300, "createRun() did not wait for the other writer");
    QCOMPARE(store.runs().size(), std::size_t(2));
}

void TestStoreConcurrency::stuckLockSurfacesAsError()
{
    QTemporaryDir temp;
    auto store = ProjectStore::create(toPath(temp.path()) / "project");
    const auto budget = std::chrono::duration_cast<std::chrono::milliseconds>(kBusyRetryBudget).count();
    QString message;
    QElapsedTimer clock;
    {
        LockHolder holder(store.storeFile(), std::chrono::milliseconds(budget + 500));
        clock.start();
        try {
            store.createRun("train", "{}");
        } catch (const StoreError& error) {
            message = QString::fromUtf8(error.what());
        }
    }
    QVERIFY2(message.contains(QStringLiteral("database is locked")), qPrintable(message));
    QVERIFY2(message.contains(toQString(store.storeFile())), qPrintable(message));
    // Gave up after one budget, not two (the busy handler's wait is not repeated by the retry).
    QVERIFY2(clock.elapsed() >= budget - 500 && clock.elapsed() < budget * 3 / 2,
             qPrintable(QString::number(clock.elapsed())));
}

void TestStoreConcurrency::writersAndReader_data()
{
    QTest::addColumn<int>("writers");
    QTest::addColumn<int>("points");  // per writer
    QTest::addColumn<int>("perTransaction");
    QTest::addColumn<int>("pauseMicroseconds");
    QTest::newRow("one writer") << 1 << 2000 << 4 << 1000;
    QTest::newRow("two writers, no pause") << 2 << 2000 << 2 << 0;
}

void TestStoreConcurrency::writersAndReader()
{
    QFETCH(int, writers);
    QFETCH(int, points);
    QFETCH(int, perTransaction);
    QFETCH(int, pauseMicroseconds);
    QVERIFY2(fs::is_regular_file(STORE_WRITER_PATH), STORE_WRITER_PATH);

    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const fs::path dir = toPath(temp.path()) / "project";
    auto store = ProjectStore::create(dir);
    const int64_t readerRun = store.createRun("compare", "{}");

    std::vector<int64_t> runIds;
    std::vector<std::unique_ptr<QProcess>> children;
    for (int i = 0; i < writers; ++i) {
        runIds.push_back(store.createRun("train", "{}"));
        auto child = std::make_unique<QProcess>();
        child->setProgram(QStringLiteral(STORE_WRITER_PATH));
        child->setArguments({toQString(dir), QString::number(runIds.back()), QString::number(points),
                             QString::number(perTransaction), QString::number(pauseMicroseconds)});
        children.push_back(std::move(child));
    }
    for (auto& child : children)
        child->start();
    for (auto& child : children)
        QVERIFY2(child->waitForStarted(10000), qPrintable(child->errorString()));

    std::map<int64_t, std::size_t> lastSeen;
    bool sawPartialRun = false;
    int reads = 0;
    QElapsedTimer clock;
    clock.start();
    auto anyRunning = [&] {
        bool running = false;
        for (auto& child : children) {
            child->waitForFinished(1); // lets QProcess notice an exit without an event loop
            running = running || child->state() != QProcess::NotRunning;
        }
        return running;
    };
    try {
        while (anyRunning()) {
            QVERIFY2(clock.elapsed() < 120000, "writers did not finish within two minutes");
            for (const int64_t run : runIds) {
                const std::size_t seen = store.metrics(run, "loss").size();
                QVERIFY2(seen >= lastSeen[run], "the metric count went down");
                QCOMPARE(seen % std::size_t(perTransaction), std::size_t(0)); // whole transactions
                sawPartialRun = sawPartialRun || (seen > 0 && seen < std::size_t(points));
                lastSeen[run] = seen;
            }
            QCOMPARE(store.runs().size(), runIds.size() + 1);
            const StoreCounts counts = store.counts();
            QVERIFY(counts.metrics <= int64_t(writers) * points);
            // The reader writes as well, as the GUI does when the user edits a run.
            if (++reads % 10 == 0)
                store.setRunResult(readerRun, "{\"reads\":" + std::to_string(reads) + "}");
        }
    } catch (const StoreError& error) {
        QFAIL(qPrintable(QStringLiteral("reader got a store error: %1").arg(QString::fromUtf8(error.what()))));
    }

    for (std::size_t i = 0; i < children.size(); ++i) {
        QProcess& child = *children[i];
        const QString errors = QString::fromUtf8(child.readAllStandardError());
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QVERIFY2(child.exitCode() == 0, qPrintable(errors));
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
        QVERIFY(child.readAllStandardOutput().startsWith("wrote " + QByteArray::number(points)));

        const auto metrics = store.metrics(runIds[i], "loss");
        QCOMPARE(metrics.size(), std::size_t(points));
        for (int step = 0; step < points; ++step) {
            QCOMPARE(metrics[step].step, int64_t(step));
            QCOMPARE(metrics[step].tokens, int64_t(step) * 1024);
        }
        const auto run = store.run(runIds[i]);
        QCOMPARE(statusText(run->status), statusText(RunStatus::Done));
        QCOMPARE(run->pid, int64_t(child.processId() != 0 ? child.processId() : run->pid));
        QVERIFY(!run->startedAt.empty() && !run->finishedAt.empty());
    }
    QCOMPARE(store.counts().metrics, int64_t(writers) * points);
    QCOMPARE(store.counts().runsDone, int64_t(writers));
    QVERIFY2(reads > 5, "the reader hardly ran while the writers were busy");
    // With a pause between transactions the reader must have caught a run half written; without
    // one the writers may simply be faster than a read, which proves nothing either way.
    if (pauseMicroseconds > 0)
        QVERIFY2(sawPartialRun, "the reader never saw a run in progress");
    qInfo("%d reads while %d writer(s) wrote %d points each", reads, writers, points);
}

void TestStoreConcurrency::lookingAtTheStoreKeepsItsLocks_data()
{
    // What the GUI does beside its open store: the recent-projects menu checks every listed folder
    // (the open project among them), and a second connection (e.g. a background reader) opens the
    // same project. Each used to open and close the file outside SQLite, which on POSIX drops every
    // lock the process holds on it, SQLite's included.
    QTest::addColumn<bool>("recentProjectsCheck");
    QTest::addColumn<bool>("secondConnection");
    QTest::addColumn<bool>("importPreview"); // the import dialog previews a folder in the app's process
    QTest::newRow("recent-projects check") << true << false << false;
    QTest::newRow("second connection") << false << true << false;
    QTest::newRow("both") << true << true << false;
    QTest::newRow("the project folder previewed as a corpus") << false << false << true;
}

// Issue 7, item 1. After losing its locks, this process (the GUI) was taken for gone: the next
// job process checkpointed and deleted the WAL on exit, the GUI went on writing into the deleted
// file, and the job after that failed with "run N does not exist".
void TestStoreConcurrency::lookingAtTheStoreKeepsItsLocks()
{
    QFETCH(bool, recentProjectsCheck);
    QFETCH(bool, secondConnection);
    QFETCH(bool, importPreview);
    QVERIFY2(fs::is_regular_file(STORE_WRITER_PATH), STORE_WRITER_PATH);
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const fs::path dir = toPath(temp.path()) / "project";
    ProjectStore::create(dir); // an existing project, as on the second launch
    auto store = ProjectStore::open(dir);
    if (recentProjectsCheck)
        QVERIFY(ProjectStore::isProject(dir));
    std::optional<ProjectStore> second;
    if (secondConnection)
        second.emplace(ProjectStore::open(dir));

    constexpr int kPoints = 40;
    std::vector<int64_t> jobRuns;
    size_t previewedFiles = 0;
    for (int job = 0; job < 2; ++job) {
        // The GUI creates the run row, the job process finds it and writes its metrics.
        jobRuns.push_back(store.createRun("train", "{}"));
        const QString errors = runStoreWriter({toQString(dir), QString::number(jobRuns.back()),
                                               QString::number(kPoints), QStringLiteral("4"),
                                               QStringLiteral("0")});
        QVERIFY2(errors.isEmpty(), qPrintable(QStringLiteral("job %1: %2").arg(job + 1).arg(errors)));
        if (recentProjectsCheck)
            QVERIFY(ProjectStore::isProject(dir)); // the menu is rebuilt after each job
        if (importPreview) // the readers skip the store's files in a folder (they would drop its locks)
            previewedFiles += adaptlab::corpus::previewCorpus({dir}, {}).files.size();
    }
    // This process sees what both jobs wrote, through either connection.
    for (const int64_t run : jobRuns) {
        QCOMPARE(store.metrics(run, "loss").size(), std::size_t(kPoints));
        QCOMPARE(statusText(store.run(run)->status), statusText(RunStatus::Done));
        if (second)
            QCOMPARE(second->metrics(run, "loss").size(), std::size_t(kPoints));
    }
    // Its own writes reach the next jobs.
    const int64_t own = store.createRun("compare", "{}");
    std::vector<MetricPoint> points;
    for (int step = 0; step < 7; ++step)
        points.push_back({own, "loss", "", "", step, 0, 0.5, 0.0});
    store.addMetrics(points);
    for (int job = 0; job < 2; ++job) {
        QByteArray out;
        const QString errors = runStoreWriter({QStringLiteral("--expect"), toQString(dir),
                                               QString::number(own), QStringLiteral("7")}, &out);
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
        QCOMPARE(out.trimmed(), QByteArray("saw 7 points, integrity ok"));
    }
    QCOMPARE(deletedStoreFilesHeldOpen(dir), QStringList());
    QCOMPARE(previewedFiles, size_t(0));
    RawDb raw(store.storeFile());
    QCOMPARE(raw.text("PRAGMA integrity_check"), std::string("ok"));
    QCOMPARE(raw.integer("SELECT COUNT(*) FROM metric_points"), 2LL * kPoints + 7);
}

QTEST_GUILESS_MAIN(TestStoreConcurrency)
#include "tst_store_concurrency.moc"
