// Data parallel: the launcher environment and its errors, the local launcher (environment, output,
// failures, SIGTERM) with real child processes, and c10d collectives over Gloo between 2 real
// processes (distributed_worker), checked against the values each rank computed on its own.
#include "common/error.h"
#include "torch/train/distributed.h"
#include "train/launch_environment.h"
#include "train/local_launcher.h"
#include "trainer_test_support.h"
#include "torch/model/hf_checkpoint.h"

#include <nlohmann/json.hpp>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sched.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <string>

using adaptlab::Error;
using nlohmann::json;
namespace train = adaptlab::train;

Q_DECLARE_METATYPE(std::string)

namespace {

using Variables = std::map<std::string, std::string>;

train::LaunchEnvironment readFrom(const Variables& variables)
{
    return train::readLaunchEnvironment([&](const std::string& name) -> std::optional<std::string> {
        const auto it = variables.find(name);
        if (it == variables.end())
            return std::nullopt;
        return it->second;
    });
}

const char* kLauncherVariables[] = {"RANK", "WORLD_SIZE", "LOCAL_RANK", "MASTER_ADDR", "MASTER_PORT",
                                    "ADAPTLAB_DISTRIBUTED_TIMEOUT"};

// Sets the launcher variables of this (test) process for one test and clears them after.
class ScopedEnvironment {
public:
    explicit ScopedEnvironment(const Variables& variables)
    {
        clear();
        for (const auto& [name, value] : variables)
            qputenv(name.c_str(), QByteArray::fromStdString(value));
    }
    ~ScopedEnvironment() { clear(); }

private:
    static void clear()
    {
        for (const char* name : kLauncherVariables)
            qunsetenv(name);
    }
};

QString workerPath()
{
    return QString::fromLocal8Bit(qgetenv("ADAPTLAB_BUILD_DIR")) + "/tests/distributed_worker";
}

json readJson(const std::filesystem::path& file)
{
    std::ifstream in(file);
    if (!in)
        return json();
    return json::parse(in, nullptr, /*allow_exceptions=*/false);
}

struct Finished {
    int exitCode = -1;
    QString out, err;
};

// Runs the worker as its own launcher and waits for it (a hang guard, not a speed check).
Finished runWorker(const QStringList& args)
{
    QProcess process;
    process.start(workerPath(), args);
    Finished f;
    if (!process.waitForStarted() || !process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
        f.err = "did not finish: " + process.errorString();
        return f;
    }
    f.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    f.out = QString::fromUtf8(process.readAllStandardOutput());
    f.err = QString::fromUtf8(process.readAllStandardError());
    return f;
}

std::vector<float> floats(const json& j) { return j.get<std::vector<float>>(); }

void compareClose(const std::vector<float>& actual, const std::vector<float>& expected, double tolerance, const char* what)
{
    QVERIFY2(actual.size() == expected.size(), what);
    for (size_t i = 0; i < actual.size(); ++i)
        QVERIFY2(std::abs(actual[i] - expected[i]) <= tolerance * (1.0 + std::abs(expected[i])),
                 qPrintable(QString("%1[%2]: %3 vs %4").arg(what).arg(i).arg(actual[i]).arg(expected[i])));
}

} // namespace

class TestDistributed final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void launchEnvironment();
    void launchEnvironmentRefusesInconsistentSets_data();
    void launchEnvironmentRefusesInconsistentSets();
    void fromEnvironmentNamesTheVariable();
    void singleProcessCollectivesAreNoOps();
    void rankOneGivesUpOnAnAbsentRankZero();
    void rankZeroGivesUpOnAPeerThatNeverComes();
    void withoutNprocOption();
    void cpuShares();
    void launcherRefusesToNest();
    void launcherSetsTheEnvironment();
    void launcherReturnsTheFailingRanksCode();
    void launcherForwardsSigterm();
    void collectivesOverGlooBetweenTwoProcesses();
    void twoWorkersFollowTheOneWorkerCurve();
    void cliNprocTwoFollowsNprocOne();
};

