// The CPT trainer (torch/train/trainer.h) on a tiny model and real token shards built in the test:
// the loss falls, a CPT run lowers the domain's held-out loss, held-out evaluations follow the
// cadence (often early), checkpoints are pruned to the last K and are model folders, a resume
// continues the loss curve exactly (in process, and after kill -9 of a child process), SIGTERM
// checkpoints and exits cleanly, two Gloo workers follow the one-worker curve, the NaN guard stops
// with the last good checkpoint, bad settings are refused naming the field, and bf16 autocast
// trains on the CPU.
// QTest before nlohmann/json: the other order leaves qfloat16 incomplete in QTest's templates.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "trainer_test_support.h"

#include "common/error.h"
#include "runtime/runtime.h"
#include "torch/model/hf_checkpoint.h"
#include "torch/train/checkpoint_state.h"
#include "torch/train/trainer.h"

#include <csignal>
#include <fstream>
#include <limits>
#include <set>

using namespace adaptlab;
using namespace adaptlab::train;
namespace fs = std::filesystem;

namespace {

// What the hooks saw.
struct Recorded {
    std::map<int64_t, double> trainLoss; // by step (1-based: steps done)
    std::map<int64_t, double> lr;
    std::map<int64_t, double> tokensPerSecond, mfu, tokensSeen;
    std::map<std::string, std::map<int64_t, double>> heldout; // source -> step -> loss
    std::set<std::string> stages;
    std::vector<std::string> logs;

    TrainHooks hooks()
    {
        TrainHooks h;
        h.metrics = [this](int64_t step, int64_t, const std::vector<TrainMetric>& metrics) {
            for (const auto& m : metrics) {
                if (m.name == "train_loss")
                    trainLoss[step] = m.value;
                else if (m.name == "lr")
                    lr[step] = m.value;
                else if (m.name == "tokens_per_second")
                    tokensPerSecond[step] = m.value;
                else if (m.name == "mfu")
                    mfu[step] = m.value;
                else if (m.name == "tokens_seen")
                    tokensSeen[step] = m.value;
                else if (m.name == "heldout_loss")
                    heldout[m.source][step] = m.value;
            }
        };
        h.progress = [this](int64_t, int64_t, const std::string& stage) { stages.insert(stage); };
        h.log = [this](const std::string& message, const std::string&) { logs.push_back(message); };
        return h;
    }
};

std::map<int64_t, double> readLosses(const fs::path& file)
{
    std::map<int64_t, double> losses;
    std::ifstream in(file);
    long long step;
    double loss;
    while (in >> step >> loss)
        losses[step] = loss; // a resumed run may repeat steps after the checkpoint: the later wins
    return losses;
}

std::vector<std::string> folderNames(const fs::path& dir)
{
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

double mean(const std::map<int64_t, double>& values, int64_t from, int64_t to)
{
    double sum = 0;
    for (int64_t s = from; s <= to; ++s)
        sum += values.at(s);
    return sum / static_cast<double>(to - from + 1);
}

} // namespace

class TestTrainer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lossFallsAndCadenceHolds();
    void cptLowersDomainHeldoutLoss();
    void exactResumeInProcess();
    void resumeRefusesAnotherRun();
    void killNineThenResume();
    void sigtermCheckpointsAndExits();
    void twoWorkersEqualOneWorker();
    void nanGuardKeepsLastGoodCheckpoint();
    void badSettingsNameTheField();
    void bf16Autocast();

private:
    fs::path fresh(const std::string& name) { return m_root / (std::to_string(++m_counter) + "-" + name); }
    QString childPath() const { return QString::fromStdString((fs::path(ADAPTLAB_TRAINER_CHILD)).string()); }

    QTemporaryDir m_temp;
    fs::path m_root;
    test::Corpora m_corpora;
    fs::path m_generalModel; // the end of lossFallsAndCadenceHolds: the base of the CPT test
    int m_counter = 0;
};

