// Job "train": continued pre-training (or training from a preset) of a Llama-architecture model on
// a weighted mix of sources plus a replay fraction of general data (METHODS §5, §8). The job
// tokenizes each source once into token shards (reused while inputs, tokenizer and options stay
// the same: in a project under shards/<source>/<tokenizer>-<options>/ as build_shards keeps them,
// without one in .adaptlab-cache/ beside the run folder), fills a train::TrainConfig and hands it
// to the trainer in the LibTorch module. The run folder holds checkpoints/step-N/ and final/ (a
// Hugging Face folder). Resume = a new run of the same spec with resume_from: "latest" (this run
// folder's newest checkpoint), a checkpoint folder, or a run folder (its newest checkpoint).
// Stage "sft" (issue 11): params.sft_data names instruction files (paths or project datasets, each
// alpaca/chat/sharegpt) that the trainer reads and renders through chat_template itself (no shards).
// Issue 12: params.mixture_plan names a mixture plan (data/mixture.h, plans/<name>.json) instead of
// sources/replay: its sources' token shards (built already), weights, replay, end-of-training
// upsampling (DataPlan::segments) and MeCo options; its seq_len/global_batch/steps/seed unless the
// params give them.
// With lora_rank > 0 only LoRA adapters train, the base frozen: the run ends with <run>/adapter (the
// PEFT layout, the "--out/adapter") instead of final/, and its checkpoints hold the adapter.
// MeCo (issue 12, METHODS §7): with meco true the sources' shards carry the metadata field
// meco_field (part of the shard cache key, so a plain run's shards are reused only when they are
// the same build) and the trainer prefixes documents with it until the cooldown (meco_cooldown).
#include "common/translate_noop.h"
#include "data/chat_template.h"
#include "data/meco.h"
#include "data/instruction.h"
#include "data/mixture.h"
#include "jobs/job_context.h"
#include "jobs/job_inputs.h"
#include "jobs/job_registry.h"
#include "jobs/train_job.h"
#include "model/llama_config.h"
#include "model/lora_config.h"
#include "runtime/runtime.h"
#include "store/project_store.h"
#include "tokenize/shard_builder.h"
#include "tokenize/tokenizer.h"
#include "train/checkpoint_folder.h"
#include "train/data_cache.h"
#include "train/train_config.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <set>

