// What MeCo costs the data order, against the same order without it in the same process (not a
// test; build with `cmake --build build --target bench_meco_order` and run
// build/tests/bench_meco_order [documents] [hosts]):
//   packing: tokens/s of batch() over most of an epoch, MeCo (every document with one of HOSTS
//            hosts, prefixes encoded once per host) vs. plain;
//   resume:  a fresh DataOrder's first batch two epochs in (the memoised walk over document
//            lengths, which with MeCo also looks up each document's prefix length) vs. plain.
#include "data_order_support.h"
#include "train/data_order.h"

#include "../data/meco_test_tokenizer.h"

#include <QTemporaryDir>

#include <chrono>
#include <cstdio>
#include <cstdlib>

using namespace adaptlab;
using namespace adaptlab::train;
using Clock = std::chrono::steady_clock;

namespace {

double secondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

struct Timing {
    double packSeconds = 0.0, resumeSeconds = 0.0;
};

Timing measure(const DataPlan& plan, int64_t steps, uint64_t& checksum)
{
    Timing timing;
    {
        const DataOrder order(plan);
        const auto start = Clock::now();
        for (int64_t step = 0; step < steps; ++step)
            checksum += static_cast<uint64_t>(order.batch(step).inputs[0]);
        timing.packSeconds = secondsSince(start);
    }
    const DataOrder fresh(plan);
    const auto start = Clock::now();
    checksum += static_cast<uint64_t>(fresh.batch(2 * steps).inputs[0]);
    timing.resumeSeconds = secondsSince(start);
    return timing;
}

} // namespace

int main(int argc, char** argv)
{
    const size_t documents = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 100000;
    const size_t hosts = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 1000;
    constexpr uint32_t vocab = meco_test::kVocabSize;
    QTemporaryDir tmp;
    const std::filesystem::path root(tmp.path().toStdString());
    meco_test::writeTokenizer(root / "tokenizer");
    test::Documents docs = test::makeDocuments(documents, 20, 400, vocab, 1);
    uint64_t tokens = 0;
    {
        std::filesystem::create_directories(root / "shards");
        tokenize::ShardWriter writer(root / "shards" / "train-00000.shard", vocab);
        const uint32_t source = writer.internString("bench");
        std::vector<uint32_t> hostIds;
        for (size_t h = 0; h < hosts; ++h)
            hostIds.push_back(writer.internString("www.host" + std::to_string(h) + ".example.org"));
        for (size_t d = 0; d < docs.size(); ++d) {
            docs[d][0] = test::kFirstContentId + docs[d][0] % (vocab - test::kFirstContentId);
            writer.addDocument(docs[d], source, hostIds[d % hosts]);
            tokens += docs[d].size();
        }
        writer.commit();
    }
    docs.clear();
    std::printf("shards: %zu documents, %llu tokens, %zu hosts\n", documents, static_cast<unsigned long long>(tokens), hosts);

    DataPlan plan;
    plan.sources = {DataSource{"bench", root / "shards", 1.0, false}};
    plan.seqLen = 256;
    plan.globalBatch = 32;
    plan.eosId = 1;
    plan.bosId = 2;
    plan.tokenizer = root / "tokenizer" / "tokenizer.json";
    const int64_t rowTokens = plan.seqLen + 1;
    const int64_t steps = static_cast<int64_t>(tokens / static_cast<uint64_t>(rowTokens * plan.globalBatch)) * 9 / 10;

    uint64_t checksum = 0;
    const Timing plain = measure(plan, steps, checksum);
    plan.meco.enabled = true; // totalSteps 0: prefixes in every row
    const Timing meco = measure(plan, steps, checksum);
    const double packed = static_cast<double>(steps * plan.globalBatch * rowTokens);
    std::printf("packing %lld steps: plain %.1f M tokens/s, MeCo %.1f M tokens/s; ratio MeCo/plain %.2f\n",
                static_cast<long long>(steps), packed / plain.packSeconds / 1e6, packed / meco.packSeconds / 1e6,
                plain.packSeconds / meco.packSeconds);
    std::printf("resume at step %lld (first batch of a fresh order): plain %.3f s, MeCo %.3f s; ratio MeCo/plain %.2f\n",
                static_cast<long long>(2 * steps), plain.resumeSeconds, meco.resumeSeconds, meco.resumeSeconds / plain.resumeSeconds);
    std::printf("(checksum %llu)\n", static_cast<unsigned long long>(checksum));
    return 0;
}
