// DSIR importance weights without hashing, the reference the hashed ones are measured against
// (tst_dsir and bench_dsir_buckets): every distinct unigram and bigram "w1 w2" is its own feature,
// so nothing collides. Same tokens (the engine's wordPunctTokens, itself checked against the
// Python reference), same formula: log w = sum over a unit's n-grams of log(gamma + 1e-8) -
// log(beta + 1e-8), gamma / beta the n-gram frequencies of the target / raw units.
#pragma once

#include "corpus/dsir.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace adaptlab::dsir_test {

class ExactNgrams {
public:
    // The n-gram ids of a unit (with repeats), new n-grams getting new ids.
    std::vector<uint32_t> features(std::string_view unit, bool bigrams = true)
    {
        const std::vector<std::string> tokens = corpus::wordPunctTokens(unit);
        std::vector<uint32_t> ids;
        for (size_t i = 0; i < tokens.size(); ++i) {
            ids.push_back(idOf(tokens[i]));
            if (bigrams && i > 0)
                ids.push_back(idOf(tokens[i - 1] + " " + tokens[i]));
        }
        return ids;
    }
    size_t size() const { return ids_.size(); }

private:
    uint32_t idOf(const std::string& ngram) { return ids_.try_emplace(ngram, uint32_t(ids_.size())).first->second; }
    std::unordered_map<std::string, uint32_t> ids_;
};

// The log importance weight of every raw unit, given every unit's features over `features`
// distinct ids (hashed bucket ids or ExactNgrams ids alike).
inline std::vector<double> logWeights(const std::vector<std::vector<uint32_t>>& target,
                                      const std::vector<std::vector<uint32_t>>& raw, size_t features)
{
    std::vector<double> targetCounts(features, 0.0), rawCounts(features, 0.0);
    double targetTotal = 0, rawTotal = 0;
    for (const auto& unit : target)
        for (uint32_t f : unit) {
            targetCounts[f] += 1;
            targetTotal += 1;
        }
    for (const auto& unit : raw)
        for (uint32_t f : unit) {
            rawCounts[f] += 1;
            rawTotal += 1;
        }
    std::vector<double> ratio(features);
    for (size_t j = 0; j < features; ++j)
        ratio[j] = std::log(targetCounts[j] / targetTotal + 1e-8) - std::log(rawCounts[j] / rawTotal + 1e-8);
    std::vector<double> weights;
    for (const auto& unit : raw) {
        double sum = 0;
        for (uint32_t f : unit)
            sum += ratio[f];
        weights.push_back(sum);
    }
    return weights;
}

// Ranks 1..n, tied values sharing their mean rank.
inline std::vector<double> ranks(const std::vector<double>& values)
{
    std::vector<size_t> order(values.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return values[a] < values[b]; });
    std::vector<double> rank(values.size());
    for (size_t i = 0; i < order.size();) {
        size_t j = i;
        while (j + 1 < order.size() && values[order[j + 1]] == values[order[i]])
            ++j;
        for (size_t t = i; t <= j; ++t)
            rank[order[t]] = (double(i) + double(j)) / 2 + 1;
        i = j + 1;
    }
    return rank;
}

// Spearman's rank correlation: Pearson's correlation of the ranks.
inline double spearman(const std::vector<double>& a, const std::vector<double>& b)
{
    const std::vector<double> ra = ranks(a), rb = ranks(b);
    const double n = double(ra.size());
    const double meanA = std::accumulate(ra.begin(), ra.end(), 0.0) / n;
    const double meanB = std::accumulate(rb.begin(), rb.end(), 0.0) / n;
    double cov = 0, varA = 0, varB = 0;
    for (size_t i = 0; i < ra.size(); ++i) {
        cov += (ra[i] - meanA) * (rb[i] - meanB);
        varA += (ra[i] - meanA) * (ra[i] - meanA);
        varB += (rb[i] - meanB) * (rb[i] - meanB);
    }
    return cov / std::sqrt(varA * varB);
}

} // namespace adaptlab::dsir_test
