#include "train_catalog.h"

#include "train_spec.h"

#include "jobs/run_control.h"
#include "model/llama_config.h"
#include "store/project_store.h"
#include "train/checkpoint_folder.h"

#include <nlohmann/json.hpp>

#include <QFileInfo>

#include <algorithm>
#include <set>

namespace adaptlab::train_panel {

namespace {

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

// The parameter count of a kept checkpoint (its config.json), 0 when it cannot be read.
qint64 parametersOf(const QString& folder)
{
    try {
        return model::LlamaConfig::load((folder + QStringLiteral("/config.json")).toStdString()).parameterCount();
    } catch (const std::exception&) {
        return 0;
    }
}

} // namespace

std::vector<CheckpointEntry> listCheckpoints(const QString& runDir)
{
    // The trainer's own rule for what a checkpoint is (train/checkpoint_folder.h), then final/.
    std::vector<CheckpointEntry> entries;
    for (const std::filesystem::path& folder : train::listCheckpoints(runDir.toStdString()))
        entries.push_back({fromStd(folder.string()), train::checkpointStep(folder.filename().string()), false});
    const QFileInfo finalDir(runDir + QStringLiteral("/final"));
    if (QFileInfo::exists(finalDir.filePath() + QStringLiteral("/config.json")))
        entries.push_back({finalDir.absoluteFilePath(), entries.empty() ? 0 : entries.back().step, true});
    return entries;
}

ProjectCatalog readProjectCatalog(const store::ProjectStore& store)
{
    ProjectCatalog catalog;
    for (const store::DatasetRecord& dataset : store.datasets()) {
        catalog.datasets << fromStd(dataset.name);
        catalog.datasetFiles.push_back({fromStd(dataset.name), fromStd(store.absolutePath(dataset.path).string())});
    }
    std::sort(catalog.datasetFiles.begin(), catalog.datasetFiles.end(), [](const auto& a, const auto& b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    catalog.datasets.sort(Qt::CaseInsensitive);

    auto artifacts = store.artifacts();
    std::sort(artifacts.begin(), artifacts.end(), [](const auto& a, const auto& b) { return a.id > b.id; });
    std::set<std::string> seen;
    for (const store::ArtifactRecord& artifact : artifacts) {
        if (artifact.kind != "tokenizer" || !seen.insert(artifact.path).second)
            continue;
        const nlohmann::json meta = nlohmann::json::parse(artifact.metadataJson, nullptr, /*allow_exceptions=*/false);
        TokenizerEntry entry;
        entry.path = fromStd(store.absolutePath(artifact.path).string());
        if (meta.is_object()) {
            if (const auto name = meta.find("name"); name != meta.end() && name->is_string())
                entry.name = fromStd(name->get<std::string>());
            if (const auto vocab = meta.find("vocab_size"); vocab != meta.end() && vocab->is_number_integer())
                entry.vocabSize = vocab->get<qint64>();
        }
        if (entry.name.isEmpty())
            entry.name = QFileInfo(entry.path).completeBaseName();
        catalog.tokenizers.push_back(std::move(entry));
    }

    const std::string host = jobs::thisHost();
    for (const store::RunRecord& run : store.runs()) { // newest first
        if (run.kind != kTrainKind)
            continue;
        TrainRunEntry entry;
        entry.id = run.id;
        entry.status = fromStd(store::toString(run.status));
        entry.message = fromStd(run.message);
        entry.specJson = fromStd(run.specJson);
        entry.resultJson = fromStd(run.resultJson);
        entry.createdAt = fromStd(run.createdAt);
        entry.host = fromStd(run.host);
        entry.checkpoints = listCheckpoints(fromStd((store.root() / "runs" / std::to_string(run.id)).string()));
        // PEFT's layout (model/lora_config.h): a folder with adapter_config.json. A LoRA run of the
        // train kind writes it as runs/<id>/adapter (the CLI's --out/adapter contract); final/adapter
        // is looked at too.
        for (const char* place : {"adapter", "final/adapter"}) {
            const std::filesystem::path adapter = store.root() / "runs" / std::to_string(run.id) / place;
            if (entry.adapter.isEmpty() && std::filesystem::exists(adapter / "adapter_config.json"))
                entry.adapter = fromStd(adapter.string());
        }
        if (!entry.adapter.isEmpty()) {
            const nlohmann::json spec = nlohmann::json::parse(run.specJson, nullptr, /*allow_exceptions=*/false);
            const nlohmann::json* params = spec.is_object() && spec.contains("params") ? &spec["params"] : nullptr;
            if (params && params->is_object() && params->value("base", nlohmann::json()).is_string()) {
                std::filesystem::path base = params->value("base", std::string());
                if (base.is_relative())
                    base = store.root() / base;
                std::error_code ec;
                if (std::filesystem::exists(base / "config.json", ec))
                    entry.adapterBase = fromStd(base.lexically_normal().string());
            }
        }
        // The speed of the newest finished run on this machine, to estimate the next one's time.
        if (catalog.lastSpeed.runId == 0 && run.status == store::RunStatus::Done && run.host == host &&
            !entry.checkpoints.empty()) {
            const nlohmann::json result = nlohmann::json::parse(run.resultJson, nullptr, /*allow_exceptions=*/false);
            const auto tps = result.is_object() ? result.find("tokens_per_second") : result.end();
            if (result.is_object() && tps != result.end() && tps->is_number() && tps->get<double>() > 0) {
                const qint64 parameters = parametersOf(entry.checkpoints.back().path);
                if (parameters > 0)
                    catalog.lastSpeed = {run.id, tps->get<double>(), parameters};
            }
        }
        catalog.runs.push_back(std::move(entry));
    }
    return catalog;
}

} // namespace adaptlab::train_panel
