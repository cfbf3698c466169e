// Cluster launch scripts: the text parses (bash -n) and carries the variables and commands, bad
// options are refused naming the field, and the scripts really start every rank with the launcher
// environment: the torchrun script under Debian's torchrun (one node, and two "nodes" on this
// machine), the Slurm script under stand-ins for srun and scontrol that set the task variables as
// Slurm documents them. The program each rank runs is a recorder script in place of adaptlab-cli.
#include "common/error.h"
#include "train/launch_script.h"
#include "train/local_launcher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>

using adaptlab::Error;
namespace train = adaptlab::train;

namespace {

using Record = std::map<std::string, std::string>;

void writeExecutable(const QString& path, const std::string& text)
{
    std::ofstream(path.toStdString()) << text;
    ::chmod(path.toLocal8Bit().constData(), 0755);
}

// Stands in for adaptlab-cli: writes what it was started with to $RECORD_DIR/rank-$RANK.txt.
QString writeRecorder(const QTemporaryDir& dir)
{
    const QString path = dir.filePath("fake-adaptlab-cli");
    writeExecutable(path, "#!/bin/bash\n"
                          "printf '%s\\n' \"RANK=$RANK\" \"WORLD_SIZE=$WORLD_SIZE\" \"LOCAL_RANK=$LOCAL_RANK\" "
                          "\"MASTER_ADDR=$MASTER_ADDR\" \"MASTER_PORT=$MASTER_PORT\" \"ARG1=$1\" \"ARG2=$2\" \"ARGC=$#\" "
                          "> \"$RECORD_DIR/rank-$RANK.txt\"\n");
    return path;
}

Record readRecord(const QString& path)
{
    Record record;
    std::ifstream in(path.toStdString());
    for (std::string line; std::getline(in, line);) {
        const size_t eq = line.find('=');
        if (eq != std::string::npos)
            record[line.substr(0, eq)] = line.substr(eq + 1);
    }
    return record;
}

struct Outcome {
    bool finished = false;
    int exitCode = -1;
    QString output;
};

Outcome runBash(const QStringList& args, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start("bash", args);
    Outcome outcome;
    outcome.finished = process.waitForStarted() && process.waitForFinished(180000); // a hang guard
    if (!outcome.finished) {
        process.kill();
        process.waitForFinished();
    }
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.output = QString::fromUtf8(process.readAll());
    return outcome;
}

// bash -n: the script parses (shellcheck is not available here).
void checkSyntax(const QTemporaryDir& dir, const std::string& script)
{
    const QString path = dir.filePath("syntax-check.sh");
    std::ofstream(path.toStdString()) << script;
    const Outcome outcome = runBash({"-n", path});
    QVERIFY2(outcome.finished && outcome.exitCode == 0, qPrintable(outcome.output));
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// A spec path with a space and a quote: the scripts must quote it.
const char* kAwkwardSpec = "/tmp/a run's spec/train spec.json";

} // namespace

class TestLaunchScript final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shellQuoteRoundTrips();
    void torchrunOneNode();
    void torchrunSeveralNodes();
    void slurmScript();
    void badOptions_data();
    void badOptions();
    void writtenScriptIsExecutable();
    void torchrunStartsEveryRankOnOneNode();
    void torchrunStartsEveryRankOnTwoNodes();
    void slurmStartsEveryRankWithTaskVariables();
};

void TestLaunchScript::shellQuoteRoundTrips()
{
    for (const std::string text : {std::string("plain"), std::string("two words"), std::string("it's"),
                                   std::string("$HOME `x` \"q\" \\ ;|&"), std::string("''"), std::string()}) {
        const Outcome outcome = runBash({"-c", QString::fromStdString("printf %s " + train::shellQuote(text))});
        QVERIFY(outcome.finished);
        QCOMPARE(outcome.output.toStdString(), text);
    }
}

void TestLaunchScript::torchrunOneNode()
{
    train::LaunchScriptOptions options;
    options.specFile = kAwkwardSpec;
    options.nprocPerNode = 4;
    const std::string script = train::launchScript(train::LaunchScriptKind::Torchrun, options);
    QVERIFY(script.rfind("#!/usr/bin/env bash\n", 0) == 0);
    QVERIFY(contains(script, "set -euo pipefail"));
    QVERIFY(contains(script, "NNODES=1\n"));
    QVERIFY(contains(script, "NPROC_PER_NODE=4\n"));
    QVERIFY(contains(script, "SPEC='/tmp/a run'\\''s spec/train spec.json'\n"));
    QVERIFY(contains(script, "ADAPTLAB_CLI=${ADAPTLAB_CLI:-'adaptlab-cli'}\n"));
    QVERIFY(contains(script, "exec torchrun --standalone --nnodes=\"$NNODES\" --nproc_per_node=\"$NPROC_PER_NODE\""));
    QVERIFY(contains(script, "--redirects=1 --tee=1 --no_python \"$ADAPTLAB_CLI\" train \"$SPEC\"\n"));
    QVERIFY(!contains(script, "rdzv"));
    QTemporaryDir dir;
    checkSyntax(dir, script);
}

