// A decoder in the Llama architecture as Hugging Face's LlamaForCausalLM defines it (RMSNorm,
// rotary embeddings with optional Llama-3 scaling, grouped-query attention, SwiGLU MLP, optional
// tied embeddings and biases). The file reads like the paper; llama.cpp carries the shape legend.
//
// INTERFACE FIXED FOR ISSUE 10 (owner: the "model" part). Change only by adding.
#pragma once

#include "model/llama_config.h"

#include <torch/torch.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace adaptlab::model {

// Keys and values of every layer for incremental decoding (generate); empty = no cache.
struct KvCache {
    std::vector<torch::Tensor> keys;   // per layer (B, n_kv_heads, T_past, head_dim)
    std::vector<torch::Tensor> values;
    int64_t length() const { return keys.empty() || !keys[0].defined() ? 0 : keys[0].size(2); }
};

class LlamaForCausalLMImpl : public torch::nn::Module {
public:
    explicit LlamaForCausalLMImpl(const LlamaConfig& config);

    // inputIds (B, T) int64 -> logits (B, T, V) in the parameters' dtype. With a cache, positions
    // continue after cache->length() and the cache grows by T.
    torch::Tensor forward(const torch::Tensor& inputIds, KvCache* cache = nullptr);

    const LlamaConfig& config() const { return config_; }

    // The weights under Hugging Face's names and shapes (LlamaConfig::tensorShapes order), as views
    // or copies of the parameters (a fused QKV weight is split back into q/k/v).
    std::vector<std::pair<std::string, torch::Tensor>> hfTensors() const;
    // Copies HF-named tensors into the parameters (any float dtype, converted). Throws Error naming
    // the missing, unexpected or wrongly shaped tensors. A tied model takes lm_head.weight if present
    // and equal in shape, ignoring it.
    void loadHfTensors(const std::map<std::string, torch::Tensor>& tensors);

    // Parameters that get weight decay (matrices) and those that do not (norms, biases): AdamW's
    // two groups.
    std::vector<torch::Tensor> decayedParameters() const;
    std::vector<torch::Tensor> undecayedParameters() const;

private:
    LlamaConfig config_;
    // modules registered in the constructor (see llama.cpp)
    struct Layers;
    std::shared_ptr<Layers> layers_;
};
TORCH_MODULE(LlamaForCausalLM);

// Mean cross-entropy over the positions whose mask is 1: logits (B, T, V), targets (B, T) int64,
// mask (B, T) (bool or 0/1); returns a scalar. Also returns the masked token count.
std::pair<torch::Tensor, int64_t> maskedCrossEntropy(const torch::Tensor& logits, const torch::Tensor& targets,
                                                     const torch::Tensor& mask);

} // namespace adaptlab::model
