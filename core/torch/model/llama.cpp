// The Llama decoder, as Hugging Face's modeling_llama.py defines LlamaForCausalLM:
//
//   x = embed(ids)
//   per layer:  x = x + o_proj(attention(rope(q), rope(k), v))    on rms_norm(x)
//               x = x + down_proj(silu(gate_proj(h)) * up_proj(h))  h = rms_norm(x)
//   logits = lm_head(rms_norm(x))        (lm_head = embed's matrix when tied)
//
// Shape legend: B = batch, T = new positions, S = positions attended to (past + T), C = hidden
// size, V = vocabulary, H = attention heads, K = key/value heads (GQA: each serves G = H / K query
// heads), D = head dimension, I = SwiGLU inner width.
//
// Two layout choices, invisible outside (hfTensors/loadHfTensors speak HF's names and shapes),
// measured by tests/bench/bench_llama_layout:
//  - q, k and v come from one fused matrix ((H + 2K) * D, C): one GEMM instead of three. (Fusing
//    gate and up the same way measured slower, 0.5-0.6x, so the MLP keeps HF's two matrices.)
//  - Attention runs per KV head on the G query heads that share it, (B*K, G*T, D) x (B*K, D, S):
//    the keys and values are never repeated G times (HF's repeat_kv copies them). baddbmm adds the
//    causal mask and applies the 1/sqrt(D) scale inside the score GEMM. LibTorch 1.13 has no
//    scaled_dot_product_attention.
//
// Issue 11 adds two things, both off the CPT path (forward(ids) builds and runs exactly what it did):
//  - packed rows (forward(ids, positionIds, segmentIds)): rotary angles per token and a
//    block-diagonal causal mask per row, added to the grouped scores (see LlamaAttention);
//  - LoRA adapters (enableLora ... mergeLora): a LoraAdapter module beside each chosen projection,
//    registered as "lora_q" ... "lora_down" in the attention / MLP module; the q/k/v adapters add to
//    their slices of the fused QKV result. Measured by tests/bench/bench_lora.
#include "torch/model/llama.h"

#include "common/error.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <optional>
#include <set>

