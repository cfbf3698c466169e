#include "jobs/param_schema.h"

#include "corpus/quality_signals.h"
#include "jobs/job_context.h"
#include "jobs/job_registry.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace adaptlab::jobs {

using nlohmann::json;

std::string_view toString(ParamType type)
{
    switch (type) {
    case ParamType::Integer: return "integer";
    case ParamType::Number: return "number";
    case ParamType::Boolean: return "boolean";
    case ParamType::String: return "string";
    case ParamType::StringList: return "string_list";
    case ParamType::Choice: return "choice";
    case ParamType::Object: return "object";
    case ParamType::PathRead: return "path_read";
    case ParamType::PathWritten: return "path_written";
    }
    return "string";
}

std::string ParamSpec::flagName() const
{
    if (!flag.empty())
        return flag;
    if (key.size() == 1)
        return "-" + key;
    std::string out = "--" + key;
    for (char& c : out)
        if (c == '_')
            c = '-';
    return out;
}

std::string ParamSpec::negatedFlagName() const
{
    const std::string name = flagName();
    return name.starts_with("--") ? "--no-" + name.substr(2) : name;
}

json toJson(const ParamSpec& spec)
{
    json out = {{"key", spec.key},
                {"type", toString(spec.type)},
                {"default", spec.defaultValue},
                {"min", spec.min},
                {"max", spec.max},
                {"choices", spec.choices},
                {"unit", spec.unit},
                {"explanation", spec.explanation},
                {"advanced", spec.advanced},
                {"required", spec.required},
                {"flag", spec.cliFlag ? json(spec.flagName()) : json()}};
    if (spec.minExclusive)
        out["min_exclusive"] = true;
    return out;
}

json kindSchemaJson(const JobKind& kind)
{
    json params = json::array();
    for (const ParamSpec& spec : kind.params)
        params.push_back(toJson(spec));
    const auto command = cliCommandOf(kind.name);
    std::string joined;
    for (const std::string& word : command)
        joined += (joined.empty() ? "" : " ") + word;
    // "kind" is what `jobs --json` printed before the schema; kept for the scripts that read it.
    return {{"name", kind.name},
            {"kind", kind.name},
            {"description", kind.description},
            {"command", command.empty() ? json() : json(joined)},
            {"params", params}};
}

