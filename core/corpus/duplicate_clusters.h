// Exact and near-duplicate clusters of a scanned dataset, from its signals file (exact hash and
// MinHash band hashes per document) in bounded memory: the (hash, document) pairs are grouped in
// passes, each holding at most a fixed budget of pairs, so memory is the budget plus 4 bytes per
// document and kind (the union-find), however large the corpus. When one pass is not enough, one
// read of the signals file spills every pass's pairs to its own temporary file beside it (64 at a
// time), so the work stays linear in the corpus. Within a kind, two
// documents sharing a hash join one cluster (union-find); a cluster's leader is its first document.
#pragma once

#include "corpus/signals_file.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace adaptlab::corpus {

struct DuplicateOptions {
    bool exact = true;                      // group by the exact (normalized text) hash
    bool near = true;                       // group by any shared MinHash band hash
    size_t budgetBytes = size_t(16) << 20;  // (hash, document) pairs held at once
};

struct DuplicateClusters {
    // leader[i] = first document of i's cluster (i itself when it leads or stands alone); empty
    // when that kind was not asked for.
    std::vector<uint32_t> exactLeader, nearLeader;
    int64_t exactDuplicates = 0;  // documents that do not lead their exact cluster
    int64_t nearDuplicates = 0;   // documents that do not lead their near cluster
    int64_t nearClusters = 0;     // near clusters of two or more documents
    int passes = 0;               // reads of the signals file it took (the first counts the pairs)
};

// Throws Error (from the signals file) on a damaged file, std::length_error beyond 2^32 documents.
DuplicateClusters clusterDuplicates(const SignalsFile& signals, const DuplicateOptions& options = {});

} // namespace adaptlab::corpus
