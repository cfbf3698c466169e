// The main window as users get it: real plugins from the build tree, a real project store.
#include "app_context.h"
#include "app_settings.h"
#include "app_style.h"
#include "close_prompt.h"
#include "app_test_support.h"
#include "gui_test_support.h"
#include "main_window.h"
#include "plugins_page.h"
#include "settings_dialog.h"
#include "stat_card.h"
#include "step_page.h"

#include "job_list_model.h"
#include "job_runner.h"
#include "jobs_dock.h"
#include "runtime/runtime.h"
#include "store/project_store.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using adaptlab::PluginCatalog;
using adaptlab::StatCard;
using adaptlab::gui::AppSettings;
using adaptlab::gui::MainWindow;
namespace store = adaptlab::store;
namespace testing = adaptlab::testing;

const QString kScanSpec =
    QStringLiteral(R"({"version": 1, "kind": "scan_dataset", "params": {"datasets": ["gcide"]}})");

class TestMainWindow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir temp_;
    QString pluginDir_;
    QString projectDir_;
    std::unique_ptr<MainWindow> window_;

    QWidget* overview() const { return window_->panel(QStringLiteral("Overview")); }
    // The overview reads the store on its own thread: runs events until it has shown the answer
    // to a refresh (a new one when `ask`, else the one already on its way). No time limit.
    void waitForOverview(bool ask = true) const
    {
        QSignalSpy shown(overview(), SIGNAL(refreshed()));
        if (ask)
            QMetaObject::invokeMethod(overview(), "refresh");
        while (shown.isEmpty())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    StatCard* card(const char* name) const
    {
        return overview() ? overview()->findChild<StatCard*>(QLatin1String(name)) : nullptr;
    }
    void closeErrorBoxes()
    {
        for (QMessageBox* box : window_->findChildren<QMessageBox*>())
            box->close();
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(temp_.isValid());
        testing::isolateSettings(temp_);
        adaptlab::gui::applyAppStyle(*qApp);
        pluginDir_ = qEnvironmentVariable("ADAPTLAB_BUILD_DIR") + QStringLiteral("/plugins");
        projectDir_ = temp_.filePath(QStringLiteral("sample-project"));
        testing::makeSampleProject(projectDir_);

        window_ = std::make_unique<MainWindow>(QStringList{pluginDir_});
        window_->setRuntimeInfo(adaptlab::runtime::configure());
        window_->resize(1280, 800);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    }

    void cleanupTestCase()
    {
        window_.reset();
    }

    void discoversTheOverviewPlugin()
    {
        QStringList loaded;
        for (const auto& entry : window_->catalog().loadedEntries())
            loaded << entry.name;
        QVERIFY2(loaded.contains(QStringLiteral("Overview")),
                 qPrintable(window_->catalog().describe().join(QLatin1Char('\n'))));
        QCOMPARE(window_->panelsFor(QStringLiteral("Project")), QStringList{QStringLiteral("Overview")});
        QVERIFY(overview() != nullptr);
        QCOMPARE(window_->pageFor(QStringLiteral("Project")), overview());
    }

    void everyStepHasAPage()
    {
        QStringList expected = PluginCatalog::workflowSteps();
        expected << MainWindow::kPluginsKey;
        QCOMPARE(window_->sidebarKeys(), expected);
        QCOMPARE(window_->sidebar()->count(), expected.size());
        QCOMPARE(window_->pages()->count(), expected.size());
        for (const QString& step : PluginCatalog::workflowSteps()) {
            QWidget* page = window_->pageFor(step);
            QVERIFY2(page != nullptr, qPrintable(step));
            if (window_->panelsFor(step).isEmpty()) {
                // A step without a panel says so; it is never a fake panel.
                auto* stepPage = qobject_cast<adaptlab::gui::StepPage*>(page);
                QVERIFY2(stepPage != nullptr, qPrintable(step));
                auto* notice = stepPage->findChild<QLabel*>(QStringLiteral("notAvailableNotice"));
                QVERIFY(notice != nullptr);
                QVERIFY(notice->text().contains(QStringLiteral("Not in AdaptLab yet")));
            }
        }
    }

    void showsEmptyStateWithoutProject()
    {
        QVERIFY(window_->context()->store() == nullptr);
        QVERIFY(card("datasetsCard") != nullptr);
        QVERIFY(!card("datasetsCard")->isVisibleTo(overview()));
        auto* label = window_->findChild<QLabel*>(QStringLiteral("projectLabel"));
        QVERIFY(label != nullptr);
        QCOMPARE(label->text(), QStringLiteral("No project open"));
        window_->showPage(QStringLiteral("Project"));
        QTest::qWait(50);
        window_->grab().save(testing::screenshotDir() + QStringLiteral("/main_window_empty.png"));
    }

    void statusBarShowsRuntime()
    {
        const adaptlab::runtime::RuntimeInfo info = window_->runtimeInfo();
        auto text = [this](const char* name) {
            auto* label = window_->findChild<QLabel*>(QLatin1String(name));
            return label ? label->text() : QString();
        };
        QCOMPARE(text("deviceLabel"), QStringLiteral("Device: %1").arg(QString::fromStdString(info.device)));
        QCOMPARE(text("threadsLabel"), QStringLiteral("Torch threads: %1").arg(info.torchThreads));
        QVERIFY(info.torchThreads >= 1);
        QVERIFY2(text("blasLabel").startsWith(QStringLiteral("BLAS: %1").arg(QString::fromStdString(info.blas))),
                 qPrintable(text("blasLabel")));
        QVERIFY(!info.blas.empty());
        if (!info.blasCore.empty())
            QVERIFY2(text("blasLabel").contains(QString::fromStdString(info.blasCore) + " kernels"), qPrintable(text("blasLabel")));
        // Measured on a pool thread after start; the label follows.
        QTRY_VERIFY_WITH_TIMEOUT(text("blasLabel").contains(" GFLOP/s"), 120000);
    }

    void opensProjectAndShowsCounts()
    {
        QSignalSpy changed(window_->context(), &adaptlab::PanelContext::projectChanged);
        // The store opens on a worker thread: the window says so and stays usable meanwhile.
        QVERIFY(window_->openProject(projectDir_));
        QVERIFY(window_->isOpeningProject());
        QVERIFY2(window_->findChild<QLabel*>(QStringLiteral("projectLabel"))->text().startsWith(QStringLiteral("Opening ")),
                 qPrintable(window_->findChild<QLabel*>(QStringLiteral("projectLabel"))->text()));
        QTRY_VERIFY_WITH_TIMEOUT(!window_->isOpeningProject(), 120000);
        QVERIFY2(window_->lastError().isEmpty(), qPrintable(window_->lastError()));
        QCOMPARE(changed.count(), 1);
        QVERIFY(window_->context()->store() != nullptr);
        QVERIFY(card("datasetsCard")->isVisibleTo(overview()));
        waitForOverview();

        const testing::ProjectCounts expected;
        QCOMPARE(card("datasetsCard")->value(), QString::number(expected.datasets));
        QCOMPARE(card("runsCard")->value(), QString::number(expected.runs));
        QCOMPARE(card("runsCard")->caption(),
                 QStringLiteral("runs: %1 running, %2 done, %3 failed")
                     .arg(expected.running).arg(expected.done).arg(expected.failed));
        QCOMPARE(card("metricsCard")->value(), QString::number(expected.metrics));
        QCOMPARE(card("artifactsCard")->value(), QString::number(expected.artifacts));

        auto* datasets = overview()->findChild<QTableView*>(QStringLiteral("datasetTable"));
        auto* runs = overview()->findChild<QTableView*>(QStringLiteral("runTable"));
        QVERIFY(datasets && runs);
        QCOMPARE(datasets->model()->rowCount(), expected.datasets);
        QCOMPARE(runs->model()->rowCount(), expected.runs);
        // Sorted by name: foldoc before gcide; the uncounted one says so instead of "-1".
        QCOMPARE(datasets->model()->index(0, 0).data().toString(), QStringLiteral("foldoc"));
        QCOMPARE(datasets->model()->index(0, 2).data().toString(), QStringLiteral("not counted"));
        // Newest run first.
        QCOMPARE(runs->model()->index(0, 1).data().toString(), QStringLiteral("train"));
        QCOMPARE(runs->model()->index(0, 2).data().toString(), QStringLiteral("running"));

        auto* label = window_->findChild<QLabel*>(QStringLiteral("projectLabel"));
        QVERIFY(label->text().contains(QStringLiteral("sample-project")));
        QVERIFY(window_->windowTitle().startsWith(QStringLiteral("sample-project")));
        QCOMPARE(AppSettings::recentProjects().value(0), QDir::cleanPath(projectDir_));
    }

    void refreshesWhenTheStoreChanges()
    {
        {
            // Another writer (as the CLI child would be) adds a dataset.
            auto other = store::ProjectStore::open(projectDir_.toStdString());
            store::DatasetRecord extra;
            extra.name = "wiki-sample";
            extra.path = "datasets/wiki.txt";
            extra.format = "txt";
            other.addDataset(extra);
        }
        QCOMPARE(card("datasetsCard")->value(), QStringLiteral("2"));
        {
            QSignalSpy shown(overview(), SIGNAL(refreshed()));
            window_->context()->notifyStoreChanged();
            while (shown.isEmpty())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        }
        QCOMPARE(card("datasetsCard")->value(), QStringLiteral("3"));
    }

    void refusesABadJobSpec()
    {
        auto* context = window_->context();
        const auto runsBefore = context->store()->counts().runs;
        QString error;
        adaptlab::JobRunner* runner =
            context->startJob(QStringLiteral(R"({"version": 1, "kind": "no_such_job"})"), &error);
        QVERIFY(runner == nullptr);
        QVERIFY2(error.contains(QStringLiteral("kind")), qPrintable(error));
        QCOMPARE(context->store()->counts().runs, runsBefore); // nothing written
        runner = context->startJob(QStringLiteral("{not json"), &error);
        QVERIFY(runner == nullptr);
        QVERIFY(!error.isEmpty());
    }

    void brokenProjectShowsErrorAndKeepsTheOldOne_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("not sqlite") << QStringLiteral("garbage");
        QTest::newRow("missing folder") << QStringLiteral("missing");
        QTest::newRow("plain folder") << QStringLiteral("empty");
    }

    void brokenProjectShowsErrorAndKeepsTheOldOne()
    {
        QFETCH(QString, what);
        const QString bad = temp_.filePath(QStringLiteral("bad-") + what);
        if (what == QLatin1String("garbage")) {
            QDir().mkpath(bad);
            QFile file(bad + QStringLiteral("/project.adaptlab"));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("this is not an AdaptLab store, nor SQLite at all\n");
        } else if (what == QLatin1String("empty")) {
            QDir().mkpath(bad);
        }
        const QString before = window_->context()->projectDir();
        QVERIFY(!before.isEmpty());

        QVERIFY(window_->openProject(bad));
        QTRY_VERIFY_WITH_TIMEOUT(!window_->isOpeningProject(), 120000);
        QVERIFY(!window_->lastError().isEmpty());
        QCOMPARE(window_->context()->projectDir(), before);
        QVERIFY(window_->context()->store() != nullptr);
        QVERIFY(card("datasetsCard")->isVisibleTo(overview()));

        QMessageBox* box = window_->findChild<QMessageBox*>(QStringLiteral("projectErrorBox"));
        QVERIFY(box != nullptr);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->informativeText().contains(window_->lastError()));
        QVERIFY(box->text().contains(QDir::toNativeSeparators(bad)));
        if (what == QLatin1String("garbage")) {
            QTest::qWait(50); // let pending layout requests run before the grab
            window_->grab().save(testing::screenshotDir() + QStringLiteral("/main_window_error.png"));
            box->grab().save(testing::screenshotDir() + QStringLiteral("/main_window_error_box.png"));
            // The garbage file is left as it was: opening changes nothing.
            QFile file(bad + QStringLiteral("/project.adaptlab"));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), QByteArray("this is not an AdaptLab store, nor SQLite at all\n"));
        }
        closeErrorBoxes();
        QVERIFY(!AppSettings::recentProjects().contains(QDir::cleanPath(bad)));
    }

    void showPageFindsPanelsAndSteps()
    {
        QVERIFY(window_->showPage(QStringLiteral("train")));
        QCOMPARE(window_->currentKey(), QStringLiteral("Train"));
        QCOMPARE(window_->pages()->currentWidget(), window_->pageFor(QStringLiteral("Train")));
        QVERIFY(window_->showPage(QStringLiteral("overview")));
        QCOMPARE(window_->currentKey(), QStringLiteral("Project"));
        QVERIFY(window_->showPage(QStringLiteral("Plugins")));
        QCOMPARE(window_->currentKey(), MainWindow::kPluginsKey);
        QVERIFY(!window_->showPage(QStringLiteral("no such panel")));
        QCOMPARE(window_->currentKey(), MainWindow::kPluginsKey);
    }

    void screenshots()
    {
        const QString dir = testing::screenshotDir();
        for (const QString& key : window_->sidebarKeys()) {
            QVERIFY(window_->showPage(key));
            QTest::qWait(50);
            const QPixmap shot = window_->grab();
            QCOMPARE(shot.size(), window_->size());
            QVERIFY(shot.save(dir + QStringLiteral("/main_window_%1.png").arg(key.toLower())));
        }
        QVERIFY(window_->showPage(QStringLiteral("Project")));
        QTest::qWait(50);
        QVERIFY(window_->grab().save(dir + QStringLiteral("/main_window.png")));
    }

    void brokenPluginBecomesAnErrorEntry()
    {
        // A library that is not a plugin at all, and a text file named like one.
        QTemporaryDir pluginDir;
        QFile junk(pluginDir.filePath(QStringLiteral("libbroken_panel.so")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
        junk.close();

        MainWindow window(QStringList{pluginDir.path(), pluginDir_});
        QVERIFY(window.panel(QStringLiteral("Overview")) != nullptr); // the rest still works
        const auto failed = window.failedPlugins();
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.front().fileName.endsWith(QStringLiteral("libbroken_panel.so")));
        QVERIFY(!failed.front().error.isEmpty());

        const int pluginsRow = static_cast<int>(window.sidebarKeys().indexOf(MainWindow::kPluginsKey));
        QCOMPARE(window.sidebar()->item(pluginsRow)->text(), QStringLiteral("Plugins (1 failed)"));
        auto* page = qobject_cast<adaptlab::gui::PluginsPage*>(window.pageFor(MainWindow::kPluginsKey));
        QVERIFY(page != nullptr);
        bool listed = false;
        for (int row = 0; row < page->list()->topLevelItemCount(); ++row) {
            const QTreeWidgetItem* item = page->list()->topLevelItem(row);
            if (item->text(adaptlab::gui::PluginsPage::File).endsWith(QStringLiteral("libbroken_panel.so"))) {
                listed = true;
                QCOMPARE(item->text(adaptlab::gui::PluginsPage::Status), QStringLiteral("Failed"));
                QCOMPARE(item->text(adaptlab::gui::PluginsPage::Details), failed.front().error);
            }
        }
        QVERIFY(listed);
        window.resize(1280, 800);
        window.showPage(MainWindow::kPluginsKey);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* failures = page->findChild<QLabel*>(QStringLiteral("pluginFailures"));
        QVERIFY(failures != nullptr && failures->isVisible());
        QVERIFY(failures->text().contains(QStringLiteral("libbroken_panel.so")));
        QTest::qWait(50);
        window.grab().save(testing::screenshotDir() + QStringLiteral("/main_window_plugin_error.png"));
    }

    void settingsDialogStoresChoices()
    {
        adaptlab::gui::SettingsDialog dialog(/*cudaAvailable=*/false);
        auto* device = dialog.findChild<QComboBox*>(QStringLiteral("deviceBox"));
        QVERIFY(device != nullptr);
        auto* model = qobject_cast<QStandardItemModel*>(device->model());
        QVERIFY(model != nullptr);
        QVERIFY(!model->item(device->findData(QStringLiteral("cuda")))->isEnabled());
        dialog.setLanguage(QStringLiteral("zh_CN"));
        dialog.setDevicePolicy(QStringLiteral("cpu"));
        dialog.save();
        QCOMPARE(AppSettings::language(), QStringLiteral("zh_CN"));
        QCOMPARE(AppSettings::devicePolicy(), QStringLiteral("cpu"));
        QCOMPARE(QSettings().value(QStringLiteral("interface/language")).toString(),
                 QStringLiteral("zh_CN"));
        AppSettings::setLanguage(QStringLiteral("en"));
        AppSettings::setDevicePolicy(QStringLiteral("auto"));
    }

    void recentProjectsAreCappedAndPruned()
    {
        AppSettings::clearRecentProjects();
        QStringList made;
        for (int i = 0; i < AppSettings::kMaxRecentProjects + 2; ++i) {
            const QString dir = temp_.filePath(QStringLiteral("recent-%1").arg(i));
            store::ProjectStore::create(dir.toStdString());
            AppSettings::addRecentProject(dir);
            made.prepend(QDir::cleanPath(dir));
        }
        QStringList recent = AppSettings::recentProjects();
        QCOMPARE(recent, made.mid(0, AppSettings::kMaxRecentProjects));
        // A project that disappears is dropped from the list (and from the stored setting).
        QVERIFY(QDir(made.front()).removeRecursively());
        recent = AppSettings::recentProjects();
        QCOMPARE(recent.size(), AppSettings::kMaxRecentProjects - 1);
        QVERIFY(!recent.contains(made.front()));
        QCOMPARE(QSettings().value(QStringLiteral("projects/recent")).toStringList(), recent);
        // Re-adding moves a project to the top without duplicating it.
        AppSettings::addRecentProject(made.at(3));
        recent = AppSettings::recentProjects();
        QCOMPARE(recent.front(), made.at(3));
        QCOMPARE(recent.count(made.at(3)), 1);
    }

    // A job whose program fails: the run row exists, the dock lists the job, and the run is
    // recorded as failed even though the child never wrote to the store.
    void failedJobIsRecorded()
    {
        auto* context = window_->context();
        const auto runsBefore = context->store()->counts().runs;
        context->setJobProgram(QStringLiteral("/bin/false"));
        QSignalSpy storeChanged(context, &adaptlab::PanelContext::storeChanged);
        QString error;
        adaptlab::JobRunner* runner = context->startJob(kScanSpec, &error);
        QVERIFY2(runner != nullptr, qPrintable(error));
        QSignalSpy finished(runner, &adaptlab::JobRunner::finished);
        QVERIFY(finished.wait(30000));
        QCOMPARE(runner->state(), adaptlab::JobRunner::State::Failed);
        QVERIFY(window_->jobsDock()->model()->rowCount() >= 1);
        // The verdict is written by the context's StoreWriter; storeChanged() follows the write.
        QTRY_VERIFY_WITH_TIMEOUT(storeChanged.count() >= 2, 30000); // started, finished

        const auto runs = context->store()->runs();
        QCOMPARE(static_cast<qint64>(runs.size()), runsBefore + 1);
        QCOMPARE(runs.front().kind, std::string("scan_dataset"));
        QCOMPARE(store::toString(runs.front().status), std::string("failed"));
        QVERIFY(!runs.front().message.empty());
        waitForOverview();
        QCOMPARE(card("runsCard")->value(), QString::number(runsBefore + 1));
    }

    // The real path: adaptlab-cli runs the job, writes to the store, and the overview follows.
    void scanJobRunsThroughTheCli()
    {
        const QString cli = qEnvironmentVariable("ADAPTLAB_BUILD_DIR") + QStringLiteral("/bin/adaptlab-cli");
        QVERIFY2(QFileInfo(cli).isExecutable(), qPrintable(cli));
        QDir().mkpath(projectDir_ + QStringLiteral("/datasets"));
        QFile corpus(projectDir_ + QStringLiteral("/datasets/gcide.jsonl"));
        QVERIFY(corpus.open(QIODevice::WriteOnly));
        corpus.write("{\"text\": \"Abacus: a frame with beads for counting.\"}\n"
                     "{\"text\": \"Abbey: a monastery ruled by an abbot.\"}\n"
                     "{\"text\": \"Abide: to wait; to stay.\"}\n");
        corpus.close();

        auto* context = window_->context();
        context->setJobProgram(cli);
        QString error;
        adaptlab::JobRunner* runner = context->startJob(kScanSpec, &error);
        QVERIFY2(runner != nullptr, qPrintable(error));
        QSignalSpy finished(runner, &adaptlab::JobRunner::finished);
        QVERIFY(finished.wait(60000));
        QVERIFY2(runner->state() == adaptlab::JobRunner::State::Finished,
                 qPrintable(runner->errorString()));

        const auto run = context->store()->runs().front();
        QCOMPARE(store::toString(run.status), std::string("done"));
        QCOMPARE(context->store()->datasetByName("gcide")->documents, 3);
        waitForOverview();
        auto* datasets = overview()->findChild<QTableView*>(QStringLiteral("datasetTable"));
        bool shown = false;
        for (int row = 0; row < datasets->model()->rowCount(); ++row) {
            if (datasets->model()->index(row, 0).data().toString() == QLatin1String("gcide"))
                shown = datasets->model()->index(row, 2).data().toString() == QLatin1String("3");
        }
        QVERIFY(shown);
        QTest::qWait(50);
        window_->grab().save(testing::screenshotDir() + QStringLiteral("/main_window_job.png"));
    }

    void closeProjectShowsEmptyState()
    {
        window_->context()->closeProject();
        QVERIFY(window_->context()->store() == nullptr);
        QVERIFY(!card("datasetsCard")->isVisibleTo(overview()));
        QVERIFY2(testing::openProjectAndWait(*window_, projectDir_, MainWindow::ErrorDisplay::MessageBox),
                 qPrintable(window_->lastError()));
    }

    void geometryIsSavedOnClose()
    {
        QSettings().remove(QStringLiteral("mainWindow"));
        window_->resize(1111, 777);
        // The sample project has a run the store calls running: the window asks about it.
        testing::answerRunsPrompt(QStringLiteral("keepRunsButton"));
        QVERIFY(window_->close());
        const QByteArray geometry = QSettings().value(QStringLiteral("mainWindow/geometry")).toByteArray();
        QVERIFY(!geometry.isEmpty());
        MainWindow again(QStringList{pluginDir_});
        QCOMPARE(again.size(), QSize(1111, 777));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
