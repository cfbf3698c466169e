// corpus_dedup (METHODS.md §2): a derived dataset keeping one document per exact or near-duplicate
// (MinHash-LSH) cluster.
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

json runDedup(JobContext& context)
{
    const json& params = context.params();
    CorpusSource source = resolveSource(context, "dataset", "inputs");
    const CorpusOutput output = resolveOutput(context);
    const std::string mode = param<std::string>(context, "mode");
    corpus::MinHashParams minhash;
    minhash.bands = param<int>(context, "bands");
    minhash.rows = param<int>(context, "rows");
    minhash.seed = param<uint64_t>(context, "seed");
    // No schema default: it follows bands and rows (the S-curve's midpoint).
    const double threshold = params.contains("threshold") ? params["threshold"].get<double>()
                                                          : corpus::lshThreshold(minhash.bands, minhash.rows);

    using Clock = std::chrono::steady_clock;
    auto phaseStart = Clock::now();
    json timings = json::object();
    auto endPhase = [&](const char* key) {
        timings[key] = std::chrono::duration<double>(Clock::now() - phaseStart).count();
        phaseStart = Clock::now();
    };
    // Reuse the dataset's scan when this build can read it and it was made with the same MinHash
    // settings (scans use the default seed); otherwise hash now (MinHash and exact hashes only, in
    // parallel).
    std::optional<corpus::SignalsFile> signals;
    if (!source.signalsPath.empty() && minhash.seed == corpus::MinHashParams{}.seed) {
        std::optional<corpus::SignalsFile> scanned;
        try {
            scanned.emplace(corpus::SignalsFile::open(source.signalsPath));
        } catch (const Error& error) {
            context.log(std::string("the dataset's scan cannot be reused, hashing the corpus again: ") + error.what(),
                        "warning");
        }
        // A file this build reads but that is not the one the store describes is refused, never
        // reused (it would drop or misplace documents) nor silently replaced.
        if (scanned) {
            requireDatasetSignals(source, *scanned);
            if (scanned->bands() == minhash.bands && scanned->signatureHashes() == minhash.numHashes())
                signals = std::move(scanned);
        }
    }
    TemporaryFile temporary;
    if (!signals) {
        corpus::ScanOptions options = scanOptions(context, source, "hash");
        options.qualitySignals = false;
        options.minhash = minhash;
        options.temporaryFolder = temporaryFolder(context, besideFirst(output.path, source.inputs));
        temporary = TemporaryFile(temporaryPath(options.temporaryFolder, "dedup.signals"));
        options.signalsPath = temporary.path();
        scan(source.inputs, options);
        signals.emplace(corpus::SignalsFile::open(temporary.path()));
    }
    corpus::DuplicateOptions options;
    options.exact = mode == "exact" || mode == "both";
    options.near = mode == "near" || mode == "both";
    options.threshold = threshold;
    const corpus::DuplicateClusters duplicates = corpus::clusterDuplicates(*signals, options);
    const int64_t documents = signals->documents();
    signals.reset();
    temporary.remove();
    endPhase("hash_and_cluster_s");
    corpus::JsonlZstWriter writer(output.path);
    writeKept(context, source, writer,
              [&](int64_t i) {
                  return i < documents && duplicates.removal[static_cast<size_t>(i)] == corpus::Removal::Kept;
              },
              "write");
    writer.finish();
    endPhase("write_s");
    const double largestShare =
        documents > 0 ? static_cast<double>(duplicates.largestNearCluster) / static_cast<double>(documents) : 0.0;
    json result = {{"documents", documents},
                   {"kept", writer.documents()},
                   {"removed_exact", duplicates.exactDuplicates},
                   {"removed_near", duplicates.nearDuplicates},
                   {"duplicates_removed", duplicates.removed()},
                   {"near_clusters", duplicates.nearClusters},
                   {"largest_cluster", duplicates.largestNearCluster},
                   {"largest_cluster_share", largestShare},
                   {"candidate_pairs", duplicates.candidatePairs},
                   {"signature_comparisons", duplicates.comparisons},
                   {"mode", mode},
                   {"bands", minhash.bands},
                   {"rows", minhash.rows},
                   {"threshold", threshold},
                   {"output", output.path.string()},
                   {"timings", timings}};
    if (options.near && largestShare > corpus::kLargeClusterShare) {
        std::ostringstream warning;
        warning << "the largest near-duplicate cluster holds " << std::fixed << std::setprecision(1)
                << 100.0 * largestShare << "% of the corpus (" << duplicates.largestNearCluster
                << " documents): usually boilerplate that many documents share, or a threshold set too low";
        result["warning"] = warning.str();
        context.log(warning.str(), "warning");
    }
    const int64_t id = registerOutput(context, output, source, writer,
                                      {{"operation", "dedup"}, {"mode", mode}, {"bands", minhash.bands},
                                       {"rows", minhash.rows}, {"seed", minhash.seed}, {"ngram", minhash.ngram},
                                       {"threshold", threshold}, {"removed_exact", duplicates.exactDuplicates},
                                       {"removed_near", duplicates.nearDuplicates}});
    if (id)
        result["dataset_id"] = id;
    context.metric("removed_exact", 0, 0, static_cast<double>(duplicates.exactDuplicates));
    context.metric("removed_near", 0, 0, static_cast<double>(duplicates.nearDuplicates));
    return result;
}

void validateDedup(const json& params, std::vector<SpecProblem>& problems)
{
    validateSource(params, "dataset", "inputs", problems);
    validateOutput(params, problems);
}

} // namespace

JobKind corpusDedupKind()
{
    // The MinHash defaults are the scan's (corpus::MinHashParams), so that dedup reuses a scan made
    // with them.
    const corpus::MinHashParams minhash;
    return {.name = "corpus_dedup",
            .description = "Write a derived dataset keeping one document per exact or near-duplicate cluster",
            .params = corpusParams(joined(
                {outputParams(),
                 {{.key = "mode", .type = ParamType::Choice, .defaultValue = "both", .choices = {"exact", "near", "both"},
                   .explanation = QT_TRANSLATE_NOOP("JobParams", "Which duplicates to remove: exact copies, near duplicates, or both.")},
                  {.key = "bands", .type = ParamType::Integer, .defaultValue = minhash.bands, .min = 1, .max = 512,
                   .unit = QT_TRANSLATE_NOOP("JobParams", "bands"),
                   .explanation = QT_TRANSLATE_NOOP("JobParams", "MinHash-LSH bands: more bands catch more near-duplicate pairs.")},
                  {.key = "rows", .type = ParamType::Integer, .defaultValue = minhash.rows, .min = 1, .max = 64,
                   .unit = QT_TRANSLATE_NOOP("JobParams", "rows"),
                   .explanation = QT_TRANSLATE_NOOP("JobParams", "Rows per band: more rows demand more similarity before two documents are compared.")},
                  {.key = "seed", .type = ParamType::Integer, .defaultValue = minhash.seed, .min = 0,
                   .explanation = QT_TRANSLATE_NOOP("JobParams", "Seed of the MinHash functions; the scan's seed lets dedup reuse its hashes."),
                   .advanced = true},
                  similarityThresholdParam(nullptr, QT_TRANSLATE_NOOP("JobParams", "Estimated Jaccard similarity from which a document counts as a near duplicate; default: the S-curve's midpoint for these bands and rows.")),
                  threadsParam()}})),
            .validate = validateDedup,
            .preflight = preflightCorpus,
            .run = runDedup};
}

} // namespace adaptlab::jobs
