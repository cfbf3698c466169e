// MeCo: metadata conditioning then cooldown (Gao et al. 2025; princeton-pli/MeCo; METHODS §7).
// A document with metadata is trained as
//     [BOS] + tokenize(label + ": " + value + "\n\n") + tokenize(document) + [EOS]
// with the prefix tokenized as ONE string (not piece by piece), BOS and every prefix token carrying
// no loss (the first document token, predicted from the last prefix token, is trained), and a
// document without metadata trained plainly (no invented prefix). Phase 1 (the first
// 1 - cooldownFraction of the steps) uses the prefixes; the cooldown trains on plain documents,
// continuing the same optimizer state and LR schedule, on the documents that come next in each
// source's stream (so data phase 1 did not see, unless phase 1 already went round a source).
//
// Metadata values come from the token shards' metadata side table (tokenize/token_shard.h), which
// the shard build fills from a chosen JSON field (ShardBuildOptions::metadataField): for "url" the
// URL's host, else the field's value. Torch-free.
//
// INTERFACE FIXED FOR ISSUE 12 (owner: the "meco" part). Change only by adding.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace adaptlab::tokenize {
class Tokenizer;
}

namespace adaptlab::data {

struct MecoOptions {
    bool enabled = false;
    // The metadata field the shards were built with ("url", "source", "topic", ...). Only names the
    // prefix's default label and is checked against the shards' manifest (metadata_field).
    std::string field = "url";
    // The prefix's label; empty = the default: "URL" for field "url", else the field name with its
    // first letter upper-cased ("source" -> "Source").
    std::string label;
    // The paper's hashed-metadata ablation: the value replaced by hashedMetadata(value) (the
    // grouping kept, the words gone).
    bool hashed = false;
    // Share of the run's final steps trained on plain documents (0 = the no-cooldown ablation).
    double cooldownFraction = 0.1;

    std::string effectiveLabel() const;
    nlohmann::json toJson() const; // {"enabled", "field", "label", "hashed", "cooldown_fraction"}
    // Throws SpecError (jobs/job_spec.h) / Error naming the JSON field for a bad value
    // (cooldown_fraction outside [0, 1), an empty field). As built: Error, the field named relative
    // to the MeCo object ("cooldown_fraction: must be in [0, 1) ..."), so a caller holding it under
    // "meco" puts its own path in front; unknown keys are refused; missing keys keep the defaults.
    static MecoOptions fromJson(const nlohmann::json& json);
    bool operator==(const MecoOptions&) const = default;
};

// The URL's host as MeCo conditions on it: scheme ("http://", "https://", any "x://") stripped, up
// to the first '/', '?' or '#'; subdomains kept ("https://en.wikipedia.org/wiki/X" ->
// "en.wikipedia.org"); lower-cased; userinfo ("user@") and a port (":8080") removed (choice).
// Empty when nothing is left, or when what is left holds a character no host name has (a space, a
// control character, one of "<>\^`{|}): such a value is no URL (a sentence, a JSON object kept as
// text) and gets no prefix rather than an invented host. "://" counts as the scheme's end only
// after a valid scheme ("example.com/go?to=http://x.org" -> "example.com"); "//host" works too.
std::string urlHost(std::string_view url);

// A stable stand-in for VALUE: "h" + the first 12 hex digits of XXH3-64(value) (choice: short, so
// the prefix stays a few tokens; the same on every machine).
std::string hashedMetadata(std::string_view value);

// The prefix text for VALUE under OPTIONS: label + ": " + (hashed ? hashedMetadata(value) : value)
// + "\n\n". VALUE is the stored metadata string (already a host for url).
std::string mecoPrefixText(const MecoOptions& options, std::string_view value);

// The prefix's ids: the prefix text encoded as one string, without BOS/EOS.
std::vector<int32_t> mecoPrefixIds(const tokenize::Tokenizer& tokenizer, const MecoOptions& options, std::string_view value);

// One document rendered as MeCo trains it (what `adaptlab-cli data render --meco` prints).
struct MecoRendered {
    std::vector<int32_t> ids;      // [BOS] prefix document EOS (BOS when the tokenizer has one)
    std::vector<uint8_t> lossMask; // same length; 1 = the token is trained on (as a target)
    int64_t prefixTokens = 0;      // 0 for a document without metadata
};
// METADATA: the document's metadata value (for field "url": the raw URL, reduced with urlHost
// here); nullopt or empty = none, rendered plainly. Mask: 0 for BOS and every prefix token, 1 for
// the document's tokens and EOS. This is the phase-1 form: OPTIONS.enabled is not consulted. Throws
// Error when the tokenizer has no EOS.
MecoRendered renderMecoDocument(const tokenize::Tokenizer& tokenizer, const MecoOptions& options,
                                std::optional<std::string_view> metadata, std::string_view text);

// Where the cooldown starts: step ceil((1 - cooldownFraction) * totalSteps) (totalSteps when MeCo
// is off or the fraction is 0). Steps before it use prefixes.
int64_t mecoCooldownStep(const MecoOptions& options, int64_t totalSteps);

} // namespace adaptlab::data
