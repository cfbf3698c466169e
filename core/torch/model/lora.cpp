// Adapter folders in the PEFT layout (lora.h). Writing builds the folder in a hidden sibling and
// renames it into place, as saveHfModel does, so a folder under the final name is always complete;
// reading goes through the validated safetensors reader.
#include "torch/model/lora.h"

#include "common/atomic_file.h"
#include "common/error.h"
#include "common/temp_file.h"
#include "model/safetensors.h"
#include "torch/model/hf_checkpoint.h"

#include <fcntl.h>
#include <stdio.h> // renameat2
#include <unistd.h>

#include <cerrno>
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

void syncFolder(const fs::path& folder)
{
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        throwCheckedError("opening the folder to sync it", folder.string(), std::strerror(errno));
    const int result = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (result != 0)
        throwCheckedError("syncing the folder", folder.string(), std::strerror(error));
}

// Removes a folder (and what is in it) on every way out unless released.
class FolderGuard {
public:
    explicit FolderGuard(fs::path path) : path_(std::move(path)) {}
    ~FolderGuard()
    {
        std::error_code ec;
        if (!path_.empty())
            fs::remove_all(path_, ec);
    }
    FolderGuard(const FolderGuard&) = delete;
    FolderGuard& operator=(const FolderGuard&) = delete;
    void release() { path_.clear(); }

private:
    fs::path path_;
};

// Removes the hidden temporary folders that a killed save left beside FOLDER.
void removeStaleSaves(const fs::path& folder)
{
    const std::string prefix = "." + folder.filename().string() + ".adaptlab-tmp-";
    std::error_code ec;
    fs::directory_iterator it(folder.parent_path().empty() ? fs::path(".") : folder.parent_path(), ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
        const std::string name = it->path().filename().string();
        std::error_code ignored;
        if (name.rfind(prefix, 0) == 0 && isStaleTemporary(name) && it->is_directory(ignored))
            fs::remove_all(it->path(), ignored);
    }
}

// STAGING (complete) into place as FOLDER: swapped atomically with an existing folder (which then
// sits at the staging name and is removed), or renamed when there is none.
void moveIntoPlace(const fs::path& staging, const fs::path& folder, FolderGuard& guard)
{
    std::error_code ec;
    if (fs::exists(folder, ec)) {
        if (::renameat2(AT_FDCWD, staging.c_str(), AT_FDCWD, folder.c_str(), RENAME_EXCHANGE) != 0) {
            // A file system without the exchange: move the old folder aside first.
            const fs::path old = temporarySibling(folder);
            fs::rename(folder, old);
            FolderGuard oldGuard(old);
            try {
                fs::rename(staging, folder);
            } catch (...) {
                std::error_code restore;
                fs::rename(old, folder, restore);
                if (!restore)
                    oldGuard.release();
                throw;
            }
        }
    } else {
        fs::rename(staging, folder);
        guard.release();
    }
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

    const fs::path parent = folder.parent_path().empty() ? fs::path(".") : folder.parent_path();
    fs::create_directories(parent);
    removeStaleSaves(folder);
    const fs::path staging = temporarySibling(folder);
    fs::create_directory(staging);
    FolderGuard guard(staging);
    // PEFT's safe_load_file and transformers want the "format" metadata.
    writeSafetensors(staging / "adapter_model.safetensors", toWrite, {{"format", "pt"}});
    writeText(staging / "adapter_config.json", model->loraConfig().toPeftJson().dump(2) + "\n");
    syncFolder(staging);
    moveIntoPlace(staging, folder, guard);
    syncFolder(parent);
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