void TestLaunchScript::torchrunSeveralNodes()
{
    train::LaunchScriptOptions options;
    options.specFile = "/shared/run/spec.json";
    options.nnodes = 3;
    options.nprocPerNode = 8;
    options.masterAddr = "gpu-001";
    options.masterPort = 29400;
    std::string script = train::launchScript(train::LaunchScriptKind::Torchrun, options);
    QVERIFY(contains(script, "3 node(s) x 8 process(es) = 24 ranks"));
    QVERIFY(contains(script, "RDZV_HOST=${MASTER_ADDR:-'gpu-001'}\n"));
    QVERIFY(contains(script, "RDZV_PORT=${MASTER_PORT:-29400}\n"));
    QVERIFY(contains(script, "--rdzv_backend=c10d --rdzv_endpoint=\"$RDZV_HOST:$RDZV_PORT\" --rdzv_id=\"$RDZV_ID\""));
    QVERIFY(contains(script, "--no_python \"$ADAPTLAB_CLI\" train \"$SPEC\"\n"));
    QVERIFY(!contains(script, "--standalone"));
    QTemporaryDir dir;
    checkSyntax(dir, script);
    // Without a host the script insists on MASTER_ADDR when it runs.
    options.masterAddr.clear();
    options.masterPort = 0;
    script = train::launchScript(train::LaunchScriptKind::Torchrun, options);
    QVERIFY(contains(script, "RDZV_HOST=${MASTER_ADDR:?"));
    QVERIFY(contains(script, "RDZV_PORT=${MASTER_PORT:-29500}\n"));
    checkSyntax(dir, script);
}

void TestLaunchScript::slurmScript()
{
    train::LaunchScriptOptions options;
    options.specFile = kAwkwardSpec;
    options.cli = "/opt/adaptlab/bin/adaptlab-cli";
    options.nnodes = 2;
    options.nprocPerNode = 4;
    options.gpusPerNode = 4;
    options.cpusPerTask = 8;
    options.partition = "gpu";
    options.account = "lab42";
    options.timeLimit = "12:00:00";
    options.jobName = "cpt-foldoc";
    const std::string script = train::launchScript(train::LaunchScriptKind::Slurm, options);
    QVERIFY(script.rfind("#!/bin/bash\n#SBATCH --job-name=cpt-foldoc\n", 0) == 0);
    for (const char* line : {"#SBATCH --nodes=2\n", "#SBATCH --ntasks-per-node=4\n", "#SBATCH --gpus-per-node=4\n",
                             "#SBATCH --cpus-per-task=8\n", "#SBATCH --partition=gpu\n", "#SBATCH --account=lab42\n",
                             "#SBATCH --time=12:00:00\n", "#SBATCH --output=cpt-foldoc-%j.out\n",
                             "ADAPTLAB_CLI=${ADAPTLAB_CLI:-'/opt/adaptlab/bin/adaptlab-cli'}\n",
                             "scontrol show hostnames \"$SLURM_JOB_NODELIST\"",
                             "MASTER_PORT=${MASTER_PORT:-$((20000 + SLURM_JOB_ID % 20000))}\n",
                             "export OMP_NUM_THREADS=${OMP_NUM_THREADS:-8}\n",
                             "export MASTER_ADDR MASTER_PORT ADAPTLAB_CLI SPEC\n",
                             "srun --kill-on-bad-exit=1 bash -c",
                             "RANK=\"$SLURM_PROCID\" WORLD_SIZE=\"$SLURM_NTASKS\" LOCAL_RANK=\"$SLURM_LOCALID\"",
                             "exec \"$ADAPTLAB_CLI\" train \"$SPEC\""})
        QVERIFY2(contains(script, line), line);
    // Every #SBATCH line comes before the first command (sbatch stops reading them there).
    QVERIFY(script.rfind("#SBATCH") < script.find("set -euo"));
    QTemporaryDir dir;
    checkSyntax(dir, script);
    // Nothing requested: no optional #SBATCH line.
    train::LaunchScriptOptions plain;
    plain.specFile = "/s.json";
    const std::string minimal = train::launchScript(train::LaunchScriptKind::Slurm, plain);
    for (const char* absent : {"--gpus-per-node", "--cpus-per-task", "--partition", "--account", "--time", "OMP_NUM_THREADS"})
        QVERIFY2(!contains(minimal, absent), absent);
    checkSyntax(dir, minimal);
}

