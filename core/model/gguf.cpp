// GGUF export (gguf.h): the header, the metadata (gguf_vocab.h), the tensor infos, then each tensor
// read from the safetensors files, converted and written one at a time, so the model is never held
// in memory twice (the weight files are memory-mapped; one tensor's f32 copy is the peak).
#include "model/gguf.h"

#include "common/atomic_file.h"
#include "model/gguf_vocab.h"
#include "model/llama_config.h"
#include "model/safetensors.h"
#include "tokenize/tokenizer.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace adaptlab::model {

namespace fs = std::filesystem;

namespace {

constexpr uint32_t kVersion = 3;
constexpr uint64_t kAlignment = 32;
// ggml_type values of the specification.
constexpr uint32_t kTypeF32 = 0;
constexpr uint32_t kTypeF16 = 1;

uint64_t alignUp(uint64_t offset)
{
    return offset + (kAlignment - offset % kAlignment) % kAlignment;
}

// One tensor of the file: where it comes from, and what it becomes.
struct PlannedTensor {
    std::string name;            // llama.cpp's (blk.0.attn_q.weight)
    std::string source;          // Hugging Face's; empty for a tensor computed here (rope_freqs)
    std::vector<int64_t> shape;  // row-major, as PyTorch and safetensors give it
    uint32_t type = kTypeF32;
    int64_t permuteHeads = 0;    // > 0: reorder rows from HF's rotary halves to interleaved pairs
    std::vector<float> computed; // the values of a computed tensor
    uint64_t offset = 0;         // relative to the data section
    uint64_t elementCount() const
    {
        uint64_t count = 1;
        for (const int64_t size : shape)
            count *= static_cast<uint64_t>(size);
        return count;
    }
    uint64_t byteCount() const { return elementCount() * (type == kTypeF16 ? 2 : 4); }
};

// Hugging Face's name in a LlamaForCausalLM to llama.cpp's (its tensor_mapping for LLAMA); nullopt
// for a name llama.cpp has no tensor for.
std::optional<std::string> llamaCppName(const std::string& hfName)
{
    static const std::map<std::string, std::string> whole = {
        {"model.embed_tokens.weight", "token_embd.weight"},
        {"model.norm.weight", "output_norm.weight"},
        {"lm_head.weight", "output.weight"},
    };
    if (const auto it = whole.find(hfName); it != whole.end())
        return it->second;
    static const std::vector<std::pair<std::string, std::string>> layer = {
        {"self_attn.q_proj", "attn_q"},       {"self_attn.k_proj", "attn_k"},   {"self_attn.v_proj", "attn_v"},
        {"self_attn.o_proj", "attn_output"},  {"mlp.gate_proj", "ffn_gate"},    {"mlp.up_proj", "ffn_up"},
        {"mlp.down_proj", "ffn_down"},        {"input_layernorm", "attn_norm"}, {"post_attention_layernorm", "ffn_norm"},
    };
    constexpr std::string_view prefix = "model.layers.";
    if (!hfName.starts_with(prefix))
        return std::nullopt;
    const size_t dot = hfName.find('.', prefix.size());
    if (dot == std::string::npos)
        return std::nullopt;
    const std::string index = hfName.substr(prefix.size(), dot - prefix.size());
    const std::string rest = hfName.substr(dot + 1);
    for (const auto& [hf, gguf] : layer) {
        for (const char* suffix : {".weight", ".bias"})
            if (rest == hf + suffix)
                return "blk." + index + "." + gguf + suffix;
    }
    return std::nullopt;
}

// Llama 3's frequency scaling as llama.cpp applies it: a per-frequency factor tensor rope_freqs
// (head_dim / 2 values) rather than metadata keys, computed from config.json's rope_scaling the way
// the transformers implementation scales each frequency.
std::vector<float> llama3RopeFactors(const LlamaConfig& config)
{
    const RopeScaling& scaling = *config.ropeScaling;
    const int64_t dim = config.headDimension();
    const double lowWavelength = double(scaling.originalMaxPositionEmbeddings) / scaling.lowFreqFactor;
    const double highWavelength = double(scaling.originalMaxPositionEmbeddings) / scaling.highFreqFactor;
    std::vector<float> factors;
    for (int64_t i = 0; i < dim; i += 2) {
        const double frequency = 1.0 / std::pow(config.ropeTheta, double(i) / double(dim));
        const double wavelength = 2.0 * M_PI / frequency;
        if (wavelength < highWavelength) {
            factors.push_back(1.0f);
        } else if (wavelength > lowWavelength) {
            factors.push_back(float(scaling.factor));
        } else {
            const double smooth = (double(scaling.originalMaxPositionEmbeddings) / wavelength - scaling.lowFreqFactor) /
                                  (scaling.highFreqFactor - scaling.lowFreqFactor);
            factors.push_back(float(1.0 / ((1.0 - smooth) / scaling.factor + smooth)));
        }
    }
    return factors;
}

// The tensor's values as f32, from any float dtype safetensors holds. Throws naming file and tensor.
void readAsFloat(const SafetensorsFile& file, const TensorInfo& info, std::vector<float>& out)
{
    const std::span<const std::byte> bytes = file.data(info);
    const size_t count = info.elementCount();
    out.resize(count);
    switch (info.dtype) {
    case DType::F32:
        std::memcpy(out.data(), bytes.data(), count * 4);
        return;
    case DType::BF16:
        for (size_t i = 0; i < count; ++i) {
            uint16_t bits = 0;
            std::memcpy(&bits, bytes.data() + 2 * i, 2);
            const uint32_t wide = uint32_t(bits) << 16;
            std::memcpy(&out[i], &wide, 4);
        }
        return;
    case DType::F16:
        for (size_t i = 0; i < count; ++i) {
            uint16_t bits = 0;
            std::memcpy(&bits, bytes.data() + 2 * i, 2);
            const uint32_t sign = uint32_t(bits & 0x8000) << 16;
            const uint32_t exponent = (bits >> 10) & 0x1f;
            const uint32_t mantissa = bits & 0x3ff;
            float value = 0;
            if (exponent == 0)
                value = std::ldexp(float(mantissa), -24); // zero or subnormal, exact in f32
            else if (exponent == 31)
                value = mantissa ? std::numeric_limits<float>::quiet_NaN() : std::numeric_limits<float>::infinity();
            else
                value = std::ldexp(float(mantissa | 0x400), int(exponent) - 25);
            uint32_t valueBits = 0;
            std::memcpy(&valueBits, &value, 4);
            valueBits |= sign;
            std::memcpy(&out[i], &valueBits, 4);
        }
        return;
    default:
        throw Error(file.path().string() + ": tensor " + info.name + " is " + dtypeName(info.dtype) +
                    "; GGUF export reads F32, F16 and BF16 weights");
    }
}

// Hugging Face stores q/k rows per head as [first halves of the rotary pairs | second halves]
// (rotate_half); llama.cpp's rope pairs neighbouring rows, so each head's rows are interleaved:
// row h*d + 2i + j takes row h*d + j*d/2 + i. The converter's permute(), on whole rows.
std::vector<float> permuteRotaryRows(const std::vector<float>& values, int64_t rows, int64_t columns, int64_t heads)
{
    std::vector<float> out(values.size());
    const int64_t headRows = rows / heads;
    const int64_t half = headRows / 2;
    for (int64_t h = 0; h < heads; ++h)
        for (int64_t i = 0; i < half; ++i)
            for (int64_t j = 0; j < 2; ++j) {
                const int64_t to = h * headRows + 2 * i + j;
                const int64_t from = h * headRows + j * half + i;
                std::memcpy(&out[size_t(to * columns)], &values[size_t(from * columns)], size_t(columns) * sizeof(float));
            }
    return out;
}

void writePadding(AtomicFile& file, uint64_t written)
{
    static const char zeros[kAlignment] = {};
    file.write(zeros, alignUp(written) - written);
}

} // namespace

