// The pre-tokenizer of a tokenizer.json: Split by a PCRE2 regex and ByteLevel (GPT-2's byte to
// printable-character map, with or without its own regex), in sequence. The Hugging Face library
// compiles these patterns with Oniguruma; PCRE2 with UTF and UCP has the same classes for them
// (\p{L}, \p{N}, \s with U+0085 and the separators, look-ahead), so the pieces are the same.
#pragma once

#include "tokenize/hf_json.h"

#include <array>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace adaptlab::tokenize {

// A compiled pattern, JIT-compiled where the platform allows. Matching is thread-safe: each thread
// has its own match data.
class HfRegex {
public:
    // Throws TokenizerError naming FILE, JSON_PATH and PCRE2's message.
    HfRegex(const std::string& pattern, const std::filesystem::path& file, const std::string& jsonPath);
    ~HfRegex();
    HfRegex(const HfRegex&) = delete;
    HfRegex& operator=(const HfRegex&) = delete;

    // Calls onMatch(start, end) for each non-overlapping match in SUBJECT (valid UTF-8), left to
    // right; an empty match moves on by one character, as the library's iterator does.
    template <typename OnMatch>
    void forEachMatch(std::string_view subject, OnMatch&& onMatch) const
    {
        void* state = threadState();
        size_t offset = 0;
        size_t start = 0;
        size_t end = 0;
        while (offset <= subject.size() && next(state, subject, offset, start, end)) {
            onMatch(start, end);
            if (end > start) {
                offset = end;
            } else {
                if (end >= subject.size())
                    break;
                offset = end + 1;
                while (offset < subject.size() && (static_cast<unsigned char>(subject[offset]) & 0xC0) == 0x80)
                    ++offset;
            }
        }
    }

private:
    // The calling thread's match data (one thread-local look-up per subject, not per match).
    static void* threadState();
    bool next(void* state, std::string_view subject, size_t offset, size_t& start, size_t& end) const;

    void* code_ = nullptr; // pcre2_code_8
    bool jit_ = false;
    std::string where_; // "file: path" for match-time errors
};

// GPT-2's bytes_to_unicode(): each byte's printable stand-in, as UTF-8 (1 or 2 bytes).
struct ByteLevelAlphabet {
    std::array<std::array<char, 2>, 256> utf8{};
    std::array<uint8_t, 256> length{};
    // Code point (all are below U+0144) back to its byte; -1 for a code point that stands for none.
    std::array<int16_t, 0x144> byteOf{};
};
const ByteLevelAlphabet& byteLevelAlphabet();

// Pieces of one text: one buffer and (offset, length) spans into it, so a step allocates nothing
// per piece.
struct HfPieces {
    std::string buffer;
    std::vector<std::pair<uint32_t, uint32_t>> spans;
    void clear()
    {
        buffer.clear();
        spans.clear();
    }
    std::string_view at(size_t i) const { return std::string_view(buffer).substr(spans[i].first, spans[i].second); }
};

class HfPreTokenizer {
public:
    HfPreTokenizer(const std::vector<HfPreTokenizerStep>& steps, const std::filesystem::path& file);
    ~HfPreTokenizer();

    // Appends the pre-tokens of TEXT (valid UTF-8) to OUT, mapped to byte-level characters where a
    // ByteLevel step says so.
    void split(std::string_view text, HfPieces& out) const;
    bool byteLevel() const { return byteLevel_; }

private:
    struct Step {
        HfPreTokenizerStep spec;
        std::unique_ptr<HfRegex> regex;
    };
    void apply(const Step& step, std::string_view piece, HfPieces& out) const;

    std::vector<Step> steps_;
    bool byteLevel_ = false;
};

} // namespace adaptlab::tokenize
