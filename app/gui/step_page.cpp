#include "step_page.h"

#include "panel_header.h"
#include "workflow_steps.h"

#include <QDir>
#include <QLabel>
#include <QVBoxLayout>

namespace adaptlab::gui {

StepPage::StepPage(const QString& step, const QStringList& pluginSearchPaths, QWidget* parent)
    : QWidget(parent), step_(step)
{
    setObjectName(QStringLiteral("stepPage_%1").arg(step));
    auto* header = new PanelHeader(WorkflowSteps::title(step), WorkflowSteps::purpose(step), this);

    auto* notice = new QLabel(
        tr("<b>Not available in this build yet.</b> No panel for this step is installed, so there "
           "is nothing to do here for now. Panels are plugins: when the one for this step is "
           "placed in a plugin folder, it appears here the next time AdaptLab starts."),
        this);
    notice->setObjectName(QStringLiteral("notAvailableNotice"));
    notice->setProperty("role", QStringLiteral("notice"));
    notice->setWordWrap(true);

    QStringList folders;
    for (const QString& path : pluginSearchPaths)
        folders << QStringLiteral("<li>%1</li>").arg(QDir::toNativeSeparators(path).toHtmlEscaped());
    auto* where = new QLabel(
        folders.isEmpty()
            ? tr("No plugin folder was found next to the program.")
            : tr("Plugin folders searched:<ul>%1</ul>").arg(folders.join(QString())),
        this);
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    layout->addWidget(header);
    layout->addWidget(notice);
    layout->addWidget(where);
    layout->addStretch(1);
}

QString StepPage::step() const
{
    return step_;
}

} // namespace adaptlab::gui
