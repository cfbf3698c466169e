// Token shards (token_shard.h): write, read back, verify; and every way a shard can be broken —
// cut at every region and at every byte of the header, a wrong checksum, magic or version, ids
// outside the vocabulary, the committed bad fixtures — each a ShardError naming the file and the
// problem. A writer that is not committed leaves nothing.
#include "shard_test_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

using namespace adaptlab::tokenize;
using namespace adaptlab::tokenize::test;
namespace fs = std::filesystem;

namespace {

fs::path toPath(const QString& path)
{
    return fs::path(path.toStdString());
}

// The ShardError that opening (and, with `verify`, verifying) PATH throws; empty when none.
std::string shardProblem(const fs::path& path, bool verify)
{
    try {
        ShardReader reader(path);
        if (verify)
            reader.verify();
    } catch (const ShardError& error) {
        return error.what();
    }
    return {};
}

} // namespace

class TestTokenShard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_temp.isValid()); }
    void writeReadVerify_data();
    void writeReadVerify();
    void emptyShard();
    void dtypeFollowsVocabulary();
    void truncatedAtEveryRegion_data();
    void truncatedAtEveryRegion();
    void truncatedAtEveryHeaderByte();
    void wrongChecksumMagicVersion();
    void uncommittedWriterLeavesNothing();
    void writerRefusesBadIds();
    void committedFixtures_data();
    void committedFixtures();

private:
    fs::path fresh(const std::string& name) { return toPath(m_temp.path()) / (std::to_string(++m_counter) + "-" + name); }
    QTemporaryDir m_temp;
    int m_counter = 0;
};

void TestTokenShard::writeReadVerify_data()
{
    QTest::addColumn<uint>("vocab");
    QTest::addColumn<QString>("dtype");
    QTest::newRow("u16, small vocabulary") << 300u << "u16";
    QTest::newRow("u16, 65536 ids") << 65536u << "u16";
    QTest::newRow("u32, 65537 ids") << 65537u << "u32";
    QTest::newRow("u32, Llama-3 size") << 128256u << "u32";
}

void TestTokenShard::writeReadVerify()
{
    QFETCH(uint, vocab);
    QFETCH(QString, dtype);
    const fs::path path = fresh("sample.shard");
    const auto docs = sampleDocuments(vocab, 9);
    const ShardHeader written = writeSample(path, vocab, docs);

    ShardReader reader(path);
    QCOMPARE(QString::fromStdString(std::string(toString(reader.dtype()))), dtype);
    QCOMPARE(reader.vocabSize(), uint32_t(vocab));
    QCOMPARE(reader.documents(), uint64_t(docs.size()));
    uint64_t tokens = 0;
    for (const auto& d : docs)
        tokens += d.ids.size();
    QCOMPARE(reader.tokens(), tokens);
    QCOMPARE(reader.header().checksum, written.checksum);
    QCOMPARE(reader.stringCount(), uint64_t(4)); // general, domain and two hosts, each once
    QCOMPARE(reader.fileSize(), fs::file_size(path));
    for (size_t i = 0; i < docs.size(); ++i) {
        const TokenSpan span = reader.document(i);
        QCOMPARE(span.toVector(), docs[i].ids);
        QCOMPARE(dtype == "u16" ? span.u16().size() : span.u32().size(), docs[i].ids.size());
        QCOMPARE(std::string(reader.sourceName(i)), docs[i].source);
        const auto meta = reader.metadata(i);
        QCOMPARE(meta.has_value(), !docs[i].metadata.empty());
        if (meta)
            QCOMPARE(std::string(*meta), docs[i].metadata);
    }
    reader.verify();
    // The checksum is what an independent pass over the file gives.
    const auto bytes = readBytes(path);
    QCOMPARE(shardChecksum({reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size()}), written.checksum);
    // Every region starts on an 8-byte boundary.
    for (const auto* r : {&written.tokenRegion, &written.offsetRegion, &written.sourceRegion, &written.metadataRegion,
                          &written.stringRegion})
        QCOMPARE(r->offset % 8, uint64_t(0));
    QVERIFY_THROWS_EXCEPTION(ShardError, reader.document(docs.size()));
    QVERIFY_THROWS_EXCEPTION(ShardError, reader.string(reader.stringCount()));

    // A reader moved keeps the mapping; the moved-from one holds none.
    ShardReader moved = std::move(reader);
    QCOMPARE(moved.document(0).toVector(), docs[0].ids);
}

void TestTokenShard::emptyShard()
{
    const fs::path path = fresh("empty.shard");
    {
        ShardWriter writer(path, 1000);
        writer.commit();
    }
    ShardReader reader(path);
    QCOMPARE(reader.documents(), uint64_t(0));
    QCOMPARE(reader.tokens(), uint64_t(0));
    QCOMPARE(reader.fileSize(), uint64_t(kShardHeaderSize + 8 + 8)); // offsets {0}, string table {0}
    reader.verify();
}

