#include "model/inference.h"

#include "model/llama_config.h"
#include "runtime/runtime.h"

namespace adaptlab::model {

namespace {

using ScoreFn = ScoreResult (*)(const ScoreRequest&);
using GenerateFn = GenerationResult (*)(const std::filesystem::path&, const std::string&, const GenerationOptions&);

// Sets torch's threads and resolves "auto" to the device it picks; a device that is not there is
// refused input.
std::string configureDevice(const std::string& device)
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

ScoreResult scoreTokens(const ScoreRequest& request)
{
    checkModelFolder(request.modelFolder);
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
    ScoreRequest resolved = request;
    resolved.device = configureDevice(request.device);
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
    GenerationOptions resolved = options;
    resolved.device = configureDevice(options.device);
    return runtime::torchFunction<GenerateFn>("adaptlab_torch_generate_text")(modelFolder, prompt, resolved);
}

} // namespace adaptlab::model
