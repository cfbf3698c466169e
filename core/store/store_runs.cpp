// ProjectStore: runs (status, result, pid) and the artifacts they write.
#include "store/store_impl.h"

namespace adaptlab::store {

namespace fs = std::filesystem;

std::string toString(RunStatus status)
{
    switch (status) {
    case RunStatus::Queued: return "queued";
    case RunStatus::Running: return "running";
    case RunStatus::Done: return "done";
    case RunStatus::Failed: return "failed";
    case RunStatus::Stopped: return "stopped";
    case RunStatus::Unknown: return "unknown";
    }
    throw StoreError("unknown run status " + std::to_string(static_cast<int>(status)));
}

RunStatus runStatusFromString(const std::string& text)
{
    for (auto status : {RunStatus::Queued, RunStatus::Running, RunStatus::Done, RunStatus::Failed,
                        RunStatus::Stopped}) {
        if (toString(status) == text)
            return status;
    }
    throw StoreError("unknown run status '" + text + "'");
}

// ---- runs ---------------------------------------------------------------------------------------

int64_t ProjectStore::createRun(const std::string& kind, const std::string& specJson,
                                std::optional<int64_t> parentRunId)
{
    if (kind.empty())
        throwStoreError("create run", d->subject, "the run has no kind");
    auto transaction = d->beginWrite("create run");
    d->prepare("INSERT INTO runs (kind, status, spec_json, parent_run_id, created_at) "
               "VALUES (?1, ?2, ?3, ?4, ?5)")
        .bindText(1, kind)
        .bindText(2, toString(RunStatus::Queued))
        .bindText(3, specJson)
        .bindOptionalInt64(4, parentRunId)
        .bindText(5, nowIso8601())
        .execute();
    const int64_t id = sqlite3_last_insert_rowid(d->db);
    transaction.commit();
    return id;
}

void ProjectStore::setRunStatus(int64_t id, RunStatus status, const std::string& message)
{
    if (status == RunStatus::Unknown)
        throwStoreError("set run status", d->subject,
                        "run " + std::to_string(id) + " cannot be given the status 'unknown'; it only "
                        "describes rows this build cannot read");
    // Running stamps the start (a resumed run keeps its first start) and clears an old finish;
    // the three end states stamp the finish.
    auto transaction = d->beginWrite("set run status");
    d->prepare("UPDATE runs SET status = ?1, message = ?2, "
               "started_at = CASE WHEN ?1 = 'running' THEN COALESCE(started_at, ?3) "
               "                  ELSE started_at END, "
               "finished_at = CASE WHEN ?1 IN ('done', 'failed', 'stopped') THEN ?3 "
               "                   WHEN ?1 = 'running' THEN NULL "
               "                   ELSE finished_at END "
               "WHERE id = ?4")
        .bindText(1, toString(status))
        .bindText(2, message)
        .bindText(3, nowIso8601())
        .bindInt64(4, id)
        .execute();
    d->requireChanged("set run status", "run", id);
    transaction.commit();
}

void ProjectStore::setRunResult(int64_t id, const std::string& resultJson)
{
    auto transaction = d->beginWrite("set run result");
    d->prepare("UPDATE runs SET result_json = ?1 WHERE id = ?2")
        .bindText(1, resultJson)
        .bindInt64(2, id)
        .execute();
    d->requireChanged("set run result", "run", id);
    transaction.commit();
}

void ProjectStore::setRunPid(int64_t id, int64_t pid)
{
    auto transaction = d->beginWrite("set run pid");
    d->prepare("UPDATE runs SET pid = ?1 WHERE id = ?2").bindInt64(1, pid).bindInt64(2, id).execute();
    d->requireChanged("set run pid", "run", id);
    transaction.commit();
}

void ProjectStore::setRunProcess(int64_t id, int64_t pid, int64_t pidStartTime, const std::string& host)
{
    auto transaction = d->beginWrite("set run process");
    d->prepare("UPDATE runs SET pid = ?1, pid_start_time = ?2, host = ?3, heartbeat_at = ?4 WHERE id = ?5")
        .bindInt64(1, pid)
        .bindInt64(2, pidStartTime)
        .bindText(3, host)
        .bindText(4, nowIso8601())
        .bindInt64(5, id)
        .execute();
    d->requireChanged("set run process", "run", id);
    transaction.commit();
}

void ProjectStore::touchRunHeartbeat(int64_t id)
{
    // One statement in autocommit: the cheapest write there is; a heartbeat that waits on another
    // writer beyond the busy timeout throws, and the caller tries again at the next beat.
    if (d->damage)
        throwStoreError("touch run heartbeat", d->subject, d->damagedText());
    d->prepare("UPDATE runs SET heartbeat_at = ?1 WHERE id = ?2").bindText(1, nowIso8601()).bindInt64(2, id).execute();
    d->requireChanged("touch run heartbeat", "run", id);
}

bool ProjectStore::finishRunIf(int64_t id, RunStatus expectedStatus, int64_t expectedPid, RunStatus status,
                               const std::string& message, const std::optional<std::string>& resultJson)
{
    if (status != RunStatus::Done && status != RunStatus::Failed && status != RunStatus::Stopped)
        throwStoreError("finish run", d->subject,
                        "run " + std::to_string(id) + " can only be finished as done, failed or stopped");
    auto transaction = d->beginWrite("finish run");
    auto update = d->prepare("UPDATE runs SET status = ?1, message = ?2, finished_at = ?3, "
                             "result_json = COALESCE(?4, result_json) "
                             "WHERE id = ?5 AND status = ?6 AND pid = ?7");
    update.bindText(1, toString(status)).bindText(2, message).bindText(3, nowIso8601());
    if (resultJson)
        update.bindText(4, *resultJson);
    else
        update.bindNull(4);
    update.bindInt64(5, id).bindText(6, toString(expectedStatus)).bindInt64(7, expectedPid).execute();
    const bool changed = sqlite3_changes(d->db) > 0;
    transaction.commit();
    return changed;
}

std::vector<RunRecord> ProjectStore::runs() const
{
    auto statement = d->prepare(select(kRunColumns, "FROM runs ORDER BY id DESC"));
    std::vector<RunRecord> result;
    while (statement.step())
        result.push_back(readRun(statement, d->subject));
    return result;
}

std::optional<RunRecord> ProjectStore::run(int64_t id) const
{
    auto statement = d->prepare(select(kRunColumns, "FROM runs WHERE id = ?1"));
    statement.bindInt64(1, id);
    if (!statement.step())
        return std::nullopt;
    return readRun(statement, d->subject);
}

fs::path ProjectStore::runDir(int64_t id) const
{
    const fs::path dir = d->root / "runs" / std::to_string(id);
    std::error_code error;
    fs::create_directories(dir, error);
    if (error)
        throwStoreError("create folder", dir.string(), error.message());
    return dir;
}

// ---- artifacts ----------------------------------------------------------------------------------

int64_t ProjectStore::addArtifact(const ArtifactRecord& artifact)
{
    if (artifact.kind.empty())
        throwStoreError("add artifact", d->subject, "the artifact has no kind");
    if (artifact.path.empty())
        throwStoreError("add artifact", d->subject, "the artifact has no path");
    auto transaction = d->beginWrite("add artifact");
    d->prepare("INSERT INTO artifacts (run_id, kind, path, metadata_json, created_at) "
               "VALUES (?1, ?2, ?3, ?4, ?5)")
        .bindOptionalInt64(1, artifact.runId)
        .bindText(2, artifact.kind)
        .bindText(3, d->storedPath(artifact.path, *this))
        .bindText(4, artifact.metadataJson)
        .bindText(5, nowIso8601())
        .execute();
    const int64_t id = sqlite3_last_insert_rowid(d->db);
    transaction.commit();
    return id;
}

std::vector<ArtifactRecord> ProjectStore::artifacts(std::optional<int64_t> runId) const
{
    auto statement = runId
        ? d->prepare(select(kArtifactColumns, "FROM artifacts WHERE run_id = ?1 ORDER BY id"))
        : d->prepare(select(kArtifactColumns, "FROM artifacts ORDER BY id"));
    if (runId)
        statement.bindInt64(1, *runId);
    std::vector<ArtifactRecord> result;
    while (statement.step())
        result.push_back(readArtifact(statement));
    return result;
}

} // namespace adaptlab::store
