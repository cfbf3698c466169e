// BPE merge loop and word cache of a tokenizer.json model.
#include "tokenize/hf_bpe.h"

#include "tokenize/tokenizer.h"

#include <xxhash.h>

#include <algorithm>
#include <queue>

namespace adaptlab::tokenize {

namespace fs = std::filesystem;

size_t StringHash::operator()(std::string_view text) const
{
    return static_cast<size_t>(XXH3_64bits(text.data(), text.size()));
}

namespace {

size_t utf8Length(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if (lead < 0xE0)
        return 2;
    if (lead < 0xF0)
        return 3;
    return 4;
}

} // namespace

HfBpe::HfBpe(const HfSpec& spec, const fs::path& file)
    : ignoreMerges_(spec.ignoreMerges), byteFallback_(spec.byteFallback), fuseUnk_(spec.fuseUnk), file_(file.string())
{
    vocab_.reserve(spec.vocab.size());
    int32_t maxId = -1;
    for (const auto& [piece, id] : spec.vocab) {
        vocab_.emplace(piece, id);
        maxId = std::max(maxId, id);
    }
    smallCharId_.assign(0x800, -1);
    for (const auto& [piece, id] : vocab_) {
        if (piece.empty())
            continue;
        const auto lead = static_cast<unsigned char>(piece[0]);
        if (piece.size() == 1 && lead < 0x80) {
            smallCharId_[lead] = id;
        } else if (piece.size() == 2 && (lead & 0xE0) == 0xC0) {
            smallCharId_[((lead & 0x1F) << 6) | (static_cast<unsigned char>(piece[1]) & 0x3F)] = id;
        }
    }
    byteFallbackId_.fill(-1);
    if (byteFallback_) {
        static const char hex[] = "0123456789ABCDEF";
        for (int b = 0; b < 256; ++b) {
            const std::string name = std::string("<0x") + hex[b >> 4] + hex[b & 15] + ">";
            byteFallbackId_[b] = pieceToId(name);
        }
    }
    if (spec.unkToken) {
        unkToken_ = *spec.unkToken;
        unkId_ = pieceToId(unkToken_);
    }

    mergeRankOf_.assign(static_cast<size_t>(maxId + 1), -1);
    merges_.reserve(spec.merges.size());
    for (size_t rank = 0; rank < spec.merges.size(); ++rank) {
        const auto& [left, right] = spec.merges[rank];
        const std::string path = "/model/merges/" + std::to_string(rank);
        const int32_t a = pieceToId(left);
        const int32_t b = pieceToId(right);
        if (a < 0)
            throw TokenizerError(file_ + ": " + path + " names \"" + left + "\", which is not in /model/vocab");
        if (b < 0)
            throw TokenizerError(file_ + ": " + path + " names \"" + right + "\", which is not in /model/vocab");
        const int32_t merged = pieceToId(left + right);
        if (merged < 0)
            throw TokenizerError(file_ + ": " + path + " makes \"" + left + right + "\", which is not in /model/vocab");
        // A repeated pair keeps its last rank, as the library's map does.
        merges_[pairKey(a, b)] = Merge{static_cast<int32_t>(rank), merged};
        if (mergeRankOf_[merged] < 0)
            mergeRankOf_[merged] = static_cast<int32_t>(rank);
    }
}

int32_t HfBpe::pieceToId(std::string_view piece) const
{
    const auto found = vocab_.find(piece);
    return found == vocab_.end() ? -1 : found->second;
}

int32_t HfBpe::charId(std::string_view character) const
{
    const auto lead = static_cast<unsigned char>(character[0]);
    if (character.size() == 1)
        return smallCharId_[lead];
    if (character.size() == 2)
        return smallCharId_[((lead & 0x1F) << 6) | (static_cast<unsigned char>(character[1]) & 0x3F)];
    return pieceToId(character);
}

void HfBpe::encodeWord(std::string_view word, std::vector<int32_t>& out) const
{
    if (word.empty())
        return;
    if (ignoreMerges_) {
        if (const int32_t id = pieceToId(word); id >= 0) {
            out.push_back(id);
            return;
        }
    }
    const bool cacheable = word.size() < kCacheMaxWordBytes;
    CacheShard& shard = cache_[StringHash{}(word) % kCacheShards];
    if (cacheable) {
        std::shared_lock lock(shard.mutex);
        if (const auto hit = shard.words.find(word); hit != shard.words.end()) {
            out.insert(out.end(), hit->second.begin(), hit->second.end());
            return;
        }
    }
    const size_t first = out.size();
    mergeWord(word, out);
    if (cacheable) {
        std::unique_lock lock(shard.mutex);
        if (shard.words.size() < kCacheWords / kCacheShards)
            shard.words.try_emplace(std::string(word), out.begin() + static_cast<std::ptrdiff_t>(first), out.end());
    }
}

void HfBpe::mergeWord(std::string_view word, std::vector<int32_t>& out) const
{
    struct Symbol {
        int32_t id;
        int32_t prev;
        int32_t next;
        bool removed;
    };
    struct Candidate {
        int32_t rank;
        int32_t pos;
        int32_t newId;
        // std::priority_queue keeps the largest on top: invert for lowest rank, then leftmost.
        bool operator<(const Candidate& other) const
        {
            return rank != other.rank ? rank > other.rank : pos > other.pos;
        }
    };
    thread_local std::vector<Symbol> symbols;
    thread_local std::vector<Candidate> heapStorage;
    symbols.clear();
    const auto add = [&](int32_t id) {
        const auto index = static_cast<int32_t>(symbols.size());
        symbols.push_back(Symbol{id, index - 1, index + 1, false});
    };

    // Characters to ids; a character the vocabulary lacks becomes its byte pieces (byte_fallback)
    // or the unknown piece, several in a row fused into one with fuse_unk.
    bool pendingUnk = false;
    for (size_t i = 0; i < word.size();) {
        const size_t length = std::min(utf8Length(static_cast<unsigned char>(word[i])), word.size() - i);
        const std::string_view character = word.substr(i, length);
        i += length;
        if (const int32_t id = charId(character); id >= 0) {
            if (pendingUnk) {
                add(unkId_);
                pendingUnk = false;
            }
            add(id);
            continue;
        }
        if (byteFallback_) {
            bool all = true;
            for (const char c : character)
                all = all && byteFallbackId_[static_cast<unsigned char>(c)] >= 0;
            if (all) {
                // The library adds these without first flushing a pending unknown piece.
                for (const char c : character)
                    add(byteFallbackId_[static_cast<unsigned char>(c)]);
                continue;
            }
        }
        if (unkToken_.empty())
            continue; // no unknown piece: the library drops the character
        if (unkId_ < 0)
            throw TokenizerError(file_ + ": /model/unk_token \"" + unkToken_ + "\" is needed for a character of \"" +
                                 std::string(word) + "\" but is not in /model/vocab");
        if (pendingUnk && !fuseUnk_)
            add(unkId_);
        pendingUnk = true;
    }
    if (pendingUnk)
        add(unkId_);
    if (symbols.empty())
        return;
    symbols.back().next = -1;

    heapStorage.clear();
    std::priority_queue<Candidate, std::vector<Candidate>> queue(std::less<Candidate>(), std::move(heapStorage));
    const auto lookup = [&](int32_t a, int32_t b) -> const Merge* {
        const auto found = merges_.find(pairKey(a, b));
        return found == merges_.end() ? nullptr : &found->second;
    };
    for (size_t i = 0; i + 1 < symbols.size(); ++i) {
        if (const Merge* merge = lookup(symbols[i].id, symbols[i + 1].id))
            queue.push(Candidate{merge->rank, static_cast<int32_t>(i), merge->newId});
    }
    while (!queue.empty()) {
        const Candidate top = queue.top();
        queue.pop();
        Symbol& left = symbols[static_cast<size_t>(top.pos)];
        if (left.removed || left.next < 0)
            continue;
        const int32_t rightPos = left.next;
        const Symbol right = symbols[static_cast<size_t>(rightPos)];
        // A stale entry: one side has been merged into something else since it was queued.
        const Merge* current = lookup(left.id, right.id);
        if (current == nullptr || current->newId != top.newId)
            continue;
        left.id = top.newId;
        left.next = right.next;
        symbols[static_cast<size_t>(rightPos)].removed = true;
        if (right.next >= 0)
            symbols[static_cast<size_t>(right.next)].prev = top.pos;
        if (left.prev >= 0) {
            if (const Merge* merge = lookup(symbols[static_cast<size_t>(left.prev)].id, left.id))
                queue.push(Candidate{merge->rank, left.prev, merge->newId});
        }
        if (left.next >= 0) {
            if (const Merge* merge = lookup(left.id, symbols[static_cast<size_t>(left.next)].id))
                queue.push(Candidate{merge->rank, top.pos, merge->newId});
        }
    }
    for (const Symbol& symbol : symbols) {
        if (!symbol.removed)
            out.push_back(symbol.id);
    }
}

} // namespace adaptlab::tokenize
