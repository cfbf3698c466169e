// PluginCatalog: reads each candidate's metadata before running any of its code, so a library with
// the wrong interface or bad metadata is reported without being loaded; only then instance().
#include "plugin_catalog.h"

#include "panel_plugin.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QLibrary>
#include <QPluginLoader>
#include <QSet>
#include <QStaticPlugin>

#include <algorithm>
#include <iterator>

namespace adaptlab {

namespace {

// Fills the descriptive fields from Qt's plugin metadata ({"IID":..., "MetaData": {...}}).
void readMetaData(PluginEntry& entry, const QJsonObject& qtMetaData)
{
    entry.metadata = qtMetaData.value(QStringLiteral("MetaData")).toObject();
    const QJsonObject& meta = entry.metadata;
    const QString name = meta.value(QStringLiteral("name")).toString().trimmed();
    if (!name.isEmpty())
        entry.name = name;
    entry.step = meta.value(QStringLiteral("step")).toString();
    entry.icon = meta.value(QStringLiteral("icon")).toString();
    entry.description = meta.value(QStringLiteral("description")).toString();
    entry.order = meta.value(QStringLiteral("order")).toInt(1000);
}

// Empty when the metadata is acceptable; otherwise why not (the field named).
QString metaDataProblem(const QJsonObject& qtMetaData)
{
    const QString iid = qtMetaData.value(QStringLiteral("IID")).toString();
    if (iid != QLatin1String(AdaptLabPanelPlugin_iid))
        return PluginCatalog::tr("not an AdaptLab panel (interface %1, expected %2)")
            .arg(iid, QLatin1String(AdaptLabPanelPlugin_iid));
    const QJsonValue meta = qtMetaData.value(QStringLiteral("MetaData"));
    if (!meta.isObject())
        return PluginCatalog::tr("its metadata has no JSON object (the plugin's .json file is missing)");
    const QJsonValue name = meta.toObject().value(QStringLiteral("name"));
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return PluginCatalog::tr("its metadata has no \"name\" field");
    const QJsonValue order = meta.toObject().value(QStringLiteral("order"));
    if (!order.isUndefined() && !order.isDouble())
        return PluginCatalog::tr("its metadata field \"order\" is not a number");
    return {};
}

// Index of the step in the sidebar; unknown steps go after the known ones.
int stepRank(const QString& step)
{
    const qsizetype index = PluginCatalog::workflowSteps().indexOf(step);
    return index < 0 ? static_cast<int>(PluginCatalog::workflowSteps().size()) : static_cast<int>(index);
}

} // namespace

QStringList PluginCatalog::defaultSearchPaths()
{
    QStringList candidates;
    const QString fromEnv = qEnvironmentVariable("ADAPTLAB_PLUGIN_PATH");
    if (!fromEnv.isEmpty())
        candidates += fromEnv.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    const QString appDir = QCoreApplication::applicationDirPath();
    candidates << appDir + QStringLiteral("/plugins") << appDir + QStringLiteral("/../plugins")
               << appDir + QStringLiteral("/../lib/adaptlab/plugins");

    QStringList paths;
    for (const QString& candidate : std::as_const(candidates)) {
        const QFileInfo info(candidate);
        if (!info.isDir())
            continue;
        const QString clean = QDir::cleanPath(info.absoluteFilePath());
        if (!paths.contains(clean))
            paths << clean;
    }
    return paths;
}

void PluginCatalog::discover(const QStringList& searchPaths)
{
    entries_.clear();
    QSet<QString> seenFiles; // canonical paths: one library reached through two folders loads once
    QHash<QString, QString> loadedNames; // panel name -> where it came from

    auto accept = [&](PluginEntry& entry) {
        if (entry.error.isEmpty()) {
            const auto earlier = loadedNames.constFind(entry.name);
            if (earlier != loadedNames.constEnd())
                entry.error = tr("a panel named \"%1\" was already loaded from %2")
                                  .arg(entry.name, *earlier);
        }
        return entry.error.isEmpty();
    };

    // Static plugins first: they are part of the binary and cannot fail to load.
    const QList<QStaticPlugin> statics = QPluginLoader::staticPlugins();
    for (const QStaticPlugin& plugin : statics) {
        const QJsonObject qtMeta = plugin.metaData();
        if (qtMeta.value(QStringLiteral("IID")).toString() != QLatin1String(AdaptLabPanelPlugin_iid))
            continue; // some other kind of static plugin (an image format, a platform, ...)
        PluginEntry entry;
        entry.fileName = QStringLiteral("<static>");
        entry.name = qtMeta.value(QStringLiteral("className")).toString();
        readMetaData(entry, qtMeta);
        entry.error = metaDataProblem(qtMeta);
        if (accept(entry)) {
            entry.instance = plugin.instance();
            entry.plugin = qobject_cast<PanelPlugin*>(entry.instance);
            if (!entry.plugin)
                entry.error = tr("its root object does not implement the PanelPlugin interface");
        }
        if (entry.loaded())
            loadedNames.insert(entry.name, entry.fileName);
        entries_.append(entry);
    }

    for (const QString& folder : searchPaths) {
        const QDir dir(folder);
        if (!dir.exists())
            continue;
        const QFileInfoList files =
            dir.entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo& file : files) {
            if (!QLibrary::isLibrary(file.fileName()))
                continue;
            const QString canonical = file.canonicalFilePath();
            if (canonical.isEmpty() || seenFiles.contains(canonical))
                continue;
            seenFiles.insert(canonical);

            PluginEntry entry;
            entry.fileName = file.absoluteFilePath();
            entry.name = file.completeBaseName();
            QPluginLoader loader(canonical);
            const QJsonObject qtMeta = loader.metaData(); // reads the file; runs none of its code
            if (qtMeta.isEmpty()) {
                const QString why = loader.errorString();
                entry.error = why.isEmpty() || why == QLatin1String("Unknown error")
                    ? tr("not a Qt plugin")
                    : tr("not a Qt plugin: %1").arg(why);
                entries_.append(entry);
                continue;
            }
            readMetaData(entry, qtMeta);
            entry.error = metaDataProblem(qtMeta);
            if (accept(entry)) {
                entry.instance = loader.instance();
                if (!entry.instance) {
                    entry.error = loader.errorString();
                } else {
                    entry.plugin = qobject_cast<PanelPlugin*>(entry.instance);
                    if (!entry.plugin) {
                        entry.instance = nullptr;
                        loader.unload();
                        entry.error = tr("its root object does not implement the PanelPlugin "
                                         "interface %1")
                                          .arg(QLatin1String(AdaptLabPanelPlugin_iid));
                    }
                }
            }
            if (entry.loaded())
                loadedNames.insert(entry.name, entry.fileName);
            entries_.append(entry);
        }
    }

