// Deduplication (METHODS.md §2): normalization, exact hashes, the MinHash kernel against plain
// 128-bit arithmetic, MinHash and b-bit estimates against exact shingle Jaccard, the LSH S-curve,
// and near-dedup as it removes documents (duplicate_clusters.h): recall and precision on planted
// near-duplicates, a corpus of overlapping windows that union-find chained into one cluster,
// verification against kept documents only, the threshold's edge, determinism.
#include "common/error.h"
#include "corpus/dedup.h"
#include "corpus/duplicate_clusters.h"
#include "corpus/signals_file.h"

#include <xxhash.h>

#include <QProcess>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

using namespace adaptlab::corpus;

namespace {

// A Zipf-like vocabulary of made-up words: frequent words repeat as in real text, so shingles of
// unrelated documents overlap a little instead of never.
class TextGenerator {
public:
    explicit TextGenerator(uint64_t seed, int vocabulary = 5000)
        : rng_(seed)
    {
        std::uniform_int_distribution<int> length(2, 9), letter(0, 25);
        std::set<std::string> seen;
        while (int(words_.size()) < vocabulary) {
            std::string w;
            for (int i = length(rng_); i > 0; --i)
                w.push_back(char('a' + letter(rng_)));
            if (seen.insert(w).second)
                words_.push_back(w);
        }
        std::vector<double> weights(words_.size());
        for (size_t i = 0; i < weights.size(); ++i)
            weights[i] = 1.0 / double(i + 1);
        zipf_ = std::discrete_distribution<int>(weights.begin(), weights.end());
    }
    std::string word() { return words_[size_t(zipf_(rng_))]; }
    std::vector<std::string> words(int n)
    {
        std::vector<std::string> out;
        for (int i = 0; i < n; ++i)
            out.push_back(word());
        return out;
    }
    std::mt19937_64& rng() { return rng_; }

private:
    std::mt19937_64 rng_;
    std::vector<std::string> words_;
    std::discrete_distribution<int> zipf_;
};

std::string join(const std::vector<std::string>& words)
{
    std::string out;
    for (const auto& w : words) {
        if (!out.empty())
            out.push_back(' ');
        out += w;
    }
    return out;
}

// The words of a normalized text, as single spaces separate them.
std::vector<std::string> wordsOf(const std::string& normalized)
{
    std::vector<std::string> words;
    size_t start = 0;
    while (start < normalized.size()) {
        size_t end = normalized.find(' ', start);
        if (end == std::string::npos)
            end = normalized.size();
        words.push_back(normalized.substr(start, end - start));
        start = end + 1;
    }
    return words;
}

// The shingle hash by its definition (dedup.h), with the constants of dedup.cpp: a word of up to 16
// bytes hashed from its zero-padded halves assembled byte by byte as little-endian integers, a
// longer one with XXH3-64; the shingle as fmix64 of the polynomial in M evaluated by Horner's rule.
uint64_t referenceWordHash(const std::string& word)
{
    if (word.size() > 16)
        return XXH3_64bits(word.data(), word.size());
    unsigned char bytes[16] = {};
    std::copy(word.begin(), word.end(), bytes);
    uint64_t lo = 0, hi = 0;
    for (int i = 7; i >= 0; --i) {
        lo = lo << 8 | bytes[i];
        hi = hi << 8 | bytes[8 + i];
    }
    const unsigned __int128 product =
        (unsigned __int128)(lo ^ 0x749882321e350400ULL) * (hi ^ 0x79c8c2926b94b500ULL ^ word.size());
    return uint64_t(product) ^ uint64_t(product >> 64);
}

uint64_t referenceShingleHash(const std::vector<std::string>& words, size_t first, size_t count)
{
    uint64_t x = 0;
    for (size_t j = 0; j < count; ++j)
        x = x * 0x4242aadbc8f429a5ULL + referenceWordHash(words[first + j]);
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

// The signature by the definition: permutations drawn as MinHasher documents (a_i = an
// mt19937_64 output made odd, then b_i = the next output), shingle hashes as above,
// h_i(x) = high 32 bits of (a_i * x + b_i) mod 2^64, computed here with __int128 arithmetic and an
// explicit reduction rather than relying on uint64_t wraparound.
std::vector<uint32_t> referenceSignature(std::string_view text, const MinHashParams& params)
{
    std::mt19937_64 rng(params.seed);
    std::vector<uint64_t> a, b;
    for (int i = 0; i < params.numHashes(); ++i) {
        a.push_back(rng() | 1u);
        b.push_back(rng());
    }
    const std::vector<std::string> words = wordsOf(normalizeForDedup(text));
    std::vector<uint64_t> shingles;
    const size_t n = size_t(params.ngram);
    if (!words.empty() && words.size() < n)
        shingles.push_back(referenceShingleHash(words, 0, words.size()));
    for (size_t i = 0; i + n <= words.size(); ++i)
        shingles.push_back(referenceShingleHash(words, i, n));
    std::vector<uint32_t> sig(a.size(), UINT32_MAX);
    for (uint64_t x : shingles)
        for (size_t i = 0; i < a.size(); ++i) {
            const unsigned __int128 full = (unsigned __int128)a[i] * x + b[i];
            const uint64_t h = uint64_t(full % ((unsigned __int128)1 << 64)) >> 32;
            sig[i] = std::min(sig[i], uint32_t(h));
        }
    return sig;
}

// A signals file of these texts' rows as a scan writes them (exact hash, band hashes, b-bit
// signature): what near-dedup reads.
void writeSignals(const std::string& path, const std::vector<std::string>& texts, const MinHasher& hasher)
{
    SignalsFileWriter writer(path, {"texts.jsonl"}, hasher.params().bands, hasher.params().numHashes());
    for (size_t i = 0; i < texts.size(); ++i) {
        SignalRow row;
        row.position.line = int64_t(i) + 1;
        hasher.hashDocument(texts[i], row.exactHash, row.bandHashes, row.signature);
        writer.append(row);
    }
    writer.finish();
}

// A row made of a given b-bit signature: each band's hash from its rows' values, as documents
// with equal rows in a band are candidates; `exact` stands for the text's exact hash.
SignalRow rowOfSignature(const std::vector<uint16_t>& signature, int bands, uint64_t exact)
{
    SignalRow row;
    row.exactHash = exact;
    row.signature = signature;
    const size_t rows = signature.size() / size_t(bands);
    for (int b = 0; b < bands; ++b)
        row.bandHashes.push_back(XXH64(signature.data() + size_t(b) * rows, rows * sizeof(uint16_t), 0));
    return row;
}

void writeSignatures(const std::string& path, const std::vector<std::vector<uint16_t>>& signatures,
                     const std::vector<uint64_t>& exact, int bands)
{
    SignalsFileWriter writer(path, {"synthetic.jsonl"}, bands, int(signatures.front().size()));
    for (size_t i = 0; i < signatures.size(); ++i) {
        SignalRow row = rowOfSignature(signatures[i], bands, exact[i]);
        row.position.line = int64_t(i) + 1;
        writer.append(row);
    }
    writer.finish();
}

// A value other than v in all 16 bits.
uint16_t other(uint16_t v, uint16_t salt)
{
    return uint16_t(v ^ (salt | 1u));
}

} // namespace

class TestDedup : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

private Q_SLOTS:
    void normalization_data();
    void normalization();
    void normalizationOfRandomBytes();
    void normalizationVectorPathsMatchScalar();
    void exactHashMatches_data();
    void exactHashMatches();
    void exactClustersKeepFirst();
    void signatureMatchesDefinition_data();
    void signatureMatchesDefinition();
    void hashDocumentMatchesSeparateCalls();
    void bBitJaccardKnownValues();
    void bBitEstimateTracksShingleJaccard();
    void everyKernelMatchesDefinition_data();
    void everyKernelMatchesDefinition();
    void signatureDeterministicBySeed();
    void estimatedJaccardTracksShingleJaccard();
    void shingleHashesTellStructuredShinglesApart();
    void estimatedJaccardOnStructuredText();
    void shingleJaccardKnownValues();
    void sCurve_data();
    void sCurve();
    void thresholdNearSteepestPoint();
    void plantedNearDuplicates();
    void overlappingWindowsDoNotChain();
    void removedOnlyForAKeptDocument_data();
    void removedOnlyForAKeptDocument();
    void thresholdEdge_data();
    void thresholdEdge();
    void largeBucketsAreCapped();
    void unionFindKeepsFirst();
    void badInputs();
};

