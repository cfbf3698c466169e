// MeCo runs in the trainer (issue 12; torch/train/trainer.cpp, data/meco.h): on a tiny model and
// real token shards whose documents carry a "source" field (a SentencePiece model trained here),
// the cooldown switches the data at the right step (rows before it hold masked metadata prefixes,
// rows from it none), the optimizer goes on through the switch (Adam's step count keeps counting,
// its moments are updated, not restarted, and the learning rate follows the schedule), a resume from
// a checkpoint before the switch gives exactly the uninterrupted run's losses, and both held-out
// figures (plain and conditioned) are recorded, in the metrics and the result.
// QTest before nlohmann/json: the other order leaves qfloat16 incomplete in QTest's templates.
#include <QTemporaryDir>
#include <QTest>

#include "trainer_test_support.h"

#include "common/error.h"
#include "data/meco.h"
#include "torch/train/checkpoint_state.h"
#include "torch/train/trainer.h"
#include "train/data_order.h"

#include <fstream>
#include <map>
#include <set>

using namespace adaptlab;
using namespace adaptlab::train;
namespace fs = std::filesystem;

namespace {

constexpr int64_t kSteps = 10;
constexpr double kCooldown = 0.3; // steps 1-7 with metadata, 8-10 plain

struct Recorded {
    std::map<int64_t, double> trainLoss, lr;
    std::map<std::string, std::map<int64_t, double>> heldout, conditioned; // source -> step -> loss
    std::vector<std::string> logs;
    int64_t stopAfter = -1; // ask to stop once this many steps are done

    TrainHooks hooks()
    {
        TrainHooks h;
        h.metrics = [this](int64_t step, int64_t, const std::vector<TrainMetric>& metrics) {
            for (const auto& m : metrics) {
                if (m.name == "train_loss")
                    trainLoss[step] = m.value;
                else if (m.name == "lr")
                    lr[step] = m.value;
                else if (m.name == "heldout_loss")
                    heldout[m.source][step] = m.value;
                else if (m.name == "heldout_loss_conditioned")
                    conditioned[m.source][step] = m.value;
            }
        };
        h.log = [this](const std::string& message, const std::string&) { logs.push_back(message); };
        h.stopRequested = [this] { return stopAfter >= 0 && !trainLoss.empty() && trainLoss.rbegin()->first >= stopAfter; };
        return h;
    }
};

// JSON Lines with a "source" metadata field; every seventh record has none (trained plainly).
void writeRecords(const fs::path& file, const std::vector<std::string>& texts, const std::string& source)
{
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    for (size_t i = 0; i < texts.size(); ++i) {
        nlohmann::json record = {{"text", texts[i]}};
        if (i % 7 != 3)
            record["source"] = source;
        out << record.dump() << '\n';
    }
}

int64_t maskedOut(const Batch& batch)
{
    int64_t zeros = 0;
    for (uint8_t bit : batch.lossMask)
        zeros += bit == 0;
    return zeros;
}

} // namespace

class TestTrainerMeco : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cooldownSwitchesDataAtTheStep();
    void optimizerAndScheduleGoOnThroughTheSwitch();
    void resumeBeforeTheSwitchIsExact();
    void bothHeldoutLossesRecorded();
    void refusals();

private:
    TrainConfig mecoConfig(const fs::path& runDir) const
    {
        TrainConfig config = test::tinyConfig(m_corpora, runDir, kSteps);
        config.data.sources = {{"general", m_generalShards, 1.0, false}, {"domain", m_domainShards, 1.0, false}};
        config.data.meco.enabled = true;
        config.data.meco.field = "source";
        config.data.meco.cooldownFraction = kCooldown;
        config.evalEvery = 5;
        config.evalEveryEarly = 0;
        config.saveEvery = 4; // a checkpoint at step 4, before the switch
        config.keepCheckpoints = 5;
        return config;
    }
    fs::path fresh(const std::string& name) const { return m_root / "runs" / name; }

    QTemporaryDir m_temp;
    fs::path m_root;
    test::Corpora m_corpora;
    fs::path m_generalShards, m_domainShards;
};

