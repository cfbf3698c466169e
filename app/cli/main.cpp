// adaptlab-cli: every engine job from the command line. The GUI launches long jobs through
// `adaptlab-cli run SPEC.json` and follows the JSON-lines events it prints on stdout.
#include "corpus/corpus_reader.h"
#include "corpus/file_format.h"
#include "jobs/dataset_removal.h"
#include "jobs/job_context.h"
#include "jobs/job_inputs.h"
#include "jobs/job_registry.h"
#include "jobs/param_schema.h"
#include "data_command.h"
#include "export_command.h"
#include "job_command.h"
#include "laws_command.h"
#include "merge_command.h"
#include "mixture_command.h"
#include "model_command.h"
#include "runs_command.h"
#include "tokenizer_command.h"
#include "train_command.h"
#include "shards_command.h"
#include "runtime/runtime.h"
#include "store/dataset_name.h"
#include "store/project_store.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iomanip>
#include <iostream>
#include <stdio_ext.h>
#include <sys/stat.h>
#include <unistd.h>
#include <map>
#include <optional>
#include <set>
#include <mutex>
#include <string>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// Output lost to a full disk (`corpus inspect --json > result.json`) must fail the command, not
// vanish: stdout's flush and close are checked at exit, for every command (gnulib's close_stdout).
// A pipe or socket whose reader went away (a window closed while its run goes on) loses nothing
// anyone will read: it does not turn a finished job into a failed one.
void closeStdout()
{
    errno = 0; // what the first failed write leaves here names the failure
    std::cout.flush();
    struct stat target{};
    const bool toPipe = ::fstat(STDOUT_FILENO, &target) == 0 && (S_ISFIFO(target.st_mode) || S_ISSOCK(target.st_mode));
    const bool pending = __fpending(stdout) > 0;
    const bool failedBefore = std::ferror(stdout) != 0;
    const int writeError = errno;
    const bool closeFailed = std::fclose(stdout) != 0;
    // A stdout closed by the caller (EBADF) is no loss when nothing was to be written to it.
    if (!toPipe && (failedBefore || (closeFailed && (pending || errno != EBADF)))) {
        std::fprintf(stderr, "adaptlab-cli: cannot write the output: %s\n",
                     std::strerror(failedBefore && writeError != 0 ? writeError : errno != 0 ? errno : EIO));
        std::_Exit(1);
    }
}

using nlohmann::json;
using namespace adaptlab;

constexpr const char* kUsage = R"(usage: adaptlab-cli <command> [options]

