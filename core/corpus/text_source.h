// TextSource: the documents' text of one corpus file, streamed. JSON Lines (.jsonl/.ndjson, also
// .zst/.gz) take the text from a named field; plain text files (.txt) are one document per line.
// Bad records are counted by kind with the first examples kept (file and line), never fatal; a
// truncated .zst/.gz, or any file truncated while it is read, keeps what came before the cut
// (problems().partial). A thin front for the jobs
// that only need text, over CorpusReader (corpus_reader.h), which also maps metadata and reads
// folders and blank-line blocks.
#pragma once

#include "corpus/corpus_reader.h"
#include "corpus/line_stream.h"
#include "corpus/scan_problems.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace adaptlab::corpus {

enum class TextFormat { JsonLines, PlainLines };
TextFormat textFormatFor(const std::filesystem::path& path); // by extension, before compression

bool isValidUtf8(std::string_view text);

class TextSource {
public:
    // One file (or folder), text from `textField`, plain text files one document per line.
    TextSource(std::filesystem::path path, std::string textField = "text");
    // With a dataset's import mapping (reader_options_json.h): its text field, plain-text mode, glob.
    TextSource(std::filesystem::path path, ReaderOptions options);
    // Several files or folders read as one corpus (a dataset imported from several files).
    TextSource(std::vector<std::filesystem::path> inputs, ReaderOptions options);

    // Calls `visit(text, lineNumber)` for every document until it returns false.
    // `progress(bytesRead, fileSize)` is called every few thousand lines.
    // Throws Error naming the file only when it cannot be read at all.
    using Visitor = std::function<bool(std::string_view text, int64_t line)>;
    using Progress = std::function<void(int64_t bytesRead, int64_t fileSize)>;
    void forEach(const Visitor& visit, const Progress& progress = {});

    const ScanProblems& problems() const { return problems_; }
    const std::vector<std::filesystem::path>& inputs() const { return inputs_; }

private:
    std::vector<std::filesystem::path> inputs_;
    ReaderOptions options_;
    ScanProblems problems_;
};

} // namespace adaptlab::corpus
