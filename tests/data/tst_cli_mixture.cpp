// `adaptlab-cli mixture` as a child process: the contract (`plan --json` per source tokens,
// weight, epochs, warnings; `sample --steps A:B --json` the source of every sequence), shard paths
// resolved against the plan's project, `sample` equal to the trainer's DataOrder over the same
// plan (rows packed from shards the test wrote), deterministic across invocations and seeds and
// when split into ranges, refusals (exit 2) and bad plans (exit 1, the file and the field named).
#include "../train/data_order_support.h"
#include "data/mixture.h"
#include "train/data_order.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using nlohmann::json;
using namespace adaptlab;
namespace fs = std::filesystem;

namespace {

struct CliResult {
    int exitCode = -1;
    std::string out, err;
};

CliResult runCli(const QStringList& args)
{
    QProcess process;
    process.start(ADAPTLAB_CLI_PATH, args);
    process.waitForFinished(-1); // no wall-clock bound: ctest's timeout is the bound
    CliResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput().toStdString();
    result.err = process.readAllStandardError().toStdString();
    return result;
}

QString q(const fs::path& path) { return QString::fromStdString(path.string()); }

std::vector<json> jsonLines(const std::string& text)
{
    std::vector<json> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        lines.push_back(json::parse(line));
    return lines;
}

void writeJson(const fs::path& file, const json& value)
{
    fs::create_directories(file.parent_path());
    std::ofstream(file) << value.dump(2);
}

} // namespace

