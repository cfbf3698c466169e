#include "jobs/job_spec.h"

#include "jobs/job_registry.h"

#include <fstream>

namespace adaptlab::jobs {

using nlohmann::json;

SpecError::SpecError(std::string field, const std::string& message)
    : Error(field.empty() ? message : field + ": " + message)
    , field_(std::move(field))
    , message_(message)
{
}

json JobSpec::toJson() const
{
    json j;
    j["version"] = version;
    j["kind"] = kind;
    if (!project.empty())
        j["project"] = project;
    if (runId)
        j["run_id"] = *runId;
    j["params"] = params;
    return j;
}

std::string JobSpec::toJsonText() const
{
    return toJson().dump(2);
}

std::vector<SpecProblem> validateSpec(const json& spec)
{
    std::vector<SpecProblem> problems;
    if (!spec.is_object()) {
        problems.push_back({"", "a job spec must be a JSON object"});
        return problems;
    }
    const auto version = spec.find("version");
    if (version == spec.end())
        problems.push_back({"version", "is required (this build reads version " + std::to_string(kSpecVersion) + ")"});
    else if (!version->is_number_integer())
        problems.push_back({"version", "must be an integer"});
    else if (version->is_number_unsigned() ? version->get<uint64_t>() != uint64_t(kSpecVersion)
                                           : version->get<int64_t>() != kSpecVersion)
        problems.push_back({"version", "is " + version->dump() + ", this build reads version " +
                                           std::to_string(kSpecVersion)});

    const JobKind* kind = nullptr;
    const auto kindIt = spec.find("kind");
    if (kindIt == spec.end()) {
        problems.push_back({"kind", "is required"});
    } else if (!kindIt->is_string()) {
        problems.push_back({"kind", "must be a string"});
    } else {
        kind = findJobKind(kindIt->get<std::string>());
        if (!kind) {
            std::string known;
            for (const JobKind& k : jobKinds())
                known += (known.empty() ? "" : ", ") + k.name;
            problems.push_back({"kind", "unknown job kind \"" + kindIt->get<std::string>() + "\" (known: " + known + ")"});
        }
    }
    const auto project = spec.find("project");
    if (project != spec.end()) {
        if (!project->is_string() || project->get<std::string>().empty())
            problems.push_back({"project", "must be the path of a project folder"});
        else if (project->get<std::string>().find('\0') != std::string::npos)
            problems.push_back({"project", "must not hold a NUL byte (\\u0000)"});
    }
    const auto runId = spec.find("run_id");
    if (runId != spec.end()) {
        if (!runId->is_number_integer() || runId->get<int64_t>() <= 0 ||
            (runId->is_number_unsigned() && runId->get<uint64_t>() > uint64_t(INT64_MAX)))
            problems.push_back({"run_id", "must be a positive integer (a run of the project)"});
        else if (project == spec.end())
            problems.push_back({"run_id", "needs \"project\": a run lives in a project"});
    }
    const auto params = spec.find("params");
    if (params != spec.end() && !params->is_object()) {
        problems.push_back({"params", "must be a JSON object"});
    } else if (kind) {
        const json& values = params == spec.end() ? json::object() : *params;
        // Each param alone by the kind's schema first; the rules across params only on params
        // that passed (they may rely on the types), so one mistake is not reported twice.
        const size_t before = problems.size();
        validateParams(*kind, values, problems);
        if (problems.size() == before && kind->validate)
            kind->validate(values, problems);
    }
    size_t strays = 0;
    for (const auto& [key, value] : spec.items()) {
        if (key != "version" && key != "kind" && key != "project" && key != "run_id" && key != "params" &&
            ++strays <= 10)
            problems.push_back({key, "is not a job spec field (expected version, kind, project, run_id, params)"});
    }
    if (strays > 10)
        problems.push_back({"", std::to_string(strays - 10) + " more fields that are not job spec fields"});
    return problems;
}

namespace {

// Where the parser is, as a spec field ("params.rules[2].threshold"), followed through the parser's
// events so that a problem found in the middle of parsing can name its field.
class FieldTracker {
public:
    void key(const std::string& name) { frames_.back().key = name; }
    // A value (or an array or object) starts here: in an array it is the next element.
    void beginValue()
    {
        if (!frames_.empty() && frames_.back().array)
            ++frames_.back().index;
    }
    void open(bool array) { frames_.push_back({array, {}, -1}); }
    void close()
    {
        if (!frames_.empty())
            frames_.pop_back();
    }
    // The field of the value the parser stands at: `pending` when the parser has not reported it
    // yet (it failed on it), so in an array it is the element after the last one reported.
    // `maxLevels` keeps the field short where the depth itself is the problem.
    std::string field(bool pending, size_t maxLevels = SIZE_MAX) const
    {
        std::string out;
        const size_t levels = std::min(frames_.size(), maxLevels);
        for (size_t i = 0; i < levels; ++i) {
            const Frame& frame = frames_[i];
            if (frame.array) {
                const int64_t index = frame.index + (pending && i + 1 == frames_.size() ? 1 : 0);
                out += "[" + std::to_string(index) + "]";
            } else if (!frame.key.empty()) {
                out += (out.empty() ? "" : ".") + frame.key;
            }
        }
        return out;
    }

