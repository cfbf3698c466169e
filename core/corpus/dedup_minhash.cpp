// Deduplication: word-shingle hashes and the MinHash kernels (scalar, AVX2, AVX-512), MinHasher,
// and the b-bit and exact Jaccard estimates.
#include "corpus/dedup.h"
#include "corpus/dedup_internal.h"

#include "common/hash.h"

#define XXH_INLINE_ALL // inlined: band hashes and long words are a few dozen bytes, a call costs as much
#include <xxhash.h>

#include <algorithm>
#include <bit>
#include <cstring>
#include <iterator>
#include <limits>
#include <random>
#include <stdexcept>

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define ADAPTLAB_DEDUP_VECTORS 1
#endif

namespace adaptlab::corpus {

using namespace dedup_detail;

namespace {

// Shingle hashes. Each word is hashed once and a shingle's hash is made from its words' hashes:
//   shingle(w_1 .. w_n) = fmix64(word(w_1) * M^(n-1) + word(w_2) * M^(n-2) + ... + word(w_n)  mod 2^64)
// A polynomial, so word order counts and a sliding window updates it with two multiplies per word,
// then MurmurHash3's 64-bit finalizer, a bijection that spreads every input bit over the whole
// value, so the multiply-shift permutations see well-mixed inputs. A word of at most 16 bytes
// hashes as foldMultiply(lo ^ K1, hi ^ K2 ^ length) of its two halves read as little-endian integers
// padded with zeros (one 64x64->128-bit multiply folded to 64 bits, as wyhash does); a longer word
// (rare) with XXH3-64. Before, each shingle's bytes went through XXH3-64, every byte n times.
// K1 and K2 are fixed random values with a zero low byte, so the factors' low bytes are the word's
// first byte and its length ^ its ninth byte (0 when shorter): neither is 0 in normalized text,
// whose words are not empty and hold no control characters. So no factor is 0, which would zero
// the product whatever the other half holds. M is a fixed random odd value.
constexpr uint64_t kWordLow = 0x749882321e350400;   // K1
constexpr uint64_t kWordHigh = 0x79c8c2926b94b500;  // K2
constexpr uint64_t kShingleMul = 0x4242aadbc8f429a5; // M

// kHalfMasks[length] keeps the bytes of a word of that length (<= 16) in its two 8-byte halves: a
// lookup, because a branch on the length would mispredict on every other word.
struct HalfMasks {
    uint64_t low[17], high[17];
    constexpr HalfMasks() : low{}, high{}
    {
        for (int length = 0; length <= 16; ++length) {
            const int inLow = length < 8 ? length : 8, inHigh = length - inLow;
            low[length] = inLow == 8 ? ~uint64_t(0) : (uint64_t(1) << (8 * inLow)) - 1;
            high[length] = inHigh == 8 ? ~uint64_t(0) : (uint64_t(1) << (8 * inHigh)) - 1;
        }
    }
};
constexpr HalfMasks kHalfMasks;

inline uint64_t fmix64(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

inline uint64_t shortWordHash(uint64_t low, uint64_t high, size_t length)
{
    return hash::foldMultiply(low ^ kWordLow, high ^ kWordHigh ^ length);
}

// Any word, reading only its own bytes.
uint64_t wordHash(const char* word, size_t length)
{
    if (length > 16)
        return XXH3_64bits(word, length);
    char padded[16] = {};
    std::memcpy(padded, word, length);
    return shortWordHash(hash::loadLittle64(padded), hash::loadLittle64(padded + 8), length);
}

// Bit i set where p[i] == ' ', for the 64 bytes at p. SSE2 is part of x86-64; elsewhere the
// compiler vectorizes the loop or not.
inline uint64_t spaceMask64(const char* p)
{
    uint64_t mask = 0;
#if defined(ADAPTLAB_DEDUP_VECTORS)
    const __m128i space = _mm_set1_epi8(' ');
    for (int i = 0; i < 4; ++i) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * i));
        mask |= uint64_t(uint32_t(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, space)))) << (16 * i);
    }
#else
    for (int i = 0; i < 64; ++i)
        mask |= uint64_t(p[i] == ' ') << i;
#endif
    return mask;
}

