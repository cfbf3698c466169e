// run_follow_core: the events file and the `runs` CLI as the GUI sees them. The standard events
// go through core's own parser (jobs::parseEventLine) so the GUI and the child never disagree on
// them; only "started" and "stopped" are read here by their name.
#include "run_follow_core.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <string_view>

#include <unistd.h>

namespace adaptlab {

bool RunEvent::isFinal() const
{
    if (kind == Kind::Stopped)
        return true;
    return kind == Kind::Job
        && (job.type == jobs::JobEvent::Type::Done || job.type == jobs::JobEvent::Type::Error);
}

std::optional<RunEvent> parseRunEventLine(const QByteArray& line)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    QJsonObject object = doc.object();
    const QString name = object.contains(QStringLiteral("event"))
        ? object.value(QStringLiteral("event")).toString()
        : object.value(QStringLiteral("type")).toString();
    if (name.isEmpty())
        return std::nullopt;

    RunEvent event;
    event.time = object.value(QStringLiteral("time")).toDouble(-1);
    if (name == QLatin1String("started")) {
        event.kind = RunEvent::Kind::Started;
        event.pid = object.value(QStringLiteral("pid")).toInteger();
        event.runId = object.value(QStringLiteral("run_id")).toInteger();
        return event;
    }
    if (name == QLatin1String("stopped")) {
        event.kind = RunEvent::Kind::Stopped;
        event.message = object.value(QStringLiteral("message")).toString();
        return event;
    }
    // core's parser reads the stdout spelling ("event"); a line in the contract's ("type") is
    // handed over in that spelling.
    QByteArray wire = line;
    if (!object.contains(QStringLiteral("event"))) {
        object.insert(QStringLiteral("event"), name);
        wire = QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    std::optional<jobs::JobEvent> job =
        jobs::parseEventLine(std::string_view(wire.constData(), static_cast<size_t>(wire.size())));
    if (!job)
        return std::nullopt;
    event.kind = RunEvent::Kind::Job;
    event.job = std::move(*job);
    return event;
}

RunEventsTail::RunEventsTail(QString path) : path_(std::move(path)) {}

void RunEventsTail::reset(const QString& path, qint64 offset)
{
    path_ = path;
    offset_ = offset;
    partial_.clear();
    malformed_ = 0;
    hasMore_ = false;
}

std::vector<RunEvent> RunEventsTail::readNew()
{
    std::vector<RunEvent> events;
    hasMore_ = false;
    QFile file(path_);
    if (!file.open(QIODevice::ReadOnly))
        return events; // not written yet (a queued run)
    const qint64 size = file.size();
    if (size <= offset_)
        return events;
    file.seek(offset_);
    const QByteArray bytes = file.read(qMin(kReadChunkBytes, size - offset_));
    offset_ += bytes.size();
    hasMore_ = offset_ < size;

    QByteArray data = partial_ + bytes;
    qsizetype start = 0;
    for (qsizetype nl = data.indexOf('\n'); nl >= 0; nl = data.indexOf('\n', start)) {
        const QByteArray line = data.mid(start, nl - start).trimmed();
        start = nl + 1;
        if (line.isEmpty())
            continue;
        if (std::optional<RunEvent> event = parseRunEventLine(line))
            events.push_back(std::move(*event));
        else
            ++malformed_;
    }
    partial_ = data.mid(start);
    return events;
}

std::optional<std::vector<RunListEntry>> parseRunList(const QByteArray& json, QString* error)
{
    auto fail = [error](const QString& why) -> std::optional<std::vector<RunListEntry>> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QCoreApplication::translate("adaptlab::RunFollow",
                                                "The run list is not JSON (at byte %1: %2).")
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    const QJsonValue runs = doc.object().value(QStringLiteral("runs"));
    if (!runs.isArray())
        return fail(QCoreApplication::translate("adaptlab::RunFollow",
                                                "The run list has no \"runs\" array."));
    std::vector<RunListEntry> entries;
    for (const QJsonValue& value : runs.toArray()) {
        const QJsonObject row = value.toObject();
        RunListEntry entry;
        entry.id = row.value(QStringLiteral("id")).toInteger();
        entry.kind = row.value(QStringLiteral("kind")).toString();
        entry.status = row.value(QStringLiteral("status")).toString();
        entry.message = row.value(QStringLiteral("message")).toString();
        entry.pid = row.value(QStringLiteral("pid")).toInteger();
        const QJsonValue result = row.value(QStringLiteral("result"));
        entry.resultJson = result.isObject()
            ? QString::fromUtf8(QJsonDocument(result.toObject()).toJson(QJsonDocument::Compact))
            : QStringLiteral("{}");
        const QJsonValue progress = row.value(QStringLiteral("progress"));
        if (progress.isObject()) {
            const QJsonObject p = progress.toObject();
            entry.hasProgress = true;
            entry.done = p.value(QStringLiteral("done")).toInteger();
            entry.total = p.value(QStringLiteral("total")).toInteger();
            entry.stage = p.value(QStringLiteral("stage")).toString();
        }
        if (entry.id <= 0)
            continue;
        entries.push_back(std::move(entry));
    }
    return entries;
}

namespace runs_cli {

void list(const QString& program, const QString& projectDir, QObject* context,
          std::function<void(std::vector<RunListEntry>, QString error)> done)
{
    auto* process = new QProcess(context);
    process->setProgram(program);
    process->setArguments({QStringLiteral("runs"), QStringLiteral("list"), projectDir,
                           QStringLiteral("--json")});
    process->setStandardInputFile(QProcess::nullDevice());
    auto finish = [process, done](std::vector<RunListEntry> rows, const QString& error) {
        process->disconnect();
        process->deleteLater();
        done(std::move(rows), error);
    };
    QObject::connect(process, &QProcess::errorOccurred, context,
                     [process, finish, program](QProcess::ProcessError error) {
                         if (error == QProcess::FailedToStart)
                             finish({}, QCoreApplication::translate("adaptlab::RunFollow",
                                                                    "%1 could not be started: %2")
                                            .arg(program, process->errorString()));
                     });
    QObject::connect(
        process, &QProcess::finished, context,
        [process, finish](int code, QProcess::ExitStatus status) {
            const QByteArray out = process->readAllStandardOutput();
            if (status != QProcess::NormalExit || code != 0) {
                const QString err = QString::fromUtf8(process->readAllStandardError()).trimmed();
                finish({}, QCoreApplication::translate("adaptlab::RunFollow",
                                                       "Listing the runs failed (exit code %1): %2")
                               .arg(code)
                               .arg(err));
                return;
            }
            QString error;
            std::optional<std::vector<RunListEntry>> rows = parseRunList(out, &error);
            if (!rows)
                finish({}, error);
            else
                finish(std::move(*rows), {});
        });
    process->start();
}

bool stopDetached(const QString& program, const QString& projectDir, qint64 runId, int graceSeconds)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments({QStringLiteral("runs"), QStringLiteral("stop"), projectDir,
                          QString::number(runId), QStringLiteral("--grace"),
                          QString::number(qMax(0, graceSeconds))});
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    return process.startDetached();
}

} // namespace runs_cli

