// `adaptlab-cli score` / `generate` (model_command.h). The flags and JSON keys are the contract of
// issue 10 (scripts depend on them): score --model DIR --tokens "ID ID ..." [--logits] --json ->
// {"logprobs": [...], "logits": [[...], ...]}; generate --model DIR --prompt TEXT [...] --json ->
// {"text", "ids"}. Issue 11 adds score --lora DIR, and generate --lora DIR --template T --system TEXT
// --stream (one JSON line per token {"id", "text", "seconds"} as it comes, then the final object
// with "prompt_seconds" and "seconds_per_token"). Issue 12 adds --metadata VALUE [--metadata-label L]
// and --metadata-prefix TEXT to both (MeCo-conditioned scoring and generation).
#include "model_command.h"

#include "common/error.h"
#include "data/meco.h"
#include "model/inference.h"
#include "tokenize/tokenizer.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <iostream>
#include <map>
#include <optional>
#include <set>

namespace adaptlab::cli {

using nlohmann::json;

namespace {

constexpr const char* kScoreUsage = R"(usage: adaptlab-cli score --model DIR [--lora DIR] --tokens "ID ID ..." [--logits] [--device D] [--json]
  log p(token | the tokens before it) for every token after the first, under the model in DIR
  (a Hugging Face Llama folder: config.json + model.safetensors or shards), with --lora the LoRA
  adapter in that folder (adapter_config.json + adapter_model.safetensors, the PEFT layout) applied
  on top of it without merging. Ids are separated by spaces or commas. --json prints {"logprobs": [...]} and with --logits "logits": one row of
  vocabulary-size logits per token. --device auto|cpu|cuda|cuda:N (default cpu).
  MeCo conditioning: --metadata VALUE [--metadata-label LABEL] scores the ids after the context
  [BOS] + "LABEL: VALUE\n\n" (label default URL; a URL given as VALUE is reduced to its host),
  encoded as one string with the model's tokenizer, as a MeCo run trained; --metadata-prefix TEXT
  gives the context text itself. A leading BOS in --tokens is taken as the context's. The logprobs
  are then those of the given tokens only (the context is read, not scored).
  Exit codes: 0 done, 1 failed, 2 refused (bad command line, no such folder, an id outside the
  vocabulary).
)";

constexpr const char* kGenerateUsage = R"(usage: adaptlab-cli generate --model DIR --prompt TEXT [--lora DIR] [--template NAME] [--system TEXT]
                            [--max-new-tokens N] [--temperature T] [--top-k K] [--top-p P]
                            [--seed S] [--device D] [--json] [--stream]
  continue TEXT with the model in DIR, whose tokenizer (tokenizer.json or tokenizer.model) encodes
  the prompt and decodes the continuation; --lora applies the LoRA adapter in DIR unmerged.
  --template chatml|llama2|zephyr|alpaca|model: TEXT is a user's message, rendered with that chat
  template and the start of the assistant's answer ("model": the template the model's
  tokenizer_config.json names, when it is one of these; "auto": that template when the model names
  one, else none), and the answer ends at the template's end of turn; --system TEXT puts a system message first (needs --template). Without --template TEXT is
  continued as it is. Stops after N new tokens (default 64) or at an end-of-sequence token. --temperature 0 is greedy (the most likely token each step); otherwise
  sampling (default temperature 0.8, top-k 50, top-p 0.95; --top-k 0 and --top-p 1 turn them off),
  reproducible with --seed (default 0). --json prints {"text": ..., "ids": [...]} (the continuation;
  ids include the end-of-sequence token that stopped it) with "prompt_ids", "stopped_at_eos" and
  "template" (the one used). --stream prints one JSON line per token as it comes, {"id": ...,
  "text": ..., "seconds": ...} (the text it adds, whole characters only, so the lines' texts
  concatenate to the final text), then that final object with "prompt_seconds" (the prompt's pass:
  the time to the first token) and "seconds_per_token" (the mean over the tokens after the first).
  MeCo conditioning: --metadata VALUE [--metadata-label LABEL] starts the prompt with
  [BOS] + "LABEL: VALUE\n\n" (label default URL; a URL given as VALUE is reduced to its host),
  encoded as one string, as a MeCo run trained; --metadata-prefix TEXT gives that text itself.
  Not with --template.
  Exit codes: 0 done, 1 failed, 2 refused (bad command line or options, no such folder, no tokenizer).
)";

class Refusal : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// --flag VALUE pairs and bare --switches; anything else is refused, naming it.
struct Flags {
    std::map<std::string, std::string> values;
    std::set<std::string> switches;
};

