// The shard builder (shard_builder.h) with a real SentencePiece model trained here: every document
// comes back as the tokenizer's own encode() of its text, with its source and URL host; the
// held-out split is exact and seeded; threads change nothing; the cache reuses a folder for the
// same inputs, tokenizer and options and rebuilds it when one changes; an input that changes
// during the build, a stop, or a failure leaves nothing that looks complete. Also the build_shards
// job in a project (folder name, store row, reuse).
// QTest before nlohmann/json: the other order leaves qfloat16 incomplete in QTest's templates.
#include <QTemporaryDir>
#include <QTest>

#include "builder_test_support.h"

#include "jobs/job_context.h"
#include "store/project_store.h"
#include "tokenize/shard_builder.h"

#include <fstream>
#include <set>

using namespace adaptlab;
using namespace adaptlab::tokenize;
using namespace adaptlab::tokenize::test;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

struct Stopped : std::runtime_error {
    Stopped() : std::runtime_error("stopped by the test") {}
};

// Everything in DIR, names only (hidden temporary folders included).
std::set<std::string> entries(const fs::path& dir)
{
    std::set<std::string> out;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        out.insert(it->path().filename().string());
    return out;
}

// All documents of a split, in file order, as (tokens, source, metadata).
struct ReadDocument {
    std::vector<int32_t> ids;
    std::string source;
    std::string metadata;
    bool operator==(const ReadDocument&) const = default;
    bool operator<(const ReadDocument& o) const { return ids < o.ids; }
};
std::vector<ReadDocument> readSplit(const ShardBuildResult& result, const std::string& split)
{
    std::vector<ReadDocument> docs;
    for (const ShardFileInfo& f : result.files) {
        if (f.split != split)
            continue;
        ShardReader reader(result.dir / f.name);
        reader.verify();
        for (uint64_t i = 0; i < reader.documents(); ++i)
            docs.push_back({reader.document(i).toVector(), std::string(reader.sourceName(i)),
                            std::string(reader.metadata(i).value_or(""))});
    }
    return docs;
}

} // namespace

class TestShardBuilder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void buildsWhatTheTokenizerGives();
    void heldoutSplitIsSeededAndExact();
    void threadsAndFileSizeChangeNothing();
    void cacheReusesAndInvalidates();
    void inputChangingDuringBuildLeavesNothing();
    void stopMidBuildLeavesNothing();
    void refusals();
    void urlHosts();
    void jobInProject();

private:
    ShardBuildOptions options(const fs::path& out) const
    {
        ShardBuildOptions o;
        corpus::ReaderOptions jsonl;
        corpus::ReaderOptions lines;
        lines.plainText = corpus::PlainTextMode::LinePerDocument;
        o.sources = {{"web", {m_jsonl}, jsonl}, {"notes", {m_text}, lines}};
        o.outDir = out;
        o.metadataField = "url";
        o.threads = 2;
        o.batchBytes = 4096; // many batches through the pipeline
        return o;
    }
    fs::path fresh(const std::string& name) { return m_root / (std::to_string(++m_counter) + "-" + name); }

    QTemporaryDir m_temp;
    fs::path m_root, m_model, m_otherModel, m_jsonl, m_text;
    std::vector<std::string> m_jsonlTexts, m_textTexts;
    std::unique_ptr<Tokenizer> m_tokenizer;
    int m_counter = 0;
};

void TestShardBuilder::initTestCase()
{
    QVERIFY(m_temp.isValid());
    m_root = fs::path(m_temp.path().toStdString());
    m_model = trainModel(m_root, "tiny", 400, 1);
    m_otherModel = trainModel(m_root, "other", 300, 2);
    m_tokenizer = Tokenizer::open(m_model);
    m_jsonlTexts = generatedTexts(600, 11);
    m_textTexts = generatedTexts(150, 12);
    m_jsonl = m_root / "web.jsonl";
    m_text = m_root / "notes.txt";
    writeJsonl(m_jsonl, m_jsonlTexts);
    writeText(m_text, m_textTexts);
}

