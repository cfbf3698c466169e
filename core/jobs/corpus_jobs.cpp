// The corpus jobs (issue 3, METHODS.md §1-3): inspect (signals, summary, duplicates), filter by
// quality rules, deduplicate (exact and MinHash-LSH), select with DSIR, and sample. Each reads a
// project dataset ("dataset": name, with its import mapping) or files ("inputs": [...] with the
// mapping keys of reader_options_json.h), and the writing jobs produce a derived dataset:
// datasets/<output>.jsonl.zst in a project (recorded with its provenance), or the file "out".
#include "common/temp_file.h"
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

namespace adaptlab::jobs {

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

// ---- inputs and outputs --------------------------------------------------------------------------

struct CorpusSource {
    std::string name;
    std::vector<fs::path> inputs;
    corpus::ReaderOptions options;
    std::optional<store::DatasetRecord> dataset;
    fs::path signalsPath; // the dataset's scan, when it has one
    // What the store says that scan wrote: a signals file with other rows is not used.
    int64_t signalsRows = -1;
    std::optional<uint64_t> signalsFingerprint;
};

void validateSource(const json& params, const char* datasetKey, const char* inputsKey, std::vector<SpecProblem>& problems)
{
    const bool hasDataset = params.contains(datasetKey);
    const bool hasInputs = params.contains(inputsKey);
    if (hasDataset)
        checkString(params, datasetKey, true, problems);
    if (hasInputs)
        checkStringList(params, inputsKey, true, problems);
    if (hasDataset == hasInputs)
        problems.push_back({std::string("params.") + datasetKey,
                            std::string("name either params.") + datasetKey + " (a project dataset) or params." +
                                inputsKey + " (files or folders), not both or neither"});
    try {
        corpus::readerOptionsFromJson(params);
    } catch (const Error& error) {
        problems.push_back({"params", error.what()});
    }
}

CorpusSource resolveSource(JobContext& context, const char* datasetKey, const char* inputsKey)
{
    const json& params = context.params();
    CorpusSource source;
    if (params.contains(datasetKey)) {
        const std::string name = params[datasetKey].get<std::string>();
        if (!context.store())
            throw SpecError(std::string("params.") + datasetKey, "naming a dataset needs \"project\" in the spec");
        source.dataset = context.store()->datasetByName(name);
        if (!source.dataset)
            throw SpecError(std::string("params.") + datasetKey, "no dataset named \"" + name + "\" in the project");
        source.name = name;
        DatasetFiles files = datasetFiles(*context.store(), *source.dataset);
        source.options = std::move(files.options);
        source.inputs = std::move(files.inputs);
        if (const auto summary = context.store()->datasetSummary(source.dataset->id); summary && !summary->signalsPath.empty()) {
            const fs::path path = context.store()->absolutePath(summary->signalsPath);
            std::error_code ec;
            if (fs::exists(path, ec)) {
                source.signalsPath = path;
                const json scan = json::parse(summary->summaryJson, nullptr, /*allow_exceptions=*/false);
                if (scan.is_object()) {
                    source.signalsRows = scan.value("documents", int64_t{-1});
                    source.signalsFingerprint = corpus::parseFingerprint(scan.value("signals_fingerprint", std::string()));
                }
            }
        }
    } else {
        for (const auto& input : params[inputsKey])
            source.inputs.push_back(context.resolvePath(input.get<std::string>()));
        source.options = corpus::readerOptionsFromJson(params);
        source.name = source.inputs.size() == 1 ? source.inputs.front().filename().string() : "inputs";
    }
    return source;
}

void validateOutput(const json& params, std::vector<SpecProblem>& problems)
{
    checkString(params, "output", false, problems);
    checkString(params, "out", false, problems);
    if (params.contains("output") == params.contains("out"))
        problems.push_back({"params.output", "name either params.output (a new project dataset) or params.out "
                                             "(a .jsonl.zst file), not both or neither"});
    if (params.contains("output") && params["output"].is_string()) {
        if (const auto problem = store::datasetNameProblem(params["output"].get<std::string>()))
            problems.push_back({"params.output", *problem});
    }
}

struct CorpusOutput {
    fs::path path;
    std::string datasetName; // empty without a project
    std::optional<DatasetLock> lock; // held while a new dataset is being written
};

// Why params.output / params.out cannot be written, if they cannot: a derived dataset never
// replaces a dataset or a file. Asked before the run exists (preflight) and again when the job
// starts writing (the project may have changed in between).
std::optional<SpecProblem> outputProblem(const json& params, const store::ProjectStore* store,
                                         const fs::path& outPath)
{
    std::error_code ec;
    if (params.contains("out")) {
        if (fs::exists(outPath, ec))
            return SpecProblem{"params.out", "the file " + outPath.string() + " already exists; choose another path "
                                             "(a derived dataset never replaces a file)"};
        return std::nullopt;
    }
    if (!store)
        return SpecProblem{"params.output", "a new dataset needs \"project\" in the spec; use params.out for a file"};
    const std::string name = params["output"].get<std::string>();
    if (store->datasetByName(name))
        return SpecProblem{"params.output", "a dataset named \"" + name + "\" already exists in the project"};
    const fs::path file = datasetFilePath(*store, name, ".jsonl.zst");
    if (fs::exists(file, ec))
        return SpecProblem{"params.output", "the file " + file.string() + " already exists, though no dataset of the "
                                            "project names it; remove it or choose another name"};
    return std::nullopt;
}

CorpusOutput resolveOutput(JobContext& context)
{
    const json& params = context.params();
    const fs::path out = params.contains("out") ? context.writtenPath("out") : fs::path();
    // A new dataset is locked before the check, so that two jobs naming it cannot both pass it.
    std::optional<DatasetLock> lock;
    if (params.contains("output") && context.store())
        lock.emplace(context.store()->root(), params["output"].get<std::string>(), context.runId(), context.spec().kind);
    if (const auto problem = outputProblem(params, context.store(), out))
        throw SpecError(problem->field, problem->message);
    if (params.contains("out"))
        return {out, {}, std::nullopt};
    const std::string name = params["output"].get<std::string>();
    return {datasetFilePath(*context.store(), name, ".jsonl.zst"), name, std::move(lock)};
}

// Before the run exists: the datasets read exist (the source with a name fit for the signals file
// inspect and filter write beside it), and the output can be written.
void preflightCorpus(const JobSpec& spec, const store::ProjectStore* store, std::vector<SpecProblem>& problems)
{
    const json& params = spec.params;
    for (const char* key : {"dataset", "target"}) {
        if (!params.contains(key))
            continue;
        const bool buildsPaths = std::string_view(key) == "dataset";
        if (const auto problem = datasetReferenceProblem(store, params[key].get<std::string>(), buildsPaths))
            problems.push_back({std::string("params.") + key, *problem});
    }
    if (params.contains("out") || params.contains("output")) {
        const fs::path out = params.contains("out") ? resolveSpecPath(store, "params.out", params["out"].get<std::string>())
                                                    : fs::path();
        if (const auto problem = outputProblem(params, store, out))
            problems.push_back(*problem);
    }
}

// Records a derived dataset with where it came from; returns its id (0 without a project).
int64_t registerOutput(JobContext& context, const CorpusOutput& output, const CorpusSource& source,
                       const corpus::JsonlZstWriter& writer, json provenance)
{
    if (output.datasetName.empty() || !context.store())
        return 0;
    provenance["source"] = source.name;
    provenance["run_id"] = context.runId();
    store::DatasetRecord record;
    record.name = output.datasetName;
    record.path = context.store()->relativePath(output.path);
    record.format = "jsonl.zst";
    record.textField = "text";
    corpus::ReaderOptions mapping;
    mapping.fields.allOtherFieldsAsMetadata = true; // the derived file keeps every metadata field
    record.metadataJson = corpus::readerOptionsToJson(mapping).dump();
    record.documents = writer.documents();
    record.bytes = writer.uncompressedBytes();
    if (source.dataset)
        record.parentDatasetId = source.dataset->id;
    record.provenanceJson = provenance.dump();
    const int64_t id = context.store()->addDataset(record);
    store::ArtifactRecord artifact;
    artifact.runId = context.runId();
    artifact.kind = "dataset";
    artifact.path = record.path;
    artifact.metadataJson = json{{"dataset", record.name}}.dump();
    context.store()->addArtifact(artifact);
    return id;
}

corpus::ScanOptions scanOptions(JobContext& context, const CorpusSource& source, const char* stage)
{
    corpus::ScanOptions options;
    options.reader = source.options;
    options.threads = context.params().value("threads", 0);
    options.stopRequested = [&context] { return context.stopped(); };
    options.progress = [&context, stage](int64_t read, int64_t total, int64_t) { context.progress(read, total, stage); };
    return options;
}

// Where this job keeps temporary files: the project's tmp/, else beside `beside` (what it writes
// first, then what it reads).
fs::path temporaryFolder(JobContext& context, const std::vector<fs::path>& beside)
{
    if (context.store()) {
        const fs::path folder = projectTemporaryFolder(context.store()->root());
        std::error_code ec;
        fs::create_directories(folder, ec);
        if (ec)
            throwCheckedError("create folder", folder.string(), ec.message());
        return folder;
    }
    return temporaryFolderBeside(beside);
}

std::vector<fs::path> besideFirst(const fs::path& output, const std::vector<fs::path>& inputs)
{
    std::vector<fs::path> paths{output};
    paths.insert(paths.end(), inputs.begin(), inputs.end());
    return paths;
}

// scanCorpus, with its stop turned into the job's: a stopped scan replaced nothing.
corpus::CorpusSummary scan(const std::vector<fs::path>& inputs, const corpus::ScanOptions& options)
{
    try {
        return corpus::scanCorpus(inputs, options);
    } catch (const corpus::ScanStopped&) {
        throw JobStopped();
    }
}

// Where a dataset's signals file lives.
fs::path datasetSignalsPath(JobContext& context, const store::DatasetRecord& dataset)
{
    return datasetFilePath(*context.store(), dataset.name, ".signals");
}

// Records a finished scan of a dataset: its summary (with the signals file's fingerprint) and counts.
void recordScan(JobContext& context, CorpusSource& source, const fs::path& signalsPath, const json& summary)
{
    context.store()->setDatasetSummary(source.dataset->id, context.store()->relativePath(signalsPath), summary.dump());
    context.store()->setDatasetCounts(source.dataset->id, summary.value("documents", int64_t{0}),
                                      summary.value("bytes", int64_t{0}));
    source.signalsPath = signalsPath;
    source.signalsRows = summary.value("documents", int64_t{0});
    source.signalsFingerprint = corpus::parseFingerprint(summary.value("signals_fingerprint", std::string()));
}

// Refuses the dataset's own signals file unless it is the file the store's summary describes (rows
// and fingerprint): a file replaced or cut short since would silently drop or misplace documents.
void requireDatasetSignals(const CorpusSource& source, const corpus::SignalsFile& file)
{
    try {
        corpus::requireSignalsMatch(file, source.signalsRows, source.signalsFingerprint);
    } catch (const Error& error) {
        throw Error(error.what() + ("; inspect dataset \"" + source.dataset->name + "\" again"));
    }
}

// Opens the signals file at `path`; the dataset's own only when requireDatasetSignals() passes.
corpus::SignalsFile openSignals(const CorpusSource& source, const fs::path& path)
{
    const bool datasets = source.dataset.has_value() && path == source.signalsPath;
    std::optional<corpus::SignalsFile> file;
    try {
        file.emplace(corpus::SignalsFile::open(path));
    } catch (const Error& error) {
        if (!datasets)
            throw;
        throw Error(error.what() + ("; inspect dataset \"" + source.dataset->name + "\" again"));
    }
    if (datasets)
        requireDatasetSignals(source, *file);
    return std::move(*file);
}

// The dataset's signals file, scanning it first when it has none (or when it is not a dataset: then
// the file is a temporary one that `temporary` removes).
fs::path ensureSignals(JobContext& context, CorpusSource& source, TemporaryFile& temporary, const fs::path& output)
{
    if (!source.signalsPath.empty())
        return source.signalsPath;
    corpus::ScanOptions options = scanOptions(context, source, "scan");
    options.temporaryFolder = temporaryFolder(context, besideFirst(output, source.inputs));
    std::optional<DatasetLock> lock;
    if (source.dataset) {
        lock.emplace(context.store()->root(), source.dataset->name, context.runId(), context.spec().kind);
        options.signalsPath = datasetSignalsPath(context, *source.dataset);
    } else {
        temporary = TemporaryFile(temporaryPath(options.temporaryFolder, "scan.signals"));
        options.signalsPath = temporary.path();
    }
    const auto summary = scan(source.inputs, options);
    if (source.dataset)
        recordScan(context, source, options.signalsPath, summary.toJson());
    source.signalsPath = options.signalsPath;
    return options.signalsPath;
}

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

// Streams the corpus once, writing the documents `keep` says yes to.
void writeKept(JobContext& context, const CorpusSource& source, corpus::JsonlZstWriter& writer,
               const std::function<bool(int64_t)>& keep, const char* stage)
{
    writePass(context, source, stage, [&](const corpus::Document& doc) {
        if (keep(doc.index))
            writer.write(doc);
    });
}

// The near-duplicate threshold ("threshold"): an estimated Jaccard similarity, above 0 and at most 1.
void checkSimilarityThreshold(const json& params, std::vector<SpecProblem>& problems)
{
    const auto it = params.find("threshold");
    if (it == params.end())
        return;
    if (!it->is_number() || !(it->get<double>() > 0.0 && it->get<double>() <= 1.0))
        problems.push_back({"params.threshold", "must be a number above 0 and at most 1 (the estimated Jaccard "
                                                "similarity a near duplicate reaches)"});
}

// ---- corpus_inspect ------------------------------------------------------------------------------

json runInspect(JobContext& context)
{
    CorpusSource source = resolveSource(context, "dataset", "inputs");
    corpus::ScanOptions options = scanOptions(context, source, "scan");
    const json& params = context.params();
    options.minhash.bands = params.value("bands", 14);
    options.minhash.rows = params.value("rows", 8);
    options.nearThreshold = params.value("threshold", 0.0);
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
        // One line per document: position and every signal, for scripts and notebooks.
        std::ofstream lines(rowsOut);
        if (!lines)
            throw Error("cannot write " + rowsOut.string());
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
    checkString(params, "signals_out", false, problems);
    checkString(params, "signals_file", false, problems);
    checkInteger(params, "bands", false, 1, 1024, problems);
    checkInteger(params, "rows", false, 1, 1024, problems);
    checkSimilarityThreshold(params, problems);
    checkInteger(params, "threads", false, 0, 1024, problems);
}

// ---- corpus_filter -------------------------------------------------------------------------------

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
    const bool clean = context.params().value("c4_clean_lines", false);
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
    checkBool(params, "c4_clean_lines", problems);
    checkInteger(params, "threads", false, 0, 1024, problems);
    if (params.contains("rules") && !params["rules"].is_array())
        problems.push_back({"params.rules", "must be a list of {key, enabled, threshold}"});
    else {
        try {
            rulesFromParams(params);
        } catch (const SpecError& error) {
            problems.push_back({error.field(), error.what()});
        }
    }
}

