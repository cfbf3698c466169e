// The `merge` job kind (model/merge.h run as a run with progress, what the Train panel's merge
// action starts): params kind (lora | residual | linear), the folders of that merge (base + lora;
// cpt + instruct + base; a + b), lambda, t, dtype (auto | f32 | bf16) and out_name, the folder the
// merged model is written to inside the run folder (as a train run's final/). The result is the
// merge report ({"out", "tensors", "merged_tensors", "notes"}) plus "kind".
#pragma once

#include "jobs/job_registry.h"
#include "jobs/job_spec.h"
#include "model/merge.h"

#include <filesystem>

namespace adaptlab::store { class ProjectStore; }

namespace adaptlab::jobs {

JobKind mergeKind();

// The request a valid spec's params make, paths resolved against the project (or the current
// folder), the output RUNDIR/out_name.
model::MergeRequest mergeRequestFromParams(const JobSpec& spec, const store::ProjectStore* store,
                                           const std::filesystem::path& runDir);

} // namespace adaptlab::jobs
