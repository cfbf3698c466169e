// Text continuation with a loaded model: the prompt once through the model, then one token at a
// time with the KV cache, each picked by sampleToken (greedy or sampled; model/token_sampler.h).
#pragma once

#include "model/inference.h"
#include "torch/model/llama.h"

#include <cstdint>
#include <functional>
#include <set>
#include <vector>

namespace adaptlab::model {

struct GeneratedTokens {
    std::vector<int64_t> ids; // the continuation, including the stop token when one ended it
    bool stoppedAtEos = false;
    double promptSeconds = 0.0;   // the prompt's forward pass and the first token's pick
    double secondsPerToken = 0.0; // mean over the tokens after the first (0 with fewer than two)
};

// Called after each new token with its id, the seconds it took (the first: the prompt's forward
// pass) and whether it is the last one (a stop id, or the maxNewTokens-th); return false to stop
// after it (the token stays in the result).
using TokenCallback = std::function<bool(int64_t id, double seconds, bool last)>;

// Continues `promptIds` (at least one id) on the model's device. `stopIds` end generation after
// they are produced (when options.stopAtEos). Deterministic given options.seed. options.onToken is
// not called here (it wants text): the caller passes ON_TOKEN to get ids as they come.
GeneratedTokens generateTokens(LlamaForCausalLM& model, const std::vector<int64_t>& promptIds,
                               const GenerationOptions& options, const std::set<int64_t>& stopIds,
                               const TokenCallback& onToken = {});

} // namespace adaptlab::model