void TestDedup::normalization_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("case and punctuation") << QByteArray("Hello, World!") << QByteArray("hello world");
    QTest::newRow("whitespace collapsed and trimmed")
        << QByteArray("  multiple   spaces\t\nand\r\nlines \f\v ") << QByteArray("multiple spaces and lines");
    QTest::newRow("digits become 0") << QByteArray("Price: $1,234.56 in 2024") << QByteArray("price 000000 in 0000");
    QTest::newRow("apostrophe joins") << QByteArray("don't stop") << QByteArray("dont stop");
    QTest::newRow("hyphen joins") << QByteArray("state-of-the-art") << QByteArray("stateoftheart");
    QTest::newRow("lone punctuation leaves one space") << QByteArray("a - b -- c") << QByteArray("a b c");
    QTest::newRow("underscore is punctuation") << QByteArray("snake_case") << QByteArray("snakecase");
    QTest::newRow("empty") << QByteArray("") << QByteArray("");
    QTest::newRow("only punctuation") << QByteArray("!!! ??? ...") << QByteArray("");
    QTest::newRow("latin-1 and extended-A")
        << QByteArray("ÉCOLE Über ŁÓDŹ Ÿ İstanbul") << QByteArray("école über łódź ÿ istanbul");
    QTest::newRow("greek and cyrillic") << QByteArray("ΑΘΗΝΑ МОСКВА Ёж") << QByteArray("αθηνα москва ёж");
    QTest::newRow("unicode punctuation dropped")
        << QByteArray("“Quoted” — text… «fr» ¡sí!") << QByteArray("quoted text fr sí");
    QTest::newRow("unicode spaces") << QByteArray("non\u00A0breaking\u2003em\u3000ideographic")
                                    << QByteArray("non breaking em ideographic");
    QTest::newRow("fullwidth is ASCII") << QByteArray("ＡＢＣ，１２３！ｘ") << QByteArray("abc000x");
    QTest::newRow("other scripts kept") << QByteArray("日本語 テキスト") << QByteArray("日本語 テキスト");
    QTest::newRow("invalid utf-8 kept byte for byte") << QByteArray("\xff\xfe" "AB \xc3") << QByteArray("\xff\xfe" "ab \xc3");
    QTest::newRow("overlong space is not a space") << QByteArray("a\xe0\x80\xa0" "b") << QByteArray("a\xe0\x80\xa0" "b");
}

void TestDedup::normalization()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const std::string out = normalizeForDedup(std::string_view(input.constData(), size_t(input.size())));
    QCOMPARE(QByteArray::fromStdString(out), expected);
}

void TestDedup::normalizationOfRandomBytes()
{
    // Any bytes at all (broken UTF-8, controls, fragments of multi-byte characters): the output is
    // never longer than the input, is trimmed, and has single spaces only.
    std::mt19937_64 rng(99);
    const std::string alphabet = std::string("aZ 9,\t\n") + "\xc3\x89\xe2\x80\x9c\xef\xbc\xa1\xf0\x9f\x9a\x80\xff\x80";
    for (int i = 0; i < 2000; ++i) {
        std::string text;
        const int length = int(rng() % 64);
        for (int j = 0; j < length; ++j)
            text.push_back(rng() % 3 ? alphabet[rng() % alphabet.size()] : char(rng() % 256));
        const std::string out = normalizeForDedup(text);
        QVERIFY(out.size() <= text.size());
        QVERIFY(out.empty() || (out.front() != ' ' && out.back() != ' '));
        QVERIFY(out.find("  ") == std::string::npos);
    }
}

// The vector paths of normalizeForDedup (the one this process picked; everyKernelMatchesDefinition
// runs this again under each one the machine has) against the scalar path, byte for byte: random
// mixtures of ASCII words, punctuation and whitespace runs, valid multi-byte characters of every
// class, broken sequences and stray bytes, and each special piece placed across the vector paths'
// 64-byte block boundaries.
void TestDedup::normalizationVectorPathsMatchScalar()
{
    const std::vector<std::string> specials = {
        "\xc3\x89", "\xc3\xa9", "\xc2\xa0", "\xc2\x85", "\xe2\x80\x9c", "\xe2\x80\x83", "\xe2\x80\xa8",
        "\xe3\x80\x80", "\xef\xbc\xa1", "\xef\xbc\x91", "\xef\xbc\x8c", "\xf0\x9f\x9a\x80", "\xd9\xa3", "\xc4\xb0",
        "\xc5\xb8", "\xce\x91", "\xd0\x81", "\xe6\x97\xa5", "\xef\xbb\xbf",
        // broken: stray continuation bytes, truncated sequences, overlongs, surrogates, > U+10FFFF
        "\xff", "\x80", "\xbf", "\xc3", "\xe2\x80", "\xf0\x9f\x9a", "\xe0\x80\xa0", "\xed\xa0\x80", "\xc0\xaf",
        "\xf4\x90\x80\x80", std::string(1, '\0'), "\x01", "\x7f", " ", "\t", "\r\n", "\v\f", ",", "'", "_",
        std::string(70, ' '), std::string(70, ','), " , . ; ", "A", "9"};
    std::mt19937_64 rng(20240611);
    auto pick = [&](size_t n) { return size_t(rng() % n); };
    auto asciiRun = [&](size_t length) {
        static const std::string alphabet = "abcxyzABCXYZ0189      \t\n,.;!?-_'\"()";
        std::string s;
        for (size_t i = 0; i < length; ++i)
            s.push_back(alphabet[pick(alphabet.size())]);
        return s;
    };
    int checked = 0, failed = 0;
    std::string firstFailure;
    auto check = [&](const std::string& text) {
        const std::string expected = normalizeForDedupScalar(text);
        std::string reused = "stale contents of a reused buffer";
        normalizeForDedup(text, reused);
        ++checked;
        if (normalizeForDedup(text) != expected || reused != expected)
            if (failed++ == 0)
                firstFailure = text;
    };
    // Each special piece at every offset around the first two block boundaries, after plain words
    // or after whitespace, and followed by words, whitespace or the end of the text.
    for (const std::string& special : specials)
        for (size_t at = 56; at <= 136; at = at == 72 ? 120 : at + 1)
            for (const char* filler : {"word ", "  \t "})
                for (const char* after : {"", " Next", "x", "  ", ".\xc3\xa9"}) {
                    std::string text;
                    while (text.size() < at)
                        text += filler;
                    text.resize(at);
                    check(text + special + after);
                }
    // Random mixtures, up to several blocks long.
    for (int i = 0; i < 20000; ++i) {
        std::string text;
        const size_t length = i % 10 == 0 ? pick(2000) : pick(200);
        while (text.size() < length) {
            const size_t kind = pick(10);
            if (kind < 5)
                text += asciiRun(1 + pick(24));
            else if (kind < 8)
                text += specials[pick(specials.size())];
            else if (kind < 9)
                text.push_back(char(rng()));
            else
                text += std::string(1 + pick(80), " ,\n"[pick(3)]);
        }
        check(text);
    }
    QVERIFY2(failed == 0, qPrintable(QStringLiteral("%1 of %2 texts differ from the scalar path, the first: %3")
                                         .arg(failed)
                                         .arg(checked)
                                         .arg(QString::fromLatin1(QByteArray::fromStdString(firstFailure).toHex()))));
    qInfo("%d texts compared", checked);
}

