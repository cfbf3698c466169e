// A tiny random Llama folder (config.json, model.safetensors, the SmolLM test tokenizer) and a
// LoRA adapter for it in the PEFT layout, written in C++ (torch-free) so a GUI test has a real
// model for the real CLI without Python.
#pragma once

#include "model/safetensors.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace adaptlab::testing {

struct TinyLlamaShape {
    int64_t vocab = 576; // the SmolLM fixture's 559 ids, padded
    int64_t hidden = 64;
    int64_t intermediate = 160;
    int64_t layers = 2;
    int64_t heads = 4;
    int64_t kvHeads = 2;
    int64_t headDim() const { return hidden / heads; }
};

inline std::vector<float> randomValues(std::mt19937& rng, int64_t count, float scale)
{
    std::normal_distribution<float> normal(0.0f, scale);
    std::vector<float> values(static_cast<size_t>(count));
    for (float& value : values)
        value = normal(rng);
    return values;
}

inline void writeTensors(const std::filesystem::path& file,
                         const std::vector<std::pair<std::string, std::pair<std::vector<int64_t>, std::vector<float>>>>& tensors)
{
    std::vector<model::TensorToWrite> toWrite;
    for (const auto& [name, shapeValues] : tensors) {
        const auto& values = shapeValues.second;
        toWrite.push_back({name, model::DType::F32, shapeValues.first,
                           std::as_bytes(std::span<const float>(values.data(), values.size()))});
    }
    model::writeSafetensors(file, toWrite);
}

// FOLDER with config.json, model.safetensors (random weights from SEED) and TOKENIZERJSON copied.
inline void writeTinyLlama(const std::filesystem::path& folder, uint32_t seed, const std::filesystem::path& tokenizerJson,
                           const TinyLlamaShape& shape = {})
{
    std::filesystem::create_directories(folder);
    const nlohmann::json config = {
        {"architectures", {"LlamaForCausalLM"}}, {"model_type", "llama"}, {"vocab_size", shape.vocab},
        {"hidden_size", shape.hidden}, {"intermediate_size", shape.intermediate},
        {"num_hidden_layers", shape.layers}, {"num_attention_heads", shape.heads},
        {"num_key_value_heads", shape.kvHeads}, {"max_position_embeddings", 4096}, {"rms_norm_eps", 1e-6},
        {"rope_theta", 10000.0}, {"tie_word_embeddings", true}, {"hidden_act", "silu"},
        {"bos_token_id", 1}, {"eos_token_id", 2}, {"torch_dtype", "float32"}};
    std::ofstream(folder / "config.json") << config.dump(2);
    std::mt19937 rng(seed);
    const float scale = 0.3f;
    const int64_t C = shape.hidden, D = shape.headDim();
    std::vector<std::pair<std::string, std::pair<std::vector<int64_t>, std::vector<float>>>> tensors;
    const auto add = [&](const std::string& name, std::vector<int64_t> dims) {
        int64_t count = 1;
        for (const int64_t d : dims)
            count *= d;
        tensors.push_back({name, {dims, randomValues(rng, count, scale)}});
    };
    const auto ones = [&](const std::string& name) {
        tensors.push_back({name, {{C}, std::vector<float>(static_cast<size_t>(C), 1.0f)}});
    };
    add("model.embed_tokens.weight", {shape.vocab, C});
    for (int64_t i = 0; i < shape.layers; ++i) {
        const std::string p = "model.layers." + std::to_string(i) + ".";
        ones(p + "input_layernorm.weight");
        add(p + "self_attn.q_proj.weight", {shape.heads * D, C});
        add(p + "self_attn.k_proj.weight", {shape.kvHeads * D, C});
        add(p + "self_attn.v_proj.weight", {shape.kvHeads * D, C});
        add(p + "self_attn.o_proj.weight", {C, shape.heads * D});
        ones(p + "post_attention_layernorm.weight");
        add(p + "mlp.gate_proj.weight", {shape.intermediate, C});
        add(p + "mlp.up_proj.weight", {shape.intermediate, C});
        add(p + "mlp.down_proj.weight", {C, shape.intermediate});
    }
    ones("model.norm.weight");
    writeTensors(folder / "model.safetensors", tensors);
    std::filesystem::copy_file(tokenizerJson, folder / "tokenizer.json",
                               std::filesystem::copy_options::overwrite_existing);
}

// A LoRA adapter on q_proj and v_proj of every layer (rank 2, alpha 4), random A and B from SEED.
inline void writeTinyAdapter(const std::filesystem::path& folder, uint32_t seed, const std::filesystem::path& base,
                             const TinyLlamaShape& shape = {})
{
    std::filesystem::create_directories(folder);
    const int64_t rank = 2;
    const nlohmann::json config = {{"peft_type", "LORA"}, {"r", rank}, {"lora_alpha", 4}, {"lora_dropout", 0.0},
                                   {"target_modules", {"q_proj", "v_proj"}}, {"bias", "none"},
                                   {"task_type", "CAUSAL_LM"}, {"base_model_name_or_path", base.string()},
                                   {"fan_in_fan_out", false}};
    std::ofstream(folder / "adapter_config.json") << config.dump(2);
    std::mt19937 rng(seed);
    std::vector<std::pair<std::string, std::pair<std::vector<int64_t>, std::vector<float>>>> tensors;
    for (int64_t i = 0; i < shape.layers; ++i) {
        for (const auto& [name, out] : {std::pair<std::string, int64_t>{"q_proj", shape.heads * shape.headDim()},
                                        std::pair<std::string, int64_t>{"v_proj", shape.kvHeads * shape.headDim()}}) {
            const std::string p = "base_model.model.model.layers." + std::to_string(i) + ".self_attn." + name + ".";
            tensors.push_back({p + "lora_A.weight", {{rank, shape.hidden}, randomValues(rng, rank * shape.hidden, 0.3f)}});
            tensors.push_back({p + "lora_B.weight", {{out, rank}, randomValues(rng, out * rank, 0.3f)}});
        }
    }
    writeTensors(folder / "adapter_model.safetensors", tensors);
}

} // namespace adaptlab::testing
