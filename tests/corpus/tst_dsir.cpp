// DSIR (METHODS.md §3): tokens, FNV-1a hashing, hashed n-gram features, chunking, distributions,
// importance weights, Gumbel top-k and KL, checked piece by piece and end to end against the
// independent standard-library Python reference (tests/corpus/dsir_reference.py) on the fixture
// in tests/fixtures/dsir/.
#include "corpus/dsir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <set>
#include <string>
#include <vector>

using namespace adaptlab::corpus;

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

// `buckets` is bounded by the memory its arrays take, not only by a range: 10^8 buckets is 2.4 GB
// (3 arrays of 8 bytes per bucket), refused under a 1 GiB budget with the size it would need and
// the most that fits.
void TestDsir::bucketsBoundedByMemory_data()
{
    QTest::addColumn<qint64>("buckets");
    QTest::addColumn<qint64>("budget");
    QTest::addColumn<bool>("fits");
    QTest::addColumn<QString>("mentions");
    const qint64 gib = qint64(1) << 30;
    QTest::newRow("the usual 10000") << qint64(10000) << gib << true << QString();
    QTest::newRow("exactly the budget") << qint64(1000) << qint64(24000) << true << QString();
    QTest::newRow("one bucket over") << qint64(1001) << qint64(24000) << false << QString("use at most 1000 buckets");
    QTest::newRow("10^8 under 1 GiB") << qint64(100'000'000) << gib << false << QString("would need 2289 MiB");
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

QTEST_GUILESS_MAIN(TestDsir)
#include "tst_dsir.moc"