Flags parseFlags(const std::vector<std::string>& args, const std::set<std::string>& valueFlags,
                 const std::set<std::string>& switchFlags)
{
    Flags flags;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (switchFlags.contains(arg)) {
            flags.switches.insert(arg);
        } else if (valueFlags.contains(arg)) {
            if (i + 1 == args.size())
                throw Refusal(arg + " needs a value");
            if (flags.values.contains(arg))
                throw Refusal(arg + " is given twice");
            flags.values[arg] = args[++i];
        } else {
            throw Refusal("unknown option: " + arg);
        }
    }
    return flags;
}

int64_t parseInteger(const std::string& flag, const std::string& text)
{
    int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size())
        throw Refusal(flag + ": \"" + text + "\" is not an integer");
    return value;
}

double parseNumber(const std::string& flag, const std::string& text)
{
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        throw Refusal(flag + ": \"" + text + "\" is not a number");
    return value;
}

std::vector<int64_t> parseTokens(const std::string& text)
{
    std::vector<int64_t> ids;
    size_t position = 0;
    while (position < text.size()) {
        const size_t start = text.find_first_not_of(" \t\n,", position);
        if (start == std::string::npos)
            break;
        size_t end = text.find_first_of(" \t\n,", start);
        if (end == std::string::npos)
            end = text.size();
        const std::string word = text.substr(start, end - start);
        int64_t id = 0;
        const auto [last, error] = std::from_chars(word.data(), word.data() + word.size(), id);
        if (error != std::errc() || last != word.data() + word.size())
            throw Refusal("--tokens: \"" + word + "\" (item " + std::to_string(ids.size() + 1) + ") is not a token id");
        ids.push_back(id);
        position = end;
    }
    if (ids.empty())
        throw Refusal("--tokens: no token ids given");
    return ids;
}

const std::string& required(const Flags& flags, const std::string& flag)
{
    const auto it = flags.values.find(flag);
    if (it == flags.values.end())
        throw Refusal(flag + " is required");
    return it->second;
}

// --metadata VALUE [--metadata-label LABEL] or --metadata-prefix TEXT -> the prefix text ("" = none).
std::string metadataPrefixOf(const Flags& flags)
{
    const auto value = flags.values.find("--metadata");
    const auto label = flags.values.find("--metadata-label");
    const auto raw = flags.values.find("--metadata-prefix");
    if (raw != flags.values.end()) {
        if (value != flags.values.end() || label != flags.values.end())
            throw Refusal("--metadata-prefix gives the whole prefix: not with --metadata or --metadata-label");
        if (raw->second.empty())
            throw Refusal("--metadata-prefix: an empty prefix (leave the flag out for an unconditioned run)");
        return raw->second;
    }
    if (value == flags.values.end()) {
        if (label != flags.values.end())
            throw Refusal("--metadata-label needs --metadata VALUE");
        return {};
    }
    data::MecoOptions options;
    options.enabled = true;
    if (label != flags.values.end()) {
        if (label->second.empty())
            throw Refusal("--metadata-label: an empty label");
        options.label = label->second;
    }
    std::string text = value->second;
    // The URL label conditions on hosts (what the shards stored): a whole URL is reduced to one.
    if (options.effectiveLabel() == "URL" && text.find("://") != std::string::npos)
        text = data::urlHost(text);
    if (text.empty())
        throw Refusal("--metadata: an empty value (leave the flag out for an unconditioned run)");
    return data::mecoPrefixText(options, text);
}

// Refusals and Errors (the folder, its files, the ids, the options: all the caller's input) exit 2
// with the reason; anything else (LibTorch's own failures) reaches main's handler: exit 1.
template <class Body>
int run(const std::vector<std::string>& args, const char* usage, Body body)
{
    if (args.size() == 1 && (args[0] == "--help" || args[0] == "-h")) {
        std::cout << usage;
        return 0;
    }
    try {
        return body();
    } catch (const Refusal& refusal) {
        std::cerr << "adaptlab-cli: " << refusal.what() << "\n\n" << usage;
        return 2;
    } catch (const Error& error) {
        std::cerr << "adaptlab-cli: " << error.what() << "\n";
        return 2;
    }
}

} // namespace

