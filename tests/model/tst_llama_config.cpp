// config.json in and out: published configs (SmolLM2-135M, TinyLlama-1.1B, Llama-3.2-1B, written
// here as their model cards ship them) with their known parameter counts, the round trip through
// toJson, the presets, and refused configs whose errors name the file and the field.
#include "model/llama_config.h"

#include "common/error.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>

using namespace adaptlab::model;
using nlohmann::json;

namespace {

const char* kSmolLM2 = R"({
  "architectures": ["LlamaForCausalLM"], "attention_bias": false, "attention_dropout": 0.0,
  "bos_token_id": 0, "eos_token_id": 0, "hidden_act": "silu", "hidden_size": 576,
  "initializer_range": 0.041666666666666664, "intermediate_size": 1536, "is_llama_config": true,
  "max_position_embeddings": 8192, "model_type": "llama", "num_attention_heads": 9,
  "num_hidden_layers": 30, "num_key_value_heads": 3, "pretraining_tp": 1, "rms_norm_eps": 1e-05,
  "rope_interleaved": false, "rope_scaling": null, "rope_theta": 100000, "tie_word_embeddings": true,
  "torch_dtype": "bfloat16", "transformers_version": "4.42.3", "use_cache": true, "vocab_size": 49152
})";

const char* kTinyLlama = R"({
  "architectures": ["LlamaForCausalLM"], "bos_token_id": 1, "eos_token_id": 2, "hidden_act": "silu",
  "hidden_size": 2048, "initializer_range": 0.02, "intermediate_size": 5632,
  "max_position_embeddings": 2048, "model_type": "llama", "num_attention_heads": 32,
  "num_hidden_layers": 22, "num_key_value_heads": 4, "pretraining_tp": 1, "rms_norm_eps": 1e-05,
  "rope_scaling": null, "tie_word_embeddings": false, "torch_dtype": "bfloat16",
  "transformers_version": "4.31.0.dev0", "use_cache": true, "vocab_size": 32000
})";

const char* kLlama32 = R"({
  "architectures": ["LlamaForCausalLM"], "attention_bias": false, "attention_dropout": 0.0,
  "bos_token_id": 128000, "eos_token_id": [128001, 128008, 128009], "head_dim": 64, "hidden_act": "silu",
  "hidden_size": 2048, "initializer_range": 0.02, "intermediate_size": 8192,
  "max_position_embeddings": 131072, "mlp_bias": false, "model_type": "llama", "num_attention_heads": 32,
  "num_hidden_layers": 16, "num_key_value_heads": 8, "pretraining_tp": 1, "rms_norm_eps": 1e-05,
  "rope_scaling": {"factor": 32.0, "high_freq_factor": 4.0, "low_freq_factor": 1.0,
                   "original_max_position_embeddings": 8192, "rope_type": "llama3"},
  "rope_theta": 500000.0, "tie_word_embeddings": true, "torch_dtype": "bfloat16",
  "transformers_version": "4.45.0.dev0", "use_cache": true, "vocab_size": 128256
})";

json minimal()
{
    return json{{"model_type", "llama"}, {"vocab_size", 100}, {"hidden_size", 64}, {"intermediate_size", 128},
                {"num_hidden_layers", 2}, {"num_attention_heads", 4}};
}

