// Hugging Face model folders in and out: config.json, model.safetensors (or sharded with
// model.safetensors.index.json), generation_config.json and the tokenizer files
// (tokenizer.json / tokenizer.model / tokenizer_config.json / special_tokens_map.json).
//
// INTERFACE FIXED FOR ISSUE 10 (owner: the "safetensors" part; the model part uses it). Change only
// by adding.
#pragma once

#include "model/llama_config.h"
#include "model/safetensors.h"
#include "torch/model/llama.h"

#include <torch/torch.h>

#include <filesystem>
#include <functional>
#include <map>
#include <string>

namespace adaptlab::model {

// Every tensor of a folder's weight files (single or sharded), as CPU tensors in their stored dtype
// (F32/F16/BF16; others refused naming the tensor). With `config`, every tensor LlamaConfig
// expects must be there with its shape (errors name the tensor and both shapes).
std::map<std::string, torch::Tensor> readCheckpointTensors(const std::filesystem::path& folder,
                                                           const LlamaConfig* config = nullptr);

// config.json + weights -> a model on `device` in float32 (training and scoring run in f32;
// bf16 autocast is the trainer's business). Throws Error naming the folder and the file.
LlamaForCausalLM loadHfModel(const std::filesystem::path& folder, const torch::Device& device = torch::kCPU);

enum class StorageDType { F32, BF16 };
StorageDType storageDTypeFromString(const std::string& text); // "f32" | "bf16"; throws Error

struct SaveOptions {
    StorageDType dtype = StorageDType::F32;
    // Files split above this size into model-0000k-of-0000n.safetensors + index; 0 = one file.
    uint64_t maxShardBytes = 0;
    // A folder or file holding tokenizer files to copy (tokenizer.json, tokenizer.model,
    // tokenizer_config.json, special_tokens_map.json); empty = none.
    std::filesystem::path tokenizerSource;
};
// Writes the folder atomically: into a hidden temporary sibling, renamed into place at the end (an
// existing folder is replaced only after the new one is complete).
void saveHfModel(const LlamaForCausalLM& model, const std::filesystem::path& folder, const SaveOptions& options = {});

// Writes FOLDER atomically (added for issue 11): FILL writes the folder's files into a hidden
// temporary sibling, which is then synced and swapped into place (an existing folder is replaced
// only after the new one is complete); temporaries that killed saves left are removed first.
// saveHfModel and the LoRA adapter folders (lora.h) write through it. Throws Error naming FOLDER
// when it names no folder ("out/.." or empty).
void writeFolderAtomically(const std::filesystem::path& folder,
                           const std::function<void(const std::filesystem::path& staging)>& fill);

} // namespace adaptlab::model
