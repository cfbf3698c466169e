// What the plan editor reads from a project, in one pass on StoreReader's thread (never the UI
// thread): the token-shard builds a plan can take as sources (the newest build per dataset and
// tokenizer, with its training tokens), the plan files under plans/, and the base models a run
// can start from (the Train panel's catalog: finished runs' checkpoints).
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace adaptlab::store { class ProjectStore; }

namespace adaptlab::mixture {

struct PlanSourceEntry {
    QString dataset;       // the source's name in a plan (and in the runs' metrics)
    QString shards;        // the build folder as the store keeps it (relative to the project when inside)
    QString shardsPath;    // absolute
    QString tokenizer;     // the tokenizer file it was built with, as the store keeps it
    QString tokenizerPath; // absolute
    qint64 tokens = 0;     // training tokens (the held-out split not counted)
    qint64 documents = 0;
};

struct PlanCatalog {
    std::vector<PlanSourceEntry> sources; // by dataset name, then newest build first
    QStringList plans;                    // plan names (plans/<name>.json), sorted
    QStringList checkpoints;              // base models from earlier runs (absolute folders), newest first
    QStringList unsharded;                // datasets with no shard build yet (the planner says where to make one)
};

// Plans live in <project>/plans/<name>.json.
QString plansDir(const QString& projectDir);
QString planFile(const QString& projectDir, const QString& name);
// A plan name that is a safe file name: letters, digits, '-', '_', '.', not starting with '.';
// empty when NAME is fine, else why not (for the user).
QString planNameProblem(const QString& name);

// Reads the store and lists plans/. Throws what the store throws.
PlanCatalog readPlanCatalog(const store::ProjectStore& store);

} // namespace adaptlab::mixture
