// BPE merge loop and word cache of a tokenizer.json model.
#include "tokenize/hf_bpe.h"

#include "tokenize/hf_pretokenizer.h"
#include "tokenize/tokenizer.h"

#include <xxhash.h>

#include <algorithm>
#include <atomic>

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
    // The heap keeps the largest on top: invert for lowest rank, then leftmost.
    bool operator<(const Candidate& other) const { return rank != other.rank ? rank > other.rank : pos > other.pos; }
};

struct CacheEntry {
    uint64_t generation = 0; // 0: empty
    uint64_t hash = 0;
    std::string word;
    std::vector<int32_t> ids;
};

std::atomic<uint64_t> nextGeneration{1};

} // namespace

struct HfBpe::Scratch {
    std::vector<Symbol> symbols;
    std::vector<Candidate> heap;
    std::vector<CacheEntry> cache = std::vector<CacheEntry>(kCacheSlots);
};

HfBpe::Scratch& HfBpe::scratch()
{
    thread_local Scratch scratch;
    return scratch;
}

void HfBpe::MergeTable::reserve(size_t count)
{
    size_t capacity = 16;
    while (capacity < 2 * count)
        capacity *= 2;
    slots_.assign(capacity, Slot{});
    mask_ = capacity - 1;
    size_ = 0;
}

void HfBpe::MergeTable::assign(uint64_t key, Merge merge)
{
    for (size_t i = mix(key) & mask_;; i = (i + 1) & mask_) {
        Slot& slot = slots_[i];
        if (slot.key == key) {
            slot.merge = merge;
            return;
        }
        if (slot.key == kEmpty) {
            slot.key = key;
            slot.merge = merge;
            ++size_;
            return;
        }
    }
}

HfBpe::HfBpe(const HfSpec& spec, const fs::path& file)
    : ignoreMerges_(spec.ignoreMerges), byteFallback_(spec.byteFallback), fuseUnk_(spec.fuseUnk), file_(file.string()),
      generation_(nextGeneration.fetch_add(1))
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
    std::string joined;
    for (size_t rank = 0; rank < spec.merges.size(); ++rank) {
        const auto& [left, right] = spec.merges[rank];
        const auto path = [rank] { return "/model/merges/" + std::to_string(rank); };
        const int32_t a = pieceToId(left);
        const int32_t b = pieceToId(right);
        if (a < 0)
            throw TokenizerError(file_ + ": " + path() + " names \"" + left + "\", which is not in /model/vocab");
        if (b < 0)
            throw TokenizerError(file_ + ": " + path() + " names \"" + right + "\", which is not in /model/vocab");
        joined.assign(left).append(right);
        const int32_t merged = pieceToId(joined);
        if (merged < 0)
            throw TokenizerError(file_ + ": " + path() + " makes \"" + left + right + "\", which is not in /model/vocab");
        // A repeated pair keeps its last rank, as the library's map does.
        merges_.assign(pairKey(a, b), Merge{static_cast<int32_t>(rank), merged});
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
    encodeWord(word, out, scratch());
}

void HfBpe::encodeWords(const HfPieces& words, std::vector<int32_t>& out) const
{
    Scratch& s = scratch();
    for (size_t i = 0; i < words.spans.size(); ++i)
        encodeWord(words.at(i), out, s);
}

void HfBpe::encodeWord(std::string_view word, std::vector<int32_t>& out, Scratch& s) const
{
    if (word.empty())
        return;
    if (ignoreMerges_) {
        if (const int32_t id = pieceToId(word); id >= 0) {
            out.push_back(id);
            return;
        }
    }
    if (word.size() >= kCacheMaxWordBytes) {
        mergeWord(word, out, s);
        return;
    }
    const uint64_t hash = StringHash{}(word);
    CacheEntry& entry = s.cache[hash & (kCacheSlots - 1)];
    if (entry.generation == generation_ && entry.hash == hash && entry.word == word) {
        out.insert(out.end(), entry.ids.begin(), entry.ids.end());
        return;
    }
    const size_t first = out.size();
    mergeWord(word, out, s);
    entry.generation = generation_;
    entry.hash = hash;
    entry.word.assign(word);
    entry.ids.assign(out.begin() + static_cast<std::ptrdiff_t>(first), out.end());
}

void HfBpe::mergeWord(std::string_view word, std::vector<int32_t>& out, Scratch& s) const
{
    std::vector<Symbol>& symbols = s.symbols;
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

    // A binary heap on a vector kept per thread: no allocation per word.
    std::vector<Candidate>& queue = s.heap;
    queue.clear();
    const auto push = [&](Candidate candidate) {
        queue.push_back(candidate);
        std::push_heap(queue.begin(), queue.end());
    };
    const auto lookup = [&](int32_t a, int32_t b) { return merges_.find(pairKey(a, b)); };
    for (size_t i = 0; i + 1 < symbols.size(); ++i) {
        if (const Merge* merge = lookup(symbols[i].id, symbols[i + 1].id))
            queue.push_back(Candidate{merge->rank, static_cast<int32_t>(i), merge->newId});
    }
    std::make_heap(queue.begin(), queue.end());
    while (!queue.empty()) {
        std::pop_heap(queue.begin(), queue.end());
        const Candidate top = queue.back();
        queue.pop_back();
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
                push(Candidate{merge->rank, left.prev, merge->newId});
        }
        if (left.next >= 0) {
            if (const Merge* merge = lookup(left.id, symbols[static_cast<size_t>(left.next)].id))
                push(Candidate{merge->rank, top.pos, merge->newId});
        }
    }
    for (const Symbol& symbol : symbols) {
        if (!symbol.removed)
            out.push_back(symbol.id);
    }
}

} // namespace adaptlab::tokenize
