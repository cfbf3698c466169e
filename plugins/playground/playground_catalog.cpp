#include "playground_catalog.h"

#include "train_catalog.h"

#include "store/project_store.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <set>

namespace adaptlab::playground {

namespace {

// The labels' translation context (lupdate sees tr() calls in its scope).
class PlaygroundCatalogText {
    Q_DECLARE_TR_FUNCTIONS(adaptlab::playground::PlaygroundCatalog)
};

} // namespace

bool isModelFolder(const QString& folder)
{
    return !folder.isEmpty() && QFileInfo(folder + QStringLiteral("/config.json")).isFile();
}

bool isAdapterFolder(const QString& folder)
{
    return !folder.isEmpty() && QFileInfo(folder + QStringLiteral("/adapter_config.json")).isFile();
}

PlaygroundCatalog readPlaygroundCatalog(const store::ProjectStore& store)
{
    PlaygroundCatalog catalog;
    const train_panel::ProjectCatalog runs = train_panel::readProjectCatalog(store);
    for (const train_panel::TrainRunEntry& run : runs.runs) { // newest first
        const QString runDir = QString::fromStdString((store.root() / "runs" / std::to_string(run.id)).string());
        // Final model first: it is what a user most often wants to try.
        for (auto it = run.checkpoints.rbegin(); it != run.checkpoints.rend(); ++it) {
            const QString label = it->isFinal ? PlaygroundCatalogText::tr("Run %1 · final").arg(run.id)
                                              : PlaygroundCatalogText::tr("Run %1 · step %2").arg(run.id).arg(it->step);
            catalog.models.push_back({label, it->path});
        }
        // A LoRA run writes its adapter under the run's output folder (train --out DIR: DIR/adapter),
        // and its checkpoints may hold one each.
        std::set<QString> seen;
        const auto addAdapter = [&](const QString& folder, const QString& label) {
            const QString path = QFileInfo(folder).absoluteFilePath();
            if (isAdapterFolder(path) && seen.insert(path).second)
                catalog.adapters.push_back({label, path});
        };
        addAdapter(runDir + QStringLiteral("/adapter"), PlaygroundCatalogText::tr("Run %1 · adapter").arg(run.id));
        addAdapter(runDir + QStringLiteral("/final/adapter"), PlaygroundCatalogText::tr("Run %1 · adapter").arg(run.id));
        addAdapter(runDir + QStringLiteral("/final"), PlaygroundCatalogText::tr("Run %1 · adapter").arg(run.id));
        for (auto it = run.checkpoints.rbegin(); it != run.checkpoints.rend(); ++it) {
            if (!it->isFinal)
                addAdapter(it->path + QStringLiteral("/adapter"), PlaygroundCatalogText::tr("Run %1 · step %2 adapter").arg(run.id).arg(it->step));
        }
    }
    for (const store::ArtifactRecord& artifact : store.artifacts()) {
        if (artifact.kind != "model")
            continue;
        const QString path = QString::fromStdString(store.absolutePath(artifact.path).string());
        if (!isModelFolder(path))
            continue;
        const nlohmann::json meta = nlohmann::json::parse(artifact.metadataJson, nullptr, /*allow_exceptions=*/false);
        QString label = QFileInfo(path).fileName();
        if (meta.is_object() && meta.contains("name") && meta["name"].is_string())
            label = QString::fromStdString(meta["name"].get<std::string>());
        catalog.models.push_back({label, path});
    }
    return catalog;
}

} // namespace adaptlab::playground
