// The training data order (train/data_order.h) on shard folders whose documents the test wrote
// itself: determinism, rank slices, resumability, rows that start at document boundaries with EOS
// between documents (parsed from the tokens, independently of the segments the order reports),
// source shares within +-1 row in every window, epochs that visit every document before any
// repeats, a source smaller than one row, the held-out packing, loss masks, epochs/tokens figures
// worked out by hand, and bad folders and plans.
#include "data_order_support.h"
#include "train/data_order.h"

#include "common/error.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <set>

using namespace adaptlab;
using namespace adaptlab::train;
using namespace adaptlab::train::test;
namespace fs = std::filesystem;

namespace {

constexpr uint32_t kVocab = 1000;

DataSource source(const std::string& name, const fs::path& folder, double weight = 1.0, bool replay = false)
{
    return DataSource{name, folder, weight, replay};
}

DataPlan makePlan(std::vector<DataSource> sources, int64_t seqLen, int64_t globalBatch, uint64_t seed = 7,
                  double replayFraction = 0.0, bool bos = false)
{
    DataPlan plan;
    plan.sources = std::move(sources);
    plan.seqLen = seqLen;
    plan.globalBatch = globalBatch;
    plan.seed = seed;
    plan.replayFraction = replayFraction;
    plan.eosId = kEos;
    plan.bosId = bos ? kBos : -1;
    return plan;
}

// Row R's seqLen + 1 packed tokens, after checking that the targets are the inputs shifted by one.
std::vector<int32_t> packedRow(const Batch& batch, int64_t r)
{
    const int64_t T = batch.seqLen;
    std::vector<int32_t> packed(batch.inputs.begin() + r * T, batch.inputs.begin() + (r + 1) * T);
    packed.push_back(batch.targets[static_cast<size_t>((r + 1) * T - 1)]);
    for (int64_t t = 0; t < T; ++t)
        if (batch.targets[static_cast<size_t>(r * T + t)] != packed[static_cast<size_t>(t + 1)])
            qFatal("row %lld: target %lld is not input %lld", static_cast<long long>(r), static_cast<long long>(t),
                   static_cast<long long>(t + 1));
    return packed;
}

// Parses a packed row into the documents it holds, from the tokens alone: pieces between EOS,
// each (after its BOS, when the plan has one) a whole document, the last one possibly a cut
// prefix. Returns the document indices; fails the test on anything else.
std::vector<uint64_t> parseRow(const std::vector<int32_t>& packed, const Documents& documents, bool bos, bool* ok)
{
    std::vector<uint64_t> found;
    *ok = false;
    size_t at = 0;
    while (at < packed.size()) {
        if (bos) {
            if (packed[at] != kBos) {
                qWarning("position %zu: %d where a BOS should start a document", at, packed[at]);
                return found;
            }
            ++at;
            if (at == packed.size())
                break; // a lone BOS ends the row: its document starts the next row
        }
        const int32_t first = packed[at];
        if (first < kFirstContentId || static_cast<size_t>(first - kFirstContentId) >= documents.size()) {
            qWarning("position %zu: %d does not start a document", at, first);
            return found;
        }
        const auto& document = documents[static_cast<size_t>(first - kFirstContentId)];
        const size_t room = packed.size() - at;
        const size_t compare = std::min(room, document.size());
        if (!std::equal(document.begin(), document.begin() + static_cast<ptrdiff_t>(compare), packed.begin() + static_cast<ptrdiff_t>(at))) {
            qWarning("position %zu: the tokens differ from document %d", at, first - kFirstContentId);
            return found;
        }
        found.push_back(static_cast<uint64_t>(first - kFirstContentId));
        at += compare;
        if (at == packed.size())
            break; // cut (or it ended exactly where its EOS would go)
        if (packed[at] != kEos) {
            qWarning("position %zu: %d after a document instead of EOS", at, packed[at]);
            return found;
        }
        ++at;
    }
    *ok = true;
    return found;
}

bool sameBatch(const Batch& a, const Batch& b)
{
    if (a.rows != b.rows || a.seqLen != b.seqLen || a.inputs != b.inputs || a.targets != b.targets ||
        a.lossMask != b.lossMask || a.sourceIndex != b.sourceIndex || a.segments.size() != b.segments.size())
        return false;
    for (size_t i = 0; i < a.segments.size(); ++i) {
        const DocumentSegment &x = a.segments[i], &y = b.segments[i];
        if (x.row != y.row || x.begin != y.begin || x.length != y.length || x.source != y.source ||
            x.document != y.document || x.cut != y.cut || x.hasBos != y.hasBos)
            return false;
    }
    return true;
}

// Appends B's rows to A (rows renumbered), to rebuild a batch from rank slices.
void appendRows(Batch& a, const Batch& b)
{
    for (DocumentSegment s : b.segments) {
        s.row += a.rows;
        a.segments.push_back(s);
    }
    a.rows += b.rows;
    a.seqLen = b.seqLen;
    a.inputs.insert(a.inputs.end(), b.inputs.begin(), b.inputs.end());
    a.targets.insert(a.targets.end(), b.targets.begin(), b.targets.end());
    a.lossMask.insert(a.lossMask.end(), b.lossMask.begin(), b.lossMask.end());
    a.sourceIndex.insert(a.sourceIndex.end(), b.sourceIndex.begin(), b.sourceIndex.end());
}

QString errorOf(const DataPlan& plan)
{
    try {
        DataOrder order(plan);
        return {};
    } catch (const Error& e) {
        return QString::fromUtf8(e.what());
    }
}

// Largest |rows of SOURCE in the window - window * share| over every window [a, b) of the first
// sourceIndex.size() global rows.
double worstWindowError(const std::vector<int32_t>& sourceOfRow, int32_t source, double share)
{
    std::vector<int64_t> prefix{0};
    for (int32_t s : sourceOfRow)
        prefix.push_back(prefix.back() + (s == source ? 1 : 0));
    double worst = 0.0;
    const size_t n = sourceOfRow.size();
    for (size_t a = 0; a < n; ++a)
        for (size_t b = a + 1; b <= n; ++b)
            worst = std::max(worst, std::abs(static_cast<double>(prefix[b] - prefix[a]) - static_cast<double>(b - a) * share));
    return worst;
}

} // namespace

