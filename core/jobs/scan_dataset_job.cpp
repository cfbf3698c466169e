// Job "scan_dataset": one streaming pass over corpus inputs counting documents, bytes, characters,
// words and lines, with bad records counted by kind (first examples kept with file and line).
// In a project, the dataset's document and byte counts are stored.
#include "common/translate_noop.h"
#include "corpus/text_source.h"
#include "jobs/job_context.h"
#include "jobs/job_inputs.h"
#include "jobs/job_registry.h"
#include "store/project_store.h"

namespace adaptlab::jobs {

using nlohmann::json;

namespace {

struct TextCounts {
    int64_t documents = 0, bytes = 0, characters = 0, words = 0, lines = 0;
};

void countText(std::string_view text, TextCounts& counts)
{
    ++counts.documents;
    counts.bytes += static_cast<int64_t>(text.size());
    bool inWord = false;
    counts.lines += text.empty() ? 0 : 1;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte & 0xC0) != 0x80)
            ++counts.characters; // count UTF-8 lead bytes only
        const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
        if (c == '\n')
            ++counts.lines;
        if (!space && !inWord)
            ++counts.words;
        inWord = !space;
    }
    if (!text.empty() && text.back() == '\n')
        --counts.lines;
}

json pathStrings(const std::vector<std::filesystem::path>& paths)
{
    json list = json::array();
    for (const auto& path : paths)
        list.push_back(path.string());
    return list;
}

json problemsJson(const corpus::ScanProblems& problems)
{
    json counts = json::object();
    for (const auto& [kind, count] : problems.counts)
        counts[kind] = count;
    json examples = json::array();
    for (const auto& p : problems.examples)
        examples.push_back({{"kind", p.kind}, {"file", p.file}, {"line", p.line}, {"detail", p.detail}});
    return {{"count", problems.total()}, {"by_kind", counts}, {"examples", examples}};
}

json runScan(JobContext& context)
{
    const auto inputs = resolveCorpusInputs(context);
    // On-disk bytes per input (folders expanded with their glob), for progress over all of them.
    std::vector<int64_t> inputBytes;
    int64_t totalBytes = 0;
    for (const auto& input : inputs) {
        int64_t bytes = 0;
        for (const auto& file : corpus::expandInputs(input.paths, input.options)) {
            std::error_code ec;
            const auto size = std::filesystem::file_size(file, ec);
            bytes += ec ? 0 : static_cast<int64_t>(size);
        }
        inputBytes.push_back(bytes);
        totalBytes += bytes;
    }
    json perInput = json::array();
    TextCounts all;
    int64_t bytesBefore = 0;
    for (size_t i = 0; i < inputs.size(); ++i) {
        const auto& input = inputs[i];
        TextCounts counts;
        corpus::TextSource source(input.paths, input.options);
        source.forEach(
            [&](std::string_view text, int64_t) {
                countText(text, counts);
                return !context.stopped();
            },
            [&](int64_t read, int64_t) { context.progress(bytesBefore + read, totalBytes, "scan"); });
        context.throwIfStopped();
        bytesBefore += inputBytes[i];
        if (input.datasetId && context.store())
            context.store()->setDatasetCounts(*input.datasetId, counts.documents, counts.bytes);
        context.metric("documents/" + input.name, 0, 0, static_cast<double>(counts.documents));
        context.metric("words/" + input.name, 0, 0, static_cast<double>(counts.words));
        perInput.push_back({{"name", input.name},
                            {"path", input.paths.front().string()},
                            {"paths", pathStrings(input.paths)},
                            {"documents", counts.documents},
                            {"bytes", counts.bytes},
                            {"characters", counts.characters},
                            {"words", counts.words},
                            {"lines", counts.lines},
                            {"errors", problemsJson(source.problems())}});
        all.documents += counts.documents;
        all.bytes += counts.bytes;
        all.characters += counts.characters;
        all.words += counts.words;
        all.lines += counts.lines;
    }
    context.progress(totalBytes, totalBytes, "scan");
    return {{"documents", all.documents}, {"bytes", all.bytes}, {"characters", all.characters},
            {"words", all.words},         {"lines", all.lines}, {"inputs", perInput}};
}

} // namespace

JobKind scanDatasetKind()
{
    std::vector<ParamSpec> params = corpusInputParams();
    params.push_back({.key = "text_field", .type = ParamType::String, .defaultValue = "text",
                      .explanation = QT_TRANSLATE_NOOP("JobParams", "The JSON field that holds a document's text.")});
    return {.name = "scan_dataset",
            .description = "Count documents, bytes, characters, words and bad records in corpus files or project datasets",
            .params = std::move(params),
            .validate = [](const json& params, std::vector<SpecProblem>& problems) { validateCorpusInputs(params, problems); },
            .preflight = [](const JobSpec& spec, const store::ProjectStore* store,
                            std::vector<SpecProblem>& problems) { preflightCorpusInputs(spec.params, store, problems); },
            .run = runScan};
}

} // namespace adaptlab::jobs
