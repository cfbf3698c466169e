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
#include <memory>
#include <mutex>
#include <system_error>
#include <thread>

namespace adaptlab::store {

namespace fs = std::filesystem;

namespace {

constexpr std::array<const char*, 4> kSubfolders{"datasets", "tokenizers", "shards", "runs"};
constexpr std::string_view kSqliteMagic{"SQLite format 3\0", 16};
constexpr std::size_t kSqliteHeaderSize = 100;
constexpr std::size_t kApplicationIdOffset = 68; // big-endian, per the SQLite file format

std::string nowIso8601()
{
    using namespace std::chrono;
    const auto now = system_clock::now();
    const auto millis = duration_cast<milliseconds>(now.time_since_epoch()).count() % 1000;
    const std::time_t seconds = system_clock::to_time_t(now);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[32];
    const std::size_t length = std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &utc);
    std::snprintf(text + length, sizeof text - length, ".%03dZ", static_cast<int>(millis));
    return text;
}

fs::path sidecar(const fs::path& file, const char* suffix)
{
    fs::path result = file;
    result += suffix;
    return result;
}

// Reads up to the first kSqliteHeaderSize bytes of FILE into HEADER; returns why it could not.
//
// Never with an ifstream or open()/close() of our own: on POSIX, closing ANY descriptor of a file
// drops every lock this process holds on it, SQLite's included ("How To Corrupt An SQLite Database
// File", section 2.2). The GUI calls this for the store it has open (the recent-projects menu, a
// second connection); after a plain close the next job process took itself for the last user, and
// checkpointed and deleted the WAL the GUI was still writing into. So the bytes are read through
// SQLite's own default VFS. On unix it keeps one record per inode for every connection of the
// process (unixInodeInfo), and its xClose does not close a descriptor while any lock on that inode
// is held: it parks it on the inode's list of unused descriptors until the last lock goes
// (os_unix.c, unixClose -> setPendingFd). That makes this read safe whether or not the process
// holds a connection. Opened as MAIN_DB and READONLY, so the VFS takes no lock and writes nothing;
// the pager above it (hot-journal rollback, -wal/-shm) is not involved at all.
std::optional<std::string> readHeader(const fs::path& file, std::array<unsigned char, kSqliteHeaderSize>& header,
                                      std::size_t& bytesRead)
{
    bytesRead = 0;
    sqlite3_vfs* vfs = sqlite3_vfs_find(nullptr);
    if (vfs == nullptr)
        return std::string("cannot read it: SQLite has no file system layer (VFS)");
    std::string fullPath(static_cast<std::size_t>(vfs->mxPathname) + 1, '\0');
    if (const int rc = vfs->xFullPathname(vfs, file.c_str(), static_cast<int>(fullPath.size()), fullPath.data());
        rc != SQLITE_OK)
        return "cannot read it: " + std::string(sqlite3_errstr(rc));
    // xOpen expects a name made the way SQLite makes database names (it may look for URI
    // parameters after it), which sqlite3_create_filename provides.
    const std::unique_ptr<const char, void (*)(const char*)> name(
        sqlite3_create_filename(fullPath.c_str(), "", "", 0, nullptr),
        [](const char* made) { sqlite3_free_filename(made); });
    if (!name)
        return std::string("cannot read it: out of memory");
    // sqlite3_file is the head of a VFS-defined object of szOsFile bytes.
    std::vector<std::max_align_t> storage((static_cast<std::size_t>(vfs->szOsFile) + sizeof(std::max_align_t) - 1)
                                          / sizeof(std::max_align_t));
    auto* handle = reinterpret_cast<sqlite3_file*>(storage.data());
    int outFlags = 0;
    const int openRc = vfs->xOpen(vfs, name.get(), handle, SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_READONLY, &outFlags);
    if (openRc != SQLITE_OK) {
        // SQLite leaves pMethods null when xOpen fails; close anyway if a VFS did not.
        if (handle->pMethods != nullptr)
            handle->pMethods->xClose(handle);
        // access() only asks; it opens nothing, so it may name the cause the VFS does not.
        if (::access(file.c_str(), R_OK) != 0)
            return "cannot read it: " + std::string(std::strerror(errno));
        return "cannot read it: " + std::string(sqlite3_errstr(openRc));
    }
    sqlite3_int64 size = 0;
    int rc = handle->pMethods->xFileSize(handle, &size);
    if (rc == SQLITE_OK && size > 0) {
        const auto wanted = static_cast<int>(std::min<sqlite3_int64>(size, kSqliteHeaderSize));
        rc = handle->pMethods->xRead(handle, header.data(), wanted, 0);
        if (rc == SQLITE_OK)
            bytesRead = static_cast<std::size_t>(wanted);
    }
    handle->pMethods->xClose(handle);
    if (rc != SQLITE_OK)
        return "cannot read it: " + std::string(sqlite3_errstr(rc));
    return std::nullopt;
}

// Decides from the first 100 bytes, before SQLite's pager sees the file, whether FILE can be an
// AdaptLab store. Reading the header first guarantees a foreign file is never touched: the pager
// might roll back a hot journal or create -wal/-shm files while merely reading a pragma. Returns
// why not, or nullopt.
std::optional<std::string> reasonNotAStore(const fs::path& file)
{
    std::error_code error;
    const auto size = fs::file_size(file, error);
    if (error)
        return "cannot read it: " + error.message();
    if (size == 0)
        return std::string("the file is empty, so it is not an AdaptLab project");

    std::array<unsigned char, kSqliteHeaderSize> header{};
    std::size_t bytesRead = 0;
    if (auto problem = readHeader(file, header, bytesRead))
        return problem;
    if (bytesRead < header.size()
        || std::string_view(reinterpret_cast<const char*>(header.data()), kSqliteMagic.size()) != kSqliteMagic)
        return std::string("not a SQLite database, so not an AdaptLab project");

    uint32_t applicationId = 0;
    for (std::size_t i = 0; i < 4; ++i)
        applicationId = (applicationId << 8) | header[kApplicationIdOffset + i];
    if (static_cast<int32_t>(applicationId) != kApplicationId) {
        char detail[128];
        std::snprintf(detail, sizeof detail,
                      "a SQLite database but not an AdaptLab project (application_id 0x%08" PRIX32
                      ", expected 0x%08" PRIX32 ")",
                      applicationId, static_cast<uint32_t>(kApplicationId));
        return std::string(detail);
    }
    return std::nullopt;
}

bool pathExists(const fs::path& path)
{
    std::error_code error;
    return fs::exists(path, error);
}

// Whether this process may write PATH. access() asks the kernel the same question open() would
// (permissions, ACLs, a read-only mount) without opening anything.
bool writable(const fs::path& path)
{
    return ::faccessat(AT_FDCWD, path.c_str(), W_OK, AT_EACCESS) == 0;
}

// quick_check also reports rows that break a NOT NULL or CHECK constraint (a run row with a status
// this build does not know, written by hand). The file itself is sound then: such rows are shown
// for what they are (RunStatus::Unknown) and the store stays writable.
bool isRowLevelFinding(std::string_view line)
{
    return line.starts_with("CHECK constraint failed in ") || line.starts_with("NULL value in ")
        || line.starts_with("non-");
}

std::string readOnlyFolderText(const fs::path& folder)
{
    return "the project folder " + folder.string()
        + " is read-only; AdaptLab writes its journal (project.adaptlab-wal, -shm), runs and datasets "
          "there. Make the folder writable, or copy the project to a folder you can write to";
}

std::string newerSchemaText(int found)
{
    return "created by a newer AdaptLab (schema " + std::to_string(found)
        + "), this build reads up to " + std::to_string(kSchemaVersion);
}

} // namespace

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

