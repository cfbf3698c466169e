#include "corpus/dsir.h"

#include "common/utf8.h"

#include <algorithm>
#include <immintrin.h>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>
#include <stdexcept>
#include <string>

#include <unistd.h>

namespace adaptlab::corpus {

namespace {

constexpr uint64_t kFnvOffset = 0xcbf29ce484222325ull;
constexpr uint64_t kFnvPrime = 0x100000001b3ull;
constexpr double kEpsilon = 1e-8; // p-lambda/dsir's smoothing inside the logs

inline uint64_t fnvStep(uint64_t h, unsigned char byte)
{
    return (h ^ byte) * kFnvPrime;
}

// Character classes of the word-punct tokenizer: tokens are maximal runs of Word characters or of
// Punct characters (NLTK's WordPunctTokenizer, \w+|[^\w\s]+). Python's \w is defined by Unicode
// tables we do not carry, so the rule here is (and tests/corpus/dsir_reference.py spells the same
// rule out independently):
//   Space: ASCII \t\n\v\f\r, space, \x1c-\x1f and the non-ASCII spaces (exactly str.isspace()).
//   Word:  [A-Za-z0-9_] and every other non-ASCII character, letters of all scripts included, and
//          bytes that are not valid UTF-8 (kept whole inside words rather than splitting them).
//   Punct: the rest of ASCII, C1 controls, Latin-1 punctuation and symbols, general punctuation
//          (curly quotes, dashes, ellipsis, zero-width marks), currency signs, CJK and fullwidth
//          punctuation: the non-ASCII punctuation common in web text, so "“word”" tokenizes like
//          "\"word\"".
enum class CharClass : unsigned char { Space, Word, Punct };

struct AsciiClasses {
    CharClass of[128];
    unsigned char lower[128];
    constexpr AsciiClasses() : of{}, lower{}
    {
        for (int c = 0; c < 128; ++c) {
            const bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            const bool space = (c >= 0x09 && c <= 0x0D) || c == ' ' || (c >= 0x1C && c <= 0x1F);
            of[c] = word ? CharClass::Word : space ? CharClass::Space : CharClass::Punct;
            lower[c] = (c >= 'A' && c <= 'Z') ? (unsigned char)(c - 'A' + 'a') : (unsigned char)c;
        }
    }
};
constexpr AsciiClasses kAscii;

// Chunking splits words on ASCII whitespace only (as Python's bytes.split() does).
struct ChunkSpaceTable {
    bool is[256];
    constexpr ChunkSpaceTable() : is{}
    {
        for (int c : {' ', '\t', '\n', '\r', '\v', '\f'})
            is[c] = true;
    }
};
constexpr ChunkSpaceTable kChunkSpace;

CharClass classOf(int32_t cp)
{
    if (cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028
        || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000)
        return CharClass::Space;
    if ((cp >= 0x80 && cp <= 0x9F) || (cp >= 0xA1 && cp <= 0xBF && cp != 0xAA && cp != 0xB5 && cp != 0xBA)
        || cp == 0xD7 || cp == 0xF7 || (cp >= 0x200B && cp <= 0x206F) || (cp >= 0x20A0 && cp <= 0x20CF)
        || (cp >= 0x2E00 && cp <= 0x2E7F) || (cp >= 0x3001 && cp <= 0x3003) || (cp >= 0x3008 && cp <= 0x3011)
        || (cp >= 0x3014 && cp <= 0x301F) || cp == 0xFEFF || (cp >= 0xFF01 && cp <= 0xFF0F)
        || (cp >= 0xFF1A && cp <= 0xFF20) || (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65))
        return CharClass::Punct;
    return CharClass::Word;
}

// Class and byte length of the character at p (p < end, *p >= 0x80), decoded by the engine's one
// strict UTF-8 decoder (common/utf8.h, the rule Python uses): a byte that does not start a valid
// sequence is one Word byte.
struct CharAt {
    CharClass cls;
    int length;
};

CharAt nonAsciiAt(const unsigned char* p, const unsigned char* end)
{
    const utf8::CodePoint at = utf8::decode(p, end);
    if (!at.valid())
        return {CharClass::Word, 1};
    if (at.length == 4) // nothing above the BMP is Space or Punct in the rule above
        return {CharClass::Word, 4};
    return {classOf(int32_t(at.value)), at.length};
}

// Calls onToken(begin, end) for each word-punct token, as raw (not yet lowercased) bytes. The
// ASCII path is one table lookup per byte; no regex, no allocation.
template <typename OnToken>
void forEachToken(std::string_view text, OnToken&& onToken)
{
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = p + text.size();
    auto classAt = [&](const unsigned char* q, int& length) {
        if (*q < 0x80) {
            length = 1;
            return kAscii.of[*q];
        }
        const CharAt at = nonAsciiAt(q, end);
        length = at.length;
        return at.cls;
    };
    while (p < end) {
        int length = 1;
        const CharClass cls = classAt(p, length);
        if (cls == CharClass::Space) {
            p += length;
            continue;
        }
        const unsigned char* start = p;
        p += length;
        while (p < end) {
            if (classAt(p, length) != cls)
                break;
            p += length;
        }
        onToken(start, p);
    }
}

// x mod d without a division (Lemire, Kaser and Kurz 2019, "Faster remainder by direct
// computation"): with M = ceil(2^128 / d), x mod d = high64(low128(M * x) * d) exactly for every
// 64-bit x and d >= 1 (a 128-bit M is enough for 64-bit numerators). A hardware 64-bit division
// per feature was a large part of hashing.
struct FastMod {
    explicit FastMod(uint64_t d) : d(d), m(~(unsigned __int128)0 / d + 1) {}
    uint64_t operator()(uint64_t x) const
    {
        const unsigned __int128 low = m * x; // mod 2^128
        const unsigned __int128 bottom = ((low & ~uint64_t(0)) * (unsigned __int128)d) >> 64;
        const unsigned __int128 top = (low >> 64) * (unsigned __int128)d;
        return uint64_t((bottom + top) >> 64);
    }
    uint64_t d;
    unsigned __int128 m;
};

void requireBuckets(int buckets)
{
    if (buckets < 1)
        throw std::invalid_argument("DSIR needs at least one hash bucket");
}

} // namespace

uint64_t dsirBucketBytes(int64_t buckets)
{
    return static_cast<uint64_t>(std::max<int64_t>(buckets, 0)) * sizeof(double) * kDsirBucketArrays;
}

uint64_t dsirMemoryBudget()
{
    const long pages = ::sysconf(_SC_PHYS_PAGES);
    const long pageSize = ::sysconf(_SC_PAGE_SIZE);
    if (pages <= 0 || pageSize <= 0)
        return uint64_t(1) << 30; // unknown: 1 GiB
    return static_cast<uint64_t>(pages) * static_cast<uint64_t>(pageSize) / 4;
}

std::optional<std::string> dsirBucketsProblem(int64_t buckets, uint64_t budgetBytes)
{
    if (dsirBucketBytes(buckets) <= budgetBytes)
        return std::nullopt;
    auto mib = [](uint64_t bytes) { return std::to_string((bytes + (1 << 20) - 1) >> 20) + " MiB"; };
    const uint64_t fit = budgetBytes / (sizeof(double) * kDsirBucketArrays);
    return std::to_string(buckets) + " buckets would need " + mib(dsirBucketBytes(buckets)) + " (" +
           std::to_string(kDsirBucketArrays) + " arrays of 8 bytes per bucket), more than the " + mib(budgetBytes) +
           " DSIR may use here; use at most " + std::to_string(fit) +
           " buckets (the default is " + std::to_string(kDsirDefaultBuckets) + ")";
}

uint64_t fnv1a64(std::string_view bytes)
{
    uint64_t h = kFnvOffset;
    for (char c : bytes)
        h = fnvStep(h, static_cast<unsigned char>(c));
    return h;
}

std::vector<std::string> wordPunctTokens(std::string_view text)
{
    std::vector<std::string> tokens;
    forEachToken(text, [&](const unsigned char* begin, const unsigned char* end) {
        std::string token(reinterpret_cast<const char*>(begin), size_t(end - begin));
        for (char& c : token)
            if (static_cast<unsigned char>(c) < 0x80)
                c = char(kAscii.lower[static_cast<unsigned char>(c)]);
        tokens.push_back(std::move(token));
    });
    return tokens;
}

std::vector<uint32_t> hashedNgramFeatures(std::string_view text, const DsirParams& params)
{
    std::vector<uint32_t> features;
    // ~2 features per token of a few bytes; pages reserved but never written cost no memory.
    features.reserve(text.size() / 2 + 2);
    hashedNgramFeatures(text, params, features);
    return features;
}

void hashedNgramFeatures(std::string_view text, const DsirParams& params, std::vector<uint32_t>& features)
{
    requireBuckets(params.buckets);
    const FastMod bucketOf(uint64_t(params.buckets));
    features.clear();
    // The bigram "w1 w2" is hashed without building it: FNV-1a is a left fold over the bytes, so
    // its hash continues from w1's state (which is w1's own unigram hash) through ' ' and w2. Both
    // chains run over each token's bytes in the same loop.
    uint64_t previous = 0;
    bool hasPrevious = false;
    forEachToken(text, [&](const unsigned char* begin, const unsigned char* end) {
        uint64_t unigram = kFnvOffset;
        uint64_t bigram = fnvStep(previous, ' ');
        for (const unsigned char* q = begin; q < end; ++q) {
            const unsigned char byte = *q < 0x80 ? kAscii.lower[*q] : *q;
            unigram = fnvStep(unigram, byte);
            bigram = fnvStep(bigram, byte);
        }
        features.push_back(uint32_t(bucketOf(unigram)));
        if (params.bigrams && hasPrevious)
            features.push_back(uint32_t(bucketOf(bigram)));
        previous = unigram;
        hasPrevious = true;
    });
}

#if defined(__x86_64__) && defined(__GNUC__)
#define ADAPTLAB_CHUNK_AVX2 1
namespace {

bool chunkAvx2Available()
{
    static const bool available = [] {
        __builtin_cpu_init();
        return __builtin_cpu_supports("avx2") != 0;
    }();
    return available;
}

// The word starts and ends among 64 bytes, counted from their whitespace bitmask (whitespace as
// chunking counts it: ' ', \t \n \v \f \r); previousSpace is whether the byte before is one, and
// becomes whether the block's last byte is.
struct BlockWords {
    int starts;
    int ends;
};

__attribute__((target("avx2,popcnt"))) BlockWords blockWords(const unsigned char* bytes, bool& previousSpace)
{
    const __m256i blank = _mm256_set1_epi8(' ');
    const __m256i tab = _mm256_set1_epi8(9);
    const __m256i four = _mm256_set1_epi8(4);
    const __m256i v0 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(bytes));
    const __m256i v1 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(bytes + 32));
    const __m256i s0 = _mm256_sub_epi8(v0, tab); // 9..13 -> 0..4
    const __m256i s1 = _mm256_sub_epi8(v1, tab);
    const __m256i m0 = _mm256_or_si256(_mm256_cmpeq_epi8(v0, blank), _mm256_cmpeq_epi8(_mm256_min_epu8(s0, four), s0));
    const __m256i m1 = _mm256_or_si256(_mm256_cmpeq_epi8(v1, blank), _mm256_cmpeq_epi8(_mm256_min_epu8(s1, four), s1));
    const uint64_t space =
        uint64_t(uint32_t(_mm256_movemask_epi8(m0))) | (uint64_t(uint32_t(_mm256_movemask_epi8(m1))) << 32);
    const uint64_t before = (space << 1) | uint64_t(previousSpace); // bit k: byte k-1 is a space
    previousSpace = (space >> 63) != 0;
    return {__builtin_popcountll(~space & before), __builtin_popcountll(space & ~before)};
}

} // namespace
#endif

