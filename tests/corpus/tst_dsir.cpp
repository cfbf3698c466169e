// DSIR (METHODS.md §3): tokens, FNV-1a hashing, hashed n-gram features, chunking, distributions,
// importance weights, Gumbel top-k and KL, checked piece by piece and end to end against the
// independent standard-library Python reference (tests/corpus/dsir_reference.py) on the fixture
// in tests/fixtures/dsir/.
#include "corpus/dsir.h"
#include "dsir_exact_weights.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <set>
#include <string>
#include <vector>

using namespace adaptlab::corpus;
namespace dsir_test = adaptlab::dsir_test;

namespace {

// ctest passes ADAPTLAB_SOURCE_DIR; run by hand, the fixture is found from this file's path.
QString fixture(const char* name)
{
    QString root = qEnvironmentVariable("ADAPTLAB_SOURCE_DIR");
    if (root.isEmpty())
        root = QFileInfo(QStringLiteral(__FILE__)).absoluteDir().absoluteFilePath(QStringLiteral("../.."));
    return QDir(root).absoluteFilePath(QStringLiteral("tests/fixtures/dsir/") + QLatin1String(name));
}

struct Record {
    std::string text;
    std::string domain;
};

std::vector<Record> readJsonl(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(path));
    std::vector<Record> records;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        records.push_back({object.value(QStringLiteral("text")).toString().toStdString(),
                           object.value(QStringLiteral("domain")).toString().toStdString()});
    }
    return records;
}

// The engine's side of what dsir_reference.py computes, from the public API only.
struct DsirRun {
    std::vector<std::array<int64_t, 3>> chunks; // (document, start byte, end byte) per raw chunk
    std::vector<double> logWeights;
    std::vector<int64_t> selected;
    int64_t targetChunks = 0;
    double klTargetRaw = 0, klTargetSelected = 0;
};

DsirRun runEngine(const std::vector<Record>& target, const std::vector<Record>& raw, const DsirParams& params,
                  int64_t k)
{
    DsirRun run;
    NgramDistribution targetDist(params.buckets), rawDist(params.buckets);
    for (const auto& record : target)
        for (std::string_view chunk : chunkText(record.text, params)) {
            targetDist.add(hashedNgramFeatures(chunk, params));
            ++run.targetChunks;
        }
    std::vector<std::vector<uint32_t>> rawFeatures;
    for (size_t doc = 0; doc < raw.size(); ++doc)
        for (std::string_view chunk : chunkText(raw[doc].text, params)) {
            const int64_t start = chunk.data() - raw[doc].text.data();
            run.chunks.push_back({int64_t(doc), start, start + int64_t(chunk.size())});
            rawFeatures.push_back(hashedNgramFeatures(chunk, params));
            rawDist.add(rawFeatures.back());
        }
    const auto gamma = targetDist.probabilities(params.laplace);
    const auto beta = rawDist.probabilities(params.laplace);
    const auto ratio = logRatio(gamma, beta);
    for (const auto& features : rawFeatures)
        run.logWeights.push_back(logImportanceWeight(features, ratio));
    run.selected = gumbelTopK(run.logWeights, k, params.seed, params.noise);
    NgramDistribution selectedDist(params.buckets);
    for (int64_t i : run.selected)
        selectedDist.add(rawFeatures[size_t(i)]);
    run.klTargetRaw = klDivergence(gamma, beta);
    run.klTargetSelected = klDivergence(gamma, selectedDist.probabilities(params.laplace));
    return run;
}

// Same tolerance for weights and KL: |a - b| <= 1e-6 * max(1, |b|). Log weights are sums of
// hundreds of terms and reach ~1e3 in size, so a fixed absolute 1e-6 would ask for 1e-9 relative
// precision on the large ones, while a purely relative one would be meaningless near zero. Both
// sides do the same IEEE operations in the same order, so they agree far closer than this.
bool close(double a, double b)
{
    return std::abs(a - b) <= 1e-6 * std::max(1.0, std::abs(b));
}

} // namespace

class TestDsir : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fnvVectors_data();
    void fnvVectors();
    void tokens_data();
    void tokens();
    void featuresAreHashedNgrams();
    void bigramHashIsIncremental();
    void chunking_data();
    void chunking();
    void distributions();
    void weightsByHand();
    void klDivergenceValues();
    void topKWithoutNoise();
    void gumbelDeterministicBySeed();
    void gumbelFollowsWeights();
    void streamingSelectionMatchesSorting_data();
    void streamingSelectionMatchesSorting();
    void matchesReference_data();
    void matchesReference();
    void selectsTargetLikeDocuments();
    void badInputs();
    void bucketsBoundedByMemory_data();
    void bucketsBoundedByMemory();
    void klToCountsMatchesProbabilities();
    void uniformBelowIsInRangeAndUniform();
    void reservoirSamplesBySeed();
    void reservoirSampleIsUniform();
    void jobRandomSamplesBySeed();
    void targetsOwnDocumentsBeatRandom();
    void hashedAgreesWithExactAtDefault();
};

void TestDsir::fnvVectors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qulonglong>("hash");
    // The published FNV-1a 64 test vectors.
    QTest::newRow("empty") << QByteArray("") << 0xcbf29ce484222325ull;
    QTest::newRow("a") << QByteArray("a") << 0xaf63dc4c8601ec8cull;
    QTest::newRow("foobar") << QByteArray("foobar") << 0x85944171f73967e8ull;
}

