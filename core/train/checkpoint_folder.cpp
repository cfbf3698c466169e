#include "train/checkpoint_folder.h"

#include <algorithm>
#include <charconv>
#include <string>
#include <system_error>
#include <utility>

namespace adaptlab::train {

namespace fs = std::filesystem;

fs::path checkpointsFolder(const fs::path& runDir)
{
    return runDir / "checkpoints";
}

fs::path checkpointFolder(const fs::path& runDir, int64_t step)
{
    return checkpointsFolder(runDir) / ("step-" + std::to_string(step));
}

int64_t checkpointStep(std::string_view name)
{
    if (!name.starts_with("step-") || name.size() == 5)
        return -1;
    int64_t step = -1;
    const char* first = name.data() + 5;
    const char* last = name.data() + name.size();
    const auto [end, error] = std::from_chars(first, last, step);
    return error == std::errc() && end == last ? step : -1;
}

bool isCheckpoint(const fs::path& folder)
{
    std::error_code ec;
    return fs::is_regular_file(folder / kTrainerStateFile, ec);
}

std::vector<fs::path> listCheckpoints(const fs::path& runDir)
{
    std::vector<std::pair<int64_t, fs::path>> found;
    std::error_code ec;
    for (fs::directory_iterator it(checkpointsFolder(runDir), ec), end; !ec && it != end; it.increment(ec)) {
        const int64_t step = checkpointStep(it->path().filename().string());
        if (step >= 0 && isCheckpoint(it->path()))
            found.emplace_back(step, it->path());
    }
    std::sort(found.begin(), found.end());
    std::vector<fs::path> folders;
    for (auto& item : found)
        folders.push_back(std::move(item.second));
    return folders;
}

std::optional<fs::path> latestCheckpoint(const fs::path& runDir)
{
    auto folders = listCheckpoints(runDir);
    if (folders.empty())
        return std::nullopt;
    return folders.back();
}

} // namespace adaptlab::train