void TestTrainerMeco::initTestCase()
{
    QVERIFY(m_temp.isValid());
    m_root = fs::path(m_temp.path().toStdString());
    qputenv("XDG_CACHE_HOME", (m_temp.path() + "/cache").toLocal8Bit());
    m_corpora = test::makeCorpora(m_root / "corpora"); // the tokenizer (and plain shards, unused here)
    const auto tokenizer = tokenize::Tokenizer::open(m_corpora.tokenizer);
    writeRecords(m_root / "general.jsonl", test::generalTexts(400, 11), "syllables");
    writeRecords(m_root / "domain.jsonl", test::domainTexts(300, 12), "netdoc");
    const auto build = [&](const std::string& name) {
        tokenize::ShardBuildOptions options;
        options.sources = {{name, {m_root / (name + ".jsonl")}, corpus::ReaderOptions{}}};
        options.outDir = m_root / ("meco-shards-" + name);
        options.heldoutDocuments = 20;
        options.metadataField = "source";
        options.threads = 1;
        return tokenize::buildShards(*tokenizer, options).dir;
    };
    m_generalShards = build("general");
    m_domainShards = build("domain");
}

// The rows the trainer reads (its DataOrder, built from the config as it builds it): masked prefix
// tokens in every step before ceil(0.7 * 10) = 7 (0-based), none from it on; the first row of step
// 0 starts with the prefix of its document's metadata, encoded as one string.
void TestTrainerMeco::cooldownSwitchesDataAtTheStep()
{
    const TrainConfig config = mecoConfig(fresh("rows"));
    QCOMPARE(data::mecoCooldownStep(config.data.meco, kSteps), int64_t(7));
    DataPlan plan = config.data;
    plan.totalSteps = config.steps;
    plan.tokenizer = config.tokenizer;
    const DataOrder order(plan);
    // A step whose rows only continue long documents starts none, so it has no prefix to mask:
    // phase 1 as a whole must, and every phase-1 step that starts a document with metadata.
    int64_t phase1Masked = 0;
    for (int64_t step = 0; step < kSteps; ++step) {
        const Batch batch = order.batch(step);
        bool startsPrefixed = false;
        for (const DocumentSegment& segment : batch.segments)
            startsPrefixed = startsPrefixed || (segment.offset == 0 && segment.prefixTokens > 0);
        if (step < 7) {
            phase1Masked += maskedOut(batch);
            if (startsPrefixed)
                QVERIFY2(maskedOut(batch) > 0, qPrintable(QString("step %1 (phase 1) has no masked prefix").arg(step)));
        } else {
            QVERIFY2(!startsPrefixed, qPrintable(QString("step %1 (cooldown) starts a prefixed document").arg(step)));
            QVERIFY2(maskedOut(batch) == 0, qPrintable(QString("step %1 (cooldown) masks %2 tokens").arg(step).arg(maskedOut(batch))));
        }
    }
    QVERIFY(phase1Masked > 0);
    // Where phase 1's rows hold a prefix, it is "Source: <value>\n\n" encoded whole, and masked.
    const auto tokenizer = tokenize::Tokenizer::open(config.tokenizer);
    std::set<std::vector<int32_t>> prefixes;
    for (const char* value : {"syllables", "netdoc"}) {
        const auto ids = tokenizer->encode(std::string("Source: ") + value + "\n\n");
        prefixes.insert(ids);
    }
    int64_t found = 0;
    for (int64_t step = 0; step < 7; ++step) {
        const Batch batch = order.batch(step);
        for (int64_t row = 0; row < batch.rows; ++row) {
            const auto* inputs = batch.inputs.data() + row * batch.seqLen;
            for (const auto& prefix : prefixes) {
                if (int64_t(prefix.size()) > batch.seqLen || !std::equal(prefix.begin(), prefix.end(), inputs))
                    continue;
                ++found;
                // targets[i] = inputs[i + 1]: the prefix's tokens as targets are masked, the first
                // document token (predicted from the prefix's last) is trained.
                const auto* mask = batch.lossMask.data() + row * batch.seqLen;
                for (size_t i = 0; i + 1 < prefix.size(); ++i)
                    QCOMPARE(int(mask[i]), 0);
                QCOMPARE(int(mask[prefix.size() - 1]), 1);
            }
        }
    }
    QVERIFY2(found > 0, "no phase-1 row starts with a metadata prefix");
}

