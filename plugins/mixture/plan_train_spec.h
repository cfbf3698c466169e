// The `train` job spec that trains with a saved mixture plan ("Train with this plan"): the run
// reads its sources, mix, MeCo options and budget from the plan file (params.mixture_plan, added to
// the train kind by issue 12's "mixture" part); steps, seq_len, batch and seed are written from
// the plan too, so the run's own settings agree with the plan it names. One place for the spec.
#pragma once

#include "data/mixture.h"

#include <QString>

namespace adaptlab::mixture {

inline constexpr const char* kMixturePlanParam = "mixture_plan";

// PLANPATH as the spec names it (relative to the project folder, e.g. "plans/foldoc.json");
// TOKENIZER the tokenizer the plan's shards were built with (empty: the base model's own); DEVICE
// Settings' device policy ("auto" or empty: the kind's default).
QString planTrainSpec(const QString& projectDir, const QString& base, const QString& tokenizer,
                      const QString& planPath, const data::MixturePlan& plan, const QString& device = {});

} // namespace adaptlab::mixture