// Shingle hashes from word hashes: out[k] = fmix64(words[k] * M^(n-1) + ... + words[k+n-1]) for
// k < count, the polynomial above. Each block of words is hashed before its shingles (not word and
// shingle in one loop), so the shingles' finalizers overlap instead of waiting behind the next
// word's hash (measured: most of the time outside the MinHash kernel went to that chain). Here the
// polynomial slides from one shingle to the next (two multiplies per shingle; Horner's rule on
// each shingle, as the vector path does, needs n - 1 and measured slower on scalar multipliers).
void shingleHashesScalar(const uint64_t* words, size_t n, uint64_t* out, size_t count)
{
    if (count == 0)
        return;
    uint64_t window = 0, leaving = 1; // leaving = M^n, the weight of the word that leaves the window
    for (size_t j = 0; j < n; ++j) {
        window = window * kShingleMul + words[j];
        leaving *= kShingleMul;
    }
    out[0] = fmix64(window);
    for (size_t k = 1; k < count; ++k) {
        window = window * kShingleMul + words[k + n - 1] - words[k - 1] * leaving;
        out[k] = fmix64(window);
    }
}

using ShingleHasher = void (*)(const uint64_t*, size_t, uint64_t*, size_t);

#if defined(ADAPTLAB_DEDUP_VECTORS)
// Eight shingles at a time with AVX-512DQ's 64-bit lane multiply: lane l of the j-th load is word
// k + l + j, so Horner's rule runs on eight shingles side by side, each from its own words.
__attribute__((target("avx512f,avx512dq"))) void shingleHashesAvx512(const uint64_t* words, size_t n,
                                                                     uint64_t* out, size_t count)
{
    const __m512i mul = _mm512_set1_epi64(static_cast<long long>(kShingleMul));
    const __m512i mix1 = _mm512_set1_epi64(static_cast<long long>(0xff51afd7ed558ccdULL));
    const __m512i mix2 = _mm512_set1_epi64(static_cast<long long>(0xc4ceb9fe1a85ec53ULL));
    size_t k = 0;
    for (; k + 8 <= count; k += 8) {
        __m512i h = _mm512_loadu_si512(words + k);
        for (size_t j = 1; j < n; ++j)
            h = _mm512_add_epi64(_mm512_mullo_epi64(h, mul), _mm512_loadu_si512(words + k + j));
        h = _mm512_mullo_epi64(_mm512_xor_si512(h, _mm512_srli_epi64(h, 33)), mix1); // fmix64
        h = _mm512_mullo_epi64(_mm512_xor_si512(h, _mm512_srli_epi64(h, 33)), mix2);
        _mm512_storeu_si512(out + k, _mm512_xor_si512(h, _mm512_srli_epi64(h, 33)));
    }
    shingleHashesScalar(words + k, n, out + k, count - k);
}
#endif

ShingleHasher chooseShingleHasher()
{
#if defined(ADAPTLAB_DEDUP_VECTORS)
    const std::string_view want = forcedKernel();
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq") && (want.empty() || want == "avx512"))
        return shingleHashesAvx512;
#endif
    return shingleHashesScalar;
}