void TestDistributed::launchEnvironment()
{
    // No launcher: one process.
    train::LaunchEnvironment env = readFrom({});
    QCOMPARE(env.worldSize, 1);
    QCOMPARE(env.rank, 0);
    QVERIFY(!env.distributed());
    // WORLD_SIZE=1 needs nothing else.
    env = readFrom({{"WORLD_SIZE", "1"}});
    QVERIFY(!env.distributed());
    // The full set as torchrun gives it.
    env = readFrom({{"WORLD_SIZE", "4"}, {"RANK", "3"}, {"LOCAL_RANK", "1"}, {"MASTER_ADDR", "node-a"},
                    {"MASTER_PORT", "29500"}});
    QVERIFY(env.distributed());
    QCOMPARE(env.worldSize, 4);
    QCOMPARE(env.rank, 3);
    QCOMPARE(env.localRank, 1);
    QCOMPARE(env.masterAddr, std::string("node-a"));
    QCOMPARE(int(env.masterPort), 29500);
    QVERIFY(!env.isMain());
    // LOCAL_RANK is optional (mpirun-style launchers do not set it).
    env = readFrom({{"WORLD_SIZE", "2"}, {"RANK", "0"}, {"MASTER_ADDR", "h"}, {"MASTER_PORT", "1"}});
    QCOMPARE(env.localRank, 0);
    QVERIFY(env.isMain());
}

void TestDistributed::launchEnvironmentRefusesInconsistentSets_data()
{
    QTest::addColumn<QString>("variables"); // NAME=VALUE;NAME=VALUE
    QTest::addColumn<std::string>("named");
    const QString ok = "MASTER_ADDR=127.0.0.1;MASTER_PORT=29500;";
    QTest::newRow("rank without world size") << "RANK=1" << std::string("WORLD_SIZE");
    QTest::newRow("world size not a number") << ok + "WORLD_SIZE=two;RANK=0" << std::string("WORLD_SIZE=\"two\"");
    QTest::newRow("world size zero") << ok + "WORLD_SIZE=0;RANK=0" << std::string("WORLD_SIZE=0");
    QTest::newRow("world size negative") << ok + "WORLD_SIZE=-2;RANK=0" << std::string("WORLD_SIZE");
    QTest::newRow("rank missing") << ok + "WORLD_SIZE=2" << std::string("RANK is not set");
    QTest::newRow("rank equal to world size") << ok + "WORLD_SIZE=2;RANK=2" << std::string("RANK=2");
    QTest::newRow("rank negative") << ok + "WORLD_SIZE=2;RANK=-1" << std::string("RANK");
    QTest::newRow("rank with trailing text") << ok + "WORLD_SIZE=2;RANK=1x" << std::string("RANK=\"1x\"");
    QTest::newRow("local rank not a number") << ok + "WORLD_SIZE=2;RANK=1;LOCAL_RANK=a" << std::string("LOCAL_RANK");
    QTest::newRow("master addr missing") << "MASTER_PORT=29500;WORLD_SIZE=2;RANK=1" << std::string("MASTER_ADDR");
    QTest::newRow("master addr empty") << "MASTER_ADDR=;MASTER_PORT=29500;WORLD_SIZE=2;RANK=1" << std::string("MASTER_ADDR");
    QTest::newRow("master port missing") << "MASTER_ADDR=h;WORLD_SIZE=2;RANK=1" << std::string("MASTER_PORT");
    QTest::newRow("master port zero") << "MASTER_ADDR=h;MASTER_PORT=0;WORLD_SIZE=2;RANK=1" << std::string("MASTER_PORT=0");
    QTest::newRow("master port too big") << "MASTER_ADDR=h;MASTER_PORT=70000;WORLD_SIZE=2;RANK=1" << std::string("MASTER_PORT=70000");
    QTest::newRow("master port a name") << "MASTER_ADDR=h;MASTER_PORT=http;WORLD_SIZE=2;RANK=1" << std::string("MASTER_PORT");
}

void TestDistributed::launchEnvironmentRefusesInconsistentSets()
{
    QFETCH(QString, variables);
    QFETCH(std::string, named);
    Variables map;
    for (const QString& pair : variables.split(';', Qt::SkipEmptyParts)) {
        const int eq = pair.indexOf('=');
        map[pair.left(eq).toStdString()] = pair.mid(eq + 1).toStdString();
    }
    try {
        readFrom(map);
        QFAIL("accepted");
    } catch (const Error& e) {
        QVERIFY2(std::string(e.what()).find(named) != std::string::npos, e.what());
    }
}

