// The events a job prints on stdout, one JSON object per line:
//   {"event":"progress","done":N,"total":N,"eta_s":X,"stage":"..."}
//   {"event":"metric","name":"...","step":N,"tokens":N,"value":X}
//   {"event":"log","level":"info|warning|error","message":"..."}
//   {"event":"done","result":{...}}
//   {"event":"error","message":"...","field":"..."}
// The GUI's JobRunner parses exactly these with parseEventLine().
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace adaptlab::jobs {

struct JobEvent {
    enum class Type { Progress, Metric, Log, Done, Error };
    Type type = Type::Log;
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
    // log / error
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

} // namespace adaptlab::jobs
