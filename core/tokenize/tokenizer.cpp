// Tokenizer: what the two backends share (batch encoding, pieces, the content fingerprint) and
// open(), which picks the backend from the path.
#include "tokenize/tokenizer.h"

#include "tokenize/hf_tokenizer.h"
#include "tokenize/sentencepiece_tokenizer.h"

#include "common/cores.h"

#include <xxhash.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdio>
#include <fstream>
#include <thread>

namespace adaptlab::tokenize {

namespace fs = std::filesystem;

Tokenizer::~Tokenizer() = default;

std::vector<int32_t> Tokenizer::encodeWithSpecial(std::string_view text) const
{
    return encode(text);
}

std::vector<std::vector<int32_t>> Tokenizer::encodeBatch(std::span<const std::string_view> texts, int threads) const
{
    std::vector<std::vector<int32_t>> out(texts.size());
    const size_t workers = std::min<size_t>(texts.size(), static_cast<size_t>(threads > 0 ? threads : coresAvailable()));
    if (workers <= 1) {
        for (size_t i = 0; i < texts.size(); ++i)
            out[i] = encode(texts[i]);
        return out;
    }
    // Work stealing by index: documents differ wildly in length, so fixed slices would leave
    // threads idle. The first failure is rethrown on the calling thread.
    std::atomic<size_t> next{0};
    std::exception_ptr failure;
    std::atomic<bool> failed{false};
    auto work = [&] {
        try {
            for (size_t i = next.fetch_add(1); i < texts.size() && !failed.load(std::memory_order_relaxed);
                 i = next.fetch_add(1))
                out[i] = encode(texts[i]);
        } catch (...) {
            if (!failed.exchange(true))
                failure = std::current_exception();
        }
    };
    std::vector<std::jthread> pool;
    pool.reserve(workers - 1);
    for (size_t t = 1; t < workers; ++t)
        pool.emplace_back(work);
    work();
    pool.clear(); // joins
    if (failure)
        std::rethrow_exception(failure);
    return out;
}

std::vector<std::string> Tokenizer::encodePieces(std::string_view text) const
{
    std::vector<std::string> pieces;
    for (const int32_t id : encode(text))
        pieces.push_back(idToPiece(id));
    return pieces;
}

std::string contentFingerprint(std::span<const fs::path> files)
{
    XXH3_state_t* state = XXH3_createState();
    if (state == nullptr)
        throw TokenizerError("out of memory while hashing tokenizer files");
    std::unique_ptr<XXH3_state_t, decltype(&XXH3_freeState)> guard(state, XXH3_freeState);
    XXH3_128bits_reset(state);
    std::array<char, 1 << 16> buffer{};
    for (const fs::path& file : files) {
        std::ifstream in(file, std::ios::binary);
        if (!in)
            throw TokenizerError("cannot read " + file.string());
        uint64_t size = 0;
        while (in) {
            in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
            const auto got = static_cast<size_t>(in.gcount());
            XXH3_128bits_update(state, buffer.data(), got);
            size += got;
        }
        if (in.bad())
            throw TokenizerError("cannot read " + file.string());
        XXH3_128bits_update(state, &size, sizeof size);
    }
    const XXH128_hash_t digest = XXH3_128bits_digest(state);
    std::array<char, 33> hex{};
    std::snprintf(hex.data(), hex.size(), "%016llx%016llx", static_cast<unsigned long long>(digest.high64),
                  static_cast<unsigned long long>(digest.low64));
    return std::string(hex.data(), 32);
}

std::optional<fs::path> tokenizerFileInFolder(const fs::path& folder)
{
    std::error_code ec;
    for (const char* name : {"tokenizer.model", "spiece.model", "tokenizer.json"}) {
        if (fs::is_regular_file(folder / name, ec))
            return folder / name;
    }
    return std::nullopt;
}

std::unique_ptr<Tokenizer> Tokenizer::open(const fs::path& path)
{
    std::error_code ec;
    if (!fs::exists(path, ec))
        throw TokenizerError("no tokenizer at " + path.string() + ": no such file or folder");
    if (fs::is_directory(path, ec)) {
        if (const auto file = tokenizerFileInFolder(path))
            return open(*file);
        throw TokenizerError("no tokenizer in the folder " + path.string() +
                             ": it holds neither tokenizer.model nor tokenizer.json");
    }
    if (path.extension() == ".json")
        return HfTokenizer::load(path);
    return SentencePieceTokenizer::load(path);
}

} // namespace adaptlab::tokenize
