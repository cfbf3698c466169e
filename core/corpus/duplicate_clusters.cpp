#include "corpus/duplicate_clusters.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace adaptlab::corpus {

namespace {

// 12 bytes, not 16: the budget holds a third more pairs.
struct __attribute__((packed)) Pair {
    uint64_t hash;
    uint32_t document;
};

// Union-find over 32-bit indices (half the memory of size_t) where the smaller index becomes the
// root, so a cluster's root is its first document; path halving keeps finds short.
class Clusters {
public:
    explicit Clusters(size_t n) : parent_(n)
    {
        for (size_t i = 0; i < n; ++i)
            parent_[i] = static_cast<uint32_t>(i);
    }
    uint32_t find(uint32_t x)
    {
        while (parent_[x] != x) {
            parent_[x] = parent_[parent_[x]];
            x = parent_[x];
        }
        return x;
    }
    void unite(uint32_t a, uint32_t b)
    {
        uint32_t ra = find(a), rb = find(b);
        if (ra == rb)
            return;
        if (rb < ra)
            std::swap(ra, rb);
        parent_[rb] = ra;
    }
    // Every entry made its root, and handed over.
    std::vector<uint32_t> leaders() &&
    {
        for (size_t i = 0; i < parent_.size(); ++i)
            parent_[i] = find(static_cast<uint32_t>(i));
        return std::move(parent_);
    }

private:
    std::vector<uint32_t> parent_;
};

// A pair's key: its stream (0 = exact hash, or one per band, after it) and the top bits of its
// hash. Keys order the pairs into buckets; a pass takes a contiguous range of keys.
constexpr int kTopBits = 12;

} // namespace

DuplicateClusters clusterDuplicates(const SignalsFile& signals, const DuplicateOptions& options)
{
    const auto documents = static_cast<uint64_t>(signals.documents());
    if (documents > std::numeric_limits<uint32_t>::max())
        throw std::length_error("duplicate clustering supports at most 2^32 documents");
    const size_t n = static_cast<size_t>(documents);
    DuplicateClusters result;
    if (!options.exact && !options.near)
        return result;

    const uint32_t bands = options.near ? static_cast<uint32_t>(signals.bands()) : 0;
    const uint32_t firstBandStream = options.exact ? 1 : 0;
    const uint32_t streams = firstBandStream + bands;
    const uint64_t keySpace = uint64_t(streams) << kTopBits;
    const uint64_t pairsPerPass = std::max<uint64_t>(1, options.budgetBytes / sizeof(Pair));
    const uint64_t passes = std::clamp<uint64_t>((documents * streams + pairsPerPass - 1) / pairsPerPass, 1, keySpace);

    Clusters exact(options.exact ? n : 0), near(options.near ? n : 0);
    std::vector<uint32_t> bucketEnd;
    std::vector<Pair> pairs;
    // Calls emit(key, hash, document) for every pair whose key lies in [lo, hi).
    auto forEachPair = [&](uint64_t lo, uint64_t hi, auto&& emit) {
        signals.forEachHashes([&](int64_t document, uint64_t exactHash, const uint64_t* bandHashes) {
            const auto doc = static_cast<uint32_t>(document);
            auto offer = [&](uint32_t stream, uint64_t hash) {
                const uint64_t key = (uint64_t(stream) << kTopBits) | (hash >> (64 - kTopBits));
                if (key >= lo && key < hi)
                    emit(key - lo, hash, doc);
            };
            if (options.exact)
                offer(0, exactHash);
            for (uint32_t b = 0; b < bands; ++b)
                offer(firstBandStream + b, bandHashes[b]);
        });
    };
    for (uint64_t pass = 0; pass < passes; ++pass) {
        const uint64_t lo = keySpace * pass / passes, hi = keySpace * (pass + 1) / passes;
        // Count per key, then scatter into buckets (two reads of the file, no sort of the whole).
        bucketEnd.assign(static_cast<size_t>(hi - lo), 0);
        forEachPair(lo, hi, [&](uint64_t key, uint64_t, uint32_t) { ++bucketEnd[static_cast<size_t>(key)]; });
        uint64_t total = 0;
        for (auto& end : bucketEnd) { // counts -> starts
            const uint32_t count = end;
            end = static_cast<uint32_t>(total);
            total += count;
        }
        pairs.resize(static_cast<size_t>(total));
        forEachPair(lo, hi, [&](uint64_t key, uint64_t hash, uint32_t doc) {
            pairs[bucketEnd[static_cast<size_t>(key)]++] = {hash, doc};
        });
        result.passes += 2;
        // After the scatter each bucketEnd is its bucket's end. Within a bucket, equal hashes form
        // runs once sorted; each run joins one cluster of its stream's kind.
        uint32_t begin = 0;
        for (size_t k = 0; k < bucketEnd.size(); ++k) {
            const uint32_t end = bucketEnd[k];
            if (end - begin > 1) {
                std::sort(pairs.begin() + begin, pairs.begin() + end, [](const Pair& a, const Pair& b) {
                    return a.hash != b.hash ? a.hash < b.hash : a.document < b.document;
                });
                Clusters& sets = ((lo + k) >> kTopBits) < firstBandStream ? exact : near;
                uint32_t runStart = begin;
                for (uint32_t i = begin + 1; i < end; ++i) {
                    if (pairs[i].hash != pairs[runStart].hash)
                        runStart = i;
                    else
                        sets.unite(pairs[runStart].document, pairs[i].document);
                }
            }
            begin = end;
        }
    }
    std::vector<Pair>().swap(pairs);

    if (options.exact) {
        result.exactLeader = std::move(exact).leaders();
        for (size_t i = 0; i < n; ++i)
            result.exactDuplicates += result.exactLeader[i] != i;
    }
    if (options.near) {
        result.nearLeader = std::move(near).leaders();
        std::vector<bool> leadsOthers(n, false);
        for (size_t i = 0; i < n; ++i)
            if (result.nearLeader[i] != i) {
                ++result.nearDuplicates;
                leadsOthers[result.nearLeader[i]] = true;
            }
        result.nearClusters = std::count(leadsOthers.begin(), leadsOthers.end(), true);
    }
    return result;
}

} // namespace adaptlab::corpus
