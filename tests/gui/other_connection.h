// A second connection to a project's store file, as another process's would be: the GUI tests use
// it to hold the write lock (BEGIN IMMEDIATE) while a panel reads, writes or starts a job, and to
// look at what was written from outside.
#pragma once

#include <sqlite3.h>

#include <stdexcept>
#include <string>

namespace adaptlab::testing {

class OtherConnection {
public:
    explicit OtherConnection(const std::string& file)
    {
        if (sqlite3_open_v2(file.c_str(), &db_, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
            sqlite3_close(db_);
            throw std::runtime_error("cannot open " + file);
        }
    }
    ~OtherConnection() { sqlite3_close(db_); }
    OtherConnection(const OtherConnection&) = delete;
    OtherConnection& operator=(const OtherConnection&) = delete;

    void exec(const char* sql)
    {
        if (sqlite3_exec(db_, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            throw std::runtime_error(std::string(sql) + ": " + sqlite3_errmsg(db_));
    }
    // The first column of the first row of SQL as an integer; -1 when there is none.
    int queryInt(const char* sql)
    {
        sqlite3_stmt* statement = nullptr;
        int value = -1;
        if (sqlite3_prepare_v2(db_, sql, -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW)
            value = sqlite3_column_int(statement, 0);
        sqlite3_finalize(statement);
        return value;
    }

private:
    sqlite3* db_ = nullptr;
};

} // namespace adaptlab::testing
