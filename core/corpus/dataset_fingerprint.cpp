// snapshotCorpus: the streamed content fingerprint of a corpus (dataset_fingerprint.h).
#include "corpus/dataset_fingerprint.h"

#include "common/error.h"

#include <xxhash.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

namespace adaptlab::corpus {

namespace fs = std::filesystem;

namespace {

CorpusSnapshot::File statFile(const fs::path& path, int fd)
{
    struct stat info{};
    if (::fstat(fd, &info) != 0)
        throw Error("cannot read " + path.string() + ": " + std::strerror(errno));
    return {path, static_cast<uint64_t>(info.st_size),
            static_cast<int64_t>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec};
}

} // namespace

CorpusSnapshot snapshotCorpus(const std::vector<fs::path>& inputs, const ReaderOptions& options,
                              const SnapshotProgress& progress)
{
    CorpusSnapshot snapshot;
    const std::vector<fs::path> files = expandInputs(inputs, options);
    uint64_t total = 0;
    for (const fs::path& file : files) {
        std::error_code ec;
        const auto size = fs::file_size(file, ec);
        total += ec ? 0 : size;
    }
    XXH3_state_t* state = XXH3_createState();
    if (state == nullptr)
        throw Error("out of memory while hashing a corpus");
    std::unique_ptr<XXH3_state_t, decltype(&XXH3_freeState)> guard(state, XXH3_freeState);
    XXH3_128bits_reset(state);
    std::vector<char> buffer(1 << 20);
    uint64_t done = 0, sinceProgress = 0;
    for (const fs::path& file : files) {
        const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            throw Error("cannot read " + file.string() + ": " + std::strerror(errno));
        std::unique_ptr<int, void (*)(int*)> closer(new int(fd), [](int* f) { ::close(*f); delete f; });
        snapshot.files.push_back(statFile(file, fd));
        uint64_t size = 0;
        for (;;) {
            const ssize_t got = ::read(fd, buffer.data(), buffer.size());
            if (got < 0) {
                if (errno == EINTR)
                    continue;
                throw Error("cannot read " + file.string() + ": " + std::strerror(errno));
            }
            if (got == 0)
                break;
            XXH3_128bits_update(state, buffer.data(), static_cast<size_t>(got));
            size += static_cast<uint64_t>(got);
            done += static_cast<uint64_t>(got);
            sinceProgress += static_cast<uint64_t>(got);
            if (progress && sinceProgress >= (16u << 20)) {
                sinceProgress = 0;
                progress(done, total);
            }
        }
        unsigned char sizeBytes[8];
        for (int i = 0; i < 8; ++i)
            sizeBytes[i] = static_cast<unsigned char>(size >> (8 * i));
        XXH3_128bits_update(state, sizeBytes, sizeof sizeBytes);
        snapshot.bytes += size;
    }
    if (progress)
        progress(done, done);
    const XXH128_hash_t digest = XXH3_128bits_digest(state);
    std::array<char, 33> hex{};
    std::snprintf(hex.data(), hex.size(), "%016llx%016llx", static_cast<unsigned long long>(digest.high64),
                  static_cast<unsigned long long>(digest.low64));
    snapshot.fingerprint.assign(hex.data(), 32);
    return snapshot;
}

std::optional<std::string> describeChange(const CorpusSnapshot& before, const CorpusSnapshot& after)
{
    if (before.files.size() != after.files.size())
        return "its files changed (" + std::to_string(before.files.size()) + " files before, " +
               std::to_string(after.files.size()) + " after)";
    for (size_t i = 0; i < before.files.size(); ++i) {
        const auto& a = before.files[i];
        const auto& b = after.files[i];
        if (a.path != b.path)
            return "its files changed (" + a.path.string() + " became " + b.path.string() + ")";
        if (a.size != b.size)
            return "the file " + a.path.string() + " changed size (" + std::to_string(a.size) + " -> " +
                   std::to_string(b.size) + " bytes)";
        if (a.modifiedNs != b.modifiedNs)
            return "the file " + a.path.string() + " was modified";
    }
    if (before.fingerprint != after.fingerprint)
        return "the content of its files changed (fingerprint " + before.fingerprint + " -> " + after.fingerprint + ")";
    return std::nullopt;
}

} // namespace adaptlab::corpus
