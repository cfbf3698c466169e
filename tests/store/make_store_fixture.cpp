// Writes the committed migration fixtures tests/fixtures/stores/v<N>.adaptlab (N = 2, 3 or 4):
//   make_store_fixture N OUTPUT_FILE
// (v4: the v3 store migrated by step 4, plus a heartbeat and an evaluation result: what issue 8 left.)
// A store as the code before issue 8 left it: schemaMigrations() steps 1..N (unchanged since that
// code; the step texts are the same strings), the connection settings it used (application_id
// first, then WAL), and rows inserted with the statements of ProjectStore at commit c934a55
// (core/store/project_store.cpp there): datasets with a derived one, a scan summary, panel
// settings (v3 only), runs in three states, metrics named "name/source" with a rewritten step and
// a NaN, artifacts. tests/fixtures/stores/make_fixtures.sh runs it; tst_store_migration reads them.
#include "store/project_store.h"
#include "store/schema_migrations.h"

#include <sqlite3.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <stdexcept>
#include <string>

using namespace adaptlab::store;

namespace {

class Db {
public:
    explicit Db(const std::string& file)
    {
        if (sqlite3_open_v2(file.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
            throw std::runtime_error("cannot create " + file);
    }
    ~Db() { sqlite3_close(db_); }
    void exec(const std::string& sql)
    {
        char* error = nullptr;
        if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
            const std::string message = error != nullptr ? error : "?";
            sqlite3_free(error);
            throw std::runtime_error(message + " in: " + sql.substr(0, 200));
        }
    }
    // One metrics row as c934a55's addMetrics wrote it (NaN bound as a double: stored as NULL).
    void metric(int64_t run, const char* name, int64_t step, int64_t tokens, double value, double wallTime)
    {
        sqlite3_stmt* stmt = nullptr;
        sqlite3_prepare_v2(db_, "INSERT INTO metrics (run_id, name, step, tokens, value, wall_time) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6)", -1, &stmt, nullptr);
        sqlite3_bind_int64(stmt, 1, run);
        sqlite3_bind_text(stmt, 2, name, -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(stmt, 3, step);
        sqlite3_bind_int64(stmt, 4, tokens);
        sqlite3_bind_double(stmt, 5, value);
        sqlite3_bind_double(stmt, 6, wallTime);
        const int rc = sqlite3_step(stmt);
        sqlite3_finalize(stmt);
        if (rc != SQLITE_DONE)
            throw std::runtime_error(std::string("metric: ") + sqlite3_errmsg(db_));
    }

private:
    sqlite3* db_ = nullptr;
};

void make(int version, const std::string& file)
{
    std::filesystem::remove(file);
    Db db(file);
    db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    db.exec("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;");
    // Steps up to `last` (and at most 3 here: a v4 store is a v3 one with rows, migrated by step 4
    // as ProjectStore::open did it, so its v4 tables hold the moved metrics).
    auto migrateTo = [&](int from, int last) {
        db.exec("BEGIN IMMEDIATE");
        for (const auto& migration : schemaMigrations()) {
            if (migration.version <= from || migration.version > last)
                continue;
            db.exec(std::string(migration.sql));
            db.exec("INSERT INTO schema_version (version, description, applied_at) VALUES ("
                    + std::to_string(migration.version) + ", '" + std::string(migration.description)
                    + "', '2026-11-0" + std::to_string(migration.version) + "T10:00:00.000Z')");
            db.exec("PRAGMA user_version = " + std::to_string(migration.version));
        }
        db.exec("COMMIT");
    };
    migrateTo(0, std::min(version, 3));

    db.exec("INSERT INTO datasets (name, path, format, text_field, metadata_json, documents, bytes, "
            "parent_dataset_id, provenance_json, created_at) VALUES "
            "('gcide', 'datasets/gcide.jsonl', 'jsonl', 'text', '{\"source\":\"gcide\"}', 1800, 912345, NULL, "
            "'{}', '2026-11-10T09:00:00.000Z'), "
            "('gcide-clean', 'datasets/gcide-clean.jsonl', 'jsonl', 'text', '{}', 1650, 800001, 1, "
            "'{\"source\":\"gcide\",\"job\":\"corpus_filter\"}', '2026-11-10T09:30:00.000Z')");
    db.exec("INSERT INTO dataset_summaries (dataset_id, signals_path, summary_json, updated_at) VALUES "
            "(1, 'datasets/gcide.signals.zst', '{\"documents\":1800}', '2026-11-10T09:10:00.000Z')");
    if (version >= 3)
        db.exec("UPDATE datasets SET settings_json = '{\"quality_rules\":[{\"key\":\"c4_lines\",\"enabled\":false}]}' "
                "WHERE id = 1");
    db.exec("INSERT INTO runs (kind, status, spec_json, parent_run_id, created_at, started_at, finished_at, "
            "result_json, message, pid) VALUES "
            "('corpus_inspect', 'done', '{\"kind\":\"corpus_inspect\"}', NULL, '2026-11-10T09:05:00.000Z', "
            "'2026-11-10T09:05:01.000Z', '2026-11-10T09:06:00.000Z', '{\"documents\":1800}', '', 4242), "
            "('train_tokenizer', 'failed', '{}', 1, '2026-11-10T10:00:00.000Z', '2026-11-10T10:00:01.000Z', "
            "'2026-11-10T10:03:00.000Z', '{}', 'out of memory', 4243), "
            "('train_tokenizer', 'running', '{}', NULL, '2026-11-10T11:00:00.000Z', '2026-11-10T11:00:01.000Z', "
            "NULL, '{}', '', 4244)");
    // Run 1: fertility per source, as the tokenizer evaluation named them before series existed.
    db.metric(1, "fertility/gcide", 0, 0, 1.25, 1762765500.0);
    db.metric(1, "fertility/foldoc", 0, 0, 1.5, 1762765500.5);
    // Run 2: a loss with step 2 written twice (a resumed run appended; the later row wins) and a
    // diverged step (NaN, stored as NULL).
    db.metric(2, "loss", 1, 1024, 4.0, 1762768801.0);
    db.metric(2, "loss", 2, 2048, 3.5, 1762768802.0);
    db.metric(2, "loss", 2, 2048, 3.25, 1762768803.0);
    db.metric(2, "loss", 3, 3072, std::nan(""), 1762768804.0);
    db.metric(2, "lr", 1, 1024, 0.001, 1762768801.0);
    // Run 3: a name with two slashes keeps the rest as the source.
    db.metric(3, "fertility/web/en", 5, 0, 1.75, 1762772400.0);
    db.exec("INSERT INTO artifacts (run_id, kind, path, metadata_json, created_at) VALUES "
            "(1, 'signals', 'datasets/gcide.signals.zst', '{}', '2026-11-10T09:06:00.000Z'), "
            "(NULL, 'log', 'runs/2/log.txt', '{}', '2026-11-10T10:03:00.000Z')");
    if (version >= 4) {
        migrateTo(3, 4);
        // What issue 8's store added: a heartbeat on the running run and an evaluation result.
        db.exec("UPDATE runs SET heartbeat_at = '2026-11-10T11:05:00.000Z', pid_start_time = 987654, host = 'lab-1' "
                "WHERE id = 3");
        db.exec("INSERT INTO eval_results (run_id, task, metric, value, stderr, n, details_json, created_at) VALUES "
                "(1, 'hellaswag', 'acc', 0.25, 0.01, 100, '{}', '2026-11-10T12:00:00.000Z')");
    }
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: make_store_fixture 2|3|4 OUTPUT_FILE\n");
        return 2;
    }
    try {
        const int version = std::stoi(argv[1]);
        if (version < 2 || version > 4)
            throw std::runtime_error("version must be 2, 3 or 4");
        make(version, argv[2]);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "make_store_fixture: %s\n", error.what());
        return 1;
    }
    return 0;
}
