// `adaptlab-cli merge` (merge_command.h).
#include "merge_command.h"

#include "model/merge.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>

namespace adaptlab::cli {

namespace fs = std::filesystem;

namespace {

constexpr const char* kMergeUsage = R"(usage: adaptlab-cli merge --base DIR --lora DIR --out DIR [--dtype f32|bf16] [--json]
       adaptlab-cli merge --cpt DIR --instruct DIR --base DIR [--lambda L] --out DIR [--dtype f32|bf16] [--json]
       adaptlab-cli merge --a DIR --b DIR [--t T] --out DIR [--dtype f32|bf16] [--json]

  --base DIR --lora DIR  fold a LoRA adapter (PEFT folder) into its base: W + (alpha / r) B A
  --cpt DIR --instruct DIR --base DIR
                         instruction residual: CPT + lambda (instruct - base), so a continued-
                         pre-trained model gains the instruct model's chat abilities
  --lambda L             the residual's weight (default 1)
  --a DIR --b DIR        linear interpolation (1 - t) A + t B between two models of one architecture
  --t T                  from 0 (A) to 1 (B), default 0.5
  --out DIR              the Hugging Face folder written (new, empty, or a model folder replaced)
  --dtype f32|bf16       the weights' number format (default: the first input's)
  --json                 print the report: {"out", "tensors", "merged_tensors", "notes"}
exit: 0 done, 1 failed, 2 refused (bad flags, or models that do not merge: the message names both
folders and what differs)
)";

class Refusal : public Error {
public:
    using Error::Error;
};

int refused(const std::string& message)
{
    std::cerr << "adaptlab-cli: " << message << "\n";
    return 2;
}

double number(const std::string& flag, const std::string& text)
{
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (text.empty() || end != text.c_str() + text.size() || !std::isfinite(value))
        throw Refusal("merge: " + flag + " needs a number, not \"" + text + "\"");
    return value;
}

} // namespace

int mergeCommand(std::vector<std::string> args)
{
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        std::cout << kMergeUsage;
        return args.empty() ? 2 : 0;
    }
    std::map<std::string, std::string> folders; // flag -> value
    std::optional<double> lambda, t;
    std::string dtype;
    bool asJson = false;
    try {
        for (size_t i = 0; i < args.size(); ++i) {
            const std::string& a = args[i];
            const auto value = [&]() -> std::string {
                if (i + 1 >= args.size())
                    throw Refusal("merge: " + a + " needs a value");
                return args[++i];
            };
            if (a == "--base" || a == "--lora" || a == "--cpt" || a == "--instruct" || a == "--a" || a == "--b" || a == "--out") {
                if (folders.contains(a))
                    throw Refusal("merge: " + a + " is given twice");
                folders[a] = value();
                if (folders[a].empty())
                    throw Refusal("merge: " + a + " needs a folder");
            } else if (a == "--lambda") {
                lambda = number(a, value());
            } else if (a == "--t") {
                t = number(a, value());
            } else if (a == "--dtype") {
                dtype = value();
                if (dtype != "f32" && dtype != "bf16")
                    throw Refusal("merge: --dtype must be f32 or bf16, not \"" + dtype + "\"");
            } else if (a == "--json") {
                asJson = true;
            } else {
                throw Refusal("merge: unknown argument " + a + " (adaptlab-cli merge --help lists the options)");
            }
        }
    } catch (const Refusal& refusal) {
        return refused(refusal.what());
    }

    const auto has = [&](const char* flag) { return folders.contains(flag); };
    const auto path = [&](const char* flag) { return fs::absolute(folders.at(flag)); };
    // Which merge: the folders given decide, and a flag that belongs to another merge is refused
    // rather than ignored (a --lambda on a fold would silently do nothing).
    const bool residual = has("--cpt") || has("--instruct"), fold = has("--lora"), linear = has("--a") || has("--b");
    if (int(residual) + int(fold) + int(linear) > 1)
        return refused(std::string("merge: ") + (fold ? "--lora" : "--cpt/--instruct") + " does not go with " +
                       (linear ? "--a/--b" : "--cpt/--instruct") + ": choose one merge (adaptlab-cli merge --help)");
    model::MergeRequest request;
    std::vector<std::string> allowed;
    if (has("--cpt") || has("--instruct")) {
        request.kind = model::MergeKind::InstructionResidual;
        allowed = {"--cpt", "--instruct", "--base", "--out"};
        for (const char* flag : {"--cpt", "--instruct", "--base"})
            if (!has(flag))
                return refused(std::string("merge: the instruction residual needs --cpt, --instruct and --base (") + flag + " is missing)");
    } else if (has("--lora")) {
        request.kind = model::MergeKind::LoraFold;
        allowed = {"--base", "--lora", "--out"};
        if (!has("--base"))
            return refused("merge: a LoRA fold needs --base DIR (the model the adapter was trained on)");
    } else if (has("--a") || has("--b")) {
        request.kind = model::MergeKind::Linear;
        allowed = {"--a", "--b", "--out"};
        if (!has("--a") || !has("--b"))
            return refused("merge: linear interpolation needs --a DIR and --b DIR");
    } else {
        return refused("merge: say what to merge: --base and --lora, --cpt, --instruct and --base, or --a and --b "
                       "(adaptlab-cli merge --help)");
    }
    for (const auto& [flag, value] : folders)
        if (std::find(allowed.begin(), allowed.end(), flag) == allowed.end())
            return refused("merge: " + flag + " does not go with " + allowed.front() + " (adaptlab-cli merge --help)");
    if (lambda && request.kind != model::MergeKind::InstructionResidual)
        return refused("merge: --lambda is the instruction residual's weight (--cpt, --instruct, --base)");
    if (t && request.kind != model::MergeKind::Linear)
        return refused("merge: --t is linear interpolation's (--a, --b)");
    if (!has("--out"))
        return refused("merge: --out DIR is required");

    request.base = has("--base") ? path("--base") : fs::path();
    request.lora = has("--lora") ? path("--lora") : fs::path();
    request.cpt = has("--cpt") ? path("--cpt") : fs::path();
    request.instruct = has("--instruct") ? path("--instruct") : fs::path();
    request.a = has("--a") ? path("--a") : fs::path();
    request.b = has("--b") ? path("--b") : fs::path();
    request.out = path("--out");
    request.lambda = lambda.value_or(1.0);
    request.t = t.value_or(0.5);
    request.dtype = dtype;

    model::MergeReport report;
    try {
        report = model::runMerge(request);
    } catch (const model::MergeRefused& refusal) {
        return refused(refusal.what());
    }
    if (asJson) {
        std::cout << report.toJson().dump() << "\n";
    } else {
        std::cout << "merged " << report.mergedTensors << " of " << report.tensors << " tensors into " << report.out.string() << "\n";
        for (const std::string& note : report.notes)
            std::cout << "note: " << note << "\n";
    }
    return 0;
}

} // namespace adaptlab::cli
