// Hugging Face folders (core/torch/model/hf_checkpoint.h): a tiny GQA model saved and loaded back in
// f32 (bit for bit, same logits) and bf16 (within bf16 rounding: exactly torch's round-to-nearest of
// each weight); a sharded save (model-0000k-of-0000n + index with total_size) loads; SmolLM2- and
// TinyLlama-shaped folders written here by hand under HF's names and config keys (tied and not, GQA,
// bf16/f16/f32 weights, an old checkpoint's rotary_emb.inv_freq) load; a wrong shape, a missing tensor
// and an integer dtype are refused naming the tensor; a save that fails midway leaves the old folder
// as it was and no temporary folder beside it.
#include "torch/model/hf_checkpoint.h"

#include "common/error.h"
#include "common/temp_file.h"

#include <nlohmann/json.hpp>

#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>
#include <iterator>

using namespace adaptlab;
using namespace adaptlab::model;
namespace fs = std::filesystem;

namespace {

std::string readBytes(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeBytes(const fs::path& path, const std::string& bytes)
{
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

nlohmann::json readJson(const fs::path& path)
{
    return nlohmann::json::parse(readBytes(path));
}

LlamaConfig tinyConfig(bool tied)
{
    LlamaConfig config;
    config.vocabSize = 64;
    config.hiddenSize = 32;
    config.intermediateSize = 48;
    config.numHiddenLayers = 2;
    config.numAttentionHeads = 4;
    config.numKeyValueHeads = 2; // GQA: two query heads per key/value head
    config.maxPositionEmbeddings = 128;
    config.rmsNormEps = 1e-5;
    config.tieWordEmbeddings = tied;
    config.bosTokenId = 1;
    config.eosTokenIds = {2};
    return config;
}

// A model whose every parameter is random (norm weights included, so that a norm saved under the
// wrong name would show).
LlamaForCausalLM randomModel(const LlamaConfig& config, uint64_t seed)
{
    torch::manual_seed(seed);
    LlamaForCausalLM model(config);
    torch::NoGradGuard noGrad;
    for (torch::Tensor& parameter : model->parameters())
        parameter.uniform_(-0.5, 0.5);
    return model;
}

torch::Tensor logitsOf(LlamaForCausalLM& model)
{
    torch::NoGradGuard noGrad;
    model->eval();
    const torch::Tensor ids = torch::tensor({{1, 5, 9, 13, 40, 2, 33}}, torch::kInt64); // below every vocabulary here
    return model->forward(ids);
}

std::map<std::string, torch::Tensor> hfMap(const LlamaForCausalLM& model)
{
    std::map<std::string, torch::Tensor> map;
    for (auto& [name, tensor] : model->hfTensors())
        map.emplace(name, tensor.detach().clone());
    return map;
}

// The hidden temporary siblings a save may leave in `parent`.
int hiddenEntries(const fs::path& parent)
{
    int count = 0;
    for (const auto& entry : fs::directory_iterator(parent))
        count += entry.path().filename().string().starts_with(".");
    return count;
}

template <typename Fn>
std::string errorOf(Fn fn)
{
    try {
        fn();
    } catch (const Error& error) {
        return error.what();
    }
    return {};
}

// Tensors under HF's names written independently of LlamaConfig::tensorShapes: the module names of
// transformers' modeling_llama.py, spelled out here.
struct HfTensor {
    std::string name;
    std::vector<int64_t> shape;
};
std::vector<HfTensor> handWrittenNames(int64_t V, int64_t C, int64_t I, int64_t layers, int64_t heads, int64_t kvHeads,
                                       int64_t D, bool tied)
{
    std::vector<HfTensor> names = {{"model.embed_tokens.weight", {V, C}}, {"model.norm.weight", {C}}};
    for (int64_t l = 0; l < layers; ++l) {
        const std::string p = "model.layers." + std::to_string(l) + ".";
        names.push_back({p + "input_layernorm.weight", {C}});
        names.push_back({p + "post_attention_layernorm.weight", {C}});
        names.push_back({p + "self_attn.q_proj.weight", {heads * D, C}});
        names.push_back({p + "self_attn.k_proj.weight", {kvHeads * D, C}});
        names.push_back({p + "self_attn.v_proj.weight", {kvHeads * D, C}});
        names.push_back({p + "self_attn.o_proj.weight", {C, heads * D}});
        names.push_back({p + "mlp.gate_proj.weight", {I, C}});
        names.push_back({p + "mlp.up_proj.weight", {I, C}});
        names.push_back({p + "mlp.down_proj.weight", {C, I}});
    }
    if (!tied)
        names.push_back({"lm_head.weight", {V, C}});
    return names;
}

// Writes `names` with random values of `dtype` into folder/model.safetensors and returns the values
// as float32.
std::map<std::string, torch::Tensor> writeHandFolder(const fs::path& folder, const std::vector<HfTensor>& names,
                                                     torch::ScalarType dtype, const std::string& configJson)
{
    torch::manual_seed(7);
    std::vector<torch::Tensor> stored;
    std::vector<TensorToWrite> toWrite;
    std::map<std::string, torch::Tensor> values;
    const DType fileType = dtype == torch::kBFloat16 ? DType::BF16 : dtype == torch::kFloat16 ? DType::F16 : DType::F32;
    for (const HfTensor& tensor : names) {
        const torch::Tensor value = torch::randn(tensor.shape).mul_(0.1).to(dtype).contiguous();
        stored.push_back(value);
        values.emplace(tensor.name, value.to(torch::kFloat32));
        toWrite.push_back({tensor.name, fileType, tensor.shape,
                           {static_cast<const std::byte*>(value.data_ptr()), size_t(value.nbytes())}});
    }
    fs::create_directories(folder);
    writeSafetensors(folder / "model.safetensors", toWrite, {{"format", "pt"}});
    writeBytes(folder / "config.json", configJson);
    return values;
}

// SmolLM2-135M's config.json (HuggingFaceTB/SmolLM2-135M) with the sizes made tiny: tied, GQA,
// rope_theta 100000, bfloat16.
const char* kSmolConfig = R"({
  "architectures": ["LlamaForCausalLM"],
  "attention_bias": false,
  "attention_dropout": 0.0,
  "bos_token_id": 0,
  "eos_token_id": 0,
  "hidden_act": "silu",
  "hidden_size": 48,
  "initializer_range": 0.041666666666666664,
  "intermediate_size": 128,
  "is_llama_config": true,
  "max_position_embeddings": 8192,
  "model_type": "llama",
  "num_attention_heads": 6,
  "num_hidden_layers": 3,
  "num_key_value_heads": 2,
  "pretraining_tp": 1,
  "rms_norm_eps": 1e-05,
  "rope_interleaved": false,
  "rope_scaling": null,
  "rope_theta": 100000,
  "tie_word_embeddings": true,
  "torch_dtype": "bfloat16",
  "transformers_version": "4.40.1",
  "use_cache": true,
  "vocab_size": 96
})";

// TinyLlama-1.1B's config.json with the sizes made tiny: untied, GQA 32/4 -> 8/2.
const char* kTinyLlamaConfig = R"({
  "architectures": ["LlamaForCausalLM"],
  "bos_token_id": 1,
  "eos_token_id": 2,
  "hidden_act": "silu",
  "hidden_size": 32,
  "initializer_range": 0.02,
  "intermediate_size": 80,
  "max_position_embeddings": 2048,
  "model_type": "llama",
  "num_attention_heads": 8,
  "num_hidden_layers": 2,
  "num_key_value_heads": 2,
  "pretraining_tp": 1,
  "rms_norm_eps": 1e-05,
  "rope_scaling": null,
  "tie_word_embeddings": false,
  "torch_dtype": "float32",
  "transformers_version": "4.35.0.dev0",
  "use_cache": true,
  "vocab_size": 50
})";

} // namespace