std::vector<std::string_view> chunkText(std::string_view text, const DsirParams& params)
{
    if (params.chunkWords <= 0)
        return {text};
    // Words are runs of bytes other than ASCII whitespace (a multi-byte space stays inside a word,
    // which only shifts a chunk boundary, never loses text). Word starts and ends are counted
    // without a branch per byte (breaks come every few bytes and would mispredict); only a chunk
    // boundary, every chunkWords words, takes one.
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    const size_t n = text.size();
    const int64_t perChunk = params.chunkWords;
    std::vector<std::string_view> chunks;
    // words/ends: words started/ended so far. A chunk begins at the start of word nextStart and
    // closes at the end of word nextEnd (0-based); plain counters keep the loop-carried work to
    // one add each.
    int64_t words = 0, ends = 0;
    int64_t nextStart = 0, nextEnd = perChunk - 1;
    size_t chunkStart = 0;
    bool previousSpace = true;
    // Bytes [from, to) one at a time.
    auto scanBytes = [&](size_t from, size_t to) {
        for (size_t i = from; i < to; ++i) {
            const bool space = kChunkSpace.is[bytes[i]];
            const bool wordStart = previousSpace & !space;
            const bool wordEnd = !previousSpace & space;
            if ((wordStart & (words == nextStart)) | (wordEnd & (ends == nextEnd))) {
                if (wordStart) {
                    chunkStart = i;
                    nextStart += perChunk;
                } else {
                    chunks.push_back(text.substr(chunkStart, i - chunkStart));
                    nextEnd += perChunk;
                }
            }
            words += wordStart;
            ends += wordEnd;
            previousSpace = space;
        }
    };
    size_t i = 0;
#if defined(ADAPTLAB_CHUNK_AVX2)
    // 64 bytes at a time: whitespace bitmasks give the block's word starts and ends by popcount.
    // A block holding no chunk boundary (the nextStart-th start or the nextEnd-th end; always
    // words <= nextStart and ends <= nextEnd) only advances the counters; the one in ~13 that
    // holds one goes through the byte loop above, so the result is the byte loop's exactly.
    if (chunkAvx2Available()) {
        for (; i + 64 <= n; i += 64) {
            bool lastSpace = previousSpace;
            const BlockWords block = blockWords(bytes + i, lastSpace);
            if (words + block.starts <= nextStart && ends + block.ends <= nextEnd) {
                words += block.starts;
                ends += block.ends;
                previousSpace = lastSpace;
            } else {
                scanBytes(i, i + 64);
            }
        }
    }
#endif
    scanBytes(i, n);
    // A document shorter than the minimum is still one chunk (it is all there is of it); otherwise
    // a short tail is dropped, since a few words give a noisy weight.
    if (words < params.minChunkWords)
        return {text};
    const int64_t tail = words % perChunk; // words in the open chunk, 0 when it is full
    if (tail == 0 && !previousSpace) {
        chunks.push_back(text.substr(chunkStart)); // the text ends inside a full chunk's last word
    } else if (tail > 0 && tail >= params.minChunkWords) {
        size_t last = n;
        while (kChunkSpace.is[bytes[last - 1]])
            --last;
        chunks.push_back(text.substr(chunkStart, last - chunkStart));
    }
    return chunks;
}

