#include "train/launch_environment.h"

#include "common/error.h"

#include <charconv>
#include <cstdlib>

namespace adaptlab::train {

namespace {

// A whole decimal integer (no sign, no spaces, no trailing text), or an Error naming the variable.
long long parseInteger(const std::string& name, const std::string& value, const std::string& expected)
{
    long long result = 0;
    const char* end = value.data() + value.size();
    const auto [ptr, ec] = std::from_chars(value.data(), end, result);
    if (value.empty() || ec != std::errc() || ptr != end)
        throw Error(name + "=\"" + value + "\" is not " + expected);
    return result;
}

} // namespace

LaunchEnvironment readLaunchEnvironment(const EnvironmentLookup& lookup)
{
    LaunchEnvironment env;
    const std::optional<std::string> worldSize = lookup("WORLD_SIZE");
    const std::optional<std::string> rank = lookup("RANK");
    if (!worldSize) {
        // A RANK alone is a launcher that forgot half of its job; training as a single process
        // would silently repeat the work of every other rank.
        if (rank)
            throw Error("RANK=" + *rank + " is set but WORLD_SIZE is not (both come from the launcher)");
        return env;
    }
    const long long world = parseInteger("WORLD_SIZE", *worldSize, "a positive number of processes");
    if (world < 1 || world > 1'000'000)
        throw Error("WORLD_SIZE=" + *worldSize + " is not a positive number of processes");
    env.worldSize = static_cast<int>(world);
    if (env.worldSize == 1)
        return env;

    if (!rank)
        throw Error("RANK is not set (WORLD_SIZE=" + *worldSize + " needs each process's rank)");
    const long long r = parseInteger("RANK", *rank, "a rank (0 to WORLD_SIZE-1)");
    if (r < 0 || r >= world)
        throw Error("RANK=" + *rank + " is outside 0.." + std::to_string(world - 1) + " (WORLD_SIZE=" + *worldSize + ")");
    env.rank = static_cast<int>(r);

    if (const std::optional<std::string> localRank = lookup("LOCAL_RANK")) {
        const long long local = parseInteger("LOCAL_RANK", *localRank, "a local rank (0 or more)");
        if (local < 0 || local >= world)
            throw Error("LOCAL_RANK=" + *localRank + " is outside 0.." + std::to_string(world - 1));
        env.localRank = static_cast<int>(local);
    }

    const std::optional<std::string> addr = lookup("MASTER_ADDR");
    if (!addr || addr->empty())
        throw Error("MASTER_ADDR is not set (the host of rank 0, which every rank connects to)");
    env.masterAddr = *addr;
    const std::optional<std::string> port = lookup("MASTER_PORT");
    if (!port)
        throw Error("MASTER_PORT is not set (the TCP port rank 0 listens on)");
    const long long p = parseInteger("MASTER_PORT", *port, "a TCP port (1-65535)");
    if (p < 1 || p > 65535)
        throw Error("MASTER_PORT=" + *port + " is not a TCP port (1-65535)");
    env.masterPort = static_cast<uint16_t>(p);
    return env;
}

LaunchEnvironment readLaunchEnvironment()
{
    return readLaunchEnvironment([](const std::string& name) -> std::optional<std::string> {
        const char* value = std::getenv(name.c_str());
        if (!value)
            return std::nullopt;
        return std::string(value);
    });
}

} // namespace adaptlab::train
