// JobRunner against a fake child (fake_job.cpp): events to signals in order, line framing across
// writes, refusal before start, failure reports, the stop sequence, the log file, no zombies.
#include "job_runner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
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
                    if (level != QLatin1String("stderr")) // its own channel: order vs stdout is free
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
            QStringLiteral("log info a stray library print"),
            QStringLiteral("finished %1").arg(int(JobRunner::State::Finished)),
        };
        QCOMPARE(sequence, expected);
        QCOMPARE(started.count(), 1);
        QCOMPARE(states.count(), 2);
        QCOMPARE(states.at(0).at(0).value<JobRunner::State>(), JobRunner::State::Running);
        QCOMPARE(states.at(1).at(0).value<JobRunner::State>(), JobRunner::State::Finished);
        const bool sawStderr = std::any_of(logs.cbegin(), logs.cend(), [](const QList<QVariant>& a) {
            return a.at(0).toString() == QLatin1String("stderr")
                && a.at(1).toString() == QLatin1String("a warning on stderr");
        });
        QVERIFY(sawStderr);

        QCOMPARE(runner->state(), JobRunner::State::Finished);
        QCOMPARE(runner->exitCode(), 0);
        QVERIFY(!runner->crashed());
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

        QStringList lines;
        for (const QList<QVariant>& args : std::as_const(logs))
            lines << args.at(0).toString() + QLatin1Char('|') + args.at(1).toString();
        lines.sort();
        QCOMPARE(lines, (QStringList{QStringLiteral("stderr|half a stderr line"),
                                     QStringLiteral("warning|two in one")}));

        // The "done" line had no newline and still counted.
        QCOMPARE(runner->state(), JobRunner::State::Finished);
        QCOMPARE(QJsonDocument::fromJson(runner->resultJson().toUtf8())
                     .object().value(QStringLiteral("ok")).toBool(), true);
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

    void failureReportsExitCodeAndLastLines_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<bool>("crashed");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("mentions");

        QTest::newRow("exit code 3")
            << QStringLiteral("fail") << false << 3
            << QStringList{QStringLiteral("exit code 3"), QStringLiteral("reading shard 1"),
                           QStringLiteral("cannot open shard 2"),
                           QStringLiteral("error: shard 2 is missing (params.path)")};
        QTest::newRow("crash") << QStringLiteral("crash") << true << int(SIGABRT)
                               << QStringList{QStringLiteral("signal %1").arg(SIGABRT),
                                              QStringLiteral("about to crash")};
        QTest::newRow("no result") << QStringLiteral("garbage") << false << 0
                                   << QStringList{QStringLiteral("without reporting a result"),
                                                  QStringLiteral("hello"),
                                                  QStringLiteral("[1,2,3]")};
    }

    void failureReportsExitCodeAndLastLines()
    {
        QFETCH(QString, mode);
        QFETCH(bool, crashed);
        QFETCH(int, exitCode);
        QFETCH(QStringList, mentions);

        auto runner = makeRunner(mode);
        QSignalSpy finished(runner.get(), &JobRunner::finished);
        QSignalSpy errors(runner.get(), &JobRunner::jobError);
        QVERIFY(runner->start(validSpec(), newRunDir()));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);

        QCOMPARE(finished.at(0).at(0).value<JobRunner::State>(), JobRunner::State::Failed);
        QCOMPARE(runner->state(), JobRunner::State::Failed);
        QCOMPARE(runner->crashed(), crashed);
        QCOMPARE(runner->exitCode(), exitCode);
        for (const QString& mention : std::as_const(mentions))
            QVERIFY2(runner->errorString().contains(mention),
                     qPrintable(QStringLiteral("'%1' not in: %2").arg(mention, runner->errorString())));
        if (mode == QLatin1String("fail")) {
            QCOMPARE(errors.count(), 1);
            QCOMPARE(errors.at(0).at(0).toString(), QStringLiteral("shard 2 is missing"));
            QCOMPARE(errors.at(0).at(1).toString(), QStringLiteral("params.path"));
            // Progress and raw event lines stay in log.txt, not in what the user is shown.
            QVERIFY(!runner->errorString().contains(QStringLiteral("\"event\"")));
        }
    }

    void stop_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("graceMs");
        QTest::addColumn<bool>("killed");
        QTest::addColumn<QString>("lastWords");

        QTest::newRow("dies on SIGTERM") << QStringLiteral("hold") << 10000 << false << QString();
        QTest::newRow("checkpoints on SIGTERM")
            << QStringLiteral("graceful") << 10000 << false << QStringLiteral("checkpoint saved");
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
        if (killed) {
            QVERIFY(runner->crashed());
            QCOMPARE(runner->exitCode(), int(SIGKILL));
            QVERIFY2(tookMs >= graceMs, qPrintable(QString::number(tookMs)));
        } else {
            // SIGTERM alone ended it: well before any grace period could have run out.
            QVERIFY2(tookMs < 5000, qPrintable(QString::number(tookMs)));
            QVERIFY(runner->exitCode() != int(SIGKILL) || !runner->crashed());
        }
        if (!lastWords.isEmpty()) {
            QCOMPARE(runner->exitCode(), 0);
            QCOMPARE(logs.last().at(1).toString(), lastWords);
        }
    }

    void logFileKeepsStdoutAndStderr()
    {
        auto runner = makeRunner(QStringLiteral("progress"));
        QSignalSpy finished(runner.get(), &JobRunner::finished);
        const QString runDir = newRunDir();
        const QString spec = validSpec();
        QVERIFY(runner->start(spec, runDir));
        QCOMPARE(runner->runDir(), QDir(runDir).absolutePath());
        QCOMPARE(runner->logPath(), QDir(runDir).absoluteFilePath(QStringLiteral("log.txt")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);

        QCOMPARE(readAll(QDir(runDir).filePath(QStringLiteral("spec.json"))), spec);
        const QString log = readAll(runner->logPath());
        QVERIFY2(log.contains(QStringLiteral("a stray library print\n")), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("a warning on stderr\n")), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("{\"event\":\"progress\",\"done\":2,")), qPrintable(log));
        QVERIFY(log.contains(QStringLiteral("{\"event\":\"done\"")));

        // A second run in the same folder appends: the first run's log is kept.
        QVERIFY(runner->start(spec, runDir));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
        QCOMPARE(readAll(runner->logPath()).count(QStringLiteral("a stray library print")), 2);
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
    void realCliScansAFile()
    {
        const QString cli =
            qEnvironmentVariable("ADAPTLAB_BUILD_DIR") + QStringLiteral("/bin/adaptlab-cli");
        if (!QFileInfo(cli).isExecutable())
            QSKIP("adaptlab-cli is not built in this tree");
        JobRunner runner;
        runner.setProgram(cli);
        QSignalSpy progress(&runner, &JobRunner::progress);
        QSignalSpy finished(&runner, &JobRunner::finished);
        QVERIFY(runner.start(validSpec(), newRunDir()));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY2(runner.state() == JobRunner::State::Finished, qPrintable(runner.errorString()));
        QVERIFY(progress.count() >= 1);
        QCOMPARE(runner.done(), runner.total());
        const QJsonObject result = QJsonDocument::fromJson(runner.resultJson().toUtf8()).object();
        QCOMPARE(result.value(QStringLiteral("documents")).toInt(), 2);
    }

    void destructorLeavesNoProcessBehind()
    {
        const QString marker = tmp_.filePath(QStringLiteral("pid-marker"));
        auto runner = makeRunner(QStringLiteral("stubborn"), 300, marker);
        QSignalSpy logs(runner.get(), &JobRunner::logLine);
        QVERIFY(runner->start(validSpec(), newRunDir()));
        QVERIFY(waitReady(*runner, logs));
        const pid_t pid = readAll(marker).trimmed().toInt();
        QVERIFY(pid > 0);
        QCOMPARE(::kill(pid, 0), 0); // alive

        QElapsedTimer clock;
        clock.start();
        runner.reset();
        QVERIFY(clock.elapsed() < 5000);
        // Reaped, not a zombie: the pid no longer exists at all.
        QCOMPARE(::kill(pid, 0), -1);
        QCOMPARE(errno, ESRCH);
    }
};

QTEST_GUILESS_MAIN(TestJobRunner)
#include "tst_job_runner.moc"
