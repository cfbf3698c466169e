// A run's events file, runs/<id>/events.jsonl: the events its child prints on stdout (job_event.h),
// each stamped with "time", opened by a "started" line and closed by one final event (done, error,
// stopped). The child appends (RunEventsWriter); anyone follows it from an offset (RunEventsReader),
// whether the run was started by this process, an earlier GUI or a terminal.
#pragma once

#include "jobs/job_event.h"

#include <cstdint>
#include <filesystem>
#include <mutex>
#include <optional>
#include <vector>

namespace adaptlab::jobs {

inline constexpr const char* kRunEventsFileName = "events.jsonl";
inline constexpr const char* kRunLogFileName = "log.txt";

double secondsSinceEpoch();

// Appends events, each line with one write() of the whole line and its '\n', so that a reader
// sees whole lines only (except a last one being written). A final event is fsync'ed: it is the
// record reconcileRuns() trusts when the child dies before the store hears of the end.
// Thread-safe. Throws Error naming the file when it cannot be opened.
class RunEventsWriter {
public:
    explicit RunEventsWriter(const std::filesystem::path& path);
    ~RunEventsWriter();
    RunEventsWriter(const RunEventsWriter&) = delete;
    RunEventsWriter& operator=(const RunEventsWriter&) = delete;

    // Stamps "time" (when the event has none) and appends it. Returns false when the write failed
    // (a full disk): the job goes on, the caller decides what to say.
    bool writeEvent(const JobEvent& event);
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
    int fd_ = -1;
    std::mutex mutex_;
};

// Reads the events appended since the last call. Only complete lines are taken; a trailing partial
// line stays for the next call. Malformed lines are skipped and counted. A missing file reads as
// empty (the child has not started yet).
struct RunEventsReader {
    explicit RunEventsReader(std::filesystem::path path, int64_t offset = 0);
    std::vector<JobEvent> readNew();
    int64_t offset() const { return offset_; }        // bytes of complete lines consumed
    int64_t malformedLines() const { return malformed_; }
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
    int64_t offset_ = 0;
    int64_t malformed_ = 0;
};

// Every event of the file (complete lines), for a run that has ended or a one-off look.
std::vector<JobEvent> readRunEvents(const std::filesystem::path& path);
// The last event of `type` in the file, reading from its end (a long training run's file is large).
std::optional<JobEvent> lastRunEvent(const std::filesystem::path& path, JobEvent::Type type);
// The final event (done, error, stopped) when the file's last complete event is one.
std::optional<JobEvent> finalRunEvent(const std::filesystem::path& path);

} // namespace adaptlab::jobs
