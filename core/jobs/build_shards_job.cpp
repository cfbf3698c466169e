// Job "build_shards": tokenizes corpus inputs once into token shards (tokenize/shard_builder.h), so
// no training run re-tokenizes. A cache: the same inputs (by content), tokenizer (by content) and
// options reuse the folder that exists ("reused": true, nothing tokenized). In a project the shards
// go to shards/<dataset>/<tokenizer-fp 12>-<options-hash 8>/ and the store records them
// (token_shards, schema v5); the result's keys are what the Tokenizer panel reads.
#include "common/translate_noop.h"
#include "jobs/job_context.h"
#include "jobs/job_inputs.h"
#include "jobs/job_registry.h"
#include "store/project_store.h"
#include "tokenize/shard_builder.h"
#include "tokenize/tokenizer.h"

#include <algorithm>

namespace adaptlab::jobs {

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

constexpr InputKeys kShardInputs{"datasets", "inputs", nullptr};

// A folder name from the inputs' names: a dataset's name as it is (the dataset-name rule keeps it
// safe), a file's name without its extensions; several joined with '+'.
std::string inputsFolderName(const std::vector<CorpusInput>& inputs)
{
    std::string out;
    for (const CorpusInput& input : inputs) {
        std::string name = input.datasetId ? input.name : input.name.substr(0, input.name.find('.'));
        std::replace_if(name.begin(), name.end(), [](char c) { return c == '/' || c == '\\' || c == '\0'; }, '_');
        if (name.empty())
            name = "input";
        out += (out.empty() ? "" : "+") + name;
    }
    return out;
}

json runBuildShards(JobContext& context)
{
    const json& params = context.params();
    const auto inputs = resolveCorpusInputs(context, kShardInputs);
    const fs::path tokenizerPath = context.resolvePath(params.at("tokenizer").get<std::string>());
    context.progress(0, 1, "load tokenizer");
    const auto tokenizer = tokenize::Tokenizer::open(tokenizerPath);
    context.log("tokenizer: " + tokenizer->description() + ", " + std::to_string(tokenizer->vocabSize()) + " pieces, fingerprint " +
                tokenizer->fingerprint());

    tokenize::ShardBuildOptions options;
    for (const CorpusInput& input : inputs)
        options.sources.push_back({input.name, input.paths, input.options});
    options.heldoutDocuments = param<uint64_t>(context, "heldout_docs");
    options.seed = param<uint64_t>(context, "seed");
    options.metadataField = params.value("metadata_field", std::string());
    options.threads = param<int>(context, "threads");
    options.maxShardTokenBytes = param<uint64_t>(context, "shard_size_mb") << 20;

    const std::string optionsHash = tokenize::shardOptionsHash(tokenize::shardOptionsJson(options));
    const fs::path base = context.store() ? context.store()->root() / "shards" : context.workDir() / "shards";
    options.outDir = params.contains("out_dir")
        ? context.writtenPath("out_dir")
        : base / inputsFolderName(inputs) / tokenize::shardFolderName(tokenizer->fingerprint(), optionsHash);

    tokenize::ShardBuildHooks hooks;
    hooks.checkStop = [&] { context.throwIfStopped(); };
    hooks.progress = [&](int64_t done, int64_t total, const std::string& stage) { context.progress(done, total, stage); };
    hooks.log = [&](const std::string& message, const std::string& level) { context.log(message, level); };
    const tokenize::ShardBuildResult built = tokenize::buildShards(*tokenizer, options, hooks);

    json result = tokenize::toJson(built);
    if (!built.reused)
        context.log("wrote " + std::to_string(built.documents) + " documents (" + std::to_string(built.tokens) + " tokens) and " +
                    std::to_string(built.heldoutDocuments) + " held out (" + std::to_string(built.heldoutTokens) +
                    " tokens) to " + built.dir.string());
    context.metric("tokens", 0, static_cast<int64_t>(built.tokens), static_cast<double>(built.tokens), "train");
    context.metric("tokens", 0, static_cast<int64_t>(built.heldoutTokens), static_cast<double>(built.heldoutTokens), "heldout");
    if (context.store()) {
        store::TokenShardsRecord record;
        const bool oneDataset = inputs.size() == 1 && inputs[0].datasetId.has_value();
        if (oneDataset)
            record.datasetId = inputs[0].datasetId;
        record.tokenizerFingerprint = built.tokenizerFingerprint;
        record.tokenizerPath = tokenizerPath.string();
        record.optionsHash = built.optionsHash;
        record.optionsJson = built.options.dump();
        record.datasetFingerprint = built.datasetFingerprint;
        record.folder = built.dir.string();
        record.documents = static_cast<int64_t>(built.documents);
        record.tokens = static_cast<int64_t>(built.tokens);
        record.heldoutDocuments = static_cast<int64_t>(built.heldoutDocuments);
        record.heldoutTokens = static_cast<int64_t>(built.heldoutTokens);
        record.dtype = std::string(tokenize::toString(built.dtype));
        record.vocabSize = built.vocabSize;
        context.store()->recordTokenShards(record);
        result["dir"] = context.store()->relativePath(built.dir);
    }
    return result;
}

void validateBuildShards(const json& params, std::vector<SpecProblem>& problems)
{
    validateCorpusInputs(params, problems, kShardInputs);
}

// Before the run exists: the datasets exist, and an out_dir named is a folder the job may fill.
void preflightBuildShards(const JobSpec& spec, const store::ProjectStore* store, std::vector<SpecProblem>& problems)
{
    const json& params = spec.params;
    preflightCorpusInputs(params, store, problems, kShardInputs);
    if (params.contains("out_dir")) {
        const fs::path out = resolveSpecPath(store, "params.out_dir", params["out_dir"].get<std::string>());
        if (const auto problem = tokenize::shardOutDirProblem(out))
            problems.push_back({"params.out_dir", *problem});
    }
    const fs::path tokenizer = resolveSpecPath(store, "params.tokenizer", params["tokenizer"].get<std::string>());
    std::error_code ec;
    if (!fs::exists(tokenizer, ec))
        problems.push_back({"params.tokenizer", "no tokenizer at " + tokenizer.string()});
}

} // namespace