void TestDedup::exactHashMatches_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("case") << QByteArray("The Quick Brown Fox") << QByteArray("the quick brown fox") << true;
    QTest::newRow("punctuation") << QByteArray("Hello, world. Bye!") << QByteArray("Hello world Bye") << true;
    QTest::newRow("whitespace") << QByteArray("a  b\n\nc\t") << QByteArray(" a b c") << true;
    QTest::newRow("numbers") << QByteArray("call 555-1234") << QByteArray("call 999-0000") << true;
    QTest::newRow("different word") << QByteArray("the quick brown fox") << QByteArray("the quick brown cat") << false;
    QTest::newRow("word order") << QByteArray("fox brown") << QByteArray("brown fox") << false;
    QTest::newRow("word break kept") << QByteArray("foo bar") << QByteArray("foobar") << false;
}

void TestDedup::exactHashMatches()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, same);
    QCOMPARE(exactHash(a.toStdString()) == exactHash(b.toStdString()), same);
    const std::string normalized = normalizeForDedup(a.toStdString());
    QCOMPARE(exactHash(a.toStdString()), XXH64(normalized.data(), normalized.size(), 0));
}

void TestDedup::exactClustersKeepFirst()
{
    const std::vector<std::string> docs = {"Alpha beta.", "gamma", "ALPHA, BETA", "delta", "gamma!", "alpha beta"};
    std::vector<uint64_t> hashes;
    for (const auto& d : docs)
        hashes.push_back(exactHash(d));
    QCOMPARE(exactClusters(hashes), (std::vector<int64_t>{0, 1, 0, 3, 1, 0}));
    QVERIFY(exactClusters({}).empty());
}

void TestDedup::signatureMatchesDefinition_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("bands");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("ngram");
    QTest::addColumn<qulonglong>("seed");
    TextGenerator gen(7);
    QTest::newRow("200 words default") << QByteArray::fromStdString(join(gen.words(200))) << 14 << 8 << 5 << 1ull;
    QTest::newRow("1500 words: several kernel blocks") << QByteArray::fromStdString(join(gen.words(1500))) << 14 << 8
                                                       << 5 << 9ull;
    QTest::newRow("odd shape 9x3, 3-grams") << QByteArray::fromStdString(join(gen.words(50))) << 9 << 3 << 3 << 42ull;
    QTest::newRow("one hash") << QByteArray::fromStdString(join(gen.words(20))) << 1 << 1 << 5 << 5ull;
    QTest::newRow("shorter than a shingle") << QByteArray("Only three words") << 14 << 8 << 5 << 1ull;
    QTest::newRow("single word") << QByteArray("word") << 14 << 8 << 5 << 3ull;
    QTest::newRow("empty") << QByteArray("") << 14 << 8 << 5 << 1ull;
    QTest::newRow("punctuation only") << QByteArray("?!") << 4 << 2 << 5 << 1ull;
    // Word lengths around the 8- and 16-byte halves of the word hash and past it, words ending
    // at, in and past 64-byte blocks, and a text that ends inside the last 16 bytes with a long word.
    std::string lengths;
    for (int length = 1; length <= 40; ++length)
        lengths += std::string(size_t(length), char('a' + length % 26)) + (length % 3 ? " " : "  ");
    QTest::newRow("word lengths 1..40") << QByteArray::fromStdString(lengths) << 14 << 8 << 5 << 1ull;
    QTest::newRow("2-grams of word lengths 1..40") << QByteArray::fromStdString(lengths) << 7 << 4 << 2 << 4ull;
    for (int size : {63, 64, 65, 127, 128, 129}) {
        std::string text = join(gen.words(60)).substr(0, size_t(size - 20)) + " " + std::string(19, 'z');
        QTest::newRow(qPrintable(QStringLiteral("%1 bytes ending in a 19-byte word").arg(size)))
            << QByteArray::fromStdString(text) << 14 << 8 << 5 << 1ull;
    }
    QTest::newRow("non-ASCII words") << QByteArray("Ünïcödé wörds, 日本語のテキスト; Москва Ёж αθηνα \xff\xfe bytes "
                                                   "ＡＢＣ１２３ и ещё немного слов сверх того")
                                     << 14 << 8 << 5 << 2ull;
}

// Every kernel (vector and the scalar reference) must equal the multiply-add-shift formula computed
// with __int128.
void TestDedup::signatureMatchesDefinition()
{
    QFETCH(QByteArray, text);
    QFETCH(int, bands);
    QFETCH(int, rows);
    QFETCH(int, ngram);
    QFETCH(qulonglong, seed);
    MinHashParams params;
    params.bands = bands;
    params.rows = rows;
    params.ngram = ngram;
    params.seed = seed;
    const MinHasher hasher(params);
    const auto sig = hasher.signature(text.toStdString());
    QCOMPARE(sig.size(), size_t(bands * rows));
    QCOMPARE(sig, referenceSignature(text.toStdString(), params));
    QCOMPARE(hasher.signatureOfNormalized(normalizeForDedup(text.toStdString())), sig);
    const auto bandsOut = hasher.bandHashes(sig);
    QCOMPARE(bandsOut.size(), size_t(bands));
    QCOMPARE(bandsOut[0], XXH64(sig.data(), size_t(rows) * 4, 0));
}

// The fused call a corpus scan makes equals the separate ones, for any text, hasher shape and
// state of the reused band vector.
void TestDedup::hashDocumentMatchesSeparateCalls()
{
    TextGenerator gen(5);
    std::vector<std::string> texts = {"", "?!", "Only three words", "日本語のテキスト、Москва Ёж ÉCOLE, ＡＢＣ１２３",
                                      "\xff\xfe broken \xc3", std::string(1 << 20, 'x')};
    for (int words : {4, 5, 6, 200, 3000})
        texts.push_back(join(gen.words(words)));
    for (const MinHashParams& params : {MinHashParams{}, MinHashParams{9, 3, 3, 42}}) {
        const MinHasher hasher(params);
        std::vector<uint64_t> bands = {1, 2, 3}; // reused, and of the wrong size at first
        std::vector<uint16_t> bBits = {7};
        for (const std::string& text : texts) {
            uint64_t exact = 0;
            hasher.hashDocument(text, exact, bands);
            QCOMPARE(exact, exactHash(text));
            QCOMPARE(bands, hasher.bandHashes(hasher.signature(text)));
            exact = 0;
            bands.assign(2, 0);
            hasher.hashDocument(text, exact, bands, bBits);
            QCOMPARE(exact, exactHash(text));
            QCOMPARE(bands, hasher.bandHashes(hasher.signature(text)));
            QCOMPARE(bBits, bBitSignature(hasher.signature(text)));
        }
    }
}