    std::stable_sort(entries_.begin(), entries_.end(), [](const PluginEntry& a, const PluginEntry& b) {
        if (a.loaded() != b.loaded())
            return a.loaded();
        if (!a.loaded())
            return a.fileName < b.fileName;
        const int stepA = stepRank(a.step);
        const int stepB = stepRank(b.step);
        if (stepA != stepB)
            return stepA < stepB;
        if (a.order != b.order)
            return a.order < b.order;
        return a.name.localeAwareCompare(b.name) < 0;
    });
}

const QList<PluginEntry>& PluginCatalog::entries() const
{
    return entries_;
}

QList<PluginEntry> PluginCatalog::loadedEntries() const
{
    QList<PluginEntry> result;
    std::copy_if(entries_.cbegin(), entries_.cend(), std::back_inserter(result),
                 [](const PluginEntry& e) { return e.loaded(); });
    return result;
}

QList<PluginEntry> PluginCatalog::failedEntries() const
{
    QList<PluginEntry> result;
    std::copy_if(entries_.cbegin(), entries_.cend(), std::back_inserter(result),
                 [](const PluginEntry& e) { return !e.loaded(); });
    return result;
}

QStringList PluginCatalog::describe() const
{
    QStringList lines;
    for (const PluginEntry& entry : entries_) {
        if (entry.loaded())
            lines << QStringLiteral("ok   %1  (%2)").arg(entry.name, entry.fileName);
        else
            lines << QStringLiteral("FAIL %1: %2").arg(entry.fileName, entry.error);
    }
    return lines;
}

QStringList PluginCatalog::workflowSteps()
{
    return {QStringLiteral("Project"),   QStringLiteral("Data"),    QStringLiteral("Inspect"),
            QStringLiteral("Tokenizer"), QStringLiteral("Mixture"), QStringLiteral("Train"),
            QStringLiteral("Evaluate"),  QStringLiteral("Compare")};
}

} // namespace adaptlab
