// Temporary files that never outlive their use: each name carries the host, the pid and the start
// time of the process that made it (field 22 of /proc/<pid>/stat), so a later start can tell the
// leftovers of a killed process (gone, or its pid now another process) from a live process's files
// and remove only those; and an RAII guard removes a file on every way out (success, failure, stop).
// Names are hidden (a leading dot), so a folder read as a corpus never picks one up:
//   .<stem>.adaptlab-tmp-<host>-<pid>-<start>-<random>
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace adaptlab {

// The start time of process `pid` in clock ticks since boot (field 22 of /proc/<pid>/stat), or
// nullopt when there is no such process or it has ended (a zombie). With the pid it tells a process
// from a later one that reuses its pid.
std::optional<uint64_t> processStartTime(int64_t pid);

// A fresh temporary name in `folder` (nothing is created): ".<stem>.adaptlab-tmp-...".
std::filesystem::path temporaryPath(const std::filesystem::path& folder, const std::string& stem);
// A fresh temporary name beside `path`, in the same folder so that renaming it onto `path` is atomic.
std::filesystem::path temporarySibling(const std::filesystem::path& path);

// Whether `fileName` is a temporary name made on this host by a process that no longer runs. Names
// from other hosts (a project on a shared disk) are never stale: their processes cannot be seen.
bool isStaleTemporary(const std::string& fileName);
// Removes the stale temporary files directly in `folder` and returns how many. Never throws: a
// folder that is missing or cannot be read is left as it is.
int removeStaleTemporaries(const std::filesystem::path& folder);

// Owns a temporary file's name: removes the file (if it exists) when destroyed, unless release()d.
class TemporaryFile {
public:
    TemporaryFile() = default;
    explicit TemporaryFile(std::filesystem::path path) : path_(std::move(path)) {}
    ~TemporaryFile() { remove(); }
    TemporaryFile(TemporaryFile&& other) noexcept : path_(std::move(other.path_)) { other.path_.clear(); }
    TemporaryFile& operator=(TemporaryFile&& other) noexcept;
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;

    const std::filesystem::path& path() const { return path_; }
    bool empty() const { return path_.empty(); }
    void remove() noexcept;  // now; the guard then owns nothing
    void release() noexcept { path_.clear(); } // the file is no longer temporary (renamed away, kept)

private:
    std::filesystem::path path_;
};

} // namespace adaptlab
