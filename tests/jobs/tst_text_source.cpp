// LineStream / TextSource: every compression, and bad records counted by kind with file and line.
#include "corpus/line_stream.h"
#include "corpus/text_source.h"

#include <QtTest>

#include <zlib.h>
#include <zstd.h>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>

using namespace adaptlab::corpus;

namespace {

void writeFile(const std::string& path, const std::string& bytes)
{
    std::ofstream(path, std::ios::binary) << bytes;
}

std::string zstdCompress(const std::string& bytes)
{
    std::string out(ZSTD_compressBound(bytes.size()), '\0');
    const size_t n = ZSTD_compress(out.data(), out.size(), bytes.data(), bytes.size(), 3);
    out.resize(n);
    return out;
}

void writeGzip(const std::string& path, const std::string& bytes)
{
    gzFile f = gzopen(path.c_str(), "wb");
    gzwrite(f, bytes.data(), static_cast<unsigned>(bytes.size()));
    gzclose(f);
}

std::vector<std::string> readAll(const std::string& path, const std::string& field, ScanProblems* problems = nullptr)
{
    TextSource source(path, field);
    std::vector<std::string> texts;
    source.forEach([&](std::string_view text, int64_t) {
        texts.emplace_back(text);
        return true;
    });
    if (problems)
        *problems = source.problems();
    return texts;
}

} // namespace

class TestTextSource : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    std::string path(const char* name) const { return dir_.filePath(name).toStdString(); }
    const std::string jsonl_ = "{\"text\":\"first doc\",\"source\":\"a\"}\n\n{\"text\":\"second\\ndoc\"}\r\n{\"text\":\"third\"}";

