#include "corpus/signals_file.h"

#include "common/atomic_file.h"
#include "common/error.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <limits>
#include <fcntl.h>
#include <iomanip>
#include <random>
#include <sstream>
#include <unistd.h>

namespace adaptlab::corpus {

namespace {

constexpr char kMagic[8] = {'A', 'D', 'L', 'S', 'I', 'G', 'S', '\0'};
constexpr uint32_t kVersion = 2; // 2 (issue 7): each row's MinHash signature, the header's fingerprint

size_t rowBytes(int signals, int bands, int signatureHashes)
{
    // f32 signals[S]; u32 file; u32 reserved; i64 line; i64 offset; u64 exact; u64 bands[B];
    // u16 signature[H]
    size_t bytes = static_cast<size_t>(signals) * 4 + 8 + 8 + 8 + 8 + static_cast<size_t>(bands) * 8 +
                   static_cast<size_t>(signatureHashes) * 2;
    return (bytes + 7) / 8 * 8;
}

// Where a row's signature starts: after everything version 1 had.
size_t signatureOffset(int signals, int bands)
{
    return static_cast<size_t>(signals) * 4 + 32 + static_cast<size_t>(bands) * 8;
}

template <typename T>
void put(std::string& out, T value)
{
    out.append(reinterpret_cast<const char*>(&value), sizeof(T));
}

template <typename T>
T get(const char*& p)
{
    T value;
    std::memcpy(&value, p, sizeof(T));
    p += sizeof(T);
    return value;
}

void putString(std::string& out, const std::string& text)
{
    put<uint32_t>(out, static_cast<uint32_t>(text.size()));
    out += text;
}

} // namespace

// ---- writer --------------------------------------------------------------------------------------

struct SignalsFileWriter::Impl {
    std::unique_ptr<AtomicFile> file;
    int bands = 0;
    int signatureHashes = 0;
    uint64_t rows = 0;
    uint64_t fingerprint = 0;
    size_t countOffset = 0;
    std::string buffer;
    bool sealed = false;
    bool done = false; // renamed, or aborted: nothing more to do

    void flush()
    {
        file->write(buffer);
        buffer.clear();
    }
};

SignalsFileWriter::SignalsFileWriter(const std::filesystem::path& path, const std::vector<std::string>& files, int bands,
                                     int signatureHashes)
    : d(std::make_unique<Impl>())
{
    d->bands = bands;
    d->signatureHashes = signatureHashes;
    std::random_device entropy;
    while (d->fingerprint == 0) // 0 stands for "none recorded"
        d->fingerprint = (uint64_t(entropy()) << 32) ^ uint64_t(entropy());
    d->file = std::make_unique<AtomicFile>(path); // its own temporary: two writers never share a file
    std::string header(kMagic, sizeof(kMagic));
    put<uint32_t>(header, kVersion);
    put<uint32_t>(header, static_cast<uint32_t>(kSignalCount));
    put<uint32_t>(header, static_cast<uint32_t>(bands));
    put<uint32_t>(header, static_cast<uint32_t>(signatureHashes)); // version 2: the signature's length
    d->countOffset = header.size();
    put<uint64_t>(header, 0); // document count, patched by seal()
    put<uint64_t>(header, d->fingerprint); // v2
    put<uint32_t>(header, static_cast<uint32_t>(files.size()));
    for (const auto& f : files)
        putString(header, f);
    for (const auto& info : signalInfos())
        putString(header, info.key);
    header.resize((header.size() + 7) / 8 * 8, '\0');
    d->buffer = std::move(header);
}

SignalsFileWriter::~SignalsFileWriter()
{
    if (!d->done)
        abort();
}

void SignalsFileWriter::append(const SignalRow& row)
{
    if (d->sealed)
        throwCheckedError("append to", d->file->target().string(), "the signals file is already complete");
    const size_t start = d->buffer.size();
    d->buffer.append(reinterpret_cast<const char*>(row.signals.data()), sizeof(float) * kSignalCount);
    put<uint32_t>(d->buffer, static_cast<uint32_t>(row.position.fileIndex));
    put<uint32_t>(d->buffer, 0);
    put<int64_t>(d->buffer, row.position.line);
    put<int64_t>(d->buffer, row.position.byteOffset);
    put<uint64_t>(d->buffer, row.exactHash);
    for (int b = 0; b < d->bands; ++b)
        put<uint64_t>(d->buffer, b < static_cast<int>(row.bandHashes.size()) ? row.bandHashes[static_cast<size_t>(b)] : 0);
    const size_t given = std::min(row.signature.size(), static_cast<size_t>(d->signatureHashes));
    d->buffer.append(reinterpret_cast<const char*>(row.signature.data()), given * sizeof(uint16_t));
    d->buffer.resize(start + rowBytes(kSignalCount, d->bands, d->signatureHashes), '\0');
    ++d->rows;
    if (d->buffer.size() > (1 << 20))
        d->flush();
}

void SignalsFileWriter::seal()
{
    if (d->sealed)
        return;
    d->flush();
    d->file->writeAt(d->countOffset, &d->rows, sizeof(d->rows));
    // Checked write, fsync and close: complete on disk before anything reads it or renames it.
    d->file->close();
    d->sealed = true;
}

void SignalsFileWriter::finish()
{
    seal();
    d->file->commit(); // the rename, then the folder's fsync so the new name survives a power loss
    d->done = true;
}

void SignalsFileWriter::abort() noexcept
{
    if (d->done)
        return;
    d->file->discard();
    d->done = true;
}

uint64_t SignalsFileWriter::fingerprint() const { return d->fingerprint; }
int64_t SignalsFileWriter::rows() const { return static_cast<int64_t>(d->rows); }
const std::filesystem::path& SignalsFileWriter::temporaryPath() const { return d->file->temporaryPath(); }

// ---- reader --------------------------------------------------------------------------------------

// Read with pread in chunks rather than mmap: touching a mapped file counts its pages in the
// process's resident memory, and the scan promises a bounded RSS.
struct SignalsFile::Impl {
    std::filesystem::path path;
    int fd = -1;
    int signals = 0;
    int bands = 0;
    int signatureHashes = 0;
    int64_t documents = 0;
    uint64_t fingerprint = 0;
    std::vector<std::string> files;
    std::vector<int> signalColumn; // our Signal -> column in the file (-1 = absent)
    uint64_t dataOffset = 0;
    size_t rowSize = 0;

