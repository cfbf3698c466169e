// Records with many keys: CorpusReader with "all other fields as metadata" on one JSON Lines record
// of 25k, 50k, 100k and 200k distinct keys (and the same with a number simdjson cannot hold, which
// takes the reader's slow path), printing CPU seconds per record and the ratio to the size before.
// Linear de-duplication doubles the time when the keys double; the quadratic one it replaced
// (15 s at 100k keys, 45 s at 200k) quadrupled it. Not a test: it prints numbers and never fails.
//
//   bench_corpus_reader_keys [--reps 3]
#include "corpus/corpus_reader.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <time.h>
#include <vector>

namespace {

using namespace adaptlab::corpus;

double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

double readOnce(const std::filesystem::path& path)
{
    ReaderOptions options;
    options.fields.allOtherFieldsAsMetadata = true;
    const double start = cpuSeconds();
    CorpusReader reader({path}, options);
    Document document;
    size_t keys = 0;
    while (reader.next(document))
        keys += document.metadata.size();
    const double seconds = cpuSeconds() - start;
    if (keys == 0)
        std::fprintf(stderr, "no metadata read from %s\n", path.c_str());
    return seconds;
}

} // namespace

int main(int argc, char** argv)
{
    int reps = 3;
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--reps") == 0)
            reps = std::max(1, std::atoi(argv[++i]));
    const std::filesystem::path folder = std::filesystem::temp_directory_path() / "adaptlab-bench-keys";
    std::filesystem::create_directories(folder);
    for (const bool huge : {false, true}) {
        std::printf("%s\n", huge ? "with a number beyond simdjson (slow path)" : "simdjson DOM (fast path)");
        double before = 0;
        for (const int keys : {25000, 50000, 100000, 200000}) {
            std::string record = "{\"text\":\"many keys\"";
            for (int k = 0; k < keys; ++k)
                record += ",\"key" + std::to_string(k) + "\":\"value " + std::to_string(k) + "\"";
            record += huge ? ",\"huge\":1e999}\n" : "}\n";
            const std::filesystem::path path = folder / ("keys-" + std::to_string(keys) + ".jsonl");
            std::ofstream(path, std::ios::binary) << record;
            std::vector<double> times;
            for (int r = 0; r < reps; ++r)
                times.push_back(readOnce(path));
            std::sort(times.begin(), times.end());
            const double seconds = times[times.size() / 2];
            std::printf("  %6d keys: %8.4f s CPU", keys, seconds);
            if (before > 0)
                std::printf("  (x%.2f for twice the keys)", seconds / before);
            std::printf("\n");
            before = seconds;
        }
    }
    std::filesystem::remove_all(folder);
    return 0;
}