void TestTrainerMeco::optimizerAndScheduleGoOnThroughTheSwitch()
{
    const TrainConfig config = mecoConfig(fresh("optimizer"));
    // After every step: Adam's step count of the first weight, and its two moments.
    std::map<int64_t, int64_t> stepCount;
    std::map<int64_t, torch::Tensor> firstMoment, secondMoment;
    TrainerProbe probe;
    probe.afterStep = [&](int64_t step, const torch::optim::Optimizer& optimizer) {
        const torch::Tensor& weight = optimizer.param_groups().front().params().front();
        // (LibTorch keys the state by the parameter's TensorImpl address, as text.)
        const auto& state = static_cast<const torch::optim::AdamWParamState&>(*optimizer.state().at(c10::guts::to_string(weight.unsafeGetTensorImpl())));
        stepCount[step] = state.step();
        firstMoment[step] = state.exp_avg().clone();
        secondMoment[step] = state.exp_avg_sq().clone();
    };
    Recorded seen;
    const TrainResult result = runTraining(config, seen.hooks(), probe);
    QCOMPARE(result.stepsDone, kSteps);
    for (int64_t step = 0; step < kSteps; ++step)
        QCOMPARE(stepCount.at(step), step + 1); // 8, not 1, at the first cooldown step

    // The moments went on: at every step, m_t - b1 m_(t-1) = (1 - b1) g and v_t - b2 v_(t-1) =
    // (1 - b2) g^2 for the same gradient g. A restarted optimizer (m_(t-1) = v_(t-1) = 0 in its
    // update) breaks this unless the moments were already negligible, which the size check rules out.
    const double b1 = config.beta1, b2 = config.beta2;
    for (int64_t step = 1; step < kSteps; ++step) {
        const torch::Tensor g = (firstMoment.at(step) - b1 * firstMoment.at(step - 1)) / (1 - b1);
        const torch::Tensor g2 = (secondMoment.at(step) - b2 * secondMoment.at(step - 1)) / (1 - b2);
        const double error = (g * g - g2).abs().max().item<double>();
        const double scale = g2.abs().max().item<double>();
        QVERIFY2(error <= 1e-3 * scale + 1e-12,
                 qPrintable(QString("step %1: moments do not continue (error %2, scale %3)").arg(step).arg(error).arg(scale)));
    }
    QVERIFY(secondMoment.at(6).abs().max().item<double>() > 0);

    // The learning rate is the schedule's at every step, through the switch (no re-warm).
    QCOMPARE(int64_t(seen.lr.size()), kSteps);
    for (const auto& [step, lr] : seen.lr)
        QCOMPARE(lr, learningRate(config.schedule, step - 1));
    const auto logged = [&](const std::string& text) {
        return std::any_of(seen.logs.begin(), seen.logs.end(), [&](const std::string& line) { return line.find(text) != std::string::npos; });
    };
    QVERIFY(logged("cooldown: plain documents from step 8 of 10"));
}

