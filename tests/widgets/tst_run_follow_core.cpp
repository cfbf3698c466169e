// run_follow_core: events.jsonl lines in both spellings ("event" as on stdout, "type" as in the
// contract), started/stopped, the tail reader's offsets, partial last line and malformed lines,
// the `runs list --json` parser, and the process facts (gone, started before an event).
#include "run_follow_core.h"
#include "run_events_fixture.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using adaptlab::RunEvent;
using adaptlab::RunEventsTail;
using Type = adaptlab::jobs::JobEvent::Type;

class TestRunFollowCore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesBothSpellings_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("final");
        QTest::newRow("started (type)") << QByteArray(R"({"type":"started","run_id":4,"pid":77,"time":1.5})")
                                        << int(RunEvent::Kind::Started) << false;
        QTest::newRow("started (event)") << QByteArray(R"({"event":"started","run_id":4,"pid":77,"time":1.5})")
                                         << int(RunEvent::Kind::Started) << false;
        QTest::newRow("progress (type)") << QByteArray(R"({"type":"progress","done":2,"total":5,"time":2})")
                                         << int(RunEvent::Kind::Job) << false;
        QTest::newRow("done (event)") << QByteArray(R"({"event":"done","result":{"documents":3},"time":3})")
                                      << int(RunEvent::Kind::Job) << true;
        QTest::newRow("error (type)") << QByteArray(R"({"type":"error","message":"bad","field":"params.path"})")
                                      << int(RunEvent::Kind::Job) << true;
        QTest::newRow("stopped") << QByteArray(R"({"type":"stopped","message":"stopped on request","time":4})")
                                 << int(RunEvent::Kind::Stopped) << true;
    }

    void parsesBothSpellings()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, kind);
        QFETCH(bool, final);
        const std::optional<RunEvent> event = adaptlab::parseRunEventLine(line);
        QVERIFY(event.has_value());
        QCOMPARE(int(event->kind), kind);
        QCOMPARE(event->isFinal(), final);
        if (event->kind == RunEvent::Kind::Started) {
            QCOMPARE(event->pid, qint64(77));
            QCOMPARE(event->runId, qint64(4));
            QCOMPARE(event->time, 1.5);
        }
        if (line.contains("progress")) {
            QVERIFY(event->job.type == Type::Progress);
            QCOMPARE(event->job.done, int64_t(2));
            QCOMPARE(event->job.total, int64_t(5));
        }
        if (line.contains("\"error\"")) {
            QCOMPARE(event->job.message, std::string("bad"));
            QCOMPARE(event->job.field, std::string("params.path"));
        }
        if (event->kind == RunEvent::Kind::Stopped)
            QCOMPARE(event->message, QStringLiteral("stopped on request"));
    }

    void rejectsWhatIsNotAnEvent_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("text") << QByteArray("a stray library print");
        QTest::newRow("cut JSON") << QByteArray(R"({"type":"progress","done":)");
        QTest::newRow("no name") << QByteArray(R"({"done":1})");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("unknown name") << QByteArray(R"({"type":"teleport"})");
        QTest::newRow("metric without value") << QByteArray(R"({"type":"metric","name":"loss"})");
    }

    void rejectsWhatIsNotAnEvent()
    {
        QFETCH(QByteArray, line);
        QVERIFY(!adaptlab::parseRunEventLine(line).has_value());
    }

    // Complete lines only; a partial last line waits; malformed lines are counted and skipped.
    void tailReadsFromItsOffset()
    {
        QTemporaryDir dir;
        QVERIFY(adaptlab::test::appendEvents(dir.path(), {adaptlab::test::startedLine(1, 10),
                                                          "not json",
                                                          adaptlab::test::progressLine(1, 4)}));
        const QString path = dir.filePath(QStringLiteral("events.jsonl"));
        RunEventsTail tail(path);
        std::vector<RunEvent> events = tail.readNew();
        QCOMPARE(events.size(), size_t(2));
        QVERIFY(events.at(0).kind == RunEvent::Kind::Started);
        QCOMPARE(events.at(1).job.done, int64_t(1));
        QCOMPARE(tail.malformedLines(), 1);
        const qint64 afterFirst = tail.offset();
        QCOMPARE(afterFirst, QFile(path).size());
        QVERIFY(tail.readNew().empty());

        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Append));
        file.write(R"({"type":"progress","done":2,)");
        file.flush();
        QVERIFY(tail.readNew().empty()); // half a line: kept back
        QVERIFY(tail.offset() > afterFirst);
        file.write(R"("total":4})" "\n" R"({"type":"done","result":{"n":1}})" "\n");
        file.close();
        events = tail.readNew();
        QCOMPARE(events.size(), size_t(2));
        QCOMPARE(events.at(0).job.done, int64_t(2));
        QVERIFY(events.at(1).isFinal());
        QCOMPARE(events.at(1).job.resultJson, std::string(R"({"n":1})"));

        // From a later offset: only what follows it.
        RunEventsTail later;
        later.reset(path, afterFirst);
        QCOMPARE(later.readNew().size(), size_t(2));
        // A file that is not there yet is not an error (a queued run).
        RunEventsTail missing(dir.filePath(QStringLiteral("nothing.jsonl")));
        QVERIFY(missing.readNew().empty());
    }

    void parsesRunList()
    {
        const QByteArray json = R"({"runs":[
            {"id":3,"kind":"corpus_inspect","status":"running","created_at":"x","started_at":"y",
             "finished_at":null,"message":"","pid":99,"progress":{"done":5,"total":10,"stage":"scan"},
             "result":{}},
            {"id":2,"kind":"scan_dataset","status":"failed","message":"lost: the process ended",
             "pid":0,"progress":null,"result":null},
            {"id":1,"kind":"scan_dataset","status":"done","message":"","pid":0,"progress":null,
             "result":{"documents":3}}]})";
        QString error;
        const auto rows = adaptlab::parseRunList(json, &error);
        QVERIFY2(rows.has_value(), qPrintable(error));
        QCOMPARE(rows->size(), size_t(3));
        QCOMPARE(rows->at(0).id, qint64(3));
        QVERIFY(rows->at(0).hasProgress);
        QCOMPARE(rows->at(0).done, qint64(5));
        QCOMPARE(rows->at(0).stage, QStringLiteral("scan"));
        QCOMPARE(rows->at(0).pid, qint64(99));
        QVERIFY(!rows->at(1).hasProgress);
        QVERIFY(rows->at(1).message.startsWith(QStringLiteral("lost")));
        QCOMPARE(rows->at(2).resultJson, QStringLiteral(R"({"documents":3})"));

        QVERIFY(!adaptlab::parseRunList("adaptlab-cli: unknown command: runs", &error));
        QVERIFY(error.contains(QStringLiteral("not JSON")));
        QVERIFY(!adaptlab::parseRunList(R"({"rows":[]})", &error));
        QVERIFY(error.contains(QStringLiteral("\"runs\"")));
    }

    void processFacts()
    {
        const qint64 self = ::getpid();
        QVERIFY(!adaptlab::run_process::isGone(self));
        const std::optional<double> started = adaptlab::run_process::startTime(self);
        QVERIFY(started.has_value());
        const double now = static_cast<double>(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
        QVERIFY(*started <= now + 1.0);
        // This process wrote a "started" event just now: it is the run's process.
        QVERIFY(adaptlab::run_process::isRunProcess(self, now));
        // A "started" event from an hour before this process existed: a reused pid.
        QVERIFY(!adaptlab::run_process::isRunProcess(self, *started - 3600));

        QProcess child;
        child.start(QStringLiteral("sleep"), {QStringLiteral("60")});
        QVERIFY(child.waitForStarted());
        const qint64 pid = child.processId();
        QVERIFY(!adaptlab::run_process::isGone(pid));
        child.kill();
        QVERIFY(child.waitForFinished());
        QVERIFY(adaptlab::run_process::isGone(pid)); // reaped: no /proc entry
        QVERIFY(adaptlab::run_process::isGone(0));
    }
};

QTEST_GUILESS_MAIN(TestRunFollowCore)
#include "tst_run_follow_core.moc"
