// The BPE model of a tokenizer.json: a word (one pre-token) to ids by applying merges in rank
// order, as the Hugging Face library's Word::merge_all does (a priority queue on (rank, position)),
// with its ignore_merges, byte_fallback, unk_token/fuse_unk rules and its word cache.
#pragma once

#include "tokenize/hf_json.h"

#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace adaptlab::tokenize {

struct HfPieces;

struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view text) const;
};

class HfBpe {
public:
    // Throws TokenizerError naming FILE and the JSON path of a merge naming a piece the vocabulary
    // lacks.
    HfBpe(const HfSpec& spec, const std::filesystem::path& file);

    // Appends the ids of WORD (one pre-token, valid UTF-8) to OUT.
    void encodeWord(std::string_view word, std::vector<int32_t>& out) const;
    // Appends the ids of every piece of WORDS to OUT (one look-up of the thread's scratch for all).
    void encodeWords(const HfPieces& words, std::vector<int32_t>& out) const;

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

    // (left id, right id) -> merge, open addressing with linear probing: the merge loop looks a
    // pair up for every symbol it touches, and std::unordered_map's node per entry made that lookup
    // a third of encode time (bench_hf_tokenizer).
    class MergeTable {
    public:
        void reserve(size_t count);
        void assign(uint64_t key, Merge merge);
        const Merge* find(uint64_t key) const
        {
            for (size_t i = mix(key) & mask_;; i = (i + 1) & mask_) {
                const Slot& slot = slots_[i];
                if (slot.key == key)
                    return &slot.merge;
                if (slot.key == kEmpty)
                    return nullptr;
            }
        }
        size_t size() const { return size_; }

    private:
        // No pair has this key: ids are below 2^31.
        static constexpr uint64_t kEmpty = ~uint64_t(0);
        struct Slot {
            uint64_t key = kEmpty;
            Merge merge{};
        };
        static uint64_t mix(uint64_t key)
        {
            key ^= key >> 33;
            key *= 0xff51afd7ed558ccdULL;
            return key ^ (key >> 33);
        }
        std::vector<Slot> slots_{Slot{}};
        size_t mask_ = 0;
        size_t size_ = 0;
    };
    int32_t charId(std::string_view character) const;

    std::unordered_map<std::string, int32_t, StringHash, std::equal_to<>> vocab_;
    MergeTable merges_;
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

    // word -> ids, bounded as the library's cache is (it keeps 10,000 words shorter than 256 bytes),
    // but per thread and direct-mapped: no lock, no allocation once warm; a word whose slot another
    // word takes is merged again, which gives the same ids. Entries carry the tokenizer's generation
    // (unique per HfBpe in the process), so tokenizers sharing a thread never read each other's words.
    static constexpr size_t kCacheSlots = 8192;
    static constexpr size_t kCacheMaxWordBytes = 256;
    struct Scratch;
    static Scratch& scratch();
    void encodeWord(std::string_view word, std::vector<int32_t>& out, Scratch& scratch) const;
    void mergeWord(std::string_view word, std::vector<int32_t>& out, Scratch& scratch) const;
    uint64_t generation_ = 0;
};

} // namespace adaptlab::tokenize
