// JobRunner against a fake child (fake_job.cpp, which writes events.jsonl as the real child does):
// events to signals in order, line framing across writes, refusal before start, failure and "lost"
// reports, the stop sequence (for a child of ours and one started elsewhere), and a run that
// outlives its runner and is picked up by another.
#include "job_runner.h"
#include "run_events_fixture.h"
#include "store/project_store.h"

#include <QDir>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <memory>

#include <signal.h>
#include <sys/types.h>

using adaptlab::JobRunner;

namespace {

const QString kFakeJob = QStringLiteral(ADAPTLAB_FAKE_JOB);

QString readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestJobRunner : public QObject {
    Q_OBJECT

private:
    QTemporaryDir tmp_;
    QString dataFile_;
    int runCounter_ = 0;

    // A spec the real core validator accepts: the child ignores it (its --mode decides).
    QString validSpec() const
    {
        QJsonObject params{{QStringLiteral("path"), dataFile_}};
        return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                                           {QStringLiteral("kind"),
                                                            QStringLiteral("scan_dataset")},
                                                           {QStringLiteral("params"), params}})
                                     .toJson(QJsonDocument::Compact));
    }

    QString newRunDir() { return tmp_.filePath(QStringLiteral("runs/%1").arg(++runCounter_)); }

    std::unique_ptr<JobRunner> makeRunner(const QString& mode, int graceMs = 10000,
                                          const QString& marker = QString())
    {
        auto runner = std::make_unique<JobRunner>();
        runner->setProgram(kFakeJob);
        QStringList args{QStringLiteral("--mode"), mode};
        if (!marker.isEmpty())
            args << QStringLiteral("--marker") << marker;
        runner->setExtraArguments(args);
        runner->setGracePeriodMs(graceMs);
        return runner;
    }

    // Waits until the child said "ready" (its signal handling is in place).
    static bool waitReady(JobRunner& runner, QSignalSpy& logSpy)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 10000) {
            for (const QList<QVariant>& args : std::as_const(logSpy))
                if (args.at(1).toString() == QLatin1String("ready"))
                    return true;
            if (runner.state() != JobRunner::State::Running)
                return false;
            QTest::qWait(20);
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(tmp_.isValid());
        QVERIFY2(QFile::exists(kFakeJob), qPrintable(kFakeJob));
        dataFile_ = tmp_.filePath(QStringLiteral("data.jsonl"));
        QFile data(dataFile_);
        QVERIFY(data.open(QIODevice::WriteOnly));
        data.write("{\"text\":\"hello\"}\n{\"text\":\"world\"}\n");
    }

    void eventsBecomeSignalsInOrder()
    {
        auto runner = makeRunner(QStringLiteral("progress"));
        QStringList sequence; // every stdout-derived signal, in the order it was emitted
        connect(runner.get(), &JobRunner::progress, this,
                [&](qint64 done, qint64 total, double eta, const QString& stage) {
                    sequence << QStringLiteral("progress %1/%2 eta %3 %4")
                                    .arg(done).arg(total).arg(eta).arg(stage);
                });
        connect(runner.get(), &JobRunner::metric, this,
                [&](const QString& name, qint64 step, qint64 tokens, double value) {
                    sequence << QStringLiteral("metric %1 %2 %3 %4")
                                    .arg(name).arg(step).arg(tokens).arg(value);
                });
        connect(runner.get(), &JobRunner::logLine, this,
                [&](const QString& level, const QString& message) {
                    sequence << QStringLiteral("log %1 %2").arg(level, message);
                });
        connect(runner.get(), &JobRunner::finished, this,
                [&](JobRunner::State state) {
                    sequence << QStringLiteral("finished %1").arg(int(state));
                });
        QSignalSpy started(runner.get(), &JobRunner::started);
        QSignalSpy states(runner.get(), &JobRunner::stateChanged);
        QSignalSpy logs(runner.get(), &JobRunner::logLine);
        QSignalSpy finished(runner.get(), &JobRunner::finished);

        QVERIFY2(runner->start(validSpec(), newRunDir()), qPrintable(runner->errorString()));
        QCOMPARE(runner->state(), JobRunner::State::Running);
        QCOMPARE(runner->title(), QStringLiteral("scan_dataset"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);

        const QStringList expected{
            QStringLiteral("log info scanning"),
            QStringLiteral("progress 1/3 eta 2 scan"),
            QStringLiteral("progress 2/3 eta 1 scan"),
            QStringLiteral("progress 3/3 eta 0 scan"),
            QStringLiteral("metric loss 7 1024 2.5"),
            // "a stray library print" went to stdout and the events file: not an event, skipped.
            QStringLiteral("finished %1").arg(int(JobRunner::State::Finished)),
        };
        QCOMPARE(sequence.join(QLatin1Char('\n')), expected.join(QLatin1Char('\n')));
        QCOMPARE(started.count(), 1);
        QCOMPARE(states.count(), 2);
        QCOMPARE(states.at(0).at(0).value<JobRunner::State>(), JobRunner::State::Running);
        QCOMPARE(states.at(1).at(0).value<JobRunner::State>(), JobRunner::State::Finished);
        QCOMPARE(logs.count(), 1);
        QVERIFY(runner->pid() > 0);
        QVERIFY(!runner->isLost());

        QCOMPARE(runner->state(), JobRunner::State::Finished);
        QVERIFY(runner->errorString().isEmpty());
        QCOMPARE(runner->done(), qint64(3));
        QCOMPARE(runner->total(), qint64(3));
        QCOMPARE(runner->stage(), QStringLiteral("scan"));
        QCOMPARE(runner->etaSeconds(), -1.0); // nothing left to estimate once it is over
        QVERIFY(runner->elapsedMs() >= 0);
        const QJsonObject result = QJsonDocument::fromJson(runner->resultJson().toUtf8()).object();
        QCOMPARE(result.value(QStringLiteral("documents")).toInt(), 3);
    }

    void partialLinesAreReassembled()
    {
        auto runner = makeRunner(QStringLiteral("partial"));
        QSignalSpy progress(runner.get(), &JobRunner::progress);
        QSignalSpy logs(runner.get(), &JobRunner::logLine);
        QSignalSpy finished(runner.get(), &JobRunner::finished);
        QVERIFY(runner->start(validSpec(), newRunDir()));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);

        QCOMPARE(progress.count(), 2);
        QCOMPARE(progress.at(0).at(0).toLongLong(), 1);
        QCOMPARE(progress.at(0).at(1).toLongLong(), 2);
        QCOMPARE(progress.at(0).at(2).toDouble(), -1.0); // no eta_s given
        QCOMPARE(progress.at(0).at(3).toString(), QStringLiteral("split"));
        QCOMPARE(progress.at(1).at(0).toLongLong(), 2);

        QCOMPARE(logs.count(), 1);
        QCOMPARE(logs.at(0).at(0).toString(), QStringLiteral("warning"));
        QCOMPARE(logs.at(0).at(1).toString(), QStringLiteral("two in one"));

        // The "done" line has no newline: the child died without a complete final event, so the
        // run is lost; the half line was kept back, never parsed as a truncated event.
        QCOMPARE(runner->state(), JobRunner::State::Failed);
        QVERIFY(runner->isLost());
        QVERIFY(runner->resultJson().isEmpty());
    }

    void refusedSpec_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("field"); // empty: syntax errors need not name one

        const QString params = QStringLiteral("\"params\":{\"path\":\"/tmp/x.jsonl\"}");
        QTest::newRow("not JSON") << QStringLiteral("{\"version\":1, kind") << QString();
        QTest::newRow("not an object") << QStringLiteral("[1,2]") << QString();
        QTest::newRow("missing kind")
            << QStringLiteral("{\"version\":1,%1}").arg(params) << QStringLiteral("kind");
        QTest::newRow("unknown kind")
            << QStringLiteral("{\"version\":1,\"kind\":\"no_such_job\",%1}").arg(params)
            << QStringLiteral("kind");
        QTest::newRow("bad version")
            << QStringLiteral("{\"version\":99,\"kind\":\"scan_dataset\",%1}").arg(params)
            << QStringLiteral("version");
        QTest::newRow("no input in params")
            << QStringLiteral("{\"version\":1,\"kind\":\"scan_dataset\",\"params\":{}}")
            << QStringLiteral("params.");
        QTest::newRow("params.path not a string")
            << QStringLiteral("{\"version\":1,\"kind\":\"scan_dataset\",\"params\":{\"path\":3}}")
            << QStringLiteral("params.path");
    }

    void refusedSpec()
    {
        QFETCH(QString, spec);
        QFETCH(QString, field);
        const QString marker = tmp_.filePath(QStringLiteral("marker-%1").arg(++runCounter_));
        auto runner = makeRunner(QStringLiteral("progress"), 10000, marker);
        QSignalSpy started(runner.get(), &JobRunner::started);
        QSignalSpy finished(runner.get(), &JobRunner::finished);
        const QString runDir = newRunDir();

        QVERIFY(!runner->start(spec, runDir));
        QCOMPARE(runner->state(), JobRunner::State::Refused);
        QVERIFY(runner->errorString().startsWith(QStringLiteral("The job spec was refused: ")));
        if (!field.isEmpty()) {
            QVERIFY2(runner->errorString().contains(QStringLiteral("refused: ") + field),
                     qPrintable(runner->errorString()));
        }
        QVERIFY(runner->logPath().isEmpty());

        QTest::qWait(300); // long enough for a wrongly started child to leave its marker
        QCOMPARE(started.count(), 0);
        QCOMPARE(finished.count(), 0);
        QVERIFY(!QFile::exists(marker));
        QVERIFY(!QFileInfo::exists(runDir)); // no spec.json, no log.txt
    }

    void failureReportsReasonAndLastLines_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<bool>("lost");
        QTest::addColumn<QStringList>("mentions");

        // An error event: the job's own words, the field, and the end of log.txt (its stderr).
        QTest::newRow("error event")
            << QStringLiteral("fail") << false
            << QStringList{QStringLiteral("params.path: shard 2 is missing"),
                           QStringLiteral("cannot open shard 2")};
        // No final event at all: lost, with the last lines of its log.
        QTest::newRow("crash") << QStringLiteral("crash") << true
                               << QStringList{QStringLiteral("lost"), QStringLiteral("about to crash")};
        QTest::newRow("no result") << QStringLiteral("garbage") << true
                                   << QStringList{QStringLiteral("lost"),
                                                  QStringLiteral("without a final event")};
    }

    void failureReportsReasonAndLastLines()
    {
        QFETCH(QString, mode);
        QFETCH(bool, lost);
        QFETCH(QStringList, mentions);

        auto runner = makeRunner(mode);
        QSignalSpy finished(runner.get(), &JobRunner::finished);
        QSignalSpy errors(runner.get(), &JobRunner::jobError);
        QVERIFY(runner->start(validSpec(), newRunDir()));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);

        QCOMPARE(finished.at(0).at(0).value<JobRunner::State>(), JobRunner::State::Failed);
        QCOMPARE(runner->state(), JobRunner::State::Failed);
        QCOMPARE(runner->isLost(), lost);
        for (const QString& mention : std::as_const(mentions))
            QVERIFY2(runner->errorString().contains(mention),
                     qPrintable(QStringLiteral("'%1' not in: %2").arg(mention, runner->errorString())));
        if (mode == QLatin1String("fail")) {
            QCOMPARE(errors.count(), 1);
            QCOMPARE(errors.at(0).at(0).toString(), QStringLiteral("shard 2 is missing"));
            QCOMPARE(errors.at(0).at(1).toString(), QStringLiteral("params.path"));
            // Raw event lines are in events.jsonl, not in what the user is shown.
            QVERIFY(!runner->errorString().contains(QStringLiteral("\"event\"")));
        }
    }

    void stop_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("graceMs");
        QTest::addColumn<bool>("killed");
        QTest::addColumn<QString>("lastWords");

        QTest::newRow("dies on SIGTERM") << QStringLiteral("hold") << 60000 << false << QString();
        QTest::newRow("checkpoints on SIGTERM")
            << QStringLiteral("graceful") << 60000 << false << QStringLiteral("checkpoint saved");
        QTest::newRow("ignores SIGTERM") << QStringLiteral("stubborn") << 300 << true << QString();
    }

    void stop()
    {
        QFETCH(QString, mode);
        QFETCH(int, graceMs);
        QFETCH(bool, killed);
        QFETCH(QString, lastWords);

        auto runner = makeRunner(mode, graceMs);
        QSignalSpy logs(runner.get(), &JobRunner::logLine);
        QSignalSpy finished(runner.get(), &JobRunner::finished);
        QSignalSpy states(runner.get(), &JobRunner::stateChanged);
        QVERIFY(runner->start(validSpec(), newRunDir()));
        QVERIFY(waitReady(*runner, logs));

        QElapsedTimer clock;
        clock.start();
        runner->stop();
        QCOMPARE(runner->state(), JobRunner::State::Stopping);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        const qint64 tookMs = clock.elapsed();

        QCOMPARE(runner->state(), JobRunner::State::Stopped);
        QCOMPARE(finished.at(0).at(0).value<JobRunner::State>(), JobRunner::State::Stopped);
        QVERIFY(runner->errorString().isEmpty());
        QCOMPARE(states.count(), 3); // Running, Stopping, Stopped
        QCOMPARE(states.at(1).at(0).value<JobRunner::State>(), JobRunner::State::Stopping);
        // SIGKILL only after the grace period; SIGTERM alone ended the others (their grace
        // period of a minute is longer than the test's wait for the end).
        if (killed)
            QVERIFY2(tookMs >= graceMs, qPrintable(QString::number(tookMs)));
        QVERIFY(!runner->isLost());
        if (!lastWords.isEmpty())
            QCOMPARE(logs.last().at(1).toString(), lastWords);
    }

    // The log is the child's (here: its stderr, sent to log.txt); the runner writes none of it.
    void logFileIsTheChilds()
    {
        auto runner = makeRunner(QStringLiteral("progress"));
        QSignalSpy finished(runner.get(), &JobRunner::finished);
        const QString runDir = newRunDir();
        const QString spec = validSpec();
        QVERIFY(runner->start(spec, runDir));
        QCOMPARE(runner->runDir(), QDir(runDir).absolutePath());
        QCOMPARE(runner->logPath(), QDir(runDir).absoluteFilePath(QStringLiteral("log.txt")));
        QCOMPARE(runner->eventsPath(), QDir(runDir).absoluteFilePath(QStringLiteral("events.jsonl")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);

        QCOMPARE(readAll(QDir(runDir).filePath(QStringLiteral("spec.json"))), spec);
        QCOMPARE(readAll(runner->logPath()), QStringLiteral("a warning on stderr\n"));

        // A second run in the same folder: the runner follows only the new run's events, and
        // the first run's log and events are kept.
        QVERIFY(runner->start(spec, runDir));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
        QCOMPARE(runner->state(), JobRunner::State::Finished);
        QCOMPARE(readAll(runner->logPath()).count(QStringLiteral("a warning on stderr")), 2);
        QCOMPARE(readAll(runner->eventsPath()).count(QStringLiteral("\"event\":\"done\"")), 2);
    }

    void missingProgramFailsWithoutStarting()
    {
        JobRunner runner;
        runner.setProgram(tmp_.filePath(QStringLiteral("no-such-program")));
        QSignalSpy started(&runner, &JobRunner::started);
        QVERIFY(!runner.start(validSpec(), newRunDir()));
        QCOMPARE(runner.state(), JobRunner::State::Failed);
        QVERIFY(runner.errorString().contains(QStringLiteral("no-such-program")));
        QCOMPARE(started.count(), 0);
    }

    void defaultProgramIsCliNextToBinary()
    {
        const JobRunner runner;
        QCOMPARE(runner.program(),
                 QCoreApplication::applicationDirPath() + QStringLiteral("/adaptlab-cli"));
    }

    void titleNamesKindAndRun()
    {
        auto runner = makeRunner(QStringLiteral("progress"));
        QSignalSpy finished(runner.get(), &JobRunner::finished);
        QJsonObject spec = QJsonDocument::fromJson(validSpec().toUtf8()).object();
        spec.insert(QStringLiteral("project"), tmp_.path()); // a run id lives in a project
        spec.insert(QStringLiteral("run_id"), 7);
        QVERIFY2(runner->start(QString::fromUtf8(QJsonDocument(spec).toJson()), newRunDir()),
                 qPrintable(runner->errorString()));
        QCOMPARE(runner->title(), QStringLiteral("scan_dataset #7"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        runner->setTitle(QStringLiteral("Scan of the glossary"));
        QCOMPARE(runner->title(), QStringLiteral("Scan of the glossary"));
    }

    // The real child: our parser and the CLI's serializer agree on the wire format.
    // An asynchronous start (the app creating the run row first): Starting has no child and no id;
    // it ends either in start() (a refusal is announced with finished(), as the Jobs dock lists
    // the runner already) or in failStarting() with the reason; failStarting() does nothing later.
    void startingEndsWithFinished()
    {
        const QString marker = tmp_.filePath(QStringLiteral("marker-%1").arg(++runCounter_));
        auto failing = makeRunner(QStringLiteral("progress"), 10000, marker);
        QSignalSpy states(failing.get(), &JobRunner::stateChanged);
        QSignalSpy finished(failing.get(), &JobRunner::finished);
        QSignalSpy started(failing.get(), &JobRunner::started);
        failing->beginStarting();
        QCOMPARE(failing->state(), JobRunner::State::Starting);
        QCOMPARE(states.count(), 1);
        QCOMPARE(failing->runId(), qint64(0));
        QCOMPARE(failing->pid(), qint64(0));
        failing->poll(); // nothing to read yet
        QCOMPARE(failing->state(), JobRunner::State::Starting);
        failing->failStarting(QStringLiteral("database is locked"));
        QCOMPARE(failing->state(), JobRunner::State::Failed);
        QCOMPARE(failing->errorString(), QStringLiteral("database is locked"));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().value<JobRunner::State>(), JobRunner::State::Failed);
        failing->failStarting(QStringLiteral("again")); // only from Starting
        QCOMPARE(finished.count(), 1);
        QCOMPARE(failing->errorString(), QStringLiteral("database is locked"));

        auto refused = makeRunner(QStringLiteral("progress"), 10000, marker);
        QSignalSpy refusedFinished(refused.get(), &JobRunner::finished);
        refused->beginStarting();
        QVERIFY(!refused->start(QStringLiteral(R"({"version": 1, "kind": "no_such_job"})"), newRunDir()));
        QCOMPARE(refused->state(), JobRunner::State::Refused);
        QCOMPARE(refusedFinished.count(), 1);

        auto running = makeRunner(QStringLiteral("progress"));
        QSignalSpy assigned(running.get(), &JobRunner::runIdAssigned);
        QSignalSpy runningFinished(running.get(), &JobRunner::finished);
        running->beginStarting();
        QJsonObject spec = QJsonDocument::fromJson(validSpec().toUtf8()).object();
        spec.insert(QStringLiteral("project"), tmp_.filePath(QStringLiteral("starting-project")));
        spec.insert(QStringLiteral("run_id"), 7);
        QVERIFY2(running->start(QString::fromUtf8(QJsonDocument(spec).toJson()), newRunDir()),
                 qPrintable(running->errorString()));
        QCOMPARE(running->state(), JobRunner::State::Running);
        QCOMPARE(assigned.count(), 1);
        QCOMPARE(assigned.first().first().toLongLong(), qint64(7));
        QTRY_COMPARE_WITH_TIMEOUT(runningFinished.count(), 1, 30000);
        QCOMPARE(running->state(), JobRunner::State::Finished);
        QCOMPARE(started.count(), 0);
        QVERIFY(!QFile::exists(marker)); // neither ended runner started a child
    }

    void realCliScansAFile()
    {
        const QString cli =
            qEnvironmentVariable("ADAPTLAB_BUILD_DIR") + QStringLiteral("/bin/adaptlab-cli");
        if (!QFileInfo(cli).isExecutable())
            QSKIP("adaptlab-cli is not built in this tree");
        if (!adaptlab::test::cliHasRunsContract(cli))
            QSKIP("adaptlab-cli does not write events.jsonl yet: needs the engine side of issue 8");
        // As the app starts it: a run row and folder in a project, the spec naming both.
        const QString project = tmp_.filePath(QStringLiteral("real-cli-project"));
        auto store = adaptlab::store::ProjectStore::create(project.toStdString());
        const qint64 runId = store.createRun("scan_dataset", validSpec().toStdString());
        QJsonObject spec = QJsonDocument::fromJson(validSpec().toUtf8()).object();
        spec.insert(QStringLiteral("project"), project);
        spec.insert(QStringLiteral("run_id"), runId);
        JobRunner runner;
        runner.setProgram(cli);
        runner.setCliProgram(cli);
        QSignalSpy progress(&runner, &JobRunner::progress);
        QSignalSpy finished(&runner, &JobRunner::finished);
        QVERIFY(runner.start(QString::fromUtf8(QJsonDocument(spec).toJson()),
                             QString::fromStdString(store.runDir(runId).string())));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY2(runner.state() == JobRunner::State::Finished, qPrintable(runner.errorString()));
        QVERIFY(progress.count() >= 1);
        QCOMPARE(runner.done(), runner.total());
        const QJsonObject result = QJsonDocument::fromJson(runner.resultJson().toUtf8()).object();
        QCOMPARE(result.value(QStringLiteral("documents")).toInt(), 2);
    }

    // The child owns its run: destroying the runner leaves it running, and a second runner
    // attached by run id replays what happened (progress jumps to where the events are), then
    // sees the rest live and the final result.
    void runOutlivesItsRunner()
    {
        const QString project = tmp_.filePath(QStringLiteral("outlive"));
        const QString runDir = project + QStringLiteral("/runs/41");
        auto first = makeRunner(QStringLiteral("gated"));
        QSignalSpy logs(first.get(), &JobRunner::logLine);
        QVERIFY(first->start(validSpec(), runDir));
        QVERIFY(waitReady(*first, logs));
        const qint64 pid = first->pid();
        QVERIFY(pid > 0);
        QCOMPARE(first->done(), qint64(1));

        first.reset();
        QCOMPARE(::kill(static_cast<pid_t>(pid), 0), 0); // still running without its runner

        JobRunner second;
        QSignalSpy progress(&second, &JobRunner::progress);
        QSignalSpy finished(&second, &JobRunner::finished);
        second.attach(project, 41);
        QCOMPARE(second.state(), JobRunner::State::Running);
        QCOMPARE(second.runDir(), QDir(runDir).absolutePath());
        QTRY_COMPARE_WITH_TIMEOUT(progress.count(), 1, 10000);
        QCOMPARE(second.done(), qint64(1)); // replayed from the file
        QCOMPARE(second.total(), qint64(3));
        QCOMPARE(second.pid(), pid);        // from the "started" event
        QCOMPARE(finished.count(), 0);

        QFile go(runDir + QStringLiteral("/go"));
        QVERIFY(go.open(QIODevice::WriteOnly));
        go.close();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(second.state(), JobRunner::State::Finished);
        QCOMPARE(progress.count(), 3);
        QCOMPARE(second.done(), qint64(3));
        const QJsonObject result = QJsonDocument::fromJson(second.resultJson().toUtf8()).object();
        QCOMPARE(result.value(QStringLiteral("documents")).toInt(), 3);
    }

    // kill -9: no final event; the follower sees the process gone and reports the run lost.
    void killedChildBecomesLost()
    {
        auto runner = makeRunner(QStringLiteral("hold"));
        QSignalSpy logs(runner.get(), &JobRunner::logLine);
        QSignalSpy finished(runner.get(), &JobRunner::finished);
        QVERIFY(runner->start(validSpec(), newRunDir()));
        QVERIFY(waitReady(*runner, logs));
        QCOMPARE(::kill(static_cast<pid_t>(runner->pid()), SIGKILL), 0);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(runner->state(), JobRunner::State::Failed);
        QVERIFY(runner->isLost());
        QVERIFY2(runner->errorString().startsWith(QStringLiteral("lost")),
                 qPrintable(runner->errorString()));
        QCOMPARE(runner->done(), qint64(1)); // what it reported before it died stays
    }

    // A run started elsewhere (here by the test itself, as a terminal would): an attached runner
    // stops it through its verified pid, SIGTERM first, SIGKILL after the grace period.
    void stopRunStartedElsewhere_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("graceMs");
        QTest::newRow("SIGTERM") << QStringLiteral("graceful") << 60000;
        QTest::newRow("SIGKILL after grace") << QStringLiteral("stubborn") << 300;
    }

    void stopRunStartedElsewhere()
    {
        QFETCH(QString, mode);
        QFETCH(int, graceMs);
        const QString project = tmp_.filePath(QStringLiteral("elsewhere-%1").arg(mode));
        const QString runDir = project + QStringLiteral("/runs/3");
        QVERIFY(QDir().mkpath(runDir));
        const QString spec = runDir + QStringLiteral("/spec.json");
        QFile specFile(spec);
        QVERIFY(specFile.open(QIODevice::WriteOnly));
        specFile.write(validSpec().toUtf8());
        specFile.close();

        QProcess child;
        child.setProgram(kFakeJob);
        child.setArguments({QStringLiteral("--mode"), mode, QStringLiteral("run"), spec});
        child.setWorkingDirectory(runDir);
        child.start();
        QVERIFY(child.waitForStarted());

        JobRunner runner;
        runner.setGracePeriodMs(graceMs);
        QSignalSpy logs(&runner, &JobRunner::logLine);
        QSignalSpy finished(&runner, &JobRunner::finished);
        runner.attach(project, 3);
        QCOMPARE(runner.title(), QStringLiteral("scan_dataset")); // from its spec.json
        QVERIFY(waitReady(runner, logs));
        QCOMPARE(runner.pid(), child.processId());

        runner.stop();
        QCOMPARE(runner.state(), JobRunner::State::Stopping);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(runner.state(), JobRunner::State::Stopped);
        QTRY_COMPARE_WITH_TIMEOUT(child.state(), QProcess::NotRunning, 20000);
        if (mode == QLatin1String("graceful")) {
            QCOMPARE(child.exitStatus(), QProcess::NormalExit);
            QCOMPARE(logs.last().at(1).toString(), QStringLiteral("checkpoint saved"));
        } else {
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            QCOMPARE(child.exitCode(), int(SIGKILL));
        }
    }

    // A pid that is alive but started after the run's "started" event is another process that
    // reused the pid: it is never signalled.
    void reusedPidIsNotSignalled()
    {
        const QString project = tmp_.filePath(QStringLiteral("reused"));
        const QString runDir = project + QStringLiteral("/runs/9");
        QVERIFY(QDir().mkpath(runDir));
        QProcess bystander; // stands for the process that got the pid later
        bystander.start(kFakeJob, {QStringLiteral("--mode"), QStringLiteral("hold"),
                                   QStringLiteral("--events"),
                                   tmp_.filePath(QStringLiteral("bystander.jsonl")),
                                   QStringLiteral("run"), kFakeJob});
        QVERIFY(bystander.waitForStarted());
        QFile events(runDir + QStringLiteral("/events.jsonl"));
        QVERIFY(events.open(QIODevice::WriteOnly));
        // The run "started" an hour before the bystander did.
        events.write(QStringLiteral("{\"event\":\"started\",\"pid\":%1,\"time\":%2}\n")
                         .arg(bystander.processId())
                         .arg(QDateTime::currentSecsSinceEpoch() - 3600)
                         .toUtf8());
        events.close();

        JobRunner runner;
        runner.setGracePeriodMs(0);
        runner.attach(project, 9);
        QTRY_COMPARE_WITH_TIMEOUT(runner.pid(), bystander.processId(), 10000);
        runner.stop();
        QCOMPARE(runner.state(), JobRunner::State::Stopping);
        // Let the SIGKILL timer (grace 0) and a few polls pass: the bystander lives on.
        QTest::qWait(1500);
        QCOMPARE(bystander.state(), QProcess::Running);
        bystander.kill();
        QVERIFY(bystander.waitForFinished());
    }
};

QTEST_GUILESS_MAIN(TestJobRunner)
#include "tst_job_runner.moc"
