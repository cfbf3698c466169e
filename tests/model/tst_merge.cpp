// Model merging (model/merge.h, torch/model/merge.cpp) on tiny folders written by merge_reference.py
// with its own safetensors writer: the instruction residual (lambda 1, 0.5, -0.5; the instruct model
// sharded) and linear interpolation checked tensor by tensor against the script's float64 merge,
// lambda 0 and t = 0 / 1 giving an input back bit for bit, the LoRA fold against W + (alpha / r) B A
// computed by the script, the dtype rule, progress, and every refusal naming both folders and what
// differs (hidden size, layers, vocabulary size, tied vs untied, a missing tensor, a shape,
// tokenizer vocabularies, an adapter of another model, the output folder) with nothing written.
#include "model/merge.h"

#include "common/error.h"
#include "model/safetensors.h"
#include "torch/model/hf_checkpoint.h"

#include "merge_support.h"

#include <nlohmann/json.hpp>

#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>

using namespace adaptlab;
using namespace adaptlab::model;
namespace fs = std::filesystem;

namespace {

QString q(const fs::path& path) { return QString::fromStdString(path.string()); }

std::string refusalOf(const MergeRequest& request)
{
    try {
        runMerge(request);
    } catch (const MergeRefused& refusal) {
        return refusal.what();
    }
    return {};
}

void expectEqualTensors(const fs::path& a, const fs::path& b)
{
    const auto left = readCheckpointTensors(a), right = readCheckpointTensors(b);
    QCOMPARE(left.size(), right.size());
    for (const auto& [name, tensor] : left) {
        QVERIFY2(right.contains(name), name.c_str());
        QVERIFY2(tensor.scalar_type() == right.at(name).scalar_type(), name.c_str());
        QVERIFY2(torch::equal(tensor, right.at(name)), name.c_str());
    }
}

DType storedDType(const fs::path& folder)
{
    return SafetensorsFile::open(folder / "model.safetensors")->header().tensors.front().dtype;
}

} // namespace