// ---- corpus_dedup --------------------------------------------------------------------------------

json runDedup(JobContext& context)
{
    const json& params = context.params();
    CorpusSource source = resolveSource(context, "dataset", "inputs");
    const CorpusOutput output = resolveOutput(context);
    const std::string mode = params.value("mode", std::string("both"));
    corpus::MinHashParams minhash;
    minhash.bands = params.value("bands", 14);
    minhash.rows = params.value("rows", 8);
    minhash.seed = params.value("seed", uint64_t{1});
    const double threshold = params.value("threshold", corpus::lshThreshold(minhash.bands, minhash.rows));

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
    checkChoice(params, "mode", {"exact", "near", "both"}, problems);
    checkInteger(params, "bands", false, 1, 512, problems);
    checkInteger(params, "rows", false, 1, 64, problems);
    checkSimilarityThreshold(params, problems);
    checkInteger(params, "seed", false, 0, INT64_MAX, problems);
    checkInteger(params, "threads", false, 0, 1024, problems);
}

// ---- corpus_select (DSIR) ------------------------------------------------------------------------

corpus::DsirParams dsirParams(const json& params)
{
    corpus::DsirParams p;
    p.buckets = params.value("buckets", p.buckets);
    p.bigrams = params.value("bigrams", p.bigrams);
    p.laplace = params.value("laplace", p.laplace);
    p.chunkWords = params.value("chunk_words", p.chunkWords);
    p.minChunkWords = params.value("min_chunk_words", p.minChunkWords);
    p.seed = params.value("seed", p.seed);
    p.noise = params.value("noise", p.noise);
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
    std::unique_ptr<std::ofstream> weightsOut;
    if (params.contains("weights_out")) {
        const fs::path path = context.writtenPath("weights_out");
        weightsOut = std::make_unique<std::ofstream>(path);
        if (!*weightsOut)
            throw Error("cannot write " + path.string());
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
                for (uint32_t u = 0; u < scored.unitsPerDoc[d]; ++u)
                    selection.push(scored.unitWeights[unit++], {batch.documents[d].index, u});
                if (wholeDocuments && scored.unitsPerDoc[d] > 0)
                    *weightsOut << scored.documentWeights[d] << '\n';
            }
        });
    if (weightsOut)
        weightsOut->close();
    std::vector<double>().swap(ratio);
    endPhase("score_s");

    // 3. The k units chosen without replacement are written in corpus order. Only documents holding
    // a chosen unit are chunked again.
    const int64_t units = selection.items();
    std::vector<std::pair<int64_t, uint32_t>> chosen; // (document, unit in it), sorted
    for (const auto& pick : selection.take())
        chosen.emplace_back(pick.tag.document, pick.tag.unitInDocument);
    std::sort(chosen.begin(), chosen.end());
    endPhase("select_s");
    corpus::NgramDistribution selectedModel(dsir.buckets);
    corpus::JsonlZstWriter writer(output.path);
    std::vector<uint32_t> features;
    writePass(context, raw, "write", [&](const corpus::Document& doc) {
        auto next = std::lower_bound(chosen.begin(), chosen.end(), std::make_pair(doc.index, uint32_t(0)));
        if (next == chosen.end() || next->first != doc.index)
            return;
        uint32_t unitInDocument = 0;
        forEachUnitOf(doc, dsir, [&](std::string_view unit) {
            if (next != chosen.end() && next->first == doc.index && next->second == unitInDocument) {
                corpus::hashedNgramFeatures(unit, dsir, features);
                selectedModel.add(features);
                writer.write(unit, doc.metadata);
                ++next;
            }
            ++unitInDocument;
        });
    });
    writer.finish();
    endPhase("write_s");
    const double klSelected = corpus::klDivergence(gamma, selectedModel.probabilities(dsir.laplace));
    json result = {{"units", units},
                   {"unit", dsir.chunkWords > 0 ? "chunk" : "document"},
                   {"selected", chosen.size()},
                   {"kl_target_raw", klRaw},
                   {"kl_target_selected", klSelected},
                   {"kl_reduction", klRaw - klSelected},
                   {"output", output.path.string()},
                   {"timings", timings}};
    const int64_t id = registerOutput(
        context, output, raw, writer,
        {{"operation", "dsir_select"}, {"target", target.name}, {"k", k}, {"seed", dsir.seed}, {"noise", dsir.noise},
         {"buckets", dsir.buckets}, {"chunk_words", dsir.chunkWords}, {"min_chunk_words", dsir.minChunkWords},
         {"laplace", dsir.laplace}, {"kl_reduction", klRaw - klSelected}});
    if (id)
        result["dataset_id"] = id;
    context.metric("kl_reduction", 0, 0, klRaw - klSelected);
    return result;
}