NgramDistribution::NgramDistribution(int buckets)
{
    requireBuckets(buckets);
    counts_.assign(size_t(buckets), 0.0);
}

void NgramDistribution::add(const std::vector<uint32_t>& features)
{
    const size_t m = counts_.size();
    for (uint32_t f : features) {
        if (f >= m)
            throw std::out_of_range("DSIR feature bucket " + std::to_string(f) + " outside " + std::to_string(m)
                                    + " buckets");
        counts_[f] += 1.0;
    }
}

void NgramDistribution::merge(const NgramDistribution& other)
{
    if (other.counts_.size() != counts_.size())
        throw std::invalid_argument("DSIR distributions with different bucket counts");
    for (size_t j = 0; j < counts_.size(); ++j)
        counts_[j] += other.counts_[j];
}

std::vector<double> NgramDistribution::probabilities(double laplace) const
{
    // (c_j + laplace) / sum(c + laplace). A distribution that saw nothing (and no smoothing) is all
    // zeros rather than NaN: its KL terms vanish and its log ratios are log(1e-8) on that side.
    double total = 0.0;
    for (double c : counts_)
        total += c + laplace;
    std::vector<double> p(counts_.size(), 0.0);
    if (total <= 0.0)
        return p;
    for (size_t j = 0; j < counts_.size(); ++j)
        p[j] = (counts_[j] + laplace) / total;
    return p;
}