class TstMerge : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    fs::path root_, base_, instruct_, cpt_;
    fs::path path(const char* name) const { return root_ / name; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        root_ = dir_.path().toStdString();
        base_ = path("base");
        instruct_ = path("instruct");
        cpt_ = path("cpt");
        QCOMPARE(merge_test::makeModel(base_, 1), QString());
        // Sharded (three files and the index): tensors are found file by file.
        QCOMPARE(merge_test::makeModel(instruct_, 2, {"--shards", "3"}), QString());
        QVERIFY(fs::exists(instruct_ / "model.safetensors.index.json"));
        QCOMPARE(merge_test::makeModel(cpt_, 3), QString());
        for (const fs::path& folder : {base_, instruct_, cpt_})
            merge_test::copyTokenizer(folder);
    }

    void residualMatchesReference_data()
    {
        QTest::addColumn<double>("lambda");
        QTest::newRow("lambda 1") << 1.0;
        QTest::newRow("lambda 0.5") << 0.5;
        QTest::newRow("lambda -0.5") << -0.5;
    }
    void residualMatchesReference()
    {
        QFETCH(double, lambda);
        MergeRequest request;
        request.kind = MergeKind::InstructionResidual;
        request.cpt = cpt_;
        request.instruct = instruct_;
        request.base = base_;
        request.lambda = lambda;
        request.out = path("residual-out");
        std::vector<std::pair<int64_t, int64_t>> calls;
        const MergeReport report = runMerge(request, [&](int64_t done, int64_t total) { calls.emplace_back(done, total); });
        // 2 layers x 9 + embedding + norm + lm_head
        QCOMPARE(report.tensors, 21);
        QCOMPARE(report.mergedTensors, 21);
        QCOMPARE(report.out, request.out);
        QVERIFY(report.notes.empty()); // same tokenizers, same configs: nothing to say
        QCOMPARE(calls.size(), size_t(21));
        for (size_t i = 0; i < calls.size(); ++i)
            QCOMPARE(calls[i], std::make_pair(int64_t(i + 1), int64_t(21)));
        const nlohmann::json json = report.toJson();
        for (const char* key : {"out", "tensors", "merged_tensors", "notes"})
            QVERIFY2(json.contains(key), key);

        const merge_test::Outcome checked =
            merge_test::reference({"residual", q(request.out), q(cpt_), q(instruct_), q(base_), QString::number(lambda, 'g', 17)});
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.err));
        const nlohmann::json result = nlohmann::json::parse(checked.out.toStdString());
        QCOMPARE(result["tensors"].get<int>(), 21);
        // The tokenizer and config.json come from the CPT model; the weights are f32 as the CPT's.
        QCOMPARE(merge_test::readText(request.out / "tokenizer.json"), merge_test::readText(cpt_ / "tokenizer.json"));
        const auto config = nlohmann::json::parse(merge_test::readText(request.out / "config.json"));
        QCOMPARE(config["hidden_size"].get<int>(), 32);
        QCOMPARE(config["torch_dtype"].get<std::string>(), std::string("float32"));
        QVERIFY(storedDType(request.out) == DType::F32);
    }

    void residualLambdaZeroIsTheCptModel()
    {
        MergeRequest request;
        request.kind = MergeKind::InstructionResidual;
        request.cpt = cpt_;
        request.instruct = instruct_;
        request.base = base_;
        request.lambda = 0.0;
        request.out = path("lambda0");
        runMerge(request);
        expectEqualTensors(request.out, cpt_);
    }

    void linearEndpointsAndMidpoint()
    {
        MergeRequest request;
        request.kind = MergeKind::Linear;
        request.a = base_;
        request.b = cpt_;
        request.t = 0.0;
        request.out = path("linear0");
        QCOMPARE(runMerge(request).mergedTensors, 21);
        expectEqualTensors(request.out, base_);
        request.t = 1.0;
        request.out = path("linear1");
        runMerge(request);
        expectEqualTensors(request.out, cpt_);
        request.t = 0.3;
        request.out = path("linear03");
        runMerge(request);
        const merge_test::Outcome checked = merge_test::reference({"linear", q(request.out), q(base_), q(cpt_), "0.3"});
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.err));
        // The tokenizer is model A's.
        QCOMPARE(merge_test::readText(request.out / "tokenizer.json"), merge_test::readText(base_ / "tokenizer.json"));
    }

    void loraFoldMatchesReference()
    {
        const fs::path adapter = path("adapter");
        QCOMPARE(merge_test::makeAdapter(adapter, base_, 5, "q_proj,k_proj,v_proj,o_proj,gate_proj,up_proj,down_proj", 4, 8.0),
                 QString());
        MergeRequest request;
        request.kind = MergeKind::LoraFold;
        request.base = base_;
        request.lora = adapter;
        request.out = path("folded");
        const MergeReport report = runMerge(request);
        QCOMPARE(report.tensors, 21);
        QCOMPARE(report.mergedTensors, 14); // 7 projections x 2 layers
        const merge_test::Outcome checked = merge_test::reference({"fold", q(request.out), q(base_), q(adapter)});
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.err));
        QCOMPARE(nlohmann::json::parse(checked.out.toStdString())["merged"].get<int>(), 14);
        // What the adapter does not touch is the base bit for bit.
        const auto folded = readCheckpointTensors(request.out), base = readCheckpointTensors(base_);
        for (const char* name : {"model.embed_tokens.weight", "model.norm.weight", "lm_head.weight",
                                 "model.layers.1.input_layernorm.weight"})
            QVERIFY2(torch::equal(folded.at(name), base.at(name)), name);
        QVERIFY(!torch::equal(folded.at("model.layers.0.self_attn.q_proj.weight"), base.at("model.layers.0.self_attn.q_proj.weight")));
        QCOMPARE(merge_test::readText(request.out / "tokenizer.json"), merge_test::readText(base_ / "tokenizer.json"));

        // A fold of only q and v leaves the other projections alone.
        const fs::path qv = path("adapter-qv");
        QCOMPARE(merge_test::makeAdapter(qv, base_, 6, "q_proj,v_proj", 2, 4.0), QString());
        request.lora = qv;
        request.out = path("folded-qv");
        QCOMPARE(runMerge(request).mergedTensors, 4);
        const merge_test::Outcome checkedQv = merge_test::reference({"fold", q(request.out), q(base_), q(qv)});
        QVERIFY2(checkedQv.exitCode == 0, qPrintable(checkedQv.err));
    }

    void dtypeFollowsTheFirstModelUnlessAsked()
    {
        const fs::path a = path("bf16-a"), b = path("bf16-b");
        QCOMPARE(merge_test::makeModel(a, 11, {"--dtype", "BF16"}), QString());
        QCOMPARE(merge_test::makeModel(b, 12, {"--dtype", "BF16"}), QString());
        MergeRequest request;
        request.kind = MergeKind::Linear;
        request.a = a;
        request.b = b;
        request.out = path("bf16-out");
        const MergeReport report = runMerge(request);
        QVERIFY(storedDType(request.out) == DType::BF16);
        QCOMPARE(nlohmann::json::parse(merge_test::readText(request.out / "config.json"))["torch_dtype"].get<std::string>(),
                 std::string("bfloat16"));
        // Neither folder has a tokenizer: said, not refused.
        QVERIFY(!report.notes.empty());
        const merge_test::Outcome checked = merge_test::reference({"linear", q(request.out), q(a), q(b), "0.5"});
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.err));
        request.dtype = "f32";
        request.out = path("bf16-as-f32");
        runMerge(request);
        QVERIFY(storedDType(request.out) == DType::F32);
    }

    void refusalsNameBothFolders_data()
    {
        QTest::addColumn<QStringList>("make");
        QTest::addColumn<QString>("expected");
        QTest::newRow("hidden size") << QStringList{"--hidden", "48"} << "hidden_size differs: 32 in CPT model";
        QTest::newRow("layers") << QStringList{"--layers", "3"} << "num_hidden_layers differs: 2 in CPT model";
        QTest::newRow("vocabulary size") << QStringList{"--vocab", "80"} << "vocab_size differs: 64 in CPT model";
        QTest::newRow("tied vs untied") << QStringList{"--tied"} << "tie_word_embeddings differs: false in CPT model";
        QTest::newRow("kv heads") << QStringList{"--kv", "4"} << "num_key_value_heads differs";
        QTest::newRow("missing tensor") << QStringList{"--drop", "model.layers.1.mlp.up_proj.weight"}
                                        << "tensor \"model.layers.1.mlp.up_proj.weight\" is in CPT model";
        QTest::newRow("shape") << QStringList{"--widen", "model.layers.0.input_layernorm.weight"}
                               << "tensor \"model.layers.0.input_layernorm.weight\" has shape [32] in CPT model";
        QTest::newRow("tokenizer vocabulary") << QStringList{} << "vocabularies differ at id 10";
    }
    void refusalsNameBothFolders()
    {
        QFETCH(QStringList, make);
        QFETCH(QString, expected);
        const fs::path odd = path(("odd-" + std::string(QTest::currentDataTag())).c_str());
        QCOMPARE(merge_test::makeModel(odd, 2, make), QString());
        merge_test::copyTokenizer(odd);
        if (make.isEmpty()) {
            // The same file but two pieces' ids exchanged: the embedding rows would mean other tokens.
            auto tokenizer = nlohmann::json::parse(merge_test::readText(odd / "tokenizer.json"));
            auto& vocab = tokenizer["model"]["vocab"];
            std::string at10, at11;
            for (const auto& [piece, id] : vocab.items()) {
                if (id.get<int>() == 10)
                    at10 = piece;
                if (id.get<int>() == 11)
                    at11 = piece;
            }
            QVERIFY(!at10.empty() && !at11.empty());
            vocab[at10] = 11;
            vocab[at11] = 10;
            std::ofstream(odd / "tokenizer.json") << tokenizer.dump();
        }
        MergeRequest request;
        request.kind = MergeKind::InstructionResidual;
        request.cpt = cpt_;
        request.instruct = odd;
        request.base = base_;
        request.out = path("refused-out");
        const std::string message = refusalOf(request);
        QVERIFY2(message.find(expected.toStdString()) != std::string::npos, message.c_str());
        QVERIFY2(message.find(cpt_.string()) != std::string::npos, message.c_str());
        QVERIFY2(message.find(odd.string()) != std::string::npos, message.c_str());
        QVERIFY(!fs::exists(request.out));

        // The same pair refused for linear interpolation, odd one second.
        request.kind = MergeKind::Linear;
        request.a = base_;
        request.b = odd;
        const std::string linear = refusalOf(request);
        QVERIFY2(linear.find(base_.string()) != std::string::npos && linear.find(odd.string()) != std::string::npos, linear.c_str());
        QVERIFY(!fs::exists(request.out));
    }

    void adapterOfAnotherModelIsRefused()
    {
        const fs::path wide = path("wide-base"), adapter = path("wide-adapter");
        QCOMPARE(merge_test::makeModel(wide, 21, {"--hidden", "48"}), QString());
        QCOMPARE(merge_test::makeAdapter(adapter, wide, 22, "q_proj,v_proj"), QString());
        MergeRequest request;
        request.kind = MergeKind::LoraFold;
        request.base = base_;
        request.lora = adapter;
        request.out = path("wide-out");
        const std::string message = refusalOf(request);
        QVERIFY2(message.find("has shape [4, 48]") != std::string::npos, message.c_str());
        QVERIFY2(message.find(base_.string()) != std::string::npos && message.find(adapter.string()) != std::string::npos,
                 message.c_str());
        QVERIFY(!fs::exists(request.out));

        // A base folder is not an adapter.
        request.lora = cpt_;
        QVERIFY(refusalOf(request).find("no adapter_config.json") != std::string::npos);
    }

    void outputAndRequestRefusals()
    {
        MergeRequest request;
        request.kind = MergeKind::Linear;
        request.a = base_;
        request.b = cpt_;
        request.out = cpt_;
        QVERIFY(refusalOf(request).find("is one of the inputs") != std::string::npos);
        const fs::path notModel = path("not-a-model");
        fs::create_directories(notModel);
        std::ofstream(notModel / "notes.txt") << "mine";
        request.out = notModel;
        QVERIFY(refusalOf(request).find("is not a model folder") != std::string::npos);
        QCOMPARE(merge_test::readText(notModel / "notes.txt"), std::string("mine"));
        request.out = path("t-out");
        request.t = 1.5;
        QVERIFY(refusalOf(request).find("t must be a number from 0 to 1") != std::string::npos);
        request.t = 0.5;
        request.dtype = "f16";
        QVERIFY(refusalOf(request).find("dtype must be f32 or bf16") != std::string::npos);
        request.dtype.clear();
        request.b = path("nowhere");
        QVERIFY(refusalOf(request).find("no such folder") != std::string::npos);
        request.out.clear();
        request.b = cpt_;
        QVERIFY(refusalOf(request).find("output folder is not given") != std::string::npos);
        // checkMergeInputs alone (a job's preflight) checks the inputs without an output.
        checkMergeInputs(request);
    }
};

QTEST_GUILESS_MAIN(TstMerge)
#include "tst_merge.moc"
