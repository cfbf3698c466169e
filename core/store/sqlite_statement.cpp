#include "store/sqlite_statement.h"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <limits>
#include <thread>

namespace adaptlab::store {

namespace {

// The first line of the SQL, shortened: enough to tell which statement failed without dumping the
// whole schema into an error message.
std::string summarize(std::string_view sql)
{
    constexpr std::size_t kMaxChars = 60;
    const auto begin = sql.find_first_not_of(" \t\r\n");
    if (begin == std::string_view::npos)
        return {};
    sql.remove_prefix(begin);
    std::string text(sql.substr(0, sql.find('\n')));
    if (text.size() > kMaxChars)
        text = text.substr(0, kMaxChars) + "...";
    return text;
}

} // namespace

void throwStoreError(std::string_view operation, std::string_view subject, std::string_view detail)
{
    try {
        throwCheckedError(operation, subject, detail);
    } catch (const Error& error) {
        // Callers catch StoreError for store problems; the wording stays the engine-wide one.
        throw StoreError(error.what());
    }
}

void throwSqliteError(sqlite3* db, int rc, std::string_view operation, std::string_view subject)
{
    const char* text = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    std::string detail = text != nullptr ? text : "unknown SQLite error";
    // The extended code tells apart cases the text does not (SQLITE_BUSY_SNAPSHOT vs. plain BUSY).
    const int code = db != nullptr ? sqlite3_extended_errcode(db) : rc;
    detail += " (SQLite code " + std::to_string(code) + ")";
    throwStoreError(operation, subject, detail);
}

SqliteStatement::SqliteStatement(sqlite3* db, std::string_view sql, std::string_view subject)
    : db_(db), subject_(subject), summary_(summarize(sql))
{
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt_, &tail);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt_);
        stmt_ = nullptr;
        fail(rc, "sqlite3_prepare_v2");
    }
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : db_(other.db_), stmt_(other.stmt_), subject_(std::move(other.subject_)),
      summary_(std::move(other.summary_)), producedRow_(other.producedRow_)
{
    other.stmt_ = nullptr;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(stmt_);
}

void SqliteStatement::fail(int rc, std::string_view call) const
{
    std::string operation(call);
    if (!summary_.empty())
        operation += " (" + summary_ + ")";
    throwSqliteError(db_, rc, operation, subject_);
}

SqliteStatement& SqliteStatement::bindInt64(int index, int64_t value)
{
    if (const int rc = sqlite3_bind_int64(stmt_, index, value); rc != SQLITE_OK)
        fail(rc, "sqlite3_bind_int64");
    return *this;
}

SqliteStatement& SqliteStatement::bindDouble(int index, double value)
{
    if (const int rc = sqlite3_bind_double(stmt_, index, value); rc != SQLITE_OK)
        fail(rc, "sqlite3_bind_double");
    return *this;
}

SqliteStatement& SqliteStatement::bindText(int index, std::string_view value)
{
    // SQLITE_TRANSIENT: SQLite copies the text, so callers may pass temporaries.
    const int rc = sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT,
                                       SQLITE_UTF8);
    if (rc != SQLITE_OK)
        fail(rc, "sqlite3_bind_text64");
    return *this;
}

SqliteStatement& SqliteStatement::bindNull(int index)
{
    if (const int rc = sqlite3_bind_null(stmt_, index); rc != SQLITE_OK)
        fail(rc, "sqlite3_bind_null");
    return *this;
}

SqliteStatement& SqliteStatement::bindOptionalInt64(int index, const std::optional<int64_t>& value)
{
    return value ? bindInt64(index, *value) : bindNull(index);
}

SqliteStatement& SqliteStatement::bindTextOrNull(int index, std::string_view value)
{
    return value.empty() ? bindNull(index) : bindText(index, value);
}