void TestTrainer::initTestCase()
{
    QVERIFY(m_temp.isValid());
    m_root = fs::path(m_temp.path().toStdString());
    // MFU's peak sgemm figure is kept across processes in the cache folder: a private one, so no
    // other test raises it between the run and the check below.
    qputenv("XDG_CACHE_HOME", (m_temp.path() + "/cache").toLocal8Bit());
    m_corpora = test::makeCorpora(m_root / "corpora");
    QVERIFY(m_corpora.eosId >= 0);
}

void TestTrainer::lossFallsAndCadenceHolds()
{
    const fs::path run = fresh("general");
    TrainConfig config = test::tinyConfig(m_corpora, run, 30);
    config.finalDir = run / "final";
    Recorded seen;
    const TrainResult result = runTraining(config, seen.hooks());

    QCOMPARE(result.stepsDone, 30);
    QVERIFY(!result.stopped);
    QCOMPARE(result.tokensSeen, 30 * 4 * 32);
    QCOMPARE(static_cast<int64_t>(seen.trainLoss.size()), 30);
    // From ~ln(300) = 5.7 at the start, a model of this text falls well below; 0.5 nats is far
    // beyond what noise between steps does.
    const double early = mean(seen.trainLoss, 1, 3);
    const double late = mean(seen.trainLoss, 28, 30);
    QVERIFY2(late < early - 0.5, qPrintable(QString("first steps %1, last steps %2").arg(early).arg(late)));
    QCOMPARE(result.finalTrainLoss, seen.trainLoss.at(30));

    // The rate of every step is the schedule's (step s reports the rate of update s - 1).
    for (const auto& [step, lr] : seen.lr)
        QCOMPARE(lr, learningRate(config.schedule, step - 1));

    // Tokens seen count every input position of every row; MFU is 6 N tokens/s over the best sgemm
    // speed recorded at the run's threads.
    const double flopsPerToken = 6.0 * model::loadHfModel(result.lastCheckpoint)->config().parameterCount();
    const double peak = runtime::peakSgemmGflops(torch::get_num_threads()) * 1e9;
    QVERIFY(peak >= runtime::measureSgemmGflops() * 1e9);
    QCOMPARE(static_cast<int64_t>(seen.mfu.size()), 30);
    for (int64_t step = 1; step <= 30; ++step) {
        QCOMPARE(seen.tokensSeen.at(step), step * 4.0 * 32.0);
        QVERIFY(seen.tokensPerSecond.at(step) > 0);
        QCOMPARE(seen.mfu.at(step), flopsPerToken * seen.tokensPerSecond.at(step) / peak);
    }

    // Held-out: at 0 (before), every 2 steps in the first 10% (steps <= 3), every 5, and at the end.
    const auto& general = seen.heldout.at("general");
    std::set<int64_t> evaluated;
    for (const auto& item : general)
        evaluated.insert(item.first);
    QCOMPARE(evaluated, (std::set<int64_t>{0, 2, 5, 10, 15, 20, 25, 30}));
    QVERIFY(general.at(30) < general.at(0) - 0.5);
    QCOMPARE(result.heldoutLoss.at("general").first, general.at(0));
    QCOMPARE(result.heldoutLoss.at("general").second, general.at(30));
    QCOMPARE(seen.stages, (std::set<std::string>{"preparing", "training", "evaluating", "saving"}));

    // Saved at 5, 10, ..., 30; only the last two kept; no temporary left behind.
    QCOMPARE(folderNames(checkpointsFolder(run)), (std::vector<std::string>{"step-25", "step-30"}));
    QCOMPARE(result.lastCheckpoint, checkpointFolder(run, 30));
    const TrainerState state = readTrainerState(result.lastCheckpoint);
    QCOMPARE(state.step, 30);
    QCOMPARE(state.tokensSeen, result.tokensSeen);

    // The checkpoint and the final export are model folders holding the same weights.
    auto fromCheckpoint = model::loadHfModel(result.lastCheckpoint);
    auto fromFinal = model::loadHfModel(config.finalDir);
    torch::NoGradGuard noGrad;
    const auto ids = torch::randint(0, 300, {1, 16}, torch::kLong);
    QVERIFY(torch::equal(fromCheckpoint->forward(ids), fromFinal->forward(ids)));
    m_generalModel = config.finalDir;
}

