// The Llama architecture's hyperparameters as Hugging Face's LlamaConfig writes them in
// config.json, and the size presets for training from scratch. Torch-free: the Train panel shows a
// base's size and memory estimate without loading LibTorch.
//
// INTERFACE FIXED FOR ISSUE 10 (owner: the "model" part). Other parts code against it; change it
// only by adding.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace adaptlab::model {

// Llama-3-style frequency scaling ("rope_scaling": {"rope_type": "llama3", "factor", ...}).
// Other rope types are refused by fromJson with the field named.
struct RopeScaling {
    std::string ropeType = "llama3";
    double factor = 8.0;
    double lowFreqFactor = 1.0;
    double highFreqFactor = 4.0;
    int64_t originalMaxPositionEmbeddings = 8192;
};

struct LlamaConfig {
    int64_t vocabSize = 0;
    int64_t hiddenSize = 0;        // C
    int64_t intermediateSize = 0;  // the SwiGLU inner width
    int64_t numHiddenLayers = 0;
    int64_t numAttentionHeads = 0;
    int64_t numKeyValueHeads = 0;  // GQA: divides numAttentionHeads
    int64_t headDim = 0;           // 0 in config.json = hiddenSize / numAttentionHeads
    int64_t maxPositionEmbeddings = 2048;
    double rmsNormEps = 1e-6;
    double ropeTheta = 10000.0;
    std::optional<RopeScaling> ropeScaling;
    bool tieWordEmbeddings = false;
    bool attentionBias = false;
    bool mlpBias = false;
    int64_t bosTokenId = -1;            // -1 = none
    std::vector<int64_t> eosTokenIds;   // config.json has an int or a list
    int64_t padTokenId = -1;
    std::string torchDtype = "float32"; // as config.json names it: float32, bfloat16, float16
    // Keys this struct does not model, kept so a saved config.json carries them on.
    nlohmann::json extra = nlohmann::json::object();

    int64_t headDimension() const; // headDim or hiddenSize / numAttentionHeads
    int64_t parameterCount() const; // tied embeddings counted once
    // Every tensor Hugging Face's LlamaForCausalLM stores for this config, with its shape, in the
    // order HF writes them ("model.embed_tokens.weight", "model.layers.0.self_attn.q_proj.weight",
    // ..., "model.norm.weight", "lm_head.weight" unless tied).
    std::vector<std::pair<std::string, std::vector<int64_t>>> tensorShapes() const;

    // Throws Error naming `source` and the field ("config.json: num_key_value_heads: 3 does not
    // divide num_attention_heads 8"); refuses model_type other than "llama" (and the few
    // Llama-layout types such as "mistral" without sliding windows, if supported, say which).
    static LlamaConfig fromJson(const nlohmann::json& json, const std::string& source);
    static LlamaConfig load(const std::filesystem::path& configJson);
    // config.json as HF writes it (architectures ["LlamaForCausalLM"], model_type "llama", ...).
    nlohmann::json toJson() const;
};

// Size presets for teaching from scratch, ~1M to ~100M parameters (vocabulary from the tokenizer).
struct ModelPreset {
    std::string name;        // "tiny", "small", ... (stable: used in specs as "preset:NAME")
    const char* description; // one line, QT_TRANSLATE_NOOP("ModelPresets", ...)
    LlamaConfig config;      // vocabSize 0: set from the tokenizer
};
const std::vector<ModelPreset>& modelPresets();
// The preset's config with vocabSize set; throws Error listing the names when `name` is unknown.
LlamaConfig presetConfig(const std::string& name, int64_t vocabSize);

} // namespace adaptlab::model