// The chance correction of b-bit minwise hashing (Li & König 2010) with b = 16: C = 2^-16, so a
// share P of equal values estimates (P - C) / (1 - C), worked out here as fractions of 65535.
void TestDedup::bBitJaccardKnownValues()
{
    QCOMPARE(bBitJaccard(112, 112), 1.0);
    QCOMPARE(bBitJaccard(0, 112), 0.0); // (0 - C) / (1 - C) < 0: clamped
    QCOMPARE(bBitJaccard(0, 0), 0.0);
    // P = 1/2: (32768 / 65536 - 1 / 65536) / (65535 / 65536) = 32767 / 65535
    QCOMPARE(bBitJaccard(56, 112), 32767.0 / 65535.0);
    // P = 3/4: (49152 - 1) / 65535
    QCOMPARE(bBitJaccard(std::vector<uint16_t>{1, 2, 3, 4}, std::vector<uint16_t>{1, 2, 3, 5}), 49151.0 / 65535.0);
    QCOMPARE(bBitSignature({0x12345678u, 0xFFFFFFFFu, 0x10000u}), (std::vector<uint16_t>{0x5678, 0xFFFF, 0}));
    const std::vector<uint16_t> a = {1, 2, 3, 4, 5}, b = {1, 0, 3, 0, 5};
    QCOMPARE(bBitMatches(a.data(), b.data(), a.size()), size_t(3));
}

// The stored 16-bit signatures estimate what the 32-bit ones do: they agree wherever the 32-bit
// values do and, by chance, in at most a couple more places; and the corrected estimate tracks
// the exact shingle Jaccard without bias.
void TestDedup::bBitEstimateTracksShingleJaccard()
{
    TextGenerator gen(13);
    const MinHasher hasher;
    double sumAbs = 0, sumSigned = 0;
    const int pairs = 300;
    std::uniform_int_distribution<int> shared(0, 200);
    for (int i = 0; i < pairs; ++i) {
        const int common = shared(gen.rng());
        auto base = gen.words(common);
        auto a = base, b = base;
        for (auto& w : gen.words(200 - common))
            a.push_back(w);
        for (auto& w : gen.words(200 - common))
            b.push_back(w);
        const std::string ta = join(a), tb = join(b);
        const auto sa = hasher.signature(ta), sb = hasher.signature(tb);
        const auto ba = bBitSignature(sa), bb = bBitSignature(sb);
        size_t full = 0;
        for (size_t h = 0; h < sa.size(); ++h)
            full += sa[h] == sb[h];
        const size_t low = bBitMatches(ba.data(), bb.data(), ba.size());
        QVERIFY2(low >= full && low <= full + 2, qPrintable(QStringLiteral("%1 vs %2").arg(low).arg(full)));
        const double exact = shingleJaccard(ta, tb);
        const double estimate = bBitJaccard(ba, bb);
        sumAbs += std::abs(estimate - exact);
        sumSigned += estimate - exact;
        QVERIFY2(std::abs(estimate - exact) < 0.25, qPrintable(QStringLiteral("%1 vs %2").arg(estimate).arg(exact)));
    }
    QVERIFY2(sumAbs / pairs < 0.06, qPrintable(QString::number(sumAbs / pairs)));
    QVERIFY2(std::abs(sumSigned / pairs) < 0.02, qPrintable(QString::number(sumSigned / pairs)));
}

void TestDedup::everyKernelMatchesDefinition_data()
{
    QTest::addColumn<QString>("kernel");
    QTest::newRow("avx512") << QStringLiteral("avx512");
    QTest::newRow("avx2") << QStringLiteral("avx2");
    QTest::newRow("scalar") << QStringLiteral("scalar");
}

// The MinHash kernel and the normalization path are picked once per process from the CPU, so each
// one this machine can run is checked in a child process that forces it (a CPU without it silently
// uses the scalar path).
void TestDedup::everyKernelMatchesDefinition()
{
    QFETCH(QString, kernel);
    if (qEnvironmentVariableIsSet("ADAPTLAB_MINHASH_KERNEL"))
        QSKIP("already the child");
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ADAPTLAB_MINHASH_KERNEL"), kernel);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("normalizationVectorPathsMatchScalar"), QStringLiteral("signatureMatchesDefinition"),
                 QStringLiteral("hashDocumentMatchesSeparateCalls"), QStringLiteral("plantedNearDuplicates")});
    QVERIFY(child.waitForFinished(120000));
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
             child.readAllStandardOutput().right(2000).constData());
}

void TestDedup::signatureDeterministicBySeed()
{
    TextGenerator gen(11);
    const std::string text = join(gen.words(120));
    MinHashParams p1;
    MinHashParams p2;
    p2.seed = 2;
    QCOMPARE(MinHasher(p1).signature(text), MinHasher(p1).signature(text));
    QVERIFY(MinHasher(p1).signature(text) != MinHasher(p2).signature(text));
    // Normalization-equivalent texts have the same signature.
    QCOMPARE(MinHasher(p1).signature("The cat, the HAT; the bat and 12 rats."),
             MinHasher(p1).signature("the cat the hat the bat and 99 rats"));
}

void TestDedup::estimatedJaccardTracksShingleJaccard()
{
    // Pairs across the whole similarity range: a shared prefix of varying length then unrelated words.
    TextGenerator gen(3);
    const MinHasher hasher; // 112 hashes
    double sumAbs = 0, sumSigned = 0;
    const int pairs = 300;
    std::uniform_int_distribution<int> shared(0, 200);
    for (int i = 0; i < pairs; ++i) {
        const int common = shared(gen.rng());
        auto base = gen.words(common);
        auto a = base, b = base;
        for (auto& w : gen.words(200 - common))
            a.push_back(w);
        for (auto& w : gen.words(200 - common))
            b.push_back(w);
        const std::string ta = join(a), tb = join(b);
        const double exact = shingleJaccard(ta, tb);
        const double estimate = estimatedJaccard(hasher.signature(ta), hasher.signature(tb));
        sumAbs += std::abs(estimate - exact);
        sumSigned += estimate - exact;
        // 112 hashes: standard error <= 0.047; 0.25 is more than 5 of them.
        QVERIFY2(std::abs(estimate - exact) < 0.25, qPrintable(QStringLiteral("%1 vs %2").arg(estimate).arg(exact)));
    }
    QVERIFY2(sumAbs / pairs < 0.06, qPrintable(QString::number(sumAbs / pairs)));
    QVERIFY2(std::abs(sumSigned / pairs) < 0.02, qPrintable(QString::number(sumSigned / pairs))); // unbiased
}

namespace {

// The distinct word n-grams of a text as strings: what shingle hashes stand for.
std::set<std::string> stringShingles(std::string_view text, int ngram = 5)
{
    const auto words = wordsOf(normalizeForDedup(text));
    std::set<std::string> out;
    if (!words.empty() && int(words.size()) < ngram)
        out.insert(join(words));
    for (size_t i = 0; i + size_t(ngram) <= words.size(); ++i)
        out.insert(join(std::vector<std::string>(words.begin() + long(i), words.begin() + long(i) + ngram)));
    return out;
}

double stringJaccard(std::string_view a, std::string_view b)
{
    const auto sa = stringShingles(a), sb = stringShingles(b);
    if (sa.empty() && sb.empty())
        return 1.0;
    std::vector<std::string> common;
    std::set_intersection(sa.begin(), sa.end(), sb.begin(), sb.end(), std::back_inserter(common));
    return double(common.size()) / double(sa.size() + sb.size() - common.size());
}

} // namespace

