// What the Train panel shows of a project, read in one go on StoreReader's thread (never the UI
// thread): the datasets to mix, the tokenizers, the training runs (newest first) with the
// checkpoints each keeps on disk, and the training speed measured by the last run on this machine
// (for the time estimate).
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace adaptlab::store { class ProjectStore; }

namespace adaptlab::train_panel {

struct CheckpointEntry {
    QString path;     // absolute folder (a Hugging Face folder: config.json + safetensors)
    qint64 step = 0;  // the training step it holds; for the final folder, the run's last step (or 0)
    bool isFinal = false;
};

struct TrainRunEntry {
    qint64 id = 0;
    QString status;     // queued, running, done, failed, stopped (the store's words)
    QString message;    // why it failed or stopped
    QString specJson;
    QString resultJson;
    QString createdAt;
    QString host;
    std::vector<CheckpointEntry> checkpoints; // by step, the final folder last
    // A LoRA run's adapter (final/adapter in PEFT layout), empty when it wrote none.
    QString adapter;
    // Its base model folder (the spec's base, resolved against the project), what the adapter is
    // applied to; empty when the base is a preset or not on disk.
    QString adapterBase;
};

struct TokenizerEntry {
    QString name;
    QString path;
    qint64 vocabSize = 0; // 0 when the store does not say
};

// A run's measured training speed, as FLOP/s (6 x parameters x tokens/s), to scale to another size.
struct MeasuredSpeed {
    qint64 runId = 0;           // 0: no run measured on this machine yet
    double tokensPerSecond = 0;
    qint64 parameters = 0;
    double flopsPerSecond() const { return 6.0 * static_cast<double>(parameters) * tokensPerSecond; }
};

struct DatasetEntry {
    QString name;
    QString path; // absolute
};

struct ProjectCatalog {
    QStringList datasets;
    std::vector<DatasetEntry> datasetFiles; // the same datasets, with their files
    std::vector<TokenizerEntry> tokenizers;
    std::vector<TrainRunEntry> runs; // kind "train", newest first
    MeasuredSpeed lastSpeed;
};

// Reads the store and the run folders. Throws what the store throws.
ProjectCatalog readProjectCatalog(const store::ProjectStore& store);
// A run folder's kept checkpoints: checkpoints/step-N folders holding a config.json (a folder being
// written under a temporary name is not one), by step, then final/ when it is complete.
std::vector<CheckpointEntry> listCheckpoints(const QString& runDir);
} // namespace adaptlab::train_panel
