// The page a workflow step shows while no panel for it is installed: what the step will do, and
// plainly that it is not available in this build yet. Never a mock-up of the missing panel.
#pragma once

#include <QStringList>
#include <QWidget>

namespace adaptlab::gui {

class StepPage final : public QWidget {
    Q_OBJECT
public:
    StepPage(const QString& step, const QStringList& pluginSearchPaths, QWidget* parent = nullptr);

    QString step() const;

private:
    QString step_;
};

} // namespace adaptlab::gui
