// The one-pass scan: its signals file matches computeSignals document by document, its summary
// adds up (histograms, rule failures, duplicates, metadata with URL hosts), positions point back to
// the source, and the signals file refuses damaged input. A stopped scan replaces nothing, writers
// of one path never share a file, and a signals file is checked against the scan that wrote it.
#include "common/error.h"
#include "corpus/corpus_scan.h"
#include "corpus/duplicate_clusters.h"
#include "corpus/jsonl_zst_writer.h"
#include "corpus/signals_file.h"
#include "corpus/line_stream.h"

#include <xxhash.h>

#include <QtTest>

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>

#include <fstream>
#include <map>
#include <random>
#include <set>

using namespace adaptlab::corpus;
using nlohmann::json;

namespace {

const char* const kWords[] = {"river", "stone", "garden", "light", "the", "and", "of", "to", "with", "morning",
                              "window", "letter", "bread", "quiet", "summer", "road", "city", "friend", "old", "table"};

std::string randomText(std::mt19937& rng, int words)
{
    std::string text;
    for (int w = 0; w < words; ++w) {
        text += (w ? " " : "");
        text += kWords[rng() % std::size(kWords)];
        if (w % 12 == 11)
            text += ".";
    }
    return text + ".";
}

// AdaptLab's temporary files (temp_file.h names) directly in `folder`.
QStringList temporaryFiles(const QString& folder)
{
    QStringList found;
    for (const QString& name : QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot))
        if (name.contains(".adaptlab-tmp-"))
            found << name;
    return found;
}

} // namespace

class TestCorpusScan : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    std::string corpus_;
    std::vector<std::string> texts_;
    int planted_exact_ = 0;
    int planted_near_ = 0;

