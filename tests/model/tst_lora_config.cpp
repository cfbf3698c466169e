// LoRA settings and adapter_config.json (model/lora_config.h), torch-free: the file as PEFT writes
// it and reads it back, a file PEFT 0.13 wrote (with the keys this code does not model), target
// names short and long, refusals naming the key and the file, trainable-parameter counts checked
// by hand against published shapes, PEFT tensor names.
#include "common/error.h"
#include "model/llama_config.h"
#include "model/lora_config.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <fstream>

using namespace adaptlab::model;
using json = nlohmann::json;

namespace {

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

// An adapter_config.json as PEFT 0.13 writes it for LoraConfig(r=16, lora_alpha=32,
// target_modules=["q_proj", "v_proj"], lora_dropout=0.05, task_type="CAUSAL_LM").
const char* const kPeftWritten = R"({
  "alpha_pattern": {},
  "auto_mapping": null,
  "base_model_name_or_path": "HuggingFaceTB/SmolLM2-135M",
  "bias": "none",
  "fan_in_fan_out": false,
  "inference_mode": true,
  "init_lora_weights": true,
  "layer_replication": null,
  "layers_pattern": null,
  "layers_to_transform": null,
  "loftq_config": {},
  "lora_alpha": 32,
  "lora_dropout": 0.05,
  "megatron_config": null,
  "megatron_core": "megatron.core",
  "modules_to_save": null,
  "peft_type": "LORA",
  "r": 16,
  "rank_pattern": {},
  "revision": null,
  "target_modules": [
    "v_proj",
    "q_proj"
  ],
  "task_type": "CAUSAL_LM",
  "use_dora": false,
  "use_rslora": false
})";

LlamaConfig smolLM2()
{
    LlamaConfig c; // HuggingFaceTB/SmolLM2-135M's config.json
    c.vocabSize = 49152;
    c.hiddenSize = 576;
    c.intermediateSize = 1536;
    c.numHiddenLayers = 30;
    c.numAttentionHeads = 9;
    c.numKeyValueHeads = 3;
    c.tieWordEmbeddings = true;
    return c;
}

} // namespace

