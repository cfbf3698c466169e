// The corpus panels (Data: import and datasets; Inspect: overview, quality rules, documents,
// duplicates, actions) driven in-process against a real project and the real corpus jobs run by
// adaptlab-cli. The fixture is written here: 200 JSON Lines documents with url/source metadata,
// some failing Gopher and C4 rules, planted exact and near duplicates and a few broken records.
#include "actions_tab.h"
#include "corpus_text.h"
#include "dataset_table_model.h"
#include "dataset_source.h"
#include "datasets_panel.h"
#include "document_browser.h"
#include "document_table_model.h"
#include "document_view.h"
#include "duplicates_tab.h"
#include "histogram_card.h"
#include "histogram_chart.h"
#include "import_dialog.h"
#include "inspect_panel.h"
#include "inspect_session.h"
#include "job_specs.h"
#include "overview_tab.h"
#include "preview_table_model.h"
#include "problem_table_model.h"
#include "quality_tab.h"
#include "rule_counts.h"
#include "rule_table_model.h"
#include "text_spans.h"

#include "app_context.h"
#include "app_style.h"
#include "app_test_support.h"
#include "chart_view.h"
#include "gui_test_support.h"
#include "job_runner.h"
#include "stat_card.h"

#include "corpus/signals_file.h"
#include "store/project_store.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QTreeWidget>

#include <algorithm>
#include <memory>

using namespace adaptlab::corpus_panel;
namespace corpus = adaptlab::corpus;
namespace store = adaptlab::store;
namespace testing = adaptlab::testing;
using adaptlab::ChartView;
using adaptlab::DatasetTableModel;
using adaptlab::JobRunner;
using adaptlab::StatCard;

namespace {

constexpr int kTimeoutMs = 120000;

// The fixture's make-up: what the checks below expect.
struct Fixture {
    int good = 148;
    int shortDocs = 20;       // fail Gopher min words
    int bulletDocs = 10;      // fail the bullet-lines rule
    int loremDocs = 4;        // fail C4 lorem ipsum
    int braceDocs = 4;        // fail C4 curly brace
    int repeatedLineDocs = 6; // fail Gopher duplicate lines
    int exactCopies = 4;
    int nearCopies = 4;
    int invalidLines = 2;
    int missingText = 1;
    int documents() const
    {
        return good + shortDocs + bulletDocs + loremDocs + braceDocs + repeatedLineDocs + exactCopies + nearCopies;
    }
};

// Deterministic words for prose that passes every default rule: function words in every sentence,
// many different content words, no fixed run of five words.
class Prose {
public:
    explicit Prose(quint32 seed) : state_(seed * 2654435761u + 1) {}

    QString word(const QStringList& list) { return list[static_cast<int>(next() % list.size())]; }

    QString sentence()
    {
        static const QStringList adjectives = {
            "careful", "modern", "early", "quiet", "simple", "curious", "ancient", "narrow", "bright",
            "steady", "gentle", "formal", "rural", "urban", "coastal", "northern", "southern", "regional",
            "public", "private", "annual", "local", "general", "special", "visible", "hidden", "useful",
            "common", "rare", "notable", "broad", "minor", "major", "central", "western", "eastern"};
        static const QStringList nouns = {
            "committee", "library", "river", "village", "report", "garden", "engine", "harbor", "museum",
            "council", "method", "theory", "market", "bridge", "journal", "forest", "station", "teacher",
            "painter", "student", "farmer", "captain", "letter", "record", "festival", "railway", "castle",
            "island", "meadow", "valley", "workshop", "archive", "quarry", "orchard", "chapel", "tower",
            "school", "survey", "treaty", "harvest", "network", "factory", "canal", "lighthouse"};
        static const QStringList verbs = {
            "reviewed", "described", "visited", "improved", "studied", "restored", "measured", "opened",
            "recorded", "planned", "managed", "painted", "crossed", "replaced", "supported", "explored",
            "examined", "followed", "published", "repaired", "designed", "organized", "protected"};
        switch (next() % 3) {
        case 0:
            return QStringLiteral("The %1 %2 %3 the %4 of the %5, and it was %6 to %7.")
                .arg(word(adjectives), word(nouns), word(verbs), word(nouns), word(nouns), word(adjectives),
                     word(nouns));
        case 1:
            return QStringLiteral("In the %1 %2, a %3 %4 %5 that the %6 had been %7 with %8 care.")
                .arg(word(adjectives), word(nouns), word(adjectives), word(nouns), word(verbs), word(nouns),
                     word(verbs), word(adjectives));
        default:
            return QStringLiteral("Many %1 people have %2 this %3 %4, because it is %5 and %6 for the %7.")
                .arg(word(adjectives), word(verbs), word(adjectives), word(nouns), word(adjectives),
                     word(adjectives), word(nouns));
        }
    }

    // Paragraphs of three sentences on one line each, separated by blank lines.
    QString document(int sentences)
    {
        QStringList paragraphs;
        QStringList current;
        for (int i = 0; i < sentences; ++i) {
            current << sentence();
            if (current.size() == 3) {
                paragraphs << current.join(QLatin1Char(' '));
                current.clear();
            }
        }
        if (!current.isEmpty())
            paragraphs << current.join(QLatin1Char(' '));
        return paragraphs.join(QStringLiteral("\n\n"));
    }

    quint32 next()
    {
        state_ = state_ * 1664525u + 1013904223u;
        return state_ >> 8;
    }

private:
    quint32 state_;
};

QByteArray jsonLine(const QString& text, const QString& url, const QString& source)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), url.section(QLatin1Char('/'), -1));
    o.insert(QStringLiteral("text"), text);
    o.insert(QStringLiteral("url"), url);
    o.insert(QStringLiteral("source"), source);
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

// Writes the fixture; the broken records come early so the import pre-scan sees them.
void writeFixture(const QString& path, const Fixture& f)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    static const QStringList hosts = {"en.wikipedia.org", "en.wikipedia.org", "forum.example.com",
                                      "news.example.org", "blog.example.net"};
    static const QStringList sources = {"wiki", "wiki", "forum", "news", "blog"};
    int n = 0;
    QStringList goodTexts;
    auto emit_ = [&](const QString& text) {
        const int k = n % hosts.size();
        file.write(jsonLine(text, QStringLiteral("https://%1/page/%2").arg(hosts[k]).arg(n), sources[k]));
        ++n;
    };
    for (int i = 0; i < f.good; ++i) {
        Prose prose(1000 + i);
        goodTexts << prose.document(8 + static_cast<int>(prose.next() % 10));
        emit_(goodTexts.back());
        if (i == 3) {
            file.write("{\"text\": \"this line is cut in the middle\n");
            file.write("not json at all\n");
            file.write("{\"title\": \"a record without its text field\", \"url\": \"https://x.org\"}\n");
        }
    }
    for (int i = 0; i < f.shortDocs; ++i) {
        Prose prose(5000 + i);
        emit_(prose.sentence() + QLatin1Char(' ') + prose.sentence());
    }
    for (int i = 0; i < f.bulletDocs; ++i) {
        Prose prose(6000 + i);
        QStringList lines{QStringLiteral("Things to remember about the %1:").arg(prose.word({"trip", "course", "move"}))};
        for (int j = 0; j < 14; ++j)
            lines << QStringLiteral("- the %1 of the %2 and the %3")
                         .arg(prose.word({"size", "colour", "age", "shape", "price", "name"}),
                              prose.word({"house", "garden", "boat", "table", "lamp", "door"}),
                              prose.word({"roof", "wall", "floor", "path", "fence", "gate"}));
        emit_(lines.join(QLatin1Char('\n')));
    }
    for (int i = 0; i < f.loremDocs; ++i) {
        Prose prose(7000 + i);
        emit_(prose.document(9) + QStringLiteral("\n\nLorem ipsum dolor sit amet, consectetur adipiscing elit, "
                                                 "sed do eiusmod tempor incididunt ut labore."));
    }
    for (int i = 0; i < f.braceDocs; ++i) {
        Prose prose(7500 + i);
        emit_(prose.document(9) + QStringLiteral("\n\nThe snippet was function show() { return the value; } "
                                                 "and it was printed in the journal."));
    }
    for (int i = 0; i < f.repeatedLineDocs; ++i) {
        Prose prose(8000 + i);
        QStringList lines;
        const QString repeated = QStringLiteral("Subscribe to the weekly letter of the village council today.");
        for (int j = 0; j < 12; ++j)
            lines << (j % 3 == 0 ? prose.sentence() : repeated);
        emit_(lines.join(QLatin1Char('\n')));
    }
    for (int i = 0; i < f.exactCopies; ++i)
        emit_(goodTexts[i]);
    for (int i = 0; i < f.nearCopies; ++i) {
        QString text = goodTexts[10 + i];
        // Two words changed in a long document: Jaccard of word 5-grams stays around 0.9.
        const int a = text.indexOf(QLatin1String(" the "), text.size() / 3);
        text.replace(a, 5, QStringLiteral(" one "));
        const int b = text.indexOf(QLatin1String(" the "), 2 * text.size() / 3);
        text.replace(b, 5, QStringLiteral(" his "));
        emit_(text);
    }
    QCOMPARE(n, f.documents());
}

