// Quality signals, internal: the repetition statistics (datatrove GopherRepetitionFilter) over the
// words, lines and paragraphs the document scan collected into per-thread scratch arrays.
#pragma once

#include "corpus/quality_text.h"

#include <string>
#include <vector>

namespace adaptlab::corpus::quality {

// Open addressing, key -> the value stored when the key was first seen. Generation stamps make
// reset() O(1), so one table serves every level of every document without clearing. Keys need not
// be hashes (n-gram levels look up pairs of small class numbers): the slot comes from the key's
// product with a large odd constant, whose top bits depend on all of the key's bits.
class FirstSeenTable {
public:
    void reset(size_t expectedKeys)
    {
        // At most a quarter full, so a lookup seldom goes on to a second slot (a branch that
        // mispredicts); half full for tables beyond any cache anyway, to bound their memory.
        const size_t slotsPerKey = expectedKeys <= (size_t(1) << 16) ? 4 : 2;
        size_t capacity = 64;
        int bits = 6;
        while (capacity < expectedKeys * slotsPerKey) {
            capacity <<= 1;
            ++bits;
        }
        if (slots_.size() < capacity) {
            slots_.assign(capacity, Slot{});
            generation_ = 0;
        }
        mask_ = capacity - 1; // a small document only touches the front of a large table
        shift_ = 64 - bits;
        if (++generation_ == 0) {
            std::fill(slots_.begin(), slots_.end(), Slot{});
            generation_ = 1;
        }
    }
    uint32_t findOrInsert(uint64_t key, uint32_t value)
    {
        size_t i = static_cast<size_t>((key * 0x9e3779b97f4a7c15ull) >> shift_);
        for (;;) {
            Slot& slot = slots_[i];
            // New key or found key are equally common (is this word new?), so that choice is not a
            // branch: the slot is written either way, with its old value when the key is there.
            // Only a slot taken by another key, which is rare, moves on. (Masks rather than
            // conditions, which the compiler turns back into branches.)
            const uint64_t live = 0 - uint64_t(slot.generation == generation_);
            if (__builtin_expect(((slot.key ^ key) & live) != 0, 0)) {
                i = (i + 1) & mask_;
                continue;
            }
            const auto stored = static_cast<uint32_t>((slot.value & live) | (value & ~live));
            slot = Slot{key, stored, generation_};
            return stored;
        }
    }
    size_t bytes() const { return slots_.capacity() * sizeof(Slot); }
    void release()
    {
        std::vector<Slot>().swap(slots_);
        generation_ = 0;
    }

private:
    struct Slot {
        uint64_t key = 0;
        uint32_t value = 0;
        uint32_t generation = 0;
    };
    std::vector<Slot> slots_;
    uint32_t generation_ = 0;
    size_t mask_ = 0;
    int shift_ = 63;
};

// ---------------------------------------------------------------------------------------------
// Scratch memory reused across documents on one thread.

struct LineRecord {
    uint32_t begin;  // byte offsets of the line's content (without "\r\n")
    uint32_t end;
    uint32_t chars;
    uint64_t hash;
};

struct Scratch {
    // Words of the analysed text (repetition window): `words` of them. The arrays only grow, and
    // scanText() writes them through plain pointers: they are sized for the most words a text can
    // hold before the scan, so the per-word work has no capacity checks.
    size_t words = 0;
    std::vector<uint64_t> wordHash;
    std::vector<uint32_t> wordBegin, wordEnd;
    std::vector<uint32_t> charPrefix; // code points in words [0, i)
    std::vector<LineRecord> lines;    // every line, empty ones too (they separate paragraphs)
    // n-gram levels: the positions whose n-gram repeats and its class, for this level and the next
    std::vector<uint32_t> at, cls, nextAt, nextCls;
    std::vector<uint32_t> count;        // per class
    std::vector<uint64_t> keys;         // the next level's lookups
    std::vector<uint8_t> seen;
    FirstSeenTable table;
    std::string cleanedLine; // a C4 line with its citations removed

    // Room for the words of a text of n bytes: a word takes at least two bytes with its separator.
    void startDocument(size_t n)
    {
        const size_t most = n / 2 + 1;
        if (wordHash.size() < most) {
            wordHash.resize(most);
            wordBegin.resize(most);
            wordEnd.resize(most);
            charPrefix.resize(most + 1);
        }
        words = 0;
        charPrefix[0] = 0;
        lines.clear();
    }
    // One huge document must not pin its arrays on the thread for the rest of the scan.
    void releaseIfLarge()
    {
        constexpr size_t kKeepWords = size_t(1) << 18;
        if (wordHash.size() > kKeepWords || lines.capacity() > kKeepWords) {
            *this = Scratch{};
        } else if (table.bytes() > kKeepWords * 32) {
            table.release();
        }
    }
};

// What the document scan counted (quality_signals.cpp); the repetition statistics read its
// stripped bounds.
struct ScanTotals {
    uint64_t characters = 0; // code points, CRLF counted once
    uint64_t words = 0, letterWords = 0, wordChars = 0, stopWords = 0;
    uint64_t hashes = 0, ellipses = 0;
    uint64_t lines = 0, bulletLines = 0, ellipsisLines = 0;
    uint64_t c4Lines = 0, c4Dropped = 0, c4Javascript = 0, c4Policy = 0, c4Sentences = 0;
    bool c4Lorem = false, c4Curly = false;
    size_t firstNonSpace = kNoPosition, lastNonSpaceEnd = 0; // of the whole text (Python strip())
};

struct Repetition {
    double characters = 0; // of the analysed text: the denominator of the character fractions
    uint64_t lines = 0, dupLines = 0, dupLineChars = 0;
    uint64_t paragraphs = 0, dupParagraphs = 0, dupParagraphChars = 0;
    double topChars[3] = {0, 0, 0};  // n = 2, 3, 4
    double dupChars[6] = {0, 0, 0, 0, 0, 0}; // n = 5 .. 10
};

// Code points of `text` (malformed bytes count one each).
uint64_t countChars(std::string_view text);
// Duplicate lines and paragraphs (datatrove find_duplicates).
void lineAndParagraphRepetition(std::string_view text, Scratch& s, const ScanTotals& t, Repetition& r,
                                const Evidence* evidence);
// Top n-grams (n = 2..4) and duplicated n-grams (n = 5..10).
void nGramRepetition(Scratch& s, Repetition& r, const Evidence* evidence);

} // namespace adaptlab::corpus::quality