class TestDataOrder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void deterministic();
    void rankSlicesMakeTheBatch();
    void resumable();
    void rowsStartAtDocumentBoundaries_data();
    void rowsStartAtDocumentBoundaries();
    void sharesWithinOneRowInEveryWindow_data();
    void sharesWithinOneRowInEveryWindow();
    void threeSourcesStayWithinTheDocumentedBound();
    void epochsVisitEveryDocumentBeforeRepeating();
    void longDocumentsAreUsedWhole_data();
    void longDocumentsAreUsedWhole();
    void sourceSmallerThanOneRow();
    void epochsAndTokensByHand();
    void heldOutPackedInFileOrder();
    void lossMaskPerDocument();
    void badFoldersAndPlans();
    void upsamplingSwitchesSharesAtTheStep();
    void oneSegmentIsThePlainPlan();

private:
    fs::path dir(const std::string& name) const { return fs::path(tmp_.path().toStdString()) / name; }

    QTemporaryDir tmp_;
    Documents domain_, general_, heldout_;
    fs::path domainDir_, generalDir_;
};

void TestDataOrder::initTestCase()
{
    QVERIFY(tmp_.isValid());
    // Documents of 5..60 tokens against rows of 32 + 1: some rows hold several documents, some cut one.
    domain_ = makeDocuments(120, 5, 60, kVocab, 1);
    general_ = makeDocuments(200, 3, 40, kVocab, 2);
    heldout_ = makeDocuments(9, 4, 30, kVocab, 3);
    domainDir_ = writeFolder(dir("domain"), domain_, kVocab, heldout_, /*shards=*/2);
    generalDir_ = writeFolder(dir("general"), general_, kVocab);
}

void TestDataOrder::deterministic()
{
    const DataPlan plan = makePlan({source("domain", domainDir_), source("general", generalDir_, 1.0, true)}, 32, 8, 7, 0.25);
    const DataOrder order(plan);
    const Batch first = order.batch(5);
    QVERIFY(sameBatch(first, order.batch(5)));
    QCOMPARE(first.rows, 8);
    QCOMPARE(order.vocabSize(), int64_t(kVocab));
    QCOMPARE(first.inputs.size(), size_t(8 * 32));
    // A fresh order (another process, a resume) computes the same batch.
    const DataOrder fresh(plan);
    QVERIFY(sameBatch(first, fresh.batch(5)));
    // Another seed, another order; another step, another batch.
    DataPlan reseeded = plan;
    reseeded.seed = 8;
    QVERIFY(!sameBatch(first, DataOrder(reseeded).batch(5)));
    QVERIFY(!sameBatch(first, order.batch(6)));
}

void TestDataOrder::rankSlicesMakeTheBatch()
{
    const DataPlan plan = makePlan({source("domain", domainDir_, 3.0), source("general", generalDir_)}, 32, 8);
    const DataOrder whole(plan);
    for (int64_t step : {0, 3, 41}) {
        // Ranks 0..2 of 3 with uneven slices, each from its own DataOrder (its own process).
        Batch rebuilt;
        for (auto [first, count] : {std::pair<int64_t, int64_t>{0, 3}, {3, 2}, {5, 3}})
            appendRows(rebuilt, DataOrder(plan).rows(step, first, count));
        QVERIFY2(sameBatch(rebuilt, whole.batch(step)), qPrintable(QStringLiteral("step %1").arg(step)));
    }
}

