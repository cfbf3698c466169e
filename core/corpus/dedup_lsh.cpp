// Deduplication: LSH (band hashes, the S-curve and its threshold) and the clustering helpers
// (union-find, exact-hash clusters).
#include "corpus/dedup.h"
#include "corpus/dedup_internal.h"

#define XXH_INLINE_ALL // inlined: band hashes and long words are a few dozen bytes, a call costs as much
#include <xxhash.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace adaptlab::corpus {

namespace dedup_detail {

// Each band is hashed from its rows' bytes in host order (little-endian on every supported
// platform). Bands live in separate LSH tables, so the same seed for all bands is fine.
void bandHashesOf(const uint32_t* signature, size_t bands, size_t rows, uint64_t* out)
{
    for (size_t band = 0; band < bands; ++band)
        out[band] = XXH64(signature + band * rows, rows * sizeof(uint32_t), 0);
}

} // namespace dedup_detail

double lshCandidateProbability(double jaccard, int bands, int rows)
{
    return 1.0 - std::pow(1.0 - std::pow(jaccard, rows), bands);
}

double lshThreshold(int bands, int rows)
{
    // The customary LSH threshold. The exact steepest point of the S-curve is
    // ((r-1)/(b*r-1))^(1/r), 0.708 for 14 x 8 against 0.719 here; the customary value is the one
    // users know from the literature and from other tools' settings.
    if (bands < 1 || rows < 1)
        throw std::invalid_argument("LSH needs at least one band and one row");
    return std::pow(1.0 / bands, 1.0 / rows);
}

UnionFind::UnionFind(size_t n)
{
    resize(n);
}

void UnionFind::resize(size_t n)
{
    if (n > size_t(std::numeric_limits<uint32_t>::max()) + 1)
        throw std::length_error("union-find supports at most 2^32 elements");
    const size_t old = parent_.size();
    parent_.resize(n);
    for (size_t i = old; i < n; ++i)
        parent_[i] = uint32_t(i);
}

size_t UnionFind::find(size_t x)
{
    // Path halving: as good as full compression in practice, with no recursion on long chains.
    while (parent_[x] != x) {
        parent_[x] = parent_[parent_[x]];
        x = parent_[x];
    }
    return x;
}

void UnionFind::unite(size_t a, size_t b)
{
    size_t ra = find(a), rb = find(b);
    if (ra == rb)
        return;
    // No union by rank: the smaller index must be the root so a cluster's root is its first
    // document. Path halving alone keeps finds cheap enough (amortized logarithmic).
    if (rb < ra)
        std::swap(ra, rb);
    parent_[rb] = uint32_t(ra);
}

std::vector<uint32_t> UnionFind::roots() &&
{
    for (size_t i = 0; i < parent_.size(); ++i)
        parent_[i] = uint32_t(find(i));
    return std::move(parent_);
}

std::vector<int64_t> exactClusters(const std::vector<uint64_t>& hashes)
{
    // Sorted by (hash, index): each run's first entry is the earliest document with that hash.
    std::vector<std::pair<uint64_t, int64_t>> order(hashes.size());
    for (size_t i = 0; i < hashes.size(); ++i)
        order[i] = {hashes[i], int64_t(i)};
    std::sort(order.begin(), order.end());
    std::vector<int64_t> clusterOf(hashes.size());
    for (size_t i = 0; i < order.size(); ++i) {
        const bool startsRun = i == 0 || order[i].first != order[i - 1].first;
        clusterOf[size_t(order[i].second)] = startsRun ? order[i].second : clusterOf[size_t(order[i - 1].second)];
    }
    return clusterOf;
}

} // namespace adaptlab::corpus
