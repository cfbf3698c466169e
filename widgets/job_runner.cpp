// JobRunner: validation before start, a detached start, following the run's events file from an
// offset, the store check that tells a live run from a lost one, and the stop request.
#include "job_runner.h"

#include "run_follow_core.h"

#include "jobs/job_event.h"
#include "jobs/job_spec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTimer>

#include <cmath>
#include <csignal>

#include <string>
#include <string_view>
#include <utility>

namespace adaptlab {

namespace {

// Enough for the failure text and the Jobs dock; the whole output is in log.txt.
constexpr int kTailLines = 200;
// The timer catches what the watcher misses (network file systems, a file that appears later).
constexpr int kPollIntervalMs = 500;
// A replay of a long events file reads this many chunks per turn of the event loop.
constexpr int kChunksPerPoll = 4;
// The end of log.txt read for a failure text: enough for 20 lines, small enough for the UI thread.
constexpr qint64 kLogTailBytes = 16 * 1024;

QString defaultProgram()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/adaptlab-cli");
}

QString fromStd(const std::string& text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// "kind" or "kind #run_id" from the spec text; empty when it has no kind.
QString titleFromSpec(const QString& specJson)
{
    const QJsonObject spec = QJsonDocument::fromJson(specJson.toUtf8()).object();
    const QString kind = spec.value(QStringLiteral("kind")).toString();
    const QJsonValue runId = spec.value(QStringLiteral("run_id"));
    if (kind.isEmpty() || !runId.isDouble())
        return kind;
    return QCoreApplication::translate("adaptlab::JobRunner", "%1 #%2")
        .arg(kind)
        .arg(static_cast<qint64>(runId.toDouble()));
}

// The last COUNT lines of a text file, reading only its end.
QStringList lastLinesOf(const QString& path, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const qint64 size = file.size();
    file.seek(qMax<qint64>(0, size - kLogTailBytes));
    QByteArray bytes = file.read(kLogTailBytes);
    if (size > kLogTailBytes) {
        const qsizetype firstBreak = bytes.indexOf('\n');
        bytes = firstBreak >= 0 ? bytes.mid(firstBreak + 1) : QByteArray();
    }
    QStringList lines;
    for (const QByteArray& line : bytes.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            lines.append(QString::fromUtf8(trimmed));
    }
    return lines.mid(qMax<qsizetype>(0, lines.size() - count));
}

bool usableProgram(const QString& program)
{
    const QFileInfo info(program);
    return info.isFile() && info.isExecutable();
}

} // namespace

struct JobRunner::Private {
    JobRunner* q = nullptr;
    QFileSystemWatcher* watcher = nullptr; // child of q
    QTimer pollTimer;
    QTimer killTimer;   // SIGKILL after the grace period, when we signal the pid ourselves
    RunEventsTail events;
    QStringList tail;

    State state = State::Idle;
    QString program = defaultProgram();
    QString cliProgram = defaultProgram();
    QStringList extraArgs;
    int graceMs = 10000;
    int silenceMs = 10000;
    QString title;
    bool titleSetByUser = false;
    QString errorString;
    QString runDir;
    QString logPath;
    QString projectDir;
    qint64 runId = 0;
    qint64 pid = 0;
    std::optional<double> ownStartTime; // the process we started ourselves, from /proc
    double startedEventTime = -1;       // from the "started" event
    qint64 done = 0;
    qint64 total = 0;
    double eta = -1;
    QString stage;
    QString resultJson;
    bool stopRequested = false;
    bool lost = false;
    bool storeCheckInFlight = false;
    QElapsedTimer clock;          // since start()/attach()
    QElapsedTimer sinceEvent;     // since the last event (or since following began)
    qint64 frozenElapsedMs = -1;

    // Starting counts: a runner waiting for its run row ends with finished() like a running one.
    bool isActive() const
    {
        return state == State::Running || state == State::Stopping || state == State::Starting;
    }

    void setState(State next)
    {
        if (state == next)
            return;
        state = next;
        Q_EMIT q->stateChanged(next);
    }

    void remember(const QString& line)
    {
        tail.append(line);
        if (tail.size() > kTailLines)
            tail.remove(0, tail.size() - kTailLines);
    }

    void resetRun()
    {
        tail.clear();
        done = 0;
        total = 0;
        eta = -1;
        stage.clear();
        resultJson.clear();
        stopRequested = false;
        lost = false;
        storeCheckInFlight = false;
        frozenElapsedMs = -1;
        clock.invalidate();
        errorString.clear();
        pid = 0;
        ownStartTime.reset();
        startedEventTime = -1;
        runId = 0;
        projectDir.clear();
        killTimer.stop();
    }

