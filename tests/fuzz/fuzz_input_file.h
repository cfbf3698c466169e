// FuzzInputFile: the fuzzer's bytes as a named file, without touching the disk. The readers under
// test open files by path and read the format from the name (.jsonl, .zst, .txt), so each target
// writes its input into a memfd and reaches it through a symbolic link with the name it needs
// (<temp folder>/input.jsonl.zst -> /proc/self/fd/N), rewritten in place for every input.
#pragma once

#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

namespace adaptlab::fuzz {

// Stops the fuzzer with a message when an invariant of the code under test does not hold: libFuzzer
// saves the input as a crash file.
[[noreturn]] inline void fail(const std::string& what)
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what.c_str());
    std::abort();
}

class FuzzInputFile {
public:
    explicit FuzzInputFile(const std::string& name)
    {
        fd_ = ::memfd_create("adaptlab-fuzz-input", MFD_CLOEXEC);
        std::string folder = (std::filesystem::temp_directory_path() / "adaptlab-fuzz-XXXXXX").string();
        if (fd_ < 0 || !::mkdtemp(folder.data()))
            fail("cannot make the input file");
        folder_ = folder;
        path_ = folder_ / name;
        std::filesystem::create_symlink("/proc/self/fd/" + std::to_string(fd_), path_);
    }
    ~FuzzInputFile()
    {
        std::error_code ec;
        std::filesystem::remove_all(folder_, ec);
        ::close(fd_);
    }
    FuzzInputFile(const FuzzInputFile&) = delete;
    FuzzInputFile& operator=(const FuzzInputFile&) = delete;

    void write(const void* data, size_t size)
    {
        if (::ftruncate(fd_, 0) != 0 || (size > 0 && ::pwrite(fd_, data, size, 0) != static_cast<ssize_t>(size)))
            fail("cannot write the input file");
    }

    const std::filesystem::path& path() const { return path_; }

private:
    int fd_ = -1;
    std::filesystem::path folder_;
    std::filesystem::path path_;
};

} // namespace adaptlab::fuzz
