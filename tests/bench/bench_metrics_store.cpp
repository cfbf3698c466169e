// Metric writes: ProjectStore::addMetrics (schema v4: series lookup, upsert on (series, step), one
// clock tick per call) against the old schema's plain INSERT into `metrics` (v1 table, same index,
// same connection settings: WAL, synchronous NORMAL, BEGIN IMMEDIATE), measured in the same
// process. 10 series, one transaction per step (10 points), as a trainer writes them.
// Build with `ninja bench_metrics_store`; run build/tests/bench_metrics_store [--points 100000,1000000].
// Prints points/s for both and the ratio (new / old); never gates on time.
#include "store/project_store.h"

#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

using namespace adaptlab::store;
namespace fs = std::filesystem;

namespace {

constexpr int kSeries = 10;

void check(int rc, sqlite3* db, const char* what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        std::fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
        std::exit(1);
    }
}

double oldSchema(const fs::path& dir, int64_t points)
{
    fs::create_directories(dir);
    sqlite3* db = nullptr;
    check(sqlite3_open((dir / "old.sqlite").c_str(), &db), db, "open");
    check(sqlite3_exec(db,
                       "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;"
                       "CREATE TABLE runs (id INTEGER PRIMARY KEY);"
                       "INSERT INTO runs (id) VALUES (1);"
                       "CREATE TABLE metrics (run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                       " name TEXT NOT NULL, step INTEGER NOT NULL, tokens INTEGER NOT NULL DEFAULT 0,"
                       " value REAL, wall_time REAL NOT NULL);"
                       "CREATE INDEX metrics_by_run_name_step ON metrics(run_id, name, step);",
                       nullptr, nullptr, nullptr),
          db, "schema");
    // As the v1 code did: the statement prepared once per call, inside a write transaction.
    const auto start = std::chrono::steady_clock::now();
    for (int64_t step = 0; step * kSeries < points; ++step) {
        check(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), db, "begin");
        sqlite3_stmt* insert = nullptr;
        check(sqlite3_prepare_v2(db, "INSERT INTO metrics (run_id, name, step, tokens, value, wall_time) "
                                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6)", -1, &insert, nullptr),
              db, "prepare");
        for (int s = 0; s < kSeries; ++s) {
            const std::string name = "metric" + std::to_string(s) + "/train";
            sqlite3_bind_int64(insert, 1, 1);
            sqlite3_bind_text(insert, 2, name.c_str(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_int64(insert, 3, step);
            sqlite3_bind_int64(insert, 4, step * 4096);
            sqlite3_bind_double(insert, 5, 1.0 / double(step + s + 1));
            sqlite3_bind_double(insert, 6, 1.7e9 + double(step));
            check(sqlite3_step(insert), db, "insert");
            sqlite3_reset(insert);
        }
        sqlite3_finalize(insert);
        check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    sqlite3_close(db);
    return double(points) / seconds;
}

double newSchema(const fs::path& dir, int64_t points)
{
    auto store = ProjectStore::create(dir);
    const int64_t run = store.createRun("train", "{}");
    std::vector<MetricPoint> batch(kSeries);
    for (int s = 0; s < kSeries; ++s) {
        batch[s].runId = run;
        batch[s].name = "metric" + std::to_string(s);
        batch[s].split = "train";
    }
    const auto start = std::chrono::steady_clock::now();
    for (int64_t step = 0; step * kSeries < points; ++step) {
        for (int s = 0; s < kSeries; ++s) {
            batch[s].step = step;
            batch[s].tokens = step * 4096;
            batch[s].value = 1.0 / double(step + s + 1);
            batch[s].wallTime = 1.7e9 + double(step);
        }
        store.addMetrics(batch);
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (store.counts().metrics != points) {
        std::fprintf(stderr, "wrote %lld points, expected %lld\n", static_cast<long long>(store.counts().metrics),
                     static_cast<long long>(points));
        std::exit(1);
    }
    return double(points) / seconds;
}

} // namespace

int main(int argc, char** argv)
{
    std::vector<int64_t> sizes{100000, 1000000};
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::string(argv[i]) == "--points") {
            sizes.clear();
            std::stringstream list(argv[++i]);
            for (std::string item; std::getline(list, item, ',');)
                sizes.push_back(std::stoll(item));
        }
    }
    const fs::path root = fs::temp_directory_path() / "adaptlab-bench-metrics";
    for (const int64_t points : sizes) {
        fs::remove_all(root);
        const double before = oldSchema(root / "old", points);
        const double after = newSchema(root / "new", points);
        std::printf("%lld points, %d series, %d per transaction: old INSERT %.0f points/s, "
                    "v4 upsert %.0f points/s, ratio %.2f\n",
                    static_cast<long long>(points), kSeries, kSeries, before, after, after / before);
    }
    fs::remove_all(root);
    return 0;
}