GgufReport writeGguf(const fs::path& modelFolder, const fs::path& out, GgufDType dtype,
                     const std::function<void(int64_t, int64_t)>& progress)
{
    return writeGguf(modelFolder, modelFolder, out, dtype, progress);
}

GgufReport writeGguf(const fs::path& modelFolder, const fs::path& tokenizerSource, const fs::path& out, GgufDType dtype,
                     const std::function<void(int64_t, int64_t)>& progress)
{
    std::error_code ec;
    if (!fs::is_regular_file(modelFolder / "config.json", ec))
        throw Error(modelFolder.string() + ": no config.json: not a Hugging Face model folder");
    const LlamaConfig config = LlamaConfig::load(modelFolder / "config.json");
    if (config.ropeScaling && config.ropeScaling->ropeType != "llama3")
        throw Error((modelFolder / "config.json").string() + ": rope_scaling type " + config.ropeScaling->ropeType +
                    " cannot be written to GGUF here (only llama3)");

    // The tokenizer first: a folder without one is refused before any weight is read.
    std::optional<fs::path> tokenizerFile;
    if (fs::is_directory(tokenizerSource, ec))
        tokenizerFile = tokenize::tokenizerFileInFolder(tokenizerSource);
    else if (fs::is_regular_file(tokenizerSource, ec))
        tokenizerFile = tokenizerSource;
    if (!tokenizerFile)
        throw Error(tokenizerSource.string() + ": no tokenizer (tokenizer.model, spiece.model or tokenizer.json): a GGUF "
                    "file carries its vocabulary, so the model cannot be exported without one");
    const std::unique_ptr<tokenize::Tokenizer> tokenizer = tokenize::Tokenizer::open(*tokenizerFile);

    // The tensors: every one the config implies must be in the weight files with its shape, and
    // nothing else may be (llama.cpp would not load it, and dropping it silently loses weights).
    const std::map<std::string, fs::path> weightFiles = checkpointWeightFiles(modelFolder);
    std::map<fs::path, std::unique_ptr<SafetensorsFile>> files;
    const auto infoOf = [&](const std::string& name) -> std::pair<const SafetensorsFile*, const TensorInfo*> {
        const auto where = weightFiles.find(name);
        if (where == weightFiles.end())
            return {nullptr, nullptr};
        auto& file = files[where->second];
        if (!file)
            file = SafetensorsFile::open(where->second);
        return {file.get(), file->header().find(name)};
    };

    std::vector<PlannedTensor> plan;
    if (config.ropeScaling) {
        PlannedTensor rope;
        rope.name = "rope_freqs.weight";
        rope.computed = llama3RopeFactors(config);
        rope.shape = {int64_t(rope.computed.size())};
        plan.push_back(std::move(rope));
    }
    const std::vector<std::pair<std::string, std::vector<int64_t>>> expected = config.tensorShapes();
    for (const auto& [hfName, shape] : expected) {
        const auto [file, info] = infoOf(hfName);
        if (!info)
            throw Error(modelFolder.string() + ": tensor " + hfName + " is missing from the weight files (config.json "
                        "implies it)");
        if (info->shape != shape) {
            std::string have, want;
            for (const int64_t size : info->shape)
                have += (have.empty() ? "" : ", ") + std::to_string(size);
            for (const int64_t size : shape)
                want += (want.empty() ? "" : ", ") + std::to_string(size);
            throw Error(file->path().string() + ": tensor " + hfName + " has shape [" + have +
                        "] but config.json implies [" + want + "]");
        }
        if (info->dtype != DType::F32 && info->dtype != DType::F16 && info->dtype != DType::BF16)
            throw Error(file->path().string() + ": tensor " + hfName + " is " + dtypeName(info->dtype) +
                        "; GGUF export reads F32, F16 and BF16 weights");
        PlannedTensor tensor;
        tensor.name = *llamaCppName(hfName);
        tensor.source = hfName;
        tensor.shape = shape;
        tensor.type = dtype == GgufDType::F16 && shape.size() >= 2 ? kTypeF16 : kTypeF32;
        if (hfName.find(".self_attn.q_proj.") != std::string::npos)
            tensor.permuteHeads = config.numAttentionHeads;
        else if (hfName.find(".self_attn.k_proj.") != std::string::npos)
            tensor.permuteHeads = config.numKeyValueHeads;
        plan.push_back(std::move(tensor));
    }
    for (const auto& entry : weightFiles) {
        // Named, not a structured binding: clang 14 (the fuzz build) cannot capture one in a lambda.
        const std::string& name = entry.first;
        if (name.ends_with(".rotary_emb.inv_freq") || (name == "lm_head.weight" && config.tieWordEmbeddings))
            continue; // derived from the config, or the embedding itself: llama.cpp computes/ties them
        if (std::none_of(expected.begin(), expected.end(), [&](const auto& e) { return e.first == name; }))
            throw Error(entry.second.string() + ": tensor " + name + " is not part of a Llama model llama.cpp runs; "
                        "export refuses rather than drop it");
    }

    // The metadata: the architecture's keys as llama.cpp's loader reads them (gguf-py writes counts as
    // uint32 and the rest as float32), then the tokenizer.
    GgufMetadata metadata;
    metadata.addString("general.architecture", "llama");
    const fs::path folderName = modelFolder.filename().empty() ? modelFolder.parent_path().filename() : modelFolder.filename();
    metadata.addString("general.name", folderName.string());
    metadata.addU32("general.alignment", uint32_t(kAlignment));
    metadata.addU32("general.file_type", dtype == GgufDType::F16 ? 1 : 0); // MOSTLY_F16 | ALL_F32
    metadata.addU32("llama.context_length", uint32_t(config.maxPositionEmbeddings));
    metadata.addU32("llama.embedding_length", uint32_t(config.hiddenSize));
    metadata.addU32("llama.block_count", uint32_t(config.numHiddenLayers));
    metadata.addU32("llama.feed_forward_length", uint32_t(config.intermediateSize));
    metadata.addU32("llama.attention.head_count", uint32_t(config.numAttentionHeads));
    metadata.addU32("llama.attention.head_count_kv", uint32_t(config.numKeyValueHeads));
    metadata.addF32("llama.rope.freq_base", float(config.ropeTheta));
    metadata.addF32("llama.attention.layer_norm_rms_epsilon", float(config.rmsNormEps));
    metadata.addU32("llama.rope.dimension_count", uint32_t(config.headDimension()));
    if (config.headDimension() * config.numAttentionHeads != config.hiddenSize) {
        // A head_dim other than hidden / heads: llama.cpp's default would be wrong.
        metadata.addU32("llama.attention.key_length", uint32_t(config.headDimension()));
        metadata.addU32("llama.attention.value_length", uint32_t(config.headDimension()));
    }
    metadata.addU32("llama.vocab_size", uint32_t(config.vocabSize));
    const GgufVocabInfo vocab = addTokenizerMetadata(metadata, *tokenizer, config);

    // Tensor infos with offsets known from the shapes: the file is written front to back once.
    uint64_t dataSize = 0;
    for (PlannedTensor& tensor : plan) {
        tensor.offset = dataSize;
        dataSize = alignUp(dataSize + tensor.byteCount());
    }
    std::string head;
    const auto put = [&head](const auto value) {
        char bytes[sizeof(value)];
        std::memcpy(bytes, &value, sizeof(value));
        head.append(bytes, sizeof(value));
    };
    head.append("GGUF");
    put(kVersion);
    put(uint64_t(plan.size()));
    put(uint64_t(metadata.count()));
    head += metadata.bytes();
    for (const PlannedTensor& tensor : plan) {
        put(uint64_t(tensor.name.size()));
        head += tensor.name;
        put(uint32_t(tensor.shape.size()));
        // ggml's ne[]: the fastest-varying dimension first, the reverse of PyTorch's shape.
        for (auto size = tensor.shape.rbegin(); size != tensor.shape.rend(); ++size)
            put(uint64_t(*size));
        put(tensor.type);
        put(tensor.offset);
    }

    AtomicFile file(out);
    file.write(head);
    writePadding(file, head.size());
    std::vector<float> values;
    std::vector<uint16_t> halves;
    int64_t done = 0;
    for (const PlannedTensor& tensor : plan) {
        if (tensor.source.empty()) {
            values = tensor.computed;
        } else {
            const auto [source, info] = infoOf(tensor.source);
            if (info->dtype == DType::F32 && tensor.type == kTypeF32 && tensor.permuteHeads == 0) {
                // Already what the file holds: straight from the mapping, no copy.
                const std::span<const std::byte> bytes = source->data(*info);
                file.write(bytes.data(), bytes.size());
                writePadding(file, tensor.byteCount());
                if (progress)
                    progress(++done, int64_t(plan.size()));
                continue;
            }
            readAsFloat(*source, *info, values);
        }
        if (tensor.permuteHeads > 0) {
            const int64_t rows = tensor.shape[0];
            const int64_t columns = tensor.shape.size() > 1 ? tensor.shape[1] : 1;
            values = permuteRotaryRows(values, rows, columns, tensor.permuteHeads);
        }
        if (tensor.type == kTypeF16) {
            halves.resize(values.size());
            for (size_t i = 0; i < values.size(); ++i)
                halves[i] = floatToHalf(values[i]);
            file.write(halves.data(), halves.size() * 2);
        } else {
            file.write(values.data(), values.size() * 4);
        }
        writePadding(file, tensor.byteCount());
        if (progress)
            progress(++done, int64_t(plan.size()));
    }
    const uint64_t bytes = file.size();
    file.commit();

    GgufReport report;
    report.tensors = int64_t(plan.size());
    report.metadataKeys = metadata.count();
    report.bytes = bytes;
    report.tokenizerModel = vocab.model;
    report.warnings = vocab.warnings;
    return report;
}

} // namespace adaptlab::model
