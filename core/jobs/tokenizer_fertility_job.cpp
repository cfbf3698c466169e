// Job "tokenizer_fertility": fertility and coverage (tokenize/fertility.h) of one tokenizer, or two
// compared on the very same documents, per corpus input, with each input's vocabulary-gap list
// (tokenize/vocab_gap.h). Documents are a seeded sample of each input (sample_documents; 0 reads
// every document, streamed in batches) encoded in batches on all cores.
//
// Result (the Tokenizer panel and `adaptlab-cli tokenizer fertility --json` read these keys):
//   {"tokenizers": [{"path", "description", "vocab_size", "fingerprint"}, ...],
//    "results": [{"input", "tokenizer" (index into tokenizers), "documents", "tokens", "words",
//                 "bytes", "characters", "tokens_per_word", "tokens_per_byte",
//                 "byte_fallback_share", "unknown_share", "no_space_script_share",
//                 "byte_fallback_tokens", "unknown_tokens", "vocab_gap_exact",
//                 "vocab_gap": [{"word", "count", "pieces": [...], "tokens"}, ...]}, ...],
//    "sample_documents", "seed"}
// Metrics: "fertility" (tokens per word) and "tokens_per_byte", source = the input, split = "" for
// the first tokenizer and "compare" for the second.
#include "corpus/text_source.h"
#include "common/translate_noop.h"
#include "jobs/document_reservoir.h"
#include "jobs/job_context.h"
#include "jobs/job_inputs.h"
#include "jobs/job_registry.h"
#include "tokenize/fertility.h"
#include "tokenize/vocab_gap.h"

#include <memory>

