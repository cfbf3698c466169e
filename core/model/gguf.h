// GGUF export (the file format llama.cpp and Ollama run), torch-free: a Hugging Face Llama folder
// (config.json, safetensors f32/f16/bf16, its tokenizer) to one .gguf file, written from the GGUF
// specification (github.com/ggml-org/ggml/blob/master/docs/gguf.md): magic "GGUF", version 3,
// little-endian; metadata general.architecture "llama", general.name, general.alignment 32,
// llama.context_length, llama.embedding_length, llama.block_count, llama.feed_forward_length,
// llama.attention.head_count, llama.attention.head_count_kv, llama.rope.freq_base,
// llama.attention.layer_norm_rms_epsilon, llama.rope.dimension_count, llama.vocab_size,
// llama.attention.key_length/value_length when head_dim is not hidden/heads (Llama-3 scaling as
// llama.cpp reads it: a rope_freqs.weight tensor of per-frequency divisors, no keys),
// general.file_type; tokenizer.ggml.model ("llama" for SentencePiece, "gpt2" for byte-level BPE),
// tokenizer.ggml.tokens, .scores (SentencePiece), .token_type, .merges (BPE), .bos_token_id,
// .eos_token_id, .unknown_token_id, .padding_token_id where the tokenizer has them,
// tokenizer.ggml.pre (llama.cpp's name for a BPE pre-tokenizer, "default" for SentencePiece),
// .add_bos_token/.add_eos_token (what the tokenizer's encodeWithSpecial does),
// tokenizer.chat_template when the folder has one; a vocabulary shorter than vocab_size padded with
// unused "[PADn]" tokens. Tensors as llama.cpp names them (token_embd.weight, blk.N.attn_q.weight,
// ..., output_norm.weight, output.weight unless tied), attn_q / attn_k permuted the way llama.cpp's
// converter permutes Hugging Face's rotary layout, 1-D tensors always F32, the rest F32 or F16 as
// asked; data aligned to general.alignment. Written atomically.
//
// INTERFACE FIXED FOR ISSUE 11 (owner: the "gguf" part). Change only by adding.
#pragma once

#include "common/error.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace adaptlab::model {

enum class GgufDType { F32, F16 };

struct GgufReport {
    int64_t tensors = 0;
    int64_t metadataKeys = 0;
    uint64_t bytes = 0;
    std::string tokenizerModel; // "llama" | "gpt2"
    // Added by the "gguf" part: what the file may lack for llama.cpp (a tokenizer.json pre-tokenizer
    // llama.cpp knows by no name: tokenizer.ggml.pre "default"), for the CLI to print.
    std::vector<std::string> warnings;
};

// Throws Error naming the folder/file and what is missing or unsupported (no tokenizer, a
// tokenizer kind GGUF cannot carry, a tensor dtype other than F32/F16/BF16). PROGRESS (may be empty)
// gets (tensors done, total).
GgufReport writeGguf(const std::filesystem::path& modelFolder, const std::filesystem::path& out, GgufDType dtype,
                     const std::function<void(int64_t, int64_t)>& progress = {});
// Added by the "gguf" part: the tokenizer read from TOKENIZERSOURCE (a tokenizer file, or a folder
// holding one) instead of MODELFOLDER, for a run's checkpoint saved without its tokenizer.
GgufReport writeGguf(const std::filesystem::path& modelFolder, const std::filesystem::path& tokenizerSource,
                     const std::filesystem::path& out, GgufDType dtype,
                     const std::function<void(int64_t, int64_t)>& progress = {});

} // namespace adaptlab::model
