// What the Tokenizer panel reads from the store, in one pass on StoreReader's thread: the
// project's tokenizers (artifacts of kind "tokenizer" with their files), its datasets, the token
// shards built from each dataset (token_shards), and the newest finished fertility run's result
// (so the chart is there again when the project reopens).
#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <vector>

namespace adaptlab::store { class ProjectStore; }

namespace adaptlab::tokenizer_panel {

struct TokenizerEntry {
    QString name;        // metadata "name", else the file's name without .model / the folder's name
    QString path;        // absolute path of the .model, tokenizer.json or model folder
    QString storedPath;  // as the store keeps it (relative to the project folder when inside it)
    QString description; // metadata "description", else from the model type; empty when unknown
    qint64 vocabSize = -1;
    QString fingerprint; // metadata "fingerprint" when the job recorded one
    qint64 runId = 0;    // the run that made it; 0 when none
    qint64 fileBytes = -1; // -1: the file is gone
    bool missing() const { return fileBytes < 0; }
};

struct DatasetEntry {
    QString name;
    qint64 documents = -1;
    qint64 bytes = -1;
};

// Token shards the store records for a (dataset, tokenizer) pair.
struct ShardEntry {
    QString dataset;
    QString tokenizerPath;        // absolute
    QString tokenizerFingerprint;
    QString dir;                  // absolute
    qint64 documents = -1;
    qint64 tokens = -1;
    qint64 heldoutDocuments = -1;
    qint64 heldoutTokens = -1;
    QString dtype;
    // Why the build may no longer match (checked when the catalog is read, from file times only:
    // content is compared, by fingerprint, when shards are built again and the cache is asked):
    bool folderMissing = false;  // the shard folder is gone from disk
    bool datasetChanged = false; // a file of the dataset was modified after the build
};

struct Catalog {
    std::vector<TokenizerEntry> tokenizers; // newest first, one per path
    std::vector<DatasetEntry> datasets;     // in the store's order
    QString fertilityResult;                // JSON text; empty when no fertility run finished
    qint64 fertilityRun = 0;
    std::vector<ShardEntry> shards;         // newest first
};

Catalog readCatalog(const store::ProjectStore& store);

} // namespace adaptlab::tokenizer_panel
