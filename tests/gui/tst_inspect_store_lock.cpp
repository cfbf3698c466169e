// The Inspect panel never waits on the store's write lock (issue 8): another connection holds it
// (BEGIN IMMEDIATE, as a job writing would) while the panel reads the datasets, opens one, and the
// Actions tab's Deduplicate is clicked. A QTimer keeps firing throughout, so the UI thread is
// processing events; the datasets and the scan are read while the lock is held (the panel's
// reader has a read-only connection of its own); the action stays pending, its button disabled,
// until the lock is released, then the job starts and writes its dataset. The order of events is
// checked, never their duration.
#include "actions_tab.h"
#include "inspect_panel.h"
#include "inspect_session.h"

#include "app_context.h"
#include "app_test_support.h"
#include "gui_test_support.h"
#include "job_runner.h"

#include "store/project_store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "other_connection.h"

#include <fstream>
#include <memory>

using namespace adaptlab::corpus_panel;
namespace store = adaptlab::store;
namespace testing = adaptlab::testing;
using adaptlab::JobRunner;

namespace {

constexpr int kTimeoutMs = 120000;

using adaptlab::testing::OtherConnection;

} // namespace

class TestInspectStoreLock : public QObject {
    Q_OBJECT

private:
    QTemporaryDir temp_;
    std::unique_ptr<adaptlab::gui::AppContext> context_;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(temp_.isValid());
        testing::prepareApp(temp_);
        QString error;
        context_ = testing::contextWithNewProject(temp_.filePath(QStringLiteral("project")), &error);
        QVERIFY2(context_ != nullptr, qPrintable(error));
        // Six documents, two of them copies of others: exact dedup keeps four.
        const std::string corpus = temp_.filePath(QStringLiteral("web.jsonl")).toStdString();
        std::ofstream(corpus) << "{\"text\":\"The committee reviewed the report of the harbor.\"}\n"
                                 "{\"text\":\"A quiet village opened its museum in the valley.\"}\n"
                                 "{\"text\":\"The committee reviewed the report of the harbor.\"}\n"
                                 "{\"text\":\"The river crossed the northern forest near the station.\"}\n"
                                 "{\"text\":\"A quiet village opened its museum in the valley.\"}\n"
                                 "{\"text\":\"An early teacher planned the railway with simple care.\"}\n";
        store::DatasetRecord record;
        record.name = "web";
        record.path = context_->store()->relativePath(corpus);
        record.format = "jsonl";
        context_->store()->addDataset(record);
    }

    void cleanupTestCase() { context_.reset(); }

    void uiKeepsRunningWhileAnotherConnectionHoldsTheLock()
    {
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start();

        auto other = std::make_unique<OtherConnection>(context_->store()->storeFile().string());
        other->exec("BEGIN IMMEDIATE");

        // Made while the lock is held: the datasets and the dataset's (missing) scan are read.
        InspectPanel panel(context_.get());
        panel.resize(1200, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_VERIFY_WITH_TIMEOUT(!panel.session()->isLoading(), kTimeoutMs);
        QCOMPARE(panel.session()->datasetName(), QStringLiteral("web"));
        QVERIFY2(panel.session()->loadProblem().isEmpty(), qPrintable(panel.session()->loadProblem()));

        ActionsTab* actions = panel.actionsTab();
        panel.tabs()->setCurrentWidget(actions);
        actions->scanAfterBox()->setChecked(false);
        actions->dedupModeBox()->setCurrentIndex(actions->dedupModeBox()->findData(int(DedupMode::Exact)));
        QCOMPARE(actions->outputEdit(ActionsTab::Action::Dedup)->text(), QStringLiteral("web-dedup"));
        int started = 0;
        JobRunner* runner = nullptr;
        connect(actions, &ActionsTab::jobStarted, this, [&](ActionsTab::Action, JobRunner* r) {
            ++started;
            runner = r;
        });
        auto* button = actions->findChild<QPushButton*>(QStringLiteral("actionRun_1"));
        QVERIFY(button != nullptr);
        QTest::mouseClick(button, Qt::LeftButton);
        // Pending: the click returned, the button and the name are disabled, nothing started, and
        // the timer goes on firing while the writer waits for the lock.
        QVERIFY(actions->isPending(ActionsTab::Action::Dedup));
        QVERIFY(!button->isEnabled());
        QVERIFY(!actions->outputEdit(ActionsTab::Action::Dedup)->isEnabled());
        const int ticksAtClick = ticks;
        QTRY_VERIFY_WITH_TIMEOUT(ticks >= ticksAtClick + 20, kTimeoutMs);
        QVERIFY(actions->isPending(ActionsTab::Action::Dedup));
        QCOMPARE(started, 0);
        QVERIFY(!context_->store()->datasetByName("web-dedup").has_value());
        QVERIFY(panel.grab().save(testing::screenshotDir() + QStringLiteral("/inspect_actions_pending.png")));

        // Released: the writer gets the lock, the answer comes, the job starts and finishes.
        other->exec("COMMIT");
        other.reset();
        QTRY_VERIFY_WITH_TIMEOUT(started == 1, kTimeoutMs);
        QVERIFY2(runner != nullptr, qPrintable(actions->statusLabel(ActionsTab::Action::Dedup)->text()));
        QVERIFY(!actions->isPending(ActionsTab::Action::Dedup));
        if (runner->state() != JobRunner::State::Finished) {
            QSignalSpy finished(runner, &JobRunner::finished);
            QVERIFY(finished.wait(kTimeoutMs));
        }
        QVERIFY2(runner->state() == JobRunner::State::Finished,
                 qPrintable(runner->errorString() + QLatin1Char('\n') + runner->lastLogLines().join('\n')));
        const auto derived = context_->store()->datasetByName("web-dedup");
        QVERIFY(derived.has_value());
        QCOMPARE(derived->documents, int64_t(4));
        ticker.stop();
    }

    // An answer for a dataset no longer selected is dropped: nothing starts.
    void answerForAnotherDatasetIsDropped()
    {
        store::DatasetRecord second;
        second.name = "other";
        second.path = context_->store()->datasetByName("web")->path;
        second.format = "jsonl";
        context_->store()->addDataset(second);
        InspectPanel panel(context_.get());
        QTRY_VERIFY_WITH_TIMEOUT(!panel.session()->isLoading(), kTimeoutMs);
        QVERIFY(panel.selectDataset(QStringLiteral("web")));
        QTRY_VERIFY_WITH_TIMEOUT(!panel.session()->isLoading(), kTimeoutMs);
        ActionsTab* actions = panel.actionsTab();
        actions->scanAfterBox()->setChecked(false);
        actions->outputEdit(ActionsTab::Action::Dedup)->setText(QStringLiteral("web-dropped"));
        int started = 0;
        JobRunner* runner = nullptr;
        connect(actions, &ActionsTab::jobStarted, this, [&](ActionsTab::Action, JobRunner* r) {
            ++started;
            runner = r;
        });

        auto other = std::make_unique<OtherConnection>(context_->store()->storeFile().string());
        other->exec("BEGIN IMMEDIATE");
        actions->request(ActionsTab::Action::Dedup);
        QVERIFY(actions->isPending(ActionsTab::Action::Dedup));
        QVERIFY(panel.selectDataset(QStringLiteral("other"))); // the user moves on
        other->exec("COMMIT");
        other.reset();
        QTRY_VERIFY_WITH_TIMEOUT(started == 1, kTimeoutMs);
        QVERIFY(runner == nullptr);
        QVERIFY(!actions->isPending(ActionsTab::Action::Dedup));
        QVERIFY(!context_->store()->datasetByName("web-dropped").has_value());
    }
};

QTEST_MAIN(TestInspectStoreLock)
#include "tst_inspect_store_lock.moc"