commands:
  --version                         print the version
  project init DIR                  create a project folder (DIR/project.adaptlab + subfolders)
  project show DIR [--json]         datasets, runs and counts of a project
                                    (exit 1 when the store is damaged)
  dataset add PROJECT NAME PATH... [--text-field F]
                                    register a corpus (a file, a folder, or several files
                                    read as one) as a project dataset (exit 2: refused,
                                    a bad name or no document to read)
  dataset remove PROJECT NAME [--dry-run] [--json]
                                    remove a dataset: its store rows, its signals file, the
                                    files the project derived for it and its token shards
                                    (shards/NAME/); your own corpus files are never touched (exit 2: no such dataset,
                                    1: a running job uses it)
  run SPEC.json [--detach]          run a job spec; prints JSON-lines events on stdout
                                    (exit 0 done, 1 failed, 2 spec refused, 143 stopped);
                                    in a project the run also keeps runs/<id>/events.jsonl
                                    and log.txt and outlives a closed stdout; --detach
                                    starts it in a session of its own
  runs list PROJECT [--json]        every run of the project, with progress; runs whose
                                    process died without a final event become "lost"
  runs follow PROJECT ID            print a run's events as they arrive, until it ends
                                    (exit 0 done, 1 failed or lost, 143 stopped)
  runs stop PROJECT ID [--grace S]  stop a running run, whoever started it: SIGTERM, then
                                    SIGKILL after S seconds (default 10); exit 1 when it
                                    was not running
  corpus inspect|filter|dedup|select|sample ...
                                    corpus jobs on files or project datasets
                                    (adaptlab-cli corpus --help for their options)
  tokenizer train|encode|fertility|compare|import ...
                                    train, try, measure and import tokenizers
                                    (adaptlab-cli tokenizer --help for their options)
  shards build|info|verify ...      token shards: build from corpora, inspect, check
                                    (adaptlab-cli shards --help for their options)
  data render --tokenizer PATH --format alpaca|chat|sharegpt --template chatml|llama2|zephyr|alpaca
              FILE [--json]         instruction data as the ids an SFT run trains on and
                                    its loss mask (adaptlab-cli data --help)
  data render --tokenizer PATH --meco url|FIELD [--meco-hash] FILE [--json]
                                    corpus documents as MeCo trains them: metadata prefix
                                    (no loss), document, EOS (adaptlab-cli data --help)
  mixture plan|sample PLAN.json [--steps A:B] [--json]
                                    what a mixture plan implies (tokens, epochs, warnings
                                    per source) and the source of every training sequence
                                    (adaptlab-cli mixture --help)
  train --base DIR|preset:NAME --data PATH[:WEIGHT]... --out DIR [--steps N] [--seq-len T]
        [--batch B] [--lr X] [--replay PATH:FRACTION] [--resume] [--json] ...
                                    train or continue a model without a project (run files,
                                    checkpoints/ and final/ in DIR; adaptlab-cli train --help);
                                    train SPEC.json runs a train job spec
  export --model DIR --format hf|gguf [--dtype f32|f16] --out PATH
  export --run DIR_OR_ID --out PATH [--format hf|gguf] [--dtype f32|bf16|f16]
                                    a model folder or a run's newest checkpoint as a Hugging
                                    Face folder or one GGUF file for llama.cpp / Ollama
  score --model DIR --tokens "ID ID ..." [--lora DIR] [--metadata VALUE [--metadata-label L]]
        [--logits] --json
                                    log p(token | tokens before) under a Hugging Face
                                    Llama folder, optionally MeCo-conditioned on a metadata
                                    prefix (adaptlab-cli score --help)
  generate --model DIR --prompt TEXT [--max-new-tokens N] [--temperature T] [--top-k K]
           [--top-p P] [--seed S] [--lora DIR] [--template T] [--metadata VALUE] --json
                                    continue a prompt with a model folder and its
                                    tokenizer, optionally with a LoRA adapter, a chat
                                    template or a MeCo metadata prefix (generate --help)
  merge --base DIR --lora DIR --out DIR | --cpt DIR --instruct DIR --base DIR [--lambda L] --out DIR
        | --a DIR --b DIR [--t T] --out DIR [--dtype f32|bf16] [--json]
                                    fold a LoRA adapter, add an instruction residual, or
                                    interpolate two models (adaptlab-cli merge --help)
  laws fit --law dcpt|cmr --points FILE.csv [--json]
                                    fit a mixture-ratio scaling law to pilot points and
                                    recommend a domain share (adaptlab-cli laws --help)
  jobs [--json]                     the job kinds this build knows
  runtime [--json]                  device, torch threads, BLAS, its core and sgemm GFLOP/s
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

int cmdRun(std::vector<std::string> args)
{
    // --detach (the GUI): a session of its own, so that closing the window (or its terminal) does
    // not reach the run. Without it Ctrl-C in a terminal still stops the job.
    const bool detach = hasFlag(args, "--detach");
    if (args.size() != 1)
        return usageError("run needs exactly one SPEC.json");
    // setsid() fails for a process group leader (a shell's job): the run then stays in the shell's
    // session, still deaf to its hang-up (below).
    if (detach && getsid(0) != getpid() && setsid() < 0)
        std::cerr << "adaptlab-cli: warning: --detach: no session of its own: " << std::strerror(errno) << "\n";
    // The run outlives whoever started it: a hang-up or a closed pipe is not a reason to stop.
    for (const int ignored : {SIGHUP, SIGPIPE}) {
        struct sigaction action{};
        action.sa_handler = SIG_IGN;
        sigemptyset(&action.sa_mask);
        if (sigaction(ignored, &action, nullptr) != 0)
            std::cerr << "adaptlab-cli: warning: cannot ignore " << strsignal(ignored) << ": " << std::strerror(errno)
                      << "\n";
    }
    jobs::installStopSignalHandlers();
    // A GUI that follows the events file may stop reading the pipe: a detached child must never
    // block on a full pipe, so its stdout (when a pipe; a terminal's flags are shared with the
    // shell) does not wait, and the first write that would wait ends the stdout copy.
    struct stat out{};
    if (detach && fstat(STDOUT_FILENO, &out) == 0 && S_ISFIFO(out.st_mode)) {
        const int flags = fcntl(STDOUT_FILENO, F_GETFL);
        if (flags < 0 || fcntl(STDOUT_FILENO, F_SETFL, flags | O_NONBLOCK) < 0)
            std::cerr << "adaptlab-cli: warning: stdout may block: " << std::strerror(errno) << "\n";
    }
    std::mutex outMutex;
    bool stdoutGone = false;
    jobs::ExecuteOptions options;
    options.stderrToRunLog = true;
    return jobs::executeSpecFile(args[0], [&](const jobs::JobEvent& event) {
        std::lock_guard lock(outMutex);
        if (stdoutGone)
            return; // the reader went away; the events file still has everything
        const std::string line = jobs::toJsonLine(event) + "\n";
        // The GUI follows the events live.
        if (std::fwrite(line.data(), 1, line.size(), stdout) != line.size() || std::fflush(stdout) != 0) {
            stdoutGone = true;
            std::clearerr(stdout);
        }
    }, options);
}

