// What the Playground offers to run, read in one go on StoreReader's thread (never the UI thread):
// every training run's kept checkpoints and final model (the Train panel's catalog), the LoRA
// adapters those runs wrote, and models the store lists as artifacts of kind "model" (merges and
// exports registered by their jobs). Folders the user adds by hand are the panel's own (kept in
// the settings), not read here.
#pragma once

#include <QString>

#include <vector>

namespace adaptlab::store { class ProjectStore; }

namespace adaptlab::playground {

struct ModelChoice {
    QString label; // "Run 3 · final", "Run 3 · step 200", "merge-cpt-instruct"
    QString path;  // absolute folder
};

struct PlaygroundCatalog {
    std::vector<ModelChoice> models;   // Hugging Face folders (config.json)
    std::vector<ModelChoice> adapters; // PEFT adapter folders (adapter_config.json)
};

// Reads the store and the run folders. Throws what the store throws.
PlaygroundCatalog readPlaygroundCatalog(const store::ProjectStore& store);

// A Hugging Face model folder (config.json) / a PEFT adapter folder (adapter_config.json).
bool isModelFolder(const QString& folder);
bool isAdapterFolder(const QString& folder);

} // namespace adaptlab::playground
