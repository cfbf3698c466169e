// How fast the data order packs rows and how much a resume costs, against baselines in the same
// process (not a test; build with `cmake --build build --target bench_data_order` and run
// build/tests/bench_data_order [documents]):
//   packing: tokens/s of batch() over an epoch vs. a sequential copy of every shard token (the
//            floor of touching each token once);
//   resume:  a fresh DataOrder's first batch at step S (the memoised walk over document lengths)
//            vs. replaying batches 0..S, the cost it replaces.
#include "data_order_support.h"
#include "train/data_order.h"

#include <QTemporaryDir>

#include <chrono>
#include <cstdio>
#include <cstdlib>

using namespace adaptlab;
using namespace adaptlab::train;
using Clock = std::chrono::steady_clock;

namespace {

double secondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

} // namespace

int main(int argc, char** argv)
{
    const size_t documents = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 100000;
    constexpr uint32_t vocab = 32000;
    QTemporaryDir tmp;
    const std::filesystem::path folder = std::filesystem::path(tmp.path().toStdString()) / "shards";
    auto start = Clock::now();
    // makeDocuments keeps the first token below the vocabulary only for count < vocab - 3: fold it.
    test::Documents docs = test::makeDocuments(documents, 20, 400, vocab, 1);
    for (auto& d : docs)
        d[0] = test::kFirstContentId + d[0] % (vocab - test::kFirstContentId);
    test::writeFolder(folder, docs, vocab, {}, /*shards=*/2);
    uint64_t tokens = 0;
    for (const auto& d : docs)
        tokens += d.size();
    docs.clear();
    std::printf("shards: %zu documents, %llu tokens, written in %.2f s\n", documents,
                static_cast<unsigned long long>(tokens), secondsSince(start));

    DataPlan plan;
    plan.sources = {DataSource{"bench", folder, 1.0, false}};
    plan.seqLen = 256;
    plan.globalBatch = 32;
    plan.eosId = 1;
    start = Clock::now();
    const DataOrder order(plan);
    std::printf("open (verifies every shard): %.3f s\n", secondsSince(start));

    // Baseline: every token copied once, in file order.
    start = Clock::now();
    std::vector<int32_t> sink(4096);
    uint64_t checksum = 0;
    for (const char* name : {"train-00000.shard", "train-00001.shard"}) {
        const tokenize::ShardReader reader(folder / name);
        for (uint64_t d = 0; d < reader.documents(); ++d) {
            const auto span = reader.document(d);
            for (size_t t = 0; t < span.size(); ++t)
                sink[t & 4095] = static_cast<int32_t>(span[t]);
            checksum += static_cast<uint64_t>(sink[0]);
        }
    }
    const double copySeconds = secondsSince(start);

    const int64_t rowTokens = plan.seqLen + 1;
    const int64_t steps = static_cast<int64_t>(tokens / static_cast<uint64_t>(rowTokens * plan.globalBatch));
    start = Clock::now();
    for (int64_t step = 0; step < steps; ++step)
        checksum += static_cast<uint64_t>(order.batch(step).inputs[0]);
    const double packSeconds = secondsSince(start);
    const double packed = static_cast<double>(steps * plan.globalBatch * rowTokens);
    std::printf("copy baseline: %.1f M tokens/s; packing %lld steps: %.1f M tokens/s; ratio %.2f\n",
                static_cast<double>(tokens) / copySeconds / 1e6, static_cast<long long>(steps), packed / packSeconds / 1e6,
                (packed / packSeconds) / (static_cast<double>(tokens) / copySeconds));

    // Resume two epochs in: a fresh order's first batch, vs replaying every batch before it.
    const int64_t resumeStep = 2 * steps;
    const DataOrder fresh(plan);
    start = Clock::now();
    checksum += static_cast<uint64_t>(fresh.batch(resumeStep).inputs[0]);
    const double resumeSeconds = secondsSince(start);
    const DataOrder replay(plan);
    start = Clock::now();
    for (int64_t step = 0; step <= resumeStep; ++step)
        checksum += static_cast<uint64_t>(replay.batch(step).inputs[0]);
    const double replaySeconds = secondsSince(start);
    std::printf("resume at step %lld: first batch %.3f s; replaying %lld batches %.3f s; ratio %.1fx\n",
                static_cast<long long>(resumeStep), resumeSeconds, static_cast<long long>(resumeStep + 1), replaySeconds,
                replaySeconds / resumeSeconds);
    std::printf("(checksum %llu)\n", static_cast<unsigned long long>(checksum));
    return 0;
}