const char* verdictText(store::QuickCheckVerdict verdict)
{
    switch (verdict) {
    case store::QuickCheckVerdict::Passed: return "passed";
    case store::QuickCheckVerdict::Damaged: return "damaged";
    case store::QuickCheckVerdict::Stopped: return "not finished";
    }
    return "";
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
        // A damaged store still shows what can be read; the damage is said on stderr and in the
        // exit code, so a script does not take it for a healthy project.
        const auto reportDamage = [&] {
            std::cerr << "adaptlab-cli: " << store.storeFile().string() << ": " << store.damageReport() << "\n";
            return 1;
        };
        json summary;
        try {
            const auto counts = store.counts();
            json datasets = json::array();
            for (const auto& d : store.datasets())
                datasets.push_back({{"id", d.id}, {"name", d.name}, {"path", d.path}, {"format", d.format},
                                    {"documents", d.documents}, {"bytes", d.bytes}});
            json runs = json::array();
            for (const auto& r : store.runs())
                runs.push_back({{"id", r.id}, {"kind", r.kind}, {"status", store::toString(r.status)},
                                {"created_at", r.createdAt}, {"finished_at", r.finishedAt}, {"message", r.message}});
            summary = {{"project", store.root().string()}, {"schema_version", store.schemaVersion()},
                       {"quick_check", verdictText(store.quickCheckVerdict())},
                       {"datasets", datasets}, {"runs", runs},
                       {"counts", {{"datasets", counts.datasets}, {"runs", counts.runs},
                                   {"runs_queued", counts.runsQueued}, {"runs_running", counts.runsRunning},
                                   {"runs_done", counts.runsDone}, {"runs_failed", counts.runsFailed},
                                   {"runs_stopped", counts.runsStopped}, {"runs_unknown", counts.runsUnknown},
                                   {"metrics", counts.metrics}, {"artifacts", counts.artifacts}}}};
        } catch (const std::exception& error) {
            if (!store.damage())
                throw;
            std::cerr << "adaptlab-cli: " << error.what() << "\n";
            return reportDamage();
        }
        if (store.damage())
            summary["damaged"] = *store.damage();
        if (asJson) {
            std::cout << summary.dump() << "\n";
        } else {
            std::cout << "project " << store.root().string() << " (schema " << store.schemaVersion() << ")\n";
            for (const auto& d : summary["datasets"])
                std::cout << "  dataset " << d["name"].get<std::string>() << "  " << d["path"].get<std::string>()
                          << "  documents=" << d["documents"] << "\n";
            for (const auto& r : summary["runs"]) {
                std::cout << "  run " << r["id"] << "  " << r["kind"].get<std::string>() << "  "
                          << r["status"].get<std::string>();
                if (r["status"] == store::toString(store::RunStatus::Unknown))
                    std::cout << "  " << r["message"].get<std::string>();
                std::cout << "\n";
            }
            const json& c = summary["counts"];
            std::cout << "  runs: " << c["runs"] << " (" << c["runs_queued"] << " queued, " << c["runs_running"]
                      << " running, " << c["runs_done"] << " done, " << c["runs_failed"] << " failed, "
                      << c["runs_stopped"] << " stopped"
                      << (c["runs_unknown"] > 0 ? ", " + c["runs_unknown"].dump() + " unknown" : std::string()) << ")\n";
        }
        return store.damage() ? reportDamage() : 0;
    }
    return usageError("unknown project subcommand: " + sub);
}

// A request refused before anything changed: exit 2 with the reason.
constexpr const char* kCorpusUsage = R"(usage: adaptlab-cli corpus <command> INPUT... [options]

INPUT is a corpus file or folder (.jsonl, .ndjson, .json, .txt, optionally .zst/.gz), or use
--project DIR --dataset NAME for a project dataset. Without --json the JSON-lines events are
printed as they happen (like `run`); with --json only the final result object is printed.
Every option below comes from the job kind's parameter schema (adaptlab-cli jobs --json).

