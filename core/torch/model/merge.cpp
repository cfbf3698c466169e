// The LibTorch side of model/merge.h: LoRA fold, instruction residual and linear interpolation,
// tensor by tensor in float32, written as a Hugging Face folder by saveHfModel (atomic).
//
// Memory: the inputs' weight files are mapped read-only and each tensor is read out of the mapping
// when its turn comes, so three 1B models are never held in memory at once. The peak is the merged
// model's own float32 parameters (4 bytes a parameter) plus the float32 temporaries of the largest
// tensor (about three copies of the embedding matrix), plus, for a bf16 output, the 2-byte copy
// saveHfModel converts the weights into. The mapped inputs are page cache the kernel drops under
// pressure, not memory this process holds.
//
// The LoRA fold here is plain tensor arithmetic on the adapter file (W + (alpha / r) B A by PEFT
// names), independent of the model's LoRA modules: tst_merge checks it against the unmerged
// adapter's logits, so the two implementations check each other.
#include "model/merge.h"

#include "common/error.h"
#include "model/llama_config.h"
#include "model/lora_config.h"
#include "model/safetensors.h"
#include "torch/model/hf_checkpoint.h"
#include "torch/model/llama.h"

#include <torch/torch.h>

#include <cstdint>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <type_traits>

namespace adaptlab::model {

namespace fs = std::filesystem;

namespace {

std::optional<torch::ScalarType> torchType(DType dtype)
{
    switch (dtype) {
    case DType::F32: return torch::kFloat32;
    case DType::F16: return torch::kFloat16;
    case DType::BF16: return torch::kBFloat16;
    default: return std::nullopt;
    }
}

// The weight files of one folder (or one adapter file), mapped, each tensor read as float32 on demand.
class MappedWeights {
public:
    explicit MappedWeights(const std::map<std::string, fs::path>& names)
    {
        for (const auto& [name, path] : names) {
            auto& file = files_[path];
            if (!file)
                file = SafetensorsFile::open(path);
            const TensorInfo* info = file->header().find(name);
            if (info == nullptr)
                throw SafetensorsError(path.string() + ": tensor \"" + name + "\" is no longer in the file");
            where_.emplace(name, std::make_pair(file.get(), info));
        }
    }
    static MappedWeights folder(const fs::path& folder) { return MappedWeights(checkpointWeightFiles(folder)); }
    static MappedWeights file(const fs::path& path)
    {
        const auto opened = SafetensorsFile::open(path);
        std::map<std::string, fs::path> names;
        for (const TensorInfo& info : opened->header().tensors)
            names.emplace(info.name, path);
        return MappedWeights(names);
    }

    DType dtype(const std::string& name) const { return locate(name).second->dtype; }

    // A float32 copy (never a view of the read-only mapping: the arithmetic works in place on it).
    torch::Tensor f32(const std::string& name) const
    {
        const auto [file, info] = locate(name);
        const std::optional<torch::ScalarType> type = torchType(info->dtype);
        if (!type) // checkMergeInputs refused it; a file replaced meanwhile
            throw SafetensorsError(file->path().string() + ": tensor \"" + name + "\" is " + dtypeName(info->dtype) +
                                   "; weights are merged from F32, F16 or BF16");
        const std::span<const std::byte> bytes = file->data(*info);
        const auto options = torch::TensorOptions().dtype(*type);
        auto* address = const_cast<std::byte*>(bytes.data());
        if (reinterpret_cast<uintptr_t>(address) % dtypeSize(info->dtype) == 0)
            return torch::from_blob(address, info->shape, options).to(torch::kFloat32, /*non_blocking=*/false, /*copy=*/true);
        torch::Tensor tensor = torch::empty(info->shape, options);
        if (!bytes.empty())
            std::memcpy(tensor.data_ptr(), bytes.data(), bytes.size());
        return tensor.to(torch::kFloat32, false, true);
    }

private:
    std::pair<const SafetensorsFile*, const TensorInfo*> locate(const std::string& name) const
    {
        const auto it = where_.find(name);
        if (it == where_.end())
            throw SafetensorsError("tensor \"" + name + "\" is not in the weight files"); // checked before: a file replaced
        return it->second;
    }

