// The data order with MeCo (train/data_order.h, DataPlan::meco) on shard folders the test writes
// with per-document metadata and a tokenizer.json whose prefix ids are worked out by hand:
// phase-1 rows pack [BOS] prefix document EOS with BOS and the prefix masked (the first document
// token trained), documents without metadata get no prefix, the cooldown switches to plain rows
// exactly at its step and reads documents phase 1 did not, purity across fresh orders and rank
// slices, the conditioned and plain held-out split, the untrained head never ends a row alone,
// and the refusals (no tokenizer, another vocabulary, the manifest's metadata field or tokenizer).
#include "data_order_support.h"
#include "train/data_order.h"

#include "common/error.h"
#include "tokenize/tokenizer.h"

#include "../data/meco_test_tokenizer.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <map>
#include <optional>
#include <set>

using namespace adaptlab;
using namespace adaptlab::train;
namespace fs = std::filesystem;
using test::Documents;
using Ids = std::vector<int32_t>;

namespace {

constexpr uint32_t kVocab = meco_test::kVocabSize;
const char* const kWiki = "en.wikipedia.org";
const char* const kExample = "example.com";
// "URL: en.wikipedia.org\n\n" and "URL: example.com\n\n" in the test tokenizer, by hand (see
// meco_test_tokenizer.h and tst_meco): URL | : | " en" | . | wikipedia | . | org | "\n\n".
const Ids kWikiPrefix{meco_test::kUrl, ':', meco_test::kSpaceEn, '.', meco_test::kWikipedia, '.', meco_test::kOrg,
                      meco_test::kNewlines};
const Ids kExamplePrefix{meco_test::kUrl, ':', meco_test::kSpaceExample, '.', meco_test::kCom, meco_test::kNewlines};

// Document d's metadata: every third document has none.
std::optional<std::string> metadataOf(uint64_t d)
{
    if (d % 3 == 0)
        return kWiki;
    if (d % 3 == 1)
        return kExample;
    return std::nullopt;
}

const Ids& prefixOf(uint64_t d)
{
    static const Ids none;
    const auto m = metadataOf(d);
    return !m ? none : *m == kWiki ? kWikiPrefix : kExamplePrefix;
}

void writeMetaShard(const fs::path& file, const Documents& documents)
{
    tokenize::ShardWriter writer(file, kVocab);
    const uint32_t source = writer.internString("test");
    for (uint64_t d = 0; d < documents.size(); ++d) {
        const auto m = metadataOf(d);
        writer.addDocument(documents[d], source, m ? writer.internString(*m) : tokenize::kNoMetadata);
    }
    writer.commit();
}

fs::path writeMetaFolder(const fs::path& folder, const Documents& train, const Documents& heldout = {})
{
    fs::create_directories(folder);
    writeMetaShard(folder / "train-00000.shard", train);
    if (!heldout.empty())
        writeMetaShard(folder / "heldout-00000.shard", heldout);
    return folder;
}

// Document d as a row holds it: [BOS] [prefix] tokens EOS (the prefix only when CONDITIONED).
Ids packedDocument(const Documents& documents, uint64_t d, bool conditioned)
{
    Ids out{test::kBos};
    if (conditioned)
        out.insert(out.end(), prefixOf(d).begin(), prefixOf(d).end());
    out.insert(out.end(), documents[d].begin(), documents[d].end());
    out.push_back(test::kEos);
    return out;
}

Ids packedRow(const Batch& batch, int64_t r)
{
    const int64_t T = batch.seqLen;
    Ids packed(batch.inputs.begin() + r * T, batch.inputs.begin() + (r + 1) * T);
    packed.push_back(batch.targets[static_cast<size_t>((r + 1) * T - 1)]);
    return packed;
}

bool sameBatch(const Batch& a, const Batch& b)
{
    if (a.rows != b.rows || a.inputs != b.inputs || a.targets != b.targets || a.lossMask != b.lossMask ||
        a.sourceIndex != b.sourceIndex || a.segments.size() != b.segments.size())
        return false;
    for (size_t i = 0; i < a.segments.size(); ++i) {
        const DocumentSegment &x = a.segments[i], &y = b.segments[i];
        if (x.row != y.row || x.begin != y.begin || x.length != y.length || x.document != y.document ||
            x.offset != y.offset || x.prefixTokens != y.prefixTokens)
            return false;
    }
    return true;
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

} // namespace

class TstMecoOrder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void phaseOneRowsCarryMaskedPrefixes();
    void cooldownSwitchesToPlainRowsAtItsStep_data();
    void cooldownSwitchesToPlainRowsAtItsStep();
    void pureAcrossFreshOrdersAndRankSlices();
    void untrainedHeadNeverEndsARow();
    void heldOutWithAndWithoutMetadata();
    void refusals();

private:
    fs::path dir(const std::string& name) const { return fs::path(tmp_.path().toStdString()) / name; }
    DataPlan plan(std::vector<DataSource> sources, int64_t totalSteps, double cooldownFraction = 0.1) const
    {
        DataPlan p;
        p.sources = std::move(sources);
        p.seqLen = 64;
        p.globalBatch = 4;
        p.seed = 5;
        p.eosId = test::kEos;
        p.bosId = test::kBos;
        p.totalSteps = totalSteps;
        p.meco.enabled = true;
        p.meco.cooldownFraction = cooldownFraction;
        p.tokenizer = tokenizer_;
        return p;
    }
    // Checks every row of BATCH against the documents by hand: the segments tile the row, each
    // holds its document's packed tokens (with the prefix when CONDITIONED(row)), and a target is
    // masked exactly when it is a conditioned document's BOS or prefix token. PADDED (the held-out
    // split): the segments may end early, the rest being EOS with masked targets. Returns the
    // masked count.
    template <class Conditioned>
    int64_t checkRows(const Batch& batch, const std::vector<const Documents*>& sources, Conditioned&& conditioned,
                      bool padded = false)
    {
        int64_t masked = 0;
        for (int64_t r = 0; r < batch.rows; ++r) {
            const Ids row = packedRow(batch, r);
            const Documents& documents = *sources[static_cast<size_t>(batch.sourceIndex[static_cast<size_t>(r)])];
            const bool withPrefix = conditioned(r);
            std::vector<uint8_t> expectedMask(static_cast<size_t>(batch.seqLen + 1), 1);
            int64_t at = 0;
            for (const DocumentSegment& s : batch.segments) {
                if (s.row != r)
                    continue;
                if (s.begin != at)
                    qFatal("row %lld: a segment at %lld, expected %lld", qlonglong(r), qlonglong(s.begin), qlonglong(at));
                const Ids expected = packedDocument(documents, s.document, withPrefix);
                const int64_t prefix = withPrefix ? static_cast<int64_t>(prefixOf(s.document).size()) : 0;
                if (s.prefixTokens != prefix || s.offset + s.length > static_cast<int64_t>(expected.size()) ||
                    !std::equal(row.begin() + s.begin, row.begin() + s.begin + s.length, expected.begin() + s.offset))
                    qFatal("row %lld: document %llu is not packed as [BOS] prefix tokens EOS", qlonglong(r),
                           static_cast<unsigned long long>(s.document));
                for (int64_t k = 0; k < s.length; ++k)
                    if (withPrefix && s.offset + k < 1 + prefix)
                        expectedMask[static_cast<size_t>(s.begin + k)] = 0;
                at += s.length;
            }
            for (; padded && at > 0 && at < batch.seqLen + 1; ++at) {
                if (row[static_cast<size_t>(at)] != test::kEos)
                    qFatal("row %lld: padding at %lld is not EOS", qlonglong(r), qlonglong(at));
                expectedMask[static_cast<size_t>(at)] = 0;
            }
            if (at != batch.seqLen + 1)
                qFatal("row %lld: the segments cover %lld of %lld tokens", qlonglong(r), qlonglong(at), qlonglong(batch.seqLen + 1));
            for (int64_t p = 1; p <= batch.seqLen; ++p) {
                const uint8_t got = batch.lossMask[static_cast<size_t>(r * batch.seqLen + p - 1)];
                if (got != expectedMask[static_cast<size_t>(p)])
                    qFatal("row %lld: target %lld has mask %d", qlonglong(r), qlonglong(p), int(got));
                masked += got == 0 ? 1 : 0;
            }
        }
        return masked;
    }

