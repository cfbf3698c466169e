#include "jobs/run_control.h"

#include "common/temp_file.h"

#include "jobs/job_spec.h"
#include "jobs/run_events.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <sstream>
#include <thread>
#include <unistd.h>

namespace adaptlab::jobs {

namespace fs = std::filesystem;
using store::RunRecord;
using store::RunStatus;

std::string thisHost()
{
    char name[256] = {};
    if (gethostname(name, sizeof name - 1) != 0)
        return "localhost";
    return name;
}

std::optional<int64_t> processStartTime(int64_t pid)
{
    const auto ticks = adaptlab::processStartTime(pid); // common/temp_file.h
    return ticks ? std::optional<int64_t>(static_cast<int64_t>(*ticks)) : std::nullopt;
}

namespace {

// Seconds since an ISO 8601 UTC stamp of the store ("2026-12-07T12:53:37.123Z"); nullopt when
// the text is not one.
std::optional<double> ageSeconds(const std::string& iso)
{
    std::tm utc{};
    int millis = 0;
    if (std::sscanf(iso.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d.%3d", &utc.tm_year, &utc.tm_mon, &utc.tm_mday,
                    &utc.tm_hour, &utc.tm_min, &utc.tm_sec, &millis) < 6)
        return std::nullopt;
    utc.tm_year -= 1900;
    utc.tm_mon -= 1;
    const double stamp = static_cast<double>(timegm(&utc)) + millis / 1000.0;
    return secondsSinceEpoch() - stamp;
}

bool sameProcess(int64_t pid, int64_t startTime)
{
    const auto now = processStartTime(pid);
    return startTime != 0 && now && *now == startTime;
}

bool isActive(RunStatus status)
{
    return status == RunStatus::Running || status == RunStatus::Queued;
}

fs::path runFolder(const store::ProjectStore& store, int64_t id)
{
    return store.root() / "runs" / std::to_string(id);
}

// Applies the run's final event when its events file has one; otherwise finishes it as
// `status`/`message`. Compare-and-set on the row as it was read.
bool settle(store::ProjectStore& store, const RunRecord& run, RunStatus status, const std::string& message)
{
    if (const auto final = finalRunEvent(runFolder(store, run.id) / kRunEventsFileName)) {
        switch (final->type) {
        case JobEvent::Type::Done:
            return store.finishRunIf(run.id, run.status, run.pid, RunStatus::Done, {}, final->resultJson);
        case JobEvent::Type::Error:
            return store.finishRunIf(run.id, run.status, run.pid, RunStatus::Failed,
                                     final->field.empty() ? final->message
                                                          : SpecError(final->field, final->message).what());
        case JobEvent::Type::Stopped:
            return store.finishRunIf(run.id, run.status, run.pid, RunStatus::Stopped, final->message);
        default:
            break;
        }
    }
    return store.finishRunIf(run.id, run.status, run.pid, status, message);
}

std::string lostMessage(const store::ProjectStore& store, int64_t id)
{
    const std::string lines = lastLogLines(runFolder(store, id));
    return "lost: the process ended without a final event (last lines of log.txt: "
        + (lines.empty() ? std::string("none") : lines) + ")";
}

bool reconcileRecord(store::ProjectStore& store, const RunRecord& run, const ReconcileOptions& options)
{
    if (!isActive(run.status))
        return false;
    if (run.pid == 0) {
        // No process ever took it: only a queued row left long enough is given up.
        if (run.status != RunStatus::Queued)
            return settle(store, run, RunStatus::Failed, lostMessage(store, run.id));
        const auto age = ageSeconds(run.createdAt);
        if (age && *age <= static_cast<double>(options.queuedGrace.count()))
            return false;
        return settle(store, run, RunStatus::Failed,
                      "lost: queued for over " + std::to_string(options.queuedGrace.count())
                          + " s and no process took it (the program that queued it ended before it started)");
    }
    if (!run.host.empty() && run.host != thisHost()) {
        const auto age = ageSeconds(run.heartbeatAt);
        if (age && *age <= static_cast<double>(options.staleHeartbeat.count()))
            return false;
    } else if (runProcessAlive(run)) {
        return false;
    }
    return settle(store, run, RunStatus::Failed, lostMessage(store, run.id));
}

} // namespace

bool runProcessAlive(const RunRecord& run)
{
    if (run.pid <= 0)
        return false;
    if (run.host != thisHost()) {
        const auto age = ageSeconds(run.heartbeatAt);
        return age && *age <= static_cast<double>(kStaleHeartbeat.count());
    }
    return sameProcess(run.pid, run.pidStartTime);
}

std::vector<int64_t> reconcileRuns(store::ProjectStore& store, const ReconcileOptions& options)
{
    std::vector<int64_t> changed;
    for (const RunRecord& run : store.runs())
        if (reconcileRecord(store, run, options))
            changed.push_back(run.id);
    return changed;
}

bool reconcileRun(store::ProjectStore& store, int64_t id, const ReconcileOptions& options)
{
    const auto run = store.run(id);
    return run && reconcileRecord(store, *run, options);
}

StopOutcome stopRun(store::ProjectStore& store, int64_t id, std::chrono::milliseconds grace)
{
    using namespace std::chrono;
    auto run = store.run(id);
    if (!run)
        throw Error("there is no run " + std::to_string(id) + " in the project " + store.root().string());
    StopOutcome outcome;
    const auto finishWith = [&](StopOutcome::Result result, std::string message) {
        outcome.result = result;
        outcome.run = store.run(id).value_or(*run);
        outcome.message = std::move(message);
        return outcome;
    };
    const auto notRunning = [&] {
        const RunRecord now = store.run(id).value_or(*run);
        return finishWith(StopOutcome::Result::NotRunning,
                          "run " + std::to_string(id) + " is not running: it is " + store::toString(now.status)
                              + (now.message.empty() ? std::string() : " (" + now.message + ")"));
    };
    if (!isActive(run->status))
        return notRunning();
    if (run->pid == 0 && run->status == RunStatus::Queued) {
        // Nothing runs it yet: the row is settled so that no child takes it.
        if (store.finishRunIf(id, RunStatus::Queued, 0, RunStatus::Stopped, "stopped before it started"))
            return finishWith(StopOutcome::Result::Ended, "run " + std::to_string(id) + " stopped before it started");
        return notRunning();
    }
    if (!run->host.empty() && run->host != thisHost())
        return finishWith(StopOutcome::Result::Elsewhere,
                          "run " + std::to_string(id) + " runs on the host " + run->host + "; stop it there");
    if (!runProcessAlive(*run)) {
        reconcileRecord(store, *run, {});
        return notRunning();
    }

    const auto pid = static_cast<pid_t>(run->pid);
    const auto signalVerified = [&](int signal) {
        // Checked right before the signal: the pid must still be the run's process.
        return sameProcess(run->pid, run->pidStartTime) && ::kill(pid, signal) == 0;
    };
    const auto waitGone = [&](milliseconds limit) {
        const auto deadline = steady_clock::now() + limit;
        while (sameProcess(run->pid, run->pidStartTime)) {
            if (steady_clock::now() >= deadline)
                return false;
            std::this_thread::sleep_for(milliseconds(50));
        }
        return true;
    };
    bool killed = false;
    if (signalVerified(SIGTERM) && !waitGone(grace)) {
        killed = signalVerified(SIGKILL);
        // SIGKILL cannot be caught; what is left is the kernel tearing the process down.
        waitGone(seconds(30));
    }
    if (sameProcess(run->pid, run->pidStartTime))
        return finishWith(StopOutcome::Result::NotRunning,
                          "run " + std::to_string(id) + " (pid " + std::to_string(run->pid) + ") did not end");
    // The child settles its own row on SIGTERM; a killed one (or one that died without its final
    // event) is settled here.
    if (const auto now = store.run(id); now && isActive(now->status))
        settle(store, *now, RunStatus::Stopped,
               killed ? "stopped (killed after the grace period)" : "stopped (the process ended without a final event)");
    const std::string pidText = " (pid " + std::to_string(run->pid) + ")";
    return killed ? finishWith(StopOutcome::Result::Killed, "run " + std::to_string(id) + pidText
                                   + " did not end within the grace period and was killed")
                  : finishWith(StopOutcome::Result::Ended, "run " + std::to_string(id) + pidText + " stopped");
}

std::string lastLogLines(const fs::path& runDir, int count)
{
    std::ifstream in(runDir / kRunLogFileName, std::ios::binary);
    if (!in)
        return {};
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    const std::streamoff from = std::max<std::streamoff>(0, size - 16 * 1024);
    in.seekg(from);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::vector<std::string> lines;
    std::istringstream stream(text);
    std::string line;
    bool first = from > 0; // the first line of a tail is cut
    while (std::getline(stream, line)) {
        if (std::exchange(first, false))
            continue;
        if (line.find_first_not_of(" \t\r") != std::string::npos)
            lines.push_back(line);
    }
    std::string joined;
    const size_t start = lines.size() > static_cast<size_t>(count) ? lines.size() - count : 0;
    for (size_t i = start; i < lines.size(); ++i)
        joined += (joined.empty() ? "" : " | ") + lines[i];
    return joined;
}

} // namespace adaptlab::jobs
