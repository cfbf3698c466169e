#include "corpus/line_stream.h"

#include <zlib.h>
#include <zstd.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <new>

namespace adaptlab::corpus {

namespace {

// Decompressed bytes are kept in one buffer of this size; it grows only while one line does not
// fit, and shrinks back once that line is gone, so memory stays constant over a whole corpus. A
// small file starts with a buffer its size (a folder of many small files, a preview of each),
// growing as a long line or decompressed bytes need.
constexpr size_t kBufferBytes = 1 << 20;
constexpr size_t kInputBytes = 1 << 18; // compressed bytes per read
constexpr size_t kSmallestBuffer = 1 << 14;
constexpr size_t kNoLimit = SIZE_MAX / 4; // far beyond any buffer, and +2 cannot overflow

constexpr size_t kMagicBytes = 4;          // enough to tell zstd, gzip and plain bytes apart

bool endsWith(const std::string& text, const std::string& suffix)
{
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string extensionOf(const std::filesystem::path& path)
{
    const std::string name = path.filename().string();
    for (const char* ext : {".zstd", ".zst", ".gz"})
        if (endsWith(name, ext))
            return ext;
    return {};
}

bool startsWith(std::string_view bytes, std::string_view magic)
{
    return bytes.size() >= magic.size() && bytes.substr(0, magic.size()) == magic;
}

// Fewer bytes than the magic number, and all of them agree with it: a file cut very short.
bool prefixOf(std::string_view bytes, std::string_view magic)
{
    return bytes.size() < magic.size() && magic.substr(0, bytes.size()) == bytes;
}

constexpr std::string_view kZstdMagic("\x28\xB5\x2F\xFD", 4);
constexpr std::string_view kGzipMagic("\x1F\x8B", 2);

bool zstdSkippableFrame(std::string_view bytes) // magic 0x184D2A50..0x184D2A5F, little-endian
{
    return bytes.size() >= 4 && (static_cast<unsigned char>(bytes[0]) & 0xF0) == 0x50 && bytes.substr(1, 3) == "\x2A\x4D\x18";
}

// RFC 1950: deflate with a window of at most 32 KiB, and the header's check bits.
bool zlibHeader(std::string_view bytes)
{
    if (bytes.size() < 2)
        return false;
    const auto cmf = static_cast<unsigned char>(bytes[0]);
    const auto flg = static_cast<unsigned char>(bytes[1]);
    return (cmf & 0x0F) == 8 && (cmf >> 4) <= 7 && (cmf * 256 + flg) % 31 == 0;
}

} // namespace

Compression compressionFor(const std::filesystem::path& path)
{
    const std::string ext = extensionOf(path);
    if (ext == ".zst" || ext == ".zstd")
        return Compression::Zstd;
    if (ext == ".gz")
        return Compression::Gzip;
    return Compression::None;
}

Compression compressionForContent(std::string_view firstBytes, Compression named)
{
    if (startsWith(firstBytes, kZstdMagic) || zstdSkippableFrame(firstBytes))
        return Compression::Zstd;
    if (startsWith(firstBytes, kGzipMagic))
        return Compression::Gzip;
    if (named == Compression::Gzip && zlibHeader(firstBytes))
        return Compression::Gzip; // zlib's inflate reads a zlib stream as well as gzip
    // Too short to tell: the name decides (an empty file, or one cut inside its magic number).
    if ((named == Compression::Zstd && prefixOf(firstBytes, kZstdMagic))
        || (named == Compression::Gzip && prefixOf(firstBytes, kGzipMagic)))
        return named;
    return Compression::None;
}

std::string_view compressionName(Compression compression)
{
    switch (compression) {
    case Compression::Zstd: return "zstd";
    case Compression::Gzip: return "gzip";
    case Compression::None: break;
    }
    return "uncompressed";
}

struct LineStream::Impl {
    std::filesystem::path path;
    Compression compression = Compression::None;
    std::string formatMismatch;
    int fd = -1;
    int64_t fileSize = 0; // at open
    int64_t compressedRead = 0;