void TestTrainer::cptLowersDomainHeldoutLoss()
{
    QVERIFY(!m_generalModel.empty());
    const fs::path run = fresh("cpt");
    TrainConfig config = test::tinyConfig(m_corpora, run, 30);
    config.base = m_generalModel.string(); // a Hugging Face folder: continue, not from scratch
    config.data.sources = {{"domain", m_corpora.domainShards, 1.0, false},
                           {"general", m_corpora.generalShards, 1.0, true}};
    config.data.replayFraction = 0.1;
    config.schedule.kind = ScheduleKind::CptRewarm;
    Recorded seen;
    const TrainResult result = runTraining(config, seen.hooks());

    const auto [domainBefore, domainAfter] = result.heldoutLoss.at("domain");
    // The general model has never seen the domain's words: its loss there starts high and the
    // CPT run brings it down by far more than noise.
    QVERIFY2(domainAfter < domainBefore - 1.0,
             qPrintable(QString("domain held-out loss %1 -> %2").arg(domainBefore).arg(domainAfter)));
    QVERIFY(result.heldoutLoss.count("general") == 1);
    // The stability gap shows in the first 10%: the general source was evaluated at 0 and 2.
    QVERIFY(seen.heldout.at("general").count(2) == 1);
}

void TestTrainer::exactResumeInProcess()
{
    // A: 12 steps at once. B: 6 steps (the schedule still planned for 12), then a resume to 12.
    const fs::path runA = fresh("a");
    Recorded a;
    runTraining(test::tinyConfig(m_corpora, runA, 12), a.hooks());

    const fs::path runB = fresh("b");
    TrainConfig first = test::tinyConfig(m_corpora, runB, 6);
    first.schedule.totalSteps = 12;
    Recorded b;
    runTraining(first, b.hooks());
    TrainConfig rest = test::tinyConfig(m_corpora, runB, 12);
    rest.resume = true;
    const TrainResult resumed = runTraining(rest, b.hooks());

    QCOMPARE(resumed.stepsDone, 12);
    QCOMPARE(static_cast<int64_t>(b.trainLoss.size()), 12);
    for (int64_t step = 1; step <= 12; ++step)
        QVERIFY2(std::abs(a.trainLoss.at(step) - b.trainLoss.at(step)) <= 1e-5,
                 qPrintable(QString("step %1: %2 vs %3").arg(step).arg(a.trainLoss.at(step)).arg(b.trainLoss.at(step))));
    QVERIFY(std::abs(a.heldout.at("general").at(12) - b.heldout.at("general").at(12)) <= 1e-5);
    // The "before" figure survives the resume.
    QCOMPARE(resumed.heldoutLoss.at("general").first, a.heldout.at("general").at(0));
}

void TestTrainer::resumeRefusesAnotherRun()
{
    const fs::path run = fresh("other");
    runTraining(test::tinyConfig(m_corpora, run, 5), {});
    TrainConfig changed = test::tinyConfig(m_corpora, run, 10);
    changed.resume = true;
    changed.schedule.peakLr = 1e-3;
    try {
        runTraining(changed, {});
        QFAIL("a resume with another learning rate was accepted");
    } catch (const Error& e) {
        QVERIFY2(std::string(e.what()).find("peak_lr") != std::string::npos, e.what());
    }
    // More steps, another cadence: the same run, accepted.
    TrainConfig longer = test::tinyConfig(m_corpora, run, 7);
    longer.resume = true;
    longer.saveEvery = 3;
    longer.evalEvery = 7;
    QCOMPARE(runTraining(longer, {}).stepsDone, 7);

    TrainConfig nowhere = test::tinyConfig(m_corpora, fresh("none"), 5);
    nowhere.resume = true;
    QVERIFY_THROWS_EXCEPTION(Error, runTraining(nowhere, {}));
}

