// Job "merge" (merge_job.h): a LoRA fold, an instruction-residual merge or a linear interpolation
// as a run. The folders are checked before the run exists (preflight: configs, tensor names and
// shapes, vocabularies, without reading a weight), again when it runs, and the merged model is
// written into the run folder under out_name, atomically (a stopped or failed run leaves no
// folder that looks complete).
#include "jobs/merge_job.h"

#include "common/translate_noop.h"
#include "jobs/job_context.h"
#include "store/project_store.h"

#include <algorithm>
#include <map>

namespace adaptlab::jobs {

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

// The folder params of each kind, the first one the merge's main input.
const std::map<std::string, std::vector<std::string>>& foldersOfKind()
{
    static const std::map<std::string, std::vector<std::string>> folders = {
        {"lora", {"base", "lora"}}, {"residual", {"cpt", "instruct", "base"}}, {"linear", {"a", "b"}}};
    return folders;
}

const JobKind& thisKind() { return *findJobKind("merge"); }

void validateMerge(const json& params, std::vector<SpecProblem>& problems)
{
    if (!params.contains("kind") || !params["kind"].is_string())
        return; // the schema names it
    const std::string kind = params["kind"].get<std::string>();
    const auto found = foldersOfKind().find(kind);
    if (found == foldersOfKind().end())
        return;
    const std::vector<std::string>& needed = found->second;
    for (const std::string& key : needed)
        if (!params.contains(key))
            problems.push_back({"params." + key, "is required for a " + kind + " merge"});
    for (const char* key : {"base", "lora", "cpt", "instruct", "a", "b"})
        if (params.contains(key) && std::find(needed.begin(), needed.end(), key) == needed.end())
            problems.push_back({std::string("params.") + key, "does not belong to a " + kind + " merge"});
    if (params.contains("lambda") && kind != "residual")
        problems.push_back({"params.lambda", "is the residual merge's weight (kind residual)"});
    if (params.contains("t") && kind != "linear")
        problems.push_back({"params.t", "is linear interpolation's (kind linear)"});
    if (params.contains("out_name") && params["out_name"].is_string()) {
        const std::string name = params["out_name"].get<std::string>();
        if (name == "." || name == ".." || name.find('/') != std::string::npos || name.starts_with("."))
            problems.push_back({"params.out_name", "must be a plain folder name (no '/', not starting with '.')"});
    }
}

void preflightMerge(const JobSpec& spec, const store::ProjectStore* store, std::vector<SpecProblem>& problems)
{
    const std::string kind = spec.params["kind"].get<std::string>();
    try {
        model::MergeRequest request = mergeRequestFromParams(spec, store, {});
        request.out.clear(); // the run folder does not exist yet
        model::checkMergeInputs(request);
    } catch (const SpecError& error) {
        problems.push_back({error.field(), error.message()});
    } catch (const model::MergeRefused& refusal) {
        problems.push_back({"params." + foldersOfKind().at(kind).front(), refusal.what()});
    }
}

json runMerge(JobContext& context)
{
    const model::MergeRequest request = mergeRequestFromParams(context.spec(), context.store(), context.workDir());
    context.log("merging into " + request.out.string());
    const model::MergeReport report = model::runMerge(request, [&](int64_t done, int64_t total) {
        context.progress(done, total, "merging");
        context.throwIfStopped(); // nothing is written before the last tensor: a stop leaves no folder
    });
    for (const std::string& note : report.notes)
        context.log(note, "warning");
    json result = report.toJson();
    result["kind"] = context.params()["kind"];
    return result;
}

} // namespace

model::MergeRequest mergeRequestFromParams(const JobSpec& spec, const store::ProjectStore* store, const fs::path& runDir)
{
    const json& params = spec.params;
    const auto get = [&](const char* key) -> const json& { return paramOr(thisKind(), params, key); };
    const auto folder = [&](const char* key) {
        return params.contains(key) ? resolveSpecPath(store, std::string("params.") + key, params[key].get<std::string>())
                                    : fs::path();
    };
    model::MergeRequest request;
    const std::string kind = get("kind").get<std::string>();
    request.kind = kind == "lora" ? model::MergeKind::LoraFold
                   : kind == "residual" ? model::MergeKind::InstructionResidual
                                        : model::MergeKind::Linear;
    request.base = folder("base");
    request.lora = folder("lora");
    request.cpt = folder("cpt");
    request.instruct = folder("instruct");
    request.a = folder("a");
    request.b = folder("b");
    request.lambda = get("lambda").get<double>();
    request.t = get("t").get<double>();
    const std::string dtype = get("dtype").get<std::string>();
    request.dtype = dtype == "auto" ? std::string() : dtype;
    request.out = runDir.empty() ? fs::path() : runDir / get("out_name").get<std::string>();
    return request;
}

JobKind mergeKind()
{
    std::vector<ParamSpec> params = {
        {.key = "kind", .type = ParamType::Choice, .choices = {"lora", "residual", "linear"},
         .explanation = QT_TRANSLATE_NOOP("JobParams", "lora folds an adapter into its base; residual adds lambda x (instruct - base) to a CPT model; linear mixes two models."),
         .required = true},
        {.key = "base", .type = ParamType::PathRead,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "lora: the model the adapter was trained on; residual: the base both other models started from.")},
        {.key = "lora", .type = ParamType::PathRead,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "The LoRA adapter folder (adapter_config.json + adapter_model.safetensors).")},
        {.key = "cpt", .type = ParamType::PathRead,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "The continued-pre-trained model that gains the instruction residual (its tokenizer and config are kept).")},
        {.key = "instruct", .type = ParamType::PathRead,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "The instruction-tuned model of the same base, whose difference to the base is added.")},
        {.key = "a", .type = ParamType::PathRead,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "Linear: the model at t = 0.")},
        {.key = "b", .type = ParamType::PathRead,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "Linear: the model at t = 1.")},
        {.key = "lambda", .type = ParamType::Number, .defaultValue = 1.0, .min = -10, .max = 10,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "Residual: the weight of (instruct - base); 1 adds it whole, 0 keeps the CPT model.")},
        {.key = "t", .type = ParamType::Number, .defaultValue = 0.5, .min = 0, .max = 1,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "Linear: 0 gives model A, 1 model B, between a weighted mean.")},
        {.key = "dtype", .type = ParamType::Choice, .defaultValue = "auto", .choices = {"auto", "f32", "bf16"},
         .explanation = QT_TRANSLATE_NOOP("JobParams", "Number format of the merged weights; auto: the first model's."),
         .advanced = true},
        {.key = "out_name", .type = ParamType::String, .defaultValue = "merged",
         .explanation = QT_TRANSLATE_NOOP("JobParams", "The merged model's folder inside the run folder."),
         .advanced = true},
    };
    return {.name = "merge",
            .description = "Merge models: fold a LoRA adapter into its base, add an instruction residual to a CPT model, or interpolate two models",
            .params = std::move(params),
            .validate = validateMerge,
            .preflight = preflightMerge,
            .run = runMerge};
}

} // namespace adaptlab::jobs
