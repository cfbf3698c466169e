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

// The newest checkpoint the trainer finished in a run folder: RUNDIR/checkpoints/step-N (largest N)
// holding its config.json; nullopt when there is none.
std::optional<std::filesystem::path> newestCheckpoint(const std::filesystem::path& runDir);

} // namespace adaptlab::jobs
