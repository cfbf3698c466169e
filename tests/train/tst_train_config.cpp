// TrainConfig and TrainResult as JSON (what a checkpoint records and a run returns), the `train`
// job kind's spec validation (cross-field rules naming the field) and the TrainConfig its params
// make (schema defaults, warmup from the fraction, resume_from resolved).
#include "data/instruction.h"
#include "jobs/job_context.h"
#include "jobs/job_registry.h"
#include "jobs/job_spec.h"
#include "jobs/train_job.h"
#include "store/project_store.h"
#include "tokenize/token_shard.h"
#include "train/train_config.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>

using nlohmann::json;
using namespace adaptlab;
namespace fs = std::filesystem;

namespace {

// A config with no field at its default, so the round trip shows each field carried.
train::TrainConfig unusualConfig()
{
    train::TrainConfig c;
    c.base = "/models/smollm2-135m";
    c.tokenizer = "/models/smollm2-135m/tokenizer.json";
    c.data.sources = {{"foldoc", "/shards/foldoc/abc-def", 2.5, false}, {"gcide", "/shards/gcide/abc-123", 1.0, true}};
    c.data.replayFraction = 0.125;
    c.data.seqLen = 96;
    c.data.globalBatch = 12;
    c.data.seed = 18446744073709551615ull; // the full 64-bit range survives JSON
    c.data.eosId = 2;
    c.data.bosId = 1;
    c.steps = 1234;
    c.microBatch = 3;
    c.schedule.kind = train::ScheduleKind::WarmupStableDecay;
    c.schedule.peakLr = 6e-4;
    c.schedule.minLrRatio = 0.05;
    c.schedule.warmupSteps = 17;
    c.schedule.totalSteps = 1234;
    c.schedule.decayFraction = 0.3;
    c.weightDecay = 0.05;
    c.beta1 = 0.8;
    c.beta2 = 0.99;
    c.adamEpsilon = 1e-6;
    c.gradClip = 0.5;
    c.evalEvery = 7;
    c.evalEveryEarly = 3;
    c.evalRows = 5;
    c.saveEvery = 11;
    c.keepCheckpoints = 2;
    c.precision = "bf16";
    c.device = "cuda:1";
    c.threads = 3;
    c.runDir = "/p/runs/4";
    c.finalDir = "/p/runs/4/final";
    c.exportDtype = "bf16";
    c.resume = true;
    c.resumeFrom = "/p/runs/3/checkpoints/step-40";
    // Issue 12: MeCo and what its phases need.
    c.data.meco.enabled = true;
    c.data.meco.field = "source";
    c.data.meco.label = "Origin";
    c.data.meco.hashed = true;
    c.data.meco.cooldownFraction = 0.25;
    c.data.totalSteps = 1234;
    c.data.tokenizer = "/models/smollm2-135m/tokenizer.json";
    return c;
}

// The error fromJson throws for TEXT ("" when it throws none).
QString fromJsonError(const json& config)
{
    try {
        train::TrainConfig::fromJson(config);
    } catch (const std::exception& error) {
        return QString::fromStdString(error.what());
    }
    return {};
}

// The first problem validateSpec finds for a train spec with PARAMS.
std::pair<QString, QString> firstProblem(const json& params)
{
    const auto problems = jobs::validateSpec(json{{"version", 1}, {"kind", "train"}, {"params", params}});
    if (problems.empty())
        return {QStringLiteral("<valid>"), {}};
    return {QString::fromStdString(problems.front().field), QString::fromStdString(problems.front().message)};
}

} // namespace

