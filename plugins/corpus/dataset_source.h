// How the panels find a dataset's documents again: the store keeps a path (file or folder,
// relative to the project) and the import mapping (reader_options_json.h) in metadata_json; the
// engine wants absolute inputs and ReaderOptions. Also the small rules for new dataset names.
#pragma once

#include "corpus/corpus_reader.h"
#include "store/project_store.h"

#include <QString>

#include <filesystem>
#include <vector>

namespace adaptlab::corpus_panel {

struct DatasetSource {
    std::vector<std::filesystem::path> inputs;
    corpus::ReaderOptions options;
};

// Throws Error when the stored mapping has a bad value (jobs::datasetFiles).
DatasetSource datasetSource(const store::ProjectStore& store, const store::DatasetRecord& dataset);

// "jsonl", "jsonl.zst", "jsonl.gz", "txt", "txt.gz", "folder", ... from the path.
QString formatOfPath(const QString& path);
// A dataset name from a path: the file name without its corpus extensions ("wiki.jsonl.zst" ->
// "wiki"), reduced to the characters names may use.
QString suggestedDatasetName(const QString& path);
// Names become file names (datasets/<name>.signals): letters, digits, '-', '_' and '.', not
// starting with '.', at most 100 characters.
bool isValidDatasetName(const QString& name);
// name, name-2, name-3, ... the first one the store does not have yet.
QString uniqueDatasetName(const store::ProjectStore& store, const QString& base);

} // namespace adaptlab::corpus_panel
