// The one rule for what a corpus file holds (file_format.h): magic bytes first, then the name.
// Every magic, misnamed files (zstd named .txt, JSON named .txt, text named .jsonl), an empty
// file, white space only, a folder, formats the readers lack, and a file that cannot be read (the
// message names it).
#include "corpus/file_format.h"

#include <QtTest>

#include <zlib.h>
#include <zstd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

using namespace adaptlab::corpus;

namespace {

void writeBytes(const std::string& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

std::string zstdOf(const std::string& text)
{
    std::string out(ZSTD_compressBound(text.size()), '\0');
    out.resize(ZSTD_compress(out.data(), out.size(), text.data(), text.size(), 3));
    return out;
}

std::string gzipOf(const std::string& path, const std::string& text)
{
    gzFile file = gzopen(path.c_str(), "wb");
    gzwrite(file, text.data(), static_cast<unsigned>(text.size()));
    gzclose(file);
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

} // namespace

class TestFileFormat : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void byMagicThenName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("label");
        const std::string jsonl = "{\"text\":\"a\"}\n{\"text\":\"b\"}\n";
        const std::string text = "Plain words.\n\nAnother block.\n";
        const std::string gz = gzipOf(dir_.filePath(QStringLiteral("scratch.gz")).toStdString(), jsonl);
        auto bytes = [](const std::string& s) { return QByteArray(s.data(), static_cast<qsizetype>(s.size())); };
        QTest::newRow("jsonl") << "a.jsonl" << bytes(jsonl) << "jsonl";
        QTest::newRow("json named x.json") << "x.json" << bytes(jsonl) << "jsonl";
        QTest::newRow("json array") << "list.json" << QByteArray("  \n[{\"text\":\"a\"}]") << "jsonl";
        QTest::newRow("json in .txt") << "notes.txt" << bytes(jsonl) << "jsonl";
        QTest::newRow("json with BOM, no extension") << "data" << QByteArray("\xEF\xBB\xBF{\"text\":\"a\"}\n") << "jsonl";
        QTest::newRow("text") << "a.txt" << bytes(text) << "txt";
        QTest::newRow("text without extension") << "README" << bytes(text) << "txt";
        QTest::newRow("zstd jsonl") << "a.jsonl.zst" << bytes(zstdOf(jsonl)) << "jsonl.zst";
        QTest::newRow("zstd named .txt") << "a.txt" << bytes(zstdOf(jsonl)) << "txt.zst";
        QTest::newRow("zstd named .jsonl") << "a.jsonl" << bytes(zstdOf(jsonl)) << "jsonl.zst";
        QTest::newRow("zstd text") << "a.txt.zst" << bytes(zstdOf(text)) << "txt.zst";
        QTest::newRow("gzip jsonl") << "a.jsonl.gz" << bytes(gz) << "jsonl.gz";
        QTest::newRow("gzip named .json") << "b.json" << bytes(gz) << "jsonl.gz";
        QTest::newRow("text named .jsonl") << "broken.jsonl" << bytes(text) << "jsonl"; // read as JSON Lines: bad lines counted
        QTest::newRow("empty") << "empty.jsonl" << QByteArray() << "empty";
        QTest::newRow("blanks only") << "blank.txt" << QByteArray(" \n\t\n") << "empty";
    }

    void byMagicThenName()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, label);
        const std::string path = dir_.filePath(QStringLiteral("case-") + QString::number(qHash(name + QString::fromLatin1(bytes.toHex())))
                                                   + QLatin1Char('-') + name).toStdString();
        writeBytes(path, bytes.toStdString());
        const FileFormatInfo info = fileFormatOf(path);
        QVERIFY2(info.problem.empty(), info.problem.c_str());
        QCOMPARE(QString::fromStdString(formatLabel(info.format)), label);
    }

    void folder()
    {
        QCOMPARE(fileFormatOf(dir_.path().toStdString()).format, FileFormat::Folder);
        QCOMPARE(formatLabel(FileFormat::Folder), std::string("folder"));
    }

    void unsupportedFormatsSaySo()
    {
        const std::string path = dir_.filePath(QStringLiteral("wiki.parquet")).toStdString();
        writeBytes(path, "PAR1\x15\x04");
        const FileFormatInfo info = fileFormatOf(path);
        QCOMPARE(info.format, FileFormat::Unsupported);
        QVERIFY2(info.problem.find(path) != std::string::npos, info.problem.c_str());
        QVERIFY2(info.problem.find("parquet") != std::string::npos, info.problem.c_str());
        QVERIFY2(info.problem.find("JSON Lines") != std::string::npos, info.problem.c_str());
    }

    void missingFileIsNamed()
    {
        const std::string path = dir_.filePath(QStringLiteral("nowhere.jsonl")).toStdString();
        const FileFormatInfo info = fileFormatOf(path);
        QCOMPARE(info.format, FileFormat::Unsupported);
        QVERIFY2(info.problem.find(path) != std::string::npos, info.problem.c_str());
    }

    void unreadableFileIsNamed()
    {
        if (geteuid() == 0)
            QSKIP("root reads files whatever their mode");
        const std::string path = dir_.filePath(QStringLiteral("locked.jsonl")).toStdString();
        writeBytes(path, "{\"text\":\"a\"}\n");
        std::filesystem::permissions(path, std::filesystem::perms::none);
        const FileFormatInfo info = fileFormatOf(path);
        std::filesystem::permissions(path, std::filesystem::perms::owner_all);
        QCOMPARE(info.format, FileFormat::Unsupported);
        QVERIFY2(info.problem.find(path) != std::string::npos, info.problem.c_str());
        QVERIFY2(info.problem.find("cannot read") != std::string::npos, info.problem.c_str());
    }
};

QTEST_GUILESS_MAIN(TestFileFormat)
#include "tst_file_format.moc"
