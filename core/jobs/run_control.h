// Runs seen from outside their process: is the child that owns a run still alive (pid, its start
// time, host), which "running" runs are in fact lost, and how to stop a run started by anyone.
// Used by `adaptlab-cli runs ...` and by the GUI (from a worker thread: these wait and touch files).
#pragma once

#include "store/project_store.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace adaptlab::jobs {

// A run on another host is judged by its heartbeat: stale after this long.
inline constexpr std::chrono::seconds kStaleHeartbeat{30};
// A queued row with no process after this long was left by a GUI that died before the child started.
inline constexpr std::chrono::seconds kQueuedGrace{60};
// How often the child touches its heartbeat.
inline constexpr std::chrono::seconds kHeartbeatInterval{2};

// This machine's host name (gethostname), as the child records it.
std::string thisHost();
// The start time of `pid` in clock ticks since boot (field 22 of /proc/<pid>/stat); nullopt when
// there is no such process or it is a zombie (it has ended; only its exit status is left).
std::optional<int64_t> processStartTime(int64_t pid);

// Whether the process that owns the run is alive: on this host the pid exists and started when
// the row says (so a reused pid is not mistaken for it); on another host its heartbeat is fresher
// than kStaleHeartbeat. A row without a pid is not alive.
bool runProcessAlive(const store::RunRecord& run);

struct ReconcileOptions {
    std::chrono::seconds staleHeartbeat = kStaleHeartbeat;
    std::chrono::seconds queuedGrace = kQueuedGrace;
};

// Settles every run that the store says is running (or queued) but whose process is gone: the final
// event in its events.jsonl is applied when the child wrote one (it died before the store heard),
// otherwise it becomes failed as "lost: the process ended without a final event (last lines of
// log.txt: ...)". A queued row without a pid counts as gone after options.queuedGrace. Returns the
// ids it changed. Idempotent; two processes reconciling at once change each row once.
std::vector<int64_t> reconcileRuns(store::ProjectStore& store, const ReconcileOptions& options = {});
// The same for one run; true when it changed the row.
bool reconcileRun(store::ProjectStore& store, int64_t id, const ReconcileOptions& options = {});

struct StopOutcome {
    enum class Result {
        Ended,      // SIGTERM: it ended within the grace period
        Killed,     // SIGKILL after the grace period
        NotRunning, // it was not running (run.status says what it is; lost ones were settled)
        Elsewhere,  // it runs on another host: no signal can reach it from here
    };
    Result result = Result::NotRunning;
    store::RunRecord run;  // the row afterwards
    std::string message;   // what happened, for the user
};

// Stops a running run of the project, whoever started it: verifies the pid (its start time) before
// each signal, sends SIGTERM, waits up to `grace`, then SIGKILL; then settles the row (a killed
// child wrote no final event: it becomes "stopped (killed after the grace period)"). Never signals
// a pid that does not verify. Throws Error when the run does not exist.
StopOutcome stopRun(store::ProjectStore& store, int64_t id, std::chrono::milliseconds grace);

// The last `count` lines of a run's log.txt, joined with " | " (empty when there is none).
std::string lastLogLines(const std::filesystem::path& runDir, int count = 5);

} // namespace adaptlab::jobs
