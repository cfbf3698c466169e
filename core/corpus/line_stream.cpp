#include "corpus/line_stream.h"

#include <zlib.h>
#include <zstd.h>

#include <cstdio>
#include <cstring>
#include <vector>

namespace adaptlab::corpus {

namespace {

constexpr size_t kChunk = 1 << 17;

bool endsWith(const std::string& text, const std::string& suffix)
{
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

} // namespace

Compression compressionFor(const std::filesystem::path& path)
{
    const std::string name = path.filename().string();
    if (endsWith(name, ".zst") || endsWith(name, ".zstd"))
        return Compression::Zstd;
    if (endsWith(name, ".gz"))
        return Compression::Gzip;
    return Compression::None;
}

struct LineStream::Impl {
    std::filesystem::path path;
    Compression compression = Compression::None;
    std::FILE* file = nullptr;
    int64_t fileSize = 0;
    int64_t compressedRead = 0;
    int64_t lineNumber = 0;

    std::vector<char> in;  // compressed bytes
    size_t inPos = 0, inEnd = 0;
    std::vector<char> out; // decompressed bytes not yet returned
    size_t outPos = 0, outEnd = 0;
    bool sourceEof = false;
    bool streamEnded = true; // a compressed frame/member is complete

    ZSTD_DCtx* zstd = nullptr;
    z_stream gz{};
    bool gzInit = false;

    ~Impl()
    {
        if (zstd)
            ZSTD_freeDCtx(zstd);
        if (gzInit)
            inflateEnd(&gz);
        if (file)
            std::fclose(file);
    }

    [[noreturn]] void fail(const std::string& operation, const std::string& detail) const
    {
        throwCheckedError(operation, path.string() + " (near line " + std::to_string(lineNumber + 1) + ")", detail);
    }

    bool fillInput()
    {
        if (inPos < inEnd)
            return true;
        if (sourceEof)
            return false;
        size_t n = 0;
        for (;;) {
            n = std::fread(in.data(), 1, in.size(), file);
            // A signal (e.g. the stop request) can interrupt a read from a pipe: just read on.
            if (n == 0 && std::ferror(file) && errno == EINTR) {
                std::clearerr(file);
                continue;
            }
            break;
        }
        if (n == 0) {
            if (std::ferror(file))
                fail("read", std::strerror(errno));
            sourceEof = true;
            return false;
        }
        compressedRead += static_cast<int64_t>(n);
        inPos = 0;
        inEnd = n;
        return true;
    }

    // Refills `out` with the next decompressed block. Returns false at the end of the data.
    bool fillOutput()
    {
        outPos = outEnd = 0;
        while (outEnd == 0) {
            if (compression == Compression::None) {
                if (!fillInput())
                    return false;
                std::memcpy(out.data(), in.data() + inPos, inEnd - inPos);
                outEnd = inEnd - inPos;
                inPos = inEnd;
                return true;
            }
            if (!fillInput()) {
                if (!streamEnded)
                    fail(compression == Compression::Zstd ? "zstd decompression" : "gzip decompression",
                         "the compressed stream is truncated");
                return false;
            }
            if (compression == Compression::Zstd) {
                ZSTD_inBuffer input{in.data(), inEnd, inPos};
                ZSTD_outBuffer output{out.data(), out.size(), 0};
                const size_t ret = ZSTD_decompressStream(zstd, &output, &input);
                if (ZSTD_isError(ret))
                    fail("zstd decompression", ZSTD_getErrorName(ret));
                inPos = input.pos;
                outEnd = output.pos;
                streamEnded = (ret == 0);
            } else {
                gz.next_in = reinterpret_cast<Bytef*>(in.data() + inPos);
                gz.avail_in = static_cast<uInt>(inEnd - inPos);
                gz.next_out = reinterpret_cast<Bytef*>(out.data());
                gz.avail_out = static_cast<uInt>(out.size());
                const int ret = inflate(&gz, Z_NO_FLUSH);
                if (ret != Z_OK && ret != Z_STREAM_END && ret != Z_BUF_ERROR)
                    fail("gzip decompression", gz.msg ? gz.msg : "corrupt data");
                inPos = inEnd - gz.avail_in;
                outEnd = out.size() - gz.avail_out;
                streamEnded = (ret == Z_STREAM_END);
                if (ret == Z_STREAM_END) // concatenated gzip members are one stream
                    inflateReset(&gz);
            }
        }
        return true;
    }
};

LineStream::LineStream(const std::filesystem::path& path)
    : d(std::make_unique<Impl>())
{
    d->path = path;
    d->compression = compressionFor(path);
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        throwCheckedError("open", path.string(), "it is a folder, not a file");
    d->file = std::fopen(path.c_str(), "rb");
    if (!d->file)
        throwCheckedError("open", path.string(), std::strerror(errno));
    const auto size = std::filesystem::file_size(path, ec);
    d->fileSize = ec ? 0 : static_cast<int64_t>(size);
    d->in.resize(kChunk);
    d->out.resize(d->compression == Compression::None ? kChunk : ZSTD_DStreamOutSize() * 2);
    if (d->compression == Compression::Zstd) {
        d->zstd = ZSTD_createDCtx();
        if (!d->zstd)
            throwCheckedError("ZSTD_createDCtx", path.string(), "out of memory");
        d->streamEnded = true;
    } else if (d->compression == Compression::Gzip) {
        if (inflateInit2(&d->gz, 15 + 32) != Z_OK) // 15 + 32: gzip or zlib header, auto-detected
            throwCheckedError("inflateInit2", path.string(), d->gz.msg ? d->gz.msg : "");
        d->gzInit = true;
    }
}

LineStream::~LineStream() = default;

bool LineStream::next(std::string& line)
{
    line.clear();
    bool any = false;
    for (;;) {
        if (d->outPos >= d->outEnd && !d->fillOutput())
            break;
        any = true;
        const char* begin = d->out.data() + d->outPos;
        const size_t available = d->outEnd - d->outPos;
        const void* newline = std::memchr(begin, '\n', available);
        if (newline) {
            const size_t n = static_cast<const char*>(newline) - begin;
            line.append(begin, n);
            d->outPos += n + 1;
            ++d->lineNumber;
            if (!line.empty() && line.back() == '\r')
                line.pop_back();
            return true;
        }
        line.append(begin, available);
        d->outPos = d->outEnd;
    }
    if (!any || line.empty())
        return false;
    ++d->lineNumber; // last line without a trailing newline
    if (line.back() == '\r')
        line.pop_back();
    return true;
}

int64_t LineStream::lineNumber() const { return d->lineNumber; }
int64_t LineStream::compressedBytesRead() const { return d->compressedRead; }
int64_t LineStream::fileSize() const { return d->fileSize; }
const std::filesystem::path& LineStream::path() const { return d->path; }

} // namespace adaptlab::corpus
