// LoRA on the Llama model and packed rows:
//  - enableLora leaves the output unchanged (B = 0), freezes the base and hands the optimizer only
//    the adapters; the adapters' gradients are the merged weight's gradient through the chain rule
//    (dL/dB = s G A^T, dL/dA = s B^T G);
//  - with random non-zero adapters on all seven projections, the LoRA forward equals the forward of
//    a model whose weights were merged here (W + s B A, from the PEFT tensors), and mergeLora gives
//    those weights (MHA, GQA + tied, biases);
//  - dropout only in train();
//  - the PEFT layout: save, load into a fresh model (same logits), adapter_config.json's keys, the
//    tensor names and shapes, loadHfModelWithAdapter; an independent Python implementation of
//    PEFT's LoRA (lora_reference.py) computes the same logits from the saved files;
//  - refusals: double enable, unknown target, wrong shapes, missing and unexpected tensors, an
//    adapter of another rank (the model is left without adapters);
//  - packed rows: examples packed in one row (restarting positions, one segment id each) give the
//    logits of each example alone; both ids undefined is the CPT forward.
#include "common/error.h"
#include "model/lora_config.h"
#include "model/safetensors.h"
#include "torch/model/hf_checkpoint.h"
#include "torch/model/llama.h"
#include "torch/model/lora.h"

#include "reference_support.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <fstream>

using namespace adaptlab::model;
namespace fs = std::filesystem;

