// corpus_filter (METHODS.md §1): a derived dataset without the documents that fail the chosen
// quality rules, with what each rule removed, alone and in sequence.
#include "corpus/corpus_scan.h"
#include "corpus/dedup.h"
#include "corpus/dsir.h"
#include "corpus/duplicate_clusters.h"
#include "corpus/jsonl_zst_writer.h"
#include "corpus/reader_options_json.h"
#include "corpus/signals_file.h"
#include "jobs/dataset_lock.h"
#include "jobs/job_context.h"
#include "jobs/job_inputs.h"
#include "jobs/job_registry.h"
#include "jobs/temporary_folder.h"
#include "store/dataset_name.h"
#include "store/project_store.h"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iomanip>
#include <optional>
#include <random>
#include <sstream>
#include "jobs/corpus_job_common.h"

namespace adaptlab::jobs {

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

using namespace corpus_job;

std::vector<corpus::QualityRule> rulesFromParams(const json& params)
{
    auto rules = corpus::defaultQualityRules();
    const json overrides = params.value("rules", json::array());
    for (size_t i = 0; i < overrides.size(); ++i) {
        const json& o = overrides[i];
        const std::string field = "params.rules[" + std::to_string(i) + "]";
        if (!o.is_object() || !o.contains("key") || !o["key"].is_string())
            throw SpecError(field, "must be an object with a \"key\"");
        const std::string key = o["key"].get<std::string>();
        auto rule = std::find_if(rules.begin(), rules.end(), [&](const auto& r) { return r.key == key; });
        if (rule == rules.end())
            throw SpecError(field + ".key", "unknown rule \"" + key + "\"");
        if (o.contains("enabled")) {
            if (!o["enabled"].is_boolean())
                throw SpecError(field + ".enabled", "must be true or false");
            rule->enabled = o["enabled"].get<bool>();
        }
        if (o.contains("threshold")) {
            if (!o["threshold"].is_number())
                throw SpecError(field + ".threshold", "must be a number");
            rule->threshold = o["threshold"].get<double>();
        }
    }
    return rules;
}

// What each rule removes, alone and in sequence (the order of the list), in documents and words.
json filterReport(const corpus::SignalsFile& signals, const std::vector<corpus::QualityRule>& rules,
                  std::vector<bool>& keep)
{
    const size_t n = rules.size();
    std::vector<int64_t> aloneDocs(n, 0), aloneWords(n, 0), seqDocs(n, 0), seqWords(n, 0);
    int64_t keptDocs = 0, keptWords = 0, totalWords = 0;
    keep.assign(static_cast<size_t>(signals.documents()), true);
    signals.forEachRow([&](int64_t index, const corpus::SignalRow& row) {
        const auto words = static_cast<int64_t>(row.signals[static_cast<size_t>(corpus::Signal::Words)]);
        totalWords += words;
        bool removed = false;
        for (size_t r = 0; r < n; ++r) {
            if (!rules[r].enabled || corpus::passes(rules[r], row.signals))
                continue;
            ++aloneDocs[r];
            aloneWords[r] += words;
            if (!removed) {
                ++seqDocs[r];
                seqWords[r] += words;
                removed = true;
            }
        }
        keep[static_cast<size_t>(index)] = !removed;
        if (!removed) {
            ++keptDocs;
            keptWords += words;
        }
    });
    json perRule = json::array();
    for (size_t r = 0; r < n; ++r)
        perRule.push_back({{"key", rules[r].key},
                           {"family", rules[r].family},
                           {"enabled", rules[r].enabled},
                           {"threshold", rules[r].threshold},
                           {"bound", rules[r].bound == corpus::QualityRule::Bound::AtLeast ? "at_least" : "at_most"},
                           {"removed_alone", {{"documents", aloneDocs[r]}, {"words", aloneWords[r]}}},
                           {"removed_in_sequence", {{"documents", seqDocs[r]}, {"words", seqWords[r]}}}});
    return {{"documents", signals.documents()},
            {"words", totalWords},
            {"kept", {{"documents", keptDocs}, {"words", keptWords}}},
            {"rules", perRule}};
}

json runFilter(JobContext& context)
{
    CorpusSource source = resolveSource(context, "dataset", "inputs");
    const auto rules = rulesFromParams(context.params());
    const CorpusOutput output = resolveOutput(context);
    TemporaryFile temporary;
    const fs::path signalsPath = ensureSignals(context, source, temporary, output.path);
    std::vector<bool> keep;
    json report = filterReport(openSignals(source, signalsPath), rules, keep);
    temporary.remove();
    corpus::JsonlZstWriter writer(output.path);
    const bool clean = param<bool>(context, "c4_clean_lines");
    if (clean) {
        corpus::CorpusReader reader(source.inputs, source.options);
        corpus::Document doc;
        while (reader.next(doc)) {
            if (doc.index < static_cast<int64_t>(keep.size()) && keep[static_cast<size_t>(doc.index)]) {
                doc.text = corpus::c4CleanLines(doc.text);
                if (!doc.text.empty())
                    writer.write(doc);
            }
            if ((doc.index & 1023) == 0) {
                context.progress(reader.bytesRead(), reader.totalBytes(), "write");
                context.throwIfStopped();
            }
        }
    } else {
        writeKept(context, source, writer,
                  [&](int64_t i) { return i < static_cast<int64_t>(keep.size()) && keep[static_cast<size_t>(i)]; },
                  "write");
    }
    writer.finish();
    json rulesJson = json::array();
    for (const auto& rule : rules)
        rulesJson.push_back({{"key", rule.key}, {"enabled", rule.enabled}, {"threshold", rule.threshold}});
    const int64_t id = registerOutput(context, output, source, writer,
                                      {{"operation", "filter"}, {"rules", rulesJson}, {"c4_clean_lines", clean},
                                       {"kept", report["kept"]}});
    report["output"] = output.path.string();
    if (id)
        report["dataset_id"] = id;
    context.metric("kept_documents", 0, 0, static_cast<double>(report["kept"]["documents"].get<int64_t>()));
    return report;
}

void validateFilter(const json& params, std::vector<SpecProblem>& problems)
{
    validateSource(params, "dataset", "inputs", problems);
    validateOutput(params, problems);
    if (params.contains("rules") && !params["rules"].is_array())
        problems.push_back({"params.rules", "must be a list of {key, enabled, threshold}"});
    else {
        try {
            rulesFromParams(params);
        } catch (const SpecError& error) {
            problems.push_back({error.field(), error.message()});
        }
    }
}

} // namespace

JobKind corpusFilterKind()
{
    return {.name = "corpus_filter",
            .description = "Write a derived dataset without the documents that fail the chosen quality rules",
            .params = corpusParams(joined(
                {outputParams(),
                 {{.key = "rules", .type = ParamType::Object,
                   .explanation = QT_TRANSLATE_NOOP("JobParams", "Changes to the default quality rules: a list of {key, enabled, threshold}."),
                   .cliFlag = false},
                  {.key = "c4_clean_lines", .type = ParamType::Boolean, .defaultValue = false,
                   .explanation = QT_TRANSLATE_NOOP("JobParams", "Also drop the lines C4's line rules reject from the kept documents.")},
                  threadsParam()}})),
            .validate = validateFilter,
            .preflight = preflightCorpus,
            .run = runFilter};
}

} // namespace adaptlab::jobs
