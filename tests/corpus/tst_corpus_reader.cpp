// CorpusReader and previewCorpus: every reader mode and compression, field mapping, positions that
// point back to the record, folders with a glob, every bad-input fixture (tests/fixtures/corpus/bad),
// a 200 MB single line read with constant memory, and the fatal error for a missing path.
#include "common/error.h"
#include "corpus/corpus_reader.h"
#include "corpus/document_lookup.h"
#include "corpus/line_stream.h"

#include <QtTest>

#include <simdjson.h>
#include <zlib.h>
#include <zstd.h>

#include <cstdlib>
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
    }

    void unusableCorpusReasons()
    {
        QFETCH(QStringList, files);
        QFETCH(QString, reason);
        writeFile(tmp("only_broken.jsonl"), "{\"body\":\"no text field here\"}\n{\"text\":42}\nnot json at all\n");
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