private Q_SLOTS:
    void compressions_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << "c.jsonl";
        QTest::newRow("zstd") << "c.jsonl.zst";
        QTest::newRow("gzip") << "c.jsonl.gz";
    }

    void compressions()
    {
        QFETCH(QString, name);
        const std::string p = path(name.toUtf8().constData());
        if (name.endsWith(".zst"))
            writeFile(p, zstdCompress(jsonl_));
        else if (name.endsWith(".gz"))
            writeGzip(p, jsonl_);
        else
            writeFile(p, jsonl_);
        ScanProblems problems;
        const auto texts = readAll(p, "text", &problems);
        QCOMPARE(texts.size(), size_t(3));
        QCOMPARE(QString::fromStdString(texts[1]), QString("second\ndoc"));
        QCOMPARE(QString::fromStdString(texts[2]), QString("third"));
        QCOMPARE(problems.total(), int64_t(0));
    }

    void lineNumbersAndLongLines()
    {
        const std::string big(3 << 20, 'x'); // longer than any internal buffer
        writeFile(path("long.txt"), "a\n" + big + "\nb");
        LineStream stream(path("long.txt"));
        std::string line;
        QVERIFY(stream.next(line));
        QCOMPARE(line, std::string("a"));
        QVERIFY(stream.next(line));
        QCOMPARE(line.size(), big.size());
        QCOMPARE(stream.lineNumber(), int64_t(2));
        QVERIFY(stream.next(line));
        QCOMPARE(line, std::string("b"));
        QVERIFY(!stream.next(line));
    }

    void badRecords()
    {
        const std::string bytes = "{\"text\":\"ok\"}\n"
                                  "{\"text\":\"broken\"\n"
                                  "{\"body\":\"no text field\"}\n"
                                  "{\"text\":42}\n"
                                  "{\"text\":\"bad \xff utf8\"}\n"
                                  "[\"not an object\"]\n"
                                  "{\"text\":\"ok again\"}\n";
        writeFile(path("bad.jsonl"), bytes);
        ScanProblems problems;
        const auto texts = readAll(path("bad.jsonl"), "text", &problems);
        QCOMPARE(texts.size(), size_t(2));
        QCOMPARE(problems.counts["missing_text_field"], int64_t(1));
        QCOMPARE(problems.counts["non_string_text"], int64_t(1));
        QCOMPARE(problems.counts["invalid_utf8"], int64_t(1));
        QCOMPARE(problems.counts["invalid_json"], int64_t(2));
        QCOMPARE(problems.total(), int64_t(5));
        bool sawLine3 = false;
        for (const auto& p : problems.examples) {
            QCOMPARE(p.file, path("bad.jsonl"));
            if (p.kind == "missing_text_field") {
                QCOMPARE(p.line, int64_t(3));
                sawLine3 = true;
            }
        }
        QVERIFY(sawLine3);
    }

    void truncatedCompressedStreams_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("zstd") << "t.jsonl.zst";
        QTest::newRow("gzip") << "t.jsonl.gz";
    }

    void truncatedCompressedStreams()
    {
        QFETCH(QString, name);
        std::string many;
        for (int i = 0; i < 20000; ++i)
            many += "{\"text\":\"document number " + std::to_string(i) + " with some words\"}\n";
        const std::string p = path(name.toUtf8().constData());
        if (name.endsWith(".zst")) {
            const std::string z = zstdCompress(many);
            writeFile(p, z.substr(0, z.size() / 2));
        } else {
            writeGzip(p, many);
            std::ifstream in(p, std::ios::binary);
            const std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            writeFile(p, all.substr(0, all.size() / 2));
        }
        size_t seen = 0;
        TextSource source(p, "text");
        source.forEach([&](std::string_view, int64_t) {
            ++seen;
            return true;
        });
        QVERIFY(seen > 0);      // what came before the cut was delivered
        QVERIFY(seen < 20000);
        QCOMPARE(source.problems().counts.at("truncated_stream"), int64_t(1));
        QVERIFY(source.problems().partial);
        QCOMPARE(source.problems().examples.front().file, p);
    }

    // A plain file truncated by another program while a job reads it: partial, the file named
    // (before, a plain file read as complete and only .zst/.gz files were partial).
    void plainFileTruncatedWhileRead()
    {
        std::string many;
        for (int i = 0; i < 100000; ++i)
            many += "{\"text\":\"document number " + std::to_string(i) + " with some words\"}\n";
        const std::string p = path("shrinking.jsonl");
        writeFile(p, many);
        size_t seen = 0;
        TextSource source(p, "text");
        source.forEach([&](std::string_view text, int64_t) {
            if (seen == 0)
                std::filesystem::resize_file(p, 4096);
            if (text != "document number " + std::to_string(seen) + " with some words")
                return false;
            ++seen;
            return true;
        });
        QVERIFY(seen > 0);
        QVERIFY(seen < 100000);
        QCOMPARE(source.problems().counts, (std::map<std::string, int64_t>{{"truncated_file", 1}}));
        QVERIFY(source.problems().partial);
        QCOMPARE(source.problems().examples.front().file, p);
        QCOMPARE(source.problems().examples.front().line, int64_t(seen + 1));
    }

    // A gzip file named .zst is read whole, by its content, with a warning naming the mismatch.
    void misnamedCompression()
    {
        const std::string p = path("really-gzip.jsonl.zst");
        writeGzip(p, jsonl_);
        ScanProblems problems;
        const auto texts = readAll(p, "text", &problems);
        QCOMPARE(texts.size(), size_t(3));
        QCOMPARE(problems.counts, (std::map<std::string, int64_t>{{"format_mismatch", 1}}));
        QVERIFY(!problems.partial);
        QCOMPARE(problems.examples.front().detail, std::string("the file is named .zst but holds gzip data: read as gzip"));
    }

    void unreadablePaths()
    {
        QVERIFY_THROWS_EXCEPTION(adaptlab::Error, LineStream(path("does-not-exist.jsonl")));
        QVERIFY_THROWS_EXCEPTION(adaptlab::Error, LineStream(dir_.path().toStdString()));
        // A FIFO is refused at once (opening it waited for a writer forever).
        QCOMPARE(::mkfifo(path("fifo.jsonl").c_str(), 0600), 0);
        QVERIFY_THROWS_EXCEPTION(adaptlab::Error, LineStream(path("fifo.jsonl")));
        QVERIFY_THROWS_EXCEPTION(adaptlab::Error, TextSource(path("fifo.jsonl"), "text").forEach([](auto, auto) { return true; }));
    }

    void emptyFile()
    {
        writeFile(path("empty.jsonl"), "");
        ScanProblems problems;
        QVERIFY(readAll(path("empty.jsonl"), "text", &problems).empty());
        QCOMPARE(problems.total(), int64_t(1)); // said, not fatal: an empty file is usually a mistake
        QCOMPARE(problems.counts.at("empty_file"), int64_t(1));
    }

    void plainTextIsOneDocumentPerLine()
    {
        writeFile(path("p.txt"), "one line\n\ntwo line\n");
        const auto texts = readAll(path("p.txt"), "text");
        QCOMPARE(texts.size(), size_t(2));
        QVERIFY(textFormatFor("x.jsonl.zst") == TextFormat::JsonLines);
        QVERIFY(textFormatFor("x.ndjson.gz") == TextFormat::JsonLines);
        QVERIFY(textFormatFor("x.txt") == TextFormat::PlainLines);
    }
};

QTEST_GUILESS_MAIN(TestTextSource)
#include "tst_text_source.moc"
