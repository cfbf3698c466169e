// Picking the next token from a row of logits: greedy, or sampling with temperature, top-k and top-p
// (nucleus) as Hugging Face's generate applies them (temperature, then top-k, then top-p). Torch-free
// and deterministic: the draw uses a std::mt19937_64 (fully specified by the standard) and its own
// mapping to [0, 1), so one seed gives one text on every machine.
#pragma once

#include <cstdint>
#include <random>
#include <span>

namespace adaptlab::model {

struct SamplingOptions {
    double temperature = 0.8; // <= 0: greedy (argmax)
    int64_t topK = 50;        // keep the K most likely tokens; 0 = all
    double topP = 0.95;       // keep the smallest set whose probability reaches P; >= 1 = all
};

// Throws Error naming the option when it is out of range (temperature < 0, topK < 0, topP not in (0, 1]).
void validateSamplingOptions(const SamplingOptions& options);

// The id of the chosen token. Ties in the logits go to the lowest id.
int64_t sampleToken(std::span<const float> logits, const SamplingOptions& options, std::mt19937_64& rng);

} // namespace adaptlab::model
