// Exact copies and verified near duplicates of a scanned dataset, from its signals file (exact
// hash, MinHash band hashes and b-bit signature per document), in bounded memory.
//
// Exact: documents with the same exact (normalized text) hash; the first one is kept.
// Near (METHODS.md §2), among the documents left after exact dedup, so the two counts are disjoint:
//  1. candidates: documents that share a band hash (LSH), grouped by hash in passes (below);
//  2. verification: a candidate pair counts only when the Jaccard similarity estimated from the two
//     full signatures (the share of equal b-bit values, dedup.h bBitJaccard) reaches the threshold;
//  3. in document order, a document is removed only when it is verified against a document that is
//     KEPT (the most similar such one), and records that document and the similarity. Nothing is
//     removed through a chain of candidates: every removed document is similar to the kept one in
//     its place, and a document unlike every kept document is kept. (Union-find over unverified
//     candidates once chained a boilerplate-heavy corpus into one cluster and removed 99.6% of it.)
// Work on large buckets is capped (duplicate_clusters.cpp says what that costs in recall).
//
// Memory: the budget (half for grouping hashes, half for candidate pairs) plus 7 bytes per
// document. The (hash, document) pairs are grouped in passes of at most a fixed number; when one
// pass is not enough, one read of the signals file spills every pass's pairs to its own temporary
// file beside it (64 at a time), so the work stays linear in the corpus. Candidate pairs beyond
// their half of the budget are spilled the same way, by ranges of documents, and read back in
// document order.
#pragma once

#include "corpus/signals_file.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace adaptlab::corpus {

// Above this share of the corpus in one near-duplicate cluster, the dedup job, the scan's overview
// and the Duplicates tab warn: such a cluster is usually boilerplate that many documents share, or a
// threshold set too low.
inline constexpr double kLargeClusterShare = 0.05;

struct DuplicateOptions {
    bool exact = true;                      // remove exact copies (same normalized text) first
    bool near = true;                       // then verified near duplicates
    double threshold = 0;                   // near: estimated Jaccard at least this; 0 = lshThreshold(bands, rows)
    size_t budgetBytes = size_t(16) << 20;  // memory for hashes and candidate pairs held at once
};

enum class Removal : uint8_t {
    Kept = 0,
    ExactCopy = 1,     // the same normalized text as an earlier document
    NearDuplicate = 2, // verified similar to a kept document (not an exact copy of an earlier one)
};

struct DuplicateClusters {
    // Per document: keptAs[i] is the document kept in its place (i itself when it is kept), removal[i]
    // why it is removed, similarity[i] its estimated Jaccard with keptAs[i] in units of 1/65535
    // (65535 for an exact copy of a kept document; an exact copy of a near duplicate has that
    // duplicate's similarity to the kept one; 0 when kept). A kept document with the documents
    // kept as it makes a cluster. Empty when neither kind was asked for.
    std::vector<uint32_t> keptAs;
    std::vector<Removal> removal;
    std::vector<uint16_t> similarity;
    int64_t exactDuplicates = 0;    // documents removed as exact copies
    int64_t nearDuplicates = 0;     // documents removed as near duplicates (beyond the exact copies)
    int64_t nearClusters = 0;       // kept documents with at least one near duplicate
    int64_t largestNearCluster = 0; // the most documents in one: its kept document and near duplicates
    double threshold = 0;           // the threshold used
    int64_t candidatePairs = 0;     // distinct candidate pairs (before verification)
    int64_t comparisons = 0;        // pairs whose signatures were compared (those with a kept document)
    int passes = 0;                 // reads of the signals file it took (the first counts the pairs)

    double similarityOf(size_t document) const { return similarity[document] / 65535.0; }
    int64_t removed() const { return exactDuplicates + nearDuplicates; }
};

// Throws Error (from the signals file) on a damaged file or one without signatures when near
// duplicates are asked for, std::invalid_argument for a threshold outside [0, 1] (0: the default),
// std::length_error beyond 2^32 - 2 documents.
DuplicateClusters clusterDuplicates(const SignalsFile& signals, const DuplicateOptions& options = {});

} // namespace adaptlab::corpus
