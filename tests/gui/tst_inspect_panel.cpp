// The Inspect panel after the new-user trial of issue 7: duplicate cards that add up (exact
// copies, near duplicates beyond them, the total removed), histogram axes that end at a round
// number above the data and log axes labelled 1, 10, 100, 1k, every failing rule in the document
// browser, a search that says how it combines with the filter and marks its matches, thresholds
// kept per dataset in the project, the panel following the Data panel's dataset, the command
// preview in a dialog, a rules table that shows every rule and whole headers (English and German)
// and hints that link to the glossary. A real project, real scans by adaptlab-cli, summaries and
// settings written into the real store. The fixture is written here: prose, licence texts that
// mention "Expat", and short documents of long words that fail two Gopher rules at once.
#include "actions_tab.h"
#include "corpus_text.h"
#include "document_browser.h"
#include "document_table_model.h"
#include "document_view.h"
#include "histogram_card.h"
#include "histogram_chart.h"
#include "import_dialog.h"
#include "inspect_panel.h"
#include "inspect_session.h"
#include "job_specs.h"
#include "overview_tab.h"
#include "quality_tab.h"
#include "rule_table_model.h"
#include "text_spans.h"

#include "app_context.h"
#include "app_settings.h"
#include "app_style.h"
#include "app_test_support.h"
#include "chart_view.h"
#include "gui_test_support.h"
#include "job_runner.h"
#include "stat_card.h"

#include "store/project_store.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

#include <cmath>
#include <memory>
#include <set>

using namespace adaptlab::corpus_panel;
namespace corpus = adaptlab::corpus;
namespace store = adaptlab::store;
namespace testing = adaptlab::testing;
using adaptlab::JobRunner;
using adaptlab::StatCard;
using nlohmann::json;

namespace {

constexpr int kTimeoutMs = 120000;

// The fixture's make-up: what the checks below expect.
struct Fixture {
    int prose = 30;     // pass every default rule
    int licences = 12;  // pass too; each mentions "Expat", the first one three times
    int longWords = 8;  // 30 words of 12 to 17 letters: fail "Words >= 50" and "Mean word length <= 10"
    int documents() const { return prose + licences + longWords; }
    int firstLicence() const { return prose; }
};

// Deterministic prose that passes the default rules: function words in every sentence, many
// different content words, no fixed run of five words.
class Prose {
public:
    explicit Prose(quint32 seed) : state_(seed * 2654435761u + 1) {}

    quint32 next()
    {
        state_ = state_ * 1664525u + 1013904223u;
        return state_ >> 8;
    }
    QString word(const QStringList& list) { return list[static_cast<int>(next() % list.size())]; }

    QString sentence()
    {
        static const QStringList adjectives = {"careful", "modern", "early", "quiet", "simple", "curious",
                                               "ancient", "narrow", "bright", "steady", "gentle", "formal",
                                               "rural", "urban", "coastal", "northern", "public", "annual"};
        static const QStringList nouns = {"committee", "library", "river", "village", "report", "garden",
                                          "engine", "harbor", "museum", "council", "method", "market",
                                          "bridge", "journal", "forest", "station", "teacher", "letter",
                                          "record", "railway", "castle", "island", "valley", "archive"};
        static const QStringList verbs = {"reviewed", "described", "visited", "improved", "studied",
                                          "restored", "measured", "opened", "recorded", "planned",
                                          "managed", "crossed", "replaced", "supported", "explored"};
        if (next() % 2 == 0)
            return QStringLiteral("The %1 %2 %3 the %4 of the %5, and it was %6 to %7.")
                .arg(word(adjectives), word(nouns), word(verbs), word(nouns), word(nouns), word(adjectives),
                     word(nouns));
        return QStringLiteral("In the %1 %2, a %3 %4 %5 that the %6 had been %7 with %8 care.")
            .arg(word(adjectives), word(nouns), word(adjectives), word(nouns), word(verbs), word(nouns),
                 word(verbs), word(adjectives));
    }

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

    QString longWord()
    {
        QString w;
        const int length = 12 + static_cast<int>(next() % 6);
        for (int i = 0; i < length; ++i)
            w += QChar(u'a' + static_cast<char16_t>(next() % 26));
        return w;
    }

private:
    quint32 state_;
};

void writeFixture(const QString& path, const Fixture& f)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    auto line = [&file](const QString& text, const QString& source) {
        QJsonObject o;
        o.insert(QStringLiteral("text"), text);
        o.insert(QStringLiteral("source"), source);
        file.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
    };
    for (int i = 0; i < f.prose; ++i) {
        Prose prose(100 + i);
        line(prose.document(9 + static_cast<int>(prose.next() % 6)), QStringLiteral("prose"));
    }
    for (int i = 0; i < f.licences; ++i) {
        Prose prose(300 + i);
        QString text = prose.document(9) + QStringLiteral("\n\nThe code is released under the Expat licence, "
                                                          "which many people know as the MIT licence.");
        if (i == 0)
            text += QStringLiteral(" The expat maintainers kept the EXPAT notice in every file.");
        line(text, QStringLiteral("licence"));
    }
    for (int i = 0; i < f.longWords; ++i) {
        Prose prose(500 + i);
        QStringList words;
        for (int w = 0; w < 30; ++w)
            words << prose.longWord();
        line(words.join(QLatin1Char(' ')) + QLatin1Char('.'), QStringLiteral("noise"));
    }
}

int ruleIndex(const std::vector<corpus::QualityRule>& rules, const char* key)
{
    for (size_t i = 0; i < rules.size(); ++i)
        if (rules[i].key == key)
            return static_cast<int>(i);
    return -1;
}

// A rule's verdict worked out here from its threshold, not through corpus::passes.
bool failsByHand(const corpus::QualityRule& rule, const corpus::SignalVector& signals)
{
    const double value = signals[static_cast<size_t>(rule.signal)];
    return rule.bound == corpus::QualityRule::Bound::AtLeast ? value < rule.threshold : value > rule.threshold;
}

json settingsOf(store::ProjectStore& s, qint64 id)
{
    return json::parse(s.dataset(id)->settingsJson);
}

const json* savedRule(const json& settings, const std::string& key)
{
    if (!settings.contains("quality_rules"))
        return nullptr;
    for (const json& r : settings["quality_rules"])
        if (r.value("key", std::string()) == key)
            return &r;
    return nullptr;
}