void TestShardBuilder::buildsWhatTheTokenizerGives()
{
    const fs::path out = fresh("shards");
    ShardBuildOptions o = options(out);
    o.heldoutDocuments = 40;
    std::vector<std::string> stages;
    ShardBuildHooks hooks;
    hooks.progress = [&](int64_t, int64_t, const std::string& stage) {
        if (stages.empty() || stages.back() != stage)
            stages.push_back(stage);
    };
    const ShardBuildResult result = buildShards(*m_tokenizer, o, hooks);
    QVERIFY(!result.reused);
    QCOMPARE(result.documents + result.heldoutDocuments, uint64_t(750));
    QCOMPARE(result.heldoutDocuments, uint64_t(40));
    QCOMPARE(result.vocabSize, uint32_t(400));
    QVERIFY(result.dtype == TokenDtype::U16);
    QCOMPARE(entries(out), (std::set<std::string>{"heldout-00000.shard", "manifest.json", "train-00000.shard"}));
    QCOMPARE(entries(out.parent_path()).count(out.filename().string()), size_t(1));
    for (const auto& name : entries(out.parent_path()))
        QVERIFY2(name.find("adaptlab-tmp") == std::string::npos, name.c_str()); // no work folder left

    // The reference: every document encoded on its own by the tokenizer, no BOS/EOS added.
    std::vector<ReadDocument> expected;
    for (size_t i = 0; i < m_jsonlTexts.size(); ++i)
        expected.push_back({m_tokenizer->encode(m_jsonlTexts[i]), "web",
                            i % 5 == 0 ? "" : (i % 2 ? "en.wikipedia.org" : "docs.example.com")});
    for (const auto& text : m_textTexts)
        expected.push_back({m_tokenizer->encode(text), "notes", ""});
    const auto train = readSplit(result, "train");
    const auto held = readSplit(result, "heldout");
    QCOMPARE(train.size(), size_t(710));
    QCOMPARE(held.size(), size_t(40));
    // Both splits keep input order; together they are the input, each document once.
    size_t t = 0, h = 0;
    uint64_t tokens = 0, heldTokens = 0;
    for (const ReadDocument& e : expected) {
        if (h < held.size() && held[h] == e) {
            heldTokens += held[h++].ids.size();
        } else {
            QVERIFY2(t < train.size() && train[t] == e, qPrintable(QString("document %1").arg(t + h)));
            tokens += train[t++].ids.size();
        }
    }
    QCOMPARE(t + h, expected.size());
    QCOMPARE(result.tokens, tokens);
    QCOMPARE(result.heldoutTokens, heldTokens);

    // The manifest says what was built from what.
    std::ifstream in(out / "manifest.json");
    const json manifest = json::parse(in);
    QCOMPARE(manifest["documents"].get<uint64_t>(), uint64_t(710));
    QCOMPARE(manifest["tokenizer_fingerprint"].get<std::string>(), m_tokenizer->fingerprint());
    QCOMPARE(manifest["sources"].size(), size_t(2));
    QCOMPARE(manifest["special_tokens_added"].get<bool>(), false);
    QCOMPARE(manifest["files"].size(), size_t(2));
    // Fingerprint, count, tokenize, check: in that order.
    QCOMPARE(stages.front(), std::string("fingerprint"));
    QVERIFY(std::find(stages.begin(), stages.end(), "count documents") < std::find(stages.begin(), stages.end(), "tokenize"));
    QCOMPARE(stages.back(), std::string("check inputs"));
}

void TestShardBuilder::heldoutSplitIsSeededAndExact()
{
    auto heldoutOf = [&](uint64_t seed, uint64_t count) {
        ShardBuildOptions o = options(fresh("split"));
        o.seed = seed;
        o.heldoutDocuments = count;
        return readSplit(buildShards(*m_tokenizer, o), "heldout");
    };
    const auto a = heldoutOf(7, 25);
    const auto b = heldoutOf(7, 25);
    const auto c = heldoutOf(8, 25);
    QCOMPARE(a.size(), size_t(25));
    QVERIFY(a == b);
    QVERIFY(a != c);
    QCOMPARE(heldoutOf(7, 1).size(), size_t(1));
    // Held out from both inputs, not only the first (750 documents, 150 from notes: with 200 held
    // out, none from notes would be a 1 in 10^19 chance).
    const auto many = heldoutOf(3, 200);
    QVERIFY(std::any_of(many.begin(), many.end(), [](const ReadDocument& d) { return d.source == "notes"; }));
    QVERIFY(std::any_of(many.begin(), many.end(), [](const ReadDocument& d) { return d.source == "web"; }));
}

