// Scan memory benchmark (issue 7): does the peak RSS of a scan grow with the number of documents?
// Generates zstd-compressed JSON Lines corpora of short documents (5-20 words, like social-media
// posts; ~2% exact copies) of each size asked for, runs `adaptlab-cli corpus inspect FILE --json`
// on each as a child process and prints its peak RSS (wait4's ru_maxrss) and wall time, then the
// growth per document between the smallest and the largest corpus. With --dedup it also runs
// `corpus dedup --mode both` (hashing and duplicate clustering without the quality signals and
// histograms), which shows how much of the growth is the duplicate clustering's. Not a test: it
// prints numbers and never fails on them.
//
//   bench_scan_memory [--docs 1000000,4000000,8000000] [--threads 2] [--dir DIR] [--dedup] [--keep]
// The corpora are kept in DIR (default: build/tests/bench-scan-memory) and reused; --keep keeps
// them after the run too. The scan's temporary signals file goes beside the corpus (~230 bytes per
// document: 9 GB at 40M documents), so DIR needs the disk space.
#include "child_run.h"

#include <zstd.h>

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <fcntl.h>
#include <filesystem>
#include <iostream>
#include <random>
#include <spawn.h>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

namespace {

namespace fs = std::filesystem;

using Run = adaptlab::bench::ChildRun;
using adaptlab::bench::runChild;

// Writes `documents` short documents, zstd level 1.
void generate(const fs::path& path, int64_t documents)
{
    std::mt19937_64 rng(7);
    std::vector<std::string> vocabulary;
    const std::string consonants = "bcdfghjklmnprstvwz", vowels = "aeiou";
    while (vocabulary.size() < 5000) {
        std::string word;
        for (int s = 1 + static_cast<int>(rng() % 3); s > 0; --s) {
            word += consonants[rng() % consonants.size()];
            word += vowels[rng() % vowels.size()];
        }
        vocabulary.push_back(word);
    }
    std::FILE* file = std::fopen(path.c_str(), "wb");
    ZSTD_CCtx* ctx = ZSTD_createCCtx();
    ZSTD_CCtx_setParameter(ctx, ZSTD_c_compressionLevel, 1);
    std::string buffer, out(ZSTD_CStreamOutSize(), '\0'), previous;
    auto flush = [&](ZSTD_EndDirective mode) {
        ZSTD_inBuffer in{buffer.data(), buffer.size(), 0};
        for (;;) {
            ZSTD_outBuffer o{out.data(), out.size(), 0};
            const size_t left = ZSTD_compressStream2(ctx, &o, &in, mode);
            std::fwrite(out.data(), 1, o.pos, file);
            if (mode == ZSTD_e_end ? left == 0 : in.pos == in.size)
                break;
        }
        buffer.clear();
    };
    for (int64_t d = 0; d < documents; ++d) {
        std::string text;
        if (d > 0 && rng() % 50 == 0) {
            text = previous; // an exact copy
        } else {
            for (int w = 5 + static_cast<int>(rng() % 16); w > 0; --w)
                text += vocabulary[rng() % vocabulary.size()] + (w > 1 ? " " : ".");
        }
        buffer += nlohmann::json{{"text", text}}.dump();
        buffer += '\n';
        previous = std::move(text);
        if (buffer.size() > (4 << 20))
            flush(ZSTD_e_continue);
    }
    flush(ZSTD_e_end);
    ZSTD_freeCCtx(ctx);
    std::fclose(file);
}

std::vector<int64_t> parseSizes(const std::string& text)
{
    std::vector<int64_t> sizes;
    std::stringstream in(text);
    for (std::string part; std::getline(in, part, ',');)
        sizes.push_back(static_cast<int64_t>(std::stod(part)));
    return sizes;
}

} // namespace

int main(int argc, char** argv)
{
    std::vector<int64_t> sizes = {1'000'000, 4'000'000, 8'000'000};
    int threads = 2;
    bool dedup = false, keep = false;
    const fs::path build = fs::weakly_canonical(fs::absolute(argv[0])).parent_path().parent_path();
    fs::path dir = build / "tests" / "bench-scan-memory";
    std::string cli = (build / "bin" / "adaptlab-cli").string();
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--docs" && i + 1 < argc) sizes = parseSizes(argv[++i]);
        else if (a == "--threads" && i + 1 < argc) threads = std::stoi(argv[++i]);
        else if (a == "--dir" && i + 1 < argc) dir = argv[++i];
        else if (a == "--cli" && i + 1 < argc) cli = argv[++i];
        else if (a == "--dedup") dedup = true;
        else if (a == "--keep") keep = true;
        else {
            std::cerr << "usage: bench_scan_memory [--docs N,N,...] [--threads N] [--dir DIR] [--cli PATH] [--dedup] [--keep]\n";
            return 2;
        }
    }
    fs::create_directories(dir);
    struct Point {
        int64_t documents;
        Run inspect, dedup;
    };
    std::vector<Point> points;
    for (const int64_t documents : sizes) {
        const fs::path corpus = dir / ("short-" + std::to_string(documents) + ".jsonl.zst");
        if (!fs::exists(corpus)) {
            std::cerr << "generating " << corpus << " ...\n";
            generate(corpus, documents);
        }
        Point point{documents, {}, {}};
        point.inspect = runChild({cli, "corpus", "inspect", corpus.string(), "--threads", std::to_string(threads), "--json"},
                                 (dir / "inspect.json").string());
        if (dedup) {
            const fs::path out = dir / "deduped.jsonl.zst";
            point.dedup = runChild({cli, "corpus", "dedup", corpus.string(), "--mode", "both", "--threads",
                                    std::to_string(threads), "--out", out.string(), "--json"},
                                   (dir / "dedup.json").string());
            fs::remove(out);
        }
        std::cout << documents << " documents: inspect " << point.inspect.maxRssKb / 1024 << " MB peak, "
                  << point.inspect.seconds << " s" << (point.inspect.status ? " (FAILED)" : "");
        if (dedup)
            std::cout << "; dedup " << point.dedup.maxRssKb / 1024 << " MB peak, " << point.dedup.seconds << " s"
                      << (point.dedup.status ? " (FAILED)" : "");
        std::cout << "\n" << std::flush;
        points.push_back(point);
        if (!keep)
            fs::remove(corpus);
    }
    if (points.size() >= 2) {
        const Point& a = points.front();
        const Point& b = points.back();
        const double perDocument = 1024.0 * static_cast<double>(b.inspect.maxRssKb - a.inspect.maxRssKb) /
            static_cast<double>(b.documents - a.documents);
        std::cout << "inspect grows " << perDocument << " bytes per document";
        if (dedup)
            std::cout << "; dedup (hashing + clustering) "
                      << 1024.0 * static_cast<double>(b.dedup.maxRssKb - a.dedup.maxRssKb) /
                    static_cast<double>(b.documents - a.documents)
                      << " bytes per document";
        std::cout << "\n";
    }
    return 0;
}
