#include "corpus/duplicate_clusters.h"

#include "common/error.h"
#include "corpus/dedup.h"
#include "corpus/spill_file.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>
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

// Which documents of one band bucket (documents sharing the band's hash, exact copies left out)
// become candidate pairs. Up to kAllPairsUpTo documents: every pair. In a larger bucket each
// document is paired with the bucket's first kFirstMembers and the kPreviousMembers before it (at
// most 8 pairs, not thousands): such a bucket is nearly always boilerplate that unrelated
// documents share, or one large family of near copies whose first member is the one kept, and the
// members just before a document are its likeliest kept neighbours in a run of overlapping
// windows or revisions. What the cap costs in recall: a document whose only similar kept document
// sits elsewhere in such a bucket is not found through that band; it still is through any other
// band the two share (two documents of Jaccard 0.8 share on average 14 x 0.8^8 = 2.3 of the 14
// default bands) unless every band they share is such a bucket.
constexpr size_t kAllPairsUpTo = 16;
constexpr size_t kFirstMembers = 4;
constexpr size_t kPreviousMembers = 4;

// Candidate pair: a document and an earlier one it may duplicate.
struct Candidate {
    uint32_t later;
    uint32_t earlier;
    bool operator<(const Candidate& o) const { return later != o.later ? later < o.later : earlier < o.earlier; }
    bool operator==(const Candidate& o) const { return later == o.later && earlier == o.earlier; }
};

// Candidate pairs, handed back grouped by their later document in increasing order (the order in
// which keep-or-remove is decided), each document's earlier candidates sorted and distinct. Held in
// memory up to `capacity`; beyond it they are spilled to files by ranges of the later document
// (64 ranges), and a range's file that does not fit is split again into 64 when it is read back.
class CandidatePairs {
public:
    CandidatePairs(size_t capacity, uint32_t documents, std::filesystem::path folder)
        : capacity_(std::max<size_t>(1, capacity)), documents_(documents), folder_(std::move(folder))
    {
    }

    void add(uint32_t later, uint32_t earlier)
    {
        buffer_.push_back({later, earlier});
        if (buffer_.size() >= capacity_)
            spillBuffer();
    }

    // visit(later, earlier, count) once per document with candidates, in increasing order.
    template <typename Visit>
    void forEachByLater(Visit&& visit)
    {
        if (files_.empty()) {
            visitSorted(buffer_, visit);
        } else {
            spillBuffer();
            for (size_t p = 0; p < files_.size(); ++p) {
                const uint64_t lo = uint64_t(p) * width_;
                drain(std::move(files_[p]), counts_[p], lo, std::min<uint64_t>(documents_, lo + width_), visit);
            }
        }
        std::vector<Candidate>().swap(buffer_);
    }

    int64_t distinct() const { return distinct_; }

private:
    using File = std::unique_ptr<SpillFile<Candidate>>;

    void spillBuffer()
    {
        if (files_.empty()) {
            width_ = std::max<uint64_t>(1, (uint64_t(documents_) + kMaxSpillFiles - 1) / kMaxSpillFiles);
            const size_t count = static_cast<size_t>((uint64_t(documents_) + width_ - 1) / width_);
            for (size_t p = 0; p < count; ++p)
                files_.push_back(std::make_unique<SpillFile<Candidate>>(folder_));
            counts_.assign(count, 0);
        }
        for (const Candidate& c : buffer_) {
            const size_t p = static_cast<size_t>(c.later / width_);
            files_[p]->write(c);
            ++counts_[p];
        }
        buffer_.clear();
    }

    // The pairs of `file`, whose later documents lie in [lo, hi): sorted in memory when they fit
    // (or when they are all one document's, at most a few per band), else split into 64 ranges.
    template <typename Visit>
    void drain(File file, uint64_t count, uint64_t lo, uint64_t hi, Visit& visit)
    {
        if (count <= capacity_ || hi - lo <= 1) {
            buffer_.clear();
            file->forEach([&](const Candidate& c) { buffer_.push_back(c); });
            file.reset();
            visitSorted(buffer_, visit);
            return;
        }
        const uint64_t width = std::max<uint64_t>(1, (hi - lo + kMaxSpillFiles - 1) / kMaxSpillFiles);
        const size_t parts = static_cast<size_t>((hi - lo + width - 1) / width);
        std::vector<File> subFiles;
        std::vector<uint64_t> subCounts(parts, 0);
        for (size_t p = 0; p < parts; ++p)
            subFiles.push_back(std::make_unique<SpillFile<Candidate>>(folder_));
        file->forEach([&](const Candidate& c) {
            const size_t p = static_cast<size_t>((c.later - lo) / width);
            subFiles[p]->write(c);
            ++subCounts[p];
        });
        file.reset();
        for (size_t p = 0; p < parts; ++p) {
            const uint64_t subLo = lo + uint64_t(p) * width;
            drain(std::move(subFiles[p]), subCounts[p], subLo, std::min(hi, subLo + width), visit);
        }
    }