namespace {

std::string field(const std::string& key) { return "params." + key; }

// 0 and 1 rather than 0.0 and 1.0: the message reads like the range, not like a float.
std::string numberText(const json& value)
{
    if (value.is_number_float()) {
        const double v = value.get<double>();
        if (std::nearbyint(v) == v && std::abs(v) < 1e15)
            return std::to_string(static_cast<int64_t>(v));
    }
    return value.dump();
}

// "must be an integer from 1 to 512", "must be a number above 0 and at most 1", ...
std::string rangeText(const ParamSpec& spec)
{
    const std::string what = spec.type == ParamType::Integer ? "an integer" : "a number";
    const bool hasMin = !spec.min.is_null();
    const bool hasMax = !spec.max.is_null();
    if (hasMin && hasMax && !spec.minExclusive)
        return "must be " + what + " from " + numberText(spec.min) + " to " + numberText(spec.max);
    std::string out = "must be " + what;
    if (hasMin)
        out += (spec.minExclusive ? " above " : " of at least ") + numberText(spec.min);
    if (hasMax)
        out += std::string(hasMin ? " and" : "") + " at most " + numberText(spec.max);
    return out;
}

std::optional<std::string> stringProblem(const json& value)
{
    if (!value.is_string() || value.get_ref<const std::string&>().empty())
        return std::string("must be a non-empty string");
    if (value.get_ref<const std::string&>().find('\0') != std::string::npos)
        return std::string("must not hold a NUL byte (\\u0000)");
    return std::nullopt;
}

void checkValue(const ParamSpec& spec, const json& value, std::vector<SpecProblem>& problems)
{
    const std::string at = field(spec.key);
    switch (spec.type) {
    case ParamType::Integer: {
        // An integer beyond 64 bits reaches us as an unsigned above INT64_MAX or as a whole float
        // (the parser's fallback): too large, not "not an integer".
        const bool hugeUnsigned = value.is_number_unsigned() && value.get<uint64_t>() > uint64_t(INT64_MAX);
        const bool hugeWhole = value.is_number_float() && std::abs(value.get<double>()) >= 9.2233720368547758e18 &&
                               std::nearbyint(value.get<double>()) == value.get<double>();
        if (hugeUnsigned || hugeWhole) {
            problems.push_back({at, rangeText(spec) + " (" + value.dump() + " is out of range)"});
            return;
        }
        if (!value.is_number_integer()) {
            problems.push_back({at, rangeText(spec)});
            return;
        }
        const int64_t v = value.get<int64_t>();
        if ((!spec.min.is_null() && (spec.minExclusive ? v <= spec.min.get<int64_t>() : v < spec.min.get<int64_t>())) ||
            (!spec.max.is_null() && v > spec.max.get<int64_t>()))
            problems.push_back({at, rangeText(spec)});
        return;
    }
    case ParamType::Number: {
        if (!value.is_number()) {
            problems.push_back({at, rangeText(spec)});
            return;
        }
        const double v = value.get<double>();
        const bool belowMin = !spec.min.is_null() &&
                              (spec.minExclusive ? !(v > spec.min.get<double>()) : !(v >= spec.min.get<double>()));
        const bool aboveMax = !spec.max.is_null() && !(v <= spec.max.get<double>());
        if (belowMin || aboveMax || !std::isfinite(v))
            problems.push_back({at, rangeText(spec)});
        return;
    }
    case ParamType::Boolean:
        if (!value.is_boolean())
            problems.push_back({at, "must be true or false"});
        return;
    case ParamType::String:
    case ParamType::PathRead:
    case ParamType::PathWritten:
        if (const auto problem = stringProblem(value))
            problems.push_back({at, *problem});
        return;
    case ParamType::StringList:
        if (!value.is_array()) {
            problems.push_back({at, "must be a list of strings"});
            return;
        }
        if (value.empty() && !spec.emptyListAllowed) {
            problems.push_back({at, "is an empty list: name at least one entry, or leave the key out"});
            return;
        }
        for (size_t i = 0; i < value.size(); ++i) {
            if (const auto problem = stringProblem(value[i])) {
                problems.push_back({at + "[" + std::to_string(i) + "]", *problem});
                return;
            }
        }
        return;
    case ParamType::Choice: {
        if (value.is_string())
            for (const std::string& choice : spec.choices)
                if (value.get_ref<const std::string&>() == choice)
                    return;
        std::string list;
        for (const std::string& choice : spec.choices)
            list += (list.empty() ? "" : ", ") + choice;
        problems.push_back({at, "must be one of: " + list});
        return;
    }
    case ParamType::Object:
        return; // the kind's validate checks its shape
    }
}

} // namespace

void validateParams(const JobKind& kind, const json& params, std::vector<SpecProblem>& problems)
{
    if (!params.is_object()) {
        problems.push_back({"params", "must be a JSON object"});
        return;
    }
    // A misspelt key is usually why a required one is "missing": unknown keys come first.
    checkKnownParams(kind, params, problems);
    for (const ParamSpec& spec : kind.params) {
        const auto it = params.find(spec.key);
        if (it == params.end()) {
            if (spec.required)
                problems.push_back({field(spec.key), "is required"});
            continue;
        }
        checkValue(spec, *it, problems);
    }
}

const json& paramOr(const JobKind& kind, const json& params, const std::string& key)
{
    const ParamSpec* spec = kind.param(key);
    if (!spec)
        throw Error("job kind " + kind.name + " has no param \"" + key + "\"");
    if (const auto it = params.find(key); it != params.end())
        return *it;
    if (spec->defaultValue.is_null())
        throw SpecError(field(key), "is required");
    return spec->defaultValue;
}

const json& paramOr(const JobContext& context, const std::string& key)
{
    const JobKind* kind = findJobKind(context.spec().kind);
    if (!kind)
        throw Error("unknown job kind " + context.spec().kind);
    return paramOr(*kind, context.params(), key);
}

