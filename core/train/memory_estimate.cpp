#include "train/memory_estimate.h"

#include "common/error.h"

#include <charconv>
#include <cstdio>
#include <fstream>
#include <iterator>

namespace adaptlab::train {

namespace {

// LlamaConfig::headDimension()'s rule (head_dim, else hidden / heads), here so this file does not
// depend on the model area's code.
int64_t headDimensionOf(const model::LlamaConfig& c)
{
    return c.headDim > 0 ? c.headDim : (c.numAttentionHeads > 0 ? c.hiddenSize / c.numAttentionHeads : 0);
}

} // namespace

nlohmann::json MemoryEstimate::toJson() const
{
    return {{"parameters", parameters},
            {"weights_bytes", weights},
            {"gradients_bytes", gradients},
            {"optimizer_bytes", optimizer},
            {"activations_bytes", activations},
            {"logits_bytes", logits},
            {"total_bytes", total},
            {"device", device},
            {"device_available_bytes", deviceAvailable >= 0 ? nlohmann::json(deviceAvailable) : nlohmann::json()},
            {"exceeds_device", exceedsDevice()}};
}

ParameterBreakdown parameterBreakdown(const model::LlamaConfig& c)
{
    const int64_t C = c.hiddenSize, H = c.numAttentionHeads, K = c.numKeyValueHeads;
    const int64_t D = headDimensionOf(c);
    const int64_t I = c.intermediateSize, V = c.vocabSize;
    ParameterBreakdown p;
    p.embeddings = V * C;
    // q, k, v (H*D, K*D, K*D rows of C) and o (C rows of H*D); HF puts attention_bias on all four.
    const int64_t attention = (H * D + 2 * K * D) * C + C * H * D + (c.attentionBias ? H * D + 2 * K * D + C : 0);
    // gate and up (I rows of C), down (C rows of I).
    const int64_t mlp = 3 * I * C + (c.mlpBias ? 2 * I + C : 0);
    p.layers = c.numHiddenLayers * (attention + mlp + 2 * C);
    p.finalNorm = C;
    p.head = c.tieWordEmbeddings ? 0 : V * C;
    return p;
}

MemoryEstimate estimateTrainingMemory(const model::LlamaConfig& config, int64_t microBatch, int64_t seqLen,
                                      const std::string& precision)
{
    if (microBatch < 1 || seqLen < 1)
        throw Error("memory estimate: micro-batch and sequence length must be >= 1 (got " + std::to_string(microBatch) +
                    " and " + std::to_string(seqLen) + ")");
    if (precision != "f32" && precision != "bf16")
        throw Error("memory estimate: precision must be f32 or bf16, not \"" + precision + "\"");
    const bool bf16 = precision == "bf16";
    const int64_t activationBytes = bf16 ? 2 : 4;

    MemoryEstimate e;
    e.parameters = parameterBreakdown(config).total();
    e.weights = e.parameters * (bf16 ? 6 : 4);
    e.gradients = e.parameters * 4;
    e.optimizer = e.parameters * 8;

    const int64_t B = microBatch, T = seqLen, C = config.hiddenSize, H = config.numAttentionHeads;
    const int64_t D = headDimensionOf(config), I = config.intermediateSize, V = config.vocabSize;
    const int64_t L = config.numHiddenLayers;
    const int64_t attentionMatrix = B * H * T * T;
    const int64_t perLayer = 4 * B * T * C + 3 * B * T * H * D + B * T * H * D + 4 * B * T * I + attentionMatrix;
    const int64_t once = 2 * attentionMatrix + 2 * B * T * C;
    e.logits = 3 * B * T * V * 4;
    e.activations = activationBytes * (L * perLayer + once) + e.logits;
    e.total = e.weights + e.gradients + e.optimizer + e.activations;
    if (const auto available = availableCpuMemory())
        e.deviceAvailable = *available;
    return e;
}

std::optional<int64_t> memAvailableFromMeminfo(std::string_view meminfo)
{
    // "MemAvailable:    1234567 kB" on a line of its own.
    constexpr std::string_view key = "MemAvailable:";
    size_t at = 0;
    while (at < meminfo.size()) {
        const size_t end = std::min(meminfo.find('\n', at), meminfo.size());
        std::string_view line = meminfo.substr(at, end - at);
        at = end + 1;
        if (!line.starts_with(key))
            continue;
        line.remove_prefix(key.size());
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t'))
            line.remove_prefix(1);
        int64_t kib = 0;
        const auto [ptr, ec] = std::from_chars(line.data(), line.data() + line.size(), kib);
        if (ec != std::errc() || kib < 0)
            return std::nullopt;
        std::string_view unit(ptr, static_cast<size_t>(line.data() + line.size() - ptr));
        while (!unit.empty() && unit.front() == ' ')
            unit.remove_prefix(1);
        if (unit != "kB")
            return std::nullopt;
        return kib * 1024;
    }
    return std::nullopt;
}

std::optional<int64_t> availableCpuMemory()
{
    std::ifstream in("/proc/meminfo", std::ios::binary);
    if (!in)
        return std::nullopt;
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    return memAvailableFromMeminfo(text);
}

std::string formatBytes(int64_t bytes)
{
    static const char* const units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    double value = static_cast<double>(bytes);
    size_t unit = 0;
    while (value >= 1024.0 && unit + 1 < std::size(units)) {
        value /= 1024.0;
        ++unit;
    }
    char text[32];
    if (unit == 0 || value >= 10.0)
        std::snprintf(text, sizeof text, "%.0f %s", value, units[unit]);
    else
        std::snprintf(text, sizeof text, "%.1f %s", value, units[unit]);
    return text;
}

} // namespace adaptlab::train
