// Problems found while reading a corpus: counted per kind, the first few examples kept with file and
// line, never fatal for one bad record. Kinds (stable strings; the GUI translates them):
//   invalid_json, missing_text_field, non_string_text, invalid_utf8, line_too_long,
//   truncated_stream (a .zst/.gz file ends early: records before the cut are kept, the scan is
//   partial), truncated_file (a file got shorter while it was read, e.g. truncated or rewritten by
//   another program: records before the cut are kept, the scan is partial), empty_file,
//   binary_file, unreadable_file.
// Warnings (isWarningKind): nothing was lost, but the input is not what it claims to be:
//   format_mismatch (the name says .zst/.gz or nothing, the first bytes say otherwise: the file was
//   read by its content), skipped_field (with "all other fields as metadata", a field whose name or
//   string value cannot be decoded, e.g. a lone \ud800 escape, was left out; the record is kept).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace adaptlab::corpus {

// True for the kinds that lose no record or file (see above).
inline bool isWarningKind(std::string_view kind)
{
    return kind == "format_mismatch" || kind == "skipped_field";
}

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
