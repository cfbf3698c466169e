#include "jobs/job_inputs.h"

#include "jobs/job_context.h"
#include "jobs/job_registry.h"
#include "store/project_store.h"

namespace adaptlab::jobs {

using nlohmann::json;

void validateCorpusInputs(const json& params, std::vector<SpecProblem>& problems)
{
    const bool datasetsOk = checkStringList(params, "datasets", false, problems);
    const bool filesOk = checkStringList(params, "files", false, problems);
    const bool pathOk = checkString(params, "path", false, problems); // one file, shorthand for files
    checkString(params, "text_field", false, problems);
    const size_t count = (params.contains("path") ? 1 : 0) + (params.contains("datasets") && params["datasets"].is_array() ? params["datasets"].size() : 0)
        + (params.contains("files") && params["files"].is_array() ? params["files"].size() : 0);
    if (datasetsOk && filesOk && pathOk && count == 0)
        problems.push_back({"params.files", "name at least one input: params.datasets (project dataset names) "
                                            "or params.files (corpus files)"});
}

std::vector<CorpusInput> resolveCorpusInputs(const JobContext& context)
{
    const json& params = context.params();
    const std::string defaultField = params.value("text_field", std::string("text"));
    std::vector<CorpusInput> inputs;
    for (const auto& name : params.value("datasets", json::array())) {
        if (!context.store())
            throw SpecError("params.datasets", "naming datasets needs \"project\" in the spec");
        const auto dataset = context.store()->datasetByName(name.get<std::string>());
        if (!dataset)
            throw SpecError("params.datasets", "no dataset named \"" + name.get<std::string>() + "\" in the project");
        inputs.push_back({dataset->name, context.store()->absolutePath(dataset->path),
                          params.contains("text_field") ? defaultField : dataset->textField, dataset->id});
    }
    json files = params.value("files", json::array());
    if (params.contains("path"))
        files.push_back(params["path"]);
    for (const auto& file : files) {
        const std::filesystem::path path = context.resolvePath(file.get<std::string>());
        std::error_code ec;
        if (!std::filesystem::exists(path, ec))
            throw SpecError("params.files", "the file " + path.string() + " does not exist");
        inputs.push_back({path.filename().string(), path, defaultField, std::nullopt});
    }
    return inputs;
}

} // namespace adaptlab::jobs