void TestDistributed::fromEnvironmentNamesTheVariable()
{
    ScopedEnvironment env({{"WORLD_SIZE", "2"}, {"RANK", "5"}, {"MASTER_ADDR", "127.0.0.1"}, {"MASTER_PORT", "29500"}});
    try {
        train::Distributed::fromEnvironment(torch::Device(torch::kCPU));
        QFAIL("accepted RANK=5 of 2");
    } catch (const Error& e) {
        QVERIFY2(std::string(e.what()).find("RANK=5") != std::string::npos, e.what());
    }
}

void TestDistributed::singleProcessCollectivesAreNoOps()
{
    ScopedEnvironment env({});
    const auto dist = train::Distributed::fromEnvironment(torch::Device(torch::kCPU));
    QVERIFY(dist);
    QCOMPARE(dist->worldSize(), 1);
    QCOMPARE(dist->rank(), 0);
    QVERIFY(dist->isMain());
    QCOMPARE(dist->backendName(), std::string("none"));
    torch::Tensor t = torch::tensor({1.5f, -2.0f});
    dist->allReduceSum(t);
    QCOMPARE(t[0].item<float>(), 1.5f);
    QCOMPARE(t[1].item<float>(), -2.0f);
    dist->barrier();
}

void TestDistributed::rankOneGivesUpOnAnAbsentRankZero()
{
    // Nobody listens on this port: rank 1 retries until the timeout, then names where it looked.
    const std::string port = std::to_string(train::freeLocalPort());
    ScopedEnvironment env({{"WORLD_SIZE", "2"}, {"RANK", "1"}, {"MASTER_ADDR", "127.0.0.1"}, {"MASTER_PORT", port},
                           {"ADAPTLAB_DISTRIBUTED_TIMEOUT", "1"}});
    try {
        train::Distributed::fromEnvironment(torch::Device(torch::kCPU));
        QFAIL("connected to nobody");
    } catch (const Error& e) {
        const std::string message = e.what();
        QVERIFY2(message.find("rank 1") != std::string::npos, e.what());
        QVERIFY2(message.find("MASTER_ADDR:MASTER_PORT = 127.0.0.1:" + port) != std::string::npos, e.what());
        QVERIFY2(message.find("ADAPTLAB_DISTRIBUTED_TIMEOUT") != std::string::npos, e.what());
    }
}

void TestDistributed::rankZeroGivesUpOnAPeerThatNeverComes()
{
    const std::string port = std::to_string(train::freeLocalPort());
    ScopedEnvironment env({{"WORLD_SIZE", "2"}, {"RANK", "0"}, {"MASTER_ADDR", "127.0.0.1"}, {"MASTER_PORT", port},
                           {"ADAPTLAB_DISTRIBUTED_TIMEOUT", "1"}});
    try {
        train::Distributed::fromEnvironment(torch::Device(torch::kCPU));
        QFAIL("started without its peer");
    } catch (const Error& e) {
        const std::string message = e.what();
        QVERIFY2(message.find("rank 0") != std::string::npos, e.what());
        QVERIFY2(message.find("only 1 of 2 ranks connected (missing: 1)") != std::string::npos, e.what());
        QVERIFY2(message.find("ADAPTLAB_DISTRIBUTED_TIMEOUT") != std::string::npos, e.what());
    }
}

void TestDistributed::withoutNprocOption()
{
    using V = std::vector<std::string>;
    QCOMPARE(train::withoutNprocOption({"cli", "train", "--nproc", "2", "--json"}), (V{"cli", "train", "--json"}));
    QCOMPARE(train::withoutNprocOption({"cli", "--nproc=4", "train"}), (V{"cli", "train"}));
    QCOMPARE(train::withoutNprocOption({"cli", "train", "--nproc"}), (V{"cli", "train"}));
    // A value that merely looks like the flag stays (it is not in flag position).
    QCOMPARE(train::withoutNprocOption({"--nproc", "train"}), (V{"--nproc", "train"}));
}

void TestDistributed::cpuShares()
{
    using V = std::vector<int>;
    const V eight{0, 1, 2, 3, 4, 5, 6, 7};
    QCOMPARE(train::cpuShare(eight, 0, 2), (V{0, 1, 2, 3}));
    QCOMPARE(train::cpuShare(eight, 1, 2), (V{4, 5, 6, 7}));
    QCOMPARE(train::cpuShare(eight, 2, 3), (V{5, 6, 7})); // 8/3: shares of 2, 3, 3
    QCOMPARE(train::cpuShare({3, 9}, 2, 3), (V{3}));       // fewer CPUs than ranks: one each, reused
    QCOMPARE(train::cpuShare({}, 0, 2), V{});
}

