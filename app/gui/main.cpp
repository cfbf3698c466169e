// adaptlab: the desktop app. Also the scriptable pieces the README and scripts rely on:
//   adaptlab --list-plugins
//   adaptlab --screenshot FILE [--panel NAME] [--project DIR]
//   adaptlab [--project DIR] [--lang de|zh_CN|en]
#include "app_context.h"
#include "app_settings.h"
#include "app_style.h"
#include "main_window.h"
#include "plugin_catalog.h"
#include "runtime/runtime.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QPixmap>
#include <QTextStream>
#include <QThread>

#include <cstring>
#include <exception>
#include <memory>

namespace {

using adaptlab::gui::AppSettings;
using adaptlab::gui::MainWindow;

struct Options {
    QCommandLineOption listPlugins{
        QStringLiteral("list-plugins"),
        QCoreApplication::translate("main", "Print every panel plugin found (loaded, or with the "
                                            "reason it failed) and exit.")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Render the window into the PNG file FILE and exit "
                                            "(works without a display)."),
        QCoreApplication::translate("main", "FILE")};
    QCommandLineOption panel{
        QStringLiteral("panel"),
        QCoreApplication::translate("main", "With --screenshot: show the panel or workflow step "
                                            "called NAME."),
        QCoreApplication::translate("main", "NAME")};
    QCommandLineOption project{
        QStringLiteral("project"),
        QCoreApplication::translate("main", "Open the project in folder DIR."),
        QCoreApplication::translate("main", "DIR")};
    QCommandLineOption lang{
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Interface language for this session: en, de or "
                                            "zh_CN."),
        QCoreApplication::translate("main", "CODE")};

    void addTo(QCommandLineParser& parser) const
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main", "AdaptLab: a workbench for turning a general language model into a specialist."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({listPlugins, screenshot, panel, project, lang});
    }
};

bool hasArgument(int argc, char** argv, const char* name)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0)
            return true;
    }
    return false;
}

QString languageFor(const QCommandLineParser& parser, const Options& options, bool* valid)
{
    *valid = true;
    if (!parser.isSet(options.lang))
        return AppSettings::language();
    const QString code = parser.value(options.lang);
    for (const auto& choice : AppSettings::languages()) {
        if (choice.code == code)
            return code;
    }
    *valid = false;
    return QStringLiteral("en");
}

adaptlab::runtime::RuntimeInfo configureRuntime(QString* warning)
{
    const QString policy = AppSettings::devicePolicy();
    try {
        return adaptlab::runtime::configure(
            adaptlab::runtime::devicePolicyFromString(policy.toStdString()));
    } catch (const std::exception& e) {
        // A stored policy that cannot be met (CUDA gone) must not keep the app from starting.
        *warning = QCoreApplication::translate("main", "Device policy \"%1\" cannot be used (%2); "
                                                       "using automatic device choice instead.")
                       .arg(policy, QString::fromLocal8Bit(e.what()));
        return adaptlab::runtime::configure(adaptlab::runtime::DevicePolicy::Auto);
    }
}

int listPlugins()
{
    QTextStream out(stdout);
    adaptlab::PluginCatalog catalog;
    const QStringList paths = adaptlab::PluginCatalog::defaultSearchPaths();
    catalog.discover(paths);
    const QStringList lines = catalog.describe();
    for (const QString& line : lines)
        out << line << '\n';
    if (lines.isEmpty()) {
        out << QCoreApplication::translate("main", "No panel plugins found in: %1")
                   .arg(paths.isEmpty() ? QCoreApplication::translate("main", "(no plugin folder)")
                                        : paths.join(QStringLiteral(", ")))
            << '\n';
    }
    return 0;
}

// Runs the event loop until the window's project request has its answer; false when it failed.
bool waitForProject(const MainWindow& window)
{
    while (window.isOpeningProject())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return window.lastError().isEmpty();
}

// Lets panels finish their first layout and any short background loads before the grab.
void settle(int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(10);
    }
}

} // namespace

