// Writes a file so that no interruption leaves one that looks complete: the bytes go to a temporary
// name beside the target (temp_file.h: a later start removes it as stale once this process is gone),
// every write and the close are checked, the file and then its folder are fsynced, and only then is
// the temporary renamed onto the target. A kill, a crash, a full disk or a power loss leaves the
// target as it was (absent, or the complete old file) or the complete new one, never a part.
// Every writer of the engine's outputs (derived datasets, signals files, specs, --signals-out and
// --weights-out) writes through it.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <ostream>
#include <streambuf>
#include <string>
#include <string_view>

namespace adaptlab {

class AtomicFile {
public:
    // Creates the temporary file (and the target's folder when missing). Errors name the target.
    explicit AtomicFile(std::filesystem::path target);
    ~AtomicFile(); // without commit(), the temporary file is removed and the target left as it was
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    void write(const void* data, size_t size);
    void write(std::string_view bytes) { write(bytes.data(), bytes.size()); }
    // Overwrites bytes already written (a header's count, known at the end).
    void writeAt(uint64_t offset, const void* data, size_t size);
    // Flushes, fsyncs and closes the temporary file: it is complete on disk and may be read, but not
    // yet in place. commit() does this itself when it has not been done.
    void close();
    // Renames the temporary onto the target (replacing it) and fsyncs the folder, so the new name
    // survives a power loss.
    void commit();
    // Removes the temporary file now; the target stays as it was. Never throws.
    void discard() noexcept;

    const std::filesystem::path& target() const { return target_; }
    const std::filesystem::path& temporaryPath() const { return temporary_; }
    uint64_t size() const { return size_; } // bytes written so far
    bool committed() const { return state_ == State::Committed; }

private:
    enum class State { Open, Closed, Committed, Discarded };
    void flush();
    [[noreturn]] void fail(std::string_view operation, int error);

    std::filesystem::path target_, temporary_;
    int fd_ = -1;
    State state_ = State::Open;
    uint64_t size_ = 0;
    std::string buffer_;
};

// A std::ostream over an AtomicFile, for writers that format with << (one number or JSON line at a
// time). A failed write throws the AtomicFile's error out of the << that hit it.
class AtomicOutputStream : public std::ostream {
public:
    explicit AtomicOutputStream(std::filesystem::path target);
    ~AtomicOutputStream() override;
    void commit(); // flushes the stream, then AtomicFile::commit()
    AtomicFile& file() { return *file_; }

private:
    class Buffer final : public std::streambuf {
    public:
        explicit Buffer(AtomicFile& file);
        void drain();

    protected:
        int_type overflow(int_type c) override;
        std::streamsize xsputn(const char* data, std::streamsize count) override;
        int sync() override;

    private:
        AtomicFile& file_;
        char space_[64 * 1024];
    };
    std::unique_ptr<AtomicFile> file_;
    std::unique_ptr<Buffer> buffer_;
};

} // namespace adaptlab
