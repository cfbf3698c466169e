// Corpus inputs named by a job's params: project datasets by name ("datasets": [...]) and plain
// files ("files": [...]), each with the text field to read.
#pragma once

#include "corpus/corpus_reader.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace adaptlab::jobs {

class JobContext;
struct SpecProblem;

struct CorpusInput {
    std::string name;                  // dataset name or file name
    std::filesystem::path path;
    corpus::ReaderOptions options; // a dataset's import mapping; for files the text field, a document per line
    std::optional<int64_t> datasetId;  // set for project datasets
};

// The param names that list inputs: project dataset names, files, and (optionally) one file.
struct InputKeys {
    const char* datasets = "datasets";
    const char* files = "files";
    const char* path = "path"; // nullptr = no single-file shorthand
};

// Validates the inputs and "text_field"; with `required`, at least one input must be named.
void validateCorpusInputs(const nlohmann::json& params, std::vector<SpecProblem>& problems,
                          InputKeys keys = {}, bool required = true);
// Resolves them; throws Error naming the dataset or file that does not exist.
std::vector<CorpusInput> resolveCorpusInputs(const JobContext& context, InputKeys keys = {});

} // namespace adaptlab::jobs