class TestLoraConfig : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsWhatPeftWrote()
    {
        const LoraConfig config = LoraConfig::fromPeftJson(json::parse(kPeftWritten), "adapter_config.json");
        QCOMPARE(config.rank, int64_t(16));
        QCOMPARE(config.alpha, 32.0);
        QCOMPARE(config.scale(), 2.0);
        QCOMPARE(config.dropout, 0.05);
        QCOMPARE(config.targets, (std::vector<std::string>{"q", "v"})); // canonical order
        QCOMPARE(config.baseModel, std::string("HuggingFaceTB/SmolLM2-135M"));
    }

    void writesWhatPeftReads()
    {
        LoraConfig config;
        config.rank = 8;
        config.alpha = 16;
        config.dropout = 0.1;
        config.targets = {"down", "q", "gate", "o"};
        config.baseModel = "runs/cpt/final";
        // Through text, as PEFT sees it (a parsed 8 is unsigned, a built one signed).
        const json written = json::parse(config.toPeftJson().dump());
        // Every key PEFT 0.13 writes that matters for loading, with PEFT's types.
        const json peft = json::parse(kPeftWritten);
        for (const char* key : {"alpha_pattern", "base_model_name_or_path", "bias", "fan_in_fan_out", "inference_mode",
                                "init_lora_weights", "layers_pattern", "layers_to_transform", "lora_alpha",
                                "lora_dropout", "modules_to_save", "peft_type", "r", "rank_pattern", "target_modules",
                                "task_type", "use_dora", "use_rslora"}) {
            QVERIFY2(written.contains(key), key);
            QVERIFY2(written.at(key).type() == peft.at(key).type(), key);
        }
        QVERIFY(written.at("r") == json(8));
        QVERIFY(written.at("lora_alpha") == json(16));
        QVERIFY(written.at("target_modules") == (json{"q_proj", "o_proj", "gate_proj", "down_proj"}));
        const LoraConfig back = LoraConfig::fromPeftJson(written, "x");
        QCOMPARE(back.rank, config.rank);
        QCOMPARE(back.alpha, config.alpha);
        QCOMPARE(back.dropout, config.dropout);
        QCOMPARE(back.targets, (std::vector<std::string>{"q", "o", "gate", "down"}));
        QCOMPARE(back.baseModel, config.baseModel);
        // A fractional alpha stays a number; an empty base model is null.
        config.alpha = 2.5;
        config.baseModel.clear();
        QVERIFY(config.toPeftJson().at("lora_alpha") == json(2.5));
        QVERIFY(config.toPeftJson().at("base_model_name_or_path").is_null());
    }

    void targetForms()
    {
        json j = json::parse(kPeftWritten);
        j["target_modules"] = "all-linear";
        QCOMPARE(LoraConfig::fromPeftJson(j, "f").targets.size(), size_t(7));
        j["target_modules"] = "up_proj";
        QCOMPARE(LoraConfig::fromPeftJson(j, "f").targets, (std::vector<std::string>{"up"}));
        j["target_modules"] = json{"k", "down_proj", "k_proj"}; // short names too; duplicates once
        QCOMPARE(LoraConfig::fromPeftJson(j, "f").targets, (std::vector<std::string>{"k", "down"}));
        QCOMPARE(parseLoraTargets("q, k,v,o"), (std::vector<std::string>{"q", "k", "v", "o"}));
        QCOMPARE(parseLoraTargets("gate_proj,up"), (std::vector<std::string>{"gate", "up"}));
        QCOMPARE(loraModuleName("down"), std::string("down_proj"));
        QCOMPARE(peftTensorName(3, "up", 'A'), std::string("base_model.model.model.layers.3.mlp.up_proj.lora_A.weight"));
        QCOMPARE(peftTensorName(0, "q", 'B'), std::string("base_model.model.model.layers.0.self_attn.q_proj.lora_B.weight"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value"); // JSON
        QTest::addColumn<QString>("expected");
        QTest::newRow("peft_type") << "peft_type" << "\"IA3\"" << "peft_type";
        QTest::newRow("task_type") << "task_type" << "\"SEQ_CLS\"" << "task_type";
        QTest::newRow("rank 0") << "r" << "0" << "lora_rank";
        QTest::newRow("rank text") << "r" << "\"8\"" << ": r: must be a whole number";
        QTest::newRow("alpha") << "lora_alpha" << "null" << ""; // null: PEFT's default 8, accepted
        QTest::newRow("dropout") << "lora_dropout" << "1.5" << "lora_dropout";
        QTest::newRow("unknown module") << "target_modules" << "[\"q_proj\", \"c_attn\"]" << "target_modules[1]: unknown module \"c_attn\"";
        QTest::newRow("regex") << "target_modules" << "\".*q_proj\"" << "regular expressions";
        QTest::newRow("no modules") << "target_modules" << "[]" << "lora_targets";
        QTest::newRow("rslora") << "use_rslora" << "true" << "use_rslora";
        QTest::newRow("dora") << "use_dora" << "true" << "use_dora";
        QTest::newRow("fan_in_fan_out") << "fan_in_fan_out" << "true" << "fan_in_fan_out";
        QTest::newRow("bias") << "bias" << "\"lora_only\"" << "bias";
        QTest::newRow("layers") << "layers_to_transform" << "[0, 1]" << "layers_to_transform";
        QTest::newRow("rank_pattern") << "rank_pattern" << "{\"q_proj\": 4}" << "rank_pattern";
        QTest::newRow("modules_to_save") << "modules_to_save" << "[\"lm_head\"]" << "modules_to_save";
    }
    void refusals()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        json j = json::parse(kPeftWritten);
        j[key.toStdString()] = json::parse(value.toStdString());
        const QString message = errorOf([&] { LoraConfig::fromPeftJson(j, "/runs/a/adapter/adapter_config.json"); });
        if (expected.isEmpty()) {
            QVERIFY2(message.isEmpty(), qPrintable(message));
            return;
        }
        QVERIFY2(message.startsWith("/runs/a/adapter/adapter_config.json: ") && message.contains(expected),
                 qPrintable(message));
    }

    void validate()
    {
        LoraConfig config;
        QVERIFY(errorOf([&] { config.validate(); }).isEmpty());
        config.targets = {"q", "qq"};
        const QString message = errorOf([&] { config.validate(); });
        QCOMPARE(message, QStringLiteral("lora_targets: unknown module \"qq\" (choose from q, k, v, o, gate, up, down)"));
        config.targets = {"q", "q"};
        QVERIFY(errorOf([&] { config.validate(); }).contains("twice"));
        config.targets = {"q"};
        config.rank = 0;
        QCOMPARE(errorOf([&] { config.validate(); }), QStringLiteral("lora_rank: must be at least 1 (got 0)"));
        config.rank = 4;
        config.alpha = 0;
        QVERIFY(errorOf([&] { config.validate(); }).startsWith("lora_alpha"));
        QVERIFY(errorOf([&] { parseLoraTargets("q,,v"); }).contains("empty"));
        QVERIFY(errorOf([&] { parseLoraTargets("q,x"); }).contains("\"x\""));
        QVERIFY(errorOf([&] { loraModuleName("qkv"); }).contains("\"qkv\""));
    }

    // By hand from SmolLM2-135M's shapes (C 576, I 1536, 9 heads, 3 KV heads of 64, 30 layers):
    // q and v at r 8: 8 * (576 + 576) + 8 * (576 + 192) = 15360 per layer, 460800 in all (what
    // PEFT's print_trainable_parameters reports for that model and config).
    void parameterCount()
    {
        LoraConfig config;
        config.rank = 8;
        config.targets = {"q", "v"};
        QCOMPARE(loraParameterCount(smolLM2(), config), int64_t(460800));
        config.targets = {"q", "k", "v", "o", "gate", "up", "down"};
        const int64_t perLayer = 8 * ((576 + 576) + 2 * (576 + 192) + (576 + 576) + 2 * (576 + 1536) + (1536 + 576));
        QCOMPARE(loraParameterCount(smolLM2(), config), 30 * perLayer);
    }

    void adapterFolder()
    {
        QTemporaryDir dir;
        const std::filesystem::path folder = dir.path().toStdString();
        QVERIFY(!isAdapterFolder(folder));
        QVERIFY(errorOf([&] { readAdapterConfig(folder); }).contains("adapter_config.json"));
        std::ofstream(folder / "adapter_config.json") << "{\"peft_type\": \"LORA\",";
        QVERIFY(isAdapterFolder(folder));
        QVERIFY(errorOf([&] { readAdapterConfig(folder); }).contains("not valid JSON"));
        std::ofstream(folder / "adapter_config.json") << kPeftWritten;
        QCOMPARE(readAdapterConfig(folder).rank, int64_t(16));
    }
};

QTEST_GUILESS_MAIN(TestLoraConfig)
#include "tst_lora_config.moc"
