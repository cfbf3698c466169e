// The LibTorch side of model/inference.h: score and generate with a Hugging Face folder. Reached by
// torch-free code through runtime::torchFunction; inference.cpp has checked the folder, the ids and
// the options, and resolved the device, before LibTorch was loaded.
#include "model/inference.h"

#include "common/error.h"
#include "common/utf8.h"
#include "data/chat_template.h"
#include "model/llama_config.h"
#include "tokenize/tokenizer.h"
#include "torch/model/generate.h"
#include "torch/model/hf_checkpoint.h"
#include "torch/model/llama.h"
#include "torch/model/lora.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <set>
#include <sstream>

namespace adaptlab::model {

namespace {

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

// The folder's model, with the adapter applied unmerged when one is given.
LlamaForCausalLM loadModel(const std::filesystem::path& folder, const std::filesystem::path& loraFolder,
                           const std::string& device)
{
    if (loraFolder.empty())
        return loadHfModel(folder, torch::Device(device));
    return loadHfModelWithAdapter(folder, loraFolder, torch::Device(device));
}

// Where the text decoded so far may be cut without splitting a character: before a trailing
// sequence that is not complete yet (the next token's bytes may finish it) and before trailing
// U+FFFD, which a decoder writes for a byte-fallback character whose other bytes are still to come.
size_t completeTextEnd(const std::string& text, size_t from)
{
    const auto* begin = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = begin + text.size();
    size_t position = from;
    size_t cut = from;
    while (position < text.size()) {
        const utf8::CodePoint point = utf8::decode(begin + position, end);
        if (!point.valid() && text.size() - position < 4)
            return cut; // maybe the start of a character the next token completes
        position += static_cast<size_t>(point.length);
        if (point.value != 0xFFFD)
            cut = position;
    }
    return cut;
}

// Turns the ids generated so far into the text each one adds: the continuation is decoded whole
// each time (a tokenizer's decoding of a piece depends on its neighbours: SentencePiece's leading
// space, byte-fallback characters spread over several ids), and what is new since the last call is
// handed on once it ends on a complete character. The last call hands on everything left, so the
// pieces always concatenate to the final text when the decodings of longer prefixes extend the
// shorter ones (they do for the byte-level BPE and SentencePiece decoders).
class IncrementalDecoder {
public:
    explicit IncrementalDecoder(const tokenize::Tokenizer& tokenizer) : tokenizer_(tokenizer) {}

    std::string add(int64_t id, bool isStop, bool last)
    {
        // Ids the model may produce beyond the tokenizer's vocabulary (published models pad theirs)
        // have no text, and neither has the end-of-sequence token that stopped generation.
        if (!isStop && id < tokenizer_.vocabSize())
            ids_.push_back(static_cast<int32_t>(id));
        const std::string text = tokenizer_.decode(ids_);
        if (text.compare(0, emitted_, decoded_, 0, emitted_) != 0)
            return {}; // the decoder rewrote text already handed on: nothing new can be said safely
        decoded_ = text;
        const size_t cut = last ? text.size() : completeTextEnd(text, emitted_);
        std::string piece = text.substr(emitted_, cut - emitted_);
        emitted_ = cut;
        return piece;
    }

    const std::vector<int32_t>& ids() const { return ids_; }

private:
    const tokenize::Tokenizer& tokenizer_;
    std::vector<int32_t> ids_;
    std::string decoded_;
    size_t emitted_ = 0;
};

} // namespace

} // namespace adaptlab::model

using namespace adaptlab;

