// Child process for tst_store_concurrency: plays the CLI trainer, writing metric points into a
// project in many small transactions while the test process reads the same store.
// Usage: store_writer PROJECT RUN_ID POINTS POINTS_PER_TRANSACTION PAUSE_MICROSECONDS
#include "store/project_store.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <exception>
#include <string>
#include <thread>
#include <vector>

using namespace adaptlab::store;

int main(int argc, char** argv)
{
    if (argc != 6) {
        std::fprintf(stderr, "usage: %s PROJECT RUN_ID POINTS POINTS_PER_TRANSACTION PAUSE_US\n", argv[0]);
        return 2;
    }
    try {
        const std::string project = argv[1];
        const int64_t runId = std::stoll(argv[2]);
        const int64_t points = std::stoll(argv[3]);
        const int64_t perTransaction = std::stoll(argv[4]);
        const auto pause = std::chrono::microseconds(std::stoll(argv[5]));

        auto store = ProjectStore::open(project);
        store.setRunPid(runId, static_cast<int64_t>(::getpid()));
        store.setRunStatus(runId, RunStatus::Running);
        int64_t transactions = 0;
        for (int64_t step = 0; step < points; step += perTransaction) {
            std::vector<MetricPoint> batch;
            for (int64_t i = step; i < std::min(points, step + perTransaction); ++i) {
                const double now = std::chrono::duration<double>(
                                       std::chrono::system_clock::now().time_since_epoch())
                                       .count();
                batch.push_back({runId, "loss", i, i * 1024, 1.0 / double(i + 1), now});
            }
            store.addMetrics(batch);
            // Runs rows change too, as a trainer reporting progress would.
            if (++transactions % 50 == 0)
                store.setRunResult(runId, "{\"step\":" + std::to_string(step) + "}");
            std::this_thread::sleep_for(pause);
        }
        store.setRunResult(runId, "{\"points\":" + std::to_string(points) + "}");
        store.setRunStatus(runId, RunStatus::Done);
        std::printf("wrote %lld points in %lld transactions\n", static_cast<long long>(points),
                    static_cast<long long>(transactions));
        return 0;
    } catch (const std::exception& error) {
        std::fprintf(stderr, "store_writer: %s\n", error.what());
        return 1;
    }
}
