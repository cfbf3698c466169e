// buildShards (shard_builder.h): snapshot the inputs, reuse a matching folder, or read -> encode ->
// write in a three-stage pipeline into a temporary folder that becomes the target when complete.
#include "tokenize/shard_builder.h"

#include "common/atomic_file.h"
#include "common/cores.h"
#include "common/temp_file.h"
#include "data/meco.h"

#include <xxhash.h>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <fstream>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_set>

namespace adaptlab::tokenize {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

std::string hex64(uint64_t value)
{
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(value));
    return text;
}

const char* plainTextName(corpus::PlainTextMode mode)
{
    switch (mode) {
    case corpus::PlainTextMode::FilePerDocument: return "file";
    case corpus::PlainTextMode::BlankLineBlocks: return "blocks";
    case corpus::PlainTextMode::LinePerDocument: return "lines";
    }
    return "?";
}

// splitmix64: the same numbers on every platform (std:: distributions are not).
class SplitMix {
public:
    explicit SplitMix(uint64_t seed) : state_(seed) {}
    uint64_t next()
    {
        uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, bound], by rejection (no modulo bias).
    uint64_t upTo(uint64_t bound)
    {
        if (bound == ~uint64_t(0))
            return next();
        const uint64_t range = bound + 1;
        const uint64_t limit = ~uint64_t(0) - (~uint64_t(0) % range);
        uint64_t x;
        do
            x = next();
        while (x >= limit);
        return x % range;
    }

private:
    uint64_t state_;
};

// Floyd's algorithm: K distinct indices of [0, N), sorted; each K-subset equally likely.
std::vector<uint64_t> sampleIndices(uint64_t n, uint64_t k, uint64_t seed)
{
    SplitMix random(seed ^ 0x68656c646f7574ULL); // "heldout"
    std::unordered_set<uint64_t> chosen;
    chosen.reserve(k * 2);
    for (uint64_t j = n - k; j < n; ++j) {
        const uint64_t t = random.upTo(j);
        if (!chosen.insert(t).second)
            chosen.insert(j);
    }
    std::vector<uint64_t> out(chosen.begin(), chosen.end());
    std::sort(out.begin(), out.end());
    return out;
}

corpus::ReaderOptions readingOptions(const ShardSource& source, const std::string& metadataField)
{
    corpus::ReaderOptions options = source.options;
    // Only the field the shards keep: mapping every other field would cost time for nothing.
    options.fields.metadataFields.clear();
    options.fields.allOtherFieldsAsMetadata = false;
    if (!metadataField.empty())
        options.fields.metadataFields.push_back(metadataField);
    return options;
}

// A bounded hand-over between two pipeline stages. abort() wakes everyone: a stage that failed or
// was stopped ends the others.
template <typename T>
class Channel {
public:
    explicit Channel(size_t capacity) : capacity_(capacity) {}
    bool push(T item)
    {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return aborted_ || items_.size() < capacity_; });
        if (aborted_)
            return false;
        items_.push_back(std::move(item));
        changed_.notify_all();
        return true;
    }
    std::optional<T> pop()
    {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return aborted_ || closed_ || !items_.empty(); });
        if (aborted_ || items_.empty())
            return std::nullopt;
        T item = std::move(items_.front());
        items_.pop_front();
        changed_.notify_all();
        return item;
    }
    void close()
    {
        std::lock_guard lock(mutex_);
        closed_ = true;
        changed_.notify_all();
    }
    void abort()
    {
        std::lock_guard lock(mutex_);
        aborted_ = true;
        changed_.notify_all();
    }

private:
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<T> items_;
    size_t capacity_;
    bool closed_ = false, aborted_ = false;
};

// Documents read but not yet written: their text in one arena, and where each goes.
struct Batch {
    std::string text;
    std::vector<size_t> textEnds;
    std::string metadata;
    std::vector<size_t> metadataEnds;
    std::vector<bool> hasMetadata;
    std::vector<uint32_t> source;
    std::vector<bool> heldout;
    std::vector<std::vector<int32_t>> ids;

