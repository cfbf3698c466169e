// corpus_select (METHODS.md §3): the k chunks or documents of a raw pool most like a target, by
// importance resampling on hashed n-gram features (DSIR).
#include "common/atomic_file.h"
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

corpus::DsirParams dsirParams(const json& params)
{
    // Absent params take the schema's defaults (which are DsirParams' own).
    const JobKind& kind = *findJobKind("corpus_select");
    corpus::DsirParams p;
    p.buckets = paramOr(kind, params, "buckets").get<int>();
    p.bigrams = paramOr(kind, params, "bigrams").get<bool>();
    p.laplace = paramOr(kind, params, "laplace").get<double>();
    p.chunkWords = paramOr(kind, params, "chunk_words").get<int>();
    p.minChunkWords = paramOr(kind, params, "min_chunk_words").get<int>();
    p.seed = paramOr(kind, params, "seed").get<uint64_t>();
    p.noise = paramOr(kind, params, "noise").get<bool>();
    return p;
}

// Calls visit(unit) for every selection unit of a document: its chunks, or the whole document
// with chunk_words 0.
template <typename Visit>
void forEachUnitOf(const corpus::Document& doc, const corpus::DsirParams& dsir, Visit&& visit)
{
    if (dsir.chunkWords > 0) {
        for (const std::string_view chunk : corpus::chunkText(doc.text, dsir))
            visit(chunk);
    } else {
        visit(std::string_view(doc.text));
    }
}

// Reads a corpus on this thread and hands batches of documents to `threads` workers (the scan's
// pipeline): work(batch) there, consume(batch) here in input order. Progress and stop requests
// are checked after each batch.
template <typename Payload, typename Work, typename Consume>
void parallelPass(JobContext& context, const CorpusSource& source, int threads, const char* stage, Work&& work,
                  Consume&& consume)
{
    corpus::CorpusReader reader(source.inputs, source.options);
    corpus::forEachBatchParallel<Payload>(reader, threads, work, consume, [&] {
        context.progress(reader.bytesRead(), reader.totalBytes(), stage);
        return !context.stopped();
    });
    context.throwIfStopped();
    context.progress(reader.totalBytes(), reader.totalBytes(), stage);
}

// The bag-of-hashed-n-grams counts of a corpus's units: hashed in parallel, each batch's bucket ids
// counted here in input order. A batch carries its ids, not counts per bucket: a distribution per
// batch in flight would cost 8 bytes per bucket each (GBs with 10^8 buckets on a few documents).
corpus::NgramDistribution fitModel(JobContext& context, const CorpusSource& source, const corpus::DsirParams& dsir,
                                   int threads, const char* stage)
{
    using Batch = corpus::DocumentBatch<std::vector<uint32_t>>;
    corpus::NgramDistribution model(dsir.buckets);
    parallelPass<std::vector<uint32_t>>(
        context, source, threads, stage,
        [&](Batch& batch) {
            thread_local std::vector<uint32_t> features;
            for (const corpus::Document& doc : batch.documents)
                forEachUnitOf(doc, dsir, [&](std::string_view unit) {
                    corpus::hashedNgramFeatures(unit, dsir, features);
                    batch.payload.insert(batch.payload.end(), features.begin(), features.end());
                });
        },
        [&](Batch& batch) { model.add(batch.payload); });
    return model;
}

struct ScoredBatch {
    std::vector<double> unitWeights;    // every unit of the batch, in order
    std::vector<uint32_t> unitsPerDoc;  // how many of them each document has
    std::vector<double> documentWeights; // whole documents (only for weights_out)
};

// A unit the write pass visits: in the selection, in some of the random samples, or both.
struct UnitPick {
    int64_t document;
    uint32_t unitInDocument;
    uint32_t members; // kInSelection | inRandomSample(s)...
};
constexpr uint32_t kInSelection = 1;
constexpr uint32_t inRandomSample(int sample)
{
    return 2u << sample;
}
static_assert(corpus::kDsirRandomSamples < 31, "members is a 32-bit mask");

// Sorts the picks into corpus order and joins those of the same unit; returns how many are selected.
size_t mergePicks(std::vector<UnitPick>& picks)
{
    std::sort(picks.begin(), picks.end(), [](const UnitPick& a, const UnitPick& b) {
        return a.document != b.document ? a.document < b.document : a.unitInDocument < b.unitInDocument;
    });
    size_t kept = 0, selected = 0;
    for (size_t i = 0; i < picks.size(); ++i) {
        if (kept > 0 && picks[kept - 1].document == picks[i].document
            && picks[kept - 1].unitInDocument == picks[i].unitInDocument)
            picks[kept - 1].members |= picks[i].members;
        else
            picks[kept++] = picks[i];
    }
    picks.resize(kept);
    for (const UnitPick& pick : picks)
        selected += (pick.members & kInSelection) != 0;
    return selected;
}

