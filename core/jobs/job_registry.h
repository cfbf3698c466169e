// The job kinds `adaptlab-cli run` knows. Each kind validates its own params (naming the field)
// and runs with a JobContext. Adding a kind = one file with a validate and a run function, and one
// line in job_registry.cpp.
#pragma once

#include "jobs/job_spec.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <string>
#include <vector>

namespace adaptlab::jobs {

class JobContext;

struct JobKind {
    std::string name;
    std::string description;
    // Appends a problem per bad param; field names are relative to "params".
    std::function<void(const nlohmann::json& params, std::vector<SpecProblem>& problems)> validate;
    // Does the work; returns the result object. Throws on failure, JobStopped when stopped.
    std::function<nlohmann::json(JobContext& context)> run;
};

const std::vector<JobKind>& jobKinds();
const JobKind* findJobKind(const std::string& name);

// Small checkers for validate functions: each returns true when the field is fine.
bool checkString(const nlohmann::json& params, const char* key, bool required,
                 std::vector<SpecProblem>& problems);
bool checkInteger(const nlohmann::json& params, const char* key, bool required, int64_t min, int64_t max,
                  std::vector<SpecProblem>& problems);
bool checkNumber(const nlohmann::json& params, const char* key, bool required, double min, double max,
                 std::vector<SpecProblem>& problems);
bool checkChoice(const nlohmann::json& params, const char* key, const std::vector<std::string>& choices,
                 std::vector<SpecProblem>& problems);
bool checkStringList(const nlohmann::json& params, const char* key, bool required,
                     std::vector<SpecProblem>& problems);
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