void TestTrainer::killNineThenResume()
{
    const fs::path runA = fresh("uninterrupted");
    Recorded a;
    runTraining(test::tinyConfig(m_corpora, runA, 12), a.hooks());

    // The child checkpoints at 5 and 10; it is killed after step 8, between them.
    const fs::path run = fresh("killed");
    const fs::path losses = run.string() + "-losses.txt";
    QProcess child;
    child.start(childPath(), {QString::fromStdString((m_root / "corpora").string()), QString::fromStdString(run.string()),
                              "12", QString::fromStdString(losses.string()), "--hold-after", "8"});
    QVERIFY(child.waitForStarted());
    QByteArray output; // QTRY evaluates its condition once more at the end: no reading inside it
    const auto holdingOrGone = [&] {
        output += child.readAllStandardOutput();
        return output.contains("holding") || child.state() == QProcess::NotRunning;
    };
    QTRY_VERIFY_WITH_TIMEOUT(holdingOrGone(), 300000);
    QCOMPARE(child.state(), QProcess::Running);
    ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    QCOMPARE(latestCheckpoint(run), std::optional<fs::path>(checkpointFolder(run, 5)));

    QProcess resumed;
    resumed.start(childPath(), {QString::fromStdString((m_root / "corpora").string()), QString::fromStdString(run.string()),
                                "12", QString::fromStdString(losses.string()), "--resume"});
    QVERIFY(resumed.waitForFinished(300000));
    QVERIFY2(resumed.exitCode() == 0, resumed.readAllStandardError().constData());

    // Steps 6-8 ran twice (before the kill, and again from step-5): the curve continues as if
    // nothing happened, both times.
    const auto curve = readLosses(losses);
    QCOMPARE(static_cast<int64_t>(curve.size()), 12);
    for (int64_t step = 1; step <= 12; ++step)
        QVERIFY2(std::abs(curve.at(step) - a.trainLoss.at(step)) <= 1e-5,
                 qPrintable(QString("step %1: %2 vs %3").arg(step).arg(curve.at(step)).arg(a.trainLoss.at(step))));
}

void TestTrainer::sigtermCheckpointsAndExits()
{
    const fs::path run = fresh("terminated");
    const fs::path losses = run.string() + "-losses.txt";
    QProcess child;
    child.start(childPath(), {QString::fromStdString((m_root / "corpora").string()), QString::fromStdString(run.string()),
                              "12", QString::fromStdString(losses.string()), "--hold-after", "3"});
    QVERIFY(child.waitForStarted());
    QByteArray output; // QTRY evaluates its condition once more at the end: no reading inside it
    const auto holdingOrGone = [&] {
        output += child.readAllStandardOutput();
        return output.contains("holding") || child.state() == QProcess::NotRunning;
    };
    QTRY_VERIFY_WITH_TIMEOUT(holdingOrGone(), 300000);
    QCOMPARE(child.state(), QProcess::Running);
    child.terminate(); // SIGTERM
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QCOMPARE(child.exitCode(), 0);
    output += child.readAllStandardOutput();
    QVERIFY2(output.contains("done stopped=1 steps=3"), output.constData());
    // A checkpoint at the step it stopped at (not on the save cadence), resumable.
    QVERIFY(isCheckpoint(checkpointFolder(run, 3)));
    QCOMPARE(readTrainerState(checkpointFolder(run, 3)).step, 3);
    TrainConfig rest = test::tinyConfig(m_corpora, run, 5);
    rest.resume = true;
    QCOMPARE(runTraining(rest, {}).stepsDone, 5);
}

void TestTrainer::twoWorkersEqualOneWorker()
{
    // One worker: 4 rows per step in 2 micro-batches. Two Gloo workers: 2 rows each, their
    // gradients averaged. The same rows and the same mean loss, so the same curve up to the order
    // of float sums.
    Recorded one;
    runTraining(test::tinyConfig(m_corpora, fresh("one-worker"), 8), one.hooks());

    const fs::path run = fresh("two-workers");
    const fs::path losses = run.string() + "-losses.txt";
    QProcess launcher;
    launcher.start(childPath(), {"--nproc", "2", QString::fromStdString((m_root / "corpora").string()),
                                 QString::fromStdString(run.string()), "8", QString::fromStdString(losses.string())});
    QVERIFY(launcher.waitForFinished(300000));
    QVERIFY2(launcher.exitCode() == 0, launcher.readAllStandardError().constData());
    QVERIFY(launcher.readAllStandardOutput().contains("done stopped=0 steps=8"));

    const auto two = readLosses(losses); // rank 0 only reports
    QCOMPARE(static_cast<int64_t>(two.size()), 8);
    for (int64_t step = 1; step <= 8; ++step)
        QVERIFY2(std::abs(two.at(step) - one.trainLoss.at(step)) <= 1e-4,
                 qPrintable(QString("step %1: %2 vs %3").arg(step).arg(two.at(step)).arg(one.trainLoss.at(step))));
    // Rank 0 alone wrote the checkpoints.
    QCOMPARE(folderNames(checkpointsFolder(run)), (std::vector<std::string>{"step-5", "step-8"}));
}

