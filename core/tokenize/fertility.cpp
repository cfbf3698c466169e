// Fertility and coverage counts (definitions in fertility.h).
#include "tokenize/fertility.h"

#include "common/utf8.h"

#include <algorithm>

namespace adaptlab::tokenize {

namespace {

bool isAsciiSpace(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

double ratio(int64_t part, int64_t whole)
{
    return whole > 0 ? static_cast<double>(part) / static_cast<double>(whole) : 0.0;
}

// The byte a byte-fallback piece spells: SentencePiece and tokenizer.json both write "<0xE4>".
int fallbackByte(const std::string& piece)
{
    if (piece.size() != 6 || piece.compare(0, 3, "<0x") != 0 || piece[5] != '>')
        return -1;
    try {
        return std::stoi(piece.substr(3, 2), nullptr, 16);
    } catch (const std::exception&) {
        return -1;
    }
}

} // namespace

bool isNoSpaceScript(char32_t cp)
{
    return (cp >= 0x0E00 && cp <= 0x0EFF)     // Thai, Lao
        || (cp >= 0x1000 && cp <= 0x109F)     // Myanmar
        || (cp >= 0x1780 && cp <= 0x17FF)     // Khmer
        || (cp >= 0x3040 && cp <= 0x30FF)     // Hiragana, Katakana
        || (cp >= 0x3400 && cp <= 0x4DBF)     // CJK extension A
        || (cp >= 0x4E00 && cp <= 0x9FFF)     // CJK unified ideographs
        || (cp >= 0xAC00 && cp <= 0xD7AF)     // Hangul syllables (Korean does use spaces, but
                                              // between phrases: a "word" holds several morphemes)
        || (cp >= 0xF900 && cp <= 0xFAFF)     // CJK compatibility ideographs
        || (cp >= 0x20000 && cp <= 0x3134F);  // CJK extensions B-G
}

TextCounts countText(std::string_view text)
{
    TextCounts counts;
    counts.bytes = static_cast<int64_t>(text.size());
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = p + text.size();
    bool inWord = false;
    while (p < end) {
        const utf8::CodePoint cp = utf8::decode(p, end);
        ++counts.characters;
        const bool space = cp.length == 1 && isAsciiSpace(*p);
        if (!space && !inWord)
            ++counts.words;
        inWord = !space;
        if (cp.valid() && isNoSpaceScript(cp.value))
            ++counts.noSpaceScriptCharacters;
        p += cp.length;
    }
    return counts;
}

int64_t countWords(std::string_view text)
{
    int64_t words = 0;
    bool inWord = false;
    for (const char c : text) {
        const bool space = isAsciiSpace(static_cast<unsigned char>(c));
        if (!space && !inWord)
            ++words;
        inWord = !space;
    }
    return words;
}

double FertilityStats::tokensPerWord() const { return ratio(tokens, words); }
double FertilityStats::tokensPerByte() const { return ratio(tokens, bytes); }
double FertilityStats::byteFallbackShare() const { return ratio(byteFallbackCharacters, characters); }
double FertilityStats::unknownShare() const { return ratio(unknownCharacters, characters); }
double FertilityStats::noSpaceScriptShare() const { return ratio(noSpaceScriptCharacters, characters); }

FertilityCounter::FertilityCounter(const Tokenizer& tokenizer, int threads) : tokenizer_(tokenizer), threads_(threads) {}

void FertilityCounter::add(std::span<const std::string_view> documents)
{
    const auto encoded = tokenizer_.encodeBatch(documents, threads_);
    for (size_t i = 0; i < documents.size(); ++i)
        addEncoded(documents[i], encoded[i]);
}

void FertilityCounter::addEncoded(std::string_view document, std::span<const int32_t> ids)
{
    const TextCounts counts = countText(document);
    ++stats_.documents;
    stats_.tokens += static_cast<int64_t>(ids.size());
    stats_.words += counts.words;
    stats_.bytes += counts.bytes;
    stats_.characters += counts.characters;
    stats_.noSpaceScriptCharacters += counts.noSpaceScriptCharacters;
    bool anyUnknown = false;
    for (const int32_t id : ids) {
        if (tokenizer_.isByteFallback(id)) {
            ++stats_.byteFallbackTokens;
            const int byte = fallbackByte(tokenizer_.idToPiece(id));
            if (byte >= 0 && (byte & 0xC0) != 0x80)
                ++stats_.byteFallbackCharacters;
        } else if (tokenizer_.isUnknown(id)) {
            ++stats_.unknownTokens;
            anyUnknown = true;
        }
    }
    if (anyUnknown)
        stats_.unknownCharacters += unknownCharactersOf(document);
}

int64_t FertilityCounter::unknownCharactersOf(std::string_view document)
{
    int64_t unknown = 0;
    const auto* p = reinterpret_cast<const unsigned char*>(document.data());
    const auto* end = p + document.size();
    while (p < end) {
        const utf8::CodePoint cp = utf8::decode(p, end);
        const std::string_view character(reinterpret_cast<const char*>(p), static_cast<size_t>(cp.length));
        p += cp.length;
        if (cp.length == 1 && (cp.value < 0x80 && isAsciiSpace(static_cast<unsigned char>(character[0]))))
            continue;
        // An invalid byte has no code point to key on; the tokenizers replace it, so ask each time.
        const char32_t key = cp.valid() ? cp.value : 0x110000u + static_cast<unsigned char>(character[0]);
        auto it = unknownCharacter_.find(key);
        if (it == unknownCharacter_.end()) {
            const auto ids = tokenizer_.encode(character);
            const bool isUnknown = std::any_of(ids.begin(), ids.end(), [&](int32_t id) { return tokenizer_.isUnknown(id); });
            it = unknownCharacter_.emplace(key, isUnknown).first;
        }
        unknown += it->second ? 1 : 0;
    }
    return unknown;
}

} // namespace adaptlab::tokenize
