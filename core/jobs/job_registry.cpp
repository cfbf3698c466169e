#include "jobs/job_registry.h"

#include "common/translate_noop.h"
#include "corpus/reader_options_json.h"
#include "jobs/merge_job.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace adaptlab::jobs {

using nlohmann::json;

const std::vector<JobKind>& jobKinds()
{
    static const std::vector<JobKind> kinds = {scanDatasetKind(),   trainTokenizerKind(), corpusInspectKind(), corpusFilterKind(),
                                             corpusDedupKind(),   corpusSelectKind(),   corpusSampleKind(),
                                             buildShardsKind(),      tokenizerFertilityKind(), tokenizerImportKind(),
                                             trainKind(),         mergeKind(),
                                             clusterKind(),       clusterSaveKind()};
    return kinds;
}

const JobKind* findJobKind(const std::string& name)
{
    for (const JobKind& kind : jobKinds())
        if (kind.name == name)
            return &kind;
    return nullptr;
}

const ParamSpec* JobKind::param(const std::string& key) const
{
    for (const ParamSpec& spec : params)
        if (spec.key == key)
            return &spec;
    return nullptr;
}

std::vector<ParamSpec> readerOptionParams()
{
    // The keys readerOptionsFromJson reads are exactly the ones readerOptionsToJson writes, and its
    // defaults are the reader's own.
    const json defaults = corpus::readerOptionsToJson({});
    std::vector<ParamSpec> params = {
        {.key = "text_field", .type = ParamType::String, .defaultValue = defaults["text_field"],
         .explanation = QT_TRANSLATE_NOOP("JobParams", "The JSON field that holds a document's text.")},
        {.key = "metadata_fields", .type = ParamType::StringList,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "JSON fields kept with each document as metadata (url, source, ...)."),
         .advanced = true, .emptyListAllowed = true, .flag = "--meta-field"},
        {.key = "all_other_fields", .type = ParamType::Boolean,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "Keep every other scalar field as metadata (the default when no metadata fields are named)."),
         .advanced = true, .flag = "--all-meta"},
        {.key = "plain_text_mode", .type = ParamType::Choice, .defaultValue = defaults["plain_text_mode"],
         .choices = {"file", "blocks", "lines"},
         .explanation = QT_TRANSLATE_NOOP("JobParams", "How a plain-text file splits into documents: the whole file, blocks between blank lines, or lines."),
         .advanced = true, .flag = "--plain-text"},
        {.key = "glob", .type = ParamType::String, .defaultValue = defaults["glob"],
         .explanation = QT_TRANSLATE_NOOP("JobParams", "Which files of a folder are read (a shell pattern such as *.jsonl)."),
         .advanced = true},
        {.key = "recursive", .type = ParamType::Boolean, .defaultValue = defaults["recursive"],
         .explanation = QT_TRANSLATE_NOOP("JobParams", "Also read the files in the folder's subfolders."),
         .advanced = true},
    };
    // A key added to the mapping without a line here would be refused as unknown: say so loudly.
    for (const auto& item : defaults.items()) {
        const std::string& key = item.key(); // a named variable: clang 14 cannot capture a structured binding
        if (std::none_of(params.begin(), params.end(), [&key](const ParamSpec& p) { return p.key == key; }))
            throw Error("readerOptionParams: the reader mapping key \"" + key + "\" has no schema entry");
    }
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
    for (const ParamSpec& spec : kind.params)
        names.push_back(spec.key);
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

} // namespace adaptlab::jobs