void validateSelect(const json& params, std::vector<SpecProblem>& problems)
{
    validateSource(params, "dataset", "inputs", problems);
    validateSource(params, "target", "target_inputs", problems);
    validateOutput(params, problems);
    checkInteger(params, "k", true, 1, INT64_MAX, problems);
    checkInteger(params, "seed", false, 0, INT64_MAX, problems);
    checkBool(params, "noise", problems);
    checkBool(params, "bigrams", problems);
    checkInteger(params, "buckets", false, 16, 100'000'000, problems);
    if (params.contains("buckets") && params["buckets"].is_number_integer())
        if (const auto problem = corpus::dsirBucketsProblem(params["buckets"].get<int64_t>(), corpus::dsirMemoryBudget()))
            problems.push_back({"params.buckets", *problem});
    checkInteger(params, "chunk_words", false, 0, 1'000'000, problems);
    checkInteger(params, "min_chunk_words", false, 0, 1'000'000, problems);
    checkNumber(params, "laplace", false, 0.0, 1e9, problems);
    checkString(params, "weights_out", false, problems);
    checkInteger(params, "threads", false, 0, 1024, problems);
}

// ---- corpus_sample -------------------------------------------------------------------------------

json runSample(JobContext& context)
{
    const json& params = context.params();
    CorpusSource source = resolveSource(context, "dataset", "inputs");
    const CorpusOutput output = resolveOutput(context);
    const int64_t n = params.at("n").get<int64_t>();
    const uint64_t seed = params.value("seed", uint64_t{0});
    // Reservoir sample of document indices (Algorithm R), then one more pass to write them.
    std::vector<int64_t> reservoir;
    std::mt19937_64 rng(seed);
    int64_t seen = 0;
    {
        corpus::CorpusReader reader(source.inputs, source.options);
        corpus::Document doc;
        while (reader.next(doc)) {
            ++seen;
            if (static_cast<int64_t>(reservoir.size()) < n) {
                reservoir.push_back(doc.index);
            } else {
                const int64_t slot = std::uniform_int_distribution<int64_t>(0, seen - 1)(rng);
                if (slot < n)
                    reservoir[static_cast<size_t>(slot)] = doc.index;
            }
            if ((doc.index & 1023) == 0) {
                context.progress(reader.bytesRead(), reader.totalBytes(), "sample");
                context.throwIfStopped();
            }
        }
    }
    std::sort(reservoir.begin(), reservoir.end());
    corpus::JsonlZstWriter writer(output.path);
    writeKept(context, source, writer,
              [&](int64_t i) { return std::binary_search(reservoir.begin(), reservoir.end(), i); }, "write");
    writer.finish();
    json result = {{"documents", seen}, {"sampled", writer.documents()}, {"seed", seed}, {"output", output.path.string()}};
    const int64_t id = registerOutput(context, output, source, writer, {{"operation", "sample"}, {"n", n}, {"seed", seed}});
    if (id)
        result["dataset_id"] = id;
    return result;
}

