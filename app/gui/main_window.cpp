#include "main_window.h"

#include "app_context.h"
#include "app_settings.h"
#include "file_dialogs.h"
#include "help_content.h"
#include "help_window.h"
#include "job_list_model.h"
#include "job_runner.h"
#include "jobs_dock.h"
#include "panel_plugin.h"
#include "plugins_page.h"
#include "settings_dialog.h"
#include "step_page.h"
#include "store/project_store.h"
#include "workflow_steps.h"

#include "file_dialogs.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QPointer>
#include <QThreadPool>

#include <atomic>
#include <exception>

namespace adaptlab::gui {

namespace {

const char* const kGeometryKey = "mainWindow/geometry";
const char* const kStateKey = "mainWindow/state";

} // namespace

MainWindow::MainWindow(const QStringList& pluginSearchPaths, QWidget* parent)
    : QMainWindow(parent), context_(new AppContext(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/adaptlab.png")));

    sidebar_ = new QListWidget(this);
    sidebar_->setObjectName(QStringLiteral("workflowSidebar"));
    sidebar_->setIconSize(QSize(22, 22));
    sidebar_->setFixedWidth(190);
    sidebar_->setSelectionMode(QAbstractItemView::SingleSelection);
    sidebar_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    pages_ = new QStackedWidget(this);
    pages_->setObjectName(QStringLiteral("centralPages"));

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(sidebar_);
    layout->addWidget(pages_, 1);
    setCentralWidget(central);

    jobsDock_ = new JobsDock(this);
    jobsDock_->setObjectName(QStringLiteral("jobsDock"));
    addDockWidget(Qt::BottomDockWidgetArea, jobsDock_);
    connect(context_, &AppContext::jobStarted, jobsDock_, &JobsDock::addRunner);
    connect(context_, &AppContext::runnerAttached, jobsDock_, &JobsDock::addRunner);
    // Reopening a project lists its runs from the store and follows every running one again,
    // whoever started it.
    connect(context_, &AppContext::projectChanged, jobsDock_,
            [this] { jobsDock_->setProjectDir(context_->projectDir()); });
    // A child writes its final status just after its final event: the panels hear of it from
    // the dock's next read of the store.
    connect(jobsDock_, &JobsDock::storedRunsChanged, context_, &AppContext::noteRunsChanged);
    connect(jobsDock_, &JobsDock::activeRunsWithoutRunner, context_, [this](const QList<qint64>& ids) {
        for (const qint64 id : ids)
            context_->followRun(id);
    });
    connect(jobsDock_->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, context_,
            [this](const QModelIndex& current) {
                context_->setCurrentRun(current.isValid() ? jobsDock_->model()->runIdAt(current.row()) : 0);
            });

    buildPages(pluginSearchPaths);
    buildMenus();
    buildStatusBar();

    connect(sidebar_, &QListWidget::currentRowChanged, pages_, &QStackedWidget::setCurrentIndex);
    connect(context_, &AppContext::projectChanged, this, &MainWindow::updateProjectDisplay);
    connect(context_, &AppContext::projectOpenStarted, this, &MainWindow::updateProjectDisplay);
    connect(context_, &AppContext::projectOpenFinished, this, &MainWindow::finishOpening);
    connect(context_, &AppContext::statusMessageRequested, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    sidebar_->setCurrentRow(0);

    // Every adaptlab-help: link (panel hints, step pages, tooltips) opens the Help window.
    QDesktopServices::setUrlHandler(QStringLiteral("adaptlab-help"), this, "openHelpUrl");

    resize(1200, 780);
    QSettings settings;
    restoreGeometry(settings.value(QLatin1String(kGeometryKey)).toByteArray());
    restoreState(settings.value(QLatin1String(kStateKey)).toByteArray());
    updateProjectDisplay();
}

MainWindow::~MainWindow()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("adaptlab-help"));
}

AppContext* MainWindow::context() const
{
    return context_;
}

const PluginCatalog& MainWindow::catalog() const
{
    return catalog_;
}

QList<PluginEntry> MainWindow::failedPlugins() const
{
    return catalog_.failedEntries() + panelFailures_;
}

void MainWindow::buildPages(const QStringList& pluginSearchPaths)
{
    const QStringList searchPaths =
        pluginSearchPaths.isEmpty() ? PluginCatalog::defaultSearchPaths() : pluginSearchPaths;
    catalog_.discover(searchPaths);

    // Panels per step, in catalog order (step, then "order", then name).
    QHash<QString, QList<QPair<QString, QWidget*>>> panels;
    const QStringList steps = PluginCatalog::workflowSteps();
    for (const PluginEntry& entry : catalog_.loadedEntries()) {
        PluginEntry failure = entry;
        failure.plugin = nullptr;
        if (!steps.contains(entry.step)) {
            failure.error = tr("its metadata names the workflow step \"%1\", which this build does "
                               "not have (known steps: %2)")
                                .arg(entry.step, steps.join(QStringLiteral(", ")));
            panelFailures_.append(failure);
            continue;
        }
        QWidget* widget = nullptr;
        try {
            entry.plugin->initialize(context_);
            widget = entry.plugin->createPanel(pages_);
            if (widget == nullptr)
                failure.error = tr("its createPanel() returned no widget");
        } catch (const std::exception& e) {
            failure.error = tr("it failed while creating its panel: %1")
                                .arg(QString::fromLocal8Bit(e.what()));
        } catch (...) {
            failure.error = tr("it failed while creating its panel");
        }
        if (widget == nullptr) {
            panelFailures_.append(failure);
            continue;
        }
        widget->setObjectName(widget->objectName().isEmpty()
                                  ? QStringLiteral("panel_%1").arg(entry.name)
                                  : widget->objectName());
        panels[entry.step].append({entry.name, widget});
        panelNamesByStep_[entry.step].append(entry.name);
        panelByName_.insert(entry.name, widget);
    }

    for (const QString& step : steps) {
        const auto& stepPanels = panels.value(step);
        QWidget* page = nullptr;
        if (stepPanels.isEmpty()) {
            page = new StepPage(step, context_, pages_);
        } else if (stepPanels.size() == 1) {
            page = stepPanels.front().second;
        } else {
            auto* tabs = new QTabWidget(pages_);
            tabs->setDocumentMode(true);
            for (const auto& [name, widget] : stepPanels) {
                const PluginEntry* entry = nullptr;
                for (const PluginEntry& e : catalog_.entries()) {
                    if (e.name == name && e.loaded())
                        entry = &e;
                }
                tabs->addTab(widget, entry ? QIcon(entry->icon) : QIcon(), name);
            }
            tabsByStep_.insert(step, tabs);
            page = tabs;
        }
        addPage(step, WorkflowSteps::title(step), WorkflowSteps::icon(step), page,
                !stepPanels.isEmpty());
    }

    pluginsPage_ = new PluginsPage(pages_);
    pluginsPage_->setEntries(catalog_.entries(), panelFailures_, searchPaths);
    const qsizetype failures = failedPlugins().size();
    const QString pluginsTitle =
        failures == 0 ? tr("Plugins") : tr("Plugins (%n failed)", "", static_cast<int>(failures));
    const QIcon pluginsIcon(failures == 0 ? QStringLiteral(":/icons/plugins.png")
                                          : QStringLiteral(":/icons/warning.png"));
    addPage(kPluginsKey, pluginsTitle, pluginsIcon, pluginsPage_, true);
}

void MainWindow::addPage(const QString& key, const QString& title, const QIcon& icon, QWidget* page,
                         bool available)
{
    auto* item = new QListWidgetItem(icon, title, sidebar_);
    item->setData(Qt::UserRole, key);
    if (!available) {
        item->setForeground(QColor(0x7a, 0x86, 0x92));
        item->setToolTip(tr("Not available in this build yet"));
    }
    pages_->addWidget(page);
    pageByKey_.insert(key, page);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAction = file->addAction(tr("&New Project…"), this, &MainWindow::newProject);
    newAction->setShortcut(QKeySequence::New);
    QAction* openAction = file->addAction(tr("&Open Project…"), this, &MainWindow::openProjectDialog);
    openAction->setShortcut(QKeySequence::Open);
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    recentMenu_->setObjectName(QStringLiteral("recentMenu"));
    connect(recentMenu_, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    QAction* closeAction = file->addAction(tr("&Close Project"), context_, &AppContext::closeProject);
    connect(context_, &AppContext::projectChanged, closeAction,
            [this, closeAction] { closeAction->setEnabled(context_->store() != nullptr); });
    closeAction->setEnabled(false);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* jobs = jobsDock_->toggleViewAction();
    jobs->setText(tr("&Jobs"));
    view->addAction(jobs);

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    QAction* settings = tools->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence::Preferences);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction* guide = help->addAction(tr("&User Guide"), this, [this] { showHelp(HelpContent::kGuide); });
    guide->setObjectName(QStringLiteral("helpGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    QAction* glossary = help->addAction(tr("&Glossary"), this, [this] { showHelp(HelpContent::kGlossary); });
    glossary->setObjectName(QStringLiteral("helpGlossaryAction"));
    // For developers and for finding out why a panel is missing: every plugin and the folders searched.
    QAction* plugins = help->addAction(tr("&Plugins"), this, [this] { showPage(kPluginsKey); });
    plugins->setObjectName(QStringLiteral("helpPluginsAction"));
    help->addSeparator();
    help->addAction(tr("&About AdaptLab"), this, &MainWindow::showAbout);
}

void MainWindow::buildStatusBar()
{
    projectLabel_ = new QLabel(this);
    projectLabel_->setObjectName(QStringLiteral("projectLabel"));
    deviceLabel_ = new QLabel(this);
    deviceLabel_->setObjectName(QStringLiteral("deviceLabel"));
    threadsLabel_ = new QLabel(this);
    threadsLabel_->setObjectName(QStringLiteral("threadsLabel"));
    blasLabel_ = new QLabel(this);
    blasLabel_->setObjectName(QStringLiteral("blasLabel"));
    statusBar()->addWidget(projectLabel_, 1);
    statusBar()->addPermanentWidget(deviceLabel_);
    statusBar()->addPermanentWidget(threadsLabel_);
    statusBar()->addPermanentWidget(blasLabel_);
    deviceLabel_->setText(tr("Device: not configured"));
}

void MainWindow::setRuntimeInfo(const runtime::RuntimeInfo& info)
{
    runtimeInfo_ = info;
    deviceLabel_->setText(tr("Device: %1").arg(QString::fromStdString(info.device)));
    deviceLabel_->setToolTip(info.cudaAvailable
                                 ? tr("CUDA devices visible: %1").arg(info.cudaDeviceCount)
                                 : tr("No CUDA device is visible to this build."));
    threadsLabel_->setText(tr("Torch threads: %1").arg(info.torchThreads));
    threadsLabel_->setToolTip(tr("Cores available to AdaptLab: %1").arg(info.coresAvailable));
    // The kernels and their measured speed say whether training runs as fast as this CPU allows.
    QString blas = blasText(info);
    if (!info.blasCore.empty())
        blas = tr("%1, %2 kernels", "BLAS, OpenBLAS core").arg(blas, QString::fromStdString(info.blasCore));
    if (info.sgemmGflops > 0.0)
        blas = tr("%1, %2 GFLOP/s", "BLAS, measured sgemm speed").arg(blas).arg(info.sgemmGflops, 0, 'f', 0);
    blasLabel_->setText(tr("BLAS: %1").arg(blas));
    QString tip = QString::fromStdString(info.blasLibrary);
    if (!info.blasCoreChoice.empty())
        tip += QLatin1Char('\n') + tr("Kernels: %1").arg(QString::fromStdString(info.blasCoreChoice));
    blasLabel_->setToolTip(tip);
    // Measuring takes 0.1-2 s of both cores: on a pool thread, once per process; the label follows.
    static std::atomic<bool> measuring{false};
    if (info.sgemmGflops <= 0.0 && !measuring.exchange(true)) {
        QThreadPool::globalInstance()->start([window = QPointer<MainWindow>(this)] {
            double gflops = 0.0;
            try {
                gflops = runtime::measureSgemmGflops();
            } catch (const std::exception&) {
                return; // LibTorch did not load: the label already says what is known
            }
            QMetaObject::invokeMethod(qApp, [window, gflops] {
                if (window.isNull())
                    return;
                runtime::RuntimeInfo updated = window->runtimeInfo();
                updated.sgemmGflops = gflops;
                window->setRuntimeInfo(updated);
            }, Qt::QueuedConnection);
        });
    }
}

runtime::RuntimeInfo MainWindow::runtimeInfo() const
{
    return runtimeInfo_;
}

QString MainWindow::blasText(const runtime::RuntimeInfo& info)
{
    const QString name = QString::fromStdString(info.blasName);
    switch (info.blasKind) {
    case runtime::BlasKind::Reference:
        return tr("reference BLAS (slow: install libopenblas0-openmp)");
    case runtime::BlasKind::Unknown:
        return tr("unknown BLAS");
    case runtime::BlasKind::BuiltIntoTorch:
        return name.isEmpty() ? tr("built into LibTorch") : tr("%1 (built into LibTorch)").arg(name);
    default:
        break;
    }
    QStringList details;
    if (info.blasThreading == "openmp")
        details << tr("openmp");
    else if (info.blasThreading == "pthreads")
        details << tr("pthreads");
    else if (info.blasThreading == "sequential")
        details << tr("sequential");
    if (info.blasThreads > 0)
        details << (info.blasThreads == 1 ? tr("1 thread") : tr("%1 threads").arg(info.blasThreads));
    return details.isEmpty() ? name : tr("%1 (%2)", "BLAS name (threading, threads)").arg(name, details.join(tr(", ")));
}

HelpWindow* MainWindow::helpWindow() const
{
    return helpWindow_;
}

void MainWindow::showHelp(const QString& page, const QString& anchor)
{
    if (helpWindow_ == nullptr)
        helpWindow_ = new HelpWindow(this);
    helpWindow_->showEntry(page, anchor);
}

void MainWindow::openHelpUrl(const QUrl& url)
{
    if (url.scheme() != QLatin1String("adaptlab-help"))
        return;
    showHelp(url.path(), url.fragment());
}

bool MainWindow::openProject(const QString& dir, ErrorDisplay display)
{
    if (dir.isEmpty())
        return false;
    requestProject(dir, false, display);
    return true;
}

bool MainWindow::createProject(const QString& dir, ErrorDisplay display)
{
    if (dir.isEmpty())
        return false;
    requestProject(dir, true, display);
    return true;
}

bool MainWindow::isOpeningProject() const
{
    return context_->isOpening();
}

void MainWindow::requestProject(const QString& dir, bool create, ErrorDisplay display)
{
    creating_ = create;
    openingDisplay_ = display;
    lastError_.clear();
    // The store opens (and may migrate, or wait for another process's lock) on a worker thread.
    if (create)
        context_->requestCreateProject(dir);
    else
        context_->requestOpenProject(dir);
}

void MainWindow::finishOpening(const QString& dir, const QString& error)
{
    updateProjectDisplay();
    if (error.isEmpty()) {
        lastError_.clear();
        AppSettings::addRecentProject(context_->projectDir());
        return;
    }
    lastError_ = error;
    if (openingDisplay_ != ErrorDisplay::MessageBox)
        return;
    if (creating_)
        showError(tr("Cannot Create Project"),
                  tr("No project could be created in %1.").arg(QDir::toNativeSeparators(dir)), error);
    else
        showError(tr("Cannot Open Project"),
                  tr("The folder %1 could not be opened as an AdaptLab project.").arg(QDir::toNativeSeparators(dir)),
                  error);
}

QString MainWindow::lastError() const
{
    return lastError_;
}

void MainWindow::showError(const QString& title, const QString& text, const QString& details)
{
    // Window-modal but not blocking: the event loop (and tests) keep running.
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("projectErrorBox"));
    box->setInformativeText(context_->store() != nullptr
                                ? tr("%1\n\nThe current project stays open.").arg(details)
                                : details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::updateProjectDisplay()
{
    if (context_->isOpening()) {
        // The current project (if any) stays usable until the new one is there.
        const QString opening = QDir::toNativeSeparators(context_->openingPath());
        projectLabel_->setText(tr("Opening %1…").arg(opening));
        projectLabel_->setToolTip(opening);
        return;
    }
    if (context_->store() == nullptr) {
        projectLabel_->setText(tr("No project open"));
        projectLabel_->setToolTip(QString());
        setWindowTitle(tr("AdaptLab"));
        return;
    }
    const QString dir = QDir::toNativeSeparators(context_->projectDir());
    projectLabel_->setText(tr("Project: %1").arg(dir));
    projectLabel_->setToolTip(dir);
    setWindowTitle(tr("%1 — AdaptLab").arg(QFileInfo(context_->projectDir()).fileName()));
}

void MainWindow::rebuildRecentMenu()
{
    recentMenu_->clear();
    const QStringList recent = AppSettings::recentProjects();
    for (const QString& dir : recent) {
        QAction* action = recentMenu_->addAction(QDir::toNativeSeparators(dir));
        connect(action, &QAction::triggered, this, [this, dir] { openProject(dir); });
    }
    if (recent.isEmpty()) {
        recentMenu_->addAction(tr("No recent projects"))->setEnabled(false);
        return;
    }
    recentMenu_->addSeparator();
    recentMenu_->addAction(tr("Clear Menu"), this, [] { AppSettings::clearRecentProjects(); });
}

void MainWindow::newProject()
{
    const QString dir = adaptlab::getExistingDirectory(
        this, tr("Choose an Empty Folder for the New Project"), QDir::homePath());
    if (!dir.isEmpty())
        createProject(dir);
}

void MainWindow::openProjectDialog()
{
    const QString start = context_->store() != nullptr ? context_->projectDir() : QDir::homePath();
    const QString dir = adaptlab::getExistingDirectory(this, tr("Open Project Folder"), start);
    if (!dir.isEmpty())
        openProject(dir);
}

void MainWindow::showSettings()
{
    auto* dialog = new SettingsDialog(runtimeInfo_.cudaAvailable, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString oldPolicy = AppSettings::devicePolicy();
        dialog->save();
        if (dialog->devicePolicy() != oldPolicy)
            applyDevicePolicy(dialog->devicePolicy());
    });
    dialog->open();
}

void MainWindow::applyDevicePolicy(const QString& policy)
{
    try {
        setRuntimeInfo(runtime::configure(runtime::devicePolicyFromString(policy.toStdString())));
        statusBar()->showMessage(tr("Device policy set to %1.").arg(policy), 8000);
    } catch (const std::exception& e) {
        showError(tr("Cannot Use This Device"), tr("The device policy could not be applied."),
                  QString::fromLocal8Bit(e.what()));
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About AdaptLab"),
        tr("<h3>AdaptLab %1</h3><p>A workbench for turning a general language model into a "
           "specialist: inspect corpora, plan a data mixture, continue pre-training or fine-tune, "
           "and compare what each run learned.</p><p>Torch %2 on %3.</p>")
            .arg(QCoreApplication::applicationVersion(),
                 QString::fromStdString(runtimeInfo_.torchVersion),
                 QString::fromStdString(runtimeInfo_.device)));
}

QStringList MainWindow::sidebarKeys() const
{
    QStringList keys;
    for (int row = 0; row < sidebar_->count(); ++row)
        keys << sidebar_->item(row)->data(Qt::UserRole).toString();
    return keys;
}

QWidget* MainWindow::pageFor(const QString& key) const
{
    return pageByKey_.value(key);
}

QString MainWindow::currentKey() const
{
    const QListWidgetItem* item = sidebar_->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QStringList MainWindow::panelsFor(const QString& step) const
{
    return panelNamesByStep_.value(step);
}

QWidget* MainWindow::panel(const QString& name) const
{
    return panelByName_.value(name);
}

bool MainWindow::showPage(const QString& nameOrStep)
{
    const QStringList keys = sidebarKeys();
    // A panel by name first: it is the more specific match.
    for (auto it = panelNamesByStep_.cbegin(); it != panelNamesByStep_.cend(); ++it) {
        for (const QString& name : it.value()) {
            if (name.compare(nameOrStep, Qt::CaseInsensitive) != 0)
                continue;
            sidebar_->setCurrentRow(static_cast<int>(keys.indexOf(it.key())));
            if (QTabWidget* tabs = tabsByStep_.value(it.key()))
                tabs->setCurrentWidget(panelByName_.value(name));
            return true;
        }
    }
    for (int row = 0; row < sidebar_->count(); ++row) {
        const QListWidgetItem* item = sidebar_->item(row);
        if (item->data(Qt::UserRole).toString().compare(nameOrStep, Qt::CaseInsensitive) == 0 ||
            WorkflowSteps::title(item->data(Qt::UserRole).toString())
                    .compare(nameOrStep, Qt::CaseInsensitive) == 0) {
            sidebar_->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QListWidget* MainWindow::sidebar() const
{
    return sidebar_;
}

QStackedWidget* MainWindow::pages() const
{
    return pages_;
}

JobsDock* MainWindow::jobsDock() const
{
    return jobsDock_;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Runs do not need the window: keeping them running is the default. Stopping only signals
    // them (detached `adaptlab-cli runs stop`); the window never waits for a child to exit.
    const QList<JobRunner*> active = context_->activeRunners();
    if (!active.isEmpty()) {
        QMessageBox box(this);
        box.setObjectName(QStringLiteral("closeWithRunsBox"));
        box.setIcon(QMessageBox::Question);
        box.setWindowTitle(tr("Runs are still going"));
        box.setText(tr("%n run(s) of this project are still going.", nullptr,
                       static_cast<int>(active.size())));
        box.setInformativeText(tr("They can keep running without the window: when you open the "
                                  "project again, the Jobs dock shows their progress and results. "
                                  "Or stop them now; each gets its grace period to save its work."));
        QPushButton* keep = box.addButton(tr("Keep them running"), QMessageBox::AcceptRole);
        keep->setObjectName(QStringLiteral("keepRunsButton"));
        QPushButton* stop = box.addButton(tr("Stop them"), QMessageBox::DestructiveRole);
        stop->setObjectName(QStringLiteral("stopRunsButton"));
        QPushButton* cancel = box.addButton(QMessageBox::Cancel);
        cancel->setObjectName(QStringLiteral("cancelCloseButton"));
        box.setDefaultButton(keep);
        box.setEscapeButton(cancel);
        box.exec();
        if (box.clickedButton() != keep && box.clickedButton() != stop) {
            event->ignore();
            return;
        }
        if (box.clickedButton() == stop)
            context_->stopActiveRuns();
    }
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kStateKey), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace adaptlab::gui
