// SentencePieceTokenizer: SentencePiece (BPE or unigram) training, encoding and decoding.
// Debian's libsentencepiece exports its own protobuf, which clashes with LibTorch's; so the real
// work happens in a shim library (spm_shim.cpp, plain C ABI) loaded with dlmopen(LM_ID_NEWLM) into
// its own link namespace. Callers never see that: they use this class in a process that also runs
// LibTorch.
#pragma once

#include "tokenize/tokenizer.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace adaptlab::tokenize {

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
    // Pieces always kept whole in the vocabulary (domain terms, markup); each must be non-empty
    // and hold no comma (SentencePiece splits the list on commas).
    std::vector<std::string> userSymbols;
    // Seeds SentencePiece's sentence sampling and shuffling: the same inputs, options and seed
    // train the same model (byte for byte: the written .model keeps no input paths or prefix).
    uint32_t seed = 0;
};

// A serialized SentencePiece ModelProto without the two fields of its trainer spec that name files
// (input, model_prefix): where training read and wrote says nothing about the model, and keeping it
// gave two identical trainings (in different temporary folders) different fingerprints. Everything
// else is kept byte for byte. Throws TokenizerError on bytes that are not a well-formed message.
std::string withoutTrainingPaths(std::string_view modelProto);

class SentencePieceTokenizer final : public Tokenizer {
public:
    // Trains a model; throws TokenizerError with SentencePiece's message on failure.
    static void train(const TrainOptions& options);
    // Loads <path> (a .model file); throws TokenizerError naming the file on failure.
    static std::unique_ptr<SentencePieceTokenizer> load(const std::filesystem::path& modelPath);

    ~SentencePieceTokenizer() override;

    TokenizerKind kind() const override { return TokenizerKind::SentencePiece; }
    std::string description() const override;
    std::vector<int32_t> encode(std::string_view text) const override;
    std::vector<int32_t> encodeWithSpecial(std::string_view text) const override;
    std::vector<std::string> encodePieces(std::string_view text) const override;
    std::string decode(std::span<const int32_t> ids) const override;

    int32_t vocabSize() const override;
    std::string idToPiece(int32_t id) const override;
    int32_t pieceToId(std::string_view piece) const override;
    float pieceScore(int32_t id) const override;
    SpecialIds specialIds() const override;
    bool isByteFallback(int32_t id) const override;
    bool isUnknown(int32_t id) const override;
    bool isSpecial(int32_t id) const override;

    // Where the shim library was loaded from (for diagnostics and the runtime report).
    static std::filesystem::path shimPath();

private:
    struct Impl;
    explicit SentencePieceTokenizer(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace adaptlab::tokenize
