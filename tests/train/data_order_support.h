// What the data-order tests share: shard folders written with ShardWriter from documents the test
// knows token by token, so every packed row can be checked against the documents it came from.
#pragma once

#include "tokenize/token_shard.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace adaptlab::train::test {

using Documents = std::vector<std::vector<int32_t>>;

inline constexpr int32_t kEos = 1;
inline constexpr int32_t kBos = 2;
inline constexpr int32_t kFirstContentId = 3;

// COUNT documents of MINLEN..MAXLEN tokens (count <= vocab - 3). The first token of document d is
// kFirstContentId + d, so a document is known by its first token; the rest are pseudo-random
// content ids (never EOS or BOS).
inline Documents makeDocuments(size_t count, size_t minLength, size_t maxLength, uint32_t vocab, uint64_t seed)
{
    Documents documents;
    uint64_t state = seed * 0x9e3779b97f4a7c15ULL + 1;
    for (size_t d = 0; d < count; ++d) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        const size_t length = minLength + (state >> 33) % (maxLength - minLength + 1);
        std::vector<int32_t> ids{static_cast<int32_t>(kFirstContentId + d)};
        while (ids.size() < length) {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            ids.push_back(static_cast<int32_t>(kFirstContentId + (state >> 33) % (vocab - kFirstContentId)));
        }
        documents.push_back(std::move(ids));
    }
    return documents;
}

inline void writeShard(const std::filesystem::path& file, const Documents& documents, uint32_t vocab)
{
    tokenize::ShardWriter writer(file, vocab);
    const uint32_t source = writer.internString("test");
    for (const auto& d : documents)
        writer.addDocument(d, source);
    writer.commit();
}

// A shard build folder: the training documents in SHARDS train files (split evenly, in order),
// and a held-out file when HELDOUT is not empty.
inline std::filesystem::path writeFolder(const std::filesystem::path& folder, const Documents& train, uint32_t vocab,
                                         const Documents& heldout = {}, size_t shards = 1)
{
    std::filesystem::create_directories(folder);
    const size_t per = (train.size() + shards - 1) / shards;
    for (size_t s = 0; s < shards; ++s) {
        const size_t begin = std::min(train.size(), s * per), end = std::min(train.size(), begin + per);
        char name[32];
        std::snprintf(name, sizeof name, "train-%05zu.shard", s);
        writeShard(folder / name, Documents(train.begin() + begin, train.begin() + end), vocab);
    }
    if (!heldout.empty())
        writeShard(folder / "heldout-00000.shard", heldout, vocab);
    return folder;
}

} // namespace adaptlab::train::test
