// Text continuation with a loaded model: the prompt once through the model, then one token at a
// time with the KV cache, each picked by sampleToken (greedy or sampled; model/token_sampler.h).
#pragma once

#include "model/inference.h"
#include "torch/model/llama.h"

#include <cstdint>
#include <set>
#include <vector>

namespace adaptlab::model {

struct GeneratedTokens {
    std::vector<int64_t> ids; // the continuation, including the stop token when one ended it
    bool stoppedAtEos = false;
};

// Continues `promptIds` (at least one id) on the model's device. `stopIds` end generation after
// they are produced (when options.stopAtEos). Deterministic given options.seed.
GeneratedTokens generateTokens(LlamaForCausalLM& model, const std::vector<int64_t>& promptIds,
                               const GenerationOptions& options, const std::set<int64_t>& stopIds);

} // namespace adaptlab::model