void compareConfigs(const LlamaConfig& a, const LlamaConfig& b)
{
    QCOMPARE(a.vocabSize, b.vocabSize);
    QCOMPARE(a.hiddenSize, b.hiddenSize);
    QCOMPARE(a.intermediateSize, b.intermediateSize);
    QCOMPARE(a.numHiddenLayers, b.numHiddenLayers);
    QCOMPARE(a.numAttentionHeads, b.numAttentionHeads);
    QCOMPARE(a.numKeyValueHeads, b.numKeyValueHeads);
    QCOMPARE(a.headDimension(), b.headDimension());
    QCOMPARE(a.maxPositionEmbeddings, b.maxPositionEmbeddings);
    QCOMPARE(a.rmsNormEps, b.rmsNormEps);
    QCOMPARE(a.ropeTheta, b.ropeTheta);
    QCOMPARE(a.ropeScaling.has_value(), b.ropeScaling.has_value());
    if (a.ropeScaling) {
        QCOMPARE(a.ropeScaling->factor, b.ropeScaling->factor);
        QCOMPARE(a.ropeScaling->lowFreqFactor, b.ropeScaling->lowFreqFactor);
        QCOMPARE(a.ropeScaling->highFreqFactor, b.ropeScaling->highFreqFactor);
        QCOMPARE(a.ropeScaling->originalMaxPositionEmbeddings, b.ropeScaling->originalMaxPositionEmbeddings);
    }
    QCOMPARE(a.tieWordEmbeddings, b.tieWordEmbeddings);
    QCOMPARE(a.attentionBias, b.attentionBias);
    QCOMPARE(a.mlpBias, b.mlpBias);
    QCOMPARE(a.bosTokenId, b.bosTokenId);
    QCOMPARE(a.eosTokenIds, b.eosTokenIds);
    QCOMPARE(a.padTokenId, b.padTokenId);
    QCOMPARE(a.torchDtype, b.torchDtype);
    QVERIFY(a.extra == b.extra);
}

} // namespace

