// JobRunner: the one QObject facade over a job child process (`adaptlab-cli run SPEC.json`).
// It validates the spec before anything starts (refusing with the field named), starts the child,
// turns its JSON-lines stdout into signals, keeps the whole log (stdout + stderr) in the run folder,
// and stops it with SIGTERM, then SIGKILL after a grace period. On failure it reports the exit code
// and the last lines of the log.
#pragma once

#include "adaptlab_widgets_export.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace adaptlab {

class ADAPTLAB_WIDGETS_EXPORT JobRunner : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Running, Stopping, Finished, Failed, Stopped, Refused };
    Q_ENUM(State)

    explicit JobRunner(QObject* parent = nullptr);
    ~JobRunner() override; // stops a running child (SIGTERM, grace, SIGKILL)

    // The program to run; default: adaptlab-cli next to the running binary.
    void setProgram(const QString& program);
    QString program() const;
    // Arguments come before the spec path: program [extraArgs...] run SPEC
    void setExtraArguments(const QStringList& args);
    void setGracePeriodMs(int ms); // default 10000

    // Validates specJson (JSON syntax, version, kind, params) and, if valid, writes it to
    // runDir/spec.json and starts the child with its log in runDir/log.txt. Returns false and
    // sets errorString() (naming the field) when refused; no process is started then.
    bool start(const QString& specJson, const QString& runDir);
    void stop(); // SIGTERM now, SIGKILL after the grace period

    State state() const;
    QString title() const;            // kind (and run id) for the Jobs dock
    void setTitle(const QString& title);
    QString errorString() const;      // refusal or failure text shown to the user
    QString logPath() const;
    QString runDir() const;
    int exitCode() const;             // -1 until the child is gone; the signal number if it crashed
    bool crashed() const;             // the child died from a signal (its own crash, or our kill)
    // The last lines of the log as a person reads them: stderr and plain stdout lines verbatim,
    // log and error events as "level: message"; progress, metric and done events are left out
    // (they are in log.txt). Kept in memory for this run only.
    QStringList lastLogLines(int count = 20) const;
    qint64 done() const;
    qint64 total() const;
    // The child's own estimate from its last progress event; when it gave none, an estimate from
    // the elapsed time and done/total; < 0 when unknown.
    double etaSeconds() const;
    QString stage() const;            // from the last progress event
    qint64 elapsedMs() const;         // since the child started; frozen when it ends; -1 before
    QString resultJson() const;       // from the "done" event

Q_SIGNALS:
    void started();
    void progress(qint64 done, qint64 total, double etaSeconds, const QString& stage);
    void metric(const QString& name, qint64 step, qint64 tokens, double value);
    void logLine(const QString& level, const QString& message);
    void jobError(const QString& message, const QString& field);
    // Emitted once when the child is gone: state() is Finished, Failed or Stopped.
    void finished(adaptlab::JobRunner::State state);
    void stateChanged(adaptlab::JobRunner::State state);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace adaptlab
