// Deduplication (dedup.h): the exact hash. The normalization is in dedup_normalize.cpp, MinHash in
// dedup_minhash.cpp, LSH and clustering in dedup_lsh.cpp.
#include "corpus/dedup.h"
#include "corpus/dedup_internal.h"

#define XXH_INLINE_ALL // inlined: band hashes and long words are a few dozen bytes, a call costs as much
#include <xxhash.h>

namespace adaptlab::corpus {

using namespace dedup_detail;

uint64_t exactHash(std::string_view text)
{
    std::string& normalized = scratch().normalized;
    normalizeInto(text, normalized);
    const uint64_t hash = XXH64(normalized.data(), normalized.size(), 0);
    releaseIfHuge(normalized);
    return hash;
}

} // namespace adaptlab::corpus
