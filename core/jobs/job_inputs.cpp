#include "jobs/job_inputs.h"

#include "common/translate_noop.h"
#include "jobs/param_schema.h"

#include "corpus/reader_options_json.h"

#include "jobs/job_context.h"
#include "jobs/job_registry.h"
#include "store/dataset_name.h"
#include "store/project_store.h"
#include "common/error.h"

namespace adaptlab::jobs {

using nlohmann::json;

namespace {

size_t listSize(const json& params, const char* key)
{
    return key && params.contains(key) && params[key].is_array() ? params[key].size() : 0;
}

} // namespace

namespace {

json datasetMapping(const store::DatasetRecord& dataset)
{
    json mapping = json::parse(dataset.metadataJson.empty() ? "{}" : dataset.metadataJson, nullptr,
                               /*allow_exceptions=*/false);
    return mapping.is_object() ? mapping : json::object();
}

} // namespace

std::vector<std::string> datasetFileList(const store::DatasetRecord& dataset)
{
    const json mapping = datasetMapping(dataset);
    std::vector<std::string> files;
    const auto list = mapping.find("files");
    if (list == mapping.end())
        return files;
    if (!list->is_array())
        throw Error("dataset \"" + dataset.name + "\": \"files\" must be a list of paths");
    for (const auto& file : *list) {
        if (!file.is_string())
            throw Error("dataset \"" + dataset.name + "\": \"files\" must be a list of paths");
        files.push_back(file.get<std::string>());
    }
    return files;
}

DatasetFiles datasetFiles(const store::ProjectStore& store, const store::DatasetRecord& dataset)
{
    json mapping = datasetMapping(dataset);
    // Older rows keep the text field only in their own column.
    if (!mapping.contains("text_field") && !dataset.textField.empty())
        mapping["text_field"] = dataset.textField;
    mapping.erase("files");
    DatasetFiles files;
    for (const std::string& file : datasetFileList(dataset))
        files.inputs.push_back(store.absolutePath(file));
    if (files.inputs.empty())
        files.inputs.push_back(store.absolutePath(dataset.path));
    files.options = corpus::readerOptionsFromJson(mapping);
    return files;
}

void setDatasetFileList(json& mapping, const std::vector<std::string>& projectRelativeFiles)
{
    if (projectRelativeFiles.size() > 1)
        mapping["files"] = projectRelativeFiles;
    else
        mapping.erase("files");
}

namespace {

// A name in quotes as JSON writes it, so that a line break or a NUL in it shows instead of
// breaking the message.
std::string quoted(const std::string& name)
{
    return json(name).dump(-1, ' ', false, json::error_handler_t::replace);
}

// Why a stored dataset's name cannot become a file name, if it cannot.
std::optional<std::string> unusableNameProblem(const std::string& name)
{
    if (const auto problem = store::datasetNameProblem(name))
        return "the dataset " + quoted(name) + " has a name no file may take (" + *problem +
               "); it was added before this rule existed: rename it";
    return std::nullopt;
}

} // namespace

std::filesystem::path datasetFilePath(const store::ProjectStore& store, const std::string& name,
                                      const std::string& extension)
{
    if (const auto problem = unusableNameProblem(name))
        throw Error(*problem);
    return store.root() / "datasets" / (name + extension);
}

std::optional<std::string> datasetReferenceProblem(const store::ProjectStore* store, const std::string& name,
                                                   bool buildsPaths)
{
    if (!store)
        return std::string("naming a dataset needs \"project\" in the spec");
    if (!store->datasetByName(name))
        return "no dataset named " + quoted(name) + " in the project " + store->root().string();
    return buildsPaths ? unusableNameProblem(name) : std::nullopt;
}

void preflightCorpusInputs(const json& params, const store::ProjectStore* store, std::vector<SpecProblem>& problems,
                           InputKeys keys)
{
    const auto list = params.find(keys.datasets);
    if (list == params.end())
        return;
    for (size_t i = 0; i < list->size(); ++i) {
        if (const auto problem = datasetReferenceProblem(store, (*list)[i].get<std::string>(), false))
            problems.push_back({std::string("params.") + keys.datasets + "[" + std::to_string(i) + "]", *problem});
    }
}

void validateCorpusInputs(const json& params, std::vector<SpecProblem>& problems, InputKeys keys, bool required)
{
    // Each list alone (strings, not empty) is the schema's; here only that one of them names a corpus.
    const size_t count = (keys.path && params.contains(keys.path) ? 1 : 0) + listSize(params, keys.datasets)
        + listSize(params, keys.files);
    if (required && count == 0)
        problems.push_back({std::string("params.") + keys.files,
                            std::string("name at least one input: params.") + keys.datasets +
                                " (project dataset names) or params." + keys.files + " (corpus files)"});
}

std::vector<ParamSpec> corpusInputParams(InputKeys keys, bool required)
{
    std::vector<ParamSpec> params = {
        {.key = keys.datasets, .type = ParamType::StringList,
         .explanation = required ? QT_TRANSLATE_NOOP("JobParams", "Project datasets to read, by name.")
                                 : QT_TRANSLATE_NOOP("JobParams", "Project datasets to measure on, by name (not trained on)."),
         .emptyListAllowed = !required},
        {.key = keys.files, .type = ParamType::StringList,
         .explanation = required ? QT_TRANSLATE_NOOP("JobParams", "Corpus files to read, each on its own.")
                                 : QT_TRANSLATE_NOOP("JobParams", "Corpus files to measure on (not trained on)."),
         .emptyListAllowed = !required}};
    if (keys.path)
        params.push_back({.key = keys.path, .type = ParamType::PathRead,
                          .explanation = QT_TRANSLATE_NOOP("JobParams", "One corpus file to read (the same as a single entry of files).")});
    return params;
}

std::vector<CorpusInput> resolveCorpusInputs(const JobContext& context, InputKeys keys)
{
    const json& params = context.params();
    const std::string defaultField = param<std::string>(context, "text_field");
    const std::string datasetsField = std::string("params.") + keys.datasets;
    std::vector<CorpusInput> inputs;
    for (const auto& name : params.value(keys.datasets, json::array())) {
        if (!context.store())
            throw SpecError(datasetsField, "naming datasets needs \"project\" in the spec");
        const auto dataset = context.store()->datasetByName(name.get<std::string>());
        if (!dataset)
            throw SpecError(datasetsField, "no dataset named \"" + name.get<std::string>() + "\" in the project");
        // Read it the way it was imported (files, text field, plain-text mode, glob), as the corpus
        // jobs do; an explicit params.text_field wins.
        DatasetFiles files = datasetFiles(*context.store(), *dataset);
        if (params.contains("text_field"))
            files.options.fields.textField = defaultField;
        inputs.push_back({dataset->name, std::move(files.inputs), std::move(files.options), dataset->id});
    }
    json files = params.value(keys.files, json::array());
    if (keys.path && params.contains(keys.path))
        files.push_back(params[keys.path]);
    for (const auto& file : files) {
        const std::filesystem::path path = context.resolvePath(file.get<std::string>());
        std::error_code ec;
        if (!std::filesystem::exists(path, ec))
            throw SpecError(std::string("params.") + keys.files, "the file " + path.string() + " does not exist");
        corpus::ReaderOptions options;
        options.fields.textField = defaultField;
        options.plainText = corpus::PlainTextMode::LinePerDocument;
        inputs.push_back({path.filename().string(), {path}, options, std::nullopt});
    }
    return inputs;
}

bool isDeviceName(const std::string& text)
{
    if (text == "auto" || text == "cpu" || text == "cuda")
        return true;
    return text.starts_with("cuda:") && text.size() > 5 && text.size() <= 8 &&
           text.find_first_not_of("0123456789", 5) == std::string::npos;
}

} // namespace adaptlab::jobs