void TestDsir::fnvVectors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qulonglong, hash);
    QCOMPARE(qulonglong(fnv1a64(std::string_view(bytes.constData(), size_t(bytes.size())))), hash);
}

void TestDsir::tokens_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QList<QByteArray>>("expected");
    using L = QList<QByteArray>;
    QTest::newRow("words and punctuation") << QByteArray("Hello, World!") << L{"hello", ",", "world", "!"};
    QTest::newRow("apostrophe splits") << QByteArray("can't") << L{"can", "'", "t"};
    QTest::newRow("punctuation runs stay together")
        << QByteArray("wait...((what?!))") << L{"wait", "...((", "what", "?!))"};
    QTest::newRow("underscore and digits are word")
        << QByteArray("snake_case x2 3.14") << L{"snake_case", "x2", "3", ".", "14"};
    QTest::newRow("money") << QByteArray("$1,234.56") << L{"$", "1", ",", "234", ".", "56"};
    QTest::newRow("hyphen") << QByteArray("e-mail") << L{"e", "-", "mail"};
    QTest::newRow("whitespace kinds") << QByteArray("tab\tnew\nline\r\nend\x1f") << L{"tab", "new", "line", "end"};
    QTest::newRow("curly quotes and dashes are punctuation")
        << QByteArray("“Quoted”—dash… ok") << L{"“", "quoted", "”—", "dash", "…", "ok"};
    QTest::newRow("only ASCII is lowercased") << QByteArray("Müller ÉCOLE") << L{"müller", "École"};
    QTest::newRow("other scripts are word characters") << QByteArray("京都 ラーメン 🚀") << L{"京都", "ラーメン", "🚀"};
    QTest::newRow("non-breaking space splits") << QByteArray("non\u00A0breaking") << L{"non", "breaking"};
    QTest::newRow("latin-1 symbols") << QByteArray("200 °C ×2 ½") << L{"200", "°", "c", "×", "2", "½"};
    QTest::newRow("invalid utf-8 stays in the word") << QByteArray("ab\xff" "cd \xc3") << L{"ab\xff" "cd", "\xc3"};
    QTest::newRow("overlong space is not a space") << QByteArray("a\xe0\x80\xa0" "b") << L{"a\xe0\x80\xa0" "b"};
    QTest::newRow("empty") << QByteArray("") << L{};
    QTest::newRow("spaces only") << QByteArray(" \t\n ") << L{};
}

void TestDsir::tokens()
{
    QFETCH(QByteArray, text);
    QFETCH(QList<QByteArray>, expected);
    QList<QByteArray> got;
    for (const auto& token : wordPunctTokens(std::string_view(text.constData(), size_t(text.size()))))
        got.append(QByteArray::fromStdString(token));
    QCOMPARE(got, expected);
}

void TestDsir::featuresAreHashedNgrams()
{
    DsirParams params;
    params.buckets = 1000;
    const auto b = [&](const char* s) { return uint32_t(fnv1a64(s) % 1000); };
    QCOMPARE(hashedNgramFeatures("A b, c", params),
             (std::vector<uint32_t>{b("a"), b("b"), b("a b"), b(","), b("b ,"), b("c"), b(", c")}));
    params.bigrams = false;
    QCOMPARE(hashedNgramFeatures("A b, c", params), (std::vector<uint32_t>{b("a"), b("b"), b(","), b("c")}));
    QVERIFY(hashedNgramFeatures("", params).empty());
    params.bigrams = true;
    QCOMPARE(hashedNgramFeatures("single", params), (std::vector<uint32_t>{b("single")}));
    // Case and spacing do not change the features; punctuation does.
    QCOMPARE(hashedNgramFeatures("The  CAT\nsat", params), hashedNgramFeatures("the cat sat", params));
    QVERIFY(hashedNgramFeatures("the cat sat.", params) != hashedNgramFeatures("the cat sat", params));
}

void TestDsir::bigramHashIsIncremental()
{
    // Whatever the text, the features equal hashing the tokens and the joined bigram strings.
    const std::string text = "Dr. Müller’s “test” — CAN’T 3.2cm…  京都 🚀 e-mail (a|b) \xff\xfe x";
    DsirParams params;
    params.buckets = 9973;
    const auto tokens = wordPunctTokens(text);
    std::vector<uint32_t> expected;
    for (size_t i = 0; i < tokens.size(); ++i) {
        expected.push_back(uint32_t(fnv1a64(tokens[i]) % 9973));
        if (i > 0)
            expected.push_back(uint32_t(fnv1a64(tokens[i - 1] + " " + tokens[i]) % 9973));
    }
    QCOMPARE(hashedNgramFeatures(text, params), expected);
}

void TestDsir::chunking_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("chunkWords");
    QTest::addColumn<int>("minChunkWords");
    QTest::addColumn<QList<QByteArray>>("expected");
    using L = QList<QByteArray>;
    QTest::newRow("short tail dropped") << QByteArray("a b c d e f g") << 3 << 2 << L{"a b c", "d e f"};
    QTest::newRow("long tail kept") << QByteArray("a b c d e f g h") << 3 << 2 << L{"a b c", "d e f", "g h"};
    QTest::newRow("ends inside a full chunk") << QByteArray("a b c d e f") << 3 << 2 << L{"a b c", "d e f"};
    QTest::newRow("trailing space") << QByteArray("a b c d e f  \n") << 3 << 2 << L{"a b c", "d e f"};
    QTest::newRow("inner whitespace kept") << QByteArray("  a  b\n c \t") << 2 << 1 << L{"a  b", "c"};
    QTest::newRow("document shorter than the minimum")
        << QByteArray("  a b  ") << 3 << 5 << L{"  a b  "};
    QTest::newRow("full chunks kept below the minimum") << QByteArray("a b c d e f g h i j") << 2 << 5
                                                        << L{"a b", "c d", "e f", "g h", "i j"};
    QTest::newRow("no chunking") << QByteArray(" whole  doc ") << 0 << 16 << L{" whole  doc "};
    QTest::newRow("empty, no minimum") << QByteArray("") << 3 << 0 << L{};
    QTest::newRow("empty is one chunk under a minimum") << QByteArray("") << 3 << 1 << L{""};
    QTest::newRow("multi-byte space is inside a word") << QByteArray("a\u00A0b c") << 1 << 1 << L{"a\u00A0b", "c"};
}

