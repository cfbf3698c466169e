// The `train` job kind's parts other code reuses: the TrainConfig a spec's params make (the CLI's
// quick path and tests read it; the job fills in the data sources after tokenizing).
#pragma once

#include "jobs/job_spec.h"
#include "train/train_config.h"

#include <filesystem>
#include <optional>

namespace adaptlab::store { class ProjectStore; }

namespace adaptlab::jobs {

// Everything of the config but the data sources and the token ids (they come from the tokenizer
// and the shard builds at run time): hyperparameters with the schema's defaults, paths resolved
// against the project (or the current folder), runDir/finalDir = RUNDIR and RUNDIR/final, and
// resume_from resolved ("latest": resume with an empty resumeFrom, the run folder's newest).
// Throws SpecError naming the field (a resume_from that names no checkpoint).
train::TrainConfig trainConfigFromParams(const JobSpec& spec, const store::ProjectStore* store,
                                         const std::filesystem::path& runDir);

class JobContext;

// The first half of a train run: opens the tokenizer, tokenizes every source into its (cached)
// shards, and returns the whole config the trainer runs. `adaptlab-cli train --nproc N` calls it
// once before it starts the workers, so they find the shards built instead of building them at once.
train::TrainConfig prepareTraining(JobContext& context);

} // namespace adaptlab::jobs