void TestDataOrder::resumable()
{
    const DataPlan plan = makePlan({source("domain", domainDir_), source("general", generalDir_, 1.0, true)}, 32, 4, 11, 0.3);
    const DataOrder straight(plan);
    std::vector<Batch> expected;
    for (int64_t step = 0; step < 60; ++step)
        expected.push_back(straight.batch(step));
    // A resumed run asks for step 57 first, then earlier and later ones, in any order.
    const DataOrder resumed(plan);
    for (int64_t step : {57, 3, 59, 0, 31, 32, 16})
        QVERIFY2(sameBatch(resumed.batch(step), expected[static_cast<size_t>(step)]), qPrintable(QStringLiteral("step %1").arg(step)));
}

void TestDataOrder::rowsStartAtDocumentBoundaries_data()
{
    QTest::addColumn<bool>("bos");
    QTest::addColumn<qint64>("seqLen");
    // Every document (at most 60 tokens + EOS [+ BOS]) fits a row here: rows start at document
    // boundaries (longDocumentsAreUsedWhole covers documents longer than a row).
    QTest::newRow("eos only") << false << qint64(64);
    QTest::newRow("bos and eos") << true << qint64(64);
    QTest::newRow("rows much longer than documents") << false << qint64(200);
}

void TestDataOrder::rowsStartAtDocumentBoundaries()
{
    QFETCH(bool, bos);
    QFETCH(qint64, seqLen);
    // An empty document in the middle of the shard: it is skipped, never packed as BOS EOS.
    Documents withEmpty = domain_;
    withEmpty.insert(withEmpty.begin() + 7, std::vector<int32_t>{});
    for (size_t d = 8; d < withEmpty.size(); ++d) // keep "first token = 3 + index"
        withEmpty[d][0] = static_cast<int32_t>(kFirstContentId + d);
    const fs::path folder = writeFolder(dir("with-empty-" + std::to_string(bos) + "-" + std::to_string(seqLen)), withEmpty, kVocab);
    const std::vector<const Documents*> documents{&withEmpty, &general_};
    const DataPlan plan = makePlan({source("domain", folder), source("general", generalDir_)}, seqLen, 6, 3, 0.0, bos);
    const DataOrder order(plan);
    int cutRows = 0, multiDocumentRows = 0;
    for (int64_t step = 0; step < 25; ++step) {
        const Batch batch = order.batch(step);
        for (int64_t r = 0; r < batch.rows; ++r) {
            const int32_t s = batch.sourceIndex[static_cast<size_t>(r)];
            bool ok = false;
            const std::vector<uint64_t> parsed = parseRow(packedRow(batch, r), *documents[static_cast<size_t>(s)], bos, &ok);
            QVERIFY2(ok, qPrintable(QStringLiteral("step %1 row %2").arg(step).arg(r)));
            // The segments the order reports say the same.
            std::vector<uint64_t> reported;
            int64_t expectBegin = 0;
            for (const DocumentSegment& segment : batch.segments)
                if (segment.row == r) {
                    QCOMPARE(segment.begin, expectBegin);
                    QCOMPARE(segment.source, s);
                    QCOMPARE(segment.hasBos, bos);
                    QCOMPARE(segment.offset, 0);
                    expectBegin += segment.length;
                    if (segment.hasBos && segment.length == 1 && segment.cut)
                        continue; // the lone BOS at the end of a row (parsed as no document)
                    reported.push_back(segment.document);
                    if (segment.cut)
                        ++cutRows;
                }
            QCOMPARE(expectBegin, seqLen + 1);
            QCOMPARE(reported, parsed);
            QVERIFY(std::find(reported.begin(), reported.end(), uint64_t(7)) == reported.end() || s != 0);
            multiDocumentRows += parsed.size() > 1 ? 1 : 0;
        }
    }
    // The case is not vacuous: rows were cut, and (but for 2-token rows) rows held several documents.
    QVERIFY(cutRows > 0);
    QVERIFY(multiDocumentRows > 0);
}

void TestDataOrder::sharesWithinOneRowInEveryWindow_data()
{
    QTest::addColumn<double>("domainWeight");
    QTest::addColumn<double>("generalWeight");
    QTest::addColumn<bool>("generalIsReplay");
    QTest::addColumn<double>("replayFraction");
    QTest::addColumn<double>("domainShare");
    QTest::newRow("replay 10%") << 1.0 << 1.0 << true << 0.1 << 0.9;
    QTest::newRow("replay 1/3") << 1.0 << 1.0 << true << 1.0 / 3.0 << 2.0 / 3.0;
    QTest::newRow("weights 1:9") << 1.0 << 9.0 << false << 0.0 << 0.1;
    QTest::newRow("weights 0.7:0.3") << 0.7 << 0.3 << false << 0.0 << 0.7;
}