namespace adaptlab::jobs {

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

constexpr const char* kPresetPrefix = "preset:";
constexpr const char* kDefaultBase = "preset:tiny";
const std::set<std::string> kSourceKeys = {"name", "dataset", "path", "text_field", "weight"};
const std::set<std::string> kReplayKeys = {"name", "dataset", "path", "text_field", "fraction"};
const std::set<std::string> kSftKeys = {"name", "dataset", "path", "format", "fields"};

bool isSft(const json& params) { return params.value("stage", std::string("cpt")) == "sft"; }

bool isPreset(const std::string& base) { return base.starts_with(kPresetPrefix); }

// The files params.<field>.path names: one path or a list of paths.
std::vector<std::string> pathList(const json& value)
{
    std::vector<std::string> out;
    if (value.is_string())
        out.push_back(value.get<std::string>());
    else if (value.is_array())
        for (const json& entry : value)
            out.push_back(entry.is_string() ? entry.get<std::string>() : std::string());
    return out;
}

// The name a source goes by in metrics and the result: its "name", else the dataset's name, else
// the first file's name without its extensions.
std::string sourceName(const json& entry)
{
    if (entry.contains("name") && entry["name"].is_string())
        return entry["name"].get<std::string>();
    if (entry.contains("dataset") && entry["dataset"].is_string())
        return entry["dataset"].get<std::string>();
    const auto paths = pathList(entry.value("path", json()));
    if (paths.empty())
        return {};
    const std::string file = fs::path(paths.front()).filename().string();
    return file.substr(0, file.find('.'));
}

// The shape of one source entry (sources[i] or replay); problems name "params.<field>.<key>".
void validateSourceEntry(const json& entry, const std::string& field, const std::set<std::string>& keys,
                         std::vector<SpecProblem>& problems)
{
    if (!entry.is_object()) {
        problems.push_back({field, "must be an object with \"dataset\" (a project dataset) or \"path\" (corpus files)"});
        return;
    }
    for (const auto& item : entry.items()) {
        if (keys.count(item.key()))
            continue;
        std::string known;
        for (const std::string& key : keys)
            known += (known.empty() ? "" : ", ") + key;
        problems.push_back({field + "." + item.key(), "unknown key (a source knows: " + known + ")"});
    }
    const bool hasDataset = entry.contains("dataset");
    const bool hasPath = entry.contains("path");
    if (hasDataset == hasPath)
        problems.push_back({field, hasDataset ? "names both \"dataset\" and \"path\": choose one"
                                              : "needs \"dataset\" (a project dataset) or \"path\" (corpus files)"});
    for (const char* key : {"name", "dataset", "text_field"}) {
        if (!entry.contains(key))
            continue;
        const json& value = entry[key];
        if (!value.is_string() || value.get_ref<const std::string&>().empty() ||
            value.get_ref<const std::string&>().find('\0') != std::string::npos)
            problems.push_back({field + "." + key, "must be a non-empty string"});
    }
    if (hasPath) {
        const json& value = entry["path"];
        const auto paths = pathList(value);
        const bool bad = (!value.is_string() && !value.is_array()) || paths.empty() ||
                         std::any_of(paths.begin(), paths.end(), [](const std::string& p) {
                             return p.empty() || p.find('\0') != std::string::npos;
                         });
        if (bad)
            problems.push_back({field + ".path", "must be a path or a non-empty list of paths"});
    }
    if (entry.contains("weight")) {
        const json& weight = entry["weight"];
        if (!weight.is_number() || !std::isfinite(weight.get<double>()) || !(weight.get<double>() > 0))
            problems.push_back({field + ".weight", "must be a number above 0"});
    }
    if (keys.count("fraction")) {
        const json* fraction = entry.contains("fraction") ? &entry["fraction"] : nullptr;
        if (!fraction)
            problems.push_back({field + ".fraction", "is required: the share of rows from the replay data, from 0 to below 1"});
        else if (!fraction->is_number() || !(fraction->get<double>() >= 0 && fraction->get<double>() < 1))
            problems.push_back({field + ".fraction", "must be a number from 0 to below 1"});
    }
    if (sourceName(entry).empty() && hasPath)
        problems.push_back({field + ".name", "cannot be taken from the path: give the source a name"});
}

// One params.sft_data entry: {"dataset" or "path", "format", "name", "fields"}.
void validateSftEntry(const json& entry, const std::string& field, std::vector<SpecProblem>& problems)
{
    if (!entry.is_object()) {
        problems.push_back({field, "must be an object with \"dataset\" (a project dataset) or \"path\" (instruction files)"});
        return;
    }
    for (const auto& item : entry.items())
        if (!kSftKeys.count(item.key()))
            problems.push_back({field + "." + item.key(), "unknown key (an SFT data entry knows: dataset, fields, format, name, path)"});
    const bool hasDataset = entry.contains("dataset");
    const bool hasPath = entry.contains("path");
    if (hasDataset == hasPath)
        problems.push_back({field, hasDataset ? "names both \"dataset\" and \"path\": choose one"
                                              : "needs \"dataset\" (a project dataset) or \"path\" (instruction files)"});
    for (const char* key : {"name", "dataset"}) {
        if (entry.contains(key) && (!entry[key].is_string() || entry[key].get_ref<const std::string&>().empty()))
            problems.push_back({field + "." + key, "must be a non-empty string"});
    }
    if (hasPath) {
        const auto paths = pathList(entry["path"]);
        if (paths.empty() || std::any_of(paths.begin(), paths.end(), [](const std::string& p) { return p.empty() || p.find('\0') != std::string::npos; }))
            problems.push_back({field + ".path", "must be a path or a non-empty list of paths"});
    }
    if (entry.contains("format") &&
        !(entry["format"].is_string() && data::parseInstructionFormat(entry["format"].get<std::string>())))
        problems.push_back({field + ".format", "must be alpaca, chat or sharegpt"});
    if (entry.contains("fields")) {
        try {
            data::InstructionFields::fromJson(entry["fields"]);
        } catch (const std::exception& error) {
            problems.push_back({field + ".fields", error.what()});
        }
    }
}

void validateTrain(const json& params, std::vector<SpecProblem>& problems)
{
    const bool sft = isSft(params);
    if (sft) {
        for (const char* key : {"sources", "replay", "mixture_plan"})
            if (params.contains(key))
                problems.push_back({std::string("params.") + key, "is for stage cpt; stage sft reads params.sft_data"});
        const auto it = params.find("sft_data");
        if (it == params.end() || !it->is_array() || it->empty()) {
            problems.push_back({"params.sft_data", "stage sft needs a non-empty list of instruction data ({\"dataset\": NAME} or {\"path\": FILE}, with \"format\")"});
        } else {
            for (size_t i = 0; i < it->size(); ++i)
                validateSftEntry((*it)[i], "params.sft_data[" + std::to_string(i) + "]", problems);
        }
    } else if (params.contains("mixture_plan")) {
        // The plan names the sources (token shards), their weights and the replay.
        for (const char* key : {"sources", "replay"})
            if (params.contains(key))
                problems.push_back({std::string("params.") + key, "the mixture plan names the data: give params.mixture_plan or params." +
                                                                      std::string(key) + ", not both"});
        if (params.contains("sft_data"))
            problems.push_back({"params.sft_data", "is for stage sft (set params.stage to \"sft\")"});
    } else {
        if (!params.contains("sources"))
            problems.push_back({"params.sources", "is required: the domain data ({\"dataset\": NAME} or {\"path\": FILE}), or a params.mixture_plan"});
        if (params.contains("sft_data"))
            problems.push_back({"params.sft_data", "is for stage sft (set params.stage to \"sft\")"});
    }
    if (const auto it = params.find("lora_targets"); it != params.end() && it->is_array()) {
        for (size_t i = 0; i < it->size(); ++i) {
            if (!(*it)[i].is_string())
                continue; // the schema names it
            try {
                model::loraModuleName((*it)[i].get<std::string>());
            } catch (const std::exception& error) {
                problems.push_back({"params.lora_targets[" + std::to_string(i) + "]", error.what()});
            }
        }
    }
    std::set<std::string> names;
    const auto checkName = [&](const json& entry, const std::string& field) {
        if (!entry.is_object())
            return;
        const std::string name = sourceName(entry);
        if (!name.empty() && !names.insert(name).second)
            problems.push_back({field + ".name", "\"" + name + "\" names two sources: give each its own name"});
    };
    if (const auto it = params.find("sources"); it != params.end()) {
        if (!it->is_array() || it->empty()) {
            problems.push_back({"params.sources", "must be a non-empty list of sources ({\"dataset\": NAME} or {\"path\": FILE})"});
        } else {
            for (size_t i = 0; i < it->size(); ++i) {
                const std::string field = "params.sources[" + std::to_string(i) + "]";
                validateSourceEntry((*it)[i], field, kSourceKeys, problems);
                checkName((*it)[i], field);
            }
        }
    }
    if (const auto it = params.find("replay"); it != params.end()) {
        validateSourceEntry(*it, "params.replay", kReplayKeys, problems);
        checkName(*it, "params.replay");
    }
    if (const json base = params.value("base", json(kDefaultBase)); base.is_string()) {
        const std::string text = base.get<std::string>();
        if (isPreset(text) && text.size() == std::string(kPresetPrefix).size())
            problems.push_back({"params.base", "\"preset:\" needs a preset name (preset:tiny, ...)"});
        if (isPreset(text) && !params.contains("tokenizer"))
            problems.push_back({"params.tokenizer", "a preset base trains from scratch: name the tokenizer its vocabulary comes from"});
    }
    const auto integer = [&](const char* key) -> std::optional<int64_t> {
        const auto it = params.find(key);
        return it != params.end() && it->is_number_integer() ? std::optional<int64_t>(it->get<int64_t>()) : std::nullopt;
    };
    const auto batch = integer("batch");
    const auto microBatch = integer("micro_batch");
    if (microBatch && *microBatch > 0 && *microBatch > batch.value_or(8))
        problems.push_back({"params.micro_batch", "must not exceed params.batch (" + std::to_string(batch.value_or(8)) + ")"});
    else if (microBatch && *microBatch > 0 && batch.value_or(8) % *microBatch != 0)
        problems.push_back({"params.micro_batch", "must divide params.batch (" + std::to_string(batch.value_or(8)) +
                                                      " rows per step) into whole micro-batches"});
    // MeCo: prefixes on CPT documents; its options only with it (a label on a plain run means nothing).
    const bool meco = params.value("meco", json(false)) == json(true);
    if (meco && sft)
        problems.push_back({"params.meco", "is for continued pre-training (stage cpt): instruction data has no document metadata"});
    for (const char* key : {"meco_field", "meco_label", "meco_hash", "meco_cooldown"})
        if (!meco && params.contains(key))
            problems.push_back({std::string("params.") + key, "is for MeCo runs (set params.meco to true)"});
    if (const auto cooldown = params.find("meco_cooldown"); cooldown != params.end() && cooldown->is_number() &&
                                                            cooldown->get<double>() >= 1.0)
        problems.push_back({"params.meco_cooldown", "must be below 1 (phase 1 trains with the metadata)"});
    if (const auto device = params.find("device"); device != params.end() && device->is_string() &&
                                                  !isDeviceName(device->get<std::string>()))
        problems.push_back({"params.device", "must be auto, cpu, cuda or cuda:N"});
    if (const auto resume = params.find("resume_from"); resume != params.end() && resume->is_string() &&
                                                        resume->get<std::string>().find('\0') != std::string::npos)
        problems.push_back({"params.resume_from", "must not hold a NUL byte (\\u0000)"});
}

// A base that is a folder: the folder, or a problem.
std::optional<std::string> baseFolderProblem(const fs::path& folder)
{
    std::error_code ec;
    if (!fs::is_directory(folder, ec))
        return "no model folder at " + folder.string() + " (a base is preset:NAME, a Hugging Face folder or a run's checkpoint)";
    if (!fs::is_regular_file(folder / "config.json", ec))
        return folder.string() + " has no config.json: not a Hugging Face model folder";
    try {
        model::LlamaConfig::load(folder / "config.json");
    } catch (const std::exception& error) {
        return error.what();
    }
    return std::nullopt;
}

// The warmup steps of the config a checkpoint records (the trainer's train_config.json), if readable.
std::optional<int64_t> recordedWarmupSteps(const fs::path& checkpoint)
{
    std::ifstream in(checkpoint / "train_config.json", std::ios::binary);
    if (!in)
        return std::nullopt;
    try {
        return train::TrainConfig::fromJson(json::parse(in)).schedule.warmupSteps;
    } catch (const std::exception&) {
        return std::nullopt; // the trainer refuses the checkpoint itself, naming the problem
    }
}

// resume_from as a path: a checkpoint folder (has trainer_state.json) or a run folder (its newest
// checkpoint). Empty for "latest" (the trainer takes this run folder's newest).
fs::path resolveResumeFrom(const store::ProjectStore* store, const std::string& text)
{
    if (text == "latest")
        return {};
    const fs::path path = resolveSpecPath(store, "params.resume_from", text);
    std::error_code ec;
    if (train::isCheckpoint(path))
        return path;
    if (fs::is_directory(path / "checkpoints", ec)) {
        if (const auto newest = train::latestCheckpoint(path))
            return *newest;
        throw SpecError("params.resume_from", "the run folder " + path.string() + " has no finished checkpoint");
    }
    throw SpecError("params.resume_from", "no checkpoint at " + path.string() +
                                              " (a checkpoints/step-N folder, a run folder, or \"latest\")");
}

// The mixture plan a run trains on and the data sources it gives: every source with a shard
// folder that exists (a source planned by its token count alone cannot train). Relative shard
// paths resolve against the plan's project (data::planProjectFolder), as `adaptlab-cli mixture`
// resolves them. Throws SpecError naming params.mixture_plan.
struct TrainingPlan {
    fs::path file;
    data::MixturePlan plan;
    std::vector<train::DataSource> sources;
};

TrainingPlan loadTrainingPlan(const store::ProjectStore* store, const std::string& text)
{
    constexpr const char* kField = "params.mixture_plan";
    TrainingPlan out;
    out.file = resolveSpecPath(store, kField, text);
    try {
        out.plan = data::MixturePlan::load(out.file);
    } catch (const Error& error) {
        throw SpecError(kField, error.what());
    }
    const fs::path project = data::planProjectFolder(out.file);
    for (size_t i = 0; i < out.plan.sources.size(); ++i) {
        const data::MixtureSource& source = out.plan.sources[i];
        const std::string what = out.file.string() + ": sources[" + std::to_string(i) + "] (" + source.name + ")";
        if (source.shards.empty())
            throw SpecError(kField, what + " has no \"shards\": a source planned by its token count cannot train; "
                                           "build its token shards and name the folder");
        const fs::path folder = out.plan.resolvedShards(i, project);
        std::error_code ec;
        if (!fs::is_directory(folder, ec))
            throw SpecError(kField, what + ": no shard folder at " + folder.string());
        out.sources.push_back({source.name, folder, source.weight, source.replay});
    }
    return out;
}

// Shards built with another tokenizer than the run's would train on the wrong ids: their
// manifest's tokenizer fingerprint must be the run's tokenizer's.
void checkShardTokenizer(const train::DataSource& source, const tokenize::Tokenizer& tokenizer)
{
    std::ifstream in(source.shardFolder / "manifest.json", std::ios::binary);
    if (!in)
        return; // shards written without a build (tests); DataOrder still checks the vocabulary size
    std::string fingerprint;
    try {
        fingerprint = json::parse(in).value("tokenizer_fingerprint", std::string());
    } catch (const std::exception&) {
        return;
    }
    if (!fingerprint.empty() && fingerprint != tokenizer.fingerprint())
        throw SpecError("params.mixture_plan", "the shards of source '" + source.name + "' (" + source.shardFolder.string() +
                                                   ") were built with another tokenizer than the run's (" +
                                                   tokenizer.path().string() + "): build them with it, or train with theirs");
}

void preflightSource(const json& entry, const std::string& field, const store::ProjectStore* store,
                     std::vector<SpecProblem>& problems)
{
    if (entry.contains("dataset")) {
        if (const auto problem = datasetReferenceProblem(store, entry["dataset"].get<std::string>(), false))
            problems.push_back({field + ".dataset", *problem});
        return;
    }
    for (const std::string& path : pathList(entry["path"])) {
        const fs::path resolved = resolveSpecPath(store, field + ".path", path);
        std::error_code ec;
        if (!fs::exists(resolved, ec))
            problems.push_back({field + ".path", "no corpus at " + resolved.string()});
    }
}

void preflightTrain(const JobSpec& spec, const store::ProjectStore* store, std::vector<SpecProblem>& problems)
{
    const json& params = spec.params;
    const json sources = params.value("sources", json::array());
    for (size_t i = 0; i < sources.size(); ++i)
        preflightSource(sources[i], "params.sources[" + std::to_string(i) + "]", store, problems);
    const json sftData = params.value("sft_data", json::array());
    for (size_t i = 0; i < sftData.size(); ++i) {
        const std::string field = "params.sft_data[" + std::to_string(i) + "]";
        if (sftData[i].contains("dataset")) {
            if (const auto problem = datasetReferenceProblem(store, sftData[i]["dataset"].get<std::string>(), false))
                problems.push_back({field + ".dataset", *problem});
            continue;
        }
        for (const std::string& path : pathList(sftData[i]["path"])) {
            const fs::path resolved = resolveSpecPath(store, field + ".path", path);
            std::error_code ec;
            if (!fs::is_regular_file(resolved, ec))
                problems.push_back({field + ".path", "no instruction file at " + resolved.string()});
        }
    }
    if (params.contains("replay"))
        preflightSource(params["replay"], "params.replay", store, problems);
    if (params.contains("mixture_plan") && params["mixture_plan"].is_string()) {
        try {
            loadTrainingPlan(store, params["mixture_plan"].get<std::string>());
        } catch (const SpecError& error) {
            problems.push_back({error.field(), error.message()});
        }
    }

    const std::string base = params.value("base", std::string(kDefaultBase));
    fs::path baseFolder;
    if (isPreset(base)) {
        const std::string name = base.substr(std::string(kPresetPrefix).size());
        const auto& presets = model::modelPresets();
        if (std::none_of(presets.begin(), presets.end(), [&name](const model::ModelPreset& p) { return p.name == name; })) {
            std::string known;
            for (const model::ModelPreset& preset : presets)
                known += (known.empty() ? "" : ", ") + std::string(kPresetPrefix) + preset.name;
            problems.push_back({"params.base", "no preset named \"" + name + "\" (presets: " + known + ")"});
        }
    } else {
        baseFolder = resolveSpecPath(store, "params.base", base);
        if (const auto problem = baseFolderProblem(baseFolder))
            problems.push_back({"params.base", *problem});
    }
    std::error_code ec;
    if (params.contains("tokenizer")) {
        const fs::path tokenizer = resolveSpecPath(store, "params.tokenizer", params["tokenizer"].get<std::string>());
        if (!fs::exists(tokenizer, ec))
            problems.push_back({"params.tokenizer", "no tokenizer at " + tokenizer.string()});
    } else if (!baseFolder.empty() && fs::is_directory(baseFolder, ec) && !tokenize::tokenizerFileInFolder(baseFolder)) {
        problems.push_back({"params.tokenizer", "the base " + baseFolder.string() +
                                                    " has no tokenizer (tokenizer.json or tokenizer.model): name one"});
    }
    if (params.contains("resume_from")) {
        try {
            resolveResumeFrom(store, params["resume_from"].get<std::string>());
        } catch (const SpecError& error) {
            problems.push_back({error.field(), error.message()});
        }
    }
}

// One source, ready to tokenize: its name, the corpus it reads, and how.
struct SourceInput {
    std::string name;
    CorpusInput input;
    double weight = 1.0;
    bool replay = false;
};

SourceInput resolveSource(const JobContext& context, const json& entry, const std::string& field, bool replay)
{
    SourceInput source;
    source.name = sourceName(entry);
    source.replay = replay;
    source.weight = replay ? 1.0 : entry.value("weight", 1.0);
    if (entry.contains("dataset")) {
        const std::string name = entry["dataset"].get<std::string>();
        if (!context.store())
            throw SpecError(field + ".dataset", "naming a dataset needs \"project\" in the spec");
        const auto dataset = context.store()->datasetByName(name);
        if (!dataset)
            throw SpecError(field + ".dataset", "no dataset named \"" + name + "\" in the project");
        // Read the way it was imported (files, text field, plain-text mode, glob), as the corpus
        // jobs do; the entry's text_field wins.
        DatasetFiles files = datasetFiles(*context.store(), *dataset);
        if (entry.contains("text_field"))
            files.options.fields.textField = entry["text_field"].get<std::string>();
        source.input = {dataset->name, std::move(files.inputs), std::move(files.options), dataset->id};
        return source;
    }
    corpus::ReaderOptions options;
    options.fields.textField = entry.value("text_field", std::string("text"));
    options.plainText = corpus::PlainTextMode::LinePerDocument; // as the corpus jobs read files
    std::vector<fs::path> paths;
    for (const std::string& path : pathList(entry["path"])) {
        const fs::path resolved = context.resolvePath(path);
        std::error_code ec;
        if (!fs::exists(resolved, ec))
            throw SpecError(field + ".path", "the corpus " + resolved.string() + " does not exist");
        paths.push_back(resolved);
    }
    source.input = {source.name, std::move(paths), options, std::nullopt};
    return source;
}

// The tokenizer's progress for source INDEX of COUNT: every source is a slice of one bar, so the
// ETA covers the whole data preparation.
tokenize::ShardBuildHooks shardHooks(JobContext& context, size_t index, size_t count)
{
    tokenize::ShardBuildHooks hooks;
    hooks.checkStop = [&context] { context.throwIfStopped(); };
    hooks.progress = [&context, index, count](int64_t done, int64_t total, const std::string&) {
        const double part = total > 0 ? static_cast<double>(done) / static_cast<double>(total) : 0.0;
        context.progress(static_cast<int64_t>((static_cast<double>(index) + part) * 1000.0),
                         static_cast<int64_t>(count) * 1000, "tokenize");
    };
    hooks.log = [&context](const std::string& message, const std::string& level) { context.log(message, level); };
    return hooks;
}

void logShards(JobContext& context, const std::string& name, bool reused, const fs::path& dir, uint64_t tokens,
               uint64_t heldoutDocuments)
{
    context.log(name + ": " + (reused ? "reusing the token shards in " : "tokenized into ") + dir.string() + " (" +
                std::to_string(tokens) + " training tokens, " + std::to_string(heldoutDocuments) + " held-out documents)");
    if (heldoutDocuments == 0)
        context.log(name + ": no held-out documents: no held-out loss for this source", "warning");
}

// The metadata field the shards must carry: MeCo's field, none for a plain run.
std::string mecoMetadataField(const JobContext& context)
{
    return param<bool>(context, "meco") ? param<std::string>(context, "meco_field") : std::string();
}

// In a project: the shards of one source under shards/<source>/<tokenizer>-<options>/, recorded in
// the store as build_shards records them (so the Tokenizer panel lists them and removing the
// dataset removes them).
train::DataSource prepareProjectShards(JobContext& context, const tokenize::Tokenizer& tokenizer,
                                       const fs::path& tokenizerPath, const SourceInput& source, size_t index, size_t count)
{
    tokenize::ShardBuildOptions options;
    options.sources.push_back({source.input.name, source.input.paths, source.input.options});
    options.heldoutDocuments = param<uint64_t>(context, "heldout_docs");
    options.seed = param<uint64_t>(context, "seed");
    options.threads = param<int>(context, "threads");
    options.metadataField = mecoMetadataField(context);
    const std::string optionsHash = tokenize::shardOptionsHash(tokenize::shardOptionsJson(options));
    options.outDir = context.store()->root() / "shards" / train::cacheFolderName(source.name) /
                     tokenize::shardFolderName(tokenizer.fingerprint(), optionsHash);
    const tokenize::ShardBuildResult built = tokenize::buildShards(tokenizer, options, shardHooks(context, index, count));
    logShards(context, source.name, built.reused, built.dir, built.tokens, built.heldoutDocuments);
    store::TokenShardsRecord record;
    record.datasetId = source.input.datasetId;
    record.tokenizerFingerprint = built.tokenizerFingerprint;
    record.tokenizerPath = context.store()->relativePath(tokenizerPath);
    record.optionsHash = built.optionsHash;
    record.optionsJson = built.options.dump();
    record.datasetFingerprint = built.datasetFingerprint;
    record.folder = context.store()->relativePath(built.dir);
    record.documents = static_cast<int64_t>(built.documents);
    record.tokens = static_cast<int64_t>(built.tokens);
    record.heldoutDocuments = static_cast<int64_t>(built.heldoutDocuments);
    record.heldoutTokens = static_cast<int64_t>(built.heldoutTokens);
    record.dtype = std::string(tokenize::toString(built.dtype));
    record.vocabSize = built.vocabSize;
    context.store()->recordTokenShards(record);
    return {source.name, built.dir, source.weight, source.replay};
}

// Without a project: the quick path's shard cache beside the run folder
// (<run>/../.adaptlab-cache/shards/), so that runs next to each other (out/a, out/b) share it and
// the run folder holds only the run. A path that is a shard build folder is used as it is.
train::DataSource prepareCachedShards(JobContext& context, const tokenize::Tokenizer& tokenizer, const SourceInput& source,
                                      size_t index, size_t count)
{
    train::DataCacheOptions options;
    options.inputs = {{source.name, source.input.paths, source.weight, source.replay}};
    options.cacheDir = context.workDir().parent_path() / ".adaptlab-cache" / "shards";
    options.textField = source.input.options.fields.textField;
    options.plainText = source.input.options.plainText;
    options.heldoutDocuments = param<uint64_t>(context, "heldout_docs");
    options.seed = param<uint64_t>(context, "seed");
    options.threads = param<int>(context, "threads");
    options.metadataField = mecoMetadataField(context);
    const auto prepared = train::prepareDataSources(tokenizer, options, shardHooks(context, index, count)).front();
    logShards(context, source.name, prepared.reused || prepared.prebuilt, prepared.source.shardFolder, prepared.tokens,
              prepared.heldoutDocuments);
    return prepared.source;
}

// The metric's split as the store and the charts group them.
std::string metricSplit(const std::string& name)
{
    if (name == "train_loss")
        return "train";
    if (name.starts_with("heldout"))
        return "heldout";
    return {};
}

// The base as given and the tokenizer it trains with: params.tokenizer, else the base folder's own.
struct TrainSetup {
    std::string base;
    fs::path baseFolder; // empty for a preset
    fs::path tokenizer;
};

TrainSetup trainSetup(const JobContext& context)
{
    const json& params = context.params();
    TrainSetup setup;
    setup.base = paramOr(context, "base").get<std::string>();
    if (!isPreset(setup.base))
        setup.baseFolder = context.resolvePath(setup.base);
    if (params.contains("tokenizer"))
        setup.tokenizer = context.resolvePath(params["tokenizer"].get<std::string>());
    else if (!setup.baseFolder.empty() && tokenize::tokenizerFileInFolder(setup.baseFolder))
        setup.tokenizer = setup.baseFolder;
    else
        throw SpecError("params.tokenizer", "the base " + setup.base + " has no tokenizer: name one");
    return setup;
}

} // namespace

