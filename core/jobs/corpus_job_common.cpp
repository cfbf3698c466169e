// What the corpus jobs share (corpus_job_common.h).
#include "jobs/corpus_job_common.h"

#include "common/translate_noop.h"
#include "corpus/reader_options_json.h"
#include "jobs/job_inputs.h"
#include "jobs/temporary_folder.h"
#include "store/dataset_name.h"

namespace adaptlab::jobs::corpus_job {

using nlohmann::json;
namespace fs = std::filesystem;

// ---- inputs and outputs --------------------------------------------------------------------------


void validateSource(const json& params, const char* datasetKey, const char* inputsKey, std::vector<SpecProblem>& problems)
{
    // Each key alone is the schema's; here only the one-of-two rule and the mapping as a whole.
    if (params.contains(datasetKey) == params.contains(inputsKey))
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
    if (params.contains("output") == params.contains("out"))
        problems.push_back({"params.output", "name either params.output (a new project dataset) or params.out "
                                             "(a .jsonl.zst file), not both or neither"});
    if (params.contains("output") && params["output"].is_string()) {
        if (const auto problem = store::datasetNameProblem(params["output"].get<std::string>()))
            problems.push_back({"params.output", *problem});
    }
}


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
    const JobKind* kind = findJobKind(context.spec().kind);
    options.threads = kind && kind->param("threads") ? param<int>(context, "threads") : 0;
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


// Streams the corpus once, writing the documents `keep` says yes to.
void writeKept(JobContext& context, const CorpusSource& source, corpus::JsonlZstWriter& writer,
               const std::function<bool(int64_t)>& keep, const char* stage)
{
    writePass(context, source, stage, [&](const corpus::Document& doc) {
        if (keep(doc.index))
            writer.write(doc);
    });
}

std::vector<ParamSpec> corpusParams(std::vector<ParamSpec> own)
{
    std::vector<ParamSpec> params = {
        {.key = "dataset", .type = ParamType::String,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "The project dataset to read (or name files in inputs).")},
        {.key = "inputs", .type = ParamType::StringList,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "Corpus files or folders to read as one corpus (instead of a dataset)."),
         .cliFlag = false}};
    for (ParamSpec& param : readerOptionParams())
        params.push_back(std::move(param));
    for (ParamSpec& param : own)
        params.push_back(std::move(param));
    return params;
}

std::vector<ParamSpec> outputParams()
{
    return {{.key = "output", .type = ParamType::String,
             .explanation = QT_TRANSLATE_NOOP("JobParams", "The name of the new project dataset to write.")},
            {.key = "out", .type = ParamType::PathWritten,
             .explanation = QT_TRANSLATE_NOOP("JobParams", "A .jsonl.zst file to write instead of a project dataset.")}};
}

ParamSpec threadsParam()
{
    return {.key = "threads", .type = ParamType::Integer, .defaultValue = 0, .min = 0, .max = 1024, .unit = QT_TRANSLATE_NOOP("JobParams", "threads"),
            .explanation = QT_TRANSLATE_NOOP("JobParams", "Worker threads; 0 uses every core available."),
            .advanced = true};
}

ParamSpec similarityThresholdParam(nlohmann::json defaultValue, const char* explanation)
{
    return {.key = "threshold", .type = ParamType::Number, .defaultValue = std::move(defaultValue), .min = 0.0,
            .max = 1.0, .minExclusive = true, .explanation = explanation, .advanced = true};
}

std::vector<ParamSpec> joined(std::vector<std::vector<ParamSpec>> parts)
{
    std::vector<ParamSpec> all;
    for (auto& part : parts)
        for (ParamSpec& p : part)
            all.push_back(std::move(p));
    return all;
}

} // namespace adaptlab::jobs::corpus_job
