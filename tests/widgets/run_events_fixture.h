// Writes runs/<id>/events.jsonl files by hand, in the contract's format (issue 8), for tests that
// must not depend on the real child: the lines a child would append, nothing more.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QString>

namespace adaptlab::test {

inline QByteArray startedLine(qint64 runId, qint64 pid, double time = -1)
{
    if (time < 0)
        time = static_cast<double>(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    return QStringLiteral("{\"type\":\"started\",\"run_id\":%1,\"pid\":%2,\"time\":%3}")
        .arg(runId)
        .arg(pid)
        .arg(time, 0, 'f', 3)
        .toUtf8();
}

inline QByteArray progressLine(qint64 done, qint64 total, const QString& stage = {})
{
    return QStringLiteral("{\"type\":\"progress\",\"done\":%1,\"total\":%2,\"stage\":\"%3\"}")
        .arg(done)
        .arg(total)
        .arg(stage)
        .toUtf8();
}

// Appends LINES (each with its newline) to RUNDIR/events.jsonl, creating the folder.
inline bool appendEvents(const QString& runDir, const QList<QByteArray>& lines)
{
    if (!QDir().mkpath(runDir))
        return false;
    QFile file(QDir(runDir).filePath(QStringLiteral("events.jsonl")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    for (const QByteArray& line : lines)
        if (file.write(line + '\n') != line.size() + 1)
            return false;
    return file.flush();
}

// Whether CLI (an adaptlab-cli) implements the run contract of issue 8 (`run --detach`, events.jsonl,
// `runs list|follow|stop`), judged from its usage text. The tests that run the real child need it;
// it comes with the engine side of issue 8 (branch issue8-runs).
inline bool cliHasRunsContract(const QString& cli)
{
    QProcess help;
    help.start(cli, {QStringLiteral("--help")});
    if (!help.waitForFinished(30000))
        return false;
    return help.readAllStandardOutput().contains("runs list");
}

} // namespace adaptlab::test