namespace adaptlab::model {

namespace {

// y = x / sqrt(mean(x^2) + eps) * weight, computed in at least float32 as HF does (bf16 and f16
// activations are upcast; float64 stays, for the gradient check).
class RMSNormImpl : public torch::nn::Module {
public:
    RMSNormImpl(int64_t size, double eps) : eps_(eps)
    {
        weight = register_parameter("weight", torch::ones({size})); // (C)
    }
    torch::Tensor forward(const torch::Tensor& x)
    {
        const bool reduced = x.scalar_type() == torch::kBFloat16 || x.scalar_type() == torch::kHalf;
        const torch::Tensor x32 = reduced ? x.to(torch::kFloat32) : x;
        const torch::Tensor normed = x32 * torch::rsqrt(x32.pow(2).mean(-1, /*keepdim=*/true) + eps_);
        return weight * normed.to(x.scalar_type());
    }
    torch::Tensor weight;

private:
    double eps_;
};
TORCH_MODULE(RMSNorm);

torch::nn::Linear linear(int64_t in, int64_t out, bool bias)
{
    return torch::nn::Linear(torch::nn::LinearOptions(in, out).bias(bias));
}

// A LoRA adapter (Hu et al. 2021, as PEFT's lora.Linear computes it) beside a projection W (out, in):
// x -> scale * B (A dropout(x)), A (r, in) Kaiming-uniform with a = sqrt(5) (PEFT's
// reset_lora_parameters, nn.Linear's own init), B (out, r) zero, so a new adapter changes nothing.
// The scale multiplies the (.., r) intermediate rather than the (.., out) result: the same product,
// r / out of the work. Dropout only while training, as nn.Dropout.
class LoraAdapterImpl : public torch::nn::Module {
public:
    LoraAdapterImpl(int64_t in, int64_t out, const LoraConfig& lora, const torch::TensorOptions& options)
        : scale_(lora.scale()), dropout_(lora.dropout)
    {
        A = register_parameter("lora_A", torch::empty({lora.rank, in}, options));  // (r, in)
        B = register_parameter("lora_B", torch::zeros({out, lora.rank}, options)); // (out, r)
        torch::NoGradGuard noGrad;
        torch::nn::init::kaiming_uniform_(A, std::sqrt(5.0));
    }
    // x (.., in) -> (.., out)
    torch::Tensor forward(const torch::Tensor& x)
    {
        const torch::Tensor in = dropout_ > 0 && is_training() ? torch::dropout(x, dropout_, /*train=*/true) : x;
        return torch::nn::functional::linear(torch::nn::functional::linear(in, A) * scale_, B);
    }
    // scale * B A (out, in): what merging adds to W.
    torch::Tensor delta() const { return torch::mm(B, A).mul_(scale_); }
    torch::Tensor A, B;

private:
    double scale_, dropout_;
};
TORCH_MODULE(LoraAdapter);

// y + adapter(x), or y when there is no adapter (the CPT path pays one null test).
torch::Tensor withAdapter(const torch::Tensor& y, LoraAdapter adapter, const torch::Tensor& x)
{
    return adapter ? y + adapter(x) : y;
}

// The rotary frequencies theta^(-2i/D), i < D/2, with Llama 3's rescaling of the long wavelengths
// when configured (transformers' _compute_llama3_parameters, step for step).
torch::Tensor rotaryInverseFrequencies(const LlamaConfig& config)
{
    const int64_t D = config.headDimension();
    torch::Tensor invFreq =
        1.0 / torch::pow(config.ropeTheta, torch::arange(0, D, 2, torch::kInt64).to(torch::kFloat32) / static_cast<double>(D));
    if (!config.ropeScaling)
        return invFreq;
    const RopeScaling& s = *config.ropeScaling;
    const double oldContext = static_cast<double>(s.originalMaxPositionEmbeddings);
    const double lowFreqWavelen = oldContext / s.lowFreqFactor;
    const double highFreqWavelen = oldContext / s.highFreqFactor;
    const torch::Tensor wavelen = 2 * std::numbers::pi / invFreq;
    // Long wavelengths (low frequencies) are divided by the factor, short ones kept, and the band
    // between them interpolated.
    torch::Tensor scaled = torch::where(wavelen > lowFreqWavelen, invFreq / s.factor, invFreq);
    const torch::Tensor smooth = (oldContext / wavelen - s.lowFreqFactor) / (s.highFreqFactor - s.lowFreqFactor);
    const torch::Tensor smoothed = (1 - smooth) * scaled / s.factor + smooth * scaled;
    const torch::Tensor medium = (wavelen >= highFreqWavelen).logical_and(wavelen <= lowFreqWavelen);
    return torch::where(medium, smoothed, scaled);
}

// HF's rotate_half convention: channel i pairs with channel i + D/2.
// x (B, n, T, D), cos/sin (T, D/2), or (B, 1, T, D/2) for per-row positions -> (B, n, T, D)
torch::Tensor applyRotary(const torch::Tensor& x, const torch::Tensor& cos, const torch::Tensor& sin)
{
    const int64_t half = x.size(-1) / 2;
    const torch::Tensor x1 = x.narrow(-1, 0, half);
    const torch::Tensor x2 = x.narrow(-1, half, half);
    return torch::cat({x1 * cos - x2 * sin, x2 * cos + x1 * sin}, -1);
}

class LlamaAttentionImpl : public torch::nn::Module {
public:
    explicit LlamaAttentionImpl(const LlamaConfig& config)
        : H_(config.numAttentionHeads), K_(config.numKeyValueHeads), D_(config.headDimension())
    {
        const int64_t C = config.hiddenSize;
        qkv_proj = register_module("qkv_proj", linear(C, (H_ + 2 * K_) * D_, config.attentionBias)); // ((H+2K)*D, C)
        o_proj = register_module("o_proj", linear(H_ * D_, C, config.attentionBias));                  // (C, H*D)
    }

