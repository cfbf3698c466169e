// Finding documents again after a scan: by index (the browser's page, a duplicate cluster's
// members) and by full-text search, with constant memory. fetchDocuments streams the corpus up to
// the last index; fetchDocumentsAt uses the positions the scan saved (signals file) to read only
// the files that hold the documents and to jump straight to them in uncompressed files (compressed
// files have no random access: they are read from their start, without parsing what is skipped).
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

struct DocumentRef {
    int64_t index = 0;        // the document's index in the corpus
    SourcePosition position;  // where the scan found it
};
// The documents at these references, returned in the order asked (duplicates allowed). A reference
// whose record is gone (the file changed since the scan) is left out.
std::vector<Document> fetchDocumentsAt(const std::vector<std::filesystem::path>& inputs, const ReaderOptions& options,
                                       const std::vector<DocumentRef>& refs, const std::atomic<bool>* cancel = nullptr);

// Indices of documents whose text (or, with inMetadata, a metadata value) contains `query`
// (ASCII case-insensitive), at most maxResults, in corpus order.
std::vector<int64_t> searchDocuments(const std::vector<std::filesystem::path>& inputs, const ReaderOptions& options,
                                     const std::string& query, size_t maxResults = 1000, bool inMetadata = false,
                                     const std::atomic<bool>* cancel = nullptr);

} // namespace adaptlab::corpus