void TestDsir::chunking()
{
    QFETCH(QByteArray, text);
    QFETCH(int, chunkWords);
    QFETCH(int, minChunkWords);
    QFETCH(QList<QByteArray>, expected);
    DsirParams params;
    params.chunkWords = chunkWords;
    params.minChunkWords = minChunkWords;
    const std::string_view view(text.constData(), size_t(text.size()));
    QList<QByteArray> got;
    for (std::string_view chunk : chunkText(view, params)) {
        // Chunks are views into the text, not copies.
        QVERIFY(chunk.data() >= view.data() && chunk.data() + chunk.size() <= view.data() + view.size());
        got.append(QByteArray(chunk.data(), qsizetype(chunk.size())));
    }
    QCOMPARE(got, expected);
}

void TestDsir::distributions()
{
    NgramDistribution d(4);
    d.add({0, 0, 1, 3});
    QCOMPARE(d.counts(), (std::vector<double>{2, 1, 0, 1}));
    QCOMPARE(d.probabilities(), (std::vector<double>{0.5, 0.25, 0.0, 0.25}));
    QCOMPARE(d.probabilities(1.0), (std::vector<double>{3.0 / 8, 2.0 / 8, 1.0 / 8, 2.0 / 8}));
    NgramDistribution e(4);
    e.add({2, 2});
    d.merge(e);
    QCOMPARE(d.counts(), (std::vector<double>{2, 1, 2, 1}));
    // Nothing seen and no smoothing: zeros, not NaN.
    QCOMPARE(NgramDistribution(3).probabilities(), (std::vector<double>{0, 0, 0}));
}

void TestDsir::weightsByHand()
{
    const std::vector<double> target{0.5, 0.5, 0.0};
    const std::vector<double> raw{0.25, 0.25, 0.5};
    const auto ratio = logRatio(target, raw);
    QVERIFY(close(ratio[0], std::log(0.5 + 1e-8) - std::log(0.25 + 1e-8)));
    QVERIFY(close(ratio[2], std::log(1e-8) - std::log(0.5 + 1e-8)));
    // Features with repeats: z = (2, 0, 1).
    QVERIFY(close(logImportanceWeight({0, 2, 0}, ratio), 2 * ratio[0] + ratio[2]));
    QCOMPARE(logImportanceWeight({}, ratio), 0.0);
}

void TestDsir::klDivergenceValues()
{
    const std::vector<double> p{0.5, 0.5, 0.0};
    const std::vector<double> q{0.25, 0.25, 0.5};
    QCOMPARE(klDivergence(p, p), 0.0);
    // Only p_j > 0 terms: 2 * 0.5 * log((0.5 + eps) / (0.25 + eps)) ~ log 2.
    QVERIFY(close(klDivergence(p, q), std::log((0.5 + 1e-8) / (0.25 + 1e-8))));
    QVERIFY(std::abs(klDivergence(p, q) - std::log(2.0)) < 1e-7);
    // A bucket the other side never hits costs a large finite amount, not infinity.
    const double missing = klDivergence(q, p);
    QVERIFY(std::isfinite(missing) && missing > 5);
}

void TestDsir::topKWithoutNoise()
{
    const std::vector<double> w{1.0, 3.0, 2.0, 3.0, -1.0, 0.5};
    QCOMPARE(gumbelTopK(w, 3, 7, false), (std::vector<int64_t>{1, 3, 2})); // tie 1/3: smaller index first
    QCOMPARE(gumbelTopK(w, 3, 99, false), gumbelTopK(w, 3, 7, false));    // no noise: the seed does nothing
    QCOMPARE(gumbelTopK(w, 100, 0, false), (std::vector<int64_t>{1, 3, 2, 0, 5, 4}));
    QVERIFY(gumbelTopK(w, 0, 0, false).empty());
    QVERIFY(gumbelTopK(w, -3, 0, true).empty());
    QVERIFY(gumbelTopK({}, 5, 0, true).empty());
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    QCOMPARE(gumbelTopK({nan, 0.0, -inf, 1.0}, 4, 0, false), (std::vector<int64_t>{3, 1, 0, 2}));
}

void TestDsir::gumbelDeterministicBySeed()
{
    std::vector<double> w(200);
    for (size_t i = 0; i < w.size(); ++i)
        w[i] = std::sin(double(i)) * 3;
    const auto a = gumbelTopK(w, 50, 42, true);
    QCOMPARE(gumbelTopK(w, 50, 42, true), a);
    QVERIFY(gumbelTopK(w, 50, 43, true) != a);
    QVERIFY(a != gumbelTopK(w, 50, 42, false)); // noise changes the selection
    QCOMPARE(std::set<int64_t>(a.begin(), a.end()).size(), a.size()); // without replacement
    // The same seed draws the same noise whatever k is: a shorter selection is a prefix.
    const auto first10 = gumbelTopK(w, 10, 42, true);
    QCOMPARE(first10, std::vector<int64_t>(a.begin(), a.begin() + 10));
}

