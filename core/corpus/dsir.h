// DSIR: data selection with importance resampling (Xie et al. 2023; METHODS.md §3).
// Features: lowercase, word-punct tokens (\w+ | [^\w\s]+), unigrams and bigrams ("w1 w2"), each
// hashed with a STABLE hash (FNV-1a 64 of the UTF-8 bytes, mod m; never a per-process randomized
// hash) into m = 10,000 buckets. gamma / beta = normalized bucket counts over the target sample and
// the raw pool (optional Laplace smoothing). log w_i = sum_j z_ij (log(gamma_j + 1e-8) - log(beta_j + 1e-8)).
// Selection: k without replacement by Gumbel top-k on log w (seeded), or plain top-k without noise.
// KL reduction = KL(target || raw) - KL(target || selected) over the hashed distributions.
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

struct DsirParams {
    int buckets = 10000;
    bool bigrams = true;
    double laplace = 0.0;     // added to every bucket count before normalizing
    int chunkWords = 128;     // 0 = whole documents
    int minChunkWords = 16;
    uint64_t seed = 0;
    bool noise = true;        // Gumbel noise; false = deterministic top-k
};

// DSIR's memory is its arrays of one double per bucket: a selection (corpus_select) holds at most
// kDsirBucketArrays of them at once (two distributions' counts while fitting; the target's
// probabilities, the log ratios or the selection's counts and probabilities later). Everything else
// it holds follows the batch or k, not the bucket count.
inline constexpr int kDsirBucketArrays = 3;
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
    explicit NgramDistribution(int buckets = 10000);
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

} // namespace adaptlab::corpus
