// The AdaptLab main window: a workflow sidebar (one entry per step, plus "Plugins"), the central
// stack with the panels discovered for each step, the Jobs dock, a status bar with the project
// and the runtime (device, torch threads, BLAS) and the Help menu (user guide, glossary, plugins,
// about). It handles adaptlab-help: links for the whole app. Built directly by tests, so
// everything a test needs to look at is reachable from here.
#pragma once

#include "plugin_catalog.h"
#include "runtime/runtime.h"

#include <QHash>
#include <QList>
#include <QMainWindow>
#include <QString>
#include <QStringList>
#include <QUrl>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTabWidget;

namespace adaptlab {
class JobsDock;
class JobRunner;
}

namespace adaptlab::gui {

class AppContext;
class HelpWindow;
class PluginsPage;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    // The key of the sidebar entry that lists every plugin and why any failed.
    static inline const QString kPluginsKey = QStringLiteral("Plugins");

    // Discovers panel plugins in pluginSearchPaths (PluginCatalog::defaultSearchPaths() when
    // empty) and builds one page per workflow step.
    explicit MainWindow(const QStringList& pluginSearchPaths = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    AppContext* context() const;
    const PluginCatalog& catalog() const;
    // Every entry that failed: from discovery, plus plugins whose createPanel() failed.
    QList<PluginEntry> failedPlugins() const;

    // Shows the runtime in the status bar (main() calls runtime::configure() once).
    void setRuntimeInfo(const runtime::RuntimeInfo& info);
    runtime::RuntimeInfo runtimeInfo() const;

    enum class ErrorDisplay { MessageBox, Silent };
    // Opens or creates a project on a worker thread (AppContext::requestOpenProject): the window
    // says "Opening…" and stays responsive meanwhile; projectOpenFinished() tells the outcome.
    // On failure the current project stays open, lastError() says why, and (with MessageBox) a
    // window-modal, non-blocking message box shows it. False only when DIR is empty (nothing
    // was asked).
    bool openProject(const QString& dir, ErrorDisplay display = ErrorDisplay::MessageBox);
    bool createProject(const QString& dir, ErrorDisplay display = ErrorDisplay::MessageBox);
    bool isOpeningProject() const;
    QString lastError() const;

    // Sidebar keys in order: the workflow steps, then kPluginsKey.
    QStringList sidebarKeys() const;
    QWidget* pageFor(const QString& key) const;
    QString currentKey() const;
    // Panel names (from metadata) hosted for a step, in order.
    QStringList panelsFor(const QString& step) const;
    QWidget* panel(const QString& name) const;
    // Shows the panel whose name, or the step whose key or title, matches (case-insensitive).
    bool showPage(const QString& nameOrStep);

    QListWidget* sidebar() const;
    QStackedWidget* pages() const;
    JobsDock* jobsDock() const;
    // The Help window, made on first use (nullptr before).
    HelpWindow* helpWindow() const;
    // The status bar's BLAS text in the user's language: "OpenBLAS 0.3.21 (openmp, 2 threads)".
    static QString blasText(const runtime::RuntimeInfo& info);

public Q_SLOTS:
    // adaptlab-help:guide#data, adaptlab-help:glossary#minhash: opens the Help window there.
    // QDesktopServices calls this for every adaptlab-help: link in the app.
    void openHelpUrl(const QUrl& url);
    void showHelp(const QString& page, const QString& anchor = {});

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void buildStatusBar();
    void buildPages(const QStringList& pluginSearchPaths);
    void addPage(const QString& key, const QString& title, const QIcon& icon, QWidget* page,
                 bool available);
    void updateProjectDisplay();
    void rebuildRecentMenu();
    void showError(const QString& title, const QString& text, const QString& details);

    void newProject();
    void openProjectDialog();
    void requestProject(const QString& dir, bool create, ErrorDisplay display);
    void finishOpening(const QString& dir, const QString& error);
    void showSettings();
    void showAbout();
    void applyDevicePolicy(const QString& policy);

    AppContext* context_ = nullptr;
    PluginCatalog catalog_;
    QList<PluginEntry> panelFailures_;

    QListWidget* sidebar_ = nullptr;
    QStackedWidget* pages_ = nullptr;
    JobsDock* jobsDock_ = nullptr;
    PluginsPage* pluginsPage_ = nullptr;
    QHash<QString, QWidget*> pageByKey_;
    QHash<QString, QStringList> panelNamesByStep_;
    QHash<QString, QWidget*> panelByName_;
    QHash<QString, QTabWidget*> tabsByStep_;

    QMenu* recentMenu_ = nullptr;
    QLabel* projectLabel_ = nullptr;
    QLabel* deviceLabel_ = nullptr;
    QLabel* threadsLabel_ = nullptr;
    QLabel* blasLabel_ = nullptr;
    HelpWindow* helpWindow_ = nullptr;

    runtime::RuntimeInfo runtimeInfo_;
    QString lastError_;
    bool creating_ = false;                              // of the request on its way
    ErrorDisplay openingDisplay_ = ErrorDisplay::Silent; // of the request on its way
};

} // namespace adaptlab::gui