struct ProjectStore::Impl {
    fs::path root;       // canonical project folder
    fs::path file;       // root / project.adaptlab
    std::string subject; // file as text, for error messages
    sqlite3* db = nullptr;
    int schemaVersion = 0;
    std::optional<std::string> damage; // what quick_check found at open; writes are refused then
    QuickCheckVerdict verdict = QuickCheckVerdict::Passed;

    Impl(fs::path rootDir, fs::path storeFile)
        : root(std::move(rootDir)), file(std::move(storeFile)), subject(file.string())
    {
    }
    Impl(const Impl&) = delete;
    Impl& operator=(const Impl&) = delete;
    ~Impl()
    {
        // close_v2: never fails for a busy handle; statements are RAII so none are left anyway.
        if (db != nullptr)
            sqlite3_close_v2(db);
    }

    SqliteStatement prepare(std::string_view sql) const { return SqliteStatement(db, sql, subject); }

    // Every change goes through here, so a damaged store refuses them all with one message.
    // `operation` names the change in that message ("add dataset").
    WriteTransaction beginWrite(std::string_view operation) const
    {
        if (damage)
            throwStoreError(operation, subject, damagedText());
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

namespace {

const char* const kDatasetColumns =
    "id, name, path, format, text_field, metadata_json, documents, bytes, parent_dataset_id, "
    "provenance_json, created_at, settings_json";

DatasetRecord readDataset(const SqliteStatement& row)
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

const char* const kRunColumns =
    "id, kind, status, spec_json, parent_run_id, created_at, started_at, finished_at, result_json, "
    "message, pid";

// `subject` names the store file: a row with a status this build does not know is still listed (as
// Unknown, saying what it held and where), so one bad row cannot make the whole project unreadable.
RunRecord readRun(const SqliteStatement& row, const std::string& subject)
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
    if (run.status == RunStatus::Unknown)
        run.message = "damaged run row " + std::to_string(run.id) + " in " + subject + ": unknown status '"
            + status + "'" + (run.message.empty() ? std::string() : " (message: " + run.message + ")");
    return run;
}

const char* const kArtifactColumns = "id, run_id, kind, path, metadata_json, created_at";

ArtifactRecord readArtifact(const SqliteStatement& row)
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

std::string select(const char* columns, std::string_view rest)
{
    std::string sql = "SELECT ";
    sql += columns;
    sql += ' ';
    sql += rest;
    return sql;
}

} // namespace

// ---- opening ------------------------------------------------------------------------------------

ProjectStore::ProjectStore(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}
ProjectStore::ProjectStore(ProjectStore&&) noexcept = default;
ProjectStore& ProjectStore::operator=(ProjectStore&&) noexcept = default;
ProjectStore::~ProjectStore() = default;

ProjectStore ProjectStore::create(const fs::path& dir)
{
    const fs::path requestedFile = dir / kStoreFileName;
    std::error_code error;
    if (fs::exists(requestedFile, error))
        throwStoreError("create project", requestedFile.string(), "the folder already holds a project");
    if (fs::exists(dir, error) && !fs::is_directory(dir, error))
        throwStoreError("create project", dir.string(), "a file of that name is in the way");
    for (const char* subfolder : kSubfolders) {
        fs::create_directories(dir / subfolder, error);
        if (error)
            throwStoreError("create folder", (dir / subfolder).string(), error.message());
    }
    const fs::path root = fs::canonical(dir, error);
    if (error)
        throwStoreError("create project", dir.string(), error.message());

    auto impl = std::make_unique<Impl>(root, root / kStoreFileName);
    try {
        impl->openConnection(SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        // Written while still in rollback-journal mode, so the id lands in the main file's header
        // at once: open() reads it from there before letting SQLite near a file.
        impl->prepare("PRAGMA application_id = " + std::to_string(kApplicationId)).execute();
        impl->configureConnection();
        impl->migrate();
    } catch (...) {
        // Leave no half-made store behind: a later create() or open() should see a clean folder.
        const fs::path file = impl->file;
        impl.reset();
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            fs::remove(sidecar(file, suffix), error);
        throw;
    }
    return ProjectStore(std::move(impl));
}

ProjectStore ProjectStore::open(const fs::path& dirOrFile, const OpenOptions& options)
{
    std::error_code error;
    if (!fs::exists(dirOrFile, error))
        throwStoreError("open project", dirOrFile.string(), "no such file or folder");
    fs::path file = dirOrFile;
    if (fs::is_directory(dirOrFile, error)) {
        file = dirOrFile / kStoreFileName;
        if (!fs::exists(file, error))
            throwStoreError("open project", file.string(),
                            "no such file, so the folder is not an AdaptLab project");
    }
    if (!fs::is_regular_file(file, error))
        throwStoreError("open project", file.string(), "not a regular file");
    if (const auto reason = reasonNotAStore(file))
        throwStoreError("open project", file.string(), *reason);

    const fs::path root = fs::canonical(file.parent_path().empty() ? fs::path(".") : file.parent_path(),
                                        error);
    if (error)
        throwStoreError("open project", file.string(), error.message());
    auto impl = std::make_unique<Impl>(root, root / file.filename());

    // Refused before SQLite can create anything beside the file, and in words: SQLite would say
    // "attempt to write a readonly database" only at the first read, and leave files behind.
    if (!writable(root))
        throwStoreError("open project", impl->subject, readOnlyFolderText(root));
    if (!writable(impl->file))
        throwStoreError("open project", impl->subject, "the file is read-only; AdaptLab needs to write to its project");

    // Validation phase: nothing below may write until the store is known to be readable and whole.
    // READWRITE without CREATE, so a file that vanished meanwhile is not re-created empty.
    const bool walExisted = pathExists(sidecar(impl->file, "-wal"));
    // A WAL without its -shm means no process has the store open (every WAL connection keeps the
    // -shm), and reading would create a -shm that a refusal then leaves behind. In exclusive
    // locking mode SQLite keeps the WAL index in heap memory and creates no -shm, so such a store
    // is validated through an exclusive connection and reopened normally once it is accepted.
    const bool heapWalIndex = walExisted && !pathExists(sidecar(impl->file, "-shm"));
    impl->openConnection(SQLITE_OPEN_READWRITE);
    try {
        if (heapWalIndex)
            impl->prepare("PRAGMA locking_mode = EXCLUSIVE").execute();
        if (sqlite3_db_readonly(impl->db, "main") == 1)
            throwStoreError("open project", impl->subject,
                            "the file is read-only; AdaptLab needs to write to its project");
        const int found = impl->storedSchemaVersion();
        if (found > kSchemaVersion)
            throwStoreError("open project", impl->subject, newerSchemaText(found));
        auto findings = impl->quickCheck(options.quickCheckBudget);
        impl->verdict = !findings ? QuickCheckVerdict::Stopped
            : findings->empty()   ? QuickCheckVerdict::Passed
                                  : QuickCheckVerdict::Damaged;
        if (impl->verdict == QuickCheckVerdict::Damaged)
            impl->damage = std::move(findings);
        if (impl->damage && walExisted)
            impl->keepWalOnClose();
        if (heapWalIndex) {
            impl->closeConnection();
            impl->openConnection(SQLITE_OPEN_READWRITE);
            if (impl->damage)
                impl->keepWalOnClose();
        }
        impl->configureConnection();
        impl->migrate();
    } catch (...) {
        // Closing the last connection would checkpoint a WAL that was already there into the main
        // file. Refusing must leave the file byte for byte as it was, so skip that checkpoint.
        if (walExisted && impl->db != nullptr)
            impl->keepWalOnClose();
        throw;
    }
    return ProjectStore(std::move(impl));
}

bool ProjectStore::isProject(const fs::path& dir)
{
    std::error_code error;
    const fs::path file = fs::is_directory(dir, error) ? dir / kStoreFileName : dir;
    return fs::is_regular_file(file, error) && !reasonNotAStore(file).has_value();
}

const fs::path& ProjectStore::root() const
{
    return d->root;
}

fs::path ProjectStore::storeFile() const
{
    return d->file;
}

int ProjectStore::schemaVersion() const
{
    return d->schemaVersion;
}

const std::optional<std::string>& ProjectStore::damage() const
{
    return d->damage;
}

std::string ProjectStore::damageReport() const
{
    return d->damage ? d->damagedText() : std::string();
}

QuickCheckVerdict ProjectStore::quickCheckVerdict() const
{
    return d->verdict;
}

fs::path ProjectStore::absolutePath(const std::string& storedPath) const
{
    if (storedPath.empty())
        return {};
    const fs::path path(storedPath);
    fs::path result = (path.is_absolute() ? path : d->root / path).lexically_normal();
    // "runs/.." or "." normalize to "dir/"; drop the trailing separator so equal places compare equal.
    if (!result.has_filename() && result != result.root_path())
        result = result.parent_path();
    return result;
}

std::string ProjectStore::relativePath(const fs::path& path) const
{
    // Relative input means relative to the working directory, like any path a user types.
    std::error_code error;
    fs::path absolute = fs::weakly_canonical(fs::absolute(path, error), error);
    if (error)
        absolute = fs::absolute(path).lexically_normal();
    const fs::path relative = absolute.lexically_relative(d->root);
    const bool inside = !relative.empty() && *relative.begin() != "..";
    return inside ? relative.generic_string() : absolute.string();
}

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

// ---- metrics ------------------------------------------------------------------------------------

void ProjectStore::addMetrics(const std::vector<MetricPoint>& points)
{
    if (points.empty())
        return;
    auto transaction = d->beginWrite("add metrics");
    auto insert = d->prepare("INSERT INTO metrics (run_id, name, step, tokens, value, wall_time) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (const auto& point : points) {
        insert.bindInt64(1, point.runId)
            .bindText(2, point.name)
            .bindInt64(3, point.step)
            .bindInt64(4, point.tokens)
            .bindDouble(5, point.value)
            .bindDouble(6, point.wallTime)
            .execute();
        insert.reset();
    }
    transaction.commit();
}

std::vector<MetricPoint> ProjectStore::metrics(int64_t runId, const std::string& name) const
{
    // Both orders follow the (run_id, name, step) index; rowid keeps repeated steps in write order.
    auto statement = name.empty()
        ? d->prepare("SELECT run_id, name, step, tokens, value, wall_time FROM metrics "
                     "WHERE run_id = ?1 ORDER BY name, step, rowid")
        : d->prepare("SELECT run_id, name, step, tokens, value, wall_time FROM metrics "
                     "WHERE run_id = ?1 AND name = ?2 ORDER BY step, rowid");
    statement.bindInt64(1, runId);
    if (!name.empty())
        statement.bindText(2, name);
    std::vector<MetricPoint> result;
    while (statement.step()) {
        MetricPoint point;
        point.runId = statement.int64At(0);
        point.name = statement.textAt(1);
        point.step = statement.int64At(2);
        point.tokens = statement.int64At(3);
        point.value = statement.doubleAt(4);
        point.wallTime = statement.doubleAt(5);
        result.push_back(std::move(point));
    }
    return result;
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

// ---- overview -----------------------------------------------------------------------------------

StoreCounts ProjectStore::counts() const
{
    // One statement, so all counts come from the same snapshot even while a run is writing.
    auto statement = d->prepare(
        "SELECT (SELECT COUNT(*) FROM datasets), (SELECT COUNT(*) FROM runs), "
        "(SELECT COUNT(*) FROM runs WHERE status = ?1), (SELECT COUNT(*) FROM runs WHERE status = ?2), "
        "(SELECT COUNT(*) FROM runs WHERE status = ?3), (SELECT COUNT(*) FROM runs WHERE status = ?4), "
        "(SELECT COUNT(*) FROM runs WHERE status = ?5), (SELECT COUNT(*) FROM metrics), "
        "(SELECT COUNT(*) FROM artifacts)");
    statement.bindText(1, toString(RunStatus::Queued))
        .bindText(2, toString(RunStatus::Running))
        .bindText(3, toString(RunStatus::Done))
        .bindText(4, toString(RunStatus::Failed))
        .bindText(5, toString(RunStatus::Stopped));
    StoreCounts counts;
    if (statement.step()) {
        counts.datasets = statement.int64At(0);
        counts.runs = statement.int64At(1);
        counts.runsQueued = statement.int64At(2);
        counts.runsRunning = statement.int64At(3);
        counts.runsDone = statement.int64At(4);
        counts.runsFailed = statement.int64At(5);
        counts.runsStopped = statement.int64At(6);
        counts.metrics = statement.int64At(7);
        counts.artifacts = statement.int64At(8);
        // Whatever is left holds a status this build does not know, so the parts add up to runs.
        counts.runsUnknown = counts.runs - counts.runsQueued - counts.runsRunning - counts.runsDone
            - counts.runsFailed - counts.runsStopped;
    }
    return counts;
}

} // namespace adaptlab::store
