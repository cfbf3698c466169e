// Corpus scan benchmark (issue 3). Generates a zstd-compressed JSON Lines corpus (~1 GB of JSON
// before compression by default) with a realistic length spread (log-normal word counts, Zipf
// vocabulary) and planted exact and near duplicates; then, in the same run, times the floor
// `zstd -dc FILE > /dev/null` and the real `adaptlab-cli corpus` commands as child processes:
// the full signal scan (inspect), near-dedup, and DSIR scoring (select), each printed as a ratio to
// the floor with its peak RSS, and each command's own phase timings (its result's "timings"; the
// DSIR target is for the "score" phase). Not a test: it prints numbers and never fails on time.
//
//   bench_corpus_scan [--mb 1000] [--threads 2] [--reps 3] [--dir DIR] [--keep]
// Every timing is the median of --reps runs (the floor's after one untimed warm-up run), so one
// disturbed run does not decide a ratio; peak RSS is the largest of the runs.
// Run it twice (--mb 100 and --mb 1000) to see that peak RSS does not grow with corpus size.
#include "child_run.h"

#include <zstd.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <spawn.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

namespace {

namespace fs = std::filesystem;

using Timing = adaptlab::bench::ChildRun;
using adaptlab::bench::runChild;

// The median run of `reps` (wall time; its result file is the last run's), with the largest peak RSS.
// `output`, when given, is removed before each run (untimed): a job never replaces an existing file.
Timing medianRun(const std::vector<std::string>& argv, const std::string& stdoutPath, int reps,
                 const fs::path& output = {})
{
    std::vector<Timing> runs;
    long maxRss = 0;
    for (int i = 0; i < reps; ++i) {
        if (!output.empty())
            fs::remove(output);
        runs.push_back(runChild(argv, stdoutPath));
        maxRss = std::max(maxRss, runs.back().maxRssKb);
    }
    std::sort(runs.begin(), runs.end(), [](const Timing& a, const Timing& b) { return a.seconds < b.seconds; });
    Timing median = runs[runs.size() / 2];
    median.maxRssKb = maxRss;
    for (const Timing& run : runs)
        if (run.status != 0)
            median.status = run.status; // a failed run is reported
    return median;
}

class ZstdFile {
public:
    explicit ZstdFile(const fs::path& path) : file_(std::fopen(path.c_str(), "wb")), ctx_(ZSTD_createCCtx())
    {
        ZSTD_CCtx_setParameter(ctx_, ZSTD_c_compressionLevel, 3);
        out_.resize(ZSTD_CStreamOutSize());
    }
    ~ZstdFile()
    {
        flush(ZSTD_e_end);
        std::fclose(file_);
        ZSTD_freeCCtx(ctx_);
    }
    void write(const std::string& line)
    {
        buffer_ += line;
        if (buffer_.size() > (4 << 20))
            flush(ZSTD_e_continue);
    }

private:
    void flush(ZSTD_EndDirective mode)
    {
        ZSTD_inBuffer in{buffer_.data(), buffer_.size(), 0};
        for (;;) {
            ZSTD_outBuffer out{out_.data(), out_.size(), 0};
            const size_t left = ZSTD_compressStream2(ctx_, &out, &in, mode);
            std::fwrite(out_.data(), 1, out.pos, file_);
            if (mode == ZSTD_e_end ? left == 0 : in.pos == in.size)
                break;
        }
        buffer_.clear();
    }
    std::FILE* file_;
    ZSTD_CCtx* ctx_;
    std::string buffer_, out_;
};

// Pseudo-English: a Zipf-distributed vocabulary of generated words, sentences of 5-25 words.
struct TextGenerator {
    std::mt19937_64 rng{42};
    std::vector<std::string> vocabulary;
    std::discrete_distribution<size_t> zipf;

    TextGenerator()
    {
        const char* common[] = {"the", "of", "and", "to", "a", "in", "that", "is", "was", "with", "be", "have", "for"};
        for (const char* w : common)
            vocabulary.push_back(w);
        const std::string consonants = "bcdfghjklmnprstvwz", vowels = "aeiou";
        std::uniform_int_distribution<int> syllables(1, 4);
        while (vocabulary.size() < 20000) {
            std::string word;
            for (int s = syllables(rng); s > 0; --s) {
                word += consonants[rng() % consonants.size()];
                word += vowels[rng() % vowels.size()];
            }
            vocabulary.push_back(word);
        }
        std::vector<double> weights;
        for (size_t i = 0; i < vocabulary.size(); ++i)
            weights.push_back(1.0 / static_cast<double>(i + 1));
        zipf = std::discrete_distribution<size_t>(weights.begin(), weights.end());
    }

    std::string document(int words)
    {
        std::string text;
        int sentence = 0;
        for (int w = 0; w < words; ++w) {
            text += vocabulary[zipf(rng)];
            if (++sentence > 5 && rng() % 12 == 0) {
                text += (rng() % 8 == 0) ? ".\n\n" : ". ";
                sentence = 0;
            } else {
                text += ' ';
            }
        }
        return text;
    }
};

} // namespace