int main(int argc, char** argv)
{
    AppSettings::setApplicationIdentity();
    QCoreApplication::setApplicationVersion(QStringLiteral(ADAPTLAB_VERSION));

    // Decided before the application object exists: listing plugins, --help and --version need no
    // display at all, and a screenshot without a display renders offscreen.
    const bool listOnly = hasArgument(argc, argv, "--list-plugins") ||
        hasArgument(argc, argv, "--help") || hasArgument(argc, argv, "-h") ||
        hasArgument(argc, argv, "--help-all") || hasArgument(argc, argv, "--version") ||
        hasArgument(argc, argv, "-v");
    if (hasArgument(argc, argv, "--screenshot") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
        qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    std::unique_ptr<QCoreApplication> app = listOnly
        ? std::make_unique<QCoreApplication>(argc, argv)
        : std::unique_ptr<QCoreApplication>(std::make_unique<QApplication>(argc, argv));

    // First pass: only to learn the language, so that --help comes out translated.
    {
        QCommandLineParser early;
        const Options options;
        options.addTo(early);
        early.parse(QCoreApplication::arguments());
        bool valid = true;
        AppSettings::installTranslators(languageFor(early, options, &valid));
    }

    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    parser.process(*app);
    QTextStream err(stderr);

    bool validLanguage = true;
    languageFor(parser, options, &validLanguage);
    if (!validLanguage) {
        err << QCoreApplication::translate("main", "Unknown language \"%1\"; use en, de or zh_CN.")
                   .arg(parser.value(options.lang))
            << '\n';
        return 2;
    }

    if (parser.isSet(options.listPlugins))
        return listPlugins();

    auto* gui = static_cast<QApplication*>(app.get());
    adaptlab::gui::applyAppStyle(*gui);
    QString runtimeWarning;
    const adaptlab::runtime::RuntimeInfo runtimeInfo = configureRuntime(&runtimeWarning);
    if (!runtimeWarning.isEmpty())
        err << runtimeWarning << '\n';

    MainWindow window;
    window.setRuntimeInfo(runtimeInfo);

    if (parser.isSet(options.screenshot)) {
        // The store opens on a worker thread; the screenshot waits for it with the event loop running.
        if (parser.isSet(options.project) &&
            !(window.openProject(parser.value(options.project), MainWindow::ErrorDisplay::Silent)
              && waitForProject(window))) {
            err << QCoreApplication::translate("main", "Cannot open project %1: %2")
                       .arg(parser.value(options.project), window.lastError())
                << '\n';
            return 1;
        }
        const QString page = parser.isSet(options.panel) ? parser.value(options.panel)
                                                         : QStringLiteral("Project");
        if (!window.showPage(page)) {
            QStringList known = window.sidebarKeys();
            for (const QString& step : window.sidebarKeys())
                known += window.panelsFor(step);
            err << QCoreApplication::translate("main", "No panel or step is called \"%1\". "
                                                       "Known: %2")
                       .arg(page, known.join(QStringLiteral(", ")))
                << '\n';
            return 2;
        }
        window.resize(1280, 800);
        window.show();
        settle(600);
        const QString file = parser.value(options.screenshot);
        if (!window.grab().save(file, "PNG")) {
            err << QCoreApplication::translate("main", "Cannot write the screenshot to %1")
                       .arg(QDir::toNativeSeparators(file))
                << '\n';
            return 1;
        }
        return 0;
    }

    window.show();
    if (!runtimeWarning.isEmpty())
        window.context()->showStatusMessage(runtimeWarning);
    if (parser.isSet(options.project)) {
        window.openProject(parser.value(options.project));
    } else {
        // Pick up where the user left off; a project that is gone was pruned from the list.
        const QStringList recent = AppSettings::recentProjects();
        if (!recent.isEmpty())
            window.openProject(recent.front(), MainWindow::ErrorDisplay::Silent);
    }
    return app->exec();
}
