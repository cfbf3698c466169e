// How the panels find a dataset's documents again: the store keeps a path (file or folder,
// relative to the project) and the import mapping (reader_options_json.h) in metadata_json; the
// engine wants absolute inputs and ReaderOptions. Also the small rules for new dataset names.
#pragma once

#include "corpus/corpus_reader.h"
#include "store/project_store.h"

#include <QCoreApplication>
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

// "jsonl", "jsonl.zst", "jsonl.gz", "txt", "txt.gz", "folder", ... (corpus::fileFormatOf: by the
// file's magic bytes, then its name; by the name alone when the path is not there to read).
QString formatOfPath(const QString& path);
// A dataset name from a path: the file name without its corpus extensions ("wiki.jsonl.zst" ->
// "wiki"), letters and digits of any script kept, every other run of characters made one '-'.
QString suggestedDatasetName(const QString& path);
// The engine's one rule for names (store::datasetNameProblem): names become file names
// (datasets/<name>.signals).
bool isValidDatasetName(const QString& name);
// Why the rule refuses NAME, as a sentence in the user's language; empty when it is a good name.
QString datasetNameProblemText(const QString& name);
// name, name-2, name-3, ... the first one the store does not have yet.
QString uniqueDatasetName(const store::ProjectStore& store, const QString& base);

} // namespace adaptlab::corpus_panel
