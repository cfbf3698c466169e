#include "tokenizer_jobs.h"

#include "jobs/job_registry.h"

namespace adaptlab::tokenizer_panel {

namespace {

nlohmann::json names(const QStringList& list)
{
    nlohmann::json array = nlohmann::json::array();
    for (const QString& name : list)
        array.push_back(name.toStdString());
    return array;
}

QString specText(const char* kind, const QString& projectDir, nlohmann::json params)
{
    const nlohmann::json spec = {{"version", 1}, {"kind", kind}, {"project", projectDir.toStdString()},
                                 {"params", std::move(params)}};
    return QString::fromStdString(spec.dump(2));
}

} // namespace

bool kindAvailable(const char* kind)
{
    return jobs::findJobKind(kind) != nullptr;
}

QString trainSpec(const QString& projectDir, const QStringList& datasets, nlohmann::json form)
{
    if (!form.is_object())
        form = nlohmann::json::object();
    form["datasets"] = names(datasets);
    return specText(kTrainKind, projectDir, std::move(form));
}

QString importSpec(const QString& projectDir, const QString& source, const QString& name)
{
    nlohmann::json params = {{"source", source.toStdString()}};
    if (!name.trimmed().isEmpty())
        params["name"] = name.trimmed().toStdString();
    return specText(kImportKind, projectDir, std::move(params));
}

QString fertilitySpec(const QString& projectDir, const QString& tokenizer, const QString& compareTokenizer,
                      const QStringList& datasets, nlohmann::json form)
{
    if (!form.is_object())
        form = nlohmann::json::object();
    form["tokenizer"] = tokenizer.toStdString();
    if (!compareTokenizer.isEmpty())
        form["compare_tokenizer"] = compareTokenizer.toStdString();
    form["datasets"] = names(datasets);
    return specText(kFertilityKind, projectDir, std::move(form));
}

QString shardsSpec(const QString& projectDir, const QString& tokenizerPath, const QStringList& datasets,
                   nlohmann::json form)
{
    if (!form.is_object())
        form = nlohmann::json::object();
    form["tokenizer"] = tokenizerPath.toStdString();
    form["datasets"] = names(datasets);
    return specText(kShardsKind, projectDir, std::move(form));
}

} // namespace adaptlab::tokenizer_panel
