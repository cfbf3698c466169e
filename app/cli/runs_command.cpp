#include "runs_command.h"

#include "jobs/run_control.h"
#include "jobs/run_events.h"
#include "store/project_store.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <thread>

namespace adaptlab::cli {

namespace {

using nlohmann::json;
namespace fs = std::filesystem;
using store::RunStatus;

constexpr const char* kRunsUsage = R"(usage: adaptlab-cli runs <command> PROJECT ...

commands:
  list PROJECT [--json]          every run of the project (newest first), with the progress of
                                 running ones; settles runs whose process died without a final
                                 event (they become failed, "lost: ...")
  follow PROJECT ID              print the run's events (JSON lines) from the beginning and as
                                 they arrive, until it ends: exit 0 done, 1 failed or lost,
                                 143 stopped
  stop PROJECT ID [--grace S]    stop a running run, whoever started it: SIGTERM, then SIGKILL
                                 after S seconds (default 10); exit 0 when it ended, 1 when it
                                 was not running
)";

int usage(const std::string& message)
{
    std::cerr << "adaptlab-cli: " << message << "\n\n" << kRunsUsage;
    return 2;
}

int refused(const std::string& message)
{
    std::cerr << "adaptlab-cli: " << message << "\n";
    return 2;
}

bool takeFlag(std::vector<std::string>& args, const std::string& flag)
{
    for (auto it = args.begin(); it != args.end(); ++it) {
        if (*it == flag) {
            args.erase(it);
            return true;
        }
    }
    return false;
}

std::optional<int64_t> parseId(const std::string& text)
{
    try {
        size_t used = 0;
        const long long id = std::stoll(text, &used);
        if (used == text.size() && id > 0)
            return id;
    } catch (const std::exception&) {
    }
    return std::nullopt;
}

fs::path eventsFile(const store::ProjectStore& store, int64_t id)
{
    // Not store.runDir(): looking must not create folders.
    return store.root() / "runs" / std::to_string(id) / jobs::kRunEventsFileName;
}

bool isActive(RunStatus status)
{
    return status == RunStatus::Running || status == RunStatus::Queued;
}

// Settles lost runs before anything is shown; a store that cannot be written (damaged, read-only)
// is still listed as it is.
void reconcileOrWarn(store::ProjectStore& store)
{
    try {
        jobs::reconcileRuns(store);
    } catch (const std::exception& error) {
        std::cerr << "adaptlab-cli: warning: lost runs were not settled: " << error.what() << "\n";
    }
}

json progressOf(const store::ProjectStore& store, const store::RunRecord& run)
{
    if (!isActive(run.status))
        return nullptr;
    const auto progress = jobs::lastRunEvent(eventsFile(store, run.id), jobs::JobEvent::Type::Progress);
    if (!progress)
        return nullptr;
    return {{"done", progress->done}, {"total", progress->total}, {"stage", progress->stage}};
}

int runsList(std::vector<std::string> args)
{
    const bool asJson = takeFlag(args, "--json");
    if (args.size() != 1)
        return usage("runs list needs exactly one PROJECT");
    auto store = store::ProjectStore::open(args[0]);
    reconcileOrWarn(store);
    json runs = json::array();
    for (const auto& run : store.runs()) {
        json result = json::parse(run.resultJson, nullptr, /*allow_exceptions=*/false);
        if (!result.is_object())
            result = json::object();
        runs.push_back({{"id", run.id}, {"kind", run.kind}, {"status", store::toString(run.status)},
                        {"created_at", run.createdAt}, {"started_at", run.startedAt},
                        {"finished_at", run.finishedAt}, {"message", run.message}, {"pid", run.pid},
                        {"progress", progressOf(store, run)}, {"result", result}});
    }
    if (asJson) {
        std::cout << json{{"runs", runs}}.dump(-1, ' ', false, json::error_handler_t::replace) << "\n";
        return 0;
    }
    if (runs.empty()) {
        std::cout << "no runs in " << store.root().string() << "\n";
        return 0;
    }
    const auto orDash = [](const json& text) {
        const std::string s = text.get<std::string>();
        return s.empty() ? std::string("-") : s;
    };
    std::cout << "ID\tKIND\tSTATUS\tCREATED\tSTARTED\tFINISHED\tPROGRESS\tMESSAGE\n";
    for (const auto& run : runs) {
        std::string progress = "-";
        if (const json& p = run["progress"]; p.is_object()) {
            progress = std::to_string(p["done"].get<int64_t>());
            if (p["total"].get<int64_t>() > 0)
                progress += "/" + std::to_string(p["total"].get<int64_t>());
            if (!p["stage"].get<std::string>().empty())
                progress += " (" + p["stage"].get<std::string>() + ")";
        }
        std::cout << run["id"] << "\t" << run["kind"].get<std::string>() << "\t" << run["status"].get<std::string>()
                  << "\t" << orDash(run["created_at"]) << "\t" << orDash(run["started_at"]) << "\t"
                  << orDash(run["finished_at"]) << "\t" << progress << "\t" << orDash(run["message"]) << "\n";
    }
    return 0;
}

int exitCodeOf(const jobs::JobEvent& final)
{
    switch (final.type) {
    case jobs::JobEvent::Type::Done: return 0;
    case jobs::JobEvent::Type::Stopped: return 143;
    default: return 1;
    }
}

int runsFollow(std::vector<std::string> args)
{
    if (args.size() != 2)
        return usage("runs follow needs PROJECT ID");
    const auto id = parseId(args[1]);
    if (!id)
        return usage("runs follow: \"" + args[1] + "\" is not a run id");
    auto store = store::ProjectStore::open(args[0]);
    if (!store.run(*id))
        return refused("runs follow: there is no run " + std::to_string(*id) + " in the project " + store.root().string());

    jobs::RunEventsReader reader(eventsFile(store, *id));
    // Prints what arrived; returns the exit code once the final event is among it.
    const auto printNew = [&]() -> std::optional<int> {
        std::optional<int> code;
        for (const auto& event : reader.readNew()) {
            const std::string line = jobs::toJsonLine(event) + "\n";
            std::fwrite(line.data(), 1, line.size(), stdout);
            if (jobs::isFinalEvent(event)) {
                code = exitCodeOf(event);
                break; // the final event is the last line
            }
        }
        std::fflush(stdout);
        return code;
    };
    using clock = std::chrono::steady_clock;
    constexpr auto kCheckEvery = std::chrono::seconds(2);
    auto nextCheck = clock::now(); // the store is looked at once at the start
    for (;;) {
        if (const auto code = printNew())
            return *code;
        if (clock::now() >= nextCheck) {
            nextCheck = clock::now() + kCheckEvery;
            try {
                jobs::reconcileRun(store, *id);
            } catch (const std::exception& error) {
                std::cerr << "adaptlab-cli: warning: " << error.what() << "\n";
            }
            const auto run = store.run(*id);
            if (!run)
                return refused("runs follow: run " + std::to_string(*id) + " was removed from the project");
            if (!isActive(run->status)) {
                // It ended: its final event may have landed since the last read.
                if (const auto code = printNew())
                    return *code;
                // Ended without a final event in its file: lost, or finished by an older build.
                const jobs::JobEvent end = run->status == RunStatus::Done ? jobs::doneEvent(run->resultJson)
                    : run->status == RunStatus::Stopped                  ? jobs::stoppedEvent(run->message)
                                                                         : jobs::errorEvent(run->message);
                std::cout << jobs::toJsonLine(end) << "\n" << std::flush;
                if (end.type == jobs::JobEvent::Type::Error)
                    std::cerr << "adaptlab-cli: run " << *id << " " << store::toString(run->status) << ": "
                              << run->message << "\n";
                return exitCodeOf(end);
            }
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
}

int runsStop(std::vector<std::string> args)
{
    double grace = 10;
    for (auto it = args.begin(); it != args.end(); ++it) {
        if (*it != "--grace")
            continue;
        if (it + 1 == args.end())
            return usage("runs stop: --grace needs a number of seconds");
        try {
            size_t used = 0;
            grace = std::stod(*(it + 1), &used);
            if (used != (it + 1)->size() || !(grace >= 0))
                throw std::invalid_argument(*(it + 1));
        } catch (const std::exception&) {
            return usage("runs stop: --grace needs a number of seconds >= 0, not \"" + *(it + 1) + "\"");
        }
        args.erase(it, it + 2);
        break;
    }
    if (args.size() != 2)
        return usage("runs stop needs PROJECT ID");
    const auto id = parseId(args[1]);
    if (!id)
        return usage("runs stop: \"" + args[1] + "\" is not a run id");
    auto store = store::ProjectStore::open(args[0]);
    if (!store.run(*id))
        return refused("runs stop: there is no run " + std::to_string(*id) + " in the project " + store.root().string());
    const auto outcome = jobs::stopRun(store, *id, std::chrono::milliseconds(static_cast<int64_t>(grace * 1000)));
    std::cout << outcome.message;
    if (outcome.result == jobs::StopOutcome::Result::Ended || outcome.result == jobs::StopOutcome::Result::Killed)
        std::cout << "; it is " << store::toString(outcome.run.status)
                  << (outcome.run.message.empty() ? std::string() : " (" + outcome.run.message + ")");
    std::cout << "\n";
    switch (outcome.result) {
    case jobs::StopOutcome::Result::Ended:
    case jobs::StopOutcome::Result::Killed: return 0;
    default: return 1;
    }
}

} // namespace

int runsCommand(std::vector<std::string> args)
{
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        std::cout << kRunsUsage;
        return args.empty() ? 2 : 0;
    }
    const std::string sub = args[0];
    args.erase(args.begin());
    if (sub == "list")
        return runsList(std::move(args));
    if (sub == "follow")
        return runsFollow(std::move(args));
    if (sub == "stop")
        return runsStop(std::move(args));
    return usage("unknown runs subcommand: " + sub);
}

} // namespace adaptlab::cli
