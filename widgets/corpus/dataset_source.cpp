#include "dataset_source.h"

#include "corpus/file_format.h"
#include "jobs/job_inputs.h"
#include "store/dataset_name.h"

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
    // The engine's one rule (magic bytes, then the name); a path not there to read goes by its name.
    const std::filesystem::path file(path.toStdString());
    std::error_code ec;
    const corpus::FileFormatInfo info =
        std::filesystem::exists(file, ec) ? corpus::fileFormatOf(file) : corpus::fileFormatByName(file);
    return QString::fromStdString(corpus::formatLabel(info.format));
}

QString suggestedDatasetName(const QString& path)
{
    QString name = QFileInfo(path).fileName();
    static const QRegularExpression extensions(
        QStringLiteral("(\\.(jsonl|ndjson|json|txt|text|zst|gz))+$"),
        QRegularExpression::CaseInsensitiveOption);
    name.remove(extensions);
    static const QRegularExpression bad(QStringLiteral("[^\\p{L}\\p{N}_.-]+"));
    name.replace(bad, QStringLiteral("-"));
    while (name.startsWith(QLatin1Char('.')) || name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    // The rule counts UTF-8 bytes; cut at whole characters.
    while (name.toUtf8().size() > static_cast<qsizetype>(store::kMaxDatasetNameBytes))
        name.chop(1);
    while (name.endsWith(QLatin1Char('-')) && name.size() > 1)
        name.chop(1);
    return name.isEmpty() || !isValidDatasetName(name) ? QStringLiteral("corpus") : name;
}

bool isValidDatasetName(const QString& name)
{
    return !store::datasetNameProblem(name.toStdString()).has_value();
}

QString datasetNameProblemText(const QString& name)
{
    const auto problem = store::datasetNameProblem(name.toStdString());
    if (!problem)
        return {};
    // The engine decides; this only picks the sentence that says why in the user's language, by
    // the same checks in the same order. A reason added to the engine later shows in its English.
    const char* context = "adaptlab::corpus_panel::DatasetSource";
    if (name.isEmpty())
        return QCoreApplication::translate(context, "A dataset needs a name.");
    if (name.toUtf8().size() > static_cast<qsizetype>(store::kMaxDatasetNameBytes))
        return QCoreApplication::translate(context, "A dataset name can be at most %1 bytes long (this one has %2).")
            .arg(store::kMaxDatasetNameBytes)
            .arg(name.toUtf8().size());
    if (name.startsWith(QLatin1Char('.')))
        return QCoreApplication::translate(context, "A dataset name cannot start with '.' (it would be a hidden file).");
    if (name.startsWith(QLatin1Char('-')))
        return QCoreApplication::translate(context, "A dataset name cannot start with '-' (it would read as a command-line option).");
    if (name.startsWith(QLatin1Char(' ')) || name.endsWith(QLatin1Char(' ')))
        return QCoreApplication::translate(context, "A dataset name cannot start or end with a space.");
    for (const QChar c : name) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\'))
            return QCoreApplication::translate(context, "A dataset name cannot hold '/' or '\\': it names a file in the "
                                                        "project's datasets folder.");
    }
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return QCoreApplication::translate(context, "A dataset name cannot hold control characters such as a line "
                                                        "break or a tab.");
    }
    return QString::fromStdString(*problem);
}

QString uniqueDatasetName(const store::ProjectStore& store, const QString& base)
{
    QString name = base;
    for (int n = 2; store.datasetByName(name.toStdString()).has_value(); ++n)
        name = QStringLiteral("%1-%2").arg(base).arg(n);
    return name;
}

} // namespace adaptlab::corpus_panel
