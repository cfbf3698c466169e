// Writes the committed bad-shard fixtures tests/fixtures/shards/ (see the README there):
//   make_shard_fixtures OUTPUT_DIR
// One intact shard and one file per way a shard can be broken; tst_token_shard checks that the
// reader accepts the first and refuses every other one with the message its table expects.
#include "shard_test_support.h"

#include <cstdio>

using namespace adaptlab::tokenize;
using namespace adaptlab::tokenize::test;
namespace fs = std::filesystem;

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_shard_fixtures OUTPUT_DIR\n");
        return 2;
    }
    try {
        const fs::path dir = argv[1];
        fs::create_directories(dir);
        const ShardHeader h = writeSample(dir / "good.shard", 300, sampleDocuments(300, 5));
        const std::vector<char> good = readBytes(dir / "good.shard");
        auto cut = [&](const char* name, uint64_t size) {
            writeBytes(dir / name, std::vector<char>(good.begin(), good.begin() + static_cast<std::ptrdiff_t>(size)));
        };
        cut("truncated-header.shard", 60);
        cut("truncated-tokens.shard", h.tokenRegion.offset + h.tokenRegion.size / 2);
        cut("truncated-offsets.shard", h.offsetRegion.offset + 8);
        cut("truncated-source-ids.shard", h.sourceRegion.offset + 4);
        cut("truncated-metadata-ids.shard", h.metadataRegion.offset + 4);
        cut("truncated-strings.shard", h.stringRegion.end() - 3);
        std::vector<char> bytes = good;
        bytes[0] = 'X';
        writeBytes(dir / "bad-magic.shard", bytes);
        bytes = good;
        patch32(bytes, 8, 2);
        resealChecksum(bytes);
        writeBytes(dir / "bad-version.shard", bytes);
        bytes = good;
        bytes[h.tokenRegion.offset + 1] ^= 0x01; // one bit of one token
        writeBytes(dir / "bad-checksum.shard", bytes);
        bytes = good;
        patch32(bytes, 16, 10); // a vocabulary smaller than the ids, sealed: only verify() sees it
        resealChecksum(bytes);
        writeBytes(dir / "token-outside-vocab.shard", bytes);
        bytes = good;
        bytes.push_back(0);
        writeBytes(dir / "trailing-bytes.shard", bytes);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "make_shard_fixtures: %s\n", error.what());
        return 1;
    }
    return 0;
}
