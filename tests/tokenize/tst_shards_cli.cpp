// `adaptlab-cli shards build|info|verify` end to end, as scripts use them (the command-line
// contract), with a SentencePiece model trained here: build writes DIR/train-00000.shard,
// heldout-00000.shard and manifest.json and reuses them on a second run; info --json prints the
// counts; verify exits 0 only for an intact shard and names the problem of a broken one.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "builder_test_support.h"

#include "tokenize/token_shard.h"

#include <fstream>

using namespace adaptlab::tokenize;
using namespace adaptlab::tokenize::test;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

struct CliRun {
    int exitCode = -1;
    QByteArray out, err;
    json object() const { return json::parse(out.toStdString()); }
};

CliRun cli(const QStringList& args)
{
    QProcess p;
    p.start(ADAPTLAB_CLI_PATH, args);
    if (!p.waitForFinished(300000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QString q(const fs::path& path)
{
    return QString::fromStdString(path.string());
}

} // namespace

class TestShardsCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void buildInfoVerify();
    void verifyNamesTheProblem_data();
    void verifyNamesTheProblem();
    void refusedCommandLines();

private:
    QTemporaryDir m_temp;
    fs::path m_root, m_model, m_corpus, m_notes, m_out;
};

void TestShardsCli::initTestCase()
{
    QVERIFY(m_temp.isValid());
    m_root = fs::path(m_temp.path().toStdString());
    m_model = trainModel(m_root, "tiny", 400, 1);
    m_corpus = m_root / "web.jsonl";
    m_notes = m_root / "notes.txt";
    writeJsonl(m_corpus, generatedTexts(300, 5));
    writeText(m_notes, generatedTexts(100, 6));
    m_out = m_root / "shards";
}

void TestShardsCli::buildInfoVerify()
{
    const QStringList build = {"shards", "build", "--tokenizer", q(m_model), "--out", q(m_out), "--heldout-docs", "20",
                               "--seed", "4", "--text-field", "text", q(m_corpus), q(m_notes), "--json"};
    const CliRun first = cli(build);
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const json result = first.object();
    QCOMPARE(result["reused"].get<bool>(), false);
    QCOMPARE(result["documents"].get<int>(), 380);
    QCOMPARE(result["heldout_documents"].get<int>(), 20);
    QCOMPARE(result["vocab_size"].get<int>(), 400);
    QCOMPARE(result["dtype"].get<std::string>(), std::string("u16"));
    QVERIFY(fs::exists(m_out / "train-00000.shard"));
    QVERIFY(fs::exists(m_out / "heldout-00000.shard"));
    QVERIFY(fs::exists(m_out / "manifest.json"));

    // Without --json: JSON-lines progress events, ending with "done"; reused this time.
    QStringList again = build;
    again.removeLast();
    const CliRun second = cli(again);
    QCOMPARE(second.exitCode, 0);
    const QList<QByteArray> lines = second.out.trimmed().split('\n');
    const json done = json::parse(lines.last().toStdString());
    QCOMPARE(done["event"].get<std::string>(), std::string("done"));
    QCOMPARE(done["result"]["reused"].get<bool>(), true);
    QVERIFY(done["result"]["tokens"] == result["tokens"]);

    const CliRun info = cli({"shards", "info", q(m_out / "train-00000.shard"), "--json"});
    QVERIFY2(info.exitCode == 0, info.err.constData());
    const json i = info.object();
    QCOMPARE(i["documents"].get<int>(), 380);
    QVERIFY(i["tokens"] == result["tokens"]);
    QCOMPARE(i["vocab_size"].get<int>(), 400);
    QCOMPARE(i["dtype"].get<std::string>(), std::string("u16"));
    QCOMPARE(i["sources"].size(), size_t(2));
    // The reader in this process agrees with what the CLI printed.
    ShardReader reader(m_out / "train-00000.shard");
    QCOMPARE(i["tokens"].get<uint64_t>(), reader.tokens());

    for (const char* name : {"train-00000.shard", "heldout-00000.shard"}) {
        const CliRun verify = cli({"shards", "verify", q(m_out / name)});
        QVERIFY2(verify.exitCode == 0, verify.err.constData());
        QVERIFY(verify.out.contains("intact"));
    }
}

void TestShardsCli::verifyNamesTheProblem_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("expected");
    QTest::newRow("flipped token") << "flip" << "checksum mismatch";
    QTest::newRow("truncated") << "truncate" << "truncated: the strings region ends at byte";
    QTest::newRow("not a shard") << "text" << "not a token shard (magic)";
    QTest::newRow("missing") << "missing" << "cannot open it";
}

