#include "job_text.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QStringList>

namespace adaptlab {

namespace {

// The dataset names or file names a params key holds (a string or a list of strings).
QStringList namesIn(const QJsonObject& params, const char* key, bool files)
{
    QStringList names;
    const QJsonValue value = params.value(QLatin1String(key));
    const auto add = [&](const QJsonValue& item) {
        if (item.isString() && !item.toString().isEmpty())
            names << (files ? QFileInfo(item.toString()).fileName() : item.toString());
    };
    if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            add(item);
    } else {
        add(value);
    }
    return names;
}

// What a job reads: a project dataset, or files.
QString sourceOf(const QJsonObject& params, const char* datasetKey, const char* inputsKey)
{
    QStringList names = namesIn(params, datasetKey, false);
    if (names.isEmpty())
        names = namesIn(params, inputsKey, true);
    return QLocale().createSeparatedList(names);
}

QString outputOf(const QJsonObject& params)
{
    QStringList names = namesIn(params, "output", false);
    if (names.isEmpty())
        names = namesIn(params, "out", true);
    return names.value(0);
}

} // namespace

QString JobText::kindName(const QString& kind)
{
    if (kind == QLatin1String("scan_dataset"))
        return tr("Count");
    if (kind == QLatin1String("train_tokenizer"))
        return tr("Train tokenizer");
    if (kind == QLatin1String("corpus_inspect"))
        return tr("Scan");
    if (kind == QLatin1String("corpus_filter"))
        return tr("Filter");
    if (kind == QLatin1String("corpus_dedup"))
        return tr("Deduplicate");
    if (kind == QLatin1String("corpus_select"))
        return tr("Select (DSIR)");
    if (kind == QLatin1String("corpus_sample"))
        return tr("Sample");
    return kind;
}

QString JobText::jobLabel(const QString& kind, const QJsonObject& params)
{
    const QString source = sourceOf(params, "dataset", "inputs");
    const QString output = outputOf(params);
    if (kind == QLatin1String("corpus_inspect") && !source.isEmpty())
        return tr("Scan %1").arg(source);
    if (kind == QLatin1String("corpus_filter") && !source.isEmpty() && !output.isEmpty())
        return tr("Filter %1 → %2").arg(source, output);
    if (kind == QLatin1String("corpus_dedup") && !source.isEmpty() && !output.isEmpty())
        return tr("Deduplicate %1 → %2").arg(source, output);
    if (kind == QLatin1String("corpus_select") && !source.isEmpty() && !output.isEmpty()) {
        const QString target = sourceOf(params, "target", "target_inputs");
        return target.isEmpty() ? tr("Select from %1 → %2").arg(source, output)
                                : tr("Select from %1 like %2 → %3").arg(source, target, output);
    }
    if (kind == QLatin1String("corpus_sample") && !source.isEmpty() && !output.isEmpty())
        return tr("Sample %1 → %2").arg(source, output);
    if (kind == QLatin1String("scan_dataset") || kind == QLatin1String("train_tokenizer")) {
        QStringList inputs = namesIn(params, "datasets", false) + namesIn(params, "files", true)
            + namesIn(params, "path", true);
        const QString on = QLocale().createSeparatedList(inputs);
        if (kind == QLatin1String("scan_dataset") && !on.isEmpty())
            return tr("Count %1").arg(on);
        const QString name = params.value(QStringLiteral("name")).toString();
        if (kind == QLatin1String("train_tokenizer") && !on.isEmpty())
            return name.isEmpty() ? tr("Train tokenizer on %1").arg(on) : tr("Train tokenizer %1 on %2").arg(name, on);
    }
    if (!source.isEmpty())
        return tr("%1 %2", "job kind, what it reads").arg(kindName(kind), source);
    return kindName(kind);
}

QString JobText::jobLabel(const std::string& specJson)
{
    const QJsonObject spec = QJsonDocument::fromJson(QByteArray::fromStdString(specJson)).object();
    return jobLabel(spec.value(QStringLiteral("kind")).toString(), spec.value(QStringLiteral("params")).toObject());
}

QString JobText::runTitle(const QString& specJson, qint64 runId)
{
    return tr("%1 (run %2)", "job label (run id)").arg(jobLabel(specJson.toStdString())).arg(runId);
}

QString JobText::runStatus(store::RunStatus status)
{
    switch (status) {
    case store::RunStatus::Queued: return tr("queued");
    case store::RunStatus::Running: return tr("running");
    case store::RunStatus::Done: return tr("done");
    case store::RunStatus::Failed: return tr("failed");
    case store::RunStatus::Stopped: return tr("stopped");
    case store::RunStatus::Unknown: return tr("damaged row", "a run whose status in the store is unreadable");
    }
    return {};
}

QString JobText::runnerState(JobRunner::State state)
{
    switch (state) {
    case JobRunner::State::Idle:
        return tr("Waiting");
    case JobRunner::State::Running:
        return tr("Running");
    case JobRunner::State::Stopping:
        return tr("Stopping…");
    case JobRunner::State::Finished:
        return tr("Finished");
    case JobRunner::State::Failed:
        return tr("Failed");
    case JobRunner::State::Stopped:
        return tr("Stopped");
    case JobRunner::State::Refused:
        return tr("Refused");
    case JobRunner::State::Starting:
        return tr("Starting…");
    }
    return {};
}

QString JobText::stageName(const QString& stage)
{
    if (stage == QLatin1String("scan"))
        return tr("reading");
    if (stage == QLatin1String("hash"))
        return tr("hashing");
    if (stage == QLatin1String("write"))
        return tr("writing");
    if (stage == QLatin1String("sample"))
        return tr("sampling");
    if (stage == QLatin1String("score"))
        return tr("scoring");
    if (stage == QLatin1String("train"))
        return tr("training");
    if (stage == QLatin1String("fit target"))
        return tr("modelling the target");
    if (stage == QLatin1String("fit raw"))
        return tr("modelling the pool");
    // "sample gcide", "measure foldoc": a stage and the input it works on.
    if (stage.startsWith(QLatin1String("sample ")))
        return tr("sampling %1").arg(stage.mid(7));
    if (stage.startsWith(QLatin1String("measure ")))
        return tr("measuring %1").arg(stage.mid(8));
    return stage;
}

} // namespace adaptlab
