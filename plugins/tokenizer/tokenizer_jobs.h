// The job specs the Tokenizer panel starts, one function per kind so the panel and its tests agree
// on every field: train_tokenizer (core/jobs/train_tokenizer_job.cpp), tokenizer_import,
// tokenizer_fertility and build_shards. A kind this build lacks is reported by kindAvailable() and
// the panel says so instead of offering a button that cannot work.
#pragma once

#include <nlohmann/json.hpp>

#include <QString>
#include <QStringList>

namespace adaptlab::tokenizer_panel {

inline constexpr const char* kTrainKind = "train_tokenizer";
inline constexpr const char* kImportKind = "tokenizer_import";
inline constexpr const char* kFertilityKind = "tokenizer_fertility";
inline constexpr const char* kShardsKind = "build_shards";

bool kindAvailable(const char* kind);

// params = FORM (the train form's values) with "datasets" set.
QString trainSpec(const QString& projectDir, const QStringList& datasets, nlohmann::json form);
// SOURCE: a model folder, a .model or a tokenizer.json; NAME: the tokenizer's name in the project.
QString importSpec(const QString& projectDir, const QString& source, const QString& name);
// params = FORM (sample_documents, gap_words, ...) with "tokenizer", "compare_tokenizer" (when not
// empty) and "datasets" set.
QString fertilitySpec(const QString& projectDir, const QString& tokenizer, const QString& compareTokenizer,
                      const QStringList& datasets, nlohmann::json form);
// params = FORM (heldout_docs, seed, ...) with "tokenizer" and "datasets" set.
QString shardsSpec(const QString& projectDir, const QString& tokenizerPath, const QStringList& datasets,
                   nlohmann::json form);

} // namespace adaptlab::tokenizer_panel