    // A run of a project is asked about and stopped through `adaptlab-cli runs`; a bare run
    // folder (a test's, a spec run outside any project) only through its pid.
    bool usesCli() const
    {
        return runId > 0 && !projectDir.isEmpty()
            && QFileInfo::exists(QDir(projectDir).filePath(QStringLiteral("project.adaptlab")))
            && usableProgram(cliProgram);
    }

    // Only a pid proven to be the run's process is ever signalled: the one we started (same
    // start time) or one that started before the run's "started" event.
    bool pidVerified() const
    {
        if (pid <= 0 || run_process::isGone(pid))
            return false;
        if (ownStartTime) {
            const std::optional<double> now = run_process::startTime(pid);
            return now && std::abs(*now - *ownStartTime) < 0.5;
        }
        return startedEventTime >= 0 && run_process::isRunProcess(pid, startedEventTime);
    }

    void signalPid(int signal)
    {
        if (pidVerified())
            ::kill(static_cast<pid_t>(pid), signal);
    }

    QString logTailText() const
    {
        QStringList lines = lastLinesOf(logPath, 20);
        if (lines.isEmpty())
            lines = q->lastLogLines(20);
        if (lines.isEmpty())
            return JobRunner::tr("(the log is empty)");
        return lines.join(QLatin1Char('\n'));
    }

    // fromOffset: where this run's events start (a run folder reused by a second start keeps the
    // first run's events before it).
    void beginFollowing(qint64 fromOffset)
    {
        events.reset(QDir(runDir).filePath(QStringLiteral("events.jsonl")), fromOffset);
        logPath = QDir(runDir).filePath(QStringLiteral("log.txt"));
        if (!watcher->files().isEmpty())
            watcher->removePaths(watcher->files());
        if (!watcher->directories().isEmpty())
            watcher->removePaths(watcher->directories());
        if (QFileInfo::exists(runDir))
            watcher->addPath(runDir); // the events file appears later
        clock.start();
        sinceEvent.start();
        setState(State::Running);
        pollTimer.start();
        // Listeners connect after start()/attach() returns; they still hear started().
        QMetaObject::invokeMethod(q, [this] {
            if (isActive() || state == State::Finished || state == State::Failed
                || state == State::Stopped)
                Q_EMIT q->started();
        }, Qt::QueuedConnection);
        QMetaObject::invokeMethod(q, [this] { poll(); }, Qt::QueuedConnection);
    }

    void finish(State next, const QString& why)
    {
        if (!isActive())
            return;
        pollTimer.stop();
        killTimer.stop();
        if (!watcher->files().isEmpty())
            watcher->removePaths(watcher->files());
        if (!watcher->directories().isEmpty())
            watcher->removePaths(watcher->directories());
        frozenElapsedMs = q->elapsedMs();
        errorString = why;
        setState(next);
        Q_EMIT q->finished(next);
    }

    void finishLost(const QString& storeMessage)
    {
        lost = true;
        finish(State::Failed,
               storeMessage.isEmpty()
                   ? JobRunner::tr("lost: the process ended without a final event. Last lines of "
                                   "its log:\n%1")
                         .arg(logTailText())
                   : storeMessage);
    }

    // Handles one event; returns true when it ended the run.
    bool handle(const RunEvent& event)
    {
        if (event.kind == RunEvent::Kind::Started) {
            if (event.pid > 0)
                pid = event.pid;
            startedEventTime = event.time;
            return false;
        }
        if (event.kind == RunEvent::Kind::Stopped) {
            stopRequested = true;
            finish(State::Stopped, {});
            return true;
        }
        const jobs::JobEvent& job = event.job;
        using Type = jobs::JobEvent::Type;
        switch (job.type) {
        case Type::Progress:
            done = job.done;
            total = job.total;
            eta = job.etaSeconds;
            stage = fromStd(job.stage);
            Q_EMIT q->progress(done, total, eta, stage);
            break;
        case Type::Metric:
            Q_EMIT q->metric(fromStd(job.name), job.step, job.tokens, job.value);
            break;
        case Type::Log: {
            const QString level = fromStd(job.level);
            const QString message = fromStd(job.message);
            remember(QStringLiteral("%1: %2").arg(level, message));
            Q_EMIT q->logLine(level, message);
            break;
        }
        case Type::Done:
            resultJson = fromStd(job.resultJson);
            finish(State::Finished, {});
            return true;
        case Type::Error: {
            const QString message = fromStd(job.message);
            const QString field = fromStd(job.field);
            remember(field.isEmpty() ? QStringLiteral("error: %1").arg(message)
                                     : QStringLiteral("error: %1 (%2)").arg(message, field));
            Q_EMIT q->jobError(message, field);
            finish(stopRequested ? State::Stopped : State::Failed,
                   JobRunner::tr("The job failed: %1\nLast lines of its log:\n%2")
                       .arg(field.isEmpty() ? message : JobRunner::tr("%1: %2").arg(field, message),
                            logTailText()));
            return true;
        }
        default:
            // started and stopped are read by their name in run_follow_core, never as a job event.
            break;
        }
        return false;
    }