    // x (B, T, C), cos/sin (T, D/2) or (B, 1, T, D/2), causalBias (G*T, S) shared by the rows, or
    // (B, 1, 1, T, S) per row (packed rows), or undefined when T == 1 -> (B, T, C)
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& cos, const torch::Tensor& sin,
                          const torch::Tensor& causalBias, torch::Tensor* cachedKeys, torch::Tensor* cachedValues)
    {
        const int64_t B = x.size(0), T = x.size(1), G = H_ / K_;
        torch::Tensor fused = qkv_proj(x); // (B, T, (H+2K)*D)
        if (lora_q || lora_k || lora_v) {
            // The adapters add onto their slices of the one base GEMM's result (linear's backward
            // does not need its output, so the in-place add is safe for autograd).
            if (lora_q)
                fused.narrow(-1, 0, H_ * D_).add_(lora_q(x));
            if (lora_k)
                fused.narrow(-1, H_ * D_, K_ * D_).add_(lora_k(x));
            if (lora_v)
                fused.narrow(-1, (H_ + K_) * D_, K_ * D_).add_(lora_v(x));
        }
        const auto qkv = fused.view({B, T, H_ + 2 * K_, D_}).split_with_sizes({H_, K_, K_}, /*dim=*/2);
        torch::Tensor q = applyRotary(qkv[0].transpose(1, 2), cos, sin); // (B, H, T, D)
        torch::Tensor k = applyRotary(qkv[1].transpose(1, 2), cos, sin); // (B, K, T, D)
        torch::Tensor v = qkv[2].transpose(1, 2);                        // (B, K, T, D)
        if (cachedKeys != nullptr) {
            if (cachedKeys->defined()) {
                k = torch::cat({*cachedKeys, k}, 2); // (B, K, S, D)
                v = torch::cat({*cachedValues, v}, 2);
            }
            *cachedKeys = k;
            *cachedValues = v.contiguous();
        }
        const int64_t S = k.size(2);
        // Query head h uses KV head h / G (HF's repeat_kv order), so (B, H, T, D) regroups as
        // (B*K, G*T, D) with no copy of the keys.
        const torch::Tensor qg = q.reshape({B * K_, G * T, D_});
        const torch::Tensor kt = k.reshape({B * K_, S, D_}).transpose(1, 2); // (B*K, D, S)
        const double scale = 1.0 / std::sqrt(static_cast<double>(D_));
        torch::Tensor scores; // (B*K, G*T, S)
        if (causalBias.defined() && causalBias.dim() == 2) {
            scores = torch::baddbmm(causalBias, qg, kt, /*beta=*/1.0, /*alpha=*/scale);
        } else if (causalBias.defined()) {
            // A mask per row cannot broadcast over the B*K batch of the GEMM (rows and KV heads are
            // one dimension there), and repeating it K*G times would cost as much memory as the
            // scores: the scores are viewed as (B, K, G, T, S) and the (B, 1, 1, T, S) mask added in
            // the one pass that also scales them.
            scores = torch::add(causalBias, torch::bmm(qg, kt).view({B, K_, G, T, S}), /*alpha=*/scale)
                         .view({B * K_, G * T, S});
        } else {
            scores = torch::bmm(qg, kt).mul_(scale);
        }
        const torch::Tensor probs = torch::softmax(scores, -1);
        const torch::Tensor out = torch::bmm(probs, v.reshape({B * K_, S, D_})); // (B*K, G*T, D)
        const torch::Tensor merged = out.view({B, H_, T, D_}).transpose(1, 2).reshape({B, T, H_ * D_});
        return withAdapter(o_proj(merged), lora_o, merged);
    }

    torch::nn::Linear qkv_proj{nullptr}, o_proj{nullptr};
    LoraAdapter lora_q{nullptr}, lora_k{nullptr}, lora_v{nullptr}, lora_o{nullptr}; // registered by enableLora

private:
    int64_t H_, K_, D_;
};
TORCH_MODULE(LlamaAttention);

class LlamaMLPImpl : public torch::nn::Module {
public:
    explicit LlamaMLPImpl(const LlamaConfig& config)
    {
        const int64_t C = config.hiddenSize, I = config.intermediateSize;
        gate_proj = register_module("gate_proj", linear(C, I, config.mlpBias)); // (I, C)
        up_proj = register_module("up_proj", linear(C, I, config.mlpBias));     // (I, C)
        down_proj = register_module("down_proj", linear(I, C, config.mlpBias)); // (C, I)
    }
    // x (B, T, C) -> (B, T, C)
    torch::Tensor forward(const torch::Tensor& x)
    {
        if (!lora_gate && !lora_up && !lora_down)
            return down_proj(torch::silu(gate_proj(x)) * up_proj(x)); // SwiGLU over (B, T, I)
        const torch::Tensor inner = torch::silu(withAdapter(gate_proj(x), lora_gate, x)) * withAdapter(up_proj(x), lora_up, x);
        return withAdapter(down_proj(inner), lora_down, inner);
    }
    torch::nn::Linear gate_proj{nullptr}, up_proj{nullptr}, down_proj{nullptr};
    LoraAdapter lora_gate{nullptr}, lora_up{nullptr}, lora_down{nullptr}; // registered by enableLora
};
TORCH_MODULE(LlamaMLP);

class LlamaDecoderLayerImpl : public torch::nn::Module {
public:
    explicit LlamaDecoderLayerImpl(const LlamaConfig& config)
    {
        input_layernorm = register_module("input_layernorm", RMSNorm(config.hiddenSize, config.rmsNormEps));
        self_attn = register_module("self_attn", LlamaAttention(config));
        post_attention_layernorm = register_module("post_attention_layernorm", RMSNorm(config.hiddenSize, config.rmsNormEps));
        mlp = register_module("mlp", LlamaMLP(config));
    }
    // x (B, T, C) -> (B, T, C)
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& cos, const torch::Tensor& sin,
                          const torch::Tensor& causalBias, torch::Tensor* cachedKeys, torch::Tensor* cachedValues)
    {
        const torch::Tensor h = x + self_attn(input_layernorm(x), cos, sin, causalBias, cachedKeys, cachedValues);
        return h + mlp(post_attention_layernorm(h));
    }
    RMSNorm input_layernorm{nullptr}, post_attention_layernorm{nullptr};
    LlamaAttention self_attn{nullptr};
    LlamaMLP mlp{nullptr};
};
TORCH_MODULE(LlamaDecoderLayer);

