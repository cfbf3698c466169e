// Scoring and generation with a Hugging Face model folder (config.json + safetensors, and for
// generation its tokenizer): what `adaptlab-cli score` / `generate` and the Train panel's generation
// box call. Torch-free: each call loads libadaptlab_torch.so on first use and runs there (the entry
// points adaptlab_torch_score_tokens / adaptlab_torch_generate_text in core/torch/model/model_entry.cpp).
// Blocking and compute-bound: the GUI calls it from a worker thread, never the UI thread.
#pragma once

#include "common/error.h"
#include "model/token_sampler.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace adaptlab::tokenize {
class Tokenizer;
}

namespace adaptlab::model {

// Refused input (no such folder, no config.json, no tokenizer, ids outside the vocabulary, bad
// options): the CLI exits 2 on it. Other failures are plain Error.
class ModelInputError : public Error {
public:
    using Error::Error;
};

struct ScoreRequest {
    std::filesystem::path modelFolder;
    std::vector<int64_t> tokens; // at least one
    bool withLogits = false;
    std::string device = "cpu";  // "auto" | "cpu" | "cuda" | "cuda:N"
    std::filesystem::path loraFolder; // added (issue 11): a PEFT adapter applied unmerged; empty = none
    // Added for issue 12 (owner: the "mecorun" part): MeCo-conditioned scoring. The first
    // contextTokens tokens (BOS and a metadata prefix such as "URL: en.wikipedia.org\n\n", encoded
    // as one string) are context only: logprobs start with the token after them.
    int64_t contextTokens = 0;
};

struct ScoreResult {
    // logprobs[i] = log p(tokens[i + 1] | tokens[0..i]): one per position after the first.
    std::vector<double> logprobs;
    // With withLogits: one row of vocabSize logits per position (tokens.size() rows).
    std::vector<std::vector<float>> logits;
};

struct GenerationOptions {
    int64_t maxNewTokens = 64;
    SamplingOptions sampling; // temperature 0 = greedy
    uint64_t seed = 0;        // the same seed, model and prompt give the same text
    bool stopAtEos = true;    // stop after a token the model or tokenizer names as end of sequence
    std::string device = "cpu";
    // ---- Added for issue 11 (owner: the "playground" part) ----
    std::filesystem::path loraFolder; // a PEFT adapter applied unmerged; empty = none
    // "" = the prompt is raw text; "chatml" | "llama2" | "zephyr" | "alpaca" (data/chat_template.h)
    // = the prompt is one user message rendered with that template and the generation prompt, and
    // generation also stops at the template's end of turn; "model" = the template the model
    // folder's tokenizer_config.json chat_template is recognised as (ModelInputError when none).
    std::string chatTemplate;
    std::string systemPrompt;         // with chatTemplate: a system message first (empty = none)
    // ---- Added for issue 12 (owner: the "mecorun" part) ----
    // MeCo conditioning: this text (e.g. "URL: en.wikipedia.org\n\n") goes before the prompt,
    // encoded as one string after BOS. Empty = unconditioned.
    std::string metadataPrefix;
    // Streaming: called on the generating thread after each new token with its id, the text it
    // adds (decoded incrementally, UTF-8 complete) and the seconds it took; return false to stop.
    std::function<bool(int64_t id, const std::string& text, double seconds)> onToken;
};

struct GenerationResult {
    std::string text;               // the continuation (decoded ids, without a final end-of-sequence token)
    std::vector<int64_t> ids;       // the continuation's ids, including the end-of-sequence token that stopped it
    std::vector<int64_t> promptIds; // the prompt as the tokenizer encodes it (with its BOS rule)
    bool stoppedAtEos = false;
    double promptSeconds = 0.0;     // added: the prompt's forward pass (time to first token)
    double secondsPerToken = 0.0;   // added: mean over the new tokens after the first
    // Added (issue 11, "playground"): the template the prompt was rendered with ("" = raw text;
    // "model" resolved to the built-in template's name, e.g. "chatml").
    std::string chatTemplate;
};

// Throw ModelInputError for refused input, Error otherwise.
ScoreResult scoreTokens(const ScoreRequest& request);
GenerationResult generateText(const std::filesystem::path& modelFolder, const std::string& prompt,
                              const GenerationOptions& options = {});

// The checks both make before LibTorch is loaded (also used by the entry points): the folder, its
// config.json, and for generation its tokenizer file (tokenizer.model, spiece.model or
// tokenizer.json, the one Tokenizer::open(folder) reads).
void checkModelFolder(const std::filesystem::path& folder);
std::filesystem::path tokenizerFileOf(const std::filesystem::path& folder);

// Added (issue 11, "playground"): the checks made on a LoRA adapter folder before LibTorch is
// loaded (the folder and its adapter_config.json and adapter_model.safetensors); ModelInputError
// naming the folder.
void checkAdapterFolder(const std::filesystem::path& folder);
// Added: GenerationOptions::chatTemplate resolved for MODELFOLDER: "" stays "", a built-in name
// stays itself, "model" becomes the built-in template the folder's tokenizer_config.json
// chat_template is recognised as. ModelInputError naming the folder when there is none to use.
// Also added: "auto" is "model" for a folder whose tokenizer_config.json has a chat_template, and
// "" (raw text) for one without (a base or CPT model); what the Playground's columns use.
std::string resolveChatTemplate(const std::filesystem::path& modelFolder, const std::string& chatTemplate);

// Added (issue 12, "mecorun"): the context a MeCo-conditioned prompt or text starts with, laid out
// as the trainer packs a document with metadata (data/meco.h): BOS (the tokenizer's own, when it
// has one distinct from its EOS, the trainer's rule) then PREFIX encoded as one string. Empty
// PREFIX: just the BOS (or nothing).
std::vector<int64_t> metadataContextIds(const tokenize::Tokenizer& tokenizer, const std::string& prefix);

// Sets torch's threads and resolves "auto"/"cuda" to the device the runtime picks; a device name
// that is not auto, cpu, cuda or cuda:N, or a device that is not there, is ModelInputError. Used by
// score, generate and the clustering entry points (model/cluster.h) before LibTorch work.
std::string configureInferenceDevice(const std::string& device);

} // namespace adaptlab::model
