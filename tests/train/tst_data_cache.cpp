// The quick path's data preparation (train/data_cache.h) with real tokenizer.json fixtures: raw
// JSON Lines become shard folders whose documents are the tokenizer's ids of the texts, a second
// call reuses them, a shard folder passed as input is used as it is (and refused when built with
// another tokenizer), and DataOrder reads what it returns.
#include "train/data_cache.h"
#include "train/data_order.h"

#include "common/error.h"
#include "tokenize/token_shard.h"

#include <nlohmann/json.hpp>

#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <set>

using namespace adaptlab;
using namespace adaptlab::train;
namespace fs = std::filesystem;

namespace {

fs::path fixture(const std::string& name)
{
    return fs::path(ADAPTLAB_SOURCE_DIR) / "tests/fixtures/tokenizers" / name / "tokenizer.json";
}

std::vector<std::string> texts(const std::string& topic, size_t count)
{
    std::vector<std::string> out;
    for (size_t i = 0; i < count; ++i)
        out.push_back("Entry " + std::to_string(i) + " about " + topic + ": the " + topic +
                      " word list grows by one line, number " + std::to_string(i * 7) + ".");
    return out;
}

void writeJsonl(const fs::path& file, const std::vector<std::string>& lines)
{
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    for (const auto& t : lines)
        out << nlohmann::json{{"body", t}, {"id", 1}}.dump() << '\n';
}

// Every document of the folder's shards, decoded back to text.
std::multiset<std::string> decodedDocuments(const tokenize::Tokenizer& tokenizer, const fs::path& folder)
{
    std::multiset<std::string> out;
    for (const auto& entry : fs::directory_iterator(folder))
        if (entry.path().extension() == ".shard") {
            const tokenize::ShardReader reader(entry.path());
            for (uint64_t d = 0; d < reader.documents(); ++d) {
                const auto ids = reader.document(d).toVector();
                out.insert(tokenizer.decode(ids));
            }
        }
    return out;
}

} // namespace

class TestDataCache : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void buildsReusesAndFeedsTheDataOrder();
    void shardFolderInputs();
    void errorsNameTheInput();

private:
    QTemporaryDir tmp_;
};

void TestDataCache::buildsReusesAndFeedsTheDataOrder()
{
    const fs::path root(tmp_.path().toStdString());
    const auto tokenizer = tokenize::Tokenizer::open(fixture("smollm"));
    const auto domainTexts = texts("compilers", 40), generalTexts = texts("gardens", 30);
    writeJsonl(root / "domain.jsonl", domainTexts);
    writeJsonl(root / "general.jsonl", generalTexts);

    DataCacheOptions options;
    options.inputs = {CorpusInput{"", {root / "domain.jsonl"}, 1.0, false},
                      CorpusInput{"general data", {root / "general.jsonl"}, 1.0, true}};
    options.cacheDir = root / "cache";
    options.textField = "body";
    options.heldoutDocuments = 3;
    options.threads = 1;
    const auto first = prepareDataSources(*tokenizer, options);
    QCOMPARE(first.size(), size_t(2));
    QCOMPARE(first[0].source.name, std::string("domain")); // the file's stem
    QCOMPARE(first[1].source.name, std::string("general data"));
    QVERIFY(first[1].source.replay);
    QVERIFY(!first[0].reused && !first[0].prebuilt);
    QCOMPARE(first[0].documents, uint64_t(37));
    QCOMPARE(first[0].heldoutDocuments, uint64_t(3));
    // Under the cache, per source (the name made safe), per tokenizer and options.
    QCOMPARE(first[1].source.shardFolder.parent_path(), options.cacheDir / "general_data");
    QVERIFY(first[0].source.shardFolder.filename().string().starts_with(tokenizer->fingerprint().substr(0, 12) + "-"));

    // The shards hold the texts (train and held-out together), as the tokenizer encodes them.
    const std::multiset<std::string> expected(domainTexts.begin(), domainTexts.end());
    QCOMPARE(decodedDocuments(*tokenizer, first[0].source.shardFolder), expected);
    {
        const tokenize::ShardReader reader(first[0].source.shardFolder / "train-00000.shard");
        const std::string text = tokenizer->decode(reader.document(0).toVector());
        QCOMPARE(reader.document(0).toVector(), tokenizer->encode(text));
    }

    // Again: the same folders, reused.
    const auto second = prepareDataSources(*tokenizer, options);
    QVERIFY(second[0].reused && second[1].reused);
    QCOMPARE(second[0].source.shardFolder, first[0].source.shardFolder);

    // Another held-out count builds beside the first folder, not over it.
    DataCacheOptions moreHeldout = options;
    moreHeldout.heldoutDocuments = 5;
    const auto third = prepareDataSources(*tokenizer, moreHeldout);
    QVERIFY(!third[0].reused);
    QVERIFY(third[0].source.shardFolder != first[0].source.shardFolder);
    QVERIFY(fs::exists(first[0].source.shardFolder / "manifest.json"));

    // DataOrder reads them: rows, and a held-out split per source.
    DataPlan plan;
    for (const auto& p : first)
        plan.sources.push_back(p.source);
    plan.replayFraction = 0.25;
    plan.seqLen = 16;
    plan.globalBatch = 4;
    plan.eosId = tokenizer->specialIds().eos >= 0 ? tokenizer->specialIds().eos : 0;
    const DataOrder order(plan);
    QCOMPARE(order.batch(0).rows, 4);
    QVERIFY(order.heldOut(0, 10).rows > 0);
    QCOMPARE(order.sourceTokens(0), static_cast<int64_t>(first[0].tokens));
}

