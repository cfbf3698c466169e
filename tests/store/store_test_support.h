// Helpers shared by the store suites: look at a store file the way a bystander would (bytes, the
// folder listing, raw SQLite), so a test can prove that a refused open() changed nothing.
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

#include "store/project_store.h"

#include <sqlite3.h>

#include <unistd.h>

#include <filesystem>
#include <random>
#include <stdexcept>
#include <string>

namespace adaptlab::store::test {

inline QString toQString(const std::filesystem::path& path)
{
    return QString::fromStdString(path.string());
}

inline std::filesystem::path toPath(const QString& path)
{
    return std::filesystem::path(path.toStdString());
}

// RunStatus as text, so QCOMPARE can print it.
inline QString statusText(RunStatus status)
{
    return QString::fromStdString(adaptlab::store::toString(status));
}

// SHA-256 of a file's bytes, or "<missing>" so a vanished file also shows up as a change.
inline QByteArray fileHash(const std::filesystem::path& file)
{
    QFile in(toQString(file));
    if (!in.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("<missing>");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&in);
    return hash.result().toHex();
}

// Every entry of a folder, hidden ones included, so a left-over -wal/-shm/-journal is noticed.
inline QStringList folderListing(const std::filesystem::path& dir)
{
    QDir folder(toQString(dir));
    if (!folder.exists())
        return {QStringLiteral("<missing>")};
    return folder.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                            QDir::Name);
}

// A raw SQLite connection for arranging fixtures and peeking behind the store's back.
class RawDb {
public:
    explicit RawDb(const std::filesystem::path& file,
                   int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
    {
        if (sqlite3_open_v2(file.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
            const std::string message = sqlite3_errmsg(db_);
            sqlite3_close(db_);
            throw std::runtime_error("cannot open " + file.string() + ": " + message);
        }
        sqlite3_busy_timeout(db_, 10000);
    }
    RawDb(const RawDb&) = delete;
    RawDb& operator=(const RawDb&) = delete;
    ~RawDb() { sqlite3_close(db_); }

    // Test-side scripts hold no user values, so plain sqlite3_exec is enough here.
    void exec(const std::string& sql)
    {
        char* error = nullptr;
        if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
            const std::string message = error != nullptr ? error : "unknown error";
            sqlite3_free(error);
            throw std::runtime_error(sql + ": " + message);
        }
    }

    // First column of the first row as text ("" when there is none).
    std::string text(const std::string& sql)
    {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK)
            throw std::runtime_error(sql + ": " + sqlite3_errmsg(db_));
        std::string result;
        const int rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW && sqlite3_column_text(stmt, 0) != nullptr)
            result = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        sqlite3_finalize(stmt);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            throw std::runtime_error(sql + ": " + sqlite3_errmsg(db_));
        return result;
    }

    long long integer(const std::string& sql)
    {
        const std::string value = text(sql);
        return value.empty() ? 0 : std::stoll(value);
    }

    // Keeps the WAL file on close, as a process that died before checkpointing would.
    void keepWalOnClose() { sqlite3_db_config(db_, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, static_cast<int*>(nullptr)); }

private:
    sqlite3* db_ = nullptr;
};

struct ChildResult {
    int exitCode = -1; // -1: did not start or did not exit normally
    QString out, err;
};

// Runs PROGRAM with ARGS, waiting for it without a time limit (a hang shows as the suite's timeout).
// With `unprivileged`, as a user that file modes apply to: this user, or nobody (65534) when the
// suite runs as root, who may write any file whatever its mode says. Files the child must reach
// need modes that let "others" in then.
inline ChildResult runChild(const QString& program, const QStringList& args, bool unprivileged = false)
{
    QString command = program;
    QStringList arguments = args;
    if (unprivileged && ::geteuid() == 0) {
        command = QStringLiteral("setpriv");
        arguments = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                QStringLiteral("--clear-groups"), QStringLiteral("--"), program}
            + args;
    }
    QProcess child;
    child.start(command, arguments);
    ChildResult result;
    if (!child.waitForStarted(-1)) {
        result.err = child.errorString();
        return result;
    }
    child.waitForFinished(-1);
    result.out = QString::fromUtf8(child.readAllStandardOutput());
    result.err = QString::fromUtf8(child.readAllStandardError());
    if (child.exitStatus() == QProcess::NormalExit)
        result.exitCode = child.exitCode();
    return result;
}

inline void setMode(const std::filesystem::path& path, std::filesystem::perms mode)
{
    std::filesystem::permissions(path, mode, std::filesystem::perm_options::replace);
}

// Overwrites page PAGE (1-based) of a closed store file with 4 KiB of random bytes from SEED: the
// damage of issue 7's reliability probe. Returns the file's page count. It writes the file outside
// SQLite, so no connection of this process may have it open (closing would drop its locks).
inline long long damagePage(const std::filesystem::path& file, long long page, uint32_t seed)
{
    constexpr long long kPageSize = 4096;
    QFile out(QString::fromStdString(file.string()));
    if (!out.open(QIODevice::ReadWrite))
        throw std::runtime_error("cannot open " + file.string());
    const long long pages = out.size() / kPageSize;
    if (page < 2 || page > pages)
        throw std::runtime_error("no page " + std::to_string(page) + " in " + file.string());
    std::mt19937 random(seed);
    QByteArray noise(kPageSize, Qt::Uninitialized);
    for (auto& byte : noise)
        byte = static_cast<char>(random() & 0xFF);
    out.seek((page - 1) * kPageSize);
    out.write(noise);
    return pages;
}

} // namespace adaptlab::store::test
