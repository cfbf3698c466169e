// The C++ Llama model against llama_reference.py (an independent float64 implementation of HF's
// LlamaForCausalLM): logits within 1e-4 for f32, bf16 weights, tied embeddings, GQA, biases, an
// explicit head_dim and Llama-3 rope scaling; the masked loss; KV-cache decoding equal to the full
// forward; the HF tensor names round trip; gradients against finite differences.
#include "common/error.h"
#include "model/llama_config.h"
#include "torch/model/hf_checkpoint.h"
#include "torch/model/llama.h"

#include "reference_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <torch/torch.h>


using namespace adaptlab::model;

namespace {

LlamaForCausalLM loadModel(const std::filesystem::path& folder)
{
    LlamaForCausalLM model = loadHfModel(folder);
    model->eval();
    return model;
}

torch::Tensor toTensor(const std::vector<std::vector<int64_t>>& rows)
{
    torch::Tensor out = torch::empty({int64_t(rows.size()), int64_t(rows.front().size())}, torch::kInt64);
    for (size_t b = 0; b < rows.size(); ++b)
        for (size_t t = 0; t < rows[b].size(); ++t)
            out[int64_t(b)][int64_t(t)] = rows[b][t];
    return out;
}

torch::Tensor expectedLogits(const reference::Case& c)
{
    return torch::from_blob(const_cast<float*>(c.logits.data()), c.logitsShape, torch::kFloat32).clone();
}

double maxAbsDiff(const torch::Tensor& a, const torch::Tensor& b)
{
    return (a.to(torch::kFloat64) - b.to(torch::kFloat64)).abs().max().item<double>();
}

} // namespace