private Q_SLOTS:
    void initTestCase()
    {
        corpus_ = dir_.filePath("corpus.jsonl").toStdString();
        std::mt19937 rng(7);
        std::ofstream out(corpus_);
        for (int i = 0; i < 300; ++i) {
            std::string text = randomText(rng, 20 + static_cast<int>(rng() % 200));
            if (i % 50 == 49) { // an exact duplicate (modulo case and spacing) of an earlier document
                text = texts_[static_cast<size_t>(i - 10)];
                for (char& c : text)
                    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
                ++planted_exact_;
            } else if (i % 50 == 24) {
                // A near duplicate of an earlier document: one word added at the end. Its 5-gram
                // shingles are the original's plus one (Jaccard >= 16/17), far above the 14 x 8
                // LSH threshold (~0.72), and unrelated documents of the fixture share far fewer.
                text = texts_[static_cast<size_t>(i - 7)] + " window";
                ++planted_near_;
            }
            texts_.push_back(text);
            const std::string host = i % 3 == 0 ? "en.wikipedia.org" : (i % 3 == 1 ? "docs.python.org" : "example.com");
            out << json{{"text", text}, {"url", "https://" + host + "/page/" + std::to_string(i)},
                        {"source", i < 200 ? "web" : "books"}}.dump()
                << "\n";
        }
        out << "{not json}\n"; // counted, not fatal
    }

    void scanWritesSignalsAndSummary()
    {
        ScanOptions options;
        options.reader.fields.metadataFields = {"url", "source"};
        options.signalsPath = dir_.filePath("corpus.signals").toStdString();
        options.threads = 2;
        int64_t lastProgress = -1;
        options.progress = [&](int64_t read, int64_t total, int64_t) {
            QVERIFY(read <= total);
            lastProgress = read;
        };
        const CorpusSummary summary = scanCorpus({corpus_}, options);
        QCOMPARE(summary.documents, int64_t(300));
        QCOMPARE(summary.problems.counts.at("invalid_json"), int64_t(1));
        QVERIFY(lastProgress > 0);
        // Exactly what the fixture planted: each copy is removed, each original kept, and no two
        // unrelated documents are taken for duplicates.
        QCOMPARE(planted_exact_, 6);
        QCOMPARE(planted_near_, 6);
        QCOMPARE(summary.exactDuplicates, int64_t(planted_exact_));
        QCOMPARE(summary.nearDuplicates, int64_t(planted_near_));
        // The duplicate counts are what deduplication removes: disjoint, and adding up.
        QCOMPARE(summary.duplicatesRemoved, summary.exactDuplicates + summary.nearDuplicates);
        QCOMPARE(summary.nearThreshold, lshThreshold(14, 8));
        QCOMPARE(summary.nearDuplicateClusters, int64_t(planted_near_)); // an original and its copy each
        QCOMPARE(summary.largestNearCluster, int64_t(2));
        QCOMPARE(summary.largestNearClusterShare, double(summary.largestNearCluster) / 300.0);

        // Every document's row equals computeSignals on its text, in input order.
        const SignalsFile signals = SignalsFile::open(options.signalsPath);
        QCOMPARE(signals.documents(), int64_t(300));
        QCOMPARE(signals.bands(), 14);
        QCOMPARE(signals.signatureHashes(), 112);
        const MinHasher hasher;
        int64_t words = 0;
        for (int64_t i = 0; i < signals.documents(); ++i) {
            const SignalRow row = signals.row(i);
            const SignalVector expected = computeSignals(texts_[static_cast<size_t>(i)]);
            for (int s = 0; s < kSignalCount; ++s)
                QCOMPARE(row.signals[static_cast<size_t>(s)], expected[static_cast<size_t>(s)]);
            QCOMPARE(row.exactHash, exactHash(texts_[static_cast<size_t>(i)]));
            const auto signature = hasher.signature(texts_[static_cast<size_t>(i)]);
            QCOMPARE(row.bandHashes, hasher.bandHashes(signature));
            QCOMPARE(row.signature, bBitSignature(signature));
            QCOMPARE(signals.signature(i), row.signature);
            QCOMPARE(row.position.line, i + 1);
            words += static_cast<int64_t>(expected[static_cast<size_t>(Signal::Words)]);
        }
        QCOMPARE(summary.words, words);

        // Histograms hold every document and match a sort of the column (the reference): min, max,
        // nearest-rank quantiles, and a value in bin k when edges[k] <= value < edges[k + 1] (the
        // first bin open below, the last open above). Rule failures match a recount.
        for (const auto& info : signalInfos()) {
            const Histogram& h = summary.histograms.at(info.key);
            QCOMPARE(h.edges.size(), h.counts.size() + 1);
            std::vector<float> sorted = signals.column(info.signal);
            std::sort(sorted.begin(), sorted.end());
            QCOMPARE(h.min, double(sorted.front()));
            QCOMPARE(h.max, double(sorted.back()));
            const double ranks[] = {0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99};
            QCOMPARE(h.quantiles.size(), std::size(ranks));
            for (size_t q = 0; q < std::size(ranks); ++q)
                QCOMPARE(h.quantiles[q], double(sorted[size_t(ranks[q] * 299 + 0.5)]));
            std::vector<int64_t> counts(h.counts.size(), 0);
            for (const float v : sorted) {
                size_t bin = 0;
                while (bin + 1 < counts.size() && double(v) >= h.edges[bin + 1])
                    ++bin;
                ++counts[bin];
            }
            QCOMPARE(h.counts, counts);
        }
        for (const auto& rule : defaultQualityRules()) {
            int64_t failing = 0;
            for (const auto& text : texts_)
                failing += passes(rule, computeSignals(text)) ? 0 : 1;
            const auto it = summary.failingByRule.find(rule.key);
            QCOMPARE(it == summary.failingByRule.end() ? int64_t(0) : it->second, failing);
        }

        // URL hosts, not URLs, are counted; other fields by value.
        const auto& hosts = summary.metadataCounts.at("url_host");
        QCOMPARE(hosts.size(), size_t(3));
        QCOMPARE(hosts.front().second, int64_t(100));
        QVERIFY(summary.metadataCounts.count("url") == 0);
        QCOMPARE(summary.metadataCounts.at("source").front(), std::make_pair(std::string("web"), int64_t(200)));

        // The JSON form round-trips, under the keys the Inspect overview reads.
        const json asJson = summary.toJson();
        for (const char* key : {"exact_duplicates", "near_duplicates", "duplicates_removed", "near_duplicate_clusters",
                                "largest_near_cluster", "largest_near_cluster_share", "near_threshold"})
            QVERIFY2(asJson.contains(key), key);
        const CorpusSummary back = CorpusSummary::fromJson(asJson);
        QCOMPARE(back.documents, summary.documents);
        QCOMPARE(back.exactDuplicates, summary.exactDuplicates);
        QCOMPARE(back.nearDuplicates, summary.nearDuplicates);
        QCOMPARE(back.duplicatesRemoved, summary.duplicatesRemoved);
        QCOMPARE(back.nearDuplicateClusters, summary.nearDuplicateClusters);
        QCOMPARE(back.largestNearCluster, summary.largestNearCluster);
        QCOMPARE(back.largestNearClusterShare, summary.largestNearClusterShare);
        QCOMPARE(back.nearThreshold, summary.nearThreshold);
        QCOMPARE(back.histograms.at("words").counts, summary.histograms.at("words").counts);
        QCOMPARE(back.metadataCounts.at("url_host"), summary.metadataCounts.at("url_host"));
        QCOMPARE(back.failingByRule, summary.failingByRule);
        QCOMPARE(back.problems.counts, summary.problems.counts);
    }

    void threadsDoNotChangeResults()
    {
        ScanOptions one, two;
        one.threads = 1;
        two.threads = 2;
        one.temporaryFolder = two.temporaryFolder = dir_.filePath("scratch").toStdString();
        const json a = scanCorpus({corpus_}, one).toJson();
        const json b = scanCorpus({corpus_}, two).toJson();
        QCOMPARE(a.dump(), b.dump());
    }

    // Past its memory budget the summary spills the histogram columns and the duplicate pairs to
    // temporary files beside the signals file: the same summary, and nothing left behind.
    void summaryBudgetDoesNotChangeResults()
    {
        ScanOptions roomy, tight;
        roomy.signalsPath = dir_.filePath("roomy.signals").toStdString();
        tight.signalsPath = dir_.filePath("tight.signals").toStdString();
        tight.summaryBudgetBytes = 4096; // 300 documents x 29 signals x 4 bytes is ~35 KB
        json a = scanCorpus({corpus_}, roomy).toJson();
        json b = scanCorpus({corpus_}, tight).toJson();
        // Each file has a fingerprint of its own; everything else is the same.
        QVERIFY(a["signals_fingerprint"] != b["signals_fingerprint"]);
        a.erase("signals_fingerprint");
        b.erase("signals_fingerprint");
        QCOMPARE(a.dump(), b.dump());
        QCOMPARE(a["exact_duplicates"].get<int64_t>(), int64_t(planted_exact_));
        QCOMPARE(a["near_duplicates"].get<int64_t>(), int64_t(planted_near_));
        QCOMPARE(temporaryFiles(dir_.path()), QStringList());
    }

    // A scan needs somewhere for its temporary signals file: never the current folder or /tmp
    // unasked. Given a folder, it leaves nothing there.
    void temporaryScanNeedsAFolder()
    {
        ScanOptions nowhere;
        QVERIFY_THROWS_EXCEPTION(adaptlab::Error, scanCorpus({corpus_}, nowhere));
        ScanOptions options;
        const QString folder = dir_.filePath("scratch-only");
        options.temporaryFolder = folder.toStdString();
        options.summaryBudgetBytes = 4096; // the histograms spill too
        QCOMPARE(scanCorpus({corpus_}, options).documents, int64_t(300));
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }

    // A scan asked to stop, while reading or while summarizing what it read, throws ScanStopped and
    // replaces nothing: the previous signals file is byte-identical and no temporary file is left.
    void stoppedScanReplacesNothing_data()
    {
        QTest::addColumn<bool>("whileReading");
        QTest::newRow("while reading") << true;
        QTest::newRow("while summarizing") << false;
    }

    void stoppedScanReplacesNothing()
    {
        QFETCH(bool, whileReading);
        const QString folder = dir_.filePath(whileReading ? "stop-reading" : "stop-summary");
        QVERIFY(QDir().mkpath(folder));
        const std::string many = (folder + "/many.jsonl").toStdString();
        {
            std::mt19937 rng(3);
            std::ofstream out(many);
            for (int i = 0; i < 5000; ++i) // more than two batches of 2048 documents
                out << json{{"text", randomText(rng, 5 + i % 20)}}.dump() << "\n";
        }
        ScanOptions options;
        options.signalsPath = (folder + "/many.signals").toStdString();
        options.summaryBudgetBytes = 4096;
        const CorpusSummary first = scanCorpus({many}, options);
        QCOMPARE(first.documents, int64_t(5000));
        QFile file(QString::fromStdString(options.signalsPath.string()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();

        // The stop request is polled right after each progress report while reading, and without
        // one between the summary's steps.
        bool justReported = false;
        int polls = 0;
        options.progress = [&](int64_t, int64_t, int64_t) { justReported = true; };
        options.stopRequested = [&] {
            ++polls;
            const bool reading = justReported;
            justReported = false;
            return reading == whileReading;
        };
        QVERIFY_THROWS_EXCEPTION(ScanStopped, scanCorpus({many}, options));
        QVERIFY(polls > 0);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll() == before);
        QCOMPARE(temporaryFiles(folder), QStringList());
        QCOMPARE(SignalsFile::open(options.signalsPath).fingerprint(), first.signalsFingerprint);
    }

    // Writers of one path each write a file of their own: the last to finish wins whole, nothing of
    // the other mixed in; a writer that does not finish leaves the path as it was.
    void writersNeverShareAFile()
    {
        const std::string path = dir_.filePath("shared.signals").toStdString();
        auto rowAt = [](int i) {
            SignalRow row;
            row.signals.fill(static_cast<float>(i));
            row.position.line = i;
            row.exactHash = static_cast<uint64_t>(i);
            row.bandHashes = {uint64_t(i), uint64_t(i) + 1};
            return row;
        };
        {
            SignalsFileWriter a(path, {"a.jsonl"}, 2), b(path, {"b.jsonl"}, 2);
            QVERIFY(a.temporaryPath() != b.temporaryPath());
            QVERIFY(a.fingerprint() != 0 && a.fingerprint() != b.fingerprint());
            for (int i = 0; i < 5; ++i) {
                a.append(rowAt(100 + i));
                if (i < 3)
                    b.append(rowAt(200 + i));
            }
            a.finish();
            b.finish();
            const SignalsFile file = SignalsFile::open(path);
            QCOMPARE(file.documents(), int64_t(3));
            QCOMPARE(file.fingerprint(), b.fingerprint());
            QCOMPARE(file.files(), std::vector<std::string>{"b.jsonl"});
            for (int i = 0; i < 3; ++i)
                QCOMPARE(file.row(i).position.line, int64_t(200 + i));
        }
        QFile existing(QString::fromStdString(path));
        QVERIFY(existing.open(QIODevice::ReadOnly));
        const QByteArray before = existing.readAll();
        existing.close();
        {
            SignalsFileWriter abandoned(path, {"c.jsonl"}, 2);
            abandoned.append(rowAt(1));
            abandoned.seal(); // even complete, it replaces nothing without finish()
            SignalsFileWriter aborted(path, {"d.jsonl"}, 2);
            aborted.append(rowAt(2));
            aborted.abort();
            QVERIFY(!QFile::exists(QString::fromStdString(aborted.temporaryPath().string())));
        }
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QVERIFY(existing.readAll() == before);
        QCOMPARE(temporaryFiles(dir_.path()), QStringList());
    }

    // What a consumer checks against the store: the row count and the fingerprint of the scan.
    void signalsMatchTheScan_data()
    {
        QTest::addColumn<int>("rowsDelta");
        QTest::addColumn<int>("fingerprintCase"); // 0 the file's, 1 another, 2 none recorded
        QTest::addColumn<bool>("matches");
        QTest::newRow("the scan's file") << 0 << 0 << true;
        QTest::newRow("fewer rows") << -1 << 0 << false;
        QTest::newRow("more rows") << 1 << 0 << false;
        QTest::newRow("another scan's fingerprint") << 0 << 1 << false;
        QTest::newRow("no fingerprint recorded") << 0 << 2 << false;
    }

    void signalsMatchTheScan()
    {
        QFETCH(int, rowsDelta);
        QFETCH(int, fingerprintCase);
        QFETCH(bool, matches);
        const SignalsFile file = SignalsFile::open(dir_.filePath("corpus.signals").toStdString());
        QCOMPARE(parseFingerprint(fingerprintText(file.fingerprint())), std::optional<uint64_t>(file.fingerprint()));
        const std::optional<uint64_t> recorded = fingerprintCase == 0 ? std::optional<uint64_t>(file.fingerprint())
            : fingerprintCase == 1                                   ? std::optional<uint64_t>(file.fingerprint() ^ 1)
                                                                     : std::nullopt;
        try {
            requireSignalsMatch(file, file.documents() + rowsDelta, recorded);
            QVERIFY(matches);
        } catch (const SignalsMismatch& mismatch) {
            QVERIFY2(!matches, mismatch.what());
            QVERIFY2(QString(mismatch.what()).contains(dir_.filePath("corpus.signals")), mismatch.what());
        }
    }

    void fingerprintsAsText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("16 hex digits") << "00ff00ff00ff00ff" << true;
        QTest::newRow("upper case") << "00FF00FF00FF00FF" << false;
        QTest::newRow("short") << "00ff" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("not hex") << "00ff00ff00ff00fg" << false;
    }

    void fingerprintsAsText()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(parseFingerprint(text.toStdString()).has_value(), valid);
    }

    // A file whose rows hold no signature (no bands either) reads back (fuzz_signals_file found the
    // reader copying from an empty vector's null data: undefined under UBSan, kept as a fuzz seed in
    // tests/fixtures/corpus/fuzz/).
    void rowsWithoutSignatures()
    {
        const QString path = dir_.filePath("plain.signals");
        {
            SignalsFileWriter writer(path.toStdString(), {"x.jsonl"}, /*bands=*/0, /*signatureHashes=*/0);
            for (int d = 0; d < 3; ++d) {
                SignalRow row;
                row.position.line = d + 1;
                row.exactHash = uint64_t(100 + d);
                writer.append(row);
            }
            writer.finish();
        }
        const auto file = SignalsFile::open(path.toStdString());
        QCOMPARE(file.documents(), int64_t(3));
        QCOMPARE(file.signatureHashes(), 0);
        const SignalRow row = file.row(2);
        QCOMPARE(row.exactHash, uint64_t(102));
        QVERIFY(row.signature.empty());
        QVERIFY(row.bandHashes.empty());
        QVERIFY(file.signature(1).empty());
    }

    void damagedSignalsFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("text") << QByteArray("this is not a signals file at all, just some text\n") << QString();
        QTest::newRow("truncated") << QByteArray("truncate-real-file") << QString();
        // A file written before signatures were kept (version 1): a clear way out.
        QTest::newRow("version 1") << QByteArray("version-1-real-file") << QStringLiteral("inspect the dataset again");
        // Headers fuzz_signals_file made (issue 7): counts no writer makes, refused before they size
        // anything. "patch:OFFSET:WIDTH:VALUE" rewrites the real file's header (little-endian).
        QTest::newRow("negative signal count") << QByteArray("patch:12:4:4294967257") << QStringLiteral("signal count");
        QTest::newRow("negative band count") << QByteArray("patch:16:4:2673475338") << QStringLiteral("band count");
        QTest::newRow("huge signature") << QByteArray("patch:20:4:4000000000") << QStringLiteral("signature length");
        QTest::newRow("row count overflowing the size check")
            << QByteArray("patch:24:8:4611686018427387904") << QStringLiteral("truncated");
        QTest::newRow("negative row count") << QByteArray("patch:24:8:18446744073709551615")
                                            << QStringLiteral("document count");
    }

    void damagedSignalsFilesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        const QString path = dir_.filePath("bad.signals");
        if (bytes == "truncate-real-file" || bytes == "version-1-real-file") {
            QFile real(dir_.filePath("corpus.signals"));
            QVERIFY(real.open(QIODevice::ReadOnly));
            const bool truncate = bytes == "truncate-real-file";
            bytes = real.readAll();
            if (truncate)
                bytes.chop(100);
            else
                bytes[8] = 1; // the u32 version after the 8-byte magic, little-endian: no signature, no fingerprint
        } else if (bytes.startsWith("patch:")) {
            const QList<QByteArray> parts = bytes.split(':');
            QFile real(dir_.filePath("corpus.signals"));
            QVERIFY(real.open(QIODevice::ReadOnly));
            bytes = real.readAll();
            const int offset = parts[1].toInt();
            const int width = parts[2].toInt();
            quint64 value = parts[3].toULongLong();
            for (int i = 0; i < width; ++i, value >>= 8)
                bytes[offset + i] = static_cast<char>(value & 0xFF);
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        try {
            SignalsFile::open(path.toStdString());
            QFAIL("a damaged signals file was opened");
        } catch (const adaptlab::Error& error) {
            QVERIFY2(QString(error.what()).contains(path), error.what());
            QVERIFY2(QString(error.what()).contains(says), error.what());
        }
    }

    // Derived datasets: every character survives the hand-written JSON escaping, the output is what
    // nlohmann::json would write, and the file appears only on finish().
    void derivedDatasetWriter()
    {
        const std::string path = dir_.filePath("derived.jsonl.zst").toStdString();
        const std::vector<std::string> texts = {"plain", "quote \" backslash \\ slash /", "tab\tnew\nline\r\x01\x1f",
                                                "Unicode: café, 漢字, emoji 🙂, \x7f", "", std::string(300000, 'x')};
        {
            JsonlZstWriter writer(path);
            for (size_t i = 0; i < texts.size(); ++i)
                writer.write(texts[i], {{"url", "https://a.example.org/\"" + std::to_string(i)},
                                        {"text", "must not replace the text"},
                                        {"url", "a duplicate key is written once"},
                                        {"bad", "not utf-8 \xff here"}});
            QVERIFY(!QFile::exists(QString::fromStdString(path)));
            writer.finish();
            QCOMPARE(writer.documents(), int64_t(texts.size()));
        }
        QVERIFY(QFile::exists(QString::fromStdString(path)));
        ReaderOptions options;
        options.fields.allOtherFieldsAsMetadata = true;
        CorpusReader reader({path}, options);
        Document doc;
        size_t n = 0;
        while (reader.next(doc)) {
            // match by line: the reader may skip the empty document, every other one must come back whole
            QCOMPARE(doc.text, texts[static_cast<size_t>(doc.position.line - 1)]);
            QCOMPARE(std::string(doc.meta("url")), "https://a.example.org/\"" + std::to_string(doc.position.line - 1));
            QCOMPARE(std::string(doc.meta("bad")), std::string("not utf-8 \xef\xbf\xbd here")); // U+FFFD
            ++n;
        }
        QCOMPARE(reader.problems().total(), int64_t(0));
        QVERIFY(n >= texts.size() - 1); // an empty text may be skipped by the reader, never garbled
        // Byte-identical to nlohmann's serialization for valid UTF-8.
        std::string line;
        LineStream stream(path);
        QVERIFY(stream.next(line));
        nlohmann::ordered_json expected;
        expected["text"] = texts[0];
        expected["url"] = "https://a.example.org/\"0";
        expected["bad"] = "not utf-8 \xef\xbf\xbd here";
        QCOMPARE(line, expected.dump());
    }

    void urlHosts_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("host");
        QTest::newRow("https") << "https://en.wikipedia.org/wiki/Tokenizer" << "en.wikipedia.org";
        QTest::newRow("http port") << "http://Example.COM:8080/x?y" << "example.com";
        QTest::newRow("no scheme") << "docs.python.org/3/library" << "docs.python.org";
        QTest::newRow("user") << "https://user:pw@host.example.org/" << "host.example.org";
        QTest::newRow("query only") << "https://a.b.c?x=1" << "a.b.c";
        QTest::newRow("not a url") << "see above" << "";
        QTest::newRow("empty") << "" << "";
    }

    void urlHosts()
    {
        QFETCH(QString, url);
        QFETCH(QString, host);
        QCOMPARE(QString::fromStdString(urlHost(url.toStdString())), host);
    }

    // What deduplication removes, from a signals file in bounded memory, matches a brute-force
    // reference (every pair of documents looked at) whatever the budget, i.e. however many passes
    // over the file it takes and however the candidate pairs are spilled.
    void duplicateClustersMatchBruteForce_data()
    {
        // Reads of the signals file: one to count, then one scatter (in memory, or spilling the
        // pairs of up to 64 passes to temporary files).
        QTest::addColumn<size_t>("budget");
        QTest::addColumn<int>("minReads");
        QTest::addColumn<int>("maxReads");
        QTest::newRow("one pass") << size_t(64 << 20) << 2 << 2;
        QTest::newRow("~20 passes, one spill") << size_t(8192) << 2 << 2;
        QTest::newRow("one pair per pass, many spills") << size_t(24) << 10 << 1000;
    }

    void duplicateClustersMatchBruteForce()
    {
        QFETCH(size_t, budget);
        QFETCH(int, minReads);
        QFETCH(int, maxReads);
        constexpr int kBands = 4, kRows = 4, kHashes = kBands * kRows, kDocs = 1500;
        constexpr double kThreshold = 0.7; // 12 of 16 equal values is 0.75, 11 is 0.69
        // Documents: new ones; exact copies (same signature and exact hash); edited copies of an
        // earlier document (1-6 of 16 values changed: some near duplicates, some not, and chains
        // of edits of edits); and documents that share one band with an earlier one and nothing
        // else (candidates that are not duplicates).
        std::mt19937_64 rng(11);
        std::vector<std::vector<uint16_t>> signatures;
        std::vector<uint64_t> exact;
        for (int d = 0; d < kDocs; ++d) {
            const uint64_t kind = d < 20 ? 0 : rng() % 10;
            const size_t source = d > 0 ? size_t(rng() % uint64_t(d)) : 0;
            std::vector<uint16_t> signature(kHashes);
            for (auto& v : signature)
                v = uint16_t(rng());
            uint64_t hash = rng();
            if (kind == 1) { // exact copy
                signature = signatures[source];
                hash = exact[source];
            } else if (kind >= 2 && kind <= 5) { // edited copy
                signature = signatures[source];
                for (uint64_t c = 1 + rng() % 6; c > 0; --c)
                    signature[size_t(rng() % kHashes)] ^= uint16_t(1 + rng() % 65535);
            } else if (kind == 6) { // one band shared
                const size_t band = size_t(rng() % kBands);
                std::copy_n(signatures[source].begin() + long(band * kRows), kRows, signature.begin() + long(band * kRows));
            }
            signatures.push_back(signature);
            exact.push_back(hash);
        }
        const QString path = dir_.filePath("clusters.signals");
        {
            SignalsFileWriter writer(path.toStdString(), {"x.jsonl"}, kBands, kHashes);
            for (int d = 0; d < kDocs; ++d) {
                SignalRow row;
                row.position.line = d + 1;
                row.exactHash = exact[size_t(d)];
                row.signature = signatures[size_t(d)];
                for (int b = 0; b < kBands; ++b)
                    row.bandHashes.push_back(XXH64(signatures[size_t(d)].data() + b * kRows, kRows * 2, 0));
                writer.append(row);
            }
            writer.finish();
        }
        auto sharesBand = [&](size_t a, size_t b) {
            for (int band = 0; band < kBands; ++band)
                if (std::equal(signatures[a].begin() + band * kRows, signatures[a].begin() + (band + 1) * kRows,
                               signatures[b].begin() + band * kRows))
                    return true;
            return false;
        };
        auto matches = [&](size_t a, size_t b) {
            size_t equal = 0;
            for (int h = 0; h < kHashes; ++h)
                equal += signatures[a][size_t(h)] == signatures[b][size_t(h)];
            return equal;
        };
        // The reference, straight from the definition (duplicate_clusters.h), in document order:
        // an exact copy is kept as the first document with its hash; any other document is
        // removed for the most similar (then first) earlier KEPT document that shares a band with
        // it, when their estimate reaches the threshold; an exact copy of a near duplicate is kept
        // as that duplicate is. The generator keeps band buckets small (checked), where every
        // candidate pair is compared.
        auto reference = [&](bool withExact, bool withNear) {
            DuplicateClusters ref;
            ref.keptAs.resize(kDocs);
            ref.removal.assign(kDocs, Removal::Kept);
            ref.similarity.assign(kDocs, 0);
            for (size_t d = 0; d < size_t(kDocs); ++d) {
                ref.keptAs[d] = uint32_t(d);
                if (withExact) {
                    const auto first = std::find(exact.begin(), exact.begin() + long(d), exact[d]);
                    if (first != exact.begin() + long(d)) {
                        ref.keptAs[d] = uint32_t(first - exact.begin());
                        ref.removal[d] = Removal::ExactCopy;
                        ++ref.exactDuplicates;
                        continue;
                    }
                }
                if (!withNear)
                    continue;
                size_t best = d, bestMatches = 0;
                for (size_t e = 0; e < d; ++e)
                    if (ref.removal[e] == Removal::Kept && sharesBand(d, e) && matches(d, e) > bestMatches) {
                        best = e;
                        bestMatches = matches(d, e);
                    }
                // b-bit estimate: the share of equal values corrected for chance, C = 2^-16.
                const double estimate = (double(bestMatches) / kHashes - 1.0 / 65536) / (1.0 - 1.0 / 65536);
                if (best != d && estimate >= kThreshold) {
                    ref.keptAs[d] = uint32_t(best);
                    ref.removal[d] = Removal::NearDuplicate;
                    ref.similarity[d] = uint16_t(std::lround(estimate * 65535));
                    ++ref.nearDuplicates;
                }
            }
            std::map<uint32_t, int64_t> clusterSizes;
            for (size_t d = 0; d < size_t(kDocs); ++d) {
                if (ref.removal[d] == Removal::NearDuplicate)
                    ++clusterSizes[ref.keptAs[d]];
                if (ref.removal[d] != Removal::ExactCopy)
                    continue;
                const uint32_t first = ref.keptAs[d];
                ref.similarity[d] = ref.removal[first] == Removal::NearDuplicate ? ref.similarity[first] : 65535;
                ref.keptAs[d] = ref.keptAs[first];
            }
            ref.nearClusters = int64_t(clusterSizes.size());
            for (const auto& [kept, size] : clusterSizes)
                ref.largestNearCluster = std::max(ref.largestNearCluster, size + 1);
            return ref;
        };
        size_t largestBucket = 0;
        {
            std::map<std::pair<int, uint64_t>, size_t> buckets;
            for (int d = 0; d < kDocs; ++d)
                for (int b = 0; b < kBands; ++b)
                    largestBucket = std::max(largestBucket, ++buckets[{b, XXH64(signatures[size_t(d)].data() + b * kRows, kRows * 2, 0)}]);
        }
        QVERIFY2(largestBucket <= 16, qPrintable(QString::number(largestBucket))); // every pair is compared

        const SignalsFile file = SignalsFile::open(path.toStdString());
        auto check = [&](const DuplicateClusters& got, const DuplicateClusters& ref) {
            QCOMPARE(got.keptAs, ref.keptAs);
            QCOMPARE(got.removal, ref.removal);
            QCOMPARE(got.similarity, ref.similarity);
            QCOMPARE(got.exactDuplicates, ref.exactDuplicates);
            QCOMPARE(got.nearDuplicates, ref.nearDuplicates);
            QCOMPARE(got.nearClusters, ref.nearClusters);
            QCOMPARE(got.largestNearCluster, ref.largestNearCluster);
        };
        DuplicateOptions options;
        options.budgetBytes = budget;
        options.threshold = kThreshold;
        const DuplicateClusters both = clusterDuplicates(file, options);
        const DuplicateClusters ref = reference(true, true);
        check(both, ref);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(ref.exactDuplicates > 100 && ref.nearDuplicates > 100); // the generator planted both
        QVERIFY2(both.passes >= minReads && both.passes <= maxReads, qPrintable(QString::number(both.passes)));
        // The spill files are gone.
        QCOMPARE(temporaryFiles(dir_.path()), QStringList());

        // One kind alone: exact copies only, or near duplicates among all documents (an exact
        // copy then is a near duplicate of similarity 1).
        options.near = false;
        check(clusterDuplicates(file, options), reference(true, false));
        if (QTest::currentTestFailed())
            return;
        options.near = true;
        options.exact = false;
        check(clusterDuplicates(file, options), reference(false, true));
    }
};

QTEST_GUILESS_MAIN(TestCorpusScan)
#include "tst_corpus_scan.moc"
