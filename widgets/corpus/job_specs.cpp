#include "job_specs.h"

#include "jobs/job_registry.h"
#include "jobs/param_schema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

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

nlohmann::json qualityRuleChoices(const std::vector<corpus::QualityRule>& rules)
{
    nlohmann::json list = nlohmann::json::array();
    for (const corpus::QualityRule& rule : rules)
        list.push_back({{"key", rule.key}, {"enabled", rule.enabled}, {"threshold", rule.threshold}});
    return list;
}

std::vector<corpus::QualityRule> applyQualityRuleChoices(const nlohmann::json& choices, const QString& field,
                                                         QStringList* problems)
{
    std::vector<corpus::QualityRule> rules = corpus::defaultQualityRules();
    auto problem = [problems](const QString& where, const QString& what) {
        if (problems != nullptr)
            problems->append(QCoreApplication::translate("adaptlab::corpus_panel::JobSpecs", "%1: %2").arg(where, what));
    };
    if (!choices.is_array()) {
        problem(field, QCoreApplication::translate("adaptlab::corpus_panel::JobSpecs", "must be a list of rules"));
        return rules;
    }
    for (size_t i = 0; i < choices.size(); ++i) {
        const nlohmann::json& c = choices[i];
        const QString at = QStringLiteral("%1[%2]").arg(field).arg(i);
        if (!c.is_object() || !c.contains("key") || !c["key"].is_string()) {
            problem(at, QCoreApplication::translate("adaptlab::corpus_panel::JobSpecs", "must be an object with a \"key\""));
            continue;
        }
        const std::string key = c["key"].get<std::string>();
        const auto rule = std::find_if(rules.begin(), rules.end(), [&key](const auto& r) { return r.key == key; });
        if (rule == rules.end()) {
            problem(at + QStringLiteral(".key"), QCoreApplication::translate("adaptlab::corpus_panel::JobSpecs", "unknown rule \"%1\"")
                                                     .arg(QString::fromStdString(key)));
            continue;
        }
        if (c.contains("enabled")) {
            if (c["enabled"].is_boolean())
                rule->enabled = c["enabled"].get<bool>();
            else
                problem(at + QStringLiteral(".enabled"), QCoreApplication::translate("adaptlab::corpus_panel::JobSpecs", "must be true or false"));
        }
        if (c.contains("threshold")) {
            if (c["threshold"].is_number() && std::isfinite(c["threshold"].get<double>()))
                rule->threshold = c["threshold"].get<double>();
            else
                problem(at + QStringLiteral(".threshold"), QCoreApplication::translate("adaptlab::corpus_panel::JobSpecs", "must be a number"));
        }
    }
    return rules;
}

QString filterSpec(const QString& projectDir, const FilterChoice& choice)
{
    // The same list the dataset's saved settings hold, in the spec's JSON.
    const QJsonArray rules = QJsonDocument::fromJson(QByteArray::fromStdString(qualityRuleChoices(choice.rules).dump())).array();
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
    params.insert(QStringLiteral("buckets"), choice.buckets);
    params.insert(QStringLiteral("output"), choice.output);
    return specText(QStringLiteral("corpus_select"), projectDir, params);
}

QString previewCommand()
{
    return QStringLiteral("adaptlab-cli run spec.json");
}

QString cliCommand(const QString& specText)
{
    const nlohmann::json spec = nlohmann::json::parse(specText.toStdString(), nullptr, /*allow_exceptions=*/false);
    const std::vector<std::string> args = jobs::cliArguments(spec);
    if (args.empty())
        return {};
    QString command = QStringLiteral("adaptlab-cli");
    for (const std::string& arg : args)
        command += QLatin1Char(' ') + QString::fromStdString(jobs::shellQuoted(arg));
    return command;
}

QString withDevicePolicy(const QString& specText, const QString& policy)
{
    nlohmann::json spec = nlohmann::json::parse(specText.toStdString(), nullptr, /*allow_exceptions=*/false);
    if (!spec.is_object() || !spec.contains("kind") || !spec["kind"].is_string())
        return specText;
    const jobs::JobKind* kind = jobs::findJobKind(spec["kind"].get<std::string>());
    if (!kind || !kind->param("device") || !spec.contains("params") || !spec["params"].is_object() ||
        spec["params"].contains("device"))
        return specText;
    spec["params"]["device"] = policy.toStdString();
    return QString::fromStdString(spec.dump(4));
}

int schemaDefaultInt(const char* kind, const char* key)
{
    return jobs::paramOr(*jobs::findJobKind(kind), nlohmann::json::object(), key).get<int>();
}

bool schemaDefaultBool(const char* kind, const char* key)
{
    return jobs::paramOr(*jobs::findJobKind(kind), nlohmann::json::object(), key).get<bool>();
}

} // namespace adaptlab::corpus_panel