class TestLlamaConfig : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void published_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("parameters"); // as the model cards count them
        QTest::newRow("SmolLM2-135M") << QString::fromLatin1(kSmolLM2) << qint64(134515008);
        QTest::newRow("TinyLlama-1.1B") << QString::fromLatin1(kTinyLlama) << qint64(1100048384);
        QTest::newRow("Llama-3.2-1B") << QString::fromLatin1(kLlama32) << qint64(1235814400);
    }
    // Published config.json files load, count their parameters as their cards do, and survive the
    // round trip through toJson (unmodelled keys carried on).
    void published()
    {
        QFETCH(QString, text);
        QFETCH(qint64, parameters);
        const LlamaConfig config = LlamaConfig::fromJson(json::parse(text.toStdString()), "config.json");
        QCOMPARE(config.parameterCount(), int64_t(parameters));
        const LlamaConfig again = LlamaConfig::fromJson(config.toJson(), "again");
        compareConfigs(again, config);
        QCOMPARE(again.parameterCount(), int64_t(parameters));
        const json written = config.toJson();
        QVERIFY(written.at("architectures") == json::array({"LlamaForCausalLM"}));
        QVERIFY(written.at("model_type") == "llama");
        QVERIFY(written.at("use_cache") == true);
        QVERIFY(written.at("initializer_range") == json::parse(text.toStdString()).at("initializer_range"));
    }

    void fields()
    {
        const LlamaConfig smol = LlamaConfig::fromJson(json::parse(kSmolLM2), "config.json");
        QCOMPARE(smol.headDimension(), int64_t(64));
        QCOMPARE(smol.numKeyValueHeads, int64_t(3));
        QCOMPARE(smol.ropeTheta, 100000.0);
        QCOMPARE(smol.rmsNormEps, 1e-5);
        QVERIFY(smol.tieWordEmbeddings);
        QVERIFY(!smol.ropeScaling);
        QCOMPARE(smol.bosTokenId, int64_t(0));
        QCOMPARE(smol.eosTokenIds, std::vector<int64_t>{0});
        QCOMPARE(smol.padTokenId, int64_t(-1));
        QCOMPARE(smol.torchDtype, std::string("bfloat16"));

        const LlamaConfig llama = LlamaConfig::fromJson(json::parse(kLlama32), "config.json");
        QVERIFY(llama.ropeScaling);
        QCOMPARE(llama.ropeScaling->ropeType, std::string("llama3"));
        QCOMPARE(llama.ropeScaling->factor, 32.0);
        QCOMPARE(llama.ropeScaling->lowFreqFactor, 1.0);
        QCOMPARE(llama.ropeScaling->highFreqFactor, 4.0);
        QCOMPARE(llama.ropeScaling->originalMaxPositionEmbeddings, int64_t(8192));
        QCOMPARE(llama.eosTokenIds, (std::vector<int64_t>{128001, 128008, 128009}));
        QVERIFY(llama.toJson().at("eos_token_id") == json::parse("[128001, 128008, 128009]"));

        // HF's defaults for the optional keys; num_key_value_heads defaults to the heads (no GQA).
        const LlamaConfig least = LlamaConfig::fromJson(minimal(), "config.json");
        QCOMPARE(least.numKeyValueHeads, int64_t(4));
        QCOMPARE(least.headDimension(), int64_t(16));
        QCOMPARE(least.maxPositionEmbeddings, int64_t(2048));
        QCOMPARE(least.rmsNormEps, 1e-6);
        QCOMPARE(least.ropeTheta, 10000.0);
        QVERIFY(!least.tieWordEmbeddings);
        QVERIFY(least.eosTokenIds.empty());
        QCOMPARE(least.bosTokenId, int64_t(-1));

        // Transformers < 4.43 wrote "type"; "default" rope scaling is none; Mistral without a window.
        json legacy = minimal();
        legacy["rope_scaling"] = {{"type", "llama3"}, {"factor", 8}, {"low_freq_factor", 1}, {"high_freq_factor", 4},
                                  {"original_max_position_embeddings", 8192}};
        QCOMPARE(LlamaConfig::fromJson(legacy, "c").ropeScaling->factor, 8.0);
        json none = minimal();
        none["rope_scaling"] = {{"rope_type", "default"}};
        QVERIFY(!LlamaConfig::fromJson(none, "c").ropeScaling);
        json mistral = minimal();
        mistral["model_type"] = "mistral";
        mistral["sliding_window"] = nullptr;
        QCOMPARE(LlamaConfig::fromJson(mistral, "c").hiddenSize, int64_t(64));
        // An explicit head_dim with H * D != C
        json wide = minimal();
        wide["head_dim"] = 32;
        QCOMPARE(LlamaConfig::fromJson(wide, "c").tensorShapes()[1].second, (std::vector<int64_t>{128, 64}));
    }

    // HF's state-dict order and shapes, biases where configured, lm_head only when untied.
    void tensorShapes()
    {
        json j = minimal();
        j["num_key_value_heads"] = 2;
        j["attention_bias"] = true;
        j["num_hidden_layers"] = 1;
        const auto shapes = LlamaConfig::fromJson(j, "c").tensorShapes();
        const std::vector<std::pair<std::string, std::vector<int64_t>>> expected = {
            {"model.embed_tokens.weight", {100, 64}},
            {"model.layers.0.self_attn.q_proj.weight", {64, 64}},
            {"model.layers.0.self_attn.q_proj.bias", {64}},
            {"model.layers.0.self_attn.k_proj.weight", {32, 64}},
            {"model.layers.0.self_attn.k_proj.bias", {32}},
            {"model.layers.0.self_attn.v_proj.weight", {32, 64}},
            {"model.layers.0.self_attn.v_proj.bias", {32}},
            {"model.layers.0.self_attn.o_proj.weight", {64, 64}},
            {"model.layers.0.self_attn.o_proj.bias", {64}},
            {"model.layers.0.mlp.gate_proj.weight", {128, 64}},
            {"model.layers.0.mlp.up_proj.weight", {128, 64}},
            {"model.layers.0.mlp.down_proj.weight", {64, 128}},
            {"model.layers.0.input_layernorm.weight", {64}},
            {"model.layers.0.post_attention_layernorm.weight", {64}},
            {"model.norm.weight", {64}},
            {"lm_head.weight", {100, 64}},
        };
        QCOMPARE(shapes, expected);
    }

    void load()
    {
        QTemporaryDir dir;
        const std::filesystem::path path = dir.filePath(QStringLiteral("config.json")).toStdString();
        std::ofstream(path) << kTinyLlama;
        QCOMPARE(LlamaConfig::load(path).numKeyValueHeads, int64_t(4));
        std::ofstream(path) << "{\"vocab_size\": 10,";
        try {
            LlamaConfig::load(path);
            QFAIL("truncated JSON accepted");
        } catch (const adaptlab::Error& error) {
            QVERIFY2(std::string(error.what()).starts_with(path.string() + ": not valid JSON"), error.what());
        }
        try {
            LlamaConfig::load(path.parent_path() / "missing.json");
            QFAIL("missing file accepted");
        } catch (const adaptlab::Error& error) {
            QVERIFY2(std::string(error.what()).find("missing.json: cannot be read") != std::string::npos, error.what());
        }
        // A bad field in a file names the file and the field.
        json bad = minimal();
        bad["num_key_value_heads"] = 3;
        std::ofstream(path) << bad.dump();
        try {
            LlamaConfig::load(path);
            QFAIL("bad config accepted");
        } catch (const adaptlab::Error& error) {
            QCOMPARE(std::string(error.what()),
                     path.string() + ": num_key_value_heads: 3 does not divide num_attention_heads 4");
        }
    }

    void refused_data()
    {
        QTest::addColumn<QString>("change"); // a JSON merge patch on minimal(); null removes the key
        QTest::addColumn<QString>("message");
        QTest::newRow("missing hidden_size") << R"({"hidden_size": null})"
                                             << "config.json: hidden_size: missing (a required field)";
        QTest::newRow("missing vocab_size") << R"({"vocab_size": null})"
                                            << "config.json: vocab_size: missing (a required field)";
        QTest::newRow("kv heads not dividing") << R"({"num_key_value_heads": 3})"
                                               << "config.json: num_key_value_heads: 3 does not divide num_attention_heads 4";
        QTest::newRow("heads not dividing C") << R"({"num_attention_heads": 5})"
                                              << "config.json: num_attention_heads: 5 does not divide hidden_size 64 (and no head_dim is given)";
        QTest::newRow("odd head dim") << R"({"head_dim": 15})"
                                      << "config.json: head_dim: the head dimension 15 is odd: rotary embeddings rotate pairs of channels";
        QTest::newRow("string size") << R"({"hidden_size": "64"})"
                                     << "config.json: hidden_size: expected an integer, found \"64\"";
        QTest::newRow("fractional size") << R"({"intermediate_size": 128.5})"
                                         << "config.json: intermediate_size: expected an integer, found 128.5";
        QTest::newRow("zero layers") << R"({"num_hidden_layers": 0})"
                                     << "config.json: num_hidden_layers: must be at least 1, found 0";
        QTest::newRow("negative eps") << R"({"rms_norm_eps": -1e-6})"
                                      << "config.json: rms_norm_eps: must be positive, found -1e-06";
        QTest::newRow("unknown rope type") << R"({"rope_scaling": {"rope_type": "yarn", "factor": 4.0}})"
                                           << "config.json: rope_scaling.rope_type: \"yarn\" is not supported (only \"llama3\" and \"default\")";
        QTest::newRow("legacy rope type") << R"({"rope_scaling": {"type": "linear", "factor": 2.0}})"
                                          << "config.json: rope_scaling.type: \"linear\" is not supported (only \"llama3\" and \"default\")";
        QTest::newRow("llama3 without factor")
            << R"({"rope_scaling": {"rope_type": "llama3", "low_freq_factor": 1, "high_freq_factor": 4, "original_max_position_embeddings": 8192}})"
            << "config.json: rope_scaling.factor: missing (a required field)";
        QTest::newRow("llama3 bands reversed")
            << R"({"rope_scaling": {"rope_type": "llama3", "factor": 8, "low_freq_factor": 4, "high_freq_factor": 1, "original_max_position_embeddings": 8192}})"
            << "config.json: rope_scaling.high_freq_factor: must be greater than low_freq_factor";
        QTest::newRow("rope_scaling not object") << R"({"rope_scaling": 8})"
                                                 << "config.json: rope_scaling: expected an object or null, found 8";
        QTest::newRow("other architecture") << R"({"model_type": "gpt2"})"
                                            << "config.json: model_type: \"gpt2\" is not supported (only \"llama\", and \"mistral\" with sliding_window null)";
        QTest::newRow("mistral window") << R"({"model_type": "mistral", "sliding_window": 4096})"
                                        << "config.json: sliding_window: Mistral's sliding-window attention is not supported (only \"llama\", and \"mistral\" with sliding_window null)";
        QTest::newRow("gelu") << R"({"hidden_act": "gelu"})"
                              << "config.json: hidden_act: \"gelu\" is not supported (the Llama MLP uses \"silu\")";
        QTest::newRow("eos outside vocab") << R"({"eos_token_id": [2, 100]})"
                                           << "config.json: eos_token_id: 100 is outside the vocabulary (vocab_size 100)";
        QTest::newRow("eos null in list") << R"({"eos_token_id": [2, null]})"
                                          << "config.json: eos_token_id[1]: expected a token id, found null";
        QTest::newRow("bos string") << R"({"bos_token_id": "<s>"})"
                                    << "config.json: bos_token_id: expected a token id (an integer >= 0) or null, found \"<s>\"";
        QTest::newRow("tie not bool") << R"({"tie_word_embeddings": 1})"
                                      << "config.json: tie_word_embeddings: expected true or false, found 1";
        QTest::newRow("dtype") << R"({"torch_dtype": "int8"})"
                               << "config.json: torch_dtype: expected \"float32\", \"bfloat16\" or \"float16\", found \"int8\"";
    }
    void refused()
    {
        QFETCH(QString, change);
        QFETCH(QString, message);
        json config = minimal();
        config.merge_patch(json::parse(change.toStdString()));
        try {
            LlamaConfig::fromJson(config, "config.json");
            QFAIL("accepted");
        } catch (const adaptlab::Error& error) {
            QCOMPARE(QString::fromStdString(error.what()), message);
        }
    }

    void notAnObject()
    {
        QVERIFY_THROWS_EXCEPTION(adaptlab::Error, LlamaConfig::fromJson(json::array(), "config.json"));
    }

    // The presets span ~1M to ~100M parameters with an 8k vocabulary, each valid as a config.json.
    void presets()
    {
        const std::vector<std::pair<std::string, std::pair<double, double>>> ranges = {
            {"tiny", {0.8e6, 1.6e6}}, {"small", {5e6, 9e6}}, {"base", {20e6, 40e6}}, {"large", {75e6, 120e6}}};
        QCOMPARE(modelPresets().size(), ranges.size());
        for (size_t i = 0; i < ranges.size(); ++i) {
            const ModelPreset& preset = modelPresets()[i];
            QCOMPARE(preset.name, ranges[i].first);
            QVERIFY(std::string(preset.description).size() > 10);
            QCOMPARE(preset.config.vocabSize, int64_t(0));
            const LlamaConfig config = presetConfig(preset.name, 8000);
            QCOMPARE(config.vocabSize, int64_t(8000));
            const double count = static_cast<double>(config.parameterCount());
            QVERIFY2(count >= ranges[i].second.first && count <= ranges[i].second.second,
                     qPrintable(QStringLiteral("%1: %2 parameters").arg(QString::fromStdString(preset.name)).arg(count)));
            compareConfigs(LlamaConfig::fromJson(config.toJson(), "preset"), config);
        }
        try {
            presetConfig("huge", 8000);
            QFAIL("unknown preset accepted");
        } catch (const adaptlab::Error& error) {
            QCOMPARE(std::string(error.what()), std::string("no model preset named \"huge\" (presets: tiny, small, base, large)"));
        }
        QVERIFY_THROWS_EXCEPTION(adaptlab::Error, presetConfig("tiny", 0));
    }
};

QTEST_GUILESS_MAIN(TestLlamaConfig)
#include "tst_llama_config.moc"
