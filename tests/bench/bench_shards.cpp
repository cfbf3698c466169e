// Token shard building against single-thread encoding of the same text (issue 9, "Speed and
// memory"): on generated corpora of 50 and 200 MB (JSON Lines), the baseline is one thread calling
// Tokenizer::encode on every document (encode time only, reading excluded), the candidate is
// buildShards with N threads (default 2), everything included: fingerprinting the input, reading,
// encoding, writing and fsyncing the shards, and checking the input again. Prints MB/s of each, MB/s
// per thread, the ratio (target >= 1.8 with 2 threads) and the peak RSS of each phase, which runs in
// a child process of its own so that its VmHWM is its own (constant in corpus size = the 200 MB
// figure close to the 50 MB one).
//
// With no --tokenizer it trains a SentencePiece unigram model (8000 pieces) on the first 8 MB of the
// corpus; --tokenizer PATH takes any tokenizer Tokenizer::open reads: the byte-level BPE half is
// --tokenizer tests/fixtures/tokenizers/bench-bytelevel/tokenizer.json (4,000 merges, GPT-2 regex).
//
// Build with `ninja bench_shards`; run build/tests/bench_shards [--mb 50,200] [--threads 2]
// [--tokenizer PATH] [--dir /tmp/adaptlab-bench-shards]. The machine should be otherwise idle: the
// table also prints each phase's CPU seconds and the load average, since on busy cores the
// wall-clock ratio says more about the neighbours than about the pipeline.
#include "child_run.h"

#include "corpus/corpus_reader.h"
#include "tokenize/sentencepiece_tokenizer.h"
#include "tokenize/shard_builder.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

using namespace adaptlab;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

