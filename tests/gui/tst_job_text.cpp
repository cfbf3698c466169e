// What the GUI calls jobs and runs (JobText): labels from a spec's params ("Filter gcide →
// gcide-clean (run 4)"), run statuses, stages; the app gives every job it starts such a title;
// the overview's run table shows the labels and its runs card counts every status so the parts
// add up to the total.
#include "job_text.h"
#include "overview_panel.h"
#include "run_table_model.h"
#include "stat_card.h"

#include "app_context.h"
#include "app_style.h"
#include "app_test_support.h"
#include "gui_test_support.h"
#include "job_runner.h"

#include "store/project_store.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <nlohmann/json.hpp>

using adaptlab::JobText;
namespace store = adaptlab::store;
namespace testing = adaptlab::testing;

class TestJobText : public QObject {
    Q_OBJECT

private:
    QTemporaryDir temp_;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(temp_.isValid());
        testing::prepareApp(temp_);
    }

    void labelsSayWhatTheJobDoesToWhat_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("label");
        QTest::newRow("filter") << QStringLiteral(R"({"kind":"corpus_filter","params":{"dataset":"gcide","output":"gcide-clean"}})")
                                << QStringLiteral("Filter gcide → gcide-clean");
        QTest::newRow("dedup") << QStringLiteral(R"({"kind":"corpus_dedup","params":{"dataset":"web","output":"web-dedup","mode":"near"}})")
                               << QStringLiteral("Deduplicate web → web-dedup");
        QTest::newRow("select") << QStringLiteral(R"({"kind":"corpus_select","params":{"dataset":"pile","target":"law","k":5,"output":"pile-law"}})")
                                << QStringLiteral("Select from pile like law → pile-law");
        QTest::newRow("sample") << QStringLiteral(R"({"kind":"corpus_sample","params":{"dataset":"gcide","n":5,"output":"g-5"}})")
                                << QStringLiteral("Sample gcide → g-5");
        QTest::newRow("scan") << QStringLiteral(R"({"kind":"corpus_inspect","params":{"dataset":"foldoc"}})")
                              << QStringLiteral("Scan foldoc");
        QTest::newRow("scan files") << QStringLiteral(R"({"kind":"corpus_inspect","params":{"inputs":["/data/a.jsonl","/data/b.jsonl"]}})")
                                    << QStringLiteral("Scan a.jsonl and b.jsonl");
        QTest::newRow("filter to a file") << QStringLiteral(R"({"kind":"corpus_filter","params":{"dataset":"gcide","out":"/tmp/x.jsonl.zst"}})")
                                          << QStringLiteral("Filter gcide → x.jsonl.zst");
        QTest::newRow("tokenizer") << QStringLiteral(R"({"kind":"train_tokenizer","params":{"datasets":["gcide","foldoc"],"name":"t4k"}})")
                                   << QStringLiteral("Train tokenizer t4k on gcide and foldoc");
        QTest::newRow("count") << QStringLiteral(R"({"kind":"scan_dataset","params":{"datasets":["gcide"]}})")
                               << QStringLiteral("Count gcide");
        QTest::newRow("a kind this build does not know") << QStringLiteral(R"({"kind":"train","params":{}})")
                                                         << QStringLiteral("train");
        QTest::newRow("no params") << QStringLiteral(R"({"kind":"corpus_filter"})") << QStringLiteral("Filter");
    }

    void labelsSayWhatTheJobDoesToWhat()
    {
        QFETCH(QString, spec);
        QFETCH(QString, label);
        QCOMPARE(JobText::jobLabel(spec.toStdString()), label);
        QCOMPARE(JobText::runTitle(spec, 4), QStringLiteral("%1 (run 4)").arg(label));
    }

    void everyStatusAndStageHasWords()
    {
        for (auto status : {store::RunStatus::Queued, store::RunStatus::Running, store::RunStatus::Done,
                            store::RunStatus::Failed, store::RunStatus::Stopped})
            QCOMPARE(JobText::runStatus(status), QString::fromStdString(store::toString(status)));
        // A row whose status text the store cannot read (a damaged or newer store) still says something.
        QCOMPARE(JobText::runStatus(store::RunStatus::Unknown), QStringLiteral("damaged row"));
        QCOMPARE(JobText::stageName(QStringLiteral("scan")), QStringLiteral("reading"));
        QCOMPARE(JobText::stageName(QStringLiteral("fit target")), QStringLiteral("modelling the target"));
        QCOMPARE(JobText::stageName(QStringLiteral("measure gcide")), QStringLiteral("measuring gcide"));
        QCOMPARE(JobText::stageName(QStringLiteral("hold")), QStringLiteral("hold")); // unknown: as is
        QCOMPARE(JobText::kindName(QStringLiteral("corpus_dedup")), QStringLiteral("Deduplicate"));
    }

    // The app titles every job it starts with its label and run.
    void startedJobsCarryTheirLabel()
    {
        adaptlab::gui::AppContext context;
        context.setJobProgram(testing::cliPath());
        QString error;
        QVERIFY2(context.createProject(temp_.filePath(QStringLiteral("labels")), &error), qPrintable(error));
        const QString spec = QStringLiteral(
            R"({"version":1,"kind":"corpus_filter","params":{"dataset":"gcide","output":"gcide-clean"}})");
        adaptlab::JobRunner* runner = context.startJob(spec, &error);
        QVERIFY2(runner != nullptr, qPrintable(error));
        QSignalSpy finished(runner, &adaptlab::JobRunner::finished);
        // The run row is written off the UI thread: the runner gets its id (and title) then.
        QTRY_VERIFY_WITH_TIMEOUT(runner->runId() > 0 || !finished.isEmpty(), 60000);
        const qint64 run = context.store()->runs().front().id;
        QCOMPARE(runner->runId(), run);
        QCOMPARE(runner->title(), QStringLiteral("Filter gcide → gcide-clean (run %1)").arg(run));
        QVERIFY(runner->state() != adaptlab::JobRunner::State::Running || !finished.isEmpty()
                || finished.wait(60000)); // fails: no such dataset
    }

    void runTableShowsLabels()
    {
        adaptlab::RunTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        store::RunRecord run;
        run.id = 4;
        run.kind = "corpus_filter";
        run.specJson = R"({"kind":"corpus_filter","params":{"dataset":"gcide","output":"gcide-clean"}})";
        run.status = store::RunStatus::Stopped;
        model.setRuns({run});
        QCOMPARE(model.index(0, adaptlab::RunTableModel::Kind).data().toString(),
                 QStringLiteral("Filter gcide → gcide-clean"));
        QCOMPARE(model.index(0, adaptlab::RunTableModel::Kind).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("corpus_filter"));
        QCOMPARE(model.index(0, adaptlab::RunTableModel::Status).data().toString(), QStringLiteral("stopped"));
    }

    // "14 runs: 0 running, 10 done, 2 failed" left out the stopped ones.
    void runsCardCountsEveryStatus_data()
    {
        QTest::addColumn<QList<int>>("statuses"); // store::RunStatus values
        QTest::addColumn<QString>("caption");
        using S = store::RunStatus;
        QTest::newRow("with stopped and queued")
            << QList<int>{int(S::Done), int(S::Done), int(S::Failed), int(S::Stopped), int(S::Stopped), int(S::Queued), int(S::Running)}
            << QStringLiteral("runs: 1 running, 2 done, 1 failed, 2 stopped, 1 queued");
        QTest::newRow("no stopped or queued") << QList<int>{int(S::Done), int(S::Failed)}
                                              << QStringLiteral("runs: 0 running, 1 done, 1 failed");
        QTest::newRow("none") << QList<int>{} << QStringLiteral("runs: 0 running, 0 done, 0 failed");
        QTest::newRow("a damaged status") << QList<int>{int(S::Done), int(S::Unknown)}
                                          << QStringLiteral("runs: 0 running, 1 done, 0 failed, 1 with a damaged status");
    }

    void runsCardCountsEveryStatus()
    {
        QFETCH(QList<int>, statuses);
        QFETCH(QString, caption);
        std::vector<int64_t> damagedRuns;
        const QString dir = temp_.filePath(QStringLiteral("runs-%1").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        {
            auto project = store::ProjectStore::create(dir.toStdString());
            const char* specs[] = {R"({"version":1,"kind":"corpus_inspect","params":{"dataset":"gcide"}})",
                                   R"({"version":1,"kind":"corpus_filter","params":{"dataset":"gcide","output":"gcide-clean"}})",
                                   R"({"version":1,"kind":"corpus_dedup","params":{"dataset":"gcide-clean","output":"gcide-dedup"}})",
                                   R"({"version":1,"kind":"train_tokenizer","params":{"datasets":["gcide"],"name":"t4k"}})"};
            int n = 0;
            for (int status : statuses) {
                const std::string spec = specs[n++ % 4];
                const auto id = project.createRun(nlohmann::json::parse(spec)["kind"].get<std::string>(), spec);
                if (static_cast<store::RunStatus>(status) == store::RunStatus::Unknown)
                    damagedRuns.push_back(id);
                else if (static_cast<store::RunStatus>(status) != store::RunStatus::Queued)
                    project.setRunStatus(id, static_cast<store::RunStatus>(status));
            }
        }
        // A status text the CHECK constraint would refuse: written as damage would leave it.
        for (const int64_t id : damagedRuns) {
            sqlite3* db = nullptr;
            QCOMPARE(sqlite3_open((dir + QStringLiteral("/project.adaptlab")).toUtf8().constData(), &db), SQLITE_OK);
            const std::string sql = "PRAGMA ignore_check_constraints = 1; UPDATE runs SET status = 'warped' WHERE id = "
                + std::to_string(id);
            QCOMPARE(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(db);
        }
        adaptlab::gui::AppContext context;
        QString error;
        QVERIFY2(context.openProject(dir, &error), qPrintable(error));
        adaptlab::overview::OverviewPanel panel(&context);
        // It reads the store on its own thread: wait (events running) for the answer it shows.
        QSignalSpy shown(&panel, &adaptlab::overview::OverviewPanel::refreshed);
        while (shown.isEmpty())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QCOMPARE(panel.runsCard()->value(), QString::number(statuses.size()));
        QCOMPARE(panel.runsCard()->caption(), caption);
        if (QByteArray(QTest::currentDataTag()) == "with stopped and queued") {
            panel.resize(1100, 640);
            panel.show();
            QVERIFY(QTest::qWaitForWindowExposed(&panel));
            QVERIFY(panel.grab().save(testing::screenshotDir() + QStringLiteral("/overview_runs.png")));
        }
        // The parts add up to the total.
        int sum = 0;
        for (const QString& part : caption.mid(6).split(QStringLiteral(", ")))
            sum += part.section(QLatin1Char(' '), 0, 0).toInt();
        QCOMPARE(sum, statuses.size());
    }
};

QTEST_MAIN(TestJobText)
#include "tst_job_text.moc"