json runSelect(JobContext& context)
{
    const json& params = context.params();
    CorpusSource raw = resolveSource(context, "dataset", "inputs");
    CorpusSource target = resolveSource(context, "target", "target_inputs");
    const CorpusOutput output = resolveOutput(context);
    const corpus::DsirParams dsir = dsirParams(params);
    const int64_t k = params.at("k").get<int64_t>();
    const int threads = params.value("threads", 0);
    if (const auto problem = corpus::dsirBucketsProblem(dsir.buckets, corpus::dsirMemoryBudget()))
        throw SpecError("params.buckets", *problem);
    using Clock = std::chrono::steady_clock;
    auto phaseStart = Clock::now();
    json timings = json::object();
    auto endPhase = [&](const char* key) {
        timings[key] = std::chrono::duration<double>(Clock::now() - phaseStart).count();
        phaseStart = Clock::now();
    };

    // 1. Bag-of-hashed-n-grams models of the target and the raw pool. Each array of one double per
    // bucket is let go as soon as it has served, so that at most kDsirBucketArrays live at once.
    std::optional<corpus::NgramDistribution> targetModel = fitModel(context, target, dsir, threads, "fit target");
    endPhase("fit_target_s");
    std::optional<corpus::NgramDistribution> rawModel = fitModel(context, raw, dsir, threads, "fit raw");
    endPhase("fit_raw_s");
    const std::vector<double> gamma = targetModel->probabilities(dsir.laplace);
    targetModel.reset();
    std::vector<double> beta = rawModel->probabilities(dsir.laplace);
    rawModel.reset();
    std::vector<double> ratio = corpus::logRatio(gamma, beta);
    const double klRaw = corpus::klDivergence(gamma, beta);
    std::vector<double>().swap(beta); // frees it (assigning {} would keep the memory)

    // 2. Importance weight of every unit (and, on request, of every whole document), hashed in
    // parallel and gathered in input order, where the Gumbel top-k keeps the k best units so far:
    // memory follows k, not the corpus.
    struct UnitPlace {
        int64_t document;
        uint32_t unitInDocument;
    };
    corpus::StreamingGumbelTopK<UnitPlace> selection(k, dsir.seed, dsir.noise);
    // Uniform random samples of the same k units, to measure the selection against (see step 4).
    std::vector<corpus::ReservoirSample<UnitPlace>> randomSamples;
    for (int sample = 0; sample < corpus::kDsirRandomSamples; ++sample)
        randomSamples.emplace_back(k, dsir.seed, sample);
    std::unique_ptr<AtomicOutputStream> weightsOut; // checked writes and close, renamed when complete
    if (params.contains("weights_out")) {
        const fs::path path = context.writtenPath("weights_out");
        weightsOut = std::make_unique<AtomicOutputStream>(path);
        *weightsOut << std::setprecision(17);
    }
    const bool wholeDocuments = weightsOut != nullptr;
    using ScoreBatch = corpus::DocumentBatch<ScoredBatch>;
    parallelPass<ScoredBatch>(
        context, raw, threads, "score",
        [&](ScoreBatch& batch) {
            thread_local std::vector<uint32_t> features;
            ScoredBatch& scored = batch.payload;
            scored.unitsPerDoc.reserve(batch.documents.size());
            for (const corpus::Document& doc : batch.documents) {
                uint32_t units = 0;
                forEachUnitOf(doc, dsir, [&](std::string_view unit) {
                    corpus::hashedNgramFeatures(unit, dsir, features);
                    scored.unitWeights.push_back(corpus::logImportanceWeight(features, ratio));
                    ++units;
                });
                scored.unitsPerDoc.push_back(units);
                if (wholeDocuments) {
                    corpus::hashedNgramFeatures(doc.text, dsir, features);
                    scored.documentWeights.push_back(corpus::logImportanceWeight(features, ratio));
                }
            }
        },
        [&](ScoreBatch& batch) {
            const ScoredBatch& scored = batch.payload;
            size_t unit = 0;
            for (size_t d = 0; d < batch.documents.size(); ++d) {
                for (uint32_t u = 0; u < scored.unitsPerDoc[d]; ++u) {
                    const UnitPlace place{batch.documents[d].index, u};
                    selection.push(scored.unitWeights[unit++], place);
                    for (auto& sample : randomSamples)
                        sample.push(place);
                }
                if (wholeDocuments && scored.unitsPerDoc[d] > 0)
                    *weightsOut << scored.documentWeights[d] << '\n';
            }
        });
    if (weightsOut)
        weightsOut->commit();
    std::vector<double>().swap(ratio);
    endPhase("score_s");

    // 3. The k units chosen without replacement are written in corpus order; the selection's and
    // each random sample's n-gram counts are taken on the way. Only documents holding a chosen or
    // sampled unit are chunked again, and a unit in several of them is hashed once.
    const int64_t units = selection.items();
    std::vector<UnitPick> picks;
    for (const auto& pick : selection.take())
        picks.push_back({pick.tag.document, pick.tag.unitInDocument, kInSelection});
    for (int sample = 0; sample < corpus::kDsirRandomSamples; ++sample)
        for (const UnitPlace& place : randomSamples[size_t(sample)].take())
            picks.push_back({place.document, place.unitInDocument, inRandomSample(sample)});
    const size_t selected = mergePicks(picks);
    endPhase("select_s");
    corpus::NgramDistribution selectedModel(dsir.buckets);
    std::vector<corpus::NgramDistribution> sampleModels(corpus::kDsirRandomSamples,
                                                        corpus::NgramDistribution(dsir.buckets));
    corpus::JsonlZstWriter writer(output.path);
    std::vector<uint32_t> features;
    writePass(context, raw, "write", [&](const corpus::Document& doc) {
        auto next = std::lower_bound(picks.begin(), picks.end(), doc.index,
                                     [](const UnitPick& pick, int64_t document) { return pick.document < document; });
        if (next == picks.end() || next->document != doc.index)
            return;
        uint32_t unitInDocument = 0;
        forEachUnitOf(doc, dsir, [&](std::string_view unit) {
            if (next != picks.end() && next->document == doc.index && next->unitInDocument == unitInDocument) {
                corpus::hashedNgramFeatures(unit, dsir, features);
                if (next->members & kInSelection) {
                    selectedModel.add(features);
                    writer.write(unit, doc.metadata);
                }
                for (int sample = 0; sample < corpus::kDsirRandomSamples; ++sample)
                    if (next->members & inRandomSample(sample))
                        sampleModels[size_t(sample)].add(features);
                ++next;
            }
            ++unitInDocument;
        });
    });
    writer.finish();
    endPhase("write_s");

    // 4. KL reduction against the whole pool, and against random samples of the same size: a small
    // random sample is farther from the target than the pool it came from, so the first figure
    // alone reads "worse" for a selection that is better than chance.
    const double klSelected = corpus::klDivergence(gamma, selectedModel, dsir.laplace);
    const double reduction = klRaw - klSelected;
    json randomReductions = json::array();
    double randomSum = 0.0;
    for (const corpus::NgramDistribution& sampleModel : sampleModels) {
        const double randomReduction = klRaw - corpus::klDivergence(gamma, sampleModel, dsir.laplace);
        randomReductions.push_back(randomReduction);
        randomSum += randomReduction;
    }
    const double randomReduction = randomSum / corpus::kDsirRandomSamples;
    json result = {{"units", units},
                   {"unit", dsir.chunkWords > 0 ? "chunk" : "document"},
                   {"selected", selected},
                   {"kl_target_raw", klRaw},
                   {"kl_target_selected", klSelected},
                   {"kl_reduction", reduction},
                   {"kl_reduction_random", randomReduction},
                   {"kl_reduction_random_samples", randomReductions},
                   {"kl_reduction_vs_random", reduction - randomReduction},
                   {"output", output.path.string()},
                   {"timings", timings}};
    const int64_t id = registerOutput(
        context, output, raw, writer,
        {{"operation", "dsir_select"}, {"target", target.name}, {"k", k}, {"seed", dsir.seed}, {"noise", dsir.noise},
         {"buckets", dsir.buckets}, {"chunk_words", dsir.chunkWords}, {"min_chunk_words", dsir.minChunkWords},
         {"laplace", dsir.laplace}, {"kl_reduction", reduction}, {"kl_reduction_random", randomReduction},
         {"kl_reduction_vs_random", reduction - randomReduction}});
    if (id)
        result["dataset_id"] = id;
    context.metric("kl_reduction", 0, 0, reduction);
    context.metric("kl_reduction_vs_random", 0, 0, reduction - randomReduction);
    return result;
}

