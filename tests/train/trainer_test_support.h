// What tst_trainer and its child process (trainer_child) share: two small corpora ("general"
// syllable text and a "domain" of templated networking sentences with its own vocabulary), a
// SentencePiece model trained on both, their token shards, and the tiny run every test starts from.
#pragma once

#include "tokenize/sentencepiece_tokenizer.h"
#include "tokenize/shard_builder.h"
#include "train/train_config.h"

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace adaptlab::train::test {

inline uint64_t nextRandom(uint64_t& state) // splitmix64: the same corpus on every platform
{
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// Words made of syllables: little structure beyond the word shapes.
inline std::vector<std::string> generalTexts(size_t count, uint64_t seed)
{
    static const char* const syllables[] = {"ka", "to", "ri", "mo", "sen", "tal", "ver", "qui", "lo", "na",
                                            "pre", "dis", "ment", "ing", "ed", "tion", "ble", "com", "pro", "ex"};
    uint64_t state = seed;
    std::vector<std::string> texts;
    for (size_t i = 0; i < count; ++i) {
        std::string text;
        const size_t words = 8 + nextRandom(state) % 24;
        for (size_t w = 0; w < words; ++w) {
            text += w > 0 ? " " : "";
            const size_t parts = 1 + nextRandom(state) % 3;
            for (size_t p = 0; p < parts; ++p)
                text += syllables[nextRandom(state) % 20];
        }
        texts.push_back(text + ".");
    }
    return texts;
}

// Sentences from one template over a small vocabulary of its own: a model that has learnt the
// general text predicts these badly until it is trained on them.
inline std::vector<std::string> domainTexts(size_t count, uint64_t seed)
{
    static const char* const devices[] = {"router", "switch", "gateway", "firewall", "bridge", "modem"};
    static const char* const verbs[] = {"forwards", "drops", "queues", "routes"};
    static const char* const things[] = {"packet", "frame", "datagram", "segment"};
    static const char* const places[] = {"subnet", "uplink", "trunk", "vlan", "tunnel"};
    uint64_t state = seed;
    std::vector<std::string> texts;
    for (size_t i = 0; i < count; ++i) {
        std::string text;
        const size_t sentences = 2 + nextRandom(state) % 3;
        for (size_t s = 0; s < sentences; ++s) {
            text += s > 0 ? " " : "";
            text += std::string("the ") + devices[nextRandom(state) % 6] + " " + verbs[nextRandom(state) % 4] +
                    " the " + things[nextRandom(state) % 4] + " to the " + places[nextRandom(state) % 5] + ".";
        }
        texts.push_back(text);
    }
    return texts;
}

inline void writeLines(const std::filesystem::path& file, const std::vector<std::string>& texts)
{
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    for (const auto& t : texts)
        out << t << '\n';
}

struct Corpora {
    std::filesystem::path tokenizer;
    std::filesystem::path generalShards;
    std::filesystem::path domainShards;
    int64_t eosId = -1;
};

// Trains the tokenizer and builds both shard folders (30 held-out documents each) under DIR.
inline Corpora makeCorpora(const std::filesystem::path& dir)
{
    namespace fs = std::filesystem;
    fs::create_directories(dir);
    const auto general = generalTexts(1200, 1);
    const auto domain = domainTexts(600, 2);
    writeLines(dir / "general.txt", general);
    writeLines(dir / "domain.txt", domain);

    tokenize::TrainOptions training;
    training.inputFiles = {dir / "general.txt", dir / "domain.txt"};
    training.modelPrefix = dir / "spm";
    training.vocabSize = 300;
    training.numThreads = 1;
    tokenize::SentencePieceTokenizer::train(training);

    Corpora corpora;
    corpora.tokenizer = dir / "spm.model";
    const auto tokenizer = tokenize::Tokenizer::open(corpora.tokenizer);
    corpora.eosId = tokenizer->specialIds().eos;
    auto build = [&](const std::string& name) {
        tokenize::ShardBuildOptions options;
        corpus::ReaderOptions lines;
        lines.plainText = corpus::PlainTextMode::LinePerDocument;
        options.sources = {{name, {dir / (name + ".txt")}, lines}};
        options.outDir = dir / ("shards-" + name);
        options.heldoutDocuments = 30;
        options.threads = 1;
        return tokenize::buildShards(*tokenizer, options).dir;
    };
    corpora.generalShards = build("general");
    corpora.domainShards = build("domain");
    return corpora;
}

// The corpora makeCorpora(DIR) built earlier (the child process gets only the folder).
inline Corpora existingCorpora(const std::filesystem::path& dir)
{
    Corpora corpora;
    corpora.tokenizer = dir / "spm.model";
    corpora.generalShards = dir / "shards-general";
    corpora.domainShards = dir / "shards-domain";
    corpora.eosId = tokenize::Tokenizer::open(corpora.tokenizer)->specialIds().eos;
    return corpora;
}

// A tiny from-scratch run on the general text: 4 rows of 32 tokens per step in 2 micro-batches,
// one thread (the same float sums in every run that is compared).
inline TrainConfig tinyConfig(const Corpora& corpora, const std::filesystem::path& runDir, int64_t steps)
{
    TrainConfig config;
    config.base = "preset:tiny";
    config.tokenizer = corpora.tokenizer;
    config.data.sources = {{"general", corpora.generalShards, 1.0, false}};
    config.data.seqLen = 32;
    config.data.globalBatch = 4;
    config.data.seed = 7;
    config.data.eosId = corpora.eosId;
    config.microBatch = 2;
    config.steps = steps;
    config.schedule.kind = ScheduleKind::Cosine;
    config.schedule.peakLr = 3e-3;
    config.schedule.warmupSteps = 2;
    config.schedule.totalSteps = steps;
    config.evalEvery = 5;
    config.evalEveryEarly = 2;
    config.evalRows = 8;
    config.saveEvery = 5;
    config.keepCheckpoints = 2;
    config.device = "cpu";
    config.threads = 1;
    config.runDir = runDir;
    return config;
}

} // namespace adaptlab::train::test
