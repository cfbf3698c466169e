// The SFT stage of the trainer on a tiny model, a SentencePiece tokenizer trained here and chat
// instruction data written here (sft_test_support.h):
// - packing leaks nothing: each example's loss in packed rows (positions and segments through the
//   model's packed forward) equals its loss alone in its own row, and the trainer's held-out loss
//   is the same packed and unpacked;
// - a full fine-tuning SFT run lowers the held-out answer loss and ends with a Hugging Face folder;
// - a LoRA SFT run trains only the adapters (the base tensors bit-identical after every step),
//   lowers the held-out loss, writes out/adapter in the PEFT layout (config keys, tensor names and
//   shapes read back from the safetensors header by hand) and checkpoints the adapter only;
// - a LoRA run stopped and resumed gives the same losses and adapter as one that ran through.
#include "sft_test_support.h"
#include "trainer_test_support.h"

#include "common/error.h"
#include "data/chat_template.h"
#include "data/instruction.h"
#include "model/llama_config.h"
#include "tokenize/tokenizer.h"
#include "torch/model/hf_checkpoint.h"
#include "torch/model/llama.h"
#include "torch/model/lora.h"
#include "torch/train/trainer.h"
#include "train/checkpoint_folder.h"
#include "train/sft_data.h"
#include "train/sft_order.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <fstream>
#include <map>
#include <optional>

using namespace adaptlab;
using namespace adaptlab::train;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

struct Recorded {
    std::map<int64_t, double> trainLoss;
    std::map<int64_t, double> heldout; // the one SFT source
    std::vector<std::string> logs;

    TrainHooks hooks()
    {
        TrainHooks h;
        h.metrics = [this](int64_t step, int64_t, const std::vector<TrainMetric>& metrics) {
            for (const auto& m : metrics) {
                if (m.name == "train_loss")
                    trainLoss[step] = m.value;
                else if (m.name == "heldout_loss")
                    heldout[step] = m.value;
            }
        };
        h.log = [this](const std::string& message, const std::string&) { logs.push_back(message); };
        return h;
    }
};

// The JSON header of a safetensors file (8-byte little-endian length, then JSON), read by hand.
json safetensorsHeader(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    uint64_t length = 0;
    in.read(reinterpret_cast<char*>(&length), 8);
    std::string text(length, '\0');
    in.read(text.data(), static_cast<std::streamsize>(length));
    return json::parse(text);
}

std::map<std::string, torch::Tensor> baseTensors(const model::LlamaForCausalLM& model)
{
    std::map<std::string, torch::Tensor> out;
    for (auto& [name, tensor] : model->hfTensors())
        out[name] = tensor.detach().clone();
    return out;
}

} // namespace

class TestSft : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void packedLossEqualsUnpacked();
    void sftLowersHeldoutAnswerLoss();
    void loraTrainsAdaptersOnly();
    void loraResumeIsExact();

private:
    fs::path fresh(const std::string& name) { return m_root / (std::to_string(++m_counter) + "-" + name); }

    TrainConfig sftConfig(const fs::path& runDir, int64_t steps, const std::string& base = "preset:tiny") const
    {
        TrainConfig config = test::tinyConfig(m_corpora, runDir, steps);
        config.stage = "sft";
        config.base = base;
        config.data.sources.clear();
        config.data.seqLen = 128; // an example is ~110 tokens (ChatML markers are text to this tokenizer)
        config.data.globalBatch = 8;
        config.microBatch = 4;
        config.sft.files = {{m_instructions, data::InstructionFormat::Chat, {}, "devices"}};
        config.sft.chatTemplate = "chatml";
        config.sft.heldoutFraction = 0.15;
        config.evalEvery = 10;
        config.evalEveryEarly = 0;
        config.evalRows = 16;
        config.saveEvery = 10;
        return config;
    }

    TrainConfig loraConfig(const fs::path& runDir, int64_t steps) const
    {
        TrainConfig config = sftConfig(runDir, steps, m_baseFolder.string());
        config.lora = true;
        config.loraConfig.rank = 4;
        config.loraConfig.alpha = 8;
        config.loraConfig.dropout = 0.1; // dropout draws from the RNG: the resume must restore it
        config.loraConfig.targets = {"q", "v", "down"};
        config.schedule.peakLr = 1e-2;
        return config;
    }

    QTemporaryDir m_temp;
    fs::path m_root;
    test::Corpora m_corpora;
    fs::path m_instructions;
    fs::path m_baseFolder; // a tiny model saved as a Hugging Face folder: the LoRA base
    int m_counter = 0;
};