class TestHfCheckpoint : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_temp.isValid());
        torch::set_num_threads(1);
    }
    void roundTripF32_data();
    void roundTripF32();
    void roundTripBf16();
    void shardedSaveLoads();
    void handWrittenFolderLoads_data();
    void handWrittenFolderLoads();
    void wrongShapeRefused();
    void missingTensorRefused();
    void integerTensorRefused();
    void notAModelFolder();
    void failedSaveKeepsOldFolder();
    void tokenizerFilesCopied();
    void staleSaveFoldersRemoved();
    void storageDTypeNames();

private:
    fs::path fresh(const std::string& name)
    {
        const fs::path folder = fs::path(m_temp.path().toStdString()) / std::to_string(++m_counter);
        fs::create_directories(folder);
        return folder / name;
    }
    QTemporaryDir m_temp;
    int m_counter = 0;
};

void TestHfCheckpoint::roundTripF32_data()
{
    QTest::addColumn<bool>("tied");
    QTest::newRow("untied") << false;
    QTest::newRow("tied") << true;
}

void TestHfCheckpoint::roundTripF32()
{
    QFETCH(bool, tied);
    const LlamaConfig config = tinyConfig(tied);
    LlamaForCausalLM model = randomModel(config, 1);
    const fs::path folder = fresh("model");
    saveHfModel(model, folder);

    QVERIFY(fs::exists(folder / "model.safetensors"));
    QVERIFY(!fs::exists(folder / "model.safetensors.index.json"));
    const auto file = SafetensorsFile::open(folder / "model.safetensors");
    QCOMPARE(file->header().metadata.at("format"), std::string("pt"));
    QCOMPARE(file->header().tensors.size(), config.tensorShapes().size());
    QCOMPARE(file->header().find("lm_head.weight") == nullptr, tied);
    for (const TensorInfo& tensor : file->header().tensors)
        QCOMPARE(int(tensor.dtype), int(DType::F32));
    const nlohmann::json configJson = readJson(folder / "config.json");
    QCOMPARE(configJson["torch_dtype"].get<std::string>(), std::string("float32"));
    QCOMPARE(configJson["num_key_value_heads"].get<int>(), 2);
    QCOMPARE(configJson["tie_word_embeddings"].get<bool>(), tied);
    const nlohmann::json generation = readJson(folder / "generation_config.json");
    QCOMPARE(generation["bos_token_id"].get<int>(), 1);
    QCOMPARE(generation["eos_token_id"].get<int>(), 2);

    LlamaForCausalLM loaded = loadHfModel(folder);
    const auto before = hfMap(model), after = hfMap(loaded);
    QCOMPARE(after.size(), before.size());
    for (const auto& [name, tensor] : before) {
        QVERIFY2(after.count(name), name.c_str());
        QCOMPARE(after.at(name).scalar_type(), torch::kFloat32);
        QVERIFY2(torch::equal(after.at(name), tensor), name.c_str());
    }
    QVERIFY(torch::equal(logitsOf(loaded), logitsOf(model)));
    QCOMPARE(hiddenEntries(folder.parent_path()), 0);
}

