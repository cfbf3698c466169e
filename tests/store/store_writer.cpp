// Child process for the store suites: plays a CLI job in its own process.
//   store_writer PROJECT RUN_ID POINTS POINTS_PER_TRANSACTION PAUSE_MICROSECONDS
//       the trainer: finds the run, marks it running, writes POINTS metric points in many small
//       transactions while the parent reads the same store, then marks the run done.
//   store_writer --expect PROJECT RUN_ID POINTS
//       a later job: the run must be there with exactly POINTS "loss" points, and
//       PRAGMA integrity_check must say ok.
//   store_writer --open PROJECT
//       opens the project (and nothing else): prints "opened" or the refusal on stderr, exit 1.
#include "store/project_store.h"

#include <sqlite3.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <exception>
#include <string>
#include <thread>
#include <vector>

using namespace adaptlab::store;

namespace {

int write(const std::string& project, int64_t runId, int64_t points, int64_t perTransaction,
          std::chrono::microseconds pause)
{
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
            MetricPoint point;
            point.runId = runId;
            point.name = "loss";
            point.split = "train";
            point.step = i;
            point.tokens = i * 1024;
            point.value = 1.0 / double(i + 1);
            point.wallTime = now;
            batch.push_back(point);
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
}

// PRAGMA integrity_check through a connection of its own: the store has no such query, and this
// must not trust the store's code it is checking.
std::string integrityCheck(const std::string& file)
{
    sqlite3* db = nullptr;
    std::string verdict;
    if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_busy_timeout(db, 10000);
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr) == SQLITE_OK) {
            while (sqlite3_step(stmt) == SQLITE_ROW) {
                const auto* line = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
                verdict += (verdict.empty() ? "" : "; ") + std::string(line != nullptr ? line : "");
            }
        }
        sqlite3_finalize(stmt);
    }
    if (verdict.empty())
        verdict = sqlite3_errmsg(db);
    sqlite3_close(db);
    return verdict;
}

int expect(const std::string& project, int64_t runId, int64_t points)
{
    std::string file;
    {
        auto store = ProjectStore::open(project);
        file = store.storeFile().string();
        if (!store.run(runId)) {
            std::fprintf(stderr, "store_writer: run %lld does not exist\n", static_cast<long long>(runId));
            return 1;
        }
        const auto seen = static_cast<int64_t>(store.metrics(runId, "loss").size());
        if (seen != points) {
            std::fprintf(stderr, "store_writer: run %lld has %lld points, expected %lld\n",
                         static_cast<long long>(runId), static_cast<long long>(seen),
                         static_cast<long long>(points));
            return 1;
        }
    }
    const std::string verdict = integrityCheck(file);
    if (verdict != "ok") {
        std::fprintf(stderr, "store_writer: integrity_check: %s\n", verdict.c_str());
        return 1;
    }
    std::printf("saw %lld points, integrity ok\n", static_cast<long long>(points));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    const std::string mode = argc > 1 ? argv[1] : "";
    try {
        if (mode == "--expect" && argc == 5)
            return expect(argv[2], std::stoll(argv[3]), std::stoll(argv[4]));
        if (mode == "--open" && argc == 3) {
            ProjectStore::open(argv[2]);
            std::printf("opened\n");
            return 0;
        }
        if (argc == 6)
            return write(argv[1], std::stoll(argv[2]), std::stoll(argv[3]), std::stoll(argv[4]),
                         std::chrono::microseconds(std::stoll(argv[5])));
    } catch (const std::exception& error) {
        std::fprintf(stderr, "store_writer: %s\n", error.what());
        return 1;
    }
    std::fprintf(stderr,
                 "usage: %s PROJECT RUN_ID POINTS POINTS_PER_TRANSACTION PAUSE_US\n"
                 "       %s --expect PROJECT RUN_ID POINTS\n"
                 "       %s --open PROJECT\n",
                 argv[0], argv[0], argv[0]);
    return 2;
}
