// `adaptlab-cli data render` (data_command.h): readInstructions + renderConversation, printed;
// with --meco, corpus documents through renderMecoDocument.
#include "data_command.h"

#include "corpus/corpus_reader.h"
#include "data/chat_template.h"
#include "data/instruction.h"
#include "data/meco.h"
#include "tokenize/tokenizer.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <filesystem>
#include <iostream>
#include <optional>

namespace adaptlab::cli {

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

constexpr const char* kDataUsage = R"(usage: adaptlab-cli data <command> [options]

commands:
  render --tokenizer PATH --format alpaca|chat|sharegpt --template chatml|llama2|zephyr|alpaca FILE [--json]
        instruction data through a chat template: the ids an SFT run trains on and which of them
        carry the loss (the answers and their end of turn). FILE: JSON Lines (.jsonl, .jsonl.gz,
        .jsonl.zst) or a JSON array (.json). PATH: a .model, a tokenizer.json or a folder holding
        either. --json prints one object per example per line:
          {"line": N, "ids": [...], "loss_mask": [0|1, ...], "trained": T, "truncated": false}
        without it, the text of each example with the trained tokens between [[ and ]].
        --template may be left out when the tokenizer's tokenizer_config.json carries a chat_template
        that is one of the four. --max-tokens N cuts each example to N ids; --no-bos leaves out
        the BOS; --field KEY=NAME (repeatable) reads the record's NAME for KEY (instruction, input,
        output, system, messages, role, content, conversations, from, value).
        Bad records go to stderr with the file and line; the rest is rendered.
  render --tokenizer PATH --meco url|FIELD [--meco-hash] [--meco-label L] [--text-field NAME] FILE [--json]
        corpus documents as a MeCo run's phase 1 trains them: [BOS] + the metadata prefix
        ("URL: host\n\n" for url, "Source: value\n\n" for a field named source; --meco-label sets
        the label) tokenized as one string + the document + EOS; BOS and the prefix carry no loss.
        A document without the field gets no prefix. url: the host of the record's "url" field
        (scheme, path, port and user gone, lower-cased); --meco-hash replaces the value by a stable
        hash. FILE: JSON Lines (.jsonl, .gz, .zst) with the text in --text-field (default "text").
        --json prints one object per document per line:
          {"line": N, "ids": [...], "loss_mask": [0|1, ...], "prefix_tokens": P, "metadata": "host"|null,
           "prefix": "URL: host\n\n"|null, "trained": T}
        without it, the text of each document with the untrained tokens between ‹ and ›.

Exit codes: 0 done, 1 failed (nothing could be rendered), 2 refused command line.
)";

class Refusal : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

std::string takeValue(std::vector<std::string>& args, size_t& i)
{
    if (i + 1 >= args.size())
        throw Refusal(args[i] + " needs a value");
    return args[++i];
}

// The example's text, each run of trained tokens between [[ and ]].
std::string markedText(const data::RenderedExample& example, const tokenize::Tokenizer& tokenizer)
{
    std::string out;
    for (size_t start = 0; start < example.ids.size();) {
        size_t end = start;
        while (end < example.ids.size() && example.lossMask[end] == example.lossMask[start])
            ++end;
        const std::string text =
            tokenizer.decode(std::span<const int32_t>(example.ids.data() + start, end - start));
        out += example.lossMask[start] == 1 ? "[[" + text + "]]" : text;
        start = end;
    }
    return out;
}

// The document's text with each run of untrained tokens between ‹ and ›.
std::string markedText(const data::MecoRendered& document, const tokenize::Tokenizer& tokenizer)
{
    std::string out;
    for (size_t start = 0; start < document.ids.size();) {
        size_t end = start;
        while (end < document.ids.size() && document.lossMask[end] == document.lossMask[start])
            ++end;
        const std::string text = tokenizer.decode(std::span<const int32_t>(document.ids.data() + start, end - start));
        out += document.lossMask[start] == 0 ? "‹" + text + "›" : text;
        start = end;
    }
    return out;
}

struct MecoRenderArgs {
    std::string tokenizerPath, textField = "text";
    data::MecoOptions options;
    fs::path file;
    bool asJson = false;
};

