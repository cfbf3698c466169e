// A decoder in the Llama architecture as Hugging Face's LlamaForCausalLM defines it (RMSNorm,
// rotary embeddings with optional Llama-3 scaling, grouped-query attention, SwiGLU MLP, optional
// tied embeddings and biases). The file reads like the paper; llama.cpp carries the shape legend.
//
// INTERFACE FIXED FOR ISSUE 10 (owner: the "model" part). Change only by adding.
#pragma once

#include "model/llama_config.h"
#include "model/lora_config.h"

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

    // ---- Added for issue 11 (owner: the "lora" part) ----

    // Packed rows (SFT packing): POSITIONIDS (B, T) int64, the rotary position of each token
    // (restarting at 0 for each example), and SEGMENTIDS (B, T) int64: a token attends only to
    // earlier tokens with the same segment id (a block-diagonal causal mask), so examples packed in
    // one row do not see each other. Either may be undefined (positions 0..T-1 / one segment). No
    // cache. Each example's logits equal those of the example alone in its own row.
    torch::Tensor forward(const torch::Tensor& inputIds, const torch::Tensor& positionIds,
                          const torch::Tensor& segmentIds);

    // LoRA: adds adapters A (r, in), B (out, r) to the CONFIG.targets projections of every layer
    // (A Kaiming-uniform as PEFT initialises it, B zero, so the model's output is unchanged), freezes
    // every base parameter (requires_grad false) and applies y = W x + scale * B(A(dropout(x))).
    // Works with the fused QKV projection (the q/k/v adapters add to their slices). Throws Error
    // when LoRA is already enabled or the config is invalid.
    void enableLora(const LoraConfig& lora);
    bool hasLora() const;
    const LoraConfig& loraConfig() const; // throws Error without LoRA
    // The adapters' parameters (what the optimizer gets), and as PEFT names them with their tensors
    // (peftTensorName order: layer, then target in q,k,v,o,gate,up,down order, A before B).
    std::vector<torch::Tensor> loraParameters() const;
    std::vector<std::pair<std::string, torch::Tensor>> peftTensors() const;
    // Copies PEFT-named tensors into the adapters; throws Error naming a missing, unexpected or
    // wrongly shaped tensor.
    void loadPeftTensors(const std::map<std::string, torch::Tensor>& tensors);
    // Folds every adapter into its base weight (W += scale * B A) and removes the adapters; base
    // parameters become trainable again. After this hfTensors() are the merged model's.
    void mergeLora();
    // With LoRA enabled, hfTensors() and loadHfTensors() are the BASE weights (without the
    // adapters), and decayed/undecayedParameters() return only trainable parameters: the adapters'
    // A and B (all decayed), never a frozen base parameter. forward() applies the adapters, in
    // train() with their dropout.

    // ---- Added for issue 12 (owner: the "cluster" part) ----

    // The last hidden state: what forward(inputIds, cache) feeds the head, i.e. after the final
    // norm. inputIds (B, T) int64 -> (B, T, C) in the parameters' dtype. Causal, so with right
    // padding the real positions' states equal those of the unpadded row (document embeddings).
    torch::Tensor hiddenStates(const torch::Tensor& inputIds, KvCache* cache = nullptr);

private:
    // The layers and the final norm on embedded X (B, T, C) -> (B, T, C), and the head on that
    // -> (B, T, V): decode() is head(layersAndNorm(...)).
    torch::Tensor layersAndNorm(torch::Tensor x, const torch::Tensor& cos, const torch::Tensor& sin,
                                const torch::Tensor& causalBias, KvCache* cache);
    torch::Tensor head(const torch::Tensor& hidden);

    // The layers, the final norm and the head on embedded X with the rotary tables and the mask
    // the two forwards build (see llama.cpp).
    torch::Tensor decode(torch::Tensor x, const torch::Tensor& cos, const torch::Tensor& sin,
                         const torch::Tensor& causalBias, KvCache* cache);

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
