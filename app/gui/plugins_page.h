// The "Plugins" page: every panel plugin found, loaded or not, with the file it came from and,
// for a failed one, why it failed. A broken plugin ends up here instead of stopping the app.
#pragma once

#include "plugin_catalog.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace adaptlab::gui {

class PluginsPage final : public QWidget {
    Q_OBJECT
public:
    enum Column { Status, Name, Step, File, Details, ColumnCount };

    explicit PluginsPage(QWidget* parent = nullptr);

    // panelFailures: loaded plugins whose panel could not be created (error set).
    void setEntries(const QList<PluginEntry>& entries, const QList<PluginEntry>& panelFailures,
                    const QStringList& searchPaths);
    QTreeWidget* list() const;

private:
    QLabel* summary_ = nullptr;
    QLabel* failures_ = nullptr; // each failure in full: reasons are too long for a table cell
    QTreeWidget* list_ = nullptr;
};

} // namespace adaptlab::gui