void TestShardBuilder::threadsAndFileSizeChangeNothing()
{
    ShardBuildOptions one = options(fresh("one"));
    one.threads = 1;
    one.heldoutDocuments = 10;
    ShardBuildOptions three = options(fresh("three"));
    three.threads = 3;
    three.batchBytes = 1 << 20;
    three.heldoutDocuments = 10;
    const auto a = buildShards(*m_tokenizer, one);
    const auto b = buildShards(*m_tokenizer, three);
    QCOMPARE(a.files.size(), b.files.size());
    for (size_t i = 0; i < a.files.size(); ++i)
        QCOMPARE(a.files[i].checksum, b.files[i].checksum); // byte for byte the same shards
    QCOMPARE(a.optionsHash, b.optionsHash);                   // so the same cache key

    // A small size cap: several train files, the same documents in the same order.
    ShardBuildOptions small = options(fresh("small"));
    small.heldoutDocuments = 10;
    small.maxShardTokenBytes = 8000;
    const auto c = buildShards(*m_tokenizer, small);
    size_t trainFiles = 0;
    for (const auto& f : c.files)
        trainFiles += f.split == "train" ? 1 : 0;
    QVERIFY2(trainFiles >= 4, qPrintable(QString::number(trainFiles)));
    QCOMPARE(c.files[1].name, std::string("train-00001.shard"));
    QVERIFY(readSplit(a, "train") == readSplit(c, "train"));
    QVERIFY(readSplit(a, "heldout") == readSplit(c, "heldout"));
    QVERIFY(c.optionsHash != a.optionsHash);
}

