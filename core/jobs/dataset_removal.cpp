#include "jobs/dataset_removal.h"

#include "jobs/dataset_lock.h"
#include "jobs/job_inputs.h"
#include "store/dataset_name.h"
#include "store/project_store.h"

#include <nlohmann/json.hpp>

#include <signal.h>

#include <algorithm>
#include <optional>
#include <cerrno>
#include <system_error>

namespace adaptlab::jobs {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// ---- runs that use the dataset ------------------------------------------------------------------

// The params by which job specs name project datasets: a source ("dataset"), DSIR's "target", a new
// dataset ("output"), and lists ("datasets", the tokenizer's "measure_datasets"). Future kinds that
// follow the naming (…_dataset, …_datasets) are covered too.
bool namesDatasets(const std::string& key)
{
    return key == "dataset" || key == "datasets" || key == "target" || key == "output"
        || key.ends_with("_dataset") || key.ends_with("_datasets");
}

bool specUsesDataset(const std::string& specJson, const std::string& name)
{
    const json spec = json::parse(specJson, nullptr, /*allow_exceptions=*/false);
    if (!spec.is_object() || !spec.contains("params") || !spec["params"].is_object())
        return false;
    for (const auto& [key, value] : spec["params"].items()) {
        if (!namesDatasets(key))
            continue;
        if (value.is_string() && value.get<std::string>() == name)
            return true;
        if (value.is_array()
            && std::any_of(value.begin(), value.end(),
                           [&](const json& item) { return item.is_string() && item.get<std::string>() == name; }))
            return true;
    }
    return false;
}

// A run still marked running whose process is gone (killed, or the machine restarted) must not
// block the removal forever. kill(pid, 0) sends nothing; it only asks whether the process exists.
bool processMayBeAlive(int64_t pid)
{
    if (pid <= 0)
        return true; // not recorded yet: the job is starting
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

void refuseWhileInUse(const store::ProjectStore& store, const std::string& name)
{
    for (const auto& run : store.runs()) {
        if (run.status != store::RunStatus::Running || !specUsesDataset(run.specJson, name)
            || !processMayBeAlive(run.pid))
            continue;
        throw Error("dataset \"" + name + "\" is in use by run " + std::to_string(run.id) + " (" + run.kind
                    + "), which is still running"
                    + (run.pid > 0 ? " as process " + std::to_string(run.pid) : std::string())
                    + "; wait for it to end or stop it, then remove the dataset");
    }
}

// ---- files --------------------------------------------------------------------------------------

// Lexically inside <project>/datasets/, where the project writes every file it makes for a dataset.
// Lexical on purpose: a datasets/ folder linked to a bigger disk still holds the project's files,
// and a link there to a user's file is removed as a link, never followed.
bool inDatasetsFolder(const store::ProjectStore& store, const fs::path& path)
{
    if (!path.is_absolute())
        return false;
    const fs::path relative = path.lexically_normal().lexically_relative(store.root() / "datasets");
    return !relative.empty() && *relative.begin() != ".." && *relative.begin() != "."
        && !store::isStoreFile(path);
}

bool pathExists(const fs::path& path)
{
    std::error_code error;
    return fs::exists(fs::symlink_status(path, error));
}

// The files or folder a dataset reads, absolute.
std::vector<fs::path> dataPaths(const store::ProjectStore& store, const store::DatasetRecord& dataset)
{
    std::vector<std::string> stored;
    try {
        stored = datasetFileList(dataset);
    } catch (const Error&) {
        // A broken "files" entry: its path is all that is known, and it is kept all the same.
    }
    if (stored.empty())
        stored.push_back(dataset.path);
    std::vector<fs::path> paths;
    for (const std::string& path : stored)
        paths.push_back(store.absolutePath(path));
    return paths;
}

fs::path resolved(const fs::path& path)
{
    std::error_code error;
    fs::path result = fs::weakly_canonical(path, error);
    return error ? path.lexically_normal() : result;
}

// Whether FILE is SOURCE itself (under any name) or lies in the folder SOURCE.
bool readBy(const fs::path& file, const fs::path& source)
{
    std::error_code error;
    if (fs::equivalent(file, source, error))
        return true;
    const fs::path relative = resolved(file).lexically_relative(resolved(source));
    return !relative.empty() && *relative.begin() != "..";
}

// Whether the project made this dataset (a corpus job's output) rather than the user importing it.
bool projectMade(const store::ProjectStore& store, const store::DatasetRecord& dataset)
{
    if (dataset.parentDatasetId)
        return true;
    const json provenance = json::parse(dataset.provenanceJson, nullptr, /*allow_exceptions=*/false);
    if (provenance.is_object() && provenance.contains("run_id"))
        return true;
    const auto artifacts = store.artifacts();
    return std::any_of(artifacts.begin(), artifacts.end(), [&](const store::ArtifactRecord& artifact) {
        return artifact.kind == "dataset" && artifact.path == dataset.path;
    });
}

// What other datasets read: a file among these is kept whoever wrote it.
std::vector<fs::path> othersRead(const store::ProjectStore& store, int64_t datasetId)
{
    std::vector<fs::path> paths;
    for (const auto& other : store.datasets()) {
        if (other.id == datasetId)
            continue;
        for (fs::path& path : dataPaths(store, other))
            paths.push_back(std::move(path));
    }
    return paths;
}

bool readByAny(const fs::path& file, const std::vector<fs::path>& sources)
{
    return std::any_of(sources.begin(), sources.end(), [&](const fs::path& source) { return readBy(file, source); });
}

void addOnce(std::vector<fs::path>& list, const fs::path& path)
{
    if (std::find(list.begin(), list.end(), path) == list.end())
        list.push_back(path);
}

fs::path withSuffix(fs::path path, const char* suffix)
{
    path += suffix;
    return path;
}

// ---- token shards -------------------------------------------------------------------------------

// Lexically inside <project>/shards/ (never shards/ itself), where the project builds token
// shards; lexical for the same reason as inDatasetsFolder.
bool inShardsFolder(const store::ProjectStore& store, const fs::path& path)
{
    if (!path.is_absolute())
        return false;
    const fs::path relative = path.lexically_normal().lexically_relative(store.root() / "shards");
    return !relative.empty() && *relative.begin() != ".." && *relative.begin() != "." && !store::isStoreFile(path);
}

// One spelling per folder ("shards/web/" and "shards/web" are the same folder).
fs::path folderPath(fs::path path)
{
    path = path.lexically_normal();
    if (path.filename().empty() && path.has_parent_path())
        path = path.parent_path();
    return path;
}

// Lexically: PATH is FOLDER or lies in it.
bool within(const fs::path& path, const fs::path& folder)
{
    const fs::path relative = path.lexically_relative(folder);
    return !relative.empty() && *relative.begin() != "..";
}

// The folders of every other build: another dataset's, and those built from files or from several
// datasets (no dataset id), which may sit in shards/<name>/ too.
std::vector<fs::path> otherShardFolders(const store::ProjectStore& store, int64_t datasetId)
{
    std::vector<fs::path> folders;
    for (const auto& row : store.tokenShards()) {
        if (row.datasetId != datasetId)
            folders.push_back(folderPath(store.absolutePath(row.folder)));
    }
    return folders;
}

// Whether deleting FOLDER whole would take something another build or dataset uses, or a file
// the plan keeps: each way round, since a dataset may read a folder that holds this one.
bool folderShared(const fs::path& folder, const std::vector<fs::path>& otherShards,
                  const std::vector<fs::path>& readElsewhere, const std::vector<fs::path>& kept)
{
    const auto overlaps = [&](const fs::path& other) { return readBy(other, folder) || readBy(folder, other); };
    return std::any_of(otherShards.begin(), otherShards.end(),
                       [&](const fs::path& other) { return within(other, folder) || within(folder, other); })
        || std::any_of(readElsewhere.begin(), readElsewhere.end(), overlaps)
        || std::any_of(kept.begin(), kept.end(), overlaps);
}

// The shard folders of PLAN's dataset (see DatasetRemovalPlan::shardFolders); a recorded folder
// that may not be deleted goes to filesKept.
void planShardFolders(const store::ProjectStore& store, const store::DatasetRecord& dataset,
                      const std::vector<fs::path>& readElsewhere, DatasetRemovalPlan& plan)
{
    std::vector<std::pair<fs::path, bool>> candidates; // folder, recorded in the store
    for (const auto& row : store.tokenShards(dataset.id))
        candidates.emplace_back(folderPath(store.absolutePath(row.folder)), true);
    // Named as build_shards names the folder of one dataset's builds.
    std::string name = dataset.name;
    std::replace_if(name.begin(), name.end(), [](char c) { return c == '/' || c == '\\' || c == '\0'; }, '_');
    if (!name.empty() && name != "." && name != "..")
        candidates.emplace_back(store.root() / "shards" / name, false);

    const std::vector<fs::path> otherShards = otherShardFolders(store, dataset.id);
    std::vector<fs::path> deletable;
    for (const auto& [folder, recorded] : candidates) {
        if (!pathExists(folder))
            continue;
        if (inShardsFolder(store, folder) && !folderShared(folder, otherShards, readElsewhere, plan.filesKept))
            addOnce(deletable, folder);
        else if (recorded)
            addOnce(plan.filesKept, folder);
    }
    // A folder inside another of the list goes with it.
    for (const fs::path& folder : deletable) {
        const bool nested = std::any_of(deletable.begin(), deletable.end(),
                                        [&](const fs::path& other) { return other != folder && within(folder, other); });
        if (!nested)
            plan.shardFolders.push_back(folder);
    }
    std::sort(plan.shardFolders.begin(), plan.shardFolders.end());
}

} // namespace

DatasetRemovalPlan planDatasetRemoval(const store::ProjectStore& store, const std::string& name)
{
    const auto dataset = store.datasetByName(name);
    if (!dataset)
        throw Error("no dataset named \"" + name + "\" in the project " + store.root().string());
    refuseWhileInUse(store, name);

    DatasetRemovalPlan plan;
    plan.datasetId = dataset->id;
    plan.name = dataset->name;
    const auto summary = store.datasetSummary(dataset->id);
    plan.hasSummary = summary.has_value();
    for (const auto& other : store.datasets()) {
        if (other.parentDatasetId == dataset->id)
            plan.derivedDatasets.push_back(other.name);
    }

    // What the project may have written for it. Writers finish into <file>.partial and rename, so
    // an interrupted one leaves that behind.
    std::vector<fs::path> written;
    const fs::path conventionalSignals = store.root() / "datasets" / (dataset->name + ".signals");
    for (const fs::path& signals : {summary && !summary->signalsPath.empty() ? store.absolutePath(summary->signalsPath)
                                                                             : conventionalSignals,
                                    conventionalSignals}) {
        addOnce(written, signals);
        addOnce(written, withSuffix(signals, ".partial"));
    }
    const bool made = projectMade(store, *dataset);
    for (const fs::path& path : dataPaths(store, *dataset)) {
        std::error_code error;
        // The user's own corpus is kept wherever it lies, and a folder is never deleted.
        if (!made || fs::is_directory(fs::symlink_status(path, error))) {
            addOnce(plan.filesKept, path);
            continue;
        }
        addOnce(written, path);
        addOnce(written, withSuffix(path, ".partial"));
    }

    const std::vector<fs::path> readElsewhere = othersRead(store, dataset->id);
    for (const fs::path& file : written) {
        if (!pathExists(file))
            continue;
        std::error_code error;
        const bool deletable = inDatasetsFolder(store, file) && !fs::is_directory(fs::symlink_status(file, error))
            && !readByAny(file, readElsewhere) && !readByAny(file, plan.filesKept);
        addOnce(deletable ? plan.filesToDelete : plan.filesKept, file);
    }
    planShardFolders(store, *dataset, readElsewhere, plan);
    return plan;
}

void removeDataset(store::ProjectStore& store, const DatasetRemovalPlan& plan)
{
    const auto dataset = store.dataset(plan.datasetId);
    if (!dataset || dataset->name != plan.name)
        throw Error("dataset \"" + plan.name + "\" is no longer in the project " + store.root().string()
                    + " as planned; look at what removing it does again");
    // A plan is plain data: check every file again before anything changes.
    const std::vector<fs::path> readElsewhere = othersRead(store, plan.datasetId);
    for (const fs::path& file : plan.filesToDelete) {
        if (!inDatasetsFolder(store, file))
            throw Error("will not delete " + file.string() + ": only files in the project's datasets folder "
                        + (store.root() / "datasets").string() + " are deleted with a dataset");
        if (readByAny(file, readElsewhere))
            throw Error("will not delete " + file.string() + ": another dataset of the project reads it");
    }
    const std::vector<fs::path> otherShards = otherShardFolders(store, plan.datasetId);
    for (const fs::path& folder : plan.shardFolders) {
        if (!inShardsFolder(store, folder))
            throw Error("will not delete " + folder.string() + ": only folders in the project's shards folder "
                        + (store.root() / "shards").string() + " are deleted with a dataset");
        if (folderShared(folder, otherShards, readElsewhere, plan.filesKept))
            throw Error("will not delete " + folder.string()
                        + ": it holds what another dataset or another build of token shards uses");
    }
    // What the user confirmed must still be what happens: a scan that finished, a dataset re-added
    // under the same name or a job that started since the plan are all reasons to look again.
    // (Planning again also refuses while a job that uses the dataset is running.)
    const DatasetRemovalPlan current = planDatasetRemoval(store, plan.name);
    const auto sorted = [](std::vector<fs::path> paths) {
        std::sort(paths.begin(), paths.end());
        return paths;
    };
    if (current.datasetId != plan.datasetId || sorted(current.filesToDelete) != sorted(plan.filesToDelete)
        || sorted(current.filesKept) != sorted(plan.filesKept)
        || sorted(current.shardFolders) != sorted(plan.shardFolders))
        throw Error("what removing dataset \"" + plan.name + "\" does has changed since it was planned; "
                    "look at what it does again");

    // Held while the rows and files go: a job that starts writing the dataset now is refused, and
    // one writing it already refuses this removal (its run may not be marked running yet).
    // (A name from before the name rule has no lock file: no job can write such a dataset.)
    std::optional<DatasetLock> lock;
    if (!store::datasetNameProblem(plan.name))
        lock.emplace(store.root(), plan.name, /*runId=*/0, "dataset_remove");
    store.removeDataset(plan.datasetId);

    std::vector<std::string> failures;
    for (const fs::path& file : plan.filesToDelete) {
        std::error_code error;
        fs::remove(file, error);
        if (error)
            failures.push_back(file.string() + " (" + error.message() + ")");
    }
    // After the rows: a folder half deleted is never listed as shards the project has.
    for (const fs::path& folder : plan.shardFolders) {
        std::error_code error;
        fs::remove_all(folder, error);
        if (error)
            failures.push_back(folder.string() + " (" + error.message() + ")");
    }
    if (!failures.empty()) {
        std::string list;
        for (const std::string& failure : failures)
            list += (list.empty() ? "" : "; ") + failure;
        throw Error("dataset \"" + plan.name + "\" was removed from the project, but these files could not be deleted: "
                    + list);
    }
}

} // namespace adaptlab::jobs