void TestDataOrder::sharesWithinOneRowInEveryWindow()
{
    QFETCH(double, domainWeight);
    QFETCH(double, generalWeight);
    QFETCH(bool, generalIsReplay);
    QFETCH(double, replayFraction);
    QFETCH(double, domainShare);
    // Batches of 7 rows, so windows cross steps at every offset.
    const DataOrder order(makePlan({source("domain", domainDir_, domainWeight),
                                    source("general", generalDir_, generalWeight, generalIsReplay)},
                                   8, 7, 5, replayFraction));
    std::vector<int32_t> sourceOfRow;
    for (int64_t step = 0; step < 200; ++step) {
        const Batch batch = order.batch(step);
        sourceOfRow.insert(sourceOfRow.end(), batch.sourceIndex.begin(), batch.sourceIndex.end());
    }
    // 1,400 rows, every window: floor or ceil of its expected count (the shares are quantised to
    // 2^-32, hence the 1e-6).
    QVERIFY2(worstWindowError(sourceOfRow, 0, domainShare) < 1.0 + 1e-6, "domain");
    QVERIFY2(worstWindowError(sourceOfRow, 1, 1.0 - domainShare) < 1.0 + 1e-6, "general");
    // sourceRows() counts the same rows without packing them.
    QCOMPARE(order.sourceRows(0, 1400), static_cast<int64_t>(std::count(sourceOfRow.begin(), sourceOfRow.end(), 0)));
    QCOMPARE(order.sourceRows(0, 1400) + order.sourceRows(1, 1400), 1400);
}

void TestDataOrder::threeSourcesStayWithinTheDocumentedBound()
{
    // Replay 10% against two domain sources of weights 2:1 (shares 0.6, 0.3): the replay share is
    // balanced (+-1 row in any window); the two domain sources split the rest one after the other,
    // within k - 1 = 2 rows of their share (the header's bound).
    const fs::path third = writeFolder(dir("third"), makeDocuments(50, 5, 30, kVocab, 9), kVocab);
    const DataOrder order(makePlan({source("domain", domainDir_, 2.0), source("third", third, 1.0),
                                    source("general", generalDir_, 1.0, true)},
                                   8, 10, 5, 0.1));
    std::vector<int32_t> sourceOfRow;
    for (int64_t step = 0; step < 120; ++step) {
        const Batch batch = order.batch(step);
        sourceOfRow.insert(sourceOfRow.end(), batch.sourceIndex.begin(), batch.sourceIndex.end());
    }
    QVERIFY(worstWindowError(sourceOfRow, 2, 0.1) < 1.0 + 1e-6);
    const double domainError = worstWindowError(sourceOfRow, 0, 0.6);
    const double thirdError = worstWindowError(sourceOfRow, 1, 0.3);
    QVERIFY2(domainError < 2.0 + 1e-6 && thirdError < 2.0 + 1e-6, qPrintable(QStringLiteral("%1 %2").arg(domainError).arg(thirdError)));
    // Over the whole 1,200 rows the counts are the shares to within a row: 120, 720, 360.
    QVERIFY(std::abs(std::count(sourceOfRow.begin(), sourceOfRow.end(), 2) - 120) <= 1);
    QVERIFY(std::abs(std::count(sourceOfRow.begin(), sourceOfRow.end(), 0) - 720) <= 2);
    QVERIFY(std::abs(std::count(sourceOfRow.begin(), sourceOfRow.end(), 1) - 360) <= 2);
}

void TestDataOrder::epochsVisitEveryDocumentBeforeRepeating()
{
    // One source, so its rows are the global rows in order and the segments, concatenated, are
    // its document stream.
    const DataOrder order(makePlan({source("domain", domainDir_)}, 32, 5, 21));
    std::vector<uint64_t> stream;
    for (int64_t step = 0; stream.size() < 4 * domain_.size(); ++step)
        for (const DocumentSegment& s : order.batch(step).segments)
            if (s.offset == 0) // not the continuation of a document longer than a row
                stream.push_back(s.document);
    const size_t n = domain_.size();
    std::vector<std::vector<uint64_t>> epochs;
    for (size_t e = 0; e < 4; ++e) {
        std::vector<uint64_t> epoch(stream.begin() + e * n, stream.begin() + (e + 1) * n);
        std::vector<uint64_t> sorted = epoch;
        std::sort(sorted.begin(), sorted.end());
        for (size_t i = 0; i < n; ++i)
            QCOMPARE(sorted[i], i); // every document exactly once in each epoch (0..59 are in train-00000, 60..119 in train-00001)
        epochs.push_back(std::move(epoch));
    }
    // A permutation, and a new one each epoch (the chance that two seeded permutations of 120
    // agree is nil; the identity likewise).
    std::vector<uint64_t> identity(n);
    for (size_t i = 0; i < n; ++i)
        identity[i] = i;
    QVERIFY(epochs[0] != identity);
    QVERIFY(epochs[0] != epochs[1]);
    QVERIFY(epochs[1] != epochs[2]);
}

void TestDataOrder::longDocumentsAreUsedWhole_data()
{
    QTest::addColumn<bool>("bos");
    QTest::addColumn<qint64>("seqLen");
    QTest::newRow("rows of 33") << false << qint64(32);
    QTest::newRow("rows of 33, bos") << true << qint64(32);
    QTest::newRow("rows of 2, bos") << true << qint64(1);
}