namespace run_process {

namespace {

// The fields of /proc/<pid>/stat after the command name (which may hold spaces and parentheses).
QList<QByteArray> statFields(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray stat = file.readAll();
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return {};
    return stat.mid(close + 2).split(' '); // [0] = state (field 3), [19] = starttime (field 22)
}

std::optional<double> bootTime()
{
    QFile file(QStringLiteral("/proc/stat"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    for (const QByteArray& line : file.readAll().split('\n'))
        if (line.startsWith("btime "))
            return line.mid(6).trimmed().toDouble();
    return std::nullopt;
}

} // namespace

bool isGone(qint64 pid)
{
    if (pid <= 0)
        return true;
    const QList<QByteArray> fields = statFields(pid);
    return fields.isEmpty() || fields.front() == "Z" || fields.front() == "X";
}

std::optional<double> startTime(qint64 pid)
{
    const QList<QByteArray> fields = statFields(pid);
    if (fields.size() < 20 || fields.front() == "Z")
        return std::nullopt;
    const std::optional<double> boot = bootTime();
    const long ticks = ::sysconf(_SC_CLK_TCK);
    if (!boot || ticks <= 0)
        return std::nullopt;
    return *boot + fields.at(19).toDouble() / static_cast<double>(ticks);
}

bool isRunProcess(qint64 pid, double startedEventTime)
{
    const std::optional<double> started = startTime(pid);
    if (!started)
        return false;
    // btime is whole seconds and the start time counts clock ticks: allow a second either way.
    return startedEventTime < 0 || *started <= startedEventTime + 1.0;
}

} // namespace run_process

} // namespace adaptlab
