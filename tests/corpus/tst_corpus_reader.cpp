// CorpusReader and previewCorpus: every reader mode and compression, field mapping, positions that
// point back to the record, folders with a glob, every bad-input fixture (tests/fixtures/corpus/bad),
// a 200 MB single line read with constant memory, and the fatal error for a missing path. Also: the
// format told by the content when the name disagrees, paths that are not regular files, valid JSON
// with values simdjson cannot hold, records with 200k keys, files truncated while they are read,
// and the reproducers the fuzz targets found (tests/fixtures/corpus/fuzz).
#include "common/error.h"
#include "corpus/corpus_reader.h"
#include "corpus/document_lookup.h"
#include "corpus/json_syntax.h"
#include "corpus/line_stream.h"

#include <QtTest>

#include <simdjson.h>
#include <zlib.h>
#include <zstd.h>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

using namespace adaptlab::corpus;
namespace fs = std::filesystem;

namespace {

fs::path fixture(const std::string& name)
{
    const QByteArray source = qgetenv("ADAPTLAB_SOURCE_DIR");
    const fs::path root = source.isEmpty() ? fs::path(__FILE__).parent_path().parent_path().parent_path()
                                           : fs::path(source.toStdString());
    return root / "tests" / "fixtures" / "corpus" / name;
}

std::string readFile(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

std::string zstdCompress(const std::string& bytes)
{
    std::string out(ZSTD_compressBound(bytes.size()), '\0');
    out.resize(ZSTD_compress(out.data(), out.size(), bytes.data(), bytes.size(), 3));
    return out;
}

void writeFile(const fs::path& path, const std::string& bytes)
{
    std::ofstream(path, std::ios::binary) << bytes;
}

// Decompresses a whole file with the libraries directly: the reference the reader is checked against.
std::string decompressed(const fs::path& path)
{
    const std::string bytes = readFile(path);
    const std::string name = path.filename().string();
    if (name.ends_with(".zst")) {
        const unsigned long long size = ZSTD_getFrameContentSize(bytes.data(), bytes.size());
        if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN)
            return {};
        std::string out(size, '\0');
        const size_t n = ZSTD_decompress(out.data(), out.size(), bytes.data(), bytes.size());
        return ZSTD_isError(n) ? std::string() : out.substr(0, n);
    }
    if (name.ends_with(".gz")) {
        gzFile file = gzopen(path.c_str(), "rb");
        std::string out;
        char chunk[4096];
        int n = 0;
        while ((n = gzread(file, chunk, sizeof chunk)) > 0)
            out.append(chunk, static_cast<size_t>(n));
        gzclose(file);
        return out;
    }
    return bytes;
}

struct ReadResult {
    std::vector<Document> documents;
    ScanProblems problems;
    std::vector<fs::path> files;
    int64_t bytesRead = 0;
    int64_t totalBytes = 0;
};

ReadResult readAll(const std::vector<fs::path>& inputs, const ReaderOptions& options = {})
{
    CorpusReader reader(inputs, options);
    ReadResult result;
    Document document; // reused, as a scan would
    while (reader.next(document))
        result.documents.push_back(document);
    result.problems = reader.problems();
    result.files = reader.files();
    result.bytesRead = reader.bytesRead();
    result.totalBytes = reader.totalBytes();
    return result;
}

std::vector<int64_t> exampleLines(const ScanProblems& problems, const std::string& kind)
{
    std::vector<int64_t> lines;
    for (const auto& example : problems.examples)
        if (example.kind == kind)
            lines.push_back(example.line);
    return lines;
}

QStringList metadataKeys(const Document& document)
{
    QStringList keys;
    for (const auto& [key, value] : document.metadata)
        keys << QString::fromStdString(key);
    return keys;
}

QString q(std::string_view text) { return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())); }

// Peak and current resident memory of this process, in kB, from /proc/self/status.
int64_t procStatusKb(const char* field)
{
    std::ifstream status("/proc/self/status");
    std::string line;
    const std::string prefix = std::string(field) + ":";
    while (std::getline(status, line))
        if (line.rfind(prefix, 0) == 0)
            return std::atoll(line.c_str() + prefix.size());
    return -1;
}

// Resets VmHWM to the current RSS (Linux >= 4.0); false where that is not allowed.
bool resetPeakMemory()
{
    std::ofstream clear("/proc/self/clear_refs");
    clear << "5";
    clear.flush();
    return clear.good();
}

const std::string kFirstText = "Photosynthesis converts light energy into chemical energy.\nIt happens in the chloroplasts.";

} // namespace

Q_DECLARE_METATYPE(PlainTextMode)
Q_DECLARE_METATYPE(Compression)

class TestCorpusReader : public QObject {
    Q_OBJECT

private:
    QTemporaryDir tmp_;
    fs::path tmp(const std::string& name) const { return fs::path(tmp_.path().toStdString()) / name; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(tmp_.isValid());
        QVERIFY2(fs::exists(fixture("good.jsonl")), fixture("good.jsonl").c_str());
    }

    // ---- JSON Lines, every compression --------------------------------------------------------

