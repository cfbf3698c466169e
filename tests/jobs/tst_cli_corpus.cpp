// `adaptlab-cli corpus ...` end to end, as scripts use it: the inspect and select contracts
// (--json objects, --signals-out, --weights-out), bad inputs, and derived datasets with provenance
// in a project (filter, dedup, DSIR select, sample).
#include "corpus/corpus_reader.h"
#include "corpus/dsir.h"
#include "store/project_store.h"

#include <QtTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>
#include <random>
#include <set>

using namespace adaptlab;
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

std::string sentence(std::mt19937& rng, const std::vector<std::string>& words, int n)
{
    std::string s;
    for (int i = 0; i < n; ++i)
        s += (i ? " " : "") + words[rng() % words.size()];
    s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0]))); // sentences start upper-case
    return s + ".";
}

struct Planted {
    int64_t exactDuplicates = 0;
    int64_t tooShort = 0; // documents failing gopher_min_words
};

const std::vector<std::string> kGeneral = {"the", "house", "garden", "river", "walked", "morning", "bread", "friend",
                                           "window", "quiet", "and", "of", "to", "with", "light", "children", "summer",
                                           "old", "table", "letter", "city", "road", "that", "have", "be"};
const std::vector<std::string> kDomain = {"the", "kernel", "compiler", "pointer", "memory", "thread", "process",
                                          "scheduler", "cache", "register", "and", "of", "to", "with", "stack", "heap",
                                          "interrupt", "syscall", "buffer", "socket", "that", "have", "be"};

// Documents of ~80-200 words that pass the Gopher rules, with a few planted failures and duplicates.
Planted writeCorpus(const std::string& path, const std::vector<std::string>& words, int documents, uint32_t seed,
                    const std::string& source, std::ios::openmode mode = std::ios::trunc)
{
    std::mt19937 rng(seed);
    std::ofstream out(path, std::ios::out | mode);
    std::vector<std::string> texts;
    Planted planted;
    for (int d = 0; d < documents; ++d) {
        std::string text;
        if (d % 40 == 39) {
            text = texts[static_cast<size_t>(d - 7)]; // exact duplicate
            ++planted.exactDuplicates;
            planted.tooShort += text == "Too short to keep." ? 1 : 0;
        } else if (d % 25 == 24) {
            text = "Too short to keep."; // fails gopher_min_words
            ++planted.tooShort;
        } else {
            for (int s = 0; s < 8 + static_cast<int>(rng() % 10); ++s)
                text += sentence(rng, words, 8 + static_cast<int>(rng() % 10)) + (s % 3 == 2 ? "\n" : " ");
        }
        texts.push_back(text);
        out << json{{"text", text}, {"url", "https://site" + std::to_string(d % 4) + ".example.org/p/" + std::to_string(d)},
                    {"source", source}}.dump()
            << "\n";
    }
    return planted;
}

// 80 documents of 15 sentences, then 20 near copies of the first (one word replaced: word 5-gram
// Jaccard ~0.93 with it), then 5 exact copies of the first near copy: one near cluster of about a
// fifth of the corpus, and exact copies of a near duplicate.
struct NearCorpus {
    int documents = 105;
    int nearCopies = 20;
    int exactCopies = 5;
};

NearCorpus writeNearCorpus(const std::string& path)
{
    std::mt19937 rng(21);
    std::ofstream out(path);
    std::vector<std::string> texts;
    for (int d = 0; d < 80; ++d) {
        std::string text;
        for (int s = 0; s < 15; ++s)
            text += sentence(rng, kGeneral, 10) + " ";
        texts.push_back(text);
    }
    for (int c = 0; c < 20; ++c) {
        std::string text = texts[0];
        size_t at = 0; // the word after the (30 + 5c)-th space
        for (int spaces = 0; spaces < 30 + 5 * c; ++spaces)
            at = text.find(' ', at) + 1;
        const size_t end = text.find_first_of(" .", at);
        text.replace(at, end - at, "changed" + std::to_string(c));
        texts.push_back(text);
    }
    for (int e = 0; e < 5; ++e)
        texts.push_back(texts[80]);
    for (const auto& text : texts)
        out << json{{"text", text}}.dump() << "\n";
    return {};
}

std::vector<std::string> readDerived(const std::filesystem::path& path)
{
    corpus::CorpusReader reader({path});
    std::vector<std::string> texts;
    corpus::Document doc;
    while (reader.next(doc))
        texts.push_back(doc.text);
    return texts;
}

} // namespace