    size_t size() const { return textEnds.size(); }
    // Empty again, keeping the capacity: a batch goes round the pipeline instead of being freed,
    // so the arenas are not given back to the system and faulted in again for every batch.
    void clear()
    {
        text.clear();
        textEnds.clear();
        metadata.clear();
        metadataEnds.clear();
        hasMetadata.clear();
        source.clear();
        heldout.clear();
        ids.clear();
    }
    std::string_view textOf(size_t i) const
    {
        const size_t begin = i == 0 ? 0 : textEnds[i - 1];
        return std::string_view(text).substr(begin, textEnds[i] - begin);
    }
    std::string_view metadataOf(size_t i) const
    {
        const size_t begin = i == 0 ? 0 : metadataEnds[i - 1];
        return std::string_view(metadata).substr(begin, metadataEnds[i] - begin);
    }
};

// One split's files: a new shard when the current one reaches the size cap.
class SplitWriter {
public:
    SplitWriter(fs::path dir, std::string split, uint32_t vocabSize, uint64_t maxTokenBytes,
                const std::vector<ShardSource>& sources)
        : dir_(std::move(dir)), split_(std::move(split)), vocabSize_(vocabSize), maxTokenBytes_(maxTokenBytes), sources_(sources)
    {
    }

    void add(std::span<const int32_t> ids, uint32_t source, std::optional<std::string_view> metadata)
    {
        if (!writer_ || (writer_->documents() > 0 && writer_->tokenBytes() >= maxTokenBytes_))
            startFile();
        const uint32_t sourceId = writer_->internString(sources_[source].name);
        const uint32_t metadataId = metadata ? writer_->internString(*metadata) : kNoMetadata;
        writer_->addDocument(ids, sourceId, metadataId);
        documents_ += 1;
        tokens_ += ids.size();
    }

    // Commits the last file (an empty split still gets one file, so a reader finds it).
    void finish(bool always)
    {
        if (!writer_ && always)
            startFile();
        commitCurrent();
    }

    const std::vector<ShardFileInfo>& files() const { return files_; }
    uint64_t documents() const { return documents_; }
    uint64_t tokens() const { return tokens_; }

private:
    void startFile()
    {
        commitCurrent();
        char name[64];
        std::snprintf(name, sizeof name, "%s-%05zu.shard", split_.c_str(), files_.size());
        writer_ = std::make_unique<ShardWriter>(dir_ / name, vocabSize_);
        // Every source name in every file, in input order: source ids mean the same in all files.
        for (const ShardSource& s : sources_)
            writer_->internString(s.name);
    }
    void commitCurrent()
    {
        if (!writer_)
            return;
        const ShardHeader header = writer_->commit();
        files_.push_back({writer_->target().filename().string(), split_, header.documents, header.tokens,
                          header.stringRegion.end(), hex64(header.checksum)});
        writer_.reset();
    }

    fs::path dir_;
    std::string split_;
    uint32_t vocabSize_;
    uint64_t maxTokenBytes_;
    const std::vector<ShardSource>& sources_;
    std::unique_ptr<ShardWriter> writer_;
    std::vector<ShardFileInfo> files_;
    uint64_t documents_ = 0, tokens_ = 0;
};

// Removes a folder tree on every way out unless released (the temporary build folder).
class FolderGuard {
public:
    explicit FolderGuard(fs::path path) : path_(std::move(path)) {}
    ~FolderGuard()
    {
        if (!path_.empty()) {
            std::error_code ec;
            fs::remove_all(path_, ec);
        }
    }
    FolderGuard(const FolderGuard&) = delete;
    FolderGuard& operator=(const FolderGuard&) = delete;
    void release() { path_.clear(); }

private:
    fs::path path_;
};

// A dead build's temporary folders beside the target (temp_file.h's removeStaleTemporaries takes
// files only).
void removeStaleBuildFolders(const fs::path& parent)
{
    std::error_code ec;
    for (fs::directory_iterator it(parent, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->is_directory(ec) && isStaleTemporary(it->path().filename().string())) {
            std::error_code removeError;
            fs::remove_all(it->path(), removeError);
        }
    }
}

void fsyncFolder(const fs::path& folder)
{
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        throw Error("cannot open the folder " + folder.string() + " to sync it: " + std::strerror(errno));
    const int rc = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (rc != 0)
        throw Error("cannot sync the folder " + folder.string() + ": " + std::strerror(error));
}

