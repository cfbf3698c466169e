// config.json in and out. Hugging Face's LlamaConfig gives most keys a default; here the five that
// decide the shapes are required (a config.json without hidden_size is a broken file, not a 4096-wide
// model), the rest take HF's defaults. Every error names the file and the JSON path of the field.
#include "model/llama_config.h"

#include "common/error.h"

#include <fstream>
#include <set>
#include <sstream>

namespace adaptlab::model {

namespace {

using nlohmann::json;

// Keys this struct models (read by fromJson, written by toJson); everything else goes to `extra`.
const std::set<std::string>& modelledKeys()
{
    static const std::set<std::string> keys = {
        "vocab_size", "hidden_size", "intermediate_size", "num_hidden_layers", "num_attention_heads",
        "num_key_value_heads", "head_dim", "max_position_embeddings", "rms_norm_eps", "rope_theta",
        "rope_scaling", "tie_word_embeddings", "attention_bias", "mlp_bias", "bos_token_id", "eos_token_id",
        "pad_token_id", "torch_dtype", "model_type", "architectures", "hidden_act"};
    return keys;
}

class Reader {
public:
    explicit Reader(std::string source) : source_(std::move(source)) {}

    [[noreturn]] void fail(const std::string& path, const std::string& message) const
    {
        throw Error(source_ + ": " + path + ": " + message);
    }

    const json* find(const json& object, const std::string& key) const
    {
        const auto it = object.find(key);
        return it == object.end() ? nullptr : &*it;
    }

    int64_t integer(const json& object, const std::string& path, const std::string& key, std::optional<int64_t> fallback,
                    int64_t minimum) const
    {
        const json* value = find(object, key);
        if (value == nullptr || (value->is_null() && fallback)) {
            if (!fallback)
                fail(path + key, "missing (a required field)");
            return *fallback;
        }
        // 2048.0 is how some tools write an integer; 2048.5 is not one.
        if (value->is_number_float() && value->get<double>() == static_cast<double>(static_cast<int64_t>(value->get<double>())))
            return check(path + key, static_cast<int64_t>(value->get<double>()), minimum);
        if (!value->is_number_integer())
            fail(path + key, "expected an integer, found " + value->dump());
        return check(path + key, value->get<int64_t>(), minimum);
    }

    double number(const json& object, const std::string& path, const std::string& key, std::optional<double> fallback,
                  bool positive) const
    {
        const json* value = find(object, key);
        if (value == nullptr || (value->is_null() && fallback)) {
            if (!fallback)
                fail(path + key, "missing (a required field)");
            return *fallback;
        }
        if (!value->is_number())
            fail(path + key, "expected a number, found " + value->dump());
        const double number = value->get<double>();
        if (positive && !(number > 0))
            fail(path + key, "must be positive, found " + value->dump());
        return number;
    }

    bool boolean(const json& object, const std::string& key, bool fallback) const
    {
        const json* value = find(object, key);
        if (value == nullptr || value->is_null())
            return fallback;
        if (!value->is_boolean())
            fail(key, "expected true or false, found " + value->dump());
        return value->get<bool>();
    }

    // A token id: an integer >= 0, or null / absent for none (-1).
    int64_t tokenId(const json& value, const std::string& path) const
    {
        if (value.is_null())
            return -1;
        if (!value.is_number_integer() || value.get<int64_t>() < 0)
            fail(path, "expected a token id (an integer >= 0) or null, found " + value.dump());
        return value.get<int64_t>();
    }

private:
    int64_t check(const std::string& path, int64_t value, int64_t minimum) const
    {
        if (value < minimum)
            fail(path, "must be at least " + std::to_string(minimum) + ", found " + std::to_string(value));
        return value;
    }