    // Reads what the child appended; returns true when the run ended.
    bool readEvents()
    {
        for (int chunk = 0; chunk < kChunksPerPoll; ++chunk) {
            const std::vector<RunEvent> batch = events.readNew();
            if (!batch.empty())
                sinceEvent.restart();
            for (const RunEvent& event : batch)
                if (handle(event))
                    return true;
            if (!events.hasMore())
                return false;
        }
        // A long replay goes on in the next turn of the event loop, not in one blocking read.
        QMetaObject::invokeMethod(q, [this] { poll(); }, Qt::QueuedConnection);
        return false;
    }

    void poll()
    {
        if (!isActive() || state == State::Starting) // nothing to read before the child exists
            return;
        if (!watcher->files().contains(events.path()) && QFileInfo::exists(events.path()))
            watcher->addPath(events.path());
        if (watcher->directories().isEmpty() && QFileInfo::exists(runDir))
            watcher->addPath(runDir);
        // Gone BEFORE the read: a final event written just before the exit is still seen.
        const bool gone = pid > 0 && run_process::isGone(pid);
        if (readEvents())
            return;
        if (gone) {
            processEnded();
            return;
        }
        if (sinceEvent.elapsed() >= silenceMs && usesCli())
            checkStore(false);
    }

    void processEnded()
    {
        if (usesCli()) {
            checkStore(true);
            return;
        }
        if (stopRequested)
            finish(State::Stopped, {});
        else
            finishLost({});
    }

    // Asks `runs list --json` (which reconciles: a dead process without a final event becomes
    // "lost") what the store says about this run.
    void checkStore(bool processGone)
    {
        if (storeCheckInFlight)
            return;
        storeCheckInFlight = true;
        sinceEvent.restart(); // the next silent check comes a full period later
        const qint64 id = runId;
        runs_cli::list(cliProgram, projectDir, q,
                       [this, id, processGone](std::vector<RunListEntry> rows, const QString& error) {
                           storeCheckInFlight = false;
                           if (!isActive() || id != runId)
                               return;
                           if (readEvents())
                               return; // the final event arrived meanwhile
                           applyStoreRow(rows, error, processGone);
                       });
    }

    void applyStoreRow(const std::vector<RunListEntry>& rows, const QString& error, bool processGone)
    {
        const RunListEntry* row = nullptr;
        for (const RunListEntry& entry : rows)
            if (entry.id == runId)
                row = &entry;
        const QString status = row ? row->status : QString();
        if (status == QLatin1String("done")) {
            resultJson = row->resultJson;
            finish(State::Finished, {});
        } else if (status == QLatin1String("stopped") || (stopRequested && status == QLatin1String("failed"))) {
            finish(State::Stopped, row->message);
        } else if (status == QLatin1String("failed")) {
            if (row->message.startsWith(QLatin1String("lost")))
                finishLost(row->message);
            else
                finish(State::Failed, row->message);
        } else if (processGone) {
            // The store could not say (no row, an older CLI, an error): the process is gone
            // without a final event all the same.
            if (stopRequested)
                finish(State::Stopped, {});
            else
                finishLost(error.isEmpty() ? QString()
                                           : JobRunner::tr("lost: the process ended without a final "
                                                           "event (the store could not be asked: "
                                                           "%1). Last lines of its log:\n%2")
                                                 .arg(error, logTailText()));
        }
        // queued or running: still alive; the next silence check asks again.
    }

    bool refuse(State next, const QString& why)
    {
        // A runner the Jobs dock already lists as starting ends like any job: with finished().
        const bool announced = state == State::Starting;
        errorString = why;
        setState(next);
        if (announced)
            Q_EMIT q->finished(next);
        return false;
    }