int renderMeco(const MecoRenderArgs& args)
{
    const auto tokenizer = tokenize::Tokenizer::open(args.tokenizerPath);
    const data::MecoOptions& options = args.options;
    corpus::ReaderOptions reading;
    reading.fields.textField = args.textField;
    reading.fields.metadataFields = {options.field};
    corpus::CorpusReader reader({args.file}, reading);
    int64_t rendered = 0, conditioned = 0, failed = 0;
    corpus::Document document;
    while (reader.next(document)) {
        const std::string_view raw = document.meta(options.field);
        std::string value = options.field == "url" ? data::urlHost(raw) : std::string(raw);
        if (!raw.empty() && value.empty())
            std::cerr << args.file.string() << ": line " << document.position.line << ": field " << options.field
                      << ": \"" << raw << "\" has no host: rendered without a prefix\n";
        data::MecoRendered out;
        try {
            out = data::renderMecoDocument(*tokenizer, options, raw.empty() ? std::nullopt : std::optional(raw), document.text);
        } catch (const Error& error) {
            ++failed;
            std::cerr << args.file.string() << ": line " << document.position.line << ": " << error.what() << "\n";
            continue;
        }
        ++rendered;
        conditioned += out.prefixTokens > 0 ? 1 : 0;
        const int64_t trained = std::count(out.lossMask.begin(), out.lossMask.end(), uint8_t(1));
        const std::string used = value.empty() ? std::string() : options.hashed ? data::hashedMetadata(value) : value;
        const std::string prefix = value.empty() ? std::string() : data::mecoPrefixText(options, value);
        if (args.asJson) {
            std::cout << json{{"line", document.position.line},
                              {"ids", out.ids},
                              {"loss_mask", out.lossMask},
                              {"prefix_tokens", out.prefixTokens},
                              {"metadata", used.empty() ? json(nullptr) : json(used)},
                              {"prefix", prefix.empty() ? json(nullptr) : json(prefix)},
                              {"trained", trained}}
                             .dump()
                      << '\n';
        } else {
            std::cout << "--- line " << document.position.line << ": " << out.ids.size() << " tokens, " << trained
                      << " trained, " << (used.empty() ? std::string("no metadata") : options.field + " " + used) << "\n"
                      << markedText(out, *tokenizer) << "\n";
        }
    }
    const corpus::ScanProblems& problems = reader.problems();
    for (const corpus::RecordProblem& problem : problems.examples)
        std::cerr << problem.file << (problem.line > 0 ? ": line " + std::to_string(problem.line) : std::string()) << ": "
                  << problem.kind << ": " << problem.detail << "\n";
    const int64_t bad = problems.total() - static_cast<int64_t>(problems.examples.size());
    if (bad > 0)
        std::cerr << args.file.string() << ": " << bad << " more problems not shown\n";
    std::cerr << args.file.string() << ": " << rendered << " documents rendered, " << conditioned << " with a "
              << options.effectiveLabel() << " prefix, " << failed << " failed\n";
    return rendered > 0 ? 0 : 1;
}

