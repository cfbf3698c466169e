// corpus_inspect (METHODS.md §1-2): one scan of a corpus writes its quality signals, summary and
// duplicate clusters; a project dataset keeps them (its signals file and stored summary).
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

json runInspect(JobContext& context)
{
    CorpusSource source = resolveSource(context, "dataset", "inputs");
    corpus::ScanOptions options = scanOptions(context, source, "scan");
    const json& params = context.params();
    options.minhash.bands = param<int>(context, "bands");
    options.minhash.rows = param<int>(context, "rows");
    // No schema default: 0 makes the scan take the S-curve's midpoint of these bands and rows.
    options.nearThreshold = params.contains("threshold") ? params["threshold"].get<double>() : 0.0;
    const bool wantRows = params.contains("signals_out");
    const fs::path rowsOut = wantRows ? context.writtenPath("signals_out") : fs::path();
    std::optional<DatasetLock> lock; // a dataset's signals file and summary have one writer at a time
    TemporaryFile temporary;
    if (source.dataset) {
        lock.emplace(context.store()->root(), source.dataset->name, context.runId(), context.spec().kind);
        options.signalsPath = datasetSignalsPath(context, *source.dataset);
    } else if (params.contains("signals_file")) {
        options.signalsPath = context.writtenPath("signals_file");
    }
    options.temporaryFolder = temporaryFolder(context, besideFirst(!options.signalsPath.empty() ? options.signalsPath : rowsOut,
                                                                   source.inputs));
    if (options.signalsPath.empty() && wantRows) {
        temporary = TemporaryFile(temporaryPath(options.temporaryFolder, "scan.signals"));
        options.signalsPath = temporary.path();
    }
    // A stopped or failed scan throws here, having replaced nothing: the previous signals file and
    // the store's summary stay as they were.
    const corpus::CorpusSummary summary = scan(source.inputs, options);
    json result = summary.toJson();
    result["timings"] = summary.timings;
    if (source.dataset) {
        // Recorded at once: the new signals file is in place, and the store must describe it.
        recordScan(context, source, options.signalsPath, result);
        result["signals_file"] = context.store()->relativePath(options.signalsPath);
    }
    context.throwIfStopped();
    json& timings = result["timings"];
    const auto rowsStart = std::chrono::steady_clock::now();
    if (wantRows) {
        // One line per document: position and every signal, for scripts and notebooks. Written
        // atomically: a failed or stopped export leaves no half file that looks complete.
        AtomicOutputStream lines(rowsOut);
        const auto signals = corpus::SignalsFile::open(options.signalsPath);
        signals.forEachRow([&](int64_t index, const corpus::SignalRow& row) {
            json line = {{"doc", index},
                         {"file", signals.files().at(static_cast<size_t>(row.position.fileIndex))},
                         {"line", row.position.line},
                         {"byte_offset", row.position.byteOffset}};
            std::ostringstream hash;
            hash << std::hex << std::setw(16) << std::setfill('0') << row.exactHash;
            line["exact_hash"] = hash.str();
            for (const auto& info : corpus::signalInfos())
                line[info.key] = row.signals[static_cast<size_t>(info.signal)];
            lines << line.dump() << '\n';
        });
        lines.commit();
    }
    temporary.remove();
    if (wantRows)
        timings["signals_out_s"] = std::chrono::duration<double>(std::chrono::steady_clock::now() - rowsStart).count();
    context.metric("documents", 0, 0, static_cast<double>(summary.documents));
    context.metric("exact_duplicates", 0, 0, static_cast<double>(summary.exactDuplicates));
    context.metric("near_duplicates", 0, 0, static_cast<double>(summary.nearDuplicates));
    return result;
}

void validateInspect(const json& params, std::vector<SpecProblem>& problems)
{
    validateSource(params, "dataset", "inputs", problems);
}

} // namespace

JobKind corpusInspectKind()
{
    const corpus::MinHashParams minhash;
    return {.name = "corpus_inspect",
            .description = "Scan a corpus: quality signals, duplicates, length and metadata statistics",
            .params = corpusParams(
                {{.key = "signals_out", .type = ParamType::PathWritten,
                  .explanation = QT_TRANSLATE_NOOP("JobParams", "A JSON Lines file to write with every document's signals, one line each.")},
                 {.key = "signals_file", .type = ParamType::PathWritten,
                  .explanation = QT_TRANSLATE_NOOP("JobParams", "Where to keep the binary signals file of files that are no project dataset."),
                  .advanced = true},
                 {.key = "bands", .type = ParamType::Integer, .defaultValue = minhash.bands, .min = 1, .max = 1024,
                  .unit = QT_TRANSLATE_NOOP("JobParams", "bands"),
                  .explanation = QT_TRANSLATE_NOOP("JobParams", "MinHash-LSH bands: more bands catch more near-duplicate pairs."),
                  .advanced = true},
                 {.key = "rows", .type = ParamType::Integer, .defaultValue = minhash.rows, .min = 1, .max = 1024,
                  .unit = QT_TRANSLATE_NOOP("JobParams", "rows"),
                  .explanation = QT_TRANSLATE_NOOP("JobParams", "Rows per band: more rows demand more similarity before two documents are compared."),
                  .advanced = true},
                 similarityThresholdParam(nullptr, QT_TRANSLATE_NOOP("JobParams", "Estimated Jaccard similarity from which a document counts as a near duplicate; default: the S-curve's midpoint for these bands and rows.")),
                 threadsParam()}),
            .validate = validateInspect,
            .preflight = preflightCorpus,
            .run = runInspect};
}

} // namespace adaptlab::jobs
