// Deduplication (METHODS.md §2). Exact: a 64-bit xxHash of the normalized text. Near: MinHash over
// word 5-gram shingles of the normalized text, LSH with b bands of r rows (default 14 x 8 = 112
// hashes: threshold ~0.72, Jaccard 0.8 caught with p ~0.92) to find candidate pairs, each candidate
// verified by the Jaccard similarity its full signatures estimate before it counts
// (duplicate_clusters.h: a document is removed only for a verified kept one, never through a chain).
// Permutations: multiply-add-shift hashing h_i(x) = (uint32)((a_i * x + b_i) mod 2^64 >> 32) of the
// 64-bit shingle hash x, with a_i random odd and b_i random 64-bit values (Dietzfelbinger et al.
// 1997; 2-approximately universal, the family fast MinHash implementations use). It replaced
// (a*x + b) mod (2^61 - 1), which cost four 32-bit multiplies per hash and shingle: signatures (and
// band hashes) from before that change differ and must be recomputed before being compared.
// Shingle hashes: each word of the normalized text is hashed once, a word of up to 16 bytes as
// (lo ^ K1) * (hi ^ K2 ^ length) over 128 bits, folded (low ^ high 64 bits), with lo and hi its
// halves read as zero-padded little-endian integers, a longer one with XXH3-64; a shingle's hash
// x is MurmurHash3's fmix64 of sum_j word_j * M^(n-1-j) mod 2^64 over its n words (K1, K2, M in
// dedup.cpp). It replaced XXH3-64 of each shingle's bytes, which hashed every byte n times:
// signatures and band hashes from before that change differ too and must be recomputed before
// being compared.
// Stored signatures are b-bit minwise hashes (Li & König, "b-Bit Minwise Hashing", WWW 2010): the
// low 16 bits of each 32-bit min-hash, half the bytes. Two documents' 16-bit values agree when their
// min-hashes agree (probability J) or, otherwise, by chance (probability C ~ 2^-16), so the share P
// of equal values estimates J as (P - C) / (1 - C) (bBitJaccard).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace adaptlab::corpus {

// lowercase (ASCII and common Latin-1/Unicode letters via simple folding), punctuation removed,
// digits -> 0, whitespace collapsed to one space, trimmed.
std::string normalizeForDedup(std::string_view text);
void normalizeForDedup(std::string_view text, std::string& out); // the same into a reused buffer
// The portable byte-at-a-time path. normalizeForDedup uses a vector path where the CPU has one
// (x86-64 with AVX2 or AVX-512); every vector path gives exactly these bytes, which tests check.
std::string normalizeForDedupScalar(std::string_view text);
uint64_t exactHash(std::string_view text); // xxh64 of normalizeForDedup(text), seed 0

struct MinHashParams {
    int bands = 14;
    int rows = 8;
    int ngram = 5;          // word shingles
    uint64_t seed = 1;
    int numHashes() const { return bands * rows; }
};

// P(candidate) for two documents of Jaccard similarity s: 1 - (1 - s^r)^b (the S-curve).
double lshCandidateProbability(double jaccard, int bands, int rows);
// The similarity where the S-curve is steepest, ~ (1/b)^(1/r).
double lshThreshold(int bands, int rows);

class MinHasher {
public:
    explicit MinHasher(MinHashParams params = {});
    // numHashes() minimum values over the document's shingles (a document shorter than one shingle
    // is one shingle of all its words). Thread-safe.
    std::vector<uint32_t> signature(std::string_view text) const;
    // The same from text already passed through normalizeForDedup (a scan that also computes the
    // exact hash normalizes once).
    std::vector<uint32_t> signatureOfNormalized(std::string_view normalized) const;
    // One 64-bit hash per band of a signature: two documents are candidates when any band matches.
    std::vector<uint64_t> bandHashes(const std::vector<uint32_t>& signature) const;
    // What a corpus scan needs of a document in one call: exact = exactHash(text),
    // bands = bandHashes(signature(text)) (resized to params().bands) and, when asked for,
    // bBits = bBitSignature(signature(text)), normalizing once, with per-thread scratch: nothing is
    // allocated per document but `bands` and `bBits` when they lack the room. Thread-safe.
    void hashDocument(std::string_view text, uint64_t& exact, std::vector<uint64_t>& bands) const;
    void hashDocument(std::string_view text, uint64_t& exact, std::vector<uint64_t>& bands,
                      std::vector<uint16_t>& bBits) const;
    const MinHashParams& params() const { return params_; }

private:
    void hashDocumentInto(std::string_view text, uint64_t& exact, std::vector<uint64_t>& bands,
                          std::vector<uint16_t>* bBits) const;

    MinHashParams params_;
    std::vector<uint64_t> a_, b_; // the permutations: a_i odd, b_i any (see the top of this file)
};

double estimatedJaccard(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b);

// The stored form of a signature: the low 16 bits of each min-hash (b-bit minwise hashing, top of
// this file).
std::vector<uint16_t> bBitSignature(const std::vector<uint32_t>& signature);
// How many of the n positions hold equal values.
size_t bBitMatches(const uint16_t* a, const uint16_t* b, size_t n);
// The Jaccard similarity estimated from `matches` equal values of n 16-bit ones, corrected for
// chance agreement: (matches / n - C) / (1 - C) with C = 2^-16, at least 0 (and 0 when n is 0).
double bBitJaccard(size_t matches, size_t n);
double bBitJaccard(const std::vector<uint16_t>& a, const std::vector<uint16_t>& b);
// Exact Jaccard of the two texts' shingle sets (for tests and for showing a cluster's members).
double shingleJaccard(std::string_view a, std::string_view b, int ngram = 5);

// Disjoint sets over document indices, 4 bytes per document (at most 2^32 of them).
class UnionFind {
public:
    explicit UnionFind(size_t n = 0);
    void resize(size_t n); // throws std::length_error beyond 2^32 elements
    size_t find(size_t x);
    void unite(size_t a, size_t b); // the smaller index becomes the root: the first document is kept
    size_t size() const { return parent_.size(); }
    // Every element's root (its cluster's first document), handing over the storage.
    std::vector<uint32_t> roots() &&;

private:
    std::vector<uint32_t> parent_;
};

// Exact duplicates: clusterOf[i] = first document with the same hash.
std::vector<int64_t> exactClusters(const std::vector<uint64_t>& hashes);

} // namespace adaptlab::corpus
