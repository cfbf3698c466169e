// The Mixture panel's Plan tab offscreen against a real project: two JSON Lines datasets (a small
// domain one, a larger general one), a SentencePiece tokenizer trained here and a shard build of
// each, recorded in the store as the build_shards job records them. The sources listed from the
// builds; weights, replay and budget edited -> the implied epochs (checked against the arithmetic of
// the plan worked out here) and warnings update, above 4 epochs in warning style; upsampling and
// MeCo marked on the stacked-area picture; save -> a plan file data::MixturePlan::load reads back;
// open (a broken file's error names the field), unsaved edits kept across a refresh, asked about
// before another plan opens and before the window closes; "Train with this plan"'s spec; the plugin
// in the app's Mixture step. Screenshots in build/screenshots (mixture_*.png).
#include "mixture_panel.h"
#include "plan_editor.h"
#include "plan_implication_view.h"
#include "plan_mix_chart.h"
#include "plan_settings.h"
#include "plan_sources_table.h"
#include "plan_train_spec.h"

#include "app_context.h"
#include "app_test_support.h"
#include "gui_test_support.h"
#include "main_window.h"

#include "data/mixture.h"
#include "store/project_store.h"
#include "tokenize/sentencepiece_tokenizer.h"
#include "tokenize/shard_builder.h"
#include "tokenize/tokenizer.h"

#include <nlohmann/json.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>
#include <memory>

using namespace adaptlab;
using namespace adaptlab::mixture;
namespace fs = std::filesystem;

namespace {

constexpr int kTimeoutMs = 60000;

QStringList corpusLines(int count, bool computing)
{
    const QStringList subjects = computing
        ? QStringList{"The compiler", "A kernel", "The scheduler", "Our parser", "The linker", "A debugger"}
        : QStringList{"The farmer", "A river", "The old house", "Our neighbour", "The garden", "A child"};
    const QStringList verbs = computing ? QStringList{"rewrites", "optimizes", "allocates", "serializes"}
                                        : QStringList{"crosses", "paints", "visits", "remembers"};
    const QStringList objects = computing ? QStringList{"the bytecode", "every pointer", "the heap", "a mutex"}
                                          : QStringList{"the valley", "every field", "the market", "a letter"};
    QStringList lines;
    for (int i = 0; i < count; ++i)
        lines << QStringLiteral("%1 %2 %3 on day %4.")
                     .arg(subjects[i % subjects.size()], verbs[(i / 3) % verbs.size()], objects[(i / 7) % objects.size()])
                     .arg(i % 17);
    return lines;
}

// Clicks BUTTON (an object name) in the next modal box named BOX; sets *asked when it did.
void answerNextBox(const QString& box, const QString& button, bool* asked)
{
    auto* timer = new QTimer(qApp);
    auto tries = std::make_shared<int>(0);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, tries, box, button, asked] {
        QWidget* modal = QApplication::activeModalWidget();
        if (modal != nullptr && modal->objectName() == box) {
            if (auto* target = modal->findChild<QAbstractButton*>(button)) {
                *asked = true;
                timer->stop();
                timer->deleteLater();
                target->click();
                return;
            }
        }
        if (++*tries > 1500) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

} // namespace

class TestMixturePanel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir temp_;
    QString projectDir_;
    std::unique_ptr<gui::AppContext> context_;
    std::unique_ptr<QWidget> host_; // the panel inside a window of its own, as the app parents it
    MixturePanel* panel_ = nullptr;
    QString tokenizerPath_;
    qint64 domainTokens_ = 0;
    qint64 generalTokens_ = 0;

    store::ProjectStore* store() const { return context_->store(); }
    PlanEditor* editor() const { return panel_->planEditor(); }
    PlanSourcesTable* sources() const { return editor()->sourcesTable(); }
    PlanSettings* settings() const { return editor()->settings(); }
    PlanImplicationView* implication() const { return editor()->implicationView(); }

