// `adaptlab-cli train` and `adaptlab-cli export` through the real binary: the issue 10 command-line
// contract. Refusals (exit 2, the flag named, nothing written), and with the trainer a tiny run
// (preset:tiny, the byte-fallback tokenizer.json fixture, two tiny text files): the --json keys
// finite, the run files and the final Hugging Face folder, --resume continuing from the checkpoint,
// export of a run folder into a folder `adaptlab-cli score` loads.
#include <QtTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

struct CliResult {
    int exitCode = -1;
    std::string out, err;
};

CliResult runCli(const QStringList& args, const fs::path& workDir = {})
{
    QProcess process;
    if (!workDir.empty())
        process.setWorkingDirectory(QString::fromStdString(workDir.string()));
    process.start(ADAPTLAB_CLI_PATH, args);
    process.waitForFinished(-1); // no wall-clock bound: ctest's timeout is the bound
    CliResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput().toStdString();
    result.err = process.readAllStandardError().toStdString();
    return result;
}

QString q(const fs::path& path) { return QString::fromStdString(path.string()); }

std::string readFile(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// Short documents, one a line: `topic` words recur so a tiny model can learn them.
void writeCorpus(const fs::path& path, const std::string& topic, int lines)
{
    static const char* const words[] = {"river", "stone", "garden", "light", "kernel", "thread", "bread", "quiet"};
    std::ofstream out(path);
    for (int i = 0; i < lines; ++i) {
        std::string text = topic + " " + std::to_string(i);
        for (int w = 0; w < 5 + i % 7; ++w)
            text += std::string(" ") + (w % 2 ? topic : words[(i * 5 + w * 3) % 8]);
        out << text << ".\n";
    }
}

} // namespace

