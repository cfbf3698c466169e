// The events a job prints on stdout, one JSON object per line:
//   {"event":"progress","done":N,"total":N,"eta_s":X,"stage":"..."}
//   {"event":"metric","name":"...","step":N,"tokens":N,"value":X}
//   {"event":"log","level":"info|warning|error","message":"..."}
//   {"event":"done","result":{...}}
//   {"event":"error","message":"...","field":"..."}
// and, in a run's events file (run_events.h) only, the first and one more final line:
//   {"event":"started","run_id":N,"pid":P}
//   {"event":"stopped","message":"stopped on request"}
// Any event may carry "time" (seconds since the Unix epoch); the events file always does.
// The GUI parses exactly these with parseEventLine(), which also takes "type" for "event".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace adaptlab::jobs {

struct JobEvent {
    enum class Type { Progress, Metric, Log, Done, Error, Started, Stopped };
    Type type = Type::Log;
    double time = 0;        // seconds since the epoch; 0 = not stamped
    // progress
    int64_t done = 0;
    int64_t total = 0;      // 0 = unknown
    double etaSeconds = -1; // < 0 = unknown
    std::string stage;
    // metric
    std::string name;
    std::string split;  // metric: "train", "validation", ... or empty
    std::string source; // metric: the dataset or task measured on, or empty
    int64_t step = 0;
    int64_t tokens = 0;
    double value = 0.0;
    // started
    int64_t runId = 0;
    int64_t pid = 0;
    // log / error / stopped
    std::string level = "info";
    std::string message;
    std::string field;      // error: the spec field at fault, if any
    // done
    std::string resultJson = "{}"; // a JSON object
};

std::string_view toString(JobEvent::Type type);
// Serializes to one line of JSON without the trailing newline.
std::string toJsonLine(const JobEvent& event);
// Parses one line; std::nullopt when it is not a well-formed event (e.g. a stray library print).
std::optional<JobEvent> parseEventLine(std::string_view line);

JobEvent progressEvent(int64_t done, int64_t total, double etaSeconds = -1, std::string stage = {});
JobEvent metricEvent(std::string name, int64_t step, int64_t tokens, double value, std::string split = {},
                     std::string source = {});
JobEvent logEvent(std::string message, std::string level = "info");
JobEvent doneEvent(std::string resultJson);
JobEvent errorEvent(std::string message, std::string field = {});
JobEvent startedEvent(int64_t runId, int64_t pid);
JobEvent stoppedEvent(std::string message = "stopped on request");
// Done, Error and Stopped: the event that ends a run.
bool isFinalEvent(const JobEvent& event);

} // namespace adaptlab::jobs