int scoreCommand(std::vector<std::string> args)
{
    return run(args, kScoreUsage, [&] {
        const Flags flags = parseFlags(args,
                                       {"--model", "--lora", "--tokens", "--device", "--metadata", "--metadata-label",
                                        "--metadata-prefix"},
                                       {"--json", "--logits"});
        model::ScoreRequest request;
        request.modelFolder = required(flags, "--model");
        if (flags.values.contains("--lora"))
            request.loraFolder = flags.values.at("--lora");
        request.tokens = parseTokens(required(flags, "--tokens"));
        if (const std::string prefix = metadataPrefixOf(flags); !prefix.empty()) {
            // The context as the MeCo run saw it, encoded with the model's own tokenizer.
            model::checkModelFolder(request.modelFolder);
            const auto tokenizer = tokenize::Tokenizer::open(model::tokenizerFileOf(request.modelFolder));
            std::vector<int64_t> ids = model::metadataContextIds(*tokenizer, prefix);
            const int32_t bos = tokenizer->specialIds().bos;
            const bool leadingBos = !ids.empty() && ids.front() == bos && request.tokens.front() == bos;
            if (leadingBos && request.tokens.size() == 1)
                throw Refusal("--tokens: only a BOS: no text to score after the metadata");
            request.contextTokens = static_cast<int64_t>(ids.size());
            ids.insert(ids.end(), request.tokens.begin() + (leadingBos ? 1 : 0), request.tokens.end());
            request.tokens = std::move(ids);
        }
        request.withLogits = flags.switches.contains("--logits");
        if (flags.values.contains("--device"))
            request.device = flags.values.at("--device");
        const model::ScoreResult result = model::scoreTokens(request);
        if (flags.switches.contains("--json")) {
            json out = {{"logprobs", result.logprobs}};
            if (request.contextTokens > 0)
                out["context_ids"] = std::vector<int64_t>(request.tokens.begin(), request.tokens.begin() + request.contextTokens);
            if (request.withLogits)
                out["logits"] = result.logits;
            std::cout << out.dump() << "\n";
            return 0;
        }
        double total = 0;
        const size_t firstScored = request.contextTokens > 0 ? static_cast<size_t>(request.contextTokens) : 1;
        for (size_t i = 0; i < result.logprobs.size(); ++i) {
            std::cout << i + 1 << "\t" << request.tokens[firstScored + i] << "\t" << result.logprobs[i] << "\n";
            total += result.logprobs[i];
        }
        std::cout << "total log-probability " << total << " over " << result.logprobs.size() << " tokens\n";
        return 0;
    });
}

int generateCommand(std::vector<std::string> args)
{
    return run(args, kGenerateUsage, [&] {
        const Flags flags = parseFlags(args,
                                       {"--model", "--prompt", "--max-new-tokens", "--temperature", "--top-k", "--top-p",
                                        "--seed", "--device", "--lora", "--template", "--system", "--metadata",
                                        "--metadata-label", "--metadata-prefix"},
                                       {"--json", "--stream"});
        model::GenerationOptions options;
        const auto has = [&](const char* flag) { return flags.values.contains(flag); };
        if (has("--max-new-tokens"))
            options.maxNewTokens = parseInteger("--max-new-tokens", flags.values.at("--max-new-tokens"));
        if (has("--temperature"))
            options.sampling.temperature = parseNumber("--temperature", flags.values.at("--temperature"));
        if (has("--top-k"))
            options.sampling.topK = parseInteger("--top-k", flags.values.at("--top-k"));
        if (has("--top-p"))
            options.sampling.topP = parseNumber("--top-p", flags.values.at("--top-p"));
        if (has("--seed")) {
            const int64_t seed = parseInteger("--seed", flags.values.at("--seed"));
            if (seed < 0)
                throw Refusal("--seed: must be 0 or more, found " + std::to_string(seed));
            options.seed = static_cast<uint64_t>(seed);
        }
        if (has("--device"))
            options.device = flags.values.at("--device");
        if (has("--lora"))
            options.loraFolder = flags.values.at("--lora");
        if (has("--template"))
            options.chatTemplate = flags.values.at("--template");
        if (has("--system"))
            options.systemPrompt = flags.values.at("--system");
        if (options.chatTemplate.empty() && !options.systemPrompt.empty())
            throw Refusal("--system needs --template (raw text has no place for a system message)");
        options.metadataPrefix = metadataPrefixOf(flags);
        const bool stream = flags.switches.contains("--stream");
        if (stream) {
            // One line per token, flushed: a reader (the Playground panel, a script) shows each as
            // it comes.
            options.onToken = [](int64_t id, const std::string& text, double seconds) {
                std::cout << nlohmann::ordered_json{{"id", id}, {"text", text}, {"seconds", seconds}}.dump(
                                 -1, ' ', false, json::error_handler_t::replace)
                          << std::endl;
                return true;
            };
        }
        const model::GenerationResult result =
            model::generateText(required(flags, "--model"), required(flags, "--prompt"), options);
        if (stream || flags.switches.contains("--json")) {
            nlohmann::ordered_json out{{"text", result.text},
                                       {"ids", result.ids},
                                       {"prompt_ids", result.promptIds},
                                       {"stopped_at_eos", result.stoppedAtEos},
                                       {"template", result.chatTemplate}};
            // Timings only when streaming: --json stays a function of the model, prompt and seed.
            if (stream) {
                out["prompt_seconds"] = result.promptSeconds;
                out["seconds_per_token"] = result.secondsPerToken;
            }
            std::cout << out.dump(-1, ' ', false, json::error_handler_t::replace) << std::endl;
        } else {
            std::cout << result.text << "\n";
        }
        return 0;
    });
}

} // namespace adaptlab::cli