void TestDistributed::launcherRefusesToNest()
{
    ScopedEnvironment env({{"WORLD_SIZE", "2"}, {"RANK", "0"}, {"MASTER_ADDR", "127.0.0.1"}, {"MASTER_PORT", "29500"}});
    try {
        train::launchLocalWorkers(2, {workerPath().toStdString(), "env", "/nonexistent"});
        QFAIL("launched workers inside a launcher");
    } catch (const Error& e) {
        QVERIFY2(std::string(e.what()).find("WORLD_SIZE=2") != std::string::npos, e.what());
    }
    try {
        train::launchLocalWorkers(0, {workerPath().toStdString()});
        QFAIL("accepted 0 workers");
    } catch (const Error& e) {
        QVERIFY2(std::string(e.what()).find("--nproc 0") != std::string::npos, e.what());
    }
}

void TestDistributed::launcherSetsTheEnvironment()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Finished f = runWorker({"--nproc", "2", "env", dir.path()});
    QVERIFY2(f.exitCode == 0, qPrintable(f.err));
    const std::filesystem::path out = dir.path().toStdString();
    const json r0 = readJson(out / "rank-0.json");
    const json r1 = readJson(out / "rank-1.json");
    QVERIFY2(r0.is_object() && r1.is_object(), qPrintable(f.err));
    for (int rank = 0; rank < 2; ++rank) {
        const json& r = rank == 0 ? r0 : r1;
        QCOMPARE(r["RANK"].get<std::string>(), std::to_string(rank));
        QCOMPARE(r["LOCAL_RANK"].get<std::string>(), std::to_string(rank));
        QCOMPARE(r["WORLD_SIZE"].get<std::string>(), std::string("2"));
        // Unset: the workers' affinity already divides the cores (the trainer would divide again).
        QCOMPARE(r["LOCAL_WORLD_SIZE"].get<std::string>(), std::string(""));
        QCOMPARE(r["MASTER_ADDR"].get<std::string>(), std::string("127.0.0.1"));
        // --nproc and its value are gone; the rest is as given.
        QCOMPARE(r["args"].get<std::vector<std::string>>(), (std::vector<std::string>{"env", dir.path().toStdString()}));
    }
    QVERIFY(r0["MASTER_PORT"] == r1["MASTER_PORT"]);
    const int port = std::stoi(r0["MASTER_PORT"].get<std::string>());
    QVERIFY(port > 0 && port < 65536);
    // Each worker has its share of this process's CPUs (one each when there is a single CPU).
    cpu_set_t set;
    CPU_ZERO(&set);
    QCOMPARE(sched_getaffinity(0, sizeof set, &set), 0);
    const int cpus = CPU_COUNT(&set);
    QCOMPARE(r0["cpus"].get<int>(), cpus >= 2 ? cpus / 2 : 1);
    QCOMPARE(r1["cpus"].get<int>(), cpus >= 2 ? cpus - cpus / 2 : 1);
    // Rank 0 keeps the streams; rank 1's lines arrive on stderr with its prefix.
    QVERIFY2(f.out.contains("stdout of rank 0\n"), qPrintable(f.out));
    QVERIFY2(!f.out.contains("rank 1"), qPrintable(f.out));
    QVERIFY2(f.err.contains("stderr of rank 0\n"), qPrintable(f.err));
    QVERIFY2(f.err.contains("[rank 1] stdout of rank 1\n"), qPrintable(f.err));
    QVERIFY2(f.err.contains("[rank 1] stderr of rank 1\n"), qPrintable(f.err));
}

void TestDistributed::launcherReturnsTheFailingRanksCode()
{
    {
        // Rank 1 fails: rank 0, waiting for it, is stopped, and the launcher reports rank 1's code.
        QTemporaryDir dir;
        const Finished f = runWorker({"--nproc", "2", "fail", "1", "7", dir.path()});
        QVERIFY2(f.exitCode == 7, qPrintable(QString::number(f.exitCode) + f.err));
        const json r0 = readJson(dir.path().toStdString() + "/rank-0.json");
        QVERIFY2(!r0.contains("finished"), r0.dump().c_str());
    }
    {
        QTemporaryDir dir;
        const Finished f = runWorker({"--nproc", "3", "fail", "0", "5", dir.path()});
        QVERIFY2(f.exitCode == 5, qPrintable(QString::number(f.exitCode) + f.err));
        for (const char* file : {"/rank-1.json", "/rank-2.json"}) {
            const json r = readJson(dir.path().toStdString() + file);
            QVERIFY2(!r.contains("finished"), r.dump().c_str());
        }
    }
}

