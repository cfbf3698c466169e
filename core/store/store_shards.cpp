// ProjectStore: the token_shards table (v5), which token shard folders exist.
#include "store/store_impl.h"

namespace adaptlab::store {

namespace {

constexpr const char* kShardColumns =
    "id, dataset_id, tokenizer_fingerprint, tokenizer_path, options_hash, options_json, dataset_fingerprint, "
    "folder, documents, tokens, heldout_documents, heldout_tokens, dtype, vocab_size, created_at";

TokenShardsRecord readShards(const SqliteStatement& row)
{
    TokenShardsRecord r;
    r.id = row.int64At(0);
    r.datasetId = row.optionalInt64At(1);
    r.tokenizerFingerprint = row.textAt(2);
    r.tokenizerPath = row.textAt(3);
    r.optionsHash = row.textAt(4);
    r.optionsJson = row.textAt(5);
    r.datasetFingerprint = row.textAt(6);
    r.folder = row.textAt(7);
    r.documents = row.int64At(8);
    r.tokens = row.int64At(9);
    r.heldoutDocuments = row.int64At(10);
    r.heldoutTokens = row.int64At(11);
    r.dtype = row.textAt(12);
    r.vocabSize = row.int64At(13);
    r.createdAt = row.textAt(14);
    return r;
}

} // namespace

int64_t ProjectStore::recordTokenShards(const TokenShardsRecord& shards)
{
    if (shards.folder.empty())
        throwStoreError("record token shards", d->subject, "the shards have no folder");
    if (shards.dtype != "u16" && shards.dtype != "u32")
        throwStoreError("record token shards", d->subject, "dtype must be u16 or u32, not '" + shards.dtype + "'");
    auto transaction = d->beginWrite("record token shards");
    // One row per folder: a rebuild replaces the row of the build it replaced.
    d->prepare("INSERT INTO token_shards (dataset_id, tokenizer_fingerprint, tokenizer_path, options_hash, options_json, "
               "dataset_fingerprint, folder, documents, tokens, heldout_documents, heldout_tokens, dtype, vocab_size, "
               "created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) "
               "ON CONFLICT (folder) DO UPDATE SET dataset_id = excluded.dataset_id, "
               "tokenizer_fingerprint = excluded.tokenizer_fingerprint, tokenizer_path = excluded.tokenizer_path, "
               "options_hash = excluded.options_hash, options_json = excluded.options_json, "
               "dataset_fingerprint = excluded.dataset_fingerprint, documents = excluded.documents, "
               "tokens = excluded.tokens, heldout_documents = excluded.heldout_documents, "
               "heldout_tokens = excluded.heldout_tokens, dtype = excluded.dtype, vocab_size = excluded.vocab_size, "
               "created_at = excluded.created_at")
        .bindOptionalInt64(1, shards.datasetId)
        .bindText(2, shards.tokenizerFingerprint)
        .bindText(3, d->storedPath(shards.tokenizerPath, *this))
        .bindText(4, shards.optionsHash)
        .bindText(5, shards.optionsJson)
        .bindText(6, shards.datasetFingerprint)
        .bindText(7, d->storedPath(shards.folder, *this))
        .bindInt64(8, shards.documents)
        .bindInt64(9, shards.tokens)
        .bindInt64(10, shards.heldoutDocuments)
        .bindInt64(11, shards.heldoutTokens)
        .bindText(12, shards.dtype)
        .bindInt64(13, shards.vocabSize)
        .bindText(14, nowIso8601())
        .execute();
    auto id = d->prepare("SELECT id FROM token_shards WHERE folder = ?1");
    id.bindText(1, d->storedPath(shards.folder, *this));
    const int64_t result = id.step() ? id.int64At(0) : 0;
    id.reset();
    transaction.commit();
    return result;
}

std::vector<TokenShardsRecord> ProjectStore::tokenShards(std::optional<int64_t> datasetId) const
{
    auto statement = d->prepare(select(kShardColumns, datasetId ? "FROM token_shards WHERE dataset_id = ?1 ORDER BY id DESC"
                                                                : "FROM token_shards ORDER BY id DESC"));
    if (datasetId)
        statement.bindInt64(1, *datasetId);
    std::vector<TokenShardsRecord> out;
    while (statement.step())
        out.push_back(readShards(statement));
    return out;
}

std::optional<TokenShardsRecord> ProjectStore::tokenShardsByFolder(const std::string& folder) const
{
    auto statement = d->prepare(select(kShardColumns, "FROM token_shards WHERE folder = ?1"));
    statement.bindText(1, d->storedPath(folder, *this));
    if (!statement.step())
        return std::nullopt;
    return readShards(statement);
}

void ProjectStore::removeTokenShards(int64_t id)
{
    auto transaction = d->beginWrite("remove token shards");
    d->prepare("DELETE FROM token_shards WHERE id = ?1").bindInt64(1, id).execute();
    d->requireChanged("remove token shards", "token shards", id);
    transaction.commit();
}

} // namespace adaptlab::store
