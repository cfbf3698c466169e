#include "common/temp_file.h"

#include <cctype>
#include <fstream>
#include <random>
#include <sstream>
#include <system_error>

#include <unistd.h>

namespace adaptlab {

namespace fs = std::filesystem;

namespace {

constexpr const char* kMarker = ".adaptlab-tmp-";

// The host name as it can stand in a file name: letters, digits, '.', '-' and '_', at most 64.
const std::string& hostTag()
{
    static const std::string tag = [] {
        char name[256] = {};
        if (::gethostname(name, sizeof(name) - 1) != 0 || name[0] == '\0')
            return std::string("localhost");
        std::string text;
        for (const char* c = name; *c != '\0' && text.size() < 64; ++c) {
            const auto byte = static_cast<unsigned char>(*c);
            text += std::isalnum(byte) || *c == '.' || *c == '-' || *c == '_' ? *c : '_';
        }
        return text;
    }();
    return tag;
}

// "<host>-<pid>-<start>" of this process, computed once.
const std::string& processTag()
{
    static const std::string tag = [] {
        const auto pid = static_cast<int64_t>(::getpid());
        return hostTag() + "-" + std::to_string(pid) + "-" + std::to_string(processStartTime(pid).value_or(0));
    }();
    return tag;
}

std::string randomTag()
{
    static thread_local std::mt19937_64 rng{std::random_device{}()};
    std::ostringstream text;
    text << std::hex << rng();
    return text.str();
}

bool allDigits(const std::string& text)
{
    if (text.empty() || text.size() > 19)
        return false;
    for (const char c : text)
        if (!std::isdigit(static_cast<unsigned char>(c)))
            return false;
    return true;
}

} // namespace

std::optional<uint64_t> processStartTime(int64_t pid)
{
    if (pid <= 0)
        return std::nullopt;
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string stat;
    if (!in || !std::getline(in, stat))
        return std::nullopt;
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so count from the last ')'.
    // After it come fields 3 (state) onwards; the start time is field 22.
    const size_t close = stat.rfind(')');
    if (close == std::string::npos)
        return std::nullopt;
    std::istringstream fields(stat.substr(close + 1));
    std::string field;
    for (int index = 3; fields >> field; ++index) {
        // A zombie has ended: it only waits for its parent to read its status.
        if (index == 3 && (field == "Z" || field == "X"))
            return std::nullopt;
        if (index == 22)
            return allDigits(field) ? std::optional<uint64_t>(std::stoull(field)) : std::nullopt;
    }
    return std::nullopt;
}

fs::path temporaryPath(const fs::path& folder, const std::string& stem)
{
    return folder / ("." + stem + kMarker + processTag() + "-" + randomTag());
}

fs::path temporarySibling(const fs::path& path)
{
    return temporaryPath(path.parent_path(), path.filename().string());
}

bool isStaleTemporary(const std::string& fileName)
{
    if (fileName.empty() || fileName[0] != '.')
        return false;
    const size_t marker = fileName.rfind(kMarker);
    if (marker == std::string::npos)
        return false;
    // <host>-<pid>-<start>-<random>: the host may hold '-', so the numbers are taken from the end.
    std::string rest = fileName.substr(marker + std::char_traits<char>::length(kMarker));
    std::string parts[3]; // random, start, pid
    for (auto& part : parts) {
        const size_t dash = rest.rfind('-');
        if (dash == std::string::npos)
            return false;
        part = rest.substr(dash + 1);
        rest.resize(dash);
    }
    const std::string& start = parts[1];
    const std::string& pid = parts[2];
    if (rest != hostTag() || !allDigits(pid) || !allDigits(start) || parts[0].empty())
        return false;
    const auto running = processStartTime(std::stoll(pid));
    return !running || *running != std::stoull(start);
}

int removeStaleTemporaries(const fs::path& folder)
{
    int removed = 0;
    std::error_code ec;
    fs::directory_iterator it(folder, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
        std::error_code removeError;
        if (isStaleTemporary(it->path().filename().string()) && fs::remove(it->path(), removeError))
            ++removed;
    }
    return removed;
}

TemporaryFile& TemporaryFile::operator=(TemporaryFile&& other) noexcept
{
    if (this != &other) {
        remove();
        path_ = std::move(other.path_);
        other.path_.clear();
    }
    return *this;
}

void TemporaryFile::remove() noexcept
{
    if (path_.empty())
        return;
    std::error_code ec;
    fs::remove(path_, ec);
    path_.clear();
}

} // namespace adaptlab
