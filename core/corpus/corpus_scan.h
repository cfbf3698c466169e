// One pass over a corpus computing, per document, every quality signal, the exact-duplicate hash and
// the MinHash band hashes (written to a SignalsFile), and per dataset: counts, log-binned histograms
// of every signal, metadata value counts (URL host, source, ...), duplicate counts, and the share of
// documents failing each default rule. Reading is one thread; signals are computed by a pool
// (threads = cores available by default).
#pragma once

#include "corpus/corpus_reader.h"
#include "corpus/dedup.h"
#include "corpus/quality_signals.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace adaptlab::corpus {

struct Histogram {
    bool logBins = false;
    std::vector<double> edges;   // bins + 1 edges
    std::vector<int64_t> counts; // per bin
    double min = 0, max = 0, mean = 0;
    std::vector<double> quantiles; // p1, p5, p25, p50, p75, p95, p99
};

struct CorpusSummary {
    int64_t documents = 0;
    int64_t bytes = 0;
    int64_t characters = 0;
    int64_t words = 0;
    int64_t lines = 0;
    int64_t exactDuplicates = 0;     // documents whose text repeats an earlier one
    int64_t nearDuplicates = 0;      // documents in a MinHash cluster they do not lead
    int64_t nearDuplicateClusters = 0;
    std::map<std::string, Histogram> histograms;   // by signal key
    std::map<std::string, std::vector<std::pair<std::string, int64_t>>> metadataCounts; // top values per field ("url_host" too)
    std::map<std::string, int64_t> failingByRule;  // default rules, each alone
    ScanProblems problems;
    bool partial = false;
    std::vector<std::string> files;

    nlohmann::json toJson() const;
    static CorpusSummary fromJson(const nlohmann::json& json);
};

struct ScanOptions {
    ReaderOptions reader;
    MinHashParams minhash;
    int threads = 0;                         // 0 = cores available
    bool qualitySignals = true;              // false: only hashes (dedup), signals left at 0
    std::filesystem::path signalsPath;       // empty = do not write a signals file
    size_t topMetadataValues = 50;
    const std::atomic<bool>* cancel = nullptr;
    // progress(bytesRead, totalBytes, documents)
    std::function<void(int64_t, int64_t, int64_t)> progress;
};

// Throws Error for fatal problems (unreadable input); record problems land in summary.problems.
CorpusSummary scanCorpus(const std::vector<std::filesystem::path>& inputs, const ScanOptions& options);

// The host of a URL ("https://en.wikipedia.org/wiki/X" -> "en.wikipedia.org"), empty if none.
std::string urlHost(std::string_view url);

} // namespace adaptlab::corpus
