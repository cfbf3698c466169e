#include "store/schema_migrations.h"

#include "store/project_store.h"

#include <array>

namespace adaptlab::store {

namespace {

// v1: the walking skeleton. Timestamps are ISO 8601 UTC text; NULL means "not reached yet".
// Foreign keys: a derived dataset, a child run or an artifact outlives the row it points at
// (SET NULL, the provenance JSON keeps the story); metrics mean nothing without their run (CASCADE).
constexpr std::string_view kSchemaV1 = R"sql(
CREATE TABLE schema_version (
    version     INTEGER PRIMARY KEY,
    description TEXT NOT NULL,
    applied_at  TEXT NOT NULL
);

CREATE TABLE datasets (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL UNIQUE,
    path              TEXT NOT NULL,
    format            TEXT NOT NULL,
    text_field        TEXT NOT NULL DEFAULT 'text',
    metadata_json     TEXT NOT NULL DEFAULT '{}',
    documents         INTEGER NOT NULL DEFAULT -1,
    bytes             INTEGER NOT NULL DEFAULT -1,
    parent_dataset_id INTEGER REFERENCES datasets(id) ON DELETE SET NULL,
    provenance_json   TEXT NOT NULL DEFAULT '{}',
    created_at        TEXT NOT NULL
);
CREATE INDEX datasets_by_parent ON datasets(parent_dataset_id);

CREATE TABLE runs (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'queued'
                  CHECK (status IN ('queued', 'running', 'done', 'failed', 'stopped')),
    spec_json     TEXT NOT NULL DEFAULT '{}',
    parent_run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL,
    created_at    TEXT NOT NULL,
    started_at    TEXT,
    finished_at   TEXT,
    result_json   TEXT NOT NULL DEFAULT '{}',
    message       TEXT NOT NULL DEFAULT '',
    pid           INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX runs_by_parent ON runs(parent_run_id);
CREATE INDEX runs_by_status ON runs(status);

-- value may be NULL: SQLite stores a NaN loss as NULL, and a diverged run must still be recorded.
CREATE TABLE metrics (
    run_id    INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    name      TEXT NOT NULL,
    step      INTEGER NOT NULL,
    tokens    INTEGER NOT NULL DEFAULT 0,
    value     REAL,
    wall_time REAL NOT NULL
);
CREATE INDEX metrics_by_run_name_step ON metrics(run_id, name, step);

CREATE TABLE artifacts (
    id            INTEGER PRIMARY KEY,
    run_id        INTEGER REFERENCES runs(id) ON DELETE SET NULL,
    kind          TEXT NOT NULL,
    path          TEXT NOT NULL,
    metadata_json TEXT NOT NULL DEFAULT '{}',
    created_at    TEXT NOT NULL
);
CREATE INDEX artifacts_by_run ON artifacts(run_id);
)sql";

// v2: corpus inspection. A scan's summary (counts, histograms, metadata breakdown, rule failures)
// is large JSON, so it lives beside the dataset row rather than in it; the per-document signals file
// it describes sits in datasets/ and is named here.
constexpr std::string_view kSchemaV2 = R"sql(
CREATE TABLE dataset_summaries (
    dataset_id   INTEGER PRIMARY KEY REFERENCES datasets(id) ON DELETE CASCADE,
    signals_path TEXT NOT NULL DEFAULT '',
    summary_json TEXT NOT NULL DEFAULT '{}',
    updated_at   TEXT NOT NULL
);
)sql";

// v3: what the user set for a dataset in the panels (quality thresholds, ...) survives a restart.
constexpr std::string_view kSchemaV3 = R"sql(
ALTER TABLE datasets ADD COLUMN settings_json TEXT NOT NULL DEFAULT '{}';
)sql";

// v4 (issue 8): runs outlive the window and metrics scale to long training runs.
// - runs: the child's heartbeat (time, its pid's start time, so a reused pid is not mistaken for
//   it, and the host), which tells a live run from a lost one.
// - metric_series (run, name, split, source) and metric_points keyed by (series, step): a resumed
//   run rewriting a step replaces it (upsert). Each write takes the next value of metric_clock, so
//   metricsSince(run, cursor) reads what was written after a cursor, rewrites included.
// - eval_results: one row per (run, task, metric) for the evaluation issue.
// The v1 `metrics` rows move over: "name/source" names (fertility/gcide) become name + source.
constexpr std::string_view kSchemaV4 = R"sql(
ALTER TABLE runs ADD COLUMN heartbeat_at TEXT;
ALTER TABLE runs ADD COLUMN pid_start_time INTEGER NOT NULL DEFAULT 0;
ALTER TABLE runs ADD COLUMN host TEXT NOT NULL DEFAULT '';

