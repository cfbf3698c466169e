// A corpus's content fingerprint: XXH3-128 over the bytes of its files (folders expanded as the
// readers expand them), streamed. Two copies of a corpus share it; an edited file changes it. The
// token shard cache is keyed by it, and a job that must notice its corpus changing under it compares
// a snapshot taken before with one taken after (sizes and modification times, then content).
#pragma once

#include "corpus/corpus_reader.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace adaptlab::corpus {

struct CorpusSnapshot {
    struct File {
        std::filesystem::path path;
        uint64_t size = 0;
        int64_t modifiedNs = 0; // st_mtim in nanoseconds since the epoch
    };
    std::vector<File> files;  // expandInputs() order
    std::string fingerprint;  // 32 hex digits
    uint64_t bytes = 0;       // sum of the sizes
};

// Hashes every file of INPUTS (expanded with OPTIONS' glob and recursion) in order: each file's
// bytes, then its size as 8 little-endian bytes (so moving bytes from one file to the next changes
// the fingerprint). Sizes and times are taken before each file is read. `progress(done, total)` is
// called every few megabytes and may throw to stop. Throws Error naming a file that cannot be read.
using SnapshotProgress = std::function<void(uint64_t bytesDone, uint64_t bytesTotal)>;
CorpusSnapshot snapshotCorpus(const std::vector<std::filesystem::path>& inputs, const ReaderOptions& options,
                              const SnapshotProgress& progress = {});

// What differs between two snapshots of one corpus, in a sentence naming the file ("the file X
// changed size (10 -> 12 bytes)"), or nullopt when nothing did.
std::optional<std::string> describeChange(const CorpusSnapshot& before, const CorpusSnapshot& after);

} // namespace adaptlab::corpus
