#include "jobs/run_owner.h"

#include "jobs/run_control.h"
#include "store/project_store.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <unistd.h>

namespace adaptlab::jobs {

namespace {

std::string clockText()
{
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char text[16];
    std::strftime(text, sizeof text, "%H:%M:%S", &local);
    return text;
}

} // namespace

RunOwner::RunOwner(store::ProjectStore& store, int64_t runId, EventSink forward, bool stderrToLog)
    : store_(&store)
    , runId_(runId)
    , runDir_(store.runDir(runId))
    , forward_(std::move(forward))
{
    start(stderrToLog);
}

RunOwner::RunOwner(const std::filesystem::path& runDir, EventSink forward, bool stderrToLog)
    : runId_(0)
    , runDir_(runDir)
    , forward_(std::move(forward))
{
    start(stderrToLog);
}

void RunOwner::start(bool stderrToLog)
{
    events_ = std::make_unique<RunEventsWriter>(runDir_ / kRunEventsFileName);
    const std::filesystem::path logPath = runDir_ / kRunLogFileName;
    logFd_ = ::open(logPath.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (logFd_ < 0)
        throwCheckedError("open for appending", logPath.string(), std::strerror(errno));
    const auto pid = static_cast<int64_t>(getpid());
    handle(startedEvent(runId_, pid));
    if (store_)
        store_->setRunProcess(runId_, pid, processStartTime(pid).value_or(0), thisHost());
    // stderr goes to log.txt itself (not through a pipe and a thread), so that what a crashing
    // process writes last is in the file even when nothing is left to copy it there.
    if (stderrToLog) {
        std::fflush(stderr);
        savedStderr_ = ::dup(STDERR_FILENO);
        if (savedStderr_ >= 0)
            ::dup2(logFd_, STDERR_FILENO);
    }
    if (store_) // without a project no one watches for a heartbeat
        heartbeat_ = std::thread([this] { heartbeat(); });
}

RunOwner::~RunOwner()
{
    stopHeartbeat();
    if (savedStderr_ >= 0) {
        std::fflush(stderr);
        ::dup2(savedStderr_, STDERR_FILENO);
        ::close(savedStderr_);
    }
    if (logFd_ >= 0)
        ::close(logFd_);
}

EventSink RunOwner::sink()
{
    return [this](const JobEvent& event) { handle(event); };
}

void RunOwner::writeLog(const std::string& text)
{
    const std::string line = "[" + clockText() + "] " + text + "\n";
    // One write per line, as in the events file: stderr shares this file.
    [[maybe_unused]] const ssize_t written = ::write(logFd_, line.data(), line.size());
}

void RunOwner::handle(const JobEvent& event)
{
    JobEvent stamped = event;
    stamped.time = secondsSinceEpoch();
    std::lock_guard lock(mutex_);
    if (!events_->writeEvent(stamped))
        writeLog("error: cannot append to " + events_->path().string() + ": " + std::strerror(errno));
    switch (event.type) {
    case JobEvent::Type::Log:
        writeLog(event.level + ": " + event.message);
        break;
    case JobEvent::Type::Progress:
        if (event.stage != stage_) {
            stage_ = event.stage;
            writeLog("stage: " + (stage_.empty() ? std::string("(none)") : stage_));
        }
        break;
    case JobEvent::Type::Started:
        writeLog((event.runId > 0 ? "started: run " + std::to_string(event.runId) + ", pid " : std::string("started: pid "))
                 + std::to_string(event.pid) + " on " + thisHost());
        break;
    case JobEvent::Type::Done:
    case JobEvent::Type::Error:
    case JobEvent::Type::Stopped:
        break; // final events go through finish()
    case JobEvent::Type::Metric:
        break; // metrics are in the store; a log line each would drown the rest
    }
    if (forward_ && event.type != JobEvent::Type::Started)
        forward_(stamped);
}

void RunOwner::heartbeat()
{
    // Its own connection: a ProjectStore is used by one thread at a time. The first beat is the
    // one setRunProcess stamped.
    std::optional<store::ProjectStore> store;
    std::unique_lock lock(heartbeatMutex_);
    while (!heartbeatWake_.wait_for(lock, kHeartbeatInterval, [this] { return heartbeatStop_; })) {
        try {
            if (!store)
                store.emplace(store::ProjectStore::open(store_->root(), {std::chrono::milliseconds(0)}));
            store->touchRunHeartbeat(runId_);
        } catch (const std::exception& error) {
            // A busy or vanished store: the next beat tries again; the log says why it missed.
            writeLog("warning: heartbeat not recorded: " + std::string(error.what()));
        }
    }
}

void RunOwner::stopHeartbeat()
{
    {
        std::lock_guard lock(heartbeatMutex_);
        heartbeatStop_ = true;
    }
    heartbeatWake_.notify_all();
    if (heartbeat_.joinable())
        heartbeat_.join();
}

void RunOwner::recordFinal(const JobEvent& final)
{
    using store::RunStatus;
    if (!store_)
        return;
    switch (final.type) {
    case JobEvent::Type::Done:
        store_->setRunResult(runId_, final.resultJson);
        store_->setRunStatus(runId_, RunStatus::Done);
        break;
    case JobEvent::Type::Error:
        store_->setRunStatus(runId_, RunStatus::Failed,
                            final.field.empty() ? final.message : SpecError(final.field, final.message).what());
        break;
    case JobEvent::Type::Stopped:
        store_->setRunStatus(runId_, RunStatus::Stopped, final.message);
        break;
    default:
        throw Error("not a final event: " + std::string(toString(final.type)));
    }
}

void RunOwner::finish(const JobEvent& final)
{
    // The heartbeat ends first: a beat after the final status would make a finished run look alive.
    stopHeartbeat();
    JobEvent stamped = final;
    stamped.time = secondsSinceEpoch();
    {
        std::lock_guard lock(mutex_);
        if (!events_->writeEvent(stamped))
            writeLog("error: cannot append the final event to " + events_->path().string() + ": "
                     + std::strerror(errno));
    }
    // Events file first, store second: if the child dies in between, reconcileRuns applies the
    // final event. A busy or briefly failing store is tried again.
    constexpr int kTries = 3;
    for (int attempt = 1; attempt <= kTries; ++attempt) {
        try {
            recordFinal(final);
            break;
        } catch (const std::exception& error) {
            writeLog("error: recording the final status in the store failed (try " + std::to_string(attempt) + " of "
                     + std::to_string(kTries) + "): " + error.what());
            if (attempt < kTries)
                std::this_thread::sleep_for(std::chrono::milliseconds(200 * attempt));
        }
    }
    {
        std::lock_guard lock(mutex_);
        switch (final.type) {
        case JobEvent::Type::Done:
            // The result in full is in the store and the events file; the log keeps its start.
            writeLog("done: " + (final.resultJson.size() > 2000 ? final.resultJson.substr(0, 2000) + " ..."
                                                                 : final.resultJson));
            break;
        case JobEvent::Type::Error:
            writeLog("failed: " + (final.field.empty() ? final.message : final.field + ": " + final.message));
            break;
        default: writeLog("stopped: " + final.message); break;
        }
    }
    if (forward_)
        forward_(stamped);
}

} // namespace adaptlab::jobs
