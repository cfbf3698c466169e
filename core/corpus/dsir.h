// DSIR: data selection with importance resampling (Xie et al. 2023; METHODS.md §3).
// Features: lowercase, word-punct tokens (\w+ | [^\w\s]+), unigrams and bigrams ("w1 w2"), each
// hashed with a STABLE hash (FNV-1a 64 of the UTF-8 bytes, mod m; never a per-process randomized
// hash) into m = kDsirDefaultBuckets buckets. gamma / beta = normalized bucket counts over the target sample and
// the raw pool (optional Laplace smoothing). log w_i = sum_j z_ij (log(gamma_j + 1e-8) - log(beta_j + 1e-8)).
// Selection: k without replacement by Gumbel top-k on log w (seeded), or plain top-k without noise.
// KL reduction = KL(target || raw) - KL(target || selected) over the hashed distributions. Against
// the whole raw pool that figure is biased by the selection's size (a random few hundred units are
// already farther from the target than the pool), so it is also measured for seeded uniform random
// samples of the same size (reservoir sampling), and the difference is the figure to read.
// Long documents dominate, so documents are chunked first (~128 words; shorter chunks than
// minChunkWords dropped).
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace adaptlab::corpus {

// The default number of hash buckets, for the job, the CLI and the GUI alike. With p-lambda/dsir's
// 10,000, unigrams and bigrams collide so much that the weights agree only 0.88 (Spearman) with
// exact n-gram weights on the demo corpus (500k distinct n-grams); 2^18 gives 0.989, 2^19 0.995
// (tests/bench/bench_dsir_buckets). 2^19 costs 20 MiB of bucket arrays at most and ~1.25x the
// scoring time of 10,000 in the job (the README's figures).
inline constexpr int kDsirDefaultBuckets = 1 << 19;
// How many random samples of the selection's size the KL reduction is compared with.
inline constexpr int kDsirRandomSamples = 3;

struct DsirParams {
    int buckets = kDsirDefaultBuckets;
    bool bigrams = true;
    double laplace = 0.0;     // added to every bucket count before normalizing
    int chunkWords = 128;     // 0 = whole documents
    int minChunkWords = 16;
    uint64_t seed = 0;
    bool noise = true;        // Gumbel noise; false = deterministic top-k
};

// DSIR's memory is its arrays of one double per bucket: a selection (corpus_select) holds at most
// kDsirBucketArrays of them at once (two distributions' counts while fitting; then the target's
// probabilities and the log ratios; at the end the target's probabilities with the counts of the
// selection and of each random sample). Everything else it holds follows the batch or k, not the
// bucket count.
inline constexpr int kDsirBucketArrays = 2 + kDsirRandomSamples;
uint64_t dsirBucketBytes(int64_t buckets); // buckets x 8 bytes x kDsirBucketArrays
// What DSIR may use for them: a quarter of this machine's physical memory.
uint64_t dsirMemoryBudget();
// Why `buckets` is too many for `budgetBytes` (saying how much it would use and how many fit), or
// nullopt when it fits.
std::optional<std::string> dsirBucketsProblem(int64_t buckets, uint64_t budgetBytes);

uint64_t fnv1a64(std::string_view bytes);
std::vector<std::string> wordPunctTokens(std::string_view text); // ASCII-lowercased; classes in dsir.cpp
// Bucket ids of every unigram and bigram (with repeats: counts are the multiplicities).
std::vector<uint32_t> hashedNgramFeatures(std::string_view text, const DsirParams& params);
// The same into a reused buffer (cleared first): no allocation per unit in the hot loops.
void hashedNgramFeatures(std::string_view text, const DsirParams& params, std::vector<uint32_t>& features);
// Chunks of `chunkWords` whitespace words (the last may be shorter; ones below minChunkWords are
// dropped unless the whole document is shorter, in which case the document is one chunk).
std::vector<std::string_view> chunkText(std::string_view text, const DsirParams& params);

class NgramDistribution {
public:
    explicit NgramDistribution(int buckets = kDsirDefaultBuckets);
    void add(const std::vector<uint32_t>& features);
    void merge(const NgramDistribution& other);
    std::vector<double> probabilities(double laplace = 0.0) const;
    const std::vector<double>& counts() const { return counts_; }

private:
    std::vector<double> counts_;
};

// log(gamma + 1e-8) - log(beta + 1e-8), per bucket.
std::vector<double> logRatio(const std::vector<double>& target, const std::vector<double>& raw);
double logImportanceWeight(const std::vector<uint32_t>& features, const std::vector<double>& logRatio);
// Indices of the k selected items, best first. Deterministic in (logWeights, k, seed, noise).
std::vector<int64_t> gumbelTopK(const std::vector<double>& logWeights, int64_t k, uint64_t seed, bool noise);

// The same selection over a stream: items come one at a time in index order, each with a tag the
// caller gets back for the chosen ones (e.g. where the item lives), and only the k best are held,
// so memory is O(k) however many items there are. Same draws, same result as gumbelTopK.
class GumbelKeys {
public:
    GumbelKeys(uint64_t seed, bool noise);
    double next(double logWeight); // the selection key of the next item: log w (+ its Gumbel noise)

private:
    std::mt19937_64 rng_;
    bool noise_;
};

template <typename Tag>
class StreamingGumbelTopK {
public:
    struct Chosen {
        double key;
        int64_t item;
        Tag tag;
    };
    StreamingGumbelTopK(int64_t k, uint64_t seed, bool noise) : keys_(seed, noise), k_(k < 0 ? 0 : size_t(k)) {}

    void push(double logWeight, const Tag& tag)
    {
        const Chosen candidate{keys_.next(logWeight), items_++, tag};
        if (heap_.size() < k_) {
            heap_.push_back(candidate);
            std::push_heap(heap_.begin(), heap_.end(), better);
        } else if (k_ > 0 && better(candidate, heap_.front())) {
            std::pop_heap(heap_.begin(), heap_.end(), better);
            heap_.back() = candidate;
            std::push_heap(heap_.begin(), heap_.end(), better);
        }
    }
    int64_t items() const { return items_; }
    // The chosen items, best first; the selection is then empty.
    std::vector<Chosen> take()
    {
        std::sort(heap_.begin(), heap_.end(), better);
        return std::move(heap_);
    }

private:
    // Larger key first; ties go to the smaller index, so the result is a pure function of the
    // inputs. As the heap's order it keeps the worst chosen item on top.
    static bool better(const Chosen& a, const Chosen& b) { return a.key != b.key ? a.key > b.key : a.item < b.item; }

    GumbelKeys keys_;
    size_t k_;
    int64_t items_ = 0;
    std::vector<Chosen> heap_;
};
double klDivergence(const std::vector<double>& p, const std::vector<double>& q); // sum p log(p/q), eps 1e-8
// klDivergence(p, q.probabilities(laplace)), the same arithmetic, without the array of probabilities.
double klDivergence(const std::vector<double>& p, const NgramDistribution& q, double laplace);

// Random samples to compare a selection with. Sample `sample` (0, 1, ...) of a job seeded `seed`
// draws from its own generator, seeded through std::seed_seq (whose algorithm the standard fixes),
// so the samples are reproducible per seed, differ from each other and from the Gumbel noise.
std::mt19937_64 randomSampleGenerator(uint64_t seed, int sample);
// A uniform integer in [0, n), n >= 1, from the generator's raw output (Lemire's method, unbiased);
// std::uniform_int_distribution's result is not fixed by the standard.
uint64_t uniformBelow(std::mt19937_64& rng, uint64_t n);

// A uniform random sample of k items of a stream without replacement (reservoir sampling,
// Vitter's Algorithm R): items come one at a time with a tag, memory is O(k).
template <typename Tag>
class ReservoirSample {
public:
    ReservoirSample(int64_t k, uint64_t seed, int sample)
        : rng_(randomSampleGenerator(seed, sample)), k_(k < 0 ? 0 : uint64_t(k))
    {
    }

    void push(const Tag& tag)
    {
        // Item i (0-based) enters with probability k / (i + 1), replacing a uniform slot.
        if (seen_ < k_) {
            chosen_.push_back(tag);
        } else if (k_ > 0) {
            const uint64_t slot = uniformBelow(rng_, seen_ + 1);
            if (slot < k_)
                chosen_[size_t(slot)] = tag;
        }
        ++seen_;
    }
    int64_t items() const { return int64_t(seen_); }
    // The sampled tags, in no particular order; the sample is then empty.
    std::vector<Tag> take() { return std::move(chosen_); }

private:
    std::mt19937_64 rng_;
    uint64_t k_;
    uint64_t seen_ = 0;
    std::vector<Tag> chosen_;
};

} // namespace adaptlab::corpus
