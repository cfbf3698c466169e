// Finds panel plugins: static plugins first, then every shared library in the plugin folders
// (ADAPTLAB_PLUGIN_PATH, then next to the binary: <appdir>/plugins, <appdir>/../plugins,
// <appdir>/../lib/adaptlab/plugins). A library that fails to load, has the wrong interface or bad
// metadata becomes an entry with its error; discovery never throws and never aborts.
#pragma once

#include "adaptlab_widgets_export.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class QObject;

namespace adaptlab {

class PanelPlugin;

struct ADAPTLAB_WIDGETS_EXPORT PluginEntry {
    QString fileName;      // library path ("<static>" for static plugins)
    QString name;          // from metadata; the file's base name when metadata is missing
    QString step;          // sidebar step
    QString icon;
    QString description;
    int order = 1000;
    QJsonObject metadata;  // the plugin's whole MetaData object
    PanelPlugin* plugin = nullptr; // null when it failed
    QObject* instance = nullptr;   // the root object, owned by Qt's plugin loader
    QString error;         // why it failed; empty when loaded
    bool loaded() const { return plugin != nullptr; }
};

class ADAPTLAB_WIDGETS_EXPORT PluginCatalog {
    Q_DECLARE_TR_FUNCTIONS(adaptlab::PluginCatalog)
public:
    // The default folders described above, existing ones only, in search order.
    static QStringList defaultSearchPaths();

    // Scans (replacing any earlier scan). Entries are sorted by workflow step,
    // then "order", then name; failed entries come last, by file name.
    void discover(const QStringList& searchPaths = defaultSearchPaths());
    const QList<PluginEntry>& entries() const;
    QList<PluginEntry> loadedEntries() const;
    QList<PluginEntry> failedEntries() const;

    // One line per entry: "ok   Name  (file)" or "FAIL file: reason" (for --list-plugins).
    QStringList describe() const;

    // The workflow steps in sidebar order.
    static QStringList workflowSteps(); // Project, Data, Inspect, Tokenizer, Mixture, Train, Evaluate, Compare

private:
    QList<PluginEntry> entries_;
};

} // namespace adaptlab