void TestHfCheckpoint::roundTripBf16()
{
    LlamaForCausalLM model = randomModel(tinyConfig(false), 2);
    const fs::path folder = fresh("model-bf16");
    saveHfModel(model, folder, {StorageDType::BF16, 0, {}});
    const auto file = SafetensorsFile::open(folder / "model.safetensors");
    for (const TensorInfo& tensor : file->header().tensors)
        QCOMPARE(int(tensor.dtype), int(DType::BF16));
    QCOMPARE(readJson(folder / "config.json")["torch_dtype"].get<std::string>(), std::string("bfloat16"));
    // Two bytes a weight.
    QCOMPARE(uint64_t(fs::file_size(folder / "model.safetensors")),
             file->header().dataStart + 2 * uint64_t(model->config().parameterCount()));

    // The stored tensors themselves, read back in their dtype.
    const auto stored = readCheckpointTensors(folder);
    QCOMPARE(stored.at("model.norm.weight").scalar_type(), torch::kBFloat16);

    LlamaForCausalLM loaded = loadHfModel(folder);
    for (const auto& [name, tensor] : hfMap(model)) {
        const torch::Tensor back = hfMap(loaded).at(name);
        QCOMPARE(back.scalar_type(), torch::kFloat32);
        // Exactly torch's bf16 rounding of the weight, and within half a bf16 ulp (2^-8 relative).
        QVERIFY2(torch::equal(back, tensor.to(torch::kBFloat16).to(torch::kFloat32)), name.c_str());
        QVERIFY2(torch::le((back - tensor).abs(), tensor.abs() * std::ldexp(1.0, -8)).all().item<bool>(), name.c_str());
        QVERIFY2(!torch::equal(back, tensor) || tensor.numel() == 0, name.c_str()); // it was rounded
    }
}

