// The job kinds `adaptlab-cli run` knows. Each kind lists the params it knows, validates them
// (naming the field), checks the project before a run exists (preflight) and runs with a
// JobContext. Adding a kind = one file with its params, validate, preflight and run functions, and
// one line in job_registry.cpp.
#pragma once

#include "jobs/job_spec.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <string>
#include <vector>

namespace adaptlab::store { class ProjectStore; }

namespace adaptlab::jobs {

class JobContext;

// One param a kind knows, and what the job does with its value. A later issue grows this into a
// full parameter schema (type, range, default); for now it tells a typo from a param and marks the
// paths a job writes, which the executor keeps inside the project (job_context.h).
struct ParamInfo {
    enum class Use {
        Setting,     // a value the job reads
        WrittenPath, // a file or folder the job creates or overwrites
    };
    std::string name;
    Use use = Use::Setting;
};

struct JobKind {
    std::string name;
    std::string description;
    // Every key "params" may hold; validateSpec refuses the others (with a suggestion).
    std::vector<ParamInfo> params;
    // Appends a problem per bad param; field names are relative to "params".
    std::function<void(const nlohmann::json& params, std::vector<SpecProblem>& problems)> validate;
    // Checks a valid spec against the world before any run row or run folder exists: datasets that
    // must exist, outputs that must not. `store` is null without a project. Appends problems (each
    // a refusal, exit 2); the job checks again at run time, where a change in between is a failure.
    std::function<void(const JobSpec& spec, const store::ProjectStore* store, std::vector<SpecProblem>& problems)>
        preflight;
    // Does the work; returns the result object. Throws on failure, JobStopped when stopped.
    std::function<nlohmann::json(JobContext& context)> run;

    const ParamInfo* param(const std::string& key) const;
};

const std::vector<JobKind>& jobKinds();
const JobKind* findJobKind(const std::string& name);

// The params every corpus reader understands (reader_options_json.h: text_field, glob, ...), for
// the kinds that read files with a mapping.
std::vector<ParamInfo> readerOptionParams();
// Problems for the keys of `params` that `kind` does not know: "unknown parameter", with the
// closest known name when one is a likely typo.
void checkKnownParams(const JobKind& kind, const nlohmann::json& params, std::vector<SpecProblem>& problems);
// The known name closest to `key` by edit distance (letters swapped count once), when close
// enough to be a typo of it; empty otherwise.
std::string closestName(const std::string& key, const std::vector<std::string>& names);

// Small checkers for validate functions: each returns true when the field is fine. Strings (and
// list entries) must be non-empty and hold no NUL byte: a NUL would silently cut a path.
bool checkString(const nlohmann::json& params, const char* key, bool required,
                 std::vector<SpecProblem>& problems);
bool checkInteger(const nlohmann::json& params, const char* key, bool required, int64_t min, int64_t max,
                  std::vector<SpecProblem>& problems);
bool checkNumber(const nlohmann::json& params, const char* key, bool required, double min, double max,
                 std::vector<SpecProblem>& problems);
bool checkChoice(const nlohmann::json& params, const char* key, const std::vector<std::string>& choices,
                 std::vector<SpecProblem>& problems);
// With `required`, the key must be present and the list must hold at least one entry; an empty
// list given where a corpus is named is refused either way (pass nonEmpty = false where an empty
// list means "none").
bool checkStringList(const nlohmann::json& params, const char* key, bool required,
                     std::vector<SpecProblem>& problems, bool nonEmpty = true);
bool checkBool(const nlohmann::json& params, const char* key, std::vector<SpecProblem>& problems);

// The kinds (one file each).
JobKind scanDatasetKind();
JobKind trainTokenizerKind();
JobKind corpusInspectKind();
JobKind corpusFilterKind();
JobKind corpusDedupKind();
JobKind corpusSelectKind();
JobKind corpusSampleKind();

} // namespace adaptlab::jobs
