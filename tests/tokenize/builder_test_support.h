// What the shard builder and shards CLI tests share: a generated corpus (JSON Lines with URLs, and
// plain text) and a small SentencePiece model trained on it in the test.
#pragma once

#include "tokenize/sentencepiece_tokenizer.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace adaptlab::tokenize::test {

// splitmix64: the same corpus on every platform.
inline uint64_t nextRandom(uint64_t& state)
{
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// Sentences from a few thousand made-up words (syllables), so SentencePiece has real structure.
inline std::vector<std::string> generatedTexts(size_t count, uint64_t seed)
{
    static const char* const syllables[] = {"ka", "to", "ri", "mo", "sen", "tal", "ver", "qui", "lo", "na",
                                            "pre", "dis", "ment", "ing", "ed", "tion", "ble", "com", "pro", "ex"};
    uint64_t state = seed;
    std::vector<std::string> texts;
    for (size_t i = 0; i < count; ++i) {
        std::string text;
        const size_t words = 3 + nextRandom(state) % 40;
        for (size_t w = 0; w < words; ++w) {
            if (w > 0)
                text += ' ';
            const size_t parts = 1 + nextRandom(state) % 3;
            for (size_t p = 0; p < parts; ++p)
                text += syllables[nextRandom(state) % 20];
        }
        text += nextRandom(state) % 5 == 0 ? "!" : ".";
        texts.push_back(std::move(text));
    }
    return texts;
}

// JSON Lines with "text" and, on all but every fifth record, "url".
inline void writeJsonl(const std::filesystem::path& file, const std::vector<std::string>& texts)
{
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    for (size_t i = 0; i < texts.size(); ++i) {
        nlohmann::json record = {{"text", texts[i]}};
        if (i % 5 != 0)
            record["url"] = "https://" + std::string(i % 2 ? "en.wikipedia.org" : "docs.example.com") + "/page/" + std::to_string(i);
        out << record.dump() << '\n';
    }
}

inline void writeText(const std::filesystem::path& file, const std::vector<std::string>& texts)
{
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    for (const auto& t : texts)
        out << t << '\n';
}

// A unigram model of VOCAB pieces trained on generated text; returns the .model path.
inline std::filesystem::path trainModel(const std::filesystem::path& dir, const std::string& name, int vocab, uint64_t seed)
{
    const auto trainingFile = dir / (name + "-training.txt");
    writeText(trainingFile, generatedTexts(3000, seed));
    TrainOptions options;
    options.inputFiles = {trainingFile};
    options.modelPrefix = dir / name;
    options.vocabSize = vocab;
    options.numThreads = 1;
    SentencePieceTokenizer::train(options);
    return dir / (name + ".model");
}

} // namespace adaptlab::tokenize::test
