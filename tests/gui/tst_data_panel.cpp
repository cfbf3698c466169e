// The Data step (issue 7): the import dialog refuses what cannot become a dataset (empty, binary or
// all-broken files, names the engine's rule refuses) and says why; it says how far its pre-scan read
// and scans the whole corpus on request; a preview row opens to its full text; JSON and plain-text
// options show only for their files. The Data panel removes a dataset (asking first, in the
// background, leaving the user's files and the derived datasets' provenance alone), shows how a
// derived dataset was made in words, and shares the selected dataset with the other panels.
// Real project stores, real files, real corpus jobs run by adaptlab-cli.
#include "dataset_table_model.h"
#include "dataset_source.h"
#include "datasets_panel.h"
#include "import_dialog.h"
#include "job_specs.h"
#include "preview_table_model.h"
#include "problem_table_model.h"
#include "provenance_text.h"

#include "app_context.h"
#include "app_style.h"
#include "app_test_support.h"
#include "gui_test_support.h"
#include "job_runner.h"

#include "corpus/quality_signals.h"
#include "store/dataset_name.h"
#include "store/project_store.h"
#include "store/store_files.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <memory>

#include <sqlite3.h>

using namespace adaptlab::corpus_panel;
namespace corpus = adaptlab::corpus;
namespace store = adaptlab::store;
namespace testing = adaptlab::testing;
using adaptlab::JobRunner;

namespace {

constexpr int kTimeoutMs = 120000;

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Prose that passes the default quality rules: many different words, no repeated lines.
QString prose(int seed, int sentences)
{
    static const QStringList nouns = {"river", "mill", "bridge", "harbour", "library", "garden", "tower", "market",
                                      "village", "school", "orchard", "canal", "station", "museum", "forest", "valley"};
    static const QStringList verbs = {"crossed", "restored", "visited", "measured", "painted", "described", "opened",
                                      "followed", "studied", "repaired", "recorded", "planned"};
    static const QStringList adjectives = {"old", "quiet", "narrow", "bright", "northern", "early", "gentle", "public",
                                           "rural", "formal", "hidden", "steady"};
    quint32 state = static_cast<quint32>(seed) * 2654435761u + 7;
    const auto pick = [&state](const QStringList& words) {
        state = state * 1664525u + 1013904223u;
        return words[static_cast<int>((state >> 8) % words.size())];
    };
    QStringList out;
    for (int i = 0; i < sentences; ++i)
        out << QStringLiteral("The %1 %2 was %3 by the %4 %5 of the %6, and it is %7 to the %8.")
                   .arg(pick(adjectives), pick(nouns), pick(verbs), pick(adjectives), pick(nouns), pick(nouns),
                        pick(adjectives), pick(nouns));
    return out.join(QLatin1Char(' '));
}

QByteArray goodLines(int count, int firstIndex = 0)
{
    QByteArray out;
    for (int i = firstIndex; i < firstIndex + count; ++i)
        out += QStringLiteral("{\"text\": \"Record %1 is a short but complete sentence about the library.\", "
                              "\"url\": \"https://example.org/%1\"}\n").arg(i).toUtf8();
    return out;
}

} // namespace

