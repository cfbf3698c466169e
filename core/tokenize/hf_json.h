// Reading a Hugging Face tokenizer.json (and a model folder's tokenizer_config.json) into plain
// structs. Everything the encoder does not implement is refused here, by its JSON path, so a
// tokenizer that loads is one whose ids are the Hugging Face library's.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace adaptlab::tokenize {

struct HfAddedToken {
    int32_t id = -1;
    std::string content;
    bool special = false;
    // Matched in the normalized text (after NFC) rather than the raw text.
    bool normalized = false;
};

// One pre-tokenizer step (a Sequence is flattened into several).
struct HfPreTokenizerStep {
    enum class Kind { Split, ByteLevel };
    Kind kind = Kind::Split;
    // Split: a PCRE2 pattern (a "String" pattern arrives escaped). ByteLevel with use_regex: GPT-2's.
    std::string pattern;
    std::string patternPath; // its JSON path, for an error when PCRE2 refuses it
    bool removeMatches = false; // Split behavior "Removed" (else "Isolated")
    bool addPrefixSpace = false; // ByteLevel
    bool useRegex = true;        // ByteLevel
};

enum class HfDecoderStep { ByteLevel, ByteFallback, Fuse };

// One element of a TemplateProcessing "single" template, as ids: the sequence itself is empty ids
// with isSequence set.
struct HfTemplatePiece {
    bool isSequence = false;
    std::vector<int32_t> ids;
    std::string idsPath; // JSON path of ids, for an id outside the vocabulary
};

struct HfSpec {
    // model (type BPE)
    std::vector<std::pair<std::string, int32_t>> vocab;
    std::vector<std::pair<std::string, std::string>> merges;
    bool ignoreMerges = false;
    bool byteFallback = false;
    bool fuseUnk = false;
    std::optional<std::string> unkToken;

    bool nfc = false; // normalizer NFC (alone or in a Sequence)
    std::vector<HfPreTokenizerStep> preTokenizer;
    std::vector<HfAddedToken> addedTokens;
    bool hasDecoder = false; // a null decoder joins pieces with spaces, as the library does
    std::vector<HfDecoderStep> decoder;
    bool hasTemplate = false;
    std::vector<HfTemplatePiece> singleTemplate;
};

// tokenizer_config.json: what transformers reads besides tokenizer.json.
struct HfTokenizerConfig {
    std::optional<std::string> bosToken;
    std::optional<std::string> eosToken;
    std::optional<std::string> padToken;
    std::optional<std::string> unkToken;
    std::optional<bool> addBosToken;
    std::optional<bool> addEosToken;
    std::string chatTemplate; // empty when none
};

// GPT-2's pre-tokenization pattern, which ByteLevel uses when use_regex is true.
extern const char* const kGpt2Pattern;

// Throws TokenizerError naming FILE and, for a wrong or unsupported part, its JSON path; for
// corrupt JSON the line, column and byte offset.
HfSpec readHfTokenizerJson(const std::filesystem::path& file);
HfTokenizerConfig readHfTokenizerConfig(const std::filesystem::path& file);

} // namespace adaptlab::tokenize
