// JobsDock offscreen: rows for running, finished and failed jobs, the progress cell, Stop, Open
// log, the failure details, Clear finished; the runs of a real project store listed (done, lost,
// running) and a runner taking over a listed run; the model under QAbstractItemModelTester; a
// screenshot.
#include "job_list_model.h"
#include "job_runner.h"
#include "jobs_dock.h"
#include "log_viewer.h"
#include "panel_header.h"
#include "run_events_fixture.h"
#include "stat_card.h"
#include "store/project_store.h"

#include <QAbstractItemModelTester>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QVBoxLayout>

#include <unistd.h>

#include <memory>

using adaptlab::JobListModel;
using adaptlab::JobRunner;
using adaptlab::JobsDock;

namespace {

const QString kFakeJob = QStringLiteral(ADAPTLAB_FAKE_JOB);

} // namespace

// Stands in for the desktop's URL handler, so "Open log" is observed instead of launching a viewer.
class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> urls;
    Q_INVOKABLE void open(const QUrl& url) { urls << url; }
};

class TestJobsDock : public QObject {
    Q_OBJECT

private:
    QTemporaryDir tmp_;
    QString dataFile_;
    int runCounter_ = 0;

    QString validSpec(int runId) const
    {
        QJsonObject params{{QStringLiteral("path"), dataFile_}};
        return QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                      {QStringLiteral("kind"), QStringLiteral("scan_dataset")},
                                      {QStringLiteral("project"), tmp_.path()},
                                      {QStringLiteral("run_id"), runId},
                                      {QStringLiteral("params"), params}})
                .toJson(QJsonDocument::Compact));
    }

    // Parented to the test fixture's owner so they outlive nothing they should not.
    JobRunner* startRunner(QObject* owner, const QString& mode, int graceMs = 5000)
    {
        auto* runner = new JobRunner(owner);
        runner->setProgram(kFakeJob);
        runner->setExtraArguments({QStringLiteral("--mode"), mode});
        runner->setGracePeriodMs(graceMs);
        const int id = ++runCounter_;
        if (!runner->start(validSpec(id), tmp_.filePath(QStringLiteral("runs/%1").arg(id))))
            qWarning() << "refused:" << runner->errorString();
        return runner;
    }

    static QString cell(const JobListModel* model, int row, int column, int role = Qt::DisplayRole)
    {
        return model->index(row, column).data(role).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(tmp_.isValid());
        dataFile_ = tmp_.filePath(QStringLiteral("data.jsonl"));
        QFile data(dataFile_);
        QVERIFY(data.open(QIODevice::WriteOnly));
        data.write("{\"text\":\"hello\"}\n");
    }

    void dockFollowsJobs()
    {
        QObject owner; // owns the runners: the dock only follows them
        QMainWindow window;
        window.resize(820, 520);
        auto* central = new QWidget(&window);
        auto* centralLayout = new QVBoxLayout(central);
        centralLayout->addWidget(new adaptlab::PanelHeader(
            QStringLiteral("Jobs dock test"),
            QStringLiteral("Long jobs run as child processes; the dock below follows them."),
            central));
        auto* cards = new QHBoxLayout;
        cards->addWidget(new adaptlab::StatCard(QStringLiteral("jobs started"), QStringLiteral("3"),
                                                QStringLiteral("Jobs started in this test"), central));
        cards->addWidget(new adaptlab::StatCard(QStringLiteral("failed"), QStringLiteral("1"),
                                                QString(), central));
        cards->addStretch(1);
        centralLayout->addLayout(cards);
        centralLayout->addStretch(1);
        window.setCentralWidget(central);
        auto* dock = new JobsDock(&window);
        window.addDockWidget(Qt::BottomDockWidgetArea, dock);
        QCOMPARE(dock->windowTitle(), QStringLiteral("Jobs"));
        JobListModel* model = dock->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->columnCount(), int(JobListModel::ColumnCount));
        QCOMPARE(model->headerData(JobListModel::Eta, Qt::Horizontal).toString(),
                 QStringLiteral("ETA"));

        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* emptyLabel = dock->findChild<QLabel*>(QStringLiteral("jobsEmptyLabel"));
        QVERIFY(emptyLabel && emptyLabel->isVisible());
        auto* stopButton = dock->findChild<QPushButton*>(QStringLiteral("stopButton"));
        auto* openLogButton = dock->findChild<QPushButton*>(QStringLiteral("openLogButton"));
        auto* clearButton = dock->findChild<QPushButton*>(QStringLiteral("clearFinishedButton"));
        auto* details = dock->findChild<QWidget*>(QStringLiteral("failureDetails"));
        auto* detailsText = dock->findChild<QPlainTextEdit*>(QStringLiteral("failureText"));
        auto* detailsTitle = dock->findChild<QLabel*>(QStringLiteral("failureTitle"));
        QVERIFY(stopButton && openLogButton && clearButton && details && detailsText && detailsTitle);
        QVERIFY(!stopButton->isEnabled());

        // A running job: a row with its progress (1 of 4) and the child's ETA (90 s).
        JobRunner* holding = startRunner(&owner, QStringLiteral("hold"));
        dock->addRunner(holding);
        dock->addRunner(holding); // listed once
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(!emptyLabel->isVisible());
        QCOMPARE(cell(model, 0, JobListModel::Job), QStringLiteral("scan_dataset #1"));
        QTRY_COMPARE_WITH_TIMEOUT(model->index(0, JobListModel::Progress)
                                      .data(JobListModel::ProgressPercentRole).toInt(),
                                  25, 10000);
        QCOMPARE(cell(model, 0, JobListModel::Progress), QStringLiteral("25 %"));
        QCOMPARE(cell(model, 0, JobListModel::Eta), QStringLiteral("1 min 30 s"));
        QCOMPARE(cell(model, 0, JobListModel::Status), QStringLiteral("Running: hold"));
        QVERIFY(model->index(0, 0).data(JobListModel::IsActiveRole).toBool());
        QCOMPARE(dock->currentRunner(), holding);
        QVERIFY(stopButton->isEnabled());
        QVERIFY(!details->isVisible());

        // A job that finishes.
        JobRunner* finishing = startRunner(&owner, QStringLiteral("progress"));
        dock->addRunner(finishing);
        QTRY_COMPARE_WITH_TIMEOUT(finishing->state(), JobRunner::State::Finished, 10000);
        QCOMPARE(cell(model, 1, JobListModel::Status), QStringLiteral("Finished"));
        QCOMPARE(model->index(1, 0).data(JobListModel::ProgressPercentRole).toInt(), 100);
        QCOMPARE(cell(model, 1, JobListModel::Eta), QString());
        QVERIFY(!stopButton->isEnabled());

        // A job that fails: it is selected and the details say why, in its own words.
        QSignalSpy ended(dock, &JobsDock::jobEnded);
        JobRunner* failing = startRunner(&owner, QStringLiteral("fail"));
        dock->addRunner(failing);
        QTRY_COMPARE_WITH_TIMEOUT(failing->state(), JobRunner::State::Failed, 10000);
        QCOMPARE(ended.count(), 1);
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(cell(model, 2, JobListModel::Status), QStringLiteral("Failed"));
        QCOMPARE(dock->currentRunner(), failing);
        QVERIFY(details->isVisible());
        QVERIFY2(detailsTitle->text().contains(QStringLiteral("failed")),
                 qPrintable(detailsTitle->text()));
        QVERIFY(detailsText->toPlainText().contains(QStringLiteral("cannot open shard 2")));
        QVERIFY(detailsText->toPlainText().contains(QStringLiteral("shard 2 is missing")));
        QCOMPARE(cell(model, 2, JobListModel::Status, Qt::ToolTipRole), failing->errorString());

        // Open log shows the log in the app (a desktop without a text-viewer launcher opened
        // nothing); the desktop is not asked; a second click raises the same viewer.
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
        QVERIFY(openLogButton->isEnabled());
        QTest::mouseClick(openLogButton, Qt::LeftButton);
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QCOMPARE(catcher.urls.size(), 0);
        auto* viewer = dock->findChild<adaptlab::LogViewer*>(QStringLiteral("logViewer"));
        QVERIFY(viewer != nullptr && viewer->isVisible());
        QCOMPARE(viewer->path(), failing->logPath());
        // The child's own log (its stderr here).
        QVERIFY2(viewer->textView()->toPlainText().contains(QStringLiteral("cannot open shard 2")),
                 qPrintable(viewer->textView()->toPlainText()));
        QCOMPARE(dock->openCurrentLog(), viewer);
        viewer->resize(820, 420);
        QTest::qWait(50);
        const QString logShots = qEnvironmentVariable("ADAPTLAB_BUILD_DIR", QDir::tempPath()) + QStringLiteral("/screenshots");
        QVERIFY(QDir().mkpath(logShots));
        QVERIFY(viewer->grab().save(logShots + QStringLiteral("/log_viewer.png")));
        viewer->close();

        // The picture: a running job, a finished one, a failed one with its details.
        window.resize(820, 560);
        QTest::qWait(50);
        const QString shots = qEnvironmentVariable("ADAPTLAB_BUILD_DIR", QDir::tempPath())
            + QStringLiteral("/screenshots");
        QVERIFY(QDir().mkpath(shots));
        const QString shot = shots + QStringLiteral("/jobs_dock.png");
        QVERIFY(window.grab().save(shot));
        QVERIFY(QFileInfo(shot).size() > 0);
        qInfo("screenshot: %s", qPrintable(shot));

        // Stop from the button ends the running job.
        dock->setCurrentRunner(holding);
        QVERIFY(!details->isVisible());
        QVERIFY(stopButton->isEnabled());
        QTest::mouseClick(stopButton, Qt::LeftButton);
        QVERIFY(holding->state() == JobRunner::State::Stopping
                || holding->state() == JobRunner::State::Stopped);
        QTRY_COMPARE_WITH_TIMEOUT(holding->state(), JobRunner::State::Stopped, 10000);
        QCOMPARE(cell(model, 0, JobListModel::Status), QStringLiteral("Stopped"));
        QVERIFY(!stopButton->isEnabled());
        QCOMPARE(ended.count(), 2);

        // A destroyed runner leaves the list; "Clear finished" forgets the rest.
        delete finishing;
        QCOMPARE(model->rowCount(), 2);
        QTest::mouseClick(clearButton, Qt::LeftButton);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(emptyLabel->isVisible());
        QCOMPARE(holding->parent(), &owner); // forgetting a row does not delete the runner
    }

    // The dock lists the runs of a real project store from a worker: a done run with its
    // result, a lost one with its reason, a running one that it reports for the app to follow;
    // a runner attached to that run takes over its row.
    void storeRunsAreListed()
    {
        const QString project = tmp_.filePath(QStringLiteral("project"));
        qint64 doneId = 0, lostId = 0, runningId = 0;
        {
            auto store = adaptlab::store::ProjectStore::create(project.toStdString());
            const std::string spec = validSpec(0).toStdString();
            doneId = store.createRun("scan_dataset", spec);
            store.setRunStatus(doneId, adaptlab::store::RunStatus::Running);
            store.setRunResult(doneId, R"({"documents":1})");
            store.setRunStatus(doneId, adaptlab::store::RunStatus::Done);
            lostId = store.createRun("scan_dataset", spec);
            store.setRunStatus(lostId, adaptlab::store::RunStatus::Failed,
                               "lost: the process ended without a final event (last lines of "
                               "log.txt: reading shard 3)");
            runningId = store.createRun("scan_dataset", spec);
            store.setRunStatus(runningId, adaptlab::store::RunStatus::Running);
        }
        // The running run's child: this test process stands in for it (alive, started earlier).
        const QString runDir = project + QStringLiteral("/runs/%1").arg(runningId);
        QVERIFY(adaptlab::test::appendEvents(
            runDir, {adaptlab::test::startedLine(runningId, ::getpid()),
                     adaptlab::test::progressLine(2, 5, QStringLiteral("scan"))}));

        JobsDock dock;
        dock.resize(700, 400);
        QAbstractItemModelTester tester(dock.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refreshed(&dock, &JobsDock::runsRefreshed);
        QSignalSpy unfollowed(&dock, &JobsDock::activeRunsWithoutRunner);
        dock.setProjectDir(project);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 10000);
        JobListModel* model = dock.model();
        QCOMPARE(model->rowCount(), 3);
        const int doneRow = model->rowOfRun(doneId);
        const int lostRow = model->rowOfRun(lostId);
        const int runningRow = model->rowOfRun(runningId);
        QCOMPARE(runningRow, 2); // oldest first, newest last
        QCOMPARE(cell(model, doneRow, JobListModel::Status), QStringLiteral("done"));
        QCOMPARE(cell(model, doneRow, JobListModel::Progress), QStringLiteral("100 %"));
        QCOMPARE(cell(model, doneRow, 0, JobListModel::ResultJsonRole),
                 QStringLiteral(R"({"documents":1})"));
        QCOMPARE(cell(model, lostRow, JobListModel::Status), QStringLiteral("lost"));
        QVERIFY(model->index(lostRow, 0).data(JobListModel::IsLostRole).toBool());
        QVERIFY(cell(model, lostRow, JobListModel::Status, Qt::ToolTipRole)
                    .contains(QStringLiteral("reading shard 3")));
        QVERIFY(cell(model, runningRow, JobListModel::Job).contains(QStringLiteral("(run %1)").arg(runningId)));
        QVERIFY(model->index(runningRow, 0).data(JobListModel::IsActiveRole).toBool());
        QCOMPARE(unfollowed.count(), 1);
        QCOMPARE(unfollowed.at(0).at(0).value<QList<qint64>>(), QList<qint64>{runningId});

        // A lost run explains itself in the details pane.
        dock.view()->selectionModel()->setCurrentIndex(model->index(lostRow, 0),
                                                       QItemSelectionModel::ClearAndSelect);
        auto* detailsTitle = dock.findChild<QLabel*>(QStringLiteral("failureTitle"));
        auto* detailsText = dock.findChild<QPlainTextEdit*>(QStringLiteral("failureText"));
        QVERIFY(detailsTitle->text().contains(QStringLiteral("lost")));
        QVERIFY(detailsText->toPlainText().contains(QStringLiteral("reading shard 3")));

        // What the app does with the report: a runner follows the run; it takes over the row and
        // shows where the events are.
        JobRunner runner;
        runner.setCliProgram(tmp_.filePath(QStringLiteral("no-cli")));
        runner.attach(project, runningId);
        dock.addRunner(&runner);
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->rowOf(&runner), runningRow);
        QTRY_COMPARE_WITH_TIMEOUT(model->index(runningRow, 0).data(JobListModel::ProgressPercentRole).toInt(),
                                  40, 10000);
        const int before = refreshed.count();
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() > before, 10000);
        QCOMPARE(unfollowed.count(), 1); // followed now: not reported again

        // Clear finished forgets the done and lost rows; the next refresh does not bring them back.
        QCOMPARE(model->removeInactive(), 2);
        const int cleared = refreshed.count();
        dock.refreshRuns();
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() > cleared, 10000);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->runnerAt(0), &runner);
    }

    void modelReplacesRunnersByValue()
    {
        QObject owner;
        JobListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* a = new JobRunner(&owner);
        auto* b = new JobRunner(&owner);
        model.setRunners({a, b, a});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.runnerAt(1), b);
        QCOMPARE(cell(&model, 0, JobListModel::Status), QStringLiteral("Waiting"));
        QCOMPARE(cell(&model, 0, JobListModel::Job), QStringLiteral("(untitled job)"));
        QCOMPARE(model.index(0, 0).data(JobListModel::ProgressPercentRole).toInt(), -1);
        model.setRunners({b});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(a), -1);
        QCOMPARE(model.removeInactive(), 1);
        QCOMPARE(model.rowCount(), 0);
    }

    void durationsReadNaturally_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("unknown") << -1.0 << QString();
        QTest::newRow("zero") << 0.0 << QStringLiteral("0 s");
        QTest::newRow("seconds") << 42.4 << QStringLiteral("42 s");
        QTest::newRow("minutes") << 200.0 << QStringLiteral("3 min 20 s");
        QTest::newRow("hours") << 3900.0 << QStringLiteral("1 h 05 min");
    }

    void durationsReadNaturally()
    {
        QFETCH(double, seconds);
        QFETCH(QString, text);
        QCOMPARE(JobListModel::formatDuration(seconds), text);
    }

    void statCardAndPanelHeader()
    {
        adaptlab::StatCard card(QStringLiteral("documents"));
        QCOMPARE(card.caption(), QStringLiteral("documents"));
        card.setValue(qint64(12345));
        QCOMPARE(card.value(), QLocale().toString(qint64(12345)));
        card.setValue(QString());
        QVERIFY(!card.value().isEmpty()); // a dash, never a blank card
        QVERIFY(card.valueLabel()->font().pointSizeF() > card.captionLabel()->font().pointSizeF());

        adaptlab::PanelHeader header(QStringLiteral("Corpus"), QStringLiteral("What it does."));
        QCOMPARE(header.title(), QStringLiteral("Corpus"));
        header.setExplanation(QStringLiteral("Something else."));
        QCOMPARE(header.explanationLabel()->text(), QStringLiteral("Something else."));
        QVERIFY(header.explanationLabel()->wordWrap());
    }
};

QTEST_MAIN(TestJobsDock)
#include "tst_jobs_dock.moc"