void TestDataOrder::longDocumentsAreUsedWhole()
{
    QFETCH(bool, bos);
    QFETCH(qint64, seqLen);
    // Documents of 50..150 tokens, all longer than a row: each is cut into row-sized pieces that
    // follow each other in consecutive rows, and nothing of it is lost.
    const Documents longDocuments = makeDocuments(30, 50, 150, kVocab, 8);
    const fs::path folder = writeFolder(dir("long-" + std::to_string(bos) + "-" + std::to_string(seqLen)), longDocuments, kVocab);
    const DataOrder order(makePlan({source("long", folder)}, seqLen, 3, 4, 0.0, bos));
    auto packedDocument = [&](uint64_t d) {
        std::vector<int32_t> packed;
        if (bos)
            packed.push_back(kBos);
        packed.insert(packed.end(), longDocuments[d].begin(), longDocuments[d].end());
        packed.push_back(kEos);
        return packed;
    };
    int64_t epochTokens = 0;
    for (uint64_t d = 0; d < longDocuments.size(); ++d)
        epochTokens += static_cast<int64_t>(packedDocument(d).size());

    // Rebuild every document visit from the rows' tokens, piece by piece.
    std::vector<int32_t> visit;
    uint64_t current = UINT64_MAX;
    std::vector<uint64_t> completed;
    int64_t tokensSeen = 0, continuedRows = 0;
    for (int64_t step = 0; tokensSeen < 2 * epochTokens; ++step) {
        const Batch batch = order.batch(step);
        for (int64_t r = 0; r < batch.rows; ++r) {
            const std::vector<int32_t> row = packedRow(batch, r);
            for (const DocumentSegment& segment : batch.segments) {
                if (segment.row != r)
                    continue;
                if (segment.offset > 0) { // continues the document the last row ended inside
                    QCOMPARE(segment.document, current);
                    QCOMPARE(segment.begin, 0);
                    QCOMPARE(segment.offset, static_cast<int64_t>(visit.size()));
                    ++continuedRows;
                } else {
                    QVERIFY2(visit.empty(), "a document started before the previous one was used whole");
                    current = segment.document;
                }
                visit.insert(visit.end(), row.begin() + segment.begin, row.begin() + segment.begin + segment.length);
                tokensSeen += segment.length;
                const std::vector<int32_t> expected = packedDocument(current);
                QVERIFY(visit.size() <= expected.size());
                QVERIFY(std::equal(visit.begin(), visit.end(), expected.begin())); // the row's tokens are the document's
                QCOMPARE(segment.cut, visit.size() < expected.size());
                if (visit.size() == expected.size()) {
                    completed.push_back(current);
                    visit.clear();
                }
            }
        }
    }
    // Two epochs of whole documents: every document twice, once per epoch.
    QVERIFY(completed.size() >= 2 * longDocuments.size());
    for (size_t e = 0; e < 2; ++e) {
        std::vector<uint64_t> epoch(completed.begin() + e * longDocuments.size(), completed.begin() + (e + 1) * longDocuments.size());
        std::sort(epoch.begin(), epoch.end());
        for (size_t d = 0; d < epoch.size(); ++d)
            QCOMPARE(epoch[d], d);
    }
    QVERIFY(continuedRows > 0);
    // The epoch estimate is exact when nothing is cut off: rows * (seqLen + 1) / epoch tokens.
    QCOMPARE(order.epochsFor(0, 10), 30.0 * static_cast<double>(seqLen + 1) / static_cast<double>(epochTokens));
}

void TestDataOrder::sourceSmallerThanOneRow()
{
    // Two documents of 5 tokens (12 packed tokens an epoch) against rows of 64 + 1: every row
    // cycles through the documents several times, each epoch in its own order.
    const Documents tiny = makeDocuments(2, 5, 5, kVocab, 4);
    const fs::path folder = writeFolder(dir("tiny"), tiny, kVocab);
    const DataOrder order(makePlan({source("tiny", folder)}, 64, 2, 1));
    QCOMPARE(order.sourceTokens(0), 10);
    std::vector<uint64_t> stream; // the documents in stream order: one source, rows in order
    for (int64_t step = 0; step < 3; ++step) {
        const Batch batch = order.batch(step);
        for (int64_t r = 0; r < batch.rows; ++r) {
            bool ok = false;
            const auto parsed = parseRow(packedRow(batch, r), tiny, false, &ok);
            QVERIFY(ok);
            QCOMPARE(parsed.size(), size_t(11)); // 65 tokens = 10 whole documents of 6 + 5 of the 11th
            stream.insert(stream.end(), parsed.begin(), parsed.end());
        }
    }
    // Each epoch (a pair of stream positions) holds both documents; not always in the same order.
    bool orderChanged = false;
    for (size_t i = 0; i + 1 < stream.size(); i += 2) {
        QVERIFY(stream[i] != stream[i + 1]);
        orderChanged = orderChanged || stream[i] != stream[0];
    }
    QVERIFY(orderChanged);
    // 4 rows of 65 tokens over 12-token epochs.
    QCOMPARE(order.epochsFor(0, 2), 4.0 * 65.0 / 12.0);
}