int ruleIndex(const InspectSession& session, corpus::Signal signal, corpus::QualityRule::Bound bound)
{
    const auto& rules = session.rules();
    for (size_t i = 0; i < rules.size(); ++i)
        if (rules[i].signal == signal && rules[i].bound == bound)
            return static_cast<int>(i);
    return -1;
}

} // namespace

class TestCorpusPanel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir temp_;
    Fixture fixture_;
    QString corpusPath_;
    std::unique_ptr<adaptlab::gui::AppContext> context_;
    std::unique_ptr<InspectPanel> panel_;
    qint64 datasetId_ = -1;

    store::ProjectStore* store() const { return context_->store(); }

    static void waitUntilIdle(DocumentBrowser* browser)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!browser->isBusy(), kTimeoutMs);
    }

    // What a test function needs, made here when an earlier function did not (it failed, or was
    // not selected): one failure then fails one function, not every one after it. Each helper is
    // called through QVERIFY(...) so a failure inside it stops the calling function.

    // The fixture imported as "fixture" and scanned (what importShowsPreviewAndProblems does, and
    // checks step by step).
    bool ensureFixtureScanned()
    {
        if (const auto existing = store()->datasetByName("fixture")) {
            datasetId_ = existing->id;
            return store()->datasetSummary(datasetId_).has_value();
        }
        ImportDialog dialog(context_.get());
        QSignalSpy updated(&dialog, &ImportDialog::previewUpdated);
        dialog.setInputPath(corpusPath_);
        if (!QTest::qWaitFor([&] { return !dialog.isPreviewRunning() && updated.count() > 0; }, kTimeoutMs)) {
            qWarning("the fixture's preview did not finish");
            return false;
        }
        dialog.setMetadataFields({QStringLiteral("url"), QStringLiteral("source")});
        if (!QTest::qWaitFor([&] { return !dialog.isPreviewRunning(); }, kTimeoutMs))
            return false;
        dialog.setDatasetName(QStringLiteral("fixture"));
        if (!dialog.commit() || !QTest::qWaitFor([&] { return !dialog.isCommitting(); }, kTimeoutMs)
            || dialog.createdDatasetId() < 0) {
            qWarning("importing the fixture failed: %s", qPrintable(dialog.errorText()));
            return false;
        }
        datasetId_ = dialog.createdDatasetId();
        JobRunner* runner = dialog.scanRunner();
        if (runner == nullptr) {
            qWarning("the fixture's scan did not start: %s", qPrintable(dialog.errorText()));
            return false;
        }
        QSignalSpy finished(runner, &JobRunner::finished);
        return (runner->state() == JobRunner::State::Finished || finished.wait(kTimeoutMs))
            && runner->state() == JobRunner::State::Finished && store()->datasetSummary(datasetId_).has_value();
    }

    // The Inspect panel showing the scanned fixture (as overviewShowsTheScan opens it).
    bool ensurePanel()
    {
        if (!ensureFixtureScanned())
            return false;
        if (!panel_) {
            panel_ = std::make_unique<InspectPanel>(context_.get());
            panel_->resize(1400, 1000);
            panel_->show();
            if (!QTest::qWaitForWindowExposed(panel_.get()))
                return false;
        }
        // The session reads the datasets and the scan off the UI thread: wait for its answers.
        const auto settled = [&] { return QTest::qWaitFor([&] { return !panel_->session()->isLoading(); }, kTimeoutMs); };
        if (!settled())
            return false;
        if (!panel_->session()->dataset() || panel_->session()->dataset()->name != "fixture")
            if (!panel_->selectDataset(QStringLiteral("fixture")))
                return false;
        return settled() && panel_->session()->signalsFile() != nullptr
            && QTest::qWaitFor([&] { return panel_->session()->counts().valid; }, kTimeoutMs);
    }

    // A dataset derived from the fixture by `action` (with the defaults), run when it is missing.
    bool ensureDerived(ActionsTab::Action action, const char* name)
    {
        if (store()->datasetByName(name))
            return true;
        if (!ensurePanel())
            return false;
        ActionsTab* actions = panel_->actionsTab();
        if (action == ActionsTab::Action::Select) {
            if (!ensureDerived(ActionsTab::Action::Filter, "fixture-filtered"))
                return false;
            if (!QTest::qWaitFor([&] { return actions->targetBox()->findData(QStringLiteral("fixture-filtered")) >= 0; },
                                 5000))
                return false;
            actions->targetBox()->setCurrentIndex(actions->targetBox()->findData(QStringLiteral("fixture-filtered")));
        }
        actions->outputEdit(action)->setText(QString::fromLatin1(name));
        JobRunner* runner = actions->run(action);
        if (runner == nullptr)
            return false;
        QSignalSpy finished(runner, &JobRunner::finished);
        if (runner->state() != JobRunner::State::Finished && !finished.wait(kTimeoutMs))
            return false;
        if (JobRunner* scan = actions->scanRunner(action)) {
            QSignalSpy scanned(scan, &JobRunner::finished);
            if (scan->state() == JobRunner::State::Running || scan->state() == JobRunner::State::Idle
                || scan->state() == JobRunner::State::Starting)
                scanned.wait(kTimeoutMs);
        }
        return runner->state() == JobRunner::State::Finished && store()->datasetByName(name).has_value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(temp_.isValid());
        testing::prepareApp(temp_);
        QString error;
        context_ = testing::contextWithNewProject(temp_.filePath(QStringLiteral("project")), &error);
        QVERIFY2(context_ != nullptr, qPrintable(error));
        corpusPath_ = temp_.filePath(QStringLiteral("fixture-corpus.jsonl"));
        writeFixture(corpusPath_, fixture_);
    }

    void cleanupTestCase()
    {
        panel_.reset();
        context_.reset();
    }

    // ---- helpers without a project ----------------------------------------------------------

    void datasetNames_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("format");
        QTest::newRow("jsonl.zst") << QStringLiteral("/data/wiki.jsonl.zst") << QStringLiteral("wiki")
                                   << QStringLiteral("jsonl.zst");
        QTest::newRow("gz text") << QStringLiteral("/data/Old Books.txt.gz") << QStringLiteral("Old-Books")
                                 << QStringLiteral("txt.gz");
        QTest::newRow("ndjson") << QStringLiteral("c4-part.ndjson") << QStringLiteral("c4-part")
                                << QStringLiteral("jsonl");
        QTest::newRow("hidden") << QStringLiteral("/x/.secret.jsonl") << QStringLiteral("secret")
                                << QStringLiteral("jsonl");
        QTest::newRow("only ext") << QStringLiteral("/x/.jsonl") << QStringLiteral("corpus")
                                  << QStringLiteral("jsonl");
    }

    void datasetNames()
    {
        QFETCH(QString, path);
        QFETCH(QString, name);
        QFETCH(QString, format);
        QCOMPARE(suggestedDatasetName(path), name);
        QVERIFY(isValidDatasetName(name));
        QCOMPARE(formatOfPath(path), format);
    }

    void invalidDatasetNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("slash") << QStringLiteral("a/b");
        QTest::newRow("dot first") << QStringLiteral(".hidden");
        QTest::newRow("dash first") << QStringLiteral("-rf");
        QTest::newRow("space at the start") << QStringLiteral(" my data"); // inside a name, spaces are fine
        QTest::newRow("too long") << QString(101, QLatin1Char('a'));
    }

    void invalidDatasetNames()
    {
        QFETCH(QString, name);
        QVERIFY(!isValidDatasetName(name));
    }

    void utf16RangesFollowMultibyteText_data()
    {
        QTest::addColumn<QByteArray>("utf8");
        QTest::addColumn<int>("begin");
        QTest::addColumn<int>("end");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ascii") << QByteArray("hello world") << 6 << 11 << QStringLiteral("world");
        QTest::newRow("umlaut before") << QByteArray("Grüße aus Köln") << 8 << 11 << QStringLiteral("aus");
        QTest::newRow("cjk") << QByteArray("数据 清洗") << 7 << 13 << QStringLiteral("清洗");
        QTest::newRow("emoji counts two units") << QByteArray("a\xF0\x9F\x98\x80 b") << 6 << 7 << QStringLiteral("b");
        QTest::newRow("clamped") << QByteArray("abc") << 1 << 99 << QStringLiteral("bc");
        QTest::newRow("invalid byte") << QByteArray("a\xFF" "bc") << 2 << 4 << QStringLiteral("bc");
    }

    void utf16RangesFollowMultibyteText()
    {
        QFETCH(QByteArray, utf8);
        QFETCH(int, begin);
        QFETCH(int, end);
        QFETCH(QString, expected);
        const std::string text(utf8.constData(), static_cast<size_t>(utf8.size()));
        const auto ranges = utf16Ranges(text, {{static_cast<size_t>(begin), static_cast<size_t>(end)}});
        QCOMPARE(ranges.size(), 1);
        QCOMPARE(QString::fromUtf8(utf8).mid(ranges[0].first, ranges[0].second), expected);
        QVERIFY(utf16Ranges(text, {{2, 2}}).isEmpty());
    }

    // countRules against counting by hand on a signals file written here.
    void ruleCountsMatchAHandCount()
    {
        const QString path = temp_.filePath(QStringLiteral("hand.signals"));
        const std::vector<float> words = {10, 60, 200, 45, 80, 500};
        const std::vector<float> bullets = {0.0f, 0.95f, 0.1f, 0.99f, 0.0f, 0.0f};
        {
            corpus::SignalsFileWriter writer(path.toStdString(), {"a.jsonl"}, 2);
            for (size_t i = 0; i < words.size(); ++i) {
                corpus::SignalRow row;
                row.signals.fill(0.0f);
                row.signals[size_t(corpus::Signal::Words)] = words[i];
                row.signals[size_t(corpus::Signal::BulletLinesFraction)] = bullets[i];
                row.position.line = static_cast<int64_t>(i + 1);
                row.bandHashes = {i, i};
                writer.append(row);
            }
            writer.finish();
        }
        const auto file = corpus::SignalsFile::open(path.toStdString());
        corpus::QualityRule minWords{"min_words", "gopher_quality", "min words", corpus::Signal::Words,
                                     corpus::QualityRule::Bound::AtLeast, 50, true, {}};
        corpus::QualityRule bullets90{"bullets", "gopher_quality", "bullets", corpus::Signal::BulletLinesFraction,
                                      corpus::QualityRule::Bound::AtMost, 0.9, true, {}};
        corpus::QualityRule maxWords{"max_words", "gopher_quality", "max words", corpus::Signal::Words,
                                     corpus::QualityRule::Bound::AtMost, 300, false, {}};
        const RuleCounts counts = countRules(file, {minWords, bullets90, maxWords});
        QVERIFY(counts.valid);
        QCOMPARE(counts.documents, 6);
        QCOMPARE(counts.words, 895);
        // min words: docs 0 (10) and 3 (45) fail.
        QCOMPARE(counts.perRule[0].aloneDocuments, 2);
        QCOMPARE(counts.perRule[0].aloneWords, 55);
        QCOMPARE(counts.perRule[0].sequenceDocuments, 2);
        // bullets: docs 1 and 3 fail; 3 was already removed by min words.
        QCOMPARE(counts.perRule[1].aloneDocuments, 2);
        QCOMPARE(counts.perRule[1].sequenceDocuments, 1);
        QCOMPARE(counts.perRule[1].sequenceWords, 60);
        // max words is off: it shows what it would remove (doc 5) but removes nothing.
        QCOMPARE(counts.perRule[2].aloneDocuments, 1);
        QCOMPARE(counts.perRule[2].sequenceDocuments, 0);
        QCOMPARE(counts.removedDocuments, 3);
        QCOMPARE(counts.removedWords, 115);
        QCOMPARE(counts.failingByFamily.at("gopher_quality"), 3);
        QCOMPARE(counts.firstFailed, (std::vector<int16_t>{0, 1, -1, 0, -1, -1}));
    }

    void jobSpecsCarryTheChoices()
    {
        FilterChoice filter;
        filter.dataset = QStringLiteral("web");
        filter.rules = corpus::defaultQualityRules();
        filter.rules[0].enabled = false;
        filter.rules[1].threshold = 0.25;
        filter.output = QStringLiteral("web-clean");
        filter.c4CleanLines = true;
        const QJsonObject spec = QJsonDocument::fromJson(filterSpec(QStringLiteral("/p"), filter).toUtf8()).object();
        QCOMPARE(spec.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(spec.value(QStringLiteral("kind")).toString(), QStringLiteral("corpus_filter"));
        QCOMPARE(spec.value(QStringLiteral("project")).toString(), QStringLiteral("/p"));
        const QJsonObject params = spec.value(QStringLiteral("params")).toObject();
        QCOMPARE(params.value(QStringLiteral("output")).toString(), QStringLiteral("web-clean"));
        QCOMPARE(params.value(QStringLiteral("c4_clean_lines")).toBool(), true);
        const QJsonArray rules = params.value(QStringLiteral("rules")).toArray();
        QCOMPARE(rules.size(), static_cast<qsizetype>(filter.rules.size()));
        QCOMPARE(rules[0].toObject().value(QStringLiteral("enabled")).toBool(), false);
        QCOMPARE(rules[1].toObject().value(QStringLiteral("threshold")).toDouble(), 0.25);
        QCOMPARE(rules[1].toObject().value(QStringLiteral("key")).toString(),
                 QString::fromStdString(filter.rules[1].key));

        DedupChoice dedup{QStringLiteral("web"), DedupMode::Near, 20, 5, QStringLiteral("web-dedup")};
        const QJsonObject d = QJsonDocument::fromJson(dedupSpec(QStringLiteral("/p"), dedup).toUtf8())
                                  .object().value(QStringLiteral("params")).toObject();
        QCOMPARE(d.value(QStringLiteral("mode")).toString(), QStringLiteral("near"));
        QCOMPARE(d.value(QStringLiteral("bands")).toInt(), 20);
        QCOMPARE(d.value(QStringLiteral("rows")).toInt(), 5);

        SelectChoice select{QStringLiteral("pile"), QStringLiteral("law"), 500, 7, false, 64, QStringLiteral("pile-law")};
        const QJsonObject s = QJsonDocument::fromJson(selectSpec(QStringLiteral("/p"), select).toUtf8()).object();
        QCOMPARE(s.value(QStringLiteral("kind")).toString(), QStringLiteral("corpus_select"));
        const QJsonObject sp = s.value(QStringLiteral("params")).toObject();
        QCOMPARE(sp.value(QStringLiteral("dataset")).toString(), QStringLiteral("pile"));
        QCOMPARE(sp.value(QStringLiteral("target")).toString(), QStringLiteral("law"));
        QCOMPARE(sp.value(QStringLiteral("k")).toInt(), 500);
        QCOMPARE(sp.value(QStringLiteral("seed")).toInt(), 7);
        QCOMPARE(sp.value(QStringLiteral("noise")).toBool(), false);
        QCOMPARE(sp.value(QStringLiteral("chunk_words")).toInt(), 64);
    }

    void everySignalAndProblemKindHasALabel()
    {
        for (int i = 0; i < corpus::kSignalCount; ++i) {
            const auto s = static_cast<corpus::Signal>(i);
            QVERIFY2(!CorpusText::signalLabel(s).isEmpty(), corpus::signalInfos()[size_t(i)].key);
            QVERIFY2(!CorpusText::signalDescription(s).isEmpty(), corpus::signalInfos()[size_t(i)].key);
        }
        for (const char* kind : {"invalid_json", "missing_text_field", "non_string_text", "invalid_utf8",
                                 "line_too_long", "truncated_stream", "empty_file", "binary_file", "unreadable_file",
                                 "truncated_file", "format_mismatch", "skipped_field"})
            QVERIFY2(CorpusText::problemKind(kind) != QString::fromLatin1(kind), kind);
        for (const auto& rule : corpus::defaultQualityRules()) {
            QVERIFY(!CorpusText::ruleLabel(rule).isEmpty());
            QVERIFY2(CorpusText::familyLabel(rule.family) != QString::fromStdString(rule.family)
                         || rule.family == "c4",
                     rule.family.c_str());
        }
    }

    // ---- import -------------------------------------------------------------------------------

    void plainTextModesSplitDocuments_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("documents");
        QTest::newRow("blocks") << int(corpus::PlainTextMode::BlankLineBlocks) << 3;
        QTest::newRow("file") << int(corpus::PlainTextMode::FilePerDocument) << 1;
        QTest::newRow("lines") << int(corpus::PlainTextMode::LinePerDocument) << 4;
    }

    void plainTextModesSplitDocuments()
    {
        QFETCH(int, mode);
        QFETCH(int, documents);
        const QString path = temp_.filePath(QStringLiteral("notes.txt"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("First block, first line.\nFirst block, second line.\n\nSecond block.\n\n\nThird block.\n");
        }
        ImportDialog dialog(context_.get());
        QAbstractItemModelTester tester(dialog.previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.setPlainTextMode(static_cast<corpus::PlainTextMode>(mode));
        QSignalSpy updated(&dialog, &ImportDialog::previewUpdated);
        dialog.setInputPath(path);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isPreviewRunning() && updated.count() > 0, kTimeoutMs);
        QVERIFY2(dialog.previewError().isEmpty(), qPrintable(dialog.previewError()));
        QCOMPARE(dialog.previewModel()->rowCount(), documents);
        QVERIFY(dialog.fieldNames().isEmpty());
        QCOMPARE(dialog.datasetName(), QStringLiteral("notes"));
    }

    void importDialogRefusesBadChoices()
    {
        ImportDialog dialog(context_.get());
        dialog.setInputPath(temp_.filePath(QStringLiteral("does-not-exist.jsonl")));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isPreviewRunning(), kTimeoutMs);
        QVERIFY(!dialog.previewError().isEmpty()); // unreadable input is a clear message
        QVERIFY(!dialog.commit());
        QVERIFY(dialog.errorText().contains(QStringLiteral("does not exist")));

        dialog.setInputPath(corpusPath_);
        dialog.setDatasetName(QStringLiteral("bad/name"));
        QVERIFY(!dialog.commit());
        QVERIFY(dialog.errorText().contains(QStringLiteral("bad/name")));
        QCOMPARE(static_cast<int>(store()->datasets().size()), 0); // nothing was added
    }

    void importShowsPreviewAndProblems()
    {
        ImportDialog dialog(context_.get());
        QAbstractItemModelTester previewTester(dialog.previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester problemTester(dialog.problemModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.resize(1200, 820);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy updated(&dialog, &ImportDialog::previewUpdated);
        dialog.setInputPath(corpusPath_);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isPreviewRunning() && updated.count() > 0, kTimeoutMs);
        QVERIFY2(dialog.previewError().isEmpty(), qPrintable(dialog.previewError()));

        QCOMPARE(dialog.datasetName(), QStringLiteral("fixture-corpus"));
        for (const char* field : {"text", "url", "source", "id"})
            QVERIFY2(dialog.fieldNames().contains(QLatin1String(field)), qPrintable(dialog.fieldNames().join(',')));
        QCOMPARE(dialog.textField(), QStringLiteral("text"));
        QVERIFY(dialog.metadataFields().contains(QStringLiteral("url")));
        QVERIFY(dialog.metadataFields().contains(QStringLiteral("source")));
        QVERIFY(!dialog.metadataFields().contains(QStringLiteral("text")));

        PreviewTableModel* preview = dialog.previewModel();
        QCOMPARE(preview->rowCount(), 20);
        const QString meta = preview->index(0, PreviewTableModel::Metadata).data().toString();
        QVERIFY2(meta.contains(QStringLiteral("https://en.wikipedia.org/page/0")), qPrintable(meta));
        QVERIFY(preview->index(0, PreviewTableModel::Text).data().toString().startsWith(QStringLiteral("The ")) ||
                preview->index(0, PreviewTableModel::Text).data().toString().size() > 20);

        // The broken records near the start: two invalid JSON lines and one without text.
        const corpus::ScanProblems& problems = dialog.problemModel()->problems();
        QCOMPARE(problems.counts.count("invalid_json") ? problems.counts.at("invalid_json") : 0, fixture_.invalidLines);
        QCOMPARE(problems.counts.count("missing_text_field") ? problems.counts.at("missing_text_field") : 0,
                 fixture_.missingText);
        QVERIFY(dialog.problemModel()->rowCount() >= 3);
        const QString where = dialog.problemModel()->index(0, ProblemTableModel::Location).data().toString();
        QVERIFY2(where.contains(QStringLiteral("fixture-corpus.jsonl, line ")), qPrintable(where));
        QCOMPARE(dialog.problemModel()->index(0, ProblemTableModel::Kind).data().toString(),
                 CorpusText::problemKind(problems.examples.front().kind));

        // Dropping a metadata field previews again without it.
        updated.clear();
        dialog.setMetadataFields({QStringLiteral("url"), QStringLiteral("source")});
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isPreviewRunning() && updated.count() > 0, kTimeoutMs);
        QVERIFY(!preview->index(0, PreviewTableModel::Metadata).data().toString().contains(QStringLiteral("id =")));

        QTest::qWait(50);
        QVERIFY(dialog.grab().save(testing::screenshotDir() + QStringLiteral("/corpus_import.png")));

        dialog.setDatasetName(QStringLiteral("fixture"));
        QVERIFY2(dialog.commit(), qPrintable(dialog.errorText()));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isCommitting(), kTimeoutMs); // the row is written by the dialog's StoreWriter
        QVERIFY2(dialog.createdDatasetId() >= 0, qPrintable(dialog.errorText()));
        datasetId_ = dialog.createdDatasetId();
        QVERIFY(datasetId_ > 0);
        const auto record = store()->dataset(datasetId_);
        QVERIFY(record.has_value());
        QCOMPARE(record->format, std::string("jsonl"));
        const DatasetSource source = datasetSource(*store(), *record);
        QCOMPARE(source.options.fields.textField, std::string("text"));
        auto metadata = source.options.fields.metadataFields;
        std::sort(metadata.begin(), metadata.end());
        QCOMPARE(metadata, (std::vector<std::string>{"source", "url"}));
        QCOMPARE(QString::fromStdString(source.inputs.front().string()), QFileInfo(corpusPath_).absoluteFilePath());

        JobRunner* runner = dialog.scanRunner();
        QVERIFY2(runner != nullptr, qPrintable(dialog.errorText()));
        QSignalSpy finished(runner, &JobRunner::finished);
        QVERIFY(finished.wait(kTimeoutMs));
        QVERIFY2(runner->state() == JobRunner::State::Finished,
                 qPrintable(runner->errorString() + QLatin1Char('\n') + runner->lastLogLines().join('\n')));
        QVERIFY(store()->datasetSummary(datasetId_).has_value());
        QCOMPARE(store()->dataset(datasetId_)->documents, fixture_.documents());
    }

    // ---- inspect ------------------------------------------------------------------------------

    void overviewShowsTheScan()
    {
        QVERIFY(ensureFixtureScanned());
        panel_ = std::make_unique<InspectPanel>(context_.get());
        panel_->resize(1400, 1000);
        panel_->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel_.get()));
        QVERIFY(!panel_->showsEmptyState());
        QTRY_VERIFY_WITH_TIMEOUT(!panel_->session()->isLoading(), kTimeoutMs); // read off the UI thread
        QVERIFY(panel_->selectDataset(QStringLiteral("fixture")));
        InspectSession* session = panel_->session();
        QTRY_VERIFY_WITH_TIMEOUT(!session->isLoading(), kTimeoutMs);
        QVERIFY2(session->loadProblem().isEmpty(), qPrintable(session->loadProblem()));
        QVERIFY(session->hasSummary());
        QVERIFY(session->signalsFile() != nullptr);
        QCOMPARE(session->signalsFile()->documents(), fixture_.documents());
        QTRY_VERIFY_WITH_TIMEOUT(session->counts().valid, kTimeoutMs);

        OverviewTab* overview = panel_->overviewTab();
        const QLocale locale;
        QCOMPARE(overview->card(QStringLiteral("documents"))->value(), locale.toString(fixture_.documents()));
        QVERIFY(overview->card(QStringLiteral("words"))->value() != QStringLiteral("–"));
        QVERIFY(!overview->card(QStringLiteral("size"))->value().isEmpty());
        QCOMPARE(overview->card(QStringLiteral("tokens"))->value(), QStringLiteral("no tokenizer yet"));
        const auto& summary = session->summary();
        // Exactly the copies the fixture wrote: no document of it is taken for another's duplicate.
        QCOMPARE(summary.exactDuplicates, int64_t(fixture_.exactCopies));
        QCOMPARE(summary.nearDuplicates, int64_t(fixture_.nearCopies));
        QVERIFY(overview->card(QStringLiteral("exact"))->value().startsWith(locale.toString(summary.exactDuplicates)));
        for (const char* family : {"gopher_quality", "gopher_repetition", "c4"}) {
            StatCard* card = overview->familyCard(QString::fromLatin1(family));
            QVERIFY2(card != nullptr, family);
            QVERIFY2(card->value().endsWith(QLatin1Char('%')), qPrintable(card->value()));
            QVERIFY2(card->value() != QStringLiteral("0.0%"), family); // the fixture fails each family
        }

        // The problems banner: the broken records, with examples.
        QVERIFY(panel_->problemBanner()->isVisible());
        QVERIFY2(panel_->problemBanner()->text().contains(CorpusText::problemKind("invalid_json")),
                 qPrintable(panel_->problemBanner()->text()));

        // Length histograms: bars drawn, the min-words threshold on the Words chart.
        HistogramCard* wordsCard = overview->histogramCards().front();
        QCOMPARE(wordsCard->signal(), corpus::Signal::Words);
        HistogramChart* chart = wordsCard->chart();
        QVERIFY(chart->hasData());
        QVERIFY(chart->bins().size() >= 2); // bars drawn
        QVERIFY(!chart->markers().isEmpty()); // threshold line(s), shaded
        const int minWords = ruleIndex(*session, corpus::Signal::Words, corpus::QualityRule::Bound::AtLeast);
        QVERIFY(minWords >= 0);
        const HistogramChart::Marker* line = chart->markerOf(minWords);
        QVERIFY(line != nullptr);
        QVERIFY(line->shade != HistogramChart::Marker::Shade::None);
        QCOMPARE(line->value, session->rules()[size_t(minWords)].threshold);

        // Metadata: hosts and sources.
        QComboBox* fields = overview->metadataFieldBox();
        QVERIFY(fields->findData(QStringLiteral("url_host")) >= 0);
        QVERIFY(fields->findData(QStringLiteral("source")) >= 0);
        fields->setCurrentIndex(fields->findData(QStringLiteral("url_host")));
        QCOMPARE(overview->metadataTable()->item(0, 0)->text(), QStringLiteral("en.wikipedia.org"));
        QVERIFY(overview->metadataChart()->hasData());
        QCOMPARE(overview->metadataChart()->mode(), ChartView::Mode::Bars);
        QCOMPARE(overview->metadataChart()->bars().front().label, QStringLiteral("en.wikipedia.org"));

        QTest::qWait(100);
        QVERIFY(panel_->grab().save(testing::screenshotDir() + QStringLiteral("/corpus_overview.png")));
    }

    void thresholdChangesRecount()
    {
        QVERIFY(ensurePanel());
        InspectSession* session = panel_->session();
        QVERIFY(session->counts().valid);
        panel_->tabs()->setCurrentWidget(panel_->qualityTab());
        QAbstractItemModelTester tester(panel_->qualityTab()->ruleModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int minWords = ruleIndex(*session, corpus::Signal::Words, corpus::QualityRule::Bound::AtLeast);
        QVERIFY(minWords >= 0);
        const qint64 before = session->counts().perRule[size_t(minWords)].aloneDocuments;
        QVERIFY2(before >= fixture_.shortDocs, qPrintable(QString::number(before)));

        // Typing a threshold: the spin box beside the Words histogram.
        HistogramCard* wordsCard = panel_->overviewTab()->histogramCards().front();
        QDoubleSpinBox* box = wordsCard->thresholdBox(minWords);
        QVERIFY(box != nullptr);
        QSignalSpy recounted(session, &InspectSession::countsChanged);
        box->setValue(150);
        QCOMPARE(session->rules()[size_t(minWords)].threshold, 150.0);
        QVERIFY(recounted.wait(kTimeoutMs));
        const qint64 raised = session->counts().perRule[size_t(minWords)].aloneDocuments;
        QVERIFY2(raised > before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(raised)));
        // The count is the signals file's: check it independently.
        qint64 expected = 0;
        for (float w : session->signalsFile()->column(corpus::Signal::Words))
            expected += w < 150 ? 1 : 0;
        QCOMPARE(raised, expected);
        QVERIFY(wordsCard->removesLabel(minWords)->text().contains(QLocale().toString(raised)));
        const auto* rules = panel_->qualityTab()->ruleModel();
        QVERIFY(rules->index(minWords, RuleTableModel::AloneDocuments).data().toString().startsWith(QLocale().toString(raised)));

        // Dragging the threshold line on the chart moves the same threshold.
        panel_->tabs()->setCurrentWidget(panel_->overviewTab());
        QTest::qWait(50);
        HistogramChart* chart = wordsCard->chart();
        const QPoint from = chart->positionOf(150);
        const QPoint to = chart->positionOf(300);
        QVERIFY2(to.x() > from.x() + 10, qPrintable(QStringLiteral("%1 %2").arg(from.x()).arg(to.x())));
        recounted.clear();
        QTest::mousePress(chart, Qt::LeftButton, {}, from);
        QTest::mouseMove(chart, (from + to) / 2);
        QTest::mouseMove(chart, to);
        QTest::mouseRelease(chart, Qt::LeftButton, {}, to);
        const double dragged = session->rules()[size_t(minWords)].threshold;
        QVERIFY2(std::abs(dragged - 300) < 40, qPrintable(QString::number(dragged)));
        QCOMPARE(box->value(), dragged);
        QVERIFY(recounted.wait(kTimeoutMs));
        QVERIFY(session->counts().perRule[size_t(minWords)].aloneDocuments >= raised);

        // Switching a rule off: it still shows what it would remove, but removes nothing.
        recounted.clear();
        session->setEnabled(minWords, false);
        QVERIFY(recounted.wait(kTimeoutMs));
        QCOMPARE(session->counts().perRule[size_t(minWords)].sequenceDocuments, 0);
        QVERIFY(session->counts().perRule[size_t(minWords)].aloneDocuments > 0);

        recounted.clear();
        session->resetRules();
        QVERIFY(recounted.wait(kTimeoutMs));
        QCOMPARE(session->counts().perRule[size_t(minWords)].aloneDocuments, before);
        panel_->tabs()->setCurrentWidget(panel_->qualityTab());
        QTest::qWait(100);
        QVERIFY(panel_->grab().save(testing::screenshotDir() + QStringLiteral("/corpus_quality.png")));
    }

    void browserShowsWhyADocumentFails()
    {
        QVERIFY(ensurePanel());
        InspectSession* session = panel_->session();
        DocumentBrowser* browser = panel_->documentBrowser();
        QAbstractItemModelTester tester(browser->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel_->tabs()->setCurrentWidget(browser);
        waitUntilIdle(browser);
        QCOMPARE(browser->matchingDocuments(), fixture_.documents());
        QCOMPARE(browser->model()->rowCount(), DocumentBrowser::kPageSize);
        QCOMPARE(browser->pageCount(), (fixture_.documents() + DocumentBrowser::kPageSize - 1) / DocumentBrowser::kPageSize);
        QVERIFY(browser->model()->rows().front().previewLoaded);

        // Sorting the whole dataset by a signal.
        const int wordsColumn = DocumentTableModel::FirstSignal + int(corpus::Signal::Words);
        browser->sortBy(wordsColumn, Qt::DescendingOrder);
        waitUntilIdle(browser);
        const auto& rows = browser->model()->rows();
        for (size_t i = 1; i < rows.size(); ++i)
            QVERIFY(rows[i - 1].signals[size_t(corpus::Signal::Words)] >= rows[i].signals[size_t(corpus::Signal::Words)]);

        // Only the documents failing the duplicate-lines rule.
        const int dupLines = ruleIndex(*session, corpus::Signal::DupLinesFraction, corpus::QualityRule::Bound::AtMost);
        QVERIFY(dupLines >= 0);
        browser->setShow(DocumentBrowser::Show::FailingRule, dupLines);
        waitUntilIdle(browser);
        QVERIFY2(browser->matchingDocuments() >= fixture_.repeatedLineDocs, qPrintable(QString::number(browser->matchingDocuments())));
        QVERIFY(browser->model()->rowCount() > 0);

        QSignalSpy shown(browser, &DocumentBrowser::documentShown);
        browser->view()->selectRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, kTimeoutMs);
        DocumentView* view = browser->documentView();
        QSignalSpy evidence(view, &DocumentView::evidenceShown);
        view->highlight(corpus::Signal::DupLinesFraction);
        QTRY_VERIFY_WITH_TIMEOUT(evidence.count() > 0 && !view->isComputingEvidence(), kTimeoutMs);
        QCOMPARE(view->highlightedSignal(), corpus::Signal::DupLinesFraction);
        QVERIFY2(view->highlightedSpans() > 0, qPrintable(view->evidenceLabel()->text()));
        // A repeated line carries the highlight; the unique first line does not.
        const QString text = view->textView()->toPlainText();
        auto highlightedAt = [view](int position) {
            QTextCursor cursor(view->textView()->document());
            cursor.setPosition(position + 1);
            return cursor.charFormat().background().style() != Qt::NoBrush;
        };
        bool repeatedMarked = false;
        for (int at = text.indexOf(QStringLiteral("Subscribe to the weekly letter")); at >= 0;
             at = text.indexOf(QStringLiteral("Subscribe to the weekly letter"), at + 1))
            repeatedMarked = repeatedMarked || highlightedAt(at + 2);
        QVERIFY(repeatedMarked);
        QVERIFY(!highlightedAt(2));
        // The rule checks say which rules it fails.
        bool failsDupLines = false;
        for (int i = 0; i < view->ruleChecks()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* item = view->ruleChecks()->topLevelItem(i);
            if (item->text(0) == CorpusText::ruleLabel(session->rules()[size_t(dupLines)]))
                failsDupLines = item->text(2) == QStringLiteral("fails");
        }
        QVERIFY(failsDupLines);
        QTest::qWait(100);
        QVERIFY(panel_->grab().save(testing::screenshotDir() + QStringLiteral("/corpus_browser.png")));

        // Full-text search over the corpus.
        browser->setShow(DocumentBrowser::Show::All);
        browser->search(QStringLiteral("lorem ipsum"));
        waitUntilIdle(browser);
        QCOMPARE(browser->matchingDocuments(), fixture_.loremDocs);
        browser->search(QStringLiteral("en.wikipedia.org"), true);
        waitUntilIdle(browser);
        QVERIFY(browser->matchingDocuments() > fixture_.documents() / 4);
        browser->clearSearch();
        waitUntilIdle(browser);
        QCOMPARE(browser->matchingDocuments(), fixture_.documents());
    }

    void duplicatesSideBySide()
    {
        QVERIFY(ensurePanel());
        DuplicatesTab* tab = panel_->duplicatesTab();
        QSignalSpy ready(tab, &DuplicatesTab::clustersReady);
        QSignalSpy pair(tab, &DuplicatesTab::pairShown);
        panel_->tabs()->setCurrentWidget(tab);
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() > 0, kTimeoutMs);
        int exact = 0;
        int near = 0;
        for (const auto& c : tab->clusters())
            (c.exact ? exact : near) += 1;
        QCOMPARE(exact, fixture_.exactCopies); // one cluster per copied document
        QCOMPARE(near, fixture_.nearCopies);
        QTRY_VERIFY_WITH_TIMEOUT(pair.count() > 0, kTimeoutMs);
        QVERIFY(!tab->keptText()->toPlainText().isEmpty());
        QVERIFY(!tab->memberText()->toPlainText().isEmpty());
        QVERIFY(tab->similarityLabel()->text().contains(QStringLiteral("0.")) ||
                tab->similarityLabel()->text().contains(QStringLiteral("1.000")));
        // What the tab says deduplication removes is what the scan counted, and no cluster is
        // large enough to warn about.
        const auto& summary = panel_->session()->summary();
        QCOMPARE(tab->report().exactRemoved, summary.exactDuplicates);
        QCOMPARE(tab->report().nearRemoved, summary.nearDuplicates);
        QCOMPARE(tab->report().largestNearCluster, summary.largestNearCluster);
        QVERIFY2(tab->statusLabel()->text().contains(QLocale().toString(summary.duplicatesRemoved)),
                 qPrintable(tab->statusLabel()->text()));
        QVERIFY(tab->warningLabel()->isHidden());
        // Each removed member is listed with its estimated similarity to the kept one.
        QVERIFY(tab->memberList()->item(0)->text().contains(QStringLiteral("(kept)")));
        for (int i = 1; i < tab->memberList()->count(); ++i)
            QVERIFY2(tab->memberList()->item(i)->text().contains(QStringLiteral("similarity")),
                     qPrintable(tab->memberList()->item(i)->text()));
        // A near cluster: two different texts, high similarity.
        for (size_t i = 0; i < tab->clusters().size(); ++i) {
            if (tab->clusters()[i].exact)
                continue;
            pair.clear();
            tab->showCluster(static_cast<int>(i));
            QTRY_VERIFY_WITH_TIMEOUT(pair.count() > 0, kTimeoutMs);
            QVERIFY(tab->keptText()->toPlainText() != tab->memberText()->toPlainText());
            // The planted near copies differ in two words: both sides mark what differs.
            QVERIFY2(tab->markedInKept() > 0 && tab->markedInMember() > 0, qPrintable(tab->similarityLabel()->text()));
            QVERIFY(tab->markedInMember() <= 10);
            break;
        }
        QTest::qWait(100);
        QVERIFY(panel_->grab().save(testing::screenshotDir() + QStringLiteral("/corpus_duplicates.png")));
    }

    void filterActionAddsADerivedDataset()
    {
        QVERIFY(ensurePanel());
        InspectSession* session = panel_->session();
        ActionsTab* actions = panel_->actionsTab();
        panel_->tabs()->setCurrentWidget(actions);
        QTRY_VERIFY_WITH_TIMEOUT(session->counts().valid, kTimeoutMs);
        const qint64 kept = session->counts().documents - session->counts().removedDocuments;
        QVERIFY(kept > 0 && kept < fixture_.documents());

        QCOMPARE(actions->outputEdit(ActionsTab::Action::Filter)->text(), QStringLiteral("fixture-filtered"));
        actions->previewCommand(ActionsTab::Action::Filter);
        const QString preview = actions->commandPreview()->toPlainText();
        QVERIFY(preview.contains(QStringLiteral("adaptlab-cli run spec.json")));
        QVERIFY(preview.contains(QStringLiteral("\"corpus_filter\"")));
        // Select needs a target other than the dataset itself.
        QVERIFY(!actions->problemWith(ActionsTab::Action::Select).isEmpty());
        const QJsonObject dedup = QJsonDocument::fromJson(actions->specFor(ActionsTab::Action::Dedup).toUtf8()).object();
        QCOMPARE(dedup.value(QStringLiteral("params")).toObject().value(QStringLiteral("bands")).toInt(), 14);

        QSignalSpy ended(actions, &ActionsTab::jobEnded);
        JobRunner* runner = actions->run(ActionsTab::Action::Filter);
        QVERIFY2(runner != nullptr, qPrintable(actions->statusLabel(ActionsTab::Action::Filter)->text()));
        QSignalSpy finished(runner, &JobRunner::finished);
        QVERIFY(finished.wait(kTimeoutMs));
        QVERIFY2(runner->state() == JobRunner::State::Finished,
                 qPrintable(runner->errorString() + QLatin1Char('\n') + runner->lastLogLines().join('\n')));
        QTRY_VERIFY_WITH_TIMEOUT(ended.count() > 0, kTimeoutMs);

        const auto derived = store()->datasetByName("fixture-filtered");
        QVERIFY(derived.has_value());
        QCOMPARE(derived->parentDatasetId.value_or(-1), datasetId_);
        QVERIFY(derived->provenanceJson.size() > 2);
        QCOMPARE(derived->documents, kept); // a derived dataset is counted as it is written
        // The new dataset is scanned right away.
        JobRunner* scan = actions->scanRunner(ActionsTab::Action::Filter);
        QVERIFY(scan != nullptr);
        if (scan->state() == JobRunner::State::Running || scan->state() == JobRunner::State::Idle
                || scan->state() == JobRunner::State::Starting) {
            QSignalSpy scanned(scan, &JobRunner::finished);
            QVERIFY(scanned.wait(kTimeoutMs));
        }
        QCOMPARE(scan->state(), JobRunner::State::Finished);
        QVERIFY(store()->datasetSummary(derived->id).has_value());
        // The panel lists it (the app told it the store changed) and suggests a fresh name.
        QTRY_VERIFY_WITH_TIMEOUT(panel_->datasetBox()->findText(QStringLiteral("fixture-filtered"), Qt::MatchStartsWith) >= 0, 5000);
        QCOMPARE(actions->outputEdit(ActionsTab::Action::Filter)->text(), QStringLiteral("fixture-filtered-2"));
        QTest::qWait(100);
        QVERIFY(panel_->grab().save(testing::screenshotDir() + QStringLiteral("/corpus_actions.png")));
    }

    // Dedup and DSIR selection through the same path: each adds a dataset derived from fixture.
    void dedupAndSelectActionsAddDatasets()
    {
        QVERIFY(ensurePanel());
        QVERIFY(ensureDerived(ActionsTab::Action::Filter, "fixture-filtered")); // the selection's target
        ActionsTab* actions = panel_->actionsTab();
        actions->scanAfterBox()->setChecked(false);
        const qint64 removable = panel_->session()->summary().exactDuplicates;

        actions->dedupModeBox()->setCurrentIndex(actions->dedupModeBox()->findData(int(DedupMode::Exact)));
        QCOMPARE(actions->outputEdit(ActionsTab::Action::Dedup)->text(), QStringLiteral("fixture-dedup"));
        JobRunner* dedup = actions->run(ActionsTab::Action::Dedup);
        QVERIFY2(dedup != nullptr, qPrintable(actions->statusLabel(ActionsTab::Action::Dedup)->text()));
        QSignalSpy dedupDone(dedup, &JobRunner::finished);
        QVERIFY(dedupDone.wait(kTimeoutMs));
        QVERIFY2(dedup->state() == JobRunner::State::Finished,
                 qPrintable(dedup->errorString() + QLatin1Char('\n') + dedup->lastLogLines().join('\n')));
        const auto deduped = store()->datasetByName("fixture-dedup");
        QVERIFY(deduped.has_value());
        QCOMPARE(deduped->parentDatasetId.value_or(-1), datasetId_);
        QCOMPARE(deduped->documents, fixture_.documents() - removable);

        // Select from fixture the documents that look like the filtered set.
        QTRY_VERIFY_WITH_TIMEOUT(actions->targetBox()->findData(QStringLiteral("fixture-filtered")) >= 0, 5000);
        actions->targetBox()->setCurrentIndex(actions->targetBox()->findData(QStringLiteral("fixture-filtered")));
        QCOMPARE(actions->outputEdit(ActionsTab::Action::Select)->text(), QStringLiteral("fixture-like-fixture-filtered"));
        actions->kBox()->setValue(25);
        actions->noiseBox()->setChecked(false);
        QVERIFY(actions->problemWith(ActionsTab::Action::Select).isEmpty());
        JobRunner* select = actions->run(ActionsTab::Action::Select);
        QVERIFY2(select != nullptr, qPrintable(actions->statusLabel(ActionsTab::Action::Select)->text()));
        QSignalSpy selectDone(select, &JobRunner::finished);
        QVERIFY(selectDone.wait(kTimeoutMs));
        QVERIFY2(select->state() == JobRunner::State::Finished,
                 qPrintable(select->errorString() + QLatin1Char('\n') + select->lastLogLines().join('\n')));
        // The status says how the selection compares with random samples of its size.
        QVERIFY2(actions->statusLabel(ActionsTab::Action::Select)->text().contains(
                     QStringLiteral("to the target than a random sample of the same size")),
                 qPrintable(actions->statusLabel(ActionsTab::Action::Select)->text()));
        const auto selected = store()->datasetByName("fixture-like-fixture-filtered");
        QVERIFY(selected.has_value());
        QCOMPARE(selected->parentDatasetId.value_or(-1), datasetId_);
        QVERIFY(selected->provenanceJson.find("fixture-filtered") != std::string::npos);
        actions->scanAfterBox()->setChecked(true);
    }

    void datasetsPanelShowsLineage()
    {
        QVERIFY(ensureFixtureScanned());
        QVERIFY(ensureDerived(ActionsTab::Action::Filter, "fixture-filtered"));
        QVERIFY(ensureDerived(ActionsTab::Action::Dedup, "fixture-dedup"));
        QVERIFY(ensureDerived(ActionsTab::Action::Select, "fixture-like-fixture-filtered"));
        DatasetsPanel panel(context_.get());
        QSignalSpy shown(&panel, &DatasetsPanel::refreshed); // the datasets are read off the UI thread
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.resize(1200, 760);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_VERIFY(shown.count() > 0);
        QVERIFY(!panel.showsEmptyState());
        DatasetTableModel* model = panel.model();
        QCOMPARE(model->rowCount(), 4);
        const int fixtureRow = model->rowOf(datasetId_);
        QVERIFY(fixtureRow >= 0);
        QCOMPARE(model->index(fixtureRow, DatasetTableModel::Scan).data().toString(),
                 QStringLiteral("scanned; problems: %1").arg(fixture_.invalidLines + fixture_.missingText));
        QCOMPARE(model->index(fixtureRow, DatasetTableModel::Documents).data().toString(),
                 QLocale().toString(fixture_.documents()));
        const int derivedRow = model->rowOf(store()->datasetByName("fixture-filtered")->id);
        QVERIFY(derivedRow >= 0);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, DatasetTableModel::DerivedFrom).data().toString(),
                     row == fixtureRow ? QString() : QStringLiteral("fixture"));
        QCOMPARE(model->index(derivedRow, DatasetTableModel::Scan).data().toString(), QStringLiteral("scanned"));
        panel.selectDataset(model->datasets()[size_t(derivedRow)].record.id);
        QTest::qWait(100);
        QVERIFY(panel.grab().save(testing::screenshotDir() + QStringLiteral("/corpus_datasets.png")));
    }

    // Shards of one corpus chosen together become one dataset: previewed, imported with the
    // file list, scanned across all of them, and listed as the first file plus a count.
    void importSeveralFilesAsOneDataset()
    {
        QDir(temp_.path()).mkpath(QStringLiteral("shards"));
        QStringList paths;
        int documents = 0;
        for (int shard = 1; shard <= 3; ++shard) {
            const QString path = temp_.filePath(QStringLiteral("shards/part-%1.jsonl").arg(shard));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            for (int i = 0; i < 4 + shard; ++i, ++documents)
                file.write(QStringLiteral("{\"text\": \"Shard %1 holds document %2 of the corpus.\"}\n")
                               .arg(shard).arg(i).toUtf8());
            paths << path;
        }
        ImportDialog dialog(context_.get());
        QSignalSpy updated(&dialog, &ImportDialog::previewUpdated);
        dialog.setInputPaths(paths);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isPreviewRunning() && updated.count() > 0, kTimeoutMs);
        QVERIFY2(dialog.previewError().isEmpty(), qPrintable(dialog.previewError()));
        QCOMPARE(dialog.inputPaths(), paths);
        QCOMPARE(dialog.previewModel()->rowCount(), documents); // all shards, in order
        QCOMPARE(dialog.datasetName(), QStringLiteral("shards"));   // named after their folder

        QVERIFY2(dialog.commit(), qPrintable(dialog.errorText()));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isCommitting(), kTimeoutMs); // the row is written by the dialog's StoreWriter
        QVERIFY2(dialog.createdDatasetId() >= 0, qPrintable(dialog.errorText()));
        const auto record = store()->dataset(dialog.createdDatasetId());
        QVERIFY(record.has_value());
        const DatasetSource source = datasetSource(*store(), *record);
        QCOMPARE(static_cast<int>(source.inputs.size()), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(QString::fromStdString(source.inputs[size_t(i)].string()), QFileInfo(paths[i]).absoluteFilePath());
        JobRunner* runner = dialog.scanRunner();
        QVERIFY2(runner != nullptr, qPrintable(dialog.errorText()));
        QSignalSpy finished(runner, &JobRunner::finished);
        QVERIFY(finished.wait(kTimeoutMs));
        QVERIFY2(runner->state() == JobRunner::State::Finished, qPrintable(runner->lastLogLines().join('\n')));
        QCOMPARE(store()->dataset(record->id)->documents, int64_t(documents));

        DatasetsPanel panel(context_.get());
        QSignalSpy read(&panel, &DatasetsPanel::refreshed); // the datasets are read off the UI thread
        QTRY_VERIFY(read.count() > 0);
        DatasetTableModel* model = panel.model();
        const int row = model->rowOf(record->id);
        QVERIFY(row >= 0);
        const QString shown = model->index(row, DatasetTableModel::Path).data().toString();
        QVERIFY2(shown.contains(QStringLiteral("part-1.jsonl")) && shown.contains(QStringLiteral("+2")), qPrintable(shown));
        panel.resize(1200, 760);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.selectDataset(record->id);
        QTest::qWait(50);
        QVERIFY(panel.grab().save(testing::screenshotDir() + QStringLiteral("/corpus_datasets_files.png")));

        // A folder among several files is refused with the reason; nothing is added.
        ImportDialog mixed(context_.get());
        mixed.setInputPaths({paths.front(), temp_.filePath(QStringLiteral("shards"))});
        mixed.setDatasetName(QStringLiteral("mixed"));
        QVERIFY(!mixed.commit());
        QVERIFY2(mixed.errorText().contains(QStringLiteral("folder")), qPrintable(mixed.errorText()));
        QVERIFY(!store()->datasetByName("mixed").has_value());
    }

    // A corpus that is mostly one text with a different last sentence: the Duplicates tab shows the
    // one large cluster, each removed copy with its similarity to the kept one, and warns that one
    // cluster holds most of the corpus (usually boilerplate, or a threshold set too low).
    void duplicatesWarnAboutALargeCluster()
    {
        QVERIFY(ensurePanel());
        const QString path = temp_.filePath(QStringLiteral("boilerplate.jsonl"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            const QString base = Prose(7000).document(12);
            for (int i = 0, copy = 0; i < 30; ++i) {
                // 20 copies, told apart by one word (a letter a-t: digits would all normalize to 0).
                const QString text = i % 3 == 2 ? Prose(8000 + i).document(10)
                                                : base + QStringLiteral(" Copy %1 ends here.").arg(QChar(u'a' + copy++));
                file.write(jsonLine(text, QStringLiteral("https://example.org/%1").arg(i), QStringLiteral("web")));
            }
        }
        ImportDialog dialog(context_.get());
        QSignalSpy updated(&dialog, &ImportDialog::previewUpdated);
        dialog.setInputPaths({path});
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isPreviewRunning() && updated.count() > 0, kTimeoutMs);
        QVERIFY2(dialog.commit(), qPrintable(dialog.errorText()));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isCommitting(), kTimeoutMs); // the row is written by the dialog's StoreWriter
        QVERIFY2(dialog.createdDatasetId() >= 0, qPrintable(dialog.errorText()));
        JobRunner* runner = dialog.scanRunner();
        QVERIFY2(runner != nullptr, qPrintable(dialog.errorText()));
        QSignalSpy finished(runner, &JobRunner::finished);
        QVERIFY(finished.wait(kTimeoutMs));
        QVERIFY2(runner->state() == JobRunner::State::Finished, qPrintable(runner->lastLogLines().join('\n')));

        DuplicatesTab* tab = panel_->duplicatesTab();
        panel_->tabs()->setCurrentWidget(tab);
        QSignalSpy ready(tab, &DuplicatesTab::clustersReady);
        QTRY_VERIFY_WITH_TIMEOUT(panel_->selectDataset(QStringLiteral("boilerplate")), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() > 0, kTimeoutMs);
        const DuplicateReport& report = tab->report();
        QCOMPARE(report.documents, int64_t(30));
        QCOMPARE(report.exactRemoved, int64_t(0));
        QCOMPARE(report.nearRemoved, int64_t(19));
        QCOMPARE(report.largestNearCluster, int64_t(20));
        QVERIFY(tab->warningLabel()->isVisible());
        QVERIFY2(tab->warningLabel()->text().contains(CorpusText::percent(20.0 / 30.0)),
                 qPrintable(tab->warningLabel()->text()));
        QCOMPARE(tab->clusters().front().members.size(), size_t(20));
        QCOMPARE(tab->memberList()->count(), 20);
        QCOMPARE(tab->memberList()->item(0)->text(), QStringLiteral("document 1 (kept)"));
        for (int i = 1; i < 20; ++i) {
            const double similarity = tab->clusters().front().similarity[size_t(i)];
            QVERIFY2(similarity >= report.threshold && similarity < 1.0, qPrintable(QString::number(similarity)));
            QVERIFY2(tab->memberList()->item(i)->text().endsWith(QLocale().toString(similarity, 'f', 3)),
                     qPrintable(tab->memberList()->item(i)->text()));
        }
        QTest::qWait(100);
        QVERIFY(panel_->grab().save(testing::screenshotDir() + QStringLiteral("/corpus_duplicates_warning.png")));

        // A scan made by an older AdaptLab (signals file version 1, no signatures): the panel says
        // to scan again instead of showing clusters it cannot verify.
        const auto record = store()->datasetByName("boilerplate");
        QVERIFY(record.has_value());
        const auto summary = store()->datasetSummary(record->id);
        QVERIFY(summary.has_value());
        {
            QFile signals(QString::fromStdString(store()->absolutePath(summary->signalsPath).string()));
            QVERIFY(signals.open(QIODevice::ReadWrite));
            QVERIFY(signals.seek(8)); // the u32 version after the 8-byte magic
            QCOMPARE(signals.write(QByteArray("\x01\x00\x00\x00", 4)), qint64(4));
        }
        panel_->session()->setDataset(-1);
        QVERIFY(panel_->selectDataset(QStringLiteral("boilerplate")));
        QTRY_VERIFY_WITH_TIMEOUT(!panel_->session()->isLoading(), kTimeoutMs);
        QVERIFY2(panel_->session()->loadProblem().contains(QStringLiteral("older AdaptLab")),
                 qPrintable(panel_->session()->loadProblem()));
        QVERIFY(panel_->session()->signalsFile() == nullptr);
        QVERIFY(tab->clusters().empty());
        QVERIFY2(tab->statusLabel()->text().contains(QStringLiteral("Scan the dataset")),
                 qPrintable(tab->statusLabel()->text()));
        QVERIFY(tab->warningLabel()->isHidden());
    }

    void closingTheProjectEmptiesThePanels()
    {
        QVERIFY(ensurePanel());
        context_->closeProject();
        QVERIFY(panel_->showsEmptyState());
        QVERIFY(!panel_->session()->dataset().has_value());
        QVERIFY(panel_->session()->signalsFile() == nullptr);
    }
};

QTEST_MAIN(TestCorpusPanel)
#include "tst_corpus_panel.moc"
