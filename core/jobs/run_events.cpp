#include "jobs/run_events.h"

#include "common/error.h"

#include <cerrno>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <fstream>
#include <unistd.h>

namespace adaptlab::jobs {

namespace fs = std::filesystem;

double secondsSinceEpoch()
{
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

RunEventsWriter::RunEventsWriter(const fs::path& path)
    : path_(path)
{
    fd_ = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (fd_ < 0)
        throwCheckedError("open for appending", path.string(), std::strerror(errno));
}

RunEventsWriter::~RunEventsWriter()
{
    if (fd_ >= 0)
        ::close(fd_);
}

bool RunEventsWriter::writeEvent(const JobEvent& event)
{
    JobEvent stamped = event;
    if (stamped.time <= 0)
        stamped.time = secondsSinceEpoch();
    const std::string line = toJsonLine(stamped) + "\n";
    std::lock_guard lock(mutex_);
    // One write() per line: with O_APPEND the line lands whole at the end, never interleaved with
    // another writer's. A short write (disk full) leaves a partial line that readers skip.
    ssize_t written;
    do {
        written = ::write(fd_, line.data(), line.size());
    } while (written < 0 && errno == EINTR);
    if (written != static_cast<ssize_t>(line.size()))
        return false;
    if (isFinalEvent(event))
        return ::fsync(fd_) == 0;
    return true;
}

namespace {

// Parses the complete lines of `text` (which starts at a line start) into `events`; returns the
// bytes consumed, i.e. up to and including the last '\n'.
size_t parseLines(std::string_view text, std::vector<JobEvent>& events, int64_t& malformed)
{
    size_t start = 0;
    while (start < text.size()) {
        const size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            break;
        const std::string_view line = text.substr(start, end - start);
        start = end + 1;
        if (line.find_first_not_of(" \t\r") == std::string_view::npos)
            continue;
        if (auto event = parseEventLine(line))
            events.push_back(std::move(*event));
        else
            ++malformed;
    }
    return start;
}

std::string readRange(const fs::path& path, int64_t from, int64_t length)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return {};
    in.seekg(from);
    std::string bytes(static_cast<size_t>(length), '\0');
    in.read(bytes.data(), length);
    bytes.resize(static_cast<size_t>(in.gcount()));
    return bytes;
}

} // namespace

RunEventsReader::RunEventsReader(fs::path path, int64_t offset)
    : path_(std::move(path))
    , offset_(offset)
{
}

std::vector<JobEvent> RunEventsReader::readNew()
{
    std::vector<JobEvent> events;
    std::error_code error;
    const auto size = fs::file_size(path_, error);
    if (error || static_cast<int64_t>(size) <= offset_)
        return events;
    const std::string bytes = readRange(path_, offset_, static_cast<int64_t>(size) - offset_);
    offset_ += static_cast<int64_t>(parseLines(bytes, events, malformed_));
    return events;
}

std::vector<JobEvent> readRunEvents(const fs::path& path)
{
    RunEventsReader reader(path);
    return reader.readNew();
}

namespace {

// The last event that `accept` takes, reading the file backwards in growing chunks.
template <typename Accept>
std::optional<JobEvent> lastEventWhere(const fs::path& path, Accept accept)
{
    std::error_code error;
    const auto fileSize = fs::file_size(path, error);
    if (error || fileSize == 0)
        return std::nullopt;
    const auto size = static_cast<int64_t>(fileSize);
    for (int64_t chunk = 64 * 1024;; chunk *= 4) {
        const int64_t from = std::max<int64_t>(0, size - chunk);
        std::string bytes = readRange(path, from, size - from);
        std::string_view text(bytes);
        if (from > 0) { // the chunk starts inside a line: skip to the next line start
            const size_t newline = text.find('\n');
            text = newline == std::string_view::npos ? std::string_view() : text.substr(newline + 1);
        }
        std::vector<JobEvent> events;
        int64_t malformed = 0;
        parseLines(text, events, malformed);
        for (auto it = events.rbegin(); it != events.rend(); ++it)
            if (accept(*it))
                return *it;
        if (from == 0)
            return std::nullopt;
    }
}

} // namespace

std::optional<JobEvent> lastRunEvent(const fs::path& path, JobEvent::Type type)
{
    return lastEventWhere(path, [type](const JobEvent& event) { return event.type == type; });
}

std::optional<JobEvent> finalRunEvent(const fs::path& path)
{
    return lastEventWhere(path, [](const JobEvent& event) { return isFinalEvent(event); });
}

} // namespace adaptlab::jobs