void TestDistributed::launcherForwardsSigterm()
{
    QTemporaryDir dir;
    QProcess process;
    process.start(workerPath(), {"--nproc", "2", "stop", dir.path()});
    QVERIFY(process.waitForStarted());
    const std::string base = dir.path().toStdString();
    QTRY_VERIFY_WITH_TIMEOUT(readJson(base + "/rank-0.json").contains("ready")
                                 && readJson(base + "/rank-1.json").contains("ready"),
                             60000);
    process.terminate(); // SIGTERM to the launcher only
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QVERIFY(readJson(base + "/rank-0.json").contains("stopped"));
    QVERIFY(readJson(base + "/rank-1.json").contains("stopped"));
}

void TestDistributed::collectivesOverGlooBetweenTwoProcesses()
{
    QTemporaryDir dir;
    const Finished f = runWorker({"--nproc", "2", "collectives", dir.path()});
    QVERIFY2(f.exitCode == 0, qPrintable(f.err));
    const json r[2] = {readJson(dir.path().toStdString() + "/rank-0.json"),
                       readJson(dir.path().toStdString() + "/rank-1.json")};
    for (int rank = 0; rank < 2; ++rank) {
        QCOMPARE(r[rank]["rank"].get<int>(), rank);
        QCOMPARE(r[rank]["world_size"].get<int>(), 2);
        QCOMPARE(r[rank]["local_rank"].get<int>(), rank);
        QCOMPARE(r[rank]["backend"].get<std::string>(), std::string("gloo"));
        // (1, 10, 100) * 1 + (1, 10, 100) * 2
        compareClose(floats(r[rank]["sum"]), {3.f, 30.f, 300.f}, 0, "allReduceSum");
        // arange(6) * 1 + arange(6) * 2, written back through a transposed view
        compareClose(floats(r[rank]["sum_transposed"]), {0.f, 3.f, 6.f, 9.f, 12.f, 15.f}, 0, "allReduceSum (view)");
        QCOMPARE(r[rank]["sum_int64"].get<int64_t>(), int64_t(7 + 14));
        // rank 0's tensors everywhere
        QVERIFY(r[rank]["broadcast"] == r[0]["broadcast"]);
        compareClose(floats(r[rank]["broadcast"][2]), {0.f, 1.f, 2.f, 3.f}, 0, "broadcast int64");
    }
    QVERIFY(floats(r[0]["broadcast"][0]).size() == 12);
    // averageGradients = the mean of what each rank computed alone, the same on both, whatever the bucketing.
    for (const char* key : {"grads_bucketed", "grads_per_tensor", "grads_small_buckets"}) {
        const json& local0 = r[0][key]["local"];
        const json& local1 = r[1][key]["local"];
        QCOMPARE(local0.size(), size_t(4)); // embedding, head weight, head bias, extra
        QVERIFY2(local0 != local1, key);     // the ranks saw different data
        for (size_t p = 0; p < local0.size(); ++p) {
            const std::vector<float> a = floats(local0[p]), b = floats(local1[p]);
            std::vector<float> mean(a.size());
            for (size_t i = 0; i < a.size(); ++i)
                mean[i] = (a[i] + b[i]) / 2;
            compareClose(floats(r[0][key]["averaged"][p]), mean, 1e-6, key);
            compareClose(floats(r[1][key]["averaged"][p]), mean, 1e-6, key);
        }
    }
    // "extra" has a gradient on rank 1 only (d/dx of 0.5*x^2 at 1 = 1): its mean is 0.5.
    const std::vector<std::string> names = r[0]["grads_bucketed"]["names"].get<std::vector<std::string>>();
    const auto extra = std::find(names.begin(), names.end(), "extra");
    QVERIFY(extra != names.end());
    const size_t index = static_cast<size_t>(extra - names.begin());
    compareClose(floats(r[0]["grads_bucketed"]["local"][index]), {0.f, 0.f, 0.f}, 0, "extra on rank 0");
    compareClose(floats(r[0]["grads_bucketed"]["averaged"][index]), {0.5f, 0.5f, 0.5f}, 1e-6, "extra");
}

