#include "corpus/text_source.h"

#include "corpus/corpus_reader.h"

#include <simdjson.h>

namespace adaptlab::corpus {

namespace {

bool endsWith(const std::string& text, const std::string& suffix)
{
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

} // namespace

TextFormat textFormatFor(const std::filesystem::path& path)
{
    std::string name = path.filename().string();
    for (const char* ext : {".zst", ".zstd", ".gz"}) {
        if (endsWith(name, ext)) {
            name.resize(name.size() - std::string(ext).size());
            break;
        }
    }
    if (endsWith(name, ".jsonl") || endsWith(name, ".ndjson") || endsWith(name, ".json"))
        return TextFormat::JsonLines;
    return TextFormat::PlainLines;
}

bool isValidUtf8(std::string_view text)
{
    return simdjson::validate_utf8(text.data(), text.size());
}

TextSource::TextSource(std::filesystem::path path, std::string textField)
    : inputs_{std::move(path)}
{
    options_.fields.textField = std::move(textField);
    options_.plainText = PlainTextMode::LinePerDocument;
}

TextSource::TextSource(std::filesystem::path path, ReaderOptions options)
    : inputs_{std::move(path)}
    , options_(std::move(options))
{
}

TextSource::TextSource(std::vector<std::filesystem::path> inputs, ReaderOptions options)
    : inputs_(std::move(inputs))
    , options_(std::move(options))
{
}

void TextSource::forEach(const Visitor& visit, const Progress& progress)
{
    // The corpus reader does the work (parsing, UTF-8 checks, problem counting, truncated
    // streams); TextSource only hands out the text.
    CorpusReader reader(inputs_, options_);
    Document doc;
    while (reader.next(doc)) {
        if (progress && doc.index % 4096 == 4095)
            progress(reader.bytesRead(), reader.totalBytes());
        if (!visit(doc.text, doc.position.line))
            break;
    }
    problems_ = reader.problems();
    if (progress)
        progress(reader.bytesRead(), reader.totalBytes());
}

} // namespace adaptlab::corpus