// HF's _init_weights: N(0, initializer_range) for matrices and embeddings, zero biases, unit norms.
void initializeWeights(torch::nn::Module& model, double std)
{
    torch::NoGradGuard noGrad;
    for (auto& item : model.named_parameters()) {
        const std::string& name = item.key();
        torch::Tensor& p = item.value();
        if (name.ends_with("norm.weight"))
            p.fill_(1.0);
        else if (name.ends_with(".bias"))
            p.zero_();
        else
            p.normal_(0.0, std);
    }
}

} // namespace

struct LlamaForCausalLMImpl::Layers {
    torch::nn::Embedding embedTokens{nullptr}; // (V, C)
    std::vector<LlamaDecoderLayer> layers;     // also children of a ModuleList "layers" (names "layers.N.")
    RMSNorm norm{nullptr};
    torch::nn::Linear lmHead{nullptr};         // (V, C); none when tied
    torch::Tensor invFreq;                     // (D/2) rotary frequencies, a buffer
    std::optional<LoraConfig> lora;            // set by enableLora, cleared by mergeLora
};

LlamaForCausalLMImpl::LlamaForCausalLMImpl(const LlamaConfig& config)
    : config_(config), layers_(std::make_shared<Layers>())
{
    Layers& l = *layers_;
    l.embedTokens = register_module("embed_tokens", torch::nn::Embedding(config.vocabSize, config.hiddenSize));
    auto list = register_module("layers", torch::nn::ModuleList());
    for (int64_t i = 0; i < config.numHiddenLayers; ++i) {
        l.layers.push_back(LlamaDecoderLayer(config));
        list->push_back(l.layers.back());
    }
    l.norm = register_module("norm", RMSNorm(config.hiddenSize, config.rmsNormEps));
    if (!config.tieWordEmbeddings)
        l.lmHead = register_module("lm_head", linear(config.hiddenSize, config.vocabSize, /*bias=*/false));
    // Not a parameter, and not in HF's files: recomputed from the config.
    l.invFreq = register_buffer("inv_freq", rotaryInverseFrequencies(config));
    // HF's default; a config.json's own value when it gives a number.
    const auto range = config.extra.find("initializer_range");
    const double initializerRange = range != config.extra.end() && range->is_number() ? range->get<double>() : 0.02;
    initializeWeights(*this, initializerRange);
}

torch::Tensor LlamaForCausalLMImpl::forward(const torch::Tensor& inputIds, KvCache* cache)
{
    return head(hiddenStates(inputIds, cache));
}

torch::Tensor LlamaForCausalLMImpl::hiddenStates(const torch::Tensor& inputIds, KvCache* cache)
{
    TORCH_CHECK(inputIds.dim() == 2 && inputIds.scalar_type() == torch::kInt64, "LlamaForCausalLM: input ids must be ",
                "(B, T) int64, got ", inputIds.sizes(), " ", inputIds.scalar_type());
    Layers& l = *layers_;
    const int64_t T = inputIds.size(1);
    const int64_t past = cache != nullptr ? cache->length() : 0;
    const int64_t S = past + T;
    if (cache != nullptr && cache->keys.size() != l.layers.size()) {
        cache->keys.assign(l.layers.size(), torch::Tensor());
        cache->values.assign(l.layers.size(), torch::Tensor());
    }

    torch::Tensor x = l.embedTokens(inputIds); // (B, T, C)
    // Angles of positions past .. S-1, in float32 whatever the weights' dtype (as HF computes them).
    const torch::Tensor positions = torch::arange(past, S, l.invFreq.options());  // (T)
    const torch::Tensor angles = torch::outer(positions, l.invFreq);                // (T, D/2)
    const torch::Tensor cos = angles.cos().to(x.scalar_type());
    const torch::Tensor sin = angles.sin().to(x.scalar_type());
    // Query t (at position past + t) sees keys 0 .. past + t: -inf above that diagonal. Repeated for
    // the G query heads that share a KV head (their rows are stacked, see LlamaAttention).
    torch::Tensor causalBias; // (G*T, S)
    if (T > 1) {
        const int64_t G = config_.numAttentionHeads / config_.numKeyValueHeads;
        const torch::Tensor above = torch::ones({T, S}, x.options().dtype(torch::kBool)).triu(past + 1);
        causalBias = torch::zeros({T, S}, x.options())
                         .masked_fill_(above, -std::numeric_limits<double>::infinity())
                         .repeat({G, 1});
    }
    return layersAndNorm(x, cos, sin, causalBias, cache);
}

