// Removing a dataset from a project: first a plan that says what goes and what stays (for the GUI's
// confirmation and `adaptlab-cli dataset remove --dry-run`), then the removal itself. Only files
// the project wrote for the dataset, inside the project folder, are ever deleted; the user's own
// corpus files are never touched, wherever they are.
#pragma once

#include "common/error.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace adaptlab::store {
class ProjectStore;
}

namespace adaptlab::jobs {

struct DatasetRemovalPlan {
    int64_t datasetId = 0;
    std::string name;
    // Absolute; only existing files inside the project folder that the project wrote for this
    // dataset: its signals file, a derived dataset's own output (datasets/<name>.jsonl.zst), and
    // the .partial leftovers of either.
    std::vector<std::filesystem::path> filesToDelete;
    // Absolute; never touched: the user's own source files (or folder) of an imported dataset, and
    // any project-written file that another dataset reads too.
    std::vector<std::filesystem::path> filesKept;
    // Absolute; folders of token shards built from this dataset, deleted whole: each folder the
    // store records for it (token_shards rows, which go with the dataset) and shards/<name>/, where
    // the build_shards job puts them, when it exists. Only folders inside the project's shards/
    // folder that hold nothing another dataset's shards or data use; a recorded folder elsewhere
    // is listed in filesKept. No folder lies inside another of the list.
    std::vector<std::filesystem::path> shardFolders;
    // Datasets made from this one; they stay, and keep this one's name in their provenance.
    std::vector<std::string> derivedDatasets;
    bool hasSummary = false; // a scan summary row goes with the dataset
};

// What removing dataset NAME would do. Throws Error when the project has no such dataset, or when
// a run that reads or writes it is still running (naming the run).
DatasetRemovalPlan planDatasetRemoval(const store::ProjectStore& store, const std::string& name);

// Removes the dataset PLAN describes: the store rows first, in one transaction, then the files.
// Refuses (Error, nothing changed) when a file of the plan lies outside the project's datasets
// folder or another dataset reads it, when a shard folder lies outside the project's shards folder
// or holds what another dataset uses, when the dataset is gone, when planning again would give
// other files (the project changed since), or when a run that uses it has started meanwhile.
// Throws Error naming the files and folders that could not be deleted after the rows went.
void removeDataset(store::ProjectStore& store, const DatasetRemovalPlan& plan);

} // namespace adaptlab::jobs
