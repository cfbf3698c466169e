// CorpusReader: streams the documents of a corpus with constant memory. Inputs are files or folders
// (recursive, filtered by a glob) of plain text, JSON Lines (.jsonl/.ndjson), and either compressed
// with zstd (.zst) or gzip (.gz). JSON fields are mapped on import: one is the text, others become
// metadata. Bad records are counted by kind (scan_problems.h) and skipped; a file that ends early
// (a cut compressed stream, or a file truncated while it is read) marks the scan partial and the
// reader goes on with the next file. The content, not the name, says whether a file is zstd or
// gzip. Only an input path that does not exist, cannot be read at all, or is neither a regular
// file nor a folder (a FIFO, socket or device) is fatal (Error naming it, thrown by the constructor).
#pragma once

#include "common/error.h"
#include "corpus/document.h"
#include "corpus/scan_problems.h"

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace adaptlab::corpus {

enum class PlainTextMode {
    FilePerDocument,  // each .txt file is one document
    BlankLineBlocks,  // blocks separated by one or more blank lines are documents
    LinePerDocument,  // every non-empty line is a document
};

struct FieldMapping {
    std::string textField = "text";
    std::vector<std::string> metadataFields;   // kept in this order; missing ones are skipped
    bool allOtherFieldsAsMetadata = false;     // every other scalar field becomes metadata too
};

struct ReaderOptions {
    FieldMapping fields;
    PlainTextMode plainText = PlainTextMode::BlankLineBlocks;
    std::string glob = "*";          // file-name pattern for folders (fnmatch), e.g. "*.jsonl.zst"
    bool recursive = true;
    int64_t maxRecordBytes = 64LL << 20; // longer lines/records are skipped as line_too_long
    size_t maxExamplesPerKind = 5;
};

// Files of the inputs in a stable order (folders expanded, sorted by path). Throws Error naming a
// path that does not exist or cannot be listed.
std::vector<std::filesystem::path> expandInputs(const std::vector<std::filesystem::path>& inputs,
                                                const ReaderOptions& options);

class CorpusReader {
public:
    CorpusReader(const std::vector<std::filesystem::path>& inputs, ReaderOptions options = {});
    ~CorpusReader();
    CorpusReader(const CorpusReader&) = delete;
    CorpusReader& operator=(const CorpusReader&) = delete;

    // The next document; false at the end of all inputs.
    bool next(Document& document);
    // Continues at a document seen on an earlier pass: `position` as that pass reported it, and
    // `documentIndex` its index. Uncompressed files jump there; compressed ones read forward from
    // the start of that file without parsing. Earlier files are not read. The next next() returns
    // that document (when the file did not change since). False when the position is not there.
    bool seek(const SourcePosition& position, int64_t documentIndex);

    const std::vector<std::filesystem::path>& files() const;
    const ScanProblems& problems() const;
    int64_t bytesRead() const;   // on-disk bytes consumed so far (compressed for .zst/.gz)
    int64_t totalBytes() const;  // on-disk size of all files
    const ReaderOptions& options() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// For the import dialog: the first `count` documents, the field names seen in the first records,
// and the problems found by a quick pre-scan of at most `prescanBytes` of each file.
struct CorpusPreview {
    std::vector<Document> documents;
    std::vector<std::string> fieldNames;   // JSON keys seen, in first-seen order (empty for text)
    std::vector<std::filesystem::path> files;
    ScanProblems problems;
    int64_t recordsScanned = 0;
    int64_t documentsScanned = 0;          // good documents among them (documents holds the first few)
};
// With `cancel` set it stops after the document it is reading and returns what it has.
CorpusPreview previewCorpus(const std::vector<std::filesystem::path>& inputs, const ReaderOptions& options,
                            size_t count = 20, int64_t prescanBytes = 8LL << 20,
                            const std::atomic<bool>* cancel = nullptr);

// Why a corpus cannot become a dataset, judged from its preview: no file to read, or not one good
// document in the pre-scan because every file is empty, binary (NUL bytes in its first 8 KiB) or
// unreadable, or holds only broken records. The one rule behind `dataset add` and the import dialog
// (which says it in the user's language from these fields).
struct UnusableCorpus {
    enum class Why { NoFiles, AllBinary, AllEmpty, NoReadableText, OnlyBrokenRecords };
    Why why = Why::NoFiles;
    int64_t files = 0;
    int64_t recordsRead = 0;               // OnlyBrokenRecords: how many broken records the pre-scan read
    std::optional<RecordProblem> firstLoss; // the first problem that cost documents (not a warning)
};
std::optional<UnusableCorpus> findUnusableCorpus(const CorpusPreview& preview); // nullopt: it has documents
// The same in a sentence for a person, naming the file.
std::optional<std::string> unusableCorpusReason(const CorpusPreview& preview);

} // namespace adaptlab::corpus