void TestLaunchScript::badOptions_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("named");
    QTest::newRow("no spec") << "specFile" << "specFile";
    QTest::newRow("zero nodes") << "nnodes" << "nnodes = 0";
    QTest::newRow("zero ranks per node") << "nprocPerNode" << "nprocPerNode = 0";
    QTest::newRow("port out of range") << "masterPort" << "masterPort = 70000";
    QTest::newRow("line break in the job name") << "jobName" << "jobName";
    QTest::newRow("space in the partition") << "partition" << "partition";
    QTest::newRow("negative gpus") << "gpusPerNode" << "gpusPerNode = -1";
    QTest::newRow("empty cli") << "cli" << "cli";
}

void TestLaunchScript::badOptions()
{
    QFETCH(QString, field);
    QFETCH(QString, named);
    train::LaunchScriptOptions options;
    options.specFile = "/s.json";
    if (field == "specFile")
        options.specFile.clear();
    else if (field == "nnodes")
        options.nnodes = 0;
    else if (field == "nprocPerNode")
        options.nprocPerNode = 0;
    else if (field == "masterPort")
        options.masterPort = 70000;
    else if (field == "jobName")
        options.jobName = "a\n#SBATCH --exclusive";
    else if (field == "partition")
        options.partition = "gpu long";
    else if (field == "gpusPerNode")
        options.gpusPerNode = -1;
    else if (field == "cli")
        options.cli.clear();
    for (const auto kind : {train::LaunchScriptKind::Torchrun, train::LaunchScriptKind::Slurm}) {
        try {
            train::launchScript(kind, options);
            QFAIL("accepted");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains(named), e.what());
        }
    }
}

void TestLaunchScript::writtenScriptIsExecutable()
{
    QTemporaryDir dir;
    train::LaunchScriptOptions options;
    options.specFile = "/s.json";
    const std::filesystem::path file = dir.filePath("launch/train.sbatch").toStdString();
    train::writeLaunchScript(file, train::LaunchScriptKind::Slurm, options);
    struct stat info{};
    QCOMPARE(::stat(file.c_str(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0755));
    QFile written(QString::fromStdString(file.string()));
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll().toStdString(), train::launchScript(train::LaunchScriptKind::Slurm, options));
}

void TestLaunchScript::torchrunStartsEveryRankOnOneNode()
{
    QVERIFY2(QFile::exists(ADAPTLAB_TORCHRUN), "torchrun (Debian's python3-torch) was not found when configuring");
    QTemporaryDir dir;
    train::LaunchScriptOptions options;
    options.specFile = kAwkwardSpec;
    options.cli = writeRecorder(dir).toStdString();
    options.nprocPerNode = 2;
    const QString script = dir.filePath("torchrun.sh");
    train::writeLaunchScript(script.toStdString(), train::LaunchScriptKind::Torchrun, options);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("RECORD_DIR", dir.path());
    env.insert("TMPDIR", dir.path()); // torchrun's log folder goes with the test's
    env.insert("PATH", QFileInfo(ADAPTLAB_TORCHRUN).path() + ":" + env.value("PATH"));
    const Outcome outcome = runBash({script}, env);
    QVERIFY2(outcome.finished && outcome.exitCode == 0, qPrintable(outcome.output));
    for (int rank = 0; rank < 2; ++rank) {
        Record r = readRecord(dir.filePath(QString("rank-%1.txt").arg(rank)));
        QCOMPARE(r["RANK"], std::to_string(rank));
        QCOMPARE(r["LOCAL_RANK"], std::to_string(rank));
        QCOMPARE(r["WORLD_SIZE"], std::string("2"));
        QVERIFY(!r["MASTER_ADDR"].empty());
        QVERIFY(std::stoi(r["MASTER_PORT"]) > 0);
        QCOMPARE(r["ARG1"], std::string("train"));
        QCOMPARE(r["ARG2"], std::string(kAwkwardSpec));
        QCOMPARE(r["ARGC"], std::string("2"));
    }
}