common: --project DIR, --json
  select: --raw INPUT (the pool, as INPUT...), --target DATASET|FILE
  filter: --rule KEY=THRESHOLD, --disable KEY, --enable KEY (repeatable)
)";

int refused(const std::string& message)
{
    std::cerr << "adaptlab-cli: " << message << "\n";
    return 2;
}

int cmdDatasetAdd(std::vector<std::string> args)
{
    const std::string textField = takeOption(args, "--text-field", "text");
    if (args.size() < 3)
        return usageError("dataset add needs PROJECT NAME PATH...");
    const std::string name = args[1];
    // The one name rule (it becomes a file name in datasets/), before anything is opened.
    if (const auto problem = store::datasetNameProblem(name))
        return refused("dataset add: \"" + name + "\" cannot name a dataset: " + *problem);
    auto store = store::ProjectStore::open(args[0]);
    // One file, one folder (every file in it), or several files read as one dataset.
    std::vector<std::string> files;
    for (size_t i = 2; i < args.size(); ++i) {
        const std::filesystem::path path = std::filesystem::absolute(args[i]);
        std::error_code ec;
        const bool folder = std::filesystem::is_directory(path, ec);
        if (!folder && !std::filesystem::is_regular_file(path, ec))
            throw Error("the corpus " + path.string() + " does not exist");
        if (folder && args.size() > 3)
            throw Error(path.string() + " is a folder: add a folder on its own, or list files");
        files.push_back(store.relativePath(path));
    }
    store::DatasetRecord dataset;
    dataset.name = name;
    dataset.path = files.front();
    // The one rule for a file's format (magic bytes, then name): x.json is read as JSON Lines and
    // labelled so.
    const corpus::FileFormatInfo format = corpus::fileFormatOf(store.absolutePath(dataset.path));
    if (format.format == corpus::FileFormat::Unsupported)
        return refused("dataset add: \"" + name + "\" was not added: " + format.problem);
    dataset.format = corpus::formatLabel(format.format);
    dataset.textField = textField;
    json mapping = {{"text_field", textField}};
    jobs::setDatasetFileList(mapping, files);
    dataset.metadataJson = mapping.dump();

    // Read the corpus the way every job will read the dataset (the readers refuse the store's own
    // files, and skip them in a folder).
    const jobs::DatasetFiles reading = jobs::datasetFiles(store, dataset);
    std::optional<std::string> reason;
    try {
        reason = corpus::unusableCorpusReason(corpus::previewCorpus(reading.inputs, reading.options));
    } catch (const Error& error) { // a path the readers refuse (the store's own file, a FIFO, ...)
        reason = error.what();
    }
    if (reason)
        return refused("dataset add: \"" + name + "\" was not added: " + *reason);

    const int64_t id = store.addDataset(dataset);
    json out = {{"id", id}, {"name", dataset.name}, {"path", dataset.path}};
    if (files.size() > 1)
        out["files"] = files;
    std::cout << out.dump() << "\n";
    return 0;
}

int cmdDatasetRemove(std::vector<std::string> args)
{
    const bool asJson = hasFlag(args, "--json");
    const bool dryRun = hasFlag(args, "--dry-run");
    if (args.size() != 2)
        return usageError("dataset remove needs PROJECT NAME");
    auto store = store::ProjectStore::open(args[0]);
    if (!store.datasetByName(args[1]))
        return refused("dataset remove: no dataset named \"" + args[1] + "\" in the project " + store.root().string());
    const jobs::DatasetRemovalPlan plan = jobs::planDatasetRemoval(store, args[1]);
    if (!dryRun)
        jobs::removeDataset(store, plan);

    const auto paths = [](const std::vector<std::filesystem::path>& list) {
        json out = json::array();
        for (const auto& path : list)
            out.push_back(path.string());
        return out;
    };
    if (asJson) {
        std::cout << json{{"removed", plan.name}, {"dry_run", dryRun}, {"deleted_files", paths(plan.filesToDelete)},
                          {"deleted_shard_folders", paths(plan.shardFolders)}, {"kept_files", paths(plan.filesKept)},
                          {"derived_datasets", plan.derivedDatasets}}
                         .dump()
                  << "\n";
        return 0;
    }
    std::cout << (dryRun ? "would remove dataset \"" : "removed dataset \"") << plan.name << "\" from "
              << store.root().string() << "\n";
    for (const auto& file : plan.filesToDelete)
        std::cout << (dryRun ? "  would delete: " : "  deleted: ") << file.string() << "\n";
    for (const auto& folder : plan.shardFolders)
        std::cout << (dryRun ? "  would delete token shards: " : "  deleted token shards: ") << folder.string() << "\n";
    for (const auto& file : plan.filesKept)
        std::cout << "  kept (not touched): " << file.string() << "\n";
    for (const auto& derived : plan.derivedDatasets)
        std::cout << "  derived dataset stays, with its provenance: " << derived << "\n";
    return 0;
}

