// The tokenizer the MeCo tests write (tst_meco, tst_meco_order, tst_cli_meco_render): byte-level
// BPE with GPT-2's pre-tokenizer regex and ignore_merges, the 256 bytes at ids 0..255 (id = the
// byte), whole words at 256.. and <s> </s> after them, so a prefix's ids can be worked out by hand.
// GPT-2's regex keeps a space with the word after it (" en" is one pre-token, spelt "Ġen"), which
// is why "URL: " + host tokenized as one string differs from its pieces tokenized apart.
#pragma once

#include "chat_test_tokenizer.h" // byteLevelChar

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <utility>

namespace meco_test {

using nlohmann::json;

inline const char* const kWords[] = {
    "URL",       // 256
    "Ġen",       // 257
    "wikipedia", // 258
    "org",       // 259
    "ĊĊ",        // 260: "\n\n"
    "Source",    // 261
    "Ġgcide",    // 262
    "Ġfoldoc",   // 263
    "The",       // 264
    "Ġcat",      // 265
    "Ġsat",      // 266
    "Topic",     // 267
    "com",       // 268
    "Ġexample",  // 269
};
inline constexpr int32_t kUrl = 256, kSpaceEn = 257, kWikipedia = 258, kOrg = 259, kNewlines = 260, kSource = 261,
                         kSpaceGcide = 262, kSpaceFoldoc = 263, kThe = 264, kSpaceCat = 265, kSpaceSat = 266,
                         kTopic = 267, kCom = 268, kSpaceExample = 269;
inline constexpr int32_t kBos = 270, kEos = 271, kVocabSize = 272;
inline constexpr int32_t kColon = ':', kDot = '.', kSpace = ' ';

inline void writeTokenizer(const std::filesystem::path& folder)
{
    json vocab = json::object();
    for (int b = 0; b < 256; ++b)
        vocab[chat_test::byteLevelChar(b)] = b;
    int32_t id = 256;
    for (const char* word : kWords)
        vocab[word] = id++;
    json added = json::array();
    for (const auto& [text, tokenId] : {std::pair{"<s>", kBos}, std::pair{"</s>", kEos}}) {
        vocab[text] = tokenId;
        added.push_back({{"id", tokenId}, {"content", text}, {"single_word", false}, {"lstrip", false},
                         {"rstrip", false}, {"normalized", false}, {"special", true}});
    }
    const json byteLevel = {{"type", "ByteLevel"}, {"add_prefix_space", false}, {"trim_offsets", false}, {"use_regex", true}};
    const json tokenizer = {
        {"version", "1.0"}, {"truncation", nullptr}, {"padding", nullptr}, {"added_tokens", added},
        {"normalizer", nullptr}, {"pre_tokenizer", byteLevel}, {"post_processor", nullptr}, {"decoder", byteLevel},
        {"model", {{"type", "BPE"}, {"dropout", nullptr}, {"unk_token", nullptr}, {"fuse_unk", false},
                   {"byte_fallback", false}, {"ignore_merges", true}, {"vocab", vocab}, {"merges", json::array()}}}};
    std::filesystem::create_directories(folder);
    std::ofstream(folder / "tokenizer.json") << tokenizer.dump(1);
    std::ofstream(folder / "tokenizer_config.json") << json{{"bos_token", "<s>"}, {"eos_token", "</s>"}}.dump(1);
}

} // namespace meco_test
