// What a running job sees: its spec, the project store (when it runs in a project), its run folder,
// and the ways to report (progress with ETA, metrics, log lines) and to notice a stop request.
#pragma once

#include "jobs/job_event.h"
#include "jobs/job_spec.h"

#include <chrono>
#include <filesystem>
#include <functional>
#include <mutex>
#include <vector>

namespace adaptlab::store { class ProjectStore; }

namespace adaptlab::jobs {

// Thrown by JobContext::throwIfStopped(); the executor marks the run "stopped".
class JobStopped : public Error {
public:
    JobStopped() : Error("stopped on request") {}
};

// Stop requests arrive as SIGTERM/SIGINT (JobRunner's stop button) and set one process-wide flag.
void installStopSignalHandlers();
bool stopRequested();
void requestStop();   // for tests and in-process callers
void clearStopRequest();

using EventSink = std::function<void(const JobEvent&)>;

// What the caller of a spec allows beyond the spec itself. Permission is never read from a spec
// file: a spec is data that can come from anywhere.
struct ExecuteOptions {
    // The paths the spec writes may lie outside its project: set by `adaptlab-cli corpus ...`,
    // whose user typed them on the command line; never by `adaptlab-cli run SPEC.json`.
    bool allowOutsidePaths = false;
    // The process's stderr goes to the run's log.txt while the run lasts (so that a crash's last
    // words are kept there): set by `adaptlab-cli run`, the child the GUI starts; not by `corpus`,
    // whose terminal user reads the errors on stderr.
    bool stderrToRunLog = false;
    // Without a project, the work folder is kept like a project's run folder: spec.json,
    // events.jsonl and log.txt (RunOwner without a store): set by `adaptlab-cli train --out DIR`.
    bool runFilesInWorkDir = false;
};

// A path from a spec made absolute: relative paths are taken against the project folder when
// there is a project (`store`), else against the current directory. Throws SpecError naming
// `field` when the path is empty or holds a NUL byte (which would silently cut it).
std::filesystem::path resolveSpecPath(const store::ProjectStore* store, const std::string& field,
                                      const std::string& path);
// A path a job WRITES: resolved as above, normalised (lexically and through the symlinks that
// exist), and refused (SpecError naming `field`) when it lies outside the project folder, unless
// `options` allow that, or when it is the project's store file. Without a project any path goes.
std::filesystem::path resolveWrittenPath(const store::ProjectStore* store, const ExecuteOptions& options,
                                         const std::string& field, const std::string& path);

class JobContext {
public:
    JobContext(JobSpec spec, EventSink sink, store::ProjectStore* store, int64_t runId,
               std::filesystem::path workDir, ExecuteOptions options = {});

    const JobSpec& spec() const { return spec_; }
    const nlohmann::json& params() const { return spec_.params; }
    store::ProjectStore* store() const { return store_; }
    int64_t runId() const { return runId_; }              // 0 without a project
    const std::filesystem::path& workDir() const { return workDir_; } // the run folder

    // Reports progress; throttled to a few events a second (always sends done == total).
    // The ETA comes from the rate since the stage began.
    void progress(int64_t done, int64_t total, const std::string& stage = {});
    // One point of the series (name, split, source), e.g. ("fertility", "", "gcide").
    void metric(const std::string& name, int64_t step, int64_t tokens, double value, const std::string& split = {},
                const std::string& source = {});
    // All metrics of one step: one event each, and one store transaction for the lot (a trainer
    // calls this once per logged step instead of metric() per series).
    struct MetricValue {
        std::string name;
        std::string split;
        std::string source;
        double value = 0.0;
    };
    void metrics(int64_t step, int64_t tokens, const std::vector<MetricValue>& values);
    void log(const std::string& message, const std::string& level = "info");

    bool stopped() const { return stopRequested(); }
    void throwIfStopped() const;

    // A path the job reads, from the params: resolveSpecPath for params.<key>.
    std::filesystem::path resolvePath(const std::string& path) const;
    // The path params.<key> names for the job to write: resolveWrittenPath, checked again at run
    // time (the folder may have changed since the spec was accepted).
    std::filesystem::path writtenPath(const std::string& key) const;

private:
    JobSpec spec_;
    EventSink sink_;
    store::ProjectStore* store_;
    int64_t runId_;
    std::filesystem::path workDir_;
    ExecuteOptions options_;
    std::mutex mutex_;
    std::string stage_;
    std::chrono::steady_clock::time_point stageStart_;
    std::chrono::steady_clock::time_point lastProgress_;
};

// Runs the spec in `specPath`, writing JSON-lines events to `emit`. In a project it creates (or
// continues) the run, keeps its status, pid, result and metrics in the store.
// Exit codes: 0 done, 1 failed, 2 spec refused, 143 stopped (like a process ended by SIGTERM).
// A refusal is one `error` event naming the field (other problems come before it as log lines),
// and it leaves no trace: it comes before any run row or run folder exists. Refused are a spec
// that does not validate, and one the project contradicts (the kind's preflight: a dataset that
// does not exist, an output that does, a written path outside the project).
int executeSpecFile(const std::string& specPath, const EventSink& emit, const ExecuteOptions& options = {});
// The same for a spec held in memory; `workDir` is where a job without a project keeps its files.
int executeSpecText(const std::string& specText, const std::filesystem::path& workDir, const EventSink& emit,
                    const ExecuteOptions& options = {});

inline constexpr int kExitDone = 0;
inline constexpr int kExitFailed = 1;
inline constexpr int kExitSpecRefused = 2;
inline constexpr int kExitStopped = 143;

} // namespace adaptlab::jobs
