// Pilot runs (laws/pilot.h): the grid's train specs from a mixture plan (valid `train` specs by the
// job kind's own schema, the share recorded in the weights, a short budget with evaluations spread
// over it), refused grids, the saved grid file, and law points gathered from a real project store
// with held-out metrics written into it the way a train run writes them.
#include "laws/pilot.h"

#include "common/error.h"
#include "jobs/job_spec.h"
#include "store/project_store.h"

#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <fstream>

using namespace adaptlab;
using namespace adaptlab::laws;
using nlohmann::json;

namespace {

data::MixturePlan demoPlan()
{
    data::MixturePlan plan;
    plan.name = "foldoc-cpt";
    plan.sources = {{"foldoc", "shards/foldoc", 1'200'000, 1.0, false}, {"gcide", "shards/gcide", 3'000'000, 1.0, true}};
    plan.totalTokens = 2'000'000;
    plan.seqLen = 256;
    plan.globalBatch = 8;
    plan.seed = 3;
    plan.replayFraction = 0.05;
    return plan;
}

} // namespace

class TestPilot : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void specsFromPlan()
    {
        PilotOptions options;
        options.trainParams = {{"base", "preset:tiny"}, {"tokenizer", "tokenizers/demo.model"}, {"lr", 1e-3}};
        const auto runs = pilotRuns(demoPlan(), "/projects/demo", options);
        QCOMPARE(runs.size(), size_t(5));
        // 10% of 2,000,000 tokens at 256 x 8 tokens a step: ceil(200000 / 2048) = 98 steps,
        // evaluated every 98 / 4 = 24 steps (early evaluations no more often).
        for (size_t i = 0; i < runs.size(); ++i) {
            const json& params = runs[i].spec["params"];
            QCOMPARE(runs[i].domainShare, options.domainShares[i]);
            QCOMPARE(params["steps"].get<int64_t>(), int64_t(98));
            QCOMPARE(params["eval_every"].get<int64_t>(), int64_t(24));
            QCOMPARE(params["eval_every_early"].get<int64_t>(), int64_t(24));
            QCOMPARE(params["seq_len"].get<int64_t>(), int64_t(256));
            QCOMPARE(params["batch"].get<int64_t>(), int64_t(8));
            QCOMPARE(params["seed"].get<int64_t>(), int64_t(3));
            QCOMPARE(params["base"].get<std::string>(), std::string("preset:tiny"));
            QCOMPARE(params["sources"][0]["dataset"].get<std::string>(), std::string("foldoc"));
            QCOMPARE(params["sources"][1]["dataset"].get<std::string>(), std::string("gcide"));
            QCOMPARE(runs[i].spec["project"].get<std::string>(), std::string("/projects/demo"));
            // The share is in the spec: read back from the weights.
            QCOMPARE(*domainShareOfSpec(runs[i].spec, "foldoc", "gcide"), options.domainShares[i]);
            // A real train spec by the kind's schema.
            const auto problems = jobs::validateSpec(runs[i].spec);
            QVERIFY2(problems.empty(), problems.empty() ? "" : (problems[0].field + ": " + problems[0].message).c_str());
        }
        QCOMPARE(runs[1].label, std::string("pilot foldoc 30%"));
        // The source roles can be named.
        PilotOptions swapped;
        swapped.domainSource = "gcide";
        swapped.generalSource = "foldoc";
        swapped.domainShares = {0.25, 0.5};
        const auto other = pilotRuns(demoPlan(), {}, swapped);
        QCOMPARE(other.size(), size_t(2));
        QCOMPARE(other[0].spec["params"]["sources"][0]["dataset"].get<std::string>(), std::string("gcide"));
        QVERIFY(!other[0].spec.contains("project"));
        QVERIFY(!domainShareOfSpec(other[0].spec, "foldoc", "wiki"));
    }

    void refusesBadGrids_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QVector<double>>("shares");
        QTest::addColumn<QString>("message");
        QTest::newRow("share 1") << QString() << QVector<double>{0.5, 1.0} << QStringLiteral("domain_shares[1]: ");
        QTest::newRow("share 0") << QString() << QVector<double>{0.0} << QStringLiteral("domain_shares[0]: ");
        QTest::newRow("no shares") << QString() << QVector<double>{} << QStringLiteral("domain_shares: the grid needs");
        QTest::newRow("unknown source") << QStringLiteral("wiki") << QVector<double>{0.5}
                                        << QStringLiteral("domain_source: \"wiki\" is not a source of the plan \"foldoc-cpt\"");
    }
    void refusesBadGrids()
    {
        QFETCH(QString, domain);
        QFETCH(QVector<double>, shares);
        QFETCH(QString, message);
        PilotOptions options;
        options.domainSource = domain.toStdString();
        options.domainShares.assign(shares.begin(), shares.end());
        try {
            pilotRuns(demoPlan(), {}, options);
            QFAIL("no error");
        } catch (const Error& error) {
            QVERIFY2(QString::fromStdString(error.what()).startsWith(message), error.what());
        }
    }

    void gridFileRoundTrip()
    {
        QTemporaryDir dir;
        PilotGrid grid{"foldoc-cpt", "plans/foldoc-cpt.json", "foldoc", "gcide", {{0.1, 4}, {0.3, 5}}};
        const auto file = pilotGridFile(dir.path().toStdString(), grid.name);
        grid.save(file);
        const PilotGrid back = PilotGrid::load(file);
        QCOMPARE(back.toJson(), grid.toJson());
        std::ofstream(file) << R"({"version": 1, "name": "x", "domain_source": "a", "general_source": "b",
                                  "runs": [{"domain_share": 0.5, "run_id": 0}]})";
        try {
            PilotGrid::load(file);
            QFAIL("no error");
        } catch (const Error& error) {
            QVERIFY2(std::string(error.what()).find("runs[0].run_id: must be a positive integer") != std::string::npos, error.what());
        }
    }

    // Runs in a real store with the metrics a train run writes: heldout_loss per source (split
    // "heldout") at each evaluation, tokens = tokens seen then.
    void gathersPointsFromStore()
    {
        QTemporaryDir dir;
        auto store = store::ProjectStore::create(dir.filePath(QStringLiteral("project")).toStdString());
        PilotOptions options;
        options.domainShares = {0.2, 0.5, 0.8};
        const auto runs = pilotRuns(demoPlan(), store.root(), options);
        std::vector<int64_t> ids;
        for (size_t i = 0; i < runs.size(); ++i) {
            const int64_t id = store.createRun("train", runs[i].spec.dump());
            ids.push_back(id);
            std::vector<store::MetricPoint> metrics;
            for (const int64_t step : {24, 48}) {
                const int64_t tokens = step * 2048;
                // Domain loss falls with the share and the tokens; general rises with the share.
                metrics.push_back({id, "heldout_loss", "heldout", "foldoc", step, tokens, 5.0 - double(i) - step / 100.0});
                // The last run's second evaluation lacks the general loss: that step gives no point.
                if (!(i == 2 && step == 48))
                    metrics.push_back({id, "heldout_loss", "heldout", "gcide", step, tokens, 3.0 + 0.1 * double(i)});
                metrics.push_back({id, "train_loss", "train", "", step, tokens, 9.0});
            }
            store.addMetrics(metrics);
            store.setRunStatus(id, store::RunStatus::Running);
            store.setRunStatus(id, store::RunStatus::Done);
        }
        // A failed run and an unrelated run (other sources) are skipped with notes.
        const int64_t failed = store.createRun("train", runs[0].spec.dump());
        store.setRunStatus(failed, store::RunStatus::Failed, "out of memory");
        json unrelated = runs[0].spec;
        unrelated["params"]["sources"][1]["dataset"] = "wiki";
        const int64_t other = store.createRun("train", unrelated.dump());
        store.setRunStatus(other, store::RunStatus::Done);
        ids.push_back(failed);
        ids.push_back(other);

        const GatheredPoints gathered = gatherPoints(store, ids, "foldoc", "gcide");
        QCOMPARE(gathered.runsUsed, 3);
        QCOMPARE(gathered.points.size(), size_t(5));
        QCOMPARE(gathered.points[0].domainShare, 0.2);
        QCOMPARE(gathered.points[0].tokens, 24.0 * 2048);
        QCOMPARE(gathered.points[0].domainLoss, 5.0 - 0.24);
        QCOMPARE(gathered.points[0].generalLoss, 3.0);
        QCOMPARE(gathered.points[3].domainShare, 0.5);
        QCOMPARE(gathered.points[3].tokens, 48.0 * 2048);
        QCOMPARE(gathered.points[3].domainLoss, 4.0 - 0.48);
        QCOMPARE(gathered.points[4].domainShare, 0.8);
        QCOMPARE(gathered.points[4].generalLoss, 3.2);
        QCOMPARE(gathered.notes.size(), size_t(2));
        QVERIFY2(gathered.notes[0].find("run " + std::to_string(failed) + ": failed") == 0, gathered.notes[0].c_str());
        QVERIFY2(gathered.notes[1].find("does not train on foldoc and gcide only") != std::string::npos, gathered.notes[1].c_str());
        // The same through the saved grid.
        PilotGrid grid{"g", "", "foldoc", "gcide", {}};
        for (size_t i = 0; i < runs.size(); ++i)
            grid.runs.push_back({runs[i].domainShare, ids[i]});
        QCOMPARE(gatherPoints(store, grid).points.size(), size_t(5));
    }
};

QTEST_GUILESS_MAIN(TestPilot)
#include "tst_pilot.moc"
