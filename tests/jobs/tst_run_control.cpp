// Runs that outlive their window, engine side: the events file (writer and reader), the child's
// heartbeat and process identity, reconcileRuns (a kill -9'd child becomes "lost" with its log
// lines; a final event the store missed is applied; two reconcilers at once change each row once)
// and stopRun of a run another process started (SIGTERM, and SIGKILL after the grace period for a
// child that cannot answer). Every child is a real `adaptlab-cli run` on a real project.
#include "run_test_support.h"

#include "jobs/job_event.h"
#include "jobs/run_control.h"
#include "jobs/run_events.h"
#include "store/project_store.h"

#include <QtTest>

#include <sqlite3.h>

#include <csignal>
#include <fcntl.h>
#include <memory>
#include <sstream>
#include <thread>
#include <unistd.h>

using namespace adaptlab;
using namespace run_test;
using jobs::JobEvent;
using store::RunStatus;

namespace {

void appendRaw(const fs::path& path, const std::string& bytes)
{
    std::ofstream(path, std::ios::binary | std::ios::app) << bytes;
}

// Sets columns the store API keeps for itself (stamps), as an old or foreign row would hold them.
void setColumn(const fs::path& project, int64_t id, const std::string& column, const std::string& value)
{
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open((project / store::kStoreFileName).c_str(), &db), SQLITE_OK);
    sqlite3_busy_timeout(db, 10000);
    const std::string sql = "UPDATE runs SET " + column + " = ?1 WHERE id = ?2";
    sqlite3_stmt* stmt = nullptr;
    QCOMPARE(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr), SQLITE_OK);
    sqlite3_bind_text(stmt, 1, value.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(stmt, 2, id);
    QCOMPARE(sqlite3_step(stmt), SQLITE_DONE);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
}

// The session a process belongs to (field 6 of /proc/<pid>/stat).
long sessionOf(qint64 pid)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string stat;
    std::getline(in, stat);
    std::istringstream fields(stat.substr(stat.rfind(')') + 2));
    std::string field;
    for (int i = 3; i <= 6 && fields >> field; ++i) {
    }
    return std::stol(field);
}

} // namespace