class TestCliMixture : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    fs::path project_, plan_;
    json planJson_;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        project_ = fs::path(dir_.path().toStdString()) / "project";
        // Two sources with shards under the project (manifests with their token counts), replay
        // 20%, upsampling the domain alone for the last 25% of 40 steps of 6 rows of 16 tokens.
        writeJson(project_ / "shards" / "foldoc" / "manifest.json", {{"tokens", 800}});
        writeJson(project_ / "shards" / "gcide" / "manifest.json", {{"tokens", 100000}});
        planJson_ = {{"version", 1},
                     {"name", "foldoc-cpt"},
                     {"sources", {{{"name", "foldoc"}, {"shards", "shards/foldoc"}, {"weight", 1.0}},
                                  {{"name", "gcide"}, {"shards", "shards/gcide"}, {"weight", 1.0}, {"replay", true}}}},
                     {"total_tokens", 40 * 6 * 16},
                     {"seq_len", 16},
                     {"global_batch", 6},
                     {"seed", 4},
                     {"replay_fraction", 0.2},
                     {"upsample", {{"start", 0.75}, {"weights", {{"gcide", 0.0}}}, {"replay_fraction", 0.0}}}};
        plan_ = project_ / "plans" / "foldoc-cpt.json";
        writeJson(plan_, planJson_);
    }

    // The contract's keys, and figures: 240 rows; steps 0-29 (180 rows) give foldoc 144 and gcide
    // 36 (20%), steps 30-39 all 60 to foldoc: 204 rows = 3,264 tokens of 800 = 4.08 epochs.
    void planJson()
    {
        const CliResult r = runCli({"mixture", "plan", q(plan_), "--json"});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        QCOMPARE(std::count(r.out.begin(), r.out.end(), '\n'), 1L);
        const json out = json::parse(r.out);
        QCOMPARE(out["steps"].get<int64_t>(), int64_t(40));
        QCOMPARE(out["tokens_per_step"].get<int64_t>(), int64_t(96));
        const json& foldoc = out["sources"][0];
        QCOMPARE(foldoc["name"].get<std::string>(), std::string("foldoc"));
        QCOMPARE(foldoc["available_tokens"].get<int64_t>(), int64_t(800));
        QCOMPARE(foldoc["tokens"].get<int64_t>(), int64_t(204 * 16));
        QCOMPARE(foldoc["weight"].get<double>(), 204.0 / 240.0);
        QCOMPARE(foldoc["epochs"].get<double>(), 204.0 * 16 / 800);
        QCOMPARE(foldoc["warnings"].size(), size_t(2)); // above 4 epochs; runs out at 26% (50 rows of 16)
        QVERIFY(foldoc["warnings"][0].get<std::string>().find("4.1 epochs") != std::string::npos);
        QVERIFY(foldoc["runs_out_at"].is_number());
        const json& gcide = out["sources"][1];
        QCOMPARE(gcide["tokens"].get<int64_t>(), int64_t(36 * 16));
        QCOMPARE(gcide["epochs"].get<double>(), 36.0 * 16 / 100000);
        QVERIFY(gcide["warnings"].empty());
        QVERIFY(gcide["runs_out_at"].is_null());
        QCOMPARE(out["bands"].size(), size_t(2));
        QCOMPARE(out["bands"][1]["begin"].get<double>(), 0.75);
        QCOMPARE(out["bands"][1]["phase"].get<std::string>(), std::string("upsample"));
        QVERIFY(out["warnings"].empty());

        // Without --json: a readable summary naming the sources and the warning.
        const CliResult text = runCli({"mixture", "plan", q(plan_)});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.find("foldoc: 3264 of 800 tokens") != std::string::npos);
        QVERIFY(text.out.find("warning: 4.1 epochs") != std::string::npos);

        // A plan outside plans/ resolves against its own folder: there are no shards beside it.
        writeJson(project_ / "elsewhere" / "p.json", planJson_);
        const CliResult elsewhere = runCli({"mixture", "plan", q(project_ / "elsewhere" / "p.json"), "--json"});
        QCOMPARE(elsewhere.exitCode, 1);
        QVERIFY2(elsewhere.err.find("'foldoc'") != std::string::npos &&
                     elsewhere.err.find((project_ / "elsewhere" / "shards" / "foldoc" / "manifest.json").string()) != std::string::npos,
                 elsewhere.err.c_str());
    }

    // sample = the trainer's assignment: a DataOrder over shards with the plan's segments packs its
    // rows from the same sources, row for row.
    void sampleIsTheTrainersAssignment()
    {
        const CliResult r = runCli({"mixture", "sample", q(plan_), "--steps", "0:40", "--json"});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        const std::vector<json> lines = jsonLines(r.out);
        QCOMPARE(lines.size(), size_t(240));

        const fs::path shards = fs::path(dir_.path().toStdString()) / "rows";
        const auto domain = train::test::writeFolder(shards / "foldoc", train::test::makeDocuments(40, 4, 30, 500, 1), 500);
        const auto general = train::test::writeFolder(shards / "gcide", train::test::makeDocuments(40, 4, 30, 500, 2), 500);
        const data::MixturePlan plan = data::MixturePlan::load(plan_);
        train::DataPlan dataPlan;
        dataPlan.sources = {{"foldoc", domain, 1.0, false}, {"gcide", general, 1.0, true}};
        dataPlan.replayFraction = plan.replayFraction;
        dataPlan.seqLen = plan.seqLen;
        dataPlan.globalBatch = plan.globalBatch;
        dataPlan.eosId = train::test::kEos;
        dataPlan.segments = data::mixtureSegments(plan, plan.steps());
        const train::DataOrder order(dataPlan);
        int64_t upsampled = 0;
        for (int64_t step = 0; step < 40; ++step) {
            const train::Batch batch = order.batch(step);
            for (int64_t row = 0; row < 6; ++row) {
                const json& line = lines[static_cast<size_t>(step * 6 + row)];
                QCOMPARE(line["step"].get<int64_t>(), step);
                QCOMPARE(line["row"].get<int64_t>(), row);
                QCOMPARE(line["global_row"].get<int64_t>(), step * 6 + row);
                const size_t source = static_cast<size_t>(batch.sourceIndex[static_cast<size_t>(row)]);
                QCOMPARE(line["source"].get<std::string>(), dataPlan.sources[source].name);
                QCOMPARE(line["source_row"].get<int64_t>(), order.sourceRowOf(step * 6 + row).second);
                upsampled += step >= 30 && source == 0;
            }
        }
        QCOMPARE(upsampled, int64_t(60)); // the last 10 steps: the domain alone
    }

    // The same lines from every invocation, from any seed (the assignment is balanced, not
    // random; the seed is echoed), and from a range split in two (what a resume asks).
    void sampleIsDeterministic()
    {
        const CliResult a = runCli({"mixture", "sample", q(plan_), "--steps", "0:12", "--json"});
        const CliResult b = runCli({"mixture", "sample", q(plan_), "--steps", "0:12", "--json"});
        QCOMPARE(a.exitCode, 0);
        QCOMPARE(a.out, b.out);
        const CliResult first = runCli({"mixture", "sample", q(plan_), "--steps", "0:5", "--json"});
        const CliResult rest = runCli({"mixture", "sample", q(plan_), "--steps", "5:12", "--json"});
        QCOMPARE(first.out + rest.out, a.out);
        const CliResult seeded = runCli({"mixture", "sample", q(plan_), "--steps", "0:12", "--seed", "99", "--json"});
        QCOMPARE(seeded.exitCode, 0);
        const std::vector<json> plain = jsonLines(a.out), other = jsonLines(seeded.out);
        QCOMPARE(plain.size(), other.size());
        for (size_t i = 0; i < plain.size(); ++i) {
            QCOMPARE(plain[i]["seed"].get<uint64_t>(), uint64_t(4)); // the plan's
            QCOMPARE(other[i]["seed"].get<uint64_t>(), uint64_t(99));
            QCOMPARE(other[i]["source"].get<std::string>(), plain[i]["source"].get<std::string>());
            QCOMPARE(other[i]["source_row"].get<int64_t>(), plain[i]["source_row"].get<int64_t>());
        }
        // Without --json: step, row, source, source row, tab-separated.
        const CliResult text = runCli({"mixture", "sample", q(plan_), "--steps", "39:40"});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.starts_with("39\t0\tfoldoc\t"), text.out.c_str());
        QCOMPARE(std::count(text.out.begin(), text.out.end(), '\n'), 6L);
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        QTest::newRow("nothing") << QStringList{"mixture"} << "usage: adaptlab-cli mixture";
        QTest::newRow("unknown command") << QStringList{"mixture", "mix", "@plan"} << "unknown mixture command: mix";
        QTest::newRow("no plan") << QStringList{"mixture", "plan"} << "needs the PLAN.json";
        QTest::newRow("two plans") << QStringList{"mixture", "plan", "@plan", "@plan"} << "takes one PLAN.json";
        QTest::newRow("missing plan") << QStringList{"mixture", "plan", "/no/such/plan.json"} << "no plan file at /no/such/plan.json";
        QTest::newRow("unknown flag") << QStringList{"mixture", "plan", "@plan", "--jsn"} << "unknown option for mixture plan: --jsn";
        QTest::newRow("steps on plan") << QStringList{"mixture", "plan", "@plan", "--steps", "0:1"} << "unknown option";
        QTest::newRow("no steps") << QStringList{"mixture", "sample", "@plan"} << "needs --steps A:B";
        QTest::newRow("steps reversed") << QStringList{"mixture", "sample", "@plan", "--steps", "5:3"} << "--steps 5:3";
        QTest::newRow("steps empty") << QStringList{"mixture", "sample", "@plan", "--steps", "4:4"} << "--steps 4:4";
        QTest::newRow("steps text") << QStringList{"mixture", "sample", "@plan", "--steps", "a:b"} << "expected A:B";
        QTest::newRow("steps one") << QStringList{"mixture", "sample", "@plan", "--steps", "7"} << "expected A:B";
        QTest::newRow("steps negative") << QStringList{"mixture", "sample", "@plan", "--steps", "-1:3"} << "expected A:B";
        QTest::newRow("seed negative") << QStringList{"mixture", "sample", "@plan", "--steps", "0:1", "--seed", "-2"} << "--seed -2";
        QTest::newRow("seed missing") << QStringList{"mixture", "sample", "@plan", "--steps", "0:1", "--seed"} << "--seed needs a value";
    }

    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        args.replaceInStrings("@plan", q(plan_));
        const CliResult r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromStdString(r.err).contains(named), r.err.c_str());
        QVERIFY(r.out.empty());
    }

    // A plan with a bad field fails (exit 1) naming the file and the field, for both commands.
    void badPlanNamesItsField()
    {
        json bad = planJson_;
        bad["sources"][1]["weight"] = "heavy";
        const fs::path file = project_ / "plans" / "bad.json";
        writeJson(file, bad);
        for (const QStringList& args : {QStringList{"mixture", "plan", q(file), "--json"},
                                        QStringList{"mixture", "sample", q(file), "--steps", "0:1", "--json"}}) {
            const CliResult run = runCli(args);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.find(file.string()) != std::string::npos && run.err.find("sources[1].weight") != std::string::npos,
                     run.err.c_str());
            QVERIFY(run.out.empty());
        }
        std::ofstream(file) << "{\"sources\": [";
        const CliResult broken = runCli({"mixture", "plan", q(file)});
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.err.find("not valid JSON") != std::string::npos, broken.err.c_str());
    }
};

QTEST_GUILESS_MAIN(TestCliMixture)
#include "tst_cli_mixture.moc"