    QTemporaryDir tmp_;
    fs::path tokenizer_;
    Documents domain_, general_, heldout_;
    fs::path domainDir_, generalDir_;
};

void TstMecoOrder::initTestCase()
{
    QVERIFY(tmp_.isValid());
    meco_test::writeTokenizer(dir("tokenizer"));
    tokenizer_ = dir("tokenizer") / "tokenizer.json";
    QCOMPARE(tokenize::Tokenizer::open(tokenizer_)->vocabSize(), int32_t(kVocab));
    // Documents of 5..40 tokens: with BOS, a prefix of at most 8 and EOS, at most 50 packed tokens,
    // so every document fits a row of 64 + 1 and rows start at document boundaries.
    domain_ = test::makeDocuments(200, 5, 40, kVocab, 1);
    general_ = test::makeDocuments(150, 3, 30, kVocab, 2);
    heldout_ = test::makeDocuments(9, 4, 30, kVocab, 3);
    domainDir_ = writeMetaFolder(dir("domain"), domain_, heldout_);
    generalDir_ = writeMetaFolder(dir("general"), general_);
}

void TstMecoOrder::phaseOneRowsCarryMaskedPrefixes()
{
    // totalSteps 0: the run's length unknown, prefixes throughout.
    const DataOrder order(plan({DataSource{"domain", domainDir_}}, 0));
    int64_t masked = 0, conditionedDocuments = 0, plainDocuments = 0;
    for (int64_t step = 0; step < 12; ++step) {
        const Batch batch = order.batch(step);
        masked += checkRows(batch, {&domain_}, [](int64_t) { return true; });
        for (const DocumentSegment& s : batch.segments) {
            if (s.offset == 0 && s.row > 0 && s.begin == 0)
                QVERIFY(s.hasBos); // rows start at document boundaries, with the BOS
            (s.prefixTokens > 0 ? conditionedDocuments : plainDocuments) += 1;
            // The first document token (after BOS and prefix) is a trained target.
            const int64_t first = s.begin - s.offset + 1 + s.prefixTokens;
            if (first > s.begin && first < s.begin + s.length && first >= 1)
                QCOMPARE(batch.lossMask[static_cast<size_t>(s.row * 64 + first - 1)], uint8_t(1));
        }
    }
    // Both kinds of documents came, and the masked targets were prefixes and BOS.
    QVERIFY(conditionedDocuments > 20);
    QVERIFY(plainDocuments > 10);
    QVERIFY(masked > 8 * conditionedDocuments / 2);
}

