// The continued pre-training (CPT) trainer: AdamW with decay on matrices only, the learning rate
// from the schedule at every step, gradient accumulation over micro-batches, clipping, bf16
// autocast where the device supports it, held-out loss per source (often early: the stability gap,
// METHODS §8), atomic checkpoints with exact resume (checkpoint_state.h), data parallel on c10d
// (distributed.h). Torch-free code reaches it through adaptlab_torch_run_training.
#pragma once

#include "torch/model/llama.h"
#include "train/train_config.h"

#include <cstdint>
#include <functional>

namespace adaptlab::train {

// A seam for tests: called at the start of every optimizer step with the step (0-based) and the
// model, so a test can corrupt the weights the way a diverging run would (the NaN guard) without
// a flag in the production config.
struct TrainerProbe {
    std::function<void(int64_t step, model::LlamaForCausalLM& model)> beforeStep;
    // Added for issue 12 ("mecorun"): called after step STEP's (0-based) optimizer update, so a
    // test can read the optimizer's state through a phase switch (MeCo's cooldown keeps it).
    std::function<void(int64_t step, const torch::optim::Optimizer& optimizer)> afterStep;
};

// Runs (or with config.resume continues) the training CONFIG describes. Throws Error naming the
// field, file or step on failure; a NaN/Inf loss throws after keeping the last good checkpoint.
TrainResult runTraining(const TrainConfig& config, const TrainHooks& hooks, const TrainerProbe& probe = {});

} // namespace adaptlab::train

// train::RunTrainingFn, for runtime::torchFunction<RunTrainingFn>("adaptlab_torch_run_training").
extern "C" __attribute__((visibility("default"))) adaptlab::train::TrainResult
adaptlab_torch_run_training(const adaptlab::train::TrainConfig& config, const adaptlab::train::TrainHooks& hooks);
