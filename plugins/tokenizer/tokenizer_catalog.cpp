#include "tokenizer_catalog.h"

#include "store/project_store.h"

#include <nlohmann/json.hpp>

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>
#include <map>
#include <set>

namespace adaptlab::tokenizer_panel {

namespace {

QString text(const nlohmann::json& object, const char* key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

// What the bytes on disk amount to: a file's size, a folder's files' sizes; -1 when it is gone.
qint64 sizeOnDisk(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return -1;
    if (!info.isDir())
        return info.size();
    qint64 total = 0;
    for (const QFileInfo& file : QDir(path).entryInfoList(QDir::Files))
        total += file.size();
    return total;
}

// The newest modification time of PATH's files (a file, or a folder's files at any depth); invalid
// when there is none.
QDateTime newestModification(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    if (!info.isDir())
        return info.lastModified();
    QDateTime newest;
    QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QDateTime modified = it.fileInfo().lastModified();
        if (!newest.isValid() || modified > newest)
            newest = modified;
    }
    return newest;
}

QString describeModelType(const QString& modelType)
{
    if (modelType == QLatin1String("bpe"))
        return QStringLiteral("SentencePiece BPE");
    if (modelType == QLatin1String("unigram"))
        return QStringLiteral("SentencePiece unigram");
    return {};
}

} // namespace

Catalog readCatalog(const store::ProjectStore& store)
{
    Catalog catalog;
    auto artifacts = store.artifacts();
    // Newest first: a tokenizer recorded again (imported twice to one path) shows its latest facts.
    std::sort(artifacts.begin(), artifacts.end(), [](const auto& a, const auto& b) { return a.id > b.id; });
    std::set<std::string> seen;
    for (const store::ArtifactRecord& artifact : artifacts) {
        if (artifact.kind != "tokenizer" || !seen.insert(artifact.path).second)
            continue;
        const nlohmann::json meta = nlohmann::json::parse(artifact.metadataJson, nullptr, /*allow_exceptions=*/false);
        const nlohmann::json object = meta.is_object() ? meta : nlohmann::json::object();
        TokenizerEntry entry;
        entry.storedPath = QString::fromStdString(artifact.path);
        entry.path = QString::fromStdString(store.absolutePath(artifact.path).string());
        const QFileInfo file(entry.path);
        entry.name = text(object, "name");
        if (entry.name.isEmpty() && file.isDir())
            entry.name = file.fileName();
        else if (entry.name.isEmpty() && file.fileName() == QLatin1String("tokenizer.json"))
            entry.name = QFileInfo(file.absolutePath()).fileName(); // a model folder's tokenizer
        else if (entry.name.isEmpty())
            entry.name = file.completeBaseName();
        entry.description = text(object, "description");
        if (entry.description.isEmpty())
            entry.description = describeModelType(text(object, "model_type"));
        if (const auto it = object.find("vocab_size"); it != object.end() && it->is_number_integer())
            entry.vocabSize = it->get<qint64>();
        entry.fingerprint = text(object, "fingerprint");
        entry.runId = artifact.runId.value_or(0);
        entry.fileBytes = sizeOnDisk(entry.path);
        catalog.tokenizers.push_back(std::move(entry));
    }
    std::map<int64_t, QString> datasetNames;
    std::map<int64_t, QString> datasetPaths;
    for (const store::DatasetRecord& dataset : store.datasets()) {
        catalog.datasets.push_back({QString::fromStdString(dataset.name), dataset.documents, dataset.bytes});
        datasetNames[dataset.id] = QString::fromStdString(dataset.name);
        datasetPaths[dataset.id] = QString::fromStdString(store.absolutePath(dataset.path).string());
    }
    std::map<int64_t, QDateTime> datasetModified; // asked once per dataset
    // A shard folder per dataset: those built from one dataset (a build of several inputs has no
    // dataset of its own). Newest first, so a rebuilt folder shows its latest counts.
    auto shards = store.tokenShards();
    std::sort(shards.begin(), shards.end(), [](const auto& a, const auto& b) { return a.id > b.id; });
    for (const store::TokenShardsRecord& record : shards) {
        const auto name = record.datasetId ? datasetNames.find(*record.datasetId) : datasetNames.end();
        if (name == datasetNames.end())
            continue;
        ShardEntry entry;
        entry.dataset = name->second;
        entry.tokenizerPath = QString::fromStdString(store.absolutePath(record.tokenizerPath).string());
        entry.tokenizerFingerprint = QString::fromStdString(record.tokenizerFingerprint);
        entry.dir = QString::fromStdString(store.absolutePath(record.folder).string());
        entry.documents = record.documents;
        entry.tokens = record.tokens;
        entry.heldoutDocuments = record.heldoutDocuments;
        entry.heldoutTokens = record.heldoutTokens;
        entry.dtype = QString::fromStdString(record.dtype);
        entry.folderMissing = !QFileInfo(entry.dir).isDir();
        auto modified = datasetModified.find(*record.datasetId);
        if (modified == datasetModified.end())
            modified = datasetModified.emplace(*record.datasetId, newestModification(datasetPaths[*record.datasetId])).first;
        const QDateTime built = QDateTime::fromString(QString::fromStdString(record.createdAt), Qt::ISODateWithMs);
        entry.datasetChanged = modified->second.isValid() && built.isValid() && modified->second > built;
        catalog.shards.push_back(std::move(entry));
    }
    for (const store::RunRecord& run : store.runs()) { // newest first
        if (run.kind == "tokenizer_fertility" && run.status == store::RunStatus::Done) {
            catalog.fertilityResult = QString::fromStdString(run.resultJson);
            catalog.fertilityRun = run.id;
            break;
        }
    }
    return catalog;
}

} // namespace adaptlab::tokenizer_panel
