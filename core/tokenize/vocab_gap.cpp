// The vocabulary-gap list (vocab_gap.h).
#include "tokenize/vocab_gap.h"

#include "common/utf8.h"

#include <algorithm>

namespace adaptlab::tokenize {

namespace {

bool isPunctuation(char32_t c)
{
    if (c < 0x80)
        return (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) || (c >= 0x7B && c <= 0x7E);
    return c == 0xA1 || c == 0xAB || c == 0xBB || c == 0xBF || (c >= 0x2010 && c <= 0x205E)
        || (c >= 0x3001 && c <= 0x3003) || (c >= 0x300C && c <= 0x300F) || c == 0xFF01 || c == 0xFF0C || c == 0xFF1F;
}

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Length of the code point that ends at text[end - 1] (1 for an invalid byte).
size_t lastCharacterLength(std::string_view text, size_t end)
{
    size_t start = end - 1;
    while (start > 0 && end - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80)
        --start;
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const utf8::CodePoint cp = utf8::decode(p + start, p + end);
    return cp.valid() && start + static_cast<size_t>(cp.length) == end ? static_cast<size_t>(cp.length) : 1;
}

} // namespace

std::string_view trimPunctuation(std::string_view text)
{
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    size_t begin = 0;
    while (begin < text.size()) {
        const utf8::CodePoint cp = utf8::decode(p + begin, p + text.size());
        if (!cp.valid() || !isPunctuation(cp.value))
            break;
        begin += static_cast<size_t>(cp.length);
    }
    size_t end = text.size();
    while (end > begin) {
        const size_t length = lastCharacterLength(text, end);
        const utf8::CodePoint cp = utf8::decode(p + end - length, p + end);
        if (!cp.valid() || !isPunctuation(cp.value))
            break;
        end -= length;
    }
    return text.substr(begin, end - begin);
}

WordCounter::WordCounter(size_t capacity) : capacity_(std::max<size_t>(capacity, 2)) {}

void WordCounter::add(std::string_view text)
{
    size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && isAsciiSpace(text[i]))
            ++i;
        const size_t start = i;
        while (i < text.size() && !isAsciiSpace(text[i]))
            ++i;
        if (i > start)
            addWord(trimPunctuation(text.substr(start, i - start)));
    }
}

void WordCounter::addWord(std::string_view word, int64_t count)
{
    if (word.empty())
        return;
    total_ += count;
    // Heterogeneous lookup would avoid this string for words already counted; the map's key type
    // lacks a transparent hash here, and the copy is small next to the encoding that follows.
    auto it = counts_.find(std::string(word));
    if (it != counts_.end()) {
        it->second.count += count;
        return;
    }
    if (counts_.size() >= capacity_)
        prune();
    counts_.emplace(std::string(word), Entry{count, floor_});
}

void WordCounter::prune()
{
    // Raise the floor until at least half the capacity is free, so pruning happens rarely.
    while (counts_.size() >= capacity_ / 2) {
        ++floor_;
        std::erase_if(counts_, [&](const auto& entry) { return entry.second.count + entry.second.delta <= floor_; });
    }
}

std::vector<int32_t> encodeWordAfterSpace(const Tokenizer& tokenizer, std::string_view word)
{
    if (tokenizer.kind() == TokenizerKind::SentencePiece)
        return tokenizer.encode(word);
    return tokenizer.encode(" " + std::string(word));
}

std::vector<GapWord> vocabularyGap(const WordCounter& counter, const Tokenizer& tokenizer, size_t limit, int threads)
{
    std::vector<const std::pair<const std::string, WordCounter::Entry>*> entries;
    entries.reserve(counter.counts().size());
    for (const auto& entry : counter.counts())
        entries.push_back(&entry);
    const bool spaced = tokenizer.kind() != TokenizerKind::SentencePiece;
    std::vector<std::string> spacedWords;
    std::vector<std::string_view> texts;
    texts.reserve(entries.size());
    if (spaced) {
        spacedWords.reserve(entries.size());
        for (const auto* entry : entries)
            spacedWords.push_back(" " + entry->first);
        texts.assign(spacedWords.begin(), spacedWords.end());
    } else {
        for (const auto* entry : entries)
            texts.push_back(entry->first);
    }
    const auto encoded = tokenizer.encodeBatch(texts, threads);

    struct Candidate {
        size_t index;
        int64_t tokens;
    };
    std::vector<Candidate> candidates;
    for (size_t i = 0; i < entries.size(); ++i)
        if (encoded[i].size() >= 2)
            candidates.push_back({i, entries[i]->second.count * static_cast<int64_t>(encoded[i].size())});
    auto before = [&](const Candidate& a, const Candidate& b) {
        if (a.tokens != b.tokens)
            return a.tokens > b.tokens;
        if (entries[a.index]->second.count != entries[b.index]->second.count)
            return entries[a.index]->second.count > entries[b.index]->second.count;
        return entries[a.index]->first < entries[b.index]->first;
    };
    const size_t kept = std::min(limit, candidates.size());
    std::partial_sort(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(kept), candidates.end(), before);
    std::vector<GapWord> gap;
    gap.reserve(kept);
    for (size_t k = 0; k < kept; ++k) {
        const Candidate& c = candidates[k];
        GapWord word{entries[c.index]->first, entries[c.index]->second.count, {}, c.tokens};
        for (const int32_t id : encoded[c.index])
            word.pieces.push_back(tokenizer.idToPiece(id));
        gap.push_back(std::move(word));
    }
    return gap;
}

} // namespace adaptlab::tokenize
