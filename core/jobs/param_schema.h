// One parameter schema per job kind: every key a kind's "params" may hold, with its type, default,
// range or choices, unit, a one-line explanation and whether it is an advanced setting. The one
// table drives validation (validateParams, naming the field), the defaults at run time (param<T>),
// the CLI flags (`adaptlab-cli corpus ...`, cliArguments), `adaptlab-cli jobs --json` and the GUI
// forms (widgets/param_form.h). Rules that tie several params together stay in the kind's own
// validate function (job_registry.h).
#pragma once

#include "jobs/job_spec.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace adaptlab::jobs {

class JobContext;
struct JobKind;

enum class ParamType {
    Integer,
    Number,
    Boolean,
    String,      // non-empty, no NUL byte
    StringList,  // a list of such strings (files, dataset names, field names)
    Choice,      // one of `choices`
    Object,      // structured JSON whose shape the kind's validate checks (e.g. filter rules)
    PathRead,    // a file or folder the job reads
    PathWritten, // a file or folder the job creates or overwrites: kept inside the project
};

std::string_view toString(ParamType type); // "integer", "number", ..., "path_written"

struct ParamSpec {
    std::string key;
    ParamType type = ParamType::String;
    // Null: no default (the key is required when `required`, else optional and the job decides,
    // e.g. a threshold computed from other params).
    nlohmann::json defaultValue;
    // Inclusive bounds of Integer and Number params; null = unbounded (integers stay within int64).
    nlohmann::json min;
    nlohmann::json max;
    bool minExclusive = false; // "above min" (a similarity of 0 means nothing)
    std::vector<std::string> choices; // Choice
    std::string unit;                 // "words", "documents", "buckets", ...
    // One line in English, marked with QT_TRANSLATE_NOOP("JobParams", ...) where it is written; the
    // GUI shows QCoreApplication::translate("JobParams", explanation).
    const char* explanation = "";
    bool advanced = false;
    bool required = false;
    bool emptyListAllowed = false; // StringList: [] means "none" rather than a mistake
    // The command-line flag; empty = derived from the key ("--chunk-words", "-k" for one letter).
    std::string flag;
    // How the CLI takes it: false = the CLI spells it its own way (inputs are positional, rules
    // are --rule/--disable), and no flag is derived for it.
    bool cliFlag = true;

    std::string flagName() const;
    // "--no-noise" for a boolean that defaults to true.
    std::string negatedFlagName() const;
};

// The JSON `adaptlab-cli jobs --json` prints for one param / one kind.
nlohmann::json toJson(const ParamSpec& spec);
nlohmann::json kindSchemaJson(const JobKind& kind);

// Checks every key of `params` against the kind's schema: unknown keys (with the closest known
// name), types, ranges, choices, required keys. Problems name the field ("params.bands: must be an
// integer from 1 to 512"). Kind-specific rules across fields come after, in the kind's validate.
void validateParams(const JobKind& kind, const nlohmann::json& params, std::vector<SpecProblem>& problems);

// The value of params.<key>, or the schema's default. Throws Error when the kind has no such param
// or the param is absent and has no default (a programming error: validate guards the required).
const nlohmann::json& paramOr(const JobKind& kind, const nlohmann::json& params, const std::string& key);
const nlohmann::json& paramOr(const JobContext& context, const std::string& key);
template <typename T>
T param(const JobContext& context, const std::string& key)
{
    return paramOr(context, key).get<T>();
}

// The `adaptlab-cli` subcommand that runs a kind from flags ("corpus dedup" for corpus_dedup);
// empty for kinds that only run from a spec file.
std::vector<std::string> cliCommandOf(const std::string& kind);
std::string kindOfCliCommand(const std::string& group, const std::string& command); // "" when none
// The command line (without the program name) that runs `spec` from flags, every flag taken from
// the schema: what "Preview command" shows. Params equal to their default are left out. Empty
// when the kind has no subcommand or a param has no flag (run the spec file then).
std::vector<std::string> cliArguments(const nlohmann::json& spec);
// Quoted for a POSIX shell where needed.
std::string shellQuoted(const std::string& word);

} // namespace adaptlab::jobs
