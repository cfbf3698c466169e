// GGUF export (model/gguf.h) against the I/O floor: the same model's weight bytes copied from the
// memory-mapped safetensors file into an AtomicFile (write, fsync, rename), which any export does
// at least. Prints the time of each and the ratio (export / copy) for F32 and F16, best of 3.
// Build with `ninja bench_gguf_export`; run build/tests/bench_gguf_export [--layers N] [--hidden C]
// (default: 8 layers of 512, a vocabulary of 32000: ~58M parameters, 232 MB in f32).
#include "common/atomic_file.h"
#include "model/gguf.h"
#include "model/llama_config.h"
#include "model/safetensors.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

using namespace adaptlab;
namespace fs = std::filesystem;

namespace {

double seconds(const std::function<void()>& work)
{
    double best = 1e30;
    for (int i = 0; i < 3; ++i) {
        const auto start = std::chrono::steady_clock::now();
        work();
        best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    return best;
}

} // namespace

int main(int argc, char** argv)
{
    int64_t layers = 8, hidden = 512;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--layers") == 0)
            layers = std::stoll(argv[i + 1]);
        else if (std::strcmp(argv[i], "--hidden") == 0)
            hidden = std::stoll(argv[i + 1]);
    }
    const fs::path dir = fs::temp_directory_path() / "adaptlab-bench-gguf";
    fs::remove_all(dir);
    fs::create_directories(dir / "model");

    model::LlamaConfig config;
    config.vocabSize = 32000;
    config.hiddenSize = hidden;
    config.intermediateSize = hidden * 8 / 3 / 64 * 64 + 64;
    config.numHiddenLayers = layers;
    config.numAttentionHeads = hidden / 64;
    config.numKeyValueHeads = hidden / 64;
    std::ofstream(dir / "model" / "config.json") << config.toJson().dump(2);
    std::vector<std::string> storage;
    std::vector<model::TensorToWrite> tensors;
    uint64_t state = 88172645463325252ULL;
    for (const auto& [name, shape] : config.tensorShapes()) {
        uint64_t count = 1;
        for (const int64_t size : shape)
            count *= uint64_t(size);
        std::vector<float> values(count);
        for (float& value : values) {
            state ^= state << 13, state ^= state >> 7, state ^= state << 17;
            value = float(int64_t(state % 2001) - 1000) / 1000.0f;
        }
        storage.emplace_back(reinterpret_cast<const char*>(values.data()), values.size() * 4);
    }
    size_t index = 0;
    for (const auto& [name, shape] : config.tensorShapes())
        tensors.push_back({name, model::DType::F32, shape, std::as_bytes(std::span(storage[index++]))});
    model::writeSafetensors(dir / "model" / "model.safetensors", tensors);
    storage.clear();
    fs::copy_file(fs::path(ADAPTLAB_SOURCE_DIR) / "tests/fixtures/tokenizers/smollm/tokenizer.json",
                  dir / "model" / "tokenizer.json");
    const uint64_t weightBytes = fs::file_size(dir / "model" / "model.safetensors");
    std::printf("model: %lld parameters, %.1f MB of f32 weights\n", static_cast<long long>(config.parameterCount()),
                double(weightBytes) / 1e6);

    const double copy = seconds([&] {
        const auto file = model::SafetensorsFile::open(dir / "model" / "model.safetensors");
        AtomicFile out(dir / "copy.bin");
        for (const model::TensorInfo& info : file->header().tensors) {
            const auto data = file->data(info);
            out.write(data.data(), data.size());
        }
        out.commit();
    });
    const double f32 = seconds([&] { model::writeGguf(dir / "model", dir / "model-f32.gguf", model::GgufDType::F32); });
    const double f16 = seconds([&] { model::writeGguf(dir / "model", dir / "model-f16.gguf", model::GgufDType::F16); });
    std::printf("baseline copy (mmap -> AtomicFile): %.3f s (%.0f MB/s)\n", copy, double(weightBytes) / 1e6 / copy);
    std::printf("writeGguf F32: %.3f s, ratio to copy %.2f\n", f32, f32 / copy);
    std::printf("writeGguf F16: %.3f s, ratio to copy %.2f (half the bytes written, each value converted)\n", f16,
                f16 / copy);
    fs::remove_all(dir);
    return 0;
}