JobKind buildShardsKind()
{
    std::vector<ParamSpec> params = corpusInputParams(kShardInputs);
    for (ParamSpec& p : params)
        if (p.key == "inputs")
            p.cliFlag = false; // positional on the command line: adaptlab-cli shards build ... PATH...
    const std::vector<ParamSpec> own = {
        {.key = "tokenizer", .type = ParamType::PathRead,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "The tokenizer: a SentencePiece .model, a tokenizer.json, or a model folder holding either."),
         .required = true},
        {.key = "text_field", .type = ParamType::String, .defaultValue = "text",
         .explanation = QT_TRANSLATE_NOOP("JobParams", "The JSON field that holds a document's text.")},
        {.key = "heldout_docs", .type = ParamType::Integer, .defaultValue = 0, .min = 0, .max = 100'000'000,
         .unit = QT_TRANSLATE_NOOP("JobParams", "documents"),
         .explanation = QT_TRANSLATE_NOOP("JobParams", "How many documents go to the held-out shard instead of training, chosen at random (seeded).")},
        {.key = "seed", .type = ParamType::Integer, .defaultValue = 0, .min = 0,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "Seed of the held-out choice: the same seed and inputs give the same split.")},
        {.key = "metadata_field", .type = ParamType::String,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "A JSON field kept with each document (url keeps the host, for metadata conditioning)."),
         .advanced = true},
        {.key = "threads", .type = ParamType::Integer, .defaultValue = 0, .min = 0, .max = 1024,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "Threads that tokenize (0: every core)."), .advanced = true},
        {.key = "shard_size_mb", .type = ParamType::Integer, .defaultValue = 1024, .min = 1, .max = 1 << 20,
         .unit = QT_TRANSLATE_NOOP("JobParams", "MiB"),
         .explanation = QT_TRANSLATE_NOOP("JobParams", "A shard file holds about this many MiB of tokens; more go to the next file."),
         .advanced = true},
        {.key = "out_dir", .type = ParamType::PathWritten,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "The folder the shards go to (default: the project's shards/<dataset>/<tokenizer>-<options>)."),
         .flag = "--out"}};
    params.insert(params.end(), own.begin(), own.end());
    return {.name = "build_shards",
            .description = "Tokenize corpus inputs once into token shards (reused while inputs, tokenizer and options stay the same)",
            .params = std::move(params),
            .validate = validateBuildShards,
            .preflight = preflightBuildShards,
            .run = runBuildShards};
}

} // namespace adaptlab::jobs
