// The project store: one SQLite file (project.adaptlab) per project folder holding datasets, runs,
// metrics and artifacts. WAL journal, busy timeout and foreign keys are always on, so the CLI child
// can write while the GUI reads. Paths in the store are relative to the project folder.
#pragma once

#include "common/error.h"
#include "store/store_files.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace adaptlab::store {

inline constexpr int kSchemaVersion = 5;
// PRAGMA application_id of every AdaptLab store ("ADLB"): lets open() refuse a foreign SQLite file
// before writing anything to it.
inline constexpr int32_t kApplicationId = 0x41444C42;

class StoreError : public Error {
public:
    using Error::Error;
};

struct DatasetRecord {
    int64_t id = 0;
    std::string name;
    std::string path;          // relative to the project folder (absolute when outside it)
    std::string format;        // "jsonl", "jsonl.zst", "txt", ...
    std::string textField = "text";
    std::string metadataJson = "{}"; // field mapping and other import options, JSON object
    int64_t documents = -1;    // -1 = not counted yet
    int64_t bytes = -1;
    std::optional<int64_t> parentDatasetId; // derived datasets point at their source
    std::string provenanceJson = "{}";
    std::string createdAt;     // ISO 8601 UTC, set by the store
    // What the user chose for this dataset in the panels (v3), JSON object by panel, e.g.
    // {"quality_rules": [{"key": ..., "enabled": ..., "threshold": ...}]}. Set with
    // setDatasetSettings; addDataset ignores it.
    std::string settingsJson = "{}";
};

// Unknown: the row holds a status text this build does not know (a damaged or hand-edited store);
// such a row is still listed, never written.
enum class RunStatus { Queued, Running, Done, Failed, Stopped, Unknown };
std::string toString(RunStatus status);
// Throws StoreError on text that is not one of the five real states ("unknown" included).
RunStatus runStatusFromString(const std::string& text);

// What a corpus scan learned about a dataset (v2).
struct DatasetSummaryRecord {
    int64_t datasetId = 0;
    std::string signalsPath;   // relative to the project folder; empty when none was written
    std::string summaryJson = "{}";
    std::string updatedAt;
};

struct RunRecord {
    int64_t id = 0;
    std::string kind;          // job kind, e.g. "train_tokenizer"
    RunStatus status = RunStatus::Queued; // Unknown: `message` says what the row held, and where
    std::string specJson = "{}";
    std::optional<int64_t> parentRunId;
    std::string createdAt, startedAt, finishedAt; // empty when not reached
    std::string resultJson = "{}";
    std::string message;       // error or stop reason, empty otherwise
    int64_t pid = 0;           // process that runs it, 0 when none
    // v4: who runs it, so that a reused pid or another machine's process is not taken for it.
    std::string heartbeatAt;   // ISO 8601 UTC of the child's last heartbeat, empty when none
    int64_t pidStartTime = 0;  // the pid's start time (field 22 of /proc/<pid>/stat), 0 when unknown
    std::string host;          // host name of the machine running it, empty when unknown
};

// One point of a metric series (run, name, split, source): e.g. ("loss", "train", "") or
// ("fertility", "", "gcide"). A series has one point per step; writing a step again replaces it.
struct MetricPoint {
    int64_t runId = 0;
    std::string name;
    std::string split;         // "train", "validation", ... or empty
    std::string source;        // the dataset or task it was measured on, or empty
    int64_t step = 0;
    int64_t tokens = 0;
    double value = 0.0;
    double wallTime = 0.0;     // seconds since the Unix epoch
    // Set by the reads, ignored by addMetrics: the series' row id and the write clock's value when
    // the point was last written (metricsSince).
    int64_t seriesId = 0;
    int64_t seq = 0;
};

// One series of a run, as metricSeries() lists it. firstStep/lastStep are 0 when it has no point.
struct MetricSeriesRecord {
    int64_t id = 0;
    int64_t runId = 0;
    std::string name, split, source;
    int64_t points = 0;
    int64_t firstStep = 0;
    int64_t lastStep = 0;
};

// What metricsSince() read: the points of one run written after a cursor (rewrites of a step
// included), in write order, and the cursor to pass next time.
struct MetricsDelta {
    std::vector<MetricPoint> points;
    int64_t cursor = 0;
};

// One row of eval_results: a (task, metric) score of an evaluation run. Written with upsert.
// `standardError` is the column `stderr` (a macro name in C). NaN value/standardError: none.
struct EvalResultRecord {
    int64_t id = 0;
    int64_t runId = 0;
    std::string task;
    std::string metric;
    double value = 0.0;
    double standardError = 0.0;
    int64_t n = 0;
    std::string detailsJson = "{}";
    std::string createdAt;     // set by the store on each write
};

