// JobRunner: validation before start, line framing of the child's output, the log file, and the
// SIGTERM -> grace -> SIGKILL stop sequence.
#include "job_runner.h"

#include "jobs/job_event.h"
#include "jobs/job_spec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTimer>

#include <string>
#include <string_view>
#include <utility>

namespace adaptlab {

namespace {

// Enough for the failure text and the Jobs dock; the whole output is in log.txt.
constexpr int kTailLines = 200;
// A child that never prints a newline (a \r-style progress bar) must not grow the buffer forever.
constexpr qsizetype kMaxLineBytes = 1 << 20;

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

} // namespace

struct JobRunner::Private {
    JobRunner* q = nullptr;
    QProcess* process = nullptr; // child of q; one per start()
    QTimer killTimer;
    QFile log;
    QByteArray stdoutBuffer;
    QByteArray stderrBuffer;
    QStringList tail;

    State state = State::Idle;
    QString program = defaultProgram();
    QStringList extraArgs;
    int graceMs = 10000;
    QString title;
    bool titleSetByUser = false;
    QString errorString;
    QString runDir;
    QString logPath;
    int exitCode = -1;
    bool crashed = false;
    qint64 done = 0;
    qint64 total = 0;
    double eta = -1;
    QString stage;
    QString resultJson;
    bool sawDone = false;
    bool stopRequested = false;
    QElapsedTimer clock;
    qint64 frozenElapsedMs = -1;

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

    void writeLog(const QByteArray& line)
    {
        if (!log.isOpen())
            return;
        log.write(line);
        log.write("\n", 1);
        log.flush(); // a crash right after must not lose the last lines
    }

    void handleStdoutLine(QByteArray line)
    {
        if (line.endsWith('\r'))
            line.chop(1);
        writeLog(line);
        const std::string_view view(line.constData(), static_cast<size_t>(line.size()));
        const std::optional<jobs::JobEvent> event = jobs::parseEventLine(view);
        if (!event) {
            const QString text = QString::fromUtf8(line);
            remember(text);
            Q_EMIT q->logLine(QStringLiteral("info"), text);
            return;
        }
        using Type = jobs::JobEvent::Type;
        switch (event->type) {
        case Type::Progress:
            done = event->done;
            total = event->total;
            eta = event->etaSeconds;
            stage = fromStd(event->stage);
            Q_EMIT q->progress(done, total, eta, stage);
            break;
        case Type::Metric:
            Q_EMIT q->metric(fromStd(event->name), event->step, event->tokens, event->value);
            break;
        case Type::Log: {
            const QString level = fromStd(event->level);
            const QString message = fromStd(event->message);
            remember(QStringLiteral("%1: %2").arg(level, message));
            Q_EMIT q->logLine(level, message);
            break;
        }
        case Type::Done:
            sawDone = true;
            resultJson = fromStd(event->resultJson);
            break;
        case Type::Error: {
            const QString message = fromStd(event->message);
            const QString field = fromStd(event->field);
            remember(field.isEmpty() ? QStringLiteral("error: %1").arg(message)
                                     : QStringLiteral("error: %1 (%2)").arg(message, field));
            Q_EMIT q->jobError(message, field);
            break;
        }
        }
    }

    void handleStderrLine(QByteArray line)
    {
        if (line.endsWith('\r'))
            line.chop(1);
        writeLog(line);
        const QString text = QString::fromUtf8(line);
        remember(text);
        Q_EMIT q->logLine(QStringLiteral("stderr"), text);
    }

    // Splits complete lines off the front of buffer; a partial last line waits for more bytes
    // (or for the end of the process).
    template <typename Handler>
    static void takeLines(QByteArray& buffer, const QByteArray& chunk, Handler handle)
    {
        buffer.append(chunk);
        qsizetype start = 0;
        for (qsizetype nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n', start)) {
            handle(buffer.mid(start, nl - start));
            start = nl + 1;
        }
        buffer.remove(0, start);
        if (buffer.size() > kMaxLineBytes)
            handle(std::exchange(buffer, {}));
    }

    void readStdout()
    {
        takeLines(stdoutBuffer, process->readAllStandardOutput(),
                  [this](QByteArray line) { handleStdoutLine(std::move(line)); });
    }

    void readStderr()
    {
        takeLines(stderrBuffer, process->readAllStandardError(),
                  [this](QByteArray line) { handleStderrLine(std::move(line)); });
    }

    // Whatever is left once the child is gone, including a last line without a newline.
    void drain()
    {
        readStdout();
        readStderr();
        if (!stdoutBuffer.isEmpty())
            handleStdoutLine(std::exchange(stdoutBuffer, {}));
        if (!stderrBuffer.isEmpty())
            handleStderrLine(std::exchange(stderrBuffer, {}));
    }

    QString tailText() const
    {
        const QStringList lines = q->lastLogLines(20);
        if (lines.isEmpty())
            return JobRunner::tr("(the log is empty)");
        return lines.join(QLatin1Char('\n'));
    }

