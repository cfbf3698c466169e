// What the sidebar shows for each workflow step: the translated title, the icon and one paragraph
// on what the step is for (used on the step's page when no panel for it is installed yet).
// Steps are keyed by the English names PluginCatalog::workflowSteps() and plugin metadata use.
#pragma once

#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace adaptlab::gui {

class WorkflowSteps {
    Q_DECLARE_TR_FUNCTIONS(WorkflowSteps)
public:
    static QString title(const QString& step);
    static QString purpose(const QString& step);
    static QIcon icon(const QString& step);
};

} // namespace adaptlab::gui
