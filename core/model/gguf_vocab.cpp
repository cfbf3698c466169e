// GGUF metadata and tokenizer keys (gguf_vocab.h). The key names and token types are the ones
// llama.cpp's loader reads (gguf-py's constants); the padding of a vocabulary shorter than the
// embedding, the token types of added tokens and the pre-tokenizer names follow what its
// convert_hf_to_gguf.py writes for a Hugging Face folder, so a file from here loads like one from there.
#include "model/gguf_vocab.h"

#include "common/error.h"
#include "tokenize/hf_json.h"
#include "tokenize/hf_tokenizer.h"
#include "tokenize/tokenizer.h"

#include <bit>
#include <cstring>
#include <fstream>
#include <iterator>

namespace adaptlab::model {

namespace fs = std::filesystem;

static_assert(std::endian::native == std::endian::little, "GGUF files are written little-endian as in memory");

template <typename T>
void GgufMetadata::raw(T value)
{
    char bytes[sizeof(T)];
    std::memcpy(bytes, &value, sizeof(T));
    bytes_.append(bytes, sizeof(T));
}

void GgufMetadata::string(std::string_view text)
{
    raw<uint64_t>(text.size());
    bytes_.append(text);
}

void GgufMetadata::key(std::string_view name, GgufValueType type)
{
    // Two values under one key would leave a reader to pick one: a writer's bug, caught here.
    if (contains(name))
        throw Error("GGUF metadata: key " + std::string(name) + " added twice");
    keys_.emplace_back(name);
    string(name);
    raw<uint32_t>(static_cast<uint32_t>(type));
    ++count_;
}

bool GgufMetadata::contains(std::string_view name) const
{
    for (const std::string& existing : keys_)
        if (existing == name)
            return true;
    return false;
}

void GgufMetadata::addString(std::string_view name, std::string_view value)
{
    key(name, GgufValueType::String);
    string(value);
}

void GgufMetadata::addU32(std::string_view name, uint32_t value)
{
    key(name, GgufValueType::U32);
    raw(value);
}

void GgufMetadata::addF32(std::string_view name, float value)
{
    key(name, GgufValueType::F32);
    raw(value);
}

void GgufMetadata::addBool(std::string_view name, bool value)
{
    key(name, GgufValueType::Bool);
    raw<uint8_t>(value ? 1 : 0);
}

void GgufMetadata::addStringArray(std::string_view name, const std::vector<std::string>& values)
{
    key(name, GgufValueType::Array);
    raw<uint32_t>(static_cast<uint32_t>(GgufValueType::String));
    raw<uint64_t>(values.size());
    for (const std::string& value : values)
        string(value);
}

void GgufMetadata::addF32Array(std::string_view name, const std::vector<float>& values)
{
    key(name, GgufValueType::Array);
    raw<uint32_t>(static_cast<uint32_t>(GgufValueType::F32));
    raw<uint64_t>(values.size());
    bytes_.append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(float));
}

void GgufMetadata::addI32Array(std::string_view name, const std::vector<int32_t>& values)
{
    key(name, GgufValueType::Array);
    raw<uint32_t>(static_cast<uint32_t>(GgufValueType::I32));
    raw<uint64_t>(values.size());
    bytes_.append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(int32_t));
}

namespace {

// Protocol buffers' wire format, as much of it as a ModelProto needs: varints, 32/64-bit fields and
// length-delimited ones (developers.google.com/protocol-buffers/docs/encoding).
class ProtoReader {
public:
    ProtoReader(std::string_view bytes, const fs::path& file) : bytes_(bytes), file_(file) {}
    bool done() const { return pos_ >= bytes_.size(); }
    uint64_t varint()
    {
        uint64_t value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos_ >= bytes_.size())
                fail("a varint runs past the end");
            const auto byte = static_cast<uint8_t>(bytes_[pos_++]);
            value |= uint64_t(byte & 0x7f) << shift;
            if ((byte & 0x80) == 0)
                return value;
        }
        fail("a varint longer than 10 bytes");
    }
    std::string_view take(uint64_t size)
    {
        if (size > bytes_.size() - pos_)
            fail("a field runs past the end");
        const std::string_view part = bytes_.substr(pos_, size);
        pos_ += size;
        return part;
    }
    void skip(uint32_t wireType)
    {
        switch (wireType) {
        case 0: varint(); break;
        case 1: take(8); break;
        case 2: take(varint()); break;
        case 5: take(4); break;
        default: fail("wire type " + std::to_string(wireType) + " is not one a ModelProto has");
        }
    }
    [[noreturn]] void fail(const std::string& what) const
    {
        throw Error(file_.string() + ": not a SentencePiece model (" + what + " at byte " + std::to_string(pos_) + ")");
    }