void TestTokenShard::dtypeFollowsVocabulary()
{
    QVERIFY(dtypeForVocab(1) == TokenDtype::U16);
    QVERIFY(dtypeForVocab(65536) == TokenDtype::U16);
    QVERIFY(dtypeForVocab(65537) == TokenDtype::U32);
}

void TestTokenShard::truncatedAtEveryRegion_data()
{
    QTest::addColumn<QString>("region");
    for (const char* r : {"header", "tokens", "offsets", "source ids", "metadata ids", "strings"})
        QTest::newRow(r) << r;
}

// Cut inside each region (its first byte, its middle, one byte short of its end): the error names
// the region, where it ends and how long the file is.
void TestTokenShard::truncatedAtEveryRegion()
{
    QFETCH(QString, region);
    const fs::path good = fresh("good.shard");
    const ShardHeader h = writeSample(good, 300, sampleDocuments(300, 9));
    const auto bytes = readBytes(good);
    const std::map<QString, ShardHeader::Region> regions = {
        {"header", {0, kShardHeaderSize}},      {"tokens", h.tokenRegion},         {"offsets", h.offsetRegion},
        {"source ids", h.sourceRegion},         {"metadata ids", h.metadataRegion}, {"strings", h.stringRegion}};
    const ShardHeader::Region r = regions.at(region);
    QVERIFY(r.size >= 2);
    for (const uint64_t cut : {r.offset + 1, r.offset + r.size / 2, r.end() - 1}) {
        const fs::path path = fresh("cut.shard");
        writeBytes(path, std::vector<char>(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(cut)));
        const QString problem = QString::fromStdString(shardProblem(path, false));
        QVERIFY2(problem.contains(QString::fromStdString(path.string())), qPrintable(problem));
        QVERIFY2(problem.contains("truncated"), qPrintable(problem));
        const QString expected = region == "header"
            ? QString("the header needs %1 bytes but the file has %2 bytes").arg(kShardHeaderSize).arg(cut)
            : QString("the %1 region ends at byte %2 but the file has %3 bytes").arg(region).arg(r.end()).arg(cut);
        QVERIFY2(problem.contains(expected), qPrintable(problem + " / expected: " + expected));
    }
}

void TestTokenShard::truncatedAtEveryHeaderByte()
{
    const fs::path good = fresh("good.shard");
    writeSample(good, 300, sampleDocuments(300, 4));
    const auto bytes = readBytes(good);
    for (size_t cut = 0; cut < kShardHeaderSize; ++cut) {
        const fs::path path = fresh("cut.shard");
        writeBytes(path, std::vector<char>(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(cut)));
        const std::string problem = shardProblem(path, false);
        QVERIFY2(problem.find(path.string()) != std::string::npos, problem.c_str());
        QVERIFY2(problem.find("truncated") != std::string::npos, (std::to_string(cut) + ": " + problem).c_str());
    }
}

void TestTokenShard::wrongChecksumMagicVersion()
{
    const fs::path good = fresh("good.shard");
    const ShardHeader h = writeSample(good, 300, sampleDocuments(300, 5));
    const auto bytes = readBytes(good);
    auto variant = [&](auto change) {
        auto copy = bytes;
        change(copy);
        const fs::path path = fresh("variant.shard");
        writeBytes(path, copy);
        return path;
    };
    // One bit of a token: the bounds hold, so it opens; verify() finds it.
    const fs::path flipped = variant([&](std::vector<char>& b) { b[h.tokenRegion.offset + 3] ^= 0x10; });
    QCOMPARE(shardProblem(flipped, false), std::string());
    QVERIFY2(shardProblem(flipped, true).find("checksum mismatch") != std::string::npos, shardProblem(flipped, true).c_str());
    // The header's own fields are covered too: a patched document count that still fits nothing
    // else fails the bounds; a patched reserved-free field (the checksum itself) fails verify.
    const fs::path badSum = variant([&](std::vector<char>& b) { patch64(b, 128, h.checksum ^ 1); });
    QVERIFY(shardProblem(badSum, true).find("checksum mismatch") != std::string::npos);
    const fs::path magic = variant([&](std::vector<char>& b) { b[3] = 'x'; });
    QVERIFY(shardProblem(magic, false).find("not a token shard (magic)") != std::string::npos);
    const fs::path text = fresh("notes.txt");
    writeBytes(text, {'h', 'e', 'l', 'l', 'o'});
    QVERIFY(shardProblem(text, false).find("not a token shard (magic)") != std::string::npos);
    const fs::path version = variant([&](std::vector<char>& b) { patch32(b, 8, 7); resealChecksum(b); });
    QVERIFY2(shardProblem(version, false).find("unsupported version 7") != std::string::npos, shardProblem(version, false).c_str());
    const fs::path width = variant([&](std::vector<char>& b) { patch32(b, 12, 3); });
    QVERIFY(shardProblem(width, false).find("token width 3") != std::string::npos);
    const fs::path count = variant([&](std::vector<char>& b) { patch64(b, 24, h.documents + 1); });
    QVERIFY2(shardProblem(count, false).find("region holds") != std::string::npos, shardProblem(count, false).c_str());
    const fs::path vocab = variant([&](std::vector<char>& b) { patch32(b, 16, 5); resealChecksum(b); });
    QCOMPARE(shardProblem(vocab, false), std::string());
    QVERIFY2(shardProblem(vocab, true).find("outside the vocabulary of 5") != std::string::npos, shardProblem(vocab, true).c_str());
    const fs::path missing = toPath(m_temp.path()) / "no-such.shard";
    QVERIFY(shardProblem(missing, false).find("cannot open it") != std::string::npos);
}