std::vector<double> logRatio(const std::vector<double>& target, const std::vector<double>& raw)
{
    if (target.size() != raw.size())
        throw std::invalid_argument("DSIR target and raw distributions have different bucket counts");
    std::vector<double> ratio(target.size());
    for (size_t j = 0; j < ratio.size(); ++j)
        ratio[j] = std::log(target[j] + kEpsilon) - std::log(raw[j] + kEpsilon);
    return ratio;
}

double logImportanceWeight(const std::vector<uint32_t>& features, const std::vector<double>& logRatio)
{
    // Summing per feature (with repeats) is sum_j z_ij * logRatio_j without building the count
    // vector z_i.
    const size_t m = logRatio.size();
    double sum = 0.0;
    for (uint32_t f : features) {
        if (f >= m)
            throw std::out_of_range("DSIR feature bucket " + std::to_string(f) + " outside " + std::to_string(m)
                                    + " buckets");
        sum += logRatio[f];
    }
    return sum;
}

GumbelKeys::GumbelKeys(uint64_t seed, bool noise) : rng_(seed), noise_(noise) {}

double GumbelKeys::next(double logWeight)
{
    // Taking the k largest of log w + Gumbel(0,1) samples k items without replacement with
    // probabilities proportional to w (the Gumbel-top-k trick). The uniform is built from the raw
    // 53 high bits of mt19937_64 (whose output the standard fixes; std::uniform_real_distribution's
    // is not), offset by half a step so it lies strictly inside (0, 1) and -log(-log(u)) is finite.
    // One draw per item in index order, whatever k is: the same seed always gives the same noise.
    // A NaN weight (a broken input) ranks last instead of breaking the ordering.
    double key = std::isnan(logWeight) ? -std::numeric_limits<double>::infinity() : logWeight;
    if (noise_) {
        const double u = (double(rng_() >> 11) + 0.5) * 0x1p-53;
        key += -std::log(-std::log(u));
    }
    return key;
}

