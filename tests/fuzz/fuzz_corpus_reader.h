// The checks every corpus-reader fuzz target runs on its input file: read it whole with
// CorpusReader, then check what a reader promises beyond "no crash":
// - every document's text and metadata is valid UTF-8, and no plain-text document is blank;
// - positions go forwards (line and byte offset), in the one file;
// - a scan is partial exactly when a truncated_stream or truncated_file problem says so, and
//   progress ends at the file's size;
// - seeking to a saved position (the document browser) gives the same document again;
// - the import preview's documents are the corpus's first ones.
#pragma once

#include "corpus/corpus_reader.h"
#include "corpus/text_source.h"
#include "fuzz_input_file.h"

#include <algorithm>
#include <string>
#include <vector>

namespace adaptlab::fuzz {

inline bool isBlankText(const std::string& text)
{
    return text.find_first_not_of(" \t\n") == std::string::npos;
}

inline void checkCorpusFile(const std::filesystem::path& path, const corpus::ReaderOptions& options)
{
    using namespace adaptlab::corpus;
    const bool json = textFormatFor(path) == TextFormat::JsonLines;
    constexpr size_t kMaxDocuments = 4096; // a 1 MB input of "a\n" is 500k documents: enough checked
    std::vector<Document> documents;
    ScanProblems problems;
    try {
        CorpusReader reader({path}, options);
        Document document;
        while (documents.size() < kMaxDocuments && reader.next(document)) {
            if (!isValidUtf8(document.text))
                fail("a document's text is not UTF-8");
            if (!json && isBlankText(document.text))
                fail("a blank document");
            for (const auto& [key, value] : document.metadata)
                if (!isValidUtf8(key) || !isValidUtf8(value))
                    fail("metadata that is not UTF-8");
            if (document.index != static_cast<int64_t>(documents.size()) || document.position.fileIndex != 0)
                fail("document index or file index out of order");
            if (!documents.empty()) {
                const SourcePosition& before = documents.back().position;
                if (document.position.line <= before.line || document.position.byteOffset <= before.byteOffset)
                    fail("positions do not go forwards");
            }
            documents.push_back(document);
        }
        const bool whole = documents.size() < kMaxDocuments;
        problems = reader.problems();
        const bool truncated = problems.counts.count("truncated_stream") || problems.counts.count("truncated_file");
        if (whole && problems.partial != truncated)
            fail("partial does not match the problems");
        if (whole && reader.bytesRead() != reader.totalBytes())
            fail("progress does not end at the file's size");
        for (const RecordProblem& example : problems.examples)
            if (example.file != path.string() || example.detail.empty() || example.line < 0)
                fail("a problem without its file, line or detail");
    } catch (const Error&) {
        return; // only an unreadable input is fatal, and the fuzzer's file is readable
    }

    // The document browser: saved positions found again by one reader, forwards in the open file
    // (middle, last) and back (first: the file is opened again).
    if (!documents.empty()) {
        CorpusReader again({path}, options);
        for (const size_t i : {documents.size() / 2, documents.size() - 1, size_t(0)}) {
            Document document;
            if (!again.seek(documents[i].position, documents[i].index) || !again.next(document))
                fail("a saved position is not found again");
            if (document.text != documents[i].text || document.metadata != documents[i].metadata
                || document.index != documents[i].index)
                fail("a saved position gives another document");
        }
    }

    // The import dialog: a preview cut at a few bytes shows the corpus's first documents.
    const CorpusPreview preview = previewCorpus({path}, options, /*count=*/8, /*prescanBytes=*/256);
    for (size_t i = 0; i < preview.documents.size() && i < documents.size(); ++i)
        if (preview.documents[i].text != documents[i].text)
            fail("the preview shows other documents than the corpus's first ones");
    (void)unusableCorpusReason(preview);
}

// Reader options picked by the input's length, so one target covers the mappings and limits.
inline corpus::ReaderOptions optionsFor(size_t size)
{
    corpus::ReaderOptions options;
    options.fields.allOtherFieldsAsMetadata = (size & 1) != 0;
    if (size & 2)
        options.fields.metadataFields = {"url", "tags", "source"};
    if (size & 4)
        options.maxRecordBytes = 48; // the line_too_long paths
    const corpus::PlainTextMode modes[] = {corpus::PlainTextMode::BlankLineBlocks, corpus::PlainTextMode::LinePerDocument,
                                           corpus::PlainTextMode::FilePerDocument};
    options.plainText = modes[(size >> 3) % 3];
    return options;
}

} // namespace adaptlab::fuzz