    // The spec field (or param) the parser is in: "params.x" for anything inside params.x.
    std::string topField() const
    {
        return frames_.empty() || frames_.front().array ? std::string() : field(false, 2);
    }

private:
    struct Frame {
        bool array;
        std::string key;
        int64_t index;
    };
    std::vector<Frame> frames_;
};

struct TooDeep {
    std::string field;
};

// The text between the quotes of nlohmann's "number overflow parsing '1e400'".
std::string quotedToken(const std::string& message)
{
    const size_t start = message.find('\'');
    const size_t end = start == std::string::npos ? start : message.find('\'', start + 1);
    return end == std::string::npos ? std::string() : message.substr(start + 1, end - start - 1);
}

// Parses spec text within the limits, or appends why not. The depth is checked as each array or
// object opens, so a spec nested 300,000 levels deep is refused at level 65: nothing that follows
// (copies, dump, validation) ever recurses that deep.
std::optional<json> parseBounded(const std::string& text, std::vector<SpecProblem>& problems)
{
    if (text.size() > kMaxSpecBytes) {
        problems.push_back({"", "the job spec is " + std::to_string(text.size()) + " bytes; a job spec can be at most " +
                                    std::to_string(kMaxSpecBytes / (1024 * 1024)) + " MiB (" +
                                    std::to_string(kMaxSpecBytes) + " bytes)"});
        return std::nullopt;
    }
    FieldTracker where;
    const json::parser_callback_t follow = [&where](int depth, json::parse_event_t event, json& parsed) {
        switch (event) {
        case json::parse_event_t::object_start:
        case json::parse_event_t::array_start:
            where.beginValue();
            // `depth` counts the containers around this one: the spec object itself is depth 0.
            if (depth >= kMaxSpecDepth)
                throw TooDeep{where.topField()};
            where.open(event == json::parse_event_t::array_start);
            break;
        case json::parse_event_t::key:
            where.key(parsed.get<std::string>());
            break;
        case json::parse_event_t::value:
            where.beginValue();
            break;
        case json::parse_event_t::object_end:
        case json::parse_event_t::array_end:
            where.close();
            break;
        }
        return true;
    };
    try {
        return json::parse(text, follow);
    } catch (const TooDeep& tooDeep) {
        problems.push_back({tooDeep.field, "is nested more than " + std::to_string(kMaxSpecDepth) +
                                               " levels deep (arrays and objects inside each other); a job spec "
                                               "allows at most " + std::to_string(kMaxSpecDepth)});
    } catch (const json::out_of_range& error) {
        // The parser's only out_of_range while parsing: a number no double holds.
        const std::string token = quotedToken(error.what());
        problems.push_back({where.field(true), "holds the number " + (token.empty() ? std::string("given") : token) +
                                                   ", beyond the range of a 64-bit floating-point number"});
    } catch (const json::exception& error) {
        problems.push_back({"", std::string("not valid JSON: ") + error.what()});
    }
    return std::nullopt;
}

} // namespace

std::vector<SpecProblem> validateSpecText(const std::string& text)
{
    std::vector<SpecProblem> problems;
    const auto spec = parseBounded(text, problems);
    return spec ? validateSpec(*spec) : problems;
}

namespace {

JobSpec parseValidated(const std::string& text, const std::string& origin)
{
    std::vector<SpecProblem> problems;
    const auto j = parseBounded(text, problems);
    if (j)
        problems = validateSpec(*j);
    if (!problems.empty())
        throw SpecError(problems.front().field, problems.front().message + origin);
    JobSpec spec;
    spec.version = j->at("version").get<int>();
    spec.kind = j->at("kind").get<std::string>();
    if (j->contains("project"))
        spec.project = (*j)["project"].get<std::string>();
    if (j->contains("run_id"))
        spec.runId = (*j)["run_id"].get<int64_t>();
    if (j->contains("params"))
        spec.params = (*j)["params"];
    return spec;
}

} // namespace

JobSpec parseSpec(const std::string& text)
{
    return parseValidated(text, {});
}

JobSpec parseSpecFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw SpecError("", "cannot read the job spec " + path);
    // Read one byte past the limit at most: enough to know the file is too large, whatever it is
    // (a huge file, a pipe that never ends).
    std::string text;
    char buffer[65536];
    while (text.size() <= kMaxSpecBytes && in.read(buffer, sizeof buffer).gcount() > 0)
        text.append(buffer, static_cast<size_t>(in.gcount()));
    if (in.bad())
        throw SpecError("", "cannot read the job spec " + path);
    if (text.size() > kMaxSpecBytes)
        throw SpecError("", "the job spec " + path + " is larger than " + std::to_string(kMaxSpecBytes / (1024 * 1024)) +
                                " MiB (" + std::to_string(kMaxSpecBytes) + " bytes), the most a job spec can be");
    return parseValidated(text, " (in " + path + ")");
}

} // namespace adaptlab::jobs