private:
    std::string_view bytes_;
    size_t pos_ = 0;
    const fs::path& file_;
};

// config.json's ids where the tokenizer has none (a SentencePiece model trained without <s>, a
// tokenizer_config.json without eos_token), as the converter's SpecialVocab falls back to them.
int64_t specialOr(int32_t fromTokenizer, int64_t fromConfig, int64_t vocabSize)
{
    if (fromTokenizer >= 0)
        return fromTokenizer;
    return fromConfig >= 0 && fromConfig < vocabSize ? fromConfig : -1;
}

// The pre-tokenizer regexes of the tokenizer.json files llama.cpp knows by name (its llama-vocab.cpp
// keeps the same expressions under these names).
constexpr const char* kLlama3Pattern =
    R"((?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+)";
constexpr const char* kQwen2Pattern =
    R"((?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+)";

// Added tokens some models leave unmarked as special though they are control tokens (<|im_end|>,
// DeepSeek's <｜...｜>, Gemma's <mask>): llama.cpp's converter makes them control tokens by their
// spelling, so that its tokenizer never splits them or prints them as text.
bool looksLikeControl(std::string_view text)
{
    const auto wrapped = [&](std::string_view open, std::string_view close) {
        return text.size() >= open.size() + close.size() && text.starts_with(open) && text.ends_with(close);
    };
    return text == "<pad>" || text == "<mask>" || text == "<2mass>" || text == "[@BOS@]" || wrapped("<|", "|>") ||
           wrapped("<\uFF5C", "\uFF5C>") || wrapped("<unused", ">");
}

} // namespace

std::vector<int32_t> sentencePieceTypes(const fs::path& modelFile)
{
    std::ifstream in(modelFile, std::ios::binary);
    if (!in)
        throw Error(modelFile.string() + ": cannot be read");
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::vector<int32_t> types;
    ProtoReader model(bytes, modelFile);
    while (!model.done()) {
        const uint64_t tag = model.varint();
        const auto wireType = static_cast<uint32_t>(tag & 7);
        if (tag >> 3 != 1 || wireType != 2) { // field 1: repeated SentencePiece pieces
            model.skip(wireType);
            continue;
        }
        ProtoReader piece(model.take(model.varint()), modelFile);
        int32_t type = kNormal; // the proto's default
        while (!piece.done()) {
            const uint64_t pieceTag = piece.varint();
            if (pieceTag == ((3 << 3) | 0)) // field 3: Type type (varint)
                type = static_cast<int32_t>(piece.varint());
            else
                piece.skip(static_cast<uint32_t>(pieceTag & 7));
        }
        if (type < kNormal || type > kByte)
            model.fail("piece " + std::to_string(types.size()) + " has type " + std::to_string(type));
        types.push_back(type);
    }
    return types;
}