void TestSft::initTestCase()
{
    QVERIFY(m_temp.isValid());
    m_root = fs::path(m_temp.path().toStdString());
    m_corpora = test::makeCorpora(m_root / "corpora");
    m_instructions = m_root / "devices.jsonl";
    test::writeInstructions(m_instructions, 160);

    const auto tokenizer = tokenize::Tokenizer::open(m_corpora.tokenizer);
    model::LlamaConfig llama = model::presetConfig("tiny", tokenizer->vocabSize());
    llama.eosTokenIds = {m_corpora.eosId};
    torch::manual_seed(11);
    model::LlamaForCausalLM base(llama);
    m_baseFolder = m_root / "base";
    model::SaveOptions options;
    options.tokenizerSource = m_corpora.tokenizer;
    model::saveHfModel(base, m_baseFolder, options);
}

void TestSft::packedLossEqualsUnpacked()
{
    TrainConfig config = sftConfig(fresh("packing"), 1);
    config.sft.heldoutFraction = 0.3;
    config.data.seqLen = 384; // room for several examples (~110 tokens each) in a row
    const auto packed = openSftOrder(config);
    config.sft.packing = false;
    const auto alone = openSftOrder(config);

    const auto tokenizer = tokenize::Tokenizer::open(m_corpora.tokenizer);
    torch::manual_seed(3);
    model::LlamaForCausalLM model(model::presetConfig("tiny", tokenizer->vocabSize()));
    model->eval();
    std::optional<torch::NoGradGuard> noGrad(std::in_place); // until the trainer runs below

    // Per held-out example (DocumentSegment::document): the summed loss of its trained targets.
    auto perExample = [&](const Batch& batch, bool packedForward) {
        const auto ids = [&](const std::vector<int32_t>& v) {
            return torch::tensor(std::vector<int64_t>(v.begin(), v.end())).view({batch.rows, batch.seqLen});
        };
        const torch::Tensor logits = packedForward
                                         ? model->forward(ids(batch.inputs), ids(batch.positions), ids(batch.segmentIds))
                                         : model->forward(ids(batch.inputs)); // one example per row: no ids needed
        const torch::Tensor losses =
            torch::nn::functional::cross_entropy(logits.view({-1, logits.size(-1)}), ids(batch.targets).view({-1}),
                                                 torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kNone));
        const auto values = losses.contiguous();
        std::map<uint64_t, std::pair<double, int>> sums;
        for (const DocumentSegment& part : batch.segments) {
            for (int64_t p = part.begin; p < part.begin + part.length - 1 && p < batch.seqLen; ++p) {
                const size_t t = static_cast<size_t>(part.row * batch.seqLen + p);
                if (batch.lossMask[t]) {
                    sums[part.document].first += values[static_cast<int64_t>(t)].item<double>();
                    sums[part.document].second += 1;
                }
            }
        }
        return sums;
    };
    const Batch packedRows = packed->heldOut(0, 1000);
    const Batch aloneRows = alone->heldOut(0, 1000);
    QVERIFY2(packedRows.rows < aloneRows.rows, // several examples share a row
             qPrintable(QString("%1 packed rows, %2 alone; first example %3 tokens")
                            .arg(packedRows.rows).arg(aloneRows.rows).arg(aloneRows.segments.front().length)));
    const auto a = perExample(packedRows, true);
    const auto b = perExample(aloneRows, false);
    QCOMPARE(a.size(), b.size());
    QVERIFY(a.size() >= 20);
    for (const auto& [document, sum] : b) {
        QCOMPARE(a.at(document).second, sum.second); // the same trained tokens
        QVERIFY2(std::abs(a.at(document).first - sum.first) <= 1e-4 * std::max(1.0, std::abs(sum.first)),
                 qPrintable(QString("example %1: packed %2, alone %3").arg(document).arg(a.at(document).first).arg(sum.first)));
    }

    noGrad.reset();

    // The same through the trainer's evaluation: the held-out loss before training.
    Recorded withPacking, without;
    TrainConfig run = sftConfig(fresh("packed-run"), 1);
    run.sft.heldoutFraction = 0.3;
    run.data.seqLen = 384;
    run.evalRows = 1000; // every held-out example on both sides
    runTraining(run, withPacking.hooks());
    run.runDir = fresh("alone-run");
    run.sft.packing = false;
    runTraining(run, without.hooks());
    QVERIFY(std::abs(withPacking.heldout.at(0) - without.heldout.at(0)) <= 1e-5);
}

