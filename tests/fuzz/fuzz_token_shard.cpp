// fuzz_token_shard: the token shard reader (tokenize::ShardReader, memory-mapped) on any bytes.
// The first byte chooses: even = the rest as it is; odd = the rest with its checksum field set to
// what the content gives, so the fuzzer gets past the checksum to the offsets, ids and strings that
// verify() checks. Beyond "no crash": only ShardError (a TokenizerError) is thrown; an opened file
// answers every accessor within its bounds or with ShardError; a verified file's documents, ids
// and strings are all in range and a ShardWriter writing them again gives a file that reads back
// to the same documents.
#include "fuzz_input_file.h"
#include "tokenize/token_shard.h"

#include <cstring>
#include <vector>

using namespace adaptlab;
using namespace adaptlab::tokenize;

namespace {

std::filesystem::path rewrittenPath()
{
    const std::filesystem::path shm = "/dev/shm";
    std::error_code ec;
    const std::filesystem::path base = std::filesystem::is_directory(shm, ec) ? shm : std::filesystem::temp_directory_path();
    return base / ("adaptlab-fuzz-shard-" + std::to_string(::getpid()) + ".shard");
}

std::vector<uint32_t> tokensOf(const TokenSpan& span)
{
    std::vector<uint32_t> ids(span.size());
    for (size_t i = 0; i < span.size(); ++i)
        ids[i] = span[i];
    return ids;
}

// Every accessor of an opened (maybe unverified) file: values or ShardError, nothing else.
void touchEverything(const ShardReader& reader)
{
    const uint64_t documents = std::min<uint64_t>(reader.documents(), 4096);
    for (uint64_t i = 0; i < documents; ++i) {
        try {
            const TokenSpan span = reader.document(i);
            for (size_t t = 0; t < span.size() && t < 64; ++t)
                (void)span[t];
        } catch (const ShardError&) {
        }
        try {
            (void)reader.sourceName(i);
            (void)reader.metadata(i);
        } catch (const ShardError&) {
        }
    }
    try {
        (void)reader.document(reader.documents());
        fuzz::fail("document(documents()) did not throw");
    } catch (const ShardError&) {
    }
}

void checkVerified(const ShardReader& reader)
{
    static const std::filesystem::path path = rewrittenPath();
    const uint64_t documents = reader.documents();
    if (documents > 100000)
        return;
    std::vector<std::vector<uint32_t>> read;
    {
        ShardWriter writer(path, reader.vocabSize());
        for (uint64_t i = 0; i < documents; ++i) {
            read.push_back(tokensOf(reader.document(i)));
            for (const uint32_t id : read.back())
                if (id >= reader.vocabSize())
                    fuzz::fail("a verified shard holds an id outside its vocabulary");
            const uint32_t source = writer.internString(reader.sourceName(i));
            const auto metadata = reader.metadata(i);
            const uint32_t metadataId = metadata ? writer.internString(*metadata) : kNoMetadata;
            const std::vector<int32_t> ids(read.back().begin(), read.back().end());
            writer.addDocument(ids, source, metadataId);
        }
        writer.commit();
    }
    const ShardReader again(path);
    again.verify();
    if (again.documents() != documents || again.tokens() != reader.tokens())
        fuzz::fail("a verified shard written again has other counts");
    for (uint64_t i = 0; i < documents; ++i) {
        if (tokensOf(again.document(i)) != read[i] || again.sourceName(i) != reader.sourceName(i) ||
            again.metadata(i) != reader.metadata(i))
            fuzz::fail("a verified shard written again reads back differently at document " + std::to_string(i));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static fuzz::FuzzInputFile input("input.shard");
    if (size == 0)
        return 0;
    std::vector<unsigned char> bytes(data + 1, data + size);
    if ((data[0] & 1) != 0 && bytes.size() >= 136) {
        const uint64_t checksum = shardChecksum(bytes);
        std::memcpy(bytes.data() + 128, &checksum, 8);
    }
    input.write(bytes.data(), bytes.size());
    try {
        const ShardReader reader(input.path());
        touchEverything(reader);
        reader.verify();
        try {
            checkVerified(reader);
        } catch (const ShardError& error) {
            fuzz::fail(std::string("a verified shard cannot be written again or read back: ") + error.what());
        }
    } catch (const ShardError&) {
        // refused, as it should be: the message names the file
    }
    return 0;
}
