// Quality signals, internal: what the scan reads text as. Character classes (Python's str.isspace(),
// string.punctuation and an isalpha() approximation), UTF-8 decoding (common/utf8.h, with U+FFFD for
// malformed bytes), the word/line/paragraph hashes, and the evidence sink every part reports to.
// Inline: these run on every byte or word of every document. See quality_signals.cpp for the
// definitions and where they differ from the references.
#pragma once

#include "corpus/quality_signals.h"

#include "common/hash.h"
#include "common/utf8.h"

#include <array>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string_view>
#include <vector>

namespace adaptlab::corpus::quality {

constexpr size_t kNoPosition = std::numeric_limits<size_t>::max();

// ---------------------------------------------------------------------------------------------
// Character classes.

enum : uint8_t { kSpace = 1, kPunct = 2, kLetter = 4 };

constexpr std::array<uint8_t, 128> makeAsciiClasses()
{
    std::array<uint8_t, 128> classes{};
    for (int c = 0; c < 128; ++c) {
        if (c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f))
            classes[c] = kSpace;
        else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            classes[c] = kLetter;
        else if (c >= '0' && c <= '9')
            classes[c] = 0;
        else
            classes[c] = kPunct; // string.punctuation and the remaining control characters
    }
    return classes;
}
constexpr auto kAsciiClasses = makeAsciiClasses();

constexpr bool isUnicodeSpace(char32_t c)
{
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028
        || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

constexpr bool isUnicodePunctuation(char32_t c)
{
    if (c < 0x100) // Latin-1: C1 controls, ¡¢£¤¥¦§¨©«¬®¯°±´¶·¸»¿ × ÷ (not ª µ º ² ³ ¹ ¼ ½ ¾)
        return (c >= 0x80 && c <= 0xBF && c != 0xAA && c != 0xB5 && c != 0xBA && c != 0xB2
                && c != 0xB3 && c != 0xB9 && !(c >= 0xBC && c <= 0xBE))
            || c == 0xD7 || c == 0xF7;
    if (c < 0x2000) // Arabic and Devanagari sentence punctuation; the rest of this range is letters
        return c == 0x060C || c == 0x061B || c == 0x061F || (c >= 0x066A && c <= 0x066D)
            || c == 0x06D4 || c == 0x0964 || c == 0x0965;
    if (c <= 0x206F) return true;                    // general punctuation, zero-width and format
    if (c >= 0x20A0 && c <= 0x20CF) return true;     // currency symbols
    if (c >= 0x2190 && c <= 0x2BFF) return true;     // arrows, math, box drawing, shapes, dingbats
    if (c >= 0x2E00 && c <= 0x2E7F) return true;     // supplemental punctuation
    if (c >= 0x3000 && c <= 0x303F)                  // CJK punctuation (not 々 〆 〇 and numerals)
        return (c >= 0x3001 && c <= 0x3004) || (c >= 0x3008 && c <= 0x3020) || c == 0x3030
            || (c >= 0x303D);
    if (c == 0x30FB) return true;                    // katakana middle dot
    if (c >= 0xFE10 && c <= 0xFE1F) return true;     // vertical forms
    if (c >= 0xFE30 && c <= 0xFE6F) return true;     // CJK compatibility and small forms
    if (c >= 0xFF01 && c <= 0xFF0F) return true;     // fullwidth ！＂＃ ... ／
    if (c >= 0xFF1A && c <= 0xFF20) return true;     // fullwidth ：；＜＝＞？＠
    if (c >= 0xFF3B && c <= 0xFF40) return true;     // fullwidth ［＼］＾＿｀
    if (c >= 0xFF5B && c <= 0xFF65) return true;     // fullwidth ｛｜｝～ and halfwidth 。「」、・
    return false;
}

constexpr bool isUnicodeNonLetter(char32_t c)
{
    return (c >= 0x0300 && c <= 0x036F)     // combining diacritics
        || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9) // Arabic digits
        || (c >= 0x0966 && c <= 0x096F)     // Devanagari digits
        || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF)
        || (c >= 0xD800 && c <= 0xF8FF)     // surrogates, private use
        || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xFE20 && c <= 0xFE2F) // variation selectors, marks
        || (c >= 0xFF10 && c <= 0xFF19)     // fullwidth digits
        || (c >= 0xFFF0 && c <= 0xFFFF)     // specials, U+FFFD (what malformed UTF-8 decodes to)
        || (c >= 0x1F000 && c <= 0x1FBFF)   // emoji, pictographs and other symbols
        || c >= 0xE0000;                    // tags, variation selectors, private use planes
    // What is left above U+FFFF is mostly letters: historic scripts and CJK extensions B and later.
}

inline uint8_t classifyNonAscii(char32_t c)
{
    if (isUnicodeSpace(c)) return kSpace;
    if (isUnicodePunctuation(c)) return kPunct;
    if (c == 0xAA || c == 0xB5 || c == 0xBA) return kLetter;
    if (c < 0xC0 || isUnicodeNonLetter(c)) return 0;
    return kLetter;
}

