#include "fertility_report.h"

#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>

namespace adaptlab::tokenizer_panel {

namespace {

using nlohmann::json;

struct ParseError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

const json& member(const json& object, const char* key, const std::string& path)
{
    const auto it = object.find(key);
    if (it == object.end())
        throw ParseError(path + "." + key + ": missing");
    return *it;
}

qint64 integer(const json& object, const char* key, const std::string& path)
{
    const json& value = member(object, key, path);
    if (!value.is_number_integer())
        throw ParseError(path + "." + key + ": not an integer");
    return value.get<qint64>();
}

double number(const json& object, const char* key, const std::string& path)
{
    const json& value = member(object, key, path);
    if (!value.is_number())
        throw ParseError(path + "." + key + ": not a number");
    return value.get<double>();
}

double optionalNumber(const json& object, const char* key, const std::string& path)
{
    return object.contains(key) ? number(object, key, path) : 0.0;
}

QString string(const json& object, const char* key, const std::string& path)
{
    const json& value = member(object, key, path);
    if (!value.is_string())
        throw ParseError(path + "." + key + ": not a string");
    return QString::fromStdString(value.get<std::string>());
}

const json& array(const json& object, const char* key, const std::string& path)
{
    const json& value = member(object, key, path);
    if (!value.is_array())
        throw ParseError(path + "." + key + ": not a list");
    return value;
}

} // namespace

QStringList FertilityReport::inputs() const
{
    QStringList names;
    for (const FertilityRow& row : rows)
        if (!names.contains(row.input))
            names << row.input;
    return names;
}

const FertilityRow* FertilityReport::row(const QString& input, int tokenizer) const
{
    for (const FertilityRow& r : rows)
        if (r.input == input && r.tokenizer == tokenizer)
            return &r;
    return nullptr;
}

std::optional<FertilityReport> parseFertilityReport(const QString& text, QString* error)
{
    const json root = json::parse(text.toStdString(), nullptr, /*allow_exceptions=*/false);
    try {
        if (!root.is_object())
            throw ParseError("the result is not a JSON object");
        FertilityReport report;
        const json& tokenizers = array(root, "tokenizers", "result");
        for (size_t i = 0; i < tokenizers.size(); ++i) {
            const std::string path = "tokenizers[" + std::to_string(i) + "]";
            FertilityTokenizer tokenizer;
            tokenizer.path = string(tokenizers[i], "path", path);
            if (tokenizers[i].contains("description"))
                tokenizer.description = string(tokenizers[i], "description", path);
            if (tokenizers[i].contains("vocab_size"))
                tokenizer.vocabSize = integer(tokenizers[i], "vocab_size", path);
            report.tokenizers.push_back(tokenizer);
        }
        const json& results = array(root, "results", "result");
        for (size_t i = 0; i < results.size(); ++i) {
            const std::string path = "results[" + std::to_string(i) + "]";
            const json& r = results[i];
            if (!r.is_object())
                throw ParseError(path + ": not an object");
            FertilityRow row;
            row.input = string(r, "input", path);
            const json& which = member(r, "tokenizer", path);
            row.tokenizer = -1;
            if (which.is_number_integer()) {
                row.tokenizer = which.get<int>();
            } else if (which.is_string()) {
                for (size_t t = 0; t < report.tokenizers.size(); ++t)
                    if (report.tokenizers[t].path.toStdString() == which.get<std::string>())
                        row.tokenizer = static_cast<int>(t);
            }
            if (row.tokenizer < 0 || row.tokenizer >= static_cast<int>(report.tokenizers.size()))
                throw ParseError(path + ".tokenizer: names none of the result's tokenizers");
            row.documents = integer(r, "documents", path);
            row.tokens = integer(r, "tokens", path);
            row.words = integer(r, "words", path);
            row.bytes = integer(r, "bytes", path);
            row.tokensPerWord = number(r, "tokens_per_word", path);
            row.tokensPerByte = optionalNumber(r, "tokens_per_byte", path);
            row.byteFallbackShare = optionalNumber(r, "byte_fallback_share", path);
            row.unknownShare = optionalNumber(r, "unknown_share", path);
            if (r.contains("vocab_gap")) {
                const json& gaps = array(r, "vocab_gap", path);
                for (size_t g = 0; g < gaps.size(); ++g) {
                    const std::string gapPath = path + ".vocab_gap[" + std::to_string(g) + "]";
                    GapWord gap;
                    gap.word = string(gaps[g], "word", gapPath);
                    gap.count = integer(gaps[g], "count", gapPath);
                    gap.tokens = integer(gaps[g], "tokens", gapPath);
                    const json& pieces = array(gaps[g], "pieces", gapPath);
                    for (size_t p = 0; p < pieces.size(); ++p) {
                        if (!pieces[p].is_string())
                            throw ParseError(gapPath + ".pieces[" + std::to_string(p) + "]: not a string");
                        gap.pieces << QString::fromStdString(pieces[p].get<std::string>());
                    }
                    row.gaps.push_back(std::move(gap));
                }
            }
            report.rows.push_back(std::move(row));
        }
        return report;
    } catch (const std::exception& e) {
        *error = QString::fromStdString(e.what());
        return std::nullopt;
    }
}

} // namespace adaptlab::tokenizer_panel