    QString addDataset(const QString& name, int documents, bool computing)
    {
        const QString path = temp_.filePath(name + QStringLiteral(".jsonl"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        for (const QString& line : corpusLines(documents, computing))
            file.write(QByteArray::fromStdString(nlohmann::json{{"text", line.toStdString()}}.dump()) + "\n");
        file.close();
        store::DatasetRecord record;
        record.name = name.toStdString();
        record.path = path.toStdString();
        record.format = "jsonl";
        record.documents = documents;
        store()->addDataset(record);
        return path;
    }

    // The dataset's shards, built and recorded as the build_shards job does; returns the training tokens.
    qint64 buildShards(const QString& name, const QString& path)
    {
        const auto tokenizer = tokenize::Tokenizer::open(tokenizerPath_.toStdString());
        tokenize::ShardBuildOptions options;
        options.sources = {{name.toStdString(), {path.toStdString()}, {}}};
        options.outDir = store()->root() / "shards" / name.toStdString() / "build";
        options.heldoutDocuments = 10;
        options.threads = 1;
        const tokenize::ShardBuildResult built = tokenize::buildShards(*tokenizer, options);
        store::TokenShardsRecord record;
        record.datasetId = store()->datasetByName(name.toStdString())->id;
        record.tokenizerFingerprint = built.tokenizerFingerprint;
        record.tokenizerPath = tokenizerPath_.toStdString();
        record.optionsHash = built.optionsHash;
        record.optionsJson = built.options.dump();
        record.datasetFingerprint = built.datasetFingerprint;
        record.folder = built.dir.string();
        record.documents = static_cast<int64_t>(built.documents);
        record.tokens = static_cast<int64_t>(built.tokens);
        record.heldoutDocuments = static_cast<int64_t>(built.heldoutDocuments);
        record.heldoutTokens = static_cast<int64_t>(built.heldoutTokens);
        record.dtype = std::string(tokenize::toString(built.dtype));
        record.vocabSize = built.vocabSize;
        store()->recordTokenShards(record);
        return static_cast<qint64>(built.tokens);
    }

    void waitForImplication()
    {
        QTRY_VERIFY_WITH_TIMEOUT(editor()->isImplicationCurrent(), kTimeoutMs);
    }

    // The epochs the table shows for SOURCE (-1 when it has no row).
    double shownEpochs(const QString& source) const
    {
        QTableWidget* table = implication()->table();
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, PlanImplicationView::SourceColumn)->text() == source)
                return table->item(row, PlanImplicationView::EpochsColumn)->data(Qt::UserRole).toDouble();
        return -1;
    }

