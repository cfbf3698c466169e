#include "corpus/duplicate_clusters.h"

#include "corpus/dedup.h"
#include "corpus/spill_file.h"

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

// A pair on its way through a spill file, with its key's offset in its pass.
struct __attribute__((packed)) SpilledPair {
    uint64_t hash;
    uint32_t document;
    uint32_t keyInPass;
};

// One read of the signals file spills the pairs of up to this many passes, each to its own file.
constexpr size_t kMaxSpillFiles = 64;

// A pair's key: its stream (the exact hash first when asked for, then one per band) and the top
// bits of its hash. Keys order the pairs into buckets; a pass takes a contiguous range of keys.
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
    const size_t keySpace = size_t(streams) << kTopBits;
    const uint64_t pairsPerPass = std::max<uint64_t>(1, options.budgetBytes / sizeof(Pair));
    const size_t perRow = size_t(signals.bands()) + 1;
    const uint32_t firstBand = options.exact ? 0 : 1; // where a row's wanted hashes start
    auto keyOf = [](uint32_t stream, uint64_t hash) { return (size_t(stream) << kTopBits) | size_t(hash >> (64 - kTopBits)); };

    // Calls emit(key, hash, document) for every pair; the key range is chosen by the caller.
    auto forEachPair = [&](auto&& emit) {
        signals.forEachHashes([&](int64_t first, size_t rows, const uint64_t* hashes) {
            for (size_t r = 0; r < rows; ++r) {
                const uint64_t* row = hashes + r * perRow;
                const auto doc = static_cast<uint32_t>(first + static_cast<int64_t>(r));
                for (uint32_t stream = 0; stream < streams; ++stream) {
                    const uint64_t hash = row[firstBand + stream];
                    emit(keyOf(stream, hash), hash, doc);
                }
            }
        });
    };
    // One read counts the pairs of every key; the passes are then cut so that each holds at most
    // the budget (a single key over budget gets a pass of its own).
    std::vector<uint32_t> counts(keySpace, 0);
    forEachPair([&](size_t key, uint64_t, uint32_t) { ++counts[key]; });
    result.passes = 1;
    std::vector<size_t> cuts{0};
    uint64_t held = 0;
    for (size_t key = 0; key < keySpace; ++key) {
        if (held > 0 && held + counts[key] > pairsPerPass) {
            cuts.push_back(key);
            held = 0;
        }
        held += counts[key];
    }
    cuts.push_back(keySpace);

    UnionFind exact(options.exact ? n : 0), near(options.near ? n : 0);
    std::vector<uint32_t> bucketEnd;
    std::vector<Pair> pairs;
    // Groups the pairs of keys [lo, hi): fill(put) hands every one of them to put(key - lo, hash,
    // document); each bucket (one key) is then sorted, and each run of equal hashes joins one
    // cluster of its stream's kind.
    auto runPass = [&](size_t lo, size_t hi, auto&& fill) {
        bucketEnd.resize(hi - lo);
        uint32_t total = 0;
        for (size_t key = lo; key < hi; ++key) { // starts
            bucketEnd[key - lo] = total;
            total += counts[key];
        }
        pairs.resize(total);
        fill([&](size_t keyInPass, uint64_t hash, uint32_t doc) { pairs[bucketEnd[keyInPass]++] = {hash, doc}; });
        uint32_t begin = 0; // after the scatter each bucketEnd is its bucket's end
        for (size_t k = 0; k < bucketEnd.size(); ++k) {
            const uint32_t end = bucketEnd[k];
            if (end - begin > 1) {
                std::sort(pairs.begin() + begin, pairs.begin() + end, [](const Pair& a, const Pair& b) {
                    return a.hash != b.hash ? a.hash < b.hash : a.document < b.document;
                });
                UnionFind& sets = ((lo + k) >> kTopBits) < firstBandStream ? exact : near;
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
    };
    const size_t passes = cuts.size() - 1;
    if (passes == 1) {
        // Everything fits the budget: scatter straight from the signals file.
        runPass(0, keySpace, [&](auto&& put) { forEachPair(put); });
        ++result.passes;
    } else {
        // One read spills each pass's pairs to its own file (up to kMaxSpillFiles at a time), and
        // each pass reads back only its file: the signals file is read once per group of passes,
        // not once per pass, so the work stays linear in the corpus.
        const std::filesystem::path folder = signals.path().parent_path();
        std::vector<uint32_t> passOfKey(keySpace);
        for (size_t p = 0; p < passes; ++p)
            std::fill(passOfKey.begin() + static_cast<std::ptrdiff_t>(cuts[p]),
                      passOfKey.begin() + static_cast<std::ptrdiff_t>(cuts[p + 1]), static_cast<uint32_t>(p));
        for (size_t group = 0; group < passes; group += kMaxSpillFiles) {
            const size_t groupEnd = std::min(passes, group + kMaxSpillFiles);
            std::vector<SpillFile<SpilledPair>> files;
            for (size_t p = group; p < groupEnd; ++p)
                files.emplace_back(folder);
            forEachPair([&](size_t key, uint64_t hash, uint32_t doc) {
                const size_t p = passOfKey[key];
                if (p >= group && p < groupEnd)
                    files[p - group].write({hash, doc, static_cast<uint32_t>(key - cuts[p])});
            });
            ++result.passes;
            for (size_t p = group; p < groupEnd; ++p)
                runPass(cuts[p], cuts[p + 1], [&](auto&& put) {
                    files[p - group].forEach([&](const SpilledPair& s) { put(s.keyInPass, s.hash, s.document); });
                });
        }
    }
    std::vector<Pair>().swap(pairs);

    if (options.exact) {
        result.exactLeader = std::move(exact).roots();
        for (size_t i = 0; i < n; ++i)
            result.exactDuplicates += result.exactLeader[i] != i;
    }
    if (options.near) {
        result.nearLeader = std::move(near).roots();
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
