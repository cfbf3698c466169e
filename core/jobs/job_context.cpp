#include "jobs/job_context.h"

#include "jobs/job_registry.h"
#include "jobs/spec_file.h"
#include "jobs/run_owner.h"
#include "jobs/temporary_folder.h"
#include "store/project_store.h"

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <ctime>
#include <fstream>
#include <memory>
#include <sstream>
#include <unistd.h>

namespace adaptlab::jobs {

using nlohmann::json;

namespace {

std::atomic<bool> gStopRequested{false};

extern "C" void onStopSignal(int)
{
    gStopRequested.store(true);
}

double nowSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

} // namespace

void installStopSignalHandlers()
{
    struct sigaction action{};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    // Without the handler a stop would kill the job mid-write instead of stopping it cleanly.
    for (const int signal : {SIGTERM, SIGINT})
        if (sigaction(signal, &action, nullptr) != 0)
            throw Error(std::string("cannot install the handler for ") + strsignal(signal) + ": " + std::strerror(errno));
}

bool stopRequested() { return gStopRequested.load(); }
void requestStop() { gStopRequested.store(true); }
void clearStopRequest() { gStopRequested.store(false); }

JobContext::JobContext(JobSpec spec, EventSink sink, store::ProjectStore* store, int64_t runId,
                       std::filesystem::path workDir, ExecuteOptions options)
    : spec_(std::move(spec))
    , sink_(std::move(sink))
    , store_(store)
    , runId_(runId)
    , workDir_(std::move(workDir))
    , options_(options)
    , stageStart_(std::chrono::steady_clock::now())
{
}

void JobContext::progress(int64_t done, int64_t total, const std::string& stage)
{
    std::lock_guard lock(mutex_);
    const auto now = std::chrono::steady_clock::now();
    if (stage != stage_) {
        stage_ = stage;
        stageStart_ = now;
        lastProgress_ = {};
    }
    const bool final = total > 0 && done >= total;
    if (!final && now - lastProgress_ < std::chrono::milliseconds(250))
        return;
    lastProgress_ = now;
    double eta = -1;
    const double elapsed = std::chrono::duration<double>(now - stageStart_).count();
    if (total > 0 && done > 0 && elapsed > 0.5)
        eta = elapsed * static_cast<double>(total - done) / static_cast<double>(done);
    sink_(progressEvent(done, total, eta, stage));
}

void JobContext::metric(const std::string& name, int64_t step, int64_t tokens, double value, const std::string& split,
                        const std::string& source)
{
    std::lock_guard lock(mutex_);
    sink_(metricEvent(name, step, tokens, value, split, source));
    if (store_ && runId_ > 0)
        store_->addMetrics({{runId_, name, split, source, step, tokens, value, nowSeconds()}});
}

void JobContext::metrics(int64_t step, int64_t tokens, const std::vector<MetricValue>& values)
{
    if (values.empty())
        return;
    std::lock_guard lock(mutex_);
    std::vector<store::MetricPoint> points;
    points.reserve(values.size());
    const double now = nowSeconds();
    for (const MetricValue& metric : values) {
        sink_(metricEvent(metric.name, step, tokens, metric.value, metric.split, metric.source));
        points.push_back({runId_, metric.name, metric.split, metric.source, step, tokens, metric.value, now});
    }
    if (store_ && runId_ > 0)
        store_->addMetrics(points);
}

void JobContext::log(const std::string& message, const std::string& level)
{
    std::lock_guard lock(mutex_);
    sink_(logEvent(message, level));
}

void JobContext::throwIfStopped() const
{
    if (stopRequested())
        throw JobStopped();
}

std::filesystem::path resolveSpecPath(const store::ProjectStore* store, const std::string& field,
                                      const std::string& path)
{
    if (path.empty())
        throw SpecError(field, "is an empty path");
    if (path.find('\0') != std::string::npos)
        throw SpecError(field, "must not hold a NUL byte (\\u0000)");
    const std::filesystem::path p(path);
    if (p.is_absolute())
        return p;
    if (store)
        return store->root() / p;
    return std::filesystem::absolute(p);
}

std::filesystem::path resolveWrittenPath(const store::ProjectStore* store, const ExecuteOptions& options,
                                         const std::string& field, const std::string& path)
{
    namespace fs = std::filesystem;
    const fs::path absolute = resolveSpecPath(store, field, path);
    if (!store)
        return absolute;
    // Through the symlinks that exist: "link/x" with link -> /elsewhere writes to /elsewhere/x.
    std::error_code error;
    const fs::path normal = fs::weakly_canonical(absolute, error);
    if (error)
        throw SpecError(field, "cannot tell where \"" + path + "\" leads: " + error.message());
    const fs::path relative = normal.lexically_relative(store->root());
    const bool inside = !relative.empty() && *relative.begin() != "..";
    if (!inside && !options.allowOutsidePaths)
        throw SpecError(field, "\"" + path + "\" is outside the project folder " + store->root().string() +
                                   "; a job spec writes only inside its project");
    // Even where outside paths are allowed, the store itself (and SQLite's files beside it) is off
    // limits: overwriting it would lose the project.
    const std::string first = inside ? relative.begin()->string() : std::string();
    if (inside && std::distance(relative.begin(), relative.end()) == 1 &&
        (first == store::kStoreFileName || first.starts_with(std::string(store::kStoreFileName) + "-")))
        throw SpecError(field, "\"" + path + "\" is the project's store file; choose another path");
    return normal;
}

std::filesystem::path JobContext::resolvePath(const std::string& path) const
{
    return resolveSpecPath(store_, "", path);
}

std::filesystem::path JobContext::writtenPath(const std::string& key) const
{
    const std::string field = "params." + key;
    const auto it = spec_.params.find(key);
    if (it == spec_.params.end() || !it->is_string())
        throw SpecError(field, "must be a path");
    return resolveWrittenPath(store_, options_, field, it->get<std::string>());
}

namespace {

int executeParsed(JobSpec spec, const std::filesystem::path& defaultWorkDir, const EventSink& emit,
                  const ExecuteOptions& options);

// One error event for the first problem, the others as log lines before it: the GUI shows the
// error, the log keeps the rest.
int refuse(const std::vector<SpecProblem>& problems, const EventSink& emit)
{
    constexpr size_t kLogged = 20;
    for (size_t i = 1; i < problems.size() && i <= kLogged; ++i)
        emit(logEvent(SpecError(problems[i].field, problems[i].message).what(), "error"));
    if (problems.size() > kLogged + 1)
        emit(logEvent(std::to_string(problems.size() - kLogged - 1) + " more problems", "error"));
    emit(errorEvent(problems.front().message, problems.front().field));
    return kExitSpecRefused;
}

// A refused spec whose run row the caller (the GUI) created already: the row and its events file
// say why, instead of a row left queued until reconcileRuns gives it up as lost.
void settleRefusedRun(const JobSpec& spec, store::ProjectStore* store, const SpecProblem& problem)
{
    if (!store || !spec.runId)
        return;
    try {
        const auto run = store->run(*spec.runId);
        if (!run || run->status != store::RunStatus::Queued || run->pid != 0)
            return;
        const JobEvent error = errorEvent(problem.message, problem.field);
        RunEventsWriter(store->runDir(*spec.runId) / kRunEventsFileName).writeEvent(error);
        store->finishRunIf(*spec.runId, store::RunStatus::Queued, 0, store::RunStatus::Failed,
                           SpecError(problem.field, problem.message).what());
    } catch (const std::exception&) {
        // The refusal itself was reported; a row left queued is given up by reconcileRuns.
    }
}

// Every path the kind writes, checked where it will land, before anything is written.
void checkWrittenPaths(const JobKind& kind, const JobSpec& spec, const store::ProjectStore* store,
                       const ExecuteOptions& options, std::vector<SpecProblem>& problems)
{
    for (const ParamSpec& param : kind.params) {
        if (param.type != ParamType::PathWritten)
            continue;
        const auto it = spec.params.find(param.key);
        if (it == spec.params.end() || !it->is_string())
            continue;
        try {
            resolveWrittenPath(store, options, "params." + param.key, it->get<std::string>());
        } catch (const SpecError& error) {
            problems.push_back({error.field(), error.message()});
        }
    }
}

} // namespace

int executeSpecFile(const std::string& specPath, const EventSink& emit, const ExecuteOptions& options)
{
    JobSpec spec;
    try {
        spec = parseSpecFile(specPath);
    } catch (const SpecError& error) {
        emit(errorEvent(error.message(), error.field()));
        return kExitSpecRefused;
    }
    std::filesystem::path workDir = std::filesystem::path(specPath).parent_path();
    if (workDir.empty())
        workDir = std::filesystem::current_path();
    return executeParsed(std::move(spec), workDir, emit, options);
}

int executeSpecText(const std::string& specText, const std::filesystem::path& workDir, const EventSink& emit,
                    const ExecuteOptions& options)
{
    JobSpec spec;
    try {
        spec = parseSpec(specText);
    } catch (const SpecError& error) {
        emit(errorEvent(error.message(), error.field()));
        return kExitSpecRefused;
    }
    return executeParsed(std::move(spec), workDir, emit, options);
}

namespace {

int executeParsed(JobSpec spec, const std::filesystem::path& defaultWorkDir, const EventSink& emit,
                  const ExecuteOptions& options)
{
    const JobKind* kind = findJobKind(spec.kind);
    std::optional<store::ProjectStore> store;
    try {
        if (!spec.project.empty())
            store.emplace(store::ProjectStore::open(spec.project));
    } catch (const std::exception& error) {
        emit(errorEvent(error.what(), "project"));
        return kExitFailed;
    }

    // Preflight: everything the spec and the project can tell before a run row or folder exists.
    try {
        std::vector<SpecProblem> problems;
        if (spec.runId && !store->run(*spec.runId))
            problems.push_back({"run_id", "run " + std::to_string(*spec.runId) + " does not exist in " + spec.project});
        checkWrittenPaths(*kind, spec, store ? &*store : nullptr, options, problems);
        try {
            if (kind->preflight)
                kind->preflight(spec, store ? &*store : nullptr, problems);
        } catch (const SpecError& error) {
            problems.push_back({error.field(), error.message()});
        }
        if (!problems.empty()) {
            const int code = refuse(problems, emit);
            settleRefusedRun(spec, store ? &*store : nullptr, problems.front());
            return code;
        }
    } catch (const std::exception& error) {
        emit(errorEvent(error.what(), spec.project.empty() ? "" : "project"));
        return kExitFailed;
    }

    // A run stopped while it was still queued (runs stop, the GUI's Stop) is not started after all.
    if (store && spec.runId) {
        const auto row = store->run(*spec.runId);
        if (row && row->status == store::RunStatus::Stopped && row->pid == 0) {
            emit(stoppedEvent(row->message.empty() ? "stopped before it started" : row->message));
            return kExitStopped;
        }
    }

    int64_t runId = 0;
    std::filesystem::path workDir;
    std::unique_ptr<RunOwner> owner;
    try {
        if (store) {
            removeStaleProjectTemporaries(store->root()); // what killed jobs left behind
            if (spec.runId) {
                runId = *spec.runId;
            } else {
                runId = store->createRun(spec.kind, spec.toJson().dump());
                spec.runId = runId;
            }
            workDir = store->runDir(runId);
            // The run folder holds the spec that ran, so a run can be repeated or inspected later.
            writeSpecFile(workDir / "spec.json", spec);
            // From here this process owns the run: events file, log, heartbeat, final status.
            owner = std::make_unique<RunOwner>(*store, runId, emit, options.stderrToRunLog);
            store->setRunStatus(runId, store::RunStatus::Running);
        } else {
            workDir = defaultWorkDir;
            if (options.runFilesInWorkDir) {
                std::filesystem::create_directories(workDir);
                writeSpecFile(workDir / "spec.json", spec);
                owner = std::make_unique<RunOwner>(workDir, emit, options.stderrToRunLog);
            }
        }
    } catch (const std::exception& error) {
        const JobEvent failure = errorEvent(error.what(), spec.project.empty() ? "" : "project");
        if (owner) {
            owner->finish(failure);
            return kExitFailed;
        }
        // The run was never taken: its row says why rather than staying queued.
        try {
            if (store && runId > 0)
                store->setRunStatus(runId, store::RunStatus::Failed, failure.message);
        } catch (const std::exception&) {
            // reconcileRuns gives the row up once the queued grace period has passed
        }
        emit(failure);
        return kExitFailed;
    }

    const EventSink sink = owner ? owner->sink() : emit;
    // The final event: through the owner (events file, store, then stdout) in a project; only
    // reported without one.
    const auto end = [&](const JobEvent& final, int code) {
        if (owner)
            owner->finish(final);
        else
            sink(final);
        return code;
    };
    JobContext context(spec, sink, store ? &*store : nullptr, runId, workDir, options);
    if (runId > 0)
        context.log("run " + std::to_string(runId) + " (" + spec.kind + ") started");
    try {
        const json result = kind->run(context);
        return end(doneEvent(result.dump()), kExitDone);
    } catch (const JobStopped&) {
        return end(stoppedEvent("stopped on request"), kExitStopped);
    } catch (const SpecError& error) {
        // A spec problem only the run could see (an input file that is missing) or one that arose
        // after the preflight (the project changed in between): a failure that names the field.
        return end(errorEvent(error.message(), error.field()), kExitFailed);
    } catch (const std::exception& error) {
        return end(errorEvent(error.what(), {}), kExitFailed);
    }
}

} // namespace

} // namespace adaptlab::jobs
