// Model merging (METHODS §10), torch-free: the requests, the compatibility checks made from
// config.json and the safetensors headers before any weight is read, and the entry point into the
// LibTorch module (torch/model/merge.cpp) that does the arithmetic tensor by tensor.
//  - LoRA fold: W + (lora_alpha / r) * B A for every adapted projection, written as a Hugging Face
//    folder (the base's tokenizer files copied).
//  - Instruction residual (Hirano & Imajo 2024): theta_CPT + lambda * (theta_instruct - theta_base),
//    lambda = 1 by default; every tensor of the three must have the same name, shape and (after
//    reading as f32) the result is written in the CPT model's dtype unless the request says.
//  - Linear interpolation: (1 - t) * theta_A + t * theta_B between two checkpoints of one
//    architecture.
// Refusals name the folders and what differs: architecture fields of config.json (hidden size,
// layers, heads, kv heads, intermediate size, vocabulary size, tie_word_embeddings, head_dim),
// a tensor present in one and not the other, a shape, or tokenizers whose vocabularies differ
// (compared by piece, not by file) .
//
// INTERFACE FIXED FOR ISSUE 11 (owner: the "merge" part). Change only by adding.
#pragma once

#include "common/error.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace adaptlab::model {

// A merge the inputs do not allow (the CLI exits 2 on it).
class MergeRefused : public Error {
public:
    using Error::Error;
};

enum class MergeKind { LoraFold, InstructionResidual, Linear };

struct MergeRequest {
    MergeKind kind = MergeKind::LoraFold;
    std::filesystem::path base;     // LoraFold: the base; InstructionResidual: theta_base
    std::filesystem::path lora;     // LoraFold: the adapter folder
    std::filesystem::path cpt;      // InstructionResidual: theta_CPT (also the tokenizer copied)
    std::filesystem::path instruct; // InstructionResidual: theta_instruct
    std::filesystem::path a, b;     // Linear
    double lambda = 1.0;            // InstructionResidual
    double t = 0.5;                 // Linear
    std::string dtype;              // "f32" | "bf16"; empty = the (first) input's dtype
    std::filesystem::path out;      // written atomically (a hidden temporary renamed into place)
};

struct MergeReport {
    int64_t tensors = 0;         // tensors written
    int64_t mergedTensors = 0;   // tensors changed by the merge (adapted projections / all for residual)
    std::vector<std::string> notes; // e.g. "lm_head.weight is tied to model.embed_tokens.weight in all three"
    nlohmann::json toJson() const;  // {"tensors", "merged_tensors", "notes", "out"}
    std::filesystem::path out;
};

// The checks run before any weights are read; throws MergeRefused naming the folders and the first
// difference. Also run by the entry point.
void checkMergeInputs(const MergeRequest& request);
// Added (merge part): the same checks, returning what the user should know but does not refuse
// the merge (a config field such as rope_theta that differs, vocabularies not compared for want of
// a tokenizer, an adapter trained on another folder). The entry point puts them in its report.
std::vector<std::string> checkMergeInputsWithNotes(const MergeRequest& request);

// The LibTorch entry point, reached through runtime::torchFunction<MergeFn>("adaptlab_torch_merge").
// PROGRESS (may be empty) gets (tensors done, total).
using MergeFn = MergeReport (*)(const MergeRequest& request,
                                const std::function<void(int64_t, int64_t)>& progress);

// Loads the LibTorch module and runs the merge (what the CLI and the GUI's merge job call).
MergeReport runMerge(const MergeRequest& request, const std::function<void(int64_t, int64_t)>& progress = {});

} // namespace adaptlab::model
