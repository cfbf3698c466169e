// LoRA (Hu et al. 2021) settings and the PEFT adapter layout, torch-free so the Train panel can show
// a trainable-parameter count and read an adapter folder without LibTorch.
//
// An adapter folder as PEFT writes and loads it: adapter_config.json (peft_type "LORA", r,
// lora_alpha, lora_dropout, target_modules, base_model_name_or_path, bias "none", task_type
// "CAUSAL_LM", fan_in_fan_out false, use_rslora false, ...) and adapter_model.safetensors with
// tensors named base_model.model.model.layers.{i}.self_attn.q_proj.lora_A.weight (r, in) and
// ....lora_B.weight (out, r). The update is W + (lora_alpha / r) * B A.
//
// INTERFACE FIXED FOR ISSUE 11 (owner: the "lora" part). Change only by adding.
#pragma once

#include "model/llama_config.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace adaptlab::model {

struct LoraConfig {
    int64_t rank = 8;        // r
    double alpha = 16.0;     // lora_alpha; the scale is alpha / rank
    double dropout = 0.05;   // on the adapter's input, training only
    // Short names "q","k","v","o","gate","up","down" (the CLI's --lora-targets); PEFT's module
    // names are q_proj, k_proj, v_proj, o_proj, gate_proj, up_proj, down_proj.
    std::vector<std::string> targets{"q", "k", "v", "o"};
    std::string baseModel;   // base_model_name_or_path: the base folder the adapter was trained on

    double scale() const { return alpha / static_cast<double>(rank); }
    // Throws Error naming the field ("lora_rank: must be at least 1", "lora_targets: unknown
    // module \"qq\" (choose from q, k, v, o, gate, up, down)").
    void validate() const;

    // adapter_config.json as PEFT writes it / reads one (accepts module names or short names in
    // target_modules, a list or a single string; refuses other peft_type, use_rslora true,
    // use_dora true, fan_in_fan_out true, bias other than "none", layers_to_transform, naming the
    // key and SOURCE).
    nlohmann::json toPeftJson() const;
    static LoraConfig fromPeftJson(const nlohmann::json& json, const std::string& source);
};

// "q" -> "q_proj" ...; throws Error for an unknown short name.
std::string loraModuleName(const std::string& target);
// "q,k,v" -> {"q","k","v"}; throws Error naming an unknown one.
std::vector<std::string> parseLoraTargets(const std::string& commaSeparated);

// The trainable parameters LoRA adds for CONFIG on the model MODEL: sum over layers and targets of
// rank * (in + out).
int64_t loraParameterCount(const LlamaConfig& model, const LoraConfig& lora);

// PEFT tensor names of one target in one layer ("base_model.model.model.layers.3.mlp.up_proj.lora_A.weight").
std::string peftTensorName(int64_t layer, const std::string& target, char aOrB);

// adapter_config.json of the adapter folder FOLDER; throws Error naming the file.
LoraConfig readAdapterConfig(const std::filesystem::path& folder);
bool isAdapterFolder(const std::filesystem::path& folder); // has adapter_config.json

} // namespace adaptlab::model