// Shingles are hashed from their words' hashes, so shingles made of the same few words in another
// order, repeated words, words one letter apart, long words and non-ASCII words are where a weak
// combination would collide. A de Bruijn sequence over 5 such words holds each of the 5^5 5-grams
// exactly once: any collision among them changes an exact Jaccard computed from hashes.
void TestDedup::shingleHashesTellStructuredShinglesApart()
{
    const std::vector<std::string> vocabulary = {"word", "words", "w\xc3\xb6rd", "wordwordwordwordx",
                                                 "wordwordwordword"};
    const int k = int(vocabulary.size()), n = 5;
    // The standard recursive construction (Fredricksen-Kessler-Maiorana).
    std::vector<int> a(size_t(k * n), 0), sequence;
    std::function<void(int, int)> db = [&](int t, int p) {
        if (t > n) {
            if (n % p == 0)
                sequence.insert(sequence.end(), a.begin() + 1, a.begin() + 1 + p);
            return;
        }
        a[size_t(t)] = a[size_t(t - p)];
        db(t + 1, p);
        for (int j = a[size_t(t - p)] + 1; j < k; ++j) {
            a[size_t(t)] = j;
            db(t + 1, t);
        }
    };
    db(1, 1);
    QCOMPARE(int(sequence.size()), 3125);
    std::vector<std::string> words;
    for (int i = 0; i < 3125 + n - 1; ++i) // cyclic: the first n-1 words again at the end
        words.push_back(vocabulary[size_t(sequence[size_t(i % 3125)])]);
    const std::string all = join(words);
    QCOMPARE(stringShingles(all).size(), size_t(3125));
    // Against prefixes: Jaccard = prefix shingles / 3125 exactly, when no two shingles collide.
    for (size_t length : {5, 100, 1000, 2000, 3000}) {
        const std::string prefix = join(std::vector<std::string>(words.begin(), words.begin() + long(length)));
        QCOMPARE(shingleJaccard(all, prefix), stringJaccard(all, prefix));
    }
    // Each 5-gram against all of them, shifted by one word and with its words reversed.
    for (size_t i = 0; i < 3125; i += 7) {
        std::vector<std::string> gram(words.begin() + long(i), words.begin() + long(i) + n);
        QCOMPARE(shingleJaccard(join(gram), all), 1.0 / 3125);
        std::reverse(gram.begin(), gram.end());
        QCOMPARE(shingleJaccard(join(gram), all), 1.0 / 3125); // also one of the 5^5
    }
}

// Pairs across the whole similarity range from small vocabularies (many repeated and reordered
// shingles), with long, short and non-ASCII words: shingleJaccard equals the Jaccard of the string
// shingles, and the MinHash estimate stays within tolerance of it and unbiased.
void TestDedup::estimatedJaccardOnStructuredText()
{
    TextGenerator gen(77);
    auto& rng = gen.rng();
    const MinHasher hasher;
    double sumAbs = 0, sumSigned = 0;
    const int pairs = 300;
    for (int i = 0; i < pairs; ++i) {
        const int size = std::vector<int>{4, 12, 60}[size_t(i % 3)];
        std::vector<std::string> vocabulary;
        for (int v = 0; v < size; ++v) {
            std::string w = gen.word();
            if (v % 4 == 1)
                w += w + w; // 6 to 27 bytes
            else if (v % 4 == 2)
                w += "\xc3\xa9\xe6\x97\xa5";
            vocabulary.push_back(w);
        }
        std::vector<std::string> a;
        for (int w = 0; w < 200; ++w)
            a.push_back(vocabulary[size_t(rng() % vocabulary.size())]);
        auto b = a;
        const double replaced = double(rng() % 1001) / 1000.0;
        for (auto& w : b)
            if (double(rng() % 1000) / 1000.0 < replaced)
                w = vocabulary[size_t(rng() % vocabulary.size())];
        const std::string ta = join(a), tb = join(b);
        const double exact = stringJaccard(ta, tb);
        QCOMPARE(shingleJaccard(ta, tb), exact);
        const double estimate = estimatedJaccard(hasher.signature(ta), hasher.signature(tb));
        sumAbs += std::abs(estimate - exact);
        sumSigned += estimate - exact;
        QVERIFY2(std::abs(estimate - exact) < 0.25, qPrintable(QStringLiteral("%1 vs %2").arg(estimate).arg(exact)));
    }
    QVERIFY2(sumAbs / pairs < 0.06, qPrintable(QString::number(sumAbs / pairs)));
    QVERIFY2(std::abs(sumSigned / pairs) < 0.02, qPrintable(QString::number(sumSigned / pairs)));
}

void TestDedup::shingleJaccardKnownValues()
{
    // 6 words -> 2 five-word shingles each; one shared.
    QCOMPARE(shingleJaccard("a b c d e f", "a b c d e g"), 1.0 / 3.0);
    QCOMPARE(shingleJaccard("A b, c d e f!", "a b c d e f"), 1.0);
    QCOMPARE(shingleJaccard("a b c d e", "v w x y z"), 0.0);
    QCOMPARE(shingleJaccard("", ""), 1.0);
    QCOMPARE(shingleJaccard("short text", "short text"), 1.0);
    QCOMPARE(shingleJaccard("a b c", "a b c d", 2), 2.0 / 3.0);
}

void TestDedup::sCurve_data()
{
    QTest::addColumn<int>("bands");
    QTest::addColumn<int>("rows");
    QTest::addColumn<double>("jaccard");
    QTest::addColumn<double>("expected");
    // Hand-computed: 1 - (1 - s^r)^b.
    QTest::newRow("14x8 at 0.8 (METHODS: ~0.92)") << 14 << 8 << 0.8 << 0.923548;
    QTest::newRow("14x8 at 0.5") << 14 << 8 << 0.5 << 0.053320;
    QTest::newRow("14x8 at 0.9") << 14 << 8 << 0.9 << 0.999622;
    QTest::newRow("14x8 at 0") << 14 << 8 << 0.0 << 0.0;
    QTest::newRow("14x8 at 1") << 14 << 8 << 1.0 << 1.0;
    QTest::newRow("20x5 at 0.5") << 20 << 5 << 0.5 << 0.470051;
    QTest::newRow("1x1 is the similarity") << 1 << 1 << 0.37 << 0.37;
}

void TestDedup::sCurve()
{
    QFETCH(int, bands);
    QFETCH(int, rows);
    QFETCH(double, jaccard);
    QFETCH(double, expected);
    const double got = lshCandidateProbability(jaccard, bands, rows);
    QVERIFY2(std::abs(got - expected) < 1e-6, qPrintable(QString::number(got, 'g', 10)));
}

void TestDedup::thresholdNearSteepestPoint()
{
    QVERIFY(std::abs(lshThreshold(14, 8) - 0.719) < 0.001); // METHODS: ~0.72
    for (auto [b, r] : std::vector<std::pair<int, int>>{{14, 8}, {20, 5}, {9, 13}, {50, 4}}) {
        // The steepest point found numerically on the S-curve.
        double best = 0, steepest = 0;
        for (int i = 1; i < 10000; ++i) {
            const double s = i / 10000.0;
            const double slope =
                (lshCandidateProbability(s + 1e-5, b, r) - lshCandidateProbability(s - 1e-5, b, r)) / 2e-5;
            if (slope > best) {
                best = slope;
                steepest = s;
            }
        }
        QVERIFY2(std::abs(lshThreshold(b, r) - steepest) < 0.03,
                 qPrintable(QStringLiteral("%1x%2: %3 vs %4").arg(b).arg(r).arg(lshThreshold(b, r)).arg(steepest)));
    }
}

