// LoRA adapter folders in the PEFT layout (model/lora_config.h): save the adapters of a model, load
// an adapter onto a base model to continue training, score or generate with it unmerged, or merge.
//
// INTERFACE FIXED FOR ISSUE 11 (owner: the "lora" part). Change only by adding.
#pragma once

#include "model/lora_config.h"
#include "torch/model/llama.h"

#include <filesystem>

namespace adaptlab::model {

// adapter_config.json + adapter_model.safetensors (f32), written atomically into FOLDER (a hidden
// temporary sibling renamed into place). Throws Error without LoRA on the model.
void saveLoraAdapter(const LlamaForCausalLM& model, const std::filesystem::path& folder);

// Enables LoRA on MODEL with the folder's adapter_config.json and loads its adapter_model.safetensors
// (f32/f16/bf16). Throws Error naming the file and tensor when the adapter does not fit the model
// (another size, a target the file lacks).
void loadLoraAdapter(LlamaForCausalLM& model, const std::filesystem::path& folder);

// The base folder with the adapter folder loaded (loadHfModel + loadLoraAdapter), unmerged.
LlamaForCausalLM loadHfModelWithAdapter(const std::filesystem::path& baseFolder,
                                        const std::filesystem::path& adapterFolder,
                                        const torch::Device& device = torch::kCPU);

} // namespace adaptlab::model
