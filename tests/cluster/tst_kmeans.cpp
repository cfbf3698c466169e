// k-means, principal components and the clusters' words (model/cluster.h): planted clusters found
// up to relabelling, determinism given the seed, refusals, and hand-worked words and projections.
#include "model/cluster.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <set>

using namespace adaptlab;

namespace {

// K blobs of PER points each in DIM dimensions: centres 20 apart on distinct axes, spread SIGMA.
// planted[i] is the blob of point i; the points are shuffled so that no blob is contiguous.
model::Matrix plantedBlobs(int k, int per, int dim, double sigma, uint32_t seed, std::vector<int>& planted)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> noise(0.0, sigma);
    std::vector<std::pair<int, std::vector<float>>> rows;
    for (int b = 0; b < k; ++b)
        for (int p = 0; p < per; ++p) {
            std::vector<float> row(size_t(dim), 0.0f);
            for (int d = 0; d < dim; ++d)
                row[size_t(d)] = float((d == b % dim ? 20.0 * (1 + b / dim) : 0.0) + noise(rng));
            rows.emplace_back(b, row);
        }
    std::shuffle(rows.begin(), rows.end(), rng);
    model::Matrix m;
    m.rows = int64_t(rows.size());
    m.cols = dim;
    planted.clear();
    for (const auto& [blob, row] : rows) {
        planted.push_back(blob);
        m.values.insert(m.values.end(), row.begin(), row.end());
    }
    return m;
}

// Whether ASSIGNMENT is PLANTED up to a renaming of the clusters (a bijection).
bool sameUpToRelabelling(const std::vector<int>& planted, const std::vector<int64_t>& assignment)
{
    std::map<int, int64_t> forward;
    std::map<int64_t, int> backward;
    for (size_t i = 0; i < planted.size(); ++i) {
        const auto [f, fNew] = forward.emplace(planted[i], assignment[i]);
        const auto [b, bNew] = backward.emplace(assignment[i], planted[i]);
        if (f->second != assignment[i] || b->second != planted[i])
            return false;
    }
    return true;
}

} // namespace

