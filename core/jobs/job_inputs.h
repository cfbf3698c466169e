// Corpus inputs named by a job's params: project datasets by name ("datasets": [...]) and plain
// files ("files": [...]), each with the text field to read.
#pragma once

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
    std::string textField = "text";
    std::optional<int64_t> datasetId;  // set for project datasets
};

// Validates "datasets", "files", "path" (one file) and "text_field"; at least one input is required.
void validateCorpusInputs(const nlohmann::json& params, std::vector<SpecProblem>& problems);
// Resolves them; throws Error naming the dataset or file that does not exist.
std::vector<CorpusInput> resolveCorpusInputs(const JobContext& context);

} // namespace adaptlab::jobs
