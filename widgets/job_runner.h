// JobRunner: the one QObject facade over a run of a job child process (`adaptlab-cli run --detach
// SPEC.json`). The child owns its run (issue 8): it runs in its own session, writes
// runs/<id>/events.jsonl and runs/<id>/log.txt, and outlives the runner and the window. The runner
// validates the spec before anything starts (refusing with the field named), starts the child, and
// FOLLOWS the run by reading its events file from an offset (a file watcher plus a 500 ms timer),
// turning the events into signals. attach() follows a run started by anyone (an earlier window, a
// terminal). stop() asks `adaptlab-cli runs stop` (verified pid, SIGTERM, SIGKILL after the grace
// period); a run whose process ended without a final event is reported failed as "lost".
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
    // Starting: the run's row is being created (by the app's store writer); no child yet. It ends
    // in start() (Running, or Failed/Refused with finished()) or in failStarting().
    enum class State { Idle, Running, Stopping, Finished, Failed, Stopped, Refused, Starting };
    Q_ENUM(State)

    explicit JobRunner(QObject* parent = nullptr);
    ~JobRunner() override; // stops following; the child keeps running

    // The program to run; default: adaptlab-cli next to the running binary.
    void setProgram(const QString& program);
    QString program() const;
    // Arguments come before the spec path: program [extraArgs...] run --detach SPEC
    void setExtraArguments(const QStringList& args);
    void setGracePeriodMs(int ms); // default 10000
    // The program for `runs list` / `runs stop`; default: adaptlab-cli next to the running binary.
    void setCliProgram(const QString& program);
    // With no event for this long, the runner asks the store (`runs list --json`, which
    // reconciles) whether the run is still alive. Default 10000.
    void setSilenceCheckMs(int ms);

    // Validates specJson (JSON syntax, version, kind, params) and, if valid, writes it to
    // runDir/spec.json, starts the child detached and follows runDir/events.jsonl. The spec's
    // "project" and "run_id" name the run for `adaptlab-cli runs`. Returns false and sets
    // errorString() (naming the field) when refused; no process is started then.
    bool start(const QString& specJson, const QString& runDir);
    // Marks the runner as waiting for its run to be created before start(): state Starting, no
    // child, runId() 0. The Jobs dock shows it as "Starting…".
    void beginStarting();
    // A start that could not happen (the store refused the run, its lock timed out): from
    // Starting to Failed with WHY as errorString(), and finished(Failed). Nothing otherwise.
    void failStarting(const QString& why);
    // Follows run RUNID of the project in projectDir, started by anyone: replays its events from
    // the beginning (progress jumps to where they are), then follows it live. A run that already
    // ended is reported from its final event (or the store) at once.
    void attach(const QString& projectDir, qint64 runId);
    // Signals the child to stop without waiting: through `adaptlab-cli runs stop` for a run of a
    // project, else SIGTERM to the verified pid and SIGKILL after the grace period.
    void stop();
    // Reads the events file now (the watcher and the timer call this too).
    void poll();

    State state() const;
    // Starting, Running or Stopping: the run is not over (a caller waits for finished()).
    bool isActive() const;
    QString title() const;            // kind (and run id) for the Jobs dock
    void setTitle(const QString& title);
    QString errorString() const;      // refusal or failure text shown to the user
    QString logPath() const;
    QString runDir() const;
    QString eventsPath() const;
    QString projectDir() const;       // empty for a run outside a project
    qint64 runId() const;             // 0 when unknown
    qint64 pid() const;               // the child's pid; 0 until known
    bool isLost() const;              // failed because its process ended without a final event
    // The child's exit code is not known to a follower (it may not be our child); kept for the
    // views: -1, and false.
    int exitCode() const;
    bool crashed() const;
    // The last lines of the run as a person reads them: log and error events as "level: message";
    // progress, metric and done events are left out (they are in log.txt).
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
    // The run's id became known (start() or attach() with a run id): for callers of an
    // asynchronous start that need the id.
    void runIdAssigned(qint64 runId);
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
