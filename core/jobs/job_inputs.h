// Corpus inputs named by a job's params: project datasets by name ("datasets": [...]) and plain
// files ("files": [...]), each with the text field to read. Also how any part of the app finds a
// project dataset's files again (datasetFiles).
#pragma once

#include "corpus/corpus_reader.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace adaptlab::store {
class ProjectStore;
struct DatasetRecord;
}

namespace adaptlab::jobs {

// What a project dataset reads: its path (a file, or a folder read with the import's glob), or the
// several files chosen on import ("files" in its mapping, project-relative like the path), and how
// (its import mapping, reader_options_json.h; the text field from its own column when the mapping
// has none). Throws Error when the mapping has a bad value.
struct DatasetFiles {
    std::vector<std::filesystem::path> inputs;
    corpus::ReaderOptions options;
};
DatasetFiles datasetFiles(const store::ProjectStore& store, const store::DatasetRecord& dataset);
// The several files of a dataset as its mapping lists them (project-relative); empty when it reads
// its path alone. Throws Error when "files" is not a list of paths.
std::vector<std::string> datasetFileList(const store::DatasetRecord& dataset);
// The "files" entry of a mapping for several files (empty list: none, the dataset's path is read).
void setDatasetFileList(nlohmann::json& mapping, const std::vector<std::string>& projectRelativeFiles);

// The file a project dataset keeps in the project's datasets/ folder: <name><extension>
// ("general" + ".signals"). Every job that turns a dataset name into a file name goes through here.
// Throws Error when the name breaks the dataset-name rule (store/dataset_name.h), as a name in a
// store from before the rule can: such a name never builds a path.
std::filesystem::path datasetFilePath(const store::ProjectStore& store, const std::string& name,
                                      const std::string& extension);

class JobContext;
struct JobSpec;
struct SpecProblem;
struct ParamSpec;

struct CorpusInput {
    std::string name;                  // dataset name or file name
    std::vector<std::filesystem::path> paths; // files or folders, read as one corpus
    corpus::ReaderOptions options; // a dataset's import mapping; for files the text field, a document per line
    std::optional<int64_t> datasetId;  // set for project datasets
};

// The param names that list inputs: project dataset names, files, and (optionally) one file.
struct InputKeys {
    const char* datasets = "datasets";
    const char* files = "files";
    const char* path = "path"; // nullptr = no single-file shorthand
};

// The schema entries of the inputs (job kinds list them with their own params); with `required`
// a list given must not be empty (without, an empty list means none).
std::vector<ParamSpec> corpusInputParams(InputKeys keys = {}, bool required = true);
// With `required`, at least one input must be named (the schema checks each list alone).
void validateCorpusInputs(const nlohmann::json& params, std::vector<SpecProblem>& problems,
                          InputKeys keys = {}, bool required = true);
// Before a run exists: the datasets named must exist in the project (and a project must be given).
void preflightCorpusInputs(const nlohmann::json& params, const store::ProjectStore* store,
                           std::vector<SpecProblem>& problems, InputKeys keys = {});
// The problem with naming project dataset `name` in params.<key>, if any: no project, no such
// dataset, or (with `buildsPaths`, for jobs that write files named after it) a name that breaks the
// dataset-name rule.
std::optional<std::string> datasetReferenceProblem(const store::ProjectStore* store, const std::string& name,
                                                   bool buildsPaths);
// Resolves them; throws Error naming the dataset or file that does not exist.
std::vector<CorpusInput> resolveCorpusInputs(const JobContext& context, InputKeys keys = {});

// A device param's value: "auto", "cpu", "cuda" or "cuda:N" (N a device index of up to three
// digits). What the train and cluster kinds accept.
bool isDeviceName(const std::string& text);

} // namespace adaptlab::jobs