namespace {

std::map<int64_t, double> readLossLines(const std::filesystem::path& file, int* lineCount)
{
    std::map<int64_t, double> losses;
    std::ifstream in(file);
    int64_t step = 0;
    double loss = 0;
    *lineCount = 0;
    while (in >> step >> loss) {
        losses[step] = loss;
        ++*lineCount;
    }
    return losses;
}

} // namespace

void TestDistributed::twoWorkersFollowTheOneWorkerCurve()
{
    // The tiny run of tst_trainer (global batch 4 = 2 micro-batches of 2 rows on one worker; one
    // micro-batch of 2 rows on each of 2 workers), 10 steps, checkpoints at 5 and 10. The same data
    // order and step maths, summed in another order: the curves agree within float noise.
    namespace fs = std::filesystem;
    QTemporaryDir dir;
    const fs::path root = dir.path().toStdString();
    train::test::makeCorpora(root / "corpora");
    const QString child = QString::fromLocal8Bit(qgetenv("ADAPTLAB_BUILD_DIR")) + "/tests/trainer_child";
    const int64_t steps = 10;
    const auto args = [&](const std::string& name) {
        return QStringList{child, QString::fromStdString((root / "corpora").string()),
                           QString::fromStdString((root / name).string()), QString::number(steps),
                           QString::fromStdString((root / (name + ".losses")).string())};
    };
    QProcess single;
    single.start(child, args("one").mid(1));
    QVERIFY(single.waitForFinished(300000)); // a hang guard
    QVERIFY2(single.exitCode() == 0, single.readAllStandardError().constData());
    const Finished two = runWorker(QStringList{"launch", "2"} + args("two"));
    QVERIFY2(two.exitCode == 0, qPrintable(two.err));
    QVERIFY2(two.err.contains("[rank 1] "), qPrintable(two.err)); // rank 1 ran, under the launcher

    int oneLines = 0, twoLines = 0;
    const auto one = readLossLines(root / "one.losses", &oneLines);
    const auto curve = readLossLines(root / "two.losses", &twoLines);
    // Only rank 0 reports metrics: one line per step, not two.
    QCOMPARE(oneLines, int(steps));
    QCOMPARE(twoLines, int(steps));
    QCOMPARE(curve.size(), one.size());
    for (const auto& [step, loss] : one) {
        QVERIFY(curve.count(step));
        QVERIFY2(std::abs(curve.at(step) - loss) <= 1e-4 * std::max(1.0, std::abs(loss)),
                 qPrintable(QString("step %1: 2 workers %2, 1 worker %3").arg(step).arg(curve.at(step), 0, 'g', 10).arg(loss, 0, 'g', 10)));
    }
    QVERIFY(one.rbegin()->second < one.begin()->second); // it learned: the comparison is not of two flat lines

    // Rank 0 wrote the checkpoints (the last two kept), and their weights match the single worker's.
    for (const char* name : {"step-5", "step-10"})
        QVERIFY2(fs::exists(root / "two" / "checkpoints" / name / "trainer_state.json"), name);
    const auto a = adaptlab::model::loadHfModel(root / "one" / "checkpoints" / "step-10", torch::kCPU);
    const auto b = adaptlab::model::loadHfModel(root / "two" / "checkpoints" / "step-10", torch::kCPU);
    const auto pa = a->named_parameters(), pb = b->named_parameters();
    QCOMPARE(pa.size(), pb.size());
    for (const auto& item : pa) {
        const torch::Tensor diff = (item.value() - pb[item.key()]).abs().max();
        QVERIFY2(diff.item<double>() <= 1e-4, qPrintable(QString::fromStdString(item.key()) + ": " + QString::number(diff.item<double>())));
    }
    // No rank wrote a stray file beside rank 0's: the run folder holds what a single worker's holds.
    std::set<std::string> oneFiles, twoFiles;
    for (const auto& e : fs::recursive_directory_iterator(root / "one"))
        oneFiles.insert(fs::relative(e.path(), root / "one").string());
    for (const auto& e : fs::recursive_directory_iterator(root / "two"))
        twoFiles.insert(fs::relative(e.path(), root / "two").string());
    QVERIFY2(twoFiles == oneFiles, qPrintable(QString("%1 files vs %2").arg(twoFiles.size()).arg(oneFiles.size())));
}