QStringList hrefsIn(const QString& html)
{
    QStringList hrefs;
    static const QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
    for (auto it = href.globalMatch(html); it.hasNext();)
        hrefs << it.next().captured(1);
    return hrefs;
}

} // namespace

class TestInspectPanel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir temp_;
    Fixture fixture_;
    QString projectDir_;
    std::unique_ptr<adaptlab::gui::AppContext> context_;
    std::unique_ptr<InspectPanel> panel_;
    qint64 datasetA_ = -1; // "licences"
    qint64 datasetB_ = -1; // "licences-b", the same file imported again

    store::ProjectStore* store() const { return context_->store(); }

    // The session reads the datasets and a dataset's scan off the UI thread; its answers come
    // back through the event loop.
    static void settle(InspectPanel* panel)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!panel->session()->isLoading(), kTimeoutMs);
    }

    static void waitUntilIdle(DocumentBrowser* browser)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!browser->isBusy(), kTimeoutMs);
    }

    // Imports PATH as dataset NAME through the Data panel's dialog and waits for its scan.
    void importAndScan(const QString& path, const QString& name, qint64* id)
    {
        ImportDialog dialog(context_.get());
        QSignalSpy updated(&dialog, &ImportDialog::previewUpdated);
        dialog.setInputPath(path);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isPreviewRunning() && updated.count() > 0, kTimeoutMs);
        dialog.setDatasetName(name);
        QVERIFY2(dialog.commit(), qPrintable(dialog.errorText()));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isCommitting(), kTimeoutMs); // the row is written by the dialog's StoreWriter
        QVERIFY2(dialog.createdDatasetId() >= 0, qPrintable(dialog.errorText()));
        JobRunner* runner = dialog.scanRunner();
        QVERIFY2(runner != nullptr, qPrintable(dialog.errorText()));
        QSignalSpy finished(runner, &JobRunner::finished);
        if (runner->state() != JobRunner::State::Finished)
            QVERIFY(finished.wait(kTimeoutMs));
        QVERIFY2(runner->state() == JobRunner::State::Finished, qPrintable(runner->lastLogLines().join('\n')));
        *id = dialog.createdDatasetId();
    }

    void makePanel(int width = 1200, int height = 780)
    {
        panel_ = std::make_unique<InspectPanel>(context_.get());
        panel_->resize(width, height);
        panel_->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel_.get()));
    }

    void openDataset(const QString& name)
    {
        settle(panel_.get());
        QVERIFY(panel_->selectDataset(name));
        settle(panel_.get());
        QCOMPARE(panel_->session()->datasetName(), name);
        QVERIFY2(panel_->session()->loadProblem().isEmpty(), qPrintable(panel_->session()->loadProblem()));
        QTRY_VERIFY_WITH_TIMEOUT(panel_->session()->counts().valid, kTimeoutMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(temp_.isValid());
        testing::prepareApp(temp_);
        projectDir_ = temp_.filePath(QStringLiteral("project"));
        QString error;
        context_ = testing::contextWithNewProject(projectDir_, &error);
        QVERIFY2(context_ != nullptr, qPrintable(error));
        const QString corpusPath = temp_.filePath(QStringLiteral("licences.jsonl"));
        writeFixture(corpusPath, fixture_);
        importAndScan(corpusPath, QStringLiteral("licences"), &datasetA_);
        QVERIFY(datasetA_ > 0);
        importAndScan(corpusPath, QStringLiteral("licences-b"), &datasetB_);
        QVERIFY(datasetB_ > 0);
        QCOMPARE(store()->dataset(datasetA_)->documents, fixture_.documents());
    }

    void cleanupTestCase()
    {
        panel_.reset();
        context_.reset();
    }

    // ---- without a project --------------------------------------------------------------------

    void countAxisEndsAtARoundNumber_data()
    {
        QTest::addColumn<qint64>("largestBin");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<double>("top");
        QTest::addColumn<double>("step");
        // The trial: 302 documents, the old axis ended at 318.
        QTest::newRow("290 of 302") << qint64(290) << qint64(302) << 300.0 << 100.0;
        // Every document in one bin: 400 would be the round top, but no bin can pass 302.
        QTest::newRow("302 of 302") << qint64(302) << qint64(302) << 302.0 << 100.0;
        QTest::newRow("66 of 200, steps of 25") << qint64(66) << qint64(200) << 75.0 << 25.0;
        QTest::newRow("37 of 100") << qint64(37) << qint64(100) << 40.0 << 10.0;
        QTest::newRow("200 of 200") << qint64(200) << qint64(200) << 200.0 << 50.0;
        QTest::newRow("7 of 50") << qint64(7) << qint64(50) << 8.0 << 2.0;
        QTest::newRow("3 of 3") << qint64(3) << qint64(3) << 3.0 << 1.0;
        QTest::newRow("one document") << qint64(1) << qint64(1) << 1.0 << 1.0;
        QTest::newRow("empty") << qint64(0) << qint64(0) << 1.0 << 1.0;
        QTest::newRow("a million") << qint64(1'000'000) << qint64(3'000'000) << 1'000'000.0 << 250'000.0;
    }

    void countAxisEndsAtARoundNumber()
    {
        QFETCH(qint64, largestBin);
        QFETCH(qint64, total);
        QFETCH(double, top);
        QFETCH(double, step);
        const auto axis = HistogramChart::countAxis(largestBin, total);
        QCOMPARE(axis.top, top);
        QCOMPARE(axis.step, step);
        QVERIFY(axis.top >= static_cast<double>(largestBin));
        QVERIFY(axis.top / axis.step <= 4.0 + 1e-9);
    }

    void logTickLabels_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("label");
        QTest::newRow("0.5") << 0.5 << QStringLiteral("0.5");
        QTest::newRow("1") << 1.0 << QStringLiteral("1");
        QTest::newRow("100") << 100.0 << QStringLiteral("100");
        QTest::newRow("1k") << 1000.0 << QStringLiteral("1k");
        QTest::newRow("20k") << 20000.0 << QStringLiteral("20k");
        QTest::newRow("100k") << 100000.0 << QStringLiteral("100k");
        QTest::newRow("1M") << 1e6 << QStringLiteral("1M");
        QTest::newRow("5G") << 5e9 << QStringLiteral("5G");
    }

    void logTickLabels()
    {
        QFETCH(double, value);
        QFETCH(QString, label);
        QCOMPARE(HistogramChart::logTickLabel(value), label);
    }

    // Characters from 1 to a million on a card as narrow as the Overview's: every decade
    // labelled in a few characters, and the labels fit side by side.
    void logAxisLabelsFitTheCard()
    {
        corpus::Histogram h;
        h.logBins = true;
        h.edges = {1, 10, 100, 1e3, 1e4, 1e5, 1e6};
        h.counts = {3, 20, 120, 150, 8, 1};
        h.min = 2;
        h.max = 9e5;
        HistogramChart chart;
        chart.resize(300, 200);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setHistogram(h);
        QVERIFY(chart.hasData());
        QVERIFY(chart.logScale());
        const QStringList labels = chart.xTickLabels();
        QCOMPARE(labels, (QStringList{"1", "10", "100", "1k", "10k", "100k", "1M"}));
        // The count axis: largest bin 150 of 302 documents -> 0, 50, 100, 150.
        QCOMPARE(chart.countTop(), 150.0);
        QCOMPARE(chart.countStep(), 50.0);
        QTest::qWait(50);
        const QFontMetrics metrics(chart.font());
        int widest = 0;
        for (const QString& label : labels)
            widest = std::max(widest, metrics.horizontalAdvance(label));
        const double perLabel = chart.plotRect().width() / (labels.size() - 1);
        QVERIFY2(perLabel > widest + 4, qPrintable(QStringLiteral("%1 px per label, widest %2").arg(perLabel).arg(widest)));
        QVERIFY(chart.grab().save(testing::screenshotDir() + QStringLiteral("/inspect_log_axis.png")));
    }

    void searchMatchesFollowTheEngine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("needle");
        QTest::addColumn<QList<int>>("starts");
        QTest::newRow("ASCII case folds") << QStringLiteral("Expat, expat and EXPAT") << QStringLiteral("eXpAt")
                                          << QList<int>{0, 7, 17};
        QTest::newRow("no overlaps") << QStringLiteral("aaaa") << QStringLiteral("aa") << QList<int>{0, 2};
        // The engine folds ASCII only: Ä and ä are different letters to it.
        QTest::newRow("non-ASCII exact") << QStringLiteral("Äpfel und äpfel") << QStringLiteral("äpfel")
                                         << QList<int>{10};
        QTest::newRow("CJK") << QStringLiteral("数据清洗和数据") << QStringLiteral("数据") << QList<int>{0, 5};
        QTest::newRow("absent") << QStringLiteral("nothing here") << QStringLiteral("expat") << QList<int>{};
        QTest::newRow("empty needle") << QStringLiteral("text") << QString() << QList<int>{};
    }

    void searchMatchesFollowTheEngine()
    {
        QFETCH(QString, text);
        QFETCH(QString, needle);
        QFETCH(QList<int>, starts);
        const auto matches = searchMatches(text, needle);
        QList<int> found;
        for (const auto& [start, length] : matches) {
            found << start;
            QCOMPARE(length, needle.size());
        }
        QCOMPARE(found, starts);
    }

    void savedRuleChoicesAreCheckedEntryByEntry_data()
    {
        QTest::addColumn<QString>("choices");
        QTest::addColumn<QStringList>("problemFields");
        QTest::addColumn<double>("minWords");
        QTest::addColumn<bool>("maxWordsOn");
        QTest::newRow("fine") << QStringLiteral(R"([{"key":"gopher_min_words","threshold":80},
                                                    {"key":"gopher_max_words","enabled":false}])")
                              << QStringList{} << 80.0 << false;
        QTest::newRow("threshold not a number")
            << QStringLiteral(R"([{"key":"gopher_min_words","threshold":"high"},{"key":"gopher_max_words","enabled":false}])")
            << QStringList{"quality_rules[0].threshold"} << 50.0 << false;
        QTest::newRow("unknown rule") << QStringLiteral(R"([{"key":"no_such_rule"},{"key":"gopher_min_words","threshold":70}])")
                                      << QStringList{"quality_rules[0].key"} << 70.0 << true;
        QTest::newRow("not an object") << QStringLiteral(R"([3, {"key":"gopher_min_words","enabled":"yes"}])")
                                       << QStringList{"quality_rules[0]", "quality_rules[1].enabled"} << 50.0 << true;
        QTest::newRow("not a list") << QStringLiteral(R"({"key":"gopher_min_words"})")
                                    << QStringList{"quality_rules"} << 50.0 << true;
    }

    void savedRuleChoicesAreCheckedEntryByEntry()
    {
        QFETCH(QString, choices);
        QFETCH(QStringList, problemFields);
        QFETCH(double, minWords);
        QFETCH(bool, maxWordsOn);
        QStringList problems;
        const auto rules = applyQualityRuleChoices(json::parse(choices.toStdString()), QStringLiteral("quality_rules"),
                                                   &problems);
        QCOMPARE(rules.size(), corpus::defaultQualityRules().size());
        QCOMPARE(problems.size(), problemFields.size());
        for (int i = 0; i < problems.size(); ++i)
            QVERIFY2(problems[i].startsWith(problemFields[i] + QLatin1Char(':')), qPrintable(problems[i]));
        QCOMPARE(rules[size_t(ruleIndex(rules, "gopher_min_words"))].threshold, minWords);
        QCOMPARE(rules[size_t(ruleIndex(rules, "gopher_max_words"))].enabled, maxWordsOn);
        // What is written comes back the same.
        auto changed = corpus::defaultQualityRules();
        changed[2].threshold = 2.5;
        changed[5].enabled = false;
        QStringList none;
        const auto back = applyQualityRuleChoices(qualityRuleChoices(changed), QStringLiteral("quality_rules"), &none);
        QVERIFY(none.isEmpty());
        QCOMPARE(back[2].threshold, 2.5);
        QCOMPARE(back[5].enabled, false);
    }

    // The Jobs dock labels a job "Filter gcide -> gcide-clean" from these two fields.
    void jobSpecsNameTheDatasetAndTheOutput()
    {
        FilterChoice filter{QStringLiteral("gcide"), corpus::defaultQualityRules(), QStringLiteral("gcide-clean"), false};
        DedupChoice dedup{QStringLiteral("gcide"), DedupMode::Both, 14, 8, QStringLiteral("gcide-dedup")};
        SelectChoice select{QStringLiteral("pile"), QStringLiteral("gcide"), 10, 0, true, 128, QStringLiteral("pile-like-gcide")};
        const QList<QPair<QString, QString>> specs = {{filterSpec(QStringLiteral("/p"), filter), QStringLiteral("gcide-clean")},
                                                      {dedupSpec(QStringLiteral("/p"), dedup), QStringLiteral("gcide-dedup")},
                                                      {selectSpec(QStringLiteral("/p"), select), QStringLiteral("pile-like-gcide")}};
        for (const auto& [spec, output] : specs) {
            const QJsonObject params = QJsonDocument::fromJson(spec.toUtf8()).object().value(QStringLiteral("params")).toObject();
            QVERIFY(!params.value(QStringLiteral("dataset")).toString().isEmpty());
            QCOMPARE(params.value(QStringLiteral("output")).toString(), output);
        }
        QCOMPARE(QJsonDocument::fromJson(inspectSpec(QStringLiteral("/p"), QStringLiteral("gcide")).toUtf8())
                     .object().value(QStringLiteral("params")).toObject().value(QStringLiteral("dataset")).toString(),
                 QStringLiteral("gcide"));
    }

    // ---- a project ----------------------------------------------------------------------------

    // Summaries written into the store: disjoint counts (with and without one huge cluster) and
    // one from before the counts were disjoint, whose near count overlaps the exact one.
    void duplicateCardsAddUp_data()
    {
        QTest::addColumn<QString>("keys");
        QTest::addColumn<QString>("exact");
        QTest::addColumn<QString>("near");
        QTest::addColumn<QString>("removed");
        QTest::addColumn<bool>("warning");
        // The trial's numbers: 302 documents, 144 exact copies, 154 removed in all.
        QTest::newRow("disjoint, one huge cluster")
            << QStringLiteral(R"({"exact_duplicates":144,"near_duplicates":10,"duplicates_removed":154,
                                  "near_duplicate_clusters":3,"largest_near_cluster":140,
                                  "largest_near_cluster_share":0.4636,"near_threshold":0.72})")
            << QStringLiteral("144 (47.7%)") << QStringLiteral("10 (3.3%)") << QStringLiteral("154 (51.0%)") << true;
        QTest::newRow("disjoint, small clusters")
            << QStringLiteral(R"({"exact_duplicates":4,"near_duplicates":6,"duplicates_removed":10,
                                  "near_duplicate_clusters":5,"largest_near_cluster":2,
                                  "largest_near_cluster_share":0.0066,"near_threshold":0.72})")
            << QStringLiteral("4 (1.3%)") << QStringLiteral("6 (2.0%)") << QStringLiteral("10 (3.3%)") << false;
        QTest::newRow("before disjoint counts")
            << QStringLiteral(R"({"exact_duplicates":144,"near_duplicates":154,"near_duplicate_clusters":3})")
            << QStringLiteral("144 (47.7%)") << QStringLiteral("not counted") << QStringLiteral("not counted") << false;
    }

    void duplicateCardsAddUp()
    {
        QFETCH(QString, keys);
        QFETCH(QString, exact);
        QFETCH(QString, near);
        QFETCH(QString, removed);
        QFETCH(bool, warning);
        if (!panel_)
            makePanel();
        const auto original = store()->datasetSummary(datasetA_);
        QVERIFY(original.has_value());
        json summary = json::parse(original->summaryJson);
        for (const char* key : {"exact_duplicates", "near_duplicates", "duplicates_removed", "near_duplicate_clusters",
                                "largest_near_cluster", "largest_near_cluster_share", "near_threshold"})
            summary.erase(key);
        summary.update(json::parse(keys.toStdString()));
        summary["documents"] = 302;
        store()->setDatasetSummary(datasetA_, original->signalsPath, summary.dump());
        // Opened anew, so the summary is read again.
        settle(panel_.get());
        QVERIFY(panel_->selectDataset(QStringLiteral("licences-b")));
        QVERIFY(panel_->selectDataset(QStringLiteral("licences")));
        settle(panel_.get());
        OverviewTab* overview = panel_->overviewTab();
        QCOMPARE(overview->card(QStringLiteral("exact"))->value(), exact);
        QCOMPARE(overview->card(QStringLiteral("near"))->value(), near);
        QCOMPARE(overview->card(QStringLiteral("duplicatesRemoved"))->value(), removed);
        // Never the overlapping sum (144 + 154 = 298) of an old summary.
        for (const QString& card : {QStringLiteral("exact"), QStringLiteral("near"), QStringLiteral("duplicatesRemoved")})
            QVERIFY(!overview->card(card)->value().startsWith(QStringLiteral("298")));
        QCOMPARE(overview->clusterWarning()->isVisibleTo(panel_.get()), warning);
        const QString caption = overview->card(QStringLiteral("near"))->caption();
        if (near != QStringLiteral("not counted")) {
            QVERIFY2(caption.contains(QStringLiteral("0.72")), qPrintable(caption));
            QVERIFY2(panel_->actionsTab()->findChild<QLabel*>(QStringLiteral("dedupSummary"))->text().contains(removed),
                     qPrintable(panel_->actionsTab()->findChild<QLabel*>(QStringLiteral("dedupSummary"))->text()));
        } else {
            QVERIFY2(caption.contains(QStringLiteral("scan again")), qPrintable(caption));
        }
        if (warning) {
            const QString text = overview->clusterWarning()->text();
            QVERIFY2(text.contains(QStringLiteral("140")) && text.contains(QStringLiteral("46.4%")), qPrintable(text));
            QVERIFY(hrefsIn(text).contains(QStringLiteral("adaptlab-help:glossary#near-duplicate")));
        }
        panel_->tabs()->setCurrentWidget(overview);
        QTest::qWait(50);
        QVERIFY(panel_->grab().save(testing::screenshotDir()
                                    + QStringLiteral("/inspect_duplicates_%1.png").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')).remove(QLatin1Char(',')))));
        store()->setDatasetSummary(datasetA_, original->signalsPath, original->summaryJson);
        QVERIFY(panel_->selectDataset(QStringLiteral("licences-b")));
        QVERIFY(panel_->selectDataset(QStringLiteral("licences")));
        settle(panel_.get());
    }

    // On the real scan: every count axis ends at or above its largest bin and never above the
    // documents; log axes say 1, 10, 100, 1k, never "1e+03" or a clipped "100…".
    void histogramsOfTheScanHaveReadableAxes()
    {
        openDataset(QStringLiteral("licences"));
        InspectSession* session = panel_->session();
        QList<HistogramCard*> cards = panel_->overviewTab()->histogramCards() + panel_->qualityTab()->histogramCards();
        int logCharts = 0;
        static const QRegularExpression readable(QStringLiteral("^\\d+(\\.\\d+)?[kMGT]?$"));
        for (HistogramCard* card : cards) {
            HistogramChart* chart = card->chart();
            if (!chart->hasData())
                continue;
            const std::string key = corpus::signalInfos()[size_t(card->signal())].key;
            const corpus::Histogram& h = session->summary().histograms.at(key);
            qint64 largest = 0;
            for (const int64_t c : h.counts)
                largest = std::max<qint64>(largest, c);
            const double top = chart->countTop();
            QVERIFY2(top >= static_cast<double>(largest), key.c_str());
            QVERIFY2(top <= fixture_.documents(), qPrintable(QStringLiteral("%1: %2").arg(key.c_str()).arg(top)));
            if (chart->logScale()) {
                ++logCharts;
                const QStringList labels = chart->xTickLabels();
                QVERIFY(labels.size() >= 2);
                for (const QString& label : labels)
                    QVERIFY2(readable.match(label).hasMatch(), qPrintable(key.c_str() + QStringLiteral(": ") + label));
            }
        }
        QVERIFY(logCharts >= 3); // words, characters, lines at least
        panel_->tabs()->setCurrentWidget(panel_->overviewTab());
        QTest::qWait(50);
        QVERIFY(panel_->grab().save(testing::screenshotDir() + QStringLiteral("/inspect_overview.png")));
    }

    // Listed under "Failing Mean word length <= 10", a document shows that rule first and every
    // other enabled rule it fails after it, not just the first rule of the list.
    void failsColumnListsEveryFailingRule()
    {
        InspectSession* session = panel_->session();
        const auto& rules = session->rules();
        const int meanMax = ruleIndex(rules, "gopher_max_mean_word_length");
        const int minWords = ruleIndex(rules, "gopher_min_words");
        QVERIFY(meanMax > minWords && minWords >= 0);
        DocumentBrowser* browser = panel_->documentBrowser();
        QAbstractItemModelTester tester(browser->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel_->tabs()->setCurrentWidget(browser);
        browser->setShow(DocumentBrowser::Show::FailingRule, meanMax);
        waitUntilIdle(browser);
        QCOMPARE(browser->matchingDocuments(), fixture_.longWords);
        const QString meanLabel = CorpusText::ruleLabel(rules[size_t(meanMax)]);
        for (int row = 0; row < browser->model()->rowCount(); ++row) {
            const DocumentTableModel::Row& r = browser->model()->rows()[size_t(row)];
            std::vector<int> expected{meanMax};
            for (size_t i = 0; i < rules.size(); ++i)
                if (int(i) != meanMax && rules[i].enabled && failsByHand(rules[i], r.signals))
                    expected.push_back(int(i));
            QCOMPARE(r.failedRules, expected);
            QVERIFY(std::find(r.failedRules.begin(), r.failedRules.end(), minWords) != r.failedRules.end());
            const QString shown = browser->model()->index(row, DocumentTableModel::Verdict).data().toString();
            QVERIFY2(shown.startsWith(QStringLiteral("%1 rules: %2, ").arg(expected.size()).arg(meanLabel)), qPrintable(shown));
            const QString tip = browser->model()->index(row, DocumentTableModel::Verdict).data(Qt::ToolTipRole).toString();
            for (const int i : expected)
                QVERIFY2(tip.contains(CorpusText::ruleLabel(rules[size_t(i)])), qPrintable(tip));
        }
        // Unfiltered, the first enabled rule comes first again.
        browser->setShow(DocumentBrowser::Show::FailingAny);
        waitUntilIdle(browser);
        for (const auto& r : browser->model()->rows())
            QCOMPARE(r.failedRules.front(), r.failedRule);
        QTest::qWait(50);
        QVERIFY(panel_->grab().save(testing::screenshotDir() + QStringLiteral("/inspect_fails_column.png")));
    }

    // The trial: "Expat: 0" under a filter, while 12 documents contain it. The line says both,
    // and one click searches them all.
    void searchSaysHowItCombinesWithTheFilter()
    {
        InspectSession* session = panel_->session();
        const int meanMax = ruleIndex(session->rules(), "gopher_max_mean_word_length");
        DocumentBrowser* browser = panel_->documentBrowser();
        browser->setShow(DocumentBrowser::Show::FailingRule, meanMax);
        waitUntilIdle(browser);
        browser->search(QStringLiteral("expat"));
        waitUntilIdle(browser);
        QCOMPARE(browser->searchHitCount(), fixture_.licences);
        QCOMPARE(browser->matchingDocuments(), 0);
        const QString filter = QStringLiteral("Failing %1").arg(CorpusText::ruleLabel(session->rules()[size_t(meanMax)]));
        QCOMPARE(browser->statusLabel()->text(),
                 QStringLiteral("12 documents contain \"expat\" — 0 of them pass the filter \"%1\".").arg(filter));
        QVERIFY(browser->searchAllButton()->isVisibleTo(panel_.get()));
        QTest::qWait(50);
        QVERIFY(panel_->grab().save(testing::screenshotDir() + QStringLiteral("/inspect_search_filtered.png")));

        QTest::mouseClick(browser->searchAllButton(), Qt::LeftButton);
        waitUntilIdle(browser);
        QCOMPARE(browser->show(), DocumentBrowser::Show::All);
        QCOMPARE(browser->matchingDocuments(), fixture_.licences);
        QCOMPARE(browser->statusLabel()->text(), QStringLiteral("Documents containing \"expat\": 12."));
        QVERIFY(!browser->searchAllButton()->isVisibleTo(panel_.get()));
    }

    // The open document marks every match; F3 and Shift+F3 (and the buttons) go round them.
    void searchMatchesAreMarkedInTheText()
    {
        DocumentBrowser* browser = panel_->documentBrowser();
        QCOMPARE(browser->searchHitCount(), fixture_.licences);
        DocumentView* view = browser->documentView();
        QSignalSpy shown(browser, &DocumentBrowser::documentShown);
        QSignalSpy marked(view, &DocumentView::matchesShown);
        browser->openDocument(fixture_.firstLicence());
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0 && marked.count() > 0 && !view->isFindingMatches(), kTimeoutMs);
        QCOMPARE(view->matchCount(), 3); // Expat, expat, EXPAT
        const QString text = view->textView()->toPlainText();
        for (const auto& [start, length] : view->matches())
            QCOMPARE(text.mid(start, length).toLower(), QStringLiteral("expat"));
        QCOMPARE(view->currentMatch(), 0);
        QCOMPARE(view->matchLabel()->text(), QStringLiteral("Match 1 of 3 for \"expat\""));
        const auto marks = view->textView()->extraSelections();
        QCOMPARE(marks.size(), 3);
        std::set<QRgb> colours;
        for (const auto& mark : marks)
            colours.insert(mark.format.background().color().rgb());
        QCOMPARE(colours.size(), size_t(2)); // the current match stands out

        panel_->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(panel_.get()));
        browser->view()->setFocus();
        QTest::keyClick(browser->view(), Qt::Key_F3);
        QCOMPARE(view->currentMatch(), 1);
        QCOMPARE(view->textView()->textCursor().position(), view->matches()[1].first);
        QCOMPARE(view->matchLabel()->text(), QStringLiteral("Match 2 of 3 for \"expat\""));
        QTest::keyClick(browser->view(), Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(view->currentMatch(), 0);
        QTest::keyClick(view->textView(), Qt::Key_F3, Qt::ShiftModifier); // wraps to the last
        QCOMPARE(view->currentMatch(), 2);
        QTest::mouseClick(view->nextMatchButton(), Qt::LeftButton); // and round to the first
        QCOMPARE(view->currentMatch(), 0);
        QTest::qWait(50);
        QVERIFY(panel_->grab().save(testing::screenshotDir() + QStringLiteral("/inspect_search_matches.png")));

        browser->clearSearch();
        waitUntilIdle(browser);
        QCOMPARE(view->matchCount(), 0);
        QVERIFY(view->textView()->extraSelections().isEmpty());
        QVERIFY(!view->matchLabel()->isVisibleTo(panel_.get()));
    }

    // Thresholds and switches are kept per dataset in the project, survive reopening it, and
    // "Reset to defaults" drops them; what other panels keep in the settings stays.
    void rulesAreKeptPerDataset()
    {
        store()->setDatasetSettings(datasetA_, R"({"kept_by_another_panel":{"x":1}})");
        InspectSession* session = panel_->session();
        const int minWords = ruleIndex(session->rules(), "gopher_min_words");
        const int bullets = ruleIndex(session->rules(), "gopher_max_bullet_lines");
        QVERIFY(minWords >= 0 && bullets >= 0);
        QCOMPARE(session->datasetName(), QStringLiteral("licences"));

        // As a user does it: the spin box beside the Words histogram and the rule's tick box.
        HistogramCard* wordsCard = panel_->overviewTab()->histogramCards().front();
        QCOMPARE(wordsCard->signal(), corpus::Signal::Words);
        wordsCard->thresholdBox(minWords)->setValue(80);
        RuleTableModel* model = panel_->qualityTab()->ruleModel();
        QVERIFY(model->setData(model->index(bullets, RuleTableModel::Rule), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(session->rules()[size_t(bullets)].enabled, false);
        QTRY_VERIFY_WITH_TIMEOUT(session->rulesSaved(), kTimeoutMs);
        json settings = settingsOf(*store(), datasetA_);
        QCOMPARE(settings["kept_by_another_panel"]["x"].get<int>(), 1);
        const json* saved = savedRule(settings, "gopher_min_words");
        QVERIFY(saved != nullptr);
        QCOMPARE((*saved)["threshold"].get<double>(), 80.0);
        QCOMPARE((*savedRule(settings, "gopher_max_bullet_lines"))["enabled"].get<bool>(), false);
        QCOMPARE(settings["quality_rules"].size(), corpus::defaultQualityRules().size());

        // Another dataset has its own rules; coming back restores these.
        QVERIFY(panel_->selectDataset(QStringLiteral("licences-b")));
        QCOMPARE(session->rules()[size_t(minWords)].threshold, 50.0);
        QCOMPARE(session->rules()[size_t(bullets)].enabled, true);
        QCOMPARE(wordsCard->thresholdBox(minWords)->value(), 50.0);
        QVERIFY(!settingsOf(*store(), datasetB_).contains("quality_rules"));
        QVERIFY(panel_->selectDataset(QStringLiteral("licences")));
        QCOMPARE(session->rules()[size_t(minWords)].threshold, 80.0);
        QCOMPARE(session->rules()[size_t(bullets)].enabled, false);
        QCOMPARE(wordsCard->thresholdBox(minWords)->value(), 80.0);

        // Changed, then at once away and back before the pause is over: still there.
        wordsCard->thresholdBox(minWords)->setValue(90);
        QVERIFY(!session->rulesSaved());
        context_->notifyStoreChanged(); // the datasets are read again meanwhile
        QVERIFY(panel_->selectDataset(QStringLiteral("licences-b")));
        QVERIFY(panel_->selectDataset(QStringLiteral("licences")));
        QCOMPARE(session->rules()[size_t(minWords)].threshold, 90.0);
        QTRY_VERIFY_WITH_TIMEOUT(session->rulesSaved(), kTimeoutMs);
        QCOMPARE((*savedRule(settingsOf(*store(), datasetA_), "gopher_min_words"))["threshold"].get<double>(), 90.0);

        // Reopening the project: a new panel finds them in the store.
        panel_.reset();
        context_->closeProject();
        QString error;
        QVERIFY2(context_->openProject(projectDir_, &error), qPrintable(error));
        makePanel();
        openDataset(QStringLiteral("licences"));
        session = panel_->session();
        QCOMPARE(session->rules()[size_t(minWords)].threshold, 90.0);
        QCOMPARE(session->rules()[size_t(bullets)].enabled, false);
        QVERIFY(session->settingsProblem().isEmpty());

        // Reset to defaults: the saved choices go, the other panel's settings stay.
        panel_->tabs()->setCurrentWidget(panel_->qualityTab());
        QTest::mouseClick(panel_->qualityTab()->resetButton(), Qt::LeftButton);
        QCOMPARE(session->rules()[size_t(minWords)].threshold, 50.0);
        QTRY_VERIFY_WITH_TIMEOUT(session->rulesSaved(), kTimeoutMs);
        settings = settingsOf(*store(), datasetA_);
        QVERIFY(!settings.contains("quality_rules"));
        QCOMPARE(settings["kept_by_another_panel"]["x"].get<int>(), 1);
    }

    // Saved choices this version cannot use are named, the rest still applies.
    void unusableSavedRulesAreNamed()
    {
        store()->setDatasetSettings(datasetB_, R"({"quality_rules":[{"key":"gopher_min_words","threshold":"high"},
                                                  {"key":"no_such_rule","enabled":false},
                                                  {"key":"gopher_max_words","threshold":5000}]})");
        context_->notifyStoreChanged();
        settle(panel_.get());
        QVERIFY(panel_->selectDataset(QStringLiteral("licences-b")));
        InspectSession* session = panel_->session();
        QCOMPARE(session->rules()[size_t(ruleIndex(session->rules(), "gopher_max_words"))].threshold, 5000.0);
        QCOMPARE(session->rules()[size_t(ruleIndex(session->rules(), "gopher_min_words"))].threshold, 50.0);
        const QString notice = panel_->qualityTab()->settingsNotice()->text();
        QVERIFY2(notice.contains(QStringLiteral("quality_rules[0].threshold"))
                     && notice.contains(QStringLiteral("quality_rules[1].key"))
                     && notice.contains(QStringLiteral("licences-b")),
                 qPrintable(notice));
        QVERIFY(panel_->qualityTab()->settingsNotice()->isVisibleTo(panel_.get()));
        QVERIFY(panel_->selectDataset(QStringLiteral("licences")));
        QVERIFY(!panel_->qualityTab()->settingsNotice()->isVisibleTo(panel_.get()));
        store()->setDatasetSettings(datasetB_, "{}");
        context_->notifyStoreChanged();
        settle(panel_.get());
    }

    // The dataset chosen in the Data panel (PanelContext::currentDataset) is the one inspected;
    // a choice in Inspect's own box is shared back.
    void inspectFollowsTheCurrentDataset()
    {
        QCOMPARE(panel_->session()->datasetName(), QStringLiteral("licences"));
        context_->setCurrentDataset(QStringLiteral("licences-b"));
        QCOMPARE(panel_->session()->datasetName(), QStringLiteral("licences-b"));
        QCOMPARE(panel_->datasetBox()->currentData().toLongLong(), datasetB_);

        // The user picks in the panel's own box.
        QComboBox* box = panel_->datasetBox();
        const int a = box->findData(static_cast<qlonglong>(datasetA_));
        QVERIFY(a >= 0);
        box->setCurrentIndex(a);
        Q_EMIT box->activated(a);
        QCOMPARE(context_->currentDataset(), QStringLiteral("licences"));
        QCOMPARE(panel_->session()->datasetName(), QStringLiteral("licences"));

        // A panel made later starts on the shared dataset, not on the first one.
        context_->setCurrentDataset(QStringLiteral("licences-b"));
        InspectPanel later(context_.get());
        settle(&later);
        QCOMPARE(later.session()->datasetName(), QStringLiteral("licences-b"));

        // A dataset added a moment ago, before the panel read the list again.
        store::DatasetRecord fresh;
        fresh.name = "just-imported";
        fresh.path = "datasets/just-imported.jsonl";
        fresh.format = "jsonl";
        store()->addDataset(fresh);
        context_->setCurrentDataset(QStringLiteral("just-imported"));
        settle(panel_.get());
        QCOMPARE(panel_->session()->datasetName(), QStringLiteral("just-imported"));
        context_->setCurrentDataset(QStringLiteral("licences"));
        QCOMPARE(panel_->session()->datasetName(), QStringLiteral("licences"));
    }

    void previewCommandOpensADialogWithCopy()
    {
        QTRY_VERIFY_WITH_TIMEOUT(panel_->session()->counts().valid, kTimeoutMs);
        ActionsTab* actions = panel_->actionsTab();
        panel_->tabs()->setCurrentWidget(actions);
        QVERIFY(!actions->commandDialog()->isVisible());
        actions->previewCommand(ActionsTab::Action::Filter);
        QVERIFY(actions->commandDialog()->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(actions->commandDialog()));
        const QString preview = actions->commandPreview()->toPlainText();
        QVERIFY(preview.contains(QStringLiteral("adaptlab-cli run spec.json")));
        QVERIFY(preview.contains(QStringLiteral("\"dataset\": \"licences\"")));
        QVERIFY(preview.contains(QStringLiteral("\"output\": \"licences-filtered\"")));
        // The spec alone (it goes into spec.json), then the command alone.
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(actions->copySpecButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), actions->specFor(ActionsTab::Action::Filter));
        QJsonParseError error;
        const QJsonDocument spec = QJsonDocument::fromJson(QGuiApplication::clipboard()->text().toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(spec.object().value(QStringLiteral("kind")).toString(), QStringLiteral("corpus_filter"));
        QTest::mouseClick(actions->copyCommandButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("adaptlab-cli run spec.json"));
        QVERIFY(actions->commandDialog()->grab().save(testing::screenshotDir() + QStringLiteral("/inspect_command_dialog.png")));
        actions->commandDialog()->hide();
    }

    // The dedup S-curve on the shared chart: the candidate probability 1 - (1 - s^r)^b worked out
    // here for every point, the threshold (1/b)^(1/r) as a marker, a hover readout, CSV export
    // with every point, and a screenshot of the Actions tab.
    void sCurveIsDrawnOnTheSharedChart()
    {
        ActionsTab* actions = panel_->actionsTab();
        panel_->tabs()->setCurrentWidget(actions);
        actions->dedupModeBox()->setCurrentIndex(actions->dedupModeBox()->findData(int(DedupMode::Both)));
        actions->bandsBox()->setValue(20);
        actions->rowsBox()->setValue(5);
        adaptlab::ChartView* chart = actions->sCurveChart();
        QVERIFY(chart->isEnabled());
        QCOMPARE(chart->seriesIds().size(), 1);
        const QString id = chart->seriesIds().front();
        const std::vector<double>& values = chart->smoothedValues(id); // raw: no smoothing
        QCOMPARE(values.size(), size_t(101));
        for (size_t i = 0; i < values.size(); ++i) {
            const double s = double(i) / 100.0;
            const double expected = 1.0 - std::pow(1.0 - std::pow(s, 5), 20);
            QVERIFY2(std::abs(values[i] - expected) < 1e-12, qPrintable(QString::number(s)));
        }
        QCOMPARE(chart->markers().size(), 1);
        QVERIFY(std::abs(chart->markers().front().value - std::pow(1.0 / 20, 1.0 / 5)) < 1e-9);
        QVERIFY(chart->markers().front().enabled);
        QCOMPARE(chart->xMin(), 0.0);
        QCOMPARE(chart->xMax(), 1.0);
        QCOMPARE(chart->yMin(), 0.0);
        QCOMPARE(chart->yMax(), 1.0);
        const QString hover = chart->hoverText(chart->positionOf(0.8));
        QVERIFY2(!hover.isEmpty(), qPrintable(hover));
        QCOMPARE(chart->csvText().count(QLatin1Char('\n')), 102); // a header and 101 points
        QTest::qWait(50);
        QVERIFY(actions->grab().save(testing::screenshotDir() + QStringLiteral("/inspect_actions_scurve.png")));
        // Exact only: the curve does not apply; the marker is drawn as off.
        actions->dedupModeBox()->setCurrentIndex(actions->dedupModeBox()->findData(int(DedupMode::Exact)));
        QVERIFY(!chart->isEnabled());
        QVERIFY(!chart->markers().front().enabled);
        actions->dedupModeBox()->setCurrentIndex(actions->dedupModeBox()->findData(int(DedupMode::Both)));
        actions->bandsBox()->setValue(14);
        actions->rowsBox()->setValue(8);
    }

    // At the app's default window size (the panel gets less than the window) and in German:
    // the table shows every rule without scrolling inside it, and every header whole.
    void rulesTableShowsEveryRuleAndWholeHeaders_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("German") << QStringLiteral("de");
    }

    void rulesTableShowsEveryRuleAndWholeHeaders()
    {
        QFETCH(QString, language);
        QVERIFY(adaptlab::gui::AppSettings::installTranslators(language));
        {
            InspectPanel panel(context_.get());
            panel.resize(1000, 640);
            panel.show();
            QVERIFY(QTest::qWaitForWindowExposed(&panel));
            settle(&panel);
            QVERIFY(panel.selectDataset(QStringLiteral("licences")));
            panel.tabs()->setCurrentWidget(panel.qualityTab());
            QTRY_VERIFY_WITH_TIMEOUT(panel.session()->counts().valid, kTimeoutMs);
            QTest::qWait(50);
            QTableView* view = panel.qualityTab()->ruleView();
            const int rows = view->model()->rowCount();
            QCOMPARE(rows, int(corpus::defaultQualityRules().size()));
            QCOMPARE(view->verticalScrollBar()->maximum(), 0);
            QVERIFY(view->visualRect(view->model()->index(rows - 1, 0)).bottom() <= view->viewport()->height());
            // At least ten rules in view on opening the tab.
            const QRect inScroll(view->mapTo(panel.qualityTab()->scrollArea()->viewport(), QPoint(0, 0)), view->size());
            const int visibleHeight = panel.qualityTab()->scrollArea()->viewport()->height() - inScroll.top()
                                      - view->horizontalHeader()->height();
            QVERIFY2(visibleHeight >= 10 * view->rowHeight(0),
                     qPrintable(QStringLiteral("%1 px for rows of %2").arg(visibleHeight).arg(view->rowHeight(0))));
            QHeaderView* header = view->horizontalHeader();
            const QFontMetrics metrics(header->font());
            const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
            for (int section = 0; section < header->count(); ++section) {
                const QString text = view->model()->headerData(section, Qt::Horizontal).toString();
                int widest = 0;
                for (const QString& part : text.split(QLatin1Char('\n')))
                    widest = std::max(widest, metrics.horizontalAdvance(part));
                QVERIFY2(header->sectionSize(section) >= widest + 2 * margin,
                         qPrintable(QStringLiteral("%1: %2 < %3").arg(text).arg(header->sectionSize(section)).arg(widest)));
                QVERIFY(!view->model()->headerData(section, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
            }
            QVERIFY(panel.grab().save(testing::screenshotDir() + QStringLiteral("/inspect_rules_%1.png").arg(language)));
        }
        QVERIFY(adaptlab::gui::AppSettings::installTranslators(QStringLiteral("en")));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    // The hints and tab descriptions link their terms to the Help window's glossary, with the
    // anchors the glossary has, on labels that open them.
    void hintsLinkToTheGlossary()
    {
        std::set<QString> anchors;
        for (QLabel* label : panel_->findChildren<QLabel*>()) {
            const QStringList hrefs = hrefsIn(label->text());
            if (hrefs.isEmpty())
                continue;
            QVERIFY2(label->openExternalLinks(), qPrintable(label->text()));
            QCOMPARE(label->textFormat(), Qt::RichText);
            for (const QString& href : hrefs) {
                QVERIFY2(href.startsWith(QStringLiteral("adaptlab-help:glossary#")), qPrintable(href));
                const QString anchor = href.section(QLatin1Char('#'), 1);
                QVERIFY2(CorpusText::glossaryAnchors().contains(anchor), qPrintable(href));
                anchors.insert(anchor);
            }
        }
        for (const QString& anchor : CorpusText::glossaryAnchors())
            QVERIFY2(anchors.count(anchor), qPrintable(anchor));
    }
};

QTEST_MAIN(TestInspectPanel)
#include "tst_inspect_panel.moc"
