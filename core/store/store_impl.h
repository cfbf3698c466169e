// What the files of ProjectStore (project_store.cpp: opening and counts; store_datasets.cpp,
// store_runs.cpp, store_metrics.cpp: one per table group) share: the connection and its helpers,
// and the column lists with their row readers. Not part of the store's interface.
#pragma once

#include "store/project_store.h"

#include "store/dataset_name.h"
#include "store/schema_migrations.h"
#include "store/sqlite_statement.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <chrono>
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <ctime>
#include <map>
#include <memory>
#include <mutex>
#include <system_error>
#include <thread>



namespace adaptlab::store {

namespace detail {
namespace fs = std::filesystem;
std::string nowIso8601();
bool isRowLevelFinding(std::string_view line);
std::string readOnlyFolderText(const fs::path& folder);
std::string newerSchemaText(int found);
} // namespace detail

using namespace detail;

struct ProjectStore::Impl {
    fs::path root;       // canonical project folder
    fs::path file;       // root / project.adaptlab
    std::string subject; // file as text, for error messages
    sqlite3* db = nullptr;
    int schemaVersion = 0;
    std::optional<std::string> damage; // what quick_check found at open; writes are refused then
    QuickCheckVerdict verdict = QuickCheckVerdict::Passed;
    bool readOnly = false;             // openReadOnly(): every write is refused
    // Statements kept prepared for the hot paths (a trainer's addMetrics every step), by SQL text.
    // Always reset after use (StatementLease), so none pins a WAL snapshot between calls.
    mutable std::map<std::string, SqliteStatement, std::less<>> statements;

    Impl(fs::path rootDir, fs::path storeFile)
        : root(std::move(rootDir)), file(std::move(storeFile)), subject(file.string())
    {
    }
    Impl(const Impl&) = delete;
    Impl& operator=(const Impl&) = delete;
    ~Impl()
    {
        statements.clear();
        // close_v2: never fails for a busy handle; statements are RAII so none are left anyway.
        if (db != nullptr)
            sqlite3_close_v2(db);
    }

    SqliteStatement prepare(std::string_view sql) const { return SqliteStatement(db, sql, subject); }

    // A kept statement for SQL, reset (bindings stay until rebound) when the lease ends.
    class StatementLease {
    public:
        explicit StatementLease(SqliteStatement& statement) : statement_(statement) {}
        StatementLease(const StatementLease&) = delete;
        StatementLease& operator=(const StatementLease&) = delete;
        ~StatementLease() { statement_.reset(); }
        SqliteStatement* operator->() const { return &statement_; }
        SqliteStatement& operator*() const { return statement_; }

    private:
        SqliteStatement& statement_;
    };
    StatementLease kept(std::string_view sql) const
    {
        auto found = statements.find(sql);
        if (found == statements.end())
            found = statements.emplace(std::string(sql), prepare(sql)).first;
        return StatementLease(found->second);
    }

    // Every change goes through here, so a damaged store refuses them all with one message.
    // `operation` names the change in that message ("add dataset").
    WriteTransaction beginWrite(std::string_view operation) const
    {
        if (damage)
            throwStoreError(operation, subject, damagedText());
        if (readOnly)
            throwStoreError(operation, subject, "this connection is read-only (a background reader); "
                                                "writes go through the project's read-write connection");
        return WriteTransaction(db, subject);
    }

    std::string damagedText() const
    {
        return "the project file is damaged (" + damage.value_or(std::string())
            + "), so AdaptLab will not change it and keeps it as it is. Copy the project folder "
              "somewhere safe, then restore project.adaptlab from a backup, or rescue what is left "
              "with: sqlite3 project.adaptlab .recover";
    }

    void closeConnection()
    {
        statements.clear();
        if (db != nullptr)
            sqlite3_close_v2(db);
        db = nullptr;
    }

    // Closing the last connection checkpoints the WAL into the main file. A refused or damaged store
    // must stay byte for byte as it was, so a WAL that was there before we came is left alone.
    void keepWalOnClose() const
    {
        sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, static_cast<int*>(nullptr));
    }

