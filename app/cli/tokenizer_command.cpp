// `adaptlab-cli tokenizer ...` (tokenizer_command.h). The command lines of the contract in issue 9
// are rewritten into the flags the kinds' schemas give (--input A B -> --files A --files B,
// --out PREFIX -> --out-dir DIR --name BASE, a second --tokenizer -> --compare-tokenizer) and run
// by jobGroupCommand, so the CLI, `adaptlab-cli run` and the GUI run the very same jobs.
#include "tokenizer_command.h"

#include "job_command.h"

#include "jobs/job_registry.h"
#include "tokenize/tokenizer.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <set>

namespace adaptlab::cli {

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

constexpr const char* kTokenizerUsage = R"(usage: adaptlab-cli tokenizer <command> [options]

commands:
  train --input PATH... [--text-field F] --vocab-size N --model-type bpe|unigram --out PREFIX
        train a SentencePiece model on a seeded sample of the inputs; writes PREFIX.model and
        PREFIX.vocab (an existing PREFIX.model is never replaced: exit 2). --input takes several
        paths or repeats; --user-symbols S (repeatable) keeps S as one piece. With --project and
        no --out, the model goes to the project's tokenizers/ folder.
  encode --tokenizer PATH --text TEXT [--add-special] [--json]
        the ids and pieces of TEXT; PATH is a .model, a tokenizer.json or a folder holding either.
        No special tokens are added unless --add-special (the tokenizer's own BOS/EOS rules).
        --json prints {"ids": [...], "pieces": [...]}.
  fertility --tokenizer PATH [--tokenizer PATH2] INPUT... [--text-field F] [--json]
        tokens per word, tokens per byte, byte-fallback share and the vocabulary-gap list per
        input, on a seeded sample (--sample-documents N, 0: all; --seed S). A second --tokenizer
        measures it on the same documents too. --json prints
        {"tokenizers": [{"path", "description", "vocab_size", "fingerprint"}],
         "results": [{"input", "tokenizer" (index into tokenizers), "documents", "tokens", "words",
                      "bytes", "characters", "tokens_per_word", "tokens_per_byte",
                      "byte_fallback_share", "unknown_share", "vocab_gap": [{"word", "count",
                      "pieces", "tokens"}]}]}
        with one result per input and tokenizer, in input order, the first tokenizer first.
  compare --tokenizer A --tokenizer B INPUT... [--json]
        fertility of two tokenizers on the same documents (the same JSON as fertility).
  With --project DIR, inputs may be project datasets (--datasets NAME) and a tokenizer may be
  named by its path in the project (tokenizers/NAME) or by NAME alone.
  import SOURCE --name NAME [--project DIR | --out-dir DIR] [--json]
        copy a tokenizer (a model folder, a .model or a tokenizer.json, with its
        tokenizer_config.json and special_tokens_map.json) into tokenizers/NAME/ of the project;
        --json prints {"name", "path", "description", "vocab_size", "fingerprint"}.

Exit codes: 0 done, 1 failed, 2 refused command line or spec, 143 stopped.
)";

class Refusal : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

bool isFlag(const std::string& arg)
{
    return arg.size() > 1 && arg[0] == '-';
}

// Whether FLAG of KIND takes a value (anything but a boolean, --json).
bool takesValue(const jobs::JobKind& kind, const std::string& flag)
{
    if (flag == "--project")
        return true;
    for (const jobs::ParamSpec& p : kind.params) {
        if (p.cliFlag && p.flagName() == flag)
            return p.type != jobs::ParamType::Boolean;
    }
    return false; // --json, --no-x, or unknown: jobGroupCommand names an unknown flag
}

std::string absolute(const std::string& path)
{
    return fs::absolute(path).string();
}

// The job command line (for jobGroupCommand) of COMMAND's contract ARGS.
std::vector<std::string> jobArguments(const std::string& command, const std::vector<std::string>& args)
{
    const std::string kindName = command == "compare" ? "tokenizer_fertility" : jobs::kindOfCliCommand("tokenizer", command);
    const jobs::JobKind& kind = *jobs::findJobKind(kindName);
    std::vector<std::string> out = {command == "compare" ? "fertility" : command};
    auto need = [&](size_t& i) {
        if (i + 1 >= args.size())
            throw Refusal("tokenizer " + command + ": " + args[i] + " needs a value");
        return args[++i];
    };
    int tokenizers = 0;
    bool sourceGiven = false;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--input" && command == "train") {
            if (i + 1 >= args.size() || isFlag(args[i + 1]))
                throw Refusal("tokenizer train: --input needs at least one path");
            while (i + 1 < args.size() && !isFlag(args[i + 1]))
                out.insert(out.end(), {"--files", absolute(args[++i])});
        } else if (a == "--out" && command == "train") {
            const fs::path prefix = fs::absolute(need(i));
            std::string name = prefix.filename().string();
            if (name.size() > 6 && name.ends_with(".model"))
                name.resize(name.size() - 6); // --out x.model means the prefix x
            if (name.empty())
                throw Refusal("tokenizer train: --out needs a file prefix (PREFIX.model is written), not a folder");
            out.insert(out.end(), {"--out-dir", prefix.parent_path().string(), "--name", name});
        } else if (a == "--tokenizer" && kindName == "tokenizer_fertility") {
            ++tokenizers;
            if (tokenizers > 2)
                throw Refusal("tokenizer " + command + ": at most two --tokenizer (the second is compared with the first)");
            out.insert(out.end(), {tokenizers == 1 ? "--tokenizer" : "--compare-tokenizer", need(i)});
        } else if (a == "--compare-tokenizer" && kindName == "tokenizer_fertility") {
            ++tokenizers;
            out.insert(out.end(), {a, need(i)});
        } else if (a == "--source" && command == "import") {
            sourceGiven = true;
            out.insert(out.end(), {a, need(i)});
        } else if (a == "--files" || a == "--measure-files") {
            out.insert(out.end(), {a, absolute(need(i))});
        } else if (isFlag(a)) {
            out.push_back(a);
            if (takesValue(kind, a))
                out.push_back(need(i));
        } else if (command == "import") {
            if (sourceGiven)
                throw Refusal("tokenizer import: one SOURCE only (got another: " + a + ")");
            sourceGiven = true;
            out.insert(out.end(), {"--source", a});
        } else {
            out.insert(out.end(), {"--files", absolute(a)}); // a corpus file
        }
    }
    if (command == "compare" && tokenizers != 2)
        throw Refusal("tokenizer compare needs two tokenizers: --tokenizer A --tokenizer B");
    resolveProjectTokenizers(out);
    return out;
}