torch::Tensor LlamaForCausalLMImpl::forward(const torch::Tensor& inputIds, const torch::Tensor& positionIds,
                                            const torch::Tensor& segmentIds)
{
    // Neither given: the CPT forward, with its mask shared by every row.
    if (!positionIds.defined() && !segmentIds.defined())
        return forward(inputIds, nullptr);
    TORCH_CHECK(inputIds.dim() == 2 && inputIds.scalar_type() == torch::kInt64, "LlamaForCausalLM: input ids must be ",
                "(B, T) int64, got ", inputIds.sizes(), " ", inputIds.scalar_type());
    for (const torch::Tensor* ids : {&positionIds, &segmentIds})
        TORCH_CHECK(!ids->defined() || (ids->sizes() == inputIds.sizes() && ids->scalar_type() == torch::kInt64),
                    "LlamaForCausalLM: position and segment ids must be int64 of the input ids' shape ",
                    inputIds.sizes(), ", got ", ids->sizes(), " ", ids->scalar_type());
    Layers& l = *layers_;
    const int64_t B = inputIds.size(0), T = inputIds.size(1);
    torch::Tensor x = l.embedTokens(inputIds); // (B, T, C)

    // Each token's own position: (B, T, D/2) angles, broadcast over the heads as (B, 1, T, D/2).
    // The same float32 products as the CPT forward's outer product, so an example's rotary angles
    // do not depend on where in a row it sits.
    torch::Tensor angles;
    if (positionIds.defined())
        angles = positionIds.to(l.invFreq.device(), torch::kFloat32).unsqueeze(-1) * l.invFreq;
    else
        angles = torch::outer(torch::arange(0, T, l.invFreq.options()), l.invFreq);
    if (angles.dim() == 3)
        angles = angles.unsqueeze(1);
    const torch::Tensor cos = angles.cos().to(x.scalar_type());
    const torch::Tensor sin = angles.sin().to(x.scalar_type());

    torch::Tensor bias;
    if (T > 1) {
        const torch::Tensor causal = torch::ones({T, T}, x.options().dtype(torch::kBool)).tril();
        if (segmentIds.defined()) {
            // Query i sees key j <= i of its own segment: a block-diagonal causal mask per row.
            const torch::Tensor segments = segmentIds.to(x.device());
            const torch::Tensor allowed = segments.unsqueeze(2).eq(segments.unsqueeze(1)).logical_and_(causal); // (B, T, T)
            bias = torch::zeros({B, T, T}, x.options())
                       .masked_fill_(allowed.logical_not(), -std::numeric_limits<double>::infinity())
                       .view({B, 1, 1, T, T});
        } else {
            const int64_t G = config_.numAttentionHeads / config_.numKeyValueHeads;
            bias = torch::zeros({T, T}, x.options())
                       .masked_fill_(causal.logical_not(), -std::numeric_limits<double>::infinity())
                       .repeat({G, 1});
        }
    }
    return decode(x, cos, sin, bias, nullptr);
}

torch::Tensor LlamaForCausalLMImpl::decode(torch::Tensor x, const torch::Tensor& cos, const torch::Tensor& sin,
                                           const torch::Tensor& causalBias, KvCache* cache)
{
    return head(layersAndNorm(std::move(x), cos, sin, causalBias, cache));
}

torch::Tensor LlamaForCausalLMImpl::layersAndNorm(torch::Tensor x, const torch::Tensor& cos, const torch::Tensor& sin,
                                                  const torch::Tensor& causalBias, KvCache* cache)
{
    Layers& l = *layers_;
    for (size_t i = 0; i < l.layers.size(); ++i) {
        torch::Tensor* keys = cache != nullptr ? &cache->keys[i] : nullptr;
        torch::Tensor* values = cache != nullptr ? &cache->values[i] : nullptr;
        x = l.layers[i]->forward(x, cos, sin, causalBias, keys, values);
    }
    return l.norm(x); // (B, T, C)
}