struct ArtifactRecord {
    int64_t id = 0;
    std::optional<int64_t> runId;
    std::string kind;          // "tokenizer", "checkpoint", "log", ...
    std::string path;          // relative to the project folder
    std::string metadataJson = "{}";
    std::string createdAt;
};

// One folder of token shards (v5): what it was built from (the cache key: the inputs' content
// fingerprint, the tokenizer's fingerprint, the options) and what it holds. Written by the
// build_shards job; the folder's manifest.json is the truth, this row is what the panels list.
struct TokenShardsRecord {
    int64_t id = 0;
    std::optional<int64_t> datasetId; // the one dataset it was built from; empty for files or several
    std::string tokenizerFingerprint;
    std::string tokenizerPath;        // relative to the project folder when inside it
    std::string optionsHash;
    std::string optionsJson = "{}";
    std::string datasetFingerprint;
    std::string folder;               // relative to the project folder when inside it
    int64_t documents = 0;            // training documents
    int64_t tokens = 0;
    int64_t heldoutDocuments = 0;
    int64_t heldoutTokens = 0;
    std::string dtype;                // "u16" or "u32"
    int64_t vocabSize = 0;
    std::string createdAt;            // set by the store on each write
};

// runs = runsQueued + runsRunning + runsDone + runsFailed + runsStopped + runsUnknown.
struct StoreCounts {
    int64_t datasets = 0;
    int64_t runs = 0;
    int64_t runsQueued = 0;
    int64_t runsRunning = 0;
    int64_t runsDone = 0;
    int64_t runsFailed = 0;
    int64_t runsStopped = 0;
    int64_t runsUnknown = 0;   // rows with a status text this build does not know
    int64_t metrics = 0;       // metric points
    int64_t metricSeries = 0;  // series (run, name, split, source) with or without points
    int64_t artifacts = 0;
};

// How long open() lets PRAGMA quick_check run. A store that takes longer to check (a huge metrics
// table) is opened without the verdict rather than keeping the window or a job waiting.
inline constexpr std::chrono::milliseconds kQuickCheckBudget{2000};

// What open()'s PRAGMA quick_check said. Stopped: it ran past its budget, so nothing is known and
// the store is used as usual. create() reports Passed.
enum class QuickCheckVerdict { Passed, Damaged, Stopped };

struct OpenOptions {
    std::chrono::milliseconds quickCheckBudget = kQuickCheckBudget;
};


class ProjectStore {
public:
    // Makes DIR (if needed), its subfolders (datasets/, tokenizers/, shards/, runs/) and a fresh
    // store at the current schema. Throws StoreError if DIR already holds a project.
    static ProjectStore create(const std::filesystem::path& dir);
    // Opens an existing project folder (or the project.adaptlab file itself) and migrates it
    // forward. Throws StoreError, changing nothing (no byte, no new -wal/-shm), when the file is
    // missing, not SQLite, not an AdaptLab store, written by a newer AdaptLab (schema above
    // kSchemaVersion), read-only, or in a read-only folder.
    // Runs PRAGMA quick_check (within options.quickCheckBudget): a damaged store opens for looking
    // only; damage() says what is wrong and every write throws a StoreError that says what to do.
    static ProjectStore open(const std::filesystem::path& dirOrFile, const OpenOptions& options = {});
    // A read-only connection for a reader beside the process's own writer (the GUI's background
    // reader): SQLITE_OPEN_READONLY, no quick_check, no migration. Throws StoreError on what open()
    // refuses, and on a store that still needs migrating (say which version and to open it
    // read-write first). Every write through it throws a StoreError saying it is read-only.
    static ProjectStore openReadOnly(const std::filesystem::path& dirOrFile);
    // Whether DIR (or the file) holds an AdaptLab store, judged from the file's header alone. Safe
    // to call while this process has that store open.
    static bool isProject(const std::filesystem::path& dir);

    ProjectStore(ProjectStore&&) noexcept;
    ProjectStore& operator=(ProjectStore&&) noexcept;
    ~ProjectStore();

    const std::filesystem::path& root() const;
    std::filesystem::path storeFile() const;
    int schemaVersion() const;
    // What PRAGMA quick_check found when the store was opened; nullopt when it found nothing or ran
    // past its budget. A damaged store refuses every write.
    const std::optional<std::string>& damage() const;
    // The sentence every write to a damaged store fails with: what is wrong and what to do. Empty
    // when the store is not damaged.
    std::string damageReport() const;
    QuickCheckVerdict quickCheckVerdict() const;
    // Resolves a stored (relative) path against the project folder, and the reverse.
    std::filesystem::path absolutePath(const std::string& storedPath) const;
    std::string relativePath(const std::filesystem::path& path) const;

