#include "jobs/temporary_folder.h"

#include "common/error.h"
#include "common/temp_file.h"

#include <cstdlib>

#include <unistd.h>

namespace adaptlab::jobs {

namespace fs = std::filesystem;

fs::path projectTemporaryFolder(const fs::path& projectRoot)
{
    return projectRoot / "tmp";
}

void removeStaleProjectTemporaries(const fs::path& projectRoot)
{
    removeStaleTemporaries(projectTemporaryFolder(projectRoot));
    removeStaleTemporaries(projectRoot / "datasets"); // signals files and derived datasets being written
}

fs::path temporaryFolderBeside(const std::vector<fs::path>& beside)
{
    for (const fs::path& path : beside) {
        if (path.empty())
            continue;
        const fs::path folder = fs::absolute(path).parent_path();
        if (::access(folder.c_str(), W_OK | X_OK) == 0) {
            removeStaleTemporaries(folder);
            return folder;
        }
    }
    fs::path cache;
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && *xdg == '/')
        cache = xdg;
    else if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0')
        cache = fs::path(home) / ".cache";
    else
        throw Error("no folder for temporary files: none of the job's files is in a writable folder, and "
                    "neither XDG_CACHE_HOME nor HOME is set");
    const fs::path folder = cache / "adaptlab" / "tmp";
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec)
        throwCheckedError("create folder", folder.string(), ec.message());
    removeStaleTemporaries(folder);
    return folder;
}

} // namespace adaptlab::jobs
