// HfTokenizer: a Hugging Face tokenizer.json with a BPE model (Llama 3, Qwen2, SmolLM, GPT-2
// style), giving the ids the Hugging Face library gives: added tokens matched in the raw text
// first (longest first), NFC where the file asks, the Split/ByteLevel pre-tokenizer on PCRE2, BPE
// by merge rank; decoding through the ByteLevel (or ByteFallback + Fuse) decoder. The folder's
// tokenizer_config.json, when there is one, supplies BOS/EOS and the chat template.
#pragma once

#include "tokenize/hf_json.h"
#include "tokenize/tokenizer.h"

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace adaptlab::tokenize {

class HfTokenizer final : public Tokenizer {
public:
    // Reads TOKENIZER_JSON and, when it exists, tokenizer_config.json beside it. Throws
    // TokenizerError naming the file and the JSON path of anything wrong or unsupported.
    static std::unique_ptr<HfTokenizer> load(const std::filesystem::path& tokenizerJson);

    ~HfTokenizer() override;

    TokenizerKind kind() const override { return TokenizerKind::HuggingFace; }
    std::string description() const override;
    // Text that is not valid UTF-8 is read as Python's bytes.decode(errors="replace") reads it:
    // each maximal invalid sequence becomes U+FFFD.
    std::vector<int32_t> encode(std::string_view text) const override;
    std::vector<int32_t> encodeWithSpecial(std::string_view text) const override;
    // Special tokens are kept (the library's skip_special_tokens=False).
    std::string decode(std::span<const int32_t> ids) const override;

    int32_t vocabSize() const override;
    std::string idToPiece(int32_t id) const override;
    int32_t pieceToId(std::string_view piece) const override;
    // Minus the merge order that makes the piece, counted from 1 (the first merge scores -1); 0
    // for base pieces and added tokens.
    float pieceScore(int32_t id) const override;
    SpecialIds specialIds() const override;
    bool isByteFallback(int32_t id) const override;
    bool isUnknown(int32_t id) const override;
    bool isSpecial(int32_t id) const override;

    // From tokenizer_config.json: the Jinja chat template as text (empty when none), and the rest.
    const std::string& chatTemplate() const;
    const HfTokenizerConfig& config() const;
    // Whether the file has a tokenizer_config.json beside it that was read.
    bool hasConfig() const;
    // The file as read: its merges in rank order, pre-tokenizer steps and added tokens (GGUF export
    // carries the merges and names the pre-tokenizer).
    const HfSpec& spec() const;

private:
    struct Impl;
    explicit HfTokenizer(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

// BYTES as UTF-8 with each maximal invalid sequence replaced by U+FFFD (Unicode's recommended
// practice, which Python's errors="replace" and Rust's from_utf8_lossy follow).
std::string lossyUtf8(std::string_view bytes);

} // namespace adaptlab::tokenize