void TstMecoOrder::cooldownSwitchesToPlainRowsAtItsStep_data()
{
    QTest::addColumn<double>("cooldownFraction");
    QTest::addColumn<qint64>("cooldownStep");
    QTest::newRow("30% of 10 steps: cooldown from step 7") << 0.3 << qint64(7);
    QTest::newRow("10% of 10 steps: from step 9") << 0.1 << qint64(9);
    QTest::newRow("no cooldown (ablation)") << 0.0 << qint64(10);
}

void TstMecoOrder::cooldownSwitchesToPlainRowsAtItsStep()
{
    QFETCH(double, cooldownFraction);
    QFETCH(qint64, cooldownStep);
    // Two sources at 1:3, so the cooldown boundary falls at different source rows of each.
    const DataOrder order(plan({DataSource{"domain", domainDir_, 1.0}, DataSource{"general", generalDir_, 3.0}}, 10,
                               cooldownFraction));
    std::map<std::pair<int32_t, uint64_t>, int> visits; // (source, document) -> segments with content
    for (int64_t step = 0; step < 10; ++step) {
        const Batch batch = order.batch(step);
        const bool phaseOne = step < cooldownStep;
        const int64_t masked = checkRows(batch, {&domain_, &general_}, [&](int64_t) { return phaseOne; });
        QCOMPARE(masked > 0, phaseOne); // every phase-1 batch holds prefixes; no cooldown row a masked target
        for (const DocumentSegment& s : batch.segments)
            if (s.length > (s.offset == 0 ? 1 + s.prefixTokens : 0))
                ++visits[{s.source, s.document}];
    }
    // The streams went on where phase 1 stopped: 10 steps read less than an epoch of each
    // source, and no document came twice (the cooldown read documents phase 1 did not).
    for (const auto& [document, count] : visits)
        QCOMPARE(count, 1);
    QVERIFY(visits.size() > 40);
}

