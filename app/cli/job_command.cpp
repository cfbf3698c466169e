// `adaptlab-cli <group> <command> ...` for the job kinds a group holds (corpus, tokenizer,
// shards): the command line becomes a job spec through the kind's parameter schema (every flag is a
// param, converted by its type; unknown flags refused by name), and the spec runs in this process,
// printing its JSON-lines events, or with --json only the final result.
#include "job_command.h"

#include "common/error.h"
#include "jobs/job_context.h"
#include "jobs/job_registry.h"
#include "jobs/param_schema.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace adaptlab::cli {

using nlohmann::json;

namespace {

// A command line refused before any job started (exit 2, like a refused spec).
class CliRefusal : public Error {
public:
    using Error::Error;
};

std::string typeHint(const jobs::ParamSpec& p)
{
    switch (p.type) {
    case jobs::ParamType::Integer: return "N";
    case jobs::ParamType::Number: return "X";
    case jobs::ParamType::Choice: {
        std::string out;
        for (const auto& c : p.choices)
            out += (out.empty() ? "" : "|") + c;
        return out;
    }
    case jobs::ParamType::PathRead:
    case jobs::ParamType::PathWritten: return "PATH";
    case jobs::ParamType::StringList: return "VALUE (repeatable)";
    default: return "VALUE";
    }
}

void printGroupUsage(const std::string& group, const char* usage)
{
    std::cout << usage;
    for (const auto& kind : jobs::jobKinds()) {
        const auto command = jobs::cliCommandOf(kind.name);
        if (command.size() != 2 || command[0] != group)
            continue;
        std::cout << "\n" << command[1] << ": " << kind.description << "\n";
        for (const auto& p : kind.params) {
            if (!p.cliFlag)
                continue;
            std::string flag = p.type != jobs::ParamType::Boolean ? p.flagName() + " " + typeHint(p)
                : p.defaultValue == true ? p.flagName() + ", " + p.negatedFlagName()
                                         : p.flagName();
            std::string line = "  " + flag;
            line.resize(std::max<size_t>(line.size() + 1, 34), ' ');
            line += p.explanation;
            if (p.defaultValue == true)
                line += " (default on)";
            else if (!p.defaultValue.is_null() && p.type != jobs::ParamType::Boolean)
                line += " (default " + (p.defaultValue.is_string() ? p.defaultValue.get<std::string>() : p.defaultValue.dump()) + ")";
            if (p.required)
                line += " (required)";
            std::cout << line << "\n";
        }
    }
}

// Builds the job spec of a `corpus` subcommand from its command line: every flag is a param of
// the kind's schema (param_schema.h), converted by its type; unknown flags are refused by name.
nlohmann::json jobSpecFromCommandLine(const std::string& group, const std::string& command, std::vector<std::string> args, bool& asJson)
{
    const std::string kindName = jobs::kindOfCliCommand(group, command);
    const jobs::JobKind& kind = *jobs::findJobKind(kindName);
    json params = json::object();
    json spec = {{"version", 1}};
    std::vector<std::string> inputs;
    json rules = json::array();
    const std::string where = group + " " + command + ": ";
    auto need = [&](size_t& i, const std::string& flag) {
        if (i + 1 >= args.size())
            throw CliRefusal(where + flag + " needs a value");
        return args[++i];
    };
    auto integer = [&](const std::string& flag, const std::string& text) {
        try {
            size_t used = 0;
            const long long value = std::stoll(text, &used);
            if (used != text.size())
                throw std::invalid_argument(text);
            return value;
        } catch (const std::exception&) {
            throw CliRefusal(where + flag + " needs an integer, not \"" + text + "\"");
        }
    };
    auto number = [&](const std::string& flag, const std::string& text) {
        try {
            size_t used = 0;
            const double value = std::stod(text, &used);
            if (used != text.size())
                throw std::invalid_argument(text);
            return value;
        } catch (const std::exception&) {
            throw CliRefusal(where + flag + " needs a number, not \"" + text + "\"");
        }
    };
    // Every flag the schema gives this kind, and the param it sets (booleans: --x true, --no-x false).
    std::map<std::string, std::pair<const jobs::ParamSpec*, bool>> flags;
    for (const jobs::ParamSpec& p : kind.params) {
        if (!p.cliFlag)
            continue;
        flags[p.flagName()] = {&p, true};
        if (p.key.size() == 1)
            flags["--" + p.key] = {&p, true}; // -k and --k
        if (p.type == jobs::ParamType::Boolean)
            flags[p.negatedFlagName()] = {&p, false};
    }
    std::vector<std::string> known = {"--json", "--project"};
    if (kindName == "corpus_select")
        known.insert(known.end(), {"--raw", "--target"});
    if (kindName == "corpus_filter")
        known.insert(known.end(), {"--rule", "--disable", "--enable"});
    for (const auto& [flag, target] : flags)
        known.push_back(flag);
    auto isSpecial = [&](const std::string& a) { return std::find(known.begin(), known.end(), a) != known.end() && !flags.count(a); };
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--json") {
            asJson = true;
        } else if (a == "--project") {
            spec["project"] = std::filesystem::absolute(need(i, a)).string();
        } else if (isSpecial(a) && a == "--raw") {
            inputs.push_back(need(i, a));
        } else if (isSpecial(a) && a == "--target") {
            const std::string target = need(i, a);
            if (spec.contains("project") && !std::filesystem::exists(target))
                params["target"] = target; // a project dataset name
            else
                params["target_inputs"] = json::array({std::filesystem::absolute(target).string()});
        } else if (isSpecial(a) && (a == "--disable" || a == "--enable")) {
            rules.push_back({{"key", need(i, a)}, {"enabled", a == "--enable"}});
        } else if (isSpecial(a) && a == "--rule") {
            const std::string rule = need(i, a);
            const size_t eq = rule.find('=');
            if (eq == std::string::npos)
                throw CliRefusal(where + "--rule needs KEY=THRESHOLD, not \"" + rule + "\"");
            rules.push_back({{"key", rule.substr(0, eq)}, {"threshold", number("--rule " + rule.substr(0, eq), rule.substr(eq + 1))}});
        } else if (const auto it = flags.find(a); it != flags.end()) {
            const jobs::ParamSpec& p = *it->second.first;
            switch (p.type) {
            case jobs::ParamType::Boolean: params[p.key] = it->second.second; break;
            case jobs::ParamType::Integer: params[p.key] = integer(a, need(i, a)); break;
            case jobs::ParamType::Number: params[p.key] = number(a, need(i, a)); break;
            case jobs::ParamType::PathRead:
            case jobs::ParamType::PathWritten: params[p.key] = std::filesystem::absolute(need(i, a)).string(); break;
            case jobs::ParamType::StringList:
                if (!params.contains(p.key))
                    params[p.key] = json::array();
                params[p.key].push_back(need(i, a));
                break;
            default: params[p.key] = need(i, a); break;
            }
        } else if (a.size() > 1 && a[0] == '-') {
            const std::string suggestion = jobs::closestName(a, known);
            throw CliRefusal(where + "unknown option " + a +
                             (suggestion.empty() ? " (adaptlab-cli " + group + " --help lists the options)"
                                                 : " (did you mean " + suggestion + "?)"));
        } else {
            inputs.push_back(a);
        }
    }
    if (!inputs.empty()) {
        json list = json::array();
        for (const auto& input : inputs)
            list.push_back(std::filesystem::absolute(input).string());
        params["inputs"] = list;
    }
    if (!rules.empty())
        params["rules"] = rules;
    spec["kind"] = kindName;
    spec["params"] = params;
    return spec;
}

} // namespace

