// Finding documents again after a scan: by index (the browser's page, a duplicate cluster's
// members) and by full-text search. Both stream the corpus once with constant memory; compressed
// files have no random access, so a lookup costs one pass over the data up to the last index.
#pragma once

#include "corpus/corpus_reader.h"

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace adaptlab::corpus {

// The documents with the given indices (any order, duplicates allowed), returned in the order asked.
// Indices past the end are left out. Stops early when `cancel` becomes true.
std::vector<Document> fetchDocuments(const std::vector<std::filesystem::path>& inputs, const ReaderOptions& options,
                                     const std::vector<int64_t>& indices, const std::atomic<bool>* cancel = nullptr);

// Indices of documents whose text (or, with inMetadata, a metadata value) contains `query`
// (ASCII case-insensitive), at most maxResults, in corpus order.
std::vector<int64_t> searchDocuments(const std::vector<std::filesystem::path>& inputs, const ReaderOptions& options,
                                     const std::string& query, size_t maxResults = 1000, bool inMetadata = false,
                                     const std::atomic<bool>* cancel = nullptr);

} // namespace adaptlab::corpus
