// Tokenizer: the one interface everything downstream uses (fertility, shards, training, the
// Tokenizer panel), over two backends:
//  - SentencePieceTokenizer (sentencepiece_tokenizer.h): a SentencePiece .model (BPE or unigram),
//    trained here or imported (Llama-2, TinyLlama, Mistral ship one);
//  - HfTokenizer (hf_tokenizer.h): a Hugging Face tokenizer.json with a byte-level BPE model (Llama 3,
//    Qwen2, SmolLM, GPT-2 style).
// Tokenizer::open() picks the backend from the path. Every method is const and safe to call from
// several threads at once on one tokenizer.
#pragma once

#include "common/error.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace adaptlab::tokenize {

class TokenizerError : public Error {
public:
    using Error::Error;
};

enum class TokenizerKind { SentencePiece, HuggingFace };

// -1 where the tokenizer has none.
struct SpecialIds {
    int32_t bos = -1;
    int32_t eos = -1;
    int32_t unk = -1;
    int32_t pad = -1;
};

class Tokenizer {
public:
    virtual ~Tokenizer();

    // Opens PATH: a SentencePiece .model, a Hugging Face tokenizer.json, or a folder holding either
    // (a model folder; its tokenizer_config.json is read too). Throws TokenizerError naming the file
    // and what is wrong (unreadable, corrupt, an unsupported part named by its JSON path).
    static std::unique_ptr<Tokenizer> open(const std::filesystem::path& path);

    virtual TokenizerKind kind() const = 0;
    // For people: "SentencePiece unigram", "SentencePiece BPE", "byte-level BPE (tokenizer.json)".
    virtual std::string description() const = 0;

    // Ids of TEXT with no special tokens added (special tokens written in the text are still
    // matched where the backend does that: a tokenizer.json's added tokens).
    virtual std::vector<int32_t> encode(std::string_view text) const = 0;
    // Ids with the tokenizer's own rules for BOS/EOS applied (SentencePiece: BOS first when the
    // model has one; tokenizer.json: the post-processor's template, else tokenizer_config's
    // add_bos_token/add_eos_token).
    virtual std::vector<int32_t> encodeWithSpecial(std::string_view text) const;
    // encode() of each text, on THREADS threads (0: the cores available). Order is kept.
    std::vector<std::vector<int32_t>> encodeBatch(std::span<const std::string_view> texts, int threads = 0) const;
    // The pieces of encode(text), as idToPiece() spells them.
    virtual std::vector<std::string> encodePieces(std::string_view text) const;
    virtual std::string decode(std::span<const int32_t> ids) const = 0;

    virtual int32_t vocabSize() const = 0;
    // Throws TokenizerError for an id outside [0, vocabSize()).
    virtual std::string idToPiece(int32_t id) const = 0;
    // -1 when PIECE is not in the vocabulary.
    virtual int32_t pieceToId(std::string_view piece) const = 0;
    // The piece's score for the vocabulary browser: SentencePiece's log-probability (unigram) or
    // negative merge order (BPE); tokenizer.json: minus the merge rank that makes the piece, 0 for
    // base pieces.
    virtual float pieceScore(int32_t id) const = 0;
    virtual SpecialIds specialIds() const = 0;
    // A byte-fallback piece (<0x41>): the text held a character the vocabulary lacks.
    virtual bool isByteFallback(int32_t id) const = 0;
    virtual bool isUnknown(int32_t id) const = 0;
    // Control and special tokens (<s>, </s>, <|endoftext|>, added special tokens).
    virtual bool isSpecial(int32_t id) const = 0;

    // The file the tokenizer was read from (the .model or tokenizer.json).
    const std::filesystem::path& path() const { return path_; }
    // 32 hex digits: a hash of the content of every file that decides the ids (not of their paths),
    // so a copied tokenizer has the same fingerprint and an edited one another. The shard cache is
    // keyed by it.
    const std::string& fingerprint() const { return fingerprint_; }

protected:
    Tokenizer() = default;
    Tokenizer(const Tokenizer&) = delete;
    Tokenizer& operator=(const Tokenizer&) = delete;

    std::filesystem::path path_;
    std::string fingerprint_;
};

// 32 hex digits of XXH3-128 over the contents of FILES in order (each file's size included, so
// moving bytes between files changes it). Throws TokenizerError naming an unreadable file.
std::string contentFingerprint(std::span<const std::filesystem::path> files);

// The file Tokenizer::open(folder) loads from a model folder: tokenizer.model, spiece.model, then
// tokenizer.json (where a folder ships both, the SentencePiece model is the original and gives the
// same ids); nullopt when the folder holds none of them.
std::optional<std::filesystem::path> tokenizerFileInFolder(const std::filesystem::path& folder);

} // namespace adaptlab::tokenize
