// SentencePieceTokenizer on top of the SentencePiece shim. The shim is found on disk, loaded once per process
// with dlmopen(LM_ID_NEWLM) into a link namespace of its own (so its protobuf never meets
// LibTorch's), and called through the plain C functions of spm_shim_api.h.
#include "tokenize/sentencepiece_tokenizer.h"

#include "tokenize/spm_shim_api.h"

#include "common/atomic_file.h"
#include "common/cores.h"
#include "common/module_path.h"

#include <dlfcn.h>
#include <link.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>

namespace adaptlab::tokenize {

namespace fs = std::filesystem;

namespace {

// Room for SentencePiece's messages, which quote paths.
constexpr size_t kErrorCapacity = 4096;
using ErrorText = std::array<char, kErrorCapacity>;

// Same shape as common/error.h's throwCheckedError, but typed so callers can catch tokenizer
// failures on their own.
[[noreturn]] void fail(std::string_view operation, const fs::path& subject, std::string_view detail)
{
    std::string message(operation);
    message += " failed for ";
    message += subject.string();
    if (!detail.empty()) {
        message += ": ";
        message += detail;
    }
    throw TokenizerError(message);
}

std::string dlerrorText()
{
    const char* text = dlerror();
    return text != nullptr ? text : "unknown dynamic loader error";
}

struct ShimApi {
    fs::path path;
    void* handle = nullptr;
    alspm_train_fn train = nullptr;
    alspm_load_fn load = nullptr;
    alspm_free_fn free = nullptr;
    alspm_encode_fn encode = nullptr;
    alspm_encode_pieces_fn encodePieces = nullptr;
    alspm_decode_fn decode = nullptr;
    alspm_vocab_size_fn vocabSize = nullptr;
    alspm_id_to_piece_fn idToPiece = nullptr;
    alspm_piece_to_id_fn pieceToId = nullptr;
    alspm_special_ids_fn specialIds = nullptr;
    alspm_is_byte_fn isByte = nullptr;
    alspm_is_unknown_fn isUnknown = nullptr;
    alspm_score_fn score = nullptr;
    alspm_is_control_fn isControl = nullptr;
    alspm_model_type_fn modelType = nullptr;
};

// The shim is installed beside the library or program that holds this code.
std::vector<fs::path> shimCandidates()
{
    return companionCandidates(objectFileContaining(reinterpret_cast<const void*>(&dlerrorText)),
                               ALSPM_SHIM_FILE_NAME, "ADAPTLAB_SPM_SHIM");
}

template <typename Fn>
void resolve(const ShimApi& api, Fn& slot, const char* name)
{
    dlerror(); // clear a stale message
    void* symbol = dlsym(api.handle, name);
    if (symbol == nullptr)
        fail(std::string("dlsym(") + name + ")", api.path, dlerrorText());
    slot = reinterpret_cast<Fn>(symbol);
}

ShimApi loadShim()
{
    const std::vector<fs::path> candidates = shimCandidates();
    const fs::path found = firstExisting(candidates);
    if (found.empty()) {
        const bool fromEnvironment = std::getenv("ADAPTLAB_SPM_SHIM") != nullptr &&
                                     *std::getenv("ADAPTLAB_SPM_SHIM") != '\0';
        throw TokenizerError(std::string("SentencePiece shim ") + ALSPM_SHIM_FILE_NAME +
                             " not found; tried: " + joinPaths(candidates) +
                             (fromEnvironment ? " (from ADAPTLAB_SPM_SHIM)"
                                              : " (set ADAPTLAB_SPM_SHIM to its path)"));
    }

    ShimApi api;
    api.path = found;
    // A new link namespace: the shim's libsentencepiece and its bundled protobuf 3.14 get their
    // own copies of everything and cannot interpose on LibTorch's protobuf 3.21.
    dlerror();
    api.handle = dlmopen(LM_ID_NEWLM, found.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (api.handle == nullptr)
        fail("dlmopen", found, dlerrorText());
    try {
        alspm_abi_version_fn abiVersion = nullptr;
        resolve(api, abiVersion, "alspm_abi_version");
        if (const int version = abiVersion(); version != ALSPM_ABI_VERSION) {
            fail("loading the SentencePiece shim", found,
                 "ABI version " + std::to_string(version) + ", expected " +
                     std::to_string(ALSPM_ABI_VERSION));
        }
        resolve(api, api.train, "alspm_train");
        resolve(api, api.load, "alspm_load");
        resolve(api, api.free, "alspm_free");
        resolve(api, api.encode, "alspm_encode");
        resolve(api, api.encodePieces, "alspm_encode_pieces");
        resolve(api, api.decode, "alspm_decode");
        resolve(api, api.vocabSize, "alspm_vocab_size");
        resolve(api, api.idToPiece, "alspm_id_to_piece");
        resolve(api, api.pieceToId, "alspm_piece_to_id");
        resolve(api, api.specialIds, "alspm_special_ids");
        resolve(api, api.isByte, "alspm_is_byte");
        resolve(api, api.isUnknown, "alspm_is_unknown");
        resolve(api, api.score, "alspm_score");
        resolve(api, api.isControl, "alspm_is_control");
        resolve(api, api.modelType, "alspm_model_type");
    } catch (...) {
        dlclose(api.handle);
        throw;
    }
    return api;
}

// Loaded once per process; the handle is never closed (tokenizers may live until exit). A failed
// load throws out of the initializer, so the next call tries again.
const ShimApi& shim()
{
    static const ShimApi api = loadShim();
    return api;
}

std::string formatDouble(double value)
{
    // Locale-independent and shortest round-trip form, as SentencePiece parses it.
    std::array<char, 64> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return std::string(buffer.data(), result.ptr);
}

void checkPathForFlags(const fs::path& path, std::string_view what)
{
    const std::string text = path.string();
    if (text.find('\n') != std::string::npos)
        throw TokenizerError(std::string(what) + " may not contain a line break: " + text);
}

} // namespace

struct SentencePieceTokenizer::Impl {
    const ShimApi* api = nullptr;
    alspm_model* model = nullptr;
    fs::path modelPath;
    int32_t vocabSize = 0;
    int32_t unk = -1, bos = -1, eos = -1, pad = -1;
    int modelType = 0; // alspm_model_type

