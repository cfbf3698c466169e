#include "dataset_source.h"

#include "jobs/job_inputs.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

namespace adaptlab::corpus_panel {

DatasetSource datasetSource(const store::ProjectStore& store, const store::DatasetRecord& dataset)
{
    jobs::DatasetFiles files = jobs::datasetFiles(store, dataset);
    return {std::move(files.inputs), std::move(files.options)};
}

QString formatOfPath(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return QStringLiteral("folder");
    const QString name = info.fileName().toLower();
    QString compression;
    QString base = name;
    for (const QString& ext : {QStringLiteral(".zst"), QStringLiteral(".gz")}) {
        if (base.endsWith(ext)) {
            compression = ext;
            base.chop(ext.size());
        }
    }
    QString kind = QStringLiteral("txt");
    if (base.endsWith(QLatin1String(".jsonl")) || base.endsWith(QLatin1String(".ndjson"))
        || base.endsWith(QLatin1String(".json")))
        kind = QStringLiteral("jsonl");
    return compression.isEmpty() ? kind : kind + compression;
}

QString suggestedDatasetName(const QString& path)
{
    QString name = QFileInfo(path).fileName();
    static const QRegularExpression extensions(
        QStringLiteral("(\\.(jsonl|ndjson|json|txt|text|zst|gz))+$"),
        QRegularExpression::CaseInsensitiveOption);
    name.remove(extensions);
    static const QRegularExpression bad(QStringLiteral("[^A-Za-z0-9_.-]+"));
    name.replace(bad, QStringLiteral("-"));
    while (name.startsWith(QLatin1Char('.')) || name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    name.truncate(100);
    return name.isEmpty() ? QStringLiteral("corpus") : name;
}

bool isValidDatasetName(const QString& name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,99}$"));
    return valid.match(name).hasMatch();
}

QString uniqueDatasetName(const store::ProjectStore& store, const QString& base)
{
    QString name = base;
    for (int n = 2; store.datasetByName(name.toStdString()).has_value(); ++n)
        name = QStringLiteral("%1-%2").arg(base).arg(n);
    return name;
}

} // namespace adaptlab::corpus_panel