    bool epochsInWarningStyle(const QString& source) const
    {
        QTableWidget* table = implication()->table();
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, PlanImplicationView::SourceColumn)->text() == source)
                return !table->item(row, PlanImplicationView::EpochsColumn)->icon().isNull() &&
                       table->item(row, PlanImplicationView::EpochsColumn)->font().bold();
        return false;
    }

    // The plan's arithmetic worked out here: steps = ceil(total / (seq * batch)); a source with row
    // share S trains S * steps * seq * batch tokens; epochs = that / its tokens.
    double expectedEpochs(double share, qint64 available) const
    {
        const data::MixturePlan plan = editor()->currentPlan();
        const double perStep = static_cast<double>(plan.seqLen * plan.globalBatch);
        const double steps = std::ceil(static_cast<double>(plan.totalTokens) / perStep);
        return share * steps * perStep / static_cast<double>(available);
    }

    void screenshot(const QString& name)
    {
        QVERIFY(host_->grab().save(testing::screenshotDir() + QStringLiteral("/mixture_%1.png").arg(name)));
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
        const QString domain = addDataset(QStringLiteral("foldoc"), 60, true);
        const QString general = addDataset(QStringLiteral("gcide"), 400, false);
        QVERIFY(!domain.isEmpty() && !general.isEmpty());
        QVERIFY(!addDataset(QStringLiteral("notes"), 20, false).isEmpty()); // never tokenized

        QFile text(temp_.filePath(QStringLiteral("corpus.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write((corpusLines(400, true) + corpusLines(400, false)).join(QLatin1Char('\n')).toUtf8() + "\n");
        text.close();
        try {
            tokenize::TrainOptions options;
            options.inputFiles = {text.fileName().toStdString()};
            options.modelPrefix = store()->root() / "tokenizers" / "tiny";
            options.vocabSize = 300;
            options.characterCoverage = 1.0;
            tokenize::SentencePieceTokenizer::train(options);
            tokenizerPath_ = QString::fromStdString((store()->root() / "tokenizers" / "tiny.model").string());
            domainTokens_ = buildShards(QStringLiteral("foldoc"), domain);
            generalTokens_ = buildShards(QStringLiteral("gcide"), general);
        } catch (const std::exception& e) {
            QFAIL(e.what());
        }
        QVERIFY(domainTokens_ > 0 && generalTokens_ > domainTokens_);

        host_ = std::make_unique<QWidget>();
        auto* layout = new QVBoxLayout(host_.get());
        layout->setContentsMargins(0, 0, 0, 0);
        panel_ = new MixturePanel(context_.get(), host_.get());
        layout->addWidget(panel_);
        host_->resize(1440, 960);
        host_->show();
        QVERIFY(QTest::qWaitForWindowExposed(host_.get()));
        QTRY_COMPARE_WITH_TIMEOUT(sources()->rowCount(), 2, kTimeoutMs);
        waitForImplication();
    }

    void cleanupTestCase()
    {
        host_.reset();
        context_.reset();
    }

    // The project's shard builds are the sources: names, tokens from the store, a new plan ticks both.
    void sourcesAreTheShardBuilds()
    {
        QVERIFY(!panel_->showsEmptyState());
        QCOMPARE(panel_->tabs()->tabText(0), QStringLiteral("Plan"));
        const int foldoc = sources()->rowOf(QStringLiteral("foldoc"));
        const int gcide = sources()->rowOf(QStringLiteral("gcide"));
        QVERIFY(foldoc >= 0 && gcide >= 0);
        QCOMPARE(sources()->item(foldoc, PlanSourcesTable::TokensColumn)->text(), QLocale().toString(domainTokens_));
        QCOMPARE(sources()->item(gcide, PlanSourcesTable::TokensColumn)->text(), QLocale().toString(generalTokens_));
        QVERIFY(sources()->isTicked(foldoc) && sources()->isTicked(gcide));
        QCOMPARE(sources()->item(foldoc, PlanSourcesTable::TokenizerColumn)->text(), QStringLiteral("tiny.model"));
        // A dataset without shards is named under the table, with where to make them.
        QVERIFY2(editor()->sourcesHint()->text().contains(QStringLiteral("Not tokenized yet, so not listed: notes.")),
                 qPrintable(editor()->sourcesHint()->text()));
        // The default budget is 90% of one pass over both.
        QCOMPARE(implication()->table()->rowCount(), 2);
        QCOMPARE(static_cast<qint64>(settings()->totalTokensBox()->value()), (domainTokens_ + generalTokens_) * 9 / 10);
        QVERIFY(!editor()->isDirty());
        // Plans name the shards relative to the project.
        const data::MixturePlan plan = editor()->currentPlan();
        QCOMPARE(plan.sources.size(), size_t(2));
        QVERIFY(plan.sources[0].shards.is_relative());
        QCOMPARE(QString::fromStdString(plan.sources[0].shards.string()), QStringLiteral("shards/foldoc/build"));
    }

    // Edits -> the implication follows: epochs against the plan's arithmetic, warnings above 4 epochs.
    void editingUpdatesEpochsAndWarnings()
    {
        const int foldoc = sources()->rowOf(QStringLiteral("foldoc"));
        const int gcide = sources()->rowOf(QStringLiteral("gcide"));
        // A new plan weighs the sources by their tokens (the natural mix: nobody is repeated first).
        QCOMPARE(sources()->weightBox(gcide)->value(), 1.0);
        QCOMPARE(sources()->weightBox(foldoc)->value(),
                 std::round(100.0 * static_cast<double>(domainTokens_) / static_cast<double>(generalTokens_)) / 100.0);
        QVERIFY(implication()->warnings().isEmpty());
        // Two domain sources at 1:1, a budget of 20 passes over foldoc: each gets half the rows.
        sources()->weightBox(foldoc)->setValue(1.0);
        settings()->totalTokensBox()->setValue(static_cast<double>(20 * domainTokens_));
        QVERIFY(editor()->isDirty());
        waitForImplication();
        const double halfShare = expectedEpochs(0.5, domainTokens_);
        QVERIFY2(std::abs(shownEpochs(QStringLiteral("foldoc")) - halfShare) <= 0.03 * halfShare,
                 qPrintable(QStringLiteral("%1 vs %2").arg(shownEpochs(QStringLiteral("foldoc"))).arg(halfShare)));
        QVERIFY(halfShare > 4);
        QVERIFY(epochsInWarningStyle(QStringLiteral("foldoc")));
        QVERIFY(!epochsInWarningStyle(QStringLiteral("gcide")));
        QVERIFY(implication()->warnings().join(QLatin1Char('\n')).contains(QStringLiteral("foldoc: ")));

        // foldoc's weight down to 0.1: 1/11 of the rows, under 4 epochs, no warning.
        sources()->weightBox(foldoc)->setValue(0.1);
        waitForImplication();
        const double small = expectedEpochs(0.1 / 1.1, domainTokens_);
        QVERIFY(small < 4);
        QVERIFY2(std::abs(shownEpochs(QStringLiteral("foldoc")) - small) <= 0.03 * small + 0.05,
                 qPrintable(QStringLiteral("%1 vs %2").arg(shownEpochs(QStringLiteral("foldoc"))).arg(small)));
        QVERIFY(!epochsInWarningStyle(QStringLiteral("foldoc")));
        const double bigShare = expectedEpochs(1.0 / 1.1, generalTokens_);
        QVERIFY(std::abs(shownEpochs(QStringLiteral("gcide")) - bigShare) <= 0.03 * bigShare + 0.05);

        // gcide as replay at 25% of every batch: foldoc (the only domain source) takes the other 75%.
        sources()->weightBox(foldoc)->setValue(1.0);
        sources()->setReplay(gcide, true);
        settings()->replayBox()->setValue(25.0);
        waitForImplication();
        const double domainShare = expectedEpochs(0.75, domainTokens_);
        QVERIFY(std::abs(shownEpochs(QStringLiteral("foldoc")) - domainShare) <= 0.03 * domainShare);
        QVERIFY(epochsInWarningStyle(QStringLiteral("foldoc")));
        // The replay guidance is beside the field.
        auto* guidance = panel_->findChild<QLabel*>(QStringLiteral("replayGuidance"));
        QVERIFY(guidance != nullptr);
        QVERIFY(guidance->text().contains(QStringLiteral("5% for a weak shift, 25% for a strong one")));
        // Replay without a replay source cannot be trained: the view says why instead of a table.
        sources()->setReplay(gcide, false);
        waitForImplication();
        QCOMPARE(implication()->table()->rowCount(), 0);
        QVERIFY(!implication()->warningsLabel()->text().isEmpty());
        sources()->setReplay(gcide, true);
        waitForImplication();
        QCOMPARE(implication()->table()->rowCount(), 2);
    }

    // Upsampling and MeCo on the stacked-area picture; a plan-level warning; the screenshot.
    void mixOverTrainingIsDrawn()
    {
        settings()->upsampleCheck()->setChecked(true);
        const int foldoc = sources()->rowOf(QStringLiteral("foldoc"));
        QVERIFY(sources()->endWeightBox(foldoc)->isEnabled());
        QCOMPARE(sources()->endWeightBox(foldoc)->value(), sources()->weightBox(foldoc)->value()); // from the current mix
        QVERIFY(!sources()->endWeightBox(sources()->rowOf(QStringLiteral("gcide")))->isEnabled()); // replay: by fraction
        sources()->endWeightBox(foldoc)->setValue(2.0);
        settings()->upsampleStartBox()->setValue(85.0);
        settings()->upsampleReplayBox()->setValue(0.0);
        settings()->mecoCheck()->setChecked(true);
        settings()->mecoFieldBox()->setCurrentText(QStringLiteral("source"));
        settings()->cooldownBox()->setValue(10.0);
        waitForImplication();
        PlanMixChart* chart = implication()->chart();
        QCOMPARE(chart->sources(), (QStringList{QStringLiteral("foldoc"), QStringLiteral("gcide")}));
        QCOMPARE(chart->bands().size(), size_t(2));
        QCOMPARE(chart->bands().back().phase, QStringLiteral("upsample"));
        // Upsampling takes replay to 0: gcide has no share at the end, 25% before.
        QCOMPARE(chart->bands().back().shares[1], 0.0);
        QVERIFY(std::abs(chart->bands().front().shares[1] - 0.25) < 0.02);
        QVERIFY(chart->upsampleAt().has_value() && std::abs(*chart->upsampleAt() - 0.85) < 0.05);
        QVERIFY(chart->cooldownAt().has_value() && std::abs(*chart->cooldownAt() - 0.9) < 0.05);
        QVERIFY(chart->describeAt(0.95).contains(QStringLiteral("upsampling")));
        QVERIFY(chart->isVisible() && chart->height() > 120);

        // Upsampling from 30%: the plan warns (never the whole run).
        settings()->upsampleStartBox()->setValue(30.0);
        waitForImplication();
        QVERIFY(implication()->warningsLabel()->isVisible());
        QVERIFY(implication()->warningsLabel()->text().contains(QStringLiteral("upsampling starts at")));
        QTest::qWait(50);
        screenshot(QStringLiteral("plan_warns"));
        settings()->upsampleStartBox()->setValue(85.0);
        waitForImplication();
        QVERIFY(!implication()->warningsLabel()->isVisible());
        screenshot(QStringLiteral("plan"));
    }

    // Save -> plans/<name>.json that data::MixturePlan::load reads back as edited.
    void saveWritesAPlanFile()
    {
        QSignalSpy saved(editor(), &PlanEditor::saved);
        QVERIFY(!editor()->saveAs(QStringLiteral("../escape"))); // a name is a file name
        QVERIFY(editor()->statusLabel()->text().contains(QStringLiteral("letters, digits")));
        const data::MixturePlan edited = editor()->currentPlan();
        QVERIFY(editor()->saveAs(QStringLiteral("foldoc-cpt")));
        QVERIFY(saved.wait(kTimeoutMs));
        QVERIFY(!editor()->isDirty());
        const QString file = planFile(projectDir_, QStringLiteral("foldoc-cpt"));
        QVERIFY(QFile::exists(file));
        const data::MixturePlan loaded = data::MixturePlan::load(file.toStdString());
        QCOMPARE(loaded.name, std::string("foldoc-cpt"));
        QCOMPARE(loaded.sources.size(), size_t(2));
        QCOMPARE(loaded.sources[0].name, std::string("foldoc"));
        QCOMPARE(loaded.sources[0].weight, 1.0);
        QVERIFY(!loaded.sources[0].replay);
        QVERIFY(loaded.sources[1].replay);
        QCOMPARE(loaded.sources[1].shards, fs::path("shards/gcide/build"));
        QCOMPARE(loaded.totalTokens, edited.totalTokens);
        QCOMPARE(loaded.seqLen, edited.seqLen);
        QCOMPARE(loaded.globalBatch, edited.globalBatch);
        QCOMPARE(loaded.replayFraction, 0.25);
        QVERIFY(loaded.upsample.has_value());
        QCOMPARE(loaded.upsample->start, 0.85);
        QCOMPARE(loaded.upsample->replayFraction.value_or(-1), 0.0);
        QCOMPARE(loaded.upsample->weights.at("foldoc"), 2.0);
        QVERIFY(loaded.meco.enabled);
        QCOMPARE(loaded.meco.field, std::string("source"));
        QCOMPARE(loaded.meco.cooldownFraction, 0.1);
        // What the CLI prints for it is what the panel showed.
        const data::MixtureImplication implied = data::implyMixture(loaded, projectDir_.toStdString());
        QCOMPARE(shownEpochs(QStringLiteral("foldoc")), implied.sources[0].epochs);
        // The plan is listed (the catalog read again).
        QTRY_VERIFY_WITH_TIMEOUT(editor()->planBox()->findData(QStringLiteral("foldoc-cpt")) >= 0, kTimeoutMs);
        QCOMPARE(editor()->planBox()->currentData().toString(), QStringLiteral("foldoc-cpt"));
    }

    // Another plan, opening, unsaved edits kept (a refresh, Cancel) or discarded; a broken file.
    void openAsksAboutUnsavedEdits()
    {
        // A second plan: foldoc alone at 2 passes.
        const int gcide = sources()->rowOf(QStringLiteral("gcide"));
        sources()->setTicked(gcide, false);
        settings()->replayBox()->setValue(0.0);
        settings()->totalTokensBox()->setValue(static_cast<double>(2 * domainTokens_));
        QSignalSpy saved(editor(), &PlanEditor::saved);
        QVERIFY(editor()->saveAs(QStringLiteral("domain-only")));
        QVERIFY(saved.wait(kTimeoutMs));

        // An edit, then the store changes (the panel reads its catalog again): the edit stays.
        settings()->seedBox()->setValue(7);
        QVERIFY(editor()->isDirty());
        QSignalSpy refreshed(panel_, &MixturePanel::refreshed);
        context_->notifyStoreChanged();
        QVERIFY(refreshed.wait(kTimeoutMs));
        QCOMPARE(settings()->seedBox()->value(), 7);
        QVERIFY(editor()->isDirty());
        QVERIFY(!sources()->isTicked(sources()->rowOf(QStringLiteral("gcide"))));

        // Opening the first plan asks; Cancel keeps the edits.
        const int other = editor()->planBox()->findData(QStringLiteral("foldoc-cpt"));
        QVERIFY(other >= 0);
        bool asked = false;
        answerNextBox(QStringLiteral("unsavedPlanBox"), QStringLiteral("cancelPlanChangesButton"), &asked);
        editor()->planBox()->setCurrentIndex(other);
        Q_EMIT editor()->planBox()->activated(other);
        QVERIFY(asked);
        QCOMPARE(editor()->planName(), QStringLiteral("domain-only"));
        QCOMPARE(settings()->seedBox()->value(), 7);
        QCOMPARE(editor()->planBox()->currentData().toString(), QStringLiteral("domain-only"));

        // Discard opens it.
        asked = false;
        QSignalSpy opened(editor(), &PlanEditor::opened);
        answerNextBox(QStringLiteral("unsavedPlanBox"), QStringLiteral("discardPlanChangesButton"), &asked);
        Q_EMIT editor()->planBox()->activated(editor()->planBox()->findData(QStringLiteral("foldoc-cpt")));
        QVERIFY(asked);
        QVERIFY(opened.wait(kTimeoutMs));
        QCOMPARE(editor()->planName(), QStringLiteral("foldoc-cpt"));
        QVERIFY(!editor()->isDirty());
        QCOMPARE(settings()->seedBox()->value(), 0);
        QVERIFY(sources()->isTicked(sources()->rowOf(QStringLiteral("gcide"))));
        QCOMPARE(settings()->replayBox()->value(), 25.0);

        // A broken plan file: the error names the file and the field; the open plan stays.
        QFile broken(planFile(projectDir_, QStringLiteral("broken")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(R"({"version": 1, "name": "broken", "sources": [{"name": "foldoc", "tokens": 100, "weight": -1}],
                        "total_tokens": 1000})");
        broken.close();
        editor()->openPlan(QStringLiteral("broken"));
        QTRY_VERIFY_WITH_TIMEOUT(editor()->statusLabel()->text().contains(QStringLiteral("could not be opened")), kTimeoutMs);
        QVERIFY2(editor()->statusLabel()->text().contains(QStringLiteral("sources[0].weight")),
                 qPrintable(editor()->statusLabel()->text()));
        QVERIFY(editor()->statusLabel()->text().contains(QStringLiteral("broken.json")));
        QCOMPARE(editor()->planName(), QStringLiteral("foldoc-cpt"));
    }

    // A proposed plan (what the laws tab hands over) is an unsaved edit; closing the window asks.
    void closingWithUnsavedEditsAsks()
    {
        data::MixturePlan proposed = editor()->currentPlan();
        proposed.replayFraction = 0.05;
        editor()->loadPlan(proposed);
        QVERIFY(editor()->isDirty());
        QCOMPARE(settings()->replayBox()->value(), 5.0);
        QVERIFY(editor()->planName().isEmpty());

        bool asked = false;
        answerNextBox(QStringLiteral("unsavedPlanBox"), QStringLiteral("cancelPlanChangesButton"), &asked);
        QVERIFY(!host_->close());
        QVERIFY(asked);
        QVERIFY(host_->isVisible());
        QVERIFY(editor()->isDirty());

        // Discard lets it close; shown again for the tests after this one.
        asked = false;
        answerNextBox(QStringLiteral("unsavedPlanBox"), QStringLiteral("discardPlanChangesButton"), &asked);
        QVERIFY(host_->close());
        QVERIFY(asked);
        host_->show();
        QVERIFY(QTest::qWaitForWindowExposed(host_.get()));
        QVERIFY(!editor()->isDirty());
        QVERIFY(host_->close()); // nothing unsaved: no question
        host_->show();
        QVERIFY(QTest::qWaitForWindowExposed(host_.get()));
    }

    // "Train with this plan": the spec names the saved plan, its tokenizer and budget; refused unsaved.
    void trainWithThePlan()
    {
        QSignalSpy opened(editor(), &PlanEditor::opened);
        editor()->openPlan(QStringLiteral("foldoc-cpt"));
        QVERIFY(opened.wait(kTimeoutMs));
        const data::MixturePlan plan = editor()->currentPlan();
        const QString spec = planTrainSpec(projectDir_, QStringLiteral("preset:tiny"), QStringLiteral("tokenizers/tiny.model"),
                                           QStringLiteral("plans/foldoc-cpt.json"), plan, QStringLiteral("cpu"));
        const nlohmann::json json = nlohmann::json::parse(spec.toStdString());
        QCOMPARE(json.at("kind").get<std::string>(), std::string("train"));
        QCOMPARE(json.at("project").get<std::string>(), projectDir_.toStdString());
        const nlohmann::json& params = json.at("params");
        QCOMPARE(params.at("mixture_plan").get<std::string>(), std::string("plans/foldoc-cpt.json"));
        QCOMPARE(params.at("base").get<std::string>(), std::string("preset:tiny"));
        QCOMPARE(params.at("tokenizer").get<std::string>(), std::string("tokenizers/tiny.model"));
        QCOMPARE(params.at("steps").get<int64_t>(), plan.steps());
        QCOMPARE(params.at("seq_len").get<int64_t>(), plan.seqLen);
        QCOMPARE(params.at("batch").get<int64_t>(), plan.globalBatch);
        QCOMPARE(params.at("device").get<std::string>(), std::string("cpu"));
        QVERIFY(!params.contains("sources")); // the plan is the data

        // The button asks for the base model only: presets and a folder; Cancel starts nothing.
        bool shown = false;
        QStringList bases;
        QString summary;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY_WITH_TIMEOUT(QApplication::activeModalWidget() != nullptr, kTimeoutMs);
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (dialog == nullptr || dialog->objectName() != QLatin1String("planTrainDialog"))
                return;
            shown = true;
            auto* box = dialog->findChild<QComboBox*>(QStringLiteral("planTrainBase"));
            for (int i = 0; i < box->count(); ++i)
                bases << box->itemData(i).toString();
            for (QLabel* label : dialog->findChildren<QLabel*>())
                summary += label->text();
            dialog->reject();
        });
        editor()->trainButton()->click();
        QVERIFY(shown);
        QVERIFY(bases.contains(QStringLiteral("preset:tiny")));
        QVERIFY2(summary.contains(QStringLiteral("plans/foldoc-cpt.json")) && summary.contains(QStringLiteral("tiny.model")),
                 qPrintable(summary));

        // Unsaved edits: refused, saying why; nothing started.
        settings()->seedBox()->setValue(3);
        QVERIFY(editor()->startTraining(QStringLiteral("preset:tiny")) == nullptr);
        QVERIFY(editor()->statusLabel()->text().contains(QStringLiteral("save the plan first")));
        // Sources of two tokenizers cannot make one run: none here, so the tokenizer is the shards'.
        QVERIFY(editor()->trainButton()->isEnabled());
        bool asked = false;
        answerNextBox(QStringLiteral("unsavedPlanBox"), QStringLiteral("discardPlanChangesButton"), &asked);
        QSignalSpy reopened(editor(), &PlanEditor::opened);
        Q_EMIT editor()->planBox()->activated(editor()->planBox()->findData(QStringLiteral("domain-only")));
        QVERIFY(asked);
        QVERIFY(reopened.wait(kTimeoutMs));
        waitForImplication();
        QVERIFY(implication()->table()->isEnabled());
        QCOMPARE(implication()->table()->rowCount(), 1); // foldoc alone
        // 3 steps: upsampling from ceil(0.85 x 3) = 3 and the cooldown from ceil(0.9 x 3) = 3 get none; said so.
        QCOMPARE(editor()->currentPlan().steps(), int64_t(3));
        QVERIFY(implication()->warningsLabel()->text().contains(QStringLiteral("MeCo cooldown gets no steps")));
        QVERIFY(implication()->warningsLabel()->text().contains(QStringLiteral("Upsampling gets no steps")));
        QVERIFY(!implication()->chart()->cooldownAt().has_value());
        screenshot(QStringLiteral("domain_only"));
    }

    // Delete removes the file and lists the plans without it.
    void deleteRemovesThePlan()
    {
        QSignalSpy refreshed(panel_, &MixturePanel::refreshed);
        QVERIFY(editor()->deletePlan(QStringLiteral("domain-only")));
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(planFile(projectDir_, QStringLiteral("domain-only"))), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(editor()->planBox()->findData(QStringLiteral("domain-only")) < 0, kTimeoutMs);
        QVERIFY(editor()->planName().isEmpty()); // it was the open plan: a new one is shown
        QVERIFY(!editor()->isDirty());
    }

    // The plugin loads in the app and is the Mixture step's page.
    void pluginIsTheMixtureStep()
    {
        gui::MainWindow window(QStringList{qEnvironmentVariable("ADAPTLAB_BUILD_DIR") + QStringLiteral("/plugins")});
        QCOMPARE(window.panelsFor(QStringLiteral("Mixture")), QStringList{QStringLiteral("Mixture")});
        QWidget* page = window.pageFor(QStringLiteral("Mixture"));
        QVERIFY(page != nullptr);
        QVERIFY(page->findChild<QWidget*>(QStringLiteral("planEditor")) != nullptr);
        QVERIFY(page->findChild<QTabWidget*>(QStringLiteral("mixtureTabs")) != nullptr);
        window.resize(1440, 960);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(testing::openProjectAndWait(window, projectDir_));
        window.showPage(QStringLiteral("Mixture"));
        auto* table = page->findChild<QTableWidget*>(QStringLiteral("planSourcesTable"));
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 2, kTimeoutMs);
        QTest::qWait(300);
        QVERIFY(window.grab().save(testing::screenshotDir() + QStringLiteral("/mixture_in_app.png")));
    }

    // Another project opens under unsaved edits: they are kept in the old project's plans folder.
    void unsavedEditsSurviveAProjectSwitch()
    {
        settings()->seedBox()->setValue(11);
        QVERIFY(editor()->isDirty());
        const QString kept = planFile(projectDir_, QStringLiteral("untitled-unsaved"));
        QVERIFY(!QFile::exists(kept));
        QString error;
        QVERIFY2(context_->createProject(temp_.filePath(QStringLiteral("second")), &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(kept), kTimeoutMs);
        const data::MixturePlan plan = data::MixturePlan::load(kept.toStdString());
        QCOMPARE(plan.seed, uint64_t(11));
        QVERIFY(!editor()->isDirty());
        // The new project has no shards: no sources, and the view says what to do.
        QTRY_COMPARE_WITH_TIMEOUT(sources()->rowCount(), 0, kTimeoutMs);
        waitForImplication();
        QVERIFY(implication()->warnings().join(QString()).contains(QStringLiteral("no token shards yet")));
    }
};

QTEST_MAIN(TestMixturePanel)
#include "tst_mixture_panel.moc"
