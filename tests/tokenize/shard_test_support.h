// What the token shard tests and the fixture maker share: a small shard with known content, and
// the helpers that cut or patch a copy of it.
#pragma once

#include "tokenize/token_shard.h"

#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace adaptlab::tokenize::test {

struct SampleDocument {
    std::vector<int32_t> ids;
    std::string source;
    std::string metadata; // empty = none
};

// Documents of varied length (an empty one included), two sources, metadata on some.
inline std::vector<SampleDocument> sampleDocuments(uint32_t vocabSize, size_t count = 7)
{
    std::vector<SampleDocument> docs;
    uint64_t state = 0x5eed;
    for (size_t d = 0; d < count; ++d) {
        SampleDocument doc;
        const size_t length = d == 2 ? 0 : 1 + (d * 37) % 50;
        for (size_t t = 0; t < length; ++t) {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            doc.ids.push_back(static_cast<int32_t>((state >> 33) % vocabSize));
        }
        doc.ids.push_back(static_cast<int32_t>(vocabSize - 1)); // the largest id, where widths break
        if (d == 2)
            doc.ids.clear();
        doc.source = d % 3 == 0 ? "general" : "domain";
        doc.metadata = d % 2 == 0 ? (d % 4 == 0 ? "en.wikipedia.org" : "example.com") : "";
        docs.push_back(std::move(doc));
    }
    return docs;
}

inline ShardHeader writeSample(const std::filesystem::path& path, uint32_t vocabSize,
                               const std::vector<SampleDocument>& docs)
{
    ShardWriter writer(path, vocabSize);
    for (const SampleDocument& doc : docs) {
        const uint32_t source = writer.internString(doc.source);
        const uint32_t meta = doc.metadata.empty() ? kNoMetadata : writer.internString(doc.metadata);
        writer.addDocument(doc.ids, source, meta);
    }
    return writer.commit();
}

inline std::vector<char> readBytes(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void writeBytes(const std::filesystem::path& path, const std::vector<char>& bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

inline void patch32(std::vector<char>& bytes, size_t offset, uint32_t value)
{
    std::memcpy(bytes.data() + offset, &value, sizeof value);
}

inline void patch64(std::vector<char>& bytes, size_t offset, uint64_t value)
{
    std::memcpy(bytes.data() + offset, &value, sizeof value);
}

// Sets the checksum field to what the (patched) content gives, so only the patch is wrong.
inline void resealChecksum(std::vector<char>& bytes)
{
    patch64(bytes, 128, shardChecksum({reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size()}));
}

} // namespace adaptlab::tokenize::test