    int64_t lineNumber = 0;
    int64_t lineOffset = 0;
    int64_t lineBytes = 0;
    size_t maxLine = kNoLimit;
    bool tolerate = false;

    // Compressed input.
    std::unique_ptr<char[]> in;
    size_t inCap = 0;
    size_t inPos = 0, inEnd = 0;
    bool sourceEof = false;

    // Decompressed bytes: [pos, end) not yet returned; [scan, end) not yet searched for '\n'.
    // Allocated with malloc/realloc (cap + kPadding bytes): realloc of a large block remaps pages
    // instead of copying, and untouched capacity costs no resident memory.
    char* buf = nullptr;
    size_t cap = 0;
    size_t pos = 0, end = 0, scan = 0;
    int64_t base = 0; // decompressed offset of buf[0]
    bool eof = false; // no more bytes will come
    bool endedEarly = false;
    bool fileShrank = false;
    std::string earlyEndDetail;

    // A line longer than maxLine is counted, not kept.
    bool discarding = false;
    int64_t discardStart = 0;
    int64_t discardBytes = 0;

    ZSTD_DCtx* zstd = nullptr;
    bool frameComplete = true; // zstd frame or gzip member finished: the data may end here
    z_stream gz{};
    bool gzInit = false;

    ~Impl()
    {
        if (zstd)
            ZSTD_freeDCtx(zstd);
        if (gzInit)
            inflateEnd(&gz);
        if (fd >= 0)
            ::close(fd);
        std::free(buf);
    }

    // A damaged stream: throw (default) or end the stream here, as the caller chose.
    void stop(const std::string& operation, const std::string& detail)
    {
        if (!tolerate)
            throwCheckedError(operation, path.string() + " (near line " + std::to_string(lineNumber + 1) + ")",
                              detail);
        eof = true;
        sourceEof = true;
        endedEarly = true;
        earlyEndDetail = operation + ": " + detail;
    }

    void resize(size_t newCap)
    {
        char* grown = static_cast<char*>(std::realloc(buf, newCap + kPadding));
        if (!grown)
            throw std::bad_alloc();
        buf = grown;
        cap = newCap;
        std::memset(buf + end, 0, kPadding);
    }

    // Makes room for at least one more byte after `end`.
    void makeRoom()
    {
        if (pos > 0) {
            std::memmove(buf, buf + pos, end - pos);
            base += static_cast<int64_t>(pos);
            scan -= pos;
            end -= pos;
            pos = 0;
        }
        if (cap > kBufferBytes && end < kBufferBytes / 2)
            resize(kBufferBytes); // a long line has gone: give its memory back
        if (end == cap) {
            // The line in the buffer does not fit yet. It is at most maxLine + 1 bytes (a '\r' may
            // follow) or it would be discarded, so growing to maxLine + 2 always suffices.
            resize(std::max(cap + 1, std::min(cap * 2, maxLine + 2)));
        }
    }

    // What is available now, up to `bytes` (0 = end of file). A signal (e.g. the stop request) can
    // interrupt a read: just read on.
    size_t readSome(char* out, size_t bytes)
    {
        for (;;) {
            const ssize_t n = ::read(fd, out, bytes);
            if (n > 0)
                return static_cast<size_t>(n);
            if (n == 0) {
                checkNotShrunk();
                return 0;
            }
            if (errno != EINTR) {
                stop("read", std::strerror(errno)); // throws, or ends the stream when tolerated
                return 0;
            }
        }
    }

    // At the end of the file: a file that ends before the size it had at open, or whose size is now
    // below what was already read, was truncated (or rewritten) while being read. Its last records
    // may be cut and later ones are gone: the read is partial, whatever the format.
    void checkNotShrunk()
    {
        struct stat now {};
        const int64_t sizeNow = ::fstat(fd, &now) == 0 ? static_cast<int64_t>(now.st_size) : fileSize;
        if (compressedRead >= fileSize && sizeNow >= compressedRead)
            return;
        stop("read", "the file ends at byte " + std::to_string(std::min(compressedRead, sizeNow))
                         + " but held " + std::to_string(std::max(fileSize, compressedRead))
                         + " bytes before: it was truncated while being read");
        fileShrank = true;
    }

