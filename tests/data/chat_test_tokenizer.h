// The tokenizer the chat template tests write (tst_chat_template, tst_cli_data_render): byte-level
// BPE with GPT-2's pre-tokenizer regex and ignore_merges, the 256 bytes at ids 0..255 (id = the
// byte), whole words at 256.. and the added tokens <|im_start|> <|im_end|> <s> </s>, so that the
// ids of a rendered conversation can be worked out by hand.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <utility>

namespace chat_test {

using nlohmann::json;

// GPT-2's bytes_to_unicode: printable bytes stand for themselves, the others for 256 + n.
inline std::string byteLevelChar(int byte)
{
    int n = 0;
    int codePoint = -1;
    for (int b = 0; b < 256; ++b) {
        const bool printable = (b >= 33 && b <= 126) || (b >= 161 && b <= 172) || (b >= 174 && b <= 255);
        const int cp = printable ? b : 256 + n++;
        if (b == byte)
            codePoint = cp;
    }
    std::string out;
    if (codePoint < 0x80) {
        out += static_cast<char>(codePoint);
    } else {
        out += static_cast<char>(0xC0 | (codePoint >> 6));
        out += static_cast<char>(0x80 | (codePoint & 0x3F));
    }
    return out;
}

// The words (byte-level spelling: Ġ is a space) at ids 256.., then the added tokens.
inline const char* const kWords[] = {
    "system",       // 256
    "user",         // 257
    "assistant",    // 258
    "Be",           // 259
    "Ġbrief",       // 260
    "What",         // 261
    "Ġis",          // 262
    "ĠRAM",         // 263
    "Memory",       // 264
    "Give",         // 265
    "Ġan",          // 266
    "Ġexample",     // 267
    "DDR",          // 268
    "INST",         // 269
    "Ġ<<",          // 270
    "SYS",          // 271
    ">>",           // 272
    "<</",          // 273
    "Ġ[/",          // 274
    "ĠMemory",      // 275
    "ĠGive",        // 276
    "ĠDDR",         // 277
    "<|",           // 278
    "|>",           // 279
    "###",          // 280
    "ĠInstruction", // 281
    "ĠResponse",    // 282
};
inline constexpr int32_t kImStart = 283, kImEnd = 284, kBos = 285, kEos = 286;

inline void writeTokenizer(const std::filesystem::path& folder)
{
    json vocab = json::object();
    for (int b = 0; b < 256; ++b)
        vocab[byteLevelChar(b)] = b;
    int32_t id = 256;
    for (const char* word : kWords)
        vocab[word] = id++;
    json added = json::array();
    for (const auto& [text, tokenId] : {std::pair{"<|im_start|>", kImStart}, std::pair{"<|im_end|>", kImEnd},
                                        std::pair{"<s>", kBos}, std::pair{"</s>", kEos}}) {
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

} // namespace chat_test
