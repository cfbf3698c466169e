#include "job_specs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace adaptlab::corpus_panel {

namespace {

QString specText(const QString& kind, const QString& projectDir, const QJsonObject& params)
{
    QJsonObject spec;
    spec.insert(QStringLiteral("version"), 1);
    spec.insert(QStringLiteral("kind"), kind);
    spec.insert(QStringLiteral("project"), projectDir);
    spec.insert(QStringLiteral("params"), params);
    return QString::fromUtf8(QJsonDocument(spec).toJson(QJsonDocument::Indented));
}

} // namespace

QString dedupModeKey(DedupMode mode)
{
    switch (mode) {
    case DedupMode::Exact: return QStringLiteral("exact");
    case DedupMode::Near: return QStringLiteral("near");
    case DedupMode::Both: return QStringLiteral("both");
    }
    return QStringLiteral("both");
}

QString inspectSpec(const QString& projectDir, const QString& dataset)
{
    QJsonObject params;
    params.insert(QStringLiteral("dataset"), dataset);
    return specText(QStringLiteral("corpus_inspect"), projectDir, params);
}

QString filterSpec(const QString& projectDir, const FilterChoice& choice)
{
    QJsonArray rules;
    for (const corpus::QualityRule& rule : choice.rules) {
        QJsonObject r;
        r.insert(QStringLiteral("key"), QString::fromStdString(rule.key));
        r.insert(QStringLiteral("enabled"), rule.enabled);
        r.insert(QStringLiteral("threshold"), rule.threshold);
        rules.append(r);
    }
    QJsonObject params;
    params.insert(QStringLiteral("dataset"), choice.dataset);
    params.insert(QStringLiteral("rules"), rules);
    params.insert(QStringLiteral("output"), choice.output);
    params.insert(QStringLiteral("c4_clean_lines"), choice.c4CleanLines);
    return specText(QStringLiteral("corpus_filter"), projectDir, params);
}

QString dedupSpec(const QString& projectDir, const DedupChoice& choice)
{
    QJsonObject params;
    params.insert(QStringLiteral("dataset"), choice.dataset);
    params.insert(QStringLiteral("mode"), dedupModeKey(choice.mode));
    params.insert(QStringLiteral("bands"), choice.bands);
    params.insert(QStringLiteral("rows"), choice.rows);
    params.insert(QStringLiteral("output"), choice.output);
    return specText(QStringLiteral("corpus_dedup"), projectDir, params);
}

QString selectSpec(const QString& projectDir, const SelectChoice& choice)
{
    QJsonObject params;
    params.insert(QStringLiteral("dataset"), choice.raw);
    params.insert(QStringLiteral("target"), choice.target);
    params.insert(QStringLiteral("k"), choice.k);
    params.insert(QStringLiteral("seed"), choice.seed);
    params.insert(QStringLiteral("noise"), choice.noise);
    params.insert(QStringLiteral("chunk_words"), choice.chunkWords);
    params.insert(QStringLiteral("output"), choice.output);
    return specText(QStringLiteral("corpus_select"), projectDir, params);
}

QString previewCommand()
{
    return QStringLiteral("adaptlab-cli run spec.json");
}

} // namespace adaptlab::corpus_panel
