// HfTokenizer: the tokenizer.json pipeline put together (added tokens -> NFC -> pre-tokenizer ->
// BPE; the template post-processor for encodeWithSpecial; the decoder chain for decode).
#include "tokenize/hf_tokenizer.h"

#include "tokenize/hf_added_tokens.h"
#include "tokenize/hf_bpe.h"
#include "tokenize/hf_normalizer.h"
#include "tokenize/hf_pretokenizer.h"

#include "common/utf8.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>

namespace adaptlab::tokenize {

namespace fs = std::filesystem;

void HfAddedTokenMatcher::add(std::string content, int32_t id)
{
    tokens_.push_back(Token{std::move(content), id});
}

void HfAddedTokenMatcher::finish()
{
    for (auto& bucket : byFirstByte_)
        bucket.clear();
    for (size_t i = 0; i < tokens_.size(); ++i)
        byFirstByte_[static_cast<unsigned char>(tokens_[i].content[0])].push_back(static_cast<int>(i));
    for (auto& bucket : byFirstByte_) {
        std::stable_sort(bucket.begin(), bucket.end(), [&](int a, int b) {
            return tokens_[static_cast<size_t>(a)].content.size() > tokens_[static_cast<size_t>(b)].content.size();
        });
    }
}

std::string lossyUtf8(std::string_view bytes)
{
    static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
    std::string out;
    out.reserve(bytes.size());
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const size_t n = bytes.size();
    size_t i = 0;
    while (i < n) {
        const unsigned lead = p[i];
        if (lead < 0x80) {
            out += static_cast<char>(lead);
            ++i;
            continue;
        }
        // Continuation bytes needed, and the range the first of them must lie in (which rules out
        // overlong forms, surrogates and code points above U+10FFFF).
        int need = 0;
        unsigned low = 0x80;
        unsigned high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            need = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            need = 2;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            need = 3;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            out += kReplacement;
            ++i;
            continue;
        }
        size_t j = i + 1;
        bool complete = true;
        for (int k = 0; k < need; ++k, ++j) {
            const unsigned lo = k == 0 ? low : 0x80;
            const unsigned hi = k == 0 ? high : 0xBF;
            if (j >= n || p[j] < lo || p[j] > hi) {
                complete = false;
                break;
            }
        }
        if (complete)
            out.append(bytes.substr(i, j - i));
        else
            out += kReplacement; // one for the whole maximal subpart i..j-1
        i = j;
    }
    return out;
}

struct HfTokenizer::Impl {
    HfSpec spec;
    std::unique_ptr<HfBpe> bpe;
    std::unique_ptr<HfPreTokenizer> preTokenizer;
    HfAddedTokenMatcher rawTokens;        // normalized: false
    HfAddedTokenMatcher normalizedTokens; // normalized: true, matched after NFC
    std::vector<std::string> pieces;      // id -> piece (added tokens included)
    std::vector<uint8_t> special;
    std::vector<uint8_t> byteFallback;
    std::unordered_map<std::string, int32_t, StringHash, std::equal_to<>> addedIds;
    HfTokenizerConfig config;
    bool hasConfig = false;
    SpecialIds specialIds;

    void encodeStretch(std::string_view text, std::vector<int32_t>& ids) const
    {
        thread_local HfPieces words;
        words.clear();
        preTokenizer->split(text, words);
        bpe->encodeWords(words, ids);
    }

    void encodeNormalized(std::string_view raw, std::vector<int32_t>& ids) const
    {
        std::string normalized;
        std::string_view text = raw;
        if (spec.nfc) {
            normalized = nfc(raw);
            text = normalized;
        }
        if (normalizedTokens.empty()) {
            encodeStretch(text, ids);
            return;
        }
        normalizedTokens.segment(
            text, [&](std::string_view stretch) { encodeStretch(stretch, ids); },
            [&](int32_t id) { ids.push_back(id); });
    }
};

HfTokenizer::HfTokenizer(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}
HfTokenizer::~HfTokenizer() = default;

