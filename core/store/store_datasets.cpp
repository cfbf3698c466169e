// ProjectStore: the datasets table and their scan summaries.
#include "store/store_impl.h"

namespace adaptlab::store {

namespace fs = std::filesystem;

// ---- datasets -----------------------------------------------------------------------------------

int64_t ProjectStore::addDataset(const DatasetRecord& dataset)
{
    if (const auto problem = datasetNameProblem(dataset.name))
        throwStoreError("add dataset", d->subject, *problem);
    if (dataset.path.empty())
        throwStoreError("add dataset", d->subject, "dataset '" + dataset.name + "' has no path");

    auto transaction = d->beginWrite("add dataset");
    // Checked under the write lock so the answer cannot go stale; the UNIQUE constraint remains
    // the backstop, this only turns it into a sentence a user understands.
    auto existing = d->prepare("SELECT id FROM datasets WHERE name = ?1");
    existing.bindText(1, dataset.name);
    if (existing.step())
        throwStoreError("add dataset", d->subject,
                        "a dataset named '" + dataset.name + "' already exists");
    existing.reset();

    d->prepare("INSERT INTO datasets (name, path, format, text_field, metadata_json, documents, "
               "bytes, parent_dataset_id, provenance_json, created_at) "
               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
        .bindText(1, dataset.name)
        .bindText(2, d->storedPath(dataset.path, *this))
        .bindText(3, dataset.format)
        .bindText(4, dataset.textField)
        .bindText(5, dataset.metadataJson)
        .bindInt64(6, dataset.documents)
        .bindInt64(7, dataset.bytes)
        .bindOptionalInt64(8, dataset.parentDatasetId)
        .bindText(9, dataset.provenanceJson)
        .bindText(10, nowIso8601())
        .execute();
    const int64_t id = sqlite3_last_insert_rowid(d->db);
    transaction.commit();
    return id;
}

std::vector<DatasetRecord> ProjectStore::datasets() const
{
    auto statement = d->prepare(select(kDatasetColumns, "FROM datasets ORDER BY id"));
    std::vector<DatasetRecord> result;
    while (statement.step())
        result.push_back(readDataset(statement));
    return result;
}

std::optional<DatasetRecord> ProjectStore::dataset(int64_t id) const
{
    auto statement = d->prepare(select(kDatasetColumns, "FROM datasets WHERE id = ?1"));
    statement.bindInt64(1, id);
    if (!statement.step())
        return std::nullopt;
    return readDataset(statement);
}

std::optional<DatasetRecord> ProjectStore::datasetByName(const std::string& name) const
{
    auto statement = d->prepare(select(kDatasetColumns, "FROM datasets WHERE name = ?1"));
    statement.bindText(1, name);
    if (!statement.step())
        return std::nullopt;
    return readDataset(statement);
}

void ProjectStore::setDatasetCounts(int64_t id, int64_t documents, int64_t bytes)
{
    auto transaction = d->beginWrite("set dataset counts");
    d->prepare("UPDATE datasets SET documents = ?1, bytes = ?2 WHERE id = ?3")
        .bindInt64(1, documents)
        .bindInt64(2, bytes)
        .bindInt64(3, id)
        .execute();
    d->requireChanged("set dataset counts", "dataset", id);
    transaction.commit();
}

void ProjectStore::setDatasetSettings(int64_t id, const std::string& settingsJson)
{
    auto transaction = d->beginWrite("set dataset settings");
    d->prepare("UPDATE datasets SET settings_json = ?1 WHERE id = ?2").bindText(1, settingsJson).bindInt64(2, id).execute();
    d->requireChanged("set dataset settings", "dataset", id);
    transaction.commit();
}

void ProjectStore::setDatasetSummary(int64_t datasetId, const std::string& signalsPath, const std::string& summaryJson)
{
    auto transaction = d->beginWrite("set dataset summary");
    d->prepare("INSERT INTO dataset_summaries (dataset_id, signals_path, summary_json, updated_at) "
               "VALUES (?1, ?2, ?3, ?4) ON CONFLICT(dataset_id) DO UPDATE SET "
               "signals_path = excluded.signals_path, summary_json = excluded.summary_json, "
               "updated_at = excluded.updated_at")
        .bindInt64(1, datasetId)
        .bindText(2, signalsPath)
        .bindText(3, summaryJson)
        .bindText(4, nowIso8601())
        .execute();
    transaction.commit();
}

std::optional<DatasetSummaryRecord> ProjectStore::datasetSummary(int64_t datasetId) const
{
    auto statement = d->prepare("SELECT dataset_id, signals_path, summary_json, updated_at "
                                "FROM dataset_summaries WHERE dataset_id = ?1");
    statement.bindInt64(1, datasetId);
    if (!statement.step())
        return std::nullopt;
    return DatasetSummaryRecord{statement.int64At(0), statement.textAt(1), statement.textAt(2), statement.textAt(3)};
}

void ProjectStore::removeDataset(int64_t id)
{
    auto transaction = d->beginWrite("remove dataset");
    const auto dataset = this->dataset(id);
    if (!dataset)
        throwStoreError("remove dataset", d->subject, "no dataset with id " + std::to_string(id));
    // A derived dataset's provenance names its source ("source", as the corpus jobs write it); one
    // that does not gets the parent's name now, before the foreign key forgets the link. Text that
    // is not a JSON object is left as it is: it is still the only record of where the data came from.
    d->prepare("UPDATE datasets SET provenance_json = json_set(provenance_json, '$.source', ?1) "
               "WHERE parent_dataset_id = ?2 AND json_valid(provenance_json) "
               "AND json_type(provenance_json) = 'object' "
               "AND json_type(provenance_json, '$.source') IS NULL")
        .bindText(1, dataset->name)
        .bindInt64(2, id)
        .execute();
    // The artifact a corpus job recorded for this dataset's own file: that file goes with it.
    d->prepare("DELETE FROM artifacts WHERE kind = 'dataset' AND path = ?1 AND "
               "CASE WHEN json_valid(metadata_json) THEN json_extract(metadata_json, '$.dataset') END = ?2")
        .bindText(1, dataset->path)
        .bindText(2, dataset->name)
        .execute();
    d->prepare("DELETE FROM datasets WHERE id = ?1").bindInt64(1, id).execute();
    d->requireChanged("remove dataset", "dataset", id);
    transaction.commit();
}

} // namespace adaptlab::store