// ~2000 unrelated documents, ~200 planted near-duplicates (a contiguous block of 4-7% of the words
// rewritten, or 1-3 scattered substitutions: Jaccard ~0.8-0.95), 100 "related" documents sharing
// only about a third of their shingles, and exact copies that differ in case and punctuation.
void TestDedup::plantedNearDuplicates()
{
    TextGenerator gen(2024);
    auto& rng = gen.rng();
    std::vector<std::vector<std::string>> docs;
    for (int i = 0; i < 2000; ++i)
        docs.push_back(gen.words(200));
    std::vector<int> family(docs.size());
    for (size_t i = 0; i < family.size(); ++i)
        family[i] = int(i);
    auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };

    std::vector<std::pair<int, int>> planted; // (original, copy)
    for (int i = 0; i < 200; ++i) {
        const int original = pick(2000);
        auto words = docs[size_t(original)];
        if (i % 2 == 0) {
            const int block = 8 + pick(7); // 4-7% of 200 words
            const int at = pick(int(words.size()) - block);
            for (int j = 0; j < block; ++j)
                words[size_t(at + j)] = gen.word();
        } else {
            for (int j = 1 + pick(3); j > 0; --j)
                words[size_t(pick(int(words.size())))] = gen.word();
        }
        planted.push_back({original, int(docs.size())});
        family.push_back(family[size_t(original)]);
        docs.push_back(words);
    }
    for (int i = 0; i < 100; ++i) { // related, not duplicates: the second half rewritten
        const int original = pick(2000);
        auto words = docs[size_t(original)];
        for (size_t j = 100; j < words.size(); ++j)
            words[j] = gen.word();
        family.push_back(-1 - i);
        docs.push_back(words);
    }
    std::vector<std::string> texts;
    for (const auto& d : docs)
        texts.push_back(join(d));
    for (int i = 0; i < 50; ++i) { // exact copies: same words, other case and punctuation
        const int original = pick(2000);
        std::string t = texts[size_t(original)];
        for (size_t j = 0; j < t.size(); j += 7)
            t[j] = char(std::toupper(static_cast<unsigned char>(t[j])));
        texts.push_back(t + ".");
        planted.push_back({original, int(texts.size()) - 1});
        family.push_back(family[size_t(original)]);
    }

    const MinHasher hasher;
    const std::string path = dir_.filePath("planted.signals").toStdString();
    writeSignals(path, texts, hasher);
    const SignalsFile file = SignalsFile::open(path);
    const DuplicateClusters result = clusterDuplicates(file);
    QCOMPARE(result.threshold, lshThreshold(14, 8));
    QCOMPARE(result.keptAs.size(), texts.size());

    // Recall over planted copies: removed, for a document of their own family. The S-curve bounds
    // what LSH can find: a pair of Jaccard 0.8 is a candidate with probability 0.92, one of 0.85
    // with 0.99 (and its estimate falls below 0.72 with probability < 0.1%).
    int similar80 = 0, found80 = 0, similar85 = 0, found85 = 0;
    double minJaccard = 1, maxJaccard = 0;
    for (auto [original, copy] : planted) {
        const double j = shingleJaccard(texts[size_t(original)], texts[size_t(copy)]);
        minJaccard = std::min(minJaccard, j);
        maxJaccard = std::max(maxJaccard, j);
        const bool found = result.removal[size_t(copy)] != Removal::Kept &&
                           family[result.keptAs[size_t(copy)]] == family[size_t(copy)];
        if (j >= 0.8) {
            ++similar80;
            found80 += found;
        }
        if (j >= 0.85) {
            ++similar85;
            found85 += found;
        }
    }
    const double recall80 = double(found80) / similar80, recall85 = double(found85) / similar85;
    qInfo("planted pairs %d (Jaccard %.2f..%.2f); >= 0.8: %d, recall %.3f; >= 0.85: %d, recall %.3f",
          int(planted.size()), minJaccard, maxJaccard, similar80, recall80, similar85, recall85);
    QVERIFY2(similar85 >= 150, "the generator should plant mostly pairs of Jaccard >= 0.85");
    QVERIFY2(recall85 >= 0.95, qPrintable(QString::number(recall85)));
    QVERIFY2(recall80 >= 0.95, qPrintable(QString::number(recall80))); // the planted pairs are all >= 0.83

    // Precision over every removed document: it is removed for a kept document of its own family
    // (the original, an edited or an exact copy of it). The related documents are all kept.
    int64_t removed = 0, right = 0, exactCopies = 0, nearDuplicates = 0;
    for (size_t i = 0; i < texts.size(); ++i) {
        if (result.removal[i] == Removal::Kept) {
            QCOMPARE(result.keptAs[i], uint32_t(i));
            continue;
        }
        ++removed;
        (result.removal[i] == Removal::ExactCopy ? exactCopies : nearDuplicates) += 1;
        const uint32_t kept = result.keptAs[i];
        QVERIFY(kept < i);
        QCOMPARE(result.removal[kept], Removal::Kept);
        right += family[kept] == family[i];
        QVERIFY2(family[i] >= 0, "a related document (a third of its shingles shared) was removed");
    }
    const double precision = double(right) / double(removed);
    qInfo("removed %lld, precision %.3f", static_cast<long long>(removed), precision);
    QVERIFY2(precision >= 0.95, qPrintable(QString::number(precision)));
    QCOMPARE(result.exactDuplicates, exactCopies);
    QCOMPARE(result.nearDuplicates, nearDuplicates);
    QCOMPARE(result.removed(), removed);

    // Every exact copy is removed as one, in favour of its original (kept: nothing before it is
    // like it), with similarity 1.
    for (size_t i = 2300; i < texts.size(); ++i) {
        const int original = planted[200 + (i - 2300)].first;
        QCOMPARE(result.removal[i], Removal::ExactCopy);
        QCOMPARE(result.keptAs[i], uint32_t(original));
        QCOMPARE(result.similarityOf(i), 1.0);
    }

    // Deterministic: the same run gives the same result.
    const DuplicateClusters again = clusterDuplicates(SignalsFile::open(path));
    QCOMPARE(again.keptAs, result.keptAs);
    QCOMPARE(again.similarity, result.similarity);
}

// A corpus of overlapping windows of a few long, boilerplate-heavy texts (as legal or licence
// corpora are): 4 texts of 60 paragraphs of 50 words, half of them drawn from 25 shared
// boilerplate paragraphs; windows of 150 words every 10 words. Window i shares 0.87 of its
// shingles with window i+1, 0.76 with i+2, 0.66 with i+3, 0.49 with i+5 and less further on, and
// windows of different texts share shingles where the same paragraphs meet. Union-find over LSH
// candidates chains such a corpus into one cluster and removes nearly all of it; verified against
// kept windows, a window is removed only for a kept one it is like, and every window unlike all
// kept ones is kept.
void TestDedup::overlappingWindowsDoNotChain()
{
    TextGenerator gen(77);
    auto& rng = gen.rng();
    std::vector<std::vector<std::string>> boilerplate;
    for (int i = 0; i < 25; ++i)
        boilerplate.push_back(gen.words(50));
    std::vector<std::string> windows;
    for (int t = 0; t < 4; ++t) {
        std::vector<std::string> words;
        for (int p = 0; p < 60; ++p) {
            const auto paragraph = rng() % 2 ? boilerplate[rng() % boilerplate.size()] : gen.words(50);
            words.insert(words.end(), paragraph.begin(), paragraph.end());
        }
        for (size_t start = 0; start + 150 <= words.size(); start += 10)
            windows.push_back(join(std::vector<std::string>(words.begin() + long(start), words.begin() + long(start) + 150)));
    }
    const size_t n = windows.size();
    const MinHasher hasher;
    const std::string path = dir_.filePath("windows.signals").toStdString();
    writeSignals(path, windows, hasher);
    const SignalsFile file = SignalsFile::open(path);

    // The corpus does chain: union-find over documents sharing a band puts most windows in one
    // cluster (what this test guards against).
    UnionFind chained(n);
    {
        std::map<std::pair<size_t, uint64_t>, size_t> firstWithBand;
        file.forEachRow([&](int64_t d, const SignalRow& row) {
            for (size_t b = 0; b < row.bandHashes.size(); ++b) {
                const auto [it, added] = firstWithBand.emplace(std::make_pair(b, row.bandHashes[b]), size_t(d));
                if (!added)
                    chained.unite(it->second, size_t(d));
            }
        });
    }
    std::map<size_t, size_t> chainSizes;
    for (size_t d = 0; d < n; ++d)
        ++chainSizes[chained.find(d)];
    size_t largestChain = 0;
    for (const auto& [root, size] : chainSizes)
        largestChain = std::max(largestChain, size);
    qInfo("%zu windows; union-find over candidates: largest cluster %zu", n, largestChain);
    QVERIFY2(largestChain > n / 2, "the corpus should chain under union-find");

    const DuplicateClusters result = clusterDuplicates(file);
    size_t removed = 0;
    double minExact = 1;
    for (size_t d = 0; d < n; ++d) {
        if (result.removal[d] == Removal::Kept)
            continue;
        ++removed;
        const uint32_t kept = result.keptAs[d];
        QCOMPARE(result.removal[kept], Removal::Kept);
        // Verified: the signatures' estimate reaches the threshold, and is what was recorded.
        const double estimate = bBitJaccard(file.signature(int64_t(d)), file.signature(kept));
        QVERIFY2(estimate >= result.threshold, qPrintable(QString::number(estimate)));
        QVERIFY(std::abs(estimate - result.similarityOf(d)) <= 1.0 / 65535);
        // And like the kept window by its exact shingles, not a window 5 or more steps away.
        const double exact = shingleJaccard(windows[d], windows[kept]);
        minExact = std::min(minExact, exact);
        QVERIFY2(exact >= 0.5, qPrintable(QStringLiteral("window %1 removed for window %2, Jaccard %3")
                                              .arg(d).arg(kept).arg(exact)));
    }
    const double largestShare = double(result.largestNearCluster) / double(n);
    qInfo("removed %zu of %zu (lowest exact Jaccard with the kept window %.3f), %lld clusters, largest %lld (%.1f%%)",
          removed, n, minExact, static_cast<long long>(result.nearClusters),
          static_cast<long long>(result.largestNearCluster), 100 * largestShare);
    QVERIFY2(removed > n / 3, "each kept window should take its close neighbours");
    QVERIFY2(removed < n * 4 / 5, qPrintable(QString::number(removed)));
    QVERIFY2(largestShare < 0.05, qPrintable(QString::number(largestShare)));
}