int main(int argc, char** argv)
{
    double mb = 1000;
    int threads = 2;
    int reps = 3;
    fs::path dir = fs::temp_directory_path() / "adaptlab-bench-corpus";
    bool keep = false;
    std::string cli = fs::path(argv[0]).parent_path().parent_path() / "bin" / "adaptlab-cli";
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--mb" && i + 1 < argc) mb = std::stod(argv[++i]);
        else if (a == "--threads" && i + 1 < argc) threads = std::stoi(argv[++i]);
        else if (a == "--reps" && i + 1 < argc) reps = std::max(1, std::stoi(argv[++i]));
        else if (a == "--dir" && i + 1 < argc) dir = argv[++i];
        else if (a == "--cli" && i + 1 < argc) cli = argv[++i];
        else if (a == "--keep") keep = true;
        else {
            std::cerr << "usage: bench_corpus_scan [--mb N] [--threads N] [--reps N] [--dir DIR] [--cli PATH] [--keep]\n";
            return 2;
        }
    }
    fs::create_directories(dir);
    const fs::path corpus = dir / ("corpus-" + std::to_string(static_cast<int>(mb)) + "mb.jsonl.zst");
    const fs::path target = dir / "target.jsonl";

    if (!fs::exists(corpus)) {
        std::cerr << "generating " << corpus << " ...\n";
        TextGenerator gen;
        std::lognormal_distribution<double> length(std::log(300.0), 0.9); // median ~300 words, long tail
        ZstdFile out(corpus);
        std::vector<std::string> recent;
        const char* hosts[] = {"en.wikipedia.org", "news.example.com", "forum.example.net", "docs.example.org",
                               "blog.example.io"};
        double written = 0;
        int64_t index = 0;
        while (written < mb * 1e6) {
            std::string text;
            const uint64_t roll = gen.rng() % 100;
            if (roll < 2 && !recent.empty()) {
                text = recent[gen.rng() % recent.size()]; // exact duplicate
            } else if (roll < 5 && !recent.empty()) {
                text = recent[gen.rng() % recent.size()]; // near duplicate: ~5% of words replaced
                size_t pos = 0;
                while ((pos = text.find(' ', pos + 1)) != std::string::npos && pos + 1 < text.size())
                    if (gen.rng() % 20 == 0)
                        text.insert(pos + 1, gen.vocabulary[gen.zipf(gen.rng)] + " ");
            } else {
                text = gen.document(std::clamp(static_cast<int>(length(gen.rng)), 5, 20000));
            }
            if (recent.size() < 2000)
                recent.push_back(text);
            else if (gen.rng() % 10 == 0)
                recent[gen.rng() % recent.size()] = text;
            const std::string line =
                nlohmann::json{{"text", text},
                               {"url", std::string("https://") + hosts[index % 5] + "/a/" + std::to_string(index)},
                               {"source", index % 7 == 0 ? "forum" : "web"}}
                    .dump() +
                "\n";
            out.write(line);
            written += static_cast<double>(line.size());
            ++index;
        }
        std::ofstream t(target);
        for (int i = 0; i < 2000; ++i)
            t << nlohmann::json{{"text", gen.document(200)}}.dump() << "\n";
        std::cerr << index << " documents, " << written / 1e6 << " MB of JSON\n";
    }

    const std::string sink = "/dev/null";
    const std::string threadArg = std::to_string(threads);
    std::cout << "corpus: " << corpus << " (" << fs::file_size(corpus) / 1e6 << " MB compressed, " << mb
              << " MB of JSON), threads: " << threads << "\n";
    // The floor: one untimed run brings the file into the page cache (every step below reads it
    // from there too), then the median of the runs.
    runChild({"zstd", "-dc", "-q", corpus.string()}, sink);
    const Timing floor = medianRun({"zstd", "-dc", "-q", corpus.string()}, sink, reps);
    std::cout << "floor  zstd -dc:       " << floor.seconds << " s (median of " << reps << ", after a warm-up run)\n";
    const fs::path out = dir / "out.jsonl.zst";
    struct Step {
        const char* name;
        std::vector<std::string> argv;
        double target;
    } steps[] = {
        {"scan (inspect)", {cli, "corpus", "inspect", corpus.string(), "--meta-field", "url", "--threads", threadArg, "--json"}, 4},
        {"near-dedup", {cli, "corpus", "dedup", corpus.string(), "--mode", "near", "--threads", threadArg, "--out", out.string(), "--json"}, 8},
        {"DSIR select", {cli, "corpus", "select", "--target", target.string(), "--raw", corpus.string(), "-k", "10000", "--threads", threadArg, "--out", out.string(), "--json"}, 4},
    };
    for (const Step& step : steps) {
        const Timing t = medianRun(step.argv, (dir / "result.json").string(), reps, out);
        const bool ok = WIFEXITED(t.status) && WEXITSTATUS(t.status) == 0;
        std::printf("%-18s %8.2f s  ratio %5.2fx (target <= %.0fx)  peak RSS %6.1f MB%s\n", step.name, t.seconds,
                    t.seconds / floor.seconds, step.target, static_cast<double>(t.maxRssKb) / 1024.0,
                    ok ? "" : "  FAILED");
        // The commands report their phases ("timings" in the result JSON, of the last run): print
        // each next to the whole command. The DSIR target is for scoring, the "score" phase.
        std::ifstream resultFile(dir / "result.json");
        const auto result = nlohmann::json::parse(resultFile, nullptr, false);
        if (ok && result.is_object() && result.contains("timings") && result["timings"].is_object())
            for (const auto& [phase, value] : result["timings"].items())
                if (value.is_number())
                    std::printf("    %-22s %8.2f s  ratio %5.2fx%s\n", phase.c_str(), value.get<double>(),
                                value.get<double>() / floor.seconds,
                                phase == "score_s" ? "  <- DSIR scoring (target <= 4x)" : "");
    }
    if (!keep)
        fs::remove(out);
    return 0;
}