    void jsonLinesEveryCompression_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << "good.jsonl";
        QTest::newRow("zstd") << "good.jsonl.zst";
        QTest::newRow("gzip") << "good.jsonl.gz";
    }

    void jsonLinesEveryCompression()
    {
        QFETCH(QString, name);
        ReaderOptions options;
        options.fields.metadataFields = {"url", "source", "domain", "date", "topic"};
        const fs::path path = fixture(name.toStdString());
        const ReadResult result = readAll({path}, options);

        QCOMPARE(result.problems.total(), int64_t(0));
        QVERIFY(!result.problems.partial);
        QCOMPARE(result.documents.size(), size_t(5));
        const auto& docs = result.documents;
        QCOMPARE(q(docs[0].text), q(kFirstText));
        QCOMPARE(q(docs[1].text), QString::fromUtf8("Café owners report \"record\" sales — a 12% rise."));
        QCOMPARE(q(docs[2].text), QString::fromUtf8("def sort(xs):\n\treturn sorted(xs)  # 排序")); // \u escapes
        QCOMPARE(q(docs[3].text), QString::fromUtf8("Emoji and scripts: 😀 مرحبا こんにちは."));
        QCOMPARE(q(docs[4].text), QString("Short document five."));
        const QStringList mapped{"url", "source", "domain", "date", "topic"};
        for (size_t i = 0; i < docs.size(); ++i) {
            QCOMPARE(docs[i].index, int64_t(i));
            QCOMPARE(docs[i].position.fileIndex, 0);
            QCOMPARE(metadataKeys(docs[i]), mapped); // mapping order, not record order
        }
        QCOMPARE(q(docs[2].meta("url")), QString("https://code.example.net/sort"));
        QCOMPARE(q(docs[1].meta("domain")), QString("economy"));
        QCOMPARE(q(docs[3].meta("topic")), QString("greetings"));
        // Line 4 is blank: the fourth document is on line 5.
        QCOMPARE(docs[3].position.line, int64_t(5));
        QCOMPARE(docs[4].position.line, int64_t(6));
        // Progress ends exactly at the on-disk size.
        QCOMPARE(result.totalBytes, int64_t(fs::file_size(path)));
        QCOMPARE(result.bytesRead, result.totalBytes);
    }

    // Line and byte offset point back to the record: re-read the decompressed bytes there.
    void positionsPointBackToTheRecord_data() { jsonLinesEveryCompression_data(); }

    void positionsPointBackToTheRecord()
    {
        QFETCH(QString, name);
        const fs::path path = fixture(name.toStdString());
        const std::string bytes = decompressed(path);
        QCOMPARE(q(bytes), q(readFile(fixture("good.jsonl")))); // the fixtures agree
        const ReadResult result = readAll({path});
        QCOMPARE(result.documents.size(), size_t(5));
        simdjson::dom::parser parser;
        for (const Document& doc : result.documents) {
            const auto offset = static_cast<size_t>(doc.position.byteOffset);
            QVERIFY(offset < bytes.size());
            QVERIFY(offset == 0 || bytes[offset - 1] == '\n');
            const int64_t lineOfOffset = 1 + std::count(bytes.begin(), bytes.begin() + offset, '\n');
            QCOMPARE(doc.position.line, lineOfOffset);
            const size_t end = bytes.find('\n', offset);
            const std::string record = bytes.substr(offset, end - offset);
            std::string_view text;
            QCOMPARE(parser.parse(record)["text"].get_string().get(text), simdjson::SUCCESS);
            QCOMPARE(q(text), q(doc.text));
        }
    }

    // Seeking to saved positions (the document browser's path): every format, several files, a
    // byte order mark; documents asked out of order and twice come back as the full pass read them.
    void fetchAtSavedPositions_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<PlainTextMode>("mode");
        QTest::newRow("jsonl") << QStringList{"good.jsonl"} << PlainTextMode::BlankLineBlocks;
        QTest::newRow("zstd") << QStringList{"good.jsonl.zst"} << PlainTextMode::BlankLineBlocks;
        QTest::newRow("gzip") << QStringList{"good.jsonl.gz"} << PlainTextMode::BlankLineBlocks;
        QTest::newRow("blocks") << QStringList{"docs.txt"} << PlainTextMode::BlankLineBlocks;
        QTest::newRow("lines") << QStringList{"docs.txt"} << PlainTextMode::LinePerDocument;
        QTest::newRow("whole file") << QStringList{"docs.txt"} << PlainTextMode::FilePerDocument;
        QTest::newRow("several files")
            << QStringList{"good.jsonl.gz", "bom.jsonl", "docs.txt", "good.jsonl", "bom.jsonl.zst"}
            << PlainTextMode::LinePerDocument;
    }

    void fetchAtSavedPositions()
    {
        QFETCH(QStringList, names);
        QFETCH(PlainTextMode, mode);
        const std::string bom = "\xEF\xBB\xBF{\"text\": \"first after a BOM\"}\n{\"text\": \"second\"}\n";
        writeFile(tmp("bom.jsonl"), bom);
        writeFile(tmp("bom.jsonl.zst"), zstdCompress(bom));
        std::vector<fs::path> inputs;
        for (const QString& name : names)
            inputs.push_back(name.startsWith("bom") ? tmp(name.toStdString()) : fixture(name.toStdString()));
        ReaderOptions options;
        options.plainText = mode;
        options.fields.metadataFields = {"url", "topic"};
        const std::vector<Document> all = readAll(inputs, options).documents;
        QVERIFY(all.size() >= 1);

        std::vector<DocumentRef> refs;
        for (auto it = all.rbegin(); it != all.rend(); ++it) // backwards: every seek goes back
            refs.push_back({it->index, it->position});
        refs.push_back({all.front().index, all.front().position});               // twice
        refs.push_back({all[all.size() / 2].index, all[all.size() / 2].position});
        DocumentRef gone{int64_t(all.size()) + 5, all.back().position};          // the file changed:
        gone.position.line += 1000;                                             // nothing is there
        gone.position.byteOffset += 100000;
        refs.insert(refs.begin() + 1, gone);

        const std::vector<Document> got = fetchDocumentsAt(inputs, options, refs);
        QCOMPARE(got.size(), refs.size() - 1);
        size_t g = 0;
        for (const DocumentRef& ref : refs) {
            if (ref.index == gone.index)
                continue;
            const Document& want = all[size_t(ref.index)];
            const Document& doc = got[g++];
            QCOMPARE(doc.index, want.index);
            QCOMPARE(q(doc.text), q(want.text));
            QCOMPARE(doc.metadata, want.metadata);
            QCOMPARE(doc.position.fileIndex, want.position.fileIndex);
            QCOMPARE(doc.position.line, want.position.line);
            QCOMPARE(doc.position.byteOffset, want.position.byteOffset);
        }
        // Index order reads each file once, forwards, and gives the same documents.
        std::vector<DocumentRef> forward;
        for (const Document& doc : all)
            forward.push_back({doc.index, doc.position});
        const std::vector<Document> again = fetchDocumentsAt(inputs, options, forward);
        QCOMPARE(again.size(), all.size());
        for (size_t i = 0; i < all.size(); ++i)
            QCOMPARE(q(again[i].text), q(all[i].text));
    }

    // ---- plain text ---------------------------------------------------------------------------

    void plainTextModes_data()
    {
        QTest::addColumn<PlainTextMode>("mode");
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QList<qint64>>("lines");
        const std::string whole = readFile(fixture("docs.txt"));
        QTest::newRow("file per document")
            << PlainTextMode::FilePerDocument << QStringList{q(whole.substr(0, whole.size() - 1))} << QList<qint64>{0};
        QTest::newRow("blank-line blocks")
            << PlainTextMode::BlankLineBlocks
            << QStringList{"The first block has two lines.\nThis is its second line.",
                           "Second block, one line, after two blank lines.",
                           "Third block follows a line of spaces.\nIt has\nthree lines."}
            << QList<qint64>{1, 5, 7};
        QTest::newRow("line per document")
            << PlainTextMode::LinePerDocument
            << QStringList{"The first block has two lines.", "This is its second line.",
                           "Second block, one line, after two blank lines.",
                           "Third block follows a line of spaces.", "It has", "three lines."}
            << QList<qint64>{1, 2, 5, 7, 8, 9};
    }

    void plainTextModes()
    {
        QFETCH(PlainTextMode, mode);
        QFETCH(QStringList, texts);
        QFETCH(QList<qint64>, lines);
        ReaderOptions options;
        options.plainText = mode;
        const fs::path path = fixture("docs.txt");
        const ReadResult result = readAll({path}, options);
        QCOMPARE(result.problems.total(), int64_t(0));
        QCOMPARE(result.documents.size(), size_t(texts.size()));
        const std::string bytes = readFile(path);
        for (qsizetype i = 0; i < texts.size(); ++i) {
            const Document& doc = result.documents[size_t(i)];
            QCOMPARE(q(doc.text), texts[i]);
            QCOMPARE(doc.position.line, lines[i]);
            QVERIFY(doc.metadata.empty());
            // The offset is where the document's first line starts.
            const std::string firstLine = doc.text.substr(0, doc.text.find('\n'));
            QCOMPARE(q(bytes.substr(size_t(doc.position.byteOffset), firstLine.size())), q(firstLine));
        }
    }

    // ---- field mapping ------------------------------------------------------------------------

    void namedMetadataFields()
    {
        ReaderOptions options;
        options.fields.metadataFields = {"topic", "tags", "stats", "editor", "missing", "url"};
        const ReadResult result = readAll({fixture("good.jsonl")}, options);
        QCOMPARE(result.documents.size(), size_t(5));
        const auto& docs = result.documents;
        // null counts as absent; arrays and objects named explicitly are kept as JSON text.
        QCOMPARE(metadataKeys(docs[0]), (QStringList{"topic", "tags", "url"}));
        QCOMPARE(q(docs[0].meta("tags")), QString("[\"plants\",\"energy\"]"));
        QCOMPARE(metadataKeys(docs[1]), (QStringList{"topic", "tags", "editor", "url"}));
        QCOMPARE(q(docs[1].meta("tags")), QString("[]"));
        QCOMPARE(q(docs[1].meta("editor")), QString("M. Kraus"));
        QCOMPARE(metadataKeys(docs[2]), (QStringList{"topic", "stats", "url"}));
        QCOMPARE(q(docs[2].meta("stats")), QString("{\"stars\":5}"));
        QCOMPARE(metadataKeys(docs[4]), (QStringList{"topic", "url"}));
    }

    void allOtherFieldsAsMetadata()
    {
        ReaderOptions options;
        options.fields.metadataFields = {"url"};
        options.fields.allOtherFieldsAsMetadata = true;
        const ReadResult result = readAll({fixture("good.jsonl")}, options);
        QCOMPARE(result.documents.size(), size_t(5));
        const auto& docs = result.documents;
        // Named fields first, then every other scalar in record order; null, arrays, objects skipped.
        QCOMPARE(metadataKeys(docs[0]),
                 (QStringList{"url", "source", "domain", "date", "topic", "year", "reviewed"}));
        QCOMPARE(q(docs[0].meta("year")), QString("2021"));
        QCOMPARE(q(docs[0].meta("reviewed")), QString("true"));
        QCOMPARE(q(docs[1].meta("reviewed")), QString("false"));
        QCOMPARE(q(docs[1].meta("editor")), QString("M. Kraus"));
        QVERIFY(!docs[2].meta("url").empty());
        QCOMPARE(metadataKeys(docs[2]).contains("stats"), false);
        QCOMPARE(q(docs[3].meta("score")).toDouble(), -1500.0);
        for (const auto& doc : docs)
            QCOMPARE(metadataKeys(doc).contains("text"), false);
    }

    void otherTextField()
    {
        ReaderOptions options;
        options.fields.textField = "body";
        const ReadResult result = readAll({fixture("bad/wrong_field.jsonl")}, options);
        QCOMPARE(result.documents.size(), size_t(2));
        QCOMPARE(q(result.documents[0].text), QString("no text field here"));
        QCOMPARE(result.documents[0].position.line, int64_t(2));
        QCOMPARE(q(result.documents[1].text), QString("null text"));
        QCOMPARE(result.problems.counts.at("missing_text_field"), int64_t(3));
    }

    // ---- folders --------------------------------------------------------------------------------

    void foldersRecursionAndGlob_data()
    {
        QTest::addColumn<QString>("glob");
        QTest::addColumn<bool>("recursive");
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QStringList>("texts");
        QTest::newRow("everything")
            << "*" << true << QStringList{"a/b/two.jsonl", "a/one.jsonl", "c/skip.md", "c/three.txt", "top.ndjson"}
            << QStringList{"tree two a", "tree one a", "tree one b", "# not matched by *.jsonl*", "tree three block",
                           "second tree three block", "top level ndjson"};
        QTest::newRow("*.jsonl") << "*.jsonl" << true << QStringList{"a/b/two.jsonl", "a/one.jsonl"}
                                 << QStringList{"tree two a", "tree one a", "tree one b"};
        QTest::newRow("*.txt") << "*.txt" << true << QStringList{"c/three.txt"}
                               << QStringList{"tree three block", "second tree three block"};
        QTest::newRow("[ot]*") << "[ot]*" << true
                               << QStringList{"a/b/two.jsonl", "a/one.jsonl", "c/three.txt", "top.ndjson"}
                               << QStringList{"tree two a", "tree one a", "tree one b", "tree three block",
                                              "second tree three block", "top level ndjson"};
        QTest::newRow("not recursive") << "*" << false << QStringList{"top.ndjson"} << QStringList{"top level ndjson"};
        QTest::newRow("no match") << "*.parquet" << true << QStringList{} << QStringList{};
    }

    void foldersRecursionAndGlob()
    {
        QFETCH(QString, glob);
        QFETCH(bool, recursive);
        QFETCH(QStringList, files);
        QFETCH(QStringList, texts);
        ReaderOptions options;
        options.glob = glob.toStdString();
        options.recursive = recursive;
        const fs::path root = fixture("tree");
        QStringList listed;
        for (const auto& file : expandInputs({root}, options))
            listed << QString::fromStdString(fs::relative(file, root).generic_string());
        QCOMPARE(listed, files); // sorted, hidden folder skipped
        const ReadResult result = readAll({root}, options);
        QCOMPARE(result.files.size(), size_t(files.size()));
        QStringList read;
        for (const auto& doc : result.documents) {
            read << q(doc.text);
            QCOMPARE(q(result.files.at(size_t(doc.position.fileIndex)).filename().string()),
                     files.at(doc.position.fileIndex).section('/', -1));
        }
        QCOMPARE(read, texts);
        QCOMPARE(result.problems.total(), int64_t(0));
    }

    void inputsKeepTheirOrderAndNamedFilesIgnoreTheGlob()
    {
        ReaderOptions options;
        options.glob = "*.jsonl";
        const auto files = expandInputs({fixture("docs.txt"), fixture("tree/a"), fixture("good.jsonl.gz")}, options);
        QCOMPARE(files.size(), size_t(4));
        QCOMPARE(files[0], fixture("docs.txt"));
        QCOMPARE(files[1].filename().string(), std::string("two.jsonl"));
        QCOMPARE(files[2].filename().string(), std::string("one.jsonl"));
        QCOMPARE(files[3], fixture("good.jsonl.gz"));
        const ReadResult result = readAll({fixture("docs.txt"), fixture("tree/a"), fixture("good.jsonl.gz")}, options);
        QCOMPARE(result.documents.size(), size_t(3 + 3 + 5));
        for (size_t i = 0; i < result.documents.size(); ++i)
            QCOMPARE(result.documents[i].index, int64_t(i));
        QCOMPARE(result.documents.back().position.fileIndex, 3);
    }

    // ---- bad input ------------------------------------------------------------------------------

    void badFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<qint64>("count");
        QTest::addColumn<QList<qint64>>("lines"); // of the examples; -1: the line after the last record
        QTest::addColumn<qint64>("total");        // all problems in the file
        QTest::addColumn<qint64>("documents");    // -1: some, not all (a cut stream)
        QTest::addColumn<bool>("partial");
        QTest::newRow("invalid json") << "bad/invalid_json.jsonl" << "invalid_json" << qint64(3)
                                      << QList<qint64>{2, 4, 5} << qint64(3) << qint64(3) << false;
        QTest::newRow("missing text field") << "bad/wrong_field.jsonl" << "missing_text_field" << qint64(1)
                                            << QList<qint64>{2} << qint64(3) << qint64(2) << false;
        QTest::newRow("non-string text") << "bad/wrong_field.jsonl" << "non_string_text" << qint64(2)
                                         << QList<qint64>{3, 4} << qint64(3) << qint64(2) << false;
        QTest::newRow("non-UTF-8") << "bad/non_utf8.jsonl" << "invalid_utf8" << qint64(2) << QList<qint64>{2, 4}
                                   << qint64(2) << qint64(3) << false;
        QTest::newRow("truncated zstd") << "bad/truncated.jsonl.zst" << "truncated_stream" << qint64(1)
                                        << QList<qint64>{-1} << qint64(1) << qint64(-1) << true;
        QTest::newRow("truncated gzip") << "bad/truncated.jsonl.gz" << "truncated_stream" << qint64(1)
                                        << QList<qint64>{-1} << qint64(1) << qint64(-1) << true;
        QTest::newRow("empty file") << "bad/empty.jsonl" << "empty_file" << qint64(1) << QList<qint64>{0}
                                    << qint64(1) << qint64(0) << false;
        QTest::newRow("binary file") << "bad/binary.jsonl" << "binary_file" << qint64(1) << QList<qint64>{0}
                                     << qint64(1) << qint64(0) << false;
    }

    void badFixtures()
    {
        QFETCH(QString, file);
        QFETCH(QString, kind);
        QFETCH(qint64, count);
        QFETCH(QList<qint64>, lines);
        QFETCH(qint64, total);
        QFETCH(qint64, documents);
        QFETCH(bool, partial);
        const fs::path path = fixture(file.toStdString());
        ReadResult result;
        try {
            result = readAll({path});
        } catch (const std::exception& error) {
            QFAIL(error.what());
        }
        const auto& problems = result.problems;
        QCOMPARE(problems.counts.count(kind.toStdString()) ? problems.counts.at(kind.toStdString()) : 0, count);
        QCOMPARE(problems.total(), total);
        QCOMPARE(problems.partial, partial);
        if (documents >= 0) {
            QCOMPARE(qint64(result.documents.size()), documents);
        } else {
            QVERIFY(result.documents.size() > 100);   // what came before the cut
            QVERIFY(result.documents.size() < 3000);  // not everything
        }
        QList<qint64> seen;
        for (const auto& example : problems.examples) {
            QCOMPARE(example.file, path.string());
            QVERIFY(!example.detail.empty());
            if (example.kind == kind.toStdString())
                seen << (lines.value(0) == -1 && example.line == int64_t(result.documents.size()) + 1 ? -1
                                                                                                       : example.line);
        }
        QCOMPARE(seen, lines);
        for (const auto& doc : result.documents)
            QVERIFY(doc.text.find("good") == 0 || doc.text.find_first_not_of("abcdefghijklmnopqrstuvwxyz ") == std::string::npos);
        QCOMPARE(result.bytesRead, result.totalBytes);
    }

    // A cut stream keeps every record before the cut, in order, and the reader goes on.
    void truncatedStreamKeepsRecordsAndGoesOn_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("zstd") << "bad/truncated.jsonl.zst";
        QTest::newRow("gzip") << "bad/truncated.jsonl.gz";
    }

    void truncatedStreamKeepsRecordsAndGoesOn()
    {
        QFETCH(QString, file);
        ReaderOptions options;
        options.fields.metadataFields = {"id"};
        const ReadResult result = readAll({fixture(file.toStdString()), fixture("good.jsonl")}, options);
        // Independent count: whole lines the library itself gets out of the cut file.
        const fs::path cut = fixture(file.toStdString());
        size_t wholeLines = 0;
        if (file.endsWith(".gz")) {
            const std::string bytes = decompressed(cut);
            wholeLines = size_t(std::count(bytes.begin(), bytes.end(), '\n'));
        } else {
            const std::string bytes = readFile(cut);
            ZSTD_DCtx* dctx = ZSTD_createDCtx();
            std::string out(1 << 16, '\0');
            ZSTD_inBuffer in{bytes.data(), bytes.size(), 0};
            while (in.pos < in.size) {
                ZSTD_outBuffer o{out.data(), out.size(), 0};
                if (ZSTD_isError(ZSTD_decompressStream(dctx, &o, &in)))
                    break;
                wholeLines += size_t(std::count(out.data(), out.data() + o.pos, '\n'));
            }
            ZSTD_freeDCtx(dctx);
        }
        QCOMPARE(result.documents.size(), wholeLines + 5);
        for (size_t i = 0; i < wholeLines; ++i)
            QCOMPARE(q(result.documents[i].meta("id")), QString::number(i));
        QCOMPARE(q(result.documents[wholeLines].text), q(kFirstText));
        QCOMPARE(result.documents[wholeLines].position.fileIndex, 1);
        QCOMPARE(result.documents[wholeLines].index, int64_t(wholeLines));
        QVERIFY(result.problems.partial);
        QCOMPARE(result.problems.counts.at("truncated_stream"), int64_t(1));
        QCOMPARE(result.problems.examples.at(0).line, int64_t(wholeLines + 1));
        QVERIFY(result.problems.examples.at(0).detail.find("ends early") != std::string::npos);
    }

    void wholeBadFolder()
    {
        const ReadResult result = readAll({fixture("bad")});
        QCOMPARE(result.files.size(), size_t(7));
        const std::map<std::string, int64_t> expected{{"binary_file", 1},    {"empty_file", 1},
                                                      {"invalid_json", 3},   {"invalid_utf8", 2},
                                                      {"missing_text_field", 1}, {"non_string_text", 2},
                                                      {"truncated_stream", 2}};
        QCOMPARE(result.problems.counts, expected);
        QVERIFY(result.problems.partial);
        QCOMPARE(result.bytesRead, result.totalBytes);
    }

    void blankOnlyAndByteOrderMark()
    {
        writeFile(tmp("blank.jsonl"), "\n   \n\t\n");
        writeFile(tmp("bom.jsonl"), "\xEF\xBB\xBF{\"text\":\"bom\"}\n{\"text\":\"after\"}");
        writeFile(tmp("bom.txt"), "\xEF\xBB\xBFplain\r\nsecond\r\n\r\nthird");
        const ReadResult result = readAll({tmp("blank.jsonl"), tmp("bom.jsonl"), tmp("bom.txt")});
        QCOMPARE(result.problems.total(), int64_t(1));
        QCOMPARE(result.problems.counts.at("empty_file"), int64_t(1));
        QCOMPARE(result.documents.size(), size_t(4));
        QCOMPARE(q(result.documents[0].text), QString("bom"));
        QCOMPARE(result.documents[0].position.byteOffset, int64_t(3));
        QCOMPARE(q(result.documents[1].text), QString("after")); // last line without '\n'
        QCOMPARE(result.documents[1].position.byteOffset, int64_t(18));
        QCOMPARE(q(result.documents[2].text), QString("plain\nsecond")); // "\r\n" read as "\n"
        QCOMPARE(q(result.documents[3].text), QString("third"));
        QCOMPARE(result.documents[3].position.line, int64_t(4));
    }

    // Concatenated zstd frames and gzip members (as `cat a.zst b.zst` makes) are one stream.
    void concatenatedFramesAndMembers()
    {
        const std::string a = "{\"text\":\"first part\"}\n";
        const std::string b = "{\"text\":\"second part\"}\n";
        std::string frames;
        for (const std::string* part : {&a, &b}) {
            std::string out(ZSTD_compressBound(part->size()), '\0');
            out.resize(ZSTD_compress(out.data(), out.size(), part->data(), part->size(), 3));
            frames += out;
        }
        writeFile(tmp("two.jsonl.zst"), frames);
        for (const std::string* part : {&a, &b}) {
            gzFile file = gzopen(tmp("two.jsonl.gz").c_str(), part == &a ? "wb" : "ab");
            gzwrite(file, part->data(), unsigned(part->size()));
            gzclose(file);
        }
        const ReadResult result = readAll({tmp("two.jsonl.zst"), tmp("two.jsonl.gz")});
        QCOMPARE(result.problems.total(), int64_t(0));
        QCOMPARE(result.documents.size(), size_t(4));
        QCOMPARE(q(result.documents[1].text), QString("second part"));
        QCOMPARE(result.documents[3].position.byteOffset, int64_t(a.size()));
        QCOMPARE(result.documents[3].position.line, int64_t(2));
    }

    void recordLimitIsRespected()
    {
        writeFile(tmp("limit.jsonl"), "{\"text\":\"short\"}\n{\"text\":\"" + std::string(60, 'y') + "\"}\n{\"text\":\"end\"}\n");
        writeFile(tmp("limit.txt"), "short block\n\n" + std::string(30, 'a') + "\n" + std::string(30, 'b')
                                        + "\n\n" + std::string(50, 'c') + "\n\nend block\n");
        ReaderOptions options;
        options.maxRecordBytes = 40;
        const ReadResult result = readAll({tmp("limit.jsonl"), tmp("limit.txt")}, options);
        QStringList texts;
        for (const auto& doc : result.documents)
            texts << q(doc.text);
        QCOMPARE(texts, (QStringList{"short", "end", "short block", "end block"}));
        QCOMPARE(result.problems.counts.at("line_too_long"), int64_t(3));
        // The record's line; a block's first line; the overlong line itself.
        QCOMPARE(exampleLines(result.problems, "line_too_long"), (std::vector<int64_t>{2, 3, 6}));
    }

    // One 200 MB line: skipped as line_too_long with constant memory, and what follows still arrives.
    void hugeLine_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << "huge.jsonl";
        QTest::newRow("zstd") << "huge.jsonl.zst";
    }

    void hugeLine()
    {
        QFETCH(QString, name);
        const fs::path path = tmp(name.toStdString());
        const std::string first = "{\"text\":\"before the big line\"}\n";
        const std::string after = "{\"text\":\"after the big line\"}\n{\"text\":\"last\"}\n";
        const int64_t bigBytes = 200LL << 20;
        {
            // Written in 1 MiB pieces so the test itself never holds 200 MB.
            std::ofstream out(path, std::ios::binary);
            const bool zstd = name.endsWith(".zst");
            ZSTD_CCtx* cctx = zstd ? ZSTD_createCCtx() : nullptr;
            if (cctx)
                ZSTD_CCtx_setParameter(cctx, ZSTD_c_compressionLevel, 1);
            std::string compressed(ZSTD_CStreamOutSize(), '\0');
            const auto write = [&](const std::string& piece, bool last) {
                if (!cctx) {
                    out << piece;
                    return;
                }
                ZSTD_inBuffer in{piece.data(), piece.size(), 0};
                for (;;) {
                    ZSTD_outBuffer o{compressed.data(), compressed.size(), 0};
                    const size_t left = ZSTD_compressStream2(cctx, &o, &in, last ? ZSTD_e_end : ZSTD_e_continue);
                    out.write(compressed.data(), std::streamsize(o.pos));
                    if (last ? left == 0 : in.pos == in.size)
                        break;
                }
            };
            write(first + "{\"text\":\"", false);
            const std::string piece(1 << 20, 'x');
            for (int64_t written = 0; written < bigBytes; written += int64_t(piece.size()))
                write(piece, false);
            write("\"}\n" + after, true);
            if (cctx)
                ZSTD_freeCCtx(cctx);
        }
        const bool reset = resetPeakMemory();
        const int64_t before = reset ? procStatusKb("VmRSS") : procStatusKb("VmHWM");
        ReadResult result;
        {
            CorpusReader reader({path});
            Document doc;
            while (reader.next(doc))
                result.documents.push_back(doc);
            result.problems = reader.problems();
        }
        const int64_t growthKb = procStatusKb("VmHWM") - before;
        qInfo("peak memory growth reading a 200 MB line: %lld kB (peak reset: %s)", static_cast<long long>(growthKb),
              reset ? "yes" : "no");
#if defined(__SANITIZE_ADDRESS__)
        // AddressSanitizer copies on every realloc and quarantines freed blocks: peaks say nothing.
        qInfo("built with AddressSanitizer: peak memory not checked");
#else
        QVERIFY2(growthKb < 100 * 1024, qPrintable(QString("grew by %1 kB").arg(growthKb)));
#endif
        fs::remove(path);

        QCOMPARE(result.documents.size(), size_t(3));
        QCOMPARE(q(result.documents[0].text), QString("before the big line"));
        QCOMPARE(q(result.documents[1].text), QString("after the big line"));
        QCOMPARE(result.documents[1].position.line, int64_t(3));
        const int64_t bigLine = int64_t(std::string("{\"text\":\"").size()) + bigBytes + 2;
        QCOMPARE(result.documents[1].position.byteOffset, int64_t(first.size()) + bigLine + 1);
        QCOMPARE(q(result.documents[2].text), QString("last"));
        QCOMPARE(result.documents[2].position.line, int64_t(4));
        QCOMPARE(result.problems.total(), int64_t(1));
        QCOMPARE(result.problems.counts.at("line_too_long"), int64_t(1));
        QCOMPARE(result.problems.examples.at(0).line, int64_t(2));
        QVERIFY2(result.problems.examples.at(0).detail.find(std::to_string(bigLine)) != std::string::npos,
                 result.problems.examples.at(0).detail.c_str());
    }

    // ---- unreadable paths -----------------------------------------------------------------------

    void fatalErrorNamesThePath()
    {
        const fs::path missing = tmp("no-such-folder/corpus.jsonl");
        for (int which = 0; which < 3; ++which) {
            try {
                if (which == 0)
                    CorpusReader reader({fixture("good.jsonl"), missing});
                else if (which == 1)
                    previewCorpus({missing}, {});
                else
                    expandInputs({missing}, {});
                QFAIL("a missing input was accepted");
            } catch (const adaptlab::Error& error) {
                QVERIFY2(std::string(error.what()).find(missing.string()) != std::string::npos, error.what());
            }
        }
        // A dangling link named directly is missing as well.
        fs::create_symlink(tmp("nowhere.jsonl"), tmp("dangling-direct.jsonl"));
        QVERIFY_THROWS_EXCEPTION(adaptlab::Error, CorpusReader({tmp("dangling-direct.jsonl")}));
    }

    // Inside a folder, a file that cannot be opened is counted and skipped. The tests run as root,
    // where chmod 000 does not stop a read, so a dangling symbolic link stands in for it.
    void unreadableFileInAFolder()
    {
        const fs::path folder = tmp("with-dangling");
        fs::create_directories(folder);
        writeFile(folder / "a.jsonl", "{\"text\":\"from a\"}\n");
        fs::create_symlink(folder / "gone.jsonl", folder / "b.jsonl");
        writeFile(folder / "c.jsonl", "{\"text\":\"from c\"}\n");
        const ReadResult result = readAll({folder});
        QCOMPARE(result.files.size(), size_t(3));
        QCOMPARE(result.documents.size(), size_t(2));
        QCOMPARE(q(result.documents[1].text), QString("from c"));
        QCOMPARE(result.documents[1].position.fileIndex, 2);
        QCOMPARE(result.problems.counts.at("unreadable_file"), int64_t(1));
        QCOMPARE(result.problems.examples.at(0).file, (folder / "b.jsonl").string());
        QCOMPARE(result.problems.examples.at(0).line, int64_t(0));
    }

    // ---- preview --------------------------------------------------------------------------------

    void previewShowsFirstDocumentsFieldsAndProblems()
    {
        ReaderOptions options;
        options.fields.metadataFields = {"url"};
        const CorpusPreview preview =
            previewCorpus({fixture("good.jsonl"), fixture("bad/invalid_json.jsonl")}, options, /*count=*/3);
        QCOMPARE(preview.files.size(), size_t(2));
        QCOMPARE(preview.documents.size(), size_t(3));
        for (size_t i = 0; i < 3; ++i)
            QCOMPARE(preview.documents[i].index, int64_t(i));
        QCOMPARE(q(preview.documents[0].text), q(kFirstText));
        QCOMPARE(q(preview.documents[2].meta("url")), QString("https://code.example.net/sort"));
        QStringList names;
        for (const auto& name : preview.fieldNames)
            names << q(name);
        QCOMPARE(names, (QStringList{"text", "url", "source", "domain", "date", "topic", "year", "reviewed", "editor",
                                     "tags", "stats", "score"}));
        QCOMPARE(preview.problems.counts.at("invalid_json"), int64_t(3));
        QCOMPARE(exampleLines(preview.problems, "invalid_json"), (std::vector<int64_t>{2, 4, 5}));
        QCOMPARE(preview.recordsScanned, int64_t(5 + 6));
    }

    void previewScansBoundedBytes()
    {
        // Only the first 2000 decompressed bytes of each file: the cut near the middle is not reached,
        // and no document comes from the second file (they would not be the corpus's first ones).
        const CorpusPreview preview =
            previewCorpus({fixture("bad/truncated.jsonl.gz"), fixture("good.jsonl")}, {}, /*count=*/1000,
                          /*prescanBytes=*/2000);
        QCOMPARE(preview.problems.total(), int64_t(0));
        QVERIFY(!preview.problems.partial);
        QVERIFY(!preview.documents.empty());
        QVERIFY(preview.recordsScanned < 60);
        QCOMPARE(preview.recordsScanned, int64_t(preview.documents.size() + 5));
        for (const auto& doc : preview.documents) {
            QCOMPARE(doc.position.fileIndex, 0);
            QVERIFY(doc.position.byteOffset < 2000);
        }
        // Text files: no field names; problems of a whole small folder are found.
        const CorpusPreview text = previewCorpus({fixture("docs.txt"), fixture("bad")}, {}, 2);
        QVERIFY(text.fieldNames.size() > 0); // the JSON files in bad/ have keys
        QCOMPARE(text.documents.size(), size_t(2));
        QCOMPARE(text.problems.counts.at("binary_file"), int64_t(1));
        QCOMPARE(text.problems.counts.at("empty_file"), int64_t(1));
        const CorpusPreview plain = previewCorpus({fixture("docs.txt")}, {}, 2);
        QVERIFY(plain.fieldNames.empty());
    }

    // A project store is never a corpus: skipped in a folder, refused when named (issue 7: a process
    // that has the store open drops its SQLite locks when it closes any descriptor of the file).
    void projectStoreFilesAreNeverRead()
    {
        const fs::path folder = tmp("with-store");
        fs::create_directories(folder);
        writeFile(folder / "project.adaptlab", "SQLite format 3");
        writeFile(folder / "project.adaptlab-wal", "wal");
        writeFile(folder / "notes.jsonl", "{\"text\":\"kept\"}\n");
        const auto files = expandInputs({folder}, {});
        QCOMPARE(files.size(), size_t(1));
        QCOMPARE(files.front().filename().string(), std::string("notes.jsonl"));
        for (const char* name : {"project.adaptlab", "project.adaptlab-wal"}) {
            try {
                expandInputs({folder / name}, {});
                QFAIL("a store file was accepted as a corpus");
            } catch (const adaptlab::Error& error) {
                QVERIFY2(q(error.what()).contains("it is an AdaptLab project store, not a corpus"), error.what());
            }
        }
    }

    void unusableCorpusReasons_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QString>("reason"); // empty: usable
        QTest::newRow("good") << QStringList{"good.jsonl"} << QString();
        QTest::newRow("good among bad") << QStringList{"bad/empty.jsonl", "bad/binary.jsonl", "good.jsonl"} << QString();
        QTest::newRow("broken records among good ones") << QStringList{"bad/invalid_json.jsonl"} << QString();
        QTest::newRow("empty") << QStringList{"bad/empty.jsonl"} << QStringLiteral("is empty");
        QTest::newRow("binary") << QStringList{"bad/binary.jsonl"} << QStringLiteral("binary file cannot be a corpus");
        QTest::newRow("empty and binary") << QStringList{"bad/empty.jsonl", "bad/binary.jsonl"}
                                          << QStringLiteral("none of 2 files holds text");
        QTest::newRow("only broken records") << QStringList{"tmp:only_broken.jsonl"}
                                             << QStringLiteral("all 3 records read were broken (");
        // The file's name says zstd but it holds plain text: the reason is the broken records, not
        // the (harmless) name.
        QTest::newRow("only broken records, misnamed") << QStringList{"tmp:only_broken.jsonl.zst"}
                                                       << QStringLiteral("were broken (missing_text_field");
    }

    void unusableCorpusReasons()
    {
        QFETCH(QStringList, files);
        QFETCH(QString, reason);
        writeFile(tmp("only_broken.jsonl"), "{\"body\":\"no text field here\"}\n{\"text\":42}\nnot json at all\n");
        writeFile(tmp("only_broken.jsonl.zst"), readFile(tmp("only_broken.jsonl")));
        std::vector<fs::path> inputs;
        for (const QString& file : files)
            inputs.push_back(file.startsWith("tmp:") ? tmp(file.mid(4).toStdString()) : fixture(file.toStdString()));
        const auto found = unusableCorpusReason(previewCorpus(inputs, {}));
        QCOMPARE(found.has_value(), !reason.isEmpty());
        if (found) {
            QVERIFY2(q(*found).contains(reason), found->c_str());
            if (files.size() == 1)
                QVERIFY2(q(*found).contains(q(inputs.front().string())), found->c_str()); // names the file
        }
        // A folder with no matching file.
        fs::create_directories(tmp("nothing-here"));
        ReaderOptions options;
        options.glob = "*.jsonl";
        const auto none = unusableCorpusReason(previewCorpus({tmp("nothing-here")}, options));
        QVERIFY(none.has_value());
        QVERIFY2(q(*none).contains("no file to read"), none->c_str());
    }

    // ---- the content, not the name, says how a file is compressed ------------------------------

    void compressionForContent_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Compression>("named");
        QTest::addColumn<Compression>("expected");
        const QByteArray zstd("\x28\xB5\x2F\xFD\x04", 5);
        const QByteArray gzip("\x1F\x8B\x08\x00", 4);
        const QByteArray zlib("\x78\x9C\xCB\x48", 4);
        QTest::newRow("zstd named .zst") << zstd << Compression::Zstd << Compression::Zstd;
        QTest::newRow("zstd named .gz") << zstd << Compression::Gzip << Compression::Zstd;
        QTest::newRow("zstd named plainly") << zstd << Compression::None << Compression::Zstd;
        QTest::newRow("skippable frame 0x184D2A50") << QByteArray("\x50\x2A\x4D\x18", 4) << Compression::None
                                                    << Compression::Zstd;
        QTest::newRow("skippable frame 0x184D2A5F") << QByteArray("\x5F\x2A\x4D\x18", 4) << Compression::Gzip
                                                    << Compression::Zstd;
        QTest::newRow("not a skippable frame") << QByteArray("\x60\x2A\x4D\x18", 4) << Compression::Zstd
                                               << Compression::None;
        QTest::newRow("gzip named .zst") << gzip << Compression::Zstd << Compression::Gzip;
        QTest::newRow("gzip named plainly") << gzip << Compression::None << Compression::Gzip;
        QTest::newRow("zlib named .gz") << zlib << Compression::Gzip << Compression::Gzip;
        QTest::newRow("zlib-like text named plainly") << zlib << Compression::None << Compression::None;
        QTest::newRow("JSON named .zst") << QByteArray("{\"te") << Compression::Zstd << Compression::None;
        QTest::newRow("JSON named .gz") << QByteArray("{\"te") << Compression::Gzip << Compression::None;
        QTest::newRow("cut inside the zstd magic") << QByteArray("\x28\xB5", 2) << Compression::Zstd
                                                   << Compression::Zstd;
        QTest::newRow("cut inside the gzip magic") << QByteArray("\x1F", 1) << Compression::Gzip << Compression::Gzip;
        QTest::newRow("two bytes of text named .zst") << QByteArray("ab") << Compression::Zstd << Compression::None;
        QTest::newRow("empty named .zst") << QByteArray() << Compression::Zstd << Compression::Zstd;
        QTest::newRow("empty named plainly") << QByteArray() << Compression::None << Compression::None;
    }

    void compressionForContent()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(Compression, named);
        QFETCH(Compression, expected);
        QCOMPARE(adaptlab::corpus::compressionForContent(std::string_view(bytes.constData(), size_t(bytes.size())), named),
                 expected);
    }

    // A gzip file named .zst (and every other disagreement) is read whole by its content, with a
    // format_mismatch problem naming both; before, it was "the file ends early".
    void formatByContent_data()
    {
        QTest::addColumn<QString>("content"); // a fixture, or "skippable" / "zlib" (made here)
        QTest::addColumn<QString>("name");
        QTest::addColumn<Compression>("readAs");
        QTest::addColumn<QString>("mismatch"); // empty: the name agrees
        QTest::newRow("gzip named .zst") << "good.jsonl.gz" << "g.jsonl.zst" << Compression::Gzip
                                         << "named .zst but holds gzip data: read as gzip";
        QTest::newRow("plain named .zst") << "good.jsonl" << "p.jsonl.zst" << Compression::None
                                          << "named .zst but holds no zstd data (uncompressed bytes): read as plain text";
        QTest::newRow("zstd named .gz") << "good.jsonl.zst" << "z.jsonl.gz" << Compression::Zstd
                                        << "named .gz but holds zstd data: read as zstd";
        QTest::newRow("plain named .gz") << "good.jsonl" << "p.jsonl.gz" << Compression::None
                                         << "named .gz but holds no gzip data (uncompressed bytes): read as plain text";
        QTest::newRow("zstd named .jsonl") << "good.jsonl.zst" << "z.jsonl" << Compression::Zstd
                                           << "holds zstd data but its name does not end in .zst: read as zstd";
        QTest::newRow("gzip named .jsonl") << "good.jsonl.gz" << "g.jsonl" << Compression::Gzip
                                           << "holds gzip data but its name does not end in .gz: read as gzip";
        QTest::newRow("skippable frame first, named .jsonl") << "skippable" << "s.jsonl" << Compression::Zstd
                                                             << "holds zstd data but its name does not end in .zst";
        QTest::newRow("zstd named .zstd") << "good.jsonl.zst" << "z.jsonl.zstd" << Compression::Zstd << "";
        QTest::newRow("zlib named .gz") << "zlib" << "zl.jsonl.gz" << Compression::Gzip << "";
    }

    void formatByContent()
    {
        QFETCH(QString, content);
        QFETCH(QString, name);
        QFETCH(Compression, readAs);
        QFETCH(QString, mismatch);
        const std::string good = readFile(fixture("good.jsonl"));
        std::string bytes;
        if (content == "skippable") {
            // A skippable frame (magic 0x184D2A5A, 4-byte size, payload) before the data frame.
            bytes = std::string("\x5A\x2A\x4D\x18\x03\x00\x00\x00" "abc", 11) + zstdCompress(good);
        } else if (content == "zlib") {
            uLongf size = compressBound(uLong(good.size()));
            bytes.resize(size);
            QCOMPARE(compress2(reinterpret_cast<Bytef*>(bytes.data()), &size,
                               reinterpret_cast<const Bytef*>(good.data()), uLong(good.size()), 9), Z_OK);
            bytes.resize(size);
        } else {
            bytes = readFile(fixture(content.toStdString()));
        }
        const fs::path path = tmp(name.toStdString());
        writeFile(path, bytes);

        LineStream stream(path);
        QCOMPARE(stream.compression(), readAs);
        QCOMPARE(q(stream.formatMismatch()).isEmpty(), mismatch.isEmpty());
        QVERIFY2(q(stream.formatMismatch()).contains(mismatch), stream.formatMismatch().c_str());

        const ReadResult result = readAll({path});
        QCOMPARE(result.documents.size(), size_t(5)); // nothing lost
        QCOMPARE(q(result.documents[0].text), q(kFirstText));
        QCOMPARE(q(result.documents[4].text), QString("Short document five."));
        QVERIFY(!result.problems.partial);
        QCOMPARE(result.bytesRead, result.totalBytes);
        if (mismatch.isEmpty()) {
            QCOMPARE(result.problems.total(), int64_t(0));
            return;
        }
        QCOMPARE(result.problems.counts, (std::map<std::string, int64_t>{{"format_mismatch", 1}}));
        const RecordProblem& problem = result.problems.examples.at(0);
        QCOMPARE(problem.file, path.string());
        QCOMPARE(problem.line, int64_t(0));
        QVERIFY2(q(problem.detail).contains(mismatch), problem.detail.c_str());
        QVERIFY(isWarningKind(problem.kind));
    }

    // ---- paths that are not regular files -------------------------------------------------------

    // Named explicitly, a FIFO (which blocked forever), a socket or a device is refused at once, and
    // a symbolic link loop says so instead of "no such file or folder".
    void notRegularFilesNamedExplicitly_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("reason");
        QTest::newRow("device") << "device" << "it is a device, not a regular file";
        QTest::newRow("socket") << "socket" << "it is a socket, not a regular file";
        QTest::newRow("symbolic link loop") << "loop" << "it is a loop of symbolic links";
        QTest::newRow("dangling symbolic link") << "dangling" << "which does not exist";
        QTest::newRow("FIFO") << "fifo" << "it is a FIFO (named pipe), not a regular file"; // last: main hangs here
    }

    void notRegularFilesNamedExplicitly()
    {
        QFETCH(QString, what);
        QFETCH(QString, reason);
        const fs::path folder = tmp("special-" + what.toStdString());
        fs::create_directories(folder);
        fs::path path = folder / "corpus.jsonl";
        if (what == "device") {
            path = "/dev/null";
        } else if (what == "socket") {
            const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
            QVERIFY(fd >= 0);
            sockaddr_un address{};
            address.sun_family = AF_UNIX;
            QVERIFY(path.string().size() < sizeof(address.sun_path));
            std::strcpy(address.sun_path, path.c_str());
            QCOMPARE(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)), 0);
            ::close(fd); // the socket file stays
        } else if (what == "loop") {
            fs::create_symlink(folder / "other.jsonl", path);
            fs::create_symlink(path, folder / "other.jsonl");
        } else if (what == "dangling") {
            fs::create_symlink(folder / "gone.jsonl", path);
        } else {
            QCOMPARE(::mkfifo(path.c_str(), 0600), 0);
        }
        for (int which = 0; which < 3; ++which) {
            try {
                if (which == 0)
                    CorpusReader reader({fixture("good.jsonl"), path});
                else if (which == 1)
                    previewCorpus({path}, {});
                else
                    expandInputs({path}, {});
                QFAIL("the path was accepted");
            } catch (const adaptlab::Error& error) {
                const QString message = QString::fromUtf8(error.what());
                QVERIFY2(message.contains(q(path.string())), error.what());
                QVERIFY2(message.contains(reason), error.what());
            }
        }
        if (what == "fifo" || what == "socket") {
            // LineStream itself refuses it too (a path that was a file when a folder was listed).
            QVERIFY_THROWS_EXCEPTION(adaptlab::Error, LineStream{path});
            // Inside a folder such an entry is skipped, as before.
            writeFile(folder / "a.jsonl", "{\"text\":\"from a\"}\n");
            const ReadResult result = readAll({folder});
            QCOMPARE(result.files, (std::vector<fs::path>{folder / "a.jsonl"}));
            QCOMPARE(result.documents.size(), size_t(1));
        }
    }

    // ---- valid JSON with values simdjson cannot hold ---------------------------------------------

    void jsonSyntax_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");      // empty: valid
        QTest::addColumn<QStringList>("members"); // key token = value text, for an object
        QTest::newRow("object") << QByteArray(" {\"a\":1, \"b\" : [1,{\"c\":2}] ,\"d\":\"x\\\"y\",\"e\":{}} ") << ""
                                << QStringList{R"("a"=1)", R"("b"=[1,{"c":2}])", "\"d\"=\"x\\\"y\"", R"("e"={})"};
        QTest::newRow("empty object") << QByteArray("{}") << "" << QStringList{};
        QTest::newRow("array") << QByteArray("[1,-2.5e+3,true,false,null,\"s\"]") << "" << QStringList{};
        QTest::newRow("integer beyond 64 bits") << QByteArray("123456789012345678901234567890") << "" << QStringList{};
        QTest::newRow("lone surrogate") << QByteArray(R"({"\ud800":"\udc00"})") << ""
                                        << QStringList{R"("\ud800"="\udc00")"};
        QTest::newRow("100k levels deep") << QByteArray(100000, '[') + QByteArray(100000, ']') << "" << QStringList{};
        QTest::newRow("duplicate keys") << QByteArray(R"({"a":1,"a":2})") << "" << QStringList{R"("a"=1)", R"("a"=2)"};
        QTest::newRow("comma before }") << QByteArray(R"({"a":1,})") << "at byte 8: expected a key (a string)"
                                        << QStringList{};
        QTest::newRow("no colon") << QByteArray(R"({"a" 1})") << "at byte 6: expected ':' after the key" << QStringList{};
        QTest::newRow("leading zero") << QByteArray(R"({"a":01})") << "expected ',' or '}'" << QStringList{};
        QTest::newRow("missing comma") << QByteArray("[1 2]") << "at byte 4: expected ',' or ']'" << QStringList{};
        QTest::newRow("bad escape") << QByteArray(R"(["\x"])") << "an invalid escape" << QStringList{};
        QTest::newRow("short \\u") << QByteArray(R"(["\u12"])") << "four hexadecimal digits" << QStringList{};
        QTest::newRow("raw tab in a string") << QByteArray("[\"a\tb\"]") << "a control character" << QStringList{};
        QTest::newRow("bad literal") << QByteArray("[tru]") << "expected a value" << QStringList{};
        QTest::newRow("trailing content") << QByteArray("{} x") << "at byte 4: content after the JSON value"
                                          << QStringList{};
        QTest::newRow("ends early") << QByteArray("{\"a\":[1,2") << "the JSON text ends early" << QStringList{};
        QTest::newRow("nothing") << QByteArray("  ") << "no JSON value" << QStringList{};
        QTest::newRow("lone minus") << QByteArray("[-]") << "a number needs a digit" << QStringList{};
        QTest::newRow("no fraction digit") << QByteArray("[1.]") << "a digit must follow the decimal point"
                                           << QStringList{};
        QTest::newRow("no exponent digit") << QByteArray("[1e+]") << "a digit must follow the exponent"
                                           << QStringList{};
        QTest::newRow("open string") << QByteArray("[\"abc") << "a string is not closed" << QStringList{};
        QTest::newRow("open string after a backslash") << QByteArray("[\"abc\\") << "a string is not closed"
                                                       << QStringList{};
    }

    void jsonSyntax()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        QFETCH(QStringList, members);
        JsonSyntax syntax;
        checkJsonSyntax(std::string_view(text.constData(), size_t(text.size())), syntax);
        QCOMPARE(syntax.valid, error.isEmpty());
        QVERIFY2(q(syntax.error).contains(error), syntax.error.c_str());
        if (!syntax.valid)
            return;
        QCOMPARE(syntax.object, text.trimmed().startsWith('{'));
        QStringList got;
        for (const JsonMember& member : syntax.members)
            got << q(member.key) + "=" + q(member.value);
        QCOMPARE(got, members);
        // simdjson agrees wherever it can represent the values.
        simdjson::dom::parser parser;
        const auto parsed = parser.parse(text.constData(), size_t(text.size()));
        if (parsed.error() != simdjson::NUMBER_ERROR && parsed.error() != simdjson::STRING_ERROR
            && parsed.error() != simdjson::DEPTH_ERROR)
            QCOMPARE(parsed.error(), simdjson::SUCCESS);
    }

    void minifiedJsonKeepsStrings()
    {
        QCOMPARE(q(minifiedJson(" { \"a b\" : [ 1 , \"x \\\" y\" , 1e999 ] } ")), QString("{\"a b\":[1,\"x \\\" y\",1e999]}"));
    }

    // Only the fields used decide: valid JSON is kept whatever an unmapped field holds, and a
    // problem in a used field names it.
    void validJsonKeepsRecords_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<bool>("allOther");
        QTest::addColumn<QStringList>("named");
        QTest::addColumn<QString>("text");        // empty: the record is refused
        QTest::addColumn<QStringList>("metadata"); // key=value, in order
        QTest::addColumn<QString>("kind");        // the problem recorded, empty: none
        QTest::addColumn<QString>("detail");
        QByteArray deep;
        for (int i = 0; i < 1024; ++i)
            deep += "{\"a\":";
        deep += "1" + QByteArray(1024, '}');
        const QByteArray big = "123456789012345678901234567890";
        QTest::newRow("integer beyond 64 bits, unmapped")
            << "{\"text\":\"t\",\"x\":" + big + "}" << false << QStringList{} << "t" << QStringList{} << "" << "";
        QTest::newRow("integer beyond 64 bits, all other fields")
            << "{\"text\":\"t\",\"x\":" + big + "}" << true << QStringList{} << "t" << QStringList{"x=" + big} << "" << "";
        QTest::newRow("negative integer beyond 64 bits")
            << QByteArray(R"({"text":"t","x":-98765432109876543210987})") << true << QStringList{} << "t"
            << QStringList{"x=-98765432109876543210987"} << "" << "";
        QTest::newRow("double beyond DBL_MAX") << QByteArray(R"({"text":"t","x":1e400,"y":2})") << true << QStringList{}
                                               << "t" << QStringList{"x=1e400", "y=2"} << "" << "";
        QTest::newRow("lone surrogate, unmapped") << QByteArray(R"({"text":"t","x":"\ud800"})") << false
                                                  << QStringList{} << "t" << QStringList{} << "" << "";
        QTest::newRow("lone surrogate, all other fields")
            << QByteArray(R"({"text":"t","x":"\ud800","y":"ok"})") << true << QStringList{} << "t" << QStringList{"y=ok"}
            << "skipped_field" << R"(field "x" was not kept as metadata: the string holds a \u escape)";
        QTest::newRow("lone surrogate in a key, all other fields")
            << QByteArray(R"({"text":"t","\ud800k":"v","x":1e400})") << true << QStringList{} << "t"
            << QStringList{"x=1e400"} << "skipped_field" << R"(field "\ud800k" was not kept as metadata: its name)";
        QTest::newRow("1,024 nested objects, unmapped")
            << "{\"text\":\"t\",\"x\":" + deep + "}" << false << QStringList{} << "t" << QStringList{} << "" << "";
        QTest::newRow("1,024 nested objects, all other fields") // compound values are never "other fields"
            << "{\"text\":\"t\",\"x\":" + deep + ",\"y\":true}" << true << QStringList{} << "t" << QStringList{"y=true"}
            << "" << "";
        QTest::newRow("1,024 nested objects, named") << "{\"text\":\"t\",\"x\":" + deep + "}" << false
                                                     << QStringList{"x"} << "t" << QStringList{"x=" + deep} << "" << "";
        QTest::newRow("integer beyond 64 bits, named") << "{\"id\":" + big + ",\"text\":\"t\"}" << false
                                                       << QStringList{"id"} << "t" << QStringList{"id=" + big} << ""
                                                       << "";
        QTest::newRow("array holding a huge number, named")
            << QByteArray(R"({"text":"t","tags":[1, 1e999, "a b", {"k": null}]})") << false << QStringList{"tags"} << "t"
            << QStringList{R"(tags=[1,1e999,"a b",{"k":null}])"} << "" << "";
        QTest::newRow("named and other fields around a huge number")
            << QByteArray(R"({"source":"web","text":"t","n":5,"x":1e999,"ok":false,"no":null})") << true
            << QStringList{"source"} << "t" << QStringList{"source=web", "n=5", "x=1e999", "ok=false"} << "" << "";
        QTest::newRow("escapes and a surrogate pair in the text")
            << QByteArray(R"({"text":"a\nb \u00e9 \ud83d\ude00","x":1e999})") << false << QStringList{}
            << QString::fromUtf8("a\nb \u00e9 \U0001F600") << QStringList{} << "" << "";
        QTest::newRow("escaped key names the text field") << QByteArray(R"({"te\u0078t":"hello","x":1e999})") << false
                                                          << QStringList{} << "hello" << QStringList{} << "" << "";
        QTest::newRow("the first text wins") << QByteArray(R"({"text":"one","x":1e999,"text":"two"})") << false
                                             << QStringList{} << "one" << QStringList{} << "" << "";
        QTest::newRow("lone surrogate in the text") << QByteArray(R"({"text":"bad \ud800","x":1})") << false
                                                    << QStringList{} << "" << QStringList{} << "invalid_json"
                                                    << R"(field "text": the string holds a \u escape)";
        QTest::newRow("lone surrogate in a named field")
            << QByteArray(R"({"text":"t","source":"\udc00"})") << false << QStringList{"source"} << "" << QStringList{}
            << "invalid_json" << R"(field "source": the string holds a \u escape)";
        QTest::newRow("a huge number as the text") << QByteArray(R"({"text":1e999})") << false << QStringList{} << ""
                                                   << QStringList{} << "non_string_text" << R"(field "text" is not a string)";
        QTest::newRow("broken syntax after a huge number")
            << QByteArray(R"({"text":"t","x":1e999,"y":[1 2]})") << false << QStringList{} << "" << QStringList{}
            << "invalid_json" << "expected ',' or ']'";
        QTest::newRow("a leading zero is still invalid") << QByteArray(R"({"text":"t","x":01})") << false
                                                         << QStringList{} << "" << QStringList{} << "invalid_json" << "";
        QTest::newRow("not an object") << QByteArray("[1e999]") << false << QStringList{} << "" << QStringList{}
                                       << "invalid_json" << "not a JSON object";
    }

    void validJsonKeepsRecords()
    {
        QFETCH(QByteArray, record);
        QFETCH(bool, allOther);
        QFETCH(QStringList, named);
        QFETCH(QString, text);
        QFETCH(QStringList, metadata);
        QFETCH(QString, kind);
        QFETCH(QString, detail);
        const fs::path path = tmp("valid.jsonl");
        writeFile(path, "{\"text\":\"before\"}\n" + record.toStdString() + "\n{\"text\":\"after\"}\n");
        ReaderOptions options;
        options.fields.allOtherFieldsAsMetadata = allOther;
        for (const QString& field : named)
            options.fields.metadataFields.push_back(field.toStdString());
        const ReadResult result = readAll({path}, options);
        QStringList texts;
        for (const Document& doc : result.documents)
            texts << q(doc.text);
        if (text.isEmpty()) {
            QCOMPARE(texts, (QStringList{"before", "after"}));
        } else {
            QCOMPARE(texts, (QStringList{"before", text, "after"}));
            QStringList got;
            for (const auto& [key, value] : result.documents[1].metadata)
                got << q(key) + "=" + q(value);
            QCOMPARE(got, metadata);
            QCOMPARE(result.documents[1].position.line, int64_t(2));
        }
        if (kind.isEmpty()) {
            QCOMPARE(result.problems.total(), int64_t(0));
            return;
        }
        QCOMPARE(result.problems.counts, (std::map<std::string, int64_t>{{kind.toStdString(), 1}}));
        const RecordProblem& problem = result.problems.examples.at(0);
        QCOMPARE(problem.line, int64_t(2));
        QVERIFY2(q(problem.detail).contains(detail), problem.detail.c_str());
    }

    // One record with 200k keys: every other field kept once, the first of a repeated key winning,
    // in record order (the de-duplication was quadratic: 45 s; bench_corpus_reader_keys times it).
    void recordWithManyKeys_data()
    {
        QTest::addColumn<bool>("hugeNumber"); // takes the slow path (parseValidRecord) as well
        QTest::newRow("simdjson DOM") << false;
        QTest::newRow("valid JSON beyond simdjson") << true;
    }

    void recordWithManyKeys()
    {
        QFETCH(bool, hugeNumber);
        constexpr int kKeys = 200000;
        std::string record = "{\"text\":\"many keys\",\"n\":null";
        for (int i = 0; i < kKeys; ++i)
            record += ",\"k" + std::to_string(i) + "\":\"v" + std::to_string(i) + "\"";
        record += ",\"k5\":\"repeated\",\"k150000\":\"repeated\",\"n\":\"later\"";
        if (hugeNumber)
            record += ",\"huge\":1e999";
        record += "}\n";
        writeFile(tmp("keys.jsonl"), record);
        ReaderOptions options;
        options.fields.allOtherFieldsAsMetadata = true;
        const ReadResult result = readAll({tmp("keys.jsonl")}, options);
        QCOMPARE(result.problems.total(), int64_t(0));
        QCOMPARE(result.documents.size(), size_t(1));
        const auto& metadata = result.documents[0].metadata;
        QCOMPARE(metadata.size(), size_t(kKeys + 1 + (hugeNumber ? 1 : 0)));
        for (int i : {0, 5, 16, 17, 150000, kKeys - 1}) {
            QCOMPARE(q(metadata[size_t(i)].first), QString("k%1").arg(i));
            QCOMPARE(q(metadata[size_t(i)].second), QString("v%1").arg(i));
        }
        // null counts as absent, so the later "n" is the first value of n.
        QCOMPARE(q(metadata[kKeys].first), QString("n"));
        QCOMPARE(q(metadata[kKeys].second), QString("later"));
    }

    // ---- files that change while they are read ---------------------------------------------------

    // A plain file truncated while it is read is partial with a truncated_file problem (it was read
    // as complete); so is a compressed one cut below what was already read.
    void fileTruncatedWhileRead_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<PlainTextMode>("mode");
        QTest::addColumn<qint64>("cut"); // bytes left on disk after the first document
        QTest::newRow("JSON Lines, cut below what was read") << "cut.jsonl" << PlainTextMode::LinePerDocument
                                                             << qint64(1000);
        QTest::newRow("JSON Lines, cut ahead of the reader") << "cut.jsonl" << PlainTextMode::LinePerDocument
                                                             << qint64(1536 * 1024);
        QTest::newRow("text lines") << "cut.txt" << PlainTextMode::LinePerDocument << qint64(1536 * 1024);
        QTest::newRow("text blocks") << "cut.txt" << PlainTextMode::BlankLineBlocks << qint64(1536 * 1024);
        QTest::newRow("zstd, cut below what was read") << "cut.jsonl.zst" << PlainTextMode::LinePerDocument
                                                       << qint64(1000);
    }

    void fileTruncatedWhileRead()
    {
        QFETCH(QString, name);
        QFETCH(PlainTextMode, mode);
        QFETCH(qint64, cut);
        const bool json = name.contains(".jsonl");
        // 4 MB of records that compress poorly (so the .zst is several read chunks long too).
        constexpr int kRecords = 60000;
        std::string content;
        uint64_t state = 42;
        for (int i = 0; i < kRecords; ++i) {
            std::string noise;
            for (int k = 0; k < 4; ++k) {
                state = state * 6364136223846793005ULL + 1442695040888963407ULL;
                noise += std::to_string(state >> 20);
            }
            const std::string text = "record " + std::to_string(i) + " " + noise;
            content += json ? "{\"text\":\"" + text + "\"}\n" : text + (mode == PlainTextMode::BlankLineBlocks ? "\n\n" : "\n");
        }
        const fs::path path = tmp(name.toStdString());
        writeFile(path, name.endsWith(".zst") ? zstdCompress(content) : content);
        QVERIFY(int64_t(fs::file_size(path)) > 2 * cut);

        ReaderOptions options;
        options.plainText = mode;
        CorpusReader reader({path}, options);
        std::vector<Document> documents(1);
        QVERIFY(reader.next(documents[0]));
        fs::resize_file(path, uintmax_t(cut)); // another program truncates the file under the reader
        Document document;
        while (reader.next(document))
            documents.push_back(document);

        // Every document delivered is a whole record of the file as it was, in order.
        QVERIFY(documents.size() < size_t(kRecords));
        for (size_t i = 0; i < documents.size(); ++i)
            QVERIFY2(documents[i].text.rfind("record " + std::to_string(i) + " ", 0) == 0, documents[i].text.c_str());
        const ScanProblems& problems = reader.problems();
        QVERIFY(problems.partial);
        QCOMPARE(problems.counts, (std::map<std::string, int64_t>{{"truncated_file", 1}}));
        QCOMPARE(problems.examples.at(0).file, path.string());
        QVERIFY2(problems.examples.at(0).detail.find("truncated while being read") != std::string::npos,
                 problems.examples.at(0).detail.c_str());
    }

    // The LineStream's own API throws instead, naming the file.
    void lineStreamThrowsOnATruncatedFile()
    {
        const fs::path path = tmp("shrinks.txt");
        std::string content;
        for (int i = 0; i < 200000; ++i)
            content += "line " + std::to_string(i) + "\n";
        writeFile(path, content);
        LineStream stream(path);
        std::string line;
        QVERIFY(stream.next(line));
        fs::resize_file(path, 100);
        try {
            while (stream.next(line)) {
            }
            QFAIL("the truncated file read as complete");
        } catch (const adaptlab::Error& error) {
            QVERIFY2(std::string(error.what()).find(path.string()) != std::string::npos, error.what());
            QVERIFY2(std::string(error.what()).find("truncated while being read") != std::string::npos, error.what());
        }
    }

    // ---- LineStream's view API ------------------------------------------------------------------

    void lineStreamLimitsAndOffsets()
    {
        writeFile(tmp("lines.txt"), "ab\r\ncdefgh\nij");
        LineStream stream(tmp("lines.txt"));
        stream.setMaxLineBytes(4);
        QCOMPARE(q(stream.head(100)), QString("ab\r\ncdefgh\nij"));
        std::string_view line;
        QCOMPARE(stream.read(line), LineStatus::Line);
        QCOMPARE(q(line), QString("ab"));
        QCOMPARE(stream.lineOffset(), int64_t(0));
        QCOMPARE(stream.read(line), LineStatus::TooLong);
        QCOMPARE(stream.lineNumber(), int64_t(2));
        QCOMPARE(stream.lineOffset(), int64_t(4));
        QCOMPARE(stream.lineBytes(), int64_t(6));
        QCOMPARE(stream.read(line), LineStatus::Line);
        QCOMPARE(q(line), QString("ij"));
        QCOMPARE(stream.lineOffset(), int64_t(11));
        QCOMPARE(stream.read(line), LineStatus::End);
        QCOMPARE(stream.read(line), LineStatus::End);
        QVERIFY(!stream.endedEarly());
    }
};

QTEST_GUILESS_MAIN(TestCorpusReader)
#include "tst_corpus_reader.moc"
