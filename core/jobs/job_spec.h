// Versioned job specs. A spec is a JSON object:
//   {"version": 1, "kind": "train_tokenizer", "project": "/path/to/project", "run_id": 7,
//    "params": {...}}
// "project" and "run_id" are optional: without a project the job works on plain files; without a
// run id, running it in a project creates a run. Validation names the field at fault
// ("params.vocab_size") so the GUI can refuse a spec before any process starts. A spec is data that
// can come from anywhere, so reading one is bounded: its size, its nesting and its numbers.
#pragma once

#include "common/error.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace adaptlab::jobs {

inline constexpr int kSpecVersion = 1;
// No spec the GUI or a script writes comes near these; a text beyond them is refused unread.
inline constexpr std::size_t kMaxSpecBytes = 16 * 1024 * 1024;
inline constexpr int kMaxSpecDepth = 64; // arrays and objects inside each other, the spec itself included

struct SpecProblem {
    std::string field;   // dotted path, e.g. "params.vocab_size"
    std::string message; // what is wrong, for a person
};

class SpecError : public Error {
public:
    SpecError(std::string field, const std::string& message);
    const std::string& field() const { return field_; }
    const std::string& message() const { return message_; } // what() without the field in front

private:
    std::string field_;
    std::string message_;
};

struct JobSpec {
    int version = kSpecVersion;
    std::string kind;
    std::string project;          // empty = no project
    std::optional<int64_t> runId;
    nlohmann::json params = nlohmann::json::object();

    nlohmann::json toJson() const;
    std::string toJsonText() const; // pretty-printed
};

// Every problem found: envelope (version, kind, project, run_id) and the kind's own params.
// Unknown params come first: a misspelt key is usually why a required one is "missing".
std::vector<SpecProblem> validateSpec(const nlohmann::json& spec);
// Also JSON syntax errors, a text over kMaxSpecBytes, nesting deeper than kMaxSpecDepth and numbers
// no double holds (1e400), each naming the field where it can. Never throws.
std::vector<SpecProblem> validateSpecText(const std::string& text);
// Parses and validates; throws SpecError naming the first bad field.
JobSpec parseSpec(const std::string& text);
// The same for a file (not read when larger than kMaxSpecBytes).
JobSpec parseSpecFile(const std::string& path);

} // namespace adaptlab::jobs
