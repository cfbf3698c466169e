// The child's side of a run in a project: from the moment it takes the run it records its process
// (pid, start time, host), appends every event to runs/<id>/events.jsonl, keeps runs/<id>/log.txt
// (its stderr included, so a crash's last words land there), touches its heartbeat every
// kHeartbeatInterval, and ends the run with one final event and the final status in the store.
#pragma once

#include "jobs/job_context.h"
#include "jobs/run_events.h"

#include <condition_variable>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace adaptlab::store { class ProjectStore; }

namespace adaptlab::jobs {

class RunOwner {
public:
    // Takes the run: writes the "started" event, records this process in the store, redirects fd 2
    // into log.txt (when `stderrToLog`) and starts the heartbeat. `forward` receives every event
    // too (stdout). Throws when the run folder or the store cannot be written.
    RunOwner(store::ProjectStore& store, int64_t runId, EventSink forward, bool stderrToLog);
    // A run without a project (`adaptlab-cli train --out DIR`): the same events file and log in
    // RUNDIR, without the store's process record, heartbeat and final status.
    RunOwner(const std::filesystem::path& runDir, EventSink forward, bool stderrToLog);
    // Stops the heartbeat and gives fd 2 back.
    ~RunOwner();
    RunOwner(const RunOwner&) = delete;
    RunOwner& operator=(const RunOwner&) = delete;

    // The sink for the job's events: events file, log.txt, then `forward`.
    EventSink sink();
    // Ends the run: stops the heartbeat, appends `final` (done, error or stopped; fsync'ed), records
    // the final status in the store (retried; when the store stays unwritable, reconcileRuns
    // applies the final event later) and forwards the event.
    void finish(const JobEvent& final);

private:
    void handle(const JobEvent& event);
    void writeLog(const std::string& text);
    void heartbeat();
    void stopHeartbeat();
    void recordFinal(const JobEvent& final);
    void start(bool stderrToLog);

    store::ProjectStore* store_ = nullptr; // null: a run without a project
    int64_t runId_;
    std::filesystem::path runDir_;
    EventSink forward_;
    std::unique_ptr<RunEventsWriter> events_;
    int logFd_ = -1;
    int savedStderr_ = -1;
    std::mutex mutex_;
    std::string stage_;
    std::thread heartbeat_;
    std::mutex heartbeatMutex_;
    std::condition_variable heartbeatWake_;
    bool heartbeatStop_ = false;
};

} // namespace adaptlab::jobs
