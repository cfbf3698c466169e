// Done-when test of issue 8, "runs that outlive the window": open the demo project in the main
// window, start the demo scan (corpus_inspect of gcide, the spec the Inspect panel builds), close
// the window ("Keep them running", answered in the prompt as a user would), open a NEW window on
// the project, and see the run listed, followed again and finished (done, result present).
// Screenshot: build/screenshots/reopened_run.png. Needs the engine side of issue 8 (the child's
// events.jsonl and `adaptlab-cli runs`): skipped with that reason on a CLI without it.
// Also, without the real child: a window opened on a project while a run started elsewhere (a
// fake child started by the test, writing events.jsonl as the contract says) is going lists it,
// follows it from where its events are and sees it finish.
// With the engine side: kill -9 of a real child becomes "lost" in the runner and the store, and
// Stop on a held child ends it through `adaptlab-cli runs stop` (SIGKILL after the grace period).
#include "app_context.h"
#include "app_test_support.h"
#include "close_prompt.h"
#include "gui_test_support.h"
#include "job_list_model.h"
#include "job_runner.h"
#include "job_specs.h"
#include "jobs_dock.h"
#include "main_window.h"
#include "run_events_fixture.h"
#include "run_follow_core.h"
#include "store/project_store.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using adaptlab::JobListModel;
using adaptlab::JobRunner;
using adaptlab::gui::MainWindow;
namespace testing = adaptlab::testing;