void validateSample(const json& params, std::vector<SpecProblem>& problems)
{
    validateSource(params, "dataset", "inputs", problems);
    validateOutput(params, problems);
    checkInteger(params, "n", true, 1, INT64_MAX, problems);
    checkInteger(params, "seed", false, 0, INT64_MAX, problems);
}

// The params each kind knows. The files or folders a job reads come with the reader's mapping keys
// (text_field, glob, ...); the paths it writes are marked, so they are kept inside the project.
std::vector<ParamInfo> corpusParams(std::vector<ParamInfo> own)
{
    std::vector<ParamInfo> params = {{"dataset"}, {"inputs"}};
    for (ParamInfo& param : readerOptionParams())
        params.push_back(std::move(param));
    for (ParamInfo& param : own)
        params.push_back(std::move(param));
    return params;
}

constexpr auto kWritten = ParamInfo::Use::WrittenPath;

} // namespace

JobKind corpusInspectKind()
{
    return {.name = "corpus_inspect",
            .description = "Scan a corpus: quality signals, duplicates, length and metadata statistics",
            .params = corpusParams({{"signals_out", kWritten}, {"signals_file", kWritten}, {"bands"}, {"rows"},
                                    {"threshold"}, {"threads"}}),
            .validate = validateInspect,
            .preflight = preflightCorpus,
            .run = runInspect};
}