    QString resolvedProgram() const
    {
        if (program.contains(QLatin1Char('/'))) {
            const QFileInfo info(program);
            return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
        }
        return QStandardPaths::findExecutable(program);
    }
};

JobRunner::JobRunner(QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->watcher = new QFileSystemWatcher(this);
    connect(d->watcher, &QFileSystemWatcher::fileChanged, this, [this] { d->poll(); });
    connect(d->watcher, &QFileSystemWatcher::directoryChanged, this, [this] { d->poll(); });
    d->pollTimer.setInterval(kPollIntervalMs);
    connect(&d->pollTimer, &QTimer::timeout, this, [this] { d->poll(); });
    d->killTimer.setSingleShot(true);
    connect(&d->killTimer, &QTimer::timeout, this, [this] { d->signalPid(SIGKILL); });
}

// The child owns its run: nothing to stop here. A listing in flight (a child of this object) is
// abandoned; it only reads and reconciles.
JobRunner::~JobRunner() = default;

void JobRunner::setProgram(const QString& program)
{
    d->program = program;
}

QString JobRunner::program() const
{
    return d->program;
}

void JobRunner::setExtraArguments(const QStringList& args)
{
    d->extraArgs = args;
}

void JobRunner::setGracePeriodMs(int ms)
{
    d->graceMs = qMax(0, ms);
}

void JobRunner::setCliProgram(const QString& program)
{
    d->cliProgram = program;
}

void JobRunner::setSilenceCheckMs(int ms)
{
    d->silenceMs = qMax(0, ms);
}

bool JobRunner::start(const QString& specJson, const QString& runDir)
{
    if (d->state == State::Running || d->state == State::Stopping) {
        d->errorString = tr("This job is already running.");
        return false;
    }

    // A fresh run: forget everything about an earlier one (resetRun keeps the state: a runner
    // still Starting announces its refusal below).
    d->resetRun();
    d->runDir = QDir(runDir).absolutePath();
    d->logPath.clear();
    if (!d->titleSetByUser)
        d->title = titleFromSpec(specJson);

    const std::vector<jobs::SpecProblem> problems = jobs::validateSpecText(specJson.toStdString());
    if (!problems.empty()) {
        const QString field = fromStd(problems.front().field);
        const QString message = fromStd(problems.front().message);
        return d->refuse(State::Refused,
                         field.isEmpty() ? tr("The job spec was refused: %1").arg(message)
                                         : tr("The job spec was refused: %1: %2").arg(field, message));
    }

    const QString program = d->resolvedProgram();
    if (program.isEmpty())
        return d->refuse(State::Failed, tr("The job program %1 was not found or is not executable.")
                                            .arg(d->program));

    if (!QDir().mkpath(d->runDir))
        return d->refuse(State::Failed, tr("Could not create the run folder %1.").arg(d->runDir));

    const QString specPath = QDir(d->runDir).filePath(QStringLiteral("spec.json"));
    QFile specFile(specPath);
    if (!specFile.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || specFile.write(specJson.toUtf8()) < 0 || !specFile.flush()) {
        return d->refuse(State::Failed, tr("Could not write the job spec %1: %2")
                                            .arg(specPath, specFile.errorString()));
    }
    specFile.close();

    const QJsonObject spec = QJsonDocument::fromJson(specJson.toUtf8()).object();
    d->projectDir = spec.value(QStringLiteral("project")).toString();
    d->runId = spec.value(QStringLiteral("run_id")).toInteger();
    if (d->runId > 0)
        Q_EMIT runIdAssigned(d->runId);

    // --detach: the child starts its own session, so closing the window (or a terminal's hangup
    // to the app) does not reach it. Its stdout is not read: the events file is the record. Its
    // stderr goes to log.txt until the child redirects it there itself, so that even a failure
    // before that (a missing library) is in the log.
    const qint64 eventsOffset =
        QFileInfo(QDir(d->runDir).filePath(QStringLiteral("events.jsonl"))).size();
    QProcess process;
    process.setProgram(program);
    process.setArguments(d->extraArgs
                         + QStringList{QStringLiteral("run"), QStringLiteral("--detach"), specPath});
    process.setWorkingDirectory(d->runDir);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QDir(d->runDir).filePath(QStringLiteral("log.txt")),
                                 QIODevice::Append);
    qint64 pid = 0;
    if (!process.startDetached(&pid)) {
        return d->refuse(State::Failed, tr("The job program %1 could not be started: %2")
                                            .arg(program, process.errorString()));
    }
    d->pid = pid;
    d->ownStartTime = run_process::startTime(pid);
    d->beginFollowing(eventsOffset);
    return true;
}