std::string llamaCppPreName(const tokenize::Tokenizer& tokenizer)
{
    const auto* hf = dynamic_cast<const tokenize::HfTokenizer*>(&tokenizer);
    if (!hf)
        return {};
    using Kind = tokenize::HfPreTokenizerStep::Kind;
    const auto& steps = hf->spec().preTokenizer;
    const auto isByteLevel = [](const tokenize::HfPreTokenizerStep& step, bool useRegex) {
        return step.kind == Kind::ByteLevel && step.useRegex == useRegex && !step.addPrefixSpace;
    };
    const auto isSplit = [](const tokenize::HfPreTokenizerStep& step, std::string_view pattern) {
        return step.kind == Kind::Split && !step.removeMatches && step.pattern == pattern;
    };
    if (steps.size() == 1 && isByteLevel(steps[0], true))
        return "gpt-2";
    if (steps.size() == 2 && isSplit(steps[0], kLlama3Pattern) && isByteLevel(steps[1], false))
        return "llama-bpe";
    if (steps.size() == 2 && isSplit(steps[0], kQwen2Pattern) && isByteLevel(steps[1], false))
        return "qwen2";
    // SmolLM's Digits(individual_digits) before GPT-2's ByteLevel: what llama.cpp calls "smollm".
    if (steps.size() == 2 && isSplit(steps[0], R"(\p{N})") && isByteLevel(steps[1], true))
        return "smollm";
    return {};
}