CREATE TABLE metric_series (
    id     INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    name   TEXT NOT NULL,
    split  TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    UNIQUE (run_id, name, split, source)
);

-- value may be NULL: SQLite stores a NaN loss as NULL, and a diverged run must still be recorded.
CREATE TABLE metric_points (
    series_id INTEGER NOT NULL REFERENCES metric_series(id) ON DELETE CASCADE,
    step      INTEGER NOT NULL,
    tokens    INTEGER NOT NULL DEFAULT 0,
    value     REAL,
    wall_time REAL NOT NULL,
    seq       INTEGER NOT NULL,
    PRIMARY KEY (series_id, step)
) WITHOUT ROWID;
CREATE INDEX metric_points_by_seq ON metric_points(seq);

CREATE TABLE metric_clock (
    id  INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL
);

CREATE TABLE eval_results (
    id           INTEGER PRIMARY KEY,
    run_id       INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    task         TEXT NOT NULL,
    metric       TEXT NOT NULL,
    value        REAL,
    stderr       REAL,
    n            INTEGER NOT NULL DEFAULT 0,
    details_json TEXT NOT NULL DEFAULT '{}',
    created_at   TEXT NOT NULL,
    UNIQUE (run_id, task, metric)
);

INSERT OR IGNORE INTO metric_series (run_id, name, source)
    SELECT DISTINCT run_id,
           CASE WHEN instr(name, '/') > 0 THEN substr(name, 1, instr(name, '/') - 1) ELSE name END,
           CASE WHEN instr(name, '/') > 0 THEN substr(name, instr(name, '/') + 1) ELSE '' END
    FROM metrics;
INSERT OR REPLACE INTO metric_points (series_id, step, tokens, value, wall_time, seq)
    SELECT s.id, m.step, m.tokens, m.value, m.wall_time, m.rowid
    FROM metrics m JOIN metric_series s
      ON s.run_id = m.run_id AND s.split = ''
     AND s.name = CASE WHEN instr(m.name, '/') > 0 THEN substr(m.name, 1, instr(m.name, '/') - 1) ELSE m.name END
     AND s.source = CASE WHEN instr(m.name, '/') > 0 THEN substr(m.name, instr(m.name, '/') + 1) ELSE '' END
    ORDER BY m.rowid;
INSERT INTO metric_clock (id, seq) VALUES (1, (SELECT COALESCE(MAX(rowid), 0) FROM metrics));
DROP TABLE metrics;
)sql";

// v5 (issue 9): which token shards exist. A row per shard folder (project-relative, one per
// (inputs, tokenizer, options) key): the cache key's parts, the counts the panels show, and the
// dataset it was built from (NULL for files or several datasets; the row goes with its dataset).
constexpr std::string_view kSchemaV5 = R"sql(
CREATE TABLE token_shards (
    id                    INTEGER PRIMARY KEY,
    dataset_id            INTEGER REFERENCES datasets(id) ON DELETE CASCADE,
    tokenizer_fingerprint TEXT NOT NULL,
    tokenizer_path        TEXT NOT NULL,
    options_hash          TEXT NOT NULL,
    options_json          TEXT NOT NULL DEFAULT '{}',
    dataset_fingerprint   TEXT NOT NULL,
    folder                TEXT NOT NULL UNIQUE,
    documents             INTEGER NOT NULL DEFAULT 0,
    tokens                INTEGER NOT NULL DEFAULT 0,
    heldout_documents     INTEGER NOT NULL DEFAULT 0,
    heldout_tokens        INTEGER NOT NULL DEFAULT 0,
    dtype                 TEXT NOT NULL,
    vocab_size            INTEGER NOT NULL,
    created_at            TEXT NOT NULL
);
CREATE INDEX token_shards_by_dataset ON token_shards(dataset_id);
)sql";

constexpr std::array kMigrations{
    SchemaMigration{1, "datasets, runs, metrics, artifacts", kSchemaV1},
    SchemaMigration{2, "dataset summaries from corpus scans", kSchemaV2},
    SchemaMigration{3, "per-dataset panel settings", kSchemaV3},
    SchemaMigration{4, "run heartbeats, metric series and points, evaluation results", kSchemaV4},
    SchemaMigration{5, "token shards", kSchemaV5},
};

static_assert(kMigrations.back().version == kSchemaVersion,
              "every schema version needs its migration step");

} // namespace

std::span<const SchemaMigration> schemaMigrations()
{
    return kMigrations;
}

} // namespace adaptlab::store
