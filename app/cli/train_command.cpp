// `adaptlab-cli train` (train_command.h).
#include "train_command.h"

#include "common/error.h"
#include "jobs/job_context.h"
#include "jobs/job_registry.h"
#include "jobs/param_schema.h"
#include "jobs/train_job.h"
#include "runtime/runtime.h"
#include "store/project_store.h"
#include "tokenize/tokenizer.h"
#include "train/checkpoint_folder.h"
#include "train/launch_environment.h"
#include "train/local_launcher.h"
#include "train/train_config.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <set>

namespace adaptlab::cli {

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

constexpr const char* kTrainUsage = R"(usage: adaptlab-cli train --base DIR|preset:NAME --data PATH[:WEIGHT]... --out DIR [options]
       adaptlab-cli train --base DIR|preset:NAME --mixture-plan FILE --out DIR [options]
       adaptlab-cli train SPEC.json [--json]

  --base DIR|preset:NAME  the model to continue (a Hugging Face folder or a run's checkpoint) or a
                          preset to train from scratch (default preset:tiny)
  --data PATH[:WEIGHT]    domain data (a corpus file or folder; repeatable, mixed by weight)
  --mixture-plan FILE     a mixture plan (adaptlab-cli mixture) instead of --data/--replay: its
                          sources' token shards, weights, replay, upsampling and MeCo; its seq_len,
                          global_batch, steps and seed unless --seq-len/--batch/--steps/--seed say
                          otherwise (relative shard paths: against the plan's project folder)
  --replay PATH:FRACTION  general data mixed back in, FRACTION of the rows (e.g. 0.1)
  --text-field F          the JSON field that holds the text (default text)
  --tokenizer PATH        default: the base's own; a preset needs one
  --steps N --seq-len T --batch B --lr X --seed S
  --out DIR               the run folder: spec.json, events.jsonl, log.txt, checkpoints/, final/
                          (raw text is tokenized once into DIR/../.adaptlab-cache/)
  --heldout-docs N --eval-every K --save-every K
  --resume                continue the run in DIR from its newest checkpoint
  --nproc N               N local data-parallel workers
  --json                  print only the result at the end: final_train_loss, heldout_loss
                          {source: {first, last}}, tokens_per_second, ...

Supervised fine-tuning (instruction data, loss on the answers only):
  adaptlab-cli train --stage sft --base DIR --data FILE... --format alpaca|chat|sharegpt
                     --template chatml|llama2|zephyr|alpaca --out DIR [--no-packing]
                     [--lora-rank R --lora-alpha A --lora-dropout P --lora-targets q,k,v,o]
                     [--heldout-fraction F]
  With --lora-rank above 0 only LoRA adapters train (the base stays frozen) and the run ends with
  DIR/adapter (the PEFT layout: adapter_config.json + adapter_model.safetensors); without, with
  DIR/final (a Hugging Face folder) as continued pre-training does.
MeCo, metadata conditioning then cooldown (Gao et al. 2025):
  --meco [FIELD]          documents start with "LABEL: VALUE\n\n" (masked) from FIELD of each record
                          (default url: the URL's host; or source, topic, ...) until the cooldown;
                          records without the field train plainly
  --meco-label L          the prefix's label (default URL for url, else the field capitalised)
  --meco-hash             the hashed-metadata ablation (a stable hash instead of the value)
  --meco-cooldown F       the final share of steps on plain documents (default 0.1; 0 = no cooldown)
Every other param of the train job kind is a flag as well (adaptlab-cli jobs lists them):
)";

// A command line refused before anything ran: exit 2, the message names the flag.
class CliRefusal : public Error {
public:
    using Error::Error;
};

int refused(const std::string& message)
{
    std::cerr << "adaptlab-cli: " << message << "\n";
    return jobs::kExitSpecRefused;
}

const jobs::JobKind& trainJobKind() { return *jobs::findJobKind("train"); }

// The flag a spec field came from: params.sources[..] is --data, params.replay --replay, the
// others the schema's flag of their param.
std::string flagOfField(const std::string& field)
{
    if (!field.starts_with("params."))
        return field;
    const std::string rest = field.substr(7);
    const std::string key = rest.substr(0, rest.find_first_of(".["));
    if (key == "sources" || key == "sft_data")
        return rest.find(".text_field") != std::string::npos ? "--text-field" : "--data";
    if (key == "replay")
        return rest.find(".text_field") != std::string::npos ? "--text-field" : "--replay";
    if (key == "resume_from")
        return "--resume";
    const jobs::ParamSpec* param = trainJobKind().param(key);
    return param && param->cliFlag ? param->flagName() : field;
}

double parseNumber(const std::string& flag, const std::string& text)
{
    try {
        size_t used = 0;
        const double value = std::stod(text, &used);
        if (used == text.size() && std::isfinite(value))
            return value;
    } catch (const std::exception&) {
    }
    throw CliRefusal("train: " + flag + " needs a number, not \"" + text + "\"");
}

long long parseInteger(const std::string& flag, const std::string& text)
{
    try {
        size_t used = 0;
        const long long value = std::stoll(text, &used);
        if (used == text.size())
            return value;
    } catch (const std::exception&) {
    }
    throw CliRefusal("train: " + flag + " needs an integer, not \"" + text + "\"");
}

// PATH or PATH:NUMBER. A path that exists as written wins (a file may have a colon in its name).
std::pair<fs::path, std::optional<double>> pathAndNumber(const std::string& flag, const std::string& text)
{
    std::error_code ec;
    const size_t colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0 || fs::exists(text, ec))
        return {text, std::nullopt};
    return {text.substr(0, colon), parseNumber(flag + " " + text, text.substr(colon + 1))};
}

// The name a source goes by: the file's name without its extensions, made unique.
std::string uniqueName(const fs::path& path, std::set<std::string>& taken)
{
    std::string stem = path.filename().string();
    if (stem.empty())
        stem = path.parent_path().filename().string();
    stem = stem.substr(0, stem.find('.'));
    if (stem.empty())
        stem = "data";
    std::string name = stem;
    for (int i = 2; !taken.insert(name).second; ++i)
        name = stem + "-" + std::to_string(i);
    return name;
}

fs::path existingPath(const std::string& flag, const fs::path& path)
{
    std::error_code ec;
    if (!fs::exists(path, ec))
        throw CliRefusal("train: " + flag + ": no such file or folder: " + path.string());
    return fs::absolute(path);
}

struct TrainLine {
    std::string specFile;
    json params = json::object();
    fs::path out;
    bool resume = false;
    int nproc = 1;
    bool asJson = false;
};

TrainLine parseTrainLine(const std::vector<std::string>& args)
{
    TrainLine line;
    std::vector<std::string> data, positional;
    std::optional<std::string> replay, textField;
    // The schema's flags (scalar params), and the quick path's own.
    std::map<std::string, const jobs::ParamSpec*> flags;
    std::map<std::string, const jobs::ParamSpec*> negated; // --no-packing
    for (const jobs::ParamSpec& p : trainJobKind().params) {
        if (p.cliFlag && p.type != jobs::ParamType::Object)
            flags[p.flagName()] = &p;
        if (p.cliFlag && p.type == jobs::ParamType::Boolean)
            negated[p.negatedFlagName()] = &p;
    }
    std::vector<std::string> known = {"--data", "--replay", "--text-field", "--out", "--resume", "--nproc", "--json"};
    for (const auto& item : flags)
        known.push_back(item.first);
    for (const auto& item : negated)
        known.push_back(item.first);
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const auto value = [&]() -> std::string {
            if (i + 1 >= args.size())
                throw CliRefusal("train: " + a + " needs a value");
            return args[++i];
        };
        if (a == "--json") {
            line.asJson = true;
        } else if (a == "--resume") {
            line.resume = true;
        } else if (a == "--data") {
            data.push_back(value());
        } else if (a == "--replay") {
            replay = value();
        } else if (a == "--text-field") {
            textField = value();
        } else if (a == "--out") {
            line.out = value();
        } else if (a == "--nproc") {
            const long long n = parseInteger(a, value());
            if (n < 1 || n > 1024)
                throw CliRefusal("train: --nproc must be an integer from 1 to 1024");
            line.nproc = static_cast<int>(n);
        } else if (a == "--meco") {
            // --meco alone is MeCo on the default field (url); --meco FIELD names the field.
            line.params["meco"] = true;
            if (i + 1 < args.size() && !args[i + 1].starts_with("-")) {
                const std::string field = value();
                if (field.empty())
                    throw CliRefusal("train: --meco needs a field name (url, source, ...), not an empty one");
                line.params["meco_field"] = field;
            }
        } else if (const auto off = negated.find(a); off != negated.end()) {
            line.params[off->second->key] = false;
        } else if (const auto it = flags.find(a); it != flags.end() && it->second->type == jobs::ParamType::Boolean) {
            line.params[it->second->key] = true;
        } else if (const auto it = flags.find(a); it != flags.end() && it->second->type == jobs::ParamType::StringList) {
            // Repeatable, and each value may be a comma-separated list: --lora-targets q,k,v,o.
            json& list = line.params[it->second->key];
            if (!list.is_array())
                list = json::array();
            const std::string text = value();
            size_t start = 0;
            for (size_t comma = text.find(','); ; comma = text.find(',', start)) {
                const std::string item = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
                if (item.empty())
                    throw CliRefusal("train: " + a + " \"" + text + "\": an empty name in the list");
                list.push_back(item);
                if (comma == std::string::npos)
                    break;
                start = comma + 1;
            }
        } else if (const auto it = flags.find(a); it != flags.end()) {
            const jobs::ParamSpec& p = *it->second;
            const std::string text = value();
            switch (p.type) {
            case jobs::ParamType::Integer: line.params[p.key] = parseInteger(a, text); break;
            case jobs::ParamType::Number: line.params[p.key] = parseNumber(a, text); break;
            case jobs::ParamType::PathRead: line.params[p.key] = existingPath(a, text).string(); break;
            default:
                // A base or resume_from that is a folder is made absolute: spec.json then reads the
                // same from anywhere.
                if ((p.key == "base" && !text.starts_with("preset:")) || (p.key == "resume_from" && text != "latest"))
                    line.params[p.key] = existingPath(a, text).string();
                else
                    line.params[p.key] = text;
                break;
            }
        } else if (a.size() > 1 && a[0] == '-') {
            const std::string suggestion = jobs::closestName(a, known);
            throw CliRefusal("train: unknown option " + a +
                             (suggestion.empty() ? " (adaptlab-cli train --help lists them)" : " (did you mean " + suggestion + "?)"));
        } else {
            positional.push_back(a);
        }
    }
    if (!positional.empty()) {
        if (positional.size() == 1 && positional[0].ends_with(".json") && data.empty() && line.out.empty()) {
            line.specFile = positional[0];
            return line;
        }
        throw CliRefusal("train: unexpected argument \"" + positional[0] + "\" (corpus files go with --data)");
    }
    if (line.out.empty())
        throw CliRefusal("train: --out DIR is required (the run folder)");
    line.out = fs::absolute(line.out);
    if (line.params.contains("mixture_plan")) {
        // The plan names the data: shards already built, so nothing here to tokenize.
        if (!data.empty() || replay || textField)
            throw CliRefusal(std::string("train: --mixture-plan names the data: drop ") +
                             (!data.empty() ? "--data" : replay ? "--replay" : "--text-field"));
        if (line.params.value("stage", std::string("cpt")) == "sft")
            throw CliRefusal("train: --mixture-plan is for continued pre-training (--stage cpt), not --stage sft");
        if (line.resume) {
            if (line.params.contains("resume_from"))
                throw CliRefusal("train: --resume and --resume-from: give one");
            line.params["resume_from"] = "latest";
        }
        return line;
    }
    if (data.empty())
        throw CliRefusal("train: --data PATH is required (the domain data; repeatable), or --mixture-plan FILE");

    std::set<std::string> names;
    if (line.params.value("stage", std::string("cpt")) == "sft") {
        // Stage sft: --data names instruction files (their shape: --format), not corpora.
        if (replay)
            throw CliRefusal("train: --replay is for continued pre-training (--stage cpt), not --stage sft");
        if (textField)
            throw CliRefusal("train: --text-field is for corpora; instruction files are read with --format");
        json entries = json::array();
        for (const std::string& entry : data) {
            const fs::path path = existingPath("--data", entry);
            if (!fs::is_regular_file(path))
                throw CliRefusal("train: --data " + entry + ": not a file (stage sft reads instruction files: .jsonl or .json)");
            entries.push_back({{"path", path.string()}, {"name", uniqueName(entry, names)}});
        }
        line.params["sft_data"] = entries;
        if (line.resume) {
            if (line.params.contains("resume_from"))
                throw CliRefusal("train: --resume and --resume-from: give one");
            line.params["resume_from"] = "latest";
        }
        return line;
    }
    json sources = json::array();
    for (const std::string& entry : data) {
        const auto [path, weight] = pathAndNumber("--data", entry);
        json source = {{"path", existingPath("--data", path).string()}, {"name", uniqueName(path, names)}};
        if (weight) {
            if (!(*weight > 0))
                throw CliRefusal("train: --data " + entry + ": the weight must be above 0");
            source["weight"] = *weight;
        }
        if (textField)
            source["text_field"] = *textField;
        sources.push_back(source);
    }
    line.params["sources"] = sources;
    if (replay) {
        const auto [path, fraction] = pathAndNumber("--replay", *replay);
        if (!fraction)
            throw CliRefusal("train: --replay needs PATH:FRACTION (e.g. general.txt:0.1), not \"" + *replay + "\"");
        if (!(*fraction >= 0 && *fraction < 1))
            throw CliRefusal("train: --replay " + *replay + ": the fraction must be from 0 to below 1");
        json source = {{"path", existingPath("--replay", path).string()}, {"name", uniqueName(path, names)},
                       {"fraction", *fraction}};
        if (textField)
            source["text_field"] = *textField;
        line.params["replay"] = source;
    }
    if (line.resume) {
        if (line.params.contains("resume_from"))
            throw CliRefusal("train: --resume and --resume-from: give one");
        line.params["resume_from"] = "latest";
    }
    return line;
}

// Runs SPEC (text) or the spec file, printing events (or with --json the result only); returns
// the exit code.
int runTrainSpec(const TrainLine& line, const json* spec)
{
    jobs::installStopSignalHandlers();
    std::mutex outMutex;
    json result;
    const auto sink = [&](const jobs::JobEvent& event) {
        std::lock_guard lock(outMutex);
        if (event.type == jobs::JobEvent::Type::Done)
            result = json::parse(event.resultJson);
        if (event.type == jobs::JobEvent::Type::Error) {
            const std::string flag = spec ? flagOfField(event.field) : event.field;
            std::cerr << "adaptlab-cli: train: " << (flag.empty() ? "" : flag + ": ") << event.message << "\n";
        }
        if (line.asJson)
            return;
        const std::string text = jobs::toJsonLine(event) + "\n";
        std::fwrite(text.data(), 1, text.size(), stdout);
        std::fflush(stdout);
    };
    jobs::ExecuteOptions options;
    int code = 0;
    if (spec) {
        // The paths come from the user's own command line; the run folder keeps its files.
        options.allowOutsidePaths = true;
        // One data-parallel run has one set of run files: rank 0's (the other ranks' output goes
        // to the launcher's stderr).
        try {
            options.runFilesInWorkDir = train::readLaunchEnvironment().isMain();
        } catch (const Error& error) {
            return refused(std::string("train: ") + error.what());
        }
        code = jobs::executeSpecText(spec->dump(), line.out, sink, options);
    } else {
        code = jobs::executeSpecFile(line.specFile, sink, options);
    }
    if (line.asJson && code == jobs::kExitDone)
        std::cout << result.dump() << "\n";
    return code;
}

int trainFromSpecFile(const TrainLine& line)
{
    // Only a train spec: anything else belongs to `run`.
    try {
        const jobs::JobSpec spec = jobs::parseSpecFile(line.specFile);
        if (spec.kind != "train")
            return refused("train: " + line.specFile + " is a " + spec.kind + " spec: run it with adaptlab-cli run");
    } catch (const jobs::SpecError& error) {
        return refused("train: " + line.specFile + ": " + error.what());
    }
    return runTrainSpec(line, nullptr);
}

} // namespace