extern "C" __attribute__((visibility("default"))) model::ScoreResult
adaptlab_torch_score_tokens(const model::ScoreRequest& request)
{
    model::LlamaForCausalLM llama = model::loadModel(request.modelFolder, request.loraFolder, request.device);
    llama->eval();
    torch::NoGradGuard noGrad;
    const torch::Tensor ids = torch::tensor(request.tokens, torch::kInt64).view({1, -1}).to(torch::Device(request.device));
    // (T, V) in float64, so that the log-softmax adds no rounding of its own.
    const torch::Tensor logits = llama->forward(ids).squeeze(0).to(torch::kCPU, torch::kFloat64);
    const torch::Tensor logprobs = torch::log_softmax(logits, -1);
    model::ScoreResult result;
    const auto* rows = logprobs.data_ptr<double>();
    const int64_t V = logprobs.size(1);
    // A MeCo context (BOS and the metadata prefix) is read, not scored: logprobs start with the
    // first token after it, predicted from its last.
    const size_t first = request.contextTokens > 0 ? static_cast<size_t>(request.contextTokens - 1) : 0;
    for (size_t i = first; i + 1 < request.tokens.size(); ++i)
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
    model::LlamaForCausalLM llama = model::loadModel(folder, options.loraFolder, options.device);
    const model::LlamaConfig& config = llama->config();
    std::set<int64_t> stopIds = model::stopIdsOf(folder, config, *tokenizer);

    model::GenerationResult result;
    result.chatTemplate = options.chatTemplate;
    if (!options.metadataPrefix.empty()) {
        // MeCo conditioning, laid out as the trainer packed documents with metadata: BOS, the
        // prefix encoded as one string, then the prompt's own ids.
        result.promptIds = model::metadataContextIds(*tokenizer, options.metadataPrefix);
        for (const int32_t id : tokenizer->encode(prompt))
            result.promptIds.push_back(id);
    } else if (options.chatTemplate.empty()) {
        for (const int32_t id : tokenizer->encodeWithSpecial(prompt))
            result.promptIds.push_back(id);
    } else {
        const std::optional<data::ChatTemplate> chatTemplate = data::parseChatTemplate(options.chatTemplate);
        if (!chatTemplate)
            throw model::ModelInputError("template: unknown chat template \"" + options.chatTemplate + "\"");
        data::Conversation conversation;
        if (!options.systemPrompt.empty())
            conversation.messages.push_back({data::Role::System, options.systemPrompt});
        conversation.messages.push_back({data::Role::User, prompt});
        for (const int32_t id : data::renderPrompt(conversation, *chatTemplate, *tokenizer))
            result.promptIds.push_back(id);
        // The model answers one turn: its end of turn ends generation as its end of text does.
        for (const int32_t id : data::endOfTurnIds(*chatTemplate, *tokenizer))
            stopIds.insert(id);
    }
    if (result.promptIds.empty()) {
        if (config.bosTokenId < 0)
            throw model::ModelInputError("the prompt is empty and the model names no BOS token to start from");
        result.promptIds.push_back(config.bosTokenId);
    }
    for (const int64_t id : result.promptIds) {
        if (id >= config.vocabSize)
            throw model::ModelInputError("the tokenizer of " + folder.string() + " gives id " + std::to_string(id) +
                                         ", outside the model's vocabulary (" + std::to_string(config.vocabSize) +
                                         " ids): tokenizer and model do not belong together");
    }
    model::IncrementalDecoder decoder(*tokenizer);
    model::TokenCallback onToken;
    if (options.onToken) {
        onToken = [&](int64_t id, double seconds, bool last) {
            const bool isStop = options.stopAtEos && stopIds.contains(id);
            return options.onToken(id, decoder.add(id, isStop, last), seconds);
        };
    }
    const model::GeneratedTokens generated = model::generateTokens(llama, result.promptIds, options, stopIds, onToken);
    result.ids = generated.ids;
    result.stoppedAtEos = generated.stoppedAtEos;
    result.promptSeconds = generated.promptSeconds;
    result.secondsPerToken = generated.secondsPerToken;
    // The text is what the model wrote: without the end-of-sequence token that stopped it.
    std::vector<int32_t> textIds;
    for (size_t i = 0; i < result.ids.size() - (result.stoppedAtEos ? 1 : 0); ++i) {
        if (result.ids[i] < tokenizer->vocabSize())
            textIds.push_back(static_cast<int32_t>(result.ids[i]));
    }
    result.text = tokenizer->decode(textIds);
    return result;
}
