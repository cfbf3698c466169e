// Everything one training run needs, resolved: the base model, the data plan (shards already
// built), the optimizer and schedule, evaluation and checkpoint cadence, device and precision.
// Filled by the `train` job kind (project runs) and by `adaptlab-cli train` (the quick path), run by
// the trainer in the LibTorch module (torch/train/trainer.h). Torch-free; JSON round trip so a
// checkpoint records the config it was made with (a resume checks it is the same run).
//
// INTERFACE FIXED FOR ISSUE 10 (owner: the "spec" part; the trainer reads it). Change only by adding.
#pragma once

#include "train/data_order.h"
#include "train/lr_schedule.h"
#include "model/lora_config.h"
#include "data/instruction.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace adaptlab::train {

// Stage "sft": instruction files rendered through a chat template (data/chat_template.h) at the
// start of the run, with the tokenizer of TrainConfig::tokenizer. DataPlan's seqLen, globalBatch
// and seed still apply; its sources are not used.
struct SftData {
    struct File {
        std::filesystem::path path;
        data::InstructionFormat format = data::InstructionFormat::Chat;
        data::InstructionFields fields;
        std::string name; // the metrics' source label; empty = the file's stem
    };
    std::vector<File> files;
    std::string chatTemplate = "chatml"; // data::parseChatTemplate names
    bool packing = true;
    double heldoutFraction = 0.05;
    nlohmann::json toJson() const;
    static SftData fromJson(const nlohmann::json& json); // throws SpecError/Error naming the field
};

struct TrainConfig {
    // "preset:NAME" (from scratch, model/llama_config.h presets), a Hugging Face folder (config.json
    // + safetensors), or a checkpoint folder of an earlier run (runs/<id>/checkpoints/step-N).
    std::string base;
    std::filesystem::path tokenizer; // the tokenizer file the shards were built with
    DataPlan data;
    int64_t steps = 100;
    int64_t microBatch = 0;          // rows per forward pass and rank; 0 = globalBatch / worldSize
    ScheduleOptions schedule;
    double weightDecay = 0.1;        // METHODS §8
    double beta1 = 0.9;
    double beta2 = 0.95;
    double adamEpsilon = 1e-8;
    double gradClip = 1.0;           // 0 = no clipping
    int64_t evalEvery = 50;          // held-out loss every N steps ...
    int64_t evalEveryEarly = 10;     // ... and every M steps during the first 10% (stability gap)
    int64_t evalRows = 64;           // held-out rows per source per evaluation
    int64_t saveEvery = 100;         // checkpoint every N steps (and at the end, and on stop)
    int64_t keepCheckpoints = 3;
    std::string precision = "f32";   // "f32" | "bf16" (autocast where the device supports it)
    std::string device = "auto";     // "auto" | "cpu" | "cuda" | "cuda:N"
    int threads = 0;                 // 0 = cores available
    std::filesystem::path runDir;    // checkpoints/, metrics; written by rank 0 only
    std::filesystem::path finalDir;  // the exported Hugging Face folder at the end; empty = none
    std::string exportDtype = "f32"; // "f32" | "bf16"
    bool resume = false;             // continue from the latest (or resumeFrom) checkpoint in runDir
    std::filesystem::path resumeFrom;

    // ---- Added for issue 11 (owner: the "sft" part) ----
    std::string stage = "cpt";       // "cpt" (data: token shards) | "sft" (sft: instruction files)
    SftData sft;                     // stage "sft"
    // Train LoRA adapters only (loraConfig), base frozen. Checkpoints then hold adapter/ instead of
    // the model, and the run ends with finalDir/adapter (PEFT layout, tokenizer beside it) instead
    // of a Hugging Face folder in finalDir.
    bool lora = false;
    model::LoraConfig loraConfig;

    // ---- Added for issue 12 ----
    // The mixture plan file the data came from (data/mixture.h; provenance, shown in the run's
    // config; empty = sources given directly). The plan's sources, segments and MeCo options are
    // in `data` (DataPlan::segments, DataPlan::meco), which is what the trainer reads.
    std::filesystem::path mixturePlan;

    nlohmann::json toJson() const;
    // Throws SpecError/Error naming the field.
    static TrainConfig fromJson(const nlohmann::json& json);
};

struct TrainMetric {
    std::string name;   // "train_loss", "heldout_loss", "lr", "grad_norm", "tokens_per_second", "mfu", ...
    std::string source; // the data source for per-source metrics
    double value = 0.0;
};

// How the trainer reports; every hook may be empty. Called on the training thread.
struct TrainHooks {
    std::function<void(int64_t done, int64_t total, const std::string& stage)> progress;
    std::function<void(int64_t step, int64_t tokensSeen, const std::vector<TrainMetric>& metrics)> metrics;
    std::function<void(const std::string& message, const std::string& level)> log; // "info" | "warning" | "error"
    std::function<bool()> stopRequested; // true: checkpoint and return with stopped = true
};

struct TrainResult {
    int64_t stepsDone = 0;
    int64_t tokensSeen = 0;
    bool stopped = false;
    double finalTrainLoss = 0.0;
    // Per source: held-out loss at the first and the last evaluation.
    std::map<std::string, std::pair<double, double>> heldoutLoss;
    // Added for issue 12 ("mecorun"): MeCo runs only, per source the held-out loss with the
    // metadata prefixes (first, last); heldoutLoss is then the plain documents' loss.
    std::map<std::string, std::pair<double, double>> heldoutLossConditioned;
    double tokensPerSecond = 0.0;
    std::filesystem::path lastCheckpoint;
    std::filesystem::path finalDir;
    // final_train_loss, heldout_loss {source: {first, last}}, tokens_per_second, ...; for MeCo runs
    // heldout_loss_conditioned {source: {first, last}} as well.
    nlohmann::json toJson() const;
};

// The LibTorch module's entry point (torch/train/trainer.cpp), reached through
// runtime::torchFunction<RunTrainingFn>("adaptlab_torch_run_training"). Throws Error on failure
// (NaN loss: an Error saying so, after keeping the last good checkpoint).
using RunTrainingFn = TrainResult (*)(const TrainConfig& config, const TrainHooks& hooks);

// The LibTorch module's export (torch/model/export_entry.cpp), reached through
// runtime::torchFunction<ExportModelFn>("adaptlab_torch_export_model"): loads the Hugging Face
// folder FROM (a run's checkpoint) and writes it to TO, weights in DTYPE ("f32" | "bf16"), with the
// tokenizer files of TOKENIZERSOURCE (a folder or a file; empty = none). Throws Error naming the
// folder. (Added by the "spec" part for `adaptlab-cli export`.)
using ExportModelFn = void (*)(const std::filesystem::path& from, const std::filesystem::path& to, const std::string& dtype,
                               const std::filesystem::path& tokenizerSource);

} // namespace adaptlab::train
