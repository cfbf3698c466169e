// Problems found while reading a corpus: counted per kind, the first few examples kept with file and
// line, never fatal for one bad record. Kinds (stable strings; the GUI translates them):
//   invalid_json, missing_text_field, non_string_text, invalid_utf8, line_too_long,
//   truncated_stream (a .zst/.gz file ends early: records before the cut are kept, the scan is
//   partial), empty_file, binary_file, unreadable_file.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace adaptlab::corpus {

struct RecordProblem {
    std::string kind;
    std::string file;
    int64_t line = 0;   // 0 when the problem is about the whole file
    std::string detail; // for a person: what is wrong
};

struct ScanProblems {
    std::map<std::string, int64_t> counts; // per kind
    std::vector<RecordProblem> examples;   // first few of each kind
    bool partial = false;                  // some input could not be read to its end

    int64_t total() const;
    void add(RecordProblem problem, size_t maxExamplesPerKind = 5);
    void merge(const ScanProblems& other, size_t maxExamplesPerKind = 5);
};

} // namespace adaptlab::corpus
