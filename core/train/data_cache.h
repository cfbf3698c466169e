// The quick path's data preparation (`adaptlab-cli train --data PATH[:WEIGHT] --replay PATH:FRACTION`):
// raw corpus inputs become one token shard folder per source under a cache folder, reused while the
// inputs, the tokenizer and the options are the same (tokenize::buildShards keys its folder by
// content), and come back as the DataPlan's sources. An input that already is a shard build folder
// is used as it is, after checking it was built with the same tokenizer. Torch-free.
#pragma once

#include "corpus/corpus_reader.h"
#include "tokenize/shard_builder.h"
#include "tokenize/tokenizer.h"
#include "train/data_order.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace adaptlab::train {

struct CorpusInput {
    std::string name;                          // the source's name in metrics; empty = the first path's stem
    std::vector<std::filesystem::path> paths;  // text/JSONL files or folders, or one shard build folder
    double weight = 1.0;
    bool replay = false;
};

struct DataCacheOptions {
    std::vector<CorpusInput> inputs;
    std::filesystem::path cacheDir;  // <cacheDir>/<name>/<tokenizer fingerprint 12>-<options hash 8>/
    std::string textField = "text";  // the JSON field that holds the text
    corpus::PlainTextMode plainText = corpus::PlainTextMode::BlankLineBlocks;
    uint64_t heldoutDocuments = 0;   // per source, for held-out loss
    uint64_t seed = 0;               // the held-out split's seed
    int threads = 0;                 // encoding threads; 0 = the cores available
    // Added for issue 12 ("mecorun"): the JSON field whose value each document's metadata becomes
    // (tokenize::ShardBuildOptions::metadataField, part of the cache key); MeCo runs set it. A
    // prebuilt shard folder must have been built with the same field (Error otherwise). Empty: none.
    std::string metadataField;
};

struct PreparedSource {
    DataSource source;
    bool prebuilt = false;  // the input was a shard folder, used as it is
    bool reused = false;    // the cache already held these shards
    uint64_t documents = 0;
    uint64_t tokens = 0;
    uint64_t heldoutDocuments = 0;
};

// What a source name becomes on disk: letters, digits, '.', '_' and '-' kept, anything else '_'.
std::string cacheFolderName(const std::string& sourceName);

// Builds (or reuses) the shards of every input with TOKENIZER. Throws Error naming the input (a
// path that does not exist, a held-out count the input cannot spare, a shard folder built with
// another tokenizer, two inputs with one name); `hooks.checkStop` may throw to stop, leaving the
// cache as it was (buildShards builds into a temporary folder).
std::vector<PreparedSource> prepareDataSources(const tokenize::Tokenizer& tokenizer, const DataCacheOptions& options,
                                               const tokenize::ShardBuildHooks& hooks = {});

} // namespace adaptlab::train
