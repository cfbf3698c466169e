#include "common/atomic_file.h"

#include "common/error.h"
#include "common/temp_file.h"

#include <cerrno>
#include <cstring>
#include <system_error>

#include <fcntl.h>
#include <unistd.h>

namespace adaptlab {

namespace fs = std::filesystem;

namespace {

// Writes below this are gathered first: the writers hand over single JSON lines and numbers.
constexpr size_t kBufferBytes = size_t(1) << 20;

// Makes the folder entry (a created or renamed name) durable; on file systems that cannot fsync a
// folder the rename is still atomic, only its durability is the file system's.
void syncFolder(const fs::path& folder)
{
    const int fd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}

} // namespace

AtomicFile::AtomicFile(fs::path target) : target_(std::move(target))
{
    if (target_.has_parent_path()) {
        std::error_code ec;
        fs::create_directories(target_.parent_path(), ec);
        if (ec)
            throwCheckedError("create the folder of", target_.string(), ec.message());
    }
    temporary_ = temporarySibling(target_); // its own name: two writers of one target never share a file
    fd_ = ::open(temporary_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd_ < 0)
        throwCheckedError("create", target_.string() + " (temporary " + temporary_.filename().string() + ")",
                          std::strerror(errno));
    buffer_.reserve(kBufferBytes);
}

AtomicFile::~AtomicFile()
{
    discard();
}

void AtomicFile::fail(std::string_view operation, int error)
{
    const std::string detail = std::strerror(error);
    discard(); // nothing half-written stays behind, and the target is untouched
    throwCheckedError(operation, target_.string(), detail);
}

void AtomicFile::write(const void* data, size_t size)
{
    if (state_ != State::Open)
        throwCheckedError("write", target_.string(), "the file is already closed");
    const auto* bytes = static_cast<const char*>(data);
    if (buffer_.size() + size <= kBufferBytes) {
        buffer_.append(bytes, size);
    } else {
        flush();
        if (size < kBufferBytes) {
            buffer_.append(bytes, size);
        } else {
            buffer_.assign(bytes, size); // one large write goes out as it is
            flush();
        }
    }
    size_ += size;
}

void AtomicFile::flush()
{
    size_t done = 0;
    while (done < buffer_.size()) {
        const ssize_t n = ::write(fd_, buffer_.data() + done, buffer_.size() - done);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            fail("write", errno);
        }
        done += static_cast<size_t>(n);
    }
    buffer_.clear();
}

void AtomicFile::writeAt(uint64_t offset, const void* data, size_t size)
{
    if (state_ != State::Open)
        throwCheckedError("write", target_.string(), "the file is already closed");
    if (offset + size > size_)
        throwCheckedError("write", target_.string(), "the patched bytes lie beyond what was written");
    flush();
    const auto* bytes = static_cast<const char*>(data);
    size_t done = 0;
    while (done < size) {
        const ssize_t n = ::pwrite(fd_, bytes + done, size - done, static_cast<off_t>(offset + done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            fail("write", errno);
        }
        done += static_cast<size_t>(n);
    }
}

void AtomicFile::close()
{
    if (state_ != State::Open)
        return;
    flush();
    // On disk before the rename: otherwise a power loss after it can leave the new name on an empty
    // or partial file (ext4 with delalloc, xfs).
    if (::fsync(fd_) != 0)
        fail("fsync", errno);
    const int closed = ::close(fd_);
    const int error = errno;
    fd_ = -1;
    if (closed != 0 && error != EINTR) // after EINTR the descriptor is closed on Linux; fsync succeeded
        fail("close", error);
    state_ = State::Closed;
}

void AtomicFile::commit()
{
    if (state_ == State::Committed)
        return;
    close();
    if (state_ != State::Closed)
        throwCheckedError("rename", target_.string(), "the file was discarded");
    if (::rename(temporary_.c_str(), target_.c_str()) != 0)
        fail("rename", errno);
    state_ = State::Committed;
    syncFolder(target_.parent_path());
}

void AtomicFile::discard() noexcept
{
    if (state_ == State::Committed || state_ == State::Discarded)
        return;
    if (fd_ >= 0) {
        ::close(fd_);
        fd_ = -1;
    }
    ::unlink(temporary_.c_str());
    buffer_.clear();
    state_ = State::Discarded;
}

// ---- AtomicOutputStream ------------------------------------------------------------------------

AtomicOutputStream::Buffer::Buffer(AtomicFile& file) : file_(file)
{
    setp(space_, space_ + sizeof(space_));
}

void AtomicOutputStream::Buffer::drain()
{
    const auto pending = static_cast<size_t>(pptr() - pbase());
    if (pending > 0)
        file_.write(pbase(), pending);
    setp(space_, space_ + sizeof(space_));
}

AtomicOutputStream::Buffer::int_type AtomicOutputStream::Buffer::overflow(int_type c)
{
    drain();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
        *pptr() = traits_type::to_char_type(c);
        pbump(1);
    }
    return traits_type::not_eof(c);
}

std::streamsize AtomicOutputStream::Buffer::xsputn(const char* data, std::streamsize count)
{
    if (count > epptr() - pptr()) {
        drain();
        if (count > epptr() - pptr()) {
            file_.write(data, static_cast<size_t>(count));
            return count;
        }
    }
    std::memcpy(pptr(), data, static_cast<size_t>(count));
    pbump(static_cast<int>(count));
    return count;
}

int AtomicOutputStream::Buffer::sync()
{
    drain();
    return 0;
}

AtomicOutputStream::AtomicOutputStream(fs::path target)
    : std::ostream(nullptr), file_(std::make_unique<AtomicFile>(std::move(target)))
{
    buffer_ = std::make_unique<Buffer>(*file_);
    rdbuf(buffer_.get());
    exceptions(std::ios::badbit); // the AtomicFile's error leaves the << that met it
}

// Nothing is flushed here: file_ discards an uncommitted temporary with what was buffered.
AtomicOutputStream::~AtomicOutputStream() = default;

void AtomicOutputStream::commit()
{
    buffer_->drain();
    file_->commit();
}

} // namespace adaptlab
