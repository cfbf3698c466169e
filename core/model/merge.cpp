// Model merging, the torch-free half (merge.h): what a merge may be asked, checked from config.json,
// the safetensors headers (mapped and validated, no weight read) and the tokenizers' vocabularies
// before the LibTorch module reads a single weight. A refusal names both folders and the first
// difference, so the user knows which model to change.
#include "model/merge.h"

#include "model/llama_config.h"
#include "model/lora_config.h"
#include "model/safetensors.h"
#include "runtime/runtime.h"
#include "tokenize/tokenizer.h"

#include <cmath>
#include <map>
#include <memory>
#include <set>

namespace adaptlab::model {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// A model folder with the role it plays in the merge ("CPT model /x/cpt").
struct Input {
    std::string role;
    fs::path folder;
    std::string label() const { return role + " " + folder.string(); }
};

std::string shapeText(const std::vector<int64_t>& shape)
{
    std::string text = "[";
    for (size_t i = 0; i < shape.size(); ++i)
        text += (i ? ", " : "") + std::to_string(shape[i]);
    return text + "]";
}

std::string quoted(const std::string& text) { return "\"" + text + "\""; }

void requireFolder(const Input& input)
{
    if (input.folder.empty())
        throw MergeRefused("merge: the " + input.role + " folder is not given");
    std::error_code ec;
    if (!fs::is_directory(input.folder, ec))
        throw MergeRefused("merge: " + input.label() + ": no such folder");
}

LlamaConfig loadConfig(const Input& input)
{
    requireFolder(input);
    std::error_code ec;
    if (!fs::is_regular_file(input.folder / "config.json", ec))
        throw MergeRefused("merge: " + input.label() + ": no config.json (not a Hugging Face model folder)");
    try {
        return LlamaConfig::load(input.folder / "config.json");
    } catch (const Error& error) {
        throw MergeRefused("merge: " + input.label() + ": " + error.what());
    }
}

// The architecture fields that decide whether tensors correspond one to one (merge.h's list).
std::vector<std::pair<std::string, std::string>> architectureFields(const LlamaConfig& c)
{
    const auto flag = [](bool value) { return std::string(value ? "true" : "false"); };
    return {{"hidden_size", std::to_string(c.hiddenSize)},
            {"num_hidden_layers", std::to_string(c.numHiddenLayers)},
            {"num_attention_heads", std::to_string(c.numAttentionHeads)},
            {"num_key_value_heads", std::to_string(c.numKeyValueHeads)},
            {"intermediate_size", std::to_string(c.intermediateSize)},
            {"vocab_size", std::to_string(c.vocabSize)},
            {"tie_word_embeddings", flag(c.tieWordEmbeddings)},
            {"head_dim", std::to_string(c.headDimension())},
            {"attention_bias", flag(c.attentionBias)},
            {"mlp_bias", flag(c.mlpBias)}};
}

// Fields that change what the merged model computes without changing a tensor: the first model's
// values are written, and the user is told.
std::vector<std::pair<std::string, std::string>> behaviourFields(const LlamaConfig& c)
{
    std::vector<std::pair<std::string, std::string>> fields = {
        {"rope_theta", json(c.ropeTheta).dump()},
        {"rms_norm_eps", json(c.rmsNormEps).dump()},
        {"max_position_embeddings", std::to_string(c.maxPositionEmbeddings)},
        {"rope_scaling", c.ropeScaling ? c.ropeScaling->ropeType + " x" + json(c.ropeScaling->factor).dump() : "none"}};
    return fields;
}

void compareConfigs(const Input& first, const LlamaConfig& a, const Input& second, const LlamaConfig& b,
                    std::vector<std::string>& notes)
{
    const auto fieldsA = architectureFields(a), fieldsB = architectureFields(b);
    for (size_t i = 0; i < fieldsA.size(); ++i)
        if (fieldsA[i].second != fieldsB[i].second)
            throw MergeRefused("merge refused: config.json " + fieldsA[i].first + " differs: " + fieldsA[i].second + " in " +
                               first.label() + ", " + fieldsB[i].second + " in " + second.label());
    const auto behaviourA = behaviourFields(a), behaviourB = behaviourFields(b);
    for (size_t i = 0; i < behaviourA.size(); ++i)
        if (behaviourA[i].second != behaviourB[i].second)
            notes.push_back("config.json " + behaviourA[i].first + " differs (" + behaviourA[i].second + " in " +
                            first.label() + ", " + behaviourB[i].second + " in " + second.label() + "); the merged model has " +
                            behaviourA[i].second);
}

// Name -> (dtype, shape) of every tensor in a folder's weight files, from the headers alone.
struct TensorMeta {
    DType dtype = DType::F32;
    std::vector<int64_t> shape;
    fs::path file;
};

std::map<std::string, TensorMeta> tensorMetas(const Input& input)
{
    std::map<std::string, TensorMeta> metas;
    try {
        const std::map<std::string, fs::path> files = checkpointWeightFiles(input.folder);
        std::map<fs::path, std::vector<std::string>> byFile;
        for (const auto& [name, path] : files)
            byFile[path].push_back(name);
        for (const auto& [path, names] : byFile) {
            const auto file = SafetensorsFile::open(path);
            for (const std::string& name : names) {
                const TensorInfo* info = file->header().find(name);
                if (info == nullptr)
                    throw SafetensorsError(path.string() + ": tensor " + quoted(name) + " is not in the file");
                metas[name] = {info->dtype, info->shape, path};
            }
        }
    } catch (const Error& error) {
        throw MergeRefused("merge: " + input.label() + ": " + error.what());
    }
    return metas;
}

bool isWeightDType(DType dtype) { return dtype == DType::F32 || dtype == DType::F16 || dtype == DType::BF16; }

// The config's tensors, present with their shapes and a float dtype, in one folder.
void checkAgainstConfig(const Input& input, const LlamaConfig& config, const std::map<std::string, TensorMeta>& metas)
{
    for (const auto& [name, shape] : config.tensorShapes()) {
        const auto it = metas.find(name);
        if (it == metas.end())
            throw MergeRefused("merge refused: tensor " + quoted(name) + " is missing in " + input.label() +
                               " (config.json expects shape " + shapeText(shape) + ")");
        if (it->second.shape != shape)
            throw MergeRefused("merge refused: tensor " + quoted(name) + " has shape " + shapeText(it->second.shape) + " in " +
                               input.label() + ", config.json expects " + shapeText(shape));
        if (!isWeightDType(it->second.dtype))
            throw MergeRefused("merge refused: tensor " + quoted(name) + " is " + dtypeName(it->second.dtype) + " in " +
                               input.label() + "; weights are merged from F32, F16 or BF16");
    }
}

// The two folders hold the same tensors (by name) with the same shapes.
void compareTensors(const Input& first, const std::map<std::string, TensorMeta>& a, const Input& second,
                    const std::map<std::string, TensorMeta>& b)
{
    for (const auto& [name, meta] : a) {
        const auto it = b.find(name);
        if (it == b.end())
            throw MergeRefused("merge refused: tensor " + quoted(name) + " is in " + first.label() + " but not in " +
                               second.label());
        if (it->second.shape != meta.shape)
            throw MergeRefused("merge refused: tensor " + quoted(name) + " has shape " + shapeText(meta.shape) + " in " +
                               first.label() + " and " + shapeText(it->second.shape) + " in " + second.label());
    }
    for (const auto& [name, meta] : b)
        if (!a.contains(name))
            throw MergeRefused("merge refused: tensor " + quoted(name) + " is in " + second.label() + " but not in " +
                               first.label());
}

std::unique_ptr<tokenize::Tokenizer> openTokenizer(const Input& input)
{
    if (!tokenize::tokenizerFileInFolder(input.folder))
        return nullptr;
    try {
        return tokenize::Tokenizer::open(input.folder);
    } catch (const Error& error) {
        throw MergeRefused("merge: " + input.label() + ": its tokenizer does not open: " + error.what());
    }
}

// Piece by piece: two files that differ in formatting but give the same ids are the same
// vocabulary; one piece moved to another id is not (the embedding rows would mean other tokens).
void compareVocabularies(const Input& first, const tokenize::Tokenizer& a, const Input& second, const tokenize::Tokenizer& b)
{
    if (a.vocabSize() != b.vocabSize())
        throw MergeRefused("merge refused: the tokenizers' vocabularies differ: " + std::to_string(a.vocabSize()) +
                           " pieces in " + first.label() + ", " + std::to_string(b.vocabSize()) + " in " + second.label());
    for (int32_t id = 0; id < a.vocabSize(); ++id) {
        const std::string pieceA = a.idToPiece(id), pieceB = b.idToPiece(id);
        if (pieceA != pieceB)
            throw MergeRefused("merge refused: the tokenizers' vocabularies differ at id " + std::to_string(id) + ": " +
                               quoted(pieceA) + " in " + first.label() + ", " + quoted(pieceB) + " in " + second.label());
    }
}

void compareTokenizers(const std::vector<Input>& inputs, std::vector<std::string>& notes)
{
    std::vector<std::unique_ptr<tokenize::Tokenizer>> tokenizers;
    for (const Input& input : inputs)
        tokenizers.push_back(openTokenizer(input));
    for (size_t i = 1; i < inputs.size(); ++i) {
        if (tokenizers[0] && tokenizers[i])
            compareVocabularies(inputs[0], *tokenizers[0], inputs[i], *tokenizers[i]);
        else if (tokenizers[0] || tokenizers[i])
            notes.push_back("the vocabularies were not compared: " + (tokenizers[0] ? inputs[i] : inputs[0]).label() +
                            " has no tokenizer");
    }
}

// What every merge of whole models checks: configs, tensors, vocabularies, against the first input.
void checkModels(const std::vector<Input>& inputs, std::vector<std::string>& notes)
{
    std::vector<LlamaConfig> configs;
    for (const Input& input : inputs)
        configs.push_back(loadConfig(input));
    for (size_t i = 1; i < inputs.size(); ++i)
        compareConfigs(inputs[0], configs[0], inputs[i], configs[i], notes);
    std::vector<std::map<std::string, TensorMeta>> metas;
    for (const Input& input : inputs)
        metas.push_back(tensorMetas(input));
    // Folder against folder first, so that a tensor missing in one names both; then each against
    // its config (a tensor missing in all of them).
    for (size_t i = 1; i < inputs.size(); ++i)
        compareTensors(inputs[0], metas[0], inputs[i], metas[i]);
    for (size_t i = 0; i < inputs.size(); ++i)
        checkAgainstConfig(inputs[i], configs[i], metas[i]);
    compareTokenizers(inputs, notes);
}

// The adapter fits the base: every PEFT tensor the config's targets need, with (r, in) / (out, r)
// shapes, and nothing else.
void checkAdapter(const Input& base, const fs::path& adapterFolder, std::vector<std::string>& notes)
{
    const Input adapter{"LoRA adapter", adapterFolder};
    requireFolder(adapter);
    if (!isAdapterFolder(adapterFolder))
        throw MergeRefused("merge: " + adapter.label() + ": no adapter_config.json (not a PEFT adapter folder)");
    const LlamaConfig config = loadConfig(base);
    LoraConfig lora;
    try {
        lora = readAdapterConfig(adapterFolder);
        lora.validate();
    } catch (const Error& error) {
        throw MergeRefused("merge: " + adapter.label() + ": " + error.what());
    }
    const std::map<std::string, TensorMeta> baseMetas = tensorMetas(base);
    checkAgainstConfig(base, config, baseMetas);

    const fs::path weights = adapterFolder / "adapter_model.safetensors";
    std::error_code ec;
    if (!fs::is_regular_file(weights, ec))
        throw MergeRefused("merge: " + adapter.label() + ": no adapter_model.safetensors");
    std::map<std::string, TensorInfo> adapterTensors;
    try {
        const auto file = SafetensorsFile::open(weights);
        for (const TensorInfo& info : file->header().tensors)
            adapterTensors.emplace(info.name, info);
    } catch (const Error& error) {
        throw MergeRefused("merge: " + adapter.label() + ": " + error.what());
    }

    std::set<std::string> expected;
    for (int64_t layer = 0; layer < config.numHiddenLayers; ++layer) {
        for (const std::string& target : lora.targets) {
            const std::string module = loraModuleName(target);
            const std::string group = module == "q_proj" || module == "k_proj" || module == "v_proj" || module == "o_proj"
                                          ? "self_attn"
                                          : "mlp";
            const std::string weightName = "model.layers." + std::to_string(layer) + "." + group + "." + module + ".weight";
            const std::vector<int64_t>& w = baseMetas.at(weightName).shape; // (out, in)
            for (const char part : {'A', 'B'}) {
                const std::string name = peftTensorName(layer, target, part);
                expected.insert(name);
                const auto it = adapterTensors.find(name);
                if (it == adapterTensors.end())
                    throw MergeRefused("merge refused: tensor " + quoted(name) + " is missing in " + adapter.label() +
                                       " (its adapter_config.json targets " + module + ")");
                const std::vector<int64_t> want = part == 'A' ? std::vector<int64_t>{lora.rank, w[1]}
                                                              : std::vector<int64_t>{w[0], lora.rank};
                if (it->second.shape != want)
                    throw MergeRefused("merge refused: tensor " + quoted(name) + " has shape " + shapeText(it->second.shape) +
                                       " in " + adapter.label() + "; rank " + std::to_string(lora.rank) + " on " + weightName +
                                       " " + shapeText(w) + " of " + base.label() + " needs " + shapeText(want));
                if (!isWeightDType(it->second.dtype))
                    throw MergeRefused("merge refused: tensor " + quoted(name) + " is " + dtypeName(it->second.dtype) + " in " +
                                       adapter.label() + "; adapters are read from F32, F16 or BF16");
            }
        }
    }
    for (const auto& [name, info] : adapterTensors)
        if (!expected.contains(name))
            throw MergeRefused("merge refused: tensor " + quoted(name) + " in " + adapter.label() +
                               " is not an adapter of " + base.label() + " for the targets its adapter_config.json names");
    if (!lora.baseModel.empty()) {
        std::error_code same;
        if (!fs::equivalent(lora.baseModel, base.folder, same))
            notes.push_back("the adapter was trained on " + lora.baseModel + " (adapter_config.json base_model_name_or_path); "
                            "it is folded into " + base.folder.string());
    }
}

// The output is a new folder, an empty one, or a model folder (replaced whole); never an input.
// Not given (a job's preflight, before its run folder exists): nothing to check yet.
void checkOut(const MergeRequest& request, const std::vector<fs::path>& inputs)
{
    if (request.out.empty())
        return;
    std::error_code ec;
    if (fs::exists(request.out, ec)) {
        if (!fs::is_directory(request.out, ec) || !(fs::is_empty(request.out, ec) || fs::exists(request.out / "config.json", ec)))
            throw MergeRefused("merge: the output " + request.out.string() + " exists and is not a model folder: choose another");
        for (const fs::path& input : inputs) {
            std::error_code same;
            if (fs::equivalent(input, request.out, same))
                throw MergeRefused("merge: the output " + request.out.string() + " is one of the inputs: choose another folder");
        }
    }
}

} // namespace

