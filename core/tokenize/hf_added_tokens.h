// Added tokens of a tokenizer.json (<|begin_of_text|>, <|endoftext|>, ...): found in a text before
// pre-tokenization, leftmost first and the longest of those starting there, as the library's
// Aho-Corasick matcher (MatchKind::LeftmostLongest) finds them.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace adaptlab::tokenize {

class HfAddedTokenMatcher {
public:
    void add(std::string content, int32_t id);
    void finish(); // sorts the candidates; call once after the last add()
    bool empty() const { return tokens_.empty(); }

    // Calls onText(stretch) for the text between matches and onToken(id) for each match, in order.
    template <typename OnText, typename OnToken>
    void segment(std::string_view text, OnText&& onText, OnToken&& onToken) const
    {
        size_t done = 0;
        size_t i = 0;
        while (i < text.size()) {
            const auto& candidates = byFirstByte_[static_cast<unsigned char>(text[i])];
            int matched = -1;
            for (const int index : candidates) {
                const Token& token = tokens_[static_cast<size_t>(index)];
                if (text.compare(i, token.content.size(), token.content) == 0) {
                    matched = index;
                    break;
                }
            }
            if (matched < 0) {
                ++i;
                continue;
            }
            if (i > done)
                onText(text.substr(done, i - done));
            onToken(tokens_[static_cast<size_t>(matched)].id);
            i += tokens_[static_cast<size_t>(matched)].content.size();
            done = i;
        }
        if (done < text.size())
            onText(text.substr(done));
    }

private:
    struct Token {
        std::string content;
        int32_t id;
    };
    std::vector<Token> tokens_;
    // Indexes into tokens_ by first byte, longest first.
    std::array<std::vector<int>, 256> byFirstByte_;
};

} // namespace adaptlab::tokenize
