// The vocabulary-gap list: the words of a corpus that cost the most tokens in total (frequency x
// pieces), each with its split, so a domain user sees "hyperparameter -> ▁hyper|param|eter, 40
// times, 120 tokens" and knows what a domain tokenizer (or user symbols) would save.
//
// Words here are fertility.h's words (runs without ASCII white space) with punctuation trimmed from
// both ends ("(hyperparameter," counts as "hyperparameter"; a run of punctuation alone is no word).
// Punctuation: ASCII punctuation and the general punctuation and quotes of U+2010-U+205E, U+00A1,
// U+00AB, U+00BB, U+00BF, U+3001-U+3003, U+300C-U+300F, U+FF01, U+FF0C, U+FF1F. Case is kept, as
// the tokenizer sees it.
//
// Each distinct word is encoded as it appears after a space, so the word-start marker is part of
// what is measured ("▁word" in SentencePiece, "Ġword" in byte-level BPE): a SentencePiece model is
// given the word alone (its dummy prefix adds the ▁; Llama-2's model keeps extra spaces, so a
// leading space would make a second ▁), a tokenizer.json is given " " + word.
#pragma once

#include "tokenize/tokenizer.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace adaptlab::tokenize {

// `text` with the punctuation above trimmed from both ends (possibly empty).
std::string_view trimPunctuation(std::string_view text);

// Counts words in bounded memory: at most `capacity` distinct words are held (lossy counting, Manku
// and Motwani 2002). When the map is full, `floor` rises by one and every word whose count plus
// what it may have missed before it was (re)inserted (`delta`, the floor then) is at most the floor
// is dropped, until half the capacity is free. A count is then low by at most the final floor, and
// a word that keeps recurring is never dropped. With fewer distinct words than the capacity every
// count is exact (exact() says which).
class WordCounter {
public:
    explicit WordCounter(size_t capacity = 1 << 18);

    void add(std::string_view text);
    void addWord(std::string_view word, int64_t count = 1);

    struct Entry {
        int64_t count = 0;
        int64_t delta = 0; // the floor when the word was inserted: what it may have lost before
    };
    const std::unordered_map<std::string, Entry>& counts() const { return counts_; }
    bool exact() const { return floor_ == 0; }
    int64_t maxUndercount() const { return floor_; }
    int64_t totalWords() const { return total_; }

private:
    void prune();

    size_t capacity_;
    int64_t floor_ = 0;
    int64_t total_ = 0;
    std::unordered_map<std::string, Entry> counts_;
};

struct GapWord {
    std::string word;
    int64_t count = 0;
    std::vector<std::string> pieces; // the split, as idToPiece spells the pieces
    int64_t tokens = 0;              // count x pieces
};

// The ids of WORD as it appears after a space (the rule above).
std::vector<int32_t> encodeWordAfterSpace(const Tokenizer& tokenizer, std::string_view word);

// The `limit` words of `counter` that cost the most tokens in total, among those split into at
// least two pieces; ordered by tokens, then count (both descending), then the word. Distinct words
// are encoded on THREADS threads (0: every core).
std::vector<GapWord> vocabularyGap(const WordCounter& counter, const Tokenizer& tokenizer, size_t limit,
                                   int threads = 0);

} // namespace adaptlab::tokenize
