// SpillFile<Record>: an anonymous temporary file of fixed-size records, for the passes over a
// signals file that would otherwise reread it once per memory budget (duplicate clustering,
// histograms): one read spills what each later step needs to its own file, and each step reads back
// only its file. Created in the folder the caller names (inside the project or beside the output:
// the same disk; /tmp may be memory) under a temporary name (temp_file.h) and removed from the
// folder at once, so nothing is left behind whatever happens; written and read through a 64 KiB
// buffer. Throws Error naming the folder when it cannot be created, written or read.
#pragma once

#include "common/error.h"
#include "common/temp_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <type_traits>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

namespace adaptlab::corpus {

template <typename Record>
class SpillFile {
    static_assert(std::is_trivially_copyable_v<Record>, "records are written as bytes");

public:
    explicit SpillFile(const std::filesystem::path& folder) : folder_(folder.empty() ? std::filesystem::path(".") : folder)
    {
        const std::filesystem::path name = temporaryPath(folder_, "spill");
        const int fd = ::open(name.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0)
            throwCheckedError("create a temporary file in", folder_.string(), std::strerror(errno));
        ::unlink(name.c_str());
        file_ = ::fdopen(fd, "w+b");
        if (file_ == nullptr) {
            const int error = errno;
            ::close(fd);
            throwCheckedError("open a temporary file in", folder_.string(), std::strerror(error));
        }
        buffer_.reserve(kBufferRecords);
    }
    ~SpillFile()
    {
        if (file_ != nullptr)
            std::fclose(file_);
    }
    SpillFile(SpillFile&& other) noexcept
        : folder_(std::move(other.folder_)), file_(other.file_), buffer_(std::move(other.buffer_))
    {
        other.file_ = nullptr;
    }
    SpillFile(const SpillFile&) = delete;
    SpillFile& operator=(const SpillFile&) = delete;
    SpillFile& operator=(SpillFile&&) = delete;

    void write(const Record& record)
    {
        buffer_.push_back(record);
        if (buffer_.size() == kBufferRecords)
            flush();
    }

    // visit(record) for every record written, in order.
    template <typename Visit>
    void forEach(Visit&& visit)
    {
        flush();
        std::rewind(file_);
        for (;;) {
            buffer_.resize(kBufferRecords);
            const size_t got = std::fread(buffer_.data(), sizeof(Record), kBufferRecords, file_);
            if (std::ferror(file_))
                throwCheckedError("read back a temporary file in", folder_.string(), std::strerror(errno));
            for (size_t i = 0; i < got; ++i)
                visit(buffer_[i]);
            if (got < kBufferRecords)
                break;
        }
        buffer_.clear();
    }

private:
    static constexpr size_t kBufferRecords = (size_t(64) << 10) / sizeof(Record);

    void flush()
    {
        if (!buffer_.empty() && std::fwrite(buffer_.data(), sizeof(Record), buffer_.size(), file_) != buffer_.size())
            throwCheckedError("write a temporary file in", folder_.string(),
                              std::string(std::strerror(errno)) + " (is the disk full?)");
        buffer_.clear();
    }

    std::filesystem::path folder_;
    std::FILE* file_ = nullptr;
    std::vector<Record> buffer_;
};

} // namespace adaptlab::corpus
