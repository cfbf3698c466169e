// MeCo's metadata prefixes (meco.h): the host a URL conditions on, the prefix text and ids, a
// document rendered as phase 1 trains it, and where the cooldown starts.
#include "data/meco.h"

#include "common/error.h"
#include "tokenize/tokenizer.h"

#include <xxhash.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <set>

namespace adaptlab::data {

using nlohmann::json;

namespace {

bool isSchemeChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.';
}

// Characters no host name holds (RFC 3986 leaves them out of reg-name; non-ASCII bytes stay, for
// internationalised names): a value holding one is not a URL (a JSON object kept as text, a
// sentence), so it gets no prefix rather than an invented host.
bool isForbiddenHostChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x21 || u == 0x7f)
        return true; // spaces and control characters
    static constexpr std::string_view kForbidden = "\"<>\\^`{|}";
    return kForbidden.find(c) != std::string_view::npos;
}

std::string_view trimmed(std::string_view text)
{
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
    while (!text.empty() && space(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && space(text.back()))
        text.remove_suffix(1);
    return text;
}

std::string typeName(const json& value)
{
    return value.is_null() ? "null" : value.type_name();
}

} // namespace

std::string urlHost(std::string_view url)
{
    url = trimmed(url);
    // A scheme is letters, digits, + - . before "://", starting with a letter: "://" later in the
    // URL (a redirect target in the query) is not one.
    if (const size_t scheme = url.find("://"); scheme != std::string_view::npos && scheme > 0 &&
                                               std::isalpha(static_cast<unsigned char>(url[0]))) {
        bool valid = true;
        for (size_t i = 0; i < scheme && valid; ++i)
            valid = isSchemeChar(url[i]);
        if (valid)
            url.remove_prefix(scheme + 3);
    } else if (url.starts_with("//")) { // scheme-relative
        url.remove_prefix(2);
    }
    std::string_view host = url.substr(0, url.find_first_of("/?#"));
    if (const size_t at = host.rfind('@'); at != std::string_view::npos)
        host.remove_prefix(at + 1);
    if (host.starts_with('[')) { // an IPv6 literal keeps its colons: the port comes after ']'
        if (const size_t close = host.find(']'); close != std::string_view::npos)
            host = host.substr(0, close + 1);
    } else if (const size_t colon = host.find(':'); colon != std::string_view::npos) {
        host = host.substr(0, colon);
    }
    std::string result;
    result.reserve(host.size());
    for (const char c : host) {
        if (isForbiddenHostChar(c))
            return {};
        result += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return result;
}

std::string hashedMetadata(std::string_view value)
{
    char digits[17];
    std::snprintf(digits, sizeof digits, "%016llx", static_cast<unsigned long long>(XXH3_64bits(value.data(), value.size())));
    return "h" + std::string(digits, 12);
}

std::string MecoOptions::effectiveLabel() const
{
    if (!label.empty())
        return label;
    if (field == "url")
        return "URL";
    std::string out = field;
    if (!out.empty())
        out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    return out;
}

json MecoOptions::toJson() const
{
    return {{"enabled", enabled}, {"field", field}, {"label", label}, {"hashed", hashed}, {"cooldown_fraction", cooldownFraction}};
}

MecoOptions MecoOptions::fromJson(const json& value)
{
    // Field names in the messages are relative to the MeCo object: a caller that holds it under a
    // key ("meco") puts its own path in front.
    if (!value.is_object())
        throw Error("must be an object with enabled, field, label, hashed, cooldown_fraction, not " + typeName(value));
    static const std::set<std::string> kKnown{"enabled", "field", "label", "hashed", "cooldown_fraction"};
    for (const auto& [key, item] : value.items())
        if (!kKnown.contains(key))
            throw Error(key + ": unknown key (known: enabled, field, label, hashed, cooldown_fraction)");
    MecoOptions options;
    const auto boolean = [&](const char* key, bool& out) {
        if (!value.contains(key))
            return;
        if (!value[key].is_boolean())
            throw Error(std::string(key) + ": must be true or false, not " + typeName(value[key]));
        out = value[key].get<bool>();
    };
    const auto text = [&](const char* key, std::string& out) {
        if (!value.contains(key))
            return;
        if (!value[key].is_string())
            throw Error(std::string(key) + ": must be a string, not " + typeName(value[key]));
        out = value[key].get<std::string>();
    };
    boolean("enabled", options.enabled);
    boolean("hashed", options.hashed);
    text("field", options.field);
    text("label", options.label);
    if (options.field.empty())
        throw Error("field: must name the metadata field (\"url\", \"source\", ...), not be empty");
    if (value.contains("cooldown_fraction")) {
        const json& fraction = value["cooldown_fraction"];
        if (!fraction.is_number())
            throw Error("cooldown_fraction: must be a number in [0, 1), not " + typeName(fraction));
        options.cooldownFraction = fraction.get<double>();
        if (!(options.cooldownFraction >= 0.0 && options.cooldownFraction < 1.0))
            throw Error("cooldown_fraction: must be in [0, 1) (0 = no cooldown), not " + fraction.dump());
    }
    return options;
}

std::string mecoPrefixText(const MecoOptions& options, std::string_view value)
{
    return options.effectiveLabel() + ": " + (options.hashed ? hashedMetadata(value) : std::string(value)) + "\n\n";
}

std::vector<int32_t> mecoPrefixIds(const tokenize::Tokenizer& tokenizer, const MecoOptions& options, std::string_view value)
{
    return tokenizer.encode(mecoPrefixText(options, value));
}

MecoRendered renderMecoDocument(const tokenize::Tokenizer& tokenizer, const MecoOptions& options,
                                std::optional<std::string_view> metadata, std::string_view text)
{
    const tokenize::SpecialIds special = tokenizer.specialIds();
    if (special.eos < 0)
        throw Error("the tokenizer " + tokenizer.path().string() + " has no EOS token: MeCo ends every document with one");
    std::string value;
    if (metadata && !metadata->empty())
        value = options.field == "url" ? urlHost(*metadata) : std::string(*metadata);
    MecoRendered out;
    if (special.bos >= 0)
        out.ids.push_back(special.bos);
    if (!value.empty()) {
        const std::vector<int32_t> prefix = mecoPrefixIds(tokenizer, options, value);
        out.ids.insert(out.ids.end(), prefix.begin(), prefix.end());
        out.prefixTokens = static_cast<int64_t>(prefix.size());
    }
    // BOS and the prefix are context only: the first document token, predicted from the last
    // prefix token, is the first one trained (the official code masks labels [0, 1 + prefix)).
    out.lossMask.assign(out.ids.size(), 0);
    const std::vector<int32_t> document = tokenizer.encode(text);
    out.ids.insert(out.ids.end(), document.begin(), document.end());
    out.ids.push_back(special.eos);
    out.lossMask.resize(out.ids.size(), 1);
    return out;
}

int64_t mecoCooldownStep(const MecoOptions& options, int64_t totalSteps)
{
    if (!options.enabled || options.cooldownFraction <= 0.0 || totalSteps <= 0)
        return std::max<int64_t>(totalSteps, 0);
    // ceil((1 - f) * T), where a product that is an integer up to rounding (0.9 * 10 =
    // 9.000000000000002 in some orders of evaluation) counts as that integer.
    const double phase1 = (1.0 - options.cooldownFraction) * static_cast<double>(totalSteps);
    const double nearest = std::round(phase1);
    const double step = std::abs(phase1 - nearest) <= 1e-9 * std::max(1.0, phase1) ? nearest : std::ceil(phase1);
    return std::clamp(static_cast<int64_t>(step), int64_t(0), totalSteps);
}

} // namespace adaptlab::data