    std::string source_;
};

} // namespace

int64_t LlamaConfig::headDimension() const
{
    if (headDim > 0)
        return headDim;
    return numAttentionHeads > 0 ? hiddenSize / numAttentionHeads : 0;
}

std::vector<std::pair<std::string, std::vector<int64_t>>> LlamaConfig::tensorShapes() const
{
    const int64_t C = hiddenSize;
    const int64_t D = headDimension();
    const int64_t I = intermediateSize;
    std::vector<std::pair<std::string, std::vector<int64_t>>> shapes;
    shapes.push_back({"model.embed_tokens.weight", {vocabSize, C}});
    // The order of HF's module definitions: LlamaAttention (q, k, v, o), LlamaMLP (gate, up, down),
    // then the decoder layer's two norms.
    for (int64_t layer = 0; layer < numHiddenLayers; ++layer) {
        const std::string prefix = "model.layers." + std::to_string(layer) + ".";
        const auto linear = [&](const std::string& name, int64_t out, int64_t in, bool bias) {
            shapes.push_back({prefix + name + ".weight", {out, in}});
            if (bias)
                shapes.push_back({prefix + name + ".bias", {out}});
        };
        linear("self_attn.q_proj", numAttentionHeads * D, C, attentionBias);
        linear("self_attn.k_proj", numKeyValueHeads * D, C, attentionBias);
        linear("self_attn.v_proj", numKeyValueHeads * D, C, attentionBias);
        linear("self_attn.o_proj", C, numAttentionHeads * D, attentionBias);
        linear("mlp.gate_proj", I, C, mlpBias);
        linear("mlp.up_proj", I, C, mlpBias);
        linear("mlp.down_proj", C, I, mlpBias);
        shapes.push_back({prefix + "input_layernorm.weight", {C}});
        shapes.push_back({prefix + "post_attention_layernorm.weight", {C}});
    }
    shapes.push_back({"model.norm.weight", {C}});
    if (!tieWordEmbeddings)
        shapes.push_back({"lm_head.weight", {vocabSize, C}});
    return shapes;
}

int64_t LlamaConfig::parameterCount() const
{
    int64_t count = 0;
    for (const auto& [name, shape] : tensorShapes()) {
        int64_t elements = 1;
        for (const int64_t size : shape)
            elements *= size;
        count += elements;
    }
    return count;
}

LlamaConfig LlamaConfig::fromJson(const nlohmann::json& root, const std::string& source)
{
    Reader read(source);
    if (!root.is_object())
        throw Error(source + ": expected a JSON object, found " + std::string(root.type_name()));

    // Mistral's layout is Llama's when no sliding window limits attention.
    if (const json* type = read.find(root, "model_type")) {
        if (!type->is_string())
            read.fail("model_type", "expected a string, found " + type->dump());
        const std::string name = type->get<std::string>();
        const json* window = read.find(root, "sliding_window");
        if (name == "mistral" && window != nullptr && !window->is_null())
            read.fail("sliding_window", "Mistral's sliding-window attention is not supported (only \"llama\", and "
                                        "\"mistral\" with sliding_window null)");
        if (name != "llama" && name != "mistral")
            read.fail("model_type", "\"" + name + "\" is not supported (only \"llama\", and \"mistral\" with "
                                    "sliding_window null)");
    }
    if (const json* act = read.find(root, "hidden_act"); act != nullptr && *act != "silu")
        read.fail("hidden_act", act->dump() + " is not supported (the Llama MLP uses \"silu\")");

    LlamaConfig config;
    config.vocabSize = read.integer(root, "", "vocab_size", std::nullopt, 1);
    config.hiddenSize = read.integer(root, "", "hidden_size", std::nullopt, 1);
    config.intermediateSize = read.integer(root, "", "intermediate_size", std::nullopt, 1);
    config.numHiddenLayers = read.integer(root, "", "num_hidden_layers", std::nullopt, 1);
    config.numAttentionHeads = read.integer(root, "", "num_attention_heads", std::nullopt, 1);
    config.numKeyValueHeads = read.integer(root, "", "num_key_value_heads", config.numAttentionHeads, 1);
    if (config.numAttentionHeads % config.numKeyValueHeads != 0)
        read.fail("num_key_value_heads", std::to_string(config.numKeyValueHeads) + " does not divide num_attention_heads " +
                                             std::to_string(config.numAttentionHeads));
    config.headDim = read.integer(root, "", "head_dim", 0, 0);
    if (config.headDim == 0 && config.hiddenSize % config.numAttentionHeads != 0)
        read.fail("num_attention_heads", std::to_string(config.numAttentionHeads) + " does not divide hidden_size " +
                                             std::to_string(config.hiddenSize) + " (and no head_dim is given)");
    if (config.headDimension() % 2 != 0)
        read.fail(config.headDim != 0 ? "head_dim" : "hidden_size",
                  "the head dimension " + std::to_string(config.headDimension()) +
                      " is odd: rotary embeddings rotate pairs of channels");
    config.maxPositionEmbeddings = read.integer(root, "", "max_position_embeddings", 2048, 1);
    config.rmsNormEps = read.number(root, "", "rms_norm_eps", 1e-6, true);
    config.ropeTheta = read.number(root, "", "rope_theta", 10000.0, true);
    config.tieWordEmbeddings = read.boolean(root, "tie_word_embeddings", false);
    config.attentionBias = read.boolean(root, "attention_bias", false);
    config.mlpBias = read.boolean(root, "mlp_bias", false);

    if (const json* scaling = read.find(root, "rope_scaling"); scaling != nullptr && !scaling->is_null()) {
        if (!scaling->is_object())
            read.fail("rope_scaling", "expected an object or null, found " + scaling->dump());
        // Transformers < 4.43 wrote "type"; later versions "rope_type".
        const json* type = read.find(*scaling, "rope_type");
        const std::string typeKey = type != nullptr ? "rope_type" : "type";
        if (type == nullptr)
            type = read.find(*scaling, "type");
        if (type == nullptr)
            read.fail("rope_scaling.rope_type", "missing (a required field)");
        if (!type->is_string() || (*type != "llama3" && *type != "default"))
            read.fail("rope_scaling." + typeKey, type->dump() + " is not supported (only \"llama3\" and \"default\")");
        if (*type == "llama3") {
            RopeScaling rope;
            rope.factor = read.number(*scaling, "rope_scaling.", "factor", std::nullopt, true);
            rope.lowFreqFactor = read.number(*scaling, "rope_scaling.", "low_freq_factor", std::nullopt, true);
            rope.highFreqFactor = read.number(*scaling, "rope_scaling.", "high_freq_factor", std::nullopt, true);
            rope.originalMaxPositionEmbeddings =
                read.integer(*scaling, "rope_scaling.", "original_max_position_embeddings", std::nullopt, 1);
            if (rope.factor < 1)
                read.fail("rope_scaling.factor", "must be at least 1, found " + std::to_string(rope.factor));
            // The smoothing between the two wavelengths divides by their difference.
            if (rope.highFreqFactor <= rope.lowFreqFactor)
                read.fail("rope_scaling.high_freq_factor", "must be greater than low_freq_factor");
            config.ropeScaling = rope;
        }
    }

    if (const json* bos = read.find(root, "bos_token_id"))
        config.bosTokenId = read.tokenId(*bos, "bos_token_id");
    if (const json* pad = read.find(root, "pad_token_id"))
        config.padTokenId = read.tokenId(*pad, "pad_token_id");
    if (const json* eos = read.find(root, "eos_token_id")) {
        if (eos->is_array()) {
            for (size_t i = 0; i < eos->size(); ++i) {
                const int64_t id = read.tokenId((*eos)[i], "eos_token_id[" + std::to_string(i) + "]");
                if (id < 0)
                    read.fail("eos_token_id[" + std::to_string(i) + "]", "expected a token id, found null");
                config.eosTokenIds.push_back(id);
            }
        } else if (const int64_t id = read.tokenId(*eos, "eos_token_id"); id >= 0) {
            config.eosTokenIds.push_back(id);
        }
    }
    // Some published configs name a pad id beyond the embedding (padding is never embedded), so only
    // BOS and EOS, which are fed to the model or sampled from it, must be in the vocabulary.
    if (config.bosTokenId >= config.vocabSize)
        read.fail("bos_token_id", std::to_string(config.bosTokenId) + " is outside the vocabulary (vocab_size " +
                                      std::to_string(config.vocabSize) + ")");
    for (size_t i = 0; i < config.eosTokenIds.size(); ++i) {
        if (config.eosTokenIds[i] >= config.vocabSize)
            read.fail("eos_token_id", std::to_string(config.eosTokenIds[i]) + " is outside the vocabulary (vocab_size " +
                                          std::to_string(config.vocabSize) + ")");
    }

    if (const json* dtype = read.find(root, "torch_dtype"); dtype != nullptr && !dtype->is_null()) {
        if (!dtype->is_string() || (*dtype != "float32" && *dtype != "bfloat16" && *dtype != "float16"))
            read.fail("torch_dtype", "expected \"float32\", \"bfloat16\" or \"float16\", found " + dtype->dump());
        config.torchDtype = dtype->get<std::string>();
    }

    for (const auto& [key, value] : root.items()) {
        if (!modelledKeys().contains(key))
            config.extra[key] = value;
    }
    return config;
}

LlamaConfig LlamaConfig::load(const std::filesystem::path& configJson)
{
    std::ifstream in(configJson, std::ios::binary);
    if (!in)
        throw Error(configJson.string() + ": cannot be read (no such file, or no permission)");
    std::stringstream text;
    text << in.rdbuf();
    json parsed;
    try {
        parsed = json::parse(text.str());
    } catch (const json::parse_error& error) {
        throw Error(configJson.string() + ": not valid JSON: " + error.what());
    }
    return fromJson(parsed, configJson.string());
}

nlohmann::json LlamaConfig::toJson() const
{
    json out = extra;
    out["architectures"] = json::array({"LlamaForCausalLM"});
    out["model_type"] = "llama";
    out["hidden_act"] = "silu";
    out["vocab_size"] = vocabSize;
    out["hidden_size"] = hiddenSize;
    out["intermediate_size"] = intermediateSize;
    out["num_hidden_layers"] = numHiddenLayers;
    out["num_attention_heads"] = numAttentionHeads;
    out["num_key_value_heads"] = numKeyValueHeads;
    out["head_dim"] = headDimension();
    out["max_position_embeddings"] = maxPositionEmbeddings;
    out["rms_norm_eps"] = rmsNormEps;
    out["rope_theta"] = ropeTheta;
    if (ropeScaling) {
        out["rope_scaling"] = {{"rope_type", ropeScaling->ropeType},
                               {"factor", ropeScaling->factor},
                               {"low_freq_factor", ropeScaling->lowFreqFactor},
                               {"high_freq_factor", ropeScaling->highFreqFactor},
                               {"original_max_position_embeddings", ropeScaling->originalMaxPositionEmbeddings}};
    } else {
        out["rope_scaling"] = nullptr;
    }
    out["tie_word_embeddings"] = tieWordEmbeddings;
    out["attention_bias"] = attentionBias;
    out["mlp_bias"] = mlpBias;
    const auto idOrNull = [](int64_t id) { return id >= 0 ? json(id) : json(nullptr); };
    out["bos_token_id"] = idOrNull(bosTokenId);
    out["pad_token_id"] = idOrNull(padTokenId);
    if (eosTokenIds.empty())
        out["eos_token_id"] = nullptr;
    else if (eosTokenIds.size() == 1)
        out["eos_token_id"] = eosTokenIds.front();
    else
        out["eos_token_id"] = eosTokenIds;
    out["torch_dtype"] = torchDtype;
    return out;
}

} // namespace adaptlab::model
