// BackgroundTask and its lanes: a long task never delays a quick one (proved by order with
// semaphores: the quick result arrives while every long worker is still held inside its work),
// the newest request wins, a cancelled task's callback never runs and its worker sees the flag,
// the destructor cancels and waits, and the import dialog's real worker (previewCorpus) stops at
// the flag. No timing: every wait is on an event the test itself causes.
#include "background_task.h"

#include "corpus/corpus_reader.h"
#include "runtime/runtime.h"

#include <QCoreApplication>
#include <QFile>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>
#include <vector>

using adaptlab::BackgroundTask;
using adaptlab::TaskLane;
using adaptlab::TaskLanes;

namespace {

constexpr int kTimeoutMs = 60'000; // a bound on a hang only: every wait ends on an event

} // namespace

Q_DECLARE_METATYPE(TaskLane)

class TstBackgroundTask final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void lanesAreSizedForTheCores()
    {
        QCOMPARE(TaskLanes::threadsFor(1), std::make_pair(1, 1));
        QCOMPARE(TaskLanes::threadsFor(2), std::make_pair(1, 1)); // a search never takes the quick lane's core
        QCOMPARE(TaskLanes::threadsFor(4), std::make_pair(3, 2));
        QCOMPARE(TaskLanes::threadsFor(16), std::make_pair(15, 8));
        const auto [quick, slow] = TaskLanes::threadsFor(adaptlab::runtime::coresAvailable());
        QCOMPARE(TaskLanes::pool(TaskLane::Quick)->maxThreadCount(), quick);
        QCOMPARE(TaskLanes::pool(TaskLane::Long)->maxThreadCount(), slow);
        QVERIFY(TaskLanes::pool(TaskLane::Quick) != TaskLanes::pool(TaskLane::Long));
        QVERIFY(TaskLanes::pool(TaskLane::Quick) != QThreadPool::globalInstance());
    }

    // Every thread of the long lane is held inside a search; a recount still comes back.
    void longTasksDoNotDelayAQuickTask()
    {
        QObject owner;
        const int longThreads = TaskLanes::pool(TaskLane::Long)->maxThreadCount();
        QSemaphore entered;
        QSemaphore release;
        std::atomic<int> longFinished{0};
        int longDelivered = 0;
        std::vector<std::unique_ptr<BackgroundTask<int>>> searches;
        // One more than the lane has threads: the last one waits in the lane's queue.
        for (int i = 0; i <= longThreads; ++i) {
            searches.push_back(std::make_unique<BackgroundTask<int>>(&owner, TaskLane::Long));
            searches.back()->run(
                [&](const std::atomic<bool>&) {
                    entered.release();
                    release.acquire();
                    ++longFinished;
                    return 1;
                },
                [&](int, const QString&) { ++longDelivered; });
        }
        QVERIFY(entered.tryAcquire(longThreads, kTimeoutMs)); // the lane is full

        BackgroundTask<int> recount(&owner, TaskLane::Quick);
        int quickResult = 0;
        int longInsideAtQuickResult = -1;
        recount.run([](const std::atomic<bool>&) { return 42; },
                    [&](int value, const QString& error) {
                        QVERIFY(error.isEmpty());
                        quickResult = value;
                        longInsideAtQuickResult = longFinished.load();
                    });
        QTRY_COMPARE_WITH_TIMEOUT(quickResult, 42, kTimeoutMs);
        // The order: the recount came back while no search had finished (they cannot: they wait
        // on `release`, which only the test gives).
        QCOMPARE(longInsideAtQuickResult, 0);
        QCOMPARE(longDelivered, 0);

        release.release(longThreads + 1);
        QTRY_COMPARE_WITH_TIMEOUT(longDelivered, longThreads + 1, kTimeoutMs);
        QCOMPARE(longFinished.load(), longThreads + 1);
    }

    // cancel(): the worker sees the flag and returns; its result is dropped, its callback never
    // runs. A task run after it delivers, which proves the first one's finish was processed.
    void cancelledCallbackNeverRuns()
    {
        QFETCH(TaskLane, lane);
        QObject owner;
        BackgroundTask<int> task(&owner, lane);
        QSemaphore started;
        std::atomic<bool> sawCancel{false};
        std::atomic<int> batches{0};
        int delivered = 0;
        task.run(
            [&](const std::atomic<bool>& cancel) {
                started.release();
                while (!cancel.load())
                    ++batches; // one "batch" of work between checks
                sawCancel = true;
                return 7;
            },
            [&](int, const QString&) { ++delivered; });
        QVERIFY(started.tryAcquire(1, kTimeoutMs));
        QVERIFY(task.isRunning());
        task.cancel();
        QVERIFY(!task.isRunning());
        task.waitForIdle(); // returns only because the worker honoured the flag
        QVERIFY(sawCancel.load());

        int second = 0;
        task.run([](const std::atomic<bool>&) { return 9; }, [&](int value, const QString&) { second = value; });
        QTRY_COMPARE_WITH_TIMEOUT(second, 9, kTimeoutMs);
        QCoreApplication::processEvents();
        QCOMPARE(delivered, 0);
    }
    void cancelledCallbackNeverRuns_data()
    {
        QTest::addColumn<TaskLane>("lane");
        QTest::newRow("quick") << TaskLane::Quick;
        QTest::newRow("long") << TaskLane::Long;
    }

    // A newer run() cancels the one before: the older worker sees cancel, only the newer result
    // arrives.
    void newestRequestWins()
    {
        QObject owner;
        BackgroundTask<int> task(&owner);
        QSemaphore started;
        std::atomic<bool> firstSawCancel{false};
        QList<int> results;
        task.run(
            [&](const std::atomic<bool>& cancel) {
                started.release();
                while (!cancel.load()) {
                }
                firstSawCancel = true;
                return 1;
            },
            [&](int value, const QString&) { results << value; });
        QVERIFY(started.tryAcquire(1, kTimeoutMs));
        task.run([](const std::atomic<bool>&) { return 2; }, [&](int value, const QString&) { results << value; });
        QTRY_COMPARE_WITH_TIMEOUT(results, QList<int>{2}, kTimeoutMs);
        task.waitForIdle();
        QVERIFY(firstSawCancel.load());
        QCoreApplication::processEvents();
        QCOMPARE(results, QList<int>{2});
    }

    // An exception in the work comes back as the error, with a default value.
    void workThatThrowsReportsTheError()
    {
        QObject owner;
        BackgroundTask<int> task(&owner);
        QString error;
        int value = -1;
        task.run([](const std::atomic<bool>&) -> int { throw std::runtime_error("disk on fire"); },
                 [&](int v, const QString& e) {
                     value = v;
                     error = e;
                 });
        QTRY_COMPARE_WITH_TIMEOUT(error, QStringLiteral("disk on fire"), kTimeoutMs);
        QCOMPARE(value, 0);
    }

    // Destroying the task (its widget closes) cancels the work and waits for it.
    void destructorCancelsAndWaits()
    {
        QObject owner;
        QSemaphore started;
        auto returned = std::make_shared<std::atomic<bool>>(false);
        int delivered = 0;
        {
            BackgroundTask<int> task(&owner, TaskLane::Long);
            task.run(
                [&started, returned](const std::atomic<bool>& cancel) {
                    started.release();
                    while (!cancel.load()) {
                    }
                    returned->store(true);
                    return 1;
                },
                [&](int, const QString&) { ++delivered; });
            QVERIFY(started.tryAcquire(1, kTimeoutMs));
        }
        QVERIFY(returned->load()); // the destructor waited for the worker
        QCoreApplication::processEvents();
        QCOMPARE(delivered, 0);
    }

    // The import dialog's worker: previewCorpus stops at the flag. Set before it starts, it reads
    // no document; unset, it reads the first 20 of 500.
    void previewCorpusHonoursCancel()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("corpus.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 500; ++i)
            file.write(QByteArray("document number ") + QByteArray::number(i) + "\n\n"); // blank-line blocks
        file.close();
        const std::vector<std::filesystem::path> inputs{path.toStdString()};
        std::atomic<bool> cancel{false};
        const auto full = adaptlab::corpus::previewCorpus(inputs, {}, 20, 8 << 20, &cancel);
        QCOMPARE(full.documents.size(), size_t(20));
        QCOMPARE(full.documentsScanned, int64_t(500));
        cancel = true;
        const auto cancelled = adaptlab::corpus::previewCorpus(inputs, {}, 20, 8 << 20, &cancel);
        QCOMPARE(cancelled.documents.size(), size_t(0));
        QCOMPARE(cancelled.documentsScanned, int64_t(0));
    }
};

QTEST_GUILESS_MAIN(TstBackgroundTask)
#include "tst_background_task.moc"
