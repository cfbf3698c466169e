// `adaptlab-cli mixture`: what a mixture plan (data/mixture.h) implies, and the source of every
// training sequence as the trainer assigns it, so scripts can check a plan before a run and the
// sampler's determinism.
//
// mixture plan PLAN.json [--json]
// mixture sample PLAN.json --steps A:B [--seed S] [--json]
// Relative shard paths in a plan resolve against its project folder (data::planProjectFolder):
// the plan's folder's parent when the plan sits in plans/, else the plan's own folder.
#pragma once

#include <string>
#include <vector>

namespace adaptlab::cli {

// ARGS without the leading "mixture". Exit 0 done, 1 failed (the plan or a shard manifest is
// unreadable or wrong: the message names the file and the JSON field), 2 refused (a bad flag, no
// such plan file).
int mixtureCommand(std::vector<std::string> args);

} // namespace adaptlab::cli