std::vector<int64_t> gumbelTopK(const std::vector<double>& logWeights, int64_t k, uint64_t seed, bool noise)
{
    StreamingGumbelTopK<char> selection(k, seed, noise);
    for (const double w : logWeights)
        selection.push(w, 0);
    std::vector<int64_t> order;
    for (const auto& chosen : selection.take())
        order.push_back(chosen.item);
    return order;
}

double klDivergence(const std::vector<double>& p, const std::vector<double>& q)
{
    // sum over p_j > 0 of p_j log((p_j + 1e-8) / (q_j + 1e-8)): the same epsilon as the weights, so
    // a bucket the selection never hits costs a large but finite amount instead of infinity.
    if (p.size() != q.size())
        throw std::invalid_argument("KL divergence of distributions with different bucket counts");
    double kl = 0.0;
    for (size_t j = 0; j < p.size(); ++j)
        if (p[j] > 0.0)
            kl += p[j] * std::log((p[j] + kEpsilon) / (q[j] + kEpsilon));
    return kl;
}

double klDivergence(const std::vector<double>& p, const NgramDistribution& q, double laplace)
{
    // NgramDistribution::probabilities' arithmetic term by term (the same total, the same division),
    // so the result is the one through the array, bit for bit.
    const std::vector<double>& counts = q.counts();
    if (p.size() != counts.size())
        throw std::invalid_argument("KL divergence of distributions with different bucket counts");
    double total = 0.0;
    for (double c : counts)
        total += c + laplace;
    double kl = 0.0;
    for (size_t j = 0; j < p.size(); ++j)
        if (p[j] > 0.0) {
            const double qj = total <= 0.0 ? 0.0 : (counts[j] + laplace) / total;
            kl += p[j] * std::log((p[j] + kEpsilon) / (qj + kEpsilon));
        }
    return kl;
}

std::mt19937_64 randomSampleGenerator(uint64_t seed, int sample)
{
    // The tag keeps these streams apart from GumbelKeys', which is mt19937_64(seed) itself.
    constexpr uint32_t kRandomSampleTag = 0x72616e64; // "rand"
    std::seed_seq sequence{uint32_t(seed), uint32_t(seed >> 32), uint32_t(sample), kRandomSampleTag};
    return std::mt19937_64(sequence);
}

uint64_t uniformBelow(std::mt19937_64& rng, uint64_t n)
{
    // Lemire (2019), "Fast random integer generation in an interval": the high half of x * n is
    // uniform on [0, n) once the few low halves below 2^64 mod n are rejected.
    if (n == 0)
        throw std::invalid_argument("uniformBelow(0)");
    unsigned __int128 product = (unsigned __int128)rng() * n;
    uint64_t low = uint64_t(product);
    if (low < n) {
        const uint64_t threshold = (0 - n) % n; // 2^64 mod n
        while (low < threshold) {
            product = (unsigned __int128)rng() * n;
            low = uint64_t(product);
        }
    }
    return uint64_t(product >> 64);
}

} // namespace adaptlab::corpus
