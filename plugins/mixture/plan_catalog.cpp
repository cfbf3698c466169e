#include "plan_catalog.h"

#include "train_catalog.h"

#include "store/project_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <map>
#include <set>

namespace adaptlab::mixture {

QString plansDir(const QString& projectDir)
{
    return QDir(projectDir).filePath(QStringLiteral("plans"));
}

QString planFile(const QString& projectDir, const QString& name)
{
    return QDir(plansDir(projectDir)).filePath(name + QStringLiteral(".json"));
}

QString planNameProblem(const QString& name)
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("PlanCatalog", "A plan needs a name.");
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_\\-][A-Za-z0-9_.\\-]{0,99}$"));
    if (!allowed.match(name).hasMatch())
        return QCoreApplication::translate("PlanCatalog",
                                           "\"%1\": use letters, digits, '-', '_' and '.' only (it becomes the file "
                                           "name plans/%1.json), at most 100 characters, not starting with '.'.")
            .arg(name);
    return {};
}

PlanCatalog readPlanCatalog(const store::ProjectStore& store)
{
    PlanCatalog catalog;
    std::map<int64_t, QString> datasetNames;
    for (const store::DatasetRecord& dataset : store.datasets())
        datasetNames[dataset.id] = QString::fromStdString(dataset.name);

    // One source per (dataset, tokenizer): the newest build, whose counts are the ones a run reads.
    auto shards = store.tokenShards();
    std::sort(shards.begin(), shards.end(), [](const auto& a, const auto& b) { return a.id > b.id; });
    std::set<std::pair<QString, QString>> seen;
    for (const store::TokenShardsRecord& record : shards) {
        const auto name = record.datasetId ? datasetNames.find(*record.datasetId) : datasetNames.end();
        if (name == datasetNames.end())
            continue; // a build of files or of several inputs has no dataset to name it by
        if (!seen.insert({name->second, QString::fromStdString(record.tokenizerFingerprint)}).second)
            continue;
        PlanSourceEntry entry;
        entry.dataset = name->second;
        // Plans name shards relative to the project, so a moved project keeps its plans.
        entry.shards = QString::fromStdString(store.relativePath(store.absolutePath(record.folder)));
        entry.shardsPath = QString::fromStdString(store.absolutePath(record.folder).string());
        entry.tokenizer = QString::fromStdString(store.relativePath(store.absolutePath(record.tokenizerPath)));
        entry.tokenizerPath = QString::fromStdString(store.absolutePath(record.tokenizerPath).string());
        entry.tokens = record.tokens;
        entry.documents = record.documents;
        if (!QFileInfo::exists(entry.shardsPath))
            continue; // removed from disk: a plan could not read it
        catalog.sources.push_back(std::move(entry));
    }
    std::set<QString> sharded;
    for (const PlanSourceEntry& entry : catalog.sources)
        sharded.insert(entry.dataset);
    for (const auto& [id, name] : datasetNames)
        if (!sharded.count(name))
            catalog.unsharded << name;
    catalog.unsharded.sort();
    std::stable_sort(catalog.sources.begin(), catalog.sources.end(),
                     [](const PlanSourceEntry& a, const PlanSourceEntry& b) { return a.dataset < b.dataset; });

    const QString root = QString::fromStdString(store.root().string());
    const QFileInfoList files = QDir(plansDir(root)).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo& file : files)
        if (planNameProblem(file.completeBaseName()).isEmpty())
            catalog.plans << file.completeBaseName();

    for (const train_panel::TrainRunEntry& run : train_panel::readProjectCatalog(store).runs)
        for (auto it = run.checkpoints.rbegin(); it != run.checkpoints.rend(); ++it)
            if (run.adapter.isEmpty()) // an adapter-only run has no full model to start from
                catalog.checkpoints << it->path;
    return catalog;
}

} // namespace adaptlab::mixture