// Calls onBlock(hashes, count) with the hash of every word n-gram shingle of normalized text, in
// order, a block at a time (words are what single spaces separate; memory stays constant however
// long the document). Word ends come 64 bytes at a time from a bit mask; each word's hash goes into
// an array, and a full array becomes a block of shingle hashes at once.
template <typename OnBlock>
void forEachShingleBlock(std::string_view normalized, int ngram, OnBlock&& onBlock)
{
    if (normalized.empty())
        return;
    if (ngram < 1)
        throw std::invalid_argument("MinHash shingle size must be >= 1");
    static const ShingleHasher shingleHashes = chooseShingleHasher(); // on first use: no static-order trap
    const size_t n = size_t(ngram);
    // words[0..filled): word hashes. A full array of kBlock + n - 1 words gives kBlock shingles, and
    // its last n - 1 words move to the front for the shingles that go on into the next block.
    constexpr size_t kBlock = 512, kLocalNgram = 16;
    uint64_t localWords[kBlock + kLocalNgram - 1], localShingles[kBlock];
    std::vector<uint64_t> heap;
    uint64_t* words = localWords;
    if (n > kLocalNgram) {
        heap.resize(kBlock + n - 1);
        words = heap.data();
    }
    const size_t capacity = kBlock + n - 1;
    const char* text = normalized.data();
    const size_t size = normalized.size();
    size_t filled = 0;
    bool flushed = false;
    auto flush = [&] {
        const size_t count = filled - (n - 1);
        shingleHashes(words, n, localShingles, count);
        onBlock(static_cast<const uint64_t*>(localShingles), count);
        std::copy(words + count, words + filled, words);
        filled = n - 1;
        flushed = true;
    };
    auto addWord = [&](size_t start, size_t end) {
        const size_t length = end - start;
        uint64_t hash;
        if (length <= 16 && start + 16 <= size) [[likely]] {
            // In place: two 8-byte loads inside the text, the bytes past the word masked off.
            hash = shortWordHash(hash::loadLittle64(text + start) & kHalfMasks.low[length],
                                 hash::loadLittle64(text + start + 8) & kHalfMasks.high[length], length);
        } else {
            hash = wordHash(text + start, length);
        }
        words[filled] = hash;
        if (++filled == capacity)
            flush();
    };
    size_t start = 0, base = 0;
    auto addWordsEndingIn = [&](uint64_t spaces) {
        for (; spaces != 0; spaces &= spaces - 1) {
            const size_t end = base + size_t(__builtin_ctzll(spaces));
            addWord(start, end);
            start = end + 1;
        }
    };
    for (; base + 64 <= size; base += 64)
        addWordsEndingIn(spaceMask64(text + base));
    if (base < size) {
        char tail[64] = {}; // zero bytes are no spaces
        std::memcpy(tail, text + base, size - base);
        addWordsEndingIn(spaceMask64(tail));
    }
    addWord(start, size);
    if (filled >= n) {
        flush();
    } else if (!flushed) {
        // A document shorter than one shingle is one shingle of all its words.
        uint64_t h = 0;
        for (size_t j = 0; j < filled; ++j)
            h = h * kShingleMul + words[j];
        const uint64_t hash = fmix64(h);
        onBlock(&hash, size_t(1));
    }
}

// The permutations are Dietzfelbinger's multiply-add-shift hashes
//   h_i(x) = (uint32)((a_i * x + b_i) mod 2^64 >> 32),  a_i odd, b_i any 64-bit value,
// a 2-approximately-universal family (collision probability <= 2/2^32 for x != y) and the one
// fast MinHash libraries use: one 64-bit multiply, one add and one shift per hash and shingle,
// where the earlier (a*x + b) mod (2^61 - 1) needed four 32x32 multiplies and a dozen adds and
// shifts. Signatures differ from that family's (the estimator, the S-curve and the recall and
// precision targets do not): a signals file keeps its hasher's values, and one written before
// this change must be rescanned before its band hashes are compared with new ones.
// Every kernel below does mins[i] = min(mins[i], h_i(x)) over a block of shingle hashes x, taking
// and leaving the running minima as 32-bit values in 64-bit slots.
//
// Where 64-bit lanes multiply (plain integers, AVX-512DQ's vpmullq) the minimum is kept of the
// whole a_i * x + b_i and shifted once per block, not per shingle: dropping the low half keeps
// order, so the high half of the minimum is the minimum of the high halves (a running minimum m
// enters as m * 2^32 + 2^32 - 1, the largest value with that high half). V is a GCC vector of W
// uint64 lanes or plain uint64_t (W = 1); G groups of W hash functions go through each shingle
// together, so the multiplier has independent work (measured ~20% faster on AVX-512 than one
// group), and their parameters and running minima stay in registers. Always inlined, so it is
// compiled with the instruction set of the kernel it is in. Continues from hash function i.
template <typename V, size_t W, size_t G>
__attribute__((always_inline)) inline void minHashBlocks(const uint64_t* as, const uint64_t* bs, uint64_t* mins,
                                                         size_t count, const uint64_t* xs, size_t shingles, size_t& i)
{
    for (; i + G * W <= count; i += G * W) {
        V a[G], b[G], m[G];
        for (size_t g = 0; g < G; ++g) {
            std::memcpy(&a[g], as + i + g * W, sizeof(V));
            std::memcpy(&b[g], bs + i + g * W, sizeof(V));
            std::memcpy(&m[g], mins + i + g * W, sizeof(V));
            m[g] = m[g] << 32 | 0xFFFFFFFFu;
        }
        for (size_t s = 0; s < shingles; ++s) {
            const V x = V{} + xs[s];
            for (size_t g = 0; g < G; ++g) {
                const V v = a[g] * x + b[g];
                m[g] = v < m[g] ? v : m[g];
            }
        }
        for (size_t g = 0; g < G; ++g) {
            m[g] >>= 32;
            std::memcpy(mins + i + g * W, &m[g], sizeof(V));
        }
    }
}

