// tokenizer.json and tokenizer_config.json readers. Each part is checked where it is read, with the
// JSON path (RFC 6901) of the offending value in the message.
#include "tokenize/hf_json.h"

#include "tokenize/tokenizer.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <iterator>
#include <set>
#include <sstream>

namespace adaptlab::tokenize {

namespace fs = std::filesystem;
using nlohmann::json;

const char* const kGpt2Pattern = R"('s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+)";

namespace {

std::string pointerToken(std::string_view key)
{
    std::string out;
    for (const char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

// A JSON value and where it sits, so every complaint can name its path.
class Reader {
public:
    explicit Reader(const fs::path& file) : file_(file) {}

    [[noreturn]] void fail(const std::string& path, const std::string& what) const
    {
        throw TokenizerError(file_.string() + ": " + (path.empty() ? std::string("/") : path) + " " + what);
    }

    json parse() const
    {
        std::ifstream in(file_, std::ios::binary);
        if (!in)
            throw TokenizerError("cannot read " + file_.string());
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (in.bad())
            throw TokenizerError("cannot read " + file_.string());
        try {
            return json::parse(text);
        } catch (const json::parse_error& error) {
            // nlohmann counts the byte after the error (1-based); name line and column for people.
            const size_t offset = error.byte > 0 ? std::min(error.byte - 1, text.size()) : 0;
            size_t line = 1;
            size_t column = 1;
            for (size_t i = 0; i < offset; ++i) {
                if (text[i] == '\n') {
                    ++line;
                    column = 1;
                } else {
                    ++column;
                }
            }
            std::string detail = error.what();
            if (const size_t colon = detail.find(": "); colon != std::string::npos)
                detail = detail.substr(colon + 2);
            throw TokenizerError(file_.string() + ": not valid JSON at line " + std::to_string(line) + ", column " +
                                 std::to_string(column) + " (byte " + std::to_string(offset) + "): " + detail);
        } catch (const json::exception& error) {
            // A number beyond double's range ("1e400") is refused after parsing, without a position.
            throw TokenizerError(file_.string() + ": not valid JSON: " + error.what());
        }
    }

    const json& object(const json& value, const std::string& path) const
    {
        if (!value.is_object())
            fail(path, "must be an object");
        return value;
    }

    // Null when absent or null.
    const json* member(const json& object, const char* key) const
    {
        const auto found = object.find(key);
        if (found == object.end() || found->is_null())
            return nullptr;
        return &*found;
    }

    std::string string(const json& value, const std::string& path) const
    {
        if (!value.is_string())
            fail(path, "must be a string");
        return value.get<std::string>();
    }

    bool boolean(const json& object, const char* key, const std::string& path, bool fallback) const
    {
        const json* value = member(object, key);
        if (value == nullptr)
            return fallback;
        if (!value->is_boolean())
            fail(path + "/" + key, "must be true or false");
        return value->get<bool>();
    }

    int32_t id(const json& value, const std::string& path) const
    {
        if (!value.is_number_integer() || value.get<int64_t>() < 0 || value.get<int64_t>() > INT32_MAX)
            fail(path, "must be a token id (an integer from 0)");
        return static_cast<int32_t>(value.get<int64_t>());
    }

    std::string type(const json& object, const std::string& path) const
    {
        const json* value = member(object, "type");
        if (value == nullptr)
            fail(path + "/type", "is missing");
        return string(*value, path + "/type");
    }

    [[noreturn]] void unsupported(const std::string& path, const std::string& value) const
    {
        fail(path, "\"" + value + "\" is not supported");
    }

private:
    const fs::path& file_;
};

std::string escapeRegex(std::string_view literal)
{
    // \Q...\E would break on a literal holding \E; escaping each metacharacter cannot.
    std::string out;
    for (const char c : literal) {
        if (std::string_view("\\^$.|?*+()[]{}-/#").find(c) != std::string_view::npos)
            out += '\\';
        out += c;
    }
    return out;
}

void readModel(const Reader& r, const json& root, HfSpec& spec)
{
    const json* model = r.member(root, "model");
    if (model == nullptr)
        r.fail("/model", "is missing");
    r.object(*model, "/model");
    // Older files omit "type" for BPE; the library then infers BPE from vocab + merges.
    const json* typeValue = r.member(*model, "type");
    const std::string type = typeValue != nullptr ? r.string(*typeValue, "/model/type") : std::string("BPE");
    if (type != "BPE")
        r.unsupported("/model/type", type);

    if (const json* dropout = r.member(*model, "dropout")) {
        if (!dropout->is_number() || dropout->get<double>() != 0.0)
            r.fail("/model/dropout", "must be null: BPE dropout gives random ids and is not supported");
    }
    for (const char* key : {"continuing_subword_prefix", "end_of_word_suffix"}) {
        if (const json* value = r.member(*model, key)) {
            if (!r.string(*value, std::string("/model/") + key).empty())
                r.fail(std::string("/model/") + key, "must be null or empty: word-piece style affixes are not supported");
        }
    }
    spec.ignoreMerges = r.boolean(*model, "ignore_merges", "/model", false);
    spec.byteFallback = r.boolean(*model, "byte_fallback", "/model", false);
    spec.fuseUnk = r.boolean(*model, "fuse_unk", "/model", false);
    if (const json* unk = r.member(*model, "unk_token"))
        spec.unkToken = r.string(*unk, "/model/unk_token");

    const json* vocab = r.member(*model, "vocab");
    if (vocab == nullptr)
        r.fail("/model/vocab", "is missing");
    r.object(*vocab, "/model/vocab");
    spec.vocab.reserve(vocab->size());
    for (const auto& [piece, id] : vocab->items()) {
        // The path is built only for an error: a vocabulary has 100k+ entries.
        if (!id.is_number_unsigned() || id.get<uint64_t>() > INT32_MAX)
            r.id(id, "/model/vocab/" + pointerToken(piece));
        spec.vocab.emplace_back(piece, static_cast<int32_t>(id.get<uint64_t>()));
    }

    const json* merges = r.member(*model, "merges");
    if (merges == nullptr)
        r.fail("/model/merges", "is missing");
    if (!merges->is_array())
        r.fail("/model/merges", "must be an array");
    spec.merges.reserve(merges->size());
    for (size_t i = 0; i < merges->size(); ++i) {
        const json& merge = (*merges)[i];
        const auto path = [i] { return "/model/merges/" + std::to_string(i); };
        if (merge.is_string()) {
            // "a b": the pieces themselves never hold a space (byte-level spells it Ġ).
            const std::string text = merge.get<std::string>();
            const size_t space = text.find(' ');
            if (space == std::string::npos || space == 0 || space + 1 == text.size() ||
                text.find(' ', space + 1) != std::string::npos)
                r.fail(path(), "must be two pieces separated by one space");
            spec.merges.emplace_back(text.substr(0, space), text.substr(space + 1));
        } else if (merge.is_array() && merge.size() == 2 && merge[0].is_string() && merge[1].is_string()) {
            spec.merges.emplace_back(merge[0].get<std::string>(), merge[1].get<std::string>());
        } else {
            r.fail(path(), "must be \"a b\" or [\"a\", \"b\"]");
        }
    }
}

void readNormalizer(const Reader& r, const json& value, const std::string& path, HfSpec& spec)
{
    r.object(value, path);
    const std::string type = r.type(value, path);
    if (type == "NFC") {
        spec.nfc = true;
    } else if (type == "Sequence") {
        const json* list = r.member(value, "normalizers");
        if (list == nullptr || !list->is_array())
            r.fail(path + "/normalizers", "must be an array");
        for (size_t i = 0; i < list->size(); ++i)
            readNormalizer(r, (*list)[i], path + "/normalizers/" + std::to_string(i), spec);
    } else {
        r.unsupported(path + "/type", type);
    }
}

void readPreTokenizer(const Reader& r, const json& value, const std::string& path, HfSpec& spec)
{
    r.object(value, path);
    const std::string type = r.type(value, path);
    if (type == "Sequence") {
        const json* list = r.member(value, "pretokenizers");
        if (list == nullptr || !list->is_array())
            r.fail(path + "/pretokenizers", "must be an array");
        for (size_t i = 0; i < list->size(); ++i)
            readPreTokenizer(r, (*list)[i], path + "/pretokenizers/" + std::to_string(i), spec);
    } else if (type == "ByteLevel") {
        HfPreTokenizerStep step;
        step.kind = HfPreTokenizerStep::Kind::ByteLevel;
        step.addPrefixSpace = r.boolean(value, "add_prefix_space", path, true);
        step.useRegex = r.boolean(value, "use_regex", path, true);
        r.boolean(value, "trim_offsets", path, true); // offsets only: checked, no effect on ids
        if (step.useRegex) {
            step.pattern = kGpt2Pattern;
            step.patternPath = path + "/use_regex";
        }
        spec.preTokenizer.push_back(std::move(step));
    } else if (type == "Digits") {
        // The library splits on char::is_numeric (categories Nd, Nl, No), each numeric character
        // alone or runs of them (SmolLM and other StarCoder-style tokenizers use it).
        HfPreTokenizerStep step;
        const bool individual = r.boolean(value, "individual_digits", path, false);
        step.pattern = individual ? R"(\p{N})" : R"(\p{N}+)";
        step.patternPath = path + "/individual_digits";
        spec.preTokenizer.push_back(std::move(step));
    } else if (type == "Split") {
        HfPreTokenizerStep step;
        const json* pattern = r.member(value, "pattern");
        if (pattern == nullptr || !pattern->is_object())
            r.fail(path + "/pattern", "must be {\"Regex\": ...} or {\"String\": ...}");
        if (const json* regex = r.member(*pattern, "Regex")) {
            step.patternPath = path + "/pattern/Regex";
            step.pattern = r.string(*regex, step.patternPath);
        } else if (const json* literal = r.member(*pattern, "String")) {
            step.patternPath = path + "/pattern/String";
            step.pattern = escapeRegex(r.string(*literal, step.patternPath));
        } else
            r.fail(path + "/pattern", "must be {\"Regex\": ...} or {\"String\": ...}");
        if (step.pattern.empty())
            r.fail(path + "/pattern", "must not be empty");
        const json* behavior = r.member(value, "behavior");
        if (behavior == nullptr)
            r.fail(path + "/behavior", "is missing");
        const std::string name = r.string(*behavior, path + "/behavior");
        if (name == "Removed")
            step.removeMatches = true;
        else if (name != "Isolated")
            r.unsupported(path + "/behavior", name);
        if (r.boolean(value, "invert", path, false))
            r.fail(path + "/invert", "must be false: inverted splits are not supported");
        spec.preTokenizer.push_back(std::move(step));
    } else {
        r.unsupported(path + "/type", type);
    }
}

void readAddedTokens(const Reader& r, const json& root, HfSpec& spec)
{
    const json* list = r.member(root, "added_tokens");
    if (list == nullptr)
        return;
    if (!list->is_array())
        r.fail("/added_tokens", "must be an array");
    for (size_t i = 0; i < list->size(); ++i) {
        const std::string path = "/added_tokens/" + std::to_string(i);
        const json& entry = r.object((*list)[i], path);
        HfAddedToken token;
        const json* id = r.member(entry, "id");
        if (id == nullptr)
            r.fail(path + "/id", "is missing");
        token.id = r.id(*id, path + "/id");
        const json* content = r.member(entry, "content");
        if (content == nullptr)
            r.fail(path + "/content", "is missing");
        token.content = r.string(*content, path + "/content");
        if (token.content.empty())
            r.fail(path + "/content", "must not be empty");
        token.special = r.boolean(entry, "special", path, false);
        token.normalized = r.boolean(entry, "normalized", path, !token.special);
        // Whitespace-eating and whole-word matching change where a token matches; none of the
        // supported model families sets them.
        for (const char* flag : {"lstrip", "rstrip", "single_word"}) {
            if (r.boolean(entry, flag, path, false))
                r.fail(path + "/" + flag, "must be false: this matching rule is not supported");
        }
        spec.addedTokens.push_back(std::move(token));
    }
}

void readDecoder(const Reader& r, const json& value, const std::string& path, HfSpec& spec)
{
    r.object(value, path);
    const std::string type = r.type(value, path);
    if (type == "Sequence") {
        const json* list = r.member(value, "decoders");
        if (list == nullptr || !list->is_array())
            r.fail(path + "/decoders", "must be an array");
        for (size_t i = 0; i < list->size(); ++i)
            readDecoder(r, (*list)[i], path + "/decoders/" + std::to_string(i), spec);
    } else if (type == "ByteLevel") {
        spec.decoder.push_back(HfDecoderStep::ByteLevel);
    } else if (type == "ByteFallback") {
        spec.decoder.push_back(HfDecoderStep::ByteFallback);
    } else if (type == "Fuse") {
        spec.decoder.push_back(HfDecoderStep::Fuse);
    } else {
        r.unsupported(path + "/type", type);
    }
}

void readTemplate(const Reader& r, const json& value, const std::string& path, HfSpec& spec)
{
    const json* single = r.member(value, "single");
    if (single == nullptr || !single->is_array())
        r.fail(path + "/single", "must be an array");
    const json* specials = r.member(value, "special_tokens");
    if (specials != nullptr)
        r.object(*specials, path + "/special_tokens");
    spec.hasTemplate = true;
    spec.singleTemplate.clear();
    for (size_t i = 0; i < single->size(); ++i) {
        const std::string itemPath = path + "/single/" + std::to_string(i);
        const json& item = r.object((*single)[i], itemPath);
        HfTemplatePiece piece;
        if (const json* sequence = r.member(item, "Sequence")) {
            r.object(*sequence, itemPath + "/Sequence");
            const json* id = r.member(*sequence, "id");
            if (id == nullptr || r.string(*id, itemPath + "/Sequence/id") != "A")
                r.fail(itemPath + "/Sequence/id", "must be \"A\" in a single-sequence template");
            piece.isSequence = true;
        } else if (const json* special = r.member(item, "SpecialToken")) {
            r.object(*special, itemPath + "/SpecialToken");
            const json* id = r.member(*special, "id");
            if (id == nullptr)
                r.fail(itemPath + "/SpecialToken/id", "is missing");
            const std::string name = r.string(*id, itemPath + "/SpecialToken/id");
            const json* entry = specials != nullptr ? r.member(*specials, name.c_str()) : nullptr;
            const std::string entryPath = path + "/special_tokens/" + pointerToken(name);
            if (entry == nullptr)
                r.fail(entryPath, "is missing (named by " + itemPath + ")");
            r.object(*entry, entryPath);
            const json* ids = r.member(*entry, "ids");
            if (ids == nullptr || !ids->is_array())
                r.fail(entryPath + "/ids", "must be an array");
            for (size_t k = 0; k < ids->size(); ++k)
                piece.ids.push_back(r.id((*ids)[k], entryPath + "/ids/" + std::to_string(k)));
            piece.idsPath = entryPath + "/ids";
        } else {
            r.fail(itemPath, "must be {\"Sequence\": ...} or {\"SpecialToken\": ...}");
        }
        spec.singleTemplate.push_back(std::move(piece));
    }
}

void readPostProcessor(const Reader& r, const json& value, const std::string& path, HfSpec& spec)
{
    r.object(value, path);
    const std::string type = r.type(value, path);
    if (type == "Sequence") {
        const json* list = r.member(value, "processors");
        if (list == nullptr || !list->is_array())
            r.fail(path + "/processors", "must be an array");
        for (size_t i = 0; i < list->size(); ++i)
            readPostProcessor(r, (*list)[i], path + "/processors/" + std::to_string(i), spec);
    } else if (type == "ByteLevel") {
        // Trims offsets only; the ids stay as they are.
    } else if (type == "TemplateProcessing") {
        if (spec.hasTemplate)
            r.fail(path, "is a second TemplateProcessing: not supported");
        readTemplate(r, value, path, spec);
    } else {
        r.unsupported(path + "/type", type);
    }
}

} // namespace

namespace {

HfSpec readSpec(const fs::path& file)
{
    const Reader r(file);
    const json root = r.parse();
    r.object(root, "");
    HfSpec spec;
    readModel(r, root, spec);
    if (const json* normalizer = r.member(root, "normalizer"))
        readNormalizer(r, *normalizer, "/normalizer", spec);
    if (const json* preTokenizer = r.member(root, "pre_tokenizer"))
        readPreTokenizer(r, *preTokenizer, "/pre_tokenizer", spec);
    readAddedTokens(r, root, spec);
    if (const json* decoder = r.member(root, "decoder")) {
        spec.hasDecoder = true;
        readDecoder(r, *decoder, "/decoder", spec);
    }
    if (const json* postProcessor = r.member(root, "post_processor"))
        readPostProcessor(r, *postProcessor, "/post_processor", spec);
    // Ids index tables sized by the largest id: a corrupt id of two billion must be an error, not
    // an allocation of gigabytes. Real files number their pieces densely from 0.
    const size_t pieces = spec.vocab.size() + spec.addedTokens.size();
    const int64_t limit = 2 * static_cast<int64_t>(pieces) + 1024;
    for (const auto& [piece, id] : spec.vocab) {
        if (id > limit)
            r.fail("/model/vocab/" + pointerToken(piece), "is id " + std::to_string(id) + ", far beyond the " +
                                                               std::to_string(pieces) + " pieces the file has");
    }
    for (size_t i = 0; i < spec.addedTokens.size(); ++i) {
        if (spec.addedTokens[i].id > limit)
            r.fail("/added_tokens/" + std::to_string(i) + "/id",
                   "is id " + std::to_string(spec.addedTokens[i].id) + ", far beyond the " + std::to_string(pieces) +
                       " pieces the file has");
    }
    if (r.member(root, "truncation") != nullptr)
        r.fail("/truncation", "must be null: truncation is decided by the caller, not the tokenizer file");
    if (r.member(root, "padding") != nullptr)
        r.fail("/padding", "must be null: padding is decided by the caller, not the tokenizer file");
    return spec;
}

HfTokenizerConfig readConfig(const fs::path& file)
{
    const Reader r(file);
    const json root = r.parse();
    r.object(root, "");
    HfTokenizerConfig config;
    // A token is written either as its text or as an AddedToken object {"content": ...}.
    const auto token = [&](const char* key) -> std::optional<std::string> {
        const json* value = r.member(root, key);
        if (value == nullptr)
            return std::nullopt;
        if (value->is_object()) {
            const json* content = r.member(*value, "content");
            if (content == nullptr)
                r.fail(std::string("/") + key + "/content", "is missing");
            return r.string(*content, std::string("/") + key + "/content");
        }
        return r.string(*value, std::string("/") + key);
    };
    config.bosToken = token("bos_token");
    config.eosToken = token("eos_token");
    config.padToken = token("pad_token");
    config.unkToken = token("unk_token");
    if (r.member(root, "add_bos_token") != nullptr)
        config.addBosToken = r.boolean(root, "add_bos_token", "", false);
    if (r.member(root, "add_eos_token") != nullptr)
        config.addEosToken = r.boolean(root, "add_eos_token", "", false);
    if (const json* chat = r.member(root, "chat_template")) {
        if (chat->is_string()) {
            config.chatTemplate = chat->get<std::string>();
        } else if (chat->is_array()) {
            // Several named templates: the "default" one is what apply_chat_template uses.
            for (size_t i = 0; i < chat->size(); ++i) {
                const std::string path = "/chat_template/" + std::to_string(i);
                const json& entry = r.object((*chat)[i], path);
                const json* name = r.member(entry, "name");
                const json* text = r.member(entry, "template");
                if (name == nullptr || text == nullptr)
                    r.fail(path, "must have \"name\" and \"template\"");
                if (r.string(*name, path + "/name") == "default" || config.chatTemplate.empty())
                    config.chatTemplate = r.string(*text, path + "/template");
            }
        } else {
            r.fail("/chat_template", "must be a string or a list of named templates");
        }
    }
    return config;
}

} // namespace

// Every value is checked before it is read, so a json::exception here is a gap in those checks;
// it still becomes an error naming the file rather than escaping as a library exception.
HfSpec readHfTokenizerJson(const fs::path& file)
{
    try {
        return readSpec(file);
    } catch (const json::exception& error) {
        throw TokenizerError(file.string() + ": " + error.what());
    }
}

HfTokenizerConfig readHfTokenizerConfig(const fs::path& file)
{
    try {
        return readConfig(file);
    } catch (const json::exception& error) {
        throw TokenizerError(file.string() + ": " + error.what());
    }
}

} // namespace adaptlab::tokenize