train::TrainConfig prepareTraining(JobContext& context)
{
    const json& params = context.params();
    const TrainSetup setup = trainSetup(context);
    context.progress(0, 1, "load tokenizer");
    const auto tokenizer = tokenize::Tokenizer::open(setup.tokenizer);
    context.log("tokenizer: " + tokenizer->description() + ", " + std::to_string(tokenizer->vocabSize()) + " pieces (" +
                tokenizer->path().string() + ")");
    if (tokenizer->specialIds().eos < 0)
        throw SpecError("params.tokenizer", tokenizer->path().string() + " has no end-of-sequence token: documents cannot be packed");

    if (isSft(params)) {
        // The trainer reads and renders the instruction files itself (train/sft_data.h).
        train::TrainConfig config = trainConfigFromParams(context.spec(), context.store(), context.workDir());
        config.tokenizer = setup.tokenizer;
        config.data.eosId = tokenizer->specialIds().eos;
        const tokenize::SpecialIds special = tokenizer->specialIds();
        config.data.bosId = special.bos >= 0 && special.bos != special.eos ? special.bos : -1;
        for (const train::SftData::File& file : config.sft.files)
            if (!fs::is_regular_file(file.path))
                throw SpecError("params.sft_data", "no instruction file at " + file.path.string());
        return config;
    }

    if (params.contains("mixture_plan")) {
        // The plan's shards are built already: no tokenizing, only the checks.
        train::TrainConfig config = trainConfigFromParams(context.spec(), context.store(), context.workDir());
        config.tokenizer = setup.tokenizer;
        config.data.tokenizer = setup.tokenizer; // MeCo prefixes are encoded with it
        config.data.eosId = tokenizer->specialIds().eos;
        const tokenize::SpecialIds special = tokenizer->specialIds();
        config.data.bosId = special.bos >= 0 && special.bos != special.eos ? special.bos : -1;
        for (const train::DataSource& source : config.data.sources)
            checkShardTokenizer(source, *tokenizer);
        context.log("mixture plan " + config.mixturePlan.string() + ": " + std::to_string(config.data.sources.size()) +
                    " sources, " + std::to_string(config.data.segments.size()) + " phases over " + std::to_string(config.steps) +
                    " steps");
        return config;
    }

    std::vector<SourceInput> sources;
    const json& list = params["sources"];
    for (size_t i = 0; i < list.size(); ++i)
        sources.push_back(resolveSource(context, list[i], "params.sources[" + std::to_string(i) + "]", false));
    if (params.contains("replay"))
        sources.push_back(resolveSource(context, params["replay"], "params.replay", true));

    train::TrainConfig config = trainConfigFromParams(context.spec(), context.store(), context.workDir());
    // As given (a folder keeps tokenizer_config.json with the tokenizer): the trainer copies the
    // tokenizer files from here into every checkpoint and the final folder.
    config.tokenizer = setup.tokenizer;
    config.data.eosId = tokenizer->specialIds().eos;
    // BOS before each document where the tokenizer has one of its own; GPT-2-style tokenizers whose
    // BOS is their EOS separate documents with the EOS alone.
    const tokenize::SpecialIds special = tokenizer->specialIds();
    config.data.bosId = special.bos >= 0 && special.bos != special.eos ? special.bos : -1;
    for (size_t i = 0; i < sources.size(); ++i)
        config.data.sources.push_back(context.store()
                                          ? prepareProjectShards(context, *tokenizer, setup.tokenizer, sources[i], i, sources.size())
                                          : prepareCachedShards(context, *tokenizer, sources[i], i, sources.size()));
    if (config.data.meco.enabled) {
        // What the trainer sets as well; here so that the config a run records says it.
        config.data.tokenizer = config.tokenizer;
        config.data.totalSteps = config.steps;
        context.log("MeCo: prefix \"" + config.data.meco.effectiveLabel() + ": ...\" from the field \"" +
                    config.data.meco.field + "\"" + (config.data.meco.hashed ? " (hashed)" : "") + ", cooldown from step " +
                    std::to_string(data::mecoCooldownStep(config.data.meco, config.steps) + 1) + " of " +
                    std::to_string(config.steps));
    }
    return config;
}

