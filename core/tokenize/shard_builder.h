// buildShards: turns corpus inputs into token shards (token_shard.h) once, so that no training run
// re-tokenizes. The result is a folder:
//   train-00000.shard [train-00001.shard ...]   the training documents, a new file per size cap
//   heldout-00000.shard                         the held-out documents (when any were asked for)
//   manifest.json                               what was built from what; written last
// It is a cache keyed by (the inputs' content fingerprint, the tokenizer's fingerprint, the
// options): a folder whose manifest has the same key is reused as it is; anything else is rebuilt.
//
// Crash safety: the files are written into a hidden temporary folder beside the target (its name
// from temp_file.h, so a later build removes a dead process's leftovers) and the folder is renamed
// onto the target only when every shard and the manifest are complete and fsynced. A stop, a
// failure or a kill leaves the target as it was.
//
// Held-out split (choice): by document, exactly `heldoutDocuments` of the N documents, chosen with
// a seeded sampler (Floyd's algorithm on splitmix64, the same on every platform) before tokenizing;
// this needs N, so a held-out split costs one reading pass over the corpus (parsing, no tokenizing).
// The same inputs and seed always give the same split.
#pragma once

#include "corpus/corpus_reader.h"
#include "corpus/dataset_fingerprint.h"
#include "tokenize/token_shard.h"
#include "tokenize/tokenizer.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace adaptlab::tokenize {

inline constexpr int kShardManifestVersion = 1;

// One input: a project dataset or a file, read as one corpus. Its name goes into the shards' side
// table as the documents' source.
struct ShardSource {
    std::string name;
    std::vector<std::filesystem::path> paths;
    corpus::ReaderOptions options;
};

struct ShardBuildOptions {
    std::vector<ShardSource> sources;
    std::filesystem::path outDir;      // the finished folder
    uint64_t heldoutDocuments = 0;
    uint64_t seed = 0;
    // A JSON field whose value becomes each document's metadata string ("url": its host, as MeCo
    // conditions on, METHODS §7; any other field: its value). Empty: none.
    std::string metadataField;
    int threads = 0;                   // encoding threads; 0 = the cores available
    // Bounds the memory: text is tokenized in batches of about this many bytes, and at most a few
    // batches are in flight (read, encoded, written).
    size_t batchBytes = 4u << 20;
    // A shard file holds at most about this many bytes of tokens; the next document starts a new file.
    uint64_t maxShardTokenBytes = uint64_t(1) << 30;
};

// What the caller is told and asked while it runs. Every hook may be empty; `checkStop` throws to
// stop (the job's JobStopped), and the build then leaves nothing.
struct ShardBuildHooks {
    std::function<void()> checkStop;
    std::function<void(int64_t done, int64_t total, const std::string& stage)> progress;
    std::function<void(const std::string& message, const std::string& level)> log;
};

struct ShardFileInfo {
    std::string name;  // relative to the folder: "train-00000.shard"
    std::string split; // "train" or "heldout"
    uint64_t documents = 0;
    uint64_t tokens = 0;
    uint64_t bytes = 0;
    std::string checksum; // the header's XXH3-64, 16 hex digits
};

struct ShardBuildResult {
    std::filesystem::path dir;
    bool reused = false;
    uint64_t documents = 0; // training documents
    uint64_t tokens = 0;
    uint64_t heldoutDocuments = 0;
    uint64_t heldoutTokens = 0;
    TokenDtype dtype = TokenDtype::U16;
    uint32_t vocabSize = 0;
    std::vector<ShardFileInfo> files;
    std::string datasetFingerprint;   // of all sources together (32 hex digits)
    std::string tokenizerFingerprint;
    nlohmann::json options;           // the options part of the cache key
    std::string optionsHash;          // 16 hex digits of XXH3-64 over options.dump()
    nlohmann::json manifest;
};

// The options part of the cache key: everything but the inputs' content and the tokenizer that
// decides which documents and ids the shards hold (not the threads or batch sizes, which change
// nothing in the output).
nlohmann::json shardOptionsJson(const ShardBuildOptions& options);
std::string shardOptionsHash(const nlohmann::json& optionsJson);
// "<first 12 digits of the tokenizer fingerprint>-<first 8 of the options hash>": the folder a
// project keeps the shards in, under shards/<dataset>/.
std::string shardFolderName(const std::string& tokenizerFingerprint, const std::string& optionsHash);

// Why OUTDIR cannot receive shards, if it cannot: it exists and is not a folder, or holds files
// that are not a shard build (a user's folder is never replaced).
std::optional<std::string> shardOutDirProblem(const std::filesystem::path& outDir);

// Reuses or builds the shards of OPTIONS with TOKENIZER. Throws Error (or what checkStop throws)
// naming what went wrong; the out folder is then left as it was. An input that changes while the
// shards are built (size, modification time or content before vs after) is such an error.
ShardBuildResult buildShards(const Tokenizer& tokenizer, const ShardBuildOptions& options,
                             const ShardBuildHooks& hooks = {});

// The result of a finished folder, from its manifest, when its key matches (reuse), else nullopt.
// Every shard file the manifest lists must be there and open (header and bounds; not the checksum).
std::optional<ShardBuildResult> reusableShards(const std::filesystem::path& outDir, const std::string& datasetFingerprint,
                                               const std::string& tokenizerFingerprint, const std::string& optionsHash);

// The JSON a build_shards job returns (the Tokenizer panel reads these keys): dir, reused,
// documents, tokens, heldout_documents, heldout_tokens, dtype, vocab_size, files, and the key.
nlohmann::json toJson(const ShardBuildResult& result);

// The URL's host as MeCo takes it (METHODS §7): data::urlHost (data/meco.h), the one rule: the
// scheme stripped, up to the first '/' (or '?', '#'), lower-cased, without userinfo or port.
// Empty when there is none.
std::string urlHost(std::string_view url);

} // namespace adaptlab::tokenize
