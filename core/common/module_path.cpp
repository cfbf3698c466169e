#include "common/module_path.h"

#include <dlfcn.h>
#include <link.h>

#include <cstdlib>
#include <system_error>

namespace adaptlab {

namespace fs = std::filesystem;

fs::path objectFileContaining(const void* address)
{
    Dl_info info{};
    link_map* map = nullptr;
    if (dladdr1(address, &info, reinterpret_cast<void**>(&map), RTLD_DL_LINKMAP) == 0)
        return fs::read_symlink("/proc/self/exe");
    // The main program's link map has an empty name, and dladdr reports argv[0] for it, which
    // may be relative or a bare name found on PATH.
    if (map == nullptr || map->l_name == nullptr || map->l_name[0] == '\0' || info.dli_fname == nullptr)
        return fs::read_symlink("/proc/self/exe");
    std::error_code ec;
    fs::path file = fs::weakly_canonical(info.dli_fname, ec);
    return ec ? fs::path(info.dli_fname) : file;
}

std::vector<fs::path> companionCandidates(const fs::path& owner, const std::string& fileName,
                                          const char* environmentVariable)
{
    if (const char* env = std::getenv(environmentVariable); env != nullptr && *env != '\0')
        return {fs::path(env)};
    const fs::path dir = owner.parent_path();
    return {dir / fileName, (dir / ".." / "lib" / fileName).lexically_normal(),
            (dir / ".." / "lib" / "adaptlab" / fileName).lexically_normal()};
}

fs::path firstExisting(const std::vector<fs::path>& candidates)
{
    for (const auto& candidate : candidates) {
        std::error_code ec;
        if (fs::is_regular_file(candidate, ec))
            return candidate;
    }
    return {};
}

std::string joinPaths(const std::vector<fs::path>& paths)
{
    std::string joined;
    for (const auto& path : paths)
        joined += (joined.empty() ? "" : ", ") + path.string();
    return joined;
}

} // namespace adaptlab