namespace {

json runTrain(JobContext& context)
{
    train::TrainConfig config = prepareTraining(context);
    context.throwIfStopped();

    train::TrainHooks hooks;
    hooks.progress = [&](int64_t done, int64_t total, const std::string& stage) { context.progress(done, total, stage); };
    hooks.metrics = [&](int64_t step, int64_t tokens, const std::vector<train::TrainMetric>& metrics) {
        std::vector<JobContext::MetricValue> values;
        values.reserve(metrics.size());
        for (const train::TrainMetric& metric : metrics)
            values.push_back({metric.name, metricSplit(metric.name), metric.source, metric.value});
        context.metrics(step, tokens, values);
    };
    hooks.log = [&](const std::string& message, const std::string& level) { context.log(message, level); };
    hooks.stopRequested = [&] { return context.stopped(); };

    context.log("training " + config.base + " for " + std::to_string(config.steps) + " steps of " +
                std::to_string(config.data.globalBatch) + " x " + std::to_string(config.data.seqLen) + " tokens");
    const auto runTraining = runtime::torchFunction<train::RunTrainingFn>("adaptlab_torch_run_training");
    const train::TrainResult result = runTraining(config, hooks);
    if (result.stopped) {
        context.log("stopped after step " + std::to_string(result.stepsDone) + "; checkpoint " + result.lastCheckpoint.string() +
                    " (resume: the same spec with resume_from)");
        throw JobStopped();
    }
    json out = result.toJson();
    if (config.stage == "sft") {
        json files = json::array();
        for (const train::SftData::File& file : config.sft.files)
            files.push_back({{"path", context.store() ? context.store()->relativePath(file.path) : file.path.string()},
                             {"format", data::instructionFormatName(file.format)}});
        out["sft"] = {{"files", files}, {"chat_template", config.sft.chatTemplate}, {"packing", config.sft.packing}};
        if (config.lora)
            out["adapter_dir"] = result.finalDir.string();
        return out;
    }
    json shards = json::array();
    for (const train::DataSource& source : config.data.sources)
        shards.push_back({{"name", source.name}, {"dir", context.store() ? context.store()->relativePath(source.shardFolder)
                                                                         : source.shardFolder.string()},
                          {"weight", source.weight}, {"replay", source.replay}});
    out["sources"] = shards;
    if (!config.mixturePlan.empty())
        out["mixture_plan"] = config.mixturePlan.string();
    if (config.data.meco.enabled)
        out["meco"] = config.data.meco.toJson();
    return out;
}

} // namespace

