// Adapter folders in the PEFT layout (lora.h). Writing builds the folder in a hidden sibling and
// renames it into place (writeFolderAtomically, as saveHfModel does), so a folder under the final name is always complete;
// reading goes through the validated safetensors reader.
#include "torch/model/lora.h"

#include "common/atomic_file.h"
#include "common/error.h"
#include "model/safetensors.h"
#include "torch/model/hf_checkpoint.h"

#include <cstring>

namespace adaptlab::model {

namespace fs = std::filesystem;

namespace {

void writeText(const fs::path& path, const std::string& text)
{
    AtomicFile file(path);
    file.write(text);
    file.commit();
}

std::optional<torch::ScalarType> torchType(DType dtype)
{
    switch (dtype) {
    case DType::F32: return torch::kFloat32;
    case DType::F16: return torch::kFloat16;
    case DType::BF16: return torch::kBFloat16;
    default: return std::nullopt;
    }
}

} // namespace

void saveLoraAdapter(const LlamaForCausalLM& model, const fs::path& folderPath)
{
    if (!model->hasLora())
        throw Error("saving a LoRA adapter to " + folderPath.string() + ": the model has no LoRA adapters");
    const fs::path folder = folderPath.filename().empty() ? folderPath.parent_path() : folderPath;
    if (folder.filename().empty() || folder.filename() == "." || folder.filename() == "..")
        throw Error("saving a LoRA adapter: \"" + folderPath.string() + "\" does not name a folder");

    // F32 on the CPU, in peftTensors order (PEFT reads by name; the order only keeps files comparable).
    std::vector<torch::Tensor> stored;
    std::vector<TensorToWrite> toWrite;
    for (const auto& [name, tensor] : model->peftTensors()) {
        torch::Tensor cpu = tensor.detach().to(torch::kCPU, torch::kFloat32).contiguous();
        toWrite.push_back({name, DType::F32, std::vector<int64_t>(cpu.sizes().begin(), cpu.sizes().end()),
                           {static_cast<const std::byte*>(cpu.data_ptr()), static_cast<size_t>(cpu.nbytes())}});
        stored.push_back(std::move(cpu));
    }

    writeFolderAtomically(folder, [&](const fs::path& staging) {
        // PEFT's safe_load_file and transformers want the "format" metadata.
        writeSafetensors(staging / "adapter_model.safetensors", toWrite, {{"format", "pt"}});
        writeText(staging / "adapter_config.json", model->loraConfig().toPeftJson().dump(2) + "\n");
    });
}

void loadLoraAdapter(LlamaForCausalLM& model, const fs::path& folder)
{
    const LoraConfig config = readAdapterConfig(folder);
    const fs::path weights = folder / "adapter_model.safetensors";
    std::error_code ec;
    if (!fs::exists(weights, ec)) {
        if (fs::exists(folder / "adapter_model.bin", ec))
            throw Error(weights.string() + ": missing; the folder has adapter_model.bin (a pickled PyTorch file), "
                                           "which is not read: save the adapter with safe_serialization=True");
        throw Error(weights.string() + ": missing (a PEFT adapter folder has adapter_model.safetensors)");
    }
    const auto file = SafetensorsFile::open(weights);
    std::map<std::string, torch::Tensor> tensors;
    for (const TensorInfo& info : file->header().tensors) {
        const std::optional<torch::ScalarType> type = torchType(info.dtype);
        if (!type)
            throw Error(weights.string() + ": tensor \"" + info.name + "\" is " + dtypeName(info.dtype) +
                        "; adapter weights are read as F32, F16 or BF16");
        const std::span<const std::byte> bytes = file->data(info);
        torch::Tensor tensor = torch::empty(info.shape, torch::TensorOptions().dtype(*type));
        if (!bytes.empty())
            std::memcpy(tensor.data_ptr(), bytes.data(), bytes.size());
        tensors.emplace(info.name, std::move(tensor));
    }
    if (model->hasLora())
        throw Error("loading the LoRA adapter " + folder.string() + ": the model already has LoRA adapters");
    model->enableLora(config);
    try {
        model->loadPeftTensors(tensors);
    } catch (const Error& error) {
        // loadPeftTensors checks everything before it copies, so every B is still zero: merging adds
        // exactly nothing and leaves the model as it was before enableLora.
        model->mergeLora();
        throw Error(weights.string() + ": " + error.what());
    }
}

LlamaForCausalLM loadHfModelWithAdapter(const fs::path& baseFolder, const fs::path& adapterFolder,
                                        const torch::Device& device)
{
    LlamaForCausalLM model = loadHfModel(baseFolder, device);
    loadLoraAdapter(model, adapterFolder);
    model->eval();
    return model;
}

} // namespace adaptlab::model