std::unique_ptr<HfTokenizer> HfTokenizer::load(const fs::path& tokenizerJson)
{
    auto impl = std::make_unique<Impl>();
    impl->spec = readHfTokenizerJson(tokenizerJson);
    const HfSpec& spec = impl->spec;
    impl->bpe = std::make_unique<HfBpe>(spec, tokenizerJson);
    impl->preTokenizer = std::make_unique<HfPreTokenizer>(spec.preTokenizer, tokenizerJson);

    int32_t maxId = -1;
    for (const auto& [piece, id] : spec.vocab)
        maxId = std::max(maxId, id);
    for (const HfAddedToken& token : spec.addedTokens)
        maxId = std::max(maxId, token.id);
    impl->pieces.assign(static_cast<size_t>(maxId + 1), std::string());
    impl->special.assign(impl->pieces.size(), 0);
    impl->byteFallback.assign(impl->pieces.size(), 0);
    for (const auto& [piece, id] : spec.vocab) {
        // Two pieces on one id: the reader gives pieces in byte order, so the smaller one is kept,
        // the same on every load.
        if (impl->pieces[static_cast<size_t>(id)].empty())
            impl->pieces[static_cast<size_t>(id)] = piece;
        if (spec.byteFallback && piece.size() == 6 && piece.starts_with("<0x") && piece.back() == '>' &&
            std::isxdigit(static_cast<unsigned char>(piece[3])) && std::isxdigit(static_cast<unsigned char>(piece[4])))
            impl->byteFallback[static_cast<size_t>(id)] = 1;
    }
    for (const HfAddedToken& token : spec.addedTokens) {
        impl->pieces[static_cast<size_t>(token.id)] = token.content;
        impl->special[static_cast<size_t>(token.id)] = token.special ? 1 : 0;
        impl->addedIds.emplace(token.content, token.id);
        (token.normalized ? impl->normalizedTokens : impl->rawTokens).add(token.content, token.id);
    }
    for (const HfTemplatePiece& piece : spec.singleTemplate) {
        for (size_t k = 0; k < piece.ids.size(); ++k) {
            if (piece.ids[k] > maxId)
                throw TokenizerError(tokenizerJson.string() + ": " + piece.idsPath + "/" + std::to_string(k) + " is id " +
                                     std::to_string(piece.ids[k]) + ", which no piece has");
        }
    }
    impl->rawTokens.finish();
    impl->normalizedTokens.finish();

    std::vector<fs::path> files{tokenizerJson};
    const fs::path configPath = tokenizerJson.parent_path() / "tokenizer_config.json";
    std::error_code ec;
    if (fs::is_regular_file(configPath, ec)) {
        impl->config = readHfTokenizerConfig(configPath);
        impl->hasConfig = true;
        files.push_back(configPath);
    }

    auto tokenizer = std::unique_ptr<HfTokenizer>(new HfTokenizer(std::move(impl)));
    Impl& s = *tokenizer->d;
    const auto idOf = [&](const std::optional<std::string>& token) {
        return token ? tokenizer->pieceToId(*token) : -1;
    };
    s.specialIds.bos = idOf(s.config.bosToken);
    s.specialIds.eos = idOf(s.config.eosToken);
    s.specialIds.pad = idOf(s.config.padToken);
    s.specialIds.unk = s.bpe->unkId() >= 0 ? s.bpe->unkId() : idOf(s.config.unkToken);
    tokenizer->path_ = tokenizerJson;
    tokenizer->fingerprint_ = contentFingerprint(files);
    return tokenizer;
}

std::string HfTokenizer::description() const
{
    return d->preTokenizer->byteLevel() ? "byte-level BPE (tokenizer.json)" : "BPE (tokenizer.json)";
}

std::vector<int32_t> HfTokenizer::encode(std::string_view text) const
{
    std::vector<int32_t> ids;
    ids.reserve(text.size() / 3 + 4);
    std::string repaired;
    if (!utf8::isValid(text)) {
        repaired = lossyUtf8(text);
        text = repaired;
    }
    if (d->rawTokens.empty()) {
        d->encodeNormalized(text, ids);
        return ids;
    }
    d->rawTokens.segment(
        text, [&](std::string_view stretch) { d->encodeNormalized(stretch, ids); },
        [&](int32_t id) { ids.push_back(id); });
    return ids;
}

std::vector<int32_t> HfTokenizer::encodeWithSpecial(std::string_view text) const
{
    if (d->spec.hasTemplate) {
        std::vector<int32_t> ids;
        for (const HfTemplatePiece& piece : d->spec.singleTemplate) {
            if (piece.isSequence) {
                const std::vector<int32_t> body = encode(text);
                ids.insert(ids.end(), body.begin(), body.end());
            } else {
                ids.insert(ids.end(), piece.ids.begin(), piece.ids.end());
            }
        }
        return ids;
    }
    std::vector<int32_t> ids;
    if (d->config.addBosToken.value_or(false) && d->specialIds.bos >= 0)
        ids.push_back(d->specialIds.bos);
    const std::vector<int32_t> body = encode(text);
    ids.insert(ids.end(), body.begin(), body.end());
    if (d->config.addEosToken.value_or(false) && d->specialIds.eos >= 0)
        ids.push_back(d->specialIds.eos);
    return ids;
}