train::TrainConfig trainConfigFromParams(const JobSpec& spec, const store::ProjectStore* store, const fs::path& runDir)
{
    const JobKind& kind = *findJobKind("train");
    const json& params = spec.params;
    const auto get = [&](const char* key) -> const json& { return paramOr(kind, params, key); };
    train::TrainConfig config;
    const std::string base = get("base").get<std::string>();
    config.base = isPreset(base) ? base : resolveSpecPath(store, "params.base", base).string();
    if (params.contains("tokenizer"))
        config.tokenizer = resolveSpecPath(store, "params.tokenizer", params["tokenizer"].get<std::string>());
    config.data.replayFraction = params.contains("replay") ? params["replay"]["fraction"].get<double>() : 0.0;
    config.data.seqLen = get("seq_len").get<int64_t>();
    config.data.globalBatch = get("batch").get<int64_t>();
    config.data.seed = get("seed").get<uint64_t>();
    config.steps = get("steps").get<int64_t>();
    if (const auto planText = params.find("mixture_plan"); planText != params.end() && get("stage").get<std::string>() != "sft") {
        // The plan's shape and budget unless the params set them; its sources, replay and phases.
        const TrainingPlan training = loadTrainingPlan(store, planText->get<std::string>());
        const data::MixturePlan& plan = training.plan;
        config.data.sources = training.sources;
        config.data.replayFraction = plan.replayFraction;
        config.data.seqLen = params.contains("seq_len") ? config.data.seqLen : plan.seqLen;
        config.data.globalBatch = params.contains("batch") ? config.data.globalBatch : plan.globalBatch;
        config.data.seed = params.contains("seed") ? config.data.seed : plan.seed;
        config.steps = params.contains("steps") ? config.steps : plan.steps();
        config.data.segments = data::mixtureSegments(plan, config.steps);
        config.data.meco = plan.meco;
        config.data.totalSteps = config.steps;
        config.mixturePlan = store ? fs::path(store->relativePath(training.file)) : training.file;
    }
    config.microBatch = get("micro_batch").get<int64_t>();
    config.schedule.kind = train::scheduleKindFromString(get("schedule").get<std::string>());
    config.schedule.peakLr = get("lr").get<double>();
    config.schedule.minLrRatio = get("min_lr_ratio").get<double>();
    config.schedule.warmupSteps = static_cast<int64_t>(std::llround(get("warmup_fraction").get<double>() * static_cast<double>(config.steps)));
    config.schedule.totalSteps = config.steps;
    config.schedule.decayFraction = get("decay_fraction").get<double>();
    config.weightDecay = get("weight_decay").get<double>();
    config.beta1 = get("beta1").get<double>();
    config.beta2 = get("beta2").get<double>();
    config.gradClip = get("grad_clip").get<double>();
    config.evalEvery = get("eval_every").get<int64_t>();
    config.evalEveryEarly = get("eval_every_early").get<int64_t>();
    config.evalRows = get("eval_rows").get<int64_t>();
    config.saveEvery = get("save_every").get<int64_t>();
    config.keepCheckpoints = get("keep_checkpoints").get<int64_t>();
    config.precision = get("precision").get<std::string>();
    config.device = get("device").get<std::string>();
    config.threads = get("threads").get<int>();
    config.exportDtype = get("export_dtype").get<std::string>();
    config.runDir = runDir;
    config.finalDir = runDir / "final";
    config.stage = get("stage").get<std::string>();
    if (get("meco").get<bool>()) {
        config.data.meco.enabled = true;
        config.data.meco.field = get("meco_field").get<std::string>();
        if (params.contains("meco_label"))
            config.data.meco.label = params["meco_label"].get<std::string>();
        config.data.meco.hashed = get("meco_hash").get<bool>();
        config.data.meco.cooldownFraction = get("meco_cooldown").get<double>();
    }
    if (config.stage == "sft") {
        config.sft.chatTemplate = get("chat_template").get<std::string>();
        config.sft.packing = get("packing").get<bool>();
        config.sft.heldoutFraction = get("heldout_fraction").get<double>();
        const std::string defaultFormat = get("sft_format").get<std::string>();
        const json& entries = params.at("sft_data");
        for (size_t i = 0; i < entries.size(); ++i) {
            const json& entry = entries[i];
            const std::string field = "params.sft_data[" + std::to_string(i) + "]";
            train::SftData::File file;
            file.format = *data::parseInstructionFormat(entry.value("format", defaultFormat));
            if (entry.contains("fields"))
                file.fields = data::InstructionFields::fromJson(entry["fields"]);
            std::vector<fs::path> paths;
            if (entry.contains("dataset")) {
                const std::string name = entry["dataset"].get<std::string>();
                if (!store)
                    throw SpecError(field + ".dataset", "naming a dataset needs \"project\" in the spec");
                const auto dataset = store->datasetByName(name);
                if (!dataset)
                    throw SpecError(field + ".dataset", "no dataset named \"" + name + "\" in the project");
                paths = datasetFiles(*store, *dataset).inputs;
                file.name = entry.value("name", name);
            } else {
                for (const std::string& path : pathList(entry["path"]))
                    paths.push_back(resolveSpecPath(store, field + ".path", path));
                file.name = entry.value("name", sourceName(entry));
            }
            for (const fs::path& path : paths) {
                file.path = path;
                config.sft.files.push_back(file);
            }
        }
    }
    if (const int64_t rank = get("lora_rank").get<int64_t>(); rank > 0) {
        config.lora = true;
        config.loraConfig.rank = rank;
        config.loraConfig.alpha = get("lora_alpha").get<double>();
        config.loraConfig.dropout = get("lora_dropout").get<double>();
        config.loraConfig.targets = get("lora_targets").get<std::vector<std::string>>();
        config.loraConfig.baseModel = config.base;
        // The contract: a LoRA run writes its adapter under the run folder, RUN/adapter.
        config.finalDir = runDir;
    }
    if (params.contains("resume_from")) {
        config.resume = true;
        config.resumeFrom = resolveResumeFrom(store, params["resume_from"].get<std::string>());
        // The warmup the run had: a resume to more steps must not re-derive it from the new step
        // count (warmup_fraction x steps), which would make it another run to the trainer.
        const auto checkpoint = config.resumeFrom.empty() ? train::latestCheckpoint(runDir) : std::optional(config.resumeFrom);
        if (checkpoint)
            config.schedule.warmupSteps = recordedWarmupSteps(*checkpoint).value_or(config.schedule.warmupSteps);
    }
    return config;
}