void TestShardBuilder::cacheReusesAndInvalidates()
{
    // Inputs of its own, so that changing them leaves the other tests' alone.
    const fs::path input = fresh("cached.jsonl");
    writeJsonl(input, generatedTexts(200, 21));
    const fs::path out = fresh("cache");
    ShardBuildOptions o;
    o.sources = {{"cached", {input}, {}}};
    o.outDir = out;
    o.heldoutDocuments = 5;
    bool tokenized = false;
    ShardBuildHooks hooks;
    hooks.progress = [&](int64_t, int64_t, const std::string& stage) { tokenized = tokenized || stage == "tokenize"; };

    const auto first = buildShards(*m_tokenizer, o, hooks);
    QVERIFY(!first.reused && tokenized);
    const auto written = fs::last_write_time(out / "train-00000.shard");

    tokenized = false;
    const auto again = buildShards(*m_tokenizer, o, hooks);
    QVERIFY(again.reused);
    QVERIFY(!tokenized);
    QCOMPARE(again.tokens, first.tokens);
    QCOMPARE(again.files.size(), first.files.size());
    QVERIFY(fs::last_write_time(out / "train-00000.shard") == written);

    // Touched but not changed: the key is the content, so still reused.
    fs::last_write_time(input, fs::last_write_time(input) + std::chrono::seconds(5));
    QVERIFY(buildShards(*m_tokenizer, o, hooks).reused);

    // One more document: rebuilt, and the folder holds the new build only.
    {
        std::ofstream append(input, std::ios::app | std::ios::binary);
        append << json{{"text", "kato rimo sen tal"}}.dump() << '\n';
    }
    tokenized = false;
    const auto changed = buildShards(*m_tokenizer, o, hooks);
    QVERIFY(!changed.reused && tokenized);
    QCOMPARE(changed.documents + changed.heldoutDocuments, uint64_t(201));
    QVERIFY(changed.datasetFingerprint != first.datasetFingerprint);
    QCOMPARE(entries(out), (std::set<std::string>{"heldout-00000.shard", "manifest.json", "train-00000.shard"}));

    // Another tokenizer: rebuilt with its ids.
    const auto other = Tokenizer::open(m_otherModel);
    const auto withOther = buildShards(*other, o, hooks);
    QVERIFY(!withOther.reused);
    QCOMPARE(withOther.vocabSize, uint32_t(300));
    QVERIFY(withOther.tokenizerFingerprint != changed.tokenizerFingerprint);
    // Other options (the seed): rebuilt.
    o.seed = 99;
    QVERIFY(!buildShards(*other, o, hooks).reused);
    QVERIFY(buildShards(*other, o, hooks).reused);

    // A damaged shard in the folder is not reused: rebuilt.
    {
        std::fstream f(out / "train-00000.shard", std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(0);
        f.put('X');
    }
    QVERIFY(!buildShards(*other, o, hooks).reused);
    ShardReader(out / "train-00000.shard").verify();
}

void TestShardBuilder::inputChangingDuringBuildLeavesNothing()
{
    const fs::path input = fresh("moving.jsonl");
    writeJsonl(input, generatedTexts(300, 31));
    const fs::path out = fresh("moving");
    ShardBuildOptions o;
    o.sources = {{"moving", {input}, {}}};
    o.outDir = out;
    o.batchBytes = 2048;
    bool appended = false;
    ShardBuildHooks hooks;
    hooks.progress = [&](int64_t, int64_t, const std::string& stage) {
        if (stage == "tokenize" && !appended) {
            appended = true;
            std::ofstream append(input, std::ios::app | std::ios::binary);
            append << json{{"text", "a late document"}}.dump() << '\n';
        }
    };
    try {
        buildShards(*m_tokenizer, o, hooks);
        QFAIL("a build whose input changed under it succeeded");
    } catch (const Error& error) {
        const std::string message = error.what();
        QVERIFY2(message.find("changed while its token shards were built") != std::string::npos, message.c_str());
        QVERIFY2(message.find(input.string()) != std::string::npos, message.c_str());
    }
    QVERIFY(appended);
    QVERIFY(!fs::exists(out));
    for (const auto& name : entries(out.parent_path()))
        QVERIFY2(name.find("adaptlab-tmp") == std::string::npos, name.c_str());
}

void TestShardBuilder::stopMidBuildLeavesNothing()
{
    const fs::path out = fresh("stopped");
    ShardBuildOptions o = options(out);
    int batches = 0;
    ShardBuildHooks hooks;
    hooks.progress = [&](int64_t, int64_t, const std::string& stage) { batches += stage == "tokenize" ? 1 : 0; };
    hooks.checkStop = [&] {
        if (batches >= 3)
            throw Stopped();
    };
    QVERIFY_THROWS_EXCEPTION(Stopped, buildShards(*m_tokenizer, o, hooks));
    QVERIFY(batches >= 3);
    QVERIFY(!fs::exists(out));
    for (const auto& name : entries(out.parent_path()))
        QVERIFY2(name.find("adaptlab-tmp") == std::string::npos, name.c_str());

    // A stopped rebuild keeps the build that was there.
    const auto before = buildShards(*m_tokenizer, o);
    ShardBuildOptions rebuild = o;
    rebuild.seed = 5;
    rebuild.heldoutDocuments = 3;
    batches = 0;
    QVERIFY_THROWS_EXCEPTION(Stopped, buildShards(*m_tokenizer, rebuild, hooks));
    QVERIFY(reusableShards(out, before.datasetFingerprint, before.tokenizerFingerprint, before.optionsHash).has_value());
}

void TestShardBuilder::refusals()
{
    ShardBuildOptions o = options(fresh("refused"));
    o.heldoutDocuments = 750;
    try {
        buildShards(*m_tokenizer, o);
        QFAIL("holding out every document was accepted");
    } catch (const Error& error) {
        QVERIFY2(std::string(error.what()).find("the inputs hold 750") != std::string::npos, error.what());
    }
    QVERIFY(!fs::exists(o.outDir));

    const fs::path userFolder = fresh("mine");
    fs::create_directories(userFolder);
    std::ofstream(userFolder / "thesis.tex") << "\\begin{document}";
    o = options(userFolder);
    QVERIFY(shardOutDirProblem(userFolder).has_value());
    QVERIFY_THROWS_EXCEPTION(Error, buildShards(*m_tokenizer, o));
    QVERIFY(fs::exists(userFolder / "thesis.tex"));

    const fs::path empty = fresh("empty.jsonl");
    std::ofstream(empty).close();
    o = options(fresh("from-empty"));
    o.sources = {{"empty", {empty}, {}}};
    QVERIFY_THROWS_EXCEPTION(Error, buildShards(*m_tokenizer, o));
    QVERIFY(!fs::exists(o.outDir));
}

void TestShardBuilder::urlHosts()
{
    QCOMPARE(urlHost("https://en.wikipedia.org/wiki/Token"), std::string("en.wikipedia.org"));
    QCOMPARE(urlHost("http://example.com"), std::string("example.com"));
    QCOMPARE(urlHost("example.com/a/b"), std::string("example.com"));
    QCOMPARE(urlHost("https://example.com?q=1"), std::string("example.com"));
    QCOMPARE(urlHost(""), std::string());
}

// The job in a project: the folder under shards/<dataset>/, a store row, reuse on a second run.
void TestShardBuilder::jobInProject()
{
    const fs::path projectDir = fresh("project");
    {
        auto store = store::ProjectStore::create(projectDir);
        fs::copy_file(m_jsonl, projectDir / "datasets" / "web.jsonl");
        store::DatasetRecord dataset;
        dataset.name = "web";
        dataset.path = "datasets/web.jsonl";
        dataset.format = "jsonl";
        store.addDataset(dataset);
    }
    const json spec = {{"version", 1},
                       {"kind", "build_shards"},
                       {"project", projectDir.string()},
                       {"params", {{"datasets", {"web"}}, {"tokenizer", m_model.string()}, {"heldout_docs", 12},
                                   {"metadata_field", "url"}}}};
    auto run = [&](json& result) {
        std::string failure;
        const int code = jobs::executeSpecText(spec.dump(), projectDir, [&](const jobs::JobEvent& event) {
            if (event.type == jobs::JobEvent::Type::Done)
                result = json::parse(event.resultJson);
            if (event.type == jobs::JobEvent::Type::Error)
                failure = event.message;
        });
        return std::make_pair(code, failure);
    };
    json first, second;
    const auto [code, failure] = run(first);
    QVERIFY2(code == jobs::kExitDone, failure.c_str());
    QCOMPARE(first["reused"].get<bool>(), false);
    QCOMPARE(first["documents"].get<uint64_t>(), uint64_t(600 - 12));
    QCOMPARE(first["heldout_documents"].get<uint64_t>(), uint64_t(12));
    QCOMPARE(first["dtype"].get<std::string>(), std::string("u16"));
    QCOMPARE(first["vocab_size"].get<int>(), 400);
    const std::string dir = first["dir"].get<std::string>();
    QVERIFY2(dir.starts_with("shards/web/" + m_tokenizer->fingerprint().substr(0, 12) + "-"), dir.c_str());
    QCOMPARE(dir.size(), std::string("shards/web/").size() + 12 + 1 + 8);
    QVERIFY(fs::exists(projectDir / dir / "manifest.json"));
    for (const char* key : {"dir", "reused", "documents", "tokens", "heldout_documents", "heldout_tokens", "dtype", "vocab_size", "files"})
        QVERIFY2(first.contains(key), key);

    const auto [code2, failure2] = run(second);
    QVERIFY2(code2 == jobs::kExitDone, failure2.c_str());
    QCOMPARE(second["reused"].get<bool>(), true);
    QVERIFY(second["tokens"] == first["tokens"]);

    auto store = store::ProjectStore::open(projectDir);
    const auto rows = store.tokenShards(store.datasetByName("web")->id);
    QCOMPARE(rows.size(), size_t(1));
    QCOMPARE(rows[0].folder, dir);
    QCOMPARE(rows[0].tokens, first["tokens"].get<int64_t>());
    QCOMPARE(rows[0].heldoutDocuments, int64_t(12));
    QCOMPARE(rows[0].tokenizerFingerprint, m_tokenizer->fingerprint());
    QCOMPARE(rows[0].datasetFingerprint, first["dataset_fingerprint"].get<std::string>());
}

QTEST_GUILESS_MAIN(TestShardBuilder)
#include "tst_shard_builder.moc"