void TestHfCheckpoint::shardedSaveLoads()
{
    LlamaForCausalLM model = randomModel(tinyConfig(false), 3);
    const fs::path folder = fresh("sharded");
    const uint64_t maxShard = 12 * 1024; // the embedding (8 kB) and lm_head fit; the layers need several files
    saveHfModel(model, folder, {StorageDType::F32, maxShard, {}});
    QVERIFY(!fs::exists(folder / "model.safetensors"));
    const nlohmann::json index = readJson(folder / "model.safetensors.index.json");
    std::set<std::string> shardNames;
    for (const auto& [name, file] : index["weight_map"].items())
        shardNames.insert(file.get<std::string>());
    QVERIFY2(shardNames.size() >= 3, index.dump().c_str());
    const size_t n = shardNames.size();
    uint64_t total = 0;
    size_t k = 0;
    for (const std::string& shard : shardNames) {
        char expected[64];
        std::snprintf(expected, sizeof expected, "model-%05zu-of-%05zu.safetensors", ++k, n);
        QCOMPARE(shard, std::string(expected));
        const auto file = SafetensorsFile::open(folder / shard);
        uint64_t bytes = 0;
        for (const TensorInfo& tensor : file->header().tensors)
            bytes += tensor.end - tensor.begin;
        QVERIFY2(bytes <= maxShard, shard.c_str());
        total += bytes;
    }
    QCOMPARE(index["metadata"]["total_size"].get<uint64_t>(), total);
    QCOMPARE(total, uint64_t(model->config().parameterCount()) * 4);

    LlamaForCausalLM loaded = loadHfModel(folder);
    QVERIFY(torch::equal(logitsOf(loaded), logitsOf(model)));
}

void TestHfCheckpoint::handWrittenFolderLoads_data()
{
    QTest::addColumn<QString>("configJson");
    QTest::addColumn<bool>("tied");
    QTest::addColumn<int>("dtype");
    QTest::addColumn<bool>("withInvFreq");
    QTest::newRow("SmolLM2-shaped, tied, bf16") << QString(kSmolConfig) << true << int(torch::kBFloat16) << false;
    QTest::newRow("SmolLM2-shaped, f16") << QString(kSmolConfig) << true << int(torch::kFloat16) << false;
    QTest::newRow("TinyLlama-shaped, untied, f32, inv_freq") << QString(kTinyLlamaConfig) << false << int(torch::kFloat32) << true;
}

void TestHfCheckpoint::handWrittenFolderLoads()
{
    QFETCH(QString, configJson);
    QFETCH(bool, tied);
    QFETCH(int, dtype);
    QFETCH(bool, withInvFreq);
    const nlohmann::json json = nlohmann::json::parse(configJson.toStdString());
    const int64_t V = json["vocab_size"], C = json["hidden_size"], I = json["intermediate_size"];
    const int64_t L = json["num_hidden_layers"], H = json["num_attention_heads"], K = json["num_key_value_heads"];
    std::vector<HfTensor> names = handWrittenNames(V, C, I, L, H, K, C / H, tied);
    if (withInvFreq)
        for (int64_t l = 0; l < L; ++l)
            names.push_back({"model.layers." + std::to_string(l) + ".self_attn.rotary_emb.inv_freq", {C / H / 2}});
    const fs::path folder = fresh("hand");
    const auto written = writeHandFolder(folder, names, torch::ScalarType(dtype), configJson.toStdString());

    const auto stored = readCheckpointTensors(folder);
    QCOMPARE(stored.at("model.embed_tokens.weight").scalar_type(), torch::ScalarType(dtype));

    LlamaForCausalLM model = loadHfModel(folder);
    QCOMPARE(model->config().tieWordEmbeddings, tied);
    QCOMPARE(model->config().numKeyValueHeads, K);
    const auto loaded = hfMap(model);
    QCOMPARE(loaded.count("lm_head.weight"), size_t(tied ? 0 : 1));
    for (const auto& [name, value] : loaded) {
        QVERIFY2(written.count(name), name.c_str());
        QCOMPARE(value.scalar_type(), torch::kFloat32);
        QVERIFY2(torch::equal(value, written.at(name)), name.c_str()); // widening to f32 is exact
    }
    const torch::Tensor logits = logitsOf(model);
    QCOMPARE(logits.sizes(), (at::IntArrayRef{1, 7, V}));
    QVERIFY(torch::isfinite(logits).all().item<bool>());
}