namespace {

LlamaConfig smallConfig(bool gqa, bool tied, bool bias = false)
{
    LlamaConfig c;
    c.vocabSize = 50;
    c.hiddenSize = 32;
    c.intermediateSize = 72;
    c.numHiddenLayers = 2;
    c.numAttentionHeads = 4;
    c.numKeyValueHeads = gqa ? 2 : 4;
    c.tieWordEmbeddings = tied;
    c.attentionBias = bias;
    c.mlpBias = bias;
    return c;
}

// Weights large enough that attention is far from uniform and the logits differ (HF's 0.02 init
// would make a weak comparison), in float64 unless asked otherwise.
LlamaForCausalLM randomModel(const LlamaConfig& config, torch::ScalarType dtype = torch::kFloat64)
{
    LlamaForCausalLM model(config);
    model->to(dtype);
    torch::NoGradGuard noGrad;
    for (auto& p : model->parameters()) {
        if (p.dim() >= 2)
            p.normal_(0.0, 1.0 / std::sqrt(static_cast<double>(p.size(1))));
        else
            p.normal_(p.dim() == 1 && p.abs().sum().item<double>() == 0 ? 0.0 : 1.0, 0.1);
    }
    model->eval();
    return model;
}

void randomizeAdapters(LlamaForCausalLM& model)
{
    torch::NoGradGuard noGrad;
    for (auto& [name, tensor] : model->peftTensors())
        tensor.normal_(0.0, 0.3);
}

LoraConfig allTargets(int64_t rank = 3, double alpha = 6)
{
    LoraConfig lora;
    lora.rank = rank;
    lora.alpha = alpha;
    lora.dropout = 0;
    lora.targets = {"q", "k", "v", "o", "gate", "up", "down"};
    return lora;
}

double maxAbsDiff(const torch::Tensor& a, const torch::Tensor& b)
{
    return (a.to(torch::kFloat64) - b.to(torch::kFloat64)).abs().max().item<double>();
}

std::map<std::string, torch::Tensor> asMap(const std::vector<std::pair<std::string, torch::Tensor>>& list)
{
    std::map<std::string, torch::Tensor> out;
    for (const auto& [name, tensor] : list)
        out.emplace(name, tensor.clone());
    return out;
}

// The base weights with every adapter folded in from the PEFT tensors, computed here (not by
// mergeLora): W + (alpha / r) * B A under the HF name of the PEFT module path.
std::map<std::string, torch::Tensor> mergedByHand(const LlamaForCausalLM& model)
{
    std::map<std::string, torch::Tensor> weights = asMap(model->hfTensors());
    const std::map<std::string, torch::Tensor> peft = asMap(model->peftTensors());
    const double scale = model->loraConfig().scale();
    for (const auto& [name, a] : peft) {
        const std::string suffix = ".lora_A.weight";
        if (!name.ends_with(suffix))
            continue;
        const std::string module = name.substr(0, name.size() - suffix.size()); // base_model.model.<path>
        const std::string hf = module.substr(std::string("base_model.model.").size()) + ".weight";
        const torch::Tensor& b = peft.at(module + ".lora_B.weight");
        weights.at(hf) += scale * torch::mm(b, a);
    }
    return weights;
}

std::string readFile(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

template <class F>
QString errorOf(F&& f)
{
    try {
        f();
    } catch (const adaptlab::Error& error) {
        return QString::fromStdString(error.what());
    }
    return {};
}

} // namespace

class TestLora : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        torch::manual_seed(11);
    }

    void enableKeepsOutput_data()
    {
        QTest::addColumn<bool>("gqa");
        QTest::addColumn<bool>("tied");
        QTest::addColumn<bool>("bias");
        QTest::newRow("mha") << false << false << false;
        QTest::newRow("gqa+tied") << true << true << false;
        QTest::newRow("gqa+bias") << true << false << true;
    }

    // A new adapter (B = 0) changes nothing; the base is frozen and out of the optimizer's groups.
    void enableKeepsOutput()
    {
        QFETCH(bool, gqa);
        QFETCH(bool, tied);
        QFETCH(bool, bias);
        const LlamaConfig config = smallConfig(gqa, tied, bias);
        LlamaForCausalLM model = randomModel(config);
        const torch::Tensor ids = torch::randint(0, config.vocabSize, {2, 9}, torch::kInt64);
        const auto baseParameters = model->parameters();
        const torch::Tensor before = model->forward(ids).detach();
        QVERIFY(!model->hasLora());
        QVERIFY(!errorOf([&] { model->loraConfig(); }).isEmpty());

        model->enableLora(allTargets());
        QVERIFY(model->hasLora());
        QCOMPARE(model->loraConfig().rank, int64_t(3));
        QCOMPARE(maxAbsDiff(model->forward(ids), before), 0.0);
        for (const auto& p : baseParameters)
            QVERIFY(!p.requires_grad());
        const auto adapters = model->loraParameters();
        QCOMPARE(adapters.size(), size_t(config.numHiddenLayers * 7 * 2));
        int64_t count = 0;
        for (const auto& p : adapters) {
            QVERIFY(p.requires_grad());
            QCOMPARE(p.scalar_type(), torch::kFloat64);
            count += p.numel();
        }
        QCOMPARE(count, loraParameterCount(config, model->loraConfig()));
        // The optimizer's groups: only the adapters (decayed), never a frozen parameter.
        QCOMPARE(model->decayedParameters().size(), adapters.size());
        QVERIFY(model->undecayedParameters().empty());
        // PEFT's init: A uniform in +-1/sqrt(in) (Kaiming-uniform, a = sqrt(5)), B zero.
        for (const auto& [name, tensor] : model->peftTensors()) {
            if (name.ends_with("lora_B.weight")) {
                QCOMPARE(tensor.abs().max().item<double>(), 0.0);
            } else {
                const double bound = 1.0 / std::sqrt(static_cast<double>(tensor.size(1)));
                QVERIFY(tensor.abs().max().item<double>() <= bound);
                QVERIFY(tensor.abs().max().item<double>() > 0.5 * bound);
            }
        }
        QVERIFY(!errorOf([&] { model->enableLora(allTargets()); }).isEmpty());
    }

    // Random non-zero adapters: the LoRA forward equals a model with W + s B A merged here, and
    // mergeLora gives exactly those weights.
    void loraEqualsMerged_data() { enableKeepsOutput_data(); }
    void loraEqualsMerged()
    {
        QFETCH(bool, gqa);
        QFETCH(bool, tied);
        QFETCH(bool, bias);
        const LlamaConfig config = smallConfig(gqa, tied, bias);
        LlamaForCausalLM model = randomModel(config);
        const auto base = asMap(model->hfTensors());
        model->enableLora(allTargets(4, 3.0));
        randomizeAdapters(model);
        const torch::Tensor ids = torch::randint(0, config.vocabSize, {2, 11}, torch::kInt64);
        const torch::Tensor lora = model->forward(ids).detach();

        const auto merged = mergedByHand(model);
        LlamaForCausalLM reference = randomModel(config);
        reference->loadHfTensors(merged);
        const torch::Tensor expected = reference->forward(ids).detach();
        const double diff = maxAbsDiff(lora, expected);
        QVERIFY2(diff <= 1e-9, qPrintable(QStringLiteral("LoRA vs merged by hand: %1").arg(diff)));
        LlamaForCausalLM plain = randomModel(config);
        plain->loadHfTensors(base);
        QVERIFY2(maxAbsDiff(lora, plain->forward(ids)) > 1e-2, "the adapters must change the logits");
        // The base weights are what hfTensors shows with LoRA on.
        for (const auto& [name, tensor] : model->hfTensors())
            QCOMPARE(maxAbsDiff(tensor, base.at(name)), 0.0);

        model->mergeLora();
        QVERIFY(!model->hasLora());
        QVERIFY(model->peftTensors().empty());
        for (const auto& p : model->parameters())
            QVERIFY(p.requires_grad());
        for (const auto& [name, tensor] : model->hfTensors())
            QVERIFY2(maxAbsDiff(tensor, merged.at(name)) <= 1e-12, name.c_str());
        QVERIFY(maxAbsDiff(model->forward(ids), expected) <= 1e-9);
        // Merged, it can take a new adapter.
        model->enableLora(allTargets());
        QVERIFY(model->hasLora());
    }

    // Only the adapters get gradients, and they are the chain rule through W' = W + s B A:
    // dL/dB = s G A^T and dL/dA = s B^T G with G the merged model's weight gradient.
    void adapterGradients()
    {
        const LlamaConfig config = smallConfig(/*gqa=*/true, /*tied=*/false);
        LlamaForCausalLM model = randomModel(config);
        model->enableLora(allTargets(2, 5.0));
        randomizeAdapters(model);
        model->train(); // dropout 0: the gradient is deterministic
        const torch::Tensor ids = torch::randint(0, config.vocabSize, {2, 8}, torch::kInt64);
        const torch::Tensor mask = torch::ones({2, 8}, torch::kInt64);
        maskedCrossEntropy(model->forward(ids), ids, mask).first.backward();
        for (const auto& item : model->named_parameters()) {
            const bool adapter = item.key().find("lora_") != std::string::npos;
            QVERIFY2(adapter == item.value().grad().defined(), item.key().c_str());
        }

        LlamaForCausalLM merged = randomModel(config);
        merged->loadHfTensors(mergedByHand(model));
        merged->train();
        maskedCrossEntropy(merged->forward(ids), ids, mask).first.backward();
        // The merged model's HF-named gradients (the fused QKV gradient split like its weight).
        std::map<std::string, torch::Tensor> gradients;
        const int64_t H = config.numAttentionHeads, K = config.numKeyValueHeads, D = config.headDimension();
        for (const auto& item : merged->named_parameters()) {
            const std::string& name = item.key(); // layers.N.self_attn.qkv_proj.weight, layers.N.mlp.up_proj.weight
            if (!name.starts_with("layers.") || !name.ends_with(".weight") || item.value().dim() != 2)
                continue;
            const std::string prefix = "model." + name.substr(0, name.size() - 7);
            if (name.find("qkv_proj") != std::string::npos) {
                const auto parts = item.value().grad().split_with_sizes({H * D, K * D, K * D}, 0);
                const std::string layer = prefix.substr(0, prefix.size() - std::string("qkv_proj").size());
                gradients[layer + "q_proj"] = parts[0];
                gradients[layer + "k_proj"] = parts[1];
                gradients[layer + "v_proj"] = parts[2];
            } else {
                gradients[prefix] = item.value().grad();
            }
        }
        const auto peft = asMap(model->peftTensors());
        const double s = model->loraConfig().scale();
        int checked = 0;
        const auto lora = model->loraParameters(); // peftTensors order
        const auto names = model->peftTensors();
        QCOMPARE(lora.size(), names.size());
        for (size_t i = 0; i < names.size(); i += 2) {
            const std::string module = names[i].first.substr(std::string("base_model.model.").size(),
                                                             names[i].first.size() - std::string("base_model.model.").size() -
                                                                 std::string(".lora_A.weight").size());
            const torch::Tensor& G = gradients.at(module);
            const torch::Tensor& A = peft.at(names[i].first);
            const torch::Tensor& B = peft.at(names[i + 1].first);
            const double dA = maxAbsDiff(lora[i].grad(), s * torch::mm(B.t(), G));
            const double dB = maxAbsDiff(lora[i + 1].grad(), s * torch::mm(G, A.t()));
            QVERIFY2(dA <= 1e-10 && dB <= 1e-10, qPrintable(QStringLiteral("%1: dA %2, dB %3")
                                                                 .arg(QString::fromStdString(module)).arg(dA).arg(dB)));
            QVERIFY(lora[i + 1].grad().abs().max().item<double>() > 1e-6);
            ++checked;
        }
        QCOMPARE(checked, int(config.numHiddenLayers * 7));
    }

    // Dropout on the adapters' input in train() only.
    void dropoutOnlyInTraining()
    {
        const LlamaConfig config = smallConfig(false, false);
        LlamaForCausalLM model = randomModel(config);
        LoraConfig lora = allTargets();
        lora.dropout = 0.5;
        model->enableLora(lora);
        randomizeAdapters(model);
        const torch::Tensor ids = torch::randint(0, config.vocabSize, {1, 10}, torch::kInt64);
        torch::NoGradGuard noGrad;
        const torch::Tensor eval1 = model->forward(ids);
        QCOMPARE(maxAbsDiff(model->forward(ids), eval1), 0.0);
        model->train();
        const torch::Tensor train1 = model->forward(ids);
        QVERIFY(maxAbsDiff(train1, eval1) > 1e-3);
        QVERIFY(maxAbsDiff(model->forward(ids), train1) > 1e-3); // a new mask each call
        model->eval();
        QCOMPARE(maxAbsDiff(model->forward(ids), eval1), 0.0);
    }

    // Save in the PEFT layout, load into a fresh model: same logits; the files as PEFT writes them.
    void peftRoundTrip()
    {
        const LlamaConfig config = smallConfig(true, true);
        LlamaForCausalLM model = randomModel(config, torch::kFloat32);
        const auto base = asMap(model->hfTensors());
        LoraConfig lora;
        lora.rank = 4;
        lora.alpha = 8;
        lora.dropout = 0.1;
        lora.targets = {"v", "q", "down"};
        lora.baseModel = "/models/base";
        model->enableLora(lora);
        randomizeAdapters(model);
        const torch::Tensor ids = torch::randint(0, config.vocabSize, {2, 7}, torch::kInt64);
        const torch::Tensor expected = model->forward(ids).detach();

        const fs::path folder = fs::path(dir_.path().toStdString()) / "adapter";
        saveLoraAdapter(model, folder);
        QVERIFY(isAdapterFolder(folder));
        // The folder holds the two files and nothing else (no staging leftovers beside it).
        int entries = 0;
        for (const auto& entry : fs::directory_iterator(folder.parent_path()))
            entries += entry.path().filename().string().find("adapter") != std::string::npos;
        QCOMPARE(entries, 1);
        const nlohmann::json json = nlohmann::json::parse(readFile(folder / "adapter_config.json"));
        QCOMPARE(json.at("peft_type").get<std::string>(), std::string("LORA"));
        QCOMPARE(json.at("task_type").get<std::string>(), std::string("CAUSAL_LM"));
        QCOMPARE(json.at("r").get<int64_t>(), int64_t(4));
        QVERIFY(json.at("lora_alpha").is_number_integer());
        QCOMPARE(json.at("lora_alpha").get<double>(), 8.0);
        QCOMPARE(json.at("lora_dropout").get<double>(), 0.1);
        QVERIFY(json.at("target_modules") == (nlohmann::json{"q_proj", "v_proj", "down_proj"}));
        QCOMPARE(json.at("bias").get<std::string>(), std::string("none"));
        QCOMPARE(json.at("base_model_name_or_path").get<std::string>(), std::string("/models/base"));
        for (const char* key : {"fan_in_fan_out", "use_rslora", "use_dora"})
            QVERIFY(json.at(key) == nlohmann::json(false));
        for (const char* key : {"inference_mode", "init_lora_weights"})
            QVERIFY(json.at(key) == nlohmann::json(true));
        for (const char* key : {"modules_to_save", "layers_to_transform", "layers_pattern"})
            QVERIFY(json.at(key).is_null());
        for (const char* key : {"rank_pattern", "alpha_pattern"})
            QVERIFY(json.at(key) == nlohmann::json::object());

        const auto file = SafetensorsFile::open(folder / "adapter_model.safetensors");
        QCOMPARE(file->header().tensors.size(), size_t(config.numHiddenLayers * 3 * 2));
        QCOMPARE(file->header().metadata.at("format"), std::string("pt"));
        const int64_t C = config.hiddenSize, K = config.numKeyValueHeads, D = config.headDimension();
        const TensorInfo* a = file->header().find("base_model.model.model.layers.1.self_attn.v_proj.lora_A.weight");
        const TensorInfo* b = file->header().find("base_model.model.model.layers.1.self_attn.v_proj.lora_B.weight");
        const TensorInfo* down = file->header().find("base_model.model.model.layers.0.mlp.down_proj.lora_A.weight");
        QVERIFY(a && b && down);
        QCOMPARE(a->shape, (std::vector<int64_t>{4, C}));
        QCOMPARE(b->shape, (std::vector<int64_t>{K * D, 4}));
        QCOMPARE(down->shape, (std::vector<int64_t>{4, config.intermediateSize}));
        QCOMPARE(a->dtype, DType::F32);

        LlamaForCausalLM fresh = randomModel(config, torch::kFloat32);
        fresh->loadHfTensors(base);
        loadLoraAdapter(fresh, folder);
        fresh->eval();
        QCOMPARE(fresh->loraConfig().targets, (std::vector<std::string>{"q", "v", "down"}));
        QCOMPARE(fresh->loraConfig().dropout, 0.1);
        QCOMPARE(maxAbsDiff(fresh->forward(ids), expected), 0.0);

        // From folders: the base saved as a Hugging Face folder, the adapter loaded onto it.
        const fs::path baseFolder = fs::path(dir_.path().toStdString()) / "base";
        LlamaForCausalLM plain = randomModel(config, torch::kFloat32);
        plain->loadHfTensors(base);
        saveHfModel(plain, baseFolder);
        LlamaForCausalLM loaded = loadHfModelWithAdapter(baseFolder, folder);
        QVERIFY(loaded->hasLora());
        QCOMPARE(maxAbsDiff(loaded->forward(ids), expected), 0.0);

        // Saving again replaces the folder atomically with the new adapters.
        randomizeAdapters(model);
        saveLoraAdapter(model, folder);
        LlamaForCausalLM again = loadHfModelWithAdapter(baseFolder, folder);
        QCOMPARE(maxAbsDiff(again->forward(ids), model->forward(ids)), 0.0);
    }

    void refusals()
    {
        const LlamaConfig config = smallConfig(true, false);
        {
            LlamaForCausalLM model = randomModel(config);
            LoraConfig bad = allTargets();
            bad.targets = {"q", "qq"};
            const QString unknown = errorOf([&] { model->enableLora(bad); });
            QVERIFY2(unknown.contains("\"qq\"") && unknown.contains("lora_targets"), qPrintable(unknown));
            QVERIFY(!model->hasLora());
            bad.targets = {"q"};
            bad.rank = 0;
            QVERIFY(errorOf([&] { model->enableLora(bad); }).contains("lora_rank"));
            QVERIFY(errorOf([&] { model->loadPeftTensors({}); }).contains("no LoRA"));
            QVERIFY(errorOf([&] { model->mergeLora(); }).contains("no LoRA"));
            QVERIFY(errorOf([&] { saveLoraAdapter(model, fs::path(dir_.path().toStdString()) / "none"); }).contains("no LoRA"));
            model->enableLora(allTargets());
            QVERIFY(errorOf([&] { model->enableLora(allTargets()); }).contains("already"));
        }
        LlamaForCausalLM model = randomModel(config);
        model->enableLora(allTargets());
        const auto good = asMap(model->peftTensors());
        const std::string q = "base_model.model.model.layers.1.self_attn.q_proj.lora_B.weight";
        {
            auto tensors = good;
            tensors[q] = torch::zeros({5, 3}, torch::kFloat64);
            const QString message = errorOf([&] { model->loadPeftTensors(tensors); });
            QVERIFY2(message.contains(QString::fromStdString(q)) && message.contains("shape"), qPrintable(message));
        }
        {
            auto tensors = good;
            tensors.erase(q);
            tensors["base_model.model.model.layers.7.mlp.up_proj.lora_A.weight"] = torch::zeros({3, 32});
            const QString message = errorOf([&] { model->loadPeftTensors(tensors); });
            QVERIFY2(message.contains(QString::fromStdString(q) + ": missing") && message.contains("layers.7.mlp.up_proj") &&
                         message.contains("unexpected"),
                     qPrintable(message));
        }
        {
            auto tensors = good;
            tensors[q] = tensors[q].to(torch::kInt64);
            QVERIFY(errorOf([&] { model->loadPeftTensors(tensors); }).contains("floating-point"));
        }
        // An adapter of another rank: the error names the file and a tensor; the model is left as
        // it was, without adapters.
        const fs::path folder = fs::path(dir_.path().toStdString()) / "rank3";
        saveLoraAdapter(model, folder);
        {
            nlohmann::json json = nlohmann::json::parse(readFile(folder / "adapter_config.json"));
            json["r"] = 5;
            std::ofstream(folder / "adapter_config.json") << json.dump();
            LlamaForCausalLM fresh = randomModel(config);
            const torch::Tensor ids = torch::randint(0, config.vocabSize, {1, 6}, torch::kInt64);
            const torch::Tensor before = fresh->forward(ids).detach();
            const QString message = errorOf([&] { loadLoraAdapter(fresh, folder); });
            QVERIFY2(message.contains("adapter_model.safetensors") && message.contains("lora_A.weight: shape"),
                     qPrintable(message));
            QVERIFY(!fresh->hasLora());
            QCOMPARE(maxAbsDiff(fresh->forward(ids), before), 0.0);
            json["r"] = 3;
            json["use_dora"] = true;
            std::ofstream(folder / "adapter_config.json") << json.dump();
            const QString dora = errorOf([&] { loadLoraAdapter(fresh, folder); });
            QVERIFY2(dora.contains("adapter_config.json") && dora.contains("use_dora"), qPrintable(dora));
            fs::remove(folder / "adapter_model.safetensors");
            json["use_dora"] = false;
            std::ofstream(folder / "adapter_config.json") << json.dump();
            QVERIFY(errorOf([&] { loadLoraAdapter(fresh, folder); }).contains("adapter_model.safetensors: missing"));
        }
    }

    // Two examples in one row, positions restarting and one segment id each, give each example's
    // logits alone; a second row packs them the other way round with padding.
    void packedRows_data()
    {
        QTest::addColumn<bool>("gqa");
        QTest::addColumn<bool>("lora");
        QTest::newRow("mha") << false << false;
        QTest::newRow("gqa") << true << false;
        QTest::newRow("gqa+lora") << true << true;
    }
    void packedRows()
    {
        QFETCH(bool, gqa);
        QFETCH(bool, lora);
        const LlamaConfig config = smallConfig(gqa, false);
        LlamaForCausalLM model = randomModel(config, torch::kFloat32);
        if (lora) {
            model->enableLora(allTargets());
            randomizeAdapters(model);
        }
        torch::NoGradGuard noGrad;
        const torch::Tensor first = torch::randint(0, config.vocabSize, {1, 5}, torch::kInt64);
        const torch::Tensor second = torch::randint(0, config.vocabSize, {1, 7}, torch::kInt64);
        const torch::Tensor pad = torch::zeros({1, 2}, torch::kInt64);
        // Row 0: first, second, pad pad. Row 1: second, first, pad pad.
        const torch::Tensor ids = torch::cat({torch::cat({first, second, pad}, 1), torch::cat({second, first, pad}, 1)}, 0);
        const auto range = [](int64_t n) { return torch::arange(n, torch::kInt64).unsqueeze(0); };
        const torch::Tensor positions = torch::cat(
            {torch::cat({range(5), range(7), range(2)}, 1), torch::cat({range(7), range(5), range(2)}, 1)}, 0);
        const auto fill = [](int64_t n, int64_t value) { return torch::full({1, n}, value, torch::kInt64); };
        const torch::Tensor segments = torch::cat(
            {torch::cat({fill(5, 1), fill(7, 2), fill(2, 0)}, 1), torch::cat({fill(7, 1), fill(5, 2), fill(2, 0)}, 1)}, 0);
        const torch::Tensor packed = model->forward(ids, positions, segments);
        QCOMPARE(packed.sizes().vec(), (std::vector<int64_t>{2, 14, config.vocabSize}));

        const torch::Tensor alone1 = model->forward(first);
        const torch::Tensor alone2 = model->forward(second);
        const double d1 = std::max(maxAbsDiff(packed[0].narrow(0, 0, 5), alone1[0]), maxAbsDiff(packed[1].narrow(0, 7, 5), alone1[0]));
        const double d2 = std::max(maxAbsDiff(packed[0].narrow(0, 5, 7), alone2[0]), maxAbsDiff(packed[1].narrow(0, 0, 7), alone2[0]));
        QVERIFY2(d1 <= 1e-5 && d2 <= 1e-5, qPrintable(QStringLiteral("packed vs alone: %1, %2").arg(d1).arg(d2)));
        // Without the segments the second example would see the first: the mask is what separates them.
        const torch::Tensor leaky = model->forward(ids, positions, torch::Tensor());
        QVERIFY(maxAbsDiff(leaky[0].narrow(0, 5, 7), alone2[0]) > 1e-3);

        // Both undefined: the CPT forward. Positions 0..T-1 and one segment: the same logits
        // through the per-row mask.
        const torch::Tensor cpt = model->forward(ids);
        QCOMPARE(maxAbsDiff(model->forward(ids, torch::Tensor(), torch::Tensor()), cpt), 0.0);
        const torch::Tensor straight = model->forward(ids, torch::arange(14, torch::kInt64).repeat({2, 1}),
                                                      torch::zeros({2, 14}, torch::kInt64));
        QVERIFY(maxAbsDiff(straight, cpt) <= 1e-5);
        QVERIFY(maxAbsDiff(model->forward(ids, torch::Tensor(), torch::zeros({2, 14}, torch::kInt64)), cpt) <= 1e-5);

        // Gradients flow through the packed path.
        if (lora) {
            torch::AutoGradMode grad(true);
            const torch::Tensor loss = model->forward(ids, positions, segments).pow(2).mean();
            loss.backward();
            QVERIFY(model->loraParameters().back().grad().defined());
        }
    }

    // The saved adapter against lora_reference.py (PEFT's LoRA in float64 on llama_reference.py's
    // model): the unmerged LoRA forward within 1e-4.
    void againstPythonReference()
    {
        const QString out = dir_.path() + QStringLiteral("/reference");
        const QString problem = reference::writeCases(out, {QStringLiteral("gqa")});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const fs::path base = fs::path(out.toStdString()) / "gqa";
        LlamaForCausalLM model = loadHfModel(base);
        LoraConfig lora = allTargets(4, 8.0);
        lora.dropout = 0.05;
        model->enableLora(lora);
        {
            torch::NoGradGuard noGrad;
            for (auto& [name, tensor] : model->peftTensors())
                tensor.normal_(0.0, 0.2);
        }
        const fs::path adapter = fs::path(dir_.path().toStdString()) / "python-adapter";
        saveLoraAdapter(model, adapter);
        model->eval();
        const torch::Tensor ids = torch::randint(0, model->config().vocabSize, {2, 10}, torch::kInt64);
        const torch::Tensor logits = model->forward(ids).detach();
        std::vector<std::vector<int64_t>> rows(2);
        for (int64_t b = 0; b < 2; ++b)
            for (int64_t t = 0; t < 10; ++t)
                rows[b].push_back(ids[b][t].item<int64_t>());
        const fs::path idsFile = fs::path(dir_.path().toStdString()) / "ids.json";
        std::ofstream(idsFile) << nlohmann::json{{"input_ids", rows}}.dump();
        const fs::path expectedFile = fs::path(dir_.path().toStdString()) / "lora_logits.f32";

        QProcess python;
        python.start(QStringLiteral(ADAPTLAB_SYSTEM_PYTHON3),
                     {QStringLiteral(LORA_REFERENCE_SCRIPT), QString::fromStdString(base.string()),
                      QString::fromStdString(adapter.string()), QString::fromStdString(idsFile.string()),
                      QString::fromStdString(expectedFile.string())});
        QVERIFY(python.waitForFinished(-1));
        QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0,
                 python.readAllStandardError().constData());
        const std::string bytes = readFile(expectedFile);
        QCOMPARE(bytes.size(), size_t(logits.numel()) * sizeof(float));
        const torch::Tensor expected =
            torch::from_blob(const_cast<char*>(bytes.data()), logits.sizes(), torch::kFloat32).clone();
        const double diff = maxAbsDiff(logits, expected);
        QVERIFY2(diff <= 1e-4, qPrintable(QStringLiteral("max |logit - reference| = %1").arg(diff)));
        // And the adapters matter at that tolerance.
        LlamaForCausalLM plain = loadHfModel(base);
        plain->eval();
        QVERIFY(maxAbsDiff(plain->forward(ids), expected) > 1e-2);
    }

private:
    QTemporaryDir dir_;
};

QTEST_GUILESS_MAIN(TestLora)
#include "tst_lora.moc"
