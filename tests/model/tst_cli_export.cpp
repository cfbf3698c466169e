// `adaptlab-cli export` as scripts run it (real child processes): the contract
// `export --model DIR --format hf|gguf [--dtype f32|f16] --out PATH`, its --json keys, exit codes
// (0 done, 1 failed naming the folder, 2 refused naming the flag), and --run with --format gguf.
// The GGUF files are checked by gguf_reader.py (independent, from the specification) against the
// source folder; the model is llama_reference.py's "cli" case with the SmolLM fixture tokenizer.
#include "model/llama_config.h"

#include "reference_support.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>
#include <set>

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

struct CliResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

CliResult runProgram(const QString& program, const QStringList& args)
{
    QProcess process;
    process.start(program, args);
    CliResult result;
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit) {
        result.err = "did not finish: " + process.errorString().toStdString();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput().toStdString();
    result.err = process.readAllStandardError().toStdString();
    return result;
}

CliResult runCli(const QStringList& args)
{
    return runProgram(QStringLiteral(ADAPTLAB_CLI_PATH), args);
}

QString q(const fs::path& path)
{
    return QString::fromStdString(path.string());
}

// gguf_reader.py check: every key and tensor of FILE against FOLDER.
CliResult readerCheck(const fs::path& file, const fs::path& folder)
{
    return runProgram(QStringLiteral(ADAPTLAB_SYSTEM_PYTHON3),
                      {QStringLiteral(ADAPTLAB_SOURCE_DIR "/tests/model/gguf_reader.py"), QStringLiteral("check"), q(file),
                       q(folder)});
}

std::set<std::string> keysOf(const json& object)
{
    std::set<std::string> keys;
    for (const auto& [key, value] : object.items())
        keys.insert(key);
    return keys;
}

const std::set<std::string> kContractKeys = {"out", "format", "dtype", "tensors", "bytes", "tokenizer_model"};

} // namespace

