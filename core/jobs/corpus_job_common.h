// What the corpus jobs (corpus_*_job.cpp) share: where a job reads (a project dataset or files with
// a mapping) and writes (a new dataset or a file), the dataset's signals file, the single-writer
// pass over a corpus, and the params every corpus kind knows.
#pragma once

#include "common/temp_file.h"
#include "corpus/corpus_reader.h"
#include "corpus/corpus_scan.h"
#include "corpus/jsonl_zst_writer.h"
#include "corpus/signals_file.h"
#include "jobs/dataset_lock.h"
#include "jobs/job_context.h"
#include "jobs/job_registry.h"
#include "jobs/param_schema.h"
#include "common/translate_noop.h"
#include "store/project_store.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace adaptlab::jobs::corpus_job {

struct CorpusSource {
    std::string name;
    std::vector<std::filesystem::path> inputs;
    corpus::ReaderOptions options;
    std::optional<store::DatasetRecord> dataset;
    std::filesystem::path signalsPath; // the dataset's scan, when it has one
    // What the store says that scan wrote: a signals file with other rows is not used.
    int64_t signalsRows = -1;
    std::optional<uint64_t> signalsFingerprint;
};

struct CorpusOutput {
    std::filesystem::path path;
    std::string datasetName; // empty without a project
    std::optional<DatasetLock> lock; // held while a new dataset is being written
};

void validateSource(const nlohmann::json& params, const char* datasetKey, const char* inputsKey, std::vector<SpecProblem>& problems);

CorpusSource resolveSource(JobContext& context, const char* datasetKey, const char* inputsKey);

void validateOutput(const nlohmann::json& params, std::vector<SpecProblem>& problems);

// Why params.output / params.out cannot be written, if they cannot: a derived dataset never
// replaces a dataset or a file. Asked before the run exists (preflight) and again when the job
// starts writing (the project may have changed in between).
std::optional<SpecProblem> outputProblem(const nlohmann::json& params, const store::ProjectStore* store,
                                         const std::filesystem::path& outPath);

CorpusOutput resolveOutput(JobContext& context);

// Before the run exists: the datasets read exist (the source with a name fit for the signals file
// inspect and filter write beside it), and the output can be written.
void preflightCorpus(const JobSpec& spec, const store::ProjectStore* store, std::vector<SpecProblem>& problems);

// Records a derived dataset with where it came from; returns its id (0 without a project).
int64_t registerOutput(JobContext& context, const CorpusOutput& output, const CorpusSource& source,
                       const corpus::JsonlZstWriter& writer, nlohmann::json provenance);

corpus::ScanOptions scanOptions(JobContext& context, const CorpusSource& source, const char* stage);

// Where this job keeps temporary files: the project's tmp/, else beside `beside` (what it writes
// first, then what it reads).
std::filesystem::path temporaryFolder(JobContext& context, const std::vector<std::filesystem::path>& beside);

std::vector<std::filesystem::path> besideFirst(const std::filesystem::path& output, const std::vector<std::filesystem::path>& inputs);

// scanCorpus, with its stop turned into the job's: a stopped scan replaced nothing.
corpus::CorpusSummary scan(const std::vector<std::filesystem::path>& inputs, const corpus::ScanOptions& options);

// Where a dataset's signals file lives.
std::filesystem::path datasetSignalsPath(JobContext& context, const store::DatasetRecord& dataset);

// Records a finished scan of a dataset: its summary (with the signals file's fingerprint) and counts.
void recordScan(JobContext& context, CorpusSource& source, const std::filesystem::path& signalsPath, const nlohmann::json& summary);

// Refuses the dataset's own signals file unless it is the file the store's summary describes (rows
// and fingerprint): a file replaced or cut short since would silently drop or misplace documents.
void requireDatasetSignals(const CorpusSource& source, const corpus::SignalsFile& file);

// Opens the signals file at `path`; the dataset's own only when requireDatasetSignals() passes.
corpus::SignalsFile openSignals(const CorpusSource& source, const std::filesystem::path& path);

// The dataset's signals file, scanning it first when it has none (or when it is not a dataset: then
// the file is a temporary one that `temporary` removes).
std::filesystem::path ensureSignals(JobContext& context, CorpusSource& source, TemporaryFile& temporary, const std::filesystem::path& output);

// Streams the corpus once, writing the documents `keep` says yes to.
void writeKept(JobContext& context, const CorpusSource& source, corpus::JsonlZstWriter& writer,
               const std::function<bool(int64_t)>& keep, const char* stage);

// Reads the corpus once on this thread and hands batches to ONE worker thread, which runs
// write(document) on each in input order (a single worker takes the batches first in, first out):
// decompressing and parsing overlap with serializing and compressing the output.
template <typename Write>
void writePass(JobContext& context, const CorpusSource& source, const char* stage, Write&& write)
{
    using Batch = corpus::DocumentBatch<char>;
    corpus::CorpusReader reader(source.inputs, source.options);
    corpus::forEachBatchParallel<char>(
        reader, 1,
        [&](Batch& batch) {
            for (const corpus::Document& doc : batch.documents)
                write(doc);
        },
        [](Batch&) {},
        [&] {
            context.progress(reader.bytesRead(), reader.totalBytes(), stage);
            return !context.stopped();
        });
    context.throwIfStopped();
    context.progress(reader.totalBytes(), reader.totalBytes(), stage);
}

// The params each kind knows: the source (a dataset or files) with the reader's mapping keys
// (text_field, glob, ...), then the kind's own.
std::vector<ParamSpec> corpusParams(std::vector<ParamSpec> own);
// "output" (a new dataset) and "out" (a file, kept inside the project unless the CLI allows).
std::vector<ParamSpec> outputParams();
ParamSpec threadsParam();
// The near-duplicate threshold: an estimated Jaccard similarity, above 0 and at most 1.
ParamSpec similarityThresholdParam(nlohmann::json defaultValue, const char* explanation);
std::vector<ParamSpec> joined(std::vector<std::vector<ParamSpec>> parts);

} // namespace adaptlab::jobs::corpus_job
