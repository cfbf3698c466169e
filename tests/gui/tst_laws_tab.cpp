// The Mixture panel's Laws tab offscreen (plugins/mixture/laws_tab.h): a pilot grid found in a real
// project (runs with held-out metrics drawn from known CMR curves) is fitted unasked once its runs
// are done, the curves, fit quality and critical mixture ratio are shown, and "Make a plan" emits
// the plan with that share; a D-CPT fit from a CSV gives both recommendations; a degenerate grid
// says why nothing is recommended; Launch hands the grid's train specs to the context.
// Screenshots: build/screenshots/laws_tab_*.png.
#include "laws_tab.h"

#include "chart_view.h"
#include "gui_test_support.h"
#include "job_runner.h"
#include "panel_context.h"

#include "jobs/job_spec.h"
#include "laws/pilot.h"
#include "store/project_store.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace adaptlab;
using adaptlab::mixture::LawsTab;

namespace {

constexpr int kTimeoutMs = 120'000;

// A context around a real project; startJob records the specs and refuses them (no training here).
class TestContext final : public PanelContext {
public:
    explicit TestContext(const QString& dir)
        : dir_(dir)
        , store_(store::ProjectStore::open(dir.toStdString()))
    {
    }
    store::ProjectStore* store() const override { return const_cast<store::ProjectStore*>(&store_); }
    QString projectDir() const override { return dir_; }
    JobRunner* startJob(const QString& specJson, QString* error) override
    {
        specs << specJson;
        *error = QStringLiteral("not started in this test");
        return nullptr;
    }
    void showStatusMessage(const QString&) override {}
    QStringList specs;

private:
    QString dir_;
    store::ProjectStore store_;
};

// CMR truths: domain -1.2 R^0.6 + 4, general 0.8 R^1.5 + 3.
double domainLoss(double r) { return -1.2 * std::pow(r, 0.6) + 4.0; }
double generalLoss(double r) { return 0.8 * std::pow(r, 1.5) + 3.0; }

void writeCsv(const QString& path, const QByteArray& text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

} // namespace

class TestLawsTab : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        testing::isolateSettings(settings_);
        projectDir_ = dir_.filePath(QStringLiteral("project"));
        auto store = store::ProjectStore::create(projectDir_.toStdString());
        for (const char* name : {"foldoc", "gcide"}) {
            store::DatasetRecord dataset;
            dataset.name = name;
            dataset.path = std::string("datasets/") + name + ".jsonl";
            dataset.format = "jsonl";
            store.addDataset(dataset);
        }
        // Five pilot runs as the tab launches them, done, with the metrics a train run writes.
        data::MixturePlan plan;
        plan.name = "demo";
        plan.sources = {{"foldoc", {}, -1, 1.0, false}, {"gcide", {}, -1, 1.0, true}};
        plan.totalTokens = 100 * 128 * 8;
        plan.seqLen = 128;
        plan.globalBatch = 8;
        laws::PilotOptions options;
        options.trainParams = {{"base", "preset:tiny"}, {"tokenizer", "tokenizers/t.model"}};
        options.budgetFraction = 1.0;
        laws::PilotGrid grid{"laws-pilots", "demo", "foldoc", "gcide", {}};
        for (const auto& pilot : laws::pilotRuns(plan, store.root(), options)) {
            const int64_t id = store.createRun("train", pilot.spec.dump());
            const double r = pilot.domainShare;
            store.addMetrics({{id, "heldout_loss", "heldout", "foldoc", 100, 100 * 1024, domainLoss(r)},
                              {id, "heldout_loss", "heldout", "gcide", 100, 100 * 1024, generalLoss(r)}});
            store.setRunStatus(id, store::RunStatus::Running);
            store.setRunStatus(id, store::RunStatus::Done);
            grid.runs.push_back({r, id});
        }
        grid.save(laws::pilotGridFile(store.root(), grid.name));
    }

    void fitsFinishedPilotsAndProposesAPlan()
    {
        TestContext context(projectDir_);
        LawsTab tab(&context);
        QSignalSpy fitted(&tab, &LawsTab::fitDone);
        tab.resize(1100, 820);
        tab.show();
        // The grid's runs are all done: the tab fits them without being asked.
        QTRY_COMPARE_WITH_TIMEOUT(fitted.count(), 1, kTimeoutMs);
        QCOMPARE(tab.runsTable()->rowCount(), 5);
        QCOMPARE(tab.runsTable()->item(0, 2)->text(), QStringLiteral("done"));
        QVERIFY(tab.result().has_value());
        const auto& rec = tab.result()->recommendations;
        // (0.05 / 0.8)^(1 / 1.5) = 0.1575 from exact points.
        QVERIFY(rec.criticalMixtureRatio);
        QVERIFY2(std::abs(*rec.criticalMixtureRatio - std::pow(0.05 / 0.8, 1.0 / 1.5)) < 0.01,
                 qPrintable(QString::number(*rec.criticalMixtureRatio)));
        QVERIFY2(tab.qualityLabel()->text().contains(QStringLiteral("R²")), qPrintable(tab.qualityLabel()->text()));
        QVERIFY(tab.recommendationLabel(0)->text().contains(QStringLiteral("Critical mixture ratio")));
        QVERIFY(tab.refusalsLabel()->text().isEmpty());
        // Curves and points on both charts, the ratio marked.
        QCOMPARE(tab.domainChart()->seriesIds().size(), 2);
        QCOMPARE(tab.generalChart()->markers().size(), 1);
        QVERIFY(std::abs(tab.generalChart()->markers().front().value - *rec.criticalMixtureRatio) < 1e-12);
        QVERIFY(tab.makePlanButton(0)->isEnabled());
        QVERIFY(tab.makePlanButton(1)->isHidden());
        QVERIFY(tab.grab().save(testing::screenshotDir() + QStringLiteral("/laws_tab_pilots.png")));

        QSignalSpy proposed(&tab, &LawsTab::planProposed);
        tab.makePlanButton(0)->click();
        QCOMPARE(proposed.count(), 1);
        const auto plan = proposed.front().front().value<data::MixturePlan>();
        QCOMPARE(plan.sources.size(), size_t(2));
        QCOMPARE(plan.sources[0].name, std::string("foldoc"));
        QCOMPARE(plan.sources[0].weight, *rec.criticalMixtureRatio);
        QCOMPARE(plan.sources[1].weight, 1.0 - *rec.criticalMixtureRatio);
        QCOMPARE(plan.replayFraction, 0.0);
    }

    void dcptFromCsv()
    {
        TestContext context(projectDir_);
        LawsTab tab(&context);
        tab.resize(1100, 820);
        tab.show();
        QSignalSpy fitted(&tab, &LawsTab::fitDone);
        QTRY_COMPARE_WITH_TIMEOUT(fitted.count(), 1, kTimeoutMs); // the pilots' own fit first
        tab.lawBox()->setCurrentIndex(tab.lawBox()->findData(QStringLiteral("dcpt")));
        // D-CPT general and domain curves: E 1.5, B 300, eta 0.5, beta 0.4, C 0.3, gamma 0.6, eps 0.05.
        QByteArray csv = "domain_share,tokens,domain_loss,general_loss\n";
        const auto law = [](double r, double d) {
            return 1.5 + 300.0 * std::pow(r, 0.5) / std::pow(d, 0.4) + 0.3 / std::pow(r + 0.05, 0.6);
        };
        for (const double r : {0.1, 0.3, 0.5, 0.7, 0.9})
            for (const double d : {2e5, 5e5, 1e6, 2e6})
                csv += QByteArray::number(r) + ',' + QByteArray::number(d, 'g', 10) + ',' +
                       QByteArray::number(law(r, d), 'g', 17) + ',' + QByteArray::number(law(1 - r, d), 'g', 17) + '\n';
        const QString path = dir_.filePath(QStringLiteral("dcpt.csv"));
        writeCsv(path, csv);
        tab.fitFromCsv(path);
        QTRY_COMPARE_WITH_TIMEOUT(fitted.count(), 2, kTimeoutMs);
        QVERIFY(tab.result() && tab.result()->law == laws::LawKind::Dcpt);
        QVERIFY(tab.result()->recommendations.maxDomainShareWithinPct);
        QVERIFY(tab.makePlanButton(0)->isEnabled());
        // No domain tokens given: the second recommendation is refused, and the tab says why.
        QVERIFY(!tab.makePlanButton(1)->isEnabled());
        QVERIFY(tab.makePlanButton(1)->isVisible());
        QVERIFY2(tab.refusalsLabel()->text().contains(QStringLiteral("domain tokens")), qPrintable(tab.refusalsLabel()->text()));
        QVERIFY(tab.grab().save(testing::screenshotDir() + QStringLiteral("/laws_tab_dcpt.png")));
    }

    void degenerateCsvSaysWhy()
    {
        TestContext context(projectDir_);
        LawsTab tab(&context);
        tab.resize(1100, 820);
        tab.show();
        QSignalSpy fitted(&tab, &LawsTab::fitDone);
        QTRY_COMPARE_WITH_TIMEOUT(fitted.count(), 1, kTimeoutMs);
        const QString path = dir_.filePath(QStringLiteral("two.csv"));
        writeCsv(path, "domain_share,tokens,domain_loss,general_loss\n0.2,1000,3.5,3.0\n0.8,1000,3.1,3.4\n");
        tab.fitFromCsv(path);
        QTRY_COMPARE_WITH_TIMEOUT(fitted.count(), 2, kTimeoutMs);
        QVERIFY2(tab.refusalsLabel()->text().contains(QStringLiteral("cannot pin the law down")),
                 qPrintable(tab.refusalsLabel()->text()));
        QVERIFY(!tab.makePlanButton(0)->isEnabled());
        QVERIFY(tab.recommendationLabel(0)->text().contains(QStringLiteral("refused")));
        QVERIFY(tab.grab().save(testing::screenshotDir() + QStringLiteral("/laws_tab_refused.png")));

        // A CSV that cannot be read: the failure names its line.
        writeCsv(path, "domain_share,tokens,domain_loss,general_loss\n0.2,many,3.5,3.0\n");
        tab.fitFromCsv(path);
        QTRY_COMPARE_WITH_TIMEOUT(fitted.count(), 3, kTimeoutMs);
        QVERIFY2(tab.statusLabel()->text().contains(QStringLiteral("two.csv:2:2")), qPrintable(tab.statusLabel()->text()));
    }

    void launchHandsTrainSpecsToTheContext()
    {
        TestContext context(projectDir_);
        LawsTab tab(&context);
        QTRY_COMPARE_WITH_TIMEOUT(tab.domainBox()->count(), 2, kTimeoutMs);
        tab.domainBox()->setCurrentText(QStringLiteral("foldoc"));
        tab.generalBox()->setCurrentText(QStringLiteral("gcide"));
        tab.tokenizerEdit()->setText(QStringLiteral("tokenizers/t.model"));
        tab.sharesEdit()->setText(QStringLiteral("0.2, 0.4, 0.6"));
        tab.launchButton()->click();
        QCOMPARE(context.specs.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const auto spec = nlohmann::json::parse(context.specs[i].toStdString());
            QVERIFY(jobs::validateSpec(spec).empty());
            QCOMPARE(*laws::domainShareOfSpec(spec, "foldoc", "gcide"), 0.2 * (i + 1));
            QCOMPARE(spec["params"]["steps"].get<int>(), tab.stepsSpin()->value());
        }
        QVERIFY(tab.statusLabel()->text().contains(QStringLiteral("not started in this test")));
        // A share outside (0, 1) is refused before anything starts.
        tab.sharesEdit()->setText(QStringLiteral("0.5, 1.5"));
        tab.launchButton()->click();
        QCOMPARE(context.specs.size(), 3);
        QVERIFY(tab.statusLabel()->text().contains(QStringLiteral("domain_shares[1]")));
    }

private:
    QTemporaryDir settings_;
    QTemporaryDir dir_;
    QString projectDir_;
};

QTEST_MAIN(TestLawsTab)
#include "tst_laws_tab.moc"