class TestCliExport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    fs::path root_;
    fs::path model_;
    int64_t tensorCount_ = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        root_ = fs::path(dir_.path().toStdString());
        const QString problem = reference::writeCases(dir_.path(), {QStringLiteral("cli")});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        model_ = root_ / "cli";
        fs::copy_file(fs::path(ADAPTLAB_SOURCE_DIR) / "tests/fixtures/tokenizers/smollm/tokenizer.json",
                      model_ / "tokenizer.json");
        fs::copy_file(fs::path(ADAPTLAB_SOURCE_DIR) / "tests/fixtures/tokenizers/smollm/tokenizer_config.json",
                      model_ / "tokenizer_config.json");
        tensorCount_ = int64_t(adaptlab::model::LlamaConfig::load(model_ / "config.json").tensorShapes().size());
    }

    void ggufF32AndF16_data()
    {
        QTest::addColumn<QString>("dtype");
        QTest::newRow("f32") << "f32";
        QTest::newRow("f16") << "f16";
    }

    void ggufF32AndF16()
    {
        QFETCH(QString, dtype);
        const fs::path out = root_ / ("model-" + dtype.toStdString() + ".gguf");
        const CliResult r = runCli({"export", "--model", q(model_), "--format", "gguf", "--dtype", dtype, "--out",
                                    q(out), "--json"});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        const json result = json::parse(r.out);
        QCOMPARE(keysOf(result), kContractKeys);
        QCOMPARE(result.at("out").get<std::string>(), out.string());
        QCOMPARE(result.at("format").get<std::string>(), std::string("gguf"));
        QCOMPARE(QString::fromStdString(result.at("dtype").get<std::string>()), dtype);
        QCOMPARE(result.at("tensors").get<int64_t>(), tensorCount_);
        QCOMPARE(result.at("bytes").get<uint64_t>(), uint64_t(fs::file_size(out)));
        QCOMPARE(result.at("tokenizer_model").get<std::string>(), std::string("gpt2"));
        const CliResult check = readerCheck(out, model_);
        QVERIFY2(check.exitCode == 0, (check.out + check.err).c_str());

        // Exporting again over the GGUF file it wrote is allowed, and without --json one line.
        const CliResult again = runCli({"export", "--model", q(model_), "--format", "gguf", "--dtype", dtype, "--out", q(out)});
        QVERIFY2(again.exitCode == 0, again.err.c_str());
        QVERIFY2(again.out.starts_with("exported "), again.out.c_str());
    }

    void huggingFaceFolder()
    {
        const fs::path out = root_ / "hf-out";
        const CliResult r = runCli({"export", "--model", q(model_), "--format", "hf", "--dtype", "bf16", "--out", q(out),
                                    "--json"});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        const json result = json::parse(r.out);
        QCOMPARE(keysOf(result), kContractKeys);
        QCOMPARE(result.at("format").get<std::string>(), std::string("hf"));
        QCOMPARE(result.at("tensors").get<int64_t>(), tensorCount_);
        QCOMPARE(result.at("tokenizer_model").get<std::string>(), std::string("gpt2"));
        QVERIFY(fs::is_regular_file(out / "config.json"));
        QVERIFY(fs::is_regular_file(out / "tokenizer.json"));
        uint64_t bytes = 0;
        for (const auto& entry : fs::recursive_directory_iterator(out))
            bytes += entry.is_regular_file() ? entry.file_size() : 0;
        QCOMPARE(result.at("bytes").get<uint64_t>(), bytes);
        // The bf16 folder exports on to GGUF (bf16 weights read and widened).
        const fs::path gguf = root_ / "from-bf16.gguf";
        const CliResult second = runCli({"export", "--model", q(out), "--format", "gguf", "--out", q(gguf)});
        QVERIFY2(second.exitCode == 0, second.err.c_str());
        const CliResult check = readerCheck(gguf, out);
        QVERIFY2(check.exitCode == 0, (check.out + check.err).c_str());
    }

    void runCheckpointToGguf()
    {
        // A run folder: its newest complete checkpoint (trainer_state.json) is exported.
        const fs::path run = root_ / "run";
        for (const char* step : {"step-2", "step-4"}) {
            const fs::path checkpoint = run / "checkpoints" / step;
            fs::create_directories(checkpoint);
            for (const char* name : {"config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json"})
                fs::copy_file(model_ / name, checkpoint / name);
            std::ofstream(checkpoint / "trainer_state.json") << "{}";
        }
        const fs::path out = root_ / "run.gguf";
        const CliResult r = runCli({"export", "--run", q(run), "--format", "gguf", "--dtype", "f16", "--out", q(out), "--json"});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        const json result = json::parse(r.out);
        std::set<std::string> keys = kContractKeys;
        keys.insert({"checkpoint", "tokenizer"});
        QCOMPARE(keysOf(result), keys);
        QCOMPARE(fs::path(result.at("checkpoint").get<std::string>()).filename().string(), std::string("step-4"));
        const CliResult check = readerCheck(out, run / "checkpoints" / "step-4");
        QVERIFY2(check.exitCode == 0, (check.out + check.err).c_str());

        // A checkpoint without a tokenizer and no spec to find one: exit 1, naming the checkpoint.
        const fs::path bare = root_ / "bare-run" / "checkpoints" / "step-1";
        fs::create_directories(bare);
        for (const char* name : {"config.json", "model.safetensors"})
            fs::copy_file(model_ / name, bare / name);
        std::ofstream(bare / "trainer_state.json") << "{}";
        const CliResult failed = runCli({"export", "--run", q(root_ / "bare-run"), "--format", "gguf", "--out",
                                         q(root_ / "bare.gguf")});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.find(bare.string()) != std::string::npos && failed.err.find("no tokenizer") != std::string::npos,
                 failed.err.c_str());
        QVERIFY(!fs::exists(root_ / "bare.gguf"));
    }

    void failures()
    {
        // A model folder without a tokenizer: exit 1, the folder named, no file left.
        const fs::path bare = root_ / "no-tokenizer";
        fs::create_directories(bare);
        for (const char* name : {"config.json", "model.safetensors"})
            fs::copy_file(model_ / name, bare / name, fs::copy_options::overwrite_existing);
        const CliResult r = runCli({"export", "--model", q(bare), "--format", "gguf", "--out", q(root_ / "bare.gguf")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.find(bare.string()) != std::string::npos && r.err.find("no tokenizer") != std::string::npos,
                 r.err.c_str());
        QVERIFY(!fs::exists(root_ / "bare.gguf"));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        const QString model = q(model_);
        const QString out = q(root_ / "refused.gguf");
        QTest::newRow("gguf bf16") << QStringList{"export", "--model", model, "--format", "gguf", "--dtype", "bf16", "--out", out}
                                   << "--dtype must be f32 or f16 for --format gguf";
        QTest::newRow("hf f16") << QStringList{"export", "--model", model, "--format", "hf", "--dtype", "f16", "--out", out}
                                << "--dtype must be f32 or bf16 for --format hf";
        QTest::newRow("format") << QStringList{"export", "--model", model, "--format", "onnx", "--out", out}
                                << "--format must be hf or gguf";
        QTest::newRow("no format") << QStringList{"export", "--model", model, "--out", out} << "--model needs --format";
        QTest::newRow("no out") << QStringList{"export", "--model", model, "--format", "gguf"} << "--out PATH is required";
        QTest::newRow("not a model") << QStringList{"export", "--model", q(root_ / "nowhere"), "--format", "gguf", "--out", out}
                                     << "no model folder";
        QTest::newRow("both") << QStringList{"export", "--model", model, "--run", model, "--format", "gguf", "--out", out}
                              << "give one";
        QTest::newRow("out is a user file") << QStringList{"export", "--model", model, "--format", "gguf", "--out",
                                                           q(model_ / "config.json")}
                                            << "is not a GGUF file";
        QTest::newRow("out is the model") << QStringList{"export", "--model", model, "--format", "hf", "--out", model}
                                          << "is the model folder itself";
        QTest::newRow("dtype value") << QStringList{"export", "--model", model, "--format", "gguf", "--out", out, "--dtype"}
                                     << "--dtype needs a value";
    }

    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        const CliResult r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromStdString(r.err).contains(named), r.err.c_str());
        QVERIFY(!fs::exists(root_ / "refused.gguf"));
        QVERIFY(fs::is_regular_file(model_ / "config.json")); // nothing of the user's touched
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