void validateSelect(const json& params, std::vector<SpecProblem>& problems)
{
    validateSource(params, "dataset", "inputs", problems);
    validateSource(params, "target", "target_inputs", problems);
    validateOutput(params, problems);
    // The range is the schema's; whether this many buckets fit in memory is this machine's.
    if (params.contains("buckets") && params["buckets"].is_number_integer())
        if (const auto problem = corpus::dsirBucketsProblem(params["buckets"].get<int64_t>(), corpus::dsirMemoryBudget()))
            problems.push_back({"params.buckets", *problem});
}

} // namespace

JobKind corpusSelectKind()
{
    const corpus::DsirParams dsir;
    return {.name = "corpus_select",
            .description = "Select the k chunks or documents of a raw pool most like a target (DSIR)",
            .params = corpusParams(joined(
                {{{.key = "target", .type = ParamType::String,
                   .explanation = QT_TRANSLATE_NOOP("JobParams", "The project dataset the selection should resemble."),
                   .cliFlag = false}, // --target takes a dataset name or a file (app/cli)
                  {.key = "target_inputs", .type = ParamType::StringList,
                   .explanation = QT_TRANSLATE_NOOP("JobParams", "Corpus files or folders the selection should resemble (instead of a target dataset)."),
                   .cliFlag = false}},
                 outputParams(),
                 {{.key = "k", .type = ParamType::Integer, .min = 1, .unit = QT_TRANSLATE_NOOP("JobParams", "chunks or documents"),
                   .explanation = QT_TRANSLATE_NOOP("JobParams", "How many chunks (or whole documents) to select."),
                   .required = true},
                  {.key = "seed", .type = ParamType::Integer, .defaultValue = dsir.seed, .min = 0,
                   .explanation = QT_TRANSLATE_NOOP("JobParams", "Seed of the Gumbel noise: the same seed selects the same chunks."),
                   .advanced = true},
                  {.key = "noise", .type = ParamType::Boolean, .defaultValue = dsir.noise,
                   .explanation = QT_TRANSLATE_NOOP("JobParams", "Sample by weight (Gumbel noise); off takes the k highest weights.")},
                  {.key = "bigrams", .type = ParamType::Boolean, .defaultValue = dsir.bigrams,
                   .explanation = QT_TRANSLATE_NOOP("JobParams", "Count word bigrams as well as single words."),
                   .advanced = true},
                  {.key = "buckets", .type = ParamType::Integer, .defaultValue = dsir.buckets, .min = 16,
                   .max = 100'000'000, .unit = QT_TRANSLATE_NOOP("JobParams", "buckets"),
                   .explanation = QT_TRANSLATE_NOOP("JobParams", "Hash buckets of the n-gram features: more buckets, fewer collisions, more memory (8 bytes each, five arrays).")},
                  {.key = "chunk_words", .type = ParamType::Integer, .defaultValue = dsir.chunkWords, .min = 0,
                   .max = 1'000'000, .unit = QT_TRANSLATE_NOOP("JobParams", "words"),
                   .explanation = QT_TRANSLATE_NOOP("JobParams", "Long documents are cut into chunks of about this many words; 0 selects whole documents.")},
                  {.key = "min_chunk_words", .type = ParamType::Integer, .defaultValue = dsir.minChunkWords, .min = 0,
                   .max = 1'000'000, .unit = QT_TRANSLATE_NOOP("JobParams", "words"),
                   .explanation = QT_TRANSLATE_NOOP("JobParams", "A chunk at the end of a document shorter than this many words is dropped (a few words give a noisy weight)."),
                   .advanced = true},
                  {.key = "laplace", .type = ParamType::Number, .defaultValue = dsir.laplace, .min = 0.0, .max = 1e9,
                   .explanation = QT_TRANSLATE_NOOP("JobParams", "Added to every bucket count before the distributions are normalised."),
                   .advanced = true},
                  {.key = "weights_out", .type = ParamType::PathWritten,
                   .explanation = QT_TRANSLATE_NOOP("JobParams", "A text file to write every document's log importance weight to, one line each."),
                   .advanced = true},
                  threadsParam()}})),
            .validate = validateSelect,
            .preflight = preflightCorpus,
            .run = runSelect};
}

} // namespace adaptlab::jobs