void TestHfCheckpoint::wrongShapeRefused()
{
    LlamaForCausalLM model = randomModel(tinyConfig(false), 4);
    const fs::path folder = fresh("wrong-shape");
    saveHfModel(model, folder);
    // The same weights under a config with a wider MLP.
    nlohmann::json config = readJson(folder / "config.json");
    config["intermediate_size"] = 64;
    writeBytes(folder / "config.json", config.dump());
    const std::string problem = errorOf([&] { loadHfModel(folder); });
    QVERIFY2(problem.find((folder / "model.safetensors").string()) != std::string::npos, problem.c_str());
    QVERIFY2(problem.find(R"(tensor "model.layers.0.mlp.gate_proj.weight" has shape [48, 32], config.json expects [64, 32])") !=
                 std::string::npos,
             problem.c_str());
}

void TestHfCheckpoint::missingTensorRefused()
{
    const nlohmann::json json = nlohmann::json::parse(kTinyLlamaConfig);
    std::vector<HfTensor> names = handWrittenNames(50, 32, 80, 2, 8, 2, 4, false);
    std::erase_if(names, [](const HfTensor& t) { return t.name == "model.layers.1.mlp.down_proj.weight"; });
    const fs::path folder = fresh("missing");
    writeHandFolder(folder, names, torch::kFloat32, json.dump());
    const std::string problem = errorOf([&] { loadHfModel(folder); });
    QVERIFY2(problem.find(folder.string()) != std::string::npos, problem.c_str());
    QVERIFY2(problem.find(R"(tensor "model.layers.1.mlp.down_proj.weight" is missing (config.json expects shape [32, 80]))") !=
                 std::string::npos,
             problem.c_str());
    // Without a config, the tensors that are there are read.
    QCOMPARE(readCheckpointTensors(folder).size(), names.size());
}

void TestHfCheckpoint::integerTensorRefused()
{
    const fs::path folder = fresh("integer");
    fs::create_directories(folder);
    const std::vector<int64_t> ids = {1, 2, 3};
    writeSafetensors(folder / "model.safetensors",
                     {{"model.embed_tokens.weight", DType::I64, {3}, {reinterpret_cast<const std::byte*>(ids.data()), 24}}});
    const std::string problem = errorOf([&] { readCheckpointTensors(folder); });
    QVERIFY2(problem.find((folder / "model.safetensors").string() + R"(: tensor "model.embed_tokens.weight" is I64)") !=
                 std::string::npos,
             problem.c_str());
}

void TestHfCheckpoint::notAModelFolder()
{
    const fs::path folder = fresh("empty");
    fs::create_directories(folder);
    QVERIFY(errorOf([&] { loadHfModel(folder); }).find(folder.string() + ": no config.json") == 0);
    QVERIFY(errorOf([&] { loadHfModel(folder / "absent"); }).find("not a folder") != std::string::npos);
    writeBytes(folder / "config.json", kTinyLlamaConfig);
    QVERIFY(errorOf([&] { loadHfModel(folder); }).find("no model.safetensors or model.safetensors.index.json") !=
            std::string::npos);
}

void TestHfCheckpoint::failedSaveKeepsOldFolder()
{
    LlamaForCausalLM first = randomModel(tinyConfig(false), 5);
    const fs::path folder = fresh("kept");
    saveHfModel(first, folder);
    const std::string weightsBefore = readBytes(folder / "model.safetensors");

    // A tokenizer source whose tokenizer.json cannot be read (a folder under that name): the copy
    // fails after the weights and configs of the new folder are written.
    const fs::path badTokenizer = fresh("bad-tokenizer");
    fs::create_directories(badTokenizer / "tokenizer.json");
    LlamaForCausalLM second = randomModel(tinyConfig(false), 6);
    const std::string problem = errorOf([&] { saveHfModel(second, folder, {StorageDType::F32, 2048, badTokenizer}); });
    QVERIFY2(problem.find((badTokenizer / "tokenizer.json").string()) != std::string::npos, problem.c_str());

    // The old folder as it was, nothing of the new one in it, no temporary folder beside it.
    QCOMPARE(readBytes(folder / "model.safetensors"), weightsBefore);
    QVERIFY(!fs::exists(folder / "model.safetensors.index.json"));
    QCOMPARE(hiddenEntries(folder.parent_path()), 0);
    QCOMPARE(std::distance(fs::directory_iterator(folder.parent_path()), fs::directory_iterator()), 1);
    LlamaForCausalLM reloaded = loadHfModel(folder);
    QVERIFY(torch::equal(logitsOf(reloaded), logitsOf(first)));

    // A failed first save leaves no folder at all.
    const fs::path never = fresh("never");
    QVERIFY(!errorOf([&] { saveHfModel(second, never, {StorageDType::F32, 0, badTokenizer}); }).empty());
    QVERIFY(!fs::exists(never));
    QCOMPARE(hiddenEntries(never.parent_path()), 0);

    // Saved again successfully over the old one: replaced, with nothing left beside it.
    saveHfModel(second, folder, {StorageDType::BF16, 0, {}});
    QCOMPARE(int(SafetensorsFile::open(folder / "model.safetensors")->header().tensors.front().dtype), int(DType::BF16));
    QCOMPARE(hiddenEntries(folder.parent_path()), 0);
}