void TestDsir::gumbelFollowsWeights()
{
    // Gumbel-max: the top-1 index is i with probability w_i / sum w. Weights 1:2:3:4.
    const std::vector<double> logW{std::log(1.0), std::log(2.0), std::log(3.0), std::log(4.0)};
    std::vector<int> counts(4, 0);
    const int trials = 8000;
    for (int seed = 0; seed < trials; ++seed)
        ++counts[size_t(gumbelTopK(logW, 1, uint64_t(seed), true).front())];
    for (int i = 0; i < 4; ++i) {
        const double share = double(counts[size_t(i)]) / trials;
        // Standard error <= 0.0055: 0.025 is more than 4 of them.
        QVERIFY2(std::abs(share - (i + 1) / 10.0) < 0.025, qPrintable(QStringLiteral("%1: %2").arg(i).arg(share)));
    }
}

void TestDsir::matchesReference_data()
{
    QTest::addColumn<int>("buckets");
    QTest::addColumn<int>("chunkWords");
    QTest::addColumn<int>("minChunkWords");
    QTest::addColumn<double>("laplace");
    QTest::addColumn<bool>("bigrams");
    QTest::addColumn<int>("k");
    QTest::newRow("whole documents, defaults") << 10000 << 0 << 16 << 0.0 << true << 16;
    QTest::newRow("chunks of 20, tails of 10+") << 10000 << 20 << 10 << 0.0 << true << 60;
    QTest::newRow("1000 buckets, laplace 1, unigrams") << 1000 << 0 << 16 << 1.0 << false << 10;
    QTest::newRow("chunks of 128 (default), laplace 0.5") << 10000 << 128 << 16 << 0.5 << true << 20;
}

void TestDsir::matchesReference()
{
    QFETCH(int, buckets);
    QFETCH(int, chunkWords);
    QFETCH(int, minChunkWords);
    QFETCH(double, laplace);
    QFETCH(bool, bigrams);
    QFETCH(int, k);

    const QString targetPath = fixture("target.jsonl"), rawPath = fixture("raw.jsonl");
    QStringList args{QStringLiteral(DSIR_REFERENCE_SCRIPT),
                     QStringLiteral("--target"), targetPath,
                     QStringLiteral("--raw"), rawPath,
                     QStringLiteral("--buckets"), QString::number(buckets),
                     QStringLiteral("--chunk-words"), QString::number(chunkWords),
                     QStringLiteral("--min-chunk-words"), QString::number(minChunkWords),
                     QStringLiteral("--laplace"), QString::number(laplace, 'g', 17),
                     QStringLiteral("-k"), QString::number(k)};
    if (!bigrams)
        args << QStringLiteral("--no-bigrams");
    QProcess python;
    python.start(QStringLiteral(PYTHON3_EXECUTABLE), args);
    QVERIFY2(python.waitForFinished(120000), qPrintable(python.errorString()));
    QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0,
             python.readAllStandardError().constData());
    QJsonParseError error;
    const QJsonObject ref = QJsonDocument::fromJson(python.readAllStandardOutput(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));

    DsirParams params;
    params.buckets = buckets;
    params.chunkWords = chunkWords;
    params.minChunkWords = minChunkWords;
    params.laplace = laplace;
    params.bigrams = bigrams;
    params.noise = false;
    params.seed = 1234;
    const DsirRun run = runEngine(readJsonl(targetPath), readJsonl(rawPath), params, k);

    QCOMPARE(run.targetChunks, int64_t(ref.value(QStringLiteral("target_chunks")).toInteger()));
    const QJsonArray refChunks = ref.value(QStringLiteral("chunks")).toArray();
    QCOMPARE(qsizetype(run.chunks.size()), refChunks.size());
    for (qsizetype i = 0; i < refChunks.size(); ++i) {
        const QJsonArray span = refChunks[i].toArray();
        for (int j = 0; j < 3; ++j)
            QCOMPARE(run.chunks[size_t(i)][size_t(j)], int64_t(span[j].toInteger()));
    }
    const QJsonArray refWeights = ref.value(QStringLiteral("log_weights")).toArray();
    QCOMPARE(qsizetype(run.logWeights.size()), refWeights.size());
    double worst = 0;
    for (qsizetype i = 0; i < refWeights.size(); ++i) {
        const double expected = refWeights[i].toDouble();
        worst = std::max(worst, std::abs(run.logWeights[size_t(i)] - expected) / std::max(1.0, std::abs(expected)));
        QVERIFY2(close(run.logWeights[size_t(i)], expected),
                 qPrintable(QStringLiteral("chunk %1: %2 vs %3")
                                .arg(i)
                                .arg(run.logWeights[size_t(i)], 0, 'g', 17)
                                .arg(expected, 0, 'g', 17)));
    }
    qInfo("%d chunks, worst scaled weight difference %.3g", int(refWeights.size()), worst);
    std::vector<int64_t> refSelected;
    for (const auto& v : ref.value(QStringLiteral("selected")).toArray())
        refSelected.push_back(v.toInteger());
    QCOMPARE(run.selected, refSelected);
    QVERIFY(close(run.klTargetRaw, ref.value(QStringLiteral("kl_target_raw")).toDouble()));
    QVERIFY(close(run.klTargetSelected, ref.value(QStringLiteral("kl_target_selected")).toDouble()));
    // A test that cannot fail is a defect: the weights must actually vary.
    QVERIFY(*std::max_element(run.logWeights.begin(), run.logWeights.end())
            > *std::min_element(run.logWeights.begin(), run.logWeights.end()) + 1.0);
}