using MinHashKernel = void (*)(const uint64_t*, const uint64_t*, uint64_t*, size_t, const uint64_t*, size_t);

// The portable kernel (the vector ones are tested against the formula, as this one is).
void minHashScalar(const uint64_t* as, const uint64_t* bs, uint64_t* mins, size_t count, const uint64_t* xs,
                   size_t shingles)
{
    size_t i = 0;
    minHashBlocks<uint64_t, 1, 4>(as, bs, mins, count, xs, shingles, i);
    minHashBlocks<uint64_t, 1, 1>(as, bs, mins, count, xs, shingles, i);
}

// The kernel is the hot loop of near-dedup (numHashes multiply-adds per shingle). Vector widths
// must match the machine: a GCC vector wider than the hardware's is split into slow piecewise
// code (measured 10x slower than scalar), so each width is compiled for its own instruction set
// and the one this CPU runs is picked once at load time. One binary runs anywhere.
#if defined(__x86_64__) && defined(__GNUC__)
#define ADAPTLAB_MINHASH_VECTORS 1
typedef uint64_t U64x8 __attribute__((vector_size(64)));

// AVX2 has no 64-bit lane multiply or unsigned 64-bit minimum; built from 32x32-bit multiplies and
// compares they cost ~1.5x more than computing only the high half that is kept:
//   h = hi32(lo32(a) * lo32(x) + b) + lo32(hi32(a) * lo32(x) + lo32(a) * hi32(x))  mod 2^32
// (hi32(a) * hi32(x) only adds multiples of 2^64), three vpmuludq and a 32-bit minimum on the even
// 32-bit lanes; the odd lanes collect garbage and are cleared on the way out.
template <size_t G>
__attribute__((target("avx2"), always_inline)) inline void minHashHalvesAvx2(const uint64_t* as, const uint64_t* bs,
                                                                             uint64_t* mins, size_t count,
                                                                             const uint64_t* xs, size_t shingles,
                                                                             size_t& i)
{
    for (; i + G * 4 <= count; i += G * 4) {
        __m256i aLow[G], aHigh[G], b[G], m[G];
        for (size_t g = 0; g < G; ++g) {
            aLow[g] = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(as + i + g * 4));
            aHigh[g] = _mm256_srli_epi64(aLow[g], 32);
            b[g] = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(bs + i + g * 4));
            m[g] = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(mins + i + g * 4));
        }
        for (size_t s = 0; s < shingles; ++s) {
            const __m256i x = _mm256_set1_epi64x(static_cast<long long>(xs[s]));
            const __m256i xHigh = _mm256_srli_epi64(x, 32);
            for (size_t g = 0; g < G; ++g) {
                const __m256i low = _mm256_add_epi64(_mm256_mul_epu32(aLow[g], x), b[g]);
                const __m256i cross = _mm256_add_epi32(_mm256_mul_epu32(aHigh[g], x), _mm256_mul_epu32(aLow[g], xHigh));
                m[g] = _mm256_min_epu32(m[g], _mm256_add_epi32(_mm256_srli_epi64(low, 32), cross));
            }
        }
        for (size_t g = 0; g < G; ++g)
            _mm256_storeu_si256(reinterpret_cast<__m256i*>(mins + i + g * 4),
                                _mm256_and_si256(m[g], _mm256_set1_epi64x(0xFFFFFFFF)));
    }
}

__attribute__((target("avx2"))) void minHashAvx2(const uint64_t* as, const uint64_t* bs, uint64_t* mins,
                                                 size_t count, const uint64_t* xs, size_t shingles)
{
    size_t i = 0;
    minHashHalvesAvx2<2>(as, bs, mins, count, xs, shingles, i);
    minHashHalvesAvx2<1>(as, bs, mins, count, xs, shingles, i);
    minHashBlocks<uint64_t, 1, 1>(as, bs, mins, count, xs, shingles, i);
}