void TstMecoOrder::pureAcrossFreshOrdersAndRankSlices()
{
    const DataPlan p = plan({DataSource{"domain", domainDir_, 1.0}, DataSource{"general", generalDir_, 2.0}}, 20, 0.25);
    const DataOrder straight(p);
    std::vector<Batch> expected;
    for (int64_t step = 0; step < 20; ++step)
        expected.push_back(straight.batch(step));
    // A resumed run (a fresh order) asks for steps in any order, across the cooldown (step 15).
    const DataOrder resumed(p);
    for (int64_t step : {17, 3, 15, 14, 0, 19, 8})
        QVERIFY2(sameBatch(resumed.batch(step), expected[static_cast<size_t>(step)]), qPrintable(QStringLiteral("step %1").arg(step)));
    // Ranks: uneven slices from their own orders make the step's batch.
    for (int64_t step : {14, 15}) {
        Batch rebuilt;
        for (auto [first, count] : {std::pair<int64_t, int64_t>{0, 1}, {1, 3}}) {
            const Batch slice = DataOrder(p).rows(step, first, count);
            for (DocumentSegment s : slice.segments) {
                s.row += rebuilt.rows;
                rebuilt.segments.push_back(s);
            }
            rebuilt.rows += slice.rows;
            rebuilt.inputs.insert(rebuilt.inputs.end(), slice.inputs.begin(), slice.inputs.end());
            rebuilt.targets.insert(rebuilt.targets.end(), slice.targets.begin(), slice.targets.end());
            rebuilt.lossMask.insert(rebuilt.lossMask.end(), slice.lossMask.begin(), slice.lossMask.end());
            rebuilt.sourceIndex.insert(rebuilt.sourceIndex.end(), slice.sourceIndex.begin(), slice.sourceIndex.end());
        }
        QVERIFY2(sameBatch(rebuilt, expected[static_cast<size_t>(step)]), qPrintable(QStringLiteral("step %1").arg(step)));
    }
    // MeCo changes the rows: the same plan without it packs other tokens.
    DataPlan plain = p;
    plain.meco.enabled = false;
    QVERIFY(!sameBatch(DataOrder(plain).batch(0), expected[0]));
}

void TstMecoOrder::untrainedHeadNeverEndsARow()
{
    // One source, so row k of every step is source row step * 4 + k. A row whose last document
    // got only its BOS and (part of) its prefix in: that document starts the next row whole.
    // Otherwise the next row starts at another document.
    const DataOrder order(plan({DataSource{"domain", domainDir_}}, 0));
    std::vector<std::pair<uint64_t, bool>> rowEnds; // per source row: last document, only its head fit
    std::vector<uint64_t> rowStarts;
    for (int64_t step = 0; step < 20; ++step) { // 80 rows: less than an epoch
        const Batch batch = order.batch(step);
        for (int64_t r = 0; r < batch.rows; ++r) {
            const DocumentSegment* first = nullptr;
            const DocumentSegment* last = nullptr;
            for (const DocumentSegment& s : batch.segments)
                if (s.row == r) {
                    first = first ? first : &s;
                    last = &s;
                }
            QVERIFY(first && last);
            QCOMPARE(first->offset, 0);
            rowStarts.push_back(first->document);
            rowEnds.emplace_back(last->document, last->cut && last->offset == 0 && last->length <= 1 + last->prefixTokens);
        }
    }
    int headOnly = 0;
    for (size_t k = 0; k + 1 < rowEnds.size(); ++k) {
        if (rowEnds[k].second) {
            ++headOnly;
            QCOMPARE(rowStarts[k + 1], rowEnds[k].first);
        } else {
            QVERIFY(rowStarts[k + 1] != rowEnds[k].first);
        }
    }
    QVERIFY2(headOnly > 0, "the data never ended a row inside a head: the case is not exercised");
}

