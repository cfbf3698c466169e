// Writes derived datasets: JSON Lines compressed with zstd, one document per line with its text and
// metadata ({"text": ..., "url": ..., ...}). Written through an AtomicFile (common/atomic_file.h):
// a temporary name of its own beside the path, fsynced and renamed by finish(), so a crash, a stop
// or a full disk never leaves a half dataset that looks complete, and what a killed process leaves
// is removed as stale by a later job.
#pragma once

#include "corpus/document.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

namespace adaptlab::corpus {

class JsonlZstWriter {
public:
    // Level 1 by default: on these machines zstd -3 compresses at ~130 MB/s and would set the pace of
    // every filter/dedup/select; level 1 is ~2x faster for files ~10% larger.
    explicit JsonlZstWriter(const std::filesystem::path& path, const std::string& textField = "text", int level = 1);
    ~JsonlZstWriter(); // without finish(), the temporary file is removed
    JsonlZstWriter(const JsonlZstWriter&) = delete;
    JsonlZstWriter& operator=(const JsonlZstWriter&) = delete;

    void write(const Document& document);
    void write(std::string_view text, const std::vector<std::pair<std::string, std::string>>& metadata);
    void finish();
    int64_t documents() const;
    int64_t uncompressedBytes() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace adaptlab::corpus