namespace {

struct CliCommand {
    const char* kind;
    const char* group;
    const char* command;
};

constexpr CliCommand kCliCommands[] = {{"corpus_inspect", "corpus", "inspect"},
                                       {"corpus_filter", "corpus", "filter"},
                                       {"corpus_dedup", "corpus", "dedup"},
                                       {"corpus_select", "corpus", "select"},
                                       {"corpus_sample", "corpus", "sample"},
                                       {"build_shards", "shards", "build"},
                                       {"train_tokenizer", "tokenizer", "train"},
                                       {"tokenizer_fertility", "tokenizer", "fertility"},
                                       {"tokenizer_import", "tokenizer", "import"}};

bool sameValue(const json& a, const json& b)
{
    if (a.is_number() && b.is_number())
        return a.get<double>() == b.get<double>();
    return a == b;
}

std::string scalarText(const json& value)
{
    if (value.is_string())
        return value.get<std::string>();
    return value.dump();
}

} // namespace

std::vector<std::string> cliCommandOf(const std::string& kind)
{
    for (const CliCommand& c : kCliCommands)
        if (kind == c.kind)
            return {c.group, c.command};
    return {};
}

std::string kindOfCliCommand(const std::string& group, const std::string& command)
{
    for (const CliCommand& c : kCliCommands)
        if (group == c.group && command == c.command)
            return c.kind;
    return {};
}

std::vector<std::string> cliArguments(const json& spec)
{
    if (!spec.is_object() || !spec.contains("kind") || !spec["kind"].is_string())
        return {};
    const std::string kindName = spec["kind"].get<std::string>();
    const JobKind* kind = findJobKind(kindName);
    std::vector<std::string> args = cliCommandOf(kindName);
    if (!kind || args.empty())
        return {};
    if (spec.contains("project") && spec["project"].is_string())
        args.insert(args.end(), {"--project", spec["project"].get<std::string>()});
    const json params = spec.value("params", json::object());
    if (!params.is_object())
        return {};
    // The corpus first (positional), as a person types it; --target reads a project dataset name
    // only after --project, as the CLI parses in order.
    if (params.contains("inputs") && params["inputs"].is_array())
        for (const auto& input : params["inputs"])
            args.push_back(scalarText(input));
    for (const auto& [key, value] : params.items()) {
        const ParamSpec* p = kind->param(key);
        if (!p)
            return {};
        if (!p->defaultValue.is_null() && sameValue(value, p->defaultValue))
            continue;
        if (key == "inputs" && value.is_array())
            continue; // above
        if (key == "target" && value.is_string()) {
            args.insert(args.end(), {"--target", value.get<std::string>()});
            continue;
        }
        if (key == "target_inputs" && value.is_array() && value.size() == 1) {
            args.insert(args.end(), {"--target", scalarText(value[0])});
            continue;
        }
        if (key == "rules" && value.is_array()) {
            // Only what differs from the default rules; --rule, --disable and --enable apply in order.
            const auto defaults = corpus::defaultQualityRules();
            for (const auto& rule : value) {
                if (!rule.is_object() || !rule.contains("key") || !rule["key"].is_string())
                    return {};
                const std::string ruleKey = rule["key"].get<std::string>();
                const auto base = std::find_if(defaults.begin(), defaults.end(),
                                               [&](const corpus::QualityRule& r) { return r.key == ruleKey; });
                if (base == defaults.end())
                    return {};
                if (rule.contains("threshold") && !sameValue(rule["threshold"], base->threshold))
                    args.insert(args.end(), {"--rule", ruleKey + "=" + scalarText(rule["threshold"])});
                if (rule.contains("enabled") && rule["enabled"].is_boolean() && rule["enabled"] != base->enabled)
                    args.insert(args.end(), {rule["enabled"].get<bool>() ? "--enable" : "--disable", ruleKey});
            }
            continue;
        }
        if (!p->cliFlag)
            return {};
        if (p->type == ParamType::Boolean) {
            if (!value.is_boolean())
                return {};
            args.push_back(value.get<bool>() ? p->flagName() : p->negatedFlagName());
            continue;
        }
        if (p->type == ParamType::StringList) {
            if (!value.is_array())
                return {};
            for (const auto& entry : value)
                args.insert(args.end(), {p->flagName(), scalarText(entry)});
            continue;
        }
        if (p->type == ParamType::Object)
            return {};
        args.insert(args.end(), {p->flagName(), scalarText(value)});
    }
    return args;
}

std::string shellQuoted(const std::string& word)
{
    if (!word.empty() && word.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
                                                "-_./=:+,@%") == std::string::npos)
        return word;
    std::string out = "'";
    for (const char c : word) {
        if (c == '\'')
            out += "'\\''";
        else
            out += c;
    }
    return out + "'";
}

} // namespace adaptlab::jobs
