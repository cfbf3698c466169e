#include "train/data_cache.h"

#include "common/error.h"

#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <system_error>
#include <typeinfo>

namespace adaptlab::train {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// An exclusive flock on "<folder>.lock" beside a shard folder while it is built.
class BuildLock {
public:
    explicit BuildLock(const fs::path& folder)
    {
        const fs::path file = folder.parent_path() / (folder.filename().string() + ".lock");
        std::error_code ec;
        fs::create_directories(folder.parent_path(), ec);
        fd_ = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (fd_ < 0)
            throw Error("cannot open the lock file " + file.string() + ": " + std::strerror(errno));
        while (::flock(fd_, LOCK_EX) != 0) {
            if (errno != EINTR) {
                const int error = errno;
                ::close(fd_);
                throw Error("cannot lock " + file.string() + ": " + std::strerror(error));
            }
        }
    }
    ~BuildLock() { ::close(fd_); } // closing releases the lock
    BuildLock(const BuildLock&) = delete;
    BuildLock& operator=(const BuildLock&) = delete;

private:
    int fd_ = -1;
};

// A shard build folder: a manifest written by buildShards, or at least train-*.shard files.
bool isShardFolder(const fs::path& path)
{
    std::error_code ec;
    if (!fs::is_directory(path, ec))
        return false;
    if (fs::is_regular_file(path / "manifest.json", ec))
        return true;
    for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.starts_with("train-") && name.ends_with(".shard"))
            return true;
    }
    return false;
}

PreparedSource usePrebuilt(const tokenize::Tokenizer& tokenizer, const CorpusInput& input, const std::string& name,
                           const std::string& metadataField)
{
    const fs::path folder = input.paths.front();
    PreparedSource prepared;
    prepared.source = DataSource{name, folder, input.weight, input.replay};
    prepared.prebuilt = true;
    const fs::path manifestPath = folder / "manifest.json";
    std::ifstream in(manifestPath, std::ios::binary);
    if (!in && !metadataField.empty())
        throw Error("data source '" + name + "': " + folder.string() + " has no manifest.json, so nothing says its " +
                    "documents carry the metadata field '" + metadataField + "' MeCo conditions on");
    if (!in)
        return prepared; // shards without a manifest: DataOrder checks them (vocabulary, checksums)
    json manifest;
    try {
        manifest = json::parse(in);
    } catch (const json::exception& e) {
        throw Error(manifestPath.string() + ": not valid JSON: " + e.what());
    }
    // Ids from another tokenizer would train on garbage: refuse rather than guess.
    const std::string builtWith = manifest.value("tokenizer_fingerprint", "");
    if (builtWith != tokenizer.fingerprint())
        throw Error("data source '" + name + "': the shards in " + folder.string() + " were built with another tokenizer (" +
                    manifest.value("tokenizer_path", std::string("unknown")) + ", fingerprint " + builtWith + ") than " +
                    tokenizer.path().string() + " (" + tokenizer.fingerprint() + ")");
    // MeCo reads the metadata the build stored: shards built without the field have none.
    if (!metadataField.empty()) {
        const json options = manifest.value("options", json::object());
        const std::string builtField = options.is_object() ? options.value("metadata_field", std::string()) : std::string();
        if (builtField != metadataField)
            throw Error("data source '" + name + "': the shards in " + folder.string() + " were built " +
                        (builtField.empty() ? std::string("without metadata") : "with the metadata field '" + builtField + "'") +
                        ", not with '" + metadataField + "' (give the corpus itself, or shards built with that field)");
    }
    prepared.documents = manifest.value("documents", uint64_t(0));
    prepared.tokens = manifest.value("tokens", uint64_t(0));
    prepared.heldoutDocuments = manifest.value("heldout_documents", uint64_t(0));
    return prepared;
}

} // namespace

std::string cacheFolderName(const std::string& sourceName)
{
    std::string out;
    for (const unsigned char c : sourceName)
        out += (std::isalnum(c) && c < 0x80) || c == '.' || c == '_' || c == '-' ? static_cast<char>(c) : '_';
    if (out.empty() || out == "." || out == "..")
        out = "source" + out;
    return out;
}

std::vector<PreparedSource> prepareDataSources(const tokenize::Tokenizer& tokenizer, const DataCacheOptions& options,
                                               const tokenize::ShardBuildHooks& hooks)
{
    if (options.inputs.empty())
        throw Error("no training data given");
    // Every input is checked before any is tokenized (which can take minutes).
    std::vector<std::string> names;
    for (const CorpusInput& input : options.inputs) {
        if (input.paths.empty())
            throw Error("a data source without files");
        const std::string name = input.name.empty() ? input.paths.front().stem().string() : input.name;
        if (std::find(names.begin(), names.end(), name) != names.end())
            throw Error("two data sources are named '" + name + "'; name them (the held-out metrics are per source)");
        names.push_back(name);
        std::error_code ec;
        for (const fs::path& path : input.paths)
            if (!fs::exists(path, ec))
                throw Error("data source '" + name + "': " + path.string() + " does not exist");
    }
    std::vector<PreparedSource> prepared;
    for (size_t i = 0; i < options.inputs.size(); ++i) {
        const CorpusInput& input = options.inputs[i];
        const std::string& name = names[i];
        if (input.paths.size() == 1 && isShardFolder(input.paths.front())) {
            prepared.push_back(usePrebuilt(tokenizer, input, name, options.metadataField));
            continue;
        }

        tokenize::ShardBuildOptions build;
        corpus::ReaderOptions reading;
        reading.fields.textField = options.textField;
        reading.plainText = options.plainText;
        build.sources = {tokenize::ShardSource{name, input.paths, reading}};
        build.heldoutDocuments = options.heldoutDocuments;
        build.seed = options.seed;
        build.threads = options.threads;
        build.metadataField = options.metadataField;
        // The folder name carries the tokenizer and the options, so another tokenizer or held-out
        // count builds beside the old shards instead of replacing them.
        const std::string optionsHash = tokenize::shardOptionsHash(tokenize::shardOptionsJson(build));
        build.outDir = options.cacheDir / cacheFolderName(name) / tokenize::shardFolderName(tokenizer.fingerprint(), optionsHash);
        tokenize::ShardBuildResult result;
        try {
            // Data-parallel workers prepare the same sources at once: one builds, the others wait
            // and then reuse its shards (buildShards would otherwise build them N times and
            // replace the folder another worker is reading).
            const BuildLock lock(build.outDir);
            result = tokenize::buildShards(tokenizer, build, hooks);
        } catch (const Error& e) {
            // Only plain errors gain the source's name: a stop (JobStopped) or another subclass
            // keeps its type for the caller.
            if (typeid(e) != typeid(Error))
                throw;
            throw Error("data source '" + name + "': " + e.what());
        }
        PreparedSource source;
        source.source = DataSource{name, result.dir, input.weight, input.replay};
        source.reused = result.reused;
        source.documents = result.documents;
        source.tokens = result.tokens;
        source.heldoutDocuments = result.heldoutDocuments;
        prepared.push_back(std::move(source));
    }
    return prepared;
}

} // namespace adaptlab::train