void TestSft::sftLowersHeldoutAnswerLoss()
{
    const fs::path run = fresh("full");
    TrainConfig config = sftConfig(run, 30);
    config.finalDir = run / "final";
    Recorded recorded;
    const TrainResult result = runTraining(config, recorded.hooks());
    QCOMPARE(result.stepsDone, int64_t(30));
    const auto [first, last] = result.heldoutLoss.at("devices");
    QVERIFY2(last < 0.6 * first, qPrintable(QString("held-out answer loss %1 -> %2").arg(first).arg(last)));
    QVERIFY(fs::is_regular_file(run / "final" / "config.json"));
    QVERIFY(fs::is_regular_file(run / "final" / "model.safetensors"));
    QVERIFY(fs::is_regular_file(run / "final" / "tokenizer.model"));
    bool counted = false;
    for (const std::string& line : recorded.logs)
        counted = counted || (line.find("examples rendered with the chatml template") != std::string::npos);
    QVERIFY(counted);
}

void TestSft::loraTrainsAdaptersOnly()
{
    const fs::path run = fresh("lora");
    TrainConfig config = loraConfig(run, 20);
    config.finalDir = run;
    const auto original = baseTensors(model::loadHfModel(m_baseFolder));

    TrainerProbe probe;
    int checked = 0;
    probe.beforeStep = [&](int64_t step, model::LlamaForCausalLM& model) {
        QVERIFY(model->hasLora());
        if (step % 5 != 4)
            return;
        for (const auto& [name, tensor] : model->hfTensors()) // the base: bit-identical
            QVERIFY2(torch::equal(tensor, original.at(name)), name.c_str());
        ++checked;
    };
    Recorded recorded;
    const TrainResult result = runTraining(config, recorded.hooks(), probe);
    QCOMPARE(checked, 4);
    QCOMPARE(result.finalDir, run / "adapter");
    const auto [first, last] = result.heldoutLoss.at("devices");
    QVERIFY2(last < first, qPrintable(QString("held-out answer loss %1 -> %2").arg(first).arg(last)));

    // PEFT layout.
    std::ifstream configFile(run / "adapter" / "adapter_config.json");
    const json peft = json::parse(configFile);
    QCOMPARE(peft.at("peft_type").get<std::string>(), std::string("LORA"));
    QCOMPARE(peft.at("r").get<int>(), 4);
    QCOMPARE(peft.at("lora_alpha").get<double>(), 8.0);
    QCOMPARE(peft.at("task_type").get<std::string>(), std::string("CAUSAL_LM"));
    auto targets = peft.at("target_modules").get<std::vector<std::string>>();
    std::sort(targets.begin(), targets.end());
    QCOMPARE(targets, (std::vector<std::string>{"down_proj", "q_proj", "v_proj"}));
    const json header = safetensorsHeader(run / "adapter" / "adapter_model.safetensors");
    const model::LlamaConfig llama = model::LlamaConfig::load(m_baseFolder / "config.json");
    int tensors = 0;
    for (const auto& item : header.items())
        tensors += item.key() == "__metadata__" ? 0 : 1;
    QCOMPARE(tensors, static_cast<int>(llama.numHiddenLayers * 3 * 2));
    const json& a = header.at("base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight");
    QCOMPARE(a.at("shape").get<std::vector<int64_t>>(), (std::vector<int64_t>{4, llama.hiddenSize}));
    const json& b = header.at("base_model.model.model.layers.1.mlp.down_proj.lora_B.weight");
    QCOMPARE(b.at("shape").get<std::vector<int64_t>>(), (std::vector<int64_t>{llama.hiddenSize, 4}));
    QVERIFY(fs::is_regular_file(run / "adapter" / "tokenizer.model"));
    std::ifstream infoFile(run / "adapter" / "adapter_base.json");
    QCOMPARE(json::parse(infoFile).at("base_model").get<std::string>(), m_baseFolder.string());

    // Checkpoints hold the adapter, not the model; the trained adapter is not the initial one (B = 0).
    const auto checkpoint = latestCheckpoint(run);
    QVERIFY(checkpoint);
    QVERIFY(fs::is_regular_file(*checkpoint / "adapter" / "adapter_model.safetensors"));
    QVERIFY(!fs::exists(*checkpoint / "model.safetensors"));
    model::LlamaForCausalLM loaded = model::loadHfModelWithAdapter(m_baseFolder, run / "adapter");
    double bNorm = 0;
    for (const auto& [name, tensor] : loaded->peftTensors())
        if (name.find("lora_B") != std::string::npos)
            bNorm += tensor.norm().item<double>();
    QVERIFY(bNorm > 0);
}

