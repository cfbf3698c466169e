// The Mixture panel's Clusters tab offscreen against a real project: a train run's tiny model and a
// two-topic dataset are offered, Cluster runs the real `cluster` job (adaptlab-cli child), the
// table, the examples and the 2-D picture show its clusters.json, and Save as datasets makes the
// checked clusters datasets of the store (datasetsCreated). Screenshots under build/screenshots.
#include "clusters_scatter.h"
#include "clusters_tab.h"
#include "clusters_table_model.h"

#include "app_test_support.h"
#include "job_runner.h"
#include "tiny_llama_folder.h"
#include "two_topic_corpus.h"

#include "store/project_store.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <memory>

using namespace adaptlab;
using namespace adaptlab::mixture;
namespace fs = std::filesystem;

namespace {
constexpr int kTimeoutMs = 180000;
}

class TestClustersTab : public QObject {
    Q_OBJECT

private:
    QTemporaryDir temp_;
    QString projectDir_;
    std::unique_ptr<gui::AppContext> context_;
    std::unique_ptr<ClustersTab> tab_;

    void screenshot(const QString& name)
    {
        QVERIFY(tab_->grab().save(testing::screenshotDir() + QStringLiteral("/clusters_%1.png").arg(name)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(temp_.isValid());
        testing::prepareApp(temp_);
        const fs::path root = temp_.path().toStdString();
        projectDir_ = temp_.filePath(QStringLiteral("project"));
        QString error;
        context_ = testing::contextWithNewProject(projectDir_, &error);
        QVERIFY2(context_ != nullptr, qPrintable(error));
        const fs::path corpus = root / "mixed.jsonl";
        {
            std::ofstream out(corpus);
            for (const std::string& text : testing::twoTopicTexts())
                out << nlohmann::json{{"text", text}}.dump() << "\n";
        }
        store::DatasetRecord dataset;
        dataset.name = "mixed";
        dataset.path = corpus.string();
        dataset.format = "jsonl";
        context_->store()->addDataset(dataset);
        const int64_t run = context_->store()->createRun("train", R"({"version":1,"kind":"train"})");
        context_->store()->setRunStatus(run, store::RunStatus::Running);
        context_->store()->setRunStatus(run, store::RunStatus::Done);
        testing::writeTinyLlama(fs::path(projectDir_.toStdString()) / "runs" / std::to_string(run) / "final", 5,
                                fs::path(ADAPTLAB_SOURCE_DIR) / "tests/fixtures/tokenizers/smollm/tokenizer.json");

        tab_ = std::make_unique<ClustersTab>(context_.get());
        new QAbstractItemModelTester(tab_->clustersModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, tab_.get());
        tab_->resize(1100, 760);
        tab_->show();
        QVERIFY(QTest::qWaitForWindowExposed(tab_.get()));
    }

    void offersDatasetsAndModels()
    {
        auto* datasets = tab_->findChild<QComboBox*>(QStringLiteral("clusterDataset"));
        auto* models = tab_->findChild<QComboBox*>(QStringLiteral("clusterModel"));
        QTRY_COMPARE_WITH_TIMEOUT(datasets->count(), 1, kTimeoutMs);
        QCOMPARE(datasets->currentText(), QStringLiteral("mixed"));
        QCOMPARE(models->count(), 1);
        QVERIFY(models->itemData(0).toString().endsWith(QStringLiteral("/final")));
        QVERIFY(tab_->findChild<QPushButton*>(QStringLiteral("clusterStart"))->isEnabled());
        // Nothing checked and no result: nothing to save.
        QVERIFY(!tab_->findChild<QPushButton*>(QStringLiteral("clusterSave"))->isEnabled());
        screenshot(QStringLiteral("empty"));
    }

    void clusterShowsTheResult()
    {
        tab_->findChild<QSpinBox*>(QStringLiteral("clusterK"))->setValue(2);
        QSignalSpy shown(tab_.get(), &ClustersTab::resultShown);
        QTest::mouseClick(tab_->findChild<QPushButton*>(QStringLiteral("clusterStart")), Qt::LeftButton);
        QVERIFY(tab_->clusterRunner() != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(!tab_->clusterRunner()->isActive(), kTimeoutMs);
        QVERIFY2(tab_->clusterRunner()->state() == JobRunner::State::Finished, qPrintable(tab_->clusterRunner()->errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().at(0).toString().isEmpty(), kTimeoutMs);
        const ClustersResult& result = tab_->result();
        QCOMPARE(result.k, 2);
        QCOMPARE(result.documents, qint64(16));
        QCOMPARE(tab_->clustersModel()->rowCount(), 2);
        qint64 sum = 0;
        for (const ClusterSummary& cluster : result.clusters) {
            sum += cluster.size;
            QVERIFY(!cluster.topWords.isEmpty());
        }
        QCOMPARE(sum, qint64(16));
        auto* scatter = tab_->findChild<ClustersScatter*>();
        QCOMPARE(scatter->pointCount(), 16);
        // The first cluster is selected: its examples are shown, its points drawn on top.
        QCOMPARE(scatter->selectedCluster(), result.clusters.front().id);
        auto* examples = tab_->findChild<QTextBrowser*>(QStringLiteral("clusterExamples"));
        QVERIFY(examples->toPlainText().contains(result.clusters.front().examples.front().left(40)));
        QCOMPARE(tab_->findChild<QLineEdit*>(QStringLiteral("clusterSavePrefix"))->text(), QStringLiteral("mixed-cluster"));
        screenshot(QStringLiteral("result"));
    }

    void saveCheckedClustersMakesDatasets()
    {
        auto* save = tab_->findChild<QPushButton*>(QStringLiteral("clusterSave"));
        QVERIFY(!save->isEnabled());
        tab_->clustersModel()->setChecked(0, true);
        tab_->clustersModel()->setChecked(1, true);
        QVERIFY(save->isEnabled());
        QSignalSpy created(tab_.get(), &ClustersTab::datasetsCreated);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(tab_->saveRunner() != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(!tab_->saveRunner()->isActive(), kTimeoutMs);
        QVERIFY2(tab_->saveRunner()->state() == JobRunner::State::Finished, qPrintable(tab_->saveRunner()->errorString()));
        QCOMPARE(created.count(), 1);
        const auto store = store::ProjectStore::openReadOnly(projectDir_.toStdString());
        qint64 documents = 0;
        for (int c = 0; c < 2; ++c) {
            const auto dataset = store.datasetByName("mixed-cluster-" + std::to_string(c));
            QVERIFY(dataset.has_value());
            QCOMPARE(dataset->documents, tab_->result().clusters[size_t(c)].size);
            documents += dataset->documents;
        }
        QCOMPARE(documents, qint64(16));
        screenshot(QStringLiteral("saved"));
    }

    void cleanupTestCase()
    {
        tab_.reset();
        context_.reset();
    }
};

QTEST_MAIN(TestClustersTab)
#include "tst_clusters_tab.moc"