void TestShardsCli::verifyNamesTheProblem()
{
    QFETCH(QString, damage);
    QFETCH(QString, expected);
    const fs::path good = m_root / "good.shard";
    if (!fs::exists(good)) {
        ShardWriter writer(good, 400);
        const uint32_t s = writer.internString("x");
        for (int d = 0; d < 20; ++d)
            writer.addDocument(std::vector<int32_t>(50, d), s);
        writer.commit();
    }
    const fs::path broken = m_root / ("broken-" + damage.toStdString() + ".shard");
    fs::remove(broken);
    if (damage == "flip" || damage == "truncate") {
        fs::copy_file(good, broken);
        if (damage == "flip") {
            std::fstream f(broken, std::ios::in | std::ios::out | std::ios::binary);
            f.seekp(kShardHeaderSize + 10);
            f.put('\x7f');
        } else {
            fs::resize_file(broken, fs::file_size(good) - 1);
        }
    } else if (damage == "text") {
        std::ofstream(broken) << "hello, not a shard\n";
    }
    const CliRun verify = cli({"shards", "verify", q(broken)});
    QVERIFY(verify.exitCode != 0);
    QVERIFY2(verify.err.contains(expected.toUtf8()), verify.err.constData());
    QVERIFY2(verify.err.contains(q(broken).toUtf8()), verify.err.constData());
    if (damage != "flip") { // info opens without the checksum; a flipped token still opens
        const CliRun info = cli({"shards", "info", q(broken), "--json"});
        QVERIFY(info.exitCode != 0);
        QVERIFY2(info.err.contains(expected.toUtf8()), info.err.constData());
    }
}

void TestShardsCli::refusedCommandLines()
{
    QCOMPARE(cli({"shards", "verify"}).exitCode, 2);
    QCOMPARE(cli({"shards", "info", "a.shard", "b.shard"}).exitCode, 2);
    QCOMPARE(cli({"shards", "frobnicate"}).exitCode, 2);
    const CliRun noTokenizer = cli({"shards", "build", "--out", q(m_root / "x"), q(m_corpus)});
    QCOMPARE(noTokenizer.exitCode, 2);
    QVERIFY2(noTokenizer.out.contains("params.tokenizer"), noTokenizer.out.constData()); // the error event
    const CliRun typo = cli({"shards", "build", "--tokeniser", q(m_model), q(m_corpus)});
    QCOMPARE(typo.exitCode, 2);
    QVERIFY2(typo.err.contains("--tokenizer"), typo.err.constData());
    // A user's folder is never filled: refused before anything runs.
    const fs::path mine = m_root / "mine";
    fs::create_directories(mine);
    std::ofstream(mine / "notes.md") << "mine";
    const CliRun occupied = cli({"shards", "build", "--tokenizer", q(m_model), "--out", q(mine), q(m_corpus)});
    QCOMPARE(occupied.exitCode, 2);
    QVERIFY2(occupied.out.contains("notes.md"), occupied.out.constData());
    QVERIFY(cli({"shards", "--help"}).out.contains("--heldout-docs"));
}

QTEST_GUILESS_MAIN(TestShardsCli)
#include "tst_shards_cli.moc"
