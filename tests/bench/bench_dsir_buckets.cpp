// DSIR's hash bucket count: speed and memory of fitting and scoring, and how well the hashed
// importance weights agree (Spearman) with exact n-gram weights computed without hashing, at
// 2^16..2^20 buckets against p-lambda/dsir's 10,000 as the baseline, in one process on one thread
// (the corpus held in memory, so only DSIR's own work is timed).
//
//   bench_dsir_buckets [--target T.jsonl --raw R.jsonl] [--reps 3] [--demo-dir DIR]
//
// Without --target/--raw it builds the demo corpus (scripts/make_demo_corpus.py from Debian's
// dict-gcide and dict-foldoc, as scripts/run.sh does) in DIR (default /tmp/adaptlab-bench-dsir)
// and uses it like the demo: the target is every fourth FOLDOC entry (computing), the raw pool
// all of GCIDE (general English) plus another fourth of FOLDOC. Units are the job's defaults:
// chunks of 128 words, shorter tails than 16 words dropped.
//
// Columns: fit = the target's and the pool's counts (hash, count); score = every pool unit's log
// weight (hash, sum); both the median of --reps runs and as a ratio to 10,000 buckets. arrays =
// what a selection job holds for its bucket arrays at most (dsirBucketBytes); peak = the growth of
// this process's peak RSS over fit and score (the kernel's high-water mark, reset before each
// size). Spearman = rank correlation of the pool's hashed log weights with the exact ones.
#include "corpus/dsir.h"
#include "../corpus/dsir_exact_weights.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

using namespace adaptlab;
using corpus::DsirParams;

namespace {

struct Options {
    std::string target, raw;
    std::string demoDir = "/tmp/adaptlab-bench-dsir";
    int reps = 3;
};

std::vector<std::string> readTexts(const std::string& path)
{
    std::ifstream in(path);
    if (!in) {
        std::cerr << "bench_dsir_buckets: cannot read " << path << "\n";
        std::exit(1);
    }
    std::vector<std::string> texts;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (line.empty())
            continue;
        const auto record = nlohmann::json::parse(line, nullptr, false);
        if (!record.is_object() || !record.contains("text") || !record["text"].is_string()) {
            std::cerr << "bench_dsir_buckets: " << path << ", line " << number << ": no string field \"text\"\n";
            std::exit(1);
        }
        texts.push_back(record["text"].get<std::string>());
    }
    return texts;
}

// The demo corpus's two dictionaries, made as scripts/run.sh makes them (once per DIR).
void demoCorpus(const Options& options, std::vector<std::string>& target, std::vector<std::string>& raw)
{
    const std::string gcide = options.demoDir + "/gcide.jsonl", foldoc = options.demoDir + "/foldoc.jsonl";
    if (!std::ifstream(gcide) || !std::ifstream(foldoc)) {
        const std::string command =
            "python3 '" ADAPTLAB_SOURCE_DIR "/scripts/make_demo_corpus.py' '" + options.demoDir + "' >&2";
        if (std::system(command.c_str()) != 0) {
            std::cerr << "bench_dsir_buckets: making the demo corpus failed (needs dict-gcide and dict-foldoc); "
                         "pass --target and --raw instead\n";
            std::exit(1);
        }
    }
    raw = readTexts(gcide);
    const std::vector<std::string> computing = readTexts(foldoc);
    for (size_t i = 0; i < computing.size(); ++i) {
        if (i % 4 == 0)
            target.push_back(computing[i]);
        else if (i % 4 == 2)
            raw.push_back(computing[i]);
    }
}

std::vector<std::string_view> units(const std::vector<std::string>& texts, const DsirParams& params)
{
    std::vector<std::string_view> all;
    for (const std::string& text : texts)
        for (std::string_view chunk : corpus::chunkText(text, params))
            all.push_back(chunk);
    return all;
}

// Peak RSS since the last reset, and the reset (writing 5 to clear_refs sets the high-water mark to
// the current RSS). In kB; 0 where /proc does not say.
long statusKb(const char* field)
{
    std::ifstream status("/proc/self/status");
    std::string line;
    const std::string prefix = std::string(field) + ":";
    while (std::getline(status, line))
        if (line.rfind(prefix, 0) == 0)
            return std::atol(line.c_str() + prefix.size());
    return 0;
}
bool resetPeak()
{
    std::ofstream clear("/proc/self/clear_refs");
    clear << "5";
    clear.flush();
    return bool(clear);
}

struct Row {
    int buckets;
    double fitS, scoreS;
    double peakMiB;
    double spearman;
};