    std::map<fs::path, std::unique_ptr<SafetensorsFile>> files_;
    std::map<std::string, std::pair<const SafetensorsFile*, const TensorInfo*>> where_;
};

// The output dtype: the request's, else the first input's (F16, which saveHfModel does not write,
// becomes f32: no precision is lost).
std::string outputDType(const MergeRequest& request, const MappedWeights& first, const LlamaConfig& config,
                        std::vector<std::string>& notes)
{
    if (!request.dtype.empty())
        return request.dtype;
    const DType stored = first.dtype(config.tensorShapes().front().first);
    if (stored == DType::BF16)
        return "bf16";
    if (stored == DType::F16)
        notes.push_back("the weights are stored as F16; the merged folder is written as f32 (f32 or bf16 are written)");
    return "f32";
}

// HF weight name -> (A, B) PEFT names of the adapted projections.
std::map<std::string, std::pair<std::string, std::string>> adaptedWeights(const LlamaConfig& config, const LoraConfig& lora)
{
    std::map<std::string, std::pair<std::string, std::string>> out;
    for (int64_t layer = 0; layer < config.numHiddenLayers; ++layer) {
        for (const std::string& target : lora.targets) {
            const std::string module = loraModuleName(target);
            const bool attention = module == "q_proj" || module == "k_proj" || module == "v_proj" || module == "o_proj";
            const std::string name = "model.layers." + std::to_string(layer) + (attention ? ".self_attn." : ".mlp.") + module + ".weight";
            out[name] = {peftTensorName(layer, target, 'A'), peftTensorName(layer, target, 'B')};
        }
    }
    return out;
}

bool hasTokenizerFiles(const fs::path& folder)
{
    std::error_code ec;
    for (const char* name : {"tokenizer.json", "tokenizer.model", "tokenizer_config.json", "special_tokens_map.json"})
        if (fs::exists(folder / name, ec))
            return true;
    return false;
}

} // namespace

} // namespace adaptlab::model

extern "C" __attribute__((visibility("default"))) adaptlab::model::MergeReport
adaptlab_torch_merge(const adaptlab::model::MergeRequest& request, const std::function<void(int64_t, int64_t)>& progress)
{
    using namespace adaptlab;
    using namespace adaptlab::model;
    const torch::NoGradGuard noGrad;

    if (request.out.empty())
        throw MergeRefused("merge: the output folder is not given");
    MergeReport report;
    report.notes = checkMergeInputsWithNotes(request);
    report.out = request.out;

    // The first input gives config.json, the tokenizer files and (by default) the dtype.
    const fs::path primary = request.kind == MergeKind::InstructionResidual ? request.cpt
                             : request.kind == MergeKind::Linear            ? request.a
                                                                            : request.base;
    const LlamaConfig config = LlamaConfig::load(primary / "config.json");
    const MappedWeights first = MappedWeights::folder(primary);
    std::optional<MappedWeights> second, third, adapter;
    std::map<std::string, std::pair<std::string, std::string>> adapted;
    double scale = 0.0;
    switch (request.kind) {
    case MergeKind::LoraFold: {
        const LoraConfig lora = readAdapterConfig(request.lora);
        scale = lora.scale();
        adapted = adaptedWeights(config, lora);
        adapter.emplace(MappedWeights::file(request.lora / "adapter_model.safetensors"));
        break;
    }
    case MergeKind::InstructionResidual:
        second.emplace(MappedWeights::folder(request.instruct));
        third.emplace(MappedWeights::folder(request.base));
        break;
    case MergeKind::Linear:
        second.emplace(MappedWeights::folder(request.b));
        break;
    }
    const std::string dtype = outputDType(request, first, config, report.notes);

    // The merged values go straight into the parameters of a model of the first input's config
    // (hfTensors() are views of them), one tensor at a time.
    LlamaForCausalLM model(config);
    const auto targets = model->hfTensors();
    const int64_t total = static_cast<int64_t>(targets.size());
    for (const auto& [name, parameter] : targets) {
        torch::Tensor merged = first.f32(name);
        bool changed = true;
        switch (request.kind) {
        case MergeKind::LoraFold: {
            const auto it = adapted.find(name);
            changed = it != adapted.end();
            if (changed)
                merged.add_(torch::mm(adapter->f32(it->second.second), adapter->f32(it->second.first)), scale); // W + s B A
            break;
        }
        case MergeKind::InstructionResidual:
            merged.add_(second->f32(name).sub_(third->f32(name)), request.lambda); // CPT + lambda (instruct - base)
            break;
        case MergeKind::Linear:
            merged.mul_(1.0 - request.t).add_(second->f32(name), request.t); // (1 - t) A + t B
            break;
        }
        parameter.copy_(merged);
        ++report.tensors;
        report.mergedTensors += changed ? 1 : 0;
        if (progress)
            progress(report.tensors, total);
    }
    if (config.tieWordEmbeddings)
        report.notes.push_back(std::string("lm_head.weight is tied to model.embed_tokens.weight in ") +
                               (request.kind == MergeKind::InstructionResidual ? "all three models" : "the models") +
                               ": merged once, as the embedding");

    SaveOptions options;
    options.dtype = storageDTypeFromString(dtype);
    if (hasTokenizerFiles(primary))
        options.tokenizerSource = primary;
    else
        report.notes.push_back(primary.string() + " has no tokenizer files: the merged folder has none");
    saveHfModel(model, request.out, options);
    return report;
}

// runMerge calls it through this type: a change on either side must not compile.
static_assert(std::is_same_v<decltype(&adaptlab_torch_merge), adaptlab::model::MergeFn>);