void TestTokenShard::uncommittedWriterLeavesNothing()
{
    const fs::path dir = toPath(m_temp.path()) / "uncommitted";
    fs::create_directories(dir);
    {
        ShardWriter writer(dir / "train-00000.shard", 300);
        const uint32_t s = writer.internString("general");
        const std::vector<int32_t> ids(10000, 7);
        for (int i = 0; i < 20; ++i)
            writer.addDocument(ids, s);
        QVERIFY(!fs::is_empty(dir)); // the temporary file, growing
    }
    QVERIFY(fs::is_empty(dir));
}

void TestTokenShard::writerRefusesBadIds()
{
    ShardWriter writer(fresh("bad.shard"), 300);
    const uint32_t s = writer.internString("general");
    const std::vector<int32_t> tooLarge = {1, 300};
    const std::vector<int32_t> negative = {-1};
    QVERIFY_THROWS_EXCEPTION(ShardError, writer.addDocument(tooLarge, s));
    QVERIFY_THROWS_EXCEPTION(ShardError, writer.addDocument(negative, s));
    QVERIFY_THROWS_EXCEPTION(ShardError, writer.addDocument(std::vector<int32_t>{1}, s + 1));
    QVERIFY_THROWS_EXCEPTION(ShardError, writer.addDocument(std::vector<int32_t>{1}, s, 9));
    QVERIFY_THROWS_EXCEPTION(ShardError, ShardWriter(fresh("zero.shard"), 0));
}

void TestTokenShard::committedFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("verify");
    QTest::addColumn<QString>("expected"); // empty: intact
    QTest::newRow("good") << "good.shard" << true << "";
    QTest::newRow("truncated header") << "truncated-header.shard" << false << "truncated: the header needs 136 bytes but the file has 60 bytes";
    QTest::newRow("truncated tokens") << "truncated-tokens.shard" << false << "truncated: the tokens region ends at byte";
    QTest::newRow("truncated offsets") << "truncated-offsets.shard" << false << "truncated: the offsets region ends at byte";
    QTest::newRow("truncated source ids") << "truncated-source-ids.shard" << false << "truncated: the source ids region ends at byte";
    QTest::newRow("truncated metadata ids") << "truncated-metadata-ids.shard" << false << "truncated: the metadata ids region ends at byte";
    QTest::newRow("truncated strings") << "truncated-strings.shard" << false << "truncated: the strings region ends at byte";
    QTest::newRow("bad magic") << "bad-magic.shard" << false << "not a token shard (magic)";
    QTest::newRow("bad version") << "bad-version.shard" << false << "unsupported version 2";
    QTest::newRow("bad checksum") << "bad-checksum.shard" << true << "checksum mismatch";
    QTest::newRow("token outside vocab") << "token-outside-vocab.shard" << true << "outside the vocabulary of 10";
    QTest::newRow("trailing bytes") << "trailing-bytes.shard" << false << "1 bytes after the strings region";
}

void TestTokenShard::committedFixtures()
{
    QFETCH(QString, file);
    QFETCH(bool, verify);
    QFETCH(QString, expected);
    const fs::path path = fs::path(SHARD_FIXTURES_DIR) / file.toStdString();
    QVERIFY2(fs::exists(path), path.c_str());
    const QString problem = QString::fromStdString(shardProblem(path, verify));
    if (expected.isEmpty()) {
        QCOMPARE(problem, QString());
        QCOMPARE(ShardReader(path).documents(), uint64_t(5));
        return;
    }
    QVERIFY2(problem.contains(expected), qPrintable(problem));
    QVERIFY2(problem.contains(QString::fromStdString(path.string())), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestTokenShard)
#include "tst_token_shard.moc"