namespace {

// train_loss per step from a run folder's events.jsonl.
std::map<int64_t, double> trainLossEvents(const std::filesystem::path& events)
{
    std::map<int64_t, double> losses;
    std::ifstream in(events);
    for (std::string line; std::getline(in, line);) {
        const json e = json::parse(line, nullptr, /*allow_exceptions=*/false);
        if (e.is_object() && e.value("event", "") == "metric" && e.value("name", "") == "train_loss")
            losses[e.at("step").get<int64_t>()] = e.at("value").get<double>();
    }
    return losses;
}

} // namespace

void TestDistributed::cliNprocTwoFollowsNprocOne()
{
    // The test through the command-line contract: `adaptlab-cli train --nproc 2` against
    // `--nproc 1` with the same global batch (preset:tiny, the byte-fallback tokenizer fixture).
    namespace fs = std::filesystem;
    QTemporaryDir dir;
    const fs::path root = dir.path().toStdString();
    train::test::writeLines(root / "domain.txt", train::test::domainTexts(300, 2));
    train::test::writeLines(root / "general.txt", train::test::generalTexts(300, 1));
    const QString cli = ADAPTLAB_CLI_PATH;
    const QString tokenizer = QString::fromLocal8Bit(qgetenv("ADAPTLAB_SOURCE_DIR")) + "/tests/fixtures/tokenizers/bytefallback";
    const auto run = [&](const std::string& out, const QString& nproc) {
        QProcess process;
        process.start(cli, {"train", "--base", "preset:tiny", "--tokenizer", tokenizer, "--data",
                            QString::fromStdString((root / "domain.txt").string()), "--replay",
                            QString::fromStdString((root / "general.txt").string()) + ":0.25", "--steps", "6",
                            "--seq-len", "32", "--batch", "4", "--lr", "0.003", "--seed", "1", "--heldout-docs", "8",
                            "--eval-every", "3", "--save-every", "3", "--threads", "1", "--nproc", nproc, "--json",
                            "--out", QString::fromStdString((root / out).string())});
        Finished f;
        if (process.waitForFinished(300000)) // a hang guard
            f.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        f.out = QString::fromUtf8(process.readAllStandardOutput());
        f.err = QString::fromUtf8(process.readAllStandardError());
        return f;
    };
    const Finished one = run("one", "1");
    QVERIFY2(one.exitCode == 0, qPrintable(one.err));
    const Finished two = run("two", "2");
    QVERIFY2(two.exitCode == 0, qPrintable(two.err));
    // One JSON object on stdout, from rank 0 (rank 1's goes to stderr with its prefix).
    const json a = json::parse(one.out.toStdString(), nullptr, false);
    const json b = json::parse(two.out.toStdString(), nullptr, false);
    QVERIFY2(b.is_object(), qPrintable(two.out));
    QVERIFY2(two.err.contains("[rank 1] "), qPrintable(two.err));
    const double lossA = a.at("final_train_loss").get<double>(), lossB = b.at("final_train_loss").get<double>();
    QVERIFY2(std::abs(lossA - lossB) <= 1e-4 * std::max(1.0, lossA), qPrintable(QString("%1 vs %2").arg(lossA).arg(lossB)));
    for (const auto& [source, values] : a.at("heldout_loss").items())
        for (const char* when : {"first", "last"}) {
            const double x = values.at(when).get<double>(), y = b.at("heldout_loss").at(source).at(when).get<double>();
            QVERIFY2(std::abs(x - y) <= 1e-4 * std::max(1.0, x), qPrintable(QString::fromStdString(source) + " " + when));
        }
    // The curve, step by step, from the events file that only rank 0 writes.
    const auto curveA = trainLossEvents(root / "one" / "events.jsonl");
    const auto curveB = trainLossEvents(root / "two" / "events.jsonl");
    QCOMPARE(curveA.size(), size_t(6));
    QCOMPARE(curveB.size(), curveA.size());
    for (const auto& [step, loss] : curveA)
        QVERIFY2(std::abs(curveB.at(step) - loss) <= 1e-4 * std::max(1.0, loss), qPrintable(QString("step %1").arg(step)));
    for (const char* file : {"spec.json", "events.jsonl", "log.txt", "final/config.json", "final/model.safetensors",
                             "checkpoints/step-6/trainer_state.json"})
        QVERIFY2(fs::exists(root / "two" / file), file);
}

QTEST_GUILESS_MAIN(TestDistributed)
#include "tst_distributed.moc"
