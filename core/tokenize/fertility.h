// Fertility and coverage of a tokenizer on a set of documents (METHODS §4): how many tokens a
// corpus costs per word and per byte, and which share of its characters the vocabulary lacks.
// A domain corpus with much higher fertility than general text signals a vocabulary gap.
//
// Definitions (each count is exact and can be worked out by hand):
//  - bytes: the UTF-8 bytes of the document text as given.
//  - characters: Unicode code points of the text (a byte that is not valid UTF-8 counts as one).
//  - words: maximal runs of characters other than ASCII white space (space, tab, CR, LF, VT, FF),
//    as `wc -w` counts them; punctuation stays part of the run it touches ("end." is one word, and
//    " - " is a word of its own). Scripts written without spaces (Chinese, Japanese, Thai) have
//    whole sentences as one "word", so their tokens per word is not comparable with other text:
//    no_space_script_share reports how much of the text is in such scripts, and tokens per byte is
//    the measure to compare there.
//  - tokens: ids of Tokenizer::encode (no BOS/EOS added).
//  - byte-fallback characters: characters whose bytes came out as byte pieces (<0xE4>): the number
//    of byte-fallback tokens whose byte starts a UTF-8 character (not 10xxxxxx), since a character
//    missing from the vocabulary is spelled with all of its bytes.
//  - unknown characters: in a document whose encoding holds an unknown token (<unk>), each
//    character that alone encodes to an unknown token (SentencePiece and tokenizer.json models
//    give <unk> per character the vocabulary lacks, fusing a run of them into one token, so the
//    tokens alone cannot say how many characters an <unk> stands for).
//  The shares are those counts divided by characters.
#pragma once

#include "tokenize/tokenizer.h"

#include <cstdint>
#include <mutex>
#include <span>
#include <string_view>
#include <unordered_map>

namespace adaptlab::tokenize {

struct TextCounts {
    int64_t bytes = 0;
    int64_t characters = 0;
    int64_t words = 0;
    int64_t noSpaceScriptCharacters = 0; // Han, kana, Hangul syllables, Thai, Lao, Khmer, Myanmar
};

// The counts above for one text.
TextCounts countText(std::string_view text);
// Words only (the definition above).
int64_t countWords(std::string_view text);
// Whether code point CP belongs to a script usually written without spaces between words.
bool isNoSpaceScript(char32_t cp);

struct FertilityStats {
    int64_t documents = 0;
    int64_t tokens = 0;
    int64_t words = 0;
    int64_t bytes = 0;
    int64_t characters = 0;
    int64_t noSpaceScriptCharacters = 0;
    int64_t byteFallbackTokens = 0;
    int64_t byteFallbackCharacters = 0;
    int64_t unknownTokens = 0;
    int64_t unknownCharacters = 0;

    double tokensPerWord() const;  // 0 without words
    double tokensPerByte() const;  // 0 without bytes
    double byteFallbackShare() const; // of characters; 0 without characters
    double unknownShare() const;
    double noSpaceScriptShare() const;
};

// Accumulates FertilityStats of one tokenizer over batches of documents. Each batch is encoded on
// THREADS threads (0: every core; Tokenizer::encodeBatch). Not itself thread-safe: one caller.
class FertilityCounter {
public:
    explicit FertilityCounter(const Tokenizer& tokenizer, int threads = 0);

    void add(std::span<const std::string_view> documents);
    // The ids of one document, already encoded elsewhere (the same text the ids came from).
    void addEncoded(std::string_view document, std::span<const int32_t> ids);

    const FertilityStats& stats() const { return stats_; }

private:
    int64_t unknownCharactersOf(std::string_view document);

    const Tokenizer& tokenizer_;
    int threads_;
    FertilityStats stats_;
    // Whether a character alone encodes to <unk>: asked only for documents holding one, so few.
    std::unordered_map<char32_t, bool> unknownCharacter_;
};

} // namespace adaptlab::tokenize
