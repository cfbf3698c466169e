// Answers the main window's "runs are still going" prompt (shown by MainWindow::closeEvent while
// runs of the project are going) the way a user would: by clicking one of its buttons.
#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace adaptlab::testing {

// From now on, clicks BUTTON ("keepRunsButton", "stopRunsButton" or "cancelCloseButton") in the
// next prompt that appears, and sets *asked. Gives up after about 30 s without a prompt.
inline void answerRunsPrompt(const QString& button, bool* asked = nullptr)
{
    auto* timer = new QTimer(qApp);
    auto tries = std::make_shared<int>(0);
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, tries, button, asked] {
        QWidget* modal = QApplication::activeModalWidget();
        if (modal && modal->objectName() == QLatin1String("closeWithRunsBox")) {
            if (auto* target = modal->findChild<QAbstractButton*>(button)) {
                if (asked)
                    *asked = true;
                timer->stop();
                timer->deleteLater();
                target->click();
                return;
            }
        }
        if (++*tries > 600) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

} // namespace adaptlab::testing
