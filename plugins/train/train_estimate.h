// The expected time of a run before it starts: its tokens (steps x batch x seq_len) over a training
// speed estimated from what this machine did last (the newest finished run's FLOP/s, 6 x parameters
// x tokens/s, scaled to the new model's size), or from the BLAS's measured sgemm GFLOP/s at half
// its peak (the rule of thumb for eager training on a CPU). Rough either way, and it says which.
#pragma once

#include "train_catalog.h"

#include "model/llama_config.h"
#include "train/memory_estimate.h"

#include <QString>

#include <optional>

namespace adaptlab::train_panel {

struct TimeEstimate {
    qint64 tokens = 0;
    double tokensPerSecond = 0; // 0: unknown
    double seconds = -1;        // < 0: unknown
    enum class Basis { None, LastRun, Sgemm } basis = Basis::None;
    qint64 basisRunId = 0;
};

// The share of the sgemm peak an eager training step reaches on a CPU (METHODS: ~0.5-0.6).
inline constexpr double kAssumedSgemmEfficiency = 0.5;

// LORAPARAMETERS > 0: a LoRA run. Its backward pass still carries the gradient through every
// frozen weight (2 x parameters per token) but computes no weight gradient for them: 4 x
// parameters + 6 x adapter parameters per token instead of 6 x parameters.
TimeEstimate estimateTime(qint64 steps, qint64 batch, qint64 seqLen, qint64 parameters, const MeasuredSpeed& last,
                          double sgemmGflops, qint64 loraParameters = 0);
// "about 12 min (rough: from run 4 on this machine, 2,100 tokens/s)"; says when nothing is known.
QString describeTime(const TimeEstimate& estimate);

// The memory a run needs on one device (train/memory_estimate.h: weights, gradients, AdamW state,
// activations at the micro-batch and sequence length) against what the device has. DEVICE is the
// form's ("auto", "cpu", "cuda", "cuda:N"): the CPU's available memory is compared for a CPU run;
// a GPU's is only known to the trainer, so it is left unknown. Reads /proc/meminfo: call it off the
// UI thread. Throws what estimateTrainingMemory throws (sizes below 1, another precision).
train::MemoryEstimate estimateMemory(const model::LlamaConfig& config, qint64 batch, qint64 microBatch, qint64 seqLen,
                                     const QString& precision, const QString& device);
// A LoRA run: the frozen weights have no gradients and no AdamW state; the adapters (f32) add
// their weights, gradients and state. Activations are unchanged (the backward pass still goes
// through every layer).
void applyLora(train::MemoryEstimate& estimate, qint64 loraParameters);
// "<b>Memory:</b> about 1.2 GiB (...) of 11 GiB available now." (rich text).
QString describeMemory(const train::MemoryEstimate& estimate);

} // namespace adaptlab::train_panel
