#include "common/cores.h"

#include <sched.h>

#include <algorithm>
#include <cerrno>
#include <thread>

namespace adaptlab {

namespace {

// CPUs in the affinity mask. The mask is sized dynamically: a fixed cpu_set_t holds 1024 CPUs and
// sched_getaffinity() fails with EINVAL on a kernel configured for more.
std::optional<int> affinityCount()
{
    for (int capacity = 1024; capacity <= (1 << 20); capacity *= 2) {
        cpu_set_t* set = CPU_ALLOC(capacity);
        if (!set)
            return std::nullopt;
        const size_t size = CPU_ALLOC_SIZE(capacity);
        CPU_ZERO_S(size, set);
        const int status = sched_getaffinity(0, size, set);
        const int error = errno;
        const int count = status == 0 ? CPU_COUNT_S(size, set) : 0;
        CPU_FREE(set);
        if (status == 0)
            return count;
        if (error != EINVAL)
            return std::nullopt;
    }
    return std::nullopt;
}

} // namespace

int coresAvailable(std::optional<int> affinityCount, unsigned hardwareCount)
{
    if (affinityCount && *affinityCount > 0)
        return *affinityCount;
    if (hardwareCount > 0)
        return static_cast<int>(std::min<unsigned>(hardwareCount, 1u << 20));
    return 1;
}

int coresAvailable()
{
    return coresAvailable(affinityCount(), std::thread::hardware_concurrency());
}

} // namespace adaptlab
