// adaptlab-cli: every engine job from the command line. The GUI launches long jobs through
// `adaptlab-cli run SPEC.json` and follows the JSON-lines events it prints on stdout.
#include "jobs/job_context.h"
#include "jobs/job_registry.h"
#include "runtime/runtime.h"
#include "store/project_store.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <mutex>
#include <string>
#include <vector>

namespace {

using nlohmann::json;
using namespace adaptlab;

constexpr const char* kUsage = R"(usage: adaptlab-cli <command> [options]

commands:
  --version                         print the version
  project init DIR                  create a project folder (DIR/project.adaptlab + subfolders)
  project show DIR [--json]         datasets, runs and counts of a project
  dataset add PROJECT NAME PATH [--text-field F]
                                    register a corpus file as a project dataset
  run SPEC.json                     run a job spec; prints JSON-lines events on stdout
                                    (exit 0 done, 1 failed, 2 spec refused, 143 stopped)
  jobs [--json]                     the job kinds this build knows
  runtime [--json]                  device, torch threads and BLAS in use
)";

int usageError(const std::string& message)
{
    std::cerr << "adaptlab-cli: " << message << "\n\n" << kUsage;
    return 2;
}

bool hasFlag(std::vector<std::string>& args, const std::string& flag)
{
    for (auto it = args.begin(); it != args.end(); ++it) {
        if (*it == flag) {
            args.erase(it);
            return true;
        }
    }
    return false;
}

std::string takeOption(std::vector<std::string>& args, const std::string& option, const std::string& fallback)
{
    for (auto it = args.begin(); it != args.end(); ++it) {
        if (*it == option && it + 1 != args.end()) {
            std::string value = *(it + 1);
            args.erase(it, it + 2);
            return value;
        }
    }
    return fallback;
}

int cmdRun(const std::vector<std::string>& args)
{
    if (args.size() != 1)
        return usageError("run needs exactly one SPEC.json");
    jobs::installStopSignalHandlers();
    runtime::configure();
    std::mutex outMutex;
    return jobs::executeSpecFile(args[0], [&](const jobs::JobEvent& event) {
        std::lock_guard lock(outMutex);
        const std::string line = jobs::toJsonLine(event) + "\n";
        std::fwrite(line.data(), 1, line.size(), stdout);
        std::fflush(stdout); // the GUI follows the events live
    });
}

int cmdProject(std::vector<std::string> args)
{
    if (args.empty())
        return usageError("project needs a subcommand (init, show)");
    const std::string sub = args[0];
    args.erase(args.begin());
    const bool asJson = hasFlag(args, "--json");
    if (args.size() != 1)
        return usageError("project " + sub + " needs exactly one DIR");
    if (sub == "init") {
        auto store = store::ProjectStore::create(args[0]);
        std::cout << (asJson ? json{{"project", store.root().string()}, {"schema_version", store.schemaVersion()}}.dump()
                             : "created project " + store.root().string())
                  << "\n";
        return 0;
    }
    if (sub == "show") {
        auto store = store::ProjectStore::open(args[0]);
        const auto counts = store.counts();
        json datasets = json::array();
        for (const auto& d : store.datasets())
            datasets.push_back({{"id", d.id}, {"name", d.name}, {"path", d.path}, {"format", d.format},
                                {"documents", d.documents}, {"bytes", d.bytes}});
        json runs = json::array();
        for (const auto& r : store.runs())
            runs.push_back({{"id", r.id}, {"kind", r.kind}, {"status", store::toString(r.status)},
                            {"created_at", r.createdAt}, {"finished_at", r.finishedAt}, {"message", r.message}});
        const json summary = {{"project", store.root().string()}, {"schema_version", store.schemaVersion()},
                              {"datasets", datasets}, {"runs", runs},
                              {"counts", {{"datasets", counts.datasets}, {"runs", counts.runs},
                                          {"metrics", counts.metrics}, {"artifacts", counts.artifacts}}}};
        if (asJson) {
            std::cout << summary.dump() << "\n";
        } else {
            std::cout << "project " << store.root().string() << " (schema " << store.schemaVersion() << ")\n";
            for (const auto& d : summary["datasets"])
                std::cout << "  dataset " << d["name"].get<std::string>() << "  " << d["path"].get<std::string>()
                          << "  documents=" << d["documents"] << "\n";
            for (const auto& r : summary["runs"])
                std::cout << "  run " << r["id"] << "  " << r["kind"].get<std::string>() << "  "
                          << r["status"].get<std::string>() << "\n";
        }
        return 0;
    }
    return usageError("unknown project subcommand: " + sub);
}

int cmdDataset(std::vector<std::string> args)
{
    if (args.empty() || args[0] != "add")
        return usageError("dataset needs a subcommand (add)");
    args.erase(args.begin());
    const std::string textField = takeOption(args, "--text-field", "text");
    if (args.size() != 3)
        return usageError("dataset add needs PROJECT NAME PATH");
    auto store = store::ProjectStore::open(args[0]);
    const std::filesystem::path path = std::filesystem::absolute(args[2]);
    if (!std::filesystem::is_regular_file(path))
        throw Error("the corpus file " + path.string() + " does not exist");
    store::DatasetRecord dataset;
    dataset.name = args[1];
    dataset.path = store.relativePath(path);
    std::string name = path.filename().string();
    dataset.format = name.find(".jsonl") != std::string::npos || name.find(".ndjson") != std::string::npos
        ? (name.ends_with(".zst") ? "jsonl.zst" : name.ends_with(".gz") ? "jsonl.gz" : "jsonl")
        : "txt";
    dataset.textField = textField;
    const int64_t id = store.addDataset(dataset);
    std::cout << json{{"id", id}, {"name", dataset.name}, {"path", dataset.path}}.dump() << "\n";
    return 0;
}

int cmdJobs(std::vector<std::string> args)
{
    const bool asJson = hasFlag(args, "--json");
    json kinds = json::array();
    for (const auto& kind : jobs::jobKinds()) {
        kinds.push_back({{"kind", kind.name}, {"description", kind.description}});
        if (!asJson)
            std::cout << kind.name << "\t" << kind.description << "\n";
    }
    if (asJson)
        std::cout << json{{"spec_version", jobs::kSpecVersion}, {"kinds", kinds}}.dump() << "\n";
    return 0;
}

int cmdRuntime(std::vector<std::string> args)
{
    const bool asJson = hasFlag(args, "--json");
    const auto info = runtime::configure();
    if (asJson) {
        std::cout << runtime::toJson(info) << "\n";
    } else {
        std::cout << "device:        " << info.device << "\n"
                  << "torch threads: " << info.torchThreads << " (cores available: " << info.coresAvailable << ")\n"
                  << "BLAS:          " << info.blas << "\n"
                  << "torch:         " << info.torchVersion << "\n";
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        std::cout << kUsage;
        return args.empty() ? 2 : 0;
    }
    const std::string command = args[0];
    args.erase(args.begin());
    try {
        if (command == "--version" || command == "version") {
            std::cout << "adaptlab-cli " << ADAPTLAB_VERSION << "\n";
            return 0;
        }
        if (command == "run")
            return cmdRun(args);
        if (command == "project")
            return cmdProject(args);
        if (command == "dataset")
            return cmdDataset(args);
        if (command == "jobs")
            return cmdJobs(args);
        if (command == "runtime")
            return cmdRuntime(args);
        return usageError("unknown command: " + command);
    } catch (const std::exception& error) {
        std::cerr << "adaptlab-cli: " << error.what() << "\n";
        return 1;
    }
}