void TestTrainerMeco::resumeBeforeTheSwitchIsExact()
{
    Recorded whole;
    runTraining(mecoConfig(fresh("whole")), whole.hooks());

    // Stopped after step 5 (checkpoint step-5), resumed to the end: the switch at step 8 happens in
    // the resumed process.
    const fs::path run = fresh("resumed");
    Recorded first;
    first.stopAfter = 5;
    const TrainResult stopped = runTraining(mecoConfig(run), first.hooks());
    QVERIFY(stopped.stopped);
    QCOMPARE(stopped.stepsDone, int64_t(5));
    TrainConfig rest = mecoConfig(run);
    rest.resume = true;
    Recorded second;
    const TrainResult resumed = runTraining(rest, second.hooks());
    QCOMPARE(resumed.stepsDone, kSteps);
    for (int64_t step = 1; step <= 5; ++step)
        QVERIFY(std::abs(whole.trainLoss.at(step) - first.trainLoss.at(step)) <= 1e-5);
    for (int64_t step = 6; step <= kSteps; ++step)
        QVERIFY2(std::abs(whole.trainLoss.at(step) - second.trainLoss.at(step)) <= 1e-5,
                 qPrintable(QString("step %1: %2 vs %3").arg(step).arg(whole.trainLoss.at(step)).arg(second.trainLoss.at(step))));
    QVERIFY(std::abs(whole.conditioned.at("domain").at(kSteps) - second.conditioned.at("domain").at(kSteps)) <= 1e-5);
    // The "before" figures survive the resume, conditioned ones too.
    QCOMPARE(resumed.heldoutLossConditioned.at("domain").first, whole.conditioned.at("domain").at(0));

    // Another cooldown is another run: refused by name.
    TrainConfig other = mecoConfig(run);
    other.resume = true;
    other.data.meco.cooldownFraction = 0.5;
    try {
        runTraining(other, {});
        QFAIL("a resume with another cooldown was accepted");
    } catch (const Error& error) {
        QVERIFY2(std::string(error.what()).find("data.meco.cooldown_fraction") != std::string::npos, error.what());
    }
}

void TestTrainerMeco::bothHeldoutLossesRecorded()
{
    Recorded seen;
    const TrainResult result = runTraining(mecoConfig(fresh("heldout")), seen.hooks());
    for (const char* source : {"general", "domain"}) {
        QCOMPARE(seen.heldout.at(source).size(), seen.conditioned.at(source).size());
        for (int64_t step : {int64_t(0), int64_t(5), kSteps}) {
            QVERIFY(seen.heldout.at(source).count(step) == 1);
            QVERIFY(seen.conditioned.at(source).count(step) == 1);
        }
        // Different token positions are scored (the prefix's are masked): not the same figure.
        QVERIFY(seen.heldout.at(source).at(kSteps) != seen.conditioned.at(source).at(kSteps));
        QCOMPARE(result.heldoutLoss.at(source).second, seen.heldout.at(source).at(kSteps));
        QCOMPARE(result.heldoutLossConditioned.at(source).first, seen.conditioned.at(source).at(0));
        QCOMPARE(result.heldoutLossConditioned.at(source).second, seen.conditioned.at(source).at(kSteps));
    }
    const nlohmann::json json = result.toJson();
    QVERIFY(json.at("heldout_loss_conditioned").at("domain").at("last").get<double>() ==
            result.heldoutLossConditioned.at("domain").second);
    // A plain run reports no conditioned figure.
    TrainConfig plain = mecoConfig(fresh("plain"));
    plain.data.meco = {};
    Recorded plainSeen;
    const TrainResult plainResult = runTraining(plain, plainSeen.hooks());
    QVERIFY(plainSeen.conditioned.empty());
    QVERIFY(!plainResult.toJson().contains("heldout_loss_conditioned"));
}

void TestTrainerMeco::refusals()
{
    TrainConfig config = mecoConfig(fresh("refused"));
    config.tokenizer.clear();
    try {
        runTraining(config, {});
        QFAIL("MeCo without a tokenizer was accepted");
    } catch (const Error& error) {
        QVERIFY2(std::string(error.what()).find("data.meco") != std::string::npos, error.what());
    }
}

QTEST_GUILESS_MAIN(TestTrainerMeco)
#include "tst_trainer_meco.moc"