// Decodes one UTF-8 sequence at p (p < end). Malformed input decodes to U+FFFD one byte at a time.
inline char32_t decodeUtf8(const unsigned char* p, const unsigned char* end, int& length)
{
    const utf8::CodePoint decoded = utf8::decode(p, end);
    length = decoded.length;
    return decoded.valid() ? decoded.value : char32_t(0xFFFD);
}

inline uint8_t classAt(const unsigned char* p, const unsigned char* end, char32_t& c, int& length)
{
    if (*p < 0x80) {
        c = *p;
        length = 1;
        return kAsciiClasses[*p];
    }
    c = decodeUtf8(p, end, length);
    return classifyNonAscii(c);
}

inline unsigned char asciiLower(unsigned char b) { return (b >= 'A' && b <= 'Z') ? b | 0x20 : b; }

// ---------------------------------------------------------------------------------------------
// Hashing: a wyhash-style multiply-fold hash, fast on the short keys (words) that dominate.

constexpr uint64_t kHashK0 = 0xa0761d6478bd642full;
constexpr uint64_t kHashK1 = 0xe7037ed1a0b428dbull;
constexpr uint64_t kHashK2 = 0x8ebc6af09c88c6e3ull;

using hash::foldMultiply;

inline uint64_t read64(const unsigned char* p)
{
    uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
}
inline uint64_t read32(const unsigned char* p)
{
    uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
}

inline uint64_t hashBytes(const char* data, size_t length)
{
    const auto* p = reinterpret_cast<const unsigned char*>(data);
    uint64_t seed = kHashK0 ^ length;
    uint64_t a = 0, b = 0;
    if (length <= 16) {
        if (length >= 4) {
            const size_t shift = (length >> 3) << 2;
            a = (read32(p) << 32) | read32(p + shift);
            b = (read32(p + length - 4) << 32) | read32(p + length - 4 - shift);
        } else if (length > 0) {
            a = (uint64_t(p[0]) << 16) | (uint64_t(p[length >> 1]) << 8) | p[length - 1];
        }
    } else {
        size_t left = length;
        while (left > 16) {
            seed = foldMultiply(read64(p) ^ kHashK1, read64(p + 8) ^ seed);
            p += 16;
            left -= 16;
        }
        a = read64(p + left - 16);
        b = read64(p + left - 8);
    }
    return foldMultiply(kHashK1 ^ length, foldMultiply(a ^ kHashK1, b ^ seed));
}

// kLeadingBytes[k] keeps the first k bytes of a little-endian 8-byte load.
constexpr std::array<uint64_t, 9> kLeadingBytes = {0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffffull,
                                                   0xffffffffffffull, 0xffffffffffffffull, ~0ull};

// The hash of a word. A word of at most 16 bytes (nearly all of them) is read as two 8-byte loads
// with the bytes past its end masked off, and mixed as hashBytes() mixes: no branch on its length,
// which would mispredict on a large share of words. `end` bounds what may be read; a word near it
// is copied out first, so the same word hashes the same everywhere.
inline uint64_t hashWord(const unsigned char* p, size_t length, const unsigned char* end)
{
    if (length > 16)
        return hashBytes(reinterpret_cast<const char*>(p), length);
    unsigned char copy[16];
    if (end - p < 16) {
        std::memset(copy, 0, sizeof copy);
        std::memcpy(copy, p, length);
        p = copy;
    }
    const uint64_t a = hash::loadLittle64(p) & kLeadingBytes[std::min<size_t>(length, 8)];
    const uint64_t b = hash::loadLittle64(p + 8) & kLeadingBytes[length > 8 ? length - 8 : 0];
    return foldMultiply(kHashK1 ^ length, foldMultiply(a ^ kHashK1, b ^ kHashK0 ^ length));
}

// Hash of a sequence: combine(hash(x1..xk), hash(x_{k+1})).
inline uint64_t combine(uint64_t sequence, uint64_t next) { return foldMultiply(sequence ^ kHashK2, next ^ kHashK1); }

// ---------------------------------------------------------------------------------------------
// Evidence: the same code that computes a signal reports where it comes from. Duplicate lines,
// paragraphs and n-grams are marked where they count, i.e. their second and later occurrences;
// the top n-gram is marked at every occurrence; line rules mark the stripped line.

struct Evidence {
    Signal signal;
    std::vector<TextSpan>* spans;
    bool wants(Signal s) const { return signal == s; }
    void add(size_t begin, size_t end) const { spans->push_back({begin, end}); }
};

// Python str.strip() bounds of [begin, end) (quality_signals.cpp).
std::pair<size_t, size_t> stripBounds(std::string_view text, size_t begin, size_t end);

} // namespace adaptlab::corpus::quality
