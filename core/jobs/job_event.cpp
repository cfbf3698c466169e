#include "jobs/job_event.h"

#include <nlohmann/json.hpp>

namespace adaptlab::jobs {

using nlohmann::json;

std::string_view toString(JobEvent::Type type)
{
    switch (type) {
    case JobEvent::Type::Progress: return "progress";
    case JobEvent::Type::Metric: return "metric";
    case JobEvent::Type::Log: return "log";
    case JobEvent::Type::Done: return "done";
    case JobEvent::Type::Error: return "error";
    case JobEvent::Type::Started: return "started";
    case JobEvent::Type::Stopped: return "stopped";
    }
    return "log";
}

std::string toJsonLine(const JobEvent& event)
{
    json j;
    j["event"] = toString(event.type);
    switch (event.type) {
    case JobEvent::Type::Progress:
        j["done"] = event.done;
        j["total"] = event.total;
        if (event.etaSeconds >= 0)
            j["eta_s"] = event.etaSeconds;
        if (!event.stage.empty())
            j["stage"] = event.stage;
        break;
    case JobEvent::Type::Metric:
        j["name"] = event.name;
        if (!event.split.empty())
            j["split"] = event.split;
        if (!event.source.empty())
            j["source"] = event.source;
        j["step"] = event.step;
        j["tokens"] = event.tokens;
        j["value"] = event.value;
        break;
    case JobEvent::Type::Log:
        j["level"] = event.level;
        j["message"] = event.message;
        break;
    case JobEvent::Type::Done:
        j["result"] = json::parse(event.resultJson, nullptr, /*allow_exceptions=*/false);
        if (j["result"].is_discarded())
            j["result"] = json::object();
        break;
    case JobEvent::Type::Error:
        j["message"] = event.message;
        if (!event.field.empty())
            j["field"] = event.field;
        break;
    case JobEvent::Type::Started:
        j["run_id"] = event.runId;
        j["pid"] = event.pid;
        break;
    case JobEvent::Type::Stopped:
        j["message"] = event.message;
        break;
    }
    if (event.time > 0)
        j["time"] = event.time;
    // Invalid UTF-8 in a message (e.g. a quoted corpus line) is replaced, never fatal.
    return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::optional<JobEvent> parseEventLine(std::string_view line)
{
    const json j = json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (!j.is_object())
        return std::nullopt;
    // "event" is what the jobs write; "type" is taken too, as the contract spells it.
    auto typeIt = j.find("event");
    if (typeIt == j.end())
        typeIt = j.find("type");
    if (typeIt == j.end() || !typeIt->is_string())
        return std::nullopt;
    const std::string type = typeIt->get<std::string>();
    JobEvent event;
    auto number = [&](const char* key, auto fallback) {
        using T = decltype(fallback);
        const auto it = j.find(key);
        return (it != j.end() && it->is_number()) ? it->get<T>() : fallback;
    };
    auto text = [&](const char* key, std::string fallback = {}) {
        const auto it = j.find(key);
        return (it != j.end() && it->is_string()) ? it->get<std::string>() : fallback;
    };
    if (type == "progress") {
        event.type = JobEvent::Type::Progress;
        event.done = number("done", int64_t{0});
        event.total = number("total", int64_t{0});
        event.etaSeconds = number("eta_s", -1.0);
        event.stage = text("stage");
    } else if (type == "metric") {
        if (!j.contains("name") || !j.contains("value"))
            return std::nullopt;
        event.type = JobEvent::Type::Metric;
        event.name = text("name");
        event.split = text("split");
        event.source = text("source");
        event.step = number("step", int64_t{0});
        event.tokens = number("tokens", int64_t{0});
        event.value = number("value", 0.0);
    } else if (type == "log") {
        event.type = JobEvent::Type::Log;
        event.level = text("level", "info");
        event.message = text("message");
    } else if (type == "done") {
        event.type = JobEvent::Type::Done;
        const auto it = j.find("result");
        event.resultJson = (it != j.end() && it->is_object()) ? it->dump() : "{}";
    } else if (type == "error") {
        event.type = JobEvent::Type::Error;
        event.message = text("message");
        event.field = text("field");
    } else if (type == "started") {
        event.type = JobEvent::Type::Started;
        event.runId = number("run_id", int64_t{0});
        event.pid = number("pid", int64_t{0});
    } else if (type == "stopped") {
        event.type = JobEvent::Type::Stopped;
        event.message = text("message", "stopped on request");
    } else {
        return std::nullopt;
    }
    event.time = number("time", 0.0);
    return event;
}

JobEvent progressEvent(int64_t done, int64_t total, double etaSeconds, std::string stage)
{
    JobEvent event;
    event.type = JobEvent::Type::Progress;
    event.done = done;
    event.total = total;
    event.etaSeconds = etaSeconds;
    event.stage = std::move(stage);
    return event;
}

JobEvent metricEvent(std::string name, int64_t step, int64_t tokens, double value, std::string split,
                     std::string source)
{
    JobEvent event;
    event.type = JobEvent::Type::Metric;
    event.name = std::move(name);
    event.split = std::move(split);
    event.source = std::move(source);
    event.step = step;
    event.tokens = tokens;
    event.value = value;
    return event;
}

JobEvent logEvent(std::string message, std::string level)
{
    JobEvent event;
    event.type = JobEvent::Type::Log;
    event.message = std::move(message);
    event.level = std::move(level);
    return event;
}

JobEvent doneEvent(std::string resultJson)
{
    JobEvent event;
    event.type = JobEvent::Type::Done;
    event.resultJson = std::move(resultJson);
    return event;
}

JobEvent errorEvent(std::string message, std::string field)
{
    JobEvent event;
    event.type = JobEvent::Type::Error;
    event.message = std::move(message);
    event.field = std::move(field);
    return event;
}

JobEvent startedEvent(int64_t runId, int64_t pid)
{
    JobEvent event;
    event.type = JobEvent::Type::Started;
    event.runId = runId;
    event.pid = pid;
    return event;
}

JobEvent stoppedEvent(std::string message)
{
    JobEvent event;
    event.type = JobEvent::Type::Stopped;
    event.message = std::move(message);
    return event;
}

bool isFinalEvent(const JobEvent& event)
{
    return event.type == JobEvent::Type::Done || event.type == JobEvent::Type::Error
        || event.type == JobEvent::Type::Stopped;
}

} // namespace adaptlab::jobs