__attribute__((target("avx512f,avx512dq"))) void minHashAvx512(const uint64_t* as, const uint64_t* bs,
                                                               uint64_t* mins, size_t count, const uint64_t* xs,
                                                               size_t shingles)
{
    size_t i = 0;
    minHashBlocks<U64x8, 8, 2>(as, bs, mins, count, xs, shingles, i);
    minHashBlocks<U64x8, 8, 1>(as, bs, mins, count, xs, shingles, i);
    minHashBlocks<uint64_t, 1, 1>(as, bs, mins, count, xs, shingles, i);
}
#endif

MinHashKernel chooseMinHashKernel()
{
#if defined(ADAPTLAB_MINHASH_VECTORS)
    const std::string_view want = forcedKernel();
    __builtin_cpu_init();
    const bool avx512 = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq");
    const bool avx2 = __builtin_cpu_supports("avx2");
    if (avx512 && (want.empty() || want == "avx512"))
        return minHashAvx512;
    if (avx2 && (want.empty() || want == "avx2"))
        return minHashAvx2;
#endif
    return minHashScalar;
}

MinHashKernel minHashKernel()
{
    static const MinHashKernel kernel = chooseMinHashKernel(); // on first use: no static-order trap
    return kernel;
}

// mins[0..count) = the signature of normalized text under the permutations (as, bs): the high 32
// bits of a_i * x + b_i (mod 2^64), half the memory of 64-bit values and plenty to estimate
// Jaccard, kept in 64-bit slots for the kernels. An empty document has no shingle and keeps the
// all-ones signature, so empty documents match only each other.
void minHashOfNormalized(const uint64_t* as, const uint64_t* bs, size_t count, int ngram,
                         std::string_view normalized, uint64_t* mins)
{
    std::fill(mins, mins + count, std::numeric_limits<uint32_t>::max());
    const MinHashKernel kernel = minHashKernel();
    forEachShingleBlock(normalized, ngram,
                        [&](const uint64_t* xs, size_t shingles) { kernel(as, bs, mins, count, xs, shingles); });
}

} // namespace

MinHasher::MinHasher(MinHashParams params)
    : params_(params)
{
    if (params_.bands < 1 || params_.rows < 1 || params_.ngram < 1)
        throw std::invalid_argument("MinHash needs bands, rows and ngram >= 1");
    // The permutations (a_i, b_i), drawn in this order from one mt19937_64 (whose output the C++
    // standard fixes): a_i = an output with its lowest bit set (odd), b_i = the next output. The
    // same seed gives the same signatures on every platform, so signatures saved beside a dataset
    // stay comparable.
    std::mt19937_64 rng(params_.seed);
    const int n = params_.numHashes();
    a_.resize(size_t(n));
    b_.resize(size_t(n));
    for (int i = 0; i < n; ++i) {
        a_[size_t(i)] = rng() | 1u;
        b_[size_t(i)] = rng();
    }
}

std::vector<uint32_t> MinHasher::signature(std::string_view text) const
{
    std::string& normalized = scratch().normalized;
    normalizeInto(text, normalized);
    auto signature = signatureOfNormalized(normalized);
    releaseIfHuge(normalized);
    return signature;
}

std::vector<uint32_t> MinHasher::signatureOfNormalized(std::string_view normalized) const
{
    std::vector<uint64_t>& mins = scratch().mins;
    mins.resize(a_.size());
    minHashOfNormalized(a_.data(), b_.data(), a_.size(), params_.ngram, normalized, mins.data());
    return std::vector<uint32_t>(mins.begin(), mins.end());
}

std::vector<uint64_t> MinHasher::bandHashes(const std::vector<uint32_t>& signature) const
{
    if (signature.size() != a_.size())
        throw std::invalid_argument("MinHash signature has " + std::to_string(signature.size())
                                    + " values, expected " + std::to_string(a_.size()));
    std::vector<uint64_t> out(size_t(params_.bands));
    bandHashesOf(signature.data(), out.size(), size_t(params_.rows), out.data());
    return out;
}