namespace adaptlab::jobs {

using nlohmann::json;

namespace {

constexpr size_t kBatchDocuments = 256;

struct Measured {
    std::unique_ptr<tokenize::Tokenizer> tokenizer;
    std::string split; // the metric split: "" or "compare"
};

std::unique_ptr<tokenize::Tokenizer> openTokenizer(JobContext& context, const std::string& key)
{
    const std::filesystem::path path = context.resolvePath(context.params()[key].get<std::string>());
    try {
        return tokenize::Tokenizer::open(path);
    } catch (const tokenize::TokenizerError& error) {
        throw SpecError("params." + key, error.what());
    }
}

json runTokenizerFertility(JobContext& context)
{
    const json& params = context.params();
    std::vector<Measured> measured;
    measured.push_back({openTokenizer(context, "tokenizer"), ""});
    if (params.contains("compare_tokenizer"))
        measured.push_back({openTokenizer(context, "compare_tokenizer"), "compare"});
    const auto inputs = resolveCorpusInputs(context);
    const size_t sampleDocuments = param<size_t>(context, "sample_documents");
    const uint64_t seed = param<uint64_t>(context, "seed");
    const size_t gapWords = param<size_t>(context, "gap_words");

    json tokenizers = json::array();
    for (const Measured& m : measured)
        tokenizers.push_back({{"path", m.tokenizer->path().string()},
                              {"description", m.tokenizer->description()},
                              {"vocab_size", m.tokenizer->vocabSize()},
                              {"fingerprint", m.tokenizer->fingerprint()}});
    json results = json::array();
    for (size_t i = 0; i < inputs.size(); ++i) {
        const CorpusInput& input = inputs[i];
        std::vector<tokenize::FertilityCounter> counters;
        for (const Measured& m : measured)
            counters.emplace_back(*m.tokenizer);
        tokenize::WordCounter words;
        // Both tokenizers see each batch, so a comparison is always on the same documents.
        auto measureBatch = [&](const std::vector<std::string>& batch) {
            std::vector<std::string_view> views(batch.begin(), batch.end());
            for (auto& counter : counters)
                counter.add(views);
            for (const std::string& text : batch)
                words.add(text);
        };
        corpus::TextSource source(input.paths, input.options);
        int64_t documentsRead = 0;
        if (sampleDocuments == 0) {
            std::vector<std::string> batch;
            source.forEach(
                [&](std::string_view text, int64_t) {
                    batch.emplace_back(text);
                    if (batch.size() == kBatchDocuments) {
                        measureBatch(batch);
                        batch.clear();
                    }
                    return !context.stopped();
                },
                [&](int64_t read, int64_t size) { context.progress(read, size, "measure " + input.name); });
            context.throwIfStopped();
            measureBatch(batch);
            documentsRead = counters.front().stats().documents;
        } else {
            DocumentReservoir reservoir{sampleDocuments, std::mt19937_64(seed + i), {}, 0};
            source.forEach(
                [&](std::string_view text, int64_t) {
                    reservoir.offer(text);
                    return !context.stopped();
                },
                [&](int64_t read, int64_t size) { context.progress(read, size, "sample " + input.name); });
            context.throwIfStopped();
            documentsRead = reservoir.seen;
            const auto total = static_cast<int64_t>(reservoir.items.size());
            for (size_t start = 0; start < reservoir.items.size(); start += kBatchDocuments) {
                const size_t end = std::min(reservoir.items.size(), start + kBatchDocuments);
                measureBatch({std::make_move_iterator(reservoir.items.begin() + static_cast<std::ptrdiff_t>(start)),
                              std::make_move_iterator(reservoir.items.begin() + static_cast<std::ptrdiff_t>(end))});
                context.progress(static_cast<int64_t>(end), total, "measure " + input.name);
                context.throwIfStopped();
            }
        }
        for (const auto& [kind, count] : source.problems().counts)
            context.log(input.name + ": skipped " + std::to_string(count) + " records (" + kind + ")", "warning");
        if (counters.front().stats().documents == 0)
            throw Error("no documents could be read from " + input.name);
        context.log(input.name + ": measured " + std::to_string(counters.front().stats().documents) + " of " +
                    std::to_string(documentsRead) + " documents");
        if (!words.exact())
            context.log(input.name + ": more distinct words than the gap list counts exactly; a word's count may be "
                        "low by up to " + std::to_string(words.maxUndercount()), "warning");

        for (size_t t = 0; t < measured.size(); ++t) {
            const tokenize::FertilityStats& s = counters[t].stats();
            if (s.noSpaceScriptShare() > 0.1 && t == 0)
                context.log(input.name + ": " + std::to_string(static_cast<int>(s.noSpaceScriptShare() * 100)) +
                            "% of the characters are in scripts written without spaces; compare tokens per byte "
                            "there, not tokens per word", "warning");
            context.metric("fertility", 0, s.tokens, s.tokensPerWord(), measured[t].split, input.name);
            context.metric("tokens_per_byte", 0, s.tokens, s.tokensPerByte(), measured[t].split, input.name);
            context.progress(0, 1, "vocabulary gap " + input.name);
            json gap = json::array();
            for (const tokenize::GapWord& word : tokenize::vocabularyGap(words, *measured[t].tokenizer, gapWords))
                gap.push_back({{"word", word.word}, {"count", word.count}, {"pieces", word.pieces}, {"tokens", word.tokens}});
            context.progress(1, 1, "vocabulary gap " + input.name);
            results.push_back({{"input", input.name},
                               {"tokenizer", t},
                               {"documents", s.documents},
                               {"tokens", s.tokens},
                               {"words", s.words},
                               {"bytes", s.bytes},
                               {"characters", s.characters},
                               {"tokens_per_word", s.tokensPerWord()},
                               {"tokens_per_byte", s.tokensPerByte()},
                               {"byte_fallback_share", s.byteFallbackShare()},
                               {"unknown_share", s.unknownShare()},
                               {"no_space_script_share", s.noSpaceScriptShare()},
                               {"byte_fallback_tokens", s.byteFallbackTokens},
                               {"unknown_tokens", s.unknownTokens},
                               {"vocab_gap_exact", words.exact()},
                               {"vocab_gap", gap}});
        }
    }
    return {{"tokenizers", tokenizers}, {"results", results}, {"sample_documents", sampleDocuments}, {"seed", seed}};
}

void preflightTokenizerFertility(const JobSpec& spec, const store::ProjectStore* store, std::vector<SpecProblem>& problems)
{
    preflightCorpusInputs(spec.params, store, problems);
    for (const char* key : {"tokenizer", "compare_tokenizer"}) {
        if (!spec.params.contains(key))
            continue;
        const std::string field = std::string("params.") + key;
        std::error_code ec;
        if (!std::filesystem::exists(resolveSpecPath(store, field, spec.params[key].get<std::string>()), ec))
            problems.push_back({field, "no tokenizer at " + spec.params[key].get<std::string>() +
                                           " (a .model file, a tokenizer.json, or a model folder holding either)"});
    }
}

void validateTokenizerFertility(const json& params, std::vector<SpecProblem>& problems)
{
    validateCorpusInputs(params, problems);
}

} // namespace

JobKind tokenizerFertilityKind()
{
    std::vector<ParamSpec> params = {
        {.key = "tokenizer", .type = ParamType::PathRead,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "The tokenizer to measure: a .model file, a tokenizer.json, or a model folder holding either."),
         .required = true},
        {.key = "compare_tokenizer", .type = ParamType::PathRead,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "A second tokenizer measured on the same documents, for comparison.")}};
    for (ParamSpec& p : corpusInputParams())
        params.push_back(std::move(p));
    const std::vector<ParamSpec> own = {
        {.key = "text_field", .type = ParamType::String, .defaultValue = "text",
         .explanation = QT_TRANSLATE_NOOP("JobParams", "The JSON field that holds a document's text.")},
        {.key = "sample_documents", .type = ParamType::Integer, .defaultValue = 10000, .min = 0, .max = 100'000'000,
         .unit = QT_TRANSLATE_NOOP("JobParams", "documents"),
         .explanation = QT_TRANSLATE_NOOP("JobParams", "How many documents of each input are measured, sampled at random (0: every document).")},
        {.key = "seed", .type = ParamType::Integer, .defaultValue = 0, .min = 0,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "Seed of the document sample."), .advanced = true},
        {.key = "gap_words", .type = ParamType::Integer, .defaultValue = 50, .min = 0, .max = 100'000,
         .unit = QT_TRANSLATE_NOOP("JobParams", "words"),
         .explanation = QT_TRANSLATE_NOOP("JobParams", "How many words the vocabulary-gap list shows: those that cost the most tokens in total.")}};
    params.insert(params.end(), own.begin(), own.end());
    return {.name = "tokenizer_fertility",
            .description = "Measure tokens per word, tokens per byte and byte-fallback share of one or two tokenizers on corpus inputs, with the words that cost the most tokens",
            .params = std::move(params),
            .validate = validateTokenizerFertility,
            .preflight = preflightTokenizerFertility,
            .run = runTokenizerFertility};
}

} // namespace adaptlab::jobs
