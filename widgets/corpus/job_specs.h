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

// The default of a job kind's param, from its schema (core/jobs/param_schema.h): the panels
// never write a default of their own.
int schemaDefaultInt(const char* kind, const char* key);
bool schemaDefaultBool(const char* kind, const char* key);

struct DedupChoice {
    QString dataset;
    DedupMode mode = DedupMode::Both;
    int bands = schemaDefaultInt("corpus_dedup", "bands");
    int rows = schemaDefaultInt("corpus_dedup", "rows");
    QString output;
};

struct SelectChoice {
    QString raw;        // the pool to select from
    QString target;     // the dataset it should resemble
    int k = 1000;       // the panel suggests a tenth of the pool; the schema has no default for k
    int seed = schemaDefaultInt("corpus_select", "seed");
    bool noise = schemaDefaultBool("corpus_select", "noise"); // Gumbel top-k; off = deterministic top-k
    int chunkWords = schemaDefaultInt("corpus_select", "chunk_words");
    QString output;
    int buckets = schemaDefaultInt("corpus_select", "buckets"); // hashed n-gram features
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

// The spec with params.device set to `policy` (Settings' "auto", "cpu" or "cuda") when its kind's
// schema has a "device" param and the spec names none; unchanged otherwise (no corpus kind runs a
// model: they all run on the CPU).
QString withDevicePolicy(const QString& specText, const QString& policy);

// What a user types to run a spec saved as spec.json without the GUI.
QString previewCommand();
// The same job as one `adaptlab-cli corpus ...` command line, every flag from the kind's schema
// (jobs::cliArguments), quoted for a POSIX shell; empty when the kind has no such command.
QString cliCommand(const QString& specText);

} // namespace adaptlab::corpus_panel
