// The CLI child writes metrics while the GUI reads them: real separate processes (store_writer)
// write into one project while this process reads and writes it too. No SQLITE_BUSY may escape,
// readers see whole transactions only and never a count going down, and nothing gets lost.
#include "store/project_store.h"
#include "store/sqlite_statement.h"
#include "store_test_support.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <future>
#include <map>
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

QTEST_GUILESS_MAIN(TestStoreConcurrency)
#include "tst_store_concurrency.moc"
