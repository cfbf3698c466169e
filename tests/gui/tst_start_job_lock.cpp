// Starting a job never waits on the store's write lock (issue 8): AppContext::startJob hands back a
// runner at once, Starting, while its StoreWriter creates the run row; another connection holds the
// write lock (BEGIN IMMEDIATE, as a job or another process writing would). A QTimer keeps firing
// throughout, so the UI thread is processing events. Released, the row lands, the runner gets its
// id and a real child (adaptlab-cli scan_dataset on a small file) runs to the end; held past the
// busy timeout, the runner fails with the store's message and no child is started. The order of
// events is checked, never their duration.
#include "app_context.h"
#include "app_test_support.h"
#include "job_list_model.h"
#include "job_runner.h"
#include "job_text.h"
#include "jobs_dock.h"
#include "gui_test_support.h"

#include "store/project_store.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "other_connection.h"

#include <fstream>
#include <memory>
#include <stdexcept>

namespace store = adaptlab::store;
namespace testing = adaptlab::testing;
using adaptlab::JobRunner;

namespace {

constexpr int kTimeoutMs = 120000;

using adaptlab::testing::OtherConnection;

} // namespace

class TestStartJobLock : public QObject {
    Q_OBJECT

private:
    QTemporaryDir temp_;
    std::unique_ptr<adaptlab::gui::AppContext> context_;
    QString spec_;

    std::unique_ptr<OtherConnection> holdLock()
    {
        auto other = std::make_unique<OtherConnection>(context_->store()->storeFile().string());
        other->exec("BEGIN IMMEDIATE");
        return other;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(temp_.isValid());
        testing::prepareApp(temp_);
        qRegisterMetaType<adaptlab::JobRunner*>(); // AppContext::jobStarted's argument, for QSignalSpy
        QString error;
        context_ = testing::contextWithNewProject(temp_.filePath(QStringLiteral("project")), &error);
        QVERIFY2(context_ != nullptr, qPrintable(error));
        const QString corpus = temp_.filePath(QStringLiteral("small.jsonl"));
        std::ofstream(corpus.toStdString()) << "{\"text\":\"The committee reviewed the report of the harbor.\"}\n"
                                               "{\"text\":\"A quiet village opened its museum in the valley.\"}\n"
                                               "{\"text\":\"The river crossed the northern forest near the station.\"}\n";
        spec_ = QStringLiteral(R"({"version": 1, "kind": "scan_dataset", "params": {"path": "%1"}})").arg(corpus);
    }

    void cleanupTestCase() { context_.reset(); }

    void startWaitsForTheLockWithoutBlocking()
    {
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start();
        const auto runsBefore = context_->store()->counts().runs;

        auto other = holdLock();
        QSignalSpy jobStarted(context_.get(), &adaptlab::gui::AppContext::jobStarted);
        QString error;
        JobRunner* runner = context_->startJob(spec_, &error);
        QVERIFY2(runner != nullptr, qPrintable(error));
        QSignalSpy assigned(runner, &JobRunner::runIdAssigned);
        QSignalSpy started(runner, &JobRunner::started);
        QSignalSpy finished(runner, &JobRunner::finished);
        // Handed back at once, Starting: no id, no child; the Jobs dock lists it as "Starting…".
        QCOMPARE(jobStarted.count(), 1);
        QCOMPARE(runner->state(), JobRunner::State::Starting);
        QCOMPARE(runner->runId(), qint64(0));
        QCOMPARE(runner->pid(), qint64(0));
        adaptlab::JobListModel model;
        model.addRunner(runner);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, adaptlab::JobListModel::Status).data().toString(),
                 adaptlab::JobText::runnerState(JobRunner::State::Starting));
        QVERIFY(model.index(0, 0).data(adaptlab::JobListModel::IsActiveRole).toBool());
        adaptlab::JobsDock dock;
        dock.addRunner(runner);
        dock.resize(700, 220);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QVERIFY(dock.grab().save(testing::screenshotDir() + QStringLiteral("/jobs_dock_starting.png")));

        // The UI thread goes on while the writer waits for the lock.
        const int ticksAtStart = ticks;
        QTRY_VERIFY_WITH_TIMEOUT(ticks >= ticksAtStart + 20, kTimeoutMs);
        QCOMPARE(runner->state(), JobRunner::State::Starting);
        QCOMPARE(runner->pid(), qint64(0));
        QCOMPARE(assigned.count(), 0);
        QCOMPARE(other->queryInt("SELECT count(*) FROM runs"), static_cast<int>(runsBefore));

        other->exec("COMMIT");
        QVERIFY(assigned.wait(kTimeoutMs) || assigned.count() == 1);
        const qint64 runId = assigned.first().first().toLongLong();
        QVERIFY(runId > 0);
        QCOMPARE(runner->runId(), runId);
        QVERIFY(finished.count() == 1 || finished.wait(kTimeoutMs));
        QVERIFY2(runner->state() == JobRunner::State::Finished, qPrintable(runner->errorString()));
        QCOMPARE(started.count(), 1);
        QCOMPARE(model.rowCount(), 1); // one row, now for run runId
        QCOMPARE(model.runIdAt(0), runId);
        // The child records its outcome in the store itself, after its final event.
        QTRY_VERIFY_WITH_TIMEOUT(context_->store()->run(runId)->status == store::RunStatus::Done, kTimeoutMs);
        QVERIFY(runner->resultJson().contains(QStringLiteral("documents")));
        QCOMPARE(context_->store()->counts().runs, runsBefore + 1);
    }

    // Held past the store's busy timeout: the runner ends Failed with the store's message, no row
    // and no child.
    void lockHeldPastTheTimeoutFailsTheRunner()
    {
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start();
        const auto runsBefore = context_->store()->counts().runs;

        auto other = holdLock();
        QString error;
        JobRunner* runner = context_->startJob(spec_, &error);
        QVERIFY2(runner != nullptr, qPrintable(error));
        QSignalSpy finished(runner, &JobRunner::finished);
        QSignalSpy started(runner, &JobRunner::started);
        QCOMPARE(runner->state(), JobRunner::State::Starting);
        const int ticksAtStart = ticks;
        QVERIFY(finished.wait(kTimeoutMs));
        QVERIFY(ticks > ticksAtStart); // the timer fired while the writer waited
        QCOMPARE(finished.first().first().value<JobRunner::State>(), JobRunner::State::Failed);
        QCOMPARE(runner->state(), JobRunner::State::Failed);
        QVERIFY2(runner->errorString().contains(QStringLiteral("locked"), Qt::CaseInsensitive)
                     || runner->errorString().contains(QStringLiteral("busy"), Qt::CaseInsensitive),
                 qPrintable(runner->errorString()));
        QCOMPARE(runner->runId(), qint64(0));
        QCOMPARE(runner->pid(), qint64(0));
        QCOMPARE(started.count(), 0);
        QCOMPARE(other->queryInt("SELECT count(*) FROM runs"), static_cast<int>(runsBefore));
        other->exec("ROLLBACK");
        QCOMPARE(context_->store()->counts().runs, runsBefore);
        QVERIFY(context_->activeRunners().isEmpty());
    }
};

QTEST_MAIN(TestStartJobLock)
#include "tst_start_job_lock.moc"