uint64_t nextRandom(uint64_t& state)
{
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// Documents of 50-400 words from a 20,000-word made-up vocabulary with a Zipf-like skew (common
// words much more frequent), sentences with capitals, digits and punctuation.
void generateCorpus(const fs::path& file, uint64_t bytes)
{
    static const char* const syllables[] = {"ka", "to", "ri", "mo", "sen", "tal", "ver", "qui", "lo", "na", "pre",
                                            "dis", "ment", "ing", "ed", "tion", "ble", "com", "pro", "ex", "the",
                                            "an", "or", "is", "ul", "ph", "str", "ight", "ous", "al"};
    uint64_t state = 42;
    std::vector<std::string> words(20000);
    for (auto& w : words) {
        const size_t parts = 1 + nextRandom(state) % 4;
        for (size_t p = 0; p < parts; ++p)
            w += syllables[nextRandom(state) % 30];
    }
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    uint64_t written = 0;
    std::string text;
    while (written < bytes) {
        text.clear();
        const size_t count = 50 + nextRandom(state) % 350;
        bool capital = true;
        for (size_t i = 0; i < count; ++i) {
            // Zipf-ish: the square of a uniform number favours small indices.
            const double u = static_cast<double>(nextRandom(state) >> 11) / 9007199254740992.0;
            std::string w = nextRandom(state) % 40 == 0 ? std::to_string(nextRandom(state) % 10000)
                                                         : words[static_cast<size_t>(u * u * words.size())];
            if (capital && !w.empty() && w[0] >= 'a' && w[0] <= 'z')
                w[0] = static_cast<char>(w[0] - 'a' + 'A');
            capital = false;
            text += (i ? " " : "") + w;
            const uint64_t r = nextRandom(state) % 12;
            if (r == 0) {
                text += ".";
                capital = true;
            } else if (r == 1) {
                text += ",";
            }
        }
        text += ".";
        const std::string line = nlohmann::json{{"text", text}, {"url", "https://site" + std::to_string(nextRandom(state) % 50) + ".org/x"}}.dump() + "\n";
        out << line;
        written += line.size();
    }
}

fs::path trainModel(const fs::path& dir, const fs::path& corpus)
{
    const fs::path model = dir / "bench-spm.model";
    if (fs::exists(model))
        return model;
    const fs::path sample = dir / "bench-spm-sample.txt";
    {
        std::ifstream in(corpus);
        std::ofstream out(sample);
        std::string line;
        uint64_t bytes = 0;
        while (bytes < (8u << 20) && std::getline(in, line)) {
            out << nlohmann::json::parse(line)["text"].get<std::string>() << "\n";
            bytes += line.size();
        }
    }
    tokenize::TrainOptions options;
    options.inputFiles = {sample};
    options.modelPrefix = dir / "bench-spm";
    options.vocabSize = 8000;
    options.maxSentenceLength = 1 << 16;
    std::cerr << "training a SentencePiece model on 8 MB of the corpus...\n";
    tokenize::SentencePieceTokenizer::train(options);
    return model;
}

// This process's peak RSS (VmHWM). Not wait4's ru_maxrss: a child started with vfork semantics
// (posix_spawn) inherits the parent's peak there, so a parent that trained a model would show its
// own peak as the child's.
long peakRssKb()
{
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stol(line.substr(6));
    return -1;
}

// Phase "encode": one thread, encode() of every document; prints seconds (encode only), text bytes, tokens, peak RSS.
int phaseEncode(const fs::path& corpus, const fs::path& tokenizerPath)
{
    const auto tokenizer = tokenize::Tokenizer::open(tokenizerPath);
    corpus::CorpusReader reader({corpus});
    corpus::Document document;
    double seconds = 0;
    uint64_t bytes = 0, tokens = 0;
    while (reader.next(document)) {
        const auto start = Clock::now();
        tokens += tokenizer->encode(document.text).size();
        seconds += std::chrono::duration<double>(Clock::now() - start).count();
        bytes += document.text.size();
    }
    std::cout << seconds << " " << bytes << " " << tokens << " " << peakRssKb() << "\n";
    return 0;
}

// Phase "build": buildShards with THREADS threads, wall time of all of it; prints seconds, 0, tokens, peak RSS.
int phaseBuild(const fs::path& corpus, const fs::path& tokenizerPath, int threads, const fs::path& out)
{
    const auto tokenizer = tokenize::Tokenizer::open(tokenizerPath);
    fs::remove_all(out);
    tokenize::ShardBuildOptions options;
    options.sources = {{"bench", {corpus}, {}}};
    options.outDir = out;
    options.threads = threads;
    const auto start = Clock::now();
    // When each stage began, for the breakdown on stderr.
    std::vector<std::pair<std::string, double>> stages;
    tokenize::ShardBuildHooks hooks;
    hooks.progress = [&](int64_t, int64_t, const std::string& stage) {
        if (stages.empty() || stages.back().first != stage)
            stages.emplace_back(stage, std::chrono::duration<double>(Clock::now() - start).count());
    };
    const auto result = tokenize::buildShards(*tokenizer, options, hooks);
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    for (const auto& [stage, at] : stages)
        std::cerr << "  build stage \"" << stage << "\" from " << at << " s\n";
    std::cerr << "  build done at " << seconds << " s\n";
    std::cout << seconds << " 0 " << result.tokens << " " << peakRssKb() << "\n";
    fs::remove_all(out);
    return 0;
}

struct Measured {
    double seconds = 0;
    uint64_t bytes = 0, tokens = 0;
    long rssKb = 0;
    double cpuSeconds = 0; // of the whole child process
};

// Like bench::runChild, also keeping the child's CPU time (user + system): on a shared machine
// whose cores are busy, wall-clock ratios say little, CPU seconds per MB still do.
Measured runPhase(const std::vector<std::string>& args, const fs::path& dir)
{
    const fs::path outFile = dir / "phase.out";
    std::vector<char*> argv;
    for (const auto& a : args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, outFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) {
        std::cerr << "cannot start " << args[0] << "\n";
        std::exit(1);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    posix_spawn_file_actions_destroy(&actions);
    if (status != 0) {
        std::cerr << "phase failed: " << args[2] << "\n";
        std::exit(1);
    }
    Measured m;
    std::ifstream in(outFile);
    in >> m.seconds >> m.bytes >> m.tokens >> m.rssKb;
    m.cpuSeconds = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                   static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    return m;
}

std::string loadAverage()
{
    std::ifstream in("/proc/loadavg");
    std::string one, five;
    in >> one >> five;
    return one + " " + five;
}

} // namespace

int main(int argc, char** argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    auto option = [&](const std::string& name, const std::string& fallback) {
        for (size_t i = 0; i + 1 < args.size(); ++i)
            if (args[i] == name)
                return args[i + 1];
        return fallback;
    };
    try {
        const std::string phase = option("--phase", "");
        if (phase == "encode")
            return phaseEncode(option("--corpus", ""), option("--tokenizer", ""));
        if (phase == "build")
            return phaseBuild(option("--corpus", ""), option("--tokenizer", ""), std::stoi(option("--threads", "2")),
                              option("--out", ""));

        const fs::path dir = option("--dir", "/tmp/adaptlab-bench-shards");
        const int threads = std::stoi(option("--threads", "2"));
        std::vector<int> sizes;
        std::stringstream list(option("--mb", "50,200"));
        for (std::string item; std::getline(list, item, ',');)
            sizes.push_back(std::stoi(item));
        fs::create_directories(dir);
        const std::string self = fs::read_symlink("/proc/self/exe").string();
        fs::path tokenizerPath = option("--tokenizer", "");

        std::printf("cores: %u, load average at start: %s\n", std::thread::hardware_concurrency(), loadAverage().c_str());
        std::printf("%-6s %-28s %10s %10s %10s %10s %12s\n", "MB", "phase", "seconds", "MB/s", "MB/s/thr", "CPU s", "peak RSS MB");
        for (const int mb : sizes) {
            const fs::path corpus = dir / ("corpus-" + std::to_string(mb) + "mb.jsonl");
            if (!fs::exists(corpus)) {
                std::cerr << "generating " << corpus << "...\n";
                generateCorpus(corpus, uint64_t(mb) << 20);
            }
            if (tokenizerPath.empty())
                tokenizerPath = trainModel(dir, corpus);
            const Measured base = runPhase({self, "--phase", "encode", "--corpus", corpus.string(), "--tokenizer", tokenizerPath.string()}, dir);
            Measured built = runPhase({self, "--phase", "build", "--corpus", corpus.string(), "--tokenizer", tokenizerPath.string(),
                                             "--threads", std::to_string(threads), "--out", (dir / "out").string()}, dir);
            if (base.tokens != built.tokens)
                std::cerr << "warning: the phases counted different tokens (" << base.tokens << " vs " << built.tokens << ")\n";
            built.bytes = base.bytes; // the same text
            const double text = static_cast<double>(base.bytes) / 1e6;
            std::printf("%-6d %-28s %10.2f %10.2f %10.2f %10.2f %12.1f\n", mb, "encode, 1 thread (baseline)", base.seconds,
                        text / base.seconds, text / base.seconds, base.cpuSeconds, base.rssKb / 1024.0);
            const std::string name = "build shards, " + std::to_string(threads) + " threads";
            std::printf("%-6d %-28s %10.2f %10.2f %10.2f %10.2f %12.1f\n", mb, name.c_str(), built.seconds, text / built.seconds,
                        text / built.seconds / threads, built.cpuSeconds, built.rssKb / 1024.0);
            std::printf("%-6d ratio build/baseline: %.2fx (target >= 1.8x with 2 threads); %llu tokens, %.2f bytes/token\n", mb,
                        base.seconds / built.seconds, static_cast<unsigned long long>(built.tokens),
                        static_cast<double>(base.bytes) / static_cast<double>(built.tokens));
        }
        std::printf("tokenizer: %s; load average at the end: %s (wall-clock ratios mean little when it exceeds the cores)\n",
                    tokenizerPath.c_str(), loadAverage().c_str());
    } catch (const std::exception& error) {
        std::cerr << "bench_shards: " << error.what() << "\n";
        return 1;
    }
    return 0;
}