torch::Tensor LlamaForCausalLMImpl::head(const torch::Tensor& hidden)
{
    Layers& l = *layers_;
    return config_.tieWordEmbeddings ? torch::nn::functional::linear(hidden, l.embedTokens->weight) : l.lmHead(hidden); // (B, T, V)
}

std::vector<std::pair<std::string, torch::Tensor>> LlamaForCausalLMImpl::hfTensors() const
{
    const Layers& l = *layers_;
    const int64_t H = config_.numAttentionHeads, K = config_.numKeyValueHeads, D = config_.headDimension();
    std::vector<std::pair<std::string, torch::Tensor>> out;
    const auto add = [&](const std::string& name, const torch::Tensor& tensor) { out.emplace_back(name, tensor.detach()); };
    // The fused QKV projection's rows, split back into HF's matrices (views: narrow along dim 0).
    const auto addSplit = [&](const std::string& prefix, const torch::nn::Linear& fused,
                              const std::vector<std::string>& names, const std::vector<int64_t>& rows) {
        const auto weights = fused->weight.split_with_sizes(rows, 0);
        const auto biases = fused->bias.defined() ? fused->bias.split_with_sizes(rows, 0) : std::vector<torch::Tensor>();
        for (size_t i = 0; i < names.size(); ++i) {
            add(prefix + names[i] + ".weight", weights[i]);
            if (!biases.empty())
                add(prefix + names[i] + ".bias", biases[i]);
        }
    };
    const auto addLinear = [&](const std::string& name, const torch::nn::Linear& linear) {
        add(name + ".weight", linear->weight);
        if (linear->bias.defined())
            add(name + ".bias", linear->bias);
    };

    add("model.embed_tokens.weight", l.embedTokens->weight);
    for (size_t i = 0; i < l.layers.size(); ++i) {
        const auto& layer = l.layers[i];
        const std::string prefix = "model.layers." + std::to_string(i) + ".";
        addSplit(prefix + "self_attn.", layer->self_attn->qkv_proj, {"q_proj", "k_proj", "v_proj"}, {H * D, K * D, K * D});
        addLinear(prefix + "self_attn.o_proj", layer->self_attn->o_proj);
        addLinear(prefix + "mlp.gate_proj", layer->mlp->gate_proj);
        addLinear(prefix + "mlp.up_proj", layer->mlp->up_proj);
        addLinear(prefix + "mlp.down_proj", layer->mlp->down_proj);
        add(prefix + "input_layernorm.weight", layer->input_layernorm->weight);
        add(prefix + "post_attention_layernorm.weight", layer->post_attention_layernorm->weight);
    }
    add("model.norm.weight", l.norm->weight);
    if (!config_.tieWordEmbeddings)
        add("lm_head.weight", l.lmHead->weight);
    return out;
}

void LlamaForCausalLMImpl::loadHfTensors(const std::map<std::string, torch::Tensor>& tensors)
{
    const auto targets = hfTensors(); // views of the parameters: copying into them loads the model
    std::set<std::string> expected;
    std::vector<std::string> problems;
    for (const auto& [name, target] : targets) {
        expected.insert(name);
        const auto it = tensors.find(name);
        if (it == tensors.end()) {
            problems.push_back(name + ": missing");
            continue;
        }
        if (!it->second.is_floating_point())
            problems.push_back(name + ": dtype " + std::string(c10::toString(it->second.scalar_type())) +
                               " is not a floating-point type");
        else if (it->second.sizes() != target.sizes())
            problems.push_back(name + ": shape " + c10::str(it->second.sizes()) + " where the config gives " +
                               c10::str(target.sizes()));
    }
    for (const auto& [name, tensor] : tensors) {
        if (expected.contains(name))
            continue;
        // Checkpoints from transformers < 4.31 store the rotary frequencies, which are recomputed here.
        if (name.starts_with("model.layers.") && name.ends_with(".self_attn.rotary_emb.inv_freq"))
            continue;
        // A tied model's files may repeat the embedding as lm_head.weight (HF ignores it too).
        if (name == "lm_head.weight" && config_.tieWordEmbeddings &&
            tensor.sizes() == layers_->embedTokens->weight.sizes())
            continue;
        problems.push_back(name + ": not a tensor of this config (unexpected)");
    }
    if (!problems.empty()) {
        std::string message = "the weights do not fit the config (" + std::to_string(problems.size()) + " problem" +
                              (problems.size() == 1 ? "" : "s") + "):";
        const size_t shown = std::min<size_t>(problems.size(), 8);
        for (size_t i = 0; i < shown; ++i)
            message += "\n  " + problems[i];
        if (shown < problems.size())
            message += "\n  ... and " + std::to_string(problems.size() - shown) + " more";
        throw Error(message);
    }
    torch::NoGradGuard noGrad;
    for (const auto& [name, target] : targets)
        target.copy_(tensors.at(name)); // converts the dtype and device
}

