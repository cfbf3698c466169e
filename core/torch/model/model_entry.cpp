// The LibTorch side of model/inference.h: score and generate with a Hugging Face folder. Reached by
// torch-free code through runtime::torchFunction; inference.cpp has checked the folder, the ids and
// the options, and resolved the device, before LibTorch was loaded.
#include "model/inference.h"

#include "common/error.h"
#include "model/llama_config.h"
#include "model/safetensors.h"
#include "tokenize/tokenizer.h"
#include "torch/model/generate.h"
#include "torch/model/llama.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <set>
#include <sstream>

namespace adaptlab::model {

namespace {

// TEMPORARY: reads the folder's weights through safetensors.h until hf_checkpoint.cpp (the
// "safetensors" part's loadHfModel) is on main; then this is loadHfModel(folder, device).
LlamaForCausalLM loadModelFolder(const std::filesystem::path& folder, const torch::Device& device)
{
    LlamaForCausalLM model(LlamaConfig::load(folder / "config.json"));
    std::map<std::string, torch::Tensor> tensors;
    std::map<std::filesystem::path, std::unique_ptr<SafetensorsFile>> files;
    for (const auto& [name, path] : checkpointWeightFiles(folder)) {
        auto& file = files[path];
        if (!file)
            file = SafetensorsFile::open(path);
        const TensorInfo* info = file->header().find(name);
        const auto bytes = file->data(*info);
        const auto dtype = info->dtype == DType::BF16 ? torch::kBFloat16 : info->dtype == DType::F16 ? torch::kHalf : torch::kFloat32;
        tensors[name] = torch::from_blob(const_cast<std::byte*>(bytes.data()), info->shape, dtype).clone();
    }
    model->loadHfTensors(tensors);
    model->to(device);
    return model;
}

// Every id that ends a sequence: config.json's eos_token_id, generation_config.json's, the tokenizer's.
std::set<int64_t> stopIdsOf(const std::filesystem::path& folder, const LlamaConfig& config,
                            const tokenize::Tokenizer& tokenizer)
{
    std::set<int64_t> ids(config.eosTokenIds.begin(), config.eosTokenIds.end());
    if (tokenizer.specialIds().eos >= 0)
        ids.insert(tokenizer.specialIds().eos);
    const std::filesystem::path generationConfig = folder / "generation_config.json";
    std::ifstream in(generationConfig);
    if (in) {
        std::stringstream text;
        text << in.rdbuf();
        try {
            const nlohmann::json json = nlohmann::json::parse(text.str());
            const nlohmann::json eos = json.value("eos_token_id", nlohmann::json());
            for (const auto& id : eos.is_array() ? eos : nlohmann::json::array({eos}))
                if (id.is_number_integer())
                    ids.insert(id.get<int64_t>());
        } catch (const nlohmann::json::exception& error) {
            throw ModelInputError(generationConfig.string() + ": " + error.what());
        }
    }
    return ids;
}

} // namespace

} // namespace adaptlab::model

using namespace adaptlab;

extern "C" __attribute__((visibility("default"))) model::ScoreResult
adaptlab_torch_score_tokens(const model::ScoreRequest& request)
{
    model::LlamaForCausalLM llama = model::loadModelFolder(request.modelFolder, torch::Device(request.device));
    llama->eval();
    torch::NoGradGuard noGrad;
    const torch::Tensor ids = torch::tensor(request.tokens, torch::kInt64).view({1, -1}).to(torch::Device(request.device));
    // (T, V) in float64, so that the log-softmax adds no rounding of its own.
    const torch::Tensor logits = llama->forward(ids).squeeze(0).to(torch::kCPU, torch::kFloat64);
    const torch::Tensor logprobs = torch::log_softmax(logits, -1);
    model::ScoreResult result;
    const auto* rows = logprobs.data_ptr<double>();
    const int64_t V = logprobs.size(1);
    for (size_t i = 0; i + 1 < request.tokens.size(); ++i)
        result.logprobs.push_back(rows[static_cast<int64_t>(i) * V + request.tokens[i + 1]]);
    if (request.withLogits) {
        const torch::Tensor f32 = logits.to(torch::kFloat32).contiguous();
        const float* data = f32.data_ptr<float>();
        for (int64_t t = 0; t < f32.size(0); ++t)
            result.logits.emplace_back(data + t * V, data + (t + 1) * V);
    }
    return result;
}

extern "C" __attribute__((visibility("default"))) model::GenerationResult
adaptlab_torch_generate_text(const std::filesystem::path& folder, const std::string& prompt,
                             const model::GenerationOptions& options)
{
    const auto tokenizer = tokenize::Tokenizer::open(folder);
    model::LlamaForCausalLM llama = model::loadModelFolder(folder, torch::Device(options.device));
    const model::LlamaConfig& config = llama->config();

    model::GenerationResult result;
    for (const int32_t id : tokenizer->encodeWithSpecial(prompt))
        result.promptIds.push_back(id);
    if (result.promptIds.empty()) {
        if (config.bosTokenId < 0)
            throw model::ModelInputError("the prompt is empty and the model names no BOS token to start from");
        result.promptIds.push_back(config.bosTokenId);
    }
    for (const int64_t id : result.promptIds) {
        if (id >= config.vocabSize)
            throw model::ModelInputError("the tokenizer gives id " + std::to_string(id) + ", outside the model's vocabulary (" +
                                         std::to_string(config.vocabSize) + " ids): tokenizer and model do not belong together");
    }
    const model::GeneratedTokens generated =
        model::generateTokens(llama, result.promptIds, options, model::stopIdsOf(folder, config, *tokenizer));
    result.ids = generated.ids;
    result.stoppedAtEos = generated.stoppedAtEos;
    // The text is what the model wrote: without the end-of-sequence token that stopped it.
    std::vector<int32_t> textIds;
    for (size_t i = 0; i < result.ids.size() - (result.stoppedAtEos ? 1 : 0); ++i) {
        // Ids the model may produce beyond the tokenizer's vocabulary (published models pad theirs)
        // have no text.
        if (result.ids[i] < tokenizer->vocabSize())
            textIds.push_back(static_cast<int32_t>(result.ids[i]));
    }
    result.text = tokenizer->decode(textIds);
    return result;
}
