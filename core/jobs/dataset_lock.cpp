#include "jobs/dataset_lock.h"

#include "store/dataset_name.h"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace adaptlab::jobs {

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

// Whatever the holder wrote (it writes right after taking the lock, so it may not have yet).
json readHolder(int fd)
{
    std::string text(4096, '\0');
    const ssize_t n = ::pread(fd, text.data(), text.size(), 0);
    text.resize(n > 0 ? static_cast<size_t>(n) : 0);
    const json holder = json::parse(text, nullptr, /*allow_exceptions=*/false);
    return holder.is_object() ? holder : json::object();
}

std::string describeHolder(const json& holder)
{
    const int64_t run = holder.value("run_id", int64_t{0});
    const int64_t pid = holder.value("pid", int64_t{0});
    const std::string kind = holder.value("kind", std::string());
    if (run > 0)
        return "run " + std::to_string(run) + (kind.empty() ? "" : " (" + kind + ")") + ", process " + std::to_string(pid);
    if (pid > 0)
        return "process " + std::to_string(pid) + (kind.empty() ? "" : " (" + kind + ")");
    return "another job";
}

} // namespace

fs::path DatasetLock::lockPath(const fs::path& projectRoot, const std::string& name)
{
    // The name builds a file name: one that breaks the rule (an old store's "../x") never does.
    if (const auto problem = store::datasetNameProblem(name))
        throw Error("dataset \"" + name + "\" cannot be locked: " + *problem + "; rename it");
    return projectRoot / "datasets" / ("." + name + ".lock");
}

DatasetLock::DatasetLock(const fs::path& projectRoot, const std::string& name, int64_t runId, const std::string& kind)
    : path_(lockPath(projectRoot, name))
{
    std::error_code ec;
    fs::create_directories(path_.parent_path(), ec);
    fd_ = ::open(path_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd_ < 0)
        throwCheckedError("create lock file", path_.string(), std::strerror(errno));
    int locked;
    do
        locked = ::flock(fd_, LOCK_EX | LOCK_NB);
    while (locked != 0 && errno == EINTR);
    if (locked != 0) {
        const int error = errno;
        const json holder = error == EWOULDBLOCK ? readHolder(fd_) : json::object();
        ::close(fd_);
        fd_ = -1;
        if (error != EWOULDBLOCK)
            throwCheckedError("lock", path_.string(), std::strerror(error));
        throw DatasetBusy("dataset \"" + name + "\" is being written by " + describeHolder(holder) +
                          " (lock file " + path_.string() + "); wait until it finishes or stop it, then try again");
    }
    // The file is never removed: a process that opened it just before a removal would lock a file
    // nobody else can find, and two jobs would both hold "the" lock.
    const std::string holder = json{{"run_id", runId}, {"pid", static_cast<int64_t>(::getpid())}, {"kind", kind}}.dump() + "\n";
    if (::ftruncate(fd_, 0) != 0 || ::pwrite(fd_, holder.data(), holder.size(), 0) != static_cast<ssize_t>(holder.size())) {
        const int error = errno;
        ::close(fd_);
        fd_ = -1;
        throwCheckedError("write lock file", path_.string(), std::strerror(error));
    }
}

DatasetLock::DatasetLock(DatasetLock&& other) noexcept : path_(std::move(other.path_)), fd_(other.fd_)
{
    other.fd_ = -1;
}

DatasetLock::~DatasetLock()
{
    if (fd_ >= 0) {
        // Cleared first, so that a reader never names a job that has finished.
        if (::ftruncate(fd_, 0) != 0) {
            // Nothing to do: the lock is released by the close below all the same.
        }
        ::close(fd_);
    }
}

} // namespace adaptlab::jobs
