// `adaptlab-cli train`: the quick path without a project (`export` is in export_command.h).
//
// train --base DIR|preset:NAME --data PATH[:WEIGHT]... [--replay PATH:FRACTION] [--text-field F]
//       [--tokenizer PATH] --steps N --seq-len T --batch B --lr X [--seed S] --out DIR
//       [--heldout-docs N] [--eval-every K] [--save-every K] [--resume] [--nproc N] [--json]
// becomes a `train` job spec without a project (every other param of the kind's schema is a flag
// too: --schedule, --micro-batch, --device, ...) run with DIR as its run folder: DIR/spec.json,
// events.jsonl, log.txt, checkpoints/step-N/ and final/ (a Hugging Face folder). Raw text is
// tokenized into a shard cache beside DIR (DIR/../.adaptlab-cache/shards/), which runs next to
// each other share. With --json one JSON object at the end (the run's result: final_train_loss,
// heldout_loss {source: {first, last}}, tokens_per_second, ...). `train SPEC.json` runs a train
// spec file as `run` does.
#pragma once

#include <string>
#include <vector>

namespace adaptlab::cli {

// ARGS without the leading "train". Exit codes: the job's (0 done, 1 failed, 143 stopped), 2 for a
// refused command line or spec (the message names the flag).
int trainCommand(std::vector<std::string> args);

} // namespace adaptlab::cli