class TestLlamaReference : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        const QString problem = reference::writeCases(dir_.path());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        torch::manual_seed(7);
    }

    void logits_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* name : {"f32", "bf16", "tied", "gqa", "bias", "head_dim", "llama3", "cli"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    // The forward pass matches the reference within 1e-4 (the reference's logits are O(1-4)).
    void logits()
    {
        QFETCH(QString, name);
        const auto folder = folderOf(name);
        const reference::Case expected = reference::readCase(folder);
        LlamaForCausalLM model = loadModel(folder);
        torch::NoGradGuard noGrad;
        const torch::Tensor logits = model->forward(toTensor(expected.inputIds));
        QCOMPARE(logits.sizes().vec(), expected.logitsShape);
        QCOMPARE(logits.scalar_type(), torch::kFloat32);
        const double diff = maxAbsDiff(logits, expectedLogits(expected));
        QVERIFY2(diff <= 1e-4, qPrintable(QStringLiteral("max |logit - reference| = %1").arg(diff)));
        // The comparison is not vacuous: the logits spread over several units.
        QVERIFY(expectedLogits(expected).std().item<double>() > 0.5);
    }

    void loss_data() { logits_data(); }
    // maskedCrossEntropy: the mean over the masked-in positions, as the script computes it.
    void loss()
    {
        QFETCH(QString, name);
        const auto folder = folderOf(name);
        const reference::Case expected = reference::readCase(folder);
        LlamaForCausalLM model = loadModel(folder);
        const torch::Tensor mask = toTensor(expected.lossMask);
        const auto [loss, count] = maskedCrossEntropy(model->forward(toTensor(expected.inputIds)),
                                                      toTensor(expected.targets), mask);
        QCOMPARE(count, mask.sum().item<int64_t>());
        QVERIFY2(std::abs(loss.item<double>() - expected.loss) <= 1e-5,
                 qPrintable(QStringLiteral("loss %1, reference %2").arg(loss.item<double>()).arg(expected.loss)));
        // bool masks are taken as well as 0/1 ones
        const auto [boolLoss, boolCount] = maskedCrossEntropy(model->forward(toTensor(expected.inputIds)),
                                                              toTensor(expected.targets), mask.to(torch::kBool));
        QCOMPARE(boolCount, count);
        QCOMPARE(boolLoss.item<double>(), loss.item<double>());
    }

    // No position to learn from: loss 0 (not NaN) that still backpropagates (zero gradients).
    void lossWithEmptyMask()
    {
        LlamaForCausalLM model(LlamaConfig::load(folderOf(QStringLiteral("f32")) / "config.json"));
        const torch::Tensor ids = torch::randint(0, 96, {2, 5}, torch::kInt64);
        const auto [loss, count] = maskedCrossEntropy(model->forward(ids), ids, torch::zeros({2, 5}, torch::kInt64));
        QCOMPARE(count, int64_t(0));
        QCOMPARE(loss.item<double>(), 0.0);
        loss.backward();
        QCOMPARE(model->parameters().front().grad().abs().sum().item<double>(), 0.0);
    }

    void kvCache_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* name : {"f32", "gqa", "bias", "head_dim", "llama3"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    // Decoding with the cache (a prefix, then one token at a time, then a chunk) gives the logits of
    // the full forward pass.
    void kvCache()
    {
        QFETCH(QString, name);
        const auto folder = folderOf(name);
        const reference::Case expected = reference::readCase(folder);
        LlamaForCausalLM model = loadModel(folder);
        torch::NoGradGuard noGrad;
        const torch::Tensor ids = toTensor(expected.inputIds);
        const torch::Tensor full = model->forward(ids);
        const int64_t T = ids.size(1);
        KvCache cache;
        std::vector<torch::Tensor> pieces;
        pieces.push_back(model->forward(ids.narrow(1, 0, 3), &cache));
        QCOMPARE(cache.length(), int64_t(3));
        for (int64_t t = 3; t < T - 3; ++t)
            pieces.push_back(model->forward(ids.narrow(1, t, 1), &cache));
        pieces.push_back(model->forward(ids.narrow(1, T - 3, 3), &cache));
        QCOMPARE(cache.length(), T);
        QCOMPARE(int64_t(cache.keys.size()), model->config().numHiddenLayers);
        const double diff = maxAbsDiff(torch::cat(pieces, 1), full);
        QVERIFY2(diff <= 1e-5, qPrintable(QStringLiteral("max |cached - full| = %1").arg(diff)));
        QVERIFY(maxAbsDiff(torch::cat(pieces, 1), expectedLogits(expected)) <= 1e-4);
    }

    void hfTensors_data() { logits_data(); }
    // hfTensors() lists exactly LlamaConfig::tensorShapes(), in order; loading them into a fresh
    // model reproduces the logits; parameterCount() counts the same elements.
    void hfTensors()
    {
        QFETCH(QString, name);
        const auto folder = folderOf(name);
        LlamaForCausalLM model = loadModel(folder);
        const auto tensors = model->hfTensors();
        const auto shapes = model->config().tensorShapes();
        QCOMPARE(tensors.size(), shapes.size());
        int64_t elements = 0;
        std::map<std::string, torch::Tensor> byName;
        for (size_t i = 0; i < shapes.size(); ++i) {
            QCOMPARE(tensors[i].first, shapes[i].first);
            QCOMPARE(tensors[i].second.sizes().vec(), shapes[i].second);
            QVERIFY(!tensors[i].second.requires_grad());
            elements += tensors[i].second.numel();
            byName[tensors[i].first] = tensors[i].second;
        }
        QCOMPARE(elements, model->config().parameterCount());
        int64_t parameters = 0;
        for (const auto& p : model->parameters())
            parameters += p.numel();
        QCOMPARE(parameters, model->config().parameterCount());
        // The file's tensors are exactly these (names), and the copy gives the same model.
        const auto file = readCheckpointTensors(folder);
        QCOMPARE(file.size(), byName.size());
        for (const auto& [tensorName, tensor] : file)
            QVERIFY2(byName.contains(tensorName), tensorName.c_str());
        LlamaForCausalLM copy(model->config());
        copy->loadHfTensors(byName);
        copy->eval();
        torch::NoGradGuard noGrad;
        const torch::Tensor ids = toTensor(reference::readCase(folder).inputIds);
        QCOMPARE(maxAbsDiff(copy->forward(ids), model->forward(ids)), 0.0);
    }

    // Weights that do not fit the config are refused, naming every tensor at fault, and nothing is
    // loaded.
    void loadRefusesMismatches()
    {
        const auto folder = folderOf(QStringLiteral("gqa"));
        const auto good = readCheckpointTensors(folder);
        LlamaForCausalLM model = loadModel(folder);
        const torch::Tensor before = model->hfTensors().front().second.clone();

        auto missing = good;
        missing.erase("model.layers.1.self_attn.k_proj.weight");
        auto wrongShape = good;
        wrongShape["model.layers.2.mlp.up_proj.weight"] = torch::zeros({160, 32});
        auto unexpected = good;
        unexpected["model.layers.0.self_attn.q_proj.bias"] = torch::zeros({64});
        auto integer = good;
        integer["model.norm.weight"] = torch::ones({64}, torch::kInt64);
        const std::vector<std::pair<std::map<std::string, torch::Tensor>, std::string>> cases = {
            {missing, "model.layers.1.self_attn.k_proj.weight: missing"},
            {wrongShape, "model.layers.2.mlp.up_proj.weight: shape [160, 32] where the config gives [160, 64]"},
            {unexpected, "model.layers.0.self_attn.q_proj.bias: not a tensor of this config"},
            {integer, "model.norm.weight: dtype Long is not a floating-point type"},
        };
        for (const auto& [tensors, message] : cases) {
            auto changed = tensors;
            changed["model.embed_tokens.weight"] = torch::zeros_like(good.at("model.embed_tokens.weight"));
            try {
                model->loadHfTensors(changed);
                QFAIL(("accepted: " + message).c_str());
            } catch (const adaptlab::Error& error) {
                QVERIFY2(std::string(error.what()).find(message) != std::string::npos, error.what());
            }
            QCOMPARE(maxAbsDiff(model->hfTensors().front().second, before), 0.0);
        }
        // A tied model accepts (and ignores) an lm_head.weight equal in shape to the embedding, and
        // the rotary frequencies older checkpoints stored.
        const auto tiedFolder = folderOf(QStringLiteral("tied"));
        auto tied = readCheckpointTensors(tiedFolder);
        tied["lm_head.weight"] = torch::zeros_like(tied.at("model.embed_tokens.weight"));
        tied["model.layers.0.self_attn.rotary_emb.inv_freq"] = torch::zeros({8});
        LlamaForCausalLM tiedModel(LlamaConfig::load(tiedFolder / "config.json"));
        tiedModel->loadHfTensors(tied);
    }

    // AdamW's groups: every matrix and the embedding decay, norms and biases do not; together they
    // are all the parameters.
    void parameterGroups()
    {
        LlamaForCausalLM model(LlamaConfig::load(folderOf(QStringLiteral("bias")) / "config.json"));
        const auto& c = model->config();
        const auto decayed = model->decayedParameters();
        const auto undecayed = model->undecayedParameters();
        // per layer: qkv, o, gate, up, down; plus the embedding and lm_head
        QCOMPARE(int64_t(decayed.size()), 5 * c.numHiddenLayers + 2);
        // per layer: 2 norms + biases of qkv, o, gate, up, down; plus the final norm
        QCOMPARE(int64_t(undecayed.size()), 7 * c.numHiddenLayers + 1);
        for (const auto& p : decayed)
            QCOMPARE(p.dim(), int64_t(2));
        for (const auto& p : undecayed)
            QCOMPARE(p.dim(), int64_t(1));
        QCOMPARE(decayed.size() + undecayed.size(), model->parameters().size());
    }

    // The backward pass: autograd's gradient of the loss against central differences, in float64,
    // for elements of every kind of parameter (a tied GQA model with biases and Llama-3 scaling).
    void gradientsMatchFiniteDifferences()
    {
        LlamaConfig config = LlamaConfig::load(folderOf(QStringLiteral("llama3")) / "config.json");
        config.attentionBias = true;
        config.mlpBias = true;
        config.tieWordEmbeddings = true;
        config.numHiddenLayers = 2;
        config.vocabSize = 40;
        LlamaForCausalLM model(config);
        model->to(torch::kFloat64);
        {
            torch::NoGradGuard noGrad;
            for (auto& p : model->parameters())
                p.add_(torch::randn_like(p) * 0.3); // away from the symmetric initial state
        }
        const torch::Tensor ids = torch::randint(0, 40, {2, 9}, torch::kInt64);
        const torch::Tensor targets = torch::randint(0, 40, {2, 9}, torch::kInt64);
        const torch::Tensor mask = torch::rand({2, 9}) > 0.3;
        const auto lossOf = [&] { return maskedCrossEntropy(model->forward(ids), targets, mask).first; };
        model->zero_grad();
        lossOf().backward();
        torch::NoGradGuard noGrad;
        int checked = 0;
        for (auto& item : model->named_parameters()) {
            torch::Tensor p = item.value();
            const torch::Tensor flat = p.view({-1});
            for (const int64_t index : {int64_t(0), p.numel() / 2, p.numel() - 1}) {
                const double saved = flat[index].item<double>();
                const double h = 1e-6;
                flat[index] = saved + h;
                const double up = lossOf().item<double>();
                flat[index] = saved - h;
                const double down = lossOf().item<double>();
                flat[index] = saved;
                const double numeric = (up - down) / (2 * h);
                const double analytic = p.grad().view({-1})[index].item<double>();
                QVERIFY2(std::abs(numeric - analytic) <= 1e-6 + 1e-4 * std::abs(numeric),
                         qPrintable(QStringLiteral("%1[%2]: autograd %3, finite difference %4")
                                        .arg(QString::fromStdString(item.key())).arg(index).arg(analytic).arg(numeric)));
                ++checked;
            }
        }
        QVERIFY(checked > 30);
    }

private:
    std::filesystem::path folderOf(const QString& name) const
    {
        return std::filesystem::path(dir_.path().toStdString()) / name.toStdString();
    }
    QTemporaryDir dir_;
};

QTEST_GUILESS_MAIN(TestLlamaReference)
#include "tst_llama_reference.moc"
