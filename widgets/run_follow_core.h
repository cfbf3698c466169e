// run_follow_core: the GUI's one door to the run contract of issue 8 (the child owns its run).
// - runs/<id>/events.jsonl: one JSON event per line; the first is "started" (pid), the last of a
//   run that ended is "done", "error" or "stopped". RunEventsTail reads it from an offset and keeps
//   a trailing partial line for the next read.
// - `adaptlab-cli runs list PROJECT --json` (reconciles lost runs first) and
//   `adaptlab-cli runs stop PROJECT ID` (verified pid, SIGTERM, SIGKILL after the grace period),
//   started as child processes so the UI thread never waits on them.
// - The process facts the runner needs without the store: whether a pid is gone, and whether a
//   live pid is the process that wrote a run's "started" event (a reused pid started later).
#pragma once

#include "adaptlab_widgets_export.h"
#include "jobs/job_event.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace adaptlab {

struct ADAPTLAB_WIDGETS_EXPORT RunEvent {
    enum class Kind { Started, Stopped, Job };
    Kind kind = Kind::Job;
    jobs::JobEvent job;   // Kind::Job: progress, metric, log, done, error
    qint64 pid = 0;       // started
    qint64 runId = 0;     // started
    QString message;      // stopped
    double time = -1;     // seconds since the epoch; < 0 when the line had none

    // done, error and stopped end a run.
    bool isFinal() const;
};

// One line of events.jsonl (without its newline); std::nullopt when it is not an event. The
// event's name is read from "event" (the stdout wire format) or "type" (the contract's spelling).
ADAPTLAB_WIDGETS_EXPORT std::optional<RunEvent> parseRunEventLine(const QByteArray& line);

class ADAPTLAB_WIDGETS_EXPORT RunEventsTail {
public:
    // At most this much is read per call, so a reader on the UI thread never reads a long file
    // in one go; the caller calls again while hasMore().
    static constexpr qint64 kReadChunkBytes = 256 * 1024;

    explicit RunEventsTail(QString path = {});
    // Follows PATH from byte OFFSET (0: replay the whole run).
    void reset(const QString& path, qint64 offset = 0);
    QString path() const { return path_; }

    // The complete lines appended since the last call, parsed; malformed lines are counted and
    // skipped; a trailing line without its newline waits for the next call.
    std::vector<RunEvent> readNew();
    qint64 offset() const { return offset_; }
    int malformedLines() const { return malformed_; }
    bool hasMore() const { return hasMore_; }

private:
    QString path_;
    qint64 offset_ = 0;
    QByteArray partial_;
    int malformed_ = 0;
    bool hasMore_ = false;
};

// A row of `adaptlab-cli runs list PROJECT --json`.
struct ADAPTLAB_WIDGETS_EXPORT RunListEntry {
    qint64 id = 0;
    QString kind;
    QString status;       // queued, running, done, failed, stopped
    QString message;
    QString resultJson;   // "{}" when none
    qint64 pid = 0;
    bool hasProgress = false;
    qint64 done = 0;
    qint64 total = 0;
    QString stage;
};

// Parses the --json output; on failure returns std::nullopt and says why in *error.
ADAPTLAB_WIDGETS_EXPORT std::optional<std::vector<RunListEntry>>
parseRunList(const QByteArray& json, QString* error);

namespace runs_cli {

// Runs `program runs list PROJECT --json` as a child of context; done is called on the UI thread
// with the rows or an error (the program could not start, exited non-zero, printed no JSON). The
// child is killed if context goes first (a listing is safe to abandon).
ADAPTLAB_WIDGETS_EXPORT void list(const QString& program, const QString& projectDir, QObject* context,
                                  std::function<void(std::vector<RunListEntry>, QString error)> done);

// Starts `program runs stop PROJECT ID --grace SECONDS` detached: the stop sequence (SIGTERM,
// grace, SIGKILL) must complete even if the window closes right after asking. Returns false when
// the program could not be started.
ADAPTLAB_WIDGETS_EXPORT bool stopDetached(const QString& program, const QString& projectDir,
                                          qint64 runId, int graceSeconds);

} // namespace runs_cli

namespace run_process {

// The pid no longer names a live process (no /proc entry, or a zombie nobody reaped yet).
ADAPTLAB_WIDGETS_EXPORT bool isGone(qint64 pid);
// The process's start time (seconds since the epoch, from /proc/<pid>/stat and the boot time);
// std::nullopt when the pid is gone or unreadable.
ADAPTLAB_WIDGETS_EXPORT std::optional<double> startTime(qint64 pid);
// A live pid that started no later than the run's "started" event (1 s of slack for the clock
// granularity): the process that wrote it, not a later process that reused the pid.
ADAPTLAB_WIDGETS_EXPORT bool isRunProcess(qint64 pid, double startedEventTime);

} // namespace run_process

} // namespace adaptlab
