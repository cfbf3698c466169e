// Small RAII layer over the SQLite C API used by the project store: checked calls that throw a
// StoreError naming the file, a prepared statement that finalizes itself, and a write transaction
// that rolls back unless committed. Values always travel through sqlite3_bind_*, never through SQL text.
#pragma once

#include "store/project_store.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3_stmt;

namespace adaptlab::store {

// How long a writer waits for another process's transaction before giving up with an error: long
// enough to ride out a training step's metrics or a migration, short enough that a stuck lock
// still surfaces. Used for sqlite3_busy_timeout and for SqliteStatement's own BUSY retries.
inline constexpr std::chrono::milliseconds kBusyRetryBudget{10000};

// Throws StoreError("<operation> failed for <subject>: <detail>") through the shared
// throwCheckedError, so store errors read like every other checked C call in the engine.
[[noreturn]] void throwStoreError(std::string_view operation, std::string_view subject,
                                  std::string_view detail);
// Same, with sqlite3_errmsg(db) (or sqlite3_errstr(rc) when there is no handle) as the detail.
[[noreturn]] void throwSqliteError(sqlite3* db, int rc, std::string_view operation,
                                   std::string_view subject);

class SqliteStatement {
public:
    // Prepares exactly one statement (sqlite3_prepare_v2). `subject` names the store file in errors.
    SqliteStatement(sqlite3* db, std::string_view sql, std::string_view subject);
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&&) = delete;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;
    ~SqliteStatement();

    // Parameters are 1-based, as in SQLite.
    SqliteStatement& bindInt64(int index, int64_t value);
    SqliteStatement& bindDouble(int index, double value); // NaN is stored as NULL by SQLite
    SqliteStatement& bindText(int index, std::string_view value);
    SqliteStatement& bindNull(int index);
    SqliteStatement& bindOptionalInt64(int index, const std::optional<int64_t>& value);
    // Binds NULL for an empty string: used for "not reached yet" timestamps.
    SqliteStatement& bindTextOrNull(int index, std::string_view value);

    // true: a row is ready to read; false: the statement is done. Throws on any error; SQLITE_BUSY
    // before the first row, outside a transaction, is retried for up to kBusyRetryBudget first.
    bool step();
    // Steps to completion, ignoring rows (e.g. PRAGMA journal_mode answers with one).
    void execute();
    // Makes the statement reusable with new bindings; also ends its implicit read transaction,
    // which in WAL mode would otherwise pin an old snapshot.
    void reset();

    // Columns are 0-based, as in SQLite.
    int64_t int64At(int column) const;
    double doubleAt(int column) const;
    std::string textAt(int column) const; // NULL reads as ""
    bool isNullAt(int column) const;
    std::optional<int64_t> optionalInt64At(int column) const;

private:
    [[noreturn]] void fail(int rc, std::string_view call) const;

    sqlite3* db_ = nullptr;
    sqlite3_stmt* stmt_ = nullptr;
    std::string subject_;
    std::string summary_; // the SQL's first words, to say in errors which statement failed
    bool producedRow_ = false; // since the last reset: a retry would then repeat rows
};

// Runs a script of several statements without values (schema DDL), each one prepared in turn.
void executeScript(sqlite3* db, std::string_view sql, std::string_view subject);

// BEGIN IMMEDIATE takes the write lock up front, so a writer waits in the busy handler instead of
// failing with SQLITE_BUSY when it would otherwise upgrade a read transaction mid-way.
class WriteTransaction {
public:
    WriteTransaction(sqlite3* db, std::string_view subject);
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;
    ~WriteTransaction(); // rolls back when commit() was not reached
    void commit();

private:
    sqlite3* db_;
    std::string subject_;
    bool open_ = true;
};

} // namespace adaptlab::store