    ~Impl()
    {
        if (fd >= 0)
            ::close(fd);
    }

    void readAt(uint64_t offset, char* out, size_t bytes) const
    {
        size_t done = 0;
        while (done < bytes) {
            const ssize_t n = ::pread(fd, out + done, bytes - done, static_cast<off_t>(offset + done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                throwCheckedError("read", path.string(), n == 0 ? "the file is truncated" : std::strerror(errno));
            done += static_cast<size_t>(n);
        }
    }

    // Into `row`, reusing its vectors' storage.
    void decode(const char* p, SignalRow& row) const
    {
        const char* signalsStart = p;
        for (int s = 0; s < kSignalCount; ++s) {
            const int column = signalColumn[static_cast<size_t>(s)];
            float value = 0.0f;
            if (column >= 0)
                std::memcpy(&value, signalsStart + static_cast<size_t>(column) * 4, 4);
            row.signals[static_cast<size_t>(s)] = value;
        }
        p += static_cast<size_t>(signals) * 4;
        row.position.fileIndex = static_cast<int32_t>(get<uint32_t>(p));
        get<uint32_t>(p);
        row.position.line = get<int64_t>(p);
        row.position.byteOffset = get<int64_t>(p);
        row.exactHash = get<uint64_t>(p);
        row.bandHashes.resize(static_cast<size_t>(bands));
        for (int b = 0; b < bands; ++b)
            row.bandHashes[static_cast<size_t>(b)] = get<uint64_t>(p);
        row.signature.resize(static_cast<size_t>(signatureHashes));
        if (!row.signature.empty()) // a file without signatures: data() may be null (fuzz_signals_file)
            std::memcpy(row.signature.data(), p, row.signature.size() * sizeof(uint16_t));
    }
};

SignalsFile::SignalsFile(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}
SignalsFile::SignalsFile(SignalsFile&&) noexcept = default;
SignalsFile& SignalsFile::operator=(SignalsFile&&) noexcept = default;
SignalsFile::~SignalsFile() = default;

SignalsFile SignalsFile::open(const std::filesystem::path& path)
{
    auto d = std::make_unique<Impl>();
    d->path = path;
    d->fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (d->fd < 0)
        throwCheckedError("open", path.string(), std::strerror(errno));
    std::error_code ec;
    const uint64_t size = std::filesystem::file_size(path, ec);
    if (ec || size < 48) // the fixed fields (44 bytes), padded to 8
        throwCheckedError("read signals", path.string(), "the file is too short to be a signals file");
    // The header is small; read up to 1 MiB of it.
    std::string head(static_cast<size_t>(std::min<uint64_t>(size, 1 << 20)), '\0');
    d->readAt(0, head.data(), head.size());
    const char* p = head.data();
    const char* end = head.data() + head.size();
    if (std::memcmp(p, kMagic, sizeof(kMagic)) != 0)
        throwCheckedError("read signals", path.string(), "not an AdaptLab signals file");
    p += sizeof(kMagic);
    const uint32_t version = get<uint32_t>(p);
    if (version < kVersion)
        throwCheckedError("read signals", path.string(),
                          "made by an older AdaptLab (signals file version " + std::to_string(version) +
                              ", this build reads version " + std::to_string(kVersion) +
                              "): inspect the dataset again");
    if (version != kVersion)
        throwCheckedError("read signals", path.string(),
                          "version " + std::to_string(version) + " (this build reads " + std::to_string(kVersion) + ")");
    d->signals = static_cast<int>(get<uint32_t>(p));
    d->bands = static_cast<int>(get<uint32_t>(p));
    d->signatureHashes = static_cast<int>(get<uint32_t>(p)); // version 2: the signature's length
    d->documents = static_cast<int64_t>(get<uint64_t>(p));
    d->fingerprint = get<uint64_t>(p); // v2
    const uint32_t fileCount = get<uint32_t>(p);
    // Counts that no writer makes (the job specs cap bands at 1024 and rows at 1024) are damage,
    // refused before they size anything (found by fuzz_signals_file: negative counts, and a row
    // count whose byte size overflowed the truncation check below).
    const auto countProblem = [&](const char* what, int64_t value, int64_t limit) {
        if (value < 0 || value > limit)
            throwCheckedError("read signals", path.string(),
                              std::string("the header's ") + what + " (" + std::to_string(value) + ") is not possible: the file is damaged");
    };
    countProblem("signal count", d->signals, 4096);
    countProblem("band count", d->bands, 1 << 16);
    countProblem("signature length", d->signatureHashes, 1 << 20);
    countProblem("document count", d->documents, std::numeric_limits<int64_t>::max());
    auto readString = [&]() {
        if (end - p < 4)
            throwCheckedError("read signals", path.string(), "the header is truncated");
        const uint32_t n = get<uint32_t>(p);
        if (static_cast<size_t>(end - p) < n)
            throwCheckedError("read signals", path.string(), "the header is truncated");
        std::string text(p, n);
        p += n;
        return text;
    };
    for (uint32_t i = 0; i < fileCount; ++i)
        d->files.push_back(readString());
    d->signalColumn.assign(kSignalCount, -1);
    for (int s = 0; s < d->signals; ++s) {
        const std::string key = readString();
        if (const SignalInfo* info = findSignal(key))
            d->signalColumn[static_cast<size_t>(info->signal)] = s;
    }
    d->dataOffset = static_cast<uint64_t>(p - head.data() + 7) / 8 * 8;
    d->rowSize = rowBytes(d->signals, d->bands, d->signatureHashes);
    // Divided, not multiplied: a damaged count must not overflow its way past the check.
    if (d->dataOffset > size || static_cast<uint64_t>(d->documents) > (size - d->dataOffset) / d->rowSize)
        throwCheckedError("read signals", path.string(), "the file is truncated");
    return SignalsFile(std::move(d));
}

int64_t SignalsFile::documents() const { return d->documents; }
uint64_t SignalsFile::fingerprint() const { return d->fingerprint; }
int SignalsFile::bands() const { return d->bands; }
int SignalsFile::signatureHashes() const { return d->signatureHashes; }
const std::vector<std::string>& SignalsFile::files() const { return d->files; }
const std::filesystem::path& SignalsFile::path() const { return d->path; }

SignalRow SignalsFile::row(int64_t document) const
{
    if (document < 0 || document >= d->documents)
        throwCheckedError("read signals", d->path.string(), "no document " + std::to_string(document));
    std::string buffer(d->rowSize, '\0');
    d->readAt(d->dataOffset + static_cast<uint64_t>(document) * d->rowSize, buffer.data(), buffer.size());
    SignalRow row;
    d->decode(buffer.data(), row);
    return row;
}

void SignalsFile::signature(int64_t document, uint16_t* out) const
{
    if (document < 0 || document >= d->documents)
        throwCheckedError("read signals", d->path.string(), "no document " + std::to_string(document));
    d->readAt(d->dataOffset + static_cast<uint64_t>(document) * d->rowSize + signatureOffset(d->signals, d->bands),
              reinterpret_cast<char*>(out), static_cast<size_t>(d->signatureHashes) * sizeof(uint16_t));
}

std::vector<uint16_t> SignalsFile::signature(int64_t document) const
{
    std::vector<uint16_t> values(static_cast<size_t>(d->signatureHashes));
    signature(document, values.data());
    return values;
}

float SignalsFile::signal(int64_t document, Signal signal) const
{
    const int column = d->signalColumn[static_cast<size_t>(signal)];
    if (column < 0)
        return 0.0f;
    if (document < 0 || document >= d->documents)
        throwCheckedError("read signals", d->path.string(), "no document " + std::to_string(document));
    float value = 0.0f;
    d->readAt(d->dataOffset + static_cast<uint64_t>(document) * d->rowSize + static_cast<uint64_t>(column) * 4,
              reinterpret_cast<char*>(&value), 4);
    return value;
}

std::vector<float> SignalsFile::column(Signal signal) const
{
    std::vector<float> values(static_cast<size_t>(d->documents), 0.0f);
    const int column = d->signalColumn[static_cast<size_t>(signal)];
    if (column < 0)
        return values;
    constexpr int64_t kRowsPerChunk = 4096;
    std::string buffer;
    for (int64_t first = 0; first < d->documents; first += kRowsPerChunk) {
        const int64_t rows = std::min(kRowsPerChunk, d->documents - first);
        buffer.resize(static_cast<size_t>(rows) * d->rowSize);
        d->readAt(d->dataOffset + static_cast<uint64_t>(first) * d->rowSize, buffer.data(), buffer.size());
        for (int64_t r = 0; r < rows; ++r)
            std::memcpy(&values[static_cast<size_t>(first + r)],
                        buffer.data() + static_cast<size_t>(r) * d->rowSize + static_cast<size_t>(column) * 4, 4);
    }
    return values;
}

void SignalsFile::forEachRow(const std::function<void(int64_t, const SignalRow&)>& visit) const
{
    constexpr int64_t kRowsPerChunk = 4096;
    std::string buffer;
    SignalRow row; // one row decoded at a time, its vectors reused
    for (int64_t first = 0; first < d->documents; first += kRowsPerChunk) {
        const int64_t rows = std::min(kRowsPerChunk, d->documents - first);
        buffer.resize(static_cast<size_t>(rows) * d->rowSize);
        d->readAt(d->dataOffset + static_cast<uint64_t>(first) * d->rowSize, buffer.data(), buffer.size());
        for (int64_t r = 0; r < rows; ++r) {
            d->decode(buffer.data() + static_cast<size_t>(r) * d->rowSize, row);
            visit(first + r, row);
        }
    }
}

void SignalsFile::forEachHashes(const std::function<void(int64_t, size_t, const uint64_t*)>& visit) const
{
    constexpr int64_t kRowsPerChunk = 4096;
    // The hashes end each row: signals, file index, reserved, line, byte offset, exact, bands.
    const size_t hashesAt = static_cast<size_t>(d->signals) * 4 + 24;
    const size_t perRow = static_cast<size_t>(d->bands) + 1;
    std::string buffer;
    std::vector<uint64_t> hashes;
    for (int64_t first = 0; first < d->documents; first += kRowsPerChunk) {
        const int64_t rows = std::min(kRowsPerChunk, d->documents - first);
        buffer.resize(static_cast<size_t>(rows) * d->rowSize);
        d->readAt(d->dataOffset + static_cast<uint64_t>(first) * d->rowSize, buffer.data(), buffer.size());
        hashes.resize(static_cast<size_t>(rows) * perRow);
        for (size_t r = 0; r < static_cast<size_t>(rows); ++r)
            std::memcpy(hashes.data() + r * perRow, buffer.data() + r * d->rowSize + hashesAt, perRow * sizeof(uint64_t));
        visit(first, static_cast<size_t>(rows), hashes.data());
    }
}

// ---- matching the store -------------------------------------------------------------------------

std::string fingerprintText(uint64_t fingerprint)
{
    std::ostringstream text;
    text << std::hex << std::setw(16) << std::setfill('0') << fingerprint;
    return text.str();
}

std::optional<uint64_t> parseFingerprint(std::string_view text)
{
    if (text.size() != 16)
        return std::nullopt;
    uint64_t value = 0;
    for (const char c : text) {
        const int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
        if (digit < 0)
            return std::nullopt;
        value = value << 4 | uint64_t(digit);
    }
    return value;
}

void requireSignalsMatch(const SignalsFile& file, int64_t rows, std::optional<uint64_t> fingerprint)
{
    std::string problem;
    if (file.documents() != rows)
        problem = "it holds " + std::to_string(file.documents()) + " rows where the scan counted " +
                  std::to_string(rows) + " documents";
    else if (!fingerprint)
        problem = "the scan recorded no fingerprint to check it against";
    else if (file.fingerprint() != *fingerprint)
        problem = "its fingerprint is " + fingerprintText(file.fingerprint()) + ", the scan's " +
                  fingerprintText(*fingerprint);
    if (!problem.empty())
        throw SignalsMismatch("the signals file " + file.path().string() + " is not the one the dataset's scan wrote: " +
                              problem);
}

} // namespace adaptlab::corpus
