// The per-document signals of a scanned dataset, saved beside it (<dataset>.signals) so that a
// changed threshold re-filters without rereading text. Binary, little-endian, fixed-size rows,
// read in chunks with pread (a mapping would count in the reader's resident memory):
//   header: magic "ADLSIGS\0", u32 version (2), u32 signal count S, u32 band count B,
//           u32 signature hash count H, u64 document count N, u64 fingerprint, u32 file count F,
//           then F file paths (u32 length + UTF-8 bytes) and S signal keys (u32 length + bytes),
//           padded to 8 bytes
//   rows:   N x { f32 signals[S]; u32 file index; u32 reserved; i64 line; i64 byte offset;
//                 u64 exact hash; u64 band hashes[B]; u16 signature[H] }, each padded to 8 bytes
// The signature is the document's MinHash signature as b-bit minwise hashes (the low 16 bits of
// each min-hash, dedup.h), so near-duplicate candidates can be verified without the text. The
// fingerprint is a random number each writer draws; the scan's summary records it with the row
// count, so a consumer can tell that a signals file is the one the store describes. Version 1 (no
// signature, no fingerprint) is refused with an error saying to inspect the dataset again.
#pragma once

#include "common/error.h"
#include "corpus/document.h"
#include "corpus/quality_signals.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace adaptlab::corpus {

struct SignalRow {
    SignalVector signals{};
    SourcePosition position;
    uint64_t exactHash = 0;
    std::vector<uint64_t> bandHashes;
    std::vector<uint16_t> signature; // b-bit MinHash signature (dedup.h bBitSignature)
};

class SignalsFileWriter {
public:
    // Writes through an AtomicFile (common/atomic_file.h): a temporary name of its own beside
    // `path`, checked writes, fsync and close, renamed onto `path` in finish(): a reader never sees
    // half a file, and two writers of one path never share a file.
    // Rows hold `bands` band hashes and `signatureHashes` signature values (missing ones are 0).
    SignalsFileWriter(const std::filesystem::path& path, const std::vector<std::string>& files, int bands,
                      int signatureHashes = 0);
    ~SignalsFileWriter(); // without finish(): abort()
    SignalsFileWriter(const SignalsFileWriter&) = delete;
    SignalsFileWriter& operator=(const SignalsFileWriter&) = delete;
    void append(const SignalRow& row); // rows in document order
    // Completes the temporary file (row count, fsync) without renaming it, so that it can be read at
    // temporaryPath() before finish() or abort() decides what becomes of it.
    void seal();
    // seal() when not yet done, then the atomic rename onto the path: only now is the file at the
    // path replaced.
    void finish();
    // Removes the temporary file; whatever is at the path stays as it was. Never throws.
    void abort() noexcept;
    uint64_t fingerprint() const; // random and never 0, written in the header
    int64_t rows() const;
    const std::filesystem::path& temporaryPath() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

class SignalsFile {
public:
    // Throws Error naming the file when it is missing, truncated, or of another version (one made
    // by an older AdaptLab: "inspect the dataset again").
    static SignalsFile open(const std::filesystem::path& path);
    SignalsFile(SignalsFile&&) noexcept;
    SignalsFile& operator=(SignalsFile&&) noexcept;
    ~SignalsFile();

    int64_t documents() const;
    uint64_t fingerprint() const;
    int bands() const;
    int signatureHashes() const; // H: 0 in a file written without signatures
    const std::vector<std::string>& files() const;
    const std::filesystem::path& path() const;
    float signal(int64_t document, Signal signal) const;
    SignalRow row(int64_t document) const;
    std::vector<float> column(Signal signal) const; // all documents
    // The document's b-bit signature: signatureHashes() values into `out` (one read, thread-safe).
    void signature(int64_t document, uint16_t* out) const;
    std::vector<uint16_t> signature(int64_t document) const;
    // Every row in document order, read in chunks (constant memory).
    void forEachRow(const std::function<void(int64_t document, const SignalRow& row)>& visit) const;
    // The hashes of every row in document order, a chunk of rows at a time, without decoding the
    // rest (duplicate clustering reads the file several times): hashes[r * (1 + bands()) + 0] is
    // the exact hash of document first + r, the next bands() values its band hashes.
    void forEachHashes(
        const std::function<void(int64_t first, size_t rows, const uint64_t* hashes)>& visit) const;

private:
    struct Impl;
    explicit SignalsFile(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

// A fingerprint as the store keeps it: 16 lower-case hex digits; parsing gives nullopt for
// anything else.
std::string fingerprintText(uint64_t fingerprint);
std::optional<uint64_t> parseFingerprint(std::string_view text);

// A signals file that is not the one the store describes.
class SignalsMismatch : public Error {
public:
    using Error::Error;
};

// Throws SignalsMismatch naming the file unless it holds `rows` rows and `fingerprint` (what the
// store recorded of the scan that wrote it; nullopt when it recorded none): a file replaced, cut
// short or written by another scan since is refused. The caller says what to do about it.
void requireSignalsMatch(const SignalsFile& file, int64_t rows, std::optional<uint64_t> fingerprint);

} // namespace adaptlab::corpus
