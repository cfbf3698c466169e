#include "corpus/document_lookup.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace adaptlab::corpus {

namespace {

bool containsIgnoringAsciiCase(std::string_view text, std::string_view query)
{
    if (query.empty())
        return true;
    const auto it = std::search(text.begin(), text.end(), query.begin(), query.end(), [](char a, char b) {
        return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
    });
    return it != text.end();
}

// The slots that were filled, in slot order (documents not found are left out).
std::vector<Document> filledOnly(std::vector<Document>& found, const std::vector<bool>& filled)
{
    std::vector<Document> result;
    result.reserve(found.size());
    for (size_t i = 0; i < found.size(); ++i)
        if (filled[i])
            result.push_back(std::move(found[i]));
    return result;
}

} // namespace

std::vector<Document> fetchDocuments(const std::vector<std::filesystem::path>& inputs, const ReaderOptions& options,
                                     const std::vector<int64_t>& indices, const std::atomic<bool>* cancel)
{
    if (indices.empty())
        return {};
    std::map<int64_t, std::vector<size_t>> wanted; // document index -> positions in the answer
    for (size_t i = 0; i < indices.size(); ++i)
        wanted[indices[i]].push_back(i);
    std::vector<Document> found(indices.size());
    std::vector<bool> filled(indices.size(), false);
    const int64_t last = wanted.rbegin()->first;
    CorpusReader reader(inputs, options);
    Document doc;
    while (reader.next(doc)) {
        if (cancel && cancel->load())
            break;
        const auto it = wanted.find(doc.index);
        if (it != wanted.end()) {
            for (const size_t slot : it->second) {
                found[slot] = doc;
                filled[slot] = true;
            }
        }
        if (doc.index >= last)
            break;
    }
    return filledOnly(found, filled);
}

std::vector<Document> fetchDocumentsAt(const std::vector<std::filesystem::path>& inputs, const ReaderOptions& options,
                                       const std::vector<DocumentRef>& refs, const std::atomic<bool>* cancel)
{
    if (refs.empty())
        return {};
    // In corpus order; the scan's positions increase with the index.
    std::vector<size_t> order(refs.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return refs[a].index < refs[b].index; });
    std::vector<Document> found(refs.size());
    std::vector<bool> filled(refs.size(), false);
    CorpusReader reader(inputs, options);
    Document doc;
    bool have = false; // `doc` holds the document last read
    for (const size_t slot : order) {
        if (cancel && cancel->load())
            break;
        const DocumentRef& ref = refs[slot];
        if (!(have && doc.index == ref.index)) {
            have = reader.seek(ref.position, ref.index) && reader.next(doc);
            // The record there must be the one the scan saw: same file, line and offset.
            have = have && doc.position.fileIndex == ref.position.fileIndex && doc.position.line == ref.position.line
                && doc.position.byteOffset == ref.position.byteOffset;
            if (!have)
                continue;
        }
        found[slot] = doc;
        filled[slot] = true;
    }
    return filledOnly(found, filled);
}

std::vector<int64_t> searchDocuments(const std::vector<std::filesystem::path>& inputs, const ReaderOptions& options,
                                     const std::string& query, size_t maxResults, bool inMetadata,
                                     const std::atomic<bool>* cancel)
{
    std::vector<int64_t> hits;
    CorpusReader reader(inputs, options);
    Document doc;
    while (hits.size() < maxResults && reader.next(doc)) {
        if (cancel && cancel->load())
            break;
        bool hit = containsIgnoringAsciiCase(doc.text, query);
        if (!hit && inMetadata)
            for (const auto& [key, value] : doc.metadata)
                hit = hit || containsIgnoringAsciiCase(value, query);
        if (hit)
            hits.push_back(doc.index);
    }
    return hits;
}

} // namespace adaptlab::corpus