double seconds(std::chrono::steady_clock::duration d)
{
    return std::chrono::duration<double>(d).count();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

Row measure(int buckets, const std::vector<std::string_view>& target, const std::vector<std::string_view>& raw,
            const std::vector<double>& exact, int reps, bool& peakKnown)
{
    DsirParams params;
    params.buckets = buckets;
    std::vector<double> fits, scores, weights;
    double peakMiB = 0;
    std::vector<uint32_t> features;
    for (int rep = 0; rep < reps; ++rep) {
        peakKnown = resetPeak() && peakKnown;
        const long before = statusKb("VmRSS");
        auto start = std::chrono::steady_clock::now();
        // Fit: as the job does, one distribution at a time, then gamma and the log ratios.
        corpus::NgramDistribution targetModel(buckets), rawModel(buckets);
        for (std::string_view unit : target) {
            corpus::hashedNgramFeatures(unit, params, features);
            targetModel.add(features);
        }
        for (std::string_view unit : raw) {
            corpus::hashedNgramFeatures(unit, params, features);
            rawModel.add(features);
        }
        std::vector<double> ratio = corpus::logRatio(targetModel.probabilities(), rawModel.probabilities());
        fits.push_back(seconds(std::chrono::steady_clock::now() - start));
        start = std::chrono::steady_clock::now();
        weights.clear();
        for (std::string_view unit : raw) {
            corpus::hashedNgramFeatures(unit, params, features);
            weights.push_back(corpus::logImportanceWeight(features, ratio));
        }
        scores.push_back(seconds(std::chrono::steady_clock::now() - start));
        peakMiB = std::max(peakMiB, double(statusKb("VmHWM") - before) / 1024.0);
    }
    return {buckets, median(fits), median(scores), peakMiB, dsir_test::spearman(weights, exact)};
}

} // namespace

int main(int argc, char** argv)
{
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::cerr << "bench_dsir_buckets: " << arg << " needs a value\n";
                std::exit(2);
            }
            return argv[++i];
        };
        if (arg == "--target")
            options.target = value();
        else if (arg == "--raw")
            options.raw = value();
        else if (arg == "--reps")
            options.reps = std::max(1, std::atoi(value().c_str()));
        else if (arg == "--demo-dir")
            options.demoDir = value();
        else {
            std::cerr << "usage: bench_dsir_buckets [--target T.jsonl --raw R.jsonl] [--reps 3] [--demo-dir DIR]\n";
            return 2;
        }
    }
    std::vector<std::string> targetTexts, rawTexts;
    if (options.target.empty() != options.raw.empty()) {
        std::cerr << "bench_dsir_buckets: give both --target and --raw, or neither (the demo corpus)\n";
        return 2;
    }
    if (options.target.empty()) {
        demoCorpus(options, targetTexts, rawTexts);
    } else {
        targetTexts = readTexts(options.target);
        rawTexts = readTexts(options.raw);
    }
    const DsirParams defaults;
    const auto target = units(targetTexts, defaults);
    const auto raw = units(rawTexts, defaults);

    // Exact weights: every distinct unigram and bigram its own feature.
    dsir_test::ExactNgrams ngrams;
    std::vector<std::vector<uint32_t>> targetExact, rawExact;
    for (std::string_view unit : target)
        targetExact.push_back(ngrams.features(unit));
    for (std::string_view unit : raw)
        rawExact.push_back(ngrams.features(unit));
    const std::vector<double> exact = dsir_test::logWeights(targetExact, rawExact, ngrams.size());
    size_t rawFeatures = 0;
    for (const auto& unit : rawExact)
        rawFeatures += unit.size();
    std::vector<std::vector<uint32_t>>().swap(targetExact);
    std::vector<std::vector<uint32_t>>().swap(rawExact);

    std::printf("target: %zu documents, %zu units; raw pool: %zu documents, %zu units, %zu n-grams; "
                "%zu distinct n-grams in both; one thread, median of %d runs\n\n",
                targetTexts.size(), target.size(), rawTexts.size(), raw.size(), rawFeatures, ngrams.size(),
                options.reps);
    bool peakKnown = true;
    const Row baseline = measure(10000, target, raw, exact, options.reps, peakKnown);
    std::vector<Row> rows{baseline};
    for (int power = 16; power <= 20; ++power)
        rows.push_back(measure(1 << power, target, raw, exact, options.reps, peakKnown));

    std::printf("| buckets | fit ms | score ms | fit+score vs 10,000 | score vs 10,000 | arrays (job) | peak RSS growth "
                "| Spearman vs exact |\n|---|---|---|---|---|---|---|---|\n");
    for (const Row& row : rows) {
        const double total = row.fitS + row.scoreS, baseTotal = baseline.fitS + baseline.scoreS;
        std::printf("| %s%d | %.1f | %.1f | %.2fx | %.2fx | %.1f MiB | %s | %.4f |\n",
                    row.buckets == corpus::kDsirDefaultBuckets ? "**default** " : "", row.buckets,
                    row.fitS * 1e3, row.scoreS * 1e3, total / baseTotal, row.scoreS / baseline.scoreS,
                    double(corpus::dsirBucketBytes(row.buckets)) / (1 << 20),
                    peakKnown ? (std::to_string(int(row.peakMiB + 0.5)) + " MiB").c_str() : "n/a", row.spearman);
    }
    return 0;
}
