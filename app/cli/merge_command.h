// `adaptlab-cli merge` (METHODS §10, model/merge.h): one command for the three merges, told apart
// by the folders given.
//
// merge --base DIR --lora DIR --out DIR                            fold a LoRA adapter into its base
// merge --cpt DIR --instruct DIR --base DIR [--lambda L] --out DIR instruction residual:
//                                                                  CPT + L (instruct - base), L = 1
// merge --a DIR --b DIR [--t T] --out DIR                          linear: (1 - T) A + T B, T = 0.5
// each with [--dtype f32|bf16] (default: the first input's) and [--json] (the report as one JSON
// object: {"out", "tensors", "merged_tensors", "notes"}).
#pragma once

#include <string>
#include <vector>

namespace adaptlab::cli {

// ARGS without the leading "merge". Exit 0 done, 1 failed, 2 refused (bad flags, inputs that do not
// merge: the message names the folders and the first difference).
int mergeCommand(std::vector<std::string> args);

} // namespace adaptlab::cli