void TestDataOrder::epochsAndTokensByHand()
{
    // 10 documents of 9 tokens: 10 packed tokens each (EOS), 100 an epoch; rows of 9 + 1 = one
    // document per row, so 10 rows make an epoch. 5 steps of 4 rows = 20 rows = 2.0 epochs.
    const Documents even = makeDocuments(10, 9, 9, kVocab, 5);
    const fs::path folder = writeFolder(dir("even"), even, kVocab);
    const DataOrder order(makePlan({source("even", folder)}, 9, 4, 2));
    QCOMPARE(order.sourceTokens(0), 90);
    QCOMPARE(order.epochsFor(0, 5), 2.0);
    // And so it is: rows 0..9 are the 10 documents, rows 10..19 again, each row one whole document
    // ending in EOS (no cut).
    std::vector<uint64_t> firstEpoch, secondEpoch;
    for (int64_t step = 0; step < 5; ++step) {
        const Batch batch = order.batch(step);
        QCOMPARE(batch.segments.size(), size_t(4));
        for (const DocumentSegment& s : batch.segments) {
            QVERIFY(!s.cut);
            QCOMPARE(s.length, 10);
            (firstEpoch.size() < 10 ? firstEpoch : secondEpoch).push_back(s.document);
        }
    }
    std::sort(firstEpoch.begin(), firstEpoch.end());
    std::sort(secondEpoch.begin(), secondEpoch.end());
    QCOMPARE(firstEpoch, (std::vector<uint64_t>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
    QCOMPARE(secondEpoch, firstEpoch);
    // With a 25% share the source sees a quarter of the rows: 5 of 20, 0.5 epochs.
    const DataOrder mixed(makePlan({source("even", folder, 1.0), source("general", generalDir_, 3.0)}, 9, 4, 2));
    QCOMPARE(mixed.sourceRows(0, 20), 5);
    QCOMPARE(mixed.epochsFor(0, 5), 0.5);
    // BOS adds a token per document: 110 packed tokens an epoch, 20 rows of 10 = 200/110.
    const DataOrder withBos(makePlan({source("even", folder)}, 9, 4, 2, 0.0, true));
    QCOMPARE(withBos.epochsFor(0, 5), 200.0 / 110.0);
}

void TestDataOrder::heldOutPackedInFileOrder()
{
    const DataOrder order(makePlan({source("domain", domainDir_), source("general", generalDir_)}, 32, 4));
    // heldout_: 9 documents of 4..30 tokens, packed in file order.
    const Batch all = order.heldOut(0, 1000);
    QVERIFY(all.rows > 1);
    std::vector<uint64_t> seen;
    for (int64_t r = 0; r < all.rows; ++r) {
        const std::vector<int32_t> packed = packedRow(all, r);
        // Padding is EOS with mask 0, only at the end of the last row.
        int64_t content = 33;
        if (r == all.rows - 1)
            while (content > 0 && all.lossMask[static_cast<size_t>(r * 32 + content - 2)] == 0)
                --content;
        for (int64_t t = 1; t < 33; ++t)
            QCOMPARE(all.lossMask[static_cast<size_t>(r * 32 + t - 1)], uint8_t(t < content ? 1 : 0));
        std::vector<int32_t> body(packed.begin(), packed.begin() + content);
        bool ok = false;
        const auto parsed = parseRow(body, heldout_, false, &ok);
        QVERIFY(ok);
        seen.insert(seen.end(), parsed.begin(), parsed.end());
        for (int64_t t = content; t < 33; ++t)
            QCOMPARE(packed[static_cast<size_t>(t)], kEos);
    }
    // In file order, each document once, all of them.
    QCOMPARE(seen, (std::vector<uint64_t>{0, 1, 2, 3, 4, 5, 6, 7, 8}));
    QCOMPARE(order.heldOutTokens(0), [&] { int64_t n = 0; for (const auto& d : heldout_) n += static_cast<int64_t>(d.size()); return n; }());
    // Cut to maxRows; the same rows as the long version.
    const Batch two = order.heldOut(0, 2);
    QCOMPARE(two.rows, 2);
    QVERIFY(std::equal(two.inputs.begin(), two.inputs.end(), all.inputs.begin()));
    // Two documents of 5 tokens in rows of 32 + 1: one row of 12 tokens and 21 of padding; the
    // targets of positions 1..11 count, those of 12..32 (EOS padding) do not.
    const Documents smallHeldout = makeDocuments(2, 5, 5, kVocab, 12);
    const fs::path smallFolder = writeFolder(dir("small-heldout"), makeDocuments(4, 5, 9, kVocab, 6), kVocab, smallHeldout);
    const Batch padded = DataOrder(makePlan({source("small", smallFolder)}, 32, 4)).heldOut(0, 5);
    QCOMPARE(padded.rows, 1);
    std::vector<int32_t> expectedRow = smallHeldout[0];
    expectedRow.push_back(kEos);
    expectedRow.insert(expectedRow.end(), smallHeldout[1].begin(), smallHeldout[1].end());
    expectedRow.resize(33, kEos);
    QCOMPARE(packedRow(padded, 0), expectedRow);
    for (size_t t = 0; t < 32; ++t)
        QCOMPARE(padded.lossMask[t], uint8_t(t < 11 ? 1 : 0));
    // A source without a held-out shard has none.
    QCOMPARE(order.heldOut(1, 10).rows, 0);
    QCOMPARE(order.heldOutTokens(1), 0);
}

void TestDataOrder::lossMaskPerDocument()
{
    const DataOrder order(makePlan({source("domain", domainDir_)}, 32, 4, 3, 0.0, true));
    Batch batch = order.batch(2);
    // Plain CPT: every target counts.
    QVERIFY(std::all_of(batch.lossMask.begin(), batch.lossMask.end(), [](uint8_t m) { return m == 1; }));
    // What SFT will do: mask the first document of row 1 (its BOS..EOS). Its tokens are packed
    // positions [begin, begin + length); position 0 is no target, so targets 0..length-2 go to 0.
    const auto it = std::find_if(batch.segments.begin(), batch.segments.end(), [](const DocumentSegment& s) { return s.row == 1; });
    QVERIFY(it != batch.segments.end());
    QCOMPARE(it->begin, 0);
    batch.setLossMask(1, it->begin, it->begin + it->length, 0);
    for (int64_t t = 0; t < 32; ++t) {
        const uint8_t expected = t < it->length - 1 ? 0 : 1;
        QCOMPARE(batch.lossMask[static_cast<size_t>(32 + t)], expected);
    }
    QCOMPARE(std::count(batch.lossMask.begin(), batch.lossMask.end(), uint8_t(0)), it->length - 1);
    QVERIFY_THROWS_EXCEPTION(Error, batch.setLossMask(4, 0, 1, 0));
    QVERIFY_THROWS_EXCEPTION(Error, batch.setLossMask(0, 0, 34, 0));
}

void TestDataOrder::badFoldersAndPlans()
{
    auto expectError = [](const DataPlan& plan, const QStringList& parts) {
        const QString message = errorOf(plan);
        if (message.isEmpty())
            return QStringLiteral("accepted");
        for (const QString& part : parts)
            if (!message.contains(part))
                return QStringLiteral("'%1' lacks '%2'").arg(message, part);
        return QString();
    };
    const QString domain = QString::fromStdString(domainDir_.string());

    const fs::path missing = dir("no-such-folder");
    QString problem = expectError(makePlan({source("x", missing)}, 8, 2), {QString::fromStdString(missing.string()), "does not exist"});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const fs::path empty = dir("empty");
    fs::create_directories(empty);
    problem = expectError(makePlan({source("x", empty)}, 8, 2), {QString::fromStdString(empty.string()), "train-*.shard"});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const fs::path noTokens = writeFolder(dir("no-tokens"), Documents{{}, {}}, kVocab);
    problem = expectError(makePlan({source("x", noTokens)}, 8, 2), {QString::fromStdString(noTokens.string()), "no tokens"});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // Another vocabulary: the message names both folders.
    const fs::path otherVocab = writeFolder(dir("vocab-500"), makeDocuments(10, 5, 9, 500, 6), 500);
    problem = expectError(makePlan({source("domain", domainDir_), source("small", otherVocab)}, 8, 2),
                          {QString::fromStdString(otherVocab.string()), domain, "500", "1000"});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // ... or inside one folder (a held-out shard from another tokenizer).
    const fs::path mixedFolder = writeFolder(dir("mixed"), makeDocuments(10, 5, 9, kVocab, 6), kVocab);
    writeShard(mixedFolder / "heldout-00000.shard", makeDocuments(3, 5, 9, 500, 6), 500);
    problem = expectError(makePlan({source("mixed", mixedFolder)}, 8, 2), {QString::fromStdString(mixedFolder.string()), "500"});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // A damaged shard (one byte flipped in the tokens): the checksum, with the folder named.
    const fs::path damaged = writeFolder(dir("damaged"), makeDocuments(10, 5, 9, kVocab, 6), kVocab);
    {
        std::fstream file(damaged / "train-00000.shard", std::ios::in | std::ios::out | std::ios::binary);
        file.seekp(140);
        file.put('\x7f');
    }
    problem = expectError(makePlan({source("damaged", damaged)}, 8, 2), {QString::fromStdString(damaged.string()), "checksum"});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // Plans.
    DataPlan noEos = makePlan({source("domain", domainDir_)}, 8, 2);
    noEos.eosId = -1;
    problem = expectError(noEos, {"EOS"});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    DataPlan eosTooBig = makePlan({source("domain", domainDir_)}, 8, 2);
    eosTooBig.eosId = 1000;
    problem = expectError(eosTooBig, {"EOS", "1000"});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = expectError(makePlan({source("domain", domainDir_)}, 8, 2, 0, 0.1), {"replay"});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = expectError(makePlan({source("domain", domainDir_), source("domain", generalDir_)}, 8, 2), {"domain", "twice"});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = expectError(makePlan({source("domain", domainDir_, -1.0)}, 8, 2), {"weight"});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = expectError(makePlan({source("domain", domainDir_)}, 0, 2), {"seq_len"});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = expectError(makePlan({source("general", generalDir_, 1.0, true)}, 8, 2, 0, 0.5), {"non-replay"});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // Only replay data is a valid plan at fraction 1.
    QVERIFY(errorOf(makePlan({source("general", generalDir_, 1.0, true)}, 8, 2, 0, 1.0)).isEmpty());

    // Rows outside the batch.
    const DataOrder order(makePlan({source("domain", domainDir_)}, 8, 4));
    QVERIFY_THROWS_EXCEPTION(Error, order.rows(0, 3, 2));
    QVERIFY_THROWS_EXCEPTION(Error, order.rows(-1, 0, 1));
}

// Issue 12: DataPlan::segments. Domain and general 1:1 for steps 0-49, then (upsampling) the
// domain alone: the batches switch at step 50 exactly, each source's stream continues where it
// was (no document repeats before the epoch ends), and epochsFor counts the rows of both phases.
void TestDataOrder::upsamplingSwitchesSharesAtTheStep()
{
    DataPlan plan = makePlan({source("domain", domainDir_), source("general", generalDir_)}, 8, 4);
    plan.segments = {data::MixtureSegment{0, {1.0, 1.0}, 0.0, "constant"}, data::MixtureSegment{50, {1.0, 0.0}, 0.0, "upsample"}};
    const DataOrder order(plan);
    int64_t domainRows = 0;
    for (int64_t step = 0; step < 60; ++step) {
        const Batch batch = order.batch(step);
        const auto domainInStep = std::count(batch.sourceIndex.begin(), batch.sourceIndex.end(), 0);
        QCOMPARE(domainInStep, step < 50 ? 2L : 4L); // 1:1 of 4 rows is exactly 2 (share 1/2), then all
        domainRows += domainInStep;
    }
    QCOMPARE(order.sourceRows(0, 60 * 4), domainRows);
    QCOMPARE(order.sourceRows(0, 60 * 4), int64_t(100 + 40));
    QCOMPARE(order.sourceRows(1, 60 * 4), int64_t(100));
    // The domain's row 100 (its first upsampling row) is global row 200, step 50's first.
    QCOMPARE(order.sourceRowOf(200), (std::pair<size_t, int64_t>(0, 100)));
    // Its stream continues: the documents of steps 50-59 follow those of steps 0-49 in the same
    // epoch permutation, as if the rows had come without a switch (a one-source order's rows 100-139).
    const DataOrder alone(makePlan({source("domain", domainDir_)}, 8, 4));
    for (int64_t step = 50; step < 60; ++step) {
        const Batch batch = order.batch(step);
        const Batch reference = alone.batch(25 + (step - 50));
        QCOMPARE(batch.inputs, reference.inputs);
    }
    // 140 domain rows of 9 tokens over its epoch's tokens (with one EOS per document).
    const double epochTokens = static_cast<double>(order.sourceTokens(0) + static_cast<int64_t>(domain_.size()));
    QCOMPARE(order.epochsFor(0, 60), 140.0 * 9.0 / epochTokens);

    // Segments with the wrong number of weights, or that leave a phase without data: refused.
    plan.segments[1].weights = {1.0};
    QVERIFY(errorOf(plan).contains("1 weights for 2 sources"));
    plan.segments[1].weights = {0.0, 0.0};
    QVERIFY(errorOf(plan).contains("segment 2 (upsample, from step 50)"));
}

// Empty DataPlan::segments is one segment of the sources' weights and the replay fraction.
void TestDataOrder::oneSegmentIsThePlainPlan()
{
    DataPlan plain = makePlan({source("domain", domainDir_, 2.0), source("general", generalDir_, 1.0, true)}, 8, 5, 3, 0.2);
    DataPlan segmented = plain;
    segmented.segments = {data::MixtureSegment{0, {2.0, 1.0}, 0.2, "constant"}};
    const DataOrder a(plain), b(segmented);
    for (int64_t step = 0; step < 30; ++step)
        QVERIFY(sameBatch(a.batch(step), b.batch(step)));
}

QTEST_GUILESS_MAIN(TestDataOrder)
#include "tst_data_order.moc"
