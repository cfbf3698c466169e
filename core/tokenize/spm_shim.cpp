// The SentencePiece shim: the only code that links libsentencepiece. It is loaded with
// dlmopen(LM_ID_NEWLM) by sentencepiece_tokenizer.cpp, so SentencePiece's bundled protobuf lives in its own link
// namespace, away from LibTorch's. Its ABI (spm_shim_api.h) is plain C; every entry point catches
// everything, because an exception thrown by this namespace's libstdc++ cannot be caught by the
// caller's.
#include "tokenize/spm_shim_api.h"

#include <sentencepiece_processor.h>
#include <sentencepiece_trainer.h>

#include <algorithm>
#include <cstring>
#include <exception>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct alspm_model {
    sentencepiece::SentencePieceProcessor processor;
    int32_t vocabSize = 0;
};

namespace {

void setError(char* err, size_t cap, std::string_view message)
{
    if (err == nullptr || cap == 0)
        return;
    const size_t n = std::min(message.size(), cap - 1);
    std::memcpy(err, message.data(), n);
    err[n] = '\0';
}

// Runs `body`, turning any escaping exception into an error message and `failure`.
template <typename Result, typename Body>
Result guarded(char* err, size_t cap, Result failure, Body&& body)
{
    try {
        return body();
    } catch (const std::exception& e) {
        setError(err, cap, std::string("SentencePiece shim: ") + e.what());
    } catch (...) {
        setError(err, cap, "SentencePiece shim: unknown exception");
    }
    return failure;
}

bool inRange(const alspm_model* model, int32_t id)
{
    return model != nullptr && id >= 0 && id < model->vocabSize;
}

std::string outOfRange(int32_t id, int32_t vocabSize)
{
    return "token id " + std::to_string(id) + " is out of range [0, " + std::to_string(vocabSize) +
           ")";
}

// SentencePiece's trainer keeps global state (flags, the pretokenizer hook): one run at a time.
std::mutex trainMutex;

} // namespace

