#include "corpus/reader_options_json.h"

namespace adaptlab::corpus {

using nlohmann::json;

namespace {

const char* modeName(PlainTextMode mode)
{
    switch (mode) {
    case PlainTextMode::FilePerDocument: return "file";
    case PlainTextMode::BlankLineBlocks: return "blocks";
    case PlainTextMode::LinePerDocument: return "lines";
    }
    return "blocks";
}

template <typename T>
T valueOf(const json& j, const char* key, T fallback, const char* expected)
{
    const auto it = j.find(key);
    if (it == j.end())
        return fallback;
    try {
        return it->get<T>();
    } catch (const json::exception&) {
        throw Error(std::string("dataset mapping: \"") + key + "\" must be " + expected);
    }
}

} // namespace

json readerOptionsToJson(const ReaderOptions& options)
{
    return {{"text_field", options.fields.textField},
            {"metadata_fields", options.fields.metadataFields},
            {"all_other_fields", options.fields.allOtherFieldsAsMetadata},
            {"plain_text_mode", modeName(options.plainText)},
            {"glob", options.glob},
            {"recursive", options.recursive}};
}

ReaderOptions readerOptionsFromJson(const json& j)
{
    ReaderOptions options;
    if (j.is_null())
        return options;
    if (!j.is_object())
        throw Error("dataset mapping must be a JSON object");
    options.fields.textField = valueOf<std::string>(j, "text_field", options.fields.textField, "a string");
    options.fields.metadataFields = valueOf<std::vector<std::string>>(j, "metadata_fields", {}, "a list of strings");
    // Without an explicit list every other field is metadata, so derived datasets keep it all.
    options.fields.allOtherFieldsAsMetadata =
        valueOf<bool>(j, "all_other_fields", !j.contains("metadata_fields"), "true or false");
    options.glob = valueOf<std::string>(j, "glob", options.glob, "a string");
    options.recursive = valueOf<bool>(j, "recursive", options.recursive, "true or false");
    const std::string mode = valueOf<std::string>(j, "plain_text_mode", modeName(options.plainText), "a string");
    if (mode == "file")
        options.plainText = PlainTextMode::FilePerDocument;
    else if (mode == "blocks")
        options.plainText = PlainTextMode::BlankLineBlocks;
    else if (mode == "lines")
        options.plainText = PlainTextMode::LinePerDocument;
    else
        throw Error("dataset mapping: \"plain_text_mode\" must be file, blocks or lines, not \"" + mode + "\"");
    return options;
}

} // namespace adaptlab::corpus
