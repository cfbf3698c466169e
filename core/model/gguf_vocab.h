// GGUF export's two halves that are not tensors (gguf.h): the metadata key/value section as bytes,
// and the tokenizer keys llama.cpp reads (tokenizer.ggml.*), from a tokenize::Tokenizer.
// Internal to core/model (gguf.cpp and its test).
#pragma once

#include "model/llama_config.h"

#include <cstdint>
#include <cstring>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace adaptlab::tokenize {
class Tokenizer;
}

namespace adaptlab::model {

// GGUF's metadata value types (the specification's gguf_metadata_value_type).
enum class GgufValueType : uint32_t {
    U8 = 0, I8 = 1, U16 = 2, I16 = 3, U32 = 4, I32 = 5, F32 = 6, Bool = 7, String = 8, Array = 9,
    U64 = 10, I64 = 11, F64 = 12,
};

// The key/value pairs in file order, serialized little-endian as they are added.
class GgufMetadata {
public:
    void addString(std::string_view key, std::string_view value);
    void addU32(std::string_view key, uint32_t value);
    void addF32(std::string_view key, float value);
    void addBool(std::string_view key, bool value);
    void addStringArray(std::string_view key, const std::vector<std::string>& values);
    void addF32Array(std::string_view key, const std::vector<float>& values);
    void addI32Array(std::string_view key, const std::vector<int32_t>& values);

    int64_t count() const { return count_; }
    const std::string& bytes() const { return bytes_; }
    bool contains(std::string_view key) const;

private:
    void key(std::string_view key, GgufValueType type);
    void string(std::string_view text);
    template <typename T>
    void raw(T value);

    std::string bytes_;
    std::vector<std::string> keys_;
    int64_t count_ = 0;
};

// Token types as llama.cpp reads tokenizer.ggml.token_type (SentencePiece's piece types).
enum GgufTokenType : int32_t { kNormal = 1, kUnknown = 2, kControl = 3, kUserDefined = 4, kUnused = 5, kByte = 6 };

struct GgufVocabInfo {
    std::string model;                 // "llama" | "gpt2"
    std::string pre;                   // tokenizer.ggml.pre
    std::vector<std::string> warnings; // for the CLI to print (an unrecognised pre-tokenizer)
};

// Adds tokenizer.ggml.* (and tokenizer.chat_template) for TOKENIZER, padded to CONFIG's vocab_size
// with unused "[PADn]" tokens as llama.cpp's converter pads. CONFIGFOLDER holds config.json and
// perhaps tokenizer_config.json (special ids the tokenizer lacks come from config.json). Throws
// Error naming the tokenizer file: more tokens than the model's vocab_size, a tokenizer.json that is
// not byte-level BPE.
GgufVocabInfo addTokenizerMetadata(GgufMetadata& metadata, const tokenize::Tokenizer& tokenizer, const LlamaConfig& config);

// SentencePiece's piece types (1 normal .. 6 byte) straight from a .model file's ModelProto, which
// the tokenizer interface does not expose in full (user-defined and unused pieces). Throws Error
// naming the file when it is not a ModelProto.
std::vector<int32_t> sentencePieceTypes(const std::filesystem::path& modelFile);

// The name llama.cpp gives the pre-tokenizer of a tokenizer.json (tokenizer.ggml.pre), from its
// steps; empty when none of the known ones matches.
std::string llamaCppPreName(const tokenize::Tokenizer& tokenizer);

// IEEE binary32 to binary16, round to nearest, ties to even (overflow to infinity, NaN kept NaN).
// Inline: it runs once per weight of an F16 export.
inline uint16_t floatToHalf(float value)
{
    uint32_t x = 0;
    std::memcpy(&x, &value, sizeof x);
    const auto sign = static_cast<uint16_t>((x >> 16) & 0x8000);
    const uint32_t magnitude = x & 0x7fffffff;
    if (magnitude > 0x7f800000)
        return sign | 0x7e00; // NaN stays a (quiet) NaN
    const int32_t exponent = static_cast<int32_t>(magnitude >> 23) - 127 + 15;
    uint32_t mantissa = magnitude & 0x7fffff;
    if (exponent > 0 && exponent < 31) {
        // The common case (a normal half), without a branch on the rounding: a mispredicted one
        // per weight made F16 export several times slower (bench_gguf_export).
        uint32_t result = (static_cast<uint32_t>(exponent) << 10) | (mantissa >> 13);
        const uint32_t rest = mantissa & 0x1fff;
        result += static_cast<uint32_t>(rest > 0x1000) | (static_cast<uint32_t>(rest == 0x1000) & result);
        return static_cast<uint16_t>(sign | result);
    }
    if (exponent >= 31)
        return sign | 0x7c00; // at least 2^16, or infinity
    int shift = 13;
    uint32_t result = 0;
    if (exponent <= 0) {
        // A half subnormal: m * 2^-24 with the implicit bit made explicit. Below 2^-25 even
        // rounding up cannot reach the smallest subnormal.
        if (exponent < -10)
            return sign;
        mantissa |= 0x800000;
        shift = 14 - exponent;
        result = mantissa >> shift;
    } else {
        result = (static_cast<uint32_t>(exponent) << 10) | (mantissa >> shift);
    }
    const uint32_t rest = mantissa & ((1u << shift) - 1);
    const uint32_t halfway = 1u << (shift - 1);
    // A carry out of the mantissa moves into the exponent (and from 0x7bff to infinity), as it should.
    if (rest > halfway || (rest == halfway && (result & 1) != 0))
        ++result;
    return static_cast<uint16_t>(sign | result);
}

} // namespace adaptlab::model
