// fuzz_jsonl_zst: the JSON Lines reader on zstd input (input.jsonl.zst). Two kinds of input, both
// worth fuzzing: bytes that start like zstd (the magic number or a skippable frame) are the file as
// they are, so mutations reach the decoder's error paths (cut, corrupt or concatenated frames) and
// the early-end handling; any other bytes are JSON Lines text that is compressed here into frames
// of a few bytes each, so that lines arrive cut across many reads and the line assembly is fuzzed
// with real records. The reader checks are those of fuzz_corpus_reader.h.
#include "fuzz_corpus_reader.h"

#include <zstd.h>

#include <string>

using namespace adaptlab;

namespace {

std::string compressInFrames(const uint8_t* data, size_t size)
{
    static ZSTD_CCtx* context = ZSTD_createCCtx(); // reused: a context per frame is most of the time
    const size_t frame = 1 + size % 29; // from 1 byte to 29 bytes of text per frame
    std::string out;
    std::string buffer;
    for (size_t at = 0; at < size; at += frame) {
        const size_t n = std::min(frame, size - at);
        buffer.resize(ZSTD_compressBound(n));
        const size_t written = ZSTD_compressCCtx(context, buffer.data(), buffer.size(), data + at, n, 1);
        if (ZSTD_isError(written))
            fuzz::fail("ZSTD_compress");
        out.append(buffer.data(), written);
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static fuzz::FuzzInputFile file("input.jsonl.zst");
    const bool zstd = size >= 4
        && ((data[0] == 0x28 && data[1] == 0xB5 && data[2] == 0x2F && data[3] == 0xFD)
            || ((data[0] & 0xF0) == 0x50 && data[1] == 0x2A && data[2] == 0x4D && data[3] == 0x18));
    if (zstd) {
        file.write(data, size);
    } else {
        const std::string compressed = compressInFrames(data, size);
        file.write(compressed.data(), compressed.size());
    }
    fuzz::checkCorpusFile(file.path(), fuzz::optionsFor(size));
    return 0;
}