void TestDsir::selectsTargetLikeDocuments()
{
    // raw.jsonl: 16 biomedical documents among 64 from five other domains; the target is biomedical.
    const auto target = readJsonl(fixture("target.jsonl"));
    const auto raw = readJsonl(fixture("raw.jsonl"));
    const int64_t relevant =
        std::count_if(raw.begin(), raw.end(), [](const Record& r) { return r.domain == "medical"; });
    QCOMPARE(relevant, int64_t(16));
    for (bool noise : {false, true}) {
        DsirParams params;
        params.chunkWords = 0;
        params.noise = noise;
        params.seed = 7;
        const DsirRun run = runEngine(target, raw, params, relevant);
        int64_t hits = 0;
        for (int64_t i : run.selected)
            hits += raw[size_t(i)].domain == "medical";
        qInfo("noise %d: %lld of %lld selected are biomedical, KL %.3f -> %.3f", int(noise),
              static_cast<long long>(hits), static_cast<long long>(relevant), run.klTargetRaw, run.klTargetSelected);
        QVERIFY(hits >= relevant * 9 / 10); // random selection would give ~20%
        QVERIFY2(run.klTargetRaw - run.klTargetSelected > 0, "KL reduction must be positive");
    }
}

void TestDsir::badInputs()
{
    DsirParams params;
    params.buckets = 0;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, hashedNgramFeatures("x", params));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, NgramDistribution(0));
    NgramDistribution d(10);
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, d.add({10}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, d.merge(NgramDistribution(11)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, logRatio({0.5, 0.5}, {1.0}));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, logImportanceWeight({3}, {0.0, 0.0}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, klDivergence({1.0}, {0.5, 0.5}));
    // A 4 MB document without a single space, and raw binary bytes, go through.
    params.buckets = 10000;
    const std::string blob(4 << 20, 'x');
    QCOMPARE(hashedNgramFeatures(blob, params).size(), size_t(1));
    std::string binary;
    for (int i = 0; i < 65536; ++i)
        binary.push_back(char((i * 131) % 256));
    const auto features = hashedNgramFeatures(binary, params);
    QVERIFY(!features.empty());
    QVERIFY(*std::max_element(features.begin(), features.end()) < 10000u);
}

void TestDsir::streamingSelectionMatchesSorting_data()
{
    QTest::addColumn<int>("k");
    QTest::addColumn<bool>("noise");
    for (const int k : {0, 1, 7, 300, 999, 1000, 1003})
        for (const bool noise : {false, true})
            QTest::addRow("k=%d%s", k, noise ? " noise" : "") << k << noise;
}

// The streaming selection (O(k) memory; the select job's) against the definition: every key drawn
// in index order, all items sorted by key, ties to the smaller index. Weights with many ties and
// a few NaNs, which rank last.
void TestDsir::streamingSelectionMatchesSorting()
{
    QFETCH(int, k);
    QFETCH(bool, noise);
    std::mt19937_64 rng(5);
    std::vector<double> weights(1000);
    for (double& w : weights)
        w = double(rng() % 20) - 10.0;
    weights[17] = weights[400] = std::nan("");
    GumbelKeys keys(42, noise);
    std::vector<std::pair<double, int64_t>> all;
    for (size_t i = 0; i < weights.size(); ++i)
        all.push_back({keys.next(weights[i]), int64_t(i)});
    std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    std::vector<int64_t> expected;
    for (int i = 0; i < std::min<int>(k, int(all.size())); ++i)
        expected.push_back(all[size_t(i)].second);

    StreamingGumbelTopK<int64_t> stream(k, 42, noise);
    for (size_t i = 0; i < weights.size(); ++i)
        stream.push(weights[i], int64_t(i) * 10); // tags travel with their items
    QCOMPARE(stream.items(), int64_t(weights.size()));
    std::vector<int64_t> got;
    for (const auto& chosen : stream.take()) {
        QCOMPARE(chosen.tag, chosen.item * 10);
        got.push_back(chosen.item);
    }
    QCOMPARE(got, expected);
    QCOMPARE(gumbelTopK(weights, k, 42, noise), expected);
    if (k >= 999) // the NaNs come last
        QVERIFY(std::find(got.begin(), got.begin() + 998, 17) == got.begin() + 998);
}

// `buckets` is bounded by the memory its arrays take, not only by a range: 10^8 buckets is 4 GB
// (5 arrays of 8 bytes per bucket), refused under a 1 GiB budget with the size it would need and
// the most that fits.
void TestDsir::bucketsBoundedByMemory_data()
{
    QTest::addColumn<qint64>("buckets");
    QTest::addColumn<qint64>("budget");
    QTest::addColumn<bool>("fits");
    QTest::addColumn<QString>("mentions");
    const qint64 gib = qint64(1) << 30;
    // kDsirBucketArrays is 5: the target's probabilities, the selection's counts and three random
    // samples' counts at the end of a selection.
    QCOMPARE(kDsirBucketArrays, 5);
    QTest::newRow("the default") << qint64(kDsirDefaultBuckets) << gib << true << QString();
    QTest::newRow("exactly the budget") << qint64(1000) << qint64(40000) << true << QString();
    QTest::newRow("one bucket over") << qint64(1001) << qint64(40000) << false << QString("use at most 1000 buckets");
    QTest::newRow("10^8 under 1 GiB") << qint64(100'000'000) << gib << false << QString("would need 3815 MiB");
    QTest::newRow("10^8 under 4 GiB") << qint64(100'000'000) << 4 * gib << true << QString();
}

