#include "corpus/text_source.h"

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
    : path_(std::move(path))
    , textField_(std::move(textField))
    , format_(textFormatFor(path_))
{
}

void TextSource::forEach(const Visitor& visit, const Progress& progress)
{
    LineStream stream(path_);
    simdjson::ondemand::parser parser;
    simdjson::padded_string buffer;
    std::string line;
    const std::string file = path_.string();
    while (stream.next(line)) {
        const int64_t lineNumber = stream.lineNumber();
        if (progress && lineNumber % 4096 == 0)
            progress(stream.compressedBytesRead(), stream.fileSize());
        if (format_ == TextFormat::PlainLines) {
            if (line.empty())
                continue;
            if (!isValidUtf8(line)) {
                problems_.add({"invalid_utf8", file, lineNumber, "the line is not valid UTF-8"});
                continue;
            }
            if (!visit(line, lineNumber))
                return;
            continue;
        }
        // JSON Lines: blank lines are allowed and skipped.
        if (line.find_first_not_of(" \t") == std::string::npos)
            continue;
        if (!isValidUtf8(line)) {
            problems_.add({"invalid_utf8", file, lineNumber, "the line is not valid UTF-8"});
            continue;
        }
        buffer = simdjson::padded_string(line);
        simdjson::ondemand::document doc;
        if (auto error = parser.iterate(buffer).get(doc)) {
            problems_.add({"invalid_json", file, lineNumber, simdjson::error_message(error)});
            continue;
        }
        simdjson::ondemand::object object;
        if (auto error = doc.get_object().get(object)) {
            problems_.add({"invalid_json", file, lineNumber, "the line is not a JSON object"});
            continue;
        }
        simdjson::ondemand::value value;
        auto fieldError = object.find_field_unordered(textField_).get(value);
        if (fieldError == simdjson::NO_SUCH_FIELD) {
            problems_.add({"missing_text_field", file, lineNumber, "no field \"" + textField_ + "\""});
            continue;
        }
        if (fieldError) {
            problems_.add({"invalid_json", file, lineNumber, simdjson::error_message(fieldError)});
            continue;
        }
        std::string_view text;
        if (auto error = value.get_string().get(text)) {
            problems_.add({error == simdjson::INCORRECT_TYPE ? "non_string_text" : "invalid_json", file,
                           lineNumber, "field \"" + textField_ + "\" is not a string"});
            continue;
        }
        if (!visit(text, lineNumber))
            return;
    }
    if (progress)
        progress(stream.compressedBytesRead(), stream.fileSize());
}

} // namespace adaptlab::corpus
