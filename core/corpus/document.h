// A corpus document: its text, its metadata (mapped from JSON fields on import), and where it came
// from, so every result (a flagged document, a duplicate cluster, a selected chunk) points back to
// the source file and line.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace adaptlab::corpus {

struct SourcePosition {
    int32_t fileIndex = 0;   // index into the reader's file list
    int64_t line = 0;        // 1-based first line of the record (0 = whole-file document)
    int64_t byteOffset = 0;  // offset of the record in the (decompressed) stream
};

struct Document {
    int64_t index = 0;       // 0-based ordinal in the corpus (input order, errors skipped)
    std::string text;
    std::vector<std::pair<std::string, std::string>> metadata; // mapped fields, in mapping order
    SourcePosition position;

    // The value of a metadata field, or an empty view when absent.
    std::string_view meta(std::string_view key) const
    {
        for (const auto& [k, v] : metadata)
            if (k == key)
                return v;
        return {};
    }
};

} // namespace adaptlab::corpus