    void openConnection(int flags)
    {
        // NOMUTEX: one thread per ProjectStore; other threads and processes get their own handle.
        const int rc = sqlite3_open_v2(file.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
        if (rc != SQLITE_OK) {
            const std::string detail = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
            sqlite3_close_v2(db);
            db = nullptr;
            throwStoreError("sqlite3_open_v2", subject, detail);
        }
        sqlite3_extended_result_codes(db, 1);
        if (const int timeoutRc = sqlite3_busy_timeout(db, static_cast<int>(kBusyRetryBudget.count())); timeoutRc != SQLITE_OK)
            throwSqliteError(db, timeoutRc, "sqlite3_busy_timeout", subject);
    }

    int pragmaInt(std::string_view pragma) const
    {
        auto statement = prepare(pragma);
        return statement.step() ? static_cast<int>(statement.int64At(0)) : 0;
    }

    // The version this file claims, from both places it is kept. Read-only.
    int storedSchemaVersion() const
    {
        int version = pragmaInt("PRAGMA user_version");
        auto table = prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1");
        table.bindText(1, "schema_version");
        if (table.step()) {
            auto highest = prepare("SELECT MAX(version) FROM schema_version");
            if (highest.step() && !highest.isNullAt(0))
                version = std::max(version, static_cast<int>(highest.int64At(0)));
        }
        return version;
    }

    // PRAGMA quick_check, stopped once it runs past BUDGET. Returns what it found wrong, "" when
    // the store is fine, nullopt when it was stopped. Damage that stops the check itself (a page
    // SQLite cannot read at all) is a finding too.
    //
    // Two brakes, because SQLite 3.40 (Debian 12) walks the b-trees inside a single virtual-machine
    // step and calls the progress handler only between steps: a watchdog thread calls
    // sqlite3_interrupt (documented as safe from another thread while the connection stays open;
    // the walk checks for it) once the budget is spent, and keeps calling it until the statement
    // ends, since SQLite clears an interrupt that arrives before a statement starts. The progress
    // handler stops the per-row checks that follow the walk, at the first call past the budget.
    std::optional<std::string> quickCheck(std::chrono::milliseconds budget) const
    {
        const auto deadline = std::chrono::steady_clock::now() + budget;
        std::atomic<bool> stopped{false};
        std::mutex mutex;
        std::condition_variable wake;
        bool finished = false;
        std::thread watchdog([&] {
            std::unique_lock lock(mutex);
            if (wake.wait_until(lock, deadline, [&] { return finished; }))
                return;
            while (!finished) {
                stopped = true;
                sqlite3_interrupt(db);
                wake.wait_for(lock, std::chrono::milliseconds(1), [&] { return finished; });
            }
        });
        struct Progress {
            std::chrono::steady_clock::time_point deadline;
            std::atomic<bool>* stopped;
        } progress{deadline, &stopped};
        // Called every 1000 virtual-machine steps; a non-zero answer interrupts the statement.
        sqlite3_progress_handler(db, 1000, [](void* context) -> int {
            auto* p = static_cast<Progress*>(context);
            if (std::chrono::steady_clock::now() >= p->deadline)
                *p->stopped = true;
            return *p->stopped ? 1 : 0;
        }, &progress);

        sqlite3_stmt* stmt = nullptr;
        // Up to 100 findings, so that damage is not hidden behind row-level ones; the first three
        // say what is wrong.
        int rc = sqlite3_prepare_v2(db, "PRAGMA quick_check(100)", -1, &stmt, nullptr);
        std::string findings;
        int kept = 0;
        if (rc == SQLITE_OK) {
            while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
                const auto* text = sqlite3_column_text(stmt, 0);
                const std::string line = text != nullptr ? reinterpret_cast<const char*>(text) : "";
                if (line == "ok" || isRowLevelFinding(line) || ++kept > 3)
                    continue;
                findings += (findings.empty() ? "" : "; ") + line;
            }
        }
        {
            std::lock_guard lock(mutex);
            finished = true;
        }
        wake.notify_all();
        watchdog.join();
        const std::string message = sqlite3_errmsg(db);
        sqlite3_finalize(stmt);
        sqlite3_progress_handler(db, 0, nullptr, nullptr);
        // An interrupt that came after the last row did no harm: SQLite forgets it when the next
        // statement starts. One that stopped the check means no verdict.
        if ((rc & 0xFF) == SQLITE_INTERRUPT && stopped)
            return std::nullopt;
        if (rc == SQLITE_DONE)
            return findings.empty() ? findings : "PRAGMA quick_check: " + findings;
        const int primary = rc & 0xFF;
        if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
            return "PRAGMA quick_check: " + message;
        throwSqliteError(db, rc, "PRAGMA quick_check", subject);
    }

    // Per-connection settings; the first one to touch the file on disk is journal_mode, which is
    // why open() validates everything before calling this. A damaged store gets no journal change:
    // it must already be in WAL mode, and answers to nothing but reads.
    void configureConnection()
    {
        if (damage) {
            auto current = prepare("PRAGMA journal_mode");
            if (!current.step() || current.textAt(0) != "wal")
                throwStoreError("open project", subject, damagedText());
            current.reset();
            prepare("PRAGMA query_only = ON").execute();
        }
        auto journal = prepare("PRAGMA journal_mode = WAL");
        const std::string mode = journal.step() ? journal.textAt(0) : std::string();
        journal.reset();
        if (mode != "wal")
            throwStoreError("PRAGMA journal_mode = WAL", subject,
                            "SQLite kept journal mode '" + mode
                                + "'; the project folder must allow WAL (a local file system)");
        // In WAL mode NORMAL is still safe against application crashes and saves an fsync per
        // commit, which matters for a trainer writing metrics every few steps.
        prepare("PRAGMA synchronous = NORMAL").execute();
        prepare("PRAGMA foreign_keys = ON").execute();
        if (pragmaInt("PRAGMA foreign_keys") != 1)
            throwStoreError("PRAGMA foreign_keys = ON", subject, "this SQLite has no foreign keys");
    }