    // Datasets
    // The name must be unique and pass datasetNameProblem() (dataset_name.h).
    int64_t addDataset(const DatasetRecord& dataset);
    std::vector<DatasetRecord> datasets() const;
    std::optional<DatasetRecord> dataset(int64_t id) const;
    std::optional<DatasetRecord> datasetByName(const std::string& name) const;
    void setDatasetCounts(int64_t id, int64_t documents, int64_t bytes);
    // Replaces the dataset's panel settings (a JSON object, see DatasetRecord::settingsJson).
    void setDatasetSettings(int64_t id, const std::string& settingsJson);
    // Replaces the dataset's scan summary (and its signals file path).
    void setDatasetSummary(int64_t datasetId, const std::string& signalsPath, const std::string& summaryJson);
    std::optional<DatasetSummaryRecord> datasetSummary(int64_t datasetId) const;
    // Deletes the dataset's row in one transaction: its scan summary goes with it (CASCADE), derived
    // datasets lose their parent link (SET NULL) but keep the parent's name in their provenance,
    // and the run artifact that recorded this dataset's own file goes. Files are not touched
    // (jobs::removeDataset decides which go). Throws StoreError when there is no such dataset.
    void removeDataset(int64_t id);

    // Runs
    int64_t createRun(const std::string& kind, const std::string& specJson,
                      std::optional<int64_t> parentRunId = std::nullopt);
    void setRunStatus(int64_t id, RunStatus status, const std::string& message = {});
    void setRunResult(int64_t id, const std::string& resultJson);
    void setRunPid(int64_t id, int64_t pid);
    // The process that owns the run from now on (pid, its start time, host); stamps a first heartbeat.
    void setRunProcess(int64_t id, int64_t pid, int64_t pidStartTime, const std::string& host);
    // heartbeat_at = now, nothing else: the running child calls it every few seconds.
    void touchRunHeartbeat(int64_t id);
    // Ends a run only if it is still in `expectedStatus` with `expectedPid` (a compare-and-set, so
    // that two processes settling the same run change it once and a child that just started is not
    // overwritten). `resultJson` replaces the result when given. Returns whether the row changed.
    bool finishRunIf(int64_t id, RunStatus expectedStatus, int64_t expectedPid, RunStatus status,
                     const std::string& message, const std::optional<std::string>& resultJson = std::nullopt);
    std::vector<RunRecord> runs() const; // newest first
    std::optional<RunRecord> run(int64_t id) const;
    std::filesystem::path runDir(int64_t id) const; // <root>/runs/<id>, created on demand

    // Metrics. addMetrics writes all points of a call in one transaction (a step's metrics = one
    // call), each point an upsert on (series, step), and takes one tick of the write clock for the
    // whole call. NaN values are stored as NULL and read back as NaN.
    void addMetrics(const std::vector<MetricPoint>& points);
    // Every point of the run (of series `name` when given), by series then step.
    std::vector<MetricPoint> metrics(int64_t runId, const std::string& name = {}) const;
    // The run's series, by name, split, source.
    std::vector<MetricSeriesRecord> metricSeries(int64_t runId) const;
    // The run's points written after `cursor` (0: all), in write order; pass the returned cursor
    // next time. Safe against concurrent writers: a point committed later always has a higher clock.
    MetricsDelta metricsSince(int64_t runId, int64_t cursor) const;
    // For drawing a long series: the steps in [fromStep, toStep] fall into `buckets` equal step
    // ranges, and each bucket gives its first, min, max and last point (NaN points count as first
    // or last only), in step order without repeats. A range holding at most 4 * buckets points
    // comes back exactly. buckets < 1 is taken as 1.
    std::vector<MetricPoint> downsampledMetrics(int64_t seriesId, int64_t fromStep, int64_t toStep,
                                                int64_t buckets) const;

    // Evaluation results: upsert on (run, task, metric); read by task, metric.
    int64_t addEvalResult(const EvalResultRecord& result);
    std::vector<EvalResultRecord> evalResults(int64_t runId) const;

    // Artifacts
    int64_t addArtifact(const ArtifactRecord& artifact);
    std::vector<ArtifactRecord> artifacts(std::optional<int64_t> runId = std::nullopt) const;

    // Token shards (v5; store_shards.cpp). recordTokenShards replaces the row of the same folder
    // (a rebuild after its inputs changed) and returns its id.
    int64_t recordTokenShards(const TokenShardsRecord& shards);
    // Every row (of one dataset when given), newest first.
    std::vector<TokenShardsRecord> tokenShards(std::optional<int64_t> datasetId = std::nullopt) const;
    std::optional<TokenShardsRecord> tokenShardsByFolder(const std::string& folder) const;
    // Throws StoreError when there is no such row. The files are not touched.
    void removeTokenShards(int64_t id);

    StoreCounts counts() const;

private:
    struct Impl;
    explicit ProjectStore(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace adaptlab::store