int render(std::vector<std::string> args)
{
    std::string tokenizerPath, formatName, templateName, maxTokensText;
    std::vector<std::string> files;
    bool asJson = false, noBos = false;
    json fieldMap = json::object();
    std::optional<std::string> mecoField, mecoLabel, textField;
    bool mecoHash = false;
    std::vector<std::string> sftOptions; // given, and meaningless with --meco
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--format" || arg == "--template" || arg == "--max-tokens" || arg == "--field" || arg == "--no-bos")
            sftOptions.push_back(arg);
        if (arg == "--meco")
            mecoField = takeValue(args, i);
        else if (arg == "--meco-label")
            mecoLabel = takeValue(args, i);
        else if (arg == "--text-field")
            textField = takeValue(args, i);
        else if (arg == "--meco-hash")
            mecoHash = true;
        else if (arg == "--tokenizer")
            tokenizerPath = takeValue(args, i);
        else if (arg == "--format")
            formatName = takeValue(args, i);
        else if (arg == "--template")
            templateName = takeValue(args, i);
        else if (arg == "--max-tokens")
            maxTokensText = takeValue(args, i);
        else if (arg == "--field") {
            const std::string mapping = takeValue(args, i);
            const size_t eq = mapping.find('=');
            if (eq == std::string::npos || eq == 0 || eq + 1 == mapping.size())
                throw Refusal("--field " + mapping + ": expected KEY=NAME (for example output=response)");
            fieldMap[mapping.substr(0, eq)] = mapping.substr(eq + 1);
        } else if (arg == "--json")
            asJson = true;
        else if (arg == "--no-bos")
            noBos = true;
        else if (arg.size() > 1 && arg[0] == '-')
            throw Refusal("unknown option for data render: " + arg);
        else
            files.push_back(arg);
    }
    if (tokenizerPath.empty())
        throw Refusal("data render needs --tokenizer PATH");
    if (mecoField) {
        if (!sftOptions.empty())
            throw Refusal(sftOptions.front() + " is for instruction data; --meco renders corpus documents");
        if (mecoField->empty())
            throw Refusal("--meco needs a field: url, or the metadata field to condition on (source, topic, ...)");
        if (mecoLabel && mecoLabel->empty())
            throw Refusal("--meco-label needs a label (leave it out for the default)");
        if (textField && textField->empty())
            throw Refusal("--text-field needs a field name");
        if (files.size() != 1)
            throw Refusal(files.empty() ? "data render needs the FILE to render" : "data render takes one FILE");
        MecoRenderArgs meco;
        meco.tokenizerPath = tokenizerPath;
        meco.options.enabled = true;
        meco.options.field = *mecoField;
        meco.options.label = mecoLabel.value_or("");
        meco.options.hashed = mecoHash;
        meco.textField = textField.value_or("text");
        meco.file = files.front();
        meco.asJson = asJson;
        std::error_code ec;
        if (!fs::is_regular_file(meco.file, ec))
            throw Refusal("no such file: " + meco.file.string());
        if (!fs::exists(tokenizerPath, ec))
            throw Refusal("--tokenizer " + tokenizerPath + ": no such file or folder");
        return renderMeco(meco);
    }
    if (mecoLabel || mecoHash || textField)
        throw Refusal(std::string(mecoLabel ? "--meco-label" : mecoHash ? "--meco-hash" : "--text-field") +
                      " is for corpus documents with --meco");
    if (formatName.empty())
        throw Refusal("data render needs --format alpaca|chat|sharegpt");
    if (files.size() != 1)
        throw Refusal(files.empty() ? "data render needs the FILE to render" : "data render takes one FILE");
    const std::optional<data::InstructionFormat> format = data::parseInstructionFormat(formatName);
    if (!format)
        throw Refusal("--format " + formatName + ": unknown format (alpaca, chat or sharegpt)");
    std::optional<data::ChatTemplate> chatTemplate;
    if (!templateName.empty()) {
        chatTemplate = data::parseChatTemplate(templateName);
        if (!chatTemplate)
            throw Refusal("--template " + templateName + ": unknown template (chatml, llama2, zephyr or alpaca)");
    }
    data::RenderOptions options;
    options.addBos = !noBos;
    if (!maxTokensText.empty()) {
        const char* end = maxTokensText.data() + maxTokensText.size();
        const auto [ptr, ec] = std::from_chars(maxTokensText.data(), end, options.maxTokens);
        if (ec != std::errc() || ptr != end || options.maxTokens < 1)
            throw Refusal("--max-tokens " + maxTokensText + ": must be a whole number from 1");
    }
    data::InstructionFields fields;
    try {
        fields = data::InstructionFields::fromJson(fieldMap);
    } catch (const Error& error) {
        throw Refusal(std::string("--field: ") + error.what());
    }
    std::error_code ec;
    const fs::path file = files.front();
    if (!fs::exists(file, ec))
        throw Refusal("no such file: " + file.string());
    if (!fs::exists(tokenizerPath, ec))
        throw Refusal("--tokenizer " + tokenizerPath + ": no such file or folder");

    const auto tokenizer = tokenize::Tokenizer::open(tokenizerPath);
    if (!chatTemplate) {
        const std::string jinja = data::readChatTemplate(tokenizerPath);
        chatTemplate = data::recognizeChatTemplate(jinja);
        if (!chatTemplate)
            throw Refusal(jinja.empty() ? "data render needs --template: the tokenizer has no chat_template"
                                        : "data render needs --template: the tokenizer's chat_template is none of "
                                          "chatml, llama2, zephyr, alpaca");
        std::cerr << "adaptlab-cli: the tokenizer's chat_template is " << data::chatTemplateName(*chatTemplate) << "\n";
    }

    const data::InstructionReadResult read = data::readInstructions(file, *format, fields);
    for (const data::InstructionProblem& problem : read.problems)
        std::cerr << problem.file.string() << ": " << problem.message << "\n";
    if (read.badRecords > static_cast<int64_t>(read.problems.size()))
        std::cerr << file.string() << ": " << read.badRecords - static_cast<int64_t>(read.problems.size())
                  << " more bad records not shown\n";

    int64_t rendered = 0, failed = 0;
    for (const data::Conversation& conversation : read.conversations) {
        data::RenderedExample example;
        try {
            example = data::renderConversation(conversation, *chatTemplate, *tokenizer, options);
        } catch (const Error& error) {
            ++failed;
            std::cerr << file.string() << ": line " << conversation.line << ": " << error.what() << "\n";
            continue;
        }
        ++rendered;
        if (asJson) {
            std::cout << json{{"line", conversation.line}, {"ids", example.ids}, {"loss_mask", example.lossMask},
                              {"trained", example.trainedTokens()}, {"truncated", example.truncated}}
                             .dump()
                      << '\n';
        } else {
            std::cout << "--- line " << conversation.line << ": " << example.ids.size() << " tokens, "
                      << example.trainedTokens() << " trained" << (example.truncated ? " (truncated)" : "") << "\n"
                      << markedText(example, *tokenizer) << "\n";
        }
    }
    std::cerr << file.string() << ": " << rendered << " examples rendered with " << data::chatTemplateName(*chatTemplate)
              << ", " << read.badRecords + failed << " bad records of " << read.records << "\n";
    return rendered > 0 ? 0 : 1;
}

} // namespace

int dataCommand(std::vector<std::string> args)
{
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        (args.empty() ? std::cerr : std::cout) << kDataUsage;
        return args.empty() ? 2 : 0;
    }
    const std::string sub = args[0];
    args.erase(args.begin());
    try {
        if (sub == "render")
            return render(std::move(args));
        throw Refusal("unknown data command: " + sub);
    } catch (const Refusal& refusal) {
        std::cerr << "adaptlab-cli: " << refusal.what() << "\n\n" << kDataUsage;
        return 2;
    } catch (const std::exception& error) {
        std::cerr << "adaptlab-cli: " << error.what() << "\n";
        return 1;
    }
}

} // namespace adaptlab::cli
