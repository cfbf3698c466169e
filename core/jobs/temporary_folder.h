// Where a job keeps its temporary files (a scan's signals file that is not kept, the summary's
// spill files): inside the project when it runs in one (<project>/tmp), else beside what it writes
// or reads, never the current folder or the system's /tmp (which may be memory, and where a killed
// scan once left 9 GB). Names and stale-file detection are temp_file.h's.
#pragma once

#include <filesystem>
#include <vector>

namespace adaptlab::jobs {

std::filesystem::path projectTemporaryFolder(const std::filesystem::path& projectRoot);

// Removes what killed jobs left in the project (temporary files in tmp/ and datasets/ whose process
// is gone); called at every job start in a project. Never throws.
void removeStaleProjectTemporaries(const std::filesystem::path& projectRoot);

// A folder for a job outside a project: the folder of the first of `beside` (what the job writes
// first, then what it reads) that can be written, else the user's cache folder
// ($XDG_CACHE_HOME or ~/.cache, /adaptlab/tmp). Stale temporaries found there are removed. Throws
// Error when there is none.
std::filesystem::path temporaryFolderBeside(const std::vector<std::filesystem::path>& beside);

} // namespace adaptlab::jobs