class TestCliTrain : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    fs::path root_, tokenizer_, domain_, general_;

    // The flags of a small valid run into OUT (without the trainer, everything up to training).
    QStringList trainArgs(const fs::path& out) const
    {
        return {"train", "--base", "preset:tiny", "--tokenizer", q(tokenizer_), "--data", q(domain_) + ":2", "--replay",
                q(general_) + ":0.25", "--steps", "4", "--seq-len", "32", "--batch", "4", "--lr", "0.003", "--seed", "1",
                "--heldout-docs", "8", "--eval-every", "2", "--save-every", "2", "--out", q(out)};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        root_ = dir_.path().toStdString();
        tokenizer_ = fs::path(ADAPTLAB_SOURCE_DIR) / "tests/fixtures/tokenizers/bytefallback";
        domain_ = root_ / "foldoc.txt";
        general_ = root_ / "gcide.txt";
        writeCorpus(domain_, "compiler", 60);
        writeCorpus(general_, "meadow", 60);
    }

    // Bad command lines: exit 2, the flag named on stderr, no run folder left.
    void refusals_data()
    {
        QTest::addColumn<QStringList>("change"); // FLAG VALUE pairs replacing (or added to) the good ones
        QTest::addColumn<QString>("named");      // on stderr
        QTest::newRow("steps text") << QStringList{"--steps", "x"} << "--steps needs an integer";
        QTest::newRow("steps zero") << QStringList{"--steps", "0"} << "--steps: must be an integer";
        QTest::newRow("typo") << QStringList{"--stpes", "3"} << "did you mean --steps?";
        QTest::newRow("lr zero") << QStringList{"--lr", "0"} << "--lr: must be a number above 0";
        QTest::newRow("lr text") << QStringList{"--lr", "fast"} << "--lr needs a number";
        QTest::newRow("no such data") << QStringList{"--data", "/no/such/file.txt"} << "--data: no such file";
        QTest::newRow("weight zero") << QStringList{"--data", "@domain:0"} << "the weight must be above 0";
        QTest::newRow("replay no fraction") << QStringList{"--replay", "@general"} << "--replay needs PATH:FRACTION";
        QTest::newRow("replay fraction 1") << QStringList{"--replay", "@general:1"} << "the fraction must be from 0 to below 1";
        QTest::newRow("micro batch") << QStringList{"--micro-batch", "3"} << "--micro-batch: must divide";
        QTest::newRow("preset name") << QStringList{"--base", "preset:huge"} << "--base: no preset named \"huge\"";
        QTest::newRow("base missing") << QStringList{"--base", "/no/such/model"} << "--base: no such file or folder";
        QTest::newRow("bad config") << QStringList{"--base", "@badmodel"} << "--base: ";
        QTest::newRow("schedule") << QStringList{"--schedule", "linear"} << "--schedule: must be one of";
        QTest::newRow("device") << QStringList{"--device", "gpu"} << "--device: must be auto, cpu, cuda or cuda:N";
        QTest::newRow("nproc zero") << QStringList{"--nproc", "0"} << "--nproc must be an integer from 1";
        QTest::newRow("resume nothing") << QStringList{"--resume"} << "--resume: ";
        QTest::newRow("value missing") << QStringList{"--seed"} << "--seed needs a value";
        QTest::newRow("stray word") << QStringList{"extra.txt"} << "unexpected argument";
    }

    void refusals()
    {
        QFETCH(QStringList, change);
        QFETCH(QString, named);
        const fs::path out = root_ / "refused";
        const fs::path badModel = root_ / "badmodel";
        fs::create_directories(badModel);
        std::ofstream(badModel / "config.json") << R"({"model_type": "llama", "hidden_size": 64})";
        QStringList args = trainArgs(out);
        for (QString& word : change) {
            word.replace("@domain", q(domain_)).replace("@general", q(general_)).replace("@badmodel", q(badModel));
        }
        for (int i = 0; i < change.size(); ++i) {
            const int at = change[i].startsWith("--") ? args.indexOf(change[i]) : -1;
            const bool hasValue = i + 1 < change.size() && !change[i + 1].startsWith("--");
            if (at >= 0 && hasValue) {
                args[at + 1] = change[++i];
            } else {
                args << change[i];
                if (hasValue)
                    args << change[++i];
            }
        }
        const CliResult r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromStdString(r.err).contains(named), r.err.c_str());
        QVERIFY2(!fs::exists(out), "a refused command left a run folder");
    }

    void requiredFlags()
    {
        CliResult r = runCli({"train", "--data", q(domain_), "--tokenizer", q(tokenizer_)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.find("--out DIR is required") != std::string::npos, r.err.c_str());
        r = runCli({"train", "--out", q(root_ / "x"), "--tokenizer", q(tokenizer_)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.find("--data PATH is required") != std::string::npos, r.err.c_str());
        r = runCli({"train"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.find("--data PATH[:WEIGHT]") != std::string::npos);
        r = runCli({"train", "--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.find("--warmup-fraction") != std::string::npos); // the schema's flags are listed too
    }

    // A run folder that holds checkpoints is continued only with --resume.
    void existingRunNeedsResume()
    {
        const fs::path out = root_ / "earlier";
        fs::create_directories(out / "checkpoints" / "step-2");
        std::ofstream(out / "checkpoints" / "step-2" / "trainer_state.json") << "{}";
        const CliResult r = runCli(trainArgs(out));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.find("holds a run already (step-2): add --resume") != std::string::npos, r.err.c_str());
        QVERIFY(!fs::exists(out / "events.jsonl"));
    }

    // `train SPEC.json` runs train specs only; a bad one is refused naming the field.
    void specFile()
    {
        const fs::path other = root_ / "inspect.json";
        std::ofstream(other) << json{{"version", 1}, {"kind", "corpus_inspect"}, {"params", {{"inputs", {domain_.string()}}}}}.dump();
        CliResult r = runCli({"train", q(other)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.find("is a corpus_inspect spec: run it with adaptlab-cli run") != std::string::npos, r.err.c_str());

        const fs::path project = root_ / "project";
        QCOMPARE(runCli({"project", "init", q(project)}).exitCode, 0);
        const fs::path spec = root_ / "train.json";
        std::ofstream(spec) << json{{"version", 1}, {"kind", "train"}, {"project", project.string()},
                                    {"params", {{"tokenizer", tokenizer_.string()}, {"sources", {{{"dataset", "nope"}}}}}}}
                                   .dump();
        r = runCli({"train", q(spec), "--json"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.find("params.sources[0].dataset") != std::string::npos, r.err.c_str());
        QVERIFY2(r.err.find("no dataset named \"nope\"") != std::string::npos, r.err.c_str());
        QVERIFY(r.out.empty()); // --json: nothing but the result on stdout
        QVERIFY(!fs::exists(project / "runs" / "1"));
    }

    void exportRefusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        const QString out = q(root_ / "exported");
        QTest::newRow("no run") << QStringList{"export", "--out", out} << "--run DIR_OR_ID is required";
        QTest::newRow("no out") << QStringList{"export", "--run", q(root_)} << "--out DIR is required";
        QTest::newRow("dtype") << QStringList{"export", "--run", q(root_), "--out", out, "--dtype", "f16"}
                               << "--dtype must be f32 or bf16";
        QTest::newRow("missing run") << QStringList{"export", "--run", q(root_ / "none"), "--out", out} << "--run: no run folder";
        QTest::newRow("no checkpoint") << QStringList{"export", "--run", q(root_), "--out", out} << "has no checkpoint";
        QTest::newRow("id outside project") << QStringList{"export", "--run", "7", "--out", out} << "is no project";
        QTest::newRow("unknown flag") << QStringList{"export", "--rn", "7"} << "unknown argument --rn";
    }

    void exportRefusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        const CliResult r = runCli(args, root_);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromStdString(r.err).contains(named), r.err.c_str());
        QVERIFY(!fs::exists(root_ / "exported"));
    }

    // A user's folder is never replaced by an export.
    void exportKeepsUserFolder()
    {
        const fs::path run = root_ / "fake-run";
        fs::create_directories(run / "checkpoints" / "step-3");
        std::ofstream(run / "checkpoints" / "step-3" / "trainer_state.json") << "{}";
        const fs::path mine = root_ / "my-notes";
        fs::create_directories(mine);
        std::ofstream(mine / "notes.txt") << "keep me";
        const CliResult r = runCli({"export", "--run", q(run), "--out", q(mine)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.find("exists and is not a model folder") != std::string::npos, r.err.c_str());
        QCOMPARE(readFile(mine / "notes.txt"), std::string("keep me"));
    }
};

QTEST_GUILESS_MAIN(TestCliTrain)
#include "tst_cli_train.moc"