    bool readInput()
    {
        const size_t n = readSome(in.get(), inCap);
        if (n == 0) {
            sourceEof = true;
            return false;
        }
        compressedRead += static_cast<int64_t>(n);
        inPos = 0;
        inEnd = n;
        return true;
    }

    // Appends decompressed bytes at `end` (at least one), or sets eof. Needs end < cap.
    void fill()
    {
        const size_t before = end;
        switch (compression) {
        case Compression::None: fillPlain(); break;
        case Compression::Zstd: fillZstd(); break;
        case Compression::Gzip: fillGzip(); break;
        }
        if (end != before)
            std::memset(buf + end, 0, kPadding);
    }

    void fillPlain()
    {
        const size_t n = readSome(buf + end, cap - end);
        if (n == 0) {
            eof = true;
            return;
        }
        compressedRead += static_cast<int64_t>(n);
        end += n;
    }

    void fillZstd()
    {
        for (;;) {
            if (inPos == inEnd && !sourceEof)
                readInput();
            if (eof)
                return;
            const bool sourceDone = inPos == inEnd;
            if (sourceDone && frameComplete) {
                eof = true;
                return;
            }
            // With the source done the decoder may still hold output for us: one call flushes it.
            ZSTD_inBuffer input{in.get(), inEnd, inPos};
            ZSTD_outBuffer output{buf + end, cap - end, 0};
            const size_t ret = ZSTD_decompressStream(zstd, &output, &input);
            if (ZSTD_isError(ret)) {
                stop("zstd decompression", ZSTD_getErrorName(ret));
                return;
            }
            inPos = input.pos;
            end += output.pos;
            frameComplete = (ret == 0);
            if (output.pos > 0)
                return;
            if (sourceDone) {
                stop("zstd decompression", "the compressed stream is truncated");
                return;
            }
        }
    }

    void fillGzip()
    {
        for (;;) {
            if (inPos == inEnd && !sourceEof)
                readInput();
            if (eof)
                return;
            const bool sourceDone = inPos == inEnd;
            if (sourceDone && frameComplete) {
                eof = true;
                return;
            }
            gz.next_in = reinterpret_cast<Bytef*>(in.get() + inPos);
            gz.avail_in = static_cast<uInt>(inEnd - inPos);
            const size_t room = std::min<size_t>(cap - end, 1u << 30);
            gz.next_out = reinterpret_cast<Bytef*>(buf + end);
            gz.avail_out = static_cast<uInt>(room);
            const int ret = inflate(&gz, Z_NO_FLUSH);
            if (ret != Z_OK && ret != Z_STREAM_END && ret != Z_BUF_ERROR) {
                stop("gzip decompression", gz.msg ? gz.msg : "corrupt data");
                return;
            }
            inPos = inEnd - gz.avail_in;
            const size_t produced = room - gz.avail_out;
            end += produced;
            frameComplete = (ret == Z_STREAM_END);
            if (ret == Z_STREAM_END) // concatenated gzip members are one stream
                inflateReset(&gz);
            if (produced > 0)
                return;
            if (sourceDone && ret != Z_STREAM_END) {
                stop("gzip decompression", "the compressed stream is truncated");
                return;
            }
        }
    }

    // Hands out [pos, pos + n) as the line last read, with its '\r' dropped.
    LineStatus take(size_t n, size_t next, std::string_view& line)
    {
        ++lineNumber;
        lineOffset = base + static_cast<int64_t>(pos);
        if (n > 0 && buf[pos + n - 1] == '\r')
            --n;
        lineBytes = static_cast<int64_t>(n);
        const char* begin = buf + pos;
        pos = scan = next;
        if (n > maxLine) {
            line = {};
            return LineStatus::TooLong;
        }
        line = std::string_view(begin, n);
        return LineStatus::Line;
    }

    LineStatus takeDiscarded(std::string_view& line)
    {
        ++lineNumber;
        lineOffset = discardStart;
        lineBytes = discardBytes;
        discarding = false;
        line = {};
        return LineStatus::TooLong;
    }