int encodeCommand(const std::vector<std::string>& args)
{
    std::string tokenizerPath, text;
    bool haveText = false, asJson = false, addSpecial = false;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if ((a == "--tokenizer" || a == "--text") && i + 1 >= args.size())
            throw Refusal("tokenizer encode: " + a + " needs a value");
        if (a == "--tokenizer") {
            tokenizerPath = args[++i];
        } else if (a == "--text") {
            text = args[++i];
            haveText = true;
        } else if (a == "--json") {
            asJson = true;
        } else if (a == "--add-special") {
            addSpecial = true;
        } else {
            throw Refusal("tokenizer encode: unexpected argument " + a +
                          " (usage: tokenizer encode --tokenizer PATH --text TEXT [--add-special] [--json])");
        }
    }
    if (tokenizerPath.empty() || !haveText)
        throw Refusal("tokenizer encode needs --tokenizer PATH and --text TEXT");
    std::unique_ptr<tokenize::Tokenizer> tokenizer;
    try {
        tokenizer = tokenize::Tokenizer::open(tokenizerPath);
    } catch (const tokenize::TokenizerError& error) {
        std::cerr << "adaptlab-cli: " << error.what() << "\n";
        return 1;
    }
    const std::vector<int32_t> ids = addSpecial ? tokenizer->encodeWithSpecial(text) : tokenizer->encode(text);
    std::vector<std::string> pieces;
    pieces.reserve(ids.size());
    for (const int32_t id : ids)
        pieces.push_back(tokenizer->idToPiece(id));
    if (asJson) {
        // Pieces of byte-level tokenizers may hold bytes that are not UTF-8 on their own; replace
        // them rather than fail the dump.
        std::cout << json{{"ids", ids}, {"pieces", pieces}}.dump(-1, ' ', false, json::error_handler_t::replace) << "\n";
    } else {
        for (size_t k = 0; k < ids.size(); ++k)
            std::cout << ids[k] << "\t" << pieces[k] << "\n";
    }
    return 0;
}

} // namespace

int tokenizerCommand(std::vector<std::string> args)
{
    if (args.empty() || args[0] == "--help" || args[0] == "-h") // the usage, then each job command's flags
        return jobGroupCommand("tokenizer", kTokenizerUsage, args.empty() ? args : std::vector<std::string>{"--help"});
    const std::string command = args[0];
    args.erase(args.begin());
    try {
        if (command == "encode")
            return encodeCommand(args);
        if (command != "compare" && jobs::kindOfCliCommand("tokenizer", command).empty()) {
            std::cerr << "adaptlab-cli: unknown tokenizer command: " << command << "\n\n" << kTokenizerUsage;
            return 2;
        }
        if (!args.empty() && (args[0] == "--help" || args[0] == "-h"))
            return jobGroupCommand("tokenizer", kTokenizerUsage, {"--help"});
        return jobGroupCommand("tokenizer", kTokenizerUsage, jobArguments(command, args));
    } catch (const Refusal& refusal) {
        std::cerr << "adaptlab-cli: " << refusal.what() << "\n";
        return 2;
    }
}

// With --project, a tokenizer may be named as the project knows it: a path inside the project
// ("tokenizers/base") or the name of a folder or model in its tokenizers/ ("base"). A path that
// exists from the current folder keeps meaning that.
void resolveProjectTokenizers(std::vector<std::string>& args)
{
    const auto project = std::find(args.begin(), args.end(), "--project");
    if (project == args.end() || project + 1 == args.end())
        return;
    const fs::path root = *(project + 1);
    for (size_t i = 0; i + 1 < args.size(); ++i) {
        if (args[i] != "--tokenizer" && args[i] != "--compare-tokenizer")
            continue;
        const fs::path given = args[i + 1];
        std::error_code ec;
        if (given.is_absolute() || fs::exists(given, ec))
            continue;
        for (const fs::path& candidate : {root / given, root / "tokenizers" / given, root / "tokenizers" / (args[i + 1] + ".model")}) {
            if (fs::exists(candidate, ec)) {
                args[i + 1] = fs::absolute(candidate).string();
                break;
            }
        }
    }
}

} // namespace adaptlab::cli