std::string HfTokenizer::decode(std::span<const int32_t> ids) const
{
    std::vector<std::string> tokens;
    tokens.reserve(ids.size());
    for (const int32_t id : ids)
        tokens.push_back(idToPiece(id));
    if (!d->spec.hasDecoder) {
        std::string joined;
        for (size_t i = 0; i < tokens.size(); ++i) {
            if (i > 0)
                joined += ' ';
            joined += tokens[i];
        }
        return joined;
    }
    for (const HfDecoderStep step : d->spec.decoder) {
        std::vector<std::string> next;
        switch (step) {
        case HfDecoderStep::ByteLevel: {
            // Each piece back to its bytes; a piece holding a character outside the alphabet (an
            // added token written with a raw space, say) keeps its own bytes. Then one lossy
            // UTF-8 reading of the whole, as the library does.
            const ByteLevelAlphabet& alphabet = byteLevelAlphabet();
            std::string bytes;
            for (const std::string& token : tokens) {
                std::string mapped;
                bool all = true;
                const auto* p = reinterpret_cast<const unsigned char*>(token.data());
                const auto* end = p + token.size();
                while (p < end) {
                    const utf8::CodePoint c = utf8::decode(p, end);
                    if (!c.valid() || c.value >= alphabet.byteOf.size() || alphabet.byteOf[c.value] < 0) {
                        all = false;
                        break;
                    }
                    mapped += static_cast<char>(alphabet.byteOf[c.value]);
                    p += c.length;
                }
                bytes += all ? mapped : token;
            }
            next.push_back(lossyUtf8(bytes));
            break;
        }
        case HfDecoderStep::ByteFallback: {
            std::string pending;
            size_t pendingCount = 0;
            const auto flush = [&] {
                if (pendingCount == 0)
                    return;
                if (utf8::isValid(pending)) {
                    next.push_back(pending);
                } else {
                    for (size_t k = 0; k < pendingCount; ++k)
                        next.emplace_back("\xEF\xBF\xBD");
                }
                pending.clear();
                pendingCount = 0;
            };
            for (std::string& token : tokens) {
                if (token.size() == 6 && token.starts_with("<0x") && token.back() == '>' &&
                    std::isxdigit(static_cast<unsigned char>(token[3])) &&
                    std::isxdigit(static_cast<unsigned char>(token[4]))) {
                    pending += static_cast<char>(std::stoi(token.substr(3, 2), nullptr, 16));
                    ++pendingCount;
                } else {
                    flush();
                    next.push_back(std::move(token));
                }
            }
            flush();
            break;
        }
        case HfDecoderStep::Fuse: {
            std::string fused;
            for (const std::string& token : tokens)
                fused += token;
            next.push_back(std::move(fused));
            break;
        }
        }
        tokens = std::move(next);
    }
    std::string text;
    for (const std::string& token : tokens)
        text += token;
    return text;
}

int32_t HfTokenizer::vocabSize() const
{
    return static_cast<int32_t>(d->pieces.size());
}

std::string HfTokenizer::idToPiece(int32_t id) const
{
    if (id < 0 || id >= vocabSize())
        throw TokenizerError("token id " + std::to_string(id) + " is outside the vocabulary of " + path_.string() +
                             " (0.." + std::to_string(vocabSize() - 1) + ")");
    return d->pieces[static_cast<size_t>(id)];
}

int32_t HfTokenizer::pieceToId(std::string_view piece) const
{
    // Added tokens first, as the library's token_to_id looks them up.
    if (const auto found = d->addedIds.find(piece); found != d->addedIds.end())
        return found->second;
    return d->bpe->pieceToId(piece);
}

float HfTokenizer::pieceScore(int32_t id) const
{
    const int32_t rank = d->bpe->mergeRank(id);
    return rank < 0 ? 0.0F : -static_cast<float>(rank + 1);
}

SpecialIds HfTokenizer::specialIds() const
{
    return d->specialIds;
}

bool HfTokenizer::isByteFallback(int32_t id) const
{
    return id >= 0 && id < vocabSize() && d->byteFallback[static_cast<size_t>(id)] != 0;
}

bool HfTokenizer::isUnknown(int32_t id) const
{
    return id >= 0 && id == d->specialIds.unk;
}

bool HfTokenizer::isSpecial(int32_t id) const
{
    return id >= 0 && id < vocabSize() && d->special[static_cast<size_t>(id)] != 0;
}

const std::string& HfTokenizer::chatTemplate() const
{
    return d->config.chatTemplate;
}

const HfTokenizerConfig& HfTokenizer::config() const
{
    return d->config;
}

bool HfTokenizer::hasConfig() const
{
    return d->hasConfig;
}

const HfSpec& HfTokenizer::spec() const
{
    return d->spec;
}

} // namespace adaptlab::tokenize
