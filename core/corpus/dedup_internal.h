// Deduplication, internal: what the normalisation, MinHash and LSH files share (dedup.h has the
// method and its references).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace adaptlab::corpus::dedup_detail {

// The normalization of normalizeForDedup(), into a reused buffer: the fastest path this CPU has
// (dedup_normalize.cpp), or the portable one every vector path is tested against.
void normalizeInto(std::string_view text, std::string& out);
void normalizeScalar(std::string_view text, std::string& out);

// ADAPTLAB_MINHASH_KERNEL (scalar|avx2|avx512), or empty: narrows every vectorized dedup path.
std::string_view forcedKernel();

// Each band's 64-bit hash from its rows of a signature (dedup_lsh.cpp).
void bandHashesOf(const uint32_t* signature, size_t bands, size_t rows, uint64_t* out);

// Per-thread scratch above this is released after use instead of kept for the next document.
constexpr size_t kKeepScratchBytes = size_t(16) << 20;

// Per-thread scratch of the hashing entry points: no allocation per document but their results.
struct Scratch {
    std::string normalized;
    std::vector<uint64_t> mins;
    std::vector<uint32_t> signature;
};

inline Scratch& scratch()
{
    thread_local Scratch s;
    return s;
}

// One huge document (a 200 MB line) must not pin its buffer in every thread for good.
inline void releaseIfHuge(std::string& buffer)
{
    if (buffer.capacity() > kKeepScratchBytes)
        std::string().swap(buffer);
}

} // namespace adaptlab::corpus::dedup_detail
