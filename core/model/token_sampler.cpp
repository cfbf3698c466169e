#include "model/token_sampler.h"

#include "common/error.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace adaptlab::model {

void validateSamplingOptions(const SamplingOptions& options)
{
    if (!(options.temperature >= 0) || !std::isfinite(options.temperature))
        throw Error("temperature: must be 0 (greedy) or positive, found " + std::to_string(options.temperature));
    if (options.topK < 0)
        throw Error("top-k: must be 0 (off) or positive, found " + std::to_string(options.topK));
    if (!(options.topP > 0 && options.topP <= 1))
        throw Error("top-p: must be in (0, 1], found " + std::to_string(options.topP));
}

int64_t sampleToken(std::span<const float> logits, const SamplingOptions& options, std::mt19937_64& rng)
{
    if (logits.empty())
        throw Error("sampleToken: no logits");
    const auto greedy = [&] {
        return static_cast<int64_t>(std::max_element(logits.begin(), logits.end()) - logits.begin());
    };
    if (options.temperature <= 0)
        return greedy();

    struct Candidate {
        double score; // logit / temperature, then probability
        int64_t id;
    };
    // Most likely first; equal scores in id order, so that the result never depends on the sort.
    const auto before = [](const Candidate& a, const Candidate& b) { return a.score > b.score || (a.score == b.score && a.id < b.id); };
    std::vector<Candidate> candidates(logits.size());
    for (size_t i = 0; i < logits.size(); ++i)
        candidates[i] = {static_cast<double>(logits[i]) / options.temperature, static_cast<int64_t>(i)};
    if (options.topK > 0 && static_cast<size_t>(options.topK) < candidates.size()) {
        std::partial_sort(candidates.begin(), candidates.begin() + options.topK, candidates.end(), before);
        candidates.resize(static_cast<size_t>(options.topK));
    } else {
        std::sort(candidates.begin(), candidates.end(), before);
    }
    // Softmax over the candidates left (the best first, so its exponent is 0 and nothing overflows).
    const double best = candidates.front().score;
    double total = 0;
    for (Candidate& c : candidates) {
        c.score = std::exp(c.score - best);
        total += c.score;
    }
    if (options.topP < 1) {
        // The smallest prefix whose probability reaches topP; the most likely token always stays.
        double mass = 0;
        size_t keep = 0;
        while (keep < candidates.size() && (keep == 0 || mass < options.topP * total))
            mass += candidates[keep++].score;
        candidates.resize(keep);
        total = mass;
    }
    // 53 random bits -> [0, 1): the same on every standard library (std::uniform_real_distribution is not).
    const double u = static_cast<double>(rng() >> 11) * 0x1.0p-53 * total;
    double cumulative = 0;
    for (const Candidate& c : candidates) {
        cumulative += c.score;
        if (u < cumulative)
            return c.id;
    }
    return candidates.back().id; // u within rounding of the total
}

} // namespace adaptlab::model