class TestRunControl : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    fs::path project_, bomb_, small_;
    int specs_ = 0;

    // Starts `adaptlab-cli run --detach SPEC` on a row created first, as the GUI does.
    int64_t startRun(QProcess& process, const fs::path& corpus, const QStringList& extra = {"--detach"})
    {
        auto store = store::ProjectStore::open(project_);
        const int64_t id = store.createRun("corpus_inspect", inspectSpec(project_, corpus).dump());
        const QString spec = writeSpec(dir_.filePath(QString("spec%1.json").arg(++specs_)).toStdString(),
                                       inspectSpec(project_, corpus, id));
        process.start(ADAPTLAB_CLI_PATH, QStringList{"run"} + extra + QStringList{spec});
        return id;
    }

    // Waits until the run's events file shows a progress event: the job is scanning.
    bool waitScanning(int64_t id)
    {
        const fs::path events = eventsPath(project_, id);
        for (int i = 0; i < 600 && !hasEvent(events, JobEvent::Type::Progress); ++i)
            QTest::qWait(100);
        return hasEvent(events, JobEvent::Type::Progress);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        project_ = fs::path(dir_.path().toStdString()) / "project";
        store::ProjectStore::create(project_);
        bomb_ = fs::path(dir_.path().toStdString()) / "bomb.jsonl.zst";
        writeZstdBomb(bomb_);
        small_ = fs::path(dir_.path().toStdString()) / "small.jsonl";
        writeSmallCorpus(small_);
    }

    void eventsWriterAndReader()
    {
        const fs::path path = fs::path(dir_.path().toStdString()) / "events.jsonl";
        jobs::RunEventsWriter writer(path);
        QVERIFY(writer.writeEvent(jobs::startedEvent(7, 1234)));
        QVERIFY(writer.writeEvent(jobs::progressEvent(1, 10, -1, "reading")));
        jobs::RunEventsReader reader(path);
        auto events = reader.readNew();
        QCOMPARE(events.size(), size_t(2));
        QCOMPARE(str(events[0].type), str(JobEvent::Type::Started));
        QCOMPARE(events[0].runId, int64_t(7));
        QCOMPARE(events[0].pid, int64_t(1234));
        QVERIFY(events[0].time > 1.7e9); // stamped with the epoch time (after 2023)
        QCOMPARE(events[1].stage, std::string("reading"));
        QCOMPARE(reader.offset(), static_cast<qint64>(fs::file_size(path)));

        // A line being written is kept for later: nothing read, the offset stays before it.
        const int64_t before = reader.offset();
        appendRaw(path, "{\"event\":\"log\",\"level\":\"info\",\"mess");
        QVERIFY(reader.readNew().empty());
        QCOMPARE(reader.offset(), before);
        appendRaw(path, "age\":\"half then whole\"}\nnot json at all\n{\"event\":\"nonsense\"}\n\n");
        QVERIFY(writer.writeEvent(jobs::stoppedEvent()));
        events = reader.readNew();
        QCOMPARE(events.size(), size_t(2));
        QCOMPARE(events[0].message, std::string("half then whole"));
        QCOMPARE(str(events[1].type), str(JobEvent::Type::Stopped));
        QCOMPARE(events[1].message, std::string("stopped on request"));
        QCOMPARE(reader.malformedLines(), int64_t(2)); // the empty line is not counted
        QCOMPARE(reader.offset(), static_cast<qint64>(fs::file_size(path)));
        QVERIFY(reader.readNew().empty());

        // A reader may start at an offset; the last event of a kind and the final one, from the end.
        jobs::RunEventsReader late(path, before);
        QCOMPARE(late.readNew().size(), size_t(2));
        QCOMPARE(jobs::lastRunEvent(path, JobEvent::Type::Progress)->done, int64_t(1));
        QCOMPARE(str(jobs::finalRunEvent(path)->type), str(JobEvent::Type::Stopped));
        QVERIFY(!jobs::finalRunEvent(path.string() + ".missing"));
    }

    void eventJsonOfNewTypes()
    {
        const std::string started = jobs::toJsonLine(jobs::startedEvent(3, 99));
        QCOMPARE(json::parse(started), json::parse("{\"event\":\"started\",\"run_id\":3,\"pid\":99}"));
        // "type" is read as "event" (the contract spells it so).
        const auto parsed = jobs::parseEventLine("{\"type\":\"stopped\",\"message\":\"m\",\"time\":12.5}");
        QVERIFY(parsed);
        QCOMPARE(str(parsed->type), str(JobEvent::Type::Stopped));
        QCOMPARE(parsed->time, 12.5);
        QVERIFY(jobs::isFinalEvent(*parsed));
        QVERIFY(!jobs::isFinalEvent(jobs::startedEvent(1, 1)));
    }

    // The child takes the run: its pid, start time and host, a heartbeat that moves, events and log
    // in the run folder, its own session with --detach; SIGTERM ends it with a final "stopped".
    void childOwnsItsRun()
    {
        QProcess process;
        const int64_t id = startRun(process, bomb_);
        QVERIFY(process.waitForStarted());
        QVERIFY(waitScanning(id));
        auto store = store::ProjectStore::open(project_);
        const auto run = store.run(id);
        QCOMPARE(str(run->status), str(RunStatus::Running));
        QCOMPARE(run->pid, static_cast<int64_t>(process.processId()));
        QCOMPARE(run->pidStartTime, *jobs::processStartTime(run->pid));
        QCOMPARE(run->host, jobs::thisHost());
        QVERIFY(!run->heartbeatAt.empty());
        QVERIFY(jobs::runProcessAlive(*run));
        QCOMPARE(sessionOf(process.processId()), static_cast<long>(process.processId()));
        // Its stderr is the run's log.txt, so what a crash prints is kept with the run.
        const fs::path stderrTarget = fs::read_symlink("/proc/" + std::to_string(run->pid) + "/fd/2");
        QCOMPARE(stderrTarget, fs::canonical(project_ / "runs" / std::to_string(id) / "log.txt"));
        const std::string firstBeat = run->heartbeatAt;
        QTRY_VERIFY_WITH_TIMEOUT(store.run(id)->heartbeatAt != firstBeat, 60000);

        ::kill(static_cast<pid_t>(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 143);
        const auto events = jobs::readRunEvents(eventsPath(project_, id));
        QCOMPARE(str(events.front().type), str(JobEvent::Type::Started));
        QCOMPARE(events.front().runId, id);
        QCOMPARE(str(events.back().type), str(JobEvent::Type::Stopped));
        QCOMPARE(str(store.run(id)->status), str(RunStatus::Stopped));
        QVERIFY(!jobs::runProcessAlive(*store.run(id)));
        const QString log = readText(project_ / "runs" / std::to_string(id) / "log.txt");
        QVERIFY2(log.contains("started: run " + QString::number(id)), qPrintable(log));
        QVERIFY2(log.contains("stopped: stopped on request"), qPrintable(log));
        // The stdout stream is what it was, now stamped with the time.
        const QByteArray out = process.readAllStandardOutput();
        QVERIFY(out.contains("\"event\":\"stopped\""));
        QVERIFY(out.contains("\"time\":"));
    }

    // The reader of stdout going away (the GUI closed) does not end the run: here `head` reads one
    // line and exits, so every later write to stdout fails; the child goes on with its events file
    // and ends only when stopped (exit 143, not SIGPIPE's 141).
    void runOutlivesItsStdout()
    {
        auto store = store::ProjectStore::open(project_);
        const int64_t id = store.createRun("corpus_inspect", inspectSpec(project_, bomb_).dump());
        const QString spec = writeSpec(dir_.filePath("outlives.json").toStdString(), inspectSpec(project_, bomb_, id));
        QProcess shell;
        shell.start("bash", {"-c", "\"$0\" run --detach \"$1\" | head -n 1 > /dev/null; exit ${PIPESTATUS[0]}",
                             ADAPTLAB_CLI_PATH, spec});
        QVERIFY(shell.waitForStarted());
        const auto progressEvents = [&] {
            int count = 0;
            for (const auto& event : jobs::readRunEvents(eventsPath(project_, id)))
                count += event.type == JobEvent::Type::Progress ? 1 : 0;
            return count;
        };
        QTRY_VERIFY_WITH_TIMEOUT(progressEvents() >= 6, 120000);
        const auto run = store.run(id);
        QVERIFY(jobs::runProcessAlive(*run));
        ::kill(static_cast<pid_t>(run->pid), SIGTERM);
        QVERIFY(shell.waitForFinished(60000));
        QCOMPARE(shell.exitCode(), 143);
        QCOMPARE(str(jobs::readRunEvents(eventsPath(project_, id)).back().type), str(JobEvent::Type::Stopped));
        QCOMPARE(str(store.run(id)->status), str(RunStatus::Stopped));
    }

    // A reused pid (the right number, another start time) is not the run's process; another host's
    // run is judged by its heartbeat.
    void processIdentity()
    {
        auto store = store::ProjectStore::open(project_);
        const int64_t id = store.createRun("corpus_inspect", "{}");
        const int64_t self = getpid();
        const int64_t start = *jobs::processStartTime(self);
        store.setRunProcess(id, self, start, jobs::thisHost());
        QVERIFY(jobs::runProcessAlive(*store.run(id)));
        store.setRunProcess(id, self, start + 1, jobs::thisHost());
        QVERIFY(!jobs::runProcessAlive(*store.run(id)));
        // A row without a host (written before v4) is judged like another host's: by its heartbeat.
        store.setRunProcess(id, self, start, "");
        setColumn(project_, id, "heartbeat_at", "");
        QVERIFY(!jobs::runProcessAlive(*store.run(id)));

        // On another host the pid means nothing here: a fresh heartbeat is alive, a stale one not.
        store.setRunProcess(id, 1, 1, "another-host.example");
        store.setRunStatus(id, RunStatus::Running);
        QVERIFY(jobs::runProcessAlive(*store.run(id)));
        QVERIFY(jobs::reconcileRuns(store).empty());
        setColumn(project_, id, "heartbeat_at", "2020-01-01T00:00:00.000Z");
        QVERIFY(!jobs::runProcessAlive(*store.run(id)));
        QCOMPARE(jobs::reconcileRuns(store), std::vector<int64_t>{id});
        QCOMPARE(str(store.run(id)->status), str(RunStatus::Failed));
        QVERIFY(store.run(id)->message.starts_with("lost: "));
    }

    // kill -9: no final event; reconcile marks it lost with the last lines of its log.
    void killedChildBecomesLost()
    {
        QProcess process;
        const int64_t id = startRun(process, bomb_);
        QVERIFY(process.waitForStarted());
        QVERIFY(waitScanning(id));
        // Something the child wrote to stderr lands in log.txt too: here, what the job logs itself.
        ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished(60000));
        auto store = store::ProjectStore::open(project_);
        QCOMPARE(str(store.run(id)->status), str(RunStatus::Running)); // nobody told the store
        const auto changed = jobs::reconcileRuns(store);
        QCOMPARE(changed, std::vector<int64_t>{id});
        const auto run = store.run(id);
        QCOMPARE(str(run->status), str(RunStatus::Failed));
        const QString message = QString::fromStdString(run->message);
        QVERIFY2(message.startsWith("lost: the process ended without a final event (last lines of log.txt: "),
                 qPrintable(message));
        QVERIFY2(message.contains("run " + QString::number(id) + " (corpus_inspect) started"), qPrintable(message));
        QVERIFY(!run->finishedAt.empty());
        QVERIFY(jobs::reconcileRuns(store).empty()); // idempotent
    }

    // The child died after writing its final event but before the store heard: the event wins.
    void missedFinalEventIsApplied_data()
    {
        QTest::addColumn<QString>("finalLine");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("done") << "{\"event\":\"done\",\"result\":{\"documents\":42}}" << "done" << "";
        QTest::newRow("error") << "{\"event\":\"error\",\"message\":\"cannot read x\",\"field\":\"params.inputs\"}"
                               << "failed" << "params.inputs: cannot read x";
        QTest::newRow("stopped") << "{\"event\":\"stopped\",\"message\":\"stopped on request\"}" << "stopped"
                                 << "stopped on request";
    }
    void missedFinalEventIsApplied()
    {
        QFETCH(QString, finalLine);
        QFETCH(QString, status);
        QFETCH(QString, message);
        auto store = store::ProjectStore::open(project_);
        const int64_t id = store.createRun("corpus_inspect", "{}");
        // A process that has ended: this test's own pid with a start time it never had.
        store.setRunProcess(id, getpid(), *jobs::processStartTime(getpid()) + 7, jobs::thisHost());
        store.setRunStatus(id, RunStatus::Running);
        const fs::path events = store.runDir(id) / "events.jsonl";
        appendRaw(events, jobs::toJsonLine(jobs::startedEvent(id, getpid())) + "\n" + finalLine.toStdString() + "\n");
        QCOMPARE(jobs::reconcileRuns(store), std::vector<int64_t>{id});
        const auto run = store.run(id);
        QCOMPARE(QString::fromStdString(store::toString(run->status)), status);
        QCOMPARE(QString::fromStdString(run->message), message);
        if (status == "done")
            QCOMPARE(json::parse(run->resultJson)["documents"].get<int>(), 42);
    }

    // A queued row nobody started (the GUI died first) is lost once the grace period has passed.
    void queuedWithoutProcess()
    {
        auto store = store::ProjectStore::open(project_);
        const int64_t id = store.createRun("corpus_inspect", "{}");
        QVERIFY(!jobs::reconcileRun(store, id)); // within the default 60 s
        QCOMPARE(str(store.run(id)->status), str(RunStatus::Queued));
        jobs::ReconcileOptions options;
        options.queuedGrace = std::chrono::seconds(0);
        setColumn(project_, id, "created_at", "2020-01-01T00:00:00.000Z");
        QVERIFY(jobs::reconcileRun(store, id, options));
        QCOMPARE(str(store.run(id)->status), str(RunStatus::Failed));
        QVERIFY(store.run(id)->message.starts_with("lost: queued for over 0 s"));
    }

    // Two reconcilers (own connections, own threads) over the same lost runs: each row changes once.
    void concurrentReconcile()
    {
        std::vector<int64_t> lost;
        {
            auto store = store::ProjectStore::open(project_);
            jobs::reconcileRuns(store); // whatever another test function left is settled first
            for (int i = 0; i < 20; ++i) {
                const int64_t id = store.createRun("corpus_inspect", "{}");
                store.setRunProcess(id, getpid(), *jobs::processStartTime(getpid()) + 1 + i, jobs::thisHost());
                store.setRunStatus(id, RunStatus::Running);
                lost.push_back(id);
            }
        }
        std::vector<int64_t> first, second;
        std::string failure;
        std::mutex failureMutex;
        const auto reconcile = [&](std::vector<int64_t>& changed) {
            try {
                auto store = store::ProjectStore::open(project_);
                changed = jobs::reconcileRuns(store);
            } catch (const std::exception& error) {
                std::lock_guard lock(failureMutex);
                failure = error.what();
            }
        };
        std::thread a(reconcile, std::ref(first));
        std::thread b(reconcile, std::ref(second));
        a.join();
        b.join();
        QVERIFY2(failure.empty(), failure.c_str());
        std::vector<int64_t> all = first;
        all.insert(all.end(), second.begin(), second.end());
        std::sort(all.begin(), all.end());
        QCOMPARE(all, lost); // every row once, none twice
        auto store = store::ProjectStore::open(project_);
        for (int64_t id : lost)
            QCOMPARE(str(store.run(id)->status), str(RunStatus::Failed));
    }

    // Stop of a run another process started: SIGTERM, and the child ends as stopped on its own.
    void stopBySigterm()
    {
        QProcess process;
        const int64_t id = startRun(process, bomb_);
        QVERIFY(process.waitForStarted());
        QVERIFY(waitScanning(id));
        auto store = store::ProjectStore::open(project_);
        const auto outcome = jobs::stopRun(store, id, std::chrono::seconds(60));
        QCOMPARE(outcome.result, jobs::StopOutcome::Result::Ended);
        QCOMPARE(str(outcome.run.status), str(RunStatus::Stopped));
        QCOMPARE(outcome.run.message, std::string("stopped on request"));
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 143);
        QCOMPARE(str(jobs::readRunEvents(eventsPath(project_, id)).back().type), str(JobEvent::Type::Stopped));
        // Not running any more: a second stop says so and signals nothing.
        const auto again = jobs::stopRun(store, id, std::chrono::seconds(1));
        QCOMPARE(again.result, jobs::StopOutcome::Result::NotRunning);
        QVERIFY(again.message.find("stopped") != std::string::npos);
    }

    // A child that cannot answer SIGTERM (stopped with SIGSTOP) is killed after the grace period.
    void stopKillsAfterGrace()
    {
        QProcess process;
        const int64_t id = startRun(process, bomb_);
        QVERIFY(process.waitForStarted());
        QVERIFY(waitScanning(id));
        ::kill(static_cast<pid_t>(process.processId()), SIGSTOP);
        auto store = store::ProjectStore::open(project_);
        const auto outcome = jobs::stopRun(store, id, std::chrono::milliseconds(300));
        QCOMPARE(outcome.result, jobs::StopOutcome::Result::Killed);
        QCOMPARE(str(outcome.run.status), str(RunStatus::Stopped));
        QCOMPARE(outcome.run.message, std::string("stopped (killed after the grace period)"));
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        QVERIFY(!jobs::finalRunEvent(eventsPath(project_, id)));
    }

    // A pid that does not verify is never signalled: the row is settled instead.
    void stopNeverSignalsAnUnverifiedPid()
    {
        auto store = store::ProjectStore::open(project_);
        const int64_t id = store.createRun("corpus_inspect", "{}");
        // This test's own pid with a wrong start time: were it signalled, this test would end.
        store.setRunProcess(id, getpid(), *jobs::processStartTime(getpid()) + 3, jobs::thisHost());
        store.setRunStatus(id, RunStatus::Running);
        const auto outcome = jobs::stopRun(store, id, std::chrono::seconds(1));
        QCOMPARE(outcome.result, jobs::StopOutcome::Result::NotRunning);
        QCOMPARE(str(outcome.run.status), str(RunStatus::Failed));
        QVERIFY(outcome.run.message.starts_with("lost: "));
        QVERIFY_THROWS_EXCEPTION(Error, jobs::stopRun(store, 999999, std::chrono::seconds(1)));
    }
};

QTEST_GUILESS_MAIN(TestRunControl)
#include "tst_run_control.moc"