struct Snapshots {
    std::vector<corpus::CorpusSnapshot> perSource;
    std::string combined;
};

Snapshots snapshotSources(const std::vector<ShardSource>& sources, const ShardBuildHooks& hooks, const char* stage)
{
    Snapshots out;
    uint64_t total = 0;
    for (const ShardSource& source : sources)
        for (const fs::path& file : corpus::expandInputs(source.paths, source.options)) {
            std::error_code ec;
            const auto size = fs::file_size(file, ec);
            total += ec ? 0 : size;
        }
    uint64_t before = 0;
    for (const ShardSource& source : sources) {
        out.perSource.push_back(corpus::snapshotCorpus(source.paths, source.options, [&](uint64_t done, uint64_t) {
            if (hooks.checkStop)
                hooks.checkStop();
            if (hooks.progress)
                hooks.progress(static_cast<int64_t>(before + done), static_cast<int64_t>(std::max(total, before + done)), stage);
        }));
        before += out.perSource.back().bytes;
    }
    if (out.perSource.size() == 1) {
        out.combined = out.perSource[0].fingerprint;
    } else {
        std::string joined;
        for (const auto& s : out.perSource)
            joined += s.fingerprint + "\n";
        const XXH128_hash_t digest = XXH3_128bits(joined.data(), joined.size());
        out.combined = hex64(digest.high64) + hex64(digest.low64);
    }
    return out;
}

uint64_t countDocuments(const ShardBuildOptions& options, const ShardBuildHooks& hooks, uint64_t totalBytes)
{
    uint64_t documents = 0;
    int64_t before = 0;
    corpus::Document document;
    for (const ShardSource& source : options.sources) {
        // The same options as the tokenizing pass, so both passes see the same documents.
        corpus::ReaderOptions reading = readingOptions(source, options.metadataField);
        corpus::CorpusReader reader(source.paths, reading);
        while (reader.next(document)) {
            ++documents;
            if ((documents & 0x3FF) == 0) {
                if (hooks.checkStop)
                    hooks.checkStop();
                if (hooks.progress)
                    hooks.progress(before + reader.bytesRead(), static_cast<int64_t>(totalBytes), "count documents");
            }
        }
        before += reader.totalBytes();
        if (hooks.progress)
            hooks.progress(before, static_cast<int64_t>(totalBytes), "count documents");
    }
    return documents;
}

json fileJson(const ShardFileInfo& f)
{
    return {{"name", f.name}, {"split", f.split}, {"documents", f.documents}, {"tokens", f.tokens},
            {"bytes", f.bytes}, {"checksum", f.checksum}};
}

} // namespace

// One rule for the host the shards store and the host MeCo renders (data/meco.h).
std::string urlHost(std::string_view url) { return data::urlHost(url); }

json shardOptionsJson(const ShardBuildOptions& options)
{
    json sources = json::array();
    for (const ShardSource& s : options.sources)
        sources.push_back({{"name", s.name},
                           {"text_field", s.options.fields.textField},
                           {"plain_text", plainTextName(s.options.plainText)},
                           {"glob", s.options.glob},
                           {"recursive", s.options.recursive},
                           {"max_record_bytes", s.options.maxRecordBytes}});
    return {{"format_version", kShardVersion},
            {"sources", sources},
            {"heldout_docs", options.heldoutDocuments},
            {"seed", options.seed},
            {"metadata_field", options.metadataField},
            {"max_shard_token_bytes", options.maxShardTokenBytes}};
}

std::string shardOptionsHash(const json& optionsJson)
{
    const std::string text = optionsJson.dump();
    return hex64(XXH3_64bits(text.data(), text.size()));
}

std::string shardFolderName(const std::string& tokenizerFingerprint, const std::string& optionsHash)
{
    return tokenizerFingerprint.substr(0, 12) + "-" + optionsHash.substr(0, 8);
}

