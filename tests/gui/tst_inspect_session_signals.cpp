// The Inspect panel's session uses a dataset's signals file only when it is the one the stored scan
// describes (issue 7): a file with other rows, another scan's fingerprint, or a summary that
// recorded none is refused with a message in the panel saying to inspect again, while the summary
// itself still shows; the session never crashes on it.
#include "inspect_session.h"

#include "app_context.h"
#include "gui_test_support.h"

#include "corpus/signals_file.h"
#include "store/project_store.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <fstream>

using namespace adaptlab::corpus_panel;
namespace corpus = adaptlab::corpus;
namespace store = adaptlab::store;
namespace testing = adaptlab::testing;
using nlohmann::json;

class TestInspectSessionSignals : public QObject {
    Q_OBJECT

private:
    QTemporaryDir temp_;
    std::unique_ptr<adaptlab::gui::AppContext> context_;
    qint64 datasetId_ = -1;
    uint64_t fingerprint_ = 0;
    static constexpr int kRows = 3;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(temp_.isValid());
        testing::isolateSettings(temp_);
        context_ = std::make_unique<adaptlab::gui::AppContext>();
        QString error;
        QVERIFY2(context_->createProject(temp_.filePath(QStringLiteral("project")), &error), qPrintable(error));
        store::ProjectStore* s = context_->store();
        const std::string corpusPath = temp_.filePath(QStringLiteral("web.jsonl")).toStdString();
        std::ofstream(corpusPath) << "{\"text\":\"one\"}\n{\"text\":\"two\"}\n{\"text\":\"three\"}\n";
        store::DatasetRecord record;
        record.name = "web";
        record.path = s->relativePath(corpusPath);
        record.format = "jsonl";
        datasetId_ = s->addDataset(record);
        corpus::SignalsFileWriter writer(s->root() / "datasets" / "web.signals", {corpusPath}, 2);
        for (int i = 0; i < kRows; ++i) {
            corpus::SignalRow row;
            row.signals[size_t(corpus::Signal::Words)] = 1.0f;
            row.position.line = i + 1;
            writer.append(row);
        }
        writer.finish();
        fingerprint_ = writer.fingerprint();
    }

    void cleanupTestCase() { context_.reset(); }

    void usesOnlyTheScansFile_data()
    {
        QTest::addColumn<int>("recordedRows");
        QTest::addColumn<int>("fingerprintCase"); // 0 the file's, 1 another, 2 none recorded
        QTest::addColumn<bool>("used");
        QTest::newRow("the scan's file") << kRows << 0 << true;
        QTest::newRow("the scan counted more documents") << kRows + 100 << 0 << false;
        QTest::newRow("another scan's fingerprint") << kRows << 1 << false;
        QTest::newRow("no fingerprint recorded") << kRows << 2 << false;
    }

    void usesOnlyTheScansFile()
    {
        QFETCH(int, recordedRows);
        QFETCH(int, fingerprintCase);
        QFETCH(bool, used);
        json summary = {{"documents", recordedRows}, {"files", json::array()}};
        if (fingerprintCase != 2)
            summary["signals_fingerprint"] = corpus::fingerprintText(fingerprintCase == 0 ? fingerprint_ : fingerprint_ + 1);
        context_->store()->setDatasetSummary(datasetId_, "datasets/web.signals", summary.dump());

        InspectSession session(context_.get());
        session.reload();
        // The datasets and the scan are read off the UI thread: wait for each answer.
        QTRY_VERIFY_WITH_TIMEOUT(!session.isLoading(), 60000);
        QVERIFY(session.setDataset(datasetId_));
        QTRY_VERIFY_WITH_TIMEOUT(!session.isLoading(), 60000);
        QVERIFY(session.hasSummary());
        if (used) {
            QVERIFY2(session.loadProblem().isEmpty(), qPrintable(session.loadProblem()));
            QVERIFY(session.signalsFile() != nullptr);
            QTRY_VERIFY_WITH_TIMEOUT(session.counts().valid, 60000);
        } else {
            QVERIFY(session.signalsFile() == nullptr);
            QVERIFY2(session.loadProblem().contains(QStringLiteral("web.signals")) &&
                         session.loadProblem().contains(QStringLiteral("Inspect the dataset again")),
                     qPrintable(session.loadProblem()));
            QVERIFY(!session.isCounting());
        }
    }
};

QTEST_MAIN(TestInspectSessionSignals)
#include "tst_inspect_session_signals.moc"