bool SqliteStatement::step()
{
    // The budget counts from the first try, so a wait the busy handler already did is not repeated.
    const auto deadline = std::chrono::steady_clock::now() + kBusyRetryBudget;
    int rc = sqlite3_step(stmt_);
    // The busy handler (sqlite3_busy_timeout) covers ordinary lock waits, but SQLite returns
    // SQLITE_BUSY without consulting it in a few WAL races; the two-process test once saw one at
    // BEGIN IMMEDIATE. While the statement has produced nothing and no explicit transaction is
    // open, running it again is safe, so keep trying until the busy budget is spent.
    if ((rc & 0xFF) == SQLITE_BUSY && !producedRow_ && sqlite3_get_autocommit(db_) != 0) {
        auto pause = std::chrono::milliseconds(1);
        while ((rc & 0xFF) == SQLITE_BUSY && std::chrono::steady_clock::now() < deadline) {
            sqlite3_reset(stmt_);
            std::this_thread::sleep_for(pause);
            pause = std::min(pause * 2, std::chrono::milliseconds(50));
            rc = sqlite3_step(stmt_);
        }
    }
    if (rc == SQLITE_ROW) {
        producedRow_ = true;
        return true;
    }
    if (rc == SQLITE_DONE)
        return false;
    // Reset so the statement releases its locks before the exception unwinds past it.
    sqlite3_reset(stmt_);
    producedRow_ = false;
    fail(rc, "sqlite3_step");
}

void SqliteStatement::execute()
{
    while (step()) {
    }
}

void SqliteStatement::reset()
{
    // sqlite3_reset repeats the last step's error, which step() has already reported.
    sqlite3_reset(stmt_);
    producedRow_ = false;
    sqlite3_clear_bindings(stmt_);
}

int64_t SqliteStatement::int64At(int column) const
{
    return sqlite3_column_int64(stmt_, column);
}

double SqliteStatement::doubleAt(int column) const
{
    // SQLite has no NaN: binding one stores NULL, so NULL reads back as NaN.
    if (isNullAt(column))
        return std::numeric_limits<double>::quiet_NaN();
    return sqlite3_column_double(stmt_, column);
}

std::string SqliteStatement::textAt(int column) const
{
    const auto* text = sqlite3_column_text(stmt_, column);
    if (text == nullptr)
        return {};
    return std::string(reinterpret_cast<const char*>(text),
                       static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}

bool SqliteStatement::isNullAt(int column) const
{
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

std::optional<int64_t> SqliteStatement::optionalInt64At(int column) const
{
    if (isNullAt(column))
        return std::nullopt;
    return int64At(column);
}

void executeScript(sqlite3* db, std::string_view sql, std::string_view subject)
{
    while (!sql.empty()) {
        sqlite3_stmt* stmt = nullptr;
        const char* tail = nullptr;
        int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt, &tail);
        if (rc != SQLITE_OK) {
            sqlite3_finalize(stmt);
            throwSqliteError(db, rc, "sqlite3_prepare_v2 (" + summarize(sql) + ")", subject);
        }
        if (stmt != nullptr) { // nullptr: only whitespace or comments were left
            while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            }
            sqlite3_finalize(stmt);
            if (rc != SQLITE_DONE)
                throwSqliteError(db, rc, "sqlite3_step (" + summarize(sql) + ")", subject);
        }
        sql.remove_prefix(static_cast<std::size_t>(tail - sql.data()));
    }
}

WriteTransaction::WriteTransaction(sqlite3* db, std::string_view subject)
    : db_(db), subject_(subject)
{
    SqliteStatement(db_, "BEGIN IMMEDIATE", subject_).execute();
}

WriteTransaction::~WriteTransaction()
{
    // Still inside the transaction (an exception left before commit): undo it. Errors are ignored
    // here because a destructor must not throw and the original exception says what went wrong.
    if (!open_ || sqlite3_get_autocommit(db_) != 0)
        return;
    sqlite3_stmt* rollback = nullptr;
    if (sqlite3_prepare_v2(db_, "ROLLBACK", -1, &rollback, nullptr) == SQLITE_OK)
        sqlite3_step(rollback);
    sqlite3_finalize(rollback);
}

void WriteTransaction::commit()
{
    SqliteStatement(db_, "COMMIT", subject_).execute();
    open_ = false;
}

} // namespace adaptlab::store
