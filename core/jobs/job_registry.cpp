#include "jobs/job_registry.h"

#include "corpus/reader_options_json.h"

#include <algorithm>
#include <cctype>
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

const ParamInfo* JobKind::param(const std::string& key) const
{
    for (const ParamInfo& info : params)
        if (info.name == key)
            return &info;
    return nullptr;
}

std::vector<ParamInfo> readerOptionParams()
{
    // The keys readerOptionsFromJson reads are exactly the ones readerOptionsToJson writes.
    std::vector<ParamInfo> params;
    const json mapping = corpus::readerOptionsToJson({});
    for (const auto& [key, value] : mapping.items())
        params.push_back({key});
    return params;
}

namespace {

std::string lowered(const std::string& text)
{
    std::string out = text;
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
// neighbouring letters ("thredas" is one swap from "threads") each cost one.
size_t editDistance(const std::string& a, const std::string& b)
{
    // Three rows of the table: the one being filled and the two before it (for swaps).
    const size_t m = b.size();
    std::vector<size_t> older(m + 1), previous(m + 1), current(m + 1);
    for (size_t j = 0; j <= m; ++j)
        previous[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (size_t j = 1; j <= m; ++j) {
            const size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                current[j] = std::min(current[j], older[j - 2] + 1);
        }
        std::swap(older, previous);
        std::swap(previous, current);
    }
    return previous[m];
}

std::string field(const char* key) { return std::string("params.") + key; }

} // namespace

std::string closestName(const std::string& key, const std::vector<std::string>& names)
{
    // A third of the typed name may be wrong ("thredas" -> "threads"), and letter case never is
    // ("N" -> "n"), but "x" suggests nothing. Very long keys are no typo of a short name (and would
    // cost a large table).
    const size_t allowed = key.size() / 3;
    if (key.size() > 200)
        return {};
    std::string best;
    size_t bestDistance = allowed + 1;
    const std::string typed = lowered(key);
    for (const std::string& name : names) {
        const size_t distance = editDistance(typed, lowered(name));
        if (distance < bestDistance) {
            best = name;
            bestDistance = distance;
        }
    }
    return best;
}

void checkKnownParams(const JobKind& kind, const json& params, std::vector<SpecProblem>& problems)
{
    if (!params.is_object())
        return;
    std::vector<std::string> names;
    for (const ParamInfo& info : kind.params)
        names.push_back(info.name);
    // A few are worth a sentence each; a spec made of a million stray keys gets one for the rest.
    constexpr size_t kReported = 10;
    size_t unknown = 0;
    for (const auto& [key, value] : params.items()) {
        if (kind.param(key) || ++unknown > kReported)
            continue;
        const std::string suggestion = closestName(key, names);
        if (!suggestion.empty()) {
            problems.push_back({"params." + key, "unknown parameter (did you mean \"" + suggestion + "\"?)"});
            continue;
        }
        std::string known;
        for (const std::string& name : names)
            known += (known.empty() ? "" : ", ") + name;
        problems.push_back({"params." + key, "unknown parameter (" + kind.name + " knows: " + known + ")"});
    }
    if (unknown > kReported)
        problems.push_back({"params", std::to_string(unknown - kReported) + " more unknown parameters"});
}

namespace {

// A string value, checked for what would break it as a name or a path.
std::optional<std::string> stringProblem(const json& value)
{
    if (!value.is_string() || value.get_ref<const std::string&>().empty())
        return std::string("must be a non-empty string");
    if (value.get_ref<const std::string&>().find('\0') != std::string::npos)
        return std::string("must not hold a NUL byte (\\u0000)");
    return std::nullopt;
}

} // namespace

bool checkString(const json& params, const char* key, bool required, std::vector<SpecProblem>& problems)
{
    const auto it = params.find(key);
    if (it == params.end()) {
        if (required)
            problems.push_back({field(key), "is required"});
        return !required;
    }
    if (const auto problem = stringProblem(*it)) {
        problems.push_back({field(key), *problem});
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

bool checkStringList(const json& params, const char* key, bool required, std::vector<SpecProblem>& problems,
                     bool nonEmpty)
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
    if (it->empty() && (nonEmpty || required)) {
        problems.push_back({field(key), "is an empty list: name at least one entry, or leave the key out"});
        return false;
    }
    for (size_t i = 0; i < it->size(); ++i) {
        if (const auto problem = stringProblem((*it)[i])) {
            problems.push_back({field(key) + "[" + std::to_string(i) + "]", *problem});
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