// Only trainable parameters: with LoRA the frozen base stays out of the optimizer (the adapters'
// matrices are decayed, as transformers' Trainer decays PEFT's lora_A/lora_B; no adapter parameter
// is undecayed, so that group is empty).
std::vector<torch::Tensor> LlamaForCausalLMImpl::decayedParameters() const
{
    std::vector<torch::Tensor> out;
    for (const auto& p : parameters())
        if (p.requires_grad() && p.dim() >= 2) // matrices and the embedding
            out.push_back(p);
    return out;
}

std::vector<torch::Tensor> LlamaForCausalLMImpl::undecayedParameters() const
{
    std::vector<torch::Tensor> out;
    for (const auto& p : parameters())
        if (p.requires_grad() && p.dim() < 2) // norm weights and biases
            out.push_back(p);
    return out;
}

// ---- LoRA -------------------------------------------------------------------------------------

namespace {

// One adapter slot of a layer: the holder (registered under NAME in OWNER), the base weight rows it
// adds to (a view: a slice of the fused QKV matrix for q, k and v), and the projection's in/out.
struct AdapterSlot {
    torch::nn::Module* owner;
    const char* name; // registered module name
    LoraAdapter* adapter;
    torch::Tensor weight; // (out, in) view of the base weight
};

const char* const kTargetOrder[] = {"q", "k", "v", "o", "gate", "up", "down"};

AdapterSlot adapterSlot(LlamaDecoderLayer& layer, const std::string& target, const LlamaConfig& config)
{
    const int64_t H = config.numAttentionHeads, K = config.numKeyValueHeads, D = config.headDimension();
    auto& attention = *layer->self_attn;
    auto& mlp = *layer->mlp;
    const torch::Tensor& qkv = attention.qkv_proj->weight;
    if (target == "q")
        return {&attention, "lora_q", &attention.lora_q, qkv.narrow(0, 0, H * D)};
    if (target == "k")
        return {&attention, "lora_k", &attention.lora_k, qkv.narrow(0, H * D, K * D)};
    if (target == "v")
        return {&attention, "lora_v", &attention.lora_v, qkv.narrow(0, (H + K) * D, K * D)};
    if (target == "o")
        return {&attention, "lora_o", &attention.lora_o, attention.o_proj->weight};
    if (target == "gate")
        return {&mlp, "lora_gate", &mlp.lora_gate, mlp.gate_proj->weight};
    if (target == "up")
        return {&mlp, "lora_up", &mlp.lora_up, mlp.up_proj->weight};
    if (target == "down")
        return {&mlp, "lora_down", &mlp.lora_down, mlp.down_proj->weight};
    throw Error("lora_targets: unknown module \"" + target + "\"");
}

} // namespace

void LlamaForCausalLMImpl::enableLora(const LoraConfig& lora)
{
    Layers& l = *layers_;
    if (l.lora)
        throw Error("LoRA is already enabled on this model (merge the adapters or load the base model again first)");
    lora.validate();
    for (auto& p : parameters())
        p.set_requires_grad(false);
    for (auto& layer : l.layers) {
        for (const char* target : kTargetOrder) {
            if (std::find(lora.targets.begin(), lora.targets.end(), target) == lora.targets.end())
                continue;
            AdapterSlot slot = adapterSlot(layer, target, config_);
            // On the base weight's device and in its dtype (a model moved to a GPU or to float64 first).
            *slot.adapter = slot.owner->register_module(
                slot.name, LoraAdapter(slot.weight.size(1), slot.weight.size(0), lora, slot.weight.options()));
            slot.adapter->get()->train(is_training());
        }
    }
    l.lora = lora;
}

bool LlamaForCausalLMImpl::hasLora() const
{
    return layers_->lora.has_value();
}

const LoraConfig& LlamaForCausalLMImpl::loraConfig() const
{
    if (!layers_->lora)
        throw Error("the model has no LoRA adapters");
    return *layers_->lora;
}

std::vector<std::pair<std::string, torch::Tensor>> LlamaForCausalLMImpl::peftTensors() const
{
    std::vector<std::pair<std::string, torch::Tensor>> out;
    if (!layers_->lora)
        return out;
    for (size_t i = 0; i < layers_->layers.size(); ++i) {
        for (const char* target : kTargetOrder) {
            const AdapterSlot slot = adapterSlot(layers_->layers[i], target, config_);
            if (!*slot.adapter)
                continue;
            out.emplace_back(peftTensorName(static_cast<int64_t>(i), target, 'A'), (*slot.adapter)->A.detach());
            out.emplace_back(peftTensorName(static_cast<int64_t>(i), target, 'B'), (*slot.adapter)->B.detach());
        }
    }
    return out;
}