int trainCommand(std::vector<std::string> args)
{
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        std::cout << kTrainUsage;
        for (const jobs::ParamSpec& p : trainJobKind().params)
            if (p.cliFlag && p.type != jobs::ParamType::Object)
                std::cout << "  " << p.flagName() << "  " << p.explanation << "\n";
        return args.empty() ? 2 : 0;
    }
    TrainLine line;
    try {
        line = parseTrainLine(args);
    } catch (const CliRefusal& refusal) {
        return refused(refusal.what());
    }
    if (line.nproc > 1) {
        if (!line.specFile.empty())
            return refused("train: --nproc with a spec file: start the workers with the exported launch script "
                           "(torchrun or Slurm), or use the quick path (--data ... --out DIR --nproc N)");
        // This command line again in N workers (without --nproc), each with its rank: rank 0 writes
        // the run's files, the others train beside it (train/local_launcher.h).
        try {
            std::vector<std::string> argv{fs::read_symlink("/proc/self/exe").string(), "train"};
            argv.insert(argv.end(), args.begin(), args.end());
            return train::launchLocalWorkers(line.nproc, argv);
        } catch (const std::exception& error) {
            return refused(std::string("train: --nproc ") + std::to_string(line.nproc) + ": " + error.what());
        }
    }
    if (!line.specFile.empty())
        return trainFromSpecFile(line);

    // A run folder is continued only on request, and only from a checkpoint it has.
    const auto checkpoint = train::latestCheckpoint(line.out);
    if (line.resume && !checkpoint)
        return refused("train: --resume: " + line.out.string() + " has no checkpoint to continue from (checkpoints/step-N)");
    if (!line.resume && checkpoint)
        return refused("train: --out " + line.out.string() + " holds a run already (" + checkpoint->filename().string() +
                       "): add --resume to continue it, or choose another --out");

    const json spec = {{"version", jobs::kSpecVersion}, {"kind", "train"}, {"params", line.params}};
    const auto problems = jobs::validateSpec(spec);
    if (!problems.empty()) {
        for (size_t i = 1; i < problems.size() && i < 10; ++i)
            std::cerr << "adaptlab-cli: train: " << flagOfField(problems[i].field) << ": " << problems[i].message << "\n";
        return refused("train: " + flagOfField(problems.front().field) + ": " + problems.front().message);
    }
    return runTrainSpec(line, &spec);
}

} // namespace adaptlab::cli
