// The job specs the corpus panels start (core/jobs/corpus_jobs.cpp defines them), built from
// what the user chose, and the command line that runs the same spec headless. One function per
// kind so the panel, its "preview command" and the tests agree on every field. Also the rule
// choices as the filter spec and the dataset's saved settings both write them.
#pragma once

#include "corpus/quality_signals.h"

#include <nlohmann/json.hpp>

#include <QString>
#include <QStringList>

#include <vector>

namespace adaptlab::corpus_panel {

enum class DedupMode { Exact, Near, Both };

struct FilterChoice {
    QString dataset;
    std::vector<corpus::QualityRule> rules; // all rules; each is sent with its enabled flag and threshold
    QString output;
    bool c4CleanLines = false;
};

struct DedupChoice {
    QString dataset;
    DedupMode mode = DedupMode::Both;
    int bands = 14;
    int rows = 8;
    QString output;
};

struct SelectChoice {
    QString raw;        // the pool to select from
    QString target;     // the dataset it should resemble
    int k = 1000;
    int seed = 0;
    bool noise = true;  // Gumbel top-k; off = deterministic top-k
    int chunkWords = 128;
    QString output;
};

// The rules as [{"key", "enabled", "threshold"}, ...]: the filter spec's params.rules and the
// "quality_rules" a dataset keeps in its settings.
nlohmann::json qualityRuleChoices(const std::vector<corpus::QualityRule>& rules);
// The default rules with CHOICES applied over them. An entry that cannot be used (not an object,
// an unknown key, a threshold that is not a number) is skipped and described in *problems,
// naming it by `field` and index ("quality_rules[2].threshold"): saved settings from another
// version should not cost the user the rest of their choices.
std::vector<corpus::QualityRule> applyQualityRuleChoices(const nlohmann::json& choices, const QString& field,
                                                         QStringList* problems);

QString inspectSpec(const QString& projectDir, const QString& dataset);
QString filterSpec(const QString& projectDir, const FilterChoice& choice);
QString dedupSpec(const QString& projectDir, const DedupChoice& choice);
QString selectSpec(const QString& projectDir, const SelectChoice& choice);

QString dedupModeKey(DedupMode mode); // "exact" | "near" | "both"

// What a user types to run a spec saved as spec.json without the GUI.
QString previewCommand();

} // namespace adaptlab::corpus_panel
