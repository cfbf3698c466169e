// LineStream: reads a file line by line with constant memory, decompressing .zst (zstd streaming)
// and .gz (zlib) on the fly. The corpus readers build on it; errors name the file and the line.
#pragma once

#include "common/error.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

namespace adaptlab::corpus {

enum class Compression { None, Zstd, Gzip };
Compression compressionFor(const std::filesystem::path& path); // by extension

class LineStream {
public:
    // Throws Error naming the file when it cannot be opened.
    explicit LineStream(const std::filesystem::path& path);
    ~LineStream();
    LineStream(const LineStream&) = delete;
    LineStream& operator=(const LineStream&) = delete;

    // Next line without its '\n' (and without a trailing '\r'). Returns false at the end.
    // Throws Error naming file and line on a corrupt or truncated compressed stream.
    bool next(std::string& line);
    int64_t lineNumber() const;         // 1-based number of the line last returned
    int64_t compressedBytesRead() const; // for progress against the file size
    int64_t fileSize() const;
    const std::filesystem::path& path() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace adaptlab::corpus