void TstMecoOrder::heldOutWithAndWithoutMetadata()
{
    const DataOrder order(plan({DataSource{"domain", domainDir_}, DataSource{"general", generalDir_}}, 10));
    const Batch conditioned = order.heldOut(0, 100, true);
    const Batch plain = order.heldOut(0, 100, false);
    QVERIFY(sameBatch(plain, order.heldOut(0, 100)));
    // Both hold the 9 held-out documents in file order, each once (a cut one loses its tail), packed
    // with (conditioned) or without prefixes, the last row padded with EOS.
    checkRows(conditioned, {&heldout_}, [](int64_t) { return true; }, true);
    checkRows(plain, {&heldout_}, [](int64_t) { return false; }, true);
    const auto prefixed = [](const Batch& batch) {
        std::set<uint64_t> documents;
        for (const DocumentSegment& s : batch.segments)
            if (s.prefixTokens > 0)
                documents.insert(s.document);
        return documents;
    };
    QCOMPARE(prefixed(conditioned), (std::set<uint64_t>{0, 1, 3, 4, 6, 7})); // the ones with metadata
    QVERIFY(prefixed(plain).empty());
    for (const Batch* batch : {&conditioned, &plain}) {
        std::vector<uint64_t> documents;
        for (const DocumentSegment& s : batch->segments)
            if (s.length > (s.offset == 0 ? 1 + s.prefixTokens : 0))
                documents.push_back(s.document);
        QCOMPARE(documents, (std::vector<uint64_t>{0, 1, 2, 3, 4, 5, 6, 7, 8}));
    }
    QVERIFY(conditioned.rows > plain.rows || conditioned.inputs != plain.inputs);
    // With MeCo off, both are plain and equal.
    DataPlan off = plan({DataSource{"domain", domainDir_}}, 10);
    off.meco.enabled = false;
    const DataOrder plainOrder(off);
    QVERIFY(sameBatch(plainOrder.heldOut(0, 100, true), plain));
}

void TstMecoOrder::refusals()
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
    DataPlan p = plan({DataSource{"domain", domainDir_}}, 10);
    p.tokenizer.clear();
    QString problem = expectError(p, {"tokenizer", "MeCo"});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    p.tokenizer = dir("no-such-tokenizer.json");
    problem = expectError(p, {"tokenizer", QString::fromStdString(p.tokenizer.string())});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // Shards of another vocabulary (1000 ids) than the tokenizer's 272.
    const fs::path other = test::writeFolder(dir("vocab-1000"), test::makeDocuments(10, 5, 9, 1000, 6), 1000);
    problem = expectError(plan({DataSource{"other", other}}, 10), {"272", "1000", "tokenizer"});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // A shard build's manifest: the metadata field must be MeCo's, and the tokenizer the same.
    const fs::path built = writeMetaFolder(dir("built"), test::makeDocuments(10, 5, 9, kVocab, 7));
    const std::string fingerprint = tokenize::Tokenizer::open(tokenizer_)->fingerprint();
    auto manifest = [&](const std::string& field, const std::string& tokenizerFingerprint) {
        std::ofstream(built / "manifest.json")
            << nlohmann::json{{"format", "adaptlab-token-shards"}, {"tokenizer_fingerprint", tokenizerFingerprint},
                              {"options", {{"metadata_field", field}}}}.dump();
    };
    manifest("url", fingerprint);
    QVERIFY2(errorOf(plan({DataSource{"built", built}}, 10)).isEmpty(), qPrintable(errorOf(plan({DataSource{"built", built}}, 10))));
    manifest("source", fingerprint);
    problem = expectError(plan({DataSource{"built", built}}, 10), {"'source'", "'url'", "metadata_field", "built"});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    manifest("", fingerprint);
    problem = expectError(plan({DataSource{"built", built}}, 10), {"without a metadata field", "built"});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    manifest("url", "0123456789abcdef0123456789abcdef");
    problem = expectError(plan({DataSource{"built", built}}, 10), {"another tokenizer", "0123456789abcdef"});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // Without MeCo none of this is asked.
    DataPlan off = plan({DataSource{"built", built}}, 10);
    off.meco.enabled = false;
    off.tokenizer.clear();
    QVERIFY(errorOf(off).isEmpty());
}

QTEST_GUILESS_MAIN(TstMecoOrder)
#include "tst_meco_order.moc"
