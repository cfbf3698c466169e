// fuzz_signals_seeds OUT_DIR INPUT...: writes one signals file per corpus input (a file or folder)
// by scanning it as `corpus_inspect` does, as seeds for fuzz_signals_file. Made at fuzz time rather
// than committed, so the seeds always have the writer's current format.
#include "corpus/corpus_scan.h"

#include <cstdio>
#include <filesystem>

using namespace adaptlab;

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s OUT_DIR INPUT...\n", argv[0]);
        return 2;
    }
    const std::filesystem::path out = argv[1];
    std::filesystem::create_directories(out);
    int written = 0;
    for (int i = 2; i < argc; ++i) {
        const std::filesystem::path input = argv[i];
        corpus::ScanOptions options;
        options.threads = 1;
        options.signalsPath = out / (input.filename().string() + ".signals");
        try {
            corpus::scanCorpus({input}, options);
            ++written;
        } catch (const std::exception& error) {
            std::fprintf(stderr, "fuzz_signals_seeds: %s: %s\n", input.c_str(), error.what());
        }
    }
    std::printf("fuzz_signals_seeds: %d signals files in %s\n", written, out.c_str());
    return written > 0 ? 0 : 1;
}