class TestCliCorpus : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    QString general_, domain_, mixed_, project_;
    Planted planted_;

private Q_SLOTS:
    void initTestCase()
    {
        general_ = dir_.filePath("general.jsonl");
        domain_ = dir_.filePath("domain.jsonl");
        planted_ = writeCorpus(general_.toStdString(), kGeneral, 400, 1, "general");
        writeCorpus(domain_.toStdString(), kDomain, 120, 2, "domain");
        // A raw pool for DSIR: general text with some domain text mixed in (other seeds than the target).
        mixed_ = dir_.filePath("mixed.jsonl");
        writeCorpus(mixed_.toStdString(), kGeneral, 300, 3, "general");
        writeCorpus(mixed_.toStdString(), kDomain, 100, 4, "domain", std::ios::app);
        project_ = dir_.filePath("project");
        QCOMPARE(cli({"project", "init", project_}).exitCode, 0);
        QCOMPARE(cli({"dataset", "add", project_, "general", general_}).exitCode, 0);
        QCOMPARE(cli({"dataset", "add", project_, "domain", domain_}).exitCode, 0);
        QCOMPARE(cli({"dataset", "add", project_, "mixed", mixed_}).exitCode, 0);
    }

    void inspectContract()
    {
        const QString rows = dir_.filePath("signals.jsonl");
        const auto r = cli({"corpus", "inspect", general_, "--meta-field", "url", "--meta-field", "source",
                            "--signals-out", rows, "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const json o = r.object();
        QCOMPARE(o["documents"].get<int64_t>(), int64_t(400));
        QVERIFY(o["bytes"].get<int64_t>() > 0);
        QVERIFY(o["errors"].is_array());
        QVERIFY(o["error_counts"].is_object());
        QVERIFY(o["signals"].contains("words"));
        QVERIFY(o["signals"]["words"].contains("quantiles"));
        QVERIFY(o["exact_duplicates"].get<int64_t>() >= planted_.exactDuplicates);
        QCOMPARE(o["metadata"]["url_host"].size(), size_t(4));
        QCOMPARE(o["failing_by_rule"]["gopher_min_words"].get<int64_t>(), planted_.tooShort);
        std::ifstream in(rows.toStdString());
        std::string line;
        int64_t count = 0;
        while (std::getline(in, line)) {
            const json row = json::parse(line);
            QCOMPARE(row["doc"].get<int64_t>(), count);
            QCOMPARE(row["line"].get<int64_t>(), count + 1);
            QVERIFY(row.contains("byte_offset") && row.contains("file") && row.contains("gopher_dup_line_frac"));
            ++count;
        }
        QCOMPARE(count, int64_t(400));
    }

    void inspectBadInputs()
    {
        const QString bad = QString(ADAPTLAB_SOURCE_DIR) + "/tests/fixtures/corpus/bad";
        const auto r = cli({"corpus", "inspect", bad, "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const json o = r.object();
        QVERIFY(o["error_count"].get<int64_t>() > 0);
        QVERIFY(o["partial"].get<bool>()); // the truncated streams
        for (const auto& e : o["errors"]) {
            QVERIFY(e.contains("kind") && e.contains("file") && e.contains("line"));
            QVERIFY(!e["file"].get<std::string>().empty());
        }
        const auto missing = cli({"corpus", "inspect", dir_.filePath("no-such-dir"), "--json"});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("no-such-dir"), missing.err.constData());
    }

    void selectContractMatchesReference()
    {
        const QString weights = dir_.filePath("weights.txt");
        const QString out = dir_.filePath("selected.jsonl.zst");
        const auto r = cli({"corpus", "select", "--target", domain_, "--raw", mixed_, "-k", "50", "--seed", "3",
                            "--no-noise", "--chunk-words", "0", "--out", out, "--weights-out", weights, "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const json o = r.object();
        QVERIFY(o.contains("kl_reduction"));
        QVERIFY(o["kl_reduction"].get<double>() > 0.0);
        // the selection is mostly the pool's domain documents
        corpus::ReaderOptions withSource;
        withSource.fields.metadataFields = {"source"};
        corpus::CorpusReader selected({out.toStdString()}, withSource);
        int domain = 0, total = 0;
        for (corpus::Document doc; selected.next(doc); ++total)
            domain += doc.meta("source") == "domain" ? 1 : 0;
        QCOMPARE(total, 50);
        QVERIFY2(domain >= 45, qPrintable(QString("%1 of 50 selected are domain documents").arg(domain)));
        std::vector<double> ours;
        std::ifstream in(weights.toStdString());
        for (double w; in >> w;)
            ours.push_back(w);
        QCOMPARE(ours.size(), size_t(400));
        // The independent standard-library reference computes the same weights.
        QProcess python;
        python.start(PYTHON3_EXECUTABLE, {DSIR_REFERENCE_SCRIPT, "--target", domain_, "--raw", mixed_,
                                          "--buckets", QString::number(corpus::kDsirDefaultBuckets),
                                          "--chunk-words", "0", "-k", "50"});
        QVERIFY(python.waitForFinished(120000));
        QCOMPARE(python.exitCode(), 0);
        const json reference = json::parse(python.readAllStandardOutput().toStdString());
        const auto expected = reference["log_weights"].get<std::vector<double>>();
        QCOMPARE(expected.size(), ours.size());
        for (size_t i = 0; i < ours.size(); ++i)
            QVERIFY2(std::abs(ours[i] - expected[i]) <= 1e-6 * std::max(1.0, std::abs(expected[i])),
                     qPrintable(QString("doc %1: %2 vs %3").arg(i).arg(ours[i]).arg(expected[i])));
        QVERIFY(std::abs(o["kl_target_raw"].get<double>() - reference["kl_target_raw"].get<double>()) < 1e-6);
        // The same documents were selected and written: the selection's distribution agrees too.
        QVERIFY2(std::abs(o["kl_target_selected"].get<double>() - reference["kl_target_selected"].get<double>()) < 1e-6,
                 qPrintable(QString("%1 vs %2").arg(o["kl_target_selected"].get<double>())
                                .arg(reference["kl_target_selected"].get<double>())));
    }

    void projectDerivedDatasets()
    {
        // inspect stores the summary and the signals file beside the dataset
        auto r = cli({"corpus", "inspect", "--project", project_, "--dataset", "general", "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        auto store = store::ProjectStore::open(project_.toStdString());
        const auto general = store.datasetByName("general");
        QCOMPARE(general->documents, int64_t(400));
        const auto summary = store.datasetSummary(general->id);
        QVERIFY(summary.has_value());
        QVERIFY(std::filesystem::exists(store.absolutePath(summary->signalsPath)));
        QCOMPARE(json::parse(summary->summaryJson)["documents"].get<int64_t>(), int64_t(400));

        // filter: documents failing gopher_min_words are gone, the report says how many each rule removed
        r = cli({"corpus", "filter", "--project", project_, "--dataset", "general", "--output", "general-clean",
                 "--disable", "c4_min_sentences", "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        json o = r.object();
        store = store::ProjectStore::open(project_.toStdString());
        auto clean = store.datasetByName("general-clean");
        QVERIFY(clean.has_value());
        QCOMPARE(clean->parentDatasetId.value(), general->id);
        const json provenance = json::parse(clean->provenanceJson);
        QCOMPARE(provenance["operation"].get<std::string>(), std::string("filter"));
        QCOMPARE(provenance["source"].get<std::string>(), std::string("general"));
        QVERIFY(provenance["rules"].is_array());
        const auto kept = readDerived(store.absolutePath(clean->path));
        QCOMPARE(static_cast<int64_t>(kept.size()), o["kept"]["documents"].get<int64_t>());
        for (const auto& text : kept)
            QVERIFY(text != "Too short to keep.");
        bool sawMinWords = false;
        for (const auto& rule : o["rules"]) {
            QVERIFY(rule["removed_in_sequence"]["documents"].get<int64_t>() <= rule["removed_alone"]["documents"].get<int64_t>());
            if (rule["key"] == "gopher_min_words") {
                QCOMPARE(rule["removed_alone"]["documents"].get<int64_t>(), planted_.tooShort);
                sawMinWords = true;
            }
        }
        QVERIFY(sawMinWords);

        // dedup: the planted exact duplicates are removed
        r = cli({"corpus", "dedup", "--project", project_, "--dataset", "general", "--output", "general-dedup",
                 "--mode", "exact", "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        o = r.object();
        QVERIFY(o["removed_exact"].get<int64_t>() >= planted_.exactDuplicates);
        store = store::ProjectStore::open(project_.toStdString());
        const auto dedup = store.datasetByName("general-dedup");
        QCOMPARE(dedup->documents, int64_t(400) - o["removed_exact"].get<int64_t>());
        const auto texts = readDerived(store.absolutePath(dedup->path));
        QCOMPARE(std::set<std::string>(texts.begin(), texts.end()).size(), texts.size());

        // DSIR select between two project datasets, and a seeded sample
        r = cli({"corpus", "select", "--project", project_, "--dataset", "mixed", "--target", "domain", "-k", "30",
                 "--seed", "1", "--output", "general-like-domain", "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.object()["kl_reduction"].get<double>() > 0);
        r = cli({"corpus", "sample", "--project", project_, "--dataset", "general", "-n", "25", "--seed", "9",
                 "--output", "general-sample", "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        store = store::ProjectStore::open(project_.toStdString());
        QCOMPARE(store.datasetByName("general-sample")->documents, int64_t(25));
        QCOMPARE(json::parse(store.datasetByName("general-like-domain")->provenanceJson)["target"].get<std::string>(),
                 std::string("domain"));

        // an output name that exists is refused with the field named, before a run exists
        const size_t runsBefore = store.runs().size();
        r = cli({"corpus", "sample", "--project", project_, "--dataset", "general", "-n", "5", "--output",
                 "general-sample", "--json"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("params.output: a dataset named \"general-sample\" already exists"), r.err.constData());
        QCOMPARE(store::ProjectStore::open(project_.toStdString()).runs().size(), runsBefore);
    }

    // The paths typed on a `corpus` command line are the user's own: they may lie outside the
    // project (a spec file run by `run` may not write there; tst_bad_specs).
    void commandLinePathsMayLeaveTheProject()
    {
        const QString out = dir_.filePath("beside-the-project.jsonl.zst");
        const QString rows = dir_.filePath("beside-the-project-rows.jsonl");
        auto r = cli({"corpus", "sample", "--project", project_, "--dataset", "general", "-n", "5", "--out", out, "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(readDerived(out.toStdString()).size(), size_t(5));
        r = cli({"corpus", "inspect", "--project", project_, "--dataset", "domain", "--signals-out", rows, "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFileInfo(rows).size() > 0);
        // ... but a derived dataset never replaces a file, wherever it is
        r = cli({"corpus", "sample", "--project", project_, "--dataset", "general", "-n", "5", "--out", out, "--json"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("params.out") && r.err.contains("already exists"), r.err.constData());
    }

    // Near-dedup as the CLI reports it: exact copies first, then near duplicates verified against
    // kept documents, counted disjointly (the scan's counts are the same), the largest cluster and
    // a warning when it holds more than 5% of the corpus, and the threshold as given.
    void nearDedupCounts()
    {
        const QString corpus = dir_.filePath("near.jsonl");
        const NearCorpus planted = writeNearCorpus(corpus.toStdString());
        const QString out = dir_.filePath("near-dedup.jsonl.zst");
        auto r = cli({"corpus", "dedup", corpus, "--out", out, "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const json dedup = r.object();
        const int64_t documents = planted.documents;
        QCOMPARE(dedup["documents"].get<int64_t>(), documents);
        QCOMPARE(dedup["removed_exact"].get<int64_t>(), int64_t(planted.exactCopies));
        const int64_t near = dedup["removed_near"].get<int64_t>();
        QCOMPARE(near, int64_t(planted.nearCopies));
        QCOMPARE(dedup["duplicates_removed"].get<int64_t>(), planted.exactCopies + near);
        QCOMPARE(dedup["kept"].get<int64_t>(), documents - planted.exactCopies - near);
        QCOMPARE(static_cast<int64_t>(readDerived(out.toStdString()).size()), dedup["kept"].get<int64_t>());
        QCOMPARE(dedup["near_clusters"].get<int64_t>(), int64_t(1));
        QCOMPARE(dedup["largest_cluster"].get<int64_t>(), near + 1);
        QCOMPARE(dedup["largest_cluster_share"].get<double>(), double(near + 1) / double(documents));
        QCOMPARE(dedup["threshold"].get<double>(), std::pow(1.0 / 14, 1.0 / 8)); // the 14 x 8 S-curve's (1/b)^(1/r)
        QVERIFY2(dedup.contains("warning") &&
                     dedup["warning"].get<std::string>().find("largest near-duplicate cluster") != std::string::npos,
                 dedup.dump().c_str());

        // The scan counts what dedup removes, under the summary's keys.
        r = cli({"corpus", "inspect", corpus, "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const json summary = r.object();
        QCOMPARE(summary["exact_duplicates"].get<int64_t>(), int64_t(planted.exactCopies));
        QCOMPARE(summary["near_duplicates"].get<int64_t>(), near);
        QCOMPARE(summary["duplicates_removed"].get<int64_t>(), dedup["duplicates_removed"].get<int64_t>());
        QCOMPARE(summary["near_duplicate_clusters"].get<int64_t>(), int64_t(1));
        QCOMPARE(summary["largest_near_cluster"].get<int64_t>(), near + 1);
        QCOMPARE(summary["largest_near_cluster_share"].get<double>(), double(near + 1) / double(documents));

        // Without --json the warning is a log event as it happens. (An existing --out is refused.)
        QVERIFY(QFile::remove(out));
        r = cli({"corpus", "dedup", corpus, "--out", out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        bool warned = false;
        for (const QByteArray& line : r.out.split('\n')) {
            const json event = json::parse(line.toStdString(), nullptr, false);
            warned = warned || (event.is_object() && event.value("event", "") == "log" && event.value("level", "") == "warning" &&
                                event.value("message", "").find("largest near-duplicate cluster") != std::string::npos);
        }
        QVERIFY2(warned, r.out.constData());

        // --threshold: at 1 only documents with equal signatures are near duplicates (none here).
        QVERIFY(QFile::remove(out));
        r = cli({"corpus", "dedup", corpus, "--out", out, "--threshold", "1", "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const json strict = r.object();
        QCOMPARE(strict["threshold"].get<double>(), 1.0);
        QCOMPARE(strict["removed_exact"].get<int64_t>(), int64_t(planted.exactCopies));
        QCOMPARE(strict["removed_near"].get<int64_t>(), int64_t(0));
        QVERIFY(!strict.contains("warning"));
        r = cli({"corpus", "inspect", corpus, "--threshold", "1", "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.object()["near_threshold"].get<double>(), 1.0);
        QCOMPARE(r.object()["near_duplicates"].get<int64_t>(), int64_t(0));
    }

    // A dataset scanned by an older AdaptLab (a version-1 signals file): dedup hashes the corpus
    // again rather than failing, and says so; inspecting the dataset again makes a readable file.
    void olderSignalsFileIsNotReused()
    {
        const QString corpus = dir_.filePath("near-old.jsonl");
        const NearCorpus planted = writeNearCorpus(corpus.toStdString());
        QCOMPARE(cli({"dataset", "add", project_, "near-old", corpus}).exitCode, 0);
        auto r = cli({"corpus", "inspect", "--project", project_, "--dataset", "near-old", "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString signalsPath = QDir(project_).filePath(QString::fromStdString(r.object()["signals_file"].get<std::string>()));
        {
            QFile file(signalsPath);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(8)); // the u32 version after the 8-byte magic
            QCOMPARE(file.write(QByteArray("\x01\x00\x00\x00", 4)), qint64(4));
        }
        r = cli({"corpus", "dedup", "--project", project_, "--dataset", "near-old", "--output", "near-old-dedup"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("older AdaptLab") && r.out.contains("hashing the corpus again"), r.out.constData());
        auto store = store::ProjectStore::open(project_.toStdString());
        const auto deduped = store.datasetByName("near-old-dedup");
        QVERIFY(deduped.has_value());
        QVERIFY(deduped->documents < planted.documents - planted.exactCopies);
    }

    void refusedCommandLines_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no inputs") << QStringList{"corpus", "inspect", "--json"} << 2;
        QTest::newRow("select without k") << QStringList{"corpus", "select", "--target", "a", "--raw", "b", "--out", "o"} << 2;
        QTest::newRow("bad integer") << QStringList{"corpus", "sample", "x.jsonl", "-n", "many", "--out", "o"} << 2;
        QTest::newRow("unknown option") << QStringList{"corpus", "inspect", "x.jsonl", "--colour"} << 2;
        QTest::newRow("unknown rule") << QStringList{"corpus", "filter", "x.jsonl", "--rule", "nope=1", "--out", "o"} << 2;
        QTest::newRow("unknown command") << QStringList{"corpus", "polish"} << 2;
        QTest::newRow("threshold not a number") << QStringList{"corpus", "dedup", "x.jsonl", "--threshold", "high", "--out", "o"} << 2;
        QTest::newRow("threshold 0") << QStringList{"corpus", "dedup", "x.jsonl", "--threshold", "0", "--out", "o"} << 2;
        QTest::newRow("threshold above 1") << QStringList{"corpus", "inspect", "x.jsonl", "--threshold", "1.5"} << 2;
    }

    void refusedCommandLines()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const auto r = cli(args);
        QCOMPARE(r.exitCode, exitCode);
        if (args.contains("--threshold")) // said on stderr, or as the error event
            QVERIFY2((r.err + r.out).contains(args.contains("high") ? "--threshold" : "params.threshold"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliCorpus)
#include "tst_cli_corpus.moc"