namespace {

// A synthetic signature spec: "-" a new random signature, "=k" an exact copy of document k,
// "k:p,q" document k's with positions p, q changed, "k<m:p,q" document k's with positions p, q
// taken from document m.
std::vector<uint16_t> signatureOf(const QString& spec, const std::vector<std::vector<uint16_t>>& earlier,
                                  size_t hashes, std::mt19937_64& rng)
{
    if (spec == QLatin1String("-")) {
        std::vector<uint16_t> fresh(hashes);
        for (auto& v : fresh)
            v = uint16_t(rng());
        return fresh;
    }
    if (spec.startsWith(QLatin1Char('=')))
        return earlier[size_t(spec.mid(1).toInt())];
    const QString source = spec.section(QLatin1Char(':'), 0, 0);
    auto signature = earlier[size_t(source.section(QLatin1Char('<'), 0, 0).toInt())];
    const bool fromOther = source.contains(QLatin1Char('<'));
    for (const QString& position : spec.section(QLatin1Char(':'), 1).split(QLatin1Char(','))) {
        const size_t p = size_t(position.toInt());
        signature[p] = fromOther ? earlier[size_t(source.section(QLatin1Char('<'), 1).toInt())][p]
                                 : other(signature[p], uint16_t(rng()));
    }
    return signature;
}

} // namespace

// 16 hashes in 4 bands of 4 rows, threshold 0.7: documents sharing a band are candidates, and a
// pair differing in 4 of 16 positions has estimate 0.75 (a near duplicate), in 5 or more 0.69 or
// less (not one). `kinds`: K kept, E exact copy, N near duplicate.
void TestDedup::removedOnlyForAKeptDocument_data()
{
    QTest::addColumn<QStringList>("documents");
    QTest::addColumn<QList<int>>("keptAs");
    QTest::addColumn<QString>("kinds");
    // 1 is like 0, 2 like 1 but not like 0: union-find removed 2 through 1; 2 is kept.
    QTest::newRow("no chain through a removed document")
        << QStringList{"-", "0:12,13,14,15", "1:8,9,10,11"} << QList<int>{0, 0, 2} << "KNK";
    // 3 is like 2, which is kept: 3 goes (and not through 1 or 0, which it is unlike).
    QTest::newRow("a kept document of a chain takes its own")
        << QStringList{"-", "0:12,13,14,15", "1:8,9,10,11", "2:4,5,6,7"} << QList<int>{0, 0, 2, 2} << "KNKN";
    // 1 differs from 0 in 5 places and shares no band: both kept. 2 is 1 with two of them back:
    // like 0 (13 of 16) and more like 1 (14 of 16): removed for 1.
    QTest::newRow("the most similar kept document")
        << QStringList{"-", "0:0,4,8,12,13", "1<0:0,4"} << QList<int>{0, 1, 1} << "KKN";
    QTest::newRow("exact copies first, then near duplicates")
        << QStringList{"-", "=0", "0:12,13,14,15"} << QList<int>{0, 0, 0} << "KEN";
    // 2 is an exact copy of 1, which is a near duplicate of 0: 2 is kept as 1 is.
    QTest::newRow("an exact copy of a near duplicate")
        << QStringList{"-", "0:12,13,14,15", "=1"} << QList<int>{0, 0, 0} << "KNE";
    QTest::newRow("a candidate below the threshold")
        << QStringList{"-", "0:8,9,10,11,12"} << QList<int>{0, 1} << "KK";
}

void TestDedup::removedOnlyForAKeptDocument()
{
    QFETCH(QStringList, documents);
    QFETCH(QList<int>, keptAs);
    QFETCH(QString, kinds);
    std::mt19937_64 rng(99);
    std::vector<std::vector<uint16_t>> signatures;
    std::vector<uint64_t> exact;
    for (const QString& spec : documents) {
        signatures.push_back(signatureOf(spec, signatures, 16, rng));
        exact.push_back(spec.startsWith(QLatin1Char('=')) ? exact[size_t(spec.mid(1).toInt())] : rng());
    }
    const std::string path = dir_.filePath("synthetic.signals").toStdString();
    writeSignatures(path, signatures, exact, 4);
    DuplicateOptions options;
    options.threshold = 0.7;
    const SignalsFile file = SignalsFile::open(path);
    const DuplicateClusters result = clusterDuplicates(file, options);
    QString gotKinds;
    QList<int> gotKeptAs;
    for (size_t d = 0; d < signatures.size(); ++d) {
        gotKinds += result.removal[d] == Removal::Kept ? QLatin1Char('K')
                    : result.removal[d] == Removal::ExactCopy ? QLatin1Char('E') : QLatin1Char('N');
        gotKeptAs << int(result.keptAs[d]);
        if (result.removal[d] != Removal::Kept) {
            // The similarity recorded is the removed document's to the kept one (an exact copy of
            // a near duplicate has the same signature as that duplicate).
            const double estimate = bBitJaccard(signatures[d], signatures[result.keptAs[d]]);
            QVERIFY2(std::abs(result.similarityOf(d) - estimate) <= 1.0 / 65535,
                     qPrintable(QStringLiteral("%1 vs %2").arg(result.similarityOf(d)).arg(estimate)));
        }
    }
    QCOMPARE(gotKinds, kinds);
    QCOMPARE(gotKeptAs, keptAs);
    QCOMPARE(result.exactDuplicates, int64_t(kinds.count(QLatin1Char('E'))));
    QCOMPARE(result.nearDuplicates, int64_t(kinds.count(QLatin1Char('N'))));
}