int jobGroupCommand(const std::string& group, const char* usage, std::vector<std::string> args)
{
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        printGroupUsage(group, usage);
        return args.empty() ? 2 : 0;
    }
    const std::string command = args[0];
    if (jobs::kindOfCliCommand(group, command).empty()) {
        std::cerr << "adaptlab-cli: unknown " << group << " command: " << command << "\n\n";
        printGroupUsage(group, usage);
        return 2;
    }
    args.erase(args.begin());
    bool asJson = false;
    json spec;
    try {
        spec = jobSpecFromCommandLine(group, command, args, asJson);
    } catch (const CliRefusal& refusal) {
        std::cerr << "adaptlab-cli: " << refusal.what() << "\n";
        return 2;
    }
    jobs::installStopSignalHandlers();
    std::mutex outMutex;
    json result;
    std::string failure;
    // The paths in this spec come from the user's own command line (made absolute above), so they
    // may lie outside the project; a spec file run by `run` gets no such permission.
    jobs::ExecuteOptions options;
    options.allowOutsidePaths = true;
    const int code = jobs::executeSpecText(spec.dump(), std::filesystem::current_path(), [&](const jobs::JobEvent& event) {
        std::lock_guard lock(outMutex);
        if (event.type == jobs::JobEvent::Type::Done)
            result = json::parse(event.resultJson);
        if (event.type == jobs::JobEvent::Type::Error)
            failure = event.field.empty() ? event.message : event.field + ": " + event.message;
        if (asJson) {
            if (event.type == jobs::JobEvent::Type::Error)
                std::cerr << "adaptlab-cli: " << failure << "\n";
            return;
        }
        const std::string line = jobs::toJsonLine(event) + "\n";
        std::fwrite(line.data(), 1, line.size(), stdout);
        std::fflush(stdout);
    }, options);
    if (asJson && code == jobs::kExitDone)
        std::cout << result.dump() << "\n";
    return code;
}

} // namespace adaptlab::cli