JobKind corpusFilterKind()
{
    return {.name = "corpus_filter",
            .description = "Write a derived dataset without the documents that fail the chosen quality rules",
            .params = corpusParams({{"output"}, {"out", kWritten}, {"rules"}, {"c4_clean_lines"}, {"threads"}}),
            .validate = validateFilter,
            .preflight = preflightCorpus,
            .run = runFilter};
}

JobKind corpusDedupKind()
{
    return {.name = "corpus_dedup",
            .description = "Write a derived dataset keeping one document per exact or near-duplicate cluster",
            .params = corpusParams({{"output"}, {"out", kWritten}, {"mode"}, {"bands"}, {"rows"}, {"seed"},
                                    {"threshold"}, {"threads"}}),
            .validate = validateDedup,
            .preflight = preflightCorpus,
            .run = runDedup};
}

JobKind corpusSelectKind()
{
    return {.name = "corpus_select",
            .description = "Select the k chunks or documents of a raw pool most like a target (DSIR)",
            .params = corpusParams({{"target"}, {"target_inputs"}, {"output"}, {"out", kWritten}, {"k"}, {"seed"},
                                    {"noise"}, {"bigrams"}, {"buckets"}, {"chunk_words"}, {"min_chunk_words"},
                                    {"laplace"}, {"weights_out", kWritten}, {"threads"}}),
            .validate = validateSelect,
            .preflight = preflightCorpus,
            .run = runSelect};
}

JobKind corpusSampleKind()
{
    return {.name = "corpus_sample",
            .description = "Write a seeded uniform sample of n documents",
            .params = corpusParams({{"output"}, {"out", kWritten}, {"n"}, {"seed"}}),
            .validate = validateSample,
            .preflight = preflightCorpus,
            .run = runSample};
}

} // namespace adaptlab::jobs