void TestDsir::bucketsBoundedByMemory()
{
    QFETCH(qint64, buckets);
    QFETCH(qint64, budget);
    QFETCH(bool, fits);
    QFETCH(QString, mentions);
    QCOMPARE(dsirBucketBytes(buckets), uint64_t(buckets) * 8 * kDsirBucketArrays);
    const auto problem = dsirBucketsProblem(buckets, uint64_t(budget));
    QCOMPARE(!problem.has_value(), fits);
    if (problem)
        QVERIFY2(QString::fromStdString(*problem).contains(mentions), problem->c_str());
    QVERIFY(dsirMemoryBudget() > 0);
}

// The job's KL from counts (no array of probabilities) is the KL through probabilities() exactly.
void TestDsir::klToCountsMatchesProbabilities()
{
    NgramDistribution q(5);
    q.add({0, 0, 1, 3, 3, 3});
    const std::vector<double> p{0.1, 0.2, 0.3, 0.0, 0.4};
    for (const double laplace : {0.0, 0.5, 2.0})
        QCOMPARE(klDivergence(p, q, laplace), klDivergence(p, q.probabilities(laplace)));
    // Nothing counted: the same large finite value as through all-zero probabilities.
    QCOMPARE(klDivergence(p, NgramDistribution(5), 0.0), klDivergence(p, std::vector<double>(5, 0.0)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, klDivergence(p, NgramDistribution(4), 0.0));
}

void TestDsir::uniformBelowIsInRangeAndUniform()
{
    std::mt19937_64 rng(11);
    QCOMPARE(uniformBelow(rng, 1), uint64_t(0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, uniformBelow(rng, 0));
    // n = 2^64 - 1: the rejection threshold 2^64 mod n is 1; values stay below n.
    for (int i = 0; i < 100; ++i)
        QVERIFY(uniformBelow(rng, ~uint64_t(0)) < ~uint64_t(0));
    // n = 6: each face 1/6 of 60,000 draws; standard error 0.0015, so 0.01 is more than 6 of them.
    std::array<int, 6> counts{};
    const int draws = 60000;
    for (int i = 0; i < draws; ++i) {
        const uint64_t v = uniformBelow(rng, 6);
        QVERIFY(v < 6);
        ++counts[v];
    }
    for (int face = 0; face < 6; ++face)
        QVERIFY2(std::abs(double(counts[size_t(face)]) / draws - 1.0 / 6) < 0.01, qPrintable(QString::number(face)));
    // The value is a function of the generator's raw output (not of the library's distributions).
    std::mt19937_64 a(5), b(5);
    for (int i = 0; i < 50; ++i)
        QCOMPARE(uniformBelow(a, 1000003), uniformBelow(b, 1000003));
}

namespace {

std::vector<int> reservoir(int64_t k, uint64_t seed, int sample, int items)
{
    ReservoirSample<int> reservoir(k, seed, sample);
    for (int i = 0; i < items; ++i)
        reservoir.push(i);
    std::vector<int> chosen = reservoir.take();
    std::sort(chosen.begin(), chosen.end());
    return chosen;
}

} // namespace

void TestDsir::reservoirSamplesBySeed()
{
    const auto a = reservoir(50, 42, 0, 1000);
    QCOMPARE(a.size(), size_t(50));
    QCOMPARE(std::set<int>(a.begin(), a.end()).size(), a.size()); // without replacement
    QCOMPARE(reservoir(50, 42, 0, 1000), a);                        // reproducible per seed
    QVERIFY(reservoir(50, 43, 0, 1000) != a);                       // another seed, another sample
    QVERIFY(reservoir(50, 42, 1, 1000) != a);                       // the job's samples differ from each other
    QVERIFY(reservoir(50, uint64_t(42) << 32, 0, 1000) != a);       // the seed's high half counts too
    // Fewer items than k: all of them. k = 0 or less: none.
    QCOMPARE(reservoir(50, 1, 0, 7), (std::vector<int>{0, 1, 2, 3, 4, 5, 6}));
    QVERIFY(reservoir(0, 1, 0, 100).empty());
    QVERIFY(reservoir(-2, 1, 0, 100).empty());
    ReservoirSample<int> counted(3, 0, 0);
    for (int i = 0; i < 9; ++i)
        counted.push(i);
    QCOMPARE(counted.items(), int64_t(9));
}

void TestDsir::reservoirSampleIsUniform()
{
    // Every item of 10 is in a sample of 3 with probability 0.3, wherever it is in the stream.
    // 6000 seeds: standard error 0.006, so 0.03 is 5 of them.
    std::array<int, 10> in{};
    const int trials = 6000;
    for (int seed = 0; seed < trials; ++seed)
        for (int item : reservoir(3, uint64_t(seed), 0, 10))
            ++in[size_t(item)];
    for (int item = 0; item < 10; ++item) {
        const double share = double(in[size_t(item)]) / trials;
        QVERIFY2(std::abs(share - 0.3) < 0.03, qPrintable(QStringLiteral("item %1: %2").arg(item).arg(share)));
    }
}

namespace {

using nlohmann::json;

// `adaptlab-cli corpus select` on two JSON Lines files: the job as users run it.
json runSelectJob(const QString& target, const QString& raw, const QStringList& extra, const QString& out)
{
    QProcess cli;
    cli.start(QStringLiteral(ADAPTLAB_CLI_PATH), QStringList{QStringLiteral("corpus"), QStringLiteral("select"),
                                                            QStringLiteral("--target"), target,
                                                            QStringLiteral("--raw"), raw,
                                                            QStringLiteral("--out"), out,
                                                            QStringLiteral("--json")}
                                                     + extra);
    if (!cli.waitForFinished(300000) || cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0)
        qWarning("corpus select failed: %s", cli.readAllStandardError().constData());
    const QByteArray output = cli.readAllStandardOutput();
    return json::parse(output.toStdString(), nullptr, /*allow_exceptions=*/false);
}

bool checkRandomFigures(const json& result)
{
    if (!result.is_object() || !result.contains("kl_reduction_random_samples"))
        return false;
    const auto samples = result["kl_reduction_random_samples"].get<std::vector<double>>();
    if (samples.size() != size_t(kDsirRandomSamples))
        return false;
    const double mean = std::accumulate(samples.begin(), samples.end(), 0.0) / double(samples.size());
    return std::abs(result["kl_reduction_random"].get<double>() - mean) < 1e-12
        && std::abs(result["kl_reduction_vs_random"].get<double>()
                    - (result["kl_reduction"].get<double>() - mean)) < 1e-12;
}

} // namespace

// The random samples the job compares with are the same for the same seed and differ across seeds
// (on the fixture: 80 raw documents, samples of 16).
void TestDsir::jobRandomSamplesBySeed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto run = [&](int seed, const QString& name) {
        return runSelectJob(fixture("target.jsonl"), fixture("raw.jsonl"),
                            {QStringLiteral("-k"), QStringLiteral("16"), QStringLiteral("--seed"), QString::number(seed),
                             QStringLiteral("--chunk-words"), QStringLiteral("0")},
                            dir.filePath(name));
    };
    const json first = run(1, QStringLiteral("a.jsonl.zst"));
    const json again = run(1, QStringLiteral("b.jsonl.zst"));
    const json other = run(2, QStringLiteral("c.jsonl.zst"));
    QVERIFY2(checkRandomFigures(first), first.dump().c_str());
    QVERIFY2(checkRandomFigures(other), other.dump().c_str());
    QCOMPARE(again["kl_reduction_random_samples"], first["kl_reduction_random_samples"]);
    QCOMPARE(again["kl_reduction"], first["kl_reduction"]);
    QVERIFY(other["kl_reduction_random_samples"] != first["kl_reduction_random_samples"]);
    // Three samples of one seed are three different samples.
    const auto samples = first["kl_reduction_random_samples"].get<std::vector<double>>();
    QCOMPARE(std::set<double>(samples.begin(), samples.end()).size(), samples.size());
    qInfo("seed 1: kl_reduction %.4f, random %.4f (%s), vs random %.4f", first["kl_reduction"].get<double>(),
          first["kl_reduction_random"].get<double>(), first["kl_reduction_random_samples"].dump().c_str(),
          first["kl_reduction_vs_random"].get<double>());
}

// A raw pool made of the target's own 40 documents and 64 of other domains: the k = 40 best by
// weight (no noise) are the target's documents, so the selection's n-gram distribution is the
// target's (KL 0), while a random 40 of the 104 differ from it (KL > 0): the selection beats random
// for certain. Against the whole pool the figure is positive too, but that is not what is checked.
void TestDsir::targetsOwnDocumentsBeatRandom()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile targetFile(fixture("target.jsonl")), rawFile(fixture("raw.jsonl"));
    QVERIFY(targetFile.open(QIODevice::ReadOnly) && rawFile.open(QIODevice::ReadOnly));
    const QByteArray targetLines = targetFile.readAll();
    QByteArray pool;
    int others = 0;
    for (const QByteArray& line : rawFile.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        if (QJsonDocument::fromJson(line).object().value(QStringLiteral("domain")).toString() == QLatin1String("medical"))
            continue;
        pool += line + '\n';
        ++others;
    }
    QCOMPARE(others, 64);
    // The target's documents in the middle of the pool, not at its start (ties go to smaller indices).
    const qsizetype middle = pool.indexOf('\n', pool.size() / 2) + 1;
    pool.insert(middle, targetLines.endsWith('\n') ? targetLines : targetLines + '\n');
    const QString poolPath = dir.filePath(QStringLiteral("pool.jsonl"));
    QFile poolFile(poolPath);
    QVERIFY(poolFile.open(QIODevice::WriteOnly) && poolFile.write(pool) == pool.size());
    poolFile.close();

    for (const int seed : {0, 1, 2}) {
        const json r = runSelectJob(fixture("target.jsonl"), poolPath,
                                    {QStringLiteral("-k"), QStringLiteral("40"), QStringLiteral("--seed"),
                                     QString::number(seed), QStringLiteral("--no-noise"),
                                     QStringLiteral("--chunk-words"), QStringLiteral("0")},
                                    dir.filePath(QStringLiteral("out-%1.jsonl.zst").arg(seed)));
        QVERIFY2(checkRandomFigures(r), r.dump().c_str());
        QCOMPARE(r["units"].get<int64_t>(), int64_t(104));
        QCOMPARE(r["selected"].get<int64_t>(), int64_t(40));
        // The selection is the target itself.
        QVERIFY2(std::abs(r["kl_target_selected"].get<double>()) < 1e-9, r.dump().c_str());
        for (const double random : r["kl_reduction_random_samples"].get<std::vector<double>>())
            QVERIFY(random < r["kl_reduction"].get<double>());
        QVERIFY2(r["kl_reduction_vs_random"].get<double>() > 0, r.dump().c_str());
        qInfo("seed %d: kl_reduction %.4f, random %.4f, vs random %.4f", seed, r["kl_reduction"].get<double>(),
              r["kl_reduction_random"].get<double>(), r["kl_reduction_vs_random"].get<double>());
    }
}

