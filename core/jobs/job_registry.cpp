#include "jobs/job_registry.h"

#include <cmath>

namespace adaptlab::jobs {

using nlohmann::json;

const std::vector<JobKind>& jobKinds()
{
    static const std::vector<JobKind> kinds = {scanDatasetKind(),   trainTokenizerKind(), corpusInspectKind(), corpusFilterKind(),
                                             corpusDedupKind(),   corpusSelectKind(),   corpusSampleKind()};
    return kinds;
}

const JobKind* findJobKind(const std::string& name)
{
    for (const JobKind& kind : jobKinds())
        if (kind.name == name)
            return &kind;
    return nullptr;
}

namespace {

std::string field(const char* key) { return std::string("params.") + key; }

} // namespace

bool checkString(const json& params, const char* key, bool required, std::vector<SpecProblem>& problems)
{
    const auto it = params.find(key);
    if (it == params.end()) {
        if (required)
            problems.push_back({field(key), "is required"});
        return !required;
    }
    if (!it->is_string() || it->get<std::string>().empty()) {
        problems.push_back({field(key), "must be a non-empty string"});
        return false;
    }
    return true;
}

bool checkInteger(const json& params, const char* key, bool required, int64_t min, int64_t max,
                  std::vector<SpecProblem>& problems)
{
    const auto it = params.find(key);
    if (it == params.end()) {
        if (required)
            problems.push_back({field(key), "is required"});
        return !required;
    }
    const std::string range = "must be between " + std::to_string(min) + " and " + std::to_string(max);
    // An integer beyond 64 bits reaches us as an unsigned above INT64_MAX or as a whole float
    // (the parser's fallback): too large, not "not an integer".
    const bool hugeUnsigned = it->is_number_unsigned() && it->get<uint64_t>() > uint64_t(INT64_MAX);
    const bool hugeWhole = it->is_number_float() && std::abs(it->get<double>()) >= 9.2233720368547758e18 &&
                           std::nearbyint(it->get<double>()) == it->get<double>();
    if (hugeUnsigned || hugeWhole) {
        problems.push_back({field(key), range + " (" + it->dump() + " is out of range)"});
        return false;
    }
    if (!it->is_number_integer()) {
        problems.push_back({field(key), "must be an integer"});
        return false;
    }
    const int64_t value = it->get<int64_t>();
    if (value < min || value > max) {
        problems.push_back({field(key), range});
        return false;
    }
    return true;
}

bool checkNumber(const json& params, const char* key, bool required, double min, double max,
                 std::vector<SpecProblem>& problems)
{
    const auto it = params.find(key);
    if (it == params.end()) {
        if (required)
            problems.push_back({field(key), "is required"});
        return !required;
    }
    if (!it->is_number()) {
        problems.push_back({field(key), "must be a number"});
        return false;
    }
    const double value = it->get<double>();
    if (!(value >= min && value <= max)) {
        problems.push_back({field(key), "must be between " + json(min).dump() + " and " + json(max).dump()});
        return false;
    }
    return true;
}

bool checkChoice(const json& params, const char* key, const std::vector<std::string>& choices,
                 std::vector<SpecProblem>& problems)
{
    const auto it = params.find(key);
    if (it == params.end())
        return true;
    if (it->is_string()) {
        for (const std::string& choice : choices)
            if (it->get<std::string>() == choice)
                return true;
    }
    std::string list;
    for (const std::string& choice : choices)
        list += (list.empty() ? "" : ", ") + choice;
    problems.push_back({field(key), "must be one of: " + list});
    return false;
}

bool checkStringList(const json& params, const char* key, bool required, std::vector<SpecProblem>& problems)
{
    const auto it = params.find(key);
    if (it == params.end()) {
        if (required)
            problems.push_back({field(key), "is required"});
        return !required;
    }
    if (!it->is_array()) {
        problems.push_back({field(key), "must be a list of strings"});
        return false;
    }
    for (size_t i = 0; i < it->size(); ++i) {
        if (!(*it)[i].is_string() || (*it)[i].get<std::string>().empty()) {
            problems.push_back({field(key) + "[" + std::to_string(i) + "]", "must be a non-empty string"});
            return false;
        }
    }
    return true;
}

bool checkBool(const json& params, const char* key, std::vector<SpecProblem>& problems)
{
    const auto it = params.find(key);
    if (it != params.end() && !it->is_boolean()) {
        problems.push_back({field(key), "must be true or false"});
        return false;
    }
    return true;
}

} // namespace adaptlab::jobs