void TestDataCache::shardFolderInputs()
{
    const fs::path root(tmp_.path().toStdString());
    const auto tokenizer = tokenize::Tokenizer::open(fixture("smollm"));
    writeJsonl(root / "notes.jsonl", texts("notes", 12));
    DataCacheOptions options;
    options.inputs = {CorpusInput{"notes", {root / "notes.jsonl"}}};
    options.cacheDir = root / "cache2";
    options.textField = "body";
    options.threads = 1;
    const fs::path built = prepareDataSources(*tokenizer, options).front().source.shardFolder;

    // The folder itself as input: used as it is.
    DataCacheOptions direct;
    direct.inputs = {CorpusInput{"notes", {built}, 2.0}};
    direct.cacheDir = root / "unused";
    const auto prepared = prepareDataSources(*tokenizer, direct);
    QVERIFY(prepared.front().prebuilt);
    QCOMPARE(prepared.front().source.shardFolder, built);
    QCOMPARE(prepared.front().source.weight, 2.0);
    QCOMPARE(prepared.front().documents, uint64_t(12));
    QVERIFY(!fs::exists(direct.cacheDir));

    // With another tokenizer: refused, naming the folder and both tokenizers.
    const auto other = tokenize::Tokenizer::open(fixture("llama3"));
    try {
        prepareDataSources(*other, direct);
        QFAIL("used shards of another tokenizer");
    } catch (const Error& e) {
        const QString message = QString::fromUtf8(e.what());
        QVERIFY2(message.contains(QString::fromStdString(built.string())), qPrintable(message));
        QVERIFY2(message.contains(QString::fromStdString(other->fingerprint())), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("another tokenizer")), qPrintable(message));
    }
}

void TestDataCache::errorsNameTheInput()
{
    const fs::path root(tmp_.path().toStdString());
    const auto tokenizer = tokenize::Tokenizer::open(fixture("smollm"));
    auto errorOf = [&](const DataCacheOptions& options) {
        try {
            prepareDataSources(*tokenizer, options);
            return QString();
        } catch (const Error& e) {
            return QString::fromUtf8(e.what());
        }
    };
    DataCacheOptions missing;
    missing.inputs = {CorpusInput{"gone", {root / "nothing-here.jsonl"}}};
    missing.cacheDir = root / "cache3";
    QString message = errorOf(missing);
    QVERIFY2(message.contains("nothing-here.jsonl") && message.contains("gone"), qPrintable(message));

    writeJsonl(root / "few.jsonl", texts("few", 4));
    DataCacheOptions tooMany;
    tooMany.inputs = {CorpusInput{"few", {root / "few.jsonl"}}};
    tooMany.cacheDir = root / "cache3";
    tooMany.textField = "body";
    tooMany.heldoutDocuments = 4;
    message = errorOf(tooMany);
    QVERIFY2(message.contains("'few'") && message.contains("hold out 4"), qPrintable(message));

    DataCacheOptions twice;
    twice.inputs = {CorpusInput{"", {root / "few.jsonl"}}, CorpusInput{"few", {root / "few.jsonl"}}};
    twice.cacheDir = root / "cache3";
    message = errorOf(twice);
    QVERIFY2(message.contains("'few'") && message.contains("two data sources"), qPrintable(message));

    QCOMPARE(cacheFolderName("gcide/dict v2"), std::string("gcide_dict_v2"));
    QCOMPARE(cacheFolderName(".."), std::string("source.."));
}

QTEST_GUILESS_MAIN(TestDataCache)
#include "tst_data_cache.moc"
