// `adaptlab-cli runs list|follow|stop` end to end: real `adaptlab-cli run` children on a real
// project, followed, listed and stopped by other `adaptlab-cli` processes, as a terminal user or a
// second GUI would.
#include "run_test_support.h"

#include "jobs/job_event.h"

#include <QtTest>

#include <csignal>
#include <set>

using namespace adaptlab;
using namespace run_test;
using jobs::JobEvent;

namespace {

struct CliResult {
    int exitCode = -1;
    QString out, err;
};

CliResult waitCli(QProcess& process)
{
    if (!process.waitForFinished(300000)) {
        process.kill();
        process.waitForFinished();
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

CliResult cli(const QStringList& args)
{
    QProcess process;
    process.start(ADAPTLAB_CLI_PATH, args);
    return waitCli(process);
}

std::vector<JobEvent> eventsOf(const QString& out)
{
    std::vector<JobEvent> events;
    for (const QString& line : out.split('\n', Qt::SkipEmptyParts)) {
        auto event = jobs::parseEventLine(line.toStdString());
        if (!event)
            qWarning() << "not an event line:" << line;
        else
            events.push_back(*event);
    }
    return events;
}

} // namespace

class TestCliRuns : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    fs::path project_, bomb_, small_;
    QString projectArg_;
    int specs_ = 0;

    // The row first, then the child, as the GUI starts a run.
    int64_t queueRun(const fs::path& corpus, QString& spec)
    {
        auto store = store::ProjectStore::open(project_);
        const int64_t id = store.createRun("corpus_inspect", inspectSpec(project_, corpus).dump());
        spec = writeSpec(dir_.filePath(QString("spec%1.json").arg(++specs_)).toStdString(),
                         inspectSpec(project_, corpus, id));
        return id;
    }

    int64_t startRun(QProcess& process, const fs::path& corpus)
    {
        QString spec;
        const int64_t id = queueRun(corpus, spec);
        process.start(ADAPTLAB_CLI_PATH, {"run", "--detach", spec});
        return id;
    }

    bool waitScanning(int64_t id)
    {
        for (int i = 0; i < 600 && !hasEvent(eventsPath(project_, id), JobEvent::Type::Progress); ++i)
            QTest::qWait(100);
        return hasEvent(eventsPath(project_, id), JobEvent::Type::Progress);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        project_ = fs::path(dir_.path().toStdString()) / "project";
        projectArg_ = QString::fromStdString(project_.string());
        QCOMPARE(cli({"project", "init", projectArg_}).exitCode, 0);
        bomb_ = fs::path(dir_.path().toStdString()) / "bomb.jsonl.zst";
        writeZstdBomb(bomb_);
        small_ = fs::path(dir_.path().toStdString()) / "small.jsonl";
        writeSmallCorpus(small_);
    }

    void usageNamesRuns()
    {
        const auto r = cli({"--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("runs list PROJECT [--json]"));
        QVERIFY(r.out.contains("runs follow PROJECT ID"));
        QVERIFY(r.out.contains("runs stop PROJECT ID [--grace S]"));
        QCOMPARE(cli({"runs", "nonsense", projectArg_}).exitCode, 2);
    }

    // Follow from before the child starts (the row is queued) to its final event: the same events
    // as the child's events file, "started" first and "done" last, exit 0.
    void followStreamsToDone()
    {
        QString spec;
        const int64_t id = queueRun(small_, spec);
        QProcess follower;
        follower.start(ADAPTLAB_CLI_PATH, {"runs", "follow", projectArg_, QString::number(id)});
        QVERIFY(follower.waitForStarted());
        const auto run = cli({"run", "--detach", spec});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        const auto followed = waitCli(follower);
        QVERIFY2(followed.exitCode == 0, qPrintable(followed.out + followed.err));
        const auto events = eventsOf(followed.out);
        QVERIFY(events.size() >= 3);
        QCOMPARE(str(events.front().type), str(JobEvent::Type::Started));
        QCOMPARE(events.front().runId, id);
        QCOMPARE(str(events.back().type), str(JobEvent::Type::Done));
        QCOMPARE(json::parse(events.back().resultJson)["documents"].get<int>(), 300);
        QCOMPARE(events.size(), jobs::readRunEvents(eventsPath(project_, id)).size());
        // Following a run that has ended prints it again and exits at once.
        QCOMPARE(cli({"runs", "follow", projectArg_, QString::number(id)}).exitCode, 0);
    }

    void listJson()
    {
        // One run that has ended and one that is running, made here (no test relies on another's).
        QString doneSpec;
        const int64_t done = queueRun(small_, doneSpec);
        QCOMPARE(cli({"run", doneSpec}).exitCode, 0);
        QProcess process;
        const int64_t running = startRun(process, bomb_);
        QVERIFY(process.waitForStarted());
        QVERIFY(waitScanning(running));
        const auto r = cli({"runs", "list", projectArg_, "--json"});
        QCOMPARE(r.exitCode, 0);
        const json list = json::parse(r.out.toStdString());
        QVERIFY(list["runs"].is_array());
        QVERIFY(list["runs"].size() >= 2);
        const std::set<std::string> keys = {"id", "kind", "status", "created_at", "started_at", "finished_at",
                                            "message", "pid", "progress", "result"};
        bool sawRunning = false, sawDone = false;
        for (const json& run : list["runs"]) {
            std::set<std::string> has;
            for (const auto& [key, value] : run.items())
                has.insert(key);
            QCOMPARE(has, keys);
            QVERIFY(run["result"].is_object());
            if (run["id"] == running) {
                sawRunning = true;
                QCOMPARE(run["status"].get<std::string>(), std::string("running"));
                QCOMPARE(run["pid"].get<qint64>(), process.processId());
                QVERIFY(run["progress"].is_object());
                QVERIFY(run["progress"]["done"].is_number_integer());
                QVERIFY(run["progress"]["total"].is_number_integer());
                QVERIFY(run["progress"]["stage"].is_string());
            } else if (run["id"] == done) {
                sawDone = true;
                QCOMPARE(run["status"].get<std::string>(), std::string("done"));
                QVERIFY(run["progress"].is_null());
                QCOMPARE(run["result"]["documents"].get<int>(), 300);
                QVERIFY(!run["finished_at"].get<std::string>().empty());
            }
        }
        QVERIFY(sawRunning);
        QVERIFY(sawDone);
        const auto text = cli({"runs", "list", projectArg_});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.startsWith("ID\tKIND\tSTATUS"));
        QVERIFY(text.out.contains(QString::number(running) + "\tcorpus_inspect\trunning"));
        // Stopped by another process, whoever started it: exit 0, and the follower ends with 143.
        QProcess follower;
        follower.start(ADAPTLAB_CLI_PATH, {"runs", "follow", projectArg_, QString::number(running)});
        QVERIFY(follower.waitForStarted());
        const auto stop = cli({"runs", "stop", projectArg_, QString::number(running), "--grace", "60"});
        QVERIFY2(stop.exitCode == 0, qPrintable(stop.out + stop.err));
        QVERIFY2(stop.out.contains("stopped"), qPrintable(stop.out));
        const auto followed = waitCli(follower);
        QCOMPARE(followed.exitCode, 143);
        QCOMPARE(str(eventsOf(followed.out).back().type), str(JobEvent::Type::Stopped));
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 143);
        QCOMPARE(statusOf(project_, running), std::string("stopped"));
        // Not running any more: exit 1, saying what it is.
        const auto again = cli({"runs", "stop", projectArg_, QString::number(running)});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.out.contains("not running: it is stopped"), qPrintable(again.out));
    }

