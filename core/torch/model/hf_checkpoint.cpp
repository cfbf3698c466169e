// Hugging Face model folders in and out (hf_checkpoint.h). Reading goes through the validated
// safetensors reader (model/safetensors.h): every tensor is copied once, straight out of the mapped
// file, into a tensor of its stored dtype. Writing builds the whole folder in a hidden sibling and
// renames it into place, so a folder under the final name is always complete.
#include "torch/model/hf_checkpoint.h"

#include "common/atomic_file.h"
#include "common/error.h"
#include "common/temp_file.h"

#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <stdio.h> // renameat2
#include <unistd.h>

#include <bit>
#include <cerrno>
#include <cstring>
#include <set>

namespace adaptlab::model {

namespace fs = std::filesystem;

static_assert(std::endian::native == std::endian::little, "safetensors data is little-endian, read as is");

namespace {

std::string shapeText(at::IntArrayRef shape)
{
    std::string text = "[";
    for (size_t i = 0; i < shape.size(); ++i)
        text += (i ? ", " : "") + std::to_string(shape[i]);
    return text + "]";
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

// One tensor out of a mapped file: a view of the mapping when its address suits the dtype's
// alignment (the usual case: writers pad the header to 8 bytes), cloned so the tensor outlives the
// mapping; otherwise copied bytewise into a fresh tensor.
torch::Tensor tensorFrom(const SafetensorsFile& file, const TensorInfo& info, torch::ScalarType type)
{
    const std::span<const std::byte> bytes = file.data(info);
    const auto options = torch::TensorOptions().dtype(type).device(torch::kCPU);
    auto* address = const_cast<std::byte*>(bytes.data());
    if (reinterpret_cast<uintptr_t>(address) % dtypeSize(info.dtype) == 0)
        return torch::from_blob(address, info.shape, options).clone();
    torch::Tensor tensor = torch::empty(info.shape, options);
    if (!bytes.empty())
        std::memcpy(tensor.data_ptr(), bytes.data(), bytes.size());
    return tensor;
}

void writeText(const fs::path& path, const std::string& text)
{
    AtomicFile file(path);
    file.write(text);
    file.commit();
}

void copyFile(const fs::path& source, const fs::path& target)
{
    const int fd = ::open(source.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throwCheckedError("reading the tokenizer file", source.string(), std::strerror(errno));
    AtomicFile out(target);
    char buffer[1 << 16];
    for (;;) {
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            const int error = errno;
            ::close(fd);
            throwCheckedError("reading the tokenizer file", source.string(), std::strerror(error));
        }
        if (got == 0)
            break;
        out.write(buffer, static_cast<size_t>(got));
    }
    ::close(fd);
    out.commit();
}

const char* const kTokenizerFiles[] = {"tokenizer.json", "tokenizer.model", "tokenizer_config.json",
                                       "special_tokens_map.json"};

// The tokenizer files of `source` (a folder, or one file) and the names they get in the model folder.
std::vector<std::pair<fs::path, std::string>> tokenizerFiles(const fs::path& source)
{
    std::vector<std::pair<fs::path, std::string>> files;
    std::error_code ec;
    if (fs::is_directory(source, ec)) {
        for (const char* name : kTokenizerFiles)
            if (fs::exists(source / name, ec))
                files.emplace_back(source / name, name);
        if (files.empty())
            throw Error("tokenizer source " + source.string() +
                        ": no tokenizer.json, tokenizer.model, tokenizer_config.json or special_tokens_map.json in it");
        return files;
    }
    if (!fs::exists(source, ec))
        throw Error("tokenizer source " + source.string() + ": no such file or folder");
    // A single file: a SentencePiece model (*.model) or a tokenizer.json under any name.
    const std::string name = source.filename().string();
    for (const char* known : kTokenizerFiles)
        if (name == known)
            return {{source, name}};
    if (source.extension() == ".model")
        return {{source, "tokenizer.model"}};
    if (source.extension() == ".json")
        return {{source, "tokenizer.json"}};
    throw Error("tokenizer source " + source.string() + ": not a tokenizer file (*.model or tokenizer.json)");
}

nlohmann::json generationConfig(const LlamaConfig& config)
{
    nlohmann::json json = {{"_from_model_config", true}};
    if (config.bosTokenId >= 0)
        json["bos_token_id"] = config.bosTokenId;
    if (config.eosTokenIds.size() == 1)
        json["eos_token_id"] = config.eosTokenIds.front();
    else if (!config.eosTokenIds.empty())
        json["eos_token_id"] = config.eosTokenIds;
    if (config.padTokenId >= 0)
        json["pad_token_id"] = config.padTokenId;
    return json;
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

// Removes the hidden temporary folders that a killed save left beside `folder`.
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

struct PlannedTensor {
    std::string name;
    torch::Tensor tensor; // the parameter (or its HF view), any device and dtype
    uint64_t bytes = 0;   // in the stored dtype
};

} // namespace

std::map<std::string, torch::Tensor> readCheckpointTensors(const fs::path& folder, const LlamaConfig* config)
{
    const std::map<std::string, fs::path> files = checkpointWeightFiles(folder);
    std::map<fs::path, std::vector<std::string>> byFile;
    for (const auto& [name, path] : files)
        byFile[path].push_back(name);

    std::map<std::string, torch::Tensor> tensors;
    std::map<std::string, fs::path> sourceOf;
    for (const auto& [path, names] : byFile) {
        const auto file = SafetensorsFile::open(path);
        for (const std::string& name : names) {
            const TensorInfo* info = file->header().find(name);
            if (info == nullptr) // checkpointWeightFiles checked this; a file replaced meanwhile
                throw SafetensorsError(path.string() + ": tensor \"" + name + "\" is no longer in the file");
            const std::optional<torch::ScalarType> type = torchType(info->dtype);
            if (!type)
                throw SafetensorsError(path.string() + ": tensor \"" + name + "\" is " + dtypeName(info->dtype) +
                                       "; model weights are read as F32, F16 or BF16");
            tensors.emplace(name, tensorFrom(*file, *info, *type));
            sourceOf.emplace(name, path);
        }
    }

    if (config != nullptr) {
        for (const auto& [name, shape] : config->tensorShapes()) {
            const auto found = tensors.find(name);
            if (found == tensors.end())
                throw SafetensorsError(folder.string() + ": tensor \"" + name + "\" is missing (config.json expects shape " +
                                       shapeText(shape) + ")");
            if (found->second.sizes() != at::IntArrayRef(shape))
                throw SafetensorsError(sourceOf.at(name).string() + ": tensor \"" + name + "\" has shape " +
                                       shapeText(found->second.sizes()) + ", config.json expects " + shapeText(shape));
        }
    }
    return tensors;
}

LlamaForCausalLM loadHfModel(const fs::path& folder, const torch::Device& device)
{
    std::error_code ec;
    if (!fs::is_directory(folder, ec))
        throw Error(folder.string() + ": not a folder (a Hugging Face model folder has config.json and model.safetensors)");
    const fs::path configPath = folder / "config.json";
    if (!fs::exists(configPath, ec))
        throw Error(folder.string() + ": no config.json (not a Hugging Face model folder)");
    const LlamaConfig config = LlamaConfig::load(configPath);
    // Tensors beyond the config's (old checkpoints' rotary_emb.inv_freq, a tied lm_head) are the
    // model's to accept or refuse.
    std::map<std::string, torch::Tensor> tensors = readCheckpointTensors(folder, &config);

    LlamaForCausalLM model(config);
    try {
        model->loadHfTensors(tensors);
    } catch (const Error& error) {
        throw Error(folder.string() + ": " + error.what());
    }
    tensors.clear(); // the stored copies go before the model is moved to the device
    model->to(device, torch::kFloat32);
    return model;
}

StorageDType storageDTypeFromString(const std::string& text)
{
    if (text == "f32")
        return StorageDType::F32;
    if (text == "bf16")
        return StorageDType::BF16;
    throw Error("storage dtype \"" + text + "\": expected f32 or bf16");
}

void saveHfModel(const LlamaForCausalLM& model, const fs::path& folderPath, const SaveOptions& options)
{
    // "out/final/" names the folder "out/final": the temporary sibling needs its name.
    const fs::path folder = folderPath.filename().empty() ? folderPath.parent_path() : folderPath;
    if (folder.filename().empty() || folder.filename() == "." || folder.filename() == "..")
        throw Error("saving a model: \"" + folderPath.string() + "\" does not name a folder");
    const bool bf16 = options.dtype == StorageDType::BF16;
    const torch::ScalarType storedType = bf16 ? torch::kBFloat16 : torch::kFloat32;
    const DType storedDType = bf16 ? DType::BF16 : DType::F32;
    // Before anything is written: a missing tokenizer source is the caller's mistake, not a half save.
    const std::vector<std::pair<fs::path, std::string>> tokenizer =
        options.tokenizerSource.empty() ? std::vector<std::pair<fs::path, std::string>>{} : tokenizerFiles(options.tokenizerSource);

    // Shards as transformers cuts them: tensors in order, a new file when the next one would not fit.
    std::vector<std::vector<PlannedTensor>> shards(1);
    uint64_t shardBytes = 0, totalBytes = 0;
    for (auto& [name, tensor] : model->hfTensors()) {
        const uint64_t bytes = static_cast<uint64_t>(tensor.numel()) * dtypeSize(storedDType);
        if (options.maxShardBytes > 0 && !shards.back().empty() && shardBytes + bytes > options.maxShardBytes) {
            shards.emplace_back();
            shardBytes = 0;
        }
        shards.back().push_back({name, tensor, bytes});
        shardBytes += bytes;
        totalBytes += bytes;
    }

    // Written in a hidden sibling and swapped into place only when complete.
    writeFolderAtomically(folder, [&](const fs::path& staging) {
        const std::map<std::string, std::string> metadata = {{"format", "pt"}}; // transformers refuses files without it
        nlohmann::json weightMap = nlohmann::json::object();
        for (size_t k = 0; k < shards.size(); ++k) {
            char name[64];
            std::snprintf(name, sizeof name, "model-%05zu-of-%05zu.safetensors", k + 1, shards.size());
            const std::string fileName = shards.size() == 1 ? "model.safetensors" : name;
            // Converted one shard at a time, so a large model never has two full copies in memory.
            std::vector<torch::Tensor> stored;
            std::vector<TensorToWrite> toWrite;
            for (const PlannedTensor& planned : shards[k]) {
                torch::Tensor tensor = planned.tensor.detach().to(torch::kCPU, storedType).contiguous();
                stored.push_back(tensor);
                toWrite.push_back({planned.name, storedDType, std::vector<int64_t>(tensor.sizes().begin(), tensor.sizes().end()),
                                   {static_cast<const std::byte*>(tensor.data_ptr()), planned.bytes}});
                weightMap[planned.name] = fileName;
            }
            writeSafetensors(staging / fileName, toWrite, metadata);
        }
        if (shards.size() > 1)
            writeText(staging / "model.safetensors.index.json",
                      nlohmann::json{{"metadata", {{"total_size", totalBytes}}}, {"weight_map", weightMap}}.dump(2) + "\n");

        LlamaConfig config = model->config();
        config.torchDtype = bf16 ? "bfloat16" : "float32";
        writeText(staging / "config.json", config.toJson().dump(2) + "\n");
        writeText(staging / "generation_config.json", generationConfig(config).dump(2) + "\n");
        for (const auto& [source, name] : tokenizer)
            copyFile(source, staging / name);
    });
}

void writeFolderAtomically(const fs::path& folderPath, const std::function<void(const fs::path& staging)>& fill)
{
    // "out/final/" names the folder "out/final": the temporary sibling needs its name.
    const fs::path folder = folderPath.filename().empty() ? folderPath.parent_path() : folderPath;
    if (folder.filename().empty() || folder.filename() == "." || folder.filename() == "..")
        throw Error("writing \"" + folderPath.string() + "\": it does not name a folder");
    const fs::path parent = folder.parent_path().empty() ? fs::path(".") : folder.parent_path();
    fs::create_directories(parent);
    removeStaleSaves(folder);
    const fs::path staging = temporarySibling(folder);
    fs::create_directory(staging);
    FolderGuard guard(staging);
    fill(staging);
    syncFolder(staging);

    // Into place: swapped atomically with an existing folder (which then sits at the staging name
    // and is removed), or renamed when there is none.
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
    syncFolder(parent);
}

} // namespace adaptlab::model