class TestDataPanel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir temp_;
    std::unique_ptr<adaptlab::gui::AppContext> context_;

    store::ProjectStore* store() const { return context_->store(); }
    QString path(const QString& name) const { return temp_.filePath(name); }

    // Opens a dialog on PATHS and waits for its preview.
    static void preview(ImportDialog& dialog, const QStringList& paths)
    {
        QSignalSpy updated(&dialog, &ImportDialog::previewUpdated);
        dialog.setInputPaths(paths);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isPreviewRunning() && updated.count() > 0, kTimeoutMs);
    }

    JobRunner* runJob(const QString& spec)
    {
        QString why;
        JobRunner* runner = context_->startJob(spec, &why);
        if (runner == nullptr) {
            qWarning("job refused: %s", qPrintable(why));
            return nullptr;
        }
        QSignalSpy finished(runner, &JobRunner::finished);
        if ((runner->state() == JobRunner::State::Running || runner->state() == JobRunner::State::Starting)
            && !finished.wait(kTimeoutMs))
            return nullptr;
        return runner;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(temp_.isValid());
        testing::prepareApp(temp_);
        qRegisterMetaType<QMessageBox*>();
        qRegisterMetaType<JobRunner*>(); // AppContext::jobStarted's argument // DatasetsPanel::removalConfirmationShown's argument, for QSignalSpy
        QString error;
        context_ = testing::contextWithNewProject(path(QStringLiteral("project")), &error);
        QVERIFY2(context_ != nullptr, qPrintable(error));
    }

    void cleanupTestCase()
    {
        context_.reset();
    }

    // ---- names --------------------------------------------------------------------------------

    // The dialog and the engine agree on every name: one rule (store::datasetNameProblem).
    void nameRuleIsTheEngines_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("says"); // empty: a good name
        QTest::newRow("plain") << QStringLiteral("gcide-clean_2.v1") << QString();
        QTest::newRow("space inside") << QStringLiteral("my data") << QString();
        QTest::newRow("german") << QStringLiteral("Gerichtsurteile-München") << QString();
        QTest::newRow("chinese") << QStringLiteral("法律文本") << QString();
        QTest::newRow("empty") << QString() << QStringLiteral("needs a name");
        QTest::newRow("dot first") << QStringLiteral(".hidden") << QStringLiteral("'.'");
        QTest::newRow("dash first") << QStringLiteral("-rf") << QStringLiteral("'-'");
        QTest::newRow("space at the end") << QStringLiteral("data ") << QStringLiteral("space");
        QTest::newRow("slash") << QStringLiteral("a/b") << QStringLiteral("'/'");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("'/'");
        QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("control characters");
        QTest::newRow("101 bytes") << QString(101, QLatin1Char('a')) << QStringLiteral("at most 100 bytes");
        QTest::newRow("34 CJK = 102 bytes") << QString(34, QChar(0x6CD5)) << QStringLiteral("at most 100 bytes");
    }

    void nameRuleIsTheEngines()
    {
        QFETCH(QString, name);
        QFETCH(QString, says);
        const bool engineRefuses = store::datasetNameProblem(name.toStdString()).has_value();
        QCOMPARE(engineRefuses, !says.isEmpty());
        QCOMPARE(isValidDatasetName(name), says.isEmpty());
        const QString text = datasetNameProblemText(name);
        QVERIFY2(says.isEmpty() ? text.isEmpty() : text.contains(says), qPrintable(text));
    }

    // A refused name keeps the import button disabled and says why next to the field.
    void dialogShowsWhyANameIsRefused()
    {
        writeBytes(path(QStringLiteral("names.jsonl")), goodLines(5));
        ImportDialog dialog(context_.get());
        preview(dialog, {path(QStringLiteral("names.jsonl"))});
        QVERIFY2(dialog.importButton()->isEnabled(), qPrintable(dialog.importBlockedReason()));
        auto* why = dialog.findChild<QLabel*>(QStringLiteral("importNameProblem"));
        QVERIFY(why != nullptr);
        dialog.setDatasetName(QStringLiteral("../escape"));
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY2(why->text().contains(QStringLiteral("'.'")), qPrintable(why->text()));
        QVERIFY(!why->isHidden());
        QCOMPARE(dialog.importButton()->toolTip(), why->text());
        QVERIFY(!dialog.commit());
        QVERIFY2(dialog.errorText().contains(QStringLiteral("../escape")), qPrintable(dialog.errorText()));
        // Any script is fine.
        dialog.setDatasetName(QStringLiteral("法律 文本"));
        QVERIFY2(dialog.importButton()->isEnabled(), qPrintable(dialog.importBlockedReason()));
        QVERIFY(why->isHidden());
        QVERIFY2(dialog.commit(), qPrintable(dialog.errorText()));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isCommitting(), kTimeoutMs); // the row is written by the dialog's StoreWriter
        QVERIFY2(dialog.createdDatasetId() >= 0, qPrintable(dialog.errorText()));
        QVERIFY(store()->datasetByName("法律 文本").has_value());
        // Names suggested from a file keep letters of any script.
        QCOMPARE(suggestedDatasetName(QStringLiteral("/data/Gerichtsurteile München.jsonl.zst")),
                 QStringLiteral("Gerichtsurteile-München"));
        QCOMPARE(suggestedDatasetName(QStringLiteral("/data/法律.jsonl")), QStringLiteral("法律"));
    }

    // ---- corpora that cannot be datasets --------------------------------------------------------

    void unusableCorpusIsRefused_data()
    {
        QTest::addColumn<QStringList>("files");     // name=content, written under temp_
        QTest::addColumn<QString>("input");         // what the dialog is given ("" = the files)
        QTest::addColumn<QString>("says");
        QTest::newRow("empty file") << QStringList{QStringLiteral("empty.jsonl=")} << QString()
                                    << QStringLiteral("empty.jsonl is empty");
        QTest::newRow("binary file") << QStringList{QStringLiteral("blob.txt=BINARY")} << QString()
                                     << QStringLiteral("blob.txt is not a text file");
        QTest::newRow("only broken records")
            << QStringList{QStringLiteral("broken.jsonl={\"body\": \"no text\"}\nnot json\n{\"text\": 7}\n")} << QString()
            << QStringLiteral("all 3 record"); // "records" once English plural forms are compiled in
        QTest::newRow("two empty files") << QStringList{QStringLiteral("e1.jsonl="), QStringLiteral("e2.jsonl=")}
                                         << QString() << QStringLiteral("All 2 files are empty");
        QTest::newRow("empty and binary") << QStringList{QStringLiteral("e3.jsonl="), QStringLiteral("b3.jsonl=BINARY")}
                                          << QString() << QStringLiteral("empty, binary or cannot be opened");
        QTest::newRow("folder without matches") << QStringList{QStringLiteral("nothing/readme.md=# notes\n")}
                                                << QStringLiteral("nothing") << QStringLiteral("no file to read");
    }

    void unusableCorpusIsRefused()
    {
        QFETCH(QStringList, files);
        QFETCH(QString, input);
        QFETCH(QString, says);
        QStringList paths;
        for (const QString& spec : files) {
            const QString name = spec.section(QLatin1Char('='), 0, 0);
            QByteArray content = spec.section(QLatin1Char('='), 1).toUtf8();
            if (content == "BINARY")
                content = QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 24) + QByteArray(4000, '\0');
            QDir().mkpath(QFileInfo(path(name)).absolutePath());
            writeBytes(path(name), content);
            paths << path(name);
        }
        const qsizetype before = store()->datasets().size();
        ImportDialog dialog(context_.get());
        dialog.resize(1100, 760);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        if (!input.isEmpty())
            paths = QStringList{path(input)};
        if (!input.isEmpty())
            dialog.setFilePattern(QStringLiteral("*.jsonl"));
        preview(dialog, paths);
        QVERIFY2(dialog.unusableReason().contains(says), qPrintable(dialog.unusableReason()));
        QVERIFY(!dialog.importButton()->isEnabled());
        QCOMPARE(dialog.importButton()->toolTip(), dialog.unusableReason());
        auto* verdict = dialog.findChild<QLabel*>(QStringLiteral("importVerdict"));
        QVERIFY(verdict && verdict->isVisible());
        QVERIFY(verdict->text().contains(says));
        QVERIFY(!dialog.commit());
        QCOMPARE(dialog.errorText(), dialog.unusableReason());
        QCOMPARE(store()->datasets().size(), before); // nothing was added
        if (QByteArray(QTest::currentDataTag()) == "binary file") {
            QTest::qWait(50);
            QVERIFY(dialog.grab().save(testing::screenshotDir() + QStringLiteral("/data_import_refused.png")));
        }
    }

    // The verdict follows the mapping: a wrong text field makes every record broken; the right one
    // makes the corpus importable again.
    void verdictFollowsTheTextField()
    {
        writeBytes(path(QStringLiteral("bodies.jsonl")),
                   "{\"body\": \"one whole sentence here\"}\n{\"body\": \"and another one here\"}\n");
        ImportDialog dialog(context_.get());
        preview(dialog, {path(QStringLiteral("bodies.jsonl"))});
        QCOMPARE(dialog.textField(), QStringLiteral("body")); // guessed from the keys
        QVERIFY2(dialog.unusableReason().isEmpty(), qPrintable(dialog.unusableReason()));
        QSignalSpy updated(&dialog, &ImportDialog::previewUpdated);
        dialog.setTextField(QStringLiteral("text"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isPreviewRunning() && updated.count() > 0, kTimeoutMs);
        QVERIFY2(dialog.unusableReason().contains(QStringLiteral("Text field missing")), qPrintable(dialog.unusableReason()));
        QVERIFY(!dialog.importButton()->isEnabled());
    }

    // ---- how far the pre-scan read; scanning the whole corpus ------------------------------------

    void prescanSaysHowFarItReadAndTheFullScanFindsTheRest()
    {
        // More than the pre-scan's 8 MiB per file, with a broken record after that.
        const QString file = path(QStringLiteral("large.jsonl"));
        QByteArray bytes;
        int records = 0;
        while (bytes.size() < (9 << 20)) {
            bytes += goodLines(1000, records);
            records += 1000;
        }
        bytes += "{\"text\": \"cut in the mid\n";
        bytes += goodLines(10, records);
        records += 11;
        writeBytes(file, bytes);

        ImportDialog dialog(context_.get());
        dialog.resize(1100, 760);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        preview(dialog, {file});
        QVERIFY(dialog.recordsScanned() > 0 && dialog.recordsScanned() < records);
        QCOMPARE(dialog.problemModel()->problems().total(), 0); // the broken line is past the pre-scan
        QVERIFY2(dialog.problemsLabel()->text().contains(QLocale().toString(dialog.recordsScanned())),
                 qPrintable(dialog.problemsLabel()->text()));
        QVERIFY(dialog.problemsLabel()->text().contains(QStringLiteral("8 MiB per file")));
        // The problem list shows several rows, not two.
        QVERIFY(dialog.problemView()->height() >= 5 * dialog.problemView()->verticalHeader()->defaultSectionSize());

        QVERIFY(dialog.fullScanButton()->isEnabled());
        dialog.fullScanButton()->click();
        QVERIFY(dialog.isFullScanRunning());
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("importStopScan"))->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isFullScanRunning(), kTimeoutMs);
        QVERIFY2(dialog.fullScan().error.isEmpty(), qPrintable(dialog.fullScan().error));
        QVERIFY(dialog.fullScan().complete);
        QCOMPARE(dialog.fullScan().records, qint64(records));
        QCOMPARE(dialog.fullScan().documents, qint64(records - 1));
        const corpus::ScanProblems& found = dialog.problemModel()->problems();
        QCOMPARE(found.counts.count("invalid_json") ? found.counts.at("invalid_json") : 0, int64_t(1));
        QVERIFY2(dialog.problemsLabel()->text().contains(QLocale().toString(records)), qPrintable(dialog.problemsLabel()->text()));
        QVERIFY2(dialog.problemModel()->index(0, ProblemTableModel::Location).data().toString()
                     .contains(QLocale().toString(records - 10)), // the line of the broken record
                 qPrintable(dialog.problemModel()->index(0, ProblemTableModel::Location).data().toString()));
        QTest::qWait(50);
        QVERIFY(dialog.grab().save(testing::screenshotDir() + QStringLiteral("/data_import_full_scan.png")));

        // Stopped early, it keeps what it read and says so.
        dialog.scanWholeCorpus();
        dialog.stopFullScan();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isFullScanRunning(), kTimeoutMs);
        QVERIFY(!dialog.fullScan().complete);
        QVERIFY(dialog.fullScan().records < records);
        QVERIFY2(dialog.problemsLabel()->text().startsWith(QStringLiteral("Stopped after")),
                 qPrintable(dialog.problemsLabel()->text()));

        // A change of the mapping drops a scan's findings: they were for other choices.
        dialog.scanWholeCorpus();
        QSignalSpy updated(&dialog, &ImportDialog::previewUpdated);
        dialog.setMetadataFields({});
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isPreviewRunning() && !dialog.isFullScanRunning() && updated.count() > 0,
                                 kTimeoutMs);
        QCOMPARE(dialog.fullScan().records, qint64(0));
        QCOMPARE(dialog.problemModel()->problems().total(), 0);
    }

    void previewRowOpensToItsFullText()
    {
        const QString long_ = QStringLiteral("A long record. ").repeated(200) + QStringLiteral("The very end.");
        writeBytes(path(QStringLiteral("long.jsonl")),
                   QStringLiteral("{\"text\": \"%1\", \"source\": \"books\"}\n").arg(long_).toUtf8());
        ImportDialog dialog(context_.get());
        preview(dialog, {path(QStringLiteral("long.jsonl"))});
        QVERIFY(!dialog.previewModel()->index(0, PreviewTableModel::Text).data().toString().contains(QStringLiteral("very end")));
        QSignalSpy shown(&dialog, &QObject::objectNameChanged); // unused; the viewer is returned
        QDialog* viewer = dialog.showRecord(0);
        QVERIFY(viewer != nullptr);
        auto* text = viewer->findChild<QPlainTextEdit*>(QStringLiteral("importRecordText"));
        QVERIFY(text != nullptr);
        QCOMPARE(text->toPlainText(), long_);
        auto* meta = viewer->findChild<QLabel*>(QStringLiteral("importRecordMetadata"));
        QVERIFY(meta && meta->text().contains(QStringLiteral("source = books")));
        QVERIFY(dialog.showRecord(5) == nullptr); // no such row
        // Double-click (activated) opens it too.
        const int before = static_cast<int>(dialog.findChildren<QDialog*>(QStringLiteral("importRecordViewer")).size());
        Q_EMIT dialog.previewView()->activated(dialog.previewModel()->index(0, 0));
        QCOMPARE(static_cast<int>(dialog.findChildren<QDialog*>(QStringLiteral("importRecordViewer")).size()), before + 1);
    }

    void optionsShowOnlyForTheirFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("json");
        QTest::addColumn<bool>("text");
        QTest::newRow("jsonl") << QStringLiteral("opts.jsonl") << true << false;
        QTest::newRow("txt") << QStringLiteral("opts.txt") << false << true;
    }

    void optionsShowOnlyForTheirFormat()
    {
        QFETCH(QString, file);
        QFETCH(bool, json);
        QFETCH(bool, text);
        writeBytes(path(file), file.endsWith(QLatin1String(".txt")) ? QByteArray("One block of text here.\n\nAnother block.\n")
                                                                    : goodLines(3));
        ImportDialog dialog(context_.get());
        QVERIFY(dialog.jsonOptionsShown() && dialog.plainTextOptionsShown()); // nothing chosen yet
        preview(dialog, {path(file)});
        QCOMPARE(dialog.jsonOptionsShown(), json);
        QCOMPARE(dialog.plainTextOptionsShown(), text);
    }

    // ---- provenance in words --------------------------------------------------------------------

    void provenanceInWords_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QStringList>("says");
        QTest::newRow("filter")
            << QStringLiteral(R"({"operation":"filter","source":"gcide","run_id":4,"c4_clean_lines":true,
                 "rules":[{"key":"gopher_min_words","enabled":true,"threshold":20},
                          {"key":"c4_no_lorem_ipsum","enabled":false,"threshold":0.5},
                          {"key":"future_rule","enabled":true,"threshold":3}],
                 "kept":{"documents":9000,"words":123456}})")
            << QStringList{QStringLiteral("Filtered from gcide with quality rules, in run 4"),
                           QStringLiteral("Rules applied"), QStringLiteral("20"), QStringLiteral("Rules switched off: Lorem ipsum"),
                           QStringLiteral("future_rule (threshold 3)"),
                           QStringLiteral("C4 line cleaning: on"), QStringLiteral("Kept: 9,000 documents, 123,456 words")};
        QTest::newRow("dedup")
            << QStringLiteral(R"({"operation":"dedup","source":"web","run_id":7,"mode":"both","bands":14,"rows":8,
                 "seed":1,"ngram":5,"removed_exact":12,"removed_near":30})")
            << QStringList{QStringLiteral("Deduplicated from web, in run 7"), QStringLiteral("exact and near duplicates"),
                           QStringLiteral("14 bands × 8 rows"), QStringLiteral("about 0.72"),
                           QStringLiteral("Shingles: 5 words"), QStringLiteral("12 exact duplicates, 30 near duplicates")};
        QTest::newRow("select")
            << QStringLiteral(R"({"operation":"dsir_select","source":"pile","run_id":9,"target":"law","k":500,"seed":3,
                 "noise":false,"buckets":10000,"chunk_words":128,"min_chunk_words":32,"laplace":1.0,"kl_reduction":0.25})")
            << QStringList{QStringLiteral("Selected from pile with DSIR, in run 9"),
                           QStringLiteral("500 chunks most like the target dataset law"),
                           QStringLiteral("reduced by 0.2500"), QStringLiteral("chunks of 128 words"),
                           QStringLiteral("Gumbel noise"), QStringLiteral(": off")};
        QTest::newRow("select, against random samples")
            << QStringLiteral(R"({"operation":"dsir_select","source":"pile","run_id":9,"target":"law","k":500,
                 "kl_reduction":-0.25,"kl_reduction_random":-0.5,"kl_reduction_vs_random":0.25})")
            << QStringList{QStringLiteral("Closer to the target than a random sample of the same size by 0.2500"),
                           QStringLiteral("reduced by -0.2500 against the whole source dataset (by -0.5000 for a "
                                          "random sample of the same size)")};
        QTest::newRow("select, no better than random")
            << QStringLiteral(R"({"operation":"dsir_select","source":"pile","target":"law","k":500,
                 "kl_reduction":0.1,"kl_reduction_random":0.3,"kl_reduction_vs_random":-0.2})")
            << QStringList{QStringLiteral("No closer to the target than a random sample of the same size "
                                          "(KL divergence 0.2000 higher)")};
        QTest::newRow("sample") << QStringLiteral(R"({"operation":"sample","source":"gcide","run_id":2,"n":100,"seed":5})")
                                << QStringList{QStringLiteral("Sampled from gcide, in run 2"),
                                               QStringLiteral("sample of 100 documents"), QStringLiteral("Seed: 5")};
        QTest::newRow("unknown keys are listed")
            << QStringLiteral(R"({"operation":"sample","source":"x","n":3,"future_key":"kept as is"})")
            << QStringList{QStringLiteral("future_key: kept as is")};
        QTest::newRow("unknown operation")
            << QStringLiteral(R"({"operation":"translate","source":"x","language":"de"})")
            << QStringList{QStringLiteral("Made by \"translate\" from x"), QStringLiteral("language: de")};
        QTest::newRow("a value of the wrong type")
            << QStringLiteral(R"({"operation":"filter","source":"x","kept":{"documents":"many"}})")
            << QStringList{QStringLiteral("kept: {\"documents\":\"many\"}")};
        QTest::newRow("not json") << QStringLiteral("oops{") << QStringList{QStringLiteral("cannot be read: oops{")};
        QTest::newRow("imported") << QStringLiteral("{}") << QStringList{};
    }

    void provenanceInWords()
    {
        QFETCH(QString, json);
        QFETCH(QStringList, says);
        const QStringList lines = ProvenanceText::lines(json.toStdString());
        const QString all = lines.join(QLatin1Char('\n'));
        QCOMPARE(lines.isEmpty(), says.isEmpty());
        for (const QString& part : says)
            QVERIFY2(all.contains(part), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(part, all)));
        QVERIFY2(!all.contains(QStringLiteral("\"operation\"")), qPrintable(all)); // never raw JSON
    }

    // ---- removal, lineage, current dataset (real scans and a real filter job) ---------------------

    void removingADatasetKeepsTheUsersFilesAndTheDerivedProvenance()
    {
        // An imported dataset, scanned (signals file), and a dataset filtered from it.
        const QString corpus = path(QStringLiteral("source-corpus.jsonl"));
        QByteArray bytes;
        // 40 documents; every third is too short for Gopher's 50-word minimum.
        for (int i = 0; i < 40; ++i)
            bytes += QStringLiteral("{\"text\": \"%1\", \"url\": \"https://example.org/%2\"}\n")
                         .arg(prose(i, i % 3 == 0 ? 2 : 8))
                         .arg(i)
                         .toUtf8();
        writeBytes(corpus, bytes);
        ImportDialog dialog(context_.get());
        preview(dialog, {corpus});
        dialog.setDatasetName(QStringLiteral("source"));
        QVERIFY2(dialog.commit(), qPrintable(dialog.errorText()));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isCommitting(), kTimeoutMs); // the row is written by the dialog's StoreWriter
        QVERIFY2(dialog.createdDatasetId() >= 0, qPrintable(dialog.errorText()));
        JobRunner* scan = dialog.scanRunner();
        QVERIFY(scan != nullptr);
        QSignalSpy scanned(scan, &JobRunner::finished);
        QVERIFY((scan->state() != JobRunner::State::Running && scan->state() != JobRunner::State::Starting)
                || scanned.wait(kTimeoutMs));
        QCOMPARE(scan->state(), JobRunner::State::Finished);
        const auto source = store()->datasetByName("source");
        QVERIFY(source.has_value());
        const QString signals = QString::fromStdString(store()->absolutePath(store()->datasetSummary(source->id)->signalsPath).string());
        QVERIFY(QFileInfo::exists(signals));

        FilterChoice filter;
        filter.dataset = QStringLiteral("source");
        filter.rules = adaptlab::corpus::defaultQualityRules();
        filter.output = QStringLiteral("source-long");
        JobRunner* filtered = runJob(filterSpec(context_->projectDir(), filter));
        QVERIFY(filtered != nullptr);
        QVERIFY2(filtered->state() == JobRunner::State::Finished, qPrintable(filtered->lastLogLines().join('\n')));
        const auto derived = store()->datasetByName("source-long");
        QVERIFY(derived.has_value());
        const QString derivedFile = QString::fromStdString(store()->absolutePath(derived->path).string());
        QVERIFY(QFileInfo::exists(derivedFile));
        QCOMPARE(derived->documents, int64_t(26)); // the 14 short ones went

        DatasetsPanel panel(context_.get());
        QSignalSpy shown(&panel, &DatasetsPanel::refreshed); // the datasets are read off the UI thread
        panel.resize(1200, 760);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_VERIFY(shown.count() > 0);

        // The derived dataset's provenance reads as sentences.
        panel.selectDataset(derived->id);
        QCOMPARE(context_->currentDataset(), QStringLiteral("source-long"));
        const QString how = panel.provenanceView()->toPlainText();
        QVERIFY2(how.contains(QStringLiteral("Filtered from source with quality rules, in run")), qPrintable(how));
        QVERIFY2(!how.contains(QLatin1Char('{')), qPrintable(how));
        QTest::qWait(50);
        QVERIFY(panel.grab().save(testing::screenshotDir() + QStringLiteral("/data_provenance.png")));

        // The context's current dataset selects the row (another panel chose it).
        context_->setCurrentDataset(QStringLiteral("source"));
        QCOMPARE(panel.selectedDatasetName(), QStringLiteral("source"));

        // A job still working on the dataset blocks its removal.
        const qint64 live = store()->createRun("corpus_inspect", R"({"version":1,"kind":"corpus_inspect","params":{"dataset":"source"}})");
        store()->setRunStatus(live, store::RunStatus::Running);
        QSignalSpy refused(&panel, &DatasetsPanel::removalRefused);
        QSignalSpy asked(&panel, &DatasetsPanel::removalConfirmationShown);
        QVERIFY(panel.confirmRemoveSelected()); // the reader answers
        QVERIFY(!panel.removeButton()->isEnabled()); // while the answer is pending
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, kTimeoutMs);
        QVERIFY2(refused.first().at(0).toString().contains(QStringLiteral("Run %1").arg(live)),
                 qPrintable(refused.first().at(0).toString()));
        QCOMPARE(asked.count(), 0);
        QVERIFY(panel.removeButton()->isEnabled());
        store()->setRunStatus(live, store::RunStatus::Stopped);

        // Token shards built from it (here a folder where build_shards puts them) go with it too.
        const QString shards = QString::fromStdString((store()->root() / "shards" / "source").string());
        QVERIFY(QDir().mkpath(shards + QStringLiteral("/0123456789ab-01234567")));

        // Delete asks first and names what goes and what stays; Cancel changes nothing.
        QVERIFY(panel.removeAction()->shortcut() == QKeySequence(QKeySequence::Delete));
        panel.view()->setFocus();
        QTest::keyClick(panel.view(), Qt::Key_Delete);
        QMessageBox* box = panel.findChild<QMessageBox*>(QStringLiteral("removeDatasetBox"));
        QTRY_VERIFY(box != nullptr || (box = panel.findChild<QMessageBox*>(QStringLiteral("removeDatasetBox"))) != nullptr);
        const QString listed = box->informativeText();
        QVERIFY2(listed.contains(QFileInfo(signals).fileName()), qPrintable(listed));       // deleted
        QVERIFY2(listed.contains(QFileInfo(corpus).fileName()), qPrintable(listed));        // kept
        QVERIFY2(listed.contains(QStringLiteral("source-long")), qPrintable(listed));       // keeps its provenance
        QVERIFY2(listed.contains(QStringLiteral("token shards are deleted: 1 folder")), qPrintable(listed));
        QVERIFY2(listed.contains(QDir::toNativeSeparators(shards)), qPrintable(listed));
        QVERIFY(listed.indexOf(QFileInfo(signals).fileName()) < listed.indexOf(QStringLiteral("stay where they are")));
        box->resize(700, 420);
        QTest::qWait(50);
        QVERIFY(box->grab().save(testing::screenshotDir() + QStringLiteral("/data_remove_confirm.png")));
        box->button(QMessageBox::Cancel)->click();
        QTest::qWait(20);
        QVERIFY(store()->datasetByName("source").has_value());
        QVERIFY(!panel.isRemoving());

        // Remove: off the UI thread, then every panel refreshes.
        QVERIFY(panel.confirmRemoveSelected());
        QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 2, kTimeoutMs); // Delete's box, then this one
        box = asked.last().at(0).value<QMessageBox*>();
        QVERIFY(box != nullptr);
        QSignalSpy done(&panel, &DatasetsPanel::removalFinished);
        QSignalSpy storeChanged(context_.get(), &adaptlab::PanelContext::storeChanged);
        box->findChild<QPushButton*>(QStringLiteral("confirmRemoveButton"))->click();
        QVERIFY(panel.isRemoving());
        QVERIFY(!panel.removeButton()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, kTimeoutMs);
        QCOMPARE(done.first().at(0).toString(), QStringLiteral("source"));
        QVERIFY2(done.first().at(1).toString().isEmpty(), qPrintable(done.first().at(1).toString()));
        QVERIFY(storeChanged.count() > 0);
        QVERIFY(!store()->datasetByName("source").has_value());
        QVERIFY(!QFileInfo::exists(signals));  // the project's file went
        QVERIFY(!QFileInfo::exists(shards));   // and its token shards
        QVERIFY(QFileInfo::exists(corpus));    // the user's file stayed
        QTRY_VERIFY(panel.model()->rowOf(source->id) < 0); // the refresh's answer comes from the reader

        // The derived dataset stays, with its file and its provenance naming the parent.
        const auto orphan = store()->datasetByName("source-long");
        QVERIFY(orphan.has_value());
        QVERIFY(!orphan->parentDatasetId.has_value());
        QVERIFY(QFileInfo::exists(derivedFile));
        panel.selectDataset(orphan->id);
        QVERIFY2(panel.detailsLabel()->text().contains(QStringLiteral("Derived from: source (no longer in the project)")),
                 qPrintable(panel.detailsLabel()->text()));
        QVERIFY(panel.provenanceView()->toPlainText().contains(QStringLiteral("Filtered from source")));

        // Removing a derived dataset deletes the file the project wrote for it.
        QVERIFY(panel.confirmRemoveSelected());
        QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 3, kTimeoutMs);
        box = asked.last().at(0).value<QMessageBox*>();
        QVERIFY(box != nullptr);
        QVERIFY2(box->informativeText().contains(QFileInfo(derivedFile).fileName()), qPrintable(box->informativeText()));
        box->findChild<QPushButton*>(QStringLiteral("confirmRemoveButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, kTimeoutMs);
        QVERIFY(!store()->datasetByName("source-long").has_value());
        QVERIFY(!QFileInfo::exists(derivedFile));
    }

    // The panel never waits on the store's write lock: with another process's connection holding
    // it (a write in progress), refresh() returns at once and the answer, read by the panel's own
    // read-only connection, is shown while the lock is still held, with the committed datasets only.
    void refreshDoesNotWaitOnTheWriteLock()
    {
        DatasetsPanel panel(context_.get());
        QSignalSpy shown(&panel, &DatasetsPanel::refreshed);
        QTRY_VERIFY(shown.count() > 0);
        const int committed = panel.model()->rowCount();
        QCOMPARE(static_cast<size_t>(committed), store()->datasets().size());

        sqlite3* other = nullptr;
        const std::string file = (store()->root() / store::kStoreFileName).string();
        QCOMPARE(sqlite3_open_v2(file.c_str(), &other, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
        const std::unique_ptr<sqlite3, int (*)(sqlite3*)> closer(other, &sqlite3_close);
        const auto exec = [other](const char* sql) {
            const bool ok = sqlite3_exec(other, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
            if (!ok)
                qWarning("%s: %s", sql, sqlite3_errmsg(other));
            return ok;
        };
        QVERIFY(exec("BEGIN IMMEDIATE"));
        QVERIFY(exec("INSERT INTO runs (kind, created_at) VALUES ('held', '2026-12-07T00:00:00.000Z')"));

        QStringList order;
        connect(&panel, &DatasetsPanel::refreshed, &panel, [&order] { order << QStringLiteral("answered"); });
        const qsizetype before = shown.count();
        panel.refresh();
        order << QStringLiteral("refresh returned");
        QCOMPARE(shown.count(), before); // nothing was read on this thread
        QTRY_VERIFY(order.contains(QStringLiteral("answered")));
        QCOMPARE(panel.model()->rowCount(), committed);
        QVERIFY(exec("ROLLBACK"));
        order << QStringLiteral("lock released");
        QCOMPARE(order, QStringList({QStringLiteral("refresh returned"), QStringLiteral("answered"),
                                     QStringLiteral("lock released")}));
    }

    // With another connection holding the store's write lock (an open BEGIN IMMEDIATE), the Data
    // panel's refresh and removal check are answered, and a removal and an import are asked for,
    // while the UI thread keeps processing events (a timer on it keeps firing); the two writes wait
    // on their worker and complete once the lock is released.
    void writesWaitForTheLockOffTheUiThread()
    {
        writeBytes(path(QStringLiteral("held.jsonl")), goodLines(6));
        writeBytes(path(QStringLiteral("doomed.jsonl")), goodLines(3, 100));
        store::DatasetRecord doomed;
        doomed.name = "doomed";
        doomed.path = path(QStringLiteral("doomed.jsonl")).toStdString();
        doomed.format = "jsonl";
        doomed.textField = "text";
        const qint64 doomedId = store()->addDataset(doomed);

        ImportDialog dialog(context_.get());
        preview(dialog, {path(QStringLiteral("held.jsonl"))});
        dialog.setDatasetName(QStringLiteral("held"));
        DatasetsPanel panel(context_.get());
        QSignalSpy shown(&panel, &DatasetsPanel::refreshed);
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0 && panel.model()->rowOf(doomedId) >= 0, kTimeoutMs);
        panel.selectDataset(doomedId);

        sqlite3* other = nullptr;
        const std::string file = (store()->root() / store::kStoreFileName).string();
        QCOMPARE(sqlite3_open_v2(file.c_str(), &other, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
        const std::unique_ptr<sqlite3, int (*)(sqlite3*)> closer(other, &sqlite3_close);
        const auto exec = [other](const char* sql) {
            const bool ok = sqlite3_exec(other, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
            if (!ok)
                qWarning("%s: %s", sql, sqlite3_errmsg(other));
            return ok;
        };
        QVERIFY(exec("BEGIN IMMEDIATE"));
        QVERIFY(exec("INSERT INTO runs (kind, created_at) VALUES ('held', '2026-12-07T00:00:00.000Z')"));

        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, &ticker, [&ticks] { ++ticks; });
        ticker.start();

        // Reads: answered while the lock is held.
        const qsizetype refreshes = shown.count();
        panel.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() > refreshes, kTimeoutMs);
        QSignalSpy asked(&panel, &DatasetsPanel::removalConfirmationShown);
        QVERIFY(panel.confirmRemoveSelected());
        QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 1, kTimeoutMs);

        // Writes: asked for; they wait on the writers' threads, not here.
        QSignalSpy removed(&panel, &DatasetsPanel::removalFinished);
        QSignalSpy committed(&dialog, &ImportDialog::committed);
        asked.first().at(0).value<QMessageBox*>()->findChild<QPushButton*>(QStringLiteral("confirmRemoveButton"))->click();
        QVERIFY(panel.isRemoving());
        QVERIFY(dialog.commit());
        QVERIFY(dialog.isCommitting());
        QVERIFY(!dialog.importButton()->isEnabled());
        const int ticksAsked = ticks;
        QTRY_VERIFY_WITH_TIMEOUT(ticks >= ticksAsked + 20, kTimeoutMs); // the UI thread goes on
        QVERIFY(panel.isRemoving());
        QVERIFY(dialog.isCommitting());
        QCOMPARE(removed.count(), 0);
        QCOMPARE(committed.count(), 0);
        QVERIFY(store()->datasetByName("doomed").has_value()); // nothing written past the lock
        QVERIFY(!store()->datasetByName("held").has_value());

        QVERIFY(exec("ROLLBACK"));
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, kTimeoutMs);
        QVERIFY2(removed.first().at(1).toString().isEmpty(), qPrintable(removed.first().at(1).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(committed.count(), 1, kTimeoutMs);
        QVERIFY2(committed.first().at(0).toBool(), qPrintable(dialog.errorText()));
        QVERIFY(!store()->datasetByName("doomed").has_value());
        const auto held = store()->datasetByName("held");
        QVERIFY(held.has_value());
        QCOMPARE(held->id, dialog.createdDatasetId());
        QVERIFY(QFileInfo::exists(path(QStringLiteral("doomed.jsonl")))); // the user's file stays
        // By name: SQLite may give the new row the id the removed one had.
        const auto shownNames = [&panel] {
            QStringList names;
            for (const adaptlab::DatasetEntry& entry : panel.model()->datasets())
                names << QString::fromStdString(entry.record.name);
            return names;
        };
        QTRY_VERIFY_WITH_TIMEOUT(!shownNames().contains(QStringLiteral("doomed")) && shownNames().contains(QStringLiteral("held")),
                                 kTimeoutMs);
        QVERIFY(ticks > ticksAsked + 20);
        if (JobRunner* scan = dialog.scanRunner()) {
            QSignalSpy scanned(scan, &JobRunner::finished);
            QVERIFY((scan->state() != JobRunner::State::Running && scan->state() != JobRunner::State::Starting)
                || scanned.wait(kTimeoutMs));
        }
    }

    // Cancel while the import's write waits for the store's lock: the dialog hides at once and
    // stays until the writer answers; the row either was not added at all or landed with its scan
    // started (the write had begun, as here: it waits inside the insert), never a row without scan.
    void cancelWhileCommittingStillScans()
    {
        writeBytes(path(QStringLiteral("cancelled.jsonl")), goodLines(5));
        QPointer<ImportDialog> dialog = new ImportDialog(context_.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        preview(*dialog, {path(QStringLiteral("cancelled.jsonl"))});
        dialog->setDatasetName(QStringLiteral("cancelled"));
        dialog->show();
        QSignalSpy jobs(context_.get(), &adaptlab::gui::AppContext::jobStarted);
        const auto runsBefore = store()->counts().runs;

        sqlite3* other = nullptr;
        const std::string file = (store()->root() / store::kStoreFileName).string();
        QCOMPARE(sqlite3_open_v2(file.c_str(), &other, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
        const std::unique_ptr<sqlite3, int (*)(sqlite3*)> closer(other, &sqlite3_close);
        QCOMPARE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, &ticker, [&ticks] { ++ticks; });
        ticker.start();

        QVERIFY(dialog->commit());
        QTRY_VERIFY_WITH_TIMEOUT(ticks >= 10, kTimeoutMs); // the write has (most likely) reached the lock
        dialog->reject();
        QVERIFY(!dialog.isNull());   // kept until the writer answers
        QVERIFY(!dialog->isVisible());
        QVERIFY(dialog->isCommitting());
        const int ticksCancelled = ticks;
        QTRY_VERIFY_WITH_TIMEOUT(ticks >= ticksCancelled + 20, kTimeoutMs);
        QVERIFY(!dialog.isNull());
        QCOMPARE(jobs.count(), 0);

        QCOMPARE(sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), kTimeoutMs); // closed (and deleted) with the answer
        const auto added = store()->datasetByName("cancelled");
        if (!added) {
            // The write had not begun when Cancel came: nothing added, nothing started.
            QCOMPARE(jobs.count(), 0);
            QCOMPARE(store()->counts().runs, runsBefore);
            return;
        }
        QCOMPARE(jobs.count(), 1); // the row landed, and its scan was started
        auto* scan = jobs.first().first().value<JobRunner*>();
        QVERIFY(scan != nullptr);
        QSignalSpy scanned(scan, &JobRunner::finished);
        QVERIFY((scan->state() != JobRunner::State::Running && scan->state() != JobRunner::State::Starting)
                || scanned.wait(kTimeoutMs));
        QVERIFY2(scan->state() == JobRunner::State::Finished, qPrintable(scan->errorString()));
        QCOMPARE(store()->counts().runs, runsBefore + 1);
        QCOMPARE(store()->datasetByName("cancelled")->documents, 5);
    }

    // A dialog must not act on a stale answer: a dataset of the chosen name created after the
    // dialog looked (another window, the CLI) is found by the write itself, which adds nothing.
    void importRechecksTheNameInTheWrite()
    {
        writeBytes(path(QStringLiteral("late.jsonl")), goodLines(4));
        ImportDialog dialog(context_.get());
        preview(dialog, {path(QStringLiteral("late.jsonl"))});
        QTRY_COMPARE_WITH_TIMEOUT(dialog.datasetName(), QStringLiteral("late"), kTimeoutMs);
        QVERIFY2(dialog.importButton()->isEnabled(), qPrintable(dialog.importBlockedReason()));
        store::DatasetRecord first;
        first.name = "late";
        first.path = path(QStringLiteral("late.jsonl")).toStdString();
        first.format = "jsonl";
        first.textField = "text";
        const qint64 firstId = store()->addDataset(first);
        QSignalSpy committed(&dialog, &ImportDialog::committed);
        QVERIFY(dialog.commit());
        QTRY_COMPARE_WITH_TIMEOUT(committed.count(), 1, kTimeoutMs);
        QVERIFY(!committed.first().at(0).toBool());
        QVERIFY2(dialog.errorText().contains(QStringLiteral("already has a dataset called \"late\"")),
                 qPrintable(dialog.errorText()));
        QCOMPARE(store()->datasetByName("late")->id, firstId);
        QVERIFY(dialog.scanRunner() == nullptr);

        // A new suggestion for the same file is made unique by the reader.
        ImportDialog again(context_.get());
        again.setInputPath(path(QStringLiteral("late.jsonl")));
        QTRY_COMPARE_WITH_TIMEOUT(again.datasetName(), QStringLiteral("late-2"), kTimeoutMs);
    }
};

QTEST_MAIN(TestDataPanel)
#include "tst_data_panel.moc"
