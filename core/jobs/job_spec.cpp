#include "jobs/job_spec.h"

#include "jobs/job_registry.h"

#include <fstream>
#include <sstream>

namespace adaptlab::jobs {

using nlohmann::json;

SpecError::SpecError(std::string field, const std::string& message)
    : Error(field.empty() ? message : field + ": " + message)
    , field_(std::move(field))
{
}

json JobSpec::toJson() const
{
    json j;
    j["version"] = version;
    j["kind"] = kind;
    if (!project.empty())
        j["project"] = project;
    if (runId)
        j["run_id"] = *runId;
    j["params"] = params;
    return j;
}

std::string JobSpec::toJsonText() const
{
    return toJson().dump(2);
}

std::vector<SpecProblem> validateSpec(const json& spec)
{
    std::vector<SpecProblem> problems;
    if (!spec.is_object()) {
        problems.push_back({"", "a job spec must be a JSON object"});
        return problems;
    }
    const auto version = spec.find("version");
    if (version == spec.end())
        problems.push_back({"version", "is required (this build reads version " + std::to_string(kSpecVersion) + ")"});
    else if (!version->is_number_integer())
        problems.push_back({"version", "must be an integer"});
    else if (version->get<int64_t>() != kSpecVersion)
        problems.push_back({"version", "is " + version->dump() + ", this build reads version " +
                                           std::to_string(kSpecVersion)});

    const JobKind* kind = nullptr;
    const auto kindIt = spec.find("kind");
    if (kindIt == spec.end()) {
        problems.push_back({"kind", "is required"});
    } else if (!kindIt->is_string()) {
        problems.push_back({"kind", "must be a string"});
    } else {
        kind = findJobKind(kindIt->get<std::string>());
        if (!kind) {
            std::string known;
            for (const JobKind& k : jobKinds())
                known += (known.empty() ? "" : ", ") + k.name;
            problems.push_back({"kind", "unknown job kind \"" + kindIt->get<std::string>() + "\" (known: " + known + ")"});
        }
    }
    const auto project = spec.find("project");
    if (project != spec.end() && (!project->is_string() || project->get<std::string>().empty()))
        problems.push_back({"project", "must be the path of a project folder"});
    const auto runId = spec.find("run_id");
    if (runId != spec.end()) {
        if (!runId->is_number_integer() || runId->get<int64_t>() <= 0)
            problems.push_back({"run_id", "must be a positive integer"});
        else if (project == spec.end())
            problems.push_back({"run_id", "needs \"project\": a run lives in a project"});
    }
    const auto params = spec.find("params");
    if (params != spec.end() && !params->is_object()) {
        problems.push_back({"params", "must be a JSON object"});
    } else if (kind) {
        kind->validate(params == spec.end() ? json::object() : *params, problems);
    }
    for (const auto& [key, value] : spec.items()) {
        if (key != "version" && key != "kind" && key != "project" && key != "run_id" && key != "params")
            problems.push_back({key, "is not a job spec field (expected version, kind, project, run_id, params)"});
    }
    return problems;
}

std::vector<SpecProblem> validateSpecText(const std::string& text)
{
    json spec;
    try {
        spec = json::parse(text);
    } catch (const json::parse_error& error) {
        return {{"", std::string("not valid JSON: ") + error.what()}};
    }
    return validateSpec(spec);
}

namespace {

JobSpec parseValidated(const std::string& text, const std::string& origin)
{
    const auto problems = validateSpecText(text);
    if (!problems.empty())
        throw SpecError(problems.front().field, problems.front().message + origin);
    const json j = json::parse(text);
    JobSpec spec;
    spec.version = j.at("version").get<int>();
    spec.kind = j.at("kind").get<std::string>();
    if (j.contains("project"))
        spec.project = j["project"].get<std::string>();
    if (j.contains("run_id"))
        spec.runId = j["run_id"].get<int64_t>();
    if (j.contains("params"))
        spec.params = j["params"];
    return spec;
}

} // namespace

JobSpec parseSpec(const std::string& text)
{
    return parseValidated(text, {});
}

JobSpec parseSpecFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw SpecError("", "cannot read the job spec " + path);
    std::ostringstream text;
    text << in.rdbuf();
    return parseValidated(text.str(), " (in " + path + ")");
}

} // namespace adaptlab::jobs