// Two documents that share a band (candidates), their 112 b-bit values equal in `matches` places:
// removed exactly when the corrected estimate reaches the threshold (0: the 14 x 8 default,
// 0.719). 56 of 112 is a share of exactly 0.5, which the chance correction puts just below 0.5.
void TestDedup::thresholdEdge_data()
{
    QTest::addColumn<int>("matches");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<bool>("removed");
    QTest::newRow("default: 81 of 112 (0.723)") << 81 << 0.0 << true;
    QTest::newRow("default: 80 of 112 (0.714)") << 80 << 0.0 << false;
    QTest::newRow("0.9: 101 of 112 (0.902)") << 101 << 0.9 << true;
    QTest::newRow("0.9: 100 of 112 (0.893)") << 100 << 0.9 << false;
    QTest::newRow("1: all 112") << 112 << 1.0 << true;
    QTest::newRow("1: 111 of 112") << 111 << 1.0 << false;
    QTest::newRow("0.5: 57 of 112") << 57 << 0.5 << true;
    QTest::newRow("0.5: 56 of 112 (corrected below 0.5)") << 56 << 0.5 << false;
}

void TestDedup::thresholdEdge()
{
    QFETCH(int, matches);
    QFETCH(double, threshold);
    QFETCH(bool, removed);
    std::mt19937_64 rng(5);
    std::vector<uint16_t> a(112);
    for (auto& v : a)
        v = uint16_t(rng());
    auto b = a;
    // Band 0 (positions 0-7) stays equal: the two are candidates.
    for (int p = 8; p < 8 + (112 - matches); ++p)
        b[size_t(p)] = other(a[size_t(p)], uint16_t(p));
    QCOMPARE(bBitMatches(a.data(), b.data(), a.size()), size_t(matches));
    const std::string path = dir_.filePath("edge.signals").toStdString();
    writeSignatures(path, {a, b}, {1, 2}, 14);
    DuplicateOptions options;
    options.threshold = threshold;
    const DuplicateClusters result = clusterDuplicates(SignalsFile::open(path), options);
    QCOMPARE(result.threshold, threshold > 0 ? threshold : lshThreshold(14, 8));
    QCOMPARE(result.candidatePairs, int64_t(1));
    QCOMPARE(result.removal[1] == Removal::NearDuplicate, removed);
    QCOMPARE(result.keptAs[1], removed ? uint32_t(0) : uint32_t(1));
    QCOMPARE(result.nearClusters, removed ? int64_t(1) : int64_t(0));
    QCOMPARE(result.largestNearCluster, removed ? int64_t(2) : int64_t(0));
}

// 300 documents share band 0 (boilerplate); otherwise unrelated. In such a bucket each document is
// compared with the bucket's first 4 and the 4 before it, not all 300: the work stays linear. A
// near copy is still found through a smaller bucket of another band it shares, or in the big one
// when its kept original is among those compared; one whose only shared band is the big bucket,
// with its original elsewhere in it, is not (what the cap costs, duplicate_clusters.cpp).
void TestDedup::largeBucketsAreCapped()
{
    std::mt19937_64 rng(17);
    std::vector<std::vector<uint16_t>> signatures;
    const std::vector<uint16_t> shared = {11, 22, 33, 44};
    auto fresh = [&] {
        std::vector<uint16_t> s(16);
        for (auto& v : s)
            v = uint16_t(rng());
        std::copy(shared.begin(), shared.end(), s.begin());
        return s;
    };
    for (int i = 0; i < 300; ++i)
        signatures.push_back(fresh());
    auto copyOf = [&](size_t source, std::vector<int> changed) {
        auto s = signatures[source];
        for (int p : changed)
            s[size_t(p)] = other(s[size_t(p)], uint16_t(p + 1));
        return s;
    };
    signatures[150] = copyOf(1, {4, 8});      // shares bands 0 and 3 with 1 (14 of 16)
    signatures[200] = copyOf(100, {4, 8, 12}); // shares only band 0 with 100 (13 of 16)
    signatures[250] = copyOf(2, {4, 8, 12});   // only band 0, with 2, among the bucket's first
    signatures[251] = copyOf(248, {4, 8, 12}); // only band 0, with 248, among the 4 before it
    std::vector<uint64_t> exact(signatures.size());
    for (auto& e : exact)
        e = rng();
    const std::string path = dir_.filePath("bucket.signals").toStdString();
    writeSignatures(path, signatures, exact, 4);
    const DuplicateClusters result = clusterDuplicates(SignalsFile::open(path));
    QCOMPARE(result.keptAs[150], uint32_t(1));
    QCOMPARE(result.keptAs[250], uint32_t(2));
    QCOMPARE(result.keptAs[251], uint32_t(248));
    QCOMPARE(result.keptAs[200], uint32_t(200)); // the cost of the cap
    QCOMPARE(result.nearDuplicates, int64_t(3));
    // At most 8 candidates per document in the big bucket (and the one pair of band 3).
    QVERIFY2(result.candidatePairs <= 300 * 8 + 1, qPrintable(QString::number(result.candidatePairs)));
    QVERIFY(result.candidatePairs >= 299 * 4);
}

void TestDedup::unionFindKeepsFirst()
{
    UnionFind sets(10);
    sets.unite(5, 2);
    sets.unite(9, 7);
    sets.unite(7, 5);
    QCOMPARE(sets.find(9), size_t(2));
    QCOMPARE(sets.find(5), size_t(2));
    QCOMPARE(sets.find(3), size_t(3));
    sets.unite(8, 0);
    sets.unite(9, 8);
    for (size_t x : {0, 2, 5, 7, 8, 9})
        QCOMPARE(sets.find(x), size_t(0));
    sets.resize(12);
    QCOMPARE(sets.size(), size_t(12));
    QCOMPARE(sets.find(11), size_t(11));
}

void TestDedup::badInputs()
{
    MinHashParams bad;
    bad.bands = 0;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, MinHasher{bad});
    const MinHasher hasher;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, hasher.bandHashes(std::vector<uint32_t>(5)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, estimatedJaccard({1, 2}, {1}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, bBitJaccard(std::vector<uint16_t>{1, 2}, std::vector<uint16_t>{1}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, lshThreshold(0, 8));
    // Near-dedup needs signatures, and a threshold in (0, 1] (0: the default).
    const std::string path = dir_.filePath("no-signatures.signals").toStdString();
    {
        SignalsFileWriter writer(path, {"a.jsonl"}, 14);
        writer.append(SignalRow{});
        writer.finish();
    }
    const SignalsFile file = SignalsFile::open(path);
    QCOMPARE(file.signatureHashes(), 0);
    try {
        clusterDuplicates(file);
        QFAIL("near duplicates were found without signatures");
    } catch (const adaptlab::Error& error) {
        QVERIFY2(QString(error.what()).contains(QString::fromStdString(path)), error.what());
        QVERIFY2(QString(error.what()).contains("inspect the dataset again"), error.what());
    }
    DuplicateOptions exactOnly;
    exactOnly.near = false;
    QCOMPARE(clusterDuplicates(file, exactOnly).exactDuplicates, int64_t(0));
    for (double threshold : {-0.1, 1.5, std::nan("")}) {
        DuplicateOptions options;
        options.threshold = threshold;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, clusterDuplicates(file, options));
    }
    // A 1 MB single-line document and binary bytes go through without trouble.
    const std::string big(1 << 20, 'x');
    QCOMPARE(hasher.signature(big).size(), size_t(112));
    std::string binary;
    for (int i = 0; i < 4096; ++i)
        binary.push_back(char(i * 37 % 256));
    QCOMPARE(hasher.signature(binary), referenceSignature(binary, MinHashParams{}));
}

QTEST_GUILESS_MAIN(TestDedup)
#include "tst_dedup.moc"
