// The next-token sampler: greedy, and the frequencies of sampled tokens against the probabilities
// worked out here from the definitions (softmax of logits / temperature, restricted to the top-k,
// then to the top-p nucleus and renormalized), over many seeded draws.
#include "model/token_sampler.h"

#include "common/error.h"

#include <QTest>

#include <cmath>
#include <map>
#include <vector>

using namespace adaptlab::model;

namespace {

// Frequencies of `draws` samples, by id.
std::map<int64_t, double> frequencies(const std::vector<float>& logits, const SamplingOptions& options, int draws)
{
    std::mt19937_64 rng(12345);
    std::map<int64_t, double> counts;
    for (int i = 0; i < draws; ++i)
        counts[sampleToken(logits, options, rng)] += 1.0 / draws;
    return counts;
}

// softmax(logits / temperature) over `kept` ids only.
std::map<int64_t, double> expected(const std::vector<float>& logits, double temperature, const std::vector<int64_t>& kept)
{
    double total = 0;
    std::map<int64_t, double> p;
    for (const int64_t id : kept)
        total += p[id] = std::exp(logits[size_t(id)] / temperature);
    for (auto& [id, value] : p)
        value /= total;
    return p;
}

} // namespace

class TestTokenSampler : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void greedy()
    {
        std::mt19937_64 rng(1);
        const std::vector<float> logits{0.5f, 3.0f, -1.0f, 3.0f};
        QCOMPARE(sampleToken(logits, {.temperature = 0, .topK = 0, .topP = 1}, rng), int64_t(1)); // tie: lowest id
        QCOMPARE(sampleToken(logits, {.temperature = 5, .topK = 1, .topP = 1}, rng), int64_t(1)); // top-1 is greedy
        QCOMPARE(sampleToken(logits, {.temperature = 1, .topK = 0, .topP = 1e-9}, rng), int64_t(1)); // tiny nucleus
    }

    void distribution_data()
    {
        // logits 0, 1, 2, 0.5: exp(x - 2) = 0.1353, 0.3679, 1, 0.2231 (sum 1.7263), so
        // softmax = 0.0784, 0.2131, 0.5793, 0.1292 (in id order)
        QTest::addColumn<double>("temperature");
        QTest::addColumn<int>("topK");
        QTest::addColumn<double>("topP");
        QTest::addColumn<std::vector<int64_t>>("kept");
        QTest::newRow("plain") << 1.0 << 0 << 1.0 << std::vector<int64_t>{0, 1, 2, 3};
        QTest::newRow("hot") << 2.0 << 0 << 1.0 << std::vector<int64_t>{0, 1, 2, 3};
        QTest::newRow("cold") << 0.5 << 0 << 1.0 << std::vector<int64_t>{0, 1, 2, 3};
        QTest::newRow("top-2") << 1.0 << 2 << 1.0 << std::vector<int64_t>{1, 2};
        // nucleus 0.75: 0.5793 < 0.75, + 0.2131 = 0.7924 >= 0.75: ids 2 and 1
        QTest::newRow("top-p 0.75") << 1.0 << 0 << 0.75 << std::vector<int64_t>{1, 2};
        // nucleus 0.8: 0.7924 < 0.8, + 0.1292 = 0.9216 >= 0.8: ids 2, 1, 3
        QTest::newRow("top-p 0.8") << 1.0 << 0 << 0.8 << std::vector<int64_t>{1, 2, 3};
        // nucleus 0.95: 0.9216 < 0.95: all four
        QTest::newRow("top-p 0.95") << 1.0 << 0 << 0.95 << std::vector<int64_t>{0, 1, 2, 3};
        QTest::newRow("top-p 0.5") << 1.0 << 0 << 0.5 << std::vector<int64_t>{2};
        // top-k 3 first (ids 2, 1, 3: 1, 0.3679, 0.2231 of 1.5910 = 0.6285, 0.2312, 0.1402), then the
        // nucleus 0.7 of what is left: 0.6285 < 0.7, + 0.2312 >= 0.7: ids 2 and 1.
        QTest::newRow("top-k then top-p") << 1.0 << 3 << 0.7 << std::vector<int64_t>{1, 2};
    }
    // 200,000 seeded draws: each frequency within 0.005 of its probability (about 4 standard errors
    // at worst; the seed is fixed, so the test is deterministic).
    void distribution()
    {
        QFETCH(double, temperature);
        QFETCH(int, topK);
        QFETCH(double, topP);
        QFETCH(std::vector<int64_t>, kept);
        const std::vector<float> logits{0.0f, 1.0f, 2.0f, 0.5f};
        const auto seen = frequencies(logits, {.temperature = temperature, .topK = topK, .topP = topP}, 200000);
        const auto want = expected(logits, temperature, kept);
        for (const auto& [id, frequency] : seen)
            QVERIFY2(want.contains(id), qPrintable(QStringLiteral("id %1 sampled outside the kept set").arg(id)));
        for (const auto& [id, probability] : want) {
            const double frequency = seen.contains(id) ? seen.at(id) : 0.0;
            QVERIFY2(std::abs(frequency - probability) < 0.005,
                     qPrintable(QStringLiteral("id %1: frequency %2, probability %3").arg(id).arg(frequency).arg(probability)));
        }
    }

    void seeded()
    {
        std::vector<float> logits(1000);
        for (size_t i = 0; i < logits.size(); ++i)
            logits[i] = std::sin(float(i));
        const auto draw = [&](uint64_t seed) {
            std::mt19937_64 rng(seed);
            std::vector<int64_t> ids;
            for (int i = 0; i < 50; ++i)
                ids.push_back(sampleToken(logits, {.temperature = 1, .topK = 0, .topP = 1}, rng));
            return ids;
        };
        QCOMPARE(draw(7), draw(7));
        QVERIFY(draw(7) != draw(8));
    }

    void validation()
    {
        validateSamplingOptions({.temperature = 0, .topK = 0, .topP = 1});
        QVERIFY_THROWS_EXCEPTION(adaptlab::Error, validateSamplingOptions({.temperature = -0.1, .topK = 0, .topP = 1}));
        QVERIFY_THROWS_EXCEPTION(adaptlab::Error, validateSamplingOptions({.temperature = NAN, .topK = 0, .topP = 1}));
        QVERIFY_THROWS_EXCEPTION(adaptlab::Error, validateSamplingOptions({.temperature = 1, .topK = -1, .topP = 1}));
        QVERIFY_THROWS_EXCEPTION(adaptlab::Error, validateSamplingOptions({.temperature = 1, .topK = 0, .topP = 0}));
        QVERIFY_THROWS_EXCEPTION(adaptlab::Error, validateSamplingOptions({.temperature = 1, .topK = 0, .topP = 1.5}));
        std::mt19937_64 rng(1);
        QVERIFY_THROWS_EXCEPTION(adaptlab::Error, sampleToken({}, {}, rng));
    }
};

QTEST_GUILESS_MAIN(TestTokenSampler)
#include "tst_token_sampler.moc"
