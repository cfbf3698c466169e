#include "background_task.h"

#include "runtime/runtime.h"

#include <algorithm>

namespace adaptlab {

namespace {

QThreadPool* makePool(const char* name, int threads)
{
    auto* pool = new QThreadPool;
    pool->setObjectName(QString::fromLatin1(name));
    pool->setMaxThreadCount(threads);
    return pool;
}

} // namespace

std::pair<int, int> TaskLanes::threadsFor(int cores)
{
    return {std::max(1, cores - 1), std::max(1, cores / 2)};
}

QThreadPool* TaskLanes::pool(TaskLane lane)
{
    // Made on first use and never destroyed: at exit, workers of widgets still being torn down
    // find their pool (each BackgroundTask waits for its own workers anyway).
    static QThreadPool* const quickPool = makePool("adaptlab-quick", threadsFor(runtime::coresAvailable()).first);
    static QThreadPool* const longPool = makePool("adaptlab-long", threadsFor(runtime::coresAvailable()).second);
    return lane == TaskLane::Quick ? quickPool : longPool;
}
} // namespace adaptlab
