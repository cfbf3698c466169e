// LineStream: reads a file line by line with constant memory, decompressing zstd and gzip on the
// fly. The corpus readers build on it; errors name the file and the line.
//
// The content decides how a file is read: its first bytes (zstd 28 B5 2F FD or a skippable frame
// 5? 2A 4D 18, gzip 1F 8B) are sniffed once at open. When they disagree with the name (.zst/.zstd,
// .gz), formatMismatch() says so and the content wins, so a gzip file named .zst is still read whole.
// Only regular files are read: a FIFO, socket or device is refused at open (reading one can block
// forever). A file that gets shorter while it is read ends the stream early (fileShrank()).
//
// Two ways to read: next(std::string&) copies each line out and throws on a damaged stream (simple
// callers); read(std::string_view&) hands out views into the stream's own buffer (no copy, padded
// for in-place JSON parsing), reports overlong lines without buffering them, and, with
// setTolerateEarlyEnd(true), turns a truncated or corrupt compressed stream into an early end that
// the caller can record and move past (the corpus reader does).
#pragma once

#include "common/error.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace adaptlab::corpus {

enum class Compression { None, Zstd, Gzip };
Compression compressionFor(const std::filesystem::path& path); // by extension
// By content: what the first bytes of a file are (`named`: what its name says, which decides only
// for bytes too few to tell, and for a zlib header, which only a .gz name makes likely enough).
Compression compressionForContent(std::string_view firstBytes, Compression named);
std::string_view compressionName(Compression compression); // "zstd", "gzip", "uncompressed"
// Why `path` cannot be read as a file ("it is a FIFO (named pipe), not a regular file: ..."), or
// empty when it is a regular file or cannot be examined (opening it then says why).
std::string describeNonRegularFile(const std::filesystem::path& path);

enum class LineStatus {
    Line,    // a line: the view holds it
    TooLong, // a line longer than maxLineBytes: skipped without keeping it, the view is empty
    End,     // no more lines (check endedEarly())
};

class LineStream {
public:
    // At least this many bytes after the end of every view read() hands out can be read (their
    // content is unspecified), so a SIMD parser such as simdjson can parse the line in place.
    static constexpr size_t kPadding = 64;

    // Throws Error naming the file when it cannot be opened or is not a regular file.
    explicit LineStream(const std::filesystem::path& path);
    ~LineStream();
    LineStream(const LineStream&) = delete;
    LineStream& operator=(const LineStream&) = delete;

    // Lines longer than this (without the line end) come back as LineStatus::TooLong; the stream
    // then holds at most about this many bytes at once, whatever the line's real length.
    // Default: no limit (a line is held whole, however long).
    void setMaxLineBytes(int64_t bytes);
    // false (default): a truncated or corrupt compressed stream, a file that got shorter while it
    // was read, or a failed read, throws Error.
    // true: it ends the stream instead: read() returns End, endedEarly() is true, earlyEndDetail()
    // says why, and the incomplete line at the cut is dropped (every line returned was whole).
    void setTolerateEarlyEnd(bool tolerate);

    // Next line without its '\n' (and without a trailing '\r'). Returns false at the end.
    // Throws Error naming file and line on a corrupt or truncated compressed stream.
    bool next(std::string& line);

    // Next line as a view into the stream's buffer, valid until the next call on this stream, with
    // kPadding readable bytes after it. Line ends as for next().
    LineStatus read(std::string_view& line);

    // Moves to `offset` in the decompressed stream, the start of line `lineNumber` (as lineOffset()
    // and lineNumber() reported it on an earlier pass), so that the next read() returns that line.
    // An uncompressed file jumps there; a compressed one reads and drops the lines before it (no
    // random access in a zstd or gzip stream). Only forwards. False when the stream ends first.
    bool skipTo(int64_t offset, int64_t lineNumber);

    // Up to `bytes` bytes from the start of the decompressed stream, for sniffing the content (e.g.
    // a binary file). Call before the first read(); the bytes are still returned as lines later.
    std::string_view head(size_t bytes);

    int64_t nextOffset() const;          // offset of the next unread byte in the decompressed stream
    int64_t lineNumber() const;          // 1-based number of the line last returned (or skipped)
    int64_t lineOffset() const;          // offset of that line's first byte in the decompressed stream
    int64_t lineBytes() const;           // its length without the line end (also for a TooLong line)
    int64_t compressedBytesRead() const; // for progress against the file size
    int64_t fileSize() const;            // at open
    const std::filesystem::path& path() const;

    Compression compression() const;            // how the content is read (see formatMismatch())
    // For a person, when the name and the content disagree: "named .zst but holds gzip data: read as
    // gzip". Empty when they agree.
    const std::string& formatMismatch() const;

    bool endedEarly() const;                    // the stream ended before its data did
    const std::string& earlyEndDetail() const;  // why (the library's words), empty otherwise
    // The early end came from the file itself getting shorter than the size it had at open (or
    // than what was already read): it was truncated or replaced while being read.
    bool fileShrank() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace adaptlab::corpus
