// `adaptlab-cli train` and `adaptlab-cli export` through the real binary: the issue 10 command-line
// contract. Refusals (exit 2, the flag named, nothing written), and with the trainer a tiny run
// (preset:tiny, the byte-fallback tokenizer.json fixture, two tiny text files): the --json keys
// finite, the run files and the final Hugging Face folder, --resume continuing from the checkpoint,
// export of a run folder into a folder `adaptlab-cli score` loads. Issue 11: a LoRA SFT run on the
// CPT run's final folder (--stage sft ... --lora-rank), its --json keys and adapter folder, and the
// SFT flags' refusals.
#include "sft_test_support.h"

#include <QtTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <csignal>
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

bool finite(const json& value) { return value.is_number() && std::isfinite(value.get<double>()); }

// `adaptlab-cli score --model DIR --tokens IDS --json`'s log-probabilities.
std::vector<double> scoreOf(const fs::path& model, const QString& ids)
{
    const auto r = [&] {
        QProcess process;
        process.start(ADAPTLAB_CLI_PATH, {"score", "--model", q(model), "--tokens", ids, "--json"});
        process.waitForFinished(-1);
        return std::make_pair(process.exitCode(), process.readAllStandardOutput().toStdString());
    }();
    if (r.first != 0)
        return {};
    return json::parse(r.second)["logprobs"].get<std::vector<double>>();
}

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
                "--heldout-docs", "8", "--eval-every", "2", "--save-every", "2", "--warmup-fraction", "0.25",
                "--out", q(out)};
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
        // Issue 12: MeCo's options only with --meco, its cooldown below 1.
        QTest::newRow("meco label alone") << QStringList{"--meco-label", "Src"} << "--meco-label: is for MeCo runs";
        QTest::newRow("meco cooldown 1") << QStringList{"--meco", "source", "--meco-cooldown", "1"}
                                         << "--meco-cooldown: must be below 1";
        QTest::newRow("meco cooldown text") << QStringList{"--meco", "--meco-cooldown", "most"}
                                            << "--meco-cooldown needs a number";
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

    // The quick path end to end: one JSON object with the contract's keys, the run files, two
    // checkpoints, the final Hugging Face folder with the tokenizer, the cache beside --out.
    void quickRun()
    {
        const fs::path out = root_ / "run";
        const CliResult r = runCli(trainArgs(out) << "--json");
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        QCOMPARE(std::count(r.out.begin(), r.out.end(), '\n'), 1L); // one object, one line
        const json result = json::parse(r.out);
        QVERIFY2(finite(result["final_train_loss"]), r.out.c_str());
        QVERIFY(result["final_train_loss"].get<double>() > 0);
        QVERIFY(finite(result["tokens_per_second"]) && result["tokens_per_second"].get<double>() > 0);
        QCOMPARE(result["steps"].get<int64_t>(), int64_t(4));
        QCOMPARE(result["tokens_seen"].get<int64_t>(), int64_t(4 * 4 * 32));
        // Held-out loss per source, named after the files, at the first and the last evaluation.
        for (const char* source : {"foldoc", "gcide"}) {
            const json& heldout = result["heldout_loss"][source];
            QVERIFY2(finite(heldout["first"]) && finite(heldout["last"]), result.dump().c_str());
        }
        QCOMPARE(result["heldout_loss"].size(), size_t(2));

        for (const char* file : {"spec.json", "events.jsonl", "log.txt", "checkpoints/step-2/trainer_state.json",
                                 "checkpoints/step-4/trainer_state.json", "final/config.json", "final/model.safetensors",
                                 "final/tokenizer.json"})
            QVERIFY2(fs::is_regular_file(out / file), file);
        QVERIFY(fs::is_directory(root_ / ".adaptlab-cache" / "shards" / "foldoc"));
        const std::string events = readFile(out / "events.jsonl");
        QVERIFY(events.starts_with("{\"event\":\"started\""));
        QVERIFY(events.find("\"name\":\"train_loss\"") != std::string::npos);
        QVERIFY(events.find("\"event\":\"done\"") != std::string::npos);
        QCOMPARE(json::parse(readFile(out / "spec.json"))["kind"].get<std::string>(), std::string("train"));
        QVERIFY(readFile(out / "log.txt").find("exported the final model") != std::string::npos);
    }

    // Issue 12: a MeCo run from the quick path. --meco FIELD reaches the spec and the trainer (the
    // log says where the cooldown starts, the result has the conditioned held-out loss), and the
    // shards are built with the metadata field, so they are not the plain run's (another cache
    // folder); a prebuilt shard folder without the field is refused naming it.
    void mecoRun()
    {
        const auto jsonl = [&](const fs::path& text, const fs::path& out, const std::string& source) {
            std::ifstream in(text);
            std::ofstream records(out);
            std::string line;
            for (int i = 0; std::getline(in, line); ++i)
                records << json{{"text", line}, {"source", source}, {"id", i}}.dump() << "\n";
        };
        const fs::path domain = root_ / "meco" / "foldoc.jsonl";
        const fs::path general = root_ / "meco" / "gcide.jsonl";
        fs::create_directories(domain.parent_path());
        jsonl(domain_, domain, "foldoc");
        jsonl(general_, general, "gcide");
        const auto args = [&](const fs::path& out) {
            return QStringList{"train", "--base", "preset:tiny", "--tokenizer", q(tokenizer_), "--data", q(domain),
                               "--data", q(general), "--steps", "4", "--seq-len", "32", "--batch", "4", "--lr", "0.003",
                               "--heldout-docs", "8", "--eval-every", "2", "--save-every", "2", "--out", q(out)};
        };
        const fs::path plainOut = root_ / "meco" / "runs" / "plain";
        CliResult r = runCli(args(plainOut) << "--json");
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        QVERIFY(!json::parse(r.out).contains("heldout_loss_conditioned"));

        const fs::path mecoOut = root_ / "meco" / "runs" / "meco";
        r = runCli(args(mecoOut) << "--meco" << "source" << "--meco-cooldown" << "0.5" << "--json");
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        const json result = json::parse(r.out);
        for (const char* source : {"foldoc", "gcide"}) {
            QVERIFY2(finite(result["heldout_loss_conditioned"][source]["first"]), result.dump().c_str());
            QVERIFY2(finite(result["heldout_loss"][source]["last"]), result.dump().c_str());
        }
        QCOMPARE(result["meco"]["field"].get<std::string>(), std::string("source"));
        const json params = json::parse(readFile(mecoOut / "spec.json"))["params"];
        QCOMPARE(params["meco"].get<bool>(), true);
        QCOMPARE(params["meco_field"].get<std::string>(), std::string("source"));
        QCOMPARE(params["meco_cooldown"].get<double>(), 0.5);
        const std::string log = readFile(mecoOut / "log.txt");
        QVERIFY2(log.find("cooldown: plain documents from step 3 of 4") != std::string::npos, log.c_str());
        const std::string events = readFile(mecoOut / "events.jsonl");
        QVERIFY(events.find("\"name\":\"heldout_loss_conditioned\"") != std::string::npos);

        // Two builds per source: the plain one and the one with the "source" metadata.
        std::vector<fs::path> builds;
        for (const auto& entry : fs::directory_iterator(root_ / "meco" / "runs" / ".adaptlab-cache" / "shards" / "foldoc"))
            if (fs::is_regular_file(entry.path() / "manifest.json"))
                builds.push_back(entry.path());
        QCOMPARE(builds.size(), size_t(2));
        fs::path plainBuild;
        for (const fs::path& build : builds) {
            const json manifest = json::parse(readFile(build / "manifest.json"));
            if (manifest["options"]["metadata_field"].get<std::string>().empty())
                plainBuild = build;
            else
                QCOMPARE(manifest["options"]["metadata_field"].get<std::string>(), std::string("source"));
        }
        QVERIFY(!plainBuild.empty());
        // The plain build given as --data to a MeCo run: it has no metadata to condition on.
        const fs::path refusedOut = root_ / "meco" / "runs" / "prebuilt";
        QStringList prebuilt = args(refusedOut);
        prebuilt[prebuilt.indexOf(q(domain))] = q(plainBuild);
        r = runCli(prebuilt << "--meco" << "source");
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.find("were built without metadata, not with 'source'") != std::string::npos, r.err.c_str());
    }

    // --resume continues from the newest checkpoint to the new --steps: the held-out figure of
    // step 0 is the first run's, the steps and tokens count on. The warmup stays the run's (1 step
    // of 4), not a quarter of the new 6 steps (2), which the trainer would take for another run.
    void resume()
    {
        const fs::path out = root_ / "run";
        const json first = json::parse(readFile(out / "events.jsonl").substr(readFile(out / "events.jsonl").rfind("{\"event\":\"done\"")))["result"];
        QStringList args = trainArgs(out);
        args[args.indexOf("--steps") + 1] = "6";
        const CliResult r = runCli(args << "--resume" << "--json");
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        const json result = json::parse(r.out);
        QCOMPARE(result["steps"].get<int64_t>(), int64_t(6));
        QCOMPARE(result["tokens_seen"].get<int64_t>(), int64_t(6 * 4 * 32));
        QVERIFY(fs::is_regular_file(out / "checkpoints" / "step-6" / "trainer_state.json"));
        QCOMPARE(result["heldout_loss"]["foldoc"]["first"].get<double>(), first["heldout_loss"]["foldoc"]["first"].get<double>());
        QVERIFY(finite(result["heldout_loss"]["foldoc"]["last"]));
        // The run folder tells both parts: two starts, two ends.
        const std::string events = readFile(out / "events.jsonl");
        size_t starts = 0;
        for (size_t at = events.find("\"event\":\"started\""); at != std::string::npos; at = events.find("\"event\":\"started\"", at + 1))
            ++starts;
        QCOMPARE(starts, size_t(2));
    }

    // Issue 12: --mixture-plan FILE trains on the plan's shards (the quick run's, named relative
    // to the plan's project: the folder above plans/), with its shape, budget (3 steps) and
    // phases (the domain alone from step 2); the checkpoint's config records the segments and the
    // plan; --data beside it is refused.
    void mixturePlanRun()
    {
        const auto shardFolder = [&](const char* source) {
            for (const auto& entry : fs::directory_iterator(root_ / ".adaptlab-cache" / "shards" / source))
                if (fs::is_regular_file(entry.path() / "manifest.json"))
                    return fs::relative(entry.path(), root_);
            return fs::path();
        };
        const json plan = {{"sources", {{{"name", "foldoc"}, {"shards", shardFolder("foldoc").string()}},
                                        {{"name", "gcide"}, {"shards", shardFolder("gcide").string()}, {"replay", true}}}},
                           {"total_tokens", 3 * 4 * 32}, {"seq_len", 32}, {"global_batch", 4}, {"seed", 2},
                           {"replay_fraction", 0.25}, {"upsample", {{"start", 0.5}, {"weights", {{"gcide", 0.0}}}, {"replay_fraction", 0.0}}}};
        QVERIFY(!plan["sources"][0]["shards"].get<std::string>().empty());
        fs::create_directories(root_ / "plans");
        std::ofstream(root_ / "plans" / "mix.json") << plan.dump(2);
        const fs::path out = root_ / "plan-run";
        const QStringList args = {"train", "--base", "preset:tiny", "--tokenizer", q(tokenizer_), "--mixture-plan",
                                  q(root_ / "plans" / "mix.json"), "--lr", "0.003", "--eval-every", "2", "--save-every", "2",
                                  "--warmup-fraction", "0.25", "--out", q(out)};
        const CliResult refused = runCli(QStringList(args) << "--data" << q(domain_));
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.find("--mixture-plan names the data: drop --data") != std::string::npos, refused.err.c_str());
        QVERIFY(!fs::exists(out));

        const CliResult r = runCli(QStringList(args) << "--json");
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        const json result = json::parse(r.out);
        QCOMPARE(result["steps"].get<int64_t>(), int64_t(3));
        QCOMPARE(result["tokens_seen"].get<int64_t>(), int64_t(3 * 4 * 32));
        QCOMPARE(result["mixture_plan"].get<std::string>(), (root_ / "plans" / "mix.json").string());
        QCOMPARE(result["sources"][0]["dir"].get<std::string>(), (root_ / shardFolder("foldoc")).string());
        for (const char* source : {"foldoc", "gcide"})
            QVERIFY2(finite(result["heldout_loss"][source]["last"]), result.dump().c_str());
        const json config = json::parse(readFile(out / "checkpoints" / "step-2" / "train_config.json"));
        QCOMPARE(config["data"]["segments"].size(), size_t(2));
        QCOMPARE(config["data"]["segments"][1]["begin_step"].get<int64_t>(), int64_t(2));
        QVERIFY(config["data"]["segments"][1]["weights"] == json({1.0, 0.0}));
        QCOMPARE(config["data"]["seed"].get<uint64_t>(), uint64_t(2));
        QCOMPARE(config["mixture_plan"].get<std::string>(), (root_ / "plans" / "mix.json").string());
    }

    // Issue 11's contract: --stage sft --data FILE --format F --template T --lora-rank R
    // --lora-alpha A --lora-targets q,k,v,o on the CPT run's final folder: the same --json keys as
    // CPT (the source named after the file), the adapter under --out/adapter in the PEFT layout with
    // the tokenizer beside it, checkpoints holding the adapter, no final/ model.
    void sftLoraRun()
    {
        const fs::path base = root_ / "run" / "final";
        QVERIFY(fs::is_regular_file(base / "config.json"));
        const fs::path data = root_ / "devices.jsonl";
        adaptlab::train::test::writeInstructions(data, 40);
        const fs::path out = root_ / "sft";
        const CliResult r = runCli({"train", "--stage", "sft", "--base", q(base), "--data", q(data), "--format", "chat",
                                    "--template", "chatml", "--lora-rank", "4", "--lora-alpha", "8", "--lora-targets",
                                    "q,k,v,o", "--steps", "4", "--seq-len", "64", "--batch", "4", "--eval-every", "2",
                                    "--save-every", "2", "--heldout-fraction", "0.2", "--out", q(out), "--json"});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        QCOMPARE(std::count(r.out.begin(), r.out.end(), '\n'), 1L);
        const json result = json::parse(r.out);
        QVERIFY2(finite(result["final_train_loss"]) && result["final_train_loss"].get<double>() > 0, r.out.c_str());
        QVERIFY(finite(result["tokens_per_second"]));
        QCOMPARE(result["steps"].get<int64_t>(), int64_t(4));
        QCOMPARE(result["tokens_seen"].get<int64_t>(), int64_t(4 * 4 * 64));
        QCOMPARE(result["heldout_loss"].size(), size_t(1));
        QVERIFY2(finite(result["heldout_loss"]["devices"]["first"]) && finite(result["heldout_loss"]["devices"]["last"]),
                 r.out.c_str());
        QCOMPARE(fs::path(result["final_dir"].get<std::string>()), out / "adapter");
        for (const char* file : {"adapter/adapter_config.json", "adapter/adapter_model.safetensors", "adapter/tokenizer.json",
                                 "adapter/adapter_base.json", "checkpoints/step-4/adapter/adapter_config.json",
                                 "checkpoints/step-4/trainer_state.json", "spec.json", "events.jsonl"})
            QVERIFY2(fs::is_regular_file(out / file), file);
        QVERIFY(!fs::exists(out / "final"));
        QVERIFY(!fs::exists(out / "checkpoints" / "step-4" / "model.safetensors"));
        const json peft = json::parse(readFile(out / "adapter" / "adapter_config.json"));
        QCOMPARE(peft["peft_type"].get<std::string>(), std::string("LORA"));
        QCOMPARE(peft["r"].get<int>(), 4);
        const json params = json::parse(readFile(out / "spec.json"))["params"];
        QCOMPARE(params["stage"].get<std::string>(), std::string("sft"));
        QCOMPARE(params["chat_template"].get<std::string>(), std::string("chatml"));
        QCOMPARE(params["lora_targets"], json({"q", "k", "v", "o"}));

        // Refusals: exit 2, the flag named, no run folder.
        const QStringList sft = {"train", "--stage", "sft", "--base", q(base), "--data", q(data), "--steps", "2"};
        const std::vector<std::pair<QStringList, std::string>> bad = {
            {QStringList(sft) << "--lora-rank" << "2" << "--lora-targets" << "q,qq" << "--out" << q(root_ / "bad1"), "--lora-targets"},
            {QStringList(sft) << "--template" << "vicuna" << "--out" << q(root_ / "bad2"), "--template"},
            {QStringList(sft) << "--format" << "csv" << "--out" << q(root_ / "bad3"), "--format"},
            {QStringList(sft) << "--replay" << q(data) + ":0.1" << "--out" << q(root_ / "bad4"), "--replay"},
            {QStringList(sft) << "--packing" << "--no-packing" << "--lora-rank" << "-1" << "--out" << q(root_ / "bad5"), "--lora-rank"},
        };
        for (const auto& [args, flag] : bad) {
            const CliResult refused = runCli(args);
            QVERIFY2(refused.exitCode == 2, qPrintable(args.join(' ') + ": " + QString::fromStdString(refused.err)));
            QVERIFY2(refused.err.find(flag) != std::string::npos, refused.err.c_str());
        }
        for (const char* name : {"bad1", "bad2", "bad3", "bad4", "bad5"})
            QVERIFY(!fs::exists(root_ / name));
    }

    // A stop (SIGTERM: the GUI's Stop, `runs stop`, Ctrl-C) checkpoints and ends with 143; --resume
    // then goes on from that checkpoint.
    void stopThenResume()
    {
        const fs::path out = root_ / "stopped";
        QStringList args = trainArgs(out);
        args[args.indexOf("--steps") + 1] = "100000";
        args[args.indexOf("--save-every") + 1] = "100000";
        QProcess process;
        process.start(ADAPTLAB_CLI_PATH, args);
        QVERIFY(process.waitForStarted());
        // Until the first step's loss is in the events file (or the child ended, which fails below).
        while (readFile(out / "events.jsonl").find("\"name\":\"train_loss\"") == std::string::npos &&
               process.state() == QProcess::Running)
            process.waitForFinished(50);
        QCOMPARE(process.state(), QProcess::Running);
        ::kill(static_cast<pid_t>(process.processId()), SIGTERM);
        process.waitForFinished(-1);
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 143);
        QVERIFY(readFile(out / "events.jsonl").find("\"event\":\"stopped\"") != std::string::npos);
        QVERIFY(!fs::exists(out / "final")); // a stopped run exports nothing

        fs::path checkpoint;
        for (const auto& entry : fs::directory_iterator(out / "checkpoints"))
            if (fs::is_regular_file(entry.path() / "trainer_state.json"))
                checkpoint = entry.path();
        QVERIFY2(!checkpoint.empty(), "the stop wrote no checkpoint");
        const int64_t step = std::stoll(checkpoint.filename().string().substr(5));
        QVERIFY(step >= 1);
        args[args.indexOf("--steps") + 1] = QString::number(step + 2);
        const CliResult r = runCli(args << "--resume" << "--json");
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        QCOMPARE(json::parse(r.out)["steps"].get<int64_t>(), step + 2);
        QVERIFY(fs::is_regular_file(out / "final" / "model.safetensors"));
    }

    // export: the newest checkpoint as a Hugging Face folder that `score` loads; in f32 it scores
    // exactly as the run's final folder (the same weights), in bf16 close to it.
    void exportRun()
    {
        const fs::path run = root_ / "run";
        const fs::path f32 = root_ / "export-f32";
        const fs::path bf16 = root_ / "export-bf16";
        CliResult r = runCli({"export", "--run", q(run), "--out", q(f32), "--json"});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        QCOMPARE(json::parse(r.out)["checkpoint"].get<std::string>(), (run / "checkpoints" / "step-6").string());
        r = runCli({"export", "--run", q(run / "checkpoints" / "step-4"), "--out", q(bf16), "--dtype", "bf16"});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        for (const fs::path& folder : {f32, bf16})
            for (const char* file : {"config.json", "model.safetensors", "tokenizer.json"})
                QVERIFY2(fs::is_regular_file(folder / file), (folder / file).c_str());
        QVERIFY(fs::file_size(bf16 / "model.safetensors") < fs::file_size(f32 / "model.safetensors") * 6 / 10);

        const QString ids = "1 40 41 42 43 44 2";
        const std::vector<double> final = scoreOf(run / "final", ids);
        const std::vector<double> exported = scoreOf(f32, ids);
        QCOMPARE(final.size(), size_t(6));
        QCOMPARE(exported.size(), final.size());
        for (size_t i = 0; i < final.size(); ++i) {
            QVERIFY(std::isfinite(final[i]) && final[i] < 0);
            QVERIFY2(std::abs(final[i] - exported[i]) < 1e-6, std::to_string(final[i] - exported[i]).c_str());
        }
        const std::vector<double> half = scoreOf(bf16, ids);
        QCOMPARE(half.size(), final.size());
        // Overwriting an export with another is allowed (a model folder), never a user's folder.
        r = runCli({"export", "--run", q(run), "--out", q(bf16)});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
    }

    // The job kind in a project, run by id: a dataset source, shards recorded in the store, the
    // run folder runs/1/, and `export --run 1` from inside the project folder.
    void projectRun()
    {
        const fs::path project = root_ / "proj";
        QCOMPARE(runCli({"project", "init", q(project)}).exitCode, 0);
        // JSON Lines: a project dataset reads a .txt as blank-line blocks (one document here).
        const fs::path corpus = root_ / "foldoc.jsonl";
        {
            std::ifstream in(domain_);
            std::ofstream out(corpus);
            for (std::string line; std::getline(in, line);)
                out << json{{"text", line}}.dump() << "\n";
        }
        CliResult r = runCli({"dataset", "add", q(project), "foldoc", q(corpus)});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        const fs::path spec = root_ / "proj-train.json";
        std::ofstream(spec) << json{{"version", 1}, {"kind", "train"}, {"project", project.string()},
                                    {"params", {{"tokenizer", tokenizer_.string()}, {"sources", {{{"dataset", "foldoc"}}}},
                                                {"steps", 2}, {"seq_len", 32}, {"batch", 2}, {"heldout_docs", 4},
                                                {"save_every", 2}}}}
                                   .dump();
        r = runCli({"train", q(spec), "--json"});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        const json result = json::parse(r.out);
        QVERIFY(finite(result["heldout_loss"]["foldoc"]["last"]));
        QVERIFY(result["sources"][0]["dir"].get<std::string>().starts_with("shards/foldoc/"));
        QVERIFY(fs::is_regular_file(project / "runs" / "1" / "final" / "model.safetensors"));
        QVERIFY(fs::is_regular_file(project / "runs" / "1" / "events.jsonl"));
        r = runCli({"export", "--run", "1", "--out", q(root_ / "proj-export")}, project);
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        QVERIFY(fs::is_regular_file(root_ / "proj-export" / "model.safetensors"));
        QVERIFY(fs::is_regular_file(root_ / "proj-export" / "tokenizer.json"));
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