std::optional<std::string> shardOutDirProblem(const fs::path& outDir)
{
    std::error_code ec;
    if (!fs::exists(outDir, ec))
        return std::nullopt;
    if (!fs::is_directory(outDir, ec))
        return "the output " + outDir.string() + " exists and is not a folder";
    for (fs::directory_iterator it(outDir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        const bool ours = name == "manifest.json" || name.ends_with(".shard") || (name.starts_with(".") && name.find(".adaptlab-tmp-") != std::string::npos);
        if (!ours)
            return "the output folder " + outDir.string() + " holds " + name +
                   ", which is not part of a token shard build; choose a new or empty folder";
    }
    return std::nullopt;
}

json toJson(const ShardBuildResult& r)
{
    json files = json::array();
    for (const ShardFileInfo& f : r.files)
        files.push_back(fileJson(f));
    return {{"dir", r.dir.string()},
            {"reused", r.reused},
            {"documents", r.documents},
            {"tokens", r.tokens},
            {"heldout_documents", r.heldoutDocuments},
            {"heldout_tokens", r.heldoutTokens},
            {"dtype", std::string(toString(r.dtype))},
            {"vocab_size", r.vocabSize},
            {"files", files},
            {"dataset_fingerprint", r.datasetFingerprint},
            {"tokenizer_fingerprint", r.tokenizerFingerprint},
            {"options_hash", r.optionsHash}};
}

std::optional<ShardBuildResult> reusableShards(const fs::path& outDir, const std::string& datasetFingerprint,
                                               const std::string& tokenizerFingerprint, const std::string& optionsHash)
{
    const fs::path manifestPath = outDir / "manifest.json";
    std::ifstream in(manifestPath, std::ios::binary);
    if (!in)
        return std::nullopt;
    try {
        const json m = json::parse(in);
        if (m.value("version", 0) != kShardManifestVersion || m.value("dataset_fingerprint", "") != datasetFingerprint ||
            m.value("tokenizer_fingerprint", "") != tokenizerFingerprint || m.value("options_hash", "") != optionsHash)
            return std::nullopt;
        ShardBuildResult r;
        r.dir = outDir;
        r.reused = true;
        r.documents = m.at("documents").get<uint64_t>();
        r.tokens = m.at("tokens").get<uint64_t>();
        r.heldoutDocuments = m.at("heldout_documents").get<uint64_t>();
        r.heldoutTokens = m.at("heldout_tokens").get<uint64_t>();
        r.dtype = m.at("dtype").get<std::string>() == "u32" ? TokenDtype::U32 : TokenDtype::U16;
        r.vocabSize = m.at("vocab_size").get<uint32_t>();
        r.datasetFingerprint = datasetFingerprint;
        r.tokenizerFingerprint = tokenizerFingerprint;
        r.options = m.at("options");
        r.optionsHash = optionsHash;
        r.manifest = m;
        for (const json& f : m.at("files")) {
            ShardFileInfo info{f.at("name").get<std::string>(), f.at("split").get<std::string>(),
                               f.at("documents").get<uint64_t>(), f.at("tokens").get<uint64_t>(),
                               f.at("bytes").get<uint64_t>(), f.at("checksum").get<std::string>()};
            // A file that is gone, cut or replaced means a rebuild, not a failure.
            if (info.name.find('/') != std::string::npos)
                return std::nullopt;
            const ShardReader reader(outDir / info.name);
            if (reader.fileSize() != info.bytes || hex64(reader.header().checksum) != info.checksum ||
                reader.documents() != info.documents)
                return std::nullopt;
            r.files.push_back(std::move(info));
        }
        return r;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

ShardBuildResult buildShards(const Tokenizer& tokenizer, const ShardBuildOptions& options, const ShardBuildHooks& hooks)
{
    if (options.sources.empty())
        throw Error("no inputs to build token shards from");
    auto log = [&](const std::string& message, const std::string& level = "info") {
        if (hooks.log)
            hooks.log(message, level);
    };
    auto progress = [&](int64_t done, int64_t total, const std::string& stage) {
        if (hooks.progress)
            hooks.progress(done, total, stage);
    };
    auto checkStop = [&] {
        if (hooks.checkStop)
            hooks.checkStop();
    };
    if (const auto problem = shardOutDirProblem(options.outDir))
        throw Error(*problem);

    // 1. The cache key.
    const Snapshots before = snapshotSources(options.sources, hooks, "fingerprint");
    const json optionsJson = shardOptionsJson(options);
    const std::string optionsHash = shardOptionsHash(optionsJson);
    if (auto reused = reusableShards(options.outDir, before.combined, tokenizer.fingerprint(), optionsHash)) {
        log("reusing the token shards in " + options.outDir.string() + " (same inputs, tokenizer and options)");
        return *reused;
    }
    uint64_t totalBytes = 0;
    for (const auto& s : before.perSource)
        totalBytes += s.bytes;

    // 2. The held-out documents, by index over all inputs in order.
    std::vector<uint64_t> heldout;
    if (options.heldoutDocuments > 0) {
        const uint64_t documents = countDocuments(options, hooks, totalBytes);
        if (options.heldoutDocuments >= documents)
            throw Error("cannot hold out " + std::to_string(options.heldoutDocuments) + " documents: the inputs hold " +
                        std::to_string(documents) + " (leave some for training)");
        heldout = sampleIndices(documents, options.heldoutDocuments, options.seed);
    }

    // 3. Build into a temporary folder beside the target.
    const fs::path parent = options.outDir.parent_path().empty() ? fs::path(".") : options.outDir.parent_path();
    fs::create_directories(parent);
    removeStaleBuildFolders(parent);
    const fs::path work = temporaryPath(parent, options.outDir.filename().string());
    fs::create_directory(work);
    FolderGuard workGuard(work);

    const auto vocabSize = static_cast<uint32_t>(tokenizer.vocabSize());
    SplitWriter train(work, "train", vocabSize, options.maxShardTokenBytes, options.sources);
    SplitWriter held(work, "heldout", vocabSize, options.maxShardTokenBytes, options.sources);
    const int threads = options.threads > 0 ? options.threads : coresAvailable();

    Channel<Batch> toEncode(1), toWrite(1);
    // Written batches, back to the reader (at most the few in flight ever exist).
    std::mutex spareMutex;
    std::vector<Batch> spare;
    std::mutex failureMutex;
    std::exception_ptr failure;
    auto fail = [&](std::exception_ptr error) {
        {
            std::lock_guard lock(failureMutex);
            if (!failure)
                failure = error;
        }
        toEncode.abort();
        toWrite.abort();
    };
    std::thread encoder([&] {
        try {
            while (auto batch = toEncode.pop()) {
                std::vector<std::string_view> texts(batch->size());
                for (size_t i = 0; i < texts.size(); ++i)
                    texts[i] = batch->textOf(i);
                batch->ids = tokenizer.encodeBatch(texts, threads);
                if (!toWrite.push(std::move(*batch)))
                    return;
            }
            toWrite.close();
        } catch (...) {
            fail(std::current_exception());
        }
    });
    std::thread writer([&] {
        try {
            while (auto batch = toWrite.pop()) {
                for (size_t i = 0; i < batch->size(); ++i) {
                    const std::optional<std::string_view> meta =
                        batch->hasMetadata[i] ? std::optional(batch->metadataOf(i)) : std::nullopt;
                    (batch->heldout[i] ? held : train).add(batch->ids[i], batch->source[i], meta);
                }
                batch->clear();
                std::lock_guard lock(spareMutex);
                spare.push_back(std::move(*batch));
            }
        } catch (...) {
            fail(std::current_exception());
        }
    });
    auto joinStages = [&] {
        if (encoder.joinable())
            encoder.join();
        if (writer.joinable())
            writer.join();
    };

    try {
        Batch batch;
        uint64_t index = 0;
        size_t nextHeldout = 0;
        int64_t bytesBefore = 0;
        corpus::Document document;
        auto send = [&] {
            if (batch.size() == 0)
                return;
            if (!toEncode.push(std::move(batch)))
                throw Error("token shard build ended early"); // the stage's own failure is rethrown below
            std::lock_guard lock(spareMutex);
            if (spare.empty()) {
                batch = Batch();
            } else {
                batch = std::move(spare.back());
                spare.pop_back();
            }
        };
        for (uint32_t s = 0; s < options.sources.size(); ++s) {
            const ShardSource& source = options.sources[s];
            corpus::CorpusReader reader(source.paths, readingOptions(source, options.metadataField));
            while (reader.next(document)) {
                batch.text += document.text;
                batch.textEnds.push_back(batch.text.size());
                bool hasMeta = false;
                if (!options.metadataField.empty()) {
                    const std::string_view value = document.meta(options.metadataField);
                    if (!value.empty()) {
                        const std::string meta = options.metadataField == "url" ? urlHost(value) : std::string(value);
                        if (!meta.empty()) {
                            batch.metadata += meta;
                            hasMeta = true;
                        }
                    }
                }
                batch.metadataEnds.push_back(batch.metadata.size());
                batch.hasMetadata.push_back(hasMeta);
                batch.source.push_back(s);
                const bool isHeldout = nextHeldout < heldout.size() && heldout[nextHeldout] == index;
                if (isHeldout)
                    ++nextHeldout;
                batch.heldout.push_back(isHeldout);
                ++index;
                if (batch.text.size() >= options.batchBytes) {
                    checkStop();
                    progress(bytesBefore + reader.bytesRead(), static_cast<int64_t>(totalBytes), "tokenize");
                    send();
                }
            }
            for (const auto& [kind, count] : reader.problems().counts)
                log(source.name + ": skipped " + std::to_string(count) + " records (" + kind + ")", "warning");
            bytesBefore += reader.totalBytes();
        }
        checkStop();
        send();
        toEncode.close();
        joinStages();
        if (failure)
            std::rethrow_exception(failure);
        if (index == 0)
            throw Error("no documents could be read from the inputs");
        progress(static_cast<int64_t>(totalBytes), static_cast<int64_t>(totalBytes), "tokenize");
    } catch (...) {
        toEncode.abort();
        toWrite.abort();
        joinStages();
        // A stage's own error says more than the reader's "ended early".
        if (failure)
            std::rethrow_exception(failure);
        throw;
    }
    train.finish(true);
    held.finish(!heldout.empty());
    checkStop();

    // 4. The inputs must be what they were when the build began.
    const Snapshots after = snapshotSources(options.sources, hooks, "check inputs");
    for (size_t i = 0; i < options.sources.size(); ++i) {
        if (const auto change = corpus::describeChange(before.perSource[i], after.perSource[i]))
            throw Error("the input " + options.sources[i].name + " changed while its token shards were built: " + *change +
                        "; nothing was kept, build them again");
    }

    // 5. The manifest, last; then the folder takes the target's place.
    ShardBuildResult result;
    result.dir = options.outDir;
    result.documents = train.documents();
    result.tokens = train.tokens();
    result.heldoutDocuments = held.documents();
    result.heldoutTokens = held.tokens();
    result.dtype = dtypeForVocab(vocabSize);
    result.vocabSize = vocabSize;
    result.files = train.files();
    result.files.insert(result.files.end(), held.files().begin(), held.files().end());
    result.datasetFingerprint = before.combined;
    result.tokenizerFingerprint = tokenizer.fingerprint();
    result.options = optionsJson;
    result.optionsHash = optionsHash;
    json sources = json::array();
    for (size_t i = 0; i < options.sources.size(); ++i)
        sources.push_back({{"name", options.sources[i].name},
                           {"fingerprint", before.perSource[i].fingerprint},
                           {"bytes", before.perSource[i].bytes}});
    json manifest = toJson(result);
    manifest.erase("dir");
    manifest.erase("reused");
    manifest["format"] = "adaptlab-token-shards";
    manifest["version"] = kShardManifestVersion;
    manifest["tokenizer_path"] = tokenizer.path().string();
    manifest["tokenizer"] = tokenizer.description();
    manifest["options"] = optionsJson;
    manifest["sources"] = sources;
    manifest["special_tokens_added"] = false;
    {
        AtomicFile file(work / "manifest.json");
        file.write(manifest.dump(2) + "\n");
        file.commit();
    }
    result.manifest = manifest;

    // An older build in the target moves aside first (rename cannot replace a folder that has
    // files), and is deleted once the new one is in place.
    std::optional<fs::path> old;
    std::error_code ec;
    if (fs::exists(options.outDir, ec)) {
        old = temporaryPath(parent, options.outDir.filename().string() + ".old");
        fs::rename(options.outDir, *old);
    }
    fs::rename(work, options.outDir);
    workGuard.release();
    fsyncFolder(parent);
    if (old)
        fs::remove_all(*old, ec);
    return result;
}

} // namespace adaptlab::tokenize
