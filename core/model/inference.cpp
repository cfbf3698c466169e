#include "model/inference.h"

#include "data/chat_template.h"
#include "model/llama_config.h"
#include "runtime/runtime.h"
#include "tokenize/tokenizer.h"

namespace adaptlab::model {

namespace {

using ScoreFn = ScoreResult (*)(const ScoreRequest&);
using GenerateFn = GenerationResult (*)(const std::filesystem::path&, const std::string&, const GenerationOptions&);


} // namespace

void checkModelFolder(const std::filesystem::path& folder)
{
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec))
        throw ModelInputError(folder.string() + ": no such model folder");
    if (!std::filesystem::is_regular_file(folder / "config.json", ec))
        throw ModelInputError(folder.string() + ": not a Hugging Face model folder (no config.json)");
}

std::filesystem::path tokenizerFileOf(const std::filesystem::path& folder)
{
    std::error_code ec;
    // The order Tokenizer::open(folder) picks them in.
    for (const char* name : {"tokenizer.model", "spiece.model", "tokenizer.json"}) {
        if (std::filesystem::is_regular_file(folder / name, ec))
            return folder / name;
    }
    throw ModelInputError(folder.string() + ": the model folder has no tokenizer (tokenizer.json or tokenizer.model), "
                                            "so a prompt cannot be turned into ids");
}

void checkAdapterFolder(const std::filesystem::path& folder)
{
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec))
        throw ModelInputError(folder.string() + ": no such LoRA adapter folder");
    for (const char* name : {"adapter_config.json", "adapter_model.safetensors"}) {
        if (!std::filesystem::is_regular_file(folder / name, ec))
            throw ModelInputError(folder.string() + ": not a LoRA adapter folder (no " + name + ")");
    }
}

std::string resolveChatTemplate(const std::filesystem::path& modelFolder, const std::string& chatTemplate)
{
    if (chatTemplate.empty())
        return chatTemplate;
    if (chatTemplate != "model" && chatTemplate != "auto") {
        if (!data::parseChatTemplate(chatTemplate))
            throw ModelInputError("template: expected chatml, llama2, zephyr, alpaca, model or auto, found \"" +
                                  chatTemplate + "\"");
        return chatTemplate;
    }
    std::string jinja;
    try {
        jinja = data::readChatTemplate(modelFolder);
    } catch (const Error& error) {
        throw ModelInputError(error.what());
    }
    if (jinja.empty() && chatTemplate == "auto")
        return {}; // a model without a chat template (a base or CPT model) continues raw text
    if (jinja.empty())
        throw ModelInputError(modelFolder.string() +
                              ": the model names no chat template (no chat_template in tokenizer_config.json); "
                              "choose one: chatml, llama2, zephyr or alpaca");
    const std::optional<data::ChatTemplate> recognized = data::recognizeChatTemplate(jinja);
    if (!recognized)
        throw ModelInputError(modelFolder.string() +
                              ": the chat_template in tokenizer_config.json is none of the built-in templates; "
                              "choose the one it was trained with: chatml, llama2, zephyr or alpaca");
    return data::chatTemplateName(*recognized);
}

ScoreResult scoreTokens(const ScoreRequest& request)
{
    checkModelFolder(request.modelFolder);
    if (!request.loraFolder.empty())
        checkAdapterFolder(request.loraFolder);
    if (request.tokens.empty())
        throw ModelInputError("no tokens to score (give at least one id)");
    LlamaConfig config;
    try {
        config = LlamaConfig::load(request.modelFolder / "config.json");
    } catch (const Error& error) {
        throw ModelInputError(error.what());
    }
    for (size_t i = 0; i < request.tokens.size(); ++i) {
        const int64_t id = request.tokens[i];
        if (id < 0 || id >= config.vocabSize)
            throw ModelInputError("token " + std::to_string(i + 1) + " (id " + std::to_string(id) +
                                  ") is outside the vocabulary of " + request.modelFolder.string() + " (ids 0.." +
                                  std::to_string(config.vocabSize - 1) + ")");
    }
    if (request.contextTokens < 0 || request.contextTokens >= static_cast<int64_t>(request.tokens.size()))
        throw ModelInputError("context tokens: " + std::to_string(request.contextTokens) + " of " +
                              std::to_string(request.tokens.size()) + " tokens leaves none to score");
    ScoreRequest resolved = request;
    resolved.device = configureInferenceDevice(request.device);
    return runtime::torchFunction<ScoreFn>("adaptlab_torch_score_tokens")(resolved);
}

GenerationResult generateText(const std::filesystem::path& modelFolder, const std::string& prompt,
                              const GenerationOptions& options)
{
    checkModelFolder(modelFolder);
    tokenizerFileOf(modelFolder);
    try {
        LlamaConfig::load(modelFolder / "config.json");
        validateSamplingOptions(options.sampling);
    } catch (const Error& error) {
        throw ModelInputError(error.what());
    }
    if (options.maxNewTokens < 0)
        throw ModelInputError("max-new-tokens: must be 0 or more, found " + std::to_string(options.maxNewTokens));
    if (!options.loraFolder.empty())
        checkAdapterFolder(options.loraFolder);
    if (!options.systemPrompt.empty() && options.chatTemplate.empty())
        throw ModelInputError("system: a system prompt needs a chat template (raw text has no place for one)");
    GenerationOptions resolved = options;
    resolved.chatTemplate = resolveChatTemplate(modelFolder, options.chatTemplate);
    // ("auto" resolves to raw text for a model without a chat template, so this comes after.)
    if (!options.metadataPrefix.empty() && !resolved.chatTemplate.empty())
        throw ModelInputError("metadata: a metadata prefix conditions raw text as MeCo pre-training did; it has no "
                              "place in a chat template's turns (generate without a template)");
    resolved.device = configureInferenceDevice(options.device);
    return runtime::torchFunction<GenerateFn>("adaptlab_torch_generate_text")(modelFolder, prompt, resolved);
}

std::vector<int64_t> metadataContextIds(const tokenize::Tokenizer& tokenizer, const std::string& prefix)
{
    std::vector<int64_t> ids;
    const tokenize::SpecialIds special = tokenizer.specialIds();
    if (special.bos >= 0 && special.bos != special.eos)
        ids.push_back(special.bos);
    if (!prefix.empty())
        for (const int32_t id : tokenizer.encode(prefix))
            ids.push_back(id);
    return ids;
}

std::string configureInferenceDevice(const std::string& device)
{
    runtime::DevicePolicy policy = runtime::DevicePolicy::Cpu;
    if (device == "auto")
        policy = runtime::DevicePolicy::Auto;
    else if (device == "cuda" || device.starts_with("cuda:"))
        policy = runtime::DevicePolicy::Cuda;
    else if (device != "cpu")
        throw ModelInputError("device: expected auto, cpu, cuda or cuda:N, found \"" + device + "\"");
    try {
        const runtime::RuntimeInfo info = runtime::configure(policy);
        return device == "auto" || device == "cuda" ? info.device : device;
    } catch (const Error& error) {
        throw ModelInputError(std::string("device: ") + error.what());
    }
}

} // namespace adaptlab::model