class TestRunsWindow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir temp_;
    QString cli_;
    QString pluginDir_;
    QString demo_;

    // The demo project as scripts/run.sh makes it: project init, the demo recipe, dataset add.
    bool run(const QString& program, const QStringList& args, QString* output)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, args);
        const bool ok = process.waitForFinished(600000) && process.exitStatus() == QProcess::NormalExit
            && process.exitCode() == 0;
        *output = QString::fromUtf8(process.readAll());
        return ok;
    }

    // The demo project as scripts/run.sh makes it.
    void makeDemoProject()
    {
        demo_ = temp_.filePath(QStringLiteral("demo-project"));
        QString out;
        QVERIFY2(run(cli_, {QStringLiteral("project"), QStringLiteral("init"), demo_}, &out), qPrintable(out));
        QVERIFY2(run(QStringLiteral("python3"),
                     {qEnvironmentVariable("ADAPTLAB_SOURCE_DIR") + QStringLiteral("/scripts/make_demo_corpus.py"),
                      demo_ + QStringLiteral("/datasets")},
                     &out),
                 qPrintable(out));
        QVERIFY2(run(cli_, {QStringLiteral("dataset"), QStringLiteral("add"), demo_, QStringLiteral("gcide"),
                            demo_ + QStringLiteral("/datasets/gcide.jsonl")},
                     &out),
                 qPrintable(out));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(temp_.isValid());
        testing::isolateSettings(temp_);
        cli_ = qEnvironmentVariable("ADAPTLAB_BUILD_DIR") + QStringLiteral("/bin/adaptlab-cli");
        pluginDir_ = qEnvironmentVariable("ADAPTLAB_BUILD_DIR") + QStringLiteral("/plugins");
        QVERIFY2(QFileInfo(cli_).isExecutable(), qPrintable(cli_));
    }

    void windowFollowsARunStartedElsewhere()
    {
        const QString project = temp_.filePath(QStringLiteral("elsewhere"));
        qint64 runId = 0;
        {
            auto store = adaptlab::store::ProjectStore::create(project.toStdString());
            runId = store.createRun("scan_dataset", R"({"version":1,"kind":"scan_dataset","params":{"path":"x"}})");
            store.setRunStatus(runId, adaptlab::store::RunStatus::Running);
        }
        const QString runDir = project + QStringLiteral("/runs/%1").arg(runId);
        QVERIFY(QDir().mkpath(runDir));
        QFile spec(runDir + QStringLiteral("/spec.json"));
        QVERIFY(spec.open(QIODevice::WriteOnly));
        spec.write(R"({"version":1,"kind":"scan_dataset","params":{"path":"x"}})");
        spec.close();
        // A terminal started it: progress 1 of 3, then it waits for the file "go".
        QProcess child;
        child.setWorkingDirectory(runDir);
        child.start(QStringLiteral(ADAPTLAB_FAKE_JOB),
                    {QStringLiteral("--mode"), QStringLiteral("gated"), QStringLiteral("run"),
                     runDir + QStringLiteral("/spec.json")});
        QVERIFY(child.waitForStarted());

        MainWindow window(QStringList{pluginDir_});
        window.context()->setJobProgram(cli_);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(testing::openProjectAndWait(window, project), qPrintable(window.lastError()));

        JobListModel* model = window.jobsDock()->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOfRun(runId) >= 0
                                     && model->runnerAt(model->rowOfRun(runId)) != nullptr, 20000);
        JobRunner* follower = model->runnerAt(model->rowOfRun(runId));
        QTRY_COMPARE_WITH_TIMEOUT(follower->done(), qint64(1), 20000);
        QCOMPARE(follower->pid(), child.processId());
        const int row = model->rowOfRun(runId);
        QCOMPARE(model->index(row, JobListModel::Progress).data().toString(), QStringLiteral("33 %"));
        window.jobsDock()->setCurrentRunner(follower);
        QCOMPARE(window.context()->currentRun(), runId);
        QTest::qWait(50);
        QVERIFY(window.grab().save(testing::screenshotDir() + QStringLiteral("/reopened_run_started_elsewhere.png")));

        QFile go(runDir + QStringLiteral("/go"));
        QVERIFY(go.open(QIODevice::WriteOnly));
        go.close();
        QTRY_COMPARE_WITH_TIMEOUT(follower->state(), JobRunner::State::Finished, 60000);
        QCOMPARE(follower->done(), qint64(3));
        QCOMPARE(QJsonDocument::fromJson(follower->resultJson().toUtf8()).object().value(QStringLiteral("documents")).toInt(), 3);
        QCOMPARE(model->index(row, JobListModel::Status).data().toString(), QStringLiteral("Finished"));
        QTRY_COMPARE_WITH_TIMEOUT(child.state(), QProcess::NotRunning, 60000);
    }

    // A real child in a fresh project scanning a corpus large enough to take a while, held
    // (SIGSTOP) once the store knows its process, so that it cannot finish before the test acts.
    JobRunner* startHeldScan(adaptlab::gui::AppContext& context, const QString& project)
    {
        QDir().mkpath(project + QStringLiteral("/datasets"));
        QFile corpus(project + QStringLiteral("/datasets/large.jsonl"));
        if (!corpus.open(QIODevice::WriteOnly))
            return nullptr;
        QByteArray lines;
        for (int i = 0; i < 400000; ++i)
            lines += "{\"text\": \"Entry " + QByteArray::number(i)
                + ": a line of a dictionary with a few more words in it.\"}\n";
        corpus.write(lines);
        corpus.close();
        const QString spec = QStringLiteral(R"({"version": 1, "kind": "scan_dataset", "params": {"path": "%1"}})")
                                 .arg(corpus.fileName());
        QString error;
        JobRunner* runner = context.startJob(spec, &error);
        if (!runner) {
            qWarning() << error;
            return nullptr;
        }
        QTest::qWaitFor([&] {
            if (runner->state() == JobRunner::State::Starting) // its run row is being written
                return false;
            return context.store()->run(runner->runId())->pid > 0
                || runner->state() != JobRunner::State::Running;
        }, 60000);
        if (runner->state() != JobRunner::State::Running) {
            qWarning() << "the scan ended before it could be held";
            return nullptr;
        }
        ::kill(static_cast<pid_t>(runner->pid()), SIGSTOP);
        return runner;
    }

    void killedChildIsLost()
    {
        if (!adaptlab::test::cliHasRunsContract(cli_))
            QSKIP("adaptlab-cli has no `runs` command yet: this test needs the engine side of issue 8");
        QString error;
        const QString project = temp_.filePath(QStringLiteral("killed"));
        auto context = testing::contextWithNewProject(project, &error);
        QVERIFY2(context, qPrintable(error));
        JobRunner* runner = startHeldScan(*context, project);
        QVERIFY(runner && runner->pid() > 0);
        QCOMPARE(::kill(static_cast<pid_t>(runner->pid()), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(runner->state() != JobRunner::State::Running, 60000);
        QCOMPARE(runner->state(), JobRunner::State::Failed);
        QVERIFY(runner->isLost());
        QVERIFY2(runner->errorString().startsWith(QStringLiteral("lost")), qPrintable(runner->errorString()));
        const auto run = context->store()->run(runner->runId());
        QCOMPARE(adaptlab::store::toString(run->status), std::string("failed"));
        QVERIFY2(run->message.rfind("lost", 0) == 0, run->message.c_str());
    }

    void stopEndsAHeldChild()
    {
        if (!adaptlab::test::cliHasRunsContract(cli_))
            QSKIP("adaptlab-cli has no `runs` command yet: this test needs the engine side of issue 8");
        QString error;
        const QString project = temp_.filePath(QStringLiteral("stopped"));
        auto context = testing::contextWithNewProject(project, &error);
        QVERIFY2(context, qPrintable(error));
        JobRunner* runner = startHeldScan(*context, project);
        QVERIFY(runner && runner->pid() > 0);
        const qint64 pid = runner->pid();
        runner->setGracePeriodMs(1000); // a held child cannot act on SIGTERM: SIGKILL after 1 s
        runner->stop();
        QCOMPARE(runner->state(), JobRunner::State::Stopping);
        QTRY_VERIFY_WITH_TIMEOUT(runner->state() != JobRunner::State::Stopping, 60000);
        QCOMPARE(runner->state(), JobRunner::State::Stopped);
        QVERIFY(adaptlab::run_process::isGone(pid));
        QTRY_VERIFY_WITH_TIMEOUT(context->store()->run(runner->runId())->status == adaptlab::store::RunStatus::Stopped,
                                 30000);
    }

    void scanOutlivesTheWindow()
    {
        if (!adaptlab::test::cliHasRunsContract(cli_))
            QSKIP("adaptlab-cli has no `runs` command yet: this test needs the engine side of issue 8");
        if (!QFileInfo::exists(QStringLiteral("/usr/share/dictd/gcide.index")))
            QSKIP("dict-gcide is not installed: the demo project cannot be made");
        makeDemoProject();
        if (QTest::currentTestFailed())
            return;

        qint64 runId = 0;
        qint64 pid = 0;
        // Resumes the held scan whatever happens below.
        struct Resume {
            qint64 pid = 0;
            ~Resume()
            {
                if (pid > 0)
                    ::kill(static_cast<pid_t>(pid), SIGCONT);
            }
        } resume;
        qint64& held = resume.pid;
        {
            MainWindow first(QStringList{pluginDir_});
            first.context()->setJobProgram(cli_);
            first.resize(1280, 800);
            first.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first));
            QVERIFY2(testing::openProjectAndWait(first, demo_), qPrintable(first.lastError()));

            QString error;
            JobRunner* runner = first.context()->startJob(
                adaptlab::corpus_panel::inspectSpec(demo_, QStringLiteral("gcide")), &error);
            QVERIFY2(runner != nullptr, qPrintable(error));
            // The run row is written off the UI thread; the child starts once it is there.
            QTRY_VERIFY_WITH_TIMEOUT(runner->state() != JobRunner::State::Starting, 60000);
            runId = runner->runId();
            pid = runner->pid();
            QVERIFY(runId > 0 && pid > 0);
            QCOMPARE(runner->state(), JobRunner::State::Running);
            // The scan is held (SIGSTOP) once it reported progress, so that it is still going when
            // the new window looks, however fast this machine scans; it resumes there.
            QSignalSpy progress(runner, &JobRunner::progress);
            QTRY_VERIFY_WITH_TIMEOUT(progress.count() > 0 || runner->state() != JobRunner::State::Running,
                                     120000);
            QCOMPARE(runner->state(), JobRunner::State::Running);
            QCOMPARE(::kill(static_cast<pid_t>(pid), SIGSTOP), 0);
            held = pid;

            // Close at once, the scan going: the prompt asks, "Keep them running" is clicked.
            bool asked = false;
            testing::answerRunsPrompt(QStringLiteral("keepRunsButton"), &asked);
            QVERIFY(first.close());
            QVERIFY(asked);
        } // the first window and its runner are gone
        QCOMPARE(::kill(static_cast<pid_t>(pid), 0), 0); // the scan runs on without them

        MainWindow second(QStringList{pluginDir_});
        second.context()->setJobProgram(cli_);
        second.resize(1280, 800);
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        QVERIFY2(testing::openProjectAndWait(second, demo_), qPrintable(second.lastError()));

        // Listed from the store and followed again: a runner attached by the window itself.
        JobListModel* model = second.jobsDock()->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOfRun(runId) >= 0, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(model->runnerAt(model->rowOfRun(runId)) != nullptr, 20000);
        JobRunner* follower = model->runnerAt(model->rowOfRun(runId));
        QCOMPARE(follower->runId(), runId);
        QCOMPARE(second.context()->followRun(runId), follower); // one runner per run

        // Replayed from the events file: the progress bar is where the scan was held.
        QTRY_VERIFY_WITH_TIMEOUT(follower->done() > 0, 60000);
        QCOMPARE(follower->state(), JobRunner::State::Running);
        QCOMPARE(follower->pid(), pid);
        second.jobsDock()->setCurrentRunner(follower);
        QTest::qWait(50);
        QVERIFY(second.grab().save(testing::screenshotDir() + QStringLiteral("/reopened_run_following.png")));
        QCOMPARE(::kill(static_cast<pid_t>(pid), SIGCONT), 0);
        held = 0;

        QTRY_VERIFY_WITH_TIMEOUT(follower->state() != JobRunner::State::Running, 300000);
        QVERIFY2(follower->state() == JobRunner::State::Finished, qPrintable(follower->errorString()));
        QVERIFY(follower->done() > 0);
        QCOMPARE(follower->done(), follower->total());
        const QJsonObject result = QJsonDocument::fromJson(follower->resultJson().toUtf8()).object();
        QVERIFY2(!result.isEmpty(), qPrintable(follower->resultJson()));

        // The store agrees: done, with the same result.
        const auto stored = second.context()->store()->run(runId);
        QVERIFY(stored.has_value());
        QCOMPARE(adaptlab::store::toString(stored->status), std::string("done"));
        QCOMPARE(QJsonDocument::fromJson(QByteArray::fromStdString(stored->resultJson)).object(), result);
        const int row = model->rowOfRun(runId);
        QCOMPARE(model->index(row, JobListModel::Status).data().toString(), QStringLiteral("Finished"));
        QCOMPARE(model->index(row, JobListModel::Progress).data().toString(), QStringLiteral("100 %"));

        // The overview hears of the store's "done" too (the child writes it after its final event).
        auto* runTable = second.findChild<QTableView*>(QStringLiteral("runTable"));
        QVERIFY(runTable != nullptr);
        QTRY_COMPARE_WITH_TIMEOUT(runTable->model()->index(0, 2).data().toString(), QStringLiteral("done"), 20000);
        QTest::qWait(50);
        const QString shot = testing::screenshotDir() + QStringLiteral("/reopened_run.png");
        QVERIFY(second.grab().save(shot));
        qInfo("screenshot: %s", qPrintable(shot));
    }
};

QTEST_MAIN(TestRunsWindow)
#include "tst_runs_window.moc"
