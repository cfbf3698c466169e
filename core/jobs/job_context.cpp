#include "jobs/job_context.h"

#include "jobs/job_registry.h"
#include "jobs/temporary_folder.h"
#include "store/project_store.h"

#include <atomic>
#include <csignal>
#include <ctime>
#include <fstream>
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
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

bool stopRequested() { return gStopRequested.load(); }
void requestStop() { gStopRequested.store(true); }
void clearStopRequest() { gStopRequested.store(false); }

JobContext::JobContext(JobSpec spec, EventSink sink, store::ProjectStore* store, int64_t runId,
                       std::filesystem::path workDir)
    : spec_(std::move(spec))
    , sink_(std::move(sink))
    , store_(store)
    , runId_(runId)
    , workDir_(std::move(workDir))
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

void JobContext::metric(const std::string& name, int64_t step, int64_t tokens, double value)
{
    std::lock_guard lock(mutex_);
    sink_(metricEvent(name, step, tokens, value));
    if (store_ && runId_ > 0)
        store_->addMetrics({{runId_, name, step, tokens, value, nowSeconds()}});
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

std::filesystem::path JobContext::resolvePath(const std::string& path) const
{
    std::filesystem::path p(path);
    if (p.is_absolute())
        return p;
    if (store_)
        return store_->root() / p;
    return std::filesystem::absolute(p);
}

namespace {

int executeParsed(JobSpec spec, const std::filesystem::path& defaultWorkDir, const EventSink& emit);

} // namespace

int executeSpecFile(const std::string& specPath, const EventSink& emit)
{
    JobSpec spec;
    try {
        spec = parseSpecFile(specPath);
    } catch (const SpecError& error) {
        emit(errorEvent(error.what(), error.field()));
        return kExitSpecRefused;
    }
    std::filesystem::path workDir = std::filesystem::path(specPath).parent_path();
    if (workDir.empty())
        workDir = std::filesystem::current_path();
    return executeParsed(std::move(spec), workDir, emit);
}

int executeSpecText(const std::string& specText, const std::filesystem::path& workDir, const EventSink& emit)
{
    JobSpec spec;
    try {
        spec = parseSpec(specText);
    } catch (const SpecError& error) {
        emit(errorEvent(error.what(), error.field()));
        return kExitSpecRefused;
    }
    return executeParsed(std::move(spec), workDir, emit);
}

namespace {

int executeParsed(JobSpec spec, const std::filesystem::path& defaultWorkDir, const EventSink& emit)
{

    std::optional<store::ProjectStore> store;
    int64_t runId = 0;
    std::filesystem::path workDir;
    try {
        if (!spec.project.empty()) {
            store.emplace(store::ProjectStore::open(spec.project));
            removeStaleProjectTemporaries(store->root()); // what killed jobs left behind
            if (spec.runId) {
                if (!store->run(*spec.runId)) {
                    emit(errorEvent("run " + std::to_string(*spec.runId) + " does not exist in " + spec.project, "run_id"));
                    return kExitSpecRefused;
                }
                runId = *spec.runId;
            } else {
                runId = store->createRun(spec.kind, spec.toJson().dump());
                spec.runId = runId;
            }
            workDir = store->runDir(runId);
            // The run folder holds the spec that ran, so a run can be repeated or inspected later.
            std::ofstream(workDir / "spec.json") << spec.toJsonText() << '\n';
            store->setRunPid(runId, static_cast<int64_t>(getpid()));
            store->setRunStatus(runId, store::RunStatus::Running);
        } else {
            workDir = defaultWorkDir;
        }
    } catch (const std::exception& error) {
        emit(errorEvent(error.what(), spec.project.empty() ? "" : "project"));
        return kExitFailed;
    }

    const JobKind* kind = findJobKind(spec.kind);
    JobContext context(spec, emit, store ? &*store : nullptr, runId, workDir);
    if (runId > 0)
        context.log("run " + std::to_string(runId) + " (" + spec.kind + ") started");
    try {
        const json result = kind->run(context);
        if (store) {
            store->setRunResult(runId, result.dump());
            store->setRunStatus(runId, store::RunStatus::Done);
        }
        emit(doneEvent(result.dump()));
        return kExitDone;
    } catch (const JobStopped&) {
        if (store)
            store->setRunStatus(runId, store::RunStatus::Stopped, "stopped on request");
        emit(logEvent("stopped on request", "warning"));
        return kExitStopped;
    } catch (const std::exception& error) {
        try {
            if (store)
                store->setRunStatus(runId, store::RunStatus::Failed, error.what());
        } catch (const std::exception&) {
            // The store itself failed; the error event below still tells the user why.
        }
        emit(errorEvent(error.what()));
        return kExitFailed;
    }
}

} // namespace

} // namespace adaptlab::jobs