json MergeReport::toJson() const
{
    return {{"out", out.string()}, {"tensors", tensors}, {"merged_tensors", mergedTensors}, {"notes", notes}};
}

std::vector<std::string> checkMergeInputsWithNotes(const MergeRequest& request)
{
    if (!request.dtype.empty() && request.dtype != "f32" && request.dtype != "bf16")
        throw MergeRefused("merge: dtype must be f32 or bf16, not " + quoted(request.dtype));
    std::vector<std::string> notes;
    switch (request.kind) {
    case MergeKind::LoraFold:
        checkOut(request, {request.base, request.lora});
        checkAdapter({"base", request.base}, request.lora, notes);
        break;
    case MergeKind::InstructionResidual:
        if (!std::isfinite(request.lambda))
            throw MergeRefused("merge: lambda must be a finite number");
        checkOut(request, {request.cpt, request.instruct, request.base});
        checkModels({{"CPT model", request.cpt}, {"instruct model", request.instruct}, {"base", request.base}}, notes);
        break;
    case MergeKind::Linear:
        if (!std::isfinite(request.t) || request.t < 0.0 || request.t > 1.0)
            throw MergeRefused("merge: t must be a number from 0 to 1 (0 gives model A, 1 model B)");
        checkOut(request, {request.a, request.b});
        checkModels({{"model A", request.a}, {"model B", request.b}}, notes);
        break;
    }
    return notes;
}

void checkMergeInputs(const MergeRequest& request)
{
    checkMergeInputsWithNotes(request);
}

MergeReport runMerge(const MergeRequest& request, const std::function<void(int64_t, int64_t)>& progress)
{
    if (request.out.empty())
        throw MergeRefused("merge: the output folder is not given");
    checkMergeInputs(request);
    return runtime::torchFunction<MergeFn>("adaptlab_torch_merge")(request, progress);
}

} // namespace adaptlab::model