void MinHasher::hashDocument(std::string_view text, uint64_t& exact, std::vector<uint64_t>& bands) const
{
    hashDocumentInto(text, exact, bands, nullptr);
}

void MinHasher::hashDocument(std::string_view text, uint64_t& exact, std::vector<uint64_t>& bands,
                             std::vector<uint16_t>& bBits) const
{
    hashDocumentInto(text, exact, bands, &bBits);
}

void MinHasher::hashDocumentInto(std::string_view text, uint64_t& exact, std::vector<uint64_t>& bands,
                                 std::vector<uint16_t>* bBits) const
{
    Scratch& s = scratch();
    normalizeInto(text, s.normalized);
    exact = XXH64(s.normalized.data(), s.normalized.size(), 0);
    s.mins.resize(a_.size());
    minHashOfNormalized(a_.data(), b_.data(), a_.size(), params_.ngram, s.normalized, s.mins.data());
    s.signature.assign(s.mins.begin(), s.mins.end());
    bands.resize(size_t(params_.bands));
    bandHashesOf(s.signature.data(), bands.size(), size_t(params_.rows), bands.data());
    if (bBits != nullptr) {
        bBits->resize(s.signature.size());
        for (size_t i = 0; i < s.signature.size(); ++i)
            (*bBits)[i] = uint16_t(s.signature[i]);
    }
    releaseIfHuge(s.normalized);
}

double estimatedJaccard(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b)
{
    if (a.size() != b.size())
        throw std::invalid_argument("MinHash signatures of different lengths");
    if (a.empty())
        return 0.0;
    size_t equal = 0;
    for (size_t i = 0; i < a.size(); ++i)
        equal += a[i] == b[i];
    return double(equal) / double(a.size());
}

std::vector<uint16_t> bBitSignature(const std::vector<uint32_t>& signature)
{
    std::vector<uint16_t> out(signature.size());
    for (size_t i = 0; i < signature.size(); ++i)
        out[i] = uint16_t(signature[i]);
    return out;
}

size_t bBitMatches(const uint16_t* a, const uint16_t* b, size_t n)
{
    size_t equal = 0;
    for (size_t i = 0; i < n; ++i) // vectorized by the compiler
        equal += a[i] == b[i];
    return equal;
}

double bBitJaccard(size_t matches, size_t n)
{
    if (n == 0)
        return 0.0;
    constexpr double kChance = 1.0 / 65536.0; // two unequal min-hashes agreeing in their low 16 bits
    const double share = double(matches) / double(n);
    return std::max(0.0, (share - kChance) / (1.0 - kChance));
}

double bBitJaccard(const std::vector<uint16_t>& a, const std::vector<uint16_t>& b)
{
    if (a.size() != b.size())
        throw std::invalid_argument("b-bit signatures of different lengths");
    return bBitJaccard(bBitMatches(a.data(), b.data(), a.size()), a.size());
}

double shingleJaccard(std::string_view a, std::string_view b, int ngram)
{
    // Exact sets of 64-bit shingle hashes: the same shingles MinHash sees, and a collision among a
    // document's few thousand shingles is ~1e-12 likely.
    std::string na, nb;
    normalizeInto(a, na);
    normalizeInto(b, nb);
    std::vector<uint64_t> ha, hb;
    forEachShingleBlock(na, ngram, [&](const uint64_t* h, size_t count) { ha.insert(ha.end(), h, h + count); });
    forEachShingleBlock(nb, ngram, [&](const uint64_t* h, size_t count) { hb.insert(hb.end(), h, h + count); });
    std::sort(ha.begin(), ha.end());
    ha.erase(std::unique(ha.begin(), ha.end()), ha.end());
    std::sort(hb.begin(), hb.end());
    hb.erase(std::unique(hb.begin(), hb.end()), hb.end());
    if (ha.empty() && hb.empty())
        return 1.0; // two empty documents are the same document
    std::vector<uint64_t> common;
    std::set_intersection(ha.begin(), ha.end(), hb.begin(), hb.end(), std::back_inserter(common));
    const size_t unionSize = ha.size() + hb.size() - common.size();
    return double(common.size()) / double(unionSize);
}

} // namespace adaptlab::corpus