    template <typename Visit>
    void visitSorted(std::vector<Candidate>& pairs, Visit& visit)
    {
        std::sort(pairs.begin(), pairs.end());
        pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
        distinct_ += static_cast<int64_t>(pairs.size());
        std::vector<uint32_t>& earlier = earlier_;
        for (size_t i = 0; i < pairs.size();) {
            const uint32_t later = pairs[i].later;
            earlier.clear();
            for (; i < pairs.size() && pairs[i].later == later; ++i)
                earlier.push_back(pairs[i].earlier);
            visit(later, earlier.data(), earlier.size());
        }
        pairs.clear();
    }

    size_t capacity_;
    uint32_t documents_;
    std::filesystem::path folder_;
    std::vector<Candidate> buffer_;
    std::vector<File> files_; // by range of the later document; none until the buffer first fills
    std::vector<uint64_t> counts_;
    uint64_t width_ = 1;
    std::vector<uint32_t> earlier_;
    int64_t distinct_ = 0;
};

// Signatures read from the signals file on demand, the recent ones kept (direct-mapped by
// document): the kept document of a large family is read once, not once per member.
class SignatureCache {
public:
    SignatureCache(const SignalsFile& signals, size_t hashes)
        : signals_(signals), hashes_(hashes)
    {
        // About 1 MiB of signatures (4,096 of the default 112 values), a power of two of them.
        const size_t want = std::clamp<size_t>((size_t(1) << 20) / std::max<size_t>(1, hashes * 2), 16, 4096);
        slots_ = std::bit_floor(want);
        tags_.assign(slots_, kEmpty);
        values_.resize(slots_ * hashes_);
    }

    const uint16_t* get(uint32_t document)
    {
        const size_t slot = document & (slots_ - 1);
        uint16_t* values = values_.data() + slot * hashes_;
        if (tags_[slot] != document) {
            signals_.signature(document, values);
            tags_[slot] = document;
        }
        return values;
    }

private:
    static constexpr uint32_t kEmpty = std::numeric_limits<uint32_t>::max(); // never a document index
    const SignalsFile& signals_;
    size_t hashes_;
    size_t slots_ = 0;
    std::vector<uint32_t> tags_;
    std::vector<uint16_t> values_;
};

} // namespace

