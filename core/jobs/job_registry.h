// The job kinds `adaptlab-cli run` knows. Each kind has its parameter schema (param_schema.h:
// every key with type, default, range, explanation), which validates them naming the field; its own
// validate adds the rules across fields. It checks the project before a run exists (preflight) and runs with a
// JobContext. Adding a kind = one file with its params, validate, preflight and run functions, and
// one line in job_registry.cpp.
#pragma once

#include "jobs/job_spec.h"
#include "jobs/param_schema.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <string>
#include <vector>

namespace adaptlab::store { class ProjectStore; }

namespace adaptlab::jobs {

class JobContext;

struct JobKind {
    std::string name;
    std::string description;
    // Every key "params" may hold, in the order forms and `jobs` show them; validateSpec refuses
    // the others (with a suggestion). PathWritten params are kept inside the project (job_context.h).
    std::vector<ParamSpec> params;
    // The rules across params (one of two keys, a name rule); runs after validateParams has checked
    // each param alone, so it may rely on the types of the params present. Appends a problem per
    // bad param; field names are relative to "params".
    std::function<void(const nlohmann::json& params, std::vector<SpecProblem>& problems)> validate;
    // Checks a valid spec against the world before any run row or run folder exists: datasets that
    // must exist, outputs that must not. `store` is null without a project. Appends problems (each
    // a refusal, exit 2); the job checks again at run time, where a change in between is a failure.
    std::function<void(const JobSpec& spec, const store::ProjectStore* store, std::vector<SpecProblem>& problems)>
        preflight;
    // Does the work; returns the result object. Throws on failure, JobStopped when stopped.
    std::function<nlohmann::json(JobContext& context)> run;

    const ParamSpec* param(const std::string& key) const;
};

const std::vector<JobKind>& jobKinds();
const JobKind* findJobKind(const std::string& name);

// The params every corpus reader understands (reader_options_json.h: text_field, glob, ...), for
// the kinds that read files with a mapping.
std::vector<ParamSpec> readerOptionParams();
// Problems for the keys of `params` that `kind` does not know: "unknown parameter", with the
// closest known name when one is a likely typo.
void checkKnownParams(const JobKind& kind, const nlohmann::json& params, std::vector<SpecProblem>& problems);
// The known name closest to `key` by edit distance (letters swapped count once), when close
// enough to be a typo of it; empty otherwise.
std::string closestName(const std::string& key, const std::vector<std::string>& names);

// The kinds (one file each).
JobKind scanDatasetKind();
JobKind trainTokenizerKind();
JobKind corpusInspectKind();
JobKind corpusFilterKind();
JobKind corpusDedupKind();
JobKind corpusSelectKind();
JobKind corpusSampleKind();
JobKind buildShardsKind();
JobKind tokenizerFertilityKind();
JobKind tokenizerImportKind();
JobKind trainKind();
JobKind clusterKind();     // cluster_job.cpp (issue 12): embed + k-means
JobKind clusterSaveKind(); // cluster_job.cpp: chosen clusters as datasets

} // namespace adaptlab::jobs
