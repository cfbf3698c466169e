// Tokenizer: SentencePiece (BPE or unigram) training, encoding and decoding.
// Debian's libsentencepiece exports its own protobuf, which clashes with LibTorch's; so the real
// work happens in a shim library (spm_shim.cpp, plain C ABI) loaded with dlmopen(LM_ID_NEWLM) into
// its own link namespace. Callers never see that: they use this class in a process that also runs
// LibTorch.
#pragma once

#include "common/error.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace adaptlab::tokenize {

class TokenizerError : public Error {
public:
    using Error::Error;
};

enum class ModelType { Unigram, Bpe };

struct TrainOptions {
    std::vector<std::filesystem::path> inputFiles; // plain text, one sentence/document per line
    std::filesystem::path modelPrefix;             // writes <prefix>.model and <prefix>.vocab
    int vocabSize = 8000;
    ModelType modelType = ModelType::Unigram;
    double characterCoverage = 0.9995;
    bool byteFallback = true;      // unknown characters become byte tokens instead of <unk>
    int64_t inputSentenceSize = 0; // 0 = use every line; else sample this many lines
    int numThreads = 0;            // 0 = cores available
    int maxSentenceLength = 16384; // bytes; longer lines are skipped by SentencePiece
};

class Tokenizer {
public:
    // Trains a model; throws TokenizerError with SentencePiece's message on failure.
    static void train(const TrainOptions& options);
    // Loads <path> (a .model file); throws TokenizerError naming the file on failure.
    static Tokenizer load(const std::filesystem::path& modelPath);

    Tokenizer(Tokenizer&&) noexcept;
    Tokenizer& operator=(Tokenizer&&) noexcept;
    ~Tokenizer();

    std::vector<int32_t> encode(std::string_view text) const; // thread-safe
    std::vector<std::string> encodePieces(std::string_view text) const;
    std::string decode(const std::vector<int32_t>& ids) const;

    int vocabSize() const;
    std::string idToPiece(int32_t id) const;
    int32_t pieceToId(std::string_view piece) const;
    int32_t bosId() const; // -1 when the model has none
    int32_t eosId() const;
    int32_t unkId() const;
    int32_t padId() const;
    bool isByte(int32_t id) const;
    bool isUnknown(int32_t id) const;
    const std::filesystem::path& modelPath() const;

    // Where the shim library was loaded from (for diagnostics and the runtime report).
    static std::filesystem::path shimPath();

private:
    struct Impl;
    explicit Tokenizer(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace adaptlab::tokenize