extern "C" {

int alspm_abi_version(void)
{
    return ALSPM_ABI_VERSION;
}

int alspm_train(const char* args, char* err, size_t err_cap)
{
    return guarded(err, err_cap, -1, [&]() -> int {
        if (args == nullptr) {
            setError(err, err_cap, "no training arguments");
            return -1;
        }
        // SentencePiece's own Train(string) splits its arguments on spaces, which breaks paths with
        // spaces; so the flags come one per line and go in as its key/value map instead.
        std::unordered_map<std::string, std::string> kwargs;
        std::string_view rest(args);
        while (!rest.empty()) {
            const size_t eol = rest.find('\n');
            std::string_view line = rest.substr(0, eol);
            rest = eol == std::string_view::npos ? std::string_view() : rest.substr(eol + 1);
            if (line.empty())
                continue;
            if (line.substr(0, 2) == "--")
                line.remove_prefix(2);
            const size_t eq = line.find('=');
            if (eq == std::string_view::npos || eq == 0) {
                setError(err, err_cap, "malformed training flag: " + std::string(line));
                return -1;
            }
            kwargs[std::string(line.substr(0, eq))] = std::string(line.substr(eq + 1));
        }
        std::lock_guard lock(trainMutex);
        // Not a trainer flag: the seed of SentencePiece's process-wide generator (sentence
        // sampling and shuffling), which otherwise comes from std::random_device, so that the same
        // inputs and flags train the same model.
        if (const auto seed = kwargs.find("random_seed"); seed != kwargs.end()) {
            sentencepiece::SetRandomGeneratorSeed(static_cast<unsigned int>(std::stoul(seed->second)));
            kwargs.erase(seed);
        }
        const auto status = sentencepiece::SentencePieceTrainer::Train(kwargs);
        if (!status.ok()) {
            setError(err, err_cap, status.ToString());
            return -1;
        }
        return 0;
    });
}

alspm_model* alspm_load(const char* path, char* err, size_t err_cap)
{
    return guarded<alspm_model*>(err, err_cap, nullptr, [&]() -> alspm_model* {
        if (path == nullptr) {
            setError(err, err_cap, "no model path");
            return nullptr;
        }
        auto model = std::make_unique<alspm_model>();
        const auto status = model->processor.Load(path);
        if (!status.ok()) {
            // A file that does not parse comes back as a bare "Internal: ...ParseFromArray..."; say
            // what that means.
            if (status.code() == sentencepiece::util::StatusCode::kInternal)
                setError(err, err_cap, "not a valid SentencePiece model (" + status.ToString() + ")");
            else
                setError(err, err_cap, status.ToString());
            return nullptr;
        }
        model->vocabSize = model->processor.GetPieceSize();
        return model.release();
    });
}

void alspm_free(alspm_model* model)
{
    delete model; // SentencePieceProcessor's destructor does not throw
}

int64_t alspm_encode(const alspm_model* model, const char* text, size_t len, int32_t* ids,
                     size_t cap, char* err, size_t err_cap)
{
    return guarded<int64_t>(err, err_cap, -1, [&]() -> int64_t {
        std::vector<int> out;
        const auto status = model->processor.Encode(std::string_view(text, len), &out);
        if (!status.ok()) {
            setError(err, err_cap, status.ToString());
            return -1;
        }
        if (out.size() <= cap)
            std::copy(out.begin(), out.end(), ids);
        return static_cast<int64_t>(out.size());
    });
}

int alspm_encode_pieces(const alspm_model* model, const char* text, size_t len, char* bytes,
                        size_t bytes_cap, size_t* bytes_needed, uint32_t* ends, size_t ends_cap,
                        size_t* count_needed, char* err, size_t err_cap)
{
    return guarded(err, err_cap, -1, [&]() -> int {
        std::vector<std::string> pieces;
        const auto status = model->processor.Encode(std::string_view(text, len), &pieces);
        if (!status.ok()) {
            setError(err, err_cap, status.ToString());
            return -1;
        }
        size_t total = 0;
        for (const auto& piece : pieces)
            total += piece.size();
        *bytes_needed = total;
        *count_needed = pieces.size();
        if (total > bytes_cap || pieces.size() > ends_cap)
            return 1;
        size_t offset = 0;
        for (size_t i = 0; i < pieces.size(); ++i) {
            std::memcpy(bytes + offset, pieces[i].data(), pieces[i].size());
            offset += pieces[i].size();
            ends[i] = static_cast<uint32_t>(offset);
        }
        return 0;
    });
}

int64_t alspm_decode(const alspm_model* model, const int32_t* ids, size_t count, char* out,
                     size_t cap, char* err, size_t err_cap)
{
    return guarded<int64_t>(err, err_cap, -1, [&]() -> int64_t {
        // SentencePiece indexes its piece table without a range check: check here.
        std::vector<int> in(ids, ids + count);
        for (int id : in) {
            if (!inRange(model, id)) {
                setError(err, err_cap, outOfRange(id, model->vocabSize));
                return -1;
            }
        }
        std::string text;
        const auto status = model->processor.Decode(in, &text);
        if (!status.ok()) {
            setError(err, err_cap, status.ToString());
            return -1;
        }
        if (text.size() <= cap)
            std::memcpy(out, text.data(), text.size());
        return static_cast<int64_t>(text.size());
    });
}

int32_t alspm_vocab_size(const alspm_model* model)
{
    return model->vocabSize;
}

int64_t alspm_id_to_piece(const alspm_model* model, int32_t id, char* out, size_t cap, char* err,
                          size_t err_cap)
{
    return guarded<int64_t>(err, err_cap, -1, [&]() -> int64_t {
        if (!inRange(model, id)) {
            setError(err, err_cap, outOfRange(id, model->vocabSize));
            return -1;
        }
        const std::string& piece = model->processor.IdToPiece(id);
        if (piece.size() <= cap)
            std::memcpy(out, piece.data(), piece.size());
        return static_cast<int64_t>(piece.size());
    });
}

int32_t alspm_piece_to_id(const alspm_model* model, const char* piece, size_t len)
{
    return guarded<int32_t>(nullptr, 0, -1, [&]() -> int32_t {
        return model->processor.PieceToId(std::string_view(piece, len));
    });
}

void alspm_special_ids(const alspm_model* model, int32_t* unk, int32_t* bos, int32_t* eos,
                       int32_t* pad)
{
    *unk = model->processor.unk_id();
    *bos = model->processor.bos_id();
    *eos = model->processor.eos_id();
    *pad = model->processor.pad_id();
}

int alspm_is_byte(const alspm_model* model, int32_t id)
{
    return inRange(model, id) && model->processor.IsByte(id) ? 1 : 0;
}

int alspm_is_unknown(const alspm_model* model, int32_t id)
{
    return inRange(model, id) && model->processor.IsUnknown(id) ? 1 : 0;
}

float alspm_score(const alspm_model* model, int32_t id)
{
    return inRange(model, id) ? model->processor.GetScore(id) : 0.0f;
}

int alspm_is_control(const alspm_model* model, int32_t id)
{
    return inRange(model, id) && model->processor.IsControl(id) ? 1 : 0;
}

int alspm_model_type(const alspm_model* model)
{
    // Debian ships no sentencepiece_model.pb.h, so the type is read from the serialized
    // ModelProto: field 2 (trainer_spec, a message) holds field 3 (model_type, an enum: UNIGRAM = 1,
    // BPE = 2, WORD = 3, CHAR = 4; absent means UNIGRAM).
    try {
        const std::string bytes = model->processor.serialized_model_proto();
        const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
        const auto* end = p + bytes.size();
        auto varint = [](const unsigned char*& at, const unsigned char* stop, uint64_t& value) {
            value = 0;
            for (int shift = 0; at < stop && shift < 64; shift += 7) {
                const unsigned char byte = *at++;
                value |= static_cast<uint64_t>(byte & 0x7F) << shift;
                if ((byte & 0x80) == 0)
                    return true;
            }
            return false;
        };
        // Skips one field's value of WIRE type; false on malformed input.
        auto skip = [&varint](const unsigned char*& at, const unsigned char* stop, uint64_t wire) {
            uint64_t n = 0;
            switch (wire) {
            case 0: return varint(at, stop, n);
            case 1: if (stop - at < 8) return false; at += 8; return true;
            case 2: if (!varint(at, stop, n) || static_cast<uint64_t>(stop - at) < n) return false; at += n; return true;
            case 5: if (stop - at < 4) return false; at += 4; return true;
            default: return false;
            }
        };
        while (p < end) {
            uint64_t tag = 0;
            if (!varint(p, end, tag))
                return 0;
            if (tag >> 3 == 2 && (tag & 7) == 2) {
                uint64_t length = 0;
                if (!varint(p, end, length) || static_cast<uint64_t>(end - p) < length)
                    return 0;
                const unsigned char* q = p;
                const unsigned char* specEnd = p + length;
                while (q < specEnd) {
                    uint64_t inner = 0;
                    if (!varint(q, specEnd, inner))
                        return 0;
                    if (inner >> 3 == 3 && (inner & 7) == 0) {
                        uint64_t type = 0;
                        return varint(q, specEnd, type) ? static_cast<int>(type) : 0;
                    }
                    if (!skip(q, specEnd, inner & 7))
                        return 0;
                }
                return 1;
            }
            if (!skip(p, end, tag & 7))
                return 0;
        }
        return 0;
    } catch (...) {
        return 0;
    }
}

} // extern "C"