    ~Impl()
    {
        if (model != nullptr)
            api->free(model);
    }
    [[noreturn]] void fail(std::string_view operation, const ErrorText& err) const
    {
        tokenize::fail(operation, modelPath, err.data());
    }
};

void SentencePieceTokenizer::train(const TrainOptions& options)
{
    if (options.inputFiles.empty())
        throw TokenizerError("SentencePiece training needs at least one input file");
    if (options.modelPrefix.empty())
        throw TokenizerError("SentencePiece training needs a model prefix");
    std::string inputs;
    for (const auto& file : options.inputFiles) {
        // SentencePiece reads --input as a comma-separated list; there is no escaping.
        if (file.string().find(',') != std::string::npos) {
            throw TokenizerError("SentencePiece cannot read an input file whose path contains a "
                                 "comma (it splits --input on commas): " +
                                 file.string());
        }
        checkPathForFlags(file, "an input file path");
        inputs += (inputs.empty() ? "" : ",") + file.string();
    }
    checkPathForFlags(options.modelPrefix, "the model prefix");

    const int threads = options.numThreads > 0 ? options.numThreads : coresAvailable();
    // One flag per line (spm_shim_api.h): values may hold spaces.
    std::string args;
    auto flag = [&args](std::string_view key, const std::string& value) {
        args += "--";
        args += key;
        args += '=';
        args += value;
        args += '\n';
    };
    flag("input", inputs);
    flag("model_prefix", options.modelPrefix.string());
    flag("vocab_size", std::to_string(options.vocabSize));
    flag("model_type", options.modelType == ModelType::Bpe ? "bpe" : "unigram");
    flag("character_coverage", formatDouble(options.characterCoverage));
    flag("byte_fallback", options.byteFallback ? "true" : "false");
    flag("input_sentence_size", std::to_string(options.inputSentenceSize));
    flag("shuffle_input_sentence", "true");
    flag("num_threads", std::to_string(threads));
    flag("max_sentence_length", std::to_string(options.maxSentenceLength));
    if (!options.userSymbols.empty()) {
        std::string symbols;
        for (const std::string& symbol : options.userSymbols) {
            if (symbol.empty())
                throw TokenizerError("a user symbol may not be empty");
            if (symbol.find_first_of(",\n") != std::string::npos)
                throw TokenizerError("a user symbol may not contain a comma or a line break: " + symbol);
            symbols += (symbols.empty() ? "" : ",") + symbol;
        }
        flag("user_defined_symbols", symbols);
    }
    // Fixed special ids, so every model made here lays out its vocabulary the same way.
    flag("unk_id", "0");
    flag("bos_id", "1");
    flag("eos_id", "2");
    flag("pad_id", "3");
    // Warnings and errors only: failures come back as a status message anyway, and the trainer's
    // INFO lines would drown a job's log.
    flag("minloglevel", "1");
    flag("random_seed", std::to_string(options.seed));

    const ShimApi& api = shim();
    ErrorText err{};
    if (api.train(args.c_str(), err.data(), err.size()) != 0)
        fail("SentencePiece training", options.modelPrefix, err.data());

    const fs::path model = fs::path(options.modelPrefix.string() + ".model");
    std::string bytes;
    {
        std::ifstream in(model, std::ios::binary);
        if (!in)
            throw TokenizerError("SentencePiece training wrote no model file at " + model.string());
        bytes.assign(std::istreambuf_iterator<char>(in), {});
    }
    AtomicFile out(model);
    out.write(withoutTrainingPaths(bytes));
    out.commit();
}

namespace {

// Protocol buffers' wire format, as far as the rewrite needs it.
bool readVarint(std::string_view bytes, size_t& at, uint64_t& value)
{
    value = 0;
    for (int shift = 0; at < bytes.size() && shift < 64; shift += 7) {
        const auto byte = static_cast<unsigned char>(bytes[at++]);
        value |= static_cast<uint64_t>(byte & 0x7F) << shift;
        if ((byte & 0x80) == 0)
            return true;
    }
    return false;
}

void writeVarint(std::string& out, uint64_t value)
{
    do {
        const auto byte = static_cast<unsigned char>(value & 0x7F);
        value >>= 7;
        out.push_back(static_cast<char>(value != 0 ? byte | 0x80 : byte));
    } while (value != 0);
}

// One field: its number, wire type and where its bytes (tag included) and payload lie.
struct WireField {
    uint64_t number = 0;
    uint64_t wire = 0;
    size_t begin = 0, payload = 0, end = 0;
};

bool nextField(std::string_view bytes, size_t& at, WireField& field)
{
    field.begin = at;
    uint64_t tag = 0, n = 0;
    if (!readVarint(bytes, at, tag))
        return false;
    field.number = tag >> 3;
    field.wire = tag & 7;
    switch (field.wire) {
    case 0: field.payload = at; if (!readVarint(bytes, at, n)) return false; break;
    case 1: field.payload = at; if (bytes.size() - at < 8) return false; at += 8; break;
    case 2:
        if (!readVarint(bytes, at, n) || bytes.size() - at < n)
            return false;
        field.payload = at;
        at += n;
        break;
    case 5: field.payload = at; if (bytes.size() - at < 4) return false; at += 4; break;
    default: return false;
    }
    field.end = at;
    return true;
}

} // namespace

std::string withoutTrainingPaths(std::string_view modelProto)
{
    // ModelProto field 2 is trainer_spec; TrainerSpec fields 1 and 2 are input and model_prefix.
    constexpr uint64_t kTrainerSpec = 2, kInput = 1, kModelPrefix = 2;
    const auto malformed = [] { return TokenizerError("not a SentencePiece model: its bytes are not a well-formed protocol buffer"); };
    std::string out;
    out.reserve(modelProto.size());
    size_t at = 0;
    WireField field;
    while (at < modelProto.size()) {
        if (!nextField(modelProto, at, field))
            throw malformed();
        if (field.number != kTrainerSpec || field.wire != 2) {
            out.append(modelProto.substr(field.begin, field.end - field.begin));
            continue;
        }
        const std::string_view spec = modelProto.substr(field.payload, field.end - field.payload);
        std::string kept;
        size_t inner = 0;
        WireField specField;
        while (inner < spec.size()) {
            if (!nextField(spec, inner, specField))
                throw malformed();
            if ((specField.number == kInput || specField.number == kModelPrefix) && specField.wire == 2)
                continue;
            kept.append(spec.substr(specField.begin, specField.end - specField.begin));
        }
        writeVarint(out, (kTrainerSpec << 3) | 2);
        writeVarint(out, kept.size());
        out += kept;
    }
    return out;
}

std::unique_ptr<SentencePieceTokenizer> SentencePieceTokenizer::load(const fs::path& modelPath)
{
    const ShimApi& api = shim();
    auto impl = std::make_unique<Impl>();
    impl->api = &api;
    impl->modelPath = modelPath;
    ErrorText err{};
    impl->model = api.load(modelPath.c_str(), err.data(), err.size());
    if (impl->model == nullptr)
        impl->fail("loading the SentencePiece model", err);
    impl->vocabSize = api.vocabSize(impl->model);
    api.specialIds(impl->model, &impl->unk, &impl->bos, &impl->eos, &impl->pad);
    impl->modelType = api.modelType(impl->model);
    std::unique_ptr<SentencePieceTokenizer> tokenizer(new SentencePieceTokenizer(std::move(impl)));
    tokenizer->path_ = modelPath;
    const fs::path files[] = {modelPath};
    tokenizer->fingerprint_ = contentFingerprint(files);
    return tokenizer;
}

SentencePieceTokenizer::SentencePieceTokenizer(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}
SentencePieceTokenizer::~SentencePieceTokenizer() = default;

std::string SentencePieceTokenizer::description() const
{
    switch (d->modelType) {
    case 1: return "SentencePiece unigram";
    case 2: return "SentencePiece BPE";
    case 3: return "SentencePiece word";
    case 4: return "SentencePiece char";
    default: return "SentencePiece";
    }
}

std::vector<int32_t> SentencePieceTokenizer::encodeWithSpecial(std::string_view text) const
{
    // SentencePiece models as Llama-2 and TinyLlama use them: BOS first, no EOS (the HF
    // LlamaTokenizer default, add_bos_token=True, add_eos_token=False).
    std::vector<int32_t> ids = encode(text);
    if (d->bos >= 0)
        ids.insert(ids.begin(), d->bos);
    return ids;
}

std::vector<int32_t> SentencePieceTokenizer::encode(std::string_view text) const
{
    // A first guess that fits ordinary text (several bytes per token); byte-fallback-heavy text
    // needs one retry with the exact size.
    std::vector<int32_t> ids(text.size() / 2 + 16);
    ErrorText err{};
    for (int attempt = 0; attempt < 2; ++attempt) {
        const int64_t n = d->api->encode(d->model, text.data(), text.size(), ids.data(), ids.size(),
                                         err.data(), err.size());
        if (n < 0)
            d->fail("encoding", err);
        const bool fitted = static_cast<size_t>(n) <= ids.size();
        ids.resize(static_cast<size_t>(n));
        if (fitted)
            return ids;
    }
    fail("encoding", d->modelPath, "the shim's output size changed between calls");
}

std::vector<std::string> SentencePieceTokenizer::encodePieces(std::string_view text) const
{
    std::string bytes(text.size() * 2 + 64, '\0'); // "▁" (3 bytes) replaces each space
    std::vector<uint32_t> ends(text.size() + 16);
    ErrorText err{};
    for (int attempt = 0; attempt < 2; ++attempt) {
        size_t bytesNeeded = 0;
        size_t countNeeded = 0;
        const int rc = d->api->encodePieces(d->model, text.data(), text.size(), bytes.data(),
                                            bytes.size(), &bytesNeeded, ends.data(), ends.size(),
                                            &countNeeded, err.data(), err.size());
        if (rc < 0)
            d->fail("encoding", err);
        if (rc == 0) {
            std::vector<std::string> pieces;
            pieces.reserve(countNeeded);
            uint32_t begin = 0;
            for (size_t i = 0; i < countNeeded; ++i) {
                pieces.emplace_back(bytes.data() + begin, ends[i] - begin);
                begin = ends[i];
            }
            return pieces;
        }
        bytes.resize(bytesNeeded);
        ends.resize(countNeeded);
    }
    fail("encoding", d->modelPath, "the shim's output size changed between calls");
}

std::string SentencePieceTokenizer::decode(std::span<const int32_t> ids) const
{
    std::string text(ids.size() * 8 + 16, '\0');
    ErrorText err{};
    for (int attempt = 0; attempt < 2; ++attempt) {
        const int64_t n = d->api->decode(d->model, ids.data(), ids.size(), text.data(), text.size(),
                                         err.data(), err.size());
        if (n < 0)
            d->fail("decoding", err);
        const bool fitted = static_cast<size_t>(n) <= text.size();
        text.resize(static_cast<size_t>(n));
        if (fitted)
            return text;
    }
    fail("decoding", d->modelPath, "the shim's output size changed between calls");
}

int32_t SentencePieceTokenizer::vocabSize() const
{
    return d->vocabSize;
}

std::string SentencePieceTokenizer::idToPiece(int32_t id) const
{
    std::string piece(64, '\0');
    ErrorText err{};
    for (int attempt = 0; attempt < 2; ++attempt) {
        const int64_t n =
            d->api->idToPiece(d->model, id, piece.data(), piece.size(), err.data(), err.size());
        if (n < 0)
            d->fail("idToPiece", err);
        const bool fitted = static_cast<size_t>(n) <= piece.size();
        piece.resize(static_cast<size_t>(n));
        if (fitted)
            return piece;
    }
    fail("idToPiece", d->modelPath, "the shim's output size changed between calls");
}

int32_t SentencePieceTokenizer::pieceToId(std::string_view piece) const
{
    // SentencePiece answers the unknown id for a piece it lacks; the interface answers -1.
    const int32_t id = d->api->pieceToId(d->model, piece.data(), piece.size());
    if (id == d->unk && d->unk >= 0 && idToPiece(id) != piece)
        return -1;
    return id;
}

SpecialIds SentencePieceTokenizer::specialIds() const
{
    return {.bos = d->bos, .eos = d->eos, .unk = d->unk, .pad = d->pad};
}

float SentencePieceTokenizer::pieceScore(int32_t id) const
{
    return d->api->score(d->model, id);
}

bool SentencePieceTokenizer::isSpecial(int32_t id) const
{
    return d->api->isControl(d->model, id) != 0;
}

bool SentencePieceTokenizer::isByteFallback(int32_t id) const
{
    return d->api->isByte(d->model, id) != 0;
}

bool SentencePieceTokenizer::isUnknown(int32_t id) const
{
    return d->api->isUnknown(d->model, id) != 0;
}

fs::path SentencePieceTokenizer::shimPath()
{
    return shim().path;
}

} // namespace adaptlab::tokenize
