// The BPE model of a tokenizer.json: a word (one pre-token) to ids by applying merges in rank
// order, as the Hugging Face library's Word::merge_all does (a priority queue on (rank, position)),
// with its ignore_merges, byte_fallback, unk_token/fuse_unk rules and its word cache.
#pragma once

#include "tokenize/hf_json.h"

#include <array>
#include <cstdint>
#include <filesystem>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace adaptlab::tokenize {

struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view text) const;
};

class HfBpe {
public:
    // Throws TokenizerError naming FILE and the JSON path of a merge naming a piece the vocabulary
    // lacks.
    HfBpe(const HfSpec& spec, const std::filesystem::path& file);

    // Appends the ids of WORD (one pre-token, valid UTF-8, not empty) to OUT.
    void encodeWord(std::string_view word, std::vector<int32_t>& out) const;

    // -1 when absent.
    int32_t pieceToId(std::string_view piece) const;
    // Rank of the merge that makes the piece with this id, -1 for a base piece.
    int32_t mergeRank(int32_t id) const { return id >= 0 && size_t(id) < mergeRankOf_.size() ? mergeRankOf_[id] : -1; }
    int32_t unkId() const { return unkId_; }
    bool byteFallback() const { return byteFallback_; }
    size_t mergeCount() const { return merges_.size(); }

private:
    struct Merge {
        int32_t rank;
        int32_t newId;
    };
    static uint64_t pairKey(int32_t a, int32_t b) { return (uint64_t(uint32_t(a)) << 32) | uint32_t(b); }
    void mergeWord(std::string_view word, std::vector<int32_t>& out) const;
    int32_t charId(std::string_view character) const;

    std::unordered_map<std::string, int32_t, StringHash, std::equal_to<>> vocab_;
    std::unordered_map<uint64_t, Merge> merges_;
    std::vector<int32_t> mergeRankOf_;
    // Ids of one-character pieces below U+0800 (every byte-level character), looked up without hashing.
    std::vector<int32_t> smallCharId_;
    std::array<int32_t, 256> byteFallbackId_{};
    bool ignoreMerges_ = false;
    bool byteFallback_ = false;
    bool fuseUnk_ = false;
    int32_t unkId_ = -1;
    std::string unkToken_;
    std::string file_;

    // word -> ids, bounded like the library's (10,000 words, none longer than 256 bytes; when full
    // it stops adding). Sharded so threads rarely meet on one lock.
    static constexpr size_t kCacheShards = 32;
    static constexpr size_t kCacheWords = 10000;
    static constexpr size_t kCacheMaxWordBytes = 256;
    struct CacheShard {
        mutable std::shared_mutex mutex;
        std::unordered_map<std::string, std::vector<int32_t>, StringHash, std::equal_to<>> words;
    };
    mutable std::array<CacheShard, kCacheShards> cache_;
};

} // namespace adaptlab::tokenize
