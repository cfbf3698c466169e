// Pilot runs end to end: a project with two datasets, the grid's specs (laws/pilot.h) run by real
// `adaptlab-cli run` children (preset:tiny, a few steps), the law points gathered from the store
// they wrote (both sources' held-out losses at each evaluation, tokens seen), and `laws fit` on
// those points answering with a fit or reasons. Slow-ish (three tiny trainings): label e2e.
#include "laws/pilot.h"

#include "store/project_store.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>

using namespace adaptlab;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

struct CliResult {
    int exitCode = -1;
    std::string out, err;
};

CliResult runCli(const QStringList& args)
{
    QProcess process;
    process.start(QStringLiteral(ADAPTLAB_CLI_PATH), args);
    if (!process.waitForStarted() || !process.waitForFinished(-1))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput().toStdString(), process.readAllStandardError().toStdString()};
}

// JSON Lines documents in which TOPIC recurs (a tiny model learns it within a few steps).
void writeCorpus(const fs::path& path, const std::string& topic, int lines)
{
    static const char* const words[] = {"river", "stone", "garden", "light", "kernel", "thread", "bread", "quiet"};
    std::ofstream out(path);
    for (int i = 0; i < lines; ++i) {
        std::string text = topic + " " + std::to_string(i);
        for (int w = 0; w < 5 + i % 7; ++w)
            text += std::string(" ") + (w % 2 ? topic : words[(i * 5 + w * 3) % 8]);
        out << json{{"text", text + "."}}.dump() << "\n";
    }
}

} // namespace

class TestPilotE2e : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pilotsRunAndFit()
    {
        QTemporaryDir dir;
        const fs::path root = dir.path().toStdString();
        const fs::path project = root / "project";
        QCOMPARE(runCli({"project", "init", QString::fromStdString(project.string())}).exitCode, 0);
        for (const auto& [name, topic] : {std::pair{"foldoc", "compiler"}, std::pair{"gcide", "meadow"}}) {
            const fs::path corpus = root / (std::string(name) + ".jsonl");
            writeCorpus(corpus, topic, 80);
            const CliResult added = runCli({"dataset", "add", QString::fromStdString(project.string()), name,
                                            QString::fromStdString(corpus.string())});
            QVERIFY2(added.exitCode == 0, added.err.c_str());
        }

        data::MixturePlan plan;
        plan.name = "pilot-e2e";
        plan.sources = {{"foldoc", {}, -1, 1.0, false}, {"gcide", {}, -1, 1.0, true}};
        plan.seqLen = 32;
        plan.globalBatch = 4;
        plan.totalTokens = 8 * 32 * 4; // 8 steps
        plan.seed = 1;
        laws::PilotOptions options;
        options.domainShares = {0.2, 0.5, 0.8};
        options.budgetFraction = 1.0;
        options.minSteps = 8;
        options.evaluations = 2; // at steps 4 and 8
        options.trainParams = {{"base", "preset:tiny"},
                               {"tokenizer", std::string(ADAPTLAB_SOURCE_DIR) + "/tests/fixtures/tokenizers/bytefallback"},
                               {"lr", 0.003}, {"heldout_docs", 8}, {"save_every", 8}, {"warmup_fraction", 0.25},
                               {"device", "cpu"}};
        const auto pilots = laws::pilotRuns(plan, project, options);
        QCOMPARE(pilots.size(), size_t(3));
        for (size_t i = 0; i < pilots.size(); ++i) {
            const fs::path spec = root / ("pilot-" + std::to_string(i) + ".json");
            std::ofstream(spec) << pilots[i].spec.dump(2);
            const CliResult ran = runCli({"run", QString::fromStdString(spec.string())});
            QVERIFY2(ran.exitCode == 0, ran.err.c_str());
        }

        const auto store = store::ProjectStore::open(project);
        std::vector<int64_t> ids;
        for (const auto& run : store.runs())
            ids.push_back(run.id);
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids.size(), size_t(3));
        const laws::GatheredPoints gathered = laws::gatherPoints(store, ids, "foldoc", "gcide");
        QVERIFY2(gathered.notes.empty(), gathered.notes.empty() ? "" : gathered.notes.front().c_str());
        QCOMPARE(gathered.runsUsed, 3);
        // Two evaluations per run, each with both losses, at 4 and 8 steps of 32 x 4 tokens.
        QCOMPARE(gathered.points.size(), size_t(6));
        for (size_t i = 0; i < gathered.points.size(); ++i) {
            const laws::LawPoint& p = gathered.points[i];
            QCOMPARE(p.domainShare, options.domainShares[i / 2]);
            QCOMPARE(p.tokens, double((i % 2 ? 8 : 4) * 32 * 4));
            QVERIFY(std::isfinite(p.domainLoss) && p.domainLoss > 0.0);
            QVERIFY(std::isfinite(p.generalLoss) && p.generalLoss > 0.0);
        }

        // The points as a CSV, fitted by the CLI: three shares at the final token count pin CMR's
        // three parameters; what tiny runs measure may or may not follow the law, so the answer is
        // a ratio or a refusal with its reason, never silence.
        const fs::path csv = root / "points.csv";
        std::ofstream(csv) << laws::pointsCsv(gathered.points);
        const CliResult fitted = runCli({"laws", "fit", "--law", "cmr", "--points", QString::fromStdString(csv.string()), "--json"});
        QVERIFY2(fitted.exitCode == 0, fitted.err.c_str());
        const json out = json::parse(fitted.out);
        QCOMPARE(out["points"].get<int>(), 6);
        QCOMPARE(out["domain"]["points_used"].size(), size_t(3));
        QVERIFY2(out["critical_mixture_ratio"].is_number() || !out["refusals"].empty(), fitted.out.c_str());
        for (const auto& refusal : out["refusals"])
            QVERIFY(!refusal["reason"].get<std::string>().empty());
    }
};

QTEST_GUILESS_MAIN(TestPilotE2e)
#include "tst_pilot_e2e.moc"