    // Applies every migration above the stored version in one write transaction. The version is
    // read again under the write lock: another process may have migrated the file meanwhile.
    void migrate()
    {
        schemaVersion = storedSchemaVersion();
        if (schemaVersion == kSchemaVersion)
            return;
        auto transaction = beginWrite("migrate project");
        schemaVersion = storedSchemaVersion();
        if (schemaVersion > kSchemaVersion)
            throwStoreError("open project", subject, newerSchemaText(schemaVersion));
        for (const auto& migration : schemaMigrations()) {
            if (migration.version <= schemaVersion)
                continue;
            executeScript(db, migration.sql, subject);
            prepare("INSERT INTO schema_version (version, description, applied_at) VALUES (?1, ?2, ?3)")
                .bindInt64(1, migration.version)
                .bindText(2, migration.description)
                .bindText(3, nowIso8601())
                .execute();
            // PRAGMA takes no bound parameters; the number is our own constant, never user input.
            prepare("PRAGMA user_version = " + std::to_string(migration.version)).execute();
        }
        transaction.commit();
        schemaVersion = kSchemaVersion;
    }

    // Updates by id must hit a row: a wrong id is a caller bug that should not pass silently.
    void requireChanged(std::string_view operation, const char* what, int64_t id) const
    {
        if (sqlite3_changes(db) == 0)
            throwStoreError(operation, subject, std::string("no ") + what + " with id " + std::to_string(id));
    }

    // Paths the caller gives absolute are stored relative when they lie inside the project;
    // relative ones are taken as already relative to the project folder.
    std::string storedPath(const std::string& path, const ProjectStore& store) const
    {
        if (path.empty() || !fs::path(path).is_absolute())
            return path;
        return store.relativePath(path);
    }
};

namespace detail {

inline constexpr const char* kDatasetColumns =
    "id, name, path, format, text_field, metadata_json, documents, bytes, parent_dataset_id, "
    "provenance_json, created_at, settings_json";

inline DatasetRecord readDataset(const SqliteStatement& row)
{
    DatasetRecord dataset;
    dataset.id = row.int64At(0);
    dataset.name = row.textAt(1);
    dataset.path = row.textAt(2);
    dataset.format = row.textAt(3);
    dataset.textField = row.textAt(4);
    dataset.metadataJson = row.textAt(5);
    dataset.documents = row.int64At(6);
    dataset.bytes = row.int64At(7);
    dataset.parentDatasetId = row.optionalInt64At(8);
    dataset.provenanceJson = row.textAt(9);
    dataset.createdAt = row.textAt(10);
    dataset.settingsJson = row.textAt(11);
    return dataset;
}

inline constexpr const char* kRunColumns =
    "id, kind, status, spec_json, parent_run_id, created_at, started_at, finished_at, result_json, "
    "message, pid, heartbeat_at, pid_start_time, host";

// `subject` names the store file: a row with a status this build does not know is still listed (as
// Unknown, saying what it held and where), so one bad row cannot make the whole project unreadable.
inline RunRecord readRun(const SqliteStatement& row, const std::string& subject)
{
    RunRecord run;
    run.id = row.int64At(0);
    run.kind = row.textAt(1);
    const std::string status = row.textAt(2);
    try {
        run.status = runStatusFromString(status);
    } catch (const StoreError&) {
        run.status = RunStatus::Unknown;
    }
    run.specJson = row.textAt(3);
    run.parentRunId = row.optionalInt64At(4);
    run.createdAt = row.textAt(5);
    run.startedAt = row.textAt(6);
    run.finishedAt = row.textAt(7);
    run.resultJson = row.textAt(8);
    run.message = row.textAt(9);
    run.pid = row.int64At(10);
    run.heartbeatAt = row.textAt(11);
    run.pidStartTime = row.int64At(12);
    run.host = row.textAt(13);
    if (run.status == RunStatus::Unknown)
        run.message = "damaged run row " + std::to_string(run.id) + " in " + subject + ": unknown status '"
            + status + "'" + (run.message.empty() ? std::string() : " (message: " + run.message + ")");
    return run;
}

inline constexpr const char* kArtifactColumns = "id, run_id, kind, path, metadata_json, created_at";

inline ArtifactRecord readArtifact(const SqliteStatement& row)
{
    ArtifactRecord artifact;
    artifact.id = row.int64At(0);
    artifact.runId = row.optionalInt64At(1);
    artifact.kind = row.textAt(2);
    artifact.path = row.textAt(3);
    artifact.metadataJson = row.textAt(4);
    artifact.createdAt = row.textAt(5);
    return artifact;
}

inline std::string select(const char* columns, std::string_view rest)
{
    std::string sql = "SELECT ";
    sql += columns;
    sql += ' ';
    sql += rest;
    return sql;
}

} // namespace detail

} // namespace adaptlab::store
