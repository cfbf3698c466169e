#include "store/store_impl.h"

namespace adaptlab::store {

namespace fs = std::filesystem;

namespace detail {

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

} // namespace detail

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

ProjectStore ProjectStore::openReadOnly(const fs::path& dirOrFile)
{
    std::error_code error;
    fs::path file = dirOrFile;
    if (fs::is_directory(dirOrFile, error))
        file = dirOrFile / kStoreFileName;
    if (!fs::exists(file, error))
        throwStoreError("open project for reading", file.string(), "no such file");
    if (!fs::is_regular_file(file, error))
        throwStoreError("open project for reading", file.string(), "not a regular file");
    if (const auto reason = reasonNotAStore(file))
        throwStoreError("open project for reading", file.string(), *reason);
    const fs::path root = fs::canonical(file.parent_path().empty() ? fs::path(".") : file.parent_path(),
                                        error);
    if (error)
        throwStoreError("open project for reading", file.string(), error.message());

    auto impl = std::make_unique<Impl>(root, root / file.filename());
    impl->readOnly = true;
    // Nothing is checked or migrated here: the read-write connection that the same process holds
    // (open()) has done both. Whether the check ran is unknown to this connection.
    impl->verdict = QuickCheckVerdict::Stopped;
    impl->openConnection(SQLITE_OPEN_READONLY);
    const int found = impl->storedSchemaVersion();
    if (found > kSchemaVersion)
        throwStoreError("open project for reading", impl->subject, newerSchemaText(found));
    if (found < kSchemaVersion)
        throwStoreError("open project for reading", impl->subject,
                        "the store is at schema " + std::to_string(found) + " and needs migrating to "
                            + std::to_string(kSchemaVersion)
                            + ", which a read-only connection does not do; open the project read-write first");
    impl->schemaVersion = found;
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

// ---- overview -----------------------------------------------------------------------------------

StoreCounts ProjectStore::counts() const
{
    // One statement, so all counts come from the same snapshot even while a run is writing.
    auto statement = d->prepare(
        "SELECT (SELECT COUNT(*) FROM datasets), (SELECT COUNT(*) FROM runs), "
        "(SELECT COUNT(*) FROM runs WHERE status = ?1), (SELECT COUNT(*) FROM runs WHERE status = ?2), "
        "(SELECT COUNT(*) FROM runs WHERE status = ?3), (SELECT COUNT(*) FROM runs WHERE status = ?4), "
        "(SELECT COUNT(*) FROM runs WHERE status = ?5), (SELECT COUNT(*) FROM metric_points), "
        "(SELECT COUNT(*) FROM artifacts), (SELECT COUNT(*) FROM metric_series)");
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
        counts.metricSeries = statement.int64At(9);
        // Whatever is left holds a status this build does not know, so the parts add up to runs.
        counts.runsUnknown = counts.runs - counts.runsQueued - counts.runsRunning - counts.runsDone
            - counts.runsFailed - counts.runsStopped;
    }
    return counts;
}

} // namespace adaptlab::store