GgufVocabInfo addTokenizerMetadata(GgufMetadata& metadata, const tokenize::Tokenizer& tokenizer, const LlamaConfig& config)
{
    GgufVocabInfo info;
    const fs::path& file = tokenizer.path();
    const int32_t count = tokenizer.vocabSize();
    if (count > config.vocabSize)
        throw Error(file.string() + ": the tokenizer has " + std::to_string(count) +
                    " tokens but the model's vocab_size is " + std::to_string(config.vocabSize) +
                    ": ids above it have no embedding");
    // llama.cpp's vocabulary is exactly the embedding's rows: the ids beyond the tokenizer's get
    // unused "[PADn]" tokens, as its converter adds them.
    const auto size = static_cast<size_t>(config.vocabSize);
    std::vector<std::string> tokens(size);
    std::vector<int32_t> types(size, kUnused);
    std::vector<float> scores(size, -1000.0f);
    for (size_t id = 0; id < size; ++id)
        tokens[id] = "[PAD" + std::to_string(id) + "]";

    if (tokenizer.kind() == tokenize::TokenizerKind::SentencePiece) {
        info.model = "llama";
        info.pre = "default";
        const std::vector<int32_t> pieceTypes = sentencePieceTypes(file);
        if (pieceTypes.size() != static_cast<size_t>(count))
            throw Error(file.string() + ": the model lists " + std::to_string(pieceTypes.size()) +
                        " pieces but SentencePiece loads " + std::to_string(count));
        for (int32_t id = 0; id < count; ++id) {
            tokens[size_t(id)] = tokenizer.idToPiece(id);
            scores[size_t(id)] = tokenizer.pieceScore(id);
            types[size_t(id)] = pieceTypes[size_t(id)];
        }
    } else {
        const auto& hf = dynamic_cast<const tokenize::HfTokenizer&>(tokenizer);
        const tokenize::HfSpec& spec = hf.spec();
        // llama.cpp's "gpt2" model maps every piece through GPT-2's byte alphabet: a tokenizer.json
        // without a ByteLevel step (a Metaspace or byte-fallback one) would decode to the wrong text.
        bool byteLevel = false;
        for (const auto& step : spec.preTokenizer)
            byteLevel = byteLevel || step.kind == tokenize::HfPreTokenizerStep::Kind::ByteLevel;
        if (!byteLevel)
            throw Error(file.string() + ": only a byte-level BPE tokenizer.json (a ByteLevel pre-tokenizer, as GPT-2, "
                        "Llama 3, Qwen2 and SmolLM have) can go into GGUF as tokenizer.ggml.model \"gpt2\"; this one's "
                        "pre_tokenizer has no ByteLevel step");
        info.model = "gpt2";
        info.pre = llamaCppPreName(tokenizer);
        if (info.pre.empty()) {
            info.pre = "default";
            info.warnings.push_back(file.string() + ": the pre-tokenizer is none llama.cpp knows by name (gpt-2, "
                                    "llama-bpe, qwen2, smollm): tokenizer.ggml.pre is \"default\", and llama.cpp "
                                    "may split text differently from the original tokenizer");
        }
        for (const auto& [piece, id] : spec.vocab) {
            // Two pieces on one id: the tokenizer keeps one, and so does the file.
            if (types[size_t(id)] == kUnused) {
                tokens[size_t(id)] = tokenizer.idToPiece(id);
                types[size_t(id)] = kNormal;
            }
        }
        for (const tokenize::HfAddedToken& added : spec.addedTokens) {
            tokens[size_t(added.id)] = added.content;
            types[size_t(added.id)] = added.special || looksLikeControl(added.content) ? kControl : kUserDefined;
        }
    }

    metadata.addString("tokenizer.ggml.model", info.model);
    metadata.addString("tokenizer.ggml.pre", info.pre);
    metadata.addStringArray("tokenizer.ggml.tokens", tokens);
    // Scores rank SentencePiece's pieces; a byte-level BPE's order is its merges, and the converter
    // writes no scores for it.
    if (info.model == "llama")
        metadata.addF32Array("tokenizer.ggml.scores", scores);
    metadata.addI32Array("tokenizer.ggml.token_type", types);
    if (info.model == "gpt2") {
        const auto& merges = dynamic_cast<const tokenize::HfTokenizer&>(tokenizer).spec().merges;
        std::vector<std::string> lines;
        lines.reserve(merges.size());
        for (const auto& [left, right] : merges)
            lines.push_back(left + " " + right);
        metadata.addStringArray("tokenizer.ggml.merges", lines);
    }

    const tokenize::SpecialIds special = tokenizer.specialIds();
    const int64_t bos = specialOr(special.bos, config.bosTokenId, config.vocabSize);
    const int64_t eos = specialOr(special.eos, config.eosTokenIds.empty() ? -1 : config.eosTokenIds.front(), config.vocabSize);
    const int64_t pad = specialOr(special.pad, config.padTokenId, config.vocabSize);
    if (bos >= 0)
        metadata.addU32("tokenizer.ggml.bos_token_id", uint32_t(bos));
    if (eos >= 0)
        metadata.addU32("tokenizer.ggml.eos_token_id", uint32_t(eos));
    if (special.unk >= 0)
        metadata.addU32("tokenizer.ggml.unknown_token_id", uint32_t(special.unk));
    if (pad >= 0)
        metadata.addU32("tokenizer.ggml.padding_token_id", uint32_t(pad));

    // Whether BOS/EOS are added is what the tokenizer itself does when asked for its special tokens
    // (SentencePiece: BOS when the model has one; tokenizer.json: its post-processor, else
    // tokenizer_config.json), read off one encoding rather than re-derived.
    const std::vector<int32_t> plain = tokenizer.encode("a");
    const std::vector<int32_t> withSpecial = tokenizer.encodeWithSpecial("a");
    const bool addsBos = bos >= 0 && withSpecial.size() > plain.size() && withSpecial.front() == bos;
    const bool addsEos = eos >= 0 && withSpecial.size() > plain.size() && withSpecial.back() == eos;
    metadata.addBool("tokenizer.ggml.add_bos_token", addsBos);
    metadata.addBool("tokenizer.ggml.add_eos_token", addsEos);

    // The chat template: tokenizer_config.json beside the tokenizer (read with the tokenizer for a
    // tokenizer.json; a SentencePiece model's folder may have one too).
    std::string chatTemplate;
    if (const auto* hf = dynamic_cast<const tokenize::HfTokenizer*>(&tokenizer)) {
        chatTemplate = hf->chatTemplate();
    } else {
        const fs::path configFile = file.parent_path() / "tokenizer_config.json";
        std::error_code ec;
        if (fs::is_regular_file(configFile, ec))
            chatTemplate = tokenize::readHfTokenizerConfig(configFile).chatTemplate;
    }
    if (!chatTemplate.empty())
        metadata.addString("tokenizer.chat_template", chatTemplate);
    return info;
}

} // namespace adaptlab::model