void JobRunner::attach(const QString& projectDir, qint64 runId)
{
    if (d->isActive())
        return;
    d->resetRun();
    d->projectDir = QDir(projectDir).absolutePath();
    d->runId = runId;
    d->runDir = QDir(d->projectDir).filePath(QStringLiteral("runs/%1").arg(runId));
    if (!d->titleSetByUser) {
        QFile specFile(QDir(d->runDir).filePath(QStringLiteral("spec.json")));
        const QString title = specFile.open(QIODevice::ReadOnly)
            ? titleFromSpec(QString::fromUtf8(specFile.readAll()))
            : QString();
        d->title = title.isEmpty() ? tr("Run #%1").arg(runId) : title;
    }
    Q_EMIT runIdAssigned(runId);
    d->beginFollowing(0);
}

void JobRunner::beginStarting()
{
    if (d->isActive())
        return;
    d->resetRun();
    d->setState(State::Starting);
}

void JobRunner::failStarting(const QString& why)
{
    if (d->state != State::Starting)
        return;
    d->finish(State::Failed, why);
}

void JobRunner::poll()
{
    d->poll();
}

void JobRunner::stop()
{
    if (d->state != State::Running)
        return;
    d->stopRequested = true;
    d->setState(State::Stopping);
    // `runs stop` verifies the pid against the store's start time and host; it runs detached so
    // the stop sequence completes even if the window closes now. The outcome arrives as the
    // child's "stopped" event, or as its pid going away (then the store says how it ended).
    if (d->usesCli()
        && runs_cli::stopDetached(d->cliProgram, d->projectDir, d->runId,
                                  static_cast<int>(std::ceil(d->graceMs / 1000.0))))
        return;
    d->signalPid(SIGTERM);
    d->killTimer.start(d->graceMs);
}

JobRunner::State JobRunner::state() const
{
    return d->state;
}

bool JobRunner::isActive() const
{
    return d->isActive();
}

QString JobRunner::title() const
{
    return d->title;
}

void JobRunner::setTitle(const QString& title)
{
    d->title = title;
    d->titleSetByUser = !title.isEmpty();
}

QString JobRunner::errorString() const
{
    return d->errorString;
}

QString JobRunner::logPath() const
{
    return d->logPath;
}

QString JobRunner::runDir() const
{
    return d->runDir;
}

QString JobRunner::eventsPath() const
{
    return d->events.path();
}

QString JobRunner::projectDir() const
{
    return d->projectDir;
}

qint64 JobRunner::runId() const
{
    return d->runId;
}

qint64 JobRunner::pid() const
{
    return d->pid;
}

bool JobRunner::isLost() const
{
    return d->lost;
}

int JobRunner::exitCode() const
{
    return -1;
}

bool JobRunner::crashed() const
{
    return false;
}

QStringList JobRunner::lastLogLines(int count) const
{
    if (count <= 0)
        return {};
    return d->tail.mid(qMax<qsizetype>(0, d->tail.size() - count));
}

qint64 JobRunner::done() const
{
    return d->done;
}

qint64 JobRunner::total() const
{
    return d->total;
}

double JobRunner::etaSeconds() const
{
    if (d->state != State::Running && d->state != State::Stopping)
        return -1;
    if (d->eta >= 0)
        return d->eta;
    const qint64 elapsed = elapsedMs();
    if (d->total <= 0 || d->done <= 0 || d->done > d->total || elapsed < 0)
        return -1;
    const double elapsedS = static_cast<double>(elapsed) / 1000.0;
    return elapsedS * static_cast<double>(d->total - d->done) / static_cast<double>(d->done);
}

QString JobRunner::stage() const
{
    return d->stage;
}

qint64 JobRunner::elapsedMs() const
{
    if (d->frozenElapsedMs >= 0)
        return d->frozenElapsedMs;
    // A run followed from its events: the time since the child said it started.
    if (d->startedEventTime > 0)
        return qMax<qint64>(0, QDateTime::currentMSecsSinceEpoch()
                                   - static_cast<qint64>(d->startedEventTime * 1000.0));
    return d->clock.isValid() ? d->clock.elapsed() : -1;
}

QString JobRunner::resultJson() const
{
    return d->resultJson;
}

} // namespace adaptlab
