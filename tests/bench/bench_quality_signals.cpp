// Quality-signal benchmark: computeSignals() on one thread over the documents of a corpus held in
// memory, against a baseline measured in the same run on the same texts (XXH64 of every text: one
// fast read of every byte). Prints, for the median of several repetitions, the seconds (wall and
// thread CPU), MB/s, CPU-seconds per GB and the ratio to the baseline, plus a fingerprint of every
// signal value so two builds can be checked to compute the same numbers. Not a test: it prints
// numbers and never fails on time.
//
//   bench_quality_signals [--file CORPUS] [--mb N] [--reps N]
// CORPUS defaults to the 100 MB corpus that bench_corpus_scan generates; --mb loads only its first
// N MB of text.
#include "corpus/corpus_reader.h"
#include "corpus/quality_signals.h"

#include <xxhash.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <iostream>
#include <string>
#include <vector>

using namespace adaptlab::corpus;

namespace {

struct Time {
    double wall = 0;
    double cpu = 0; // this thread's CPU time: less disturbed by other work on the machine
};

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

template <typename Work>
Time timeOnce(Work&& work)
{
    const auto wall = std::chrono::steady_clock::now();
    const double cpu = threadCpuSeconds();
    work();
    return {std::chrono::duration<double>(std::chrono::steady_clock::now() - wall).count(), threadCpuSeconds() - cpu};
}

template <typename Work>
Time median(int reps, Work&& work)
{
    std::vector<Time> times;
    for (int r = 0; r < reps; ++r)
        times.push_back(timeOnce(work));
    auto middle = [&](auto member) {
        std::vector<double> values;
        for (const Time& t : times)
            values.push_back(t.*member);
        std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
        return values[values.size() / 2];
    };
    return {middle(&Time::wall), middle(&Time::cpu)};
}

// The timed loops store their results here, so the compiler cannot drop them.
volatile uint64_t observed = 0;

} // namespace

int main(int argc, char** argv)
{
    std::string file = "/tmp/adaptlab-bench-corpus/corpus-100mb.jsonl.zst";
    double mb = 0;
    int reps = 5;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--file" && i + 1 < argc) file = argv[++i];
        else if (a == "--mb" && i + 1 < argc) mb = std::stod(argv[++i]);
        else if (a == "--reps" && i + 1 < argc) reps = std::max(1, std::stoi(argv[++i]));
        else {
            std::cerr << "usage: bench_quality_signals [--file CORPUS] [--mb N] [--reps N]\n";
            return 2;
        }
    }

    std::vector<std::string> texts;
    size_t bytes = 0;
    try {
        CorpusReader reader({file});
        Document doc;
        while (reader.next(doc) && !(mb > 0 && double(bytes) >= mb * 1e6)) {
            bytes += doc.text.size();
            texts.push_back(std::move(doc.text));
        }
    } catch (const std::exception& e) {
        std::cerr << e.what() << "\n";
        return 1;
    }
    if (texts.empty()) {
        std::cerr << "no documents in " << file << "\n";
        return 1;
    }
    std::vector<size_t> lengths;
    for (const auto& t : texts)
        lengths.push_back(t.size());
    std::nth_element(lengths.begin(), lengths.begin() + lengths.size() / 2, lengths.end());
    std::printf("%zu documents, %.1f MB of text, median %zu bytes; median of %d repetitions\n", texts.size(),
                double(bytes) / 1e6, lengths[lengths.size() / 2], reps);

    // Untimed first passes: page the texts in and warm the thread's scratch arrays.
    uint64_t baselineSum = 0;
    for (const auto& t : texts)
        baselineSum += XXH64(t.data(), t.size(), 0);
    XXH64_state_t* fingerprint = XXH64_createState();
    XXH64_reset(fingerprint, 0);
    for (const auto& t : texts) {
        const SignalVector v = computeSignals(t);
        XXH64_update(fingerprint, v.data(), sizeof(float) * v.size());
    }
    const uint64_t signalsFingerprint = XXH64_digest(fingerprint);
    XXH64_freeState(fingerprint);

    uint64_t sink = 0;
    const Time baseline = median(reps, [&] {
        for (const auto& t : texts)
            sink += XXH64(t.data(), t.size(), 0);
    });
    float floatSink = 0;
    const Time signals = median(reps, [&] {
        for (const auto& t : texts)
            floatSink += computeSignals(t)[0];
    });

    auto line = [&](const char* name, const Time& t) {
        std::printf("%-16s wall %8.3f s  cpu %8.3f s  %9.1f MB/s  %7.3f CPU-s/GB  x%.1f baseline\n", name, t.wall,
                    t.cpu, double(bytes) / 1e6 / t.cpu, t.cpu / (double(bytes) / 1e9), t.cpu / baseline.cpu);
    };
    line("XXH64 baseline", baseline);
    line("computeSignals", signals);
    std::printf("%.0f ns per document; signal fingerprint %016llx\n", signals.cpu * 1e9 / double(texts.size()),
                static_cast<unsigned long long>(signalsFingerprint));
    observed = baselineSum + sink + uint64_t(floatSink);
    return 0;
}
