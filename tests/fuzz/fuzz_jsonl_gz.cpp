// fuzz_jsonl_gz: the JSON Lines reader on gzip input (input.jsonl.gz). As fuzz_jsonl_zst: bytes that
// start like gzip (1F 8B) are the file as they are (the inflater's error paths, concatenated
// members, early ends); any other bytes are JSON Lines text compressed here into gzip members of a
// few bytes each. The reader checks are those of fuzz_corpus_reader.h.
#include "fuzz_corpus_reader.h"

#include <zlib.h>

#include <string>

using namespace adaptlab;

namespace {

std::string gzipInMembers(const uint8_t* data, size_t size)
{
    static z_stream z = [] {
        z_stream stream{};
        // A 512-byte window and a 256-entry hash (memLevel 1): deflateReset clears the hash for
        // every member, and the default 64 kB of it per member was most of each execution.
        if (deflateInit2(&stream, 1, Z_DEFLATED, 9 + 16, 1, Z_DEFAULT_STRATEGY) != Z_OK) // + 16: gzip header
            fuzz::fail("deflateInit2");
        return stream;
    }();
    const size_t member = 1 + size % 31;
    std::string out;
    std::string buffer;
    for (size_t at = 0; at < size; at += member) {
        const size_t n = std::min(member, size - at);
        deflateReset(&z); // a new member, reusing the compressor's memory
        buffer.resize(deflateBound(&z, static_cast<uLong>(n)) + 32);
        z.next_in = const_cast<Bytef*>(data + at);
        z.avail_in = static_cast<uInt>(n);
        z.next_out = reinterpret_cast<Bytef*>(buffer.data());
        z.avail_out = static_cast<uInt>(buffer.size());
        if (deflate(&z, Z_FINISH) != Z_STREAM_END)
            fuzz::fail("deflate");
        out.append(buffer.data(), buffer.size() - z.avail_out);
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static fuzz::FuzzInputFile file("input.jsonl.gz");
    if (size >= 2 && data[0] == 0x1F && data[1] == 0x8B) {
        file.write(data, size);
    } else {
        const std::string compressed = gzipInMembers(data, size);
        file.write(compressed.data(), compressed.size());
    }
    fuzz::checkCorpusFile(file.path(), fuzz::optionsFor(size));
    return 0;
}
