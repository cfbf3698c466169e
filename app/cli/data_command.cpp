// `adaptlab-cli data render` (data_command.h): readInstructions + renderConversation, printed.
#include "data_command.h"

#include "data/chat_template.h"
#include "data/instruction.h"
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

int render(std::vector<std::string> args)
{
    std::string tokenizerPath, formatName, templateName, maxTokensText;
    std::vector<std::string> files;
    bool asJson = false, noBos = false;
    json fieldMap = json::object();
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--tokenizer")
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
