// A training checkpoint: runDir/checkpoints/step-N/ is a Hugging Face model folder (so it is also a
// base and exportable as it is) -- or, for a LoRA run, adapter/ (the PEFT adapter folder,
// torch/model/lora.h; the frozen base is config.base) -- plus what an exact resume needs beside it:
//   optimizer.pt        torch::save of the AdamW optimizer (moments and step counts per parameter)
//   rng_state.pt        the default generators' states (CPU, and each CUDA device in use)
//   train_config.json   the TrainConfig the run was made with (a resume checks it is the same run)
//   trainer_state.json  step, tokens seen, last train loss, the first and latest held-out
//                       figures; written
//                       last, so a folder without it is not a checkpoint
// The data order needs no state: it is a pure function of (plan, seed, step) (train/data_order.h),
// and so is the learning rate (train/lr_schedule.h).
// A checkpoint is written into a hidden temporary sibling (temp_file.h names, so a later start
// removes a killed writer's leftovers) and renamed into place when every file in it is complete.
#pragma once

#include "torch/model/llama.h"
#include "train/checkpoint_folder.h"
#include "train/train_config.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace adaptlab::train {

inline constexpr int kTrainerStateVersion = 1;

// What a checkpoint records besides the weights and the optimizer.
struct TrainerState {
    int64_t step = 0;        // optimizer steps done
    int64_t tokensSeen = 0;  // input tokens trained on, over all ranks
    double lastTrainLoss = 0.0;
    // Per source: the held-out loss of the run's first evaluation (step 0, the "before" figure),
    // so a resumed run still reports it.
    std::map<std::string, double> firstHeldoutLoss;
    std::map<std::string, double> lastHeldoutLoss; // the latest evaluation's
    // Added for issue 12 ("mecorun"): MeCo runs' held-out loss with the metadata prefixes, the
    // same way (absent in checkpoints of other runs and of runs before it).
    std::map<std::string, double> firstHeldoutLossConditioned;
    std::map<std::string, double> lastHeldoutLossConditioned;

    nlohmann::json toJson() const;
    static TrainerState fromJson(const nlohmann::json& json, const std::string& source);
};

struct CheckpointContents {
    const model::LlamaForCausalLM* model = nullptr;
    const torch::optim::Optimizer* optimizer = nullptr;
    const TrainConfig* config = nullptr;
    TrainerState state;
    std::filesystem::path tokenizerSource; // copied into the folder (saveHfModel); empty = none
};


// Writes runDir/checkpoints/step-N atomically (N = contents.state.step), replacing an existing one
// only once the new one is complete. Throws Error naming the folder.
std::filesystem::path writeCheckpoint(const std::filesystem::path& runDir, const CheckpointContents& contents);


// The adapter a LoRA run ends with, as the folder FOLDER (the trainer's finalDir/adapter): the PEFT
// layout (adapter_config.json + adapter_model.safetensors), the tokenizer files of CONFIG.tokenizer,
// and adapter_base.json naming the base model, the stage and the chat template, so the folder says
// what it belongs to. Written atomically (a hidden sibling renamed into place).
void writeLoraFinalFolder(const model::LlamaForCausalLM& model, const TrainConfig& config,
                          const std::filesystem::path& folder);

// Removes all but the newest `keep` complete checkpoints (keep <= 0: none removed) and returns the
// removed folders.
std::vector<std::filesystem::path> pruneCheckpoints(const std::filesystem::path& runDir, int64_t keep);
// Removes the temporary folders that killed writers left in runDir/checkpoints. Never throws.
void removeStaleCheckpointTemporaries(const std::filesystem::path& runDir);

TrainerState readTrainerState(const std::filesystem::path& checkpoint);
nlohmann::json readCheckpointConfig(const std::filesystem::path& checkpoint);
void loadOptimizerState(const std::filesystem::path& checkpoint, torch::optim::Optimizer& optimizer,
                        const torch::Device& device);
void restoreRngState(const std::filesystem::path& checkpoint);

// Why a checkpoint made with `saved` cannot be resumed with `current`: the JSON path of the first
// field that differs ("data.sources[0].weight: 1 in the checkpoint, 2 now"), ignoring the fields a
// resume may change (steps, evaluation and checkpoint cadence, where the run lives and exports, the
// device and threads). nullopt when they agree.
std::optional<std::string> resumeConflict(const nlohmann::json& saved, const nlohmann::json& current);

} // namespace adaptlab::train
