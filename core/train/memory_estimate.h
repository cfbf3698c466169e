// How much memory a training run needs before it starts (the Train panel shows it with a warning
// when it exceeds the device's memory; METHODS §8's guards). A formula, not a measurement: what
// eager LibTorch keeps for backward in a Llama decoder, per layer, plus weights, gradients and
// AdamW's state. Torch-free, so the GUI computes it without loading LibTorch.
//
// The formula (elements; B = micro-batch rows, T = sequence length, C = hidden size, H = attention
// heads, D = head dim, I = MLP width, V = vocabulary, L = layers, P = parameters; a = 4 bytes per
// activation element in f32, 2 in bf16 autocast):
//   weights     4P (f32 master weights), + 2P under bf16 autocast (its cast copies of the weights)
//   gradients   4P
//   optimizer   8P (AdamW: two f32 moments)
//   per layer, saved for backward:
//       4 BTC   the two RMSNorms' inputs and outputs (the outputs are the matmuls' saved inputs)
//       3 BTHD  q, k, v as attention uses them (GQA's keys and values repeated to all H heads)
//       1 BTHD  the attention output (o_proj's input)
//       4 BTI   gate, up, silu(gate) and their product (down_proj's input)
//       1 BHTT  the softmax probabilities
//   once: 2 BHTT (one layer's scores and their gradient while it runs), 2 BTC (final norm)
//   logits: 3 BTV in f32 whatever the precision: the logits, the log-softmax the cross-entropy
//       saves, and the logits' gradient
//   activations = a * (L * per layer + once) + 4 * logits elements
// Not counted: LibTorch's allocator slack, temporaries inside one op, the data loader. Measured:
// a training step of a 0.6M-parameter model at B 8, T 256, V 4,000 (f32, one thread) grew this
// process's peak RSS by 1.17x the formula's activations (tst_memory_estimate checks 0.5x..2x).
#pragma once

#include "model/llama_config.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace adaptlab::train {

// Parameters by part, from the config's sizes (what Hugging Face's LlamaForCausalLM holds; tied
// embeddings counted once). Equal to LlamaConfig::parameterCount(), which the test checks.
struct ParameterBreakdown {
    int64_t embeddings = 0;
    int64_t layers = 0;    // attention, MLP and the two norms of every layer
    int64_t finalNorm = 0;
    int64_t head = 0;      // lm_head; 0 when tied to the embeddings
    int64_t total() const { return embeddings + layers + finalNorm + head; }
};
ParameterBreakdown parameterBreakdown(const model::LlamaConfig& config);

struct MemoryEstimate {
    int64_t parameters = 0;
    int64_t weights = 0;      // bytes
    int64_t gradients = 0;
    int64_t optimizer = 0;
    int64_t activations = 0;  // including logits
    int64_t logits = 0;       // the logits part of activations
    int64_t total = 0;
    // The device's memory available to the run, -1 when unknown: CPU = MemAvailable
    // (/proc/meminfo); CUDA: the trainer fills it in from the device.
    int64_t deviceAvailable = -1;
    std::string device = "cpu";

    bool exceedsDevice() const { return deviceAvailable >= 0 && total > deviceAvailable; }
    // parameters, weights_bytes, gradients_bytes, optimizer_bytes, activations_bytes,
    // logits_bytes, total_bytes, device, device_available_bytes (null when unknown), exceeds_device
    nlohmann::json toJson() const;
};

// The estimate for one rank training CONFIG with MICROBATCH rows of SEQLEN tokens per forward pass
// at PRECISION ("f32" | "bf16"); deviceAvailable is the CPU's. Throws Error for sizes < 1 or
// another precision.
MemoryEstimate estimateTrainingMemory(const model::LlamaConfig& config, int64_t microBatch, int64_t seqLen,
                                      const std::string& precision);

// MemAvailable of /proc/meminfo in bytes; nullopt when it cannot be read. The parser alone, for
// tests: MEMINFO is the file's text.
std::optional<int64_t> availableCpuMemory();
std::optional<int64_t> memAvailableFromMeminfo(std::string_view meminfo);

// "1.5 GiB", "312 MiB", "900 KiB", "12 B": binary units, one decimal under 10.
std::string formatBytes(int64_t bytes);

} // namespace adaptlab::train