void TestHfCheckpoint::tokenizerFilesCopied()
{
    const fs::path source = fresh("tokenizer");
    writeBytes(source / "tokenizer.json", R"({"version": "1.0", "model": {"type": "BPE"}})");
    writeBytes(source / "tokenizer_config.json", R"({"bos_token": "<s>"})");
    writeBytes(source / "unrelated.txt", "not copied");
    LlamaForCausalLM model = randomModel(tinyConfig(true), 8);
    const fs::path folder = fresh("with-tokenizer");
    saveHfModel(model, folder, {StorageDType::F32, 0, source});
    QCOMPARE(readBytes(folder / "tokenizer.json"), readBytes(source / "tokenizer.json"));
    QCOMPARE(readBytes(folder / "tokenizer_config.json"), readBytes(source / "tokenizer_config.json"));
    QVERIFY(!fs::exists(folder / "unrelated.txt"));
    QVERIFY(!fs::exists(folder / "tokenizer.model"));

    // A single SentencePiece model file is copied as tokenizer.model.
    writeBytes(source / "spm-8k.model", "spm bytes");
    const fs::path spmFolder = fresh("with-spm");
    saveHfModel(model, spmFolder, {StorageDType::F32, 0, source / "spm-8k.model"});
    QCOMPARE(readBytes(spmFolder / "tokenizer.model"), std::string("spm bytes"));

    // A source that is not there is refused before anything is written.
    const fs::path absent = fresh("no-tokenizer");
    QVERIFY(errorOf([&] { saveHfModel(model, absent, {StorageDType::F32, 0, source / "absent.model"}); })
                .find("no such file or folder") != std::string::npos);
    QVERIFY(!fs::exists(absent));
}

void TestHfCheckpoint::staleSaveFoldersRemoved()
{
    const fs::path folder = fresh("final");
    // A save of this process that is still going (a live temporary) and one of a killed process:
    // the same name with another start time, as when the pid now belongs to another process.
    const fs::path live = temporarySibling(folder);
    std::string name = live.filename().string();
    const size_t randomDash = name.rfind('-'), startDash = name.rfind('-', randomDash - 1);
    name.replace(startDash + 1, randomDash - startDash - 1, "1");
    const fs::path stale = folder.parent_path() / name;
    QVERIFY(isStaleTemporary(stale.filename().string()));
    QVERIFY(!isStaleTemporary(live.filename().string()));
    writeBytes(live / "model.safetensors", "partial");
    writeBytes(stale / "model.safetensors", "partial");

    LlamaForCausalLM model = randomModel(tinyConfig(true), 9);
    saveHfModel(model, fs::path(folder.string() + "/")); // a trailing slash names the same folder
    QVERIFY(fs::exists(folder / "model.safetensors"));
    QVERIFY(!fs::exists(stale));
    QVERIFY(fs::exists(live));
    fs::remove_all(live);
}

void TestHfCheckpoint::storageDTypeNames()
{
    QCOMPARE(int(storageDTypeFromString("f32")), int(StorageDType::F32));
    QCOMPARE(int(storageDTypeFromString("bf16")), int(StorageDType::BF16));
    QCOMPARE(errorOf([] { storageDTypeFromString("fp16"); }), std::string(R"(storage dtype "fp16": expected f32 or bf16)"));
}

QTEST_GUILESS_MAIN(TestHfCheckpoint)
#include "tst_hf_checkpoint.moc"