class TestKMeans : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void findsPlantedClusters_data()
    {
        QTest::addColumn<int>("k");
        QTest::addColumn<int>("dim");
        QTest::addColumn<uint64_t>("seed");
        QTest::newRow("3 blobs in 8-D") << 3 << 8 << uint64_t(1);
        QTest::newRow("5 blobs in 4-D, another seed") << 5 << 4 << uint64_t(77);
        QTest::newRow("2 blobs in 2-D") << 2 << 2 << uint64_t(0);
    }
    void findsPlantedClusters()
    {
        QFETCH(int, k);
        QFETCH(int, dim);
        QFETCH(uint64_t, seed);
        std::vector<int> planted;
        const model::Matrix points = plantedBlobs(k, 30, dim, 0.5, 11, planted);
        model::KMeansOptions options;
        options.k = k;
        options.seed = seed;
        const model::KMeansResult result = model::kMeans(points, options);
        QVERIFY(sameUpToRelabelling(planted, result.assignment));
        QVERIFY(result.converged);
        QCOMPARE(int64_t(result.sizes.size()), int64_t(k));
        for (const int64_t size : result.sizes)
            QCOMPARE(size, int64_t(30));
        // Each centroid is its members' mean (computed here in double), and the inertia their
        // squared distances' sum.
        double inertia = 0.0;
        for (int64_t c = 0; c < k; ++c) {
            std::vector<double> mean(size_t(dim), 0.0);
            int64_t count = 0;
            for (int64_t i = 0; i < points.rows; ++i)
                if (result.assignment[size_t(i)] == c) {
                    ++count;
                    for (int d = 0; d < dim; ++d)
                        mean[size_t(d)] += points.at(i, d);
                }
            for (int d = 0; d < dim; ++d) {
                mean[size_t(d)] /= double(count);
                QVERIFY2(std::abs(result.centroids.at(c, d) - mean[size_t(d)]) < 1e-4,
                         qPrintable(QString("centroid %1, %2: %3 vs %4").arg(c).arg(d).arg(result.centroids.at(c, d)).arg(mean[size_t(d)])));
            }
            for (int64_t i = 0; i < points.rows; ++i)
                if (result.assignment[size_t(i)] == c)
                    for (int d = 0; d < dim; ++d)
                        inertia += std::pow(points.at(i, d) - mean[size_t(d)], 2);
        }
        QVERIFY(std::abs(result.inertia - inertia) <= 1e-4 * inertia);
    }

    void deterministicGivenTheSeed()
    {
        std::vector<int> planted;
        // Overlapping blobs: the result depends on the start, so equal results mean equal starts.
        const model::Matrix points = plantedBlobs(6, 20, 3, 6.0, 5, planted);
        model::KMeansOptions options;
        options.k = 6;
        options.seed = 1234;
        const model::KMeansResult first = model::kMeans(points, options);
        const model::KMeansResult second = model::kMeans(points, options);
        QCOMPARE(first.assignment, second.assignment);
        QCOMPARE(first.centroids.values, second.centroids.values);
        QCOMPARE(first.iterations, second.iterations);
        // Another seed starts elsewhere: over a few seeds some result differs from the first.
        bool anyDiffers = false;
        for (uint64_t seed = 1; seed <= 8 && !anyDiffers; ++seed) {
            options.seed = seed;
            anyDiffers = model::kMeans(points, options).centroids.values != first.centroids.values;
        }
        QVERIFY(anyDiffers);
    }

    void oneClusterIsTheMean()
    {
        model::Matrix points{4, 2, {0, 0, 2, 0, 0, 4, 2, 4}};
        model::KMeansOptions options;
        options.k = 1;
        const model::KMeansResult result = model::kMeans(points, options);
        QCOMPARE(result.centroids.values, (std::vector<float>{1.0f, 2.0f}));
        QCOMPARE(result.sizes, std::vector<int64_t>{4});
        QCOMPARE(result.inertia, 4 * 5.0); // each corner is sqrt(1 + 4) from the centre
    }

    void kAsManyAsDistinctPoints()
    {
        // 3 distinct points (each twice): k = 3 puts each pair together, exactly.
        model::Matrix points{6, 1, {0, 10, 20, 0, 10, 20}};
        model::KMeansOptions options;
        options.k = 3;
        const model::KMeansResult result = model::kMeans(points, options);
        QCOMPARE(result.sizes, (std::vector<int64_t>{2, 2, 2}));
        QCOMPARE(result.assignment[0], result.assignment[3]);
        QCOMPARE(result.assignment[1], result.assignment[4]);
        QCOMPARE(result.assignment[2], result.assignment[5]);
        QCOMPARE(result.inertia, 0.0);
    }

    void refusals_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("distinct");
        QTest::addColumn<int>("k");
        QTest::addColumn<QString>("expected");
        QTest::newRow("k above the distinct points") << 10 << 3 << 4 << "the 10 points have only 3 distinct values";
        QTest::newRow("k above the points") << 3 << 3 << 5 << "need at least as many documents; there are 3";
        QTest::newRow("k zero") << 3 << 3 << 0 << "k: must be at least 1";
    }
    void refusals()
    {
        QFETCH(int, rows);
        QFETCH(int, distinct);
        QFETCH(int, k);
        QFETCH(QString, expected);
        model::Matrix points{rows, 2, {}};
        for (int i = 0; i < rows; ++i) {
            points.values.push_back(float(i % distinct));
            points.values.push_back(1.0f);
        }
        model::KMeansOptions options;
        options.k = k;
        try {
            model::kMeans(points, options);
            QFAIL("not refused");
        } catch (const model::ModelInputError& error) {
            QVERIFY2(QString::fromUtf8(error.what()).contains(expected), error.what());
        }
    }

    void refusesNonFiniteValues()
    {
        model::Matrix points{3, 1, {0.0f, std::nanf(""), 1.0f}};
        model::KMeansOptions options;
        options.k = 2;
        QVERIFY_THROWS_EXCEPTION(model::ModelInputError, model::kMeans(points, options));
    }

    void principalComponentsOfALine()
    {
        // Points t * u + e * v + (1, 2, 3) with u, v orthonormal in 3-D, t spread far more than e
        // and uncorrelated with it (sum of t * e is 0): the first component is t (centred; u's
        // largest loading is positive, so the sign is +), the second e.
        const double s = 1.0 / std::sqrt(2.0);
        const double u[3] = {s, s, 0.0}, v[3] = {0.0, 0.0, 1.0}, offset[3] = {1.0, 2.0, 3.0};
        const double t[4] = {-3, -1, 1, 3}, e[4] = {0.2, -0.2, -0.2, 0.2};
        constexpr int n = 4;
        model::Matrix points{n, 3, {}};
        double tMean = 0, eMean = 0;
        for (int i = 0; i < n; ++i) {
            tMean += t[i] / n;
            eMean += e[i] / n;
            for (int d = 0; d < 3; ++d)
                points.values.push_back(float(t[i] * u[d] + e[i] * v[d] + offset[d]));
        }
        std::vector<double> explained;
        const model::Matrix projected = model::principalComponents(points, 2, &explained);
        QCOMPARE(projected.rows, int64_t(n));
        QCOMPARE(projected.cols, int64_t(2));
        double tVar = 0, eVar = 0;
        for (int i = 0; i < n; ++i) {
            QVERIFY(std::abs(projected.at(i, 0) - (t[i] - tMean)) < 1e-4);
            // v's largest loading (the z axis) is positive too.
            QVERIFY(std::abs(projected.at(i, 1) - (e[i] - eMean)) < 1e-4);
            tVar += std::pow(t[i] - tMean, 2);
            eVar += std::pow(e[i] - eMean, 2);
        }
        QVERIFY(std::abs(explained[0] - tVar / (tVar + eVar)) < 1e-6);
        QVERIFY(std::abs(explained[1] - eVar / (tVar + eVar)) < 1e-6);
    }

    void countedWords()
    {
        QCOMPARE(model::countedWords("The C++ Kernel, 2024 na\xC3\xAFve x\xE2\x80\x94" "and GPU's"),
                 (std::vector<std::string>{"kernel", "na\xC3\xAFve", "gpu"}));
        QVERIFY(model::isStopWord("the"));
        QVERIFY(!model::isStopWord("kernel"));
    }

    void distinctiveWordsByClassTfIdf()
    {
        // Cluster 0: apple x2, banana (3 words); cluster 1: banana, cherry (2); A = 5 / 2 = 2.5.
        // f(apple) = 2, f(banana) = 2, f(cherry) = 1.
        //   0: apple  2/3 * ln(1 + 2.5/2) = 0.5406   banana 1/3 * ln(2.25) = 0.2703
        //   1: cherry 1/2 * ln(1 + 2.5/1) = 0.6264   banana 1/2 * ln(2.25) = 0.4055
        // The stop words ("the", "and") and the document of no cluster (-1) count for nothing.
        const std::vector<std::string_view> texts = {"the apple and banana", "Apple", "banana cherry", "cherry cherry cherry"};
        const std::vector<int64_t> assignment = {0, 0, 1, -1};
        const auto words = model::distinctiveWords(texts, assignment, 2, 8);
        QCOMPARE(words.size(), size_t(2));
        QCOMPARE(words[0], (std::vector<std::string>{"apple", "banana"}));
        QCOMPARE(words[1], (std::vector<std::string>{"cherry", "banana"}));
        QCOMPARE(model::distinctiveWords(texts, assignment, 2, 1)[1], std::vector<std::string>{"cherry"});
    }

    void textPrefixKeepsWholeCharacters()
    {
        QCOMPARE(model::textPrefix("h\xC3\xA9llo", 2), std::string("h\xC3\xA9"));
        QCOMPARE(model::textPrefix("short", 300), std::string("short"));
    }
};

QTEST_GUILESS_MAIN(TestKMeans)
#include "tst_kmeans.moc"
