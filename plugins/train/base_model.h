// The base model of a run, as the Train panel offers it: a size preset trained from scratch, a
// checkpoint of an earlier run, or a Hugging Face folder on disk. describeBase reads its config
// torch-free (model::LlamaConfig) for the size shown beside the choice and the memory estimate; it
// reads files, so the panel calls it on a BackgroundTask worker.
#pragma once

#include "model/llama_config.h"

#include <QString>

#include <optional>

namespace adaptlab::train_panel {

struct BaseDescription {
    QString base;                  // as the spec names it
    std::optional<model::LlamaConfig> config; // nullopt: `error` says why
    QString error;
    bool fromScratch = false;      // a preset: random weights
    QString ownTokenizer;          // the base's tokenizer file (tokenizer.json / tokenizer.model); empty: none
};

// "preset:NAME" with the vocabulary size of the chosen tokenizer (0: unknown, the preset's
// embeddings are then left out of the count and the text says so), or a folder with config.json.
BaseDescription describeBase(const QString& base, qint64 vocabSize);

// "6 layers, width 384, 6 heads (2 for keys and values), 8.1 M parameters" in the user's language.
QString describeConfig(const model::LlamaConfig& config);
// 8.1 M, 135 M, 1.1 B.
QString parameterCount(qint64 count);

inline const QString kPresetPrefix = QStringLiteral("preset:");

} // namespace adaptlab::train_panel