    // A run whose child was killed -9: follow settles it as lost, prints the error, exits 1.
    void followLostRun()
    {
        QProcess process;
        const int64_t id = startRun(process, bomb_);
        QVERIFY(process.waitForStarted());
        QVERIFY(waitScanning(id));
        ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished(60000));
        const auto followed = cli({"runs", "follow", projectArg_, QString::number(id)});
        QCOMPARE(followed.exitCode, 1);
        const auto events = eventsOf(followed.out);
        QCOMPARE(str(events.front().type), str(JobEvent::Type::Started));
        QCOMPARE(str(events.back().type), str(JobEvent::Type::Error));
        QVERIFY(QString::fromStdString(events.back().message).startsWith("lost: the process ended without a final event"));
        QVERIFY(followed.err.contains("lost: "));
        QCOMPARE(statusOf(project_, id), std::string("failed"));
    }

    void unknownRunId()
    {
        for (const QString& sub : {QString("follow"), QString("stop")}) {
            const auto r = cli({"runs", sub, projectArg_, "999999"});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains("there is no run 999999"), qPrintable(r.err));
        }
        QCOMPARE(cli({"runs", "follow", projectArg_, "abc"}).exitCode, 2);
        QCOMPARE(cli({"runs", "stop", projectArg_, "1", "--grace", "-3"}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliRuns)
#include "tst_cli_runs.moc"