class TestTrainConfig : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        train::TrainConfig config = unusualConfig();
        config.data.segments = {{0, {2.5, 1.0}, 0.125, "constant"}, {1100, {4.0, 0.0}, 0.0, "upsample"}};
        config.mixturePlan = "plans/foldoc.json";
        const json first = config.toJson();
        const train::TrainConfig back = train::TrainConfig::fromJson(first);
        QCOMPARE(back.toJson().dump(), first.dump());
        // Spot checks that the fields are really carried (not just a stable text).
        QCOMPARE(back.base, config.base);
        QCOMPARE(back.data.sources.size(), size_t(2));
        QCOMPARE(back.data.sources[1].name, std::string("gcide"));
        QVERIFY(back.data.sources[1].replay);
        QCOMPARE(back.data.sources[0].weight, 2.5);
        QCOMPARE(back.data.seed, config.data.seed);
        QCOMPARE(back.data.bosId, int64_t(1));
        QVERIFY(back.schedule.kind == train::ScheduleKind::WarmupStableDecay);
        QCOMPARE(back.schedule.decayFraction, 0.3);
        QCOMPARE(back.device, std::string("cuda:1"));
        QCOMPARE(back.resumeFrom, config.resumeFrom);
        QCOMPARE(first["schedule"]["kind"].get<std::string>(), std::string("wsd"));
        // Issue 12: the plan's segments and the plan file.
        QCOMPARE(back.data.segments.size(), size_t(2));
        QCOMPARE(back.data.segments[1].beginStep, int64_t(1100));
        QCOMPARE(back.data.segments[1].weights, (std::vector<double>{4.0, 0.0}));
        QCOMPARE(back.data.segments[0].replayFraction, 0.125);
        QCOMPARE(back.data.segments[1].phase, std::string("upsample"));
        QCOMPARE(back.mixturePlan, fs::path("plans/foldoc.json"));
        // Issue 12: the MeCo options, each field.
        QVERIFY(back.data.meco == config.data.meco);
        QCOMPARE(back.data.meco.field, std::string("source"));
        QCOMPARE(back.data.meco.label, std::string("Origin"));
        QVERIFY(back.data.meco.hashed);
        QCOMPARE(back.data.meco.cooldownFraction, 0.25);
        QCOMPARE(back.data.totalSteps, int64_t(1234));
        QCOMPARE(back.data.tokenizer, config.data.tokenizer);
    }

    // Absent keys keep the struct's defaults: a minimal config is the default one plus its data.
    void defaultsForAbsentKeys()
    {
        const json minimal = {{"base", "preset:tiny"},
                              {"data", {{"sources", {{{"name", "a"}, {"shard_folder", "/s/a"}}}}}}};
        const train::TrainConfig config = train::TrainConfig::fromJson(minimal);
        const train::TrainConfig defaults;
        QCOMPARE(config.steps, defaults.steps);
        QCOMPARE(config.weightDecay, defaults.weightDecay);
        QCOMPARE(config.data.seqLen, defaults.data.seqLen);
        QCOMPARE(config.data.sources[0].weight, 1.0);
        QVERIFY(!config.data.sources[0].replay);
        QVERIFY(config.schedule.kind == defaults.schedule.kind);
        // A config written before issue 12 (no meco key) is a plain run.
        QVERIFY(!config.data.meco.enabled);
        QCOMPARE(config.data.totalSteps, int64_t(0));
    }

    // Issue 11: the SFT stage and LoRA carried through the round trip, each field.
    void sftLoraRoundTrip()
    {
        train::TrainConfig config = unusualConfig();
        config.stage = "sft";
        config.data.sources.clear();
        train::SftData::File file;
        file.path = "/data/alpaca.jsonl";
        file.format = data::InstructionFormat::Alpaca;
        file.fields.instruction = "prompt";
        file.name = "alpaca";
        config.sft.files = {file, {"/data/chat.json", data::InstructionFormat::ShareGpt, {}, ""}};
        config.sft.chatTemplate = "zephyr";
        config.sft.packing = false;
        config.sft.heldoutFraction = 0.125;
        config.lora = true;
        config.loraConfig.rank = 16;
        config.loraConfig.alpha = 32;
        config.loraConfig.dropout = 0.25;
        config.loraConfig.targets = {"q", "down"};
        config.loraConfig.baseModel = "/models/base";
        const json first = config.toJson();
        const train::TrainConfig back = train::TrainConfig::fromJson(first);
        QCOMPARE(back.toJson().dump(), first.dump());
        QCOMPARE(back.stage, std::string("sft"));
        QCOMPARE(back.sft.files.size(), size_t(2));
        QVERIFY(back.sft.files[0].format == data::InstructionFormat::Alpaca);
        QCOMPARE(back.sft.files[0].fields.instruction, std::string("prompt"));
        QCOMPARE(back.sft.files[0].name, std::string("alpaca"));
        QVERIFY(back.sft.files[1].format == data::InstructionFormat::ShareGpt);
        QCOMPARE(back.sft.chatTemplate, std::string("zephyr"));
        QVERIFY(!back.sft.packing);
        QCOMPARE(back.sft.heldoutFraction, 0.125);
        QVERIFY(back.lora);
        QCOMPARE(back.loraConfig.rank, int64_t(16));
        QCOMPARE(back.loraConfig.alpha, 32.0);
        QCOMPARE(back.loraConfig.dropout, 0.25);
        QCOMPARE(back.loraConfig.targets, (std::vector<std::string>{"q", "down"}));
        QCOMPARE(back.loraConfig.baseModel, std::string("/models/base"));
        // A CPT config says so, with no SFT or LoRA part (a resume compares these).
        const json cpt = unusualConfig().toJson();
        QCOMPARE(cpt["stage"].get<std::string>(), std::string("cpt"));
        QVERIFY(cpt["sft"].is_null() && cpt["lora_config"].is_null() && !cpt["lora"].get<bool>());
        // A config written before issue 11 (no stage, sft, lora keys) reads as CPT without LoRA.
        json old = cpt;
        for (const char* key : {"stage", "sft", "lora", "lora_config"})
            old.erase(key);
        QCOMPARE(train::TrainConfig::fromJson(old).toJson().dump(), cpt.dump());
    }

    void sftBadFields_data()
    {
        QTest::addColumn<QString>("patch"); // a JSON merge patch onto a good SFT + LoRA config
        QTest::addColumn<QString>("field");
        QTest::newRow("stage") << R"({"stage": "dpo"})" << "stage";
        QTest::newRow("no sft") << R"({"sft": null})" << "sft: is required";
        QTest::newRow("sft unknown") << R"({"sft": {"pack": true}})" << "sft.pack: unknown key";
        QTest::newRow("no files") << R"({"sft": {"files": []}})" << "sft.files";
        QTest::newRow("file format") << R"({"sft": {"files": [{"path": "/a", "format": "csv"}]}})" << "sft.files[0].format";
        QTest::newRow("file path") << R"({"sft": {"files": [{"format": "chat"}]}})" << "sft.files[0].path";
        QTest::newRow("file fields") << R"({"sft": {"files": [{"path": "/a", "fields": {"instrution": "x"}}]}})"
                                     << "sft.files[0].fields";
        QTest::newRow("template") << R"({"sft": {"chat_template": "vicuna"}})" << "sft.chat_template";
        QTest::newRow("heldout") << R"({"sft": {"heldout_fraction": 1}})" << "sft.heldout_fraction";
        QTest::newRow("packing") << R"({"sft": {"packing": "yes"}})" << "sft.packing";
        QTest::newRow("no lora config") << R"({"lora_config": null})" << "lora_config: is required";
        QTest::newRow("rank") << R"({"lora_config": {"rank": 0}})" << "lora_config.rank";
        QTest::newRow("target") << R"({"lora_config": {"targets": ["q", "qq"]}})" << "lora_config.targets[1]";
        QTest::newRow("targets empty") << R"({"lora_config": {"targets": []}})" << "lora_config.targets";
        QTest::newRow("dropout") << R"({"lora_config": {"dropout": 1}})" << "lora_config.dropout";
        QTest::newRow("lora unknown") << R"({"lora_config": {"ranks": 4}})" << "lora_config.ranks: unknown key";
        QTest::newRow("sft on cpt") << R"({"stage": "cpt"})" << "data.sources";
        QTest::newRow("lora config without lora") << R"({"lora": false})" << "lora_config: is only for LoRA runs";
    }

    void sftBadFields()
    {
        QFETCH(QString, patch);
        QFETCH(QString, field);
        train::TrainConfig good = unusualConfig();
        good.stage = "sft";
        good.data.sources.clear();
        good.sft.files = {{"/data/chat.jsonl", data::InstructionFormat::Chat, {}, ""}};
        good.lora = true;
        json config = good.toJson();
        QVERIFY(fromJsonError(config).isEmpty());
        config.merge_patch(json::parse(patch.toStdString()));
        const QString error = fromJsonError(config);
        QVERIFY2(error.contains(QStringLiteral("train config: ") + field), qPrintable(error));
    }

    void badFields_data()
    {
        QTest::addColumn<QString>("patch"); // a JSON merge patch onto a good config
        QTest::addColumn<QString>("field"); // named in the error
        QTest::newRow("not object") << "[1]" << "(top level)";
        QTest::newRow("unknown key") << R"({"stpes": 3})" << "stpes: unknown key";
        QTest::newRow("no base") << R"({"base": null})" << "base: is required";
        QTest::newRow("empty base") << R"({"base": ""})" << "base: must not be empty";
        QTest::newRow("steps text") << R"({"steps": "10"})" << "steps: must be an integer";
        QTest::newRow("steps zero") << R"({"steps": 0})" << "steps: must be an integer from 1";
        QTest::newRow("steps float") << R"({"steps": 2.5})" << "steps: must be an integer";
        QTest::newRow("no data") << R"({"data": null})" << "data: is required";
        QTest::newRow("no sources") << R"({"data": {"sources": []}})" << "data.sources";
        QTest::newRow("source not object") << R"({"data": {"sources": [3]}})" << "data.sources[0]";
        QTest::newRow("source no name") << R"({"data": {"sources": [{"shard_folder": "/s"}]}})" << "data.sources[0].name";
        QTest::newRow("source no folder") << R"({"data": {"sources": [{"name": "a"}]}})" << "data.sources[0].shard_folder";
        QTest::newRow("source weight") << R"({"data": {"sources": [{"name": "a", "shard_folder": "/s", "weight": -1}]}})"
                                       << "data.sources[0].weight";
        QTest::newRow("source unknown") << R"({"data": {"sources": [{"name": "a", "shard_folder": "/s", "wieght": 1}]}})"
                                        << "data.sources[0].wieght: unknown key";
        QTest::newRow("same names") << R"({"data": {"sources": [{"name": "a", "shard_folder": "/s"}, {"name": "a", "shard_folder": "/t"}]}})"
                                    << "data.sources[1].name";
        QTest::newRow("replay 1") << R"({"data": {"replay_fraction": 1}})" << "data.replay_fraction";
        QTest::newRow("seq len") << R"({"data": {"seq_len": 0}})" << "data.seq_len";
        QTest::newRow("seed negative") << R"({"data": {"seed": -4}})" << "data.seed";
        QTest::newRow("schedule kind") << R"({"schedule": {"kind": "linear"}})" << "schedule.kind";
        QTest::newRow("schedule unknown") << R"({"schedule": {"peak": 1}})" << "schedule.peak: unknown key";
        QTest::newRow("lr nan-ish") << R"({"schedule": {"peak_lr": "fast"}})" << "schedule.peak_lr";
        QTest::newRow("beta2 one") << R"({"beta2": 1.0})" << "beta2: must be below 1";
        QTest::newRow("precision") << R"({"precision": "f16"})" << "precision";
        QTest::newRow("device") << R"({"device": "tpu"})" << "device";
        QTest::newRow("device index") << R"({"device": "cuda:x"})" << "device";
        QTest::newRow("export dtype") << R"({"export_dtype": "int8"})" << "export_dtype";
        QTest::newRow("resume") << R"({"resume": "yes"})" << "resume: must be true or false";
        QTest::newRow("keep zero") << R"({"keep_checkpoints": 0})" << "keep_checkpoints";
        QTest::newRow("threads huge") << R"({"threads": 100000})" << "threads";
        // Issue 12: data.segments.
        QTest::newRow("segments object") << R"({"data": {"segments": {}}})" << "data.segments";
        QTest::newRow("segment weights") << R"({"data": {"segments": [{"begin_step": 0, "weights": [1]}]}})"
                                         << "data.segments[0].weights: must be a list of 2";
        QTest::newRow("segment weight") << R"({"data": {"segments": [{"begin_step": 0, "weights": [1, -2]}]}})"
                                        << "data.segments[0].weights[1]";
        QTest::newRow("segment first step") << R"({"data": {"segments": [{"begin_step": 3, "weights": [1, 1]}]}})"
                                            << "data.segments[0].begin_step";
        QTest::newRow("segment order") << R"({"data": {"segments": [{"begin_step": 0, "weights": [1, 1]},
            {"begin_step": 9, "weights": [1, 1]}, {"begin_step": 4, "weights": [1, 1]}]}})" << "data.segments[2].begin_step";
        QTest::newRow("segment phase") << R"({"data": {"segments": [{"begin_step": 0, "weights": [1, 1], "phase": "x"}]}})"
                                       << "data.segments[0].phase";
        QTest::newRow("segment key") << R"({"data": {"segments": [{"begin_step": 0, "weights": [1, 1], "start": 2}]}})"
                                     << "data.segments[0].start: unknown key";
        QTest::newRow("plan path") << R"({"mixture_plan": 4})" << "mixture_plan: must be a string";
        QTest::newRow("meco cooldown") << R"({"data": {"meco": {"cooldown_fraction": 1.0}}})" << "data.meco";
        QTest::newRow("meco not object") << R"({"data": {"meco": 3}})" << "data.meco";
        QTest::newRow("total steps") << R"({"data": {"total_steps": -1}})" << "data.total_steps";
        QTest::newRow("data tokenizer") << R"({"data": {"tokenizer": 5}})" << "data.tokenizer: must be a string";
    }

    void badFields()
    {
        QFETCH(QString, patch);
        QFETCH(QString, field);
        json config = unusualConfig().toJson();
        const json change = json::parse(patch.toStdString());
        if (change.is_object())
            config.merge_patch(change);
        else
            config = change;
        const QString error = fromJsonError(config);
        QVERIFY2(error.contains(QStringLiteral("train config: ") + field), qPrintable(error));
    }

    void resultJson()
    {
        train::TrainResult result;
        result.stepsDone = 40;
        result.tokensSeen = 40 * 8 * 64;
        result.finalTrainLoss = 3.25;
        result.heldoutLoss["foldoc"] = {5.5, 4.0};
        result.heldoutLoss["gcide"] = {5.25, std::numeric_limits<double>::quiet_NaN()};
        result.tokensPerSecond = 1234.5;
        result.lastCheckpoint = "/r/checkpoints/step-40";
        result.finalDir = "/r/final";
        const json out = result.toJson();
        QCOMPARE(out["final_train_loss"].get<double>(), 3.25);
        QCOMPARE(out["heldout_loss"]["foldoc"]["first"].get<double>(), 5.5);
        QCOMPARE(out["heldout_loss"]["foldoc"]["last"].get<double>(), 4.0);
        QVERIFY(out["heldout_loss"]["gcide"]["last"].is_null()); // no JSON number for NaN
        QCOMPARE(out["tokens_per_second"].get<double>(), 1234.5);
        QCOMPARE(out["steps"].get<int64_t>(), int64_t(40));
        QCOMPARE(out["tokens_seen"].get<int64_t>(), int64_t(40 * 8 * 64));
        QCOMPARE(out["stopped"].get<bool>(), false);
        QCOMPARE(out["last_checkpoint"].get<std::string>(), std::string("/r/checkpoints/step-40"));
        QCOMPARE(out["final_dir"].get<std::string>(), std::string("/r/final"));
        // The text parses back (no NaN literal in it).
        QVERIFY(!json::parse(out.dump()).is_discarded());
        // Issue 12: a plain run has no conditioned figure; a MeCo run both.
        QVERIFY(!out.contains("heldout_loss_conditioned"));
        result.heldoutLossConditioned["foldoc"] = {5.0, 3.5};
        const json meco = result.toJson();
        QCOMPARE(meco["heldout_loss_conditioned"]["foldoc"]["first"].get<double>(), 5.0);
        QCOMPARE(meco["heldout_loss_conditioned"]["foldoc"]["last"].get<double>(), 3.5);
        QCOMPARE(meco["heldout_loss"]["foldoc"]["last"].get<double>(), 4.0);
    }

    void specValidation_data()
    {
        QTest::addColumn<QString>("params");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message"); // a piece of the message
        const QString ok = R"("tokenizer": "t.model", "sources": [{"path": "a.txt"}])";
        QTest::newRow("valid") << "{" + ok + "}" << "<valid>" << "";
        QTest::newRow("valid full") << R"({"base": "/m", "sources": [{"dataset": "foldoc", "weight": 3},
            {"path": ["b.txt", "c.txt"], "name": "extra", "text_field": "body"}],
            "replay": {"dataset": "gcide", "fraction": 0.1}, "batch": 8, "micro_batch": 2, "device": "cuda:0",
            "resume_from": "latest"})" << "<valid>" << "";
        QTest::newRow("no sources") << R"({"tokenizer": "t.model"})" << "params.sources" << "required";
        QTest::newRow("sources empty") << R"({"tokenizer": "t.model", "sources": []})" << "params.sources" << "non-empty";
        QTest::newRow("sources object") << R"({"tokenizer": "t.model", "sources": {"path": "a"}})" << "params.sources" << "list";
        QTest::newRow("source neither") << R"({"tokenizer": "t.model", "sources": [{"weight": 1}]})" << "params.sources[0]"
                                        << "\"dataset\"";
        QTest::newRow("source both") << R"({"tokenizer": "t.model", "sources": [{"dataset": "a", "path": "b"}]})"
                                     << "params.sources[0]" << "choose one";
        QTest::newRow("source unknown key") << R"({"tokenizer": "t.model", "sources": [{"path": "a", "wieght": 2}]})"
                                            << "params.sources[0].wieght" << "unknown key";
        QTest::newRow("weight zero") << R"({"tokenizer": "t.model", "sources": [{"path": "a", "weight": 0}]})"
                                     << "params.sources[0].weight" << "above 0";
        QTest::newRow("path empty list") << R"({"tokenizer": "t.model", "sources": [{"path": []}]})"
                                         << "params.sources[0].path" << "";
        QTest::newRow("same name") << R"({"tokenizer": "t.model", "sources": [{"path": "x/a.txt"}, {"path": "y/a.jsonl"}]})"
                                   << "params.sources[1].name" << "two sources";
        QTest::newRow("replay fraction 1") << "{" + ok + R"(, "replay": {"path": "g.txt", "fraction": 1})" + "}"
                                           << "params.replay.fraction" << "below 1";
        QTest::newRow("replay no fraction") << "{" + ok + R"(, "replay": {"path": "g.txt"})" + "}"
                                            << "params.replay.fraction" << "required";
        QTest::newRow("replay weight") << "{" + ok + R"(, "replay": {"path": "g.txt", "fraction": 0.1, "weight": 2})" + "}"
                                       << "params.replay.weight" << "unknown key";
        QTest::newRow("replay same name") << "{" + ok + R"(, "replay": {"path": "a.txt", "fraction": 0.1})" + "}"
                                          << "params.replay.name" << "two sources";
        QTest::newRow("micro batch divides") << "{" + ok + R"(, "batch": 8, "micro_batch": 3)" + "}"
                                             << "params.micro_batch" << "divide";
        QTest::newRow("micro batch larger") << "{" + ok + R"(, "batch": 4, "micro_batch": 8)" + "}"
                                            << "params.micro_batch" << "exceed";
        QTest::newRow("preset without tokenizer") << R"({"sources": [{"path": "a"}]})" << "params.tokenizer" << "preset";
        QTest::newRow("preset no name") << R"({"base": "preset:", "tokenizer": "t", "sources": [{"path": "a"}]})"
                                        << "params.base" << "preset name";
        QTest::newRow("device") << "{" + ok + R"(, "device": "gpu")" + "}" << "params.device" << "cuda:N";
        QTest::newRow("lr zero") << "{" + ok + R"(, "lr": 0)" + "}" << "params.lr" << "above 0";
        QTest::newRow("schedule") << "{" + ok + R"(, "schedule": "linear")" + "}" << "params.schedule" << "cpt";
        QTest::newRow("unknown param") << "{" + ok + R"(, "stpes": 10)" + "}" << "params.stpes" << "steps";
        // Issue 11: stage sft reads params.sft_data.
        const QString sft = R"("stage": "sft", "tokenizer": "t.model", "sft_data": [{"path": "i.jsonl"}])";
        QTest::newRow("valid sft") << "{" + sft + R"(, "sft_format": "alpaca", "chat_template": "llama2", "packing": false,
            "lora_rank": 8, "lora_alpha": 16, "lora_targets": ["q", "v", "down"])" + "}" << "<valid>" << "";
        QTest::newRow("sft no data") << R"({"stage": "sft", "tokenizer": "t.model"})" << "params.sft_data" << "non-empty";
        QTest::newRow("sft with sources") << "{" + sft + R"(, "sources": [{"path": "a.txt"}])" + "}" << "params.sources"
                                          << "stage cpt";
        QTest::newRow("sft data on cpt") << "{" + ok + R"(, "sft_data": [{"path": "i.jsonl"}])" + "}" << "params.sft_data"
                                         << "stage sft";
        QTest::newRow("sft entry format") << R"({"stage": "sft", "tokenizer": "t", "sft_data": [{"path": "i", "format": "csv"}]})"
                                          << "params.sft_data[0].format" << "alpaca";
        QTest::newRow("sft entry neither") << R"({"stage": "sft", "tokenizer": "t", "sft_data": [{"format": "chat"}]})"
                                           << "params.sft_data[0]" << "\"dataset\"";
        QTest::newRow("sft entry key") << R"({"stage": "sft", "tokenizer": "t", "sft_data": [{"path": "i", "text_field": "x"}]})"
                                       << "params.sft_data[0].text_field" << "unknown key";
        QTest::newRow("template") << "{" + sft + R"(, "chat_template": "vicuna")" + "}" << "params.chat_template" << "chatml";
        QTest::newRow("lora target") << "{" + sft + R"(, "lora_rank": 4, "lora_targets": ["q", "qq"])" + "}"
                                     << "params.lora_targets[1]" << "qq";
        QTest::newRow("lora rank") << "{" + sft + R"(, "lora_rank": -1)" + "}" << "params.lora_rank" << "";
        // Issue 12: a mixture plan replaces sources and replay.
        QTest::newRow("valid plan") << R"({"tokenizer": "t.model", "mixture_plan": "plans/p.json"})" << "<valid>" << "";
        QTest::newRow("plan and sources") << "{" + ok + R"(, "mixture_plan": "plans/p.json"})" << "params.sources" << "not both";
        QTest::newRow("plan and replay") << R"({"tokenizer": "t", "mixture_plan": "p.json", "replay": {"path": "g", "fraction": 0.1}})"
                                         << "params.replay" << "not both";
        QTest::newRow("plan on sft") << "{" + sft + R"(, "mixture_plan": "plans/p.json"})" << "params.mixture_plan" << "stage cpt";
        // Issue 12: MeCo.
        QTest::newRow("valid meco") << "{" + ok + R"(, "meco": true, "meco_field": "source", "meco_label": "Src",
            "meco_hash": true, "meco_cooldown": 0)" + "}" << "<valid>" << "";
        QTest::newRow("meco option without meco") << "{" + ok + R"(, "meco_field": "source")" + "}"
                                                  << "params.meco_field" << "MeCo runs";
        QTest::newRow("meco cooldown 1") << "{" + ok + R"(, "meco": true, "meco_cooldown": 1)" + "}"
                                         << "params.meco_cooldown" << "below 1";
        QTest::newRow("meco on sft") << "{" + sft + R"(, "meco": true)" + "}" << "params.meco" << "stage cpt";
        QTest::newRow("meco field empty") << "{" + ok + R"(, "meco": true, "meco_field": "")" + "}"
                                          << "params.meco_field" << "";
    }

    void specValidation()
    {
        QFETCH(QString, params);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const auto [gotField, gotMessage] = firstProblem(json::parse(params.toStdString()));
        QCOMPARE(gotField, field);
        QVERIFY2(gotMessage.contains(message), qPrintable(gotMessage));
    }

    // The schema's defaults and the params land in the fields the trainer reads.
    void configFromParams()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path root = dir.path().toStdString();
        jobs::JobSpec spec;
        spec.kind = "train";
        spec.params = {{"base", "preset:tiny"}, {"tokenizer", (root / "t.model").string()}, {"sources", {{{"path", "a.txt"}}}},
                       {"replay", {{"path", "g.txt"}, {"fraction", 0.2}}}, {"steps", 400}, {"lr", 1e-3},
                       {"warmup_fraction", 0.05}, {"schedule", "cosine"}};
        train::TrainConfig config = jobs::trainConfigFromParams(spec, nullptr, root / "run");
        QCOMPARE(config.base, std::string("preset:tiny"));
        QCOMPARE(config.steps, int64_t(400));
        QCOMPARE(config.schedule.peakLr, 1e-3);
        QCOMPARE(config.schedule.warmupSteps, int64_t(20)); // 5% of 400
        QCOMPARE(config.schedule.totalSteps, int64_t(400));
        QVERIFY(config.schedule.kind == train::ScheduleKind::Cosine);
        QCOMPARE(config.data.replayFraction, 0.2);
        QCOMPARE(config.data.globalBatch, int64_t(8)); // the schema's default
        QCOMPARE(config.data.seqLen, int64_t(128));
        QCOMPARE(config.weightDecay, 0.1);
        QCOMPARE(config.beta2, 0.95);
        QCOMPARE(config.runDir, root / "run");
        QCOMPARE(config.finalDir, root / "run" / "final");
        QVERIFY(!config.resume);

        // A HF folder base is made absolute; "latest" resumes from the run folder's newest.
        spec.params["base"] = "models/base";
        spec.params["resume_from"] = "latest";
        spec.params["schedule"] = "cpt";
        config = jobs::trainConfigFromParams(spec, nullptr, root / "run");
        QVERIFY(fs::path(config.base).is_absolute());
        QVERIFY(config.resume);
        QVERIFY(config.resumeFrom.empty());
        QVERIFY(config.schedule.kind == train::ScheduleKind::CptRewarm);

        // A run folder resumes from its newest finished checkpoint (step-12 has no trainer_state.json).
        for (const char* step : {"step-4", "step-8", "step-12"})
            fs::create_directories(root / "old" / "checkpoints" / step);
        for (const char* step : {"step-4", "step-8"})
            std::ofstream(root / "old" / "checkpoints" / step / "trainer_state.json") << "{}";
        spec.params["resume_from"] = (root / "old").string();
        config = jobs::trainConfigFromParams(spec, nullptr, root / "run");
        QCOMPARE(config.resumeFrom, root / "old" / "checkpoints" / "step-8");
        // ... and a checkpoint folder from itself; anything else is refused naming the field.
        spec.params["resume_from"] = (root / "old" / "checkpoints" / "step-4").string();
        QCOMPARE(jobs::trainConfigFromParams(spec, nullptr, root / "run").resumeFrom, root / "old" / "checkpoints" / "step-4");
        // A resume keeps the warmup the checkpoint's run had (not warmup_fraction x the new steps).
        train::TrainConfig recorded = config;
        recorded.schedule.warmupSteps = 7;
        recorded.data.sources = {{"a", "/s/a", 1.0, false}};
        std::ofstream(root / "old" / "checkpoints" / "step-4" / "train_config.json") << recorded.toJson().dump();
        QCOMPARE(jobs::trainConfigFromParams(spec, nullptr, root / "run").schedule.warmupSteps, int64_t(7));
        spec.params["resume_from"] = (root / "nothing").string();
        try {
            jobs::trainConfigFromParams(spec, nullptr, root / "run");
            QFAIL("a resume_from without a checkpoint was accepted");
        } catch (const jobs::SpecError& error) {
            QCOMPARE(error.field(), std::string("params.resume_from"));
        }
    }

    // Issue 12: the MeCo params land in DataPlan::meco; a plain run's stays off.
    void mecoConfigFromParams()
    {
        jobs::JobSpec spec;
        spec.kind = "train";
        spec.params = {{"base", "preset:tiny"}, {"tokenizer", "/t.model"}, {"sources", {{{"path", "/a.jsonl"}}}}};
        QVERIFY(!jobs::trainConfigFromParams(spec, nullptr, "/run").data.meco.enabled);
        spec.params["meco"] = true;
        train::TrainConfig config = jobs::trainConfigFromParams(spec, nullptr, "/run");
        QVERIFY(config.data.meco.enabled);
        QCOMPARE(config.data.meco.field, std::string("url")); // the schema's defaults
        QCOMPARE(config.data.meco.label, std::string());
        QVERIFY(!config.data.meco.hashed);
        QCOMPARE(config.data.meco.cooldownFraction, 0.1);
        spec.params.update({{"meco_field", "source"}, {"meco_label", "Origin"}, {"meco_hash", true}, {"meco_cooldown", 0.0}});
        config = jobs::trainConfigFromParams(spec, nullptr, "/run");
        QCOMPARE(config.data.meco.field, std::string("source"));
        QCOMPARE(config.data.meco.label, std::string("Origin"));
        QVERIFY(config.data.meco.hashed);
        QCOMPARE(config.data.meco.cooldownFraction, 0.0);
    }

    // Issue 11: stage sft and LoRA params land in TrainConfig::sft and loraConfig; a LoRA run's
    // final folder is the run folder (the adapter goes to RUN/adapter).
    void sftConfigFromParams()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path root = dir.path().toStdString();
        jobs::JobSpec spec;
        spec.kind = "train";
        spec.params = {{"stage", "sft"}, {"base", (root / "cpt").string()},
                       {"sft_data", {{{"path", "a.jsonl"}}, {{"path", "b.json"}, {"format", "sharegpt"}, {"name", "chats"}}}},
                       {"sft_format", "alpaca"}, {"chat_template", "zephyr"}, {"packing", false}, {"heldout_fraction", 0.2}};
        train::TrainConfig config = jobs::trainConfigFromParams(spec, nullptr, root / "run");
        QCOMPARE(config.stage, std::string("sft"));
        QCOMPARE(config.sft.files.size(), size_t(2));
        QVERIFY(config.sft.files[0].format == data::InstructionFormat::Alpaca); // sft_format for entries without one
        QVERIFY(config.sft.files[0].path.is_absolute());
        QCOMPARE(config.sft.files[0].name, std::string("a"));
        QVERIFY(config.sft.files[1].format == data::InstructionFormat::ShareGpt);
        QCOMPARE(config.sft.files[1].name, std::string("chats"));
        QCOMPARE(config.sft.chatTemplate, std::string("zephyr"));
        QVERIFY(!config.sft.packing);
        QCOMPARE(config.sft.heldoutFraction, 0.2);
        QVERIFY(!config.lora);
        QCOMPARE(config.finalDir, root / "run" / "final");

        spec.params["lora_rank"] = 4;
        spec.params["lora_targets"] = {"q", "gate"};
        config = jobs::trainConfigFromParams(spec, nullptr, root / "run");
        QVERIFY(config.lora);
        QCOMPARE(config.loraConfig.rank, int64_t(4));
        QCOMPARE(config.loraConfig.alpha, 16.0); // the schema's default
        QCOMPARE(config.loraConfig.dropout, 0.05);
        QCOMPARE(config.loraConfig.targets, (std::vector<std::string>{"q", "gate"}));
        QCOMPARE(config.loraConfig.baseModel, config.base);
        QCOMPARE(config.finalDir, root / "run");
        // The config goes through its own JSON (what a checkpoint records).
        QCOMPARE(train::TrainConfig::fromJson(config.toJson()).toJson().dump(), config.toJson().dump());
    }

    // In a project: a dataset source and a file replay tokenized into shards/<source>/..., each
    // recorded in the store as build_shards records them (so removing the dataset removes them),
    // and the config the trainer gets carries them with their weights, the replay fraction and the
    // tokenizer's EOS/BOS. A second preparation reuses the shards.
    // Issue 12: params.mixture_plan sets the sources (the plan's shard folders against its
    // project), replay, seq_len/batch/steps/seed unless given, the segments over the run's steps,
    // MeCo, and TrainConfig::mixturePlan; a plan source without shards is refused naming the param.
    void configFromMixturePlan()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path project = dir.path().toStdString();
        fs::create_directories(project / "shards" / "foldoc");
        fs::create_directories(project / "elsewhere" / "gcide");
        const json planJson = {
            {"sources", {{{"name", "foldoc"}, {"shards", "shards/foldoc"}, {"weight", 1.0}},
                         {{"name", "gcide"}, {"shards", (project / "elsewhere" / "gcide").string()}, {"replay", true}}}},
            {"total_tokens", 64 * 4 * 20}, {"seq_len", 64}, {"global_batch", 4}, {"seed", 9}, {"replay_fraction", 0.25},
            {"upsample", {{"start", 0.9}, {"weights", {{"gcide", 0.0}}}, {"replay_fraction", 0.0}}},
            {"meco", {{"enabled", true}, {"field", "source"}, {"cooldown_fraction", 0.2}}}};
        fs::create_directories(project / "plans");
        std::ofstream(project / "plans" / "p.json") << planJson.dump();
        jobs::JobSpec spec;
        spec.kind = "train";
        spec.params = {{"base", "preset:tiny"}, {"tokenizer", "t.model"}, {"mixture_plan", (project / "plans" / "p.json").string()}};
        train::TrainConfig config = jobs::trainConfigFromParams(spec, nullptr, project / "run");
        QCOMPARE(config.data.sources.size(), size_t(2));
        QCOMPARE(config.data.sources[0].shardFolder, project / "shards" / "foldoc"); // the plan's project: plans/..
        QCOMPARE(config.data.sources[1].shardFolder, project / "elsewhere" / "gcide");
        QVERIFY(config.data.sources[1].replay);
        QCOMPARE(config.data.replayFraction, 0.25);
        QCOMPARE(config.data.seqLen, int64_t(64));
        QCOMPARE(config.data.globalBatch, int64_t(4));
        QCOMPARE(config.data.seed, uint64_t(9));
        QCOMPARE(config.steps, int64_t(20));
        QCOMPARE(config.schedule.totalSteps, int64_t(20));
        QCOMPARE(config.data.segments.size(), size_t(2));
        QCOMPARE(config.data.segments[1].beginStep, int64_t(18)); // ceil(0.9 x 20)
        QCOMPARE(config.data.segments[1].weights, (std::vector<double>{1.0, 0.0}));
        QVERIFY(config.data.meco.enabled);
        QCOMPARE(config.data.meco.cooldownFraction, 0.2);
        QCOMPARE(config.data.totalSteps, int64_t(20));
        QCOMPARE(config.mixturePlan, project / "plans" / "p.json");
        // The run's config carries them (what a checkpoint records and a resume compares).
        const train::TrainConfig back = train::TrainConfig::fromJson(config.toJson());
        QCOMPARE(back.data.segments[1].beginStep, int64_t(18));
        QCOMPARE(back.mixturePlan, config.mixturePlan);

        // The params win over the plan's shape and budget; the segments follow the run's steps.
        spec.params["steps"] = 40;
        spec.params["seq_len"] = 32;
        spec.params["batch"] = 2;
        spec.params["seed"] = 1;
        config = jobs::trainConfigFromParams(spec, nullptr, project / "run");
        QCOMPARE(config.steps, int64_t(40));
        QCOMPARE(config.data.seqLen, int64_t(32));
        QCOMPARE(config.data.globalBatch, int64_t(2));
        QCOMPARE(config.data.seed, uint64_t(1));
        QCOMPARE(config.data.segments[1].beginStep, int64_t(36));

        // In a project, the plan's path is the project's relative one.
        auto store = store::ProjectStore::create(project / "proj");
        fs::create_directories(project / "proj" / "plans");
        std::ofstream(project / "proj" / "plans" / "q.json") << planJson.dump();
        fs::create_directories(project / "proj" / "shards" / "foldoc");
        spec.params["mixture_plan"] = "plans/q.json";
        config = jobs::trainConfigFromParams(spec, &store, project / "proj" / "runs" / "1");
        QCOMPARE(config.mixturePlan, fs::path("plans/q.json"));
        QCOMPARE(config.data.sources[0].shardFolder, project / "proj" / "shards" / "foldoc");

        // Refusals name params.mixture_plan: a draft source, a missing shard folder, a bad plan.
        const auto refusal = [&](const json& plan) -> QString {
            std::ofstream(project / "plans" / "bad.json") << plan.dump();
            spec.params["mixture_plan"] = (project / "plans" / "bad.json").string();
            try {
                jobs::trainConfigFromParams(spec, nullptr, project / "run");
                return QStringLiteral("accepted");
            } catch (const jobs::SpecError& error) {
                return QString::fromStdString(error.field() + ": " + error.message());
            }
        };
        json draft = planJson;
        draft["sources"][0] = {{"name", "foldoc"}, {"tokens", 5000}};
        QString message = refusal(draft);
        QVERIFY2(message.startsWith("params.mixture_plan: ") && message.contains("sources[0] (foldoc)") &&
                     message.contains("no \"shards\""),
                 qPrintable(message));
        json missing = planJson;
        missing["sources"][0]["shards"] = "shards/nothing";
        message = refusal(missing);
        QVERIFY2(message.contains("no shard folder at") && message.contains("nothing"), qPrintable(message));
        json bad = planJson;
        bad["sources"][1]["weight"] = -1;
        message = refusal(bad);
        QVERIFY2(message.startsWith("params.mixture_plan: ") && message.contains("sources[1].weight"), qPrintable(message));
    }

    void prepareInProject()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path root = dir.path().toStdString();
        auto store = store::ProjectStore::create(root / "project");
        {
            std::ofstream out(root / "project" / "foldoc.jsonl");
            for (int i = 0; i < 30; ++i)
                out << json{{"body", "compiler term number " + std::to_string(i) + " parses the kernel"}}.dump() << "\n";
        }
        {
            std::ofstream out(root / "general.txt");
            for (int i = 0; i < 30; ++i)
                out << "a meadow line " << i << " with grass and light\n";
        }
        store::DatasetRecord dataset;
        dataset.name = "foldoc";
        dataset.path = "foldoc.jsonl";
        dataset.format = "jsonl";
        dataset.textField = "body";
        const int64_t datasetId = store.addDataset(dataset);
        const fs::path tokenizer = fs::path(ADAPTLAB_SOURCE_DIR) / "tests/fixtures/tokenizers/bytefallback";

        jobs::JobSpec spec;
        spec.kind = "train";
        spec.project = (root / "project").string();
        spec.params = {{"tokenizer", tokenizer.string()},
                       {"sources", {{{"dataset", "foldoc"}, {"weight", 3}}}},
                       {"replay", {{"path", (root / "general.txt").string()}, {"name", "general"}, {"fraction", 0.25}}},
                       {"heldout_docs", 5}, {"steps", 10}};
        QVERIFY(jobs::validateSpec(spec.toJson()).empty());
        std::vector<std::string> logs;
        jobs::JobContext context(spec, [&](const jobs::JobEvent& e) { logs.push_back(e.message); }, &store, 1,
                                 root / "project" / "runs" / "1");
        const train::TrainConfig config = jobs::prepareTraining(context);
        QCOMPARE(config.data.sources.size(), size_t(2));
        const train::DataSource& domain = config.data.sources[0];
        const train::DataSource& replay = config.data.sources[1];
        QCOMPARE(domain.name, std::string("foldoc"));
        QCOMPARE(domain.weight, 3.0);
        QVERIFY(!domain.replay);
        QCOMPARE(replay.name, std::string("general"));
        QVERIFY(replay.replay);
        QCOMPARE(config.data.replayFraction, 0.25);
        QCOMPARE(domain.shardFolder.parent_path().parent_path(), root / "project" / "shards");
        QCOMPARE(domain.shardFolder.parent_path().filename().string(), std::string("foldoc"));
        // The dataset read with its own text field: 30 documents, 5 held out.
        const tokenize::ShardReader heldout(domain.shardFolder / "heldout-00000.shard");
        QCOMPARE(heldout.documents(), uint64_t(5));
        const tokenize::ShardReader train(domain.shardFolder / "train-00000.shard");
        QCOMPARE(train.documents(), uint64_t(25));
        // bytefallback's tokenizer.json: <s> = 1, </s> = 2.
        QCOMPARE(config.data.eosId, int64_t(2));
        QCOMPARE(config.data.bosId, int64_t(1));
        QCOMPARE(config.tokenizer, tokenizer);
        QCOMPARE(config.runDir, root / "project" / "runs" / "1");
        // Recorded: the dataset's shards under its id, the file's without one.
        const auto records = store.tokenShards();
        QCOMPARE(records.size(), size_t(2));
        const auto own = store.tokenShards(datasetId);
        QCOMPARE(own.size(), size_t(1));
        QCOMPARE(store.absolutePath(own[0].folder), domain.shardFolder);
        QCOMPARE(own[0].heldoutDocuments, int64_t(5));

        // Again: the same folders, reused.
        logs.clear();
        const train::TrainConfig again = jobs::prepareTraining(context);
        QCOMPARE(again.data.sources[0].shardFolder, domain.shardFolder);
        QVERIFY(std::any_of(logs.begin(), logs.end(), [](const std::string& m) { return m.find("foldoc: reusing") == 0; }));
    }
};

QTEST_GUILESS_MAIN(TestTrainConfig)
#include "tst_train_config.moc"
