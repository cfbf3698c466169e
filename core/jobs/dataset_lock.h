// The write lock of one project dataset, held by every job that writes the dataset's files (an
// inspect writing its signals file, a job writing an output dataset), so that two of them never
// write the same files at once. A lock FILE per dataset, datasets/.<name>.lock, taken with
// flock(LOCK_EX | LOCK_NB): never fcntl locks (they are per process and dropped when any descriptor
// of the file closes) and never on the SQLite file (closing a descriptor of it drops SQLite's own
// locks). The kernel releases it when the holder exits, however it exits, so a killed job never
// leaves a dataset locked. A second writer is refused at once, never made to wait: the holder
// writes its run id and pid into the lock file, and the refusal names them.
#pragma once

#include "common/error.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace adaptlab::jobs {

// Another job holds the dataset's lock; the message names the dataset and that job's run and pid.
class DatasetBusy : public Error {
public:
    using Error::Error;
};

class DatasetLock {
public:
    // Takes the lock of dataset `name` in the project at `projectRoot` for run `runId` (of job kind
    // `kind`). Throws DatasetBusy when another job holds it, Error naming the lock file when it
    // cannot be created.
    DatasetLock(const std::filesystem::path& projectRoot, const std::string& name, int64_t runId,
                const std::string& kind);
    ~DatasetLock(); // releases it
    DatasetLock(DatasetLock&& other) noexcept;
    DatasetLock& operator=(DatasetLock&&) = delete;
    DatasetLock(const DatasetLock&) = delete;
    DatasetLock& operator=(const DatasetLock&) = delete;

    const std::filesystem::path& path() const { return path_; }
    static std::filesystem::path lockPath(const std::filesystem::path& projectRoot, const std::string& name);

private:
    std::filesystem::path path_;
    int fd_ = -1;
};

} // namespace adaptlab::jobs