JobKind trainKind()
{
    std::vector<ParamSpec> params = {
        {.key = "base", .type = ParamType::String, .defaultValue = kDefaultBase,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "The model to start from: preset:NAME (from scratch), a Hugging Face folder, or a run's checkpoint folder.")},
        {.key = "tokenizer", .type = ParamType::PathRead,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "The tokenizer (.model, tokenizer.json or a folder); default: the base model's own. A preset needs one.")},
        {.key = "stage", .type = ParamType::Choice, .defaultValue = "cpt", .choices = {"cpt", "sft"},
         .explanation = QT_TRANSLATE_NOOP("JobParams", "cpt: continued pre-training on domain text (sources); sft: supervised fine-tuning on instruction data (sft_data), loss on the answers only.")},
        {.key = "sources", .type = ParamType::Object,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "The domain data: a list of {\"dataset\" or \"path\", \"name\", \"text_field\", \"weight\"}, mixed by weight."),
         .cliFlag = false},
        {.key = "sft_data", .type = ParamType::Object,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "Stage sft: the instruction data, a list of {\"dataset\" or \"path\", \"format\", \"name\", \"fields\"}."),
         .cliFlag = false},
        {.key = "sft_format", .type = ParamType::Choice, .defaultValue = "chat", .choices = {"alpaca", "chat", "sharegpt"},
         .explanation = QT_TRANSLATE_NOOP("JobParams", "Stage sft: the shape of instruction records whose entry names none: alpaca (instruction, input, output), chat (messages) or sharegpt (conversations)."),
         .flag = "--format"},
        {.key = "chat_template", .type = ParamType::Choice, .defaultValue = "chatml", .choices = {"chatml", "llama2", "zephyr", "alpaca"},
         .explanation = QT_TRANSLATE_NOOP("JobParams", "Stage sft: how conversations become tokens; the model learns this format, so generate with the same one."),
         .flag = "--template"},
        {.key = "packing", .type = ParamType::Boolean, .defaultValue = true,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "Stage sft: several examples per row, each attending only to itself (faster); off: one example per row."),
         .advanced = true},
        {.key = "heldout_fraction", .type = ParamType::Number, .defaultValue = 0.05, .min = 0, .max = 0.9,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "Stage sft: share of the examples kept out of training to measure the held-out answer loss on.")},
        {.key = "lora_rank", .type = ParamType::Integer, .defaultValue = 0, .min = 0, .max = 4096,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "LoRA: the adapters' rank; 0 trains every weight (full fine-tuning). With LoRA the base stays frozen and the run writes adapter/.")},
        {.key = "lora_alpha", .type = ParamType::Number, .defaultValue = 16.0, .min = 0, .minExclusive = true,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "LoRA: the adapters' update is scaled by alpha / rank."), .advanced = true},
        {.key = "lora_dropout", .type = ParamType::Number, .defaultValue = 0.05, .min = 0, .max = 0.9,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "LoRA: dropout on the adapters' input while training."), .advanced = true},
        {.key = "lora_targets", .type = ParamType::StringList, .defaultValue = json::array({"q", "k", "v", "o"}),
         .explanation = QT_TRANSLATE_NOOP("JobParams", "LoRA: the projections that get adapters: q, k, v, o (attention), gate, up, down (MLP)."),
         .advanced = true},
        {.key = "mixture_plan", .type = ParamType::PathRead,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "A mixture plan (plans/NAME.json, from the Mixture panel) instead of sources and replay: its token shards, weights, replay, end-of-training upsampling and MeCo; it also sets sequence length, batch, steps and seed unless you do."),
         .advanced = true},
        {.key = "replay", .type = ParamType::Object,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "General data mixed back in against forgetting: {\"dataset\" or \"path\", \"name\", \"fraction\"} (e.g. 0.1)."),
         .cliFlag = false},
        {.key = "meco", .type = ParamType::Boolean, .defaultValue = false,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "MeCo: documents start with their metadata (\"URL: host\", or another field) for most of the run, then a cooldown on plain documents; the model can be steered by metadata yet works without it.")},
        {.key = "meco_field", .type = ParamType::String, .defaultValue = "url",
         .explanation = QT_TRANSLATE_NOOP("JobParams", "MeCo: the metadata field of the documents (url: the URL's host; source, topic, ...). Documents without it train plainly.")},
        {.key = "meco_label", .type = ParamType::String,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "MeCo: the prefix's label (default: URL for url, else the field's name capitalised).")},
        {.key = "meco_hash", .type = ParamType::Boolean, .defaultValue = false,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "MeCo ablation: the metadata replaced by a stable hash (keeps the grouping, not the words)."),
         .advanced = true},
        {.key = "meco_cooldown", .type = ParamType::Number, .defaultValue = 0.1, .min = 0, .max = 1,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "MeCo: share of the final steps trained on plain documents, same optimizer and schedule (0: the no-cooldown ablation).")},
        {.key = "steps", .type = ParamType::Integer, .defaultValue = 200, .min = 1, .max = 100'000'000,
         .unit = QT_TRANSLATE_NOOP("JobParams", "steps"),
         .explanation = QT_TRANSLATE_NOOP("JobParams", "Optimizer steps to train; tokens = steps x batch x sequence length.")},
        {.key = "seq_len", .type = ParamType::Integer, .defaultValue = 128, .min = 2, .max = 1 << 20,
         .unit = QT_TRANSLATE_NOOP("JobParams", "tokens"),
         .explanation = QT_TRANSLATE_NOOP("JobParams", "Tokens per training row; documents are packed into rows of this length.")},
        {.key = "batch", .type = ParamType::Integer, .defaultValue = 8, .min = 1, .max = 1 << 20,
         .unit = QT_TRANSLATE_NOOP("JobParams", "rows"),
         .explanation = QT_TRANSLATE_NOOP("JobParams", "Rows per optimizer step, over all workers and micro-batches (the global batch).")},
        {.key = "micro_batch", .type = ParamType::Integer, .defaultValue = 0, .min = 0, .max = 1 << 20,
         .unit = QT_TRANSLATE_NOOP("JobParams", "rows"),
         .explanation = QT_TRANSLATE_NOOP("JobParams", "Rows per forward pass and worker; smaller saves memory (gradients accumulate). 0: the whole batch."),
         .advanced = true},
        {.key = "lr", .type = ParamType::Number, .defaultValue = 3e-4, .min = 0, .minExclusive = true,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "Peak learning rate (continued pre-training: about the base's final rate, e.g. 3e-4 for small models).")},
        {.key = "schedule", .type = ParamType::Choice, .defaultValue = "cpt", .choices = {"cpt", "cosine", "wsd", "constant"},
         .explanation = QT_TRANSLATE_NOOP("JobParams", "Learning-rate shape: cpt re-warms then decays to the floor; wsd holds then decays; constant holds.")},
        {.key = "warmup_fraction", .type = ParamType::Number, .defaultValue = 0.01, .min = 0, .max = 1,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "Share of the steps spent warming the learning rate up from 0 to its peak.")},
        {.key = "min_lr_ratio", .type = ParamType::Number, .defaultValue = 0.1, .min = 0, .max = 1,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "The floor the learning rate decays to, as a share of the peak.")},
        {.key = "decay_fraction", .type = ParamType::Number, .defaultValue = 0.2, .min = 0, .max = 1,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "wsd only: the last share of the steps over which the rate decays."),
         .advanced = true},
        {.key = "weight_decay", .type = ParamType::Number, .defaultValue = 0.1, .min = 0, .max = 10,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "AdamW weight decay on the weight matrices (not on norms and biases)."),
         .advanced = true},
        {.key = "beta1", .type = ParamType::Number, .defaultValue = 0.9, .min = 0, .max = 0.9999,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "AdamW's first-moment decay (momentum)."), .advanced = true},
        {.key = "beta2", .type = ParamType::Number, .defaultValue = 0.95, .min = 0, .max = 0.9999,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "AdamW's second-moment decay; 0.95 is steadier than 0.999 for language models."),
         .advanced = true},
        {.key = "grad_clip", .type = ParamType::Number, .defaultValue = 1.0, .min = 0, .max = 1e6,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "Gradients are scaled down to at most this norm (0: no clipping)."), .advanced = true},
        {.key = "seed", .type = ParamType::Integer, .defaultValue = 0, .min = 0,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "Seed of the initial weights, the held-out split and the data order: the same seed repeats the run.")},
        {.key = "heldout_docs", .type = ParamType::Integer, .defaultValue = 100, .min = 0, .max = 100'000'000,
         .unit = QT_TRANSLATE_NOOP("JobParams", "documents"),
         .explanation = QT_TRANSLATE_NOOP("JobParams", "Documents of each source kept out of training to measure held-out loss on.")},
        {.key = "eval_every", .type = ParamType::Integer, .defaultValue = 50, .min = 1, .max = 100'000'000,
         .unit = QT_TRANSLATE_NOOP("JobParams", "steps"),
         .explanation = QT_TRANSLATE_NOOP("JobParams", "Held-out loss on every source every this many steps (and at the start and the end).")},
        {.key = "eval_every_early", .type = ParamType::Integer, .defaultValue = 10, .min = 1, .max = 100'000'000,
         .unit = QT_TRANSLATE_NOOP("JobParams", "steps"),
         .explanation = QT_TRANSLATE_NOOP("JobParams", "The same during the first 10% of steps, where the stability gap shows."),
         .advanced = true},
        {.key = "eval_rows", .type = ParamType::Integer, .defaultValue = 64, .min = 1, .max = 1 << 20,
         .unit = QT_TRANSLATE_NOOP("JobParams", "rows"),
         .explanation = QT_TRANSLATE_NOOP("JobParams", "Held-out rows per source in each evaluation (more: steadier, slower)."),
         .advanced = true},
        {.key = "save_every", .type = ParamType::Integer, .defaultValue = 100, .min = 1, .max = 100'000'000,
         .unit = QT_TRANSLATE_NOOP("JobParams", "steps"),
         .explanation = QT_TRANSLATE_NOOP("JobParams", "A checkpoint every this many steps (and always one at the end and on stop).")},
        {.key = "keep_checkpoints", .type = ParamType::Integer, .defaultValue = 3, .min = 1, .max = 10'000,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "How many of the newest checkpoints are kept; older ones are deleted."),
         .advanced = true},
        {.key = "precision", .type = ParamType::Choice, .defaultValue = "f32", .choices = {"f32", "bf16"},
         .explanation = QT_TRANSLATE_NOOP("JobParams", "Arithmetic of the forward and backward pass: f32, or bf16 autocast where the device supports it."),
         .advanced = true},
        {.key = "device", .type = ParamType::String, .defaultValue = "auto",
         .explanation = QT_TRANSLATE_NOOP("JobParams", "Where to train: auto (a GPU when there is one), cpu, cuda or cuda:N."),
         .advanced = true},
        {.key = "threads", .type = ParamType::Integer, .defaultValue = 0, .min = 0, .max = 4096,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "CPU threads for tokenizing and training (0: every core available)."),
         .advanced = true},
        {.key = "export_dtype", .type = ParamType::Choice, .defaultValue = "f32", .choices = {"f32", "bf16"},
         .explanation = QT_TRANSLATE_NOOP("JobParams", "Number format of the final model's weights (bf16: half the size)."),
         .advanced = true},
        {.key = "resume_from", .type = ParamType::String,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "Continue from a checkpoint: \"latest\", a checkpoints/step-N folder, or a run folder (its newest)."),
         .advanced = true},
    };
    return {.name = "train",
            .description = "Train a Llama-architecture model: continued pre-training of a base on domain data with replay, or a preset from scratch",
            .params = std::move(params),
            .validate = validateTrain,
            .preflight = preflightTrain,
            .run = runTrain};
}

} // namespace adaptlab::jobs
