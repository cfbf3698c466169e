// The start the GUI tests that build the app's pieces share: settings kept apart, the app's style,
// English number formats, and an AppContext whose jobs run this build's adaptlab-cli.
#pragma once

#include "app_context.h"
#include "app_style.h"
#include "gui_test_support.h"

#include <QApplication>
#include <QFileInfo>
#include <QLocale>
#include <QTest>

#include <memory>

namespace adaptlab::testing {

// adaptlab-cli of this build, the program the app starts jobs with.
inline QString cliPath()
{
    return qEnvironmentVariable("ADAPTLAB_BUILD_DIR") + QStringLiteral("/bin/adaptlab-cli");
}

// Call first in initTestCase().
inline void prepareApp(const QTemporaryDir& settings)
{
    isolateSettings(settings);
    gui::applyAppStyle(*qApp);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

// A context with a new project at PROJECTDIR whose jobs run cliPath(); nullptr and *error when it
// cannot be made.
inline std::unique_ptr<gui::AppContext> contextWithNewProject(const QString& projectDir, QString* error)
{
    if (!QFileInfo(cliPath()).isExecutable()) {
        *error = QStringLiteral("no adaptlab-cli at %1").arg(cliPath());
        return nullptr;
    }
    auto context = std::make_unique<gui::AppContext>();
    context->setJobProgram(cliPath());
    if (!context->createProject(projectDir, error))
        return nullptr;
    return context;
}

// Asks WINDOW (a gui::MainWindow) to open DIR and runs the event loop until the answer is there:
// the store opens on a worker thread. False, with window.lastError(), when it did not open.
template <class Window>
bool openProjectAndWait(Window& window, const QString& dir,
                        typename Window::ErrorDisplay display = Window::ErrorDisplay::Silent)
{
    if (!window.openProject(dir, display))
        return false;
    QTest::qWaitFor([&window] { return !window.isOpeningProject(); }, 120000);
    return !window.isOpeningProject() && window.lastError().isEmpty();
}

} // namespace adaptlab::testing
