// The job specs the corpus panels start (core/jobs/corpus_jobs.cpp defines them), built from
// what the user chose, and the command line that runs the same spec headless. One function per
// kind so the panel, its "preview command" and the tests agree on every field.
#pragma once

#include "corpus/quality_signals.h"

#include <QString>

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

QString inspectSpec(const QString& projectDir, const QString& dataset);
QString filterSpec(const QString& projectDir, const FilterChoice& choice);
QString dedupSpec(const QString& projectDir, const DedupChoice& choice);
QString selectSpec(const QString& projectDir, const SelectChoice& choice);

QString dedupModeKey(DedupMode mode); // "exact" | "near" | "both"

// What a user types to run a spec saved as spec.json without the GUI.
QString previewCommand();

} // namespace adaptlab::corpus_panel
