// The engine's one UTF-8 decoder and validator (RFC 3629: no overlong forms, no surrogates, nothing
// above U+10FFFF, no truncated sequence). Every reader of text bytes decodes through decode(), so
// the quality signals, dedup normalisation and dataset names cannot disagree about what a valid
// character is; isValid() is the whole-buffer check the readers and writers make on every line.
#pragma once

#include <cstddef>
#include <string_view>

namespace adaptlab::utf8 {

// decode()'s value for a byte that starts no valid sequence: no code point has it.
inline constexpr char32_t kInvalid = 0xFFFFFFFFu;

struct CodePoint {
    char32_t value; // kInvalid when the byte at p starts no valid sequence
    int length;     // bytes taken: 1-4, and 1 for an invalid byte (the caller goes on at the next one)
    constexpr bool valid() const { return value != kInvalid; }
};

// The code point at p (p < end), reading nothing at or past `end`. An invalid byte is taken alone,
// so a caller that keeps or replaces it one byte at a time never loses or invents bytes.
inline CodePoint decode(const unsigned char* p, const unsigned char* end)
{
    const unsigned lead = p[0];
    if (lead < 0x80)
        return {lead, 1};
    const auto continuation = [&](int k) { return p + k < end && (p[k] & 0xC0) == 0x80; };
    // C0 and C1 would only start overlong two-byte forms; F5-FF would start code points above U+10FFFF.
    if (lead >= 0xC2 && lead <= 0xDF && continuation(1))
        return {char32_t(((lead & 0x1F) << 6) | (p[1] & 0x3F)), 2};
    if (lead >= 0xE0 && lead <= 0xEF && continuation(1) && continuation(2)) {
        const char32_t c = char32_t(((lead & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F));
        if (c >= 0x800 && !(c >= 0xD800 && c <= 0xDFFF)) // not overlong, not a surrogate
            return {c, 3};
    } else if (lead >= 0xF0 && lead <= 0xF4 && continuation(1) && continuation(2) && continuation(3)) {
        const char32_t c = char32_t(((lead & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6)
                                    | (p[3] & 0x3F));
        if (c >= 0x10000 && c <= 0x10FFFF)
            return {c, 4};
    }
    return {kInvalid, 1};
}

// Bytes of the valid sequence that starts at text[i] (i < text.size()), or 0 when none starts there.
inline size_t sequenceLength(std::string_view text, size_t i)
{
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const CodePoint decoded = decode(p + i, p + text.size());
    return decoded.valid() ? static_cast<size_t>(decoded.length) : 0;
}

// Writes code point `c` (<= U+10FFFF, not a surrogate) at `out` and returns the end: 1-4 bytes.
inline char* encode(char* out, char32_t c)
{
    if (c < 0x80) {
        *out++ = char(c);
    } else if (c < 0x800) {
        *out++ = char(0xC0 | (c >> 6));
        *out++ = char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        *out++ = char(0xE0 | (c >> 12));
        *out++ = char(0x80 | ((c >> 6) & 0x3F));
        *out++ = char(0x80 | (c & 0x3F));
    } else {
        *out++ = char(0xF0 | (c >> 18));
        *out++ = char(0x80 | ((c >> 12) & 0x3F));
        *out++ = char(0x80 | ((c >> 6) & 0x3F));
        *out++ = char(0x80 | (c & 0x3F));
    }
    return out;
}

// Whether all of `text` is valid UTF-8. simdjson's vectorised validator: it accepts exactly what
// decode() accepts, at many bytes per cycle (tst_utf8 checks the two agree).
bool isValid(std::string_view text);

} // namespace adaptlab::utf8