    LineStatus read(std::string_view& line)
    {
        for (;;) {
            if (scan < end) {
                const void* found = std::memchr(buf + scan, '\n', end - scan);
                if (found) {
                    const size_t newline = static_cast<const char*>(found) - buf;
                    if (discarding) {
                        discardBytes += static_cast<int64_t>(newline - pos);
                        if (newline > pos && buf[newline - 1] == '\r')
                            --discardBytes;
                        pos = scan = newline + 1;
                        return takeDiscarded(line);
                    }
                    return take(newline - pos, newline + 1, line);
                }
                scan = end;
            }
            // No whole line is buffered. Past the limit, count the line's bytes instead of keeping them.
            if (discarding) {
                discardBytes += static_cast<int64_t>(end - pos);
                pos = scan = end;
            } else if (end - pos > maxLine + 1) {
                discarding = true;
                discardStart = base + static_cast<int64_t>(pos);
                discardBytes = static_cast<int64_t>(end - pos);
                pos = scan = end;
            }
            if (eof) {
                // At a cut the last line is incomplete: drop it, every line handed out is whole.
                if (endedEarly) {
                    discarding = false;
                    pos = scan = end;
                    return LineStatus::End;
                }
                if (discarding)
                    return takeDiscarded(line);
                if (pos < end)
                    return take(end - pos, end, line); // last line without a '\n'
                return LineStatus::End;
            }
            makeRoom();
            fill();
        }
    }
};

namespace {

std::string notRegularFile(mode_t mode)
{
    if (S_ISDIR(mode))
        return "it is a folder, not a file";
    if (S_ISFIFO(mode))
        return "it is a FIFO (named pipe), not a regular file: only files and folders can be read";
    if (S_ISSOCK(mode))
        return "it is a socket, not a regular file: only files and folders can be read";
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return "it is a device, not a regular file: only files and folders can be read";
    return "it is not a regular file: only files and folders can be read";
}

} // namespace

std::string describeNonRegularFile(const std::filesystem::path& path)
{
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 || S_ISREG(st.st_mode))
        return {};
    return notRegularFile(st.st_mode);
}

LineStream::LineStream(const std::filesystem::path& path)
    : d(std::make_unique<Impl>())
{
    d->path = path;
    // O_NONBLOCK: opening a FIFO without a writer would wait forever; it is refused below instead.
    d->fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (d->fd < 0)
        throwCheckedError("open", path.string(), std::strerror(errno));
    struct stat st {};
    if (::fstat(d->fd, &st) != 0)
        throwCheckedError("stat", path.string(), std::strerror(errno));
    if (!S_ISREG(st.st_mode))
        throwCheckedError("open", path.string(), notRegularFile(st.st_mode));
    ::fcntl(d->fd, F_SETFL, ::fcntl(d->fd, F_GETFL) & ~O_NONBLOCK);
    d->fileSize = static_cast<int64_t>(st.st_size);

    // The first bytes decide the format (once per file); they are read again as the stream's start.
    char magic[kMagicBytes];
    size_t got = 0;
    while (got < kMagicBytes) {
        const size_t n = d->readSome(magic + got, kMagicBytes - got);
        if (n == 0)
            break;
        got += n;
        d->compressedRead += static_cast<int64_t>(n);
    }
    const Compression named = compressionFor(path);
    d->compression = compressionForContent(std::string_view(magic, got), named);
    if (d->compression != named) {
        const std::string content(compressionName(d->compression));
        if (named == Compression::None)
            d->formatMismatch = "holds " + content + " data but its name does not end in "
                + (d->compression == Compression::Zstd ? ".zst" : ".gz") + ": read as " + content;
        else if (d->compression == Compression::None)
            d->formatMismatch = "named " + extensionOf(path) + " but holds no " + std::string(compressionName(named))
                + " data (uncompressed bytes): read as plain text";
        else
            d->formatMismatch = "named " + extensionOf(path) + " but holds " + content + " data: read as " + content;
    }
    // Compressed text is usually several times larger than its file: 8x (the buffer grows when a
    // line needs more).
    const size_t size = std::min(static_cast<size_t>(std::max<int64_t>(d->fileSize, 0)), kBufferBytes);
    d->resize(std::clamp(d->compression == Compression::None ? size + 1 : size * 8, kSmallestBuffer, kBufferBytes));
    if (d->compression == Compression::None) {
        std::memcpy(d->buf, magic, got);
        d->end = got;
        std::memset(d->buf + d->end, 0, kPadding);
    } else {
        d->inCap = std::clamp(size + 1, kMagicBytes, kInputBytes);
        d->in.reset(new char[d->inCap]);
        std::memcpy(d->in.get(), magic, got);
        d->inEnd = got;
    }
    if (d->compression == Compression::Zstd) {
        d->zstd = ZSTD_createDCtx();
        if (!d->zstd)
            throwCheckedError("ZSTD_createDCtx", path.string(), "out of memory");
    } else if (d->compression == Compression::Gzip) {
        if (inflateInit2(&d->gz, 15 + 32) != Z_OK) // 15 + 32: gzip or zlib header, auto-detected
            throwCheckedError("inflateInit2", path.string(), d->gz.msg ? d->gz.msg : "");
        d->gzInit = true;
    }
}

LineStream::~LineStream() = default;

void LineStream::setMaxLineBytes(int64_t bytes)
{
    d->maxLine = bytes < 0 ? 0 : std::min(static_cast<size_t>(bytes), kNoLimit);
}

void LineStream::setTolerateEarlyEnd(bool tolerate) { d->tolerate = tolerate; }

bool LineStream::next(std::string& line)
{
    line.clear();
    std::string_view view;
    switch (d->read(view)) {
    case LineStatus::Line:
        line.assign(view);
        return true;
    case LineStatus::TooLong:
        throwCheckedError("read", d->path.string() + " (line " + std::to_string(d->lineNumber) + ")",
                          "the line is " + std::to_string(d->lineBytes) + " bytes, longer than the limit of "
                              + std::to_string(d->maxLine) + " bytes");
    case LineStatus::End:
        break;
    }
    return false;
}

LineStatus LineStream::read(std::string_view& line) { return d->read(line); }

bool LineStream::skipTo(int64_t offset, int64_t lineNumber)
{
    if (offset < d->base + static_cast<int64_t>(d->pos))
        throw Error("skipTo(" + std::to_string(offset) + ") goes backwards in " + d->path.string());
    if (d->compression == Compression::None && !d->discarding
        && ::lseek(d->fd, static_cast<off_t>(offset), SEEK_SET) >= 0) {
        d->pos = d->end = d->scan = 0;
        d->base = offset;
        d->eof = false;
        d->compressedRead = offset;
        d->lineNumber = lineNumber - 1;
        return offset <= d->fileSize;
    }
    std::string_view line;
    while (d->base + static_cast<int64_t>(d->pos) < offset)
        if (d->read(line) == LineStatus::End)
            return false;
    return d->lineNumber == lineNumber - 1;
}

std::string_view LineStream::head(size_t bytes)
{
    if (d->cap < bytes)
        d->resize(bytes);
    while (!d->eof && d->end - d->pos < bytes) {
        if (d->end == d->cap)
            break;
        d->fill();
    }
    return std::string_view(d->buf + d->pos, std::min(d->end - d->pos, bytes));
}

int64_t LineStream::nextOffset() const { return d->base + static_cast<int64_t>(d->pos); }
int64_t LineStream::lineNumber() const { return d->lineNumber; }
int64_t LineStream::lineOffset() const { return d->lineOffset; }
int64_t LineStream::lineBytes() const { return d->lineBytes; }
int64_t LineStream::compressedBytesRead() const { return d->compressedRead; }
int64_t LineStream::fileSize() const { return d->fileSize; }
const std::filesystem::path& LineStream::path() const { return d->path; }
Compression LineStream::compression() const { return d->compression; }
const std::string& LineStream::formatMismatch() const { return d->formatMismatch; }
bool LineStream::endedEarly() const { return d->endedEarly; }
const std::string& LineStream::earlyEndDetail() const { return d->earlyEndDetail; }
bool LineStream::fileShrank() const { return d->fileShrank; }

} // namespace adaptlab::corpus