void TestSft::loraResumeIsExact()
{
    const fs::path runA = fresh("lora-a");
    Recorded a;
    runTraining(loraConfig(runA, 12), a.hooks());

    const fs::path runB = fresh("lora-b");
    TrainConfig first = loraConfig(runB, 12);
    int calls = 0;
    first.saveEvery = 5;
    TrainConfig firstStop = first;
    Recorded b;
    TrainHooks stopping = b.hooks();
    stopping.stopRequested = [&calls] { return ++calls == 7; }; // stops after step 7
    const TrainResult stopped = runTraining(firstStop, stopping);
    QVERIFY(stopped.stopped);
    QCOMPARE(stopped.stepsDone, int64_t(7));
    TrainConfig rest = first;
    rest.resume = true;
    const TrainResult resumed = runTraining(rest, b.hooks());
    QCOMPARE(resumed.stepsDone, int64_t(12));
    for (int64_t step = 1; step <= 12; ++step)
        QVERIFY2(std::abs(a.trainLoss.at(step) - b.trainLoss.at(step)) <= 1e-6,
                 qPrintable(QString("step %1: %2 vs %3").arg(step).arg(a.trainLoss.at(step)).arg(b.trainLoss.at(step))));

    const auto adapterA = model::loadHfModelWithAdapter(m_baseFolder, runA / "checkpoints" / "step-12" / "adapter");
    const auto adapterB = model::loadHfModelWithAdapter(m_baseFolder, runB / "checkpoints" / "step-12" / "adapter");
    const auto tensorsA = adapterA->peftTensors();
    const auto tensorsB = adapterB->peftTensors();
    QCOMPARE(tensorsA.size(), tensorsB.size());
    for (size_t i = 0; i < tensorsA.size(); ++i)
        QVERIFY2(torch::allclose(tensorsA[i].second, tensorsB[i].second, 0, 1e-6), tensorsA[i].first.c_str());

    // Another LoRA rank is another run.
    TrainConfig other = loraConfig(runB, 14);
    other.loraConfig.rank = 8;
    other.resume = true;
    QVERIFY_THROWS_EXCEPTION(Error, runTraining(other, {}));
}

QTEST_GUILESS_MAIN(TestSft)
#include "tst_sft.moc"