std::vector<torch::Tensor> LlamaForCausalLMImpl::loraParameters() const
{
    std::vector<torch::Tensor> out;
    if (!layers_->lora)
        return out;
    for (auto& layer : layers_->layers) {
        for (const char* target : kTargetOrder) {
            const AdapterSlot slot = adapterSlot(layer, target, config_);
            if (!*slot.adapter)
                continue;
            out.push_back((*slot.adapter)->A);
            out.push_back((*slot.adapter)->B);
        }
    }
    return out;
}

void LlamaForCausalLMImpl::loadPeftTensors(const std::map<std::string, torch::Tensor>& tensors)
{
    if (!layers_->lora)
        throw Error("loading LoRA tensors: the model has no LoRA adapters (enable LoRA first)");
    const auto targets = peftTensors(); // detached views of the adapters' parameters
    std::set<std::string> expected;
    std::vector<std::string> problems;
    for (const auto& [name, target] : targets) {
        expected.insert(name);
        const auto it = tensors.find(name);
        if (it == tensors.end())
            problems.push_back(name + ": missing");
        else if (!it->second.is_floating_point())
            problems.push_back(name + ": dtype " + std::string(c10::toString(it->second.scalar_type())) +
                               " is not a floating-point type");
        else if (it->second.sizes() != target.sizes())
            problems.push_back(name + ": shape " + c10::str(it->second.sizes()) + " where the model and adapter config give " +
                               c10::str(target.sizes()));
    }
    for (const auto& [name, tensor] : tensors)
        if (!expected.contains(name))
            problems.push_back(name + ": not a tensor of this adapter config (unexpected)");
    if (!problems.empty()) {
        std::string message = "the LoRA tensors do not fit the model (" + std::to_string(problems.size()) + " problem" +
                              (problems.size() == 1 ? "" : "s") + "):";
        const size_t shown = std::min<size_t>(problems.size(), 8);
        for (size_t i = 0; i < shown; ++i)
            message += "\n  " + problems[i];
        if (shown < problems.size())
            message += "\n  ... and " + std::to_string(problems.size() - shown) + " more";
        throw Error(message);
    }
    torch::NoGradGuard noGrad;
    for (const auto& [name, target] : targets)
        target.copy_(tensors.at(name)); // converts the dtype and device
}

void LlamaForCausalLMImpl::mergeLora()
{
    Layers& l = *layers_;
    if (!l.lora)
        throw Error("merging LoRA: the model has no LoRA adapters");
    {
        torch::NoGradGuard noGrad;
        for (auto& layer : l.layers) {
            for (const char* target : kTargetOrder) {
                AdapterSlot slot = adapterSlot(layer, target, config_);
                if (!*slot.adapter)
                    continue;
                slot.weight.add_((*slot.adapter)->delta()); // W += scale * B A, in place in the base (view)
                slot.owner->unregister_module(slot.name);
                *slot.adapter = nullptr;
            }
        }
    }
    l.lora.reset();
    for (auto& p : parameters())
        p.set_requires_grad(true);
}

std::pair<torch::Tensor, int64_t> maskedCrossEntropy(const torch::Tensor& logits, const torch::Tensor& targets,
                                                     const torch::Tensor& mask)
{
    const int64_t V = logits.size(-1);
    const torch::Tensor keep = mask.to(torch::kBool).reshape({-1});
    const int64_t count = keep.sum().item<int64_t>();
    if (count == 0) // no position to learn from: a zero loss that still belongs to the graph
        return {logits.sum() * 0.0, 0};
    constexpr int64_t ignored = -100;
    const torch::Tensor kept = targets.reshape({-1}).masked_fill(keep.logical_not(), ignored);
    // bf16/f16 logits (autocast) are upcast: the log-sum-exp over V needs float32's mantissa.
    const bool reduced = logits.scalar_type() == torch::kBFloat16 || logits.scalar_type() == torch::kHalf;
    const torch::Tensor flat = logits.reshape({-1, V});
    const torch::Tensor loss = torch::nn::functional::cross_entropy(
        reduced ? flat.to(torch::kFloat32) : flat, kept,
        torch::nn::functional::CrossEntropyFuncOptions().ignore_index(ignored));
    return {loss, count};
}

} // namespace adaptlab::model