DuplicateClusters clusterDuplicates(const SignalsFile& signals, const DuplicateOptions& options)
{
    const auto documents = static_cast<uint64_t>(signals.documents());
    if (documents >= std::numeric_limits<uint32_t>::max())
        throw std::length_error("duplicate clustering supports at most 2^32 - 2 documents");
    const size_t n = static_cast<size_t>(documents);
    DuplicateClusters result;
    if (!options.exact && !options.near)
        return result;

    if (!(options.threshold >= 0 && options.threshold <= 1))
        throw std::invalid_argument("the near-duplicate threshold must be above 0 and at most 1, or 0 for the default");
    const size_t signatureLength = static_cast<size_t>(signals.signatureHashes());
    if (options.near) {
        if (signals.bands() < 1 || signatureLength == 0 || signatureLength % static_cast<size_t>(signals.bands()) != 0)
            throwCheckedError("find near duplicates in", signals.path().string(),
                              "the file has no usable MinHash signatures: inspect the dataset again");
        result.threshold = options.threshold > 0
                               ? options.threshold
                               : lshThreshold(signals.bands(), static_cast<int>(signatureLength) / signals.bands());
    }

    const uint32_t bands = options.near ? static_cast<uint32_t>(signals.bands()) : 0;
    const uint32_t firstBandStream = options.exact ? 1 : 0;
    const uint32_t streams = firstBandStream + bands;
    const size_t keySpace = size_t(streams) << kTopBits;
    // Half the budget for grouping hashes, half for candidate pairs.
    const uint64_t pairsPerPass = std::max<uint64_t>(1, options.budgetBytes / 2 / sizeof(Pair));
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

    UnionFind exact(options.exact ? n : 0);
    CandidatePairs candidates(options.budgetBytes / 2 / sizeof(Candidate), static_cast<uint32_t>(n),
                              signals.path().parent_path());
    std::vector<uint32_t> members;
    // One band bucket: its documents in order, without exact copies (near-dedup judges the
    // documents left after exact dedup). The exact stream's keys come first, so every exact copy
    // is known by the time the first band bucket is read.
    auto nearBucket = [&](const Pair* begin, const Pair* end) {
        members.clear();
        for (const Pair* p = begin; p != end; ++p)
            if (!options.exact || exact.find(p->document) == p->document)
                members.push_back(p->document);
        const size_t k = members.size();
        for (size_t i = 1; i < k; ++i) {
            if (k <= kAllPairsUpTo) {
                for (size_t j = 0; j < i; ++j)
                    candidates.add(members[i], members[j]);
                continue;
            }
            const size_t first = std::min(i, kFirstMembers);
            for (size_t j = 0; j < first; ++j)
                candidates.add(members[i], members[j]);
            for (size_t j = std::max(first, i > kPreviousMembers ? i - kPreviousMembers : 0); j < i; ++j)
                candidates.add(members[i], members[j]);
        }
    };

    std::vector<uint32_t> bucketEnd;
    std::vector<Pair> pairs;
    // Groups the pairs of keys [lo, hi): fill(put) hands every one of them to put(key - lo, hash,
    // document); each bucket (one key) is then sorted, and each run of equal hashes makes one exact
    // cluster or one band bucket of near-duplicate candidates.
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
                const bool exactStream = ((lo + k) >> kTopBits) < firstBandStream;
                for (uint32_t runStart = begin; runStart < end;) {
                    uint32_t runEnd = runStart + 1;
                    while (runEnd < end && pairs[runEnd].hash == pairs[runStart].hash)
                        ++runEnd;
                    if (runEnd - runStart > 1) {
                        if (exactStream) {
                            for (uint32_t i = runStart + 1; i < runEnd; ++i)
                                exact.unite(pairs[runStart].document, pairs[i].document);
                        } else {
                            nearBucket(pairs.data() + runStart, pairs.data() + runEnd);
                        }
                    }
                    runStart = runEnd;
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
    std::vector<uint32_t>().swap(counts);

    // Exact copies point to their cluster's first document.
    result.keptAs = options.exact ? std::move(exact).roots() : std::vector<uint32_t>(n);
    if (!options.exact)
        for (size_t i = 0; i < n; ++i)
            result.keptAs[i] = static_cast<uint32_t>(i);
    std::vector<uint32_t>& keptAs = result.keptAs;
    result.removal.assign(n, Removal::Kept);
    result.similarity.assign(n, 0);
    for (size_t i = 0; i < n; ++i)
        if (keptAs[i] != i) {
            result.removal[i] = Removal::ExactCopy;
            ++result.exactDuplicates;
        }

    if (options.near) {
        // In document order: each document's candidates are all earlier, so whether each of them
        // is kept is already settled. Only kept ones are compared, and the most similar at or above
        // the threshold (the first of equals) is the one the document is removed for.
        SignatureCache cache(signals, signatureLength);
        std::vector<uint16_t> later(signatureLength);
        candidates.forEachByLater([&](uint32_t document, const uint32_t* earlier, size_t count) {
            bool read = false;
            size_t bestMatches = 0;
            uint32_t best = document;
            for (size_t c = 0; c < count; ++c) {
                if (result.removal[earlier[c]] != Removal::Kept)
                    continue;
                if (!read) {
                    std::memcpy(later.data(), cache.get(document), signatureLength * sizeof(uint16_t));
                    read = true;
                }
                ++result.comparisons;
                const size_t matches = bBitMatches(later.data(), cache.get(earlier[c]), signatureLength);
                if (matches > bestMatches) {
                    bestMatches = matches;
                    best = earlier[c];
                }
            }
            const double similarity = bBitJaccard(bestMatches, signatureLength);
            if (best != document && similarity >= result.threshold) {
                result.removal[document] = Removal::NearDuplicate;
                keptAs[document] = best;
                result.similarity[document] = static_cast<uint16_t>(std::lround(similarity * 65535.0));
                ++result.nearDuplicates;
            }
        });
        result.candidatePairs = candidates.distinct();
    }

    // An exact copy of a near duplicate is kept as what that duplicate is kept as, with its
    // similarity (the same text has the same signature).
    for (size_t i = 0; i < n; ++i) {
        if (result.removal[i] != Removal::ExactCopy)
            continue;
        const uint32_t first = keptAs[i];
        if (result.removal[first] == Removal::NearDuplicate) {
            keptAs[i] = keptAs[first];
            result.similarity[i] = result.similarity[first];
        } else {
            result.similarity[i] = 65535;
        }
    }

    if (options.near) {
        // Near clusters' sizes, counted in the kept documents' own keptAs slots (each points to
        // itself, so the slot is free until it is restored below): no further 4 bytes per document.
        for (size_t i = 0; i < n; ++i)
            if (result.removal[i] == Removal::Kept)
                keptAs[i] = 0;
        for (size_t i = 0; i < n; ++i)
            if (result.removal[i] == Removal::NearDuplicate)
                ++keptAs[keptAs[i]];
        for (size_t i = 0; i < n; ++i) {
            if (result.removal[i] != Removal::Kept)
                continue;
            if (keptAs[i] > 0) {
                ++result.nearClusters;
                result.largestNearCluster = std::max<int64_t>(result.largestNearCluster, int64_t(keptAs[i]) + 1);
            }
            keptAs[i] = static_cast<uint32_t>(i);
        }
    }
    return result;
}

} // namespace adaptlab::corpus