    void onFinished(int code, QProcess::ExitStatus status)
    {
        killTimer.stop();
        drain();
        frozenElapsedMs = clock.isValid() ? clock.elapsed() : -1;
        exitCode = code; // for a crash, Qt reports the signal number here
        crashed = status == QProcess::CrashExit;
        log.close();

        State next = State::Failed;
        if (status == QProcess::NormalExit && code == 0 && sawDone) {
            next = State::Finished;
            errorString.clear();
        } else if (stopRequested) {
            next = State::Stopped;
            errorString.clear();
        } else if (status == QProcess::CrashExit) {
            errorString = JobRunner::tr("The job crashed (signal %1). Last lines of its log:\n%2")
                              .arg(code)
                              .arg(tailText());
        } else if (code == 0) {
            errorString = JobRunner::tr("The job exited without reporting a result (exit code 0). "
                                        "Last lines of its log:\n%1")
                              .arg(tailText());
        } else {
            errorString = JobRunner::tr("The job failed with exit code %1. Last lines of its log:\n%2")
                              .arg(code)
                              .arg(tailText());
        }
        setState(next);
        Q_EMIT q->finished(next);
    }

    void onError(QProcess::ProcessError error)
    {
        // Only a failed start ends the run here; crashes arrive through finished().
        if (error != QProcess::FailedToStart)
            return;
        killTimer.stop();
        frozenElapsedMs = 0;
        errorString = JobRunner::tr("The job program %1 could not be started: %2")
                          .arg(program, process->errorString());
        writeLog(errorString.toUtf8());
        log.close();
        setState(State::Failed);
        Q_EMIT q->finished(State::Failed);
    }

    bool refuse(State next, const QString& why)
    {
        errorString = why;
        setState(next);
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
    d->killTimer.setSingleShot(true);
    connect(&d->killTimer, &QTimer::timeout, this, [this] {
        if (d->process && d->process->state() != QProcess::NotRunning)
            d->process->kill();
    });
}

JobRunner::~JobRunner()
{
    QProcess* process = d->process;
    if (!process || process->state() == QProcess::NotRunning)
        return;
    // No signals from a dying object: listeners may be half torn down already.
    process->disconnect(this);
    d->killTimer.stop();
    process->terminate();
    if (!process->waitForFinished(d->graceMs)) {
        process->kill();
        process->waitForFinished(-1); // reaps the child: no zombie left behind
    }
}

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

bool JobRunner::start(const QString& specJson, const QString& runDir)
{
    if (d->state == State::Running || d->state == State::Stopping) {
        d->errorString = tr("This job is already running.");
        return false;
    }

    // A fresh run: forget everything about an earlier one.
    d->stdoutBuffer.clear();
    d->stderrBuffer.clear();
    d->tail.clear();
    d->exitCode = -1;
    d->crashed = false;
    d->done = 0;
    d->total = 0;
    d->eta = -1;
    d->stage.clear();
    d->resultJson.clear();
    d->sawDone = false;
    d->stopRequested = false;
    d->frozenElapsedMs = -1;
    d->clock.invalidate();
    d->errorString.clear();
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

    d->log.close();
    d->log.setFileName(QDir(d->runDir).filePath(QStringLiteral("log.txt")));
    if (!d->log.open(QIODevice::WriteOnly | QIODevice::Append)) {
        return d->refuse(State::Failed, tr("Could not open the job log %1: %2")
                                            .arg(d->log.fileName(), d->log.errorString()));
    }
    d->logPath = d->log.fileName();

    const QStringList arguments = d->extraArgs + QStringList{QStringLiteral("run"), specPath};
    d->writeLog(QStringLiteral("== %1 %2 %3")
                    .arg(QDateTime::currentDateTime().toString(Qt::ISODate), program,
                         arguments.join(QLatin1Char(' ')))
                    .toUtf8());

    if (d->process) {
        d->process->disconnect(this);
        d->process->deleteLater();
    }
    d->process = new QProcess(this);
    d->process->setProgram(program);
    d->process->setArguments(arguments);
    d->process->setWorkingDirectory(d->runDir);
    d->process->setProcessChannelMode(QProcess::SeparateChannels);
    d->process->setStandardInputFile(QProcess::nullDevice());

    connect(d->process, &QProcess::readyReadStandardOutput, this, [this] { d->readStdout(); });
    connect(d->process, &QProcess::readyReadStandardError, this, [this] { d->readStderr(); });
    connect(d->process, &QProcess::started, this, [this] {
        d->clock.start();
        Q_EMIT started();
    });
    connect(d->process, &QProcess::finished, this,
            [this](int code, QProcess::ExitStatus status) { d->onFinished(code, status); });
    connect(d->process, &QProcess::errorOccurred, this,
            [this](QProcess::ProcessError error) { d->onError(error); });

    d->setState(State::Running);
    d->process->start();
    return true;
}

void JobRunner::stop()
{
    if (d->state != State::Running || !d->process)
        return;
    d->stopRequested = true;
    d->setState(State::Stopping);
    // A child still being exec'd has no pid to signal yet; this takes milliseconds.
    if (d->process->state() == QProcess::Starting)
        d->process->waitForStarted(1000);
    d->process->terminate();
    d->killTimer.start(d->graceMs);
}

JobRunner::State JobRunner::state() const
{
    return d->state;
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

int JobRunner::exitCode() const
{
    return d->exitCode;
}

bool JobRunner::crashed() const
{
    return d->crashed;
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
    if (d->total <= 0 || d->done <= 0 || d->done > d->total || !d->clock.isValid())
        return -1;
    const double elapsedS = static_cast<double>(d->clock.elapsed()) / 1000.0;
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
    return d->clock.isValid() ? d->clock.elapsed() : -1;
}

QString JobRunner::resultJson() const
{
    return d->resultJson;
}

} // namespace adaptlab