void TestTrainer::nanGuardKeepsLastGoodCheckpoint()
{
    const fs::path run = fresh("nan");
    TrainConfig config = test::tinyConfig(m_corpora, run, 12);
    config.finalDir = run / "final";
    TrainerProbe probe;
    // Before update 8 (0-based 7) one weight goes bad, as after an overflow.
    probe.beforeStep = [](int64_t step, model::LlamaForCausalLM& model) {
        if (step == 7) {
            torch::NoGradGuard noGrad;
            model->parameters().front().view(-1)[0] = std::numeric_limits<float>::quiet_NaN();
        }
    };
    try {
        runTraining(config, {}, probe);
        QFAIL("a NaN loss did not stop the run");
    } catch (const Error& e) {
        const std::string expected =
            "loss became NaN at step 8; the last good checkpoint is " + checkpointFolder(run, 5).string();
        QVERIFY2(std::string(e.what()).starts_with(expected), e.what());
    }
    // step-5 is all that was written: no checkpoint of the bad state, no final model, no leftovers.
    QCOMPARE(folderNames(checkpointsFolder(run)), std::vector<std::string>{"step-5"});
    QVERIFY(!fs::exists(config.finalDir));
    auto good = model::loadHfModel(checkpointFolder(run, 5));
    for (const auto& p : good->parameters())
        QVERIFY(torch::isfinite(p).all().item<bool>());
}

void TestTrainer::badSettingsNameTheField()
{
    TrainConfig micro = test::tinyConfig(m_corpora, fresh("bad"), 3);
    micro.microBatch = 3; // 4 rows per step do not split into micro-batches of 3
    try {
        runTraining(micro, {});
        QFAIL("micro_batch 3 of 4 rows was accepted");
    } catch (const Error& e) {
        QVERIFY2(std::string(e.what()).starts_with("micro_batch: 3"), e.what());
    }
    TrainConfig precision = test::tinyConfig(m_corpora, fresh("bad"), 3);
    precision.precision = "f8";
    try {
        runTraining(precision, {});
        QFAIL("precision f8 was accepted");
    } catch (const Error& e) {
        QVERIFY2(std::string(e.what()).starts_with("precision: 'f8'"), e.what());
    }
    TrainConfig base = test::tinyConfig(m_corpora, fresh("bad"), 3);
    base.base = (m_root / "no-such-model").string();
    try {
        runTraining(base, {});
        QFAIL("a missing base folder was accepted");
    } catch (const Error& e) {
        QVERIFY2(std::string(e.what()).starts_with("base: '"), e.what());
    }
}

void TestTrainer::bf16Autocast()
{
    // LibTorch 1.13 autocasts CPU matrix products to bf16: the same run in f32 and bf16 starts
    // from the same weights, so the first losses differ only by bf16 rounding (8 mantissa bits:
    // visible, but far below 0.05 nats), and the bf16 run learns as the f32 one does.
    Recorded f32;
    runTraining(test::tinyConfig(m_corpora, fresh("f32"), 10), f32.hooks());
    TrainConfig config = test::tinyConfig(m_corpora, fresh("bf16"), 10);
    config.precision = "bf16";
    Recorded bf16;
    runTraining(config, bf16.hooks());
    const double difference = std::abs(bf16.trainLoss.at(1) - f32.trainLoss.at(1));
    QVERIFY2(difference > 0 && difference < 0.05, qPrintable(QString::number(difference)));
    QVERIFY(bf16.trainLoss.at(10) < bf16.trainLoss.at(1) - 0.5);
}

QTEST_GUILESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
