// Dedup hashing benchmark: the per-document work of a corpus scan's hashBatch (normalization, the
// exact hash, the MinHash signature, its band hashes and its stored b-bit form), single-threaded, on documents loaded into
// memory first so that reading and decompressing are not timed. In the same run it times a floor,
// XXH64 over every document's raw text, the separate calls (normalizeForDedup, XXH64,
// signatureOfNormalized, bandHashes, bBitSignature) and the fused MinHasher::hashDocument, and prints each in CPU
// seconds, CPU seconds per GB of text and as a ratio to that floor: the median of --reps
// repetitions (the paths take turns within a repetition, so machine noise hits them alike). Not a
// test: it prints numbers and never fails on time.
//
//   bench_dedup_hash [--corpus FILE] [--reps 5] [--mb 0 (all)]
// ADAPTLAB_MINHASH_KERNEL=scalar|avx2|avx512 times a narrower kernel choice.
#include "corpus/corpus_reader.h"
#include "corpus/dedup.h"

#include <xxhash.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>
#include <time.h>
#include <vector>

namespace {

using namespace adaptlab::corpus;

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// CPU seconds of this thread: on a shared machine, time spent waiting for a core is not counted.
double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) * 1e-9;
}

double timed(const std::function<void()>& body)
{
    const double start = cpuSeconds();
    body();
    return cpuSeconds() - start;
}

} // namespace

int main(int argc, char** argv)
{
    std::string corpus = "/tmp/adaptlab-bench-corpus/corpus-100mb.jsonl.zst";
    int reps = 5;
    double maxMb = 0;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--corpus")
            corpus = argv[i + 1];
        else if (flag == "--reps")
            reps = std::max(1, std::atoi(argv[i + 1]));
        else if (flag == "--mb")
            maxMb = std::atof(argv[i + 1]);
        else {
            std::fprintf(stderr, "usage: %s [--corpus FILE] [--reps N] [--mb MB]\n", argv[0]);
            return 2;
        }
    }

    std::vector<std::string> texts;
    size_t bytes = 0;
    {
        CorpusReader reader({corpus});
        Document doc;
        while (reader.next(doc) && (maxMb <= 0 || double(bytes) < maxMb * 1e6)) {
            bytes += doc.text.size();
            texts.push_back(std::move(doc.text));
        }
    }
    if (texts.empty()) {
        std::fprintf(stderr, "no documents in %s\n", corpus.c_str());
        return 1;
    }
    const double gb = double(bytes) / 1e9;
    std::printf("%zu documents, %.1f MB of text (%s), %d repetitions\n", texts.size(), double(bytes) / 1e6,
                corpus.c_str(), reps);

    const MinHasher hasher;
    // Every path folds its results into a checksum that is printed, so no work is optimized away.
    uint64_t sink = 0;
    std::vector<double> baseline, separate, fused;
    for (int rep = 0; rep < reps; ++rep) {
        baseline.push_back(timed([&] {
            for (const auto& t : texts)
                sink += XXH64(t.data(), t.size(), 0);
        }));
        separate.push_back(timed([&] {
            // hashBatch's calls before hashDocument: five calls and three vectors per document.
            std::string normalized;
            for (const auto& t : texts) {
                normalizeForDedup(t, normalized);
                sink += XXH64(normalized.data(), normalized.size(), 0);
                const auto signature = hasher.signatureOfNormalized(normalized);
                sink += hasher.bandHashes(signature)[0] + bBitSignature(signature)[0];
            }
        }));
        fused.push_back(timed([&] {
            // The fused call for hashBatch: the bands and the b-bit signature go into new vectors
            // per document, as into a new row of a batch.
            for (const auto& t : texts) {
                uint64_t exact = 0;
                std::vector<uint64_t> bands;
                std::vector<uint16_t> bBits;
                hasher.hashDocument(t, exact, bands, bBits);
                sink += exact + bands[0] + bBits[0];
            }
        }));
    }

    const double base = median(baseline);
    auto report = [&](const char* name, const std::vector<double>& seconds) {
        const double m = median(seconds);
        std::printf("%-50s %7.3f CPU s  %6.3f s/GB  %6.2fx baseline\n", name, m, m / gb, m / base);
    };
    report("baseline: XXH64 of the raw text", baseline);
    report("separate: normalize + XXH64 + signature + bands + b-bit", separate);
    report("fused: MinHasher::hashDocument", fused);
    std::printf("fused is %.2fx faster than separate\n", median(separate) / median(fused));
    std::printf("checksum %016llx\n", static_cast<unsigned long long>(sink));
    return 0;
}