namespace {

// A small generated corpus, the same every run: two topics, each a Zipf distribution (s = 1) over
// its own ordering of one 6,000-word vocabulary; the target is topic A, the raw pool mixes the two
// in shares 0, 1/4, 1/2, 3/4 and 1 of A. Plenty of distinct bigrams, so 10,000 buckets collide a
// lot. Only the generator's raw output is used (std distributions differ between libraries).
struct GeneratedCorpus {
    std::vector<std::string> target, raw;
};

GeneratedCorpus generatedCorpus()
{
    std::mt19937_64 rng(2026);
    const int vocabulary = 6000;
    std::vector<std::string> words;
    for (int i = 0; i < vocabulary; ++i) {
        std::string word;
        for (int v = i + 1; v > 0; v /= 23)
            word.push_back(char('a' + v % 23));
        words.push_back(word + (i % 7 == 0 ? "s" : ""));
    }
    std::vector<double> cumulative(vocabulary);
    double total = 0;
    for (int r = 0; r < vocabulary; ++r)
        cumulative[size_t(r)] = total += 1.0 / (r + 1);
    std::vector<int> orderA(vocabulary), orderB(vocabulary);
    std::iota(orderA.begin(), orderA.end(), 0);
    std::iota(orderB.begin(), orderB.end(), 0);
    for (int i = vocabulary - 1; i > 0; --i) { // Fisher-Yates with the raw output
        std::swap(orderA[size_t(i)], orderA[size_t(rng() % uint64_t(i + 1))]);
        std::swap(orderB[size_t(i)], orderB[size_t(rng() % uint64_t(i + 1))]);
    }
    auto word = [&](const std::vector<int>& order) {
        const double u = double(rng() >> 11) * 0x1p-53 * total;
        const size_t rank = size_t(std::upper_bound(cumulative.begin(), cumulative.end(), u) - cumulative.begin());
        return words[size_t(order[std::min(rank, size_t(vocabulary - 1))])];
    };
    auto document = [&](int shareOfA4) { // shareOfA4 / 4 of the words from topic A
        std::string text;
        for (int i = 0; i < 60; ++i)
            text += (i ? " " : "") + word(int(rng() % 4) < shareOfA4 ? orderA : orderB);
        return text;
    };
    GeneratedCorpus corpus;
    for (int d = 0; d < 150; ++d)
        corpus.target.push_back(document(4));
    for (int d = 0; d < 500; ++d)
        corpus.raw.push_back(document(d % 5));
    return corpus;
}

double hashedVersusExact(const GeneratedCorpus& corpus, int buckets)
{
    DsirParams params;
    params.buckets = buckets;
    NgramDistribution targetCounts(buckets), rawCounts(buckets);
    std::vector<std::vector<uint32_t>> rawHashed;
    for (const auto& text : corpus.target)
        targetCounts.add(hashedNgramFeatures(text, params));
    for (const auto& text : corpus.raw) {
        rawHashed.push_back(hashedNgramFeatures(text, params));
        rawCounts.add(rawHashed.back());
    }
    const auto ratio = logRatio(targetCounts.probabilities(), rawCounts.probabilities());
    std::vector<double> hashed;
    for (const auto& features : rawHashed)
        hashed.push_back(logImportanceWeight(features, ratio));

    dsir_test::ExactNgrams ngrams;
    std::vector<std::vector<uint32_t>> targetExact, rawExact;
    for (const auto& text : corpus.target)
        targetExact.push_back(ngrams.features(text));
    for (const auto& text : corpus.raw)
        rawExact.push_back(ngrams.features(text));
    const auto exact = dsir_test::logWeights(targetExact, rawExact, ngrams.size());
    return dsir_test::spearman(hashed, exact);
}

} // namespace

void TestDsir::hashedAgreesWithExactAtDefault()
{
    // The Spearman helper on known cases first: monotone = 1, reversed = -1, ties share ranks.
    QCOMPARE(dsir_test::spearman({1, 2, 3, 4}, {10, 20, 30, 1000}), 1.0);
    QCOMPARE(dsir_test::spearman({1, 2, 3, 4}, {4, 3, 2, 1}), -1.0);
    QCOMPARE(dsir_test::ranks({5, 1, 5, 2}), (std::vector<double>{3.5, 1, 3.5, 2}));

    const GeneratedCorpus corpus = generatedCorpus();
    const double atDefault = hashedVersusExact(corpus, kDsirDefaultBuckets);
    const double atTenThousand = hashedVersusExact(corpus, 10000);
    qInfo("Spearman of hashed vs exact weights: %.4f at %d buckets, %.4f at 10000", atDefault, kDsirDefaultBuckets,
          atTenThousand);
    QVERIFY2(atDefault >= 0.99, qPrintable(QString::number(atDefault)));
    // Collisions are what costs agreement: the old default agrees less.
    QVERIFY(atTenThousand < atDefault);
}

QTEST_GUILESS_MAIN(TestDsir)
#include "tst_dsir.moc"