void TestLaunchScript::torchrunStartsEveryRankOnTwoNodes()
{
    QVERIFY2(QFile::exists(ADAPTLAB_TORCHRUN), "torchrun (Debian's python3-torch) was not found when configuring");
    // The same script twice on this machine, as on two nodes: they meet at the c10d rendezvous.
    QTemporaryDir dir;
    train::LaunchScriptOptions options;
    options.specFile = "/shared/spec.json";
    options.cli = writeRecorder(dir).toStdString();
    options.nnodes = 2;
    options.nprocPerNode = 1;
    options.masterAddr = "127.0.0.1";
    const QString script = dir.filePath("torchrun.sh");
    train::writeLaunchScript(script.toStdString(), train::LaunchScriptKind::Torchrun, options);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("RECORD_DIR", dir.path());
    env.insert("MASTER_PORT", QString::number(train::freeLocalPort()));
    env.insert("RDZV_ID", "tst-launch-script");
    env.insert("TMPDIR", dir.path());
    env.insert("PATH", QFileInfo(ADAPTLAB_TORCHRUN).path() + ":" + env.value("PATH"));
    QProcess node[2];
    for (QProcess& p : node) {
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start("bash", {script});
    }
    for (QProcess& p : node) {
        QVERIFY(p.waitForFinished(180000)); // a hang guard
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, p.readAll().constData());
    }
    for (int rank = 0; rank < 2; ++rank) {
        Record r = readRecord(dir.filePath(QString("rank-%1.txt").arg(rank)));
        QCOMPARE(r["RANK"], std::to_string(rank));
        QCOMPARE(r["WORLD_SIZE"], std::string("2"));
        QCOMPARE(r["LOCAL_RANK"], std::string("0")); // one rank per "node"
        QCOMPARE(r["ARG2"], std::string("/shared/spec.json"));
    }
}

void TestLaunchScript::slurmStartsEveryRankWithTaskVariables()
{
    QTemporaryDir dir;
    // srun: SLURM_NTASKS tasks, TASKS_PER_NODE of them per node, each with its task variables.
    QDir(dir.path()).mkpath("bin");
    writeExecutable(dir.filePath("bin/srun"),
                    "#!/bin/bash\n"
                    "[ \"$1\" = --kill-on-bad-exit=1 ] || { echo \"srun: unexpected $1\" >&2; exit 9; }\n"
                    "shift\n"
                    "pids=()\n"
                    "for ((i = 0; i < SLURM_NTASKS; i++)); do\n"
                    "  SLURM_PROCID=$i SLURM_LOCALID=$((i % TASKS_PER_NODE)) \"$@\" & pids+=($!)\n"
                    "done\n"
                    "for p in \"${pids[@]}\"; do wait \"$p\" || exit 1; done\n");
    writeExecutable(dir.filePath("bin/scontrol"),
                    "#!/bin/bash\n"
                    "[ \"$1 $2 $3\" = 'show hostnames node-[a-b]' ] || { echo \"scontrol: unexpected $*\" >&2; exit 9; }\n"
                    "printf 'node-a\\nnode-b\\n'\n");
    train::LaunchScriptOptions options;
    options.specFile = kAwkwardSpec;
    options.cli = writeRecorder(dir).toStdString();
    options.nnodes = 2;
    options.nprocPerNode = 2;
    const QString script = dir.filePath("train.sbatch");
    train::writeLaunchScript(script.toStdString(), train::LaunchScriptKind::Slurm, options);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("PATH", dir.filePath("bin") + ":" + env.value("PATH"));
    env.insert("RECORD_DIR", dir.path());
    env.insert("SLURM_JOB_NODELIST", "node-[a-b]");
    env.insert("SLURM_JOB_ID", "12345");
    env.insert("SLURM_NTASKS", "4");
    env.insert("TASKS_PER_NODE", "2");
    for (const char* name : {"MASTER_ADDR", "MASTER_PORT", "RANK", "WORLD_SIZE", "LOCAL_RANK", "ADAPTLAB_CLI"})
        env.remove(name);
    const Outcome outcome = runBash({script}, env);
    QVERIFY2(outcome.finished && outcome.exitCode == 0, qPrintable(outcome.output));
    for (int rank = 0; rank < 4; ++rank) {
        Record r = readRecord(dir.filePath(QString("rank-%1.txt").arg(rank)));
        QCOMPARE(r["RANK"], std::to_string(rank));
        QCOMPARE(r["WORLD_SIZE"], std::string("4"));
        QCOMPARE(r["LOCAL_RANK"], std::to_string(rank % 2));
        QCOMPARE(r["MASTER_ADDR"], std::string("node-a"));
        QCOMPARE(r["MASTER_PORT"], std::string("32345")); // 20000 + 12345 % 20000
        QCOMPARE(r["ARG1"], std::string("train"));
        QCOMPARE(r["ARG2"], std::string(kAwkwardSpec));
    }
}

QTEST_GUILESS_MAIN(TestLaunchScript)
#include "tst_launch_script.moc"
