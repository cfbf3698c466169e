#include "plugins_page.h"

#include "panel_header.h"
#include "workflow_steps.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace adaptlab::gui {

PluginsPage::PluginsPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("pluginsPage"));
    auto* header = new PanelHeader(
        tr("Plugins"),
        tr("Every panel in AdaptLab is a plugin. This list shows each one that was found, the "
           "step it belongs to and the file it was loaded from. A plugin that could not be loaded "
           "is listed with the reason, and the rest of the app works without it."),
        this);
    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("pluginsSummary"));
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    failures_ = new QLabel(this);
    failures_->setObjectName(QStringLiteral("pluginFailures"));
    failures_->setProperty("role", QStringLiteral("notice"));
    failures_->setWordWrap(true);
    failures_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    failures_->hide();

    list_ = new QTreeWidget(this);
    list_->setObjectName(QStringLiteral("pluginList"));
    list_->setColumnCount(ColumnCount);
    list_->setHeaderLabels({tr("Status"), tr("Name"), tr("Step"), tr("File"), tr("Details")});
    list_->setRootIsDecorated(false);
    list_->setAlternatingRowColors(true);
    list_->setWordWrap(true);
    list_->setIconSize(QSize(18, 18));
    list_->header()->setStretchLastSection(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(header);
    layout->addWidget(summary_);
    layout->addWidget(failures_);
    layout->addWidget(list_, 1);
}

void PluginsPage::setEntries(const QList<PluginEntry>& entries,
                             const QList<PluginEntry>& panelFailures,
                             const QStringList& searchPaths)
{
    list_->clear();
    int loaded = 0;
    int failed = 0;
    QStringList failureItems;
    auto addRow = [this, &failureItems](const PluginEntry& entry, bool ok, const QString& details) {
        if (!ok) {
            failureItems << tr("<li><b>%1</b>: %2</li>")
                                .arg(QDir::toNativeSeparators(entry.fileName).toHtmlEscaped(),
                                     details.toHtmlEscaped());
        }
        auto* item = new QTreeWidgetItem(list_);
        item->setIcon(Status, QIcon(ok ? QStringLiteral(":/icons/plugins.png")
                                       : QStringLiteral(":/icons/warning.png")));
        item->setText(Status, ok ? tr("Loaded") : tr("Failed"));
        item->setText(Name, entry.name);
        item->setText(Step, entry.step.isEmpty() ? QString() : WorkflowSteps::title(entry.step));
        item->setText(File, QDir::toNativeSeparators(entry.fileName));
        item->setToolTip(File, QDir::toNativeSeparators(entry.fileName));
        item->setText(Details, details);
        item->setToolTip(Details, details);
        if (!ok)
            item->setForeground(Details, QColor(0xa0, 0x3a, 0x00));
    };
    for (const PluginEntry& entry : entries) {
        // A plugin that loaded but whose panel failed is shown once, as failed.
        bool panelFailed = false;
        for (const PluginEntry& failure : panelFailures)
            panelFailed = panelFailed || failure.fileName == entry.fileName;
        if (entry.loaded() && !panelFailed) {
            ++loaded;
            addRow(entry, true, entry.description);
        } else if (!entry.loaded()) {
            ++failed;
            addRow(entry, false, entry.error);
        }
    }
    for (const PluginEntry& failure : panelFailures) {
        ++failed;
        addRow(failure, false, failure.error);
    }
    for (int column = 0; column < Details; ++column)
        list_->resizeColumnToContents(column);

    QStringList folders;
    for (const QString& path : searchPaths)
        folders << QDir::toNativeSeparators(path);
    const QString where = folders.isEmpty()
        ? tr("No plugin folder was found next to the program.")
        : tr("Searched: %1").arg(folders.join(QStringLiteral("; ")));
    const QString counts = failed == 0 ? tr("Plugins loaded: %1.").arg(loaded)
                                       : tr("Plugins loaded: %1, failed: %2.").arg(loaded).arg(failed);
    summary_->setText(tr("%1 %2").arg(counts, where));
    failures_->setText(tr("These plugins could not be loaded:<ul>%1</ul>")
                           .arg(failureItems.join(QString())));
    failures_->setVisible(!failureItems.isEmpty());
}

QTreeWidget* PluginsPage::list() const
{
    return list_;
}

} // namespace adaptlab::gui