int cmdDataset(std::vector<std::string> args)
{
    if (args.empty())
        return usageError("dataset needs a subcommand (add, remove)");
    const std::string sub = args[0];
    args.erase(args.begin());
    if (sub == "add")
        return cmdDatasetAdd(std::move(args));
    if (sub == "remove")
        return cmdDatasetRemove(std::move(args));
    return usageError("unknown dataset subcommand: " + sub);
}


int cmdJobs(std::vector<std::string> args)
{
    const bool asJson = hasFlag(args, "--json");
    json kinds = json::array();
    for (const auto& kind : jobs::jobKinds())
        kinds.push_back(jobs::kindSchemaJson(kind));
    if (asJson) {
        std::cout << json{{"spec_version", jobs::kSpecVersion}, {"kinds", kinds}}.dump() << "\n";
        return 0;
    }
    for (const auto& kind : jobs::jobKinds()) {
        const auto command = jobs::cliCommandOf(kind.name);
        std::cout << kind.name << "\t" << kind.description << "\n";
        if (command.size() == 2)
            std::cout << "  adaptlab-cli " << command[0] << " " << command[1] << " ...\n";
        for (const auto& p : kind.params) {
            std::string line = "  " + p.key + " (" + std::string(jobs::toString(p.type));
            if (!p.min.is_null() || !p.max.is_null())
                line += ", " + (p.min.is_null() ? std::string("..") : p.min.dump()) + ".." +
                        (p.max.is_null() ? std::string() : p.max.dump());
            if (!p.choices.empty()) {
                std::string choices;
                for (const auto& c : p.choices)
                    choices += (choices.empty() ? "" : "|") + c;
                line += ", " + choices;
            }
            if (!p.unit.empty())
                line += ", " + p.unit;
            line += ")";
            if (p.required)
                line += " required";
            else if (!p.defaultValue.is_null())
                line += " default " + p.defaultValue.dump();
            if (p.advanced)
                line += " [advanced]";
            if (p.cliFlag && command.size() == 2)
                line += "  " + p.flagName();
            std::cout << line << "\n      " << p.explanation << "\n";
        }
    }
    return 0;
}

int cmdRuntime(std::vector<std::string> args)
{
    const bool asJson = hasFlag(args, "--json");
    runtime::configure();
    runtime::measureSgemmGflops();
    const auto info = runtime::info(); // now with the figure just measured
    if (asJson) {
        std::cout << runtime::toJson(info) << "\n";
    } else {
        std::cout << "device:        " << info.device << "\n"
                  << "torch threads: " << info.torchThreads << " (cores available: " << info.coresAvailable << ")\n"
                  << "BLAS:          " << info.blas << "\n"
                  << "BLAS core:     " << (info.blasCore.empty() ? "-" : info.blasCore) << " (" << info.blasCoreChoice
                  << ")\n"
                  << "sgemm:         " << std::fixed << std::setprecision(1) << info.sgemmGflops << " GFLOP/s\n"
                  << "torch:         " << info.torchVersion << "\n";
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    std::atexit(closeStdout);
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
        if (command == "runs")
            return cli::runsCommand(args);
        if (command == "dataset")
            return cmdDataset(args);
        if (command == "corpus")
            return cli::jobGroupCommand("corpus", kCorpusUsage, args);
        if (command == "shards")
            return cli::shardsCommand(args);
        if (command == "tokenizer")
            return cli::tokenizerCommand(args);
        if (command == "train")
            return cli::trainCommand(args);
        if (command == "data")
            return cli::dataCommand(args);
        if (command == "mixture")
            return cli::mixtureCommand(args);
        if (command == "export")
            return cli::exportCommand(args);
        if (command == "laws")
            return cli::lawsCommand(args);
        if (command == "merge")
            return cli::mergeCommand(args);
        if (command == "score")
            return cli::scoreCommand(args);
        if (command == "generate")
            return cli::generateCommand(args);
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
