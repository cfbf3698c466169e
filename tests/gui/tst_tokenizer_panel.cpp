// The Tokenizer panel offscreen against a real project: a tiny SentencePiece model trained here and
// registered as the store's tokenizer artifact; the list, the vocabulary browser (a search finds a
// piece, a 128k vocabulary in the lazy model), the playground (its ids are Tokenizer::encode's, a
// second tokenizer side by side), a train_tokenizer run through the real job runner whose
// tokenizer appears in the list, the fertility result in the grouped bars and the gap list, and
// the shard build where this build has those jobs. Screenshots of each tab in build/screenshots.
#include "chart_view.h"
#include "fertility_report.h"
#include "fertility_tab.h"
#include "piece_text.h"
#include "playground_tab.h"
#include "shards_tab.h"
#include "tokenizer_dialogs.h"
#include "tokenizer_jobs.h"
#include "tokenizer_panel.h"
#include "vocabulary.h"
#include "vocabulary_tab.h"

#include "inspect_panel.h"
#include "inspect_session.h"
#include "overview_tab.h"

#include "app_context.h"
#include "app_test_support.h"
#include "gui_test_support.h"
#include "job_runner.h"
#include "param_form.h"
#include "stat_card.h"
#include "view_helpers.h"

#include "store/project_store.h"
#include "tokenize/sentencepiece_tokenizer.h"

#include <nlohmann/json.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>

#include <filesystem>
#include <memory>

using namespace adaptlab;
using namespace adaptlab::tokenizer_panel;
namespace fs = std::filesystem;

namespace {

constexpr int kTimeoutMs = 180000;

// Sentences of a small "computing" domain, varied enough for a few hundred pieces.
QStringList corpusLines(int count)
{
    const QStringList subjects{"The compiler", "A kernel", "The scheduler", "Our parser", "This interpreter",
                               "The allocator", "A daemon", "The linker", "The tokenizer", "A debugger"};
    const QStringList verbs{"rewrites", "optimizes", "allocates", "serializes", "dereferences", "recompiles",
                            "tokenizes", "schedules", "interrupts", "virtualizes"};
    const QStringList objects{"the bytecode", "every pointer", "the heap", "a mutex", "the syntax tree",
                              "all registers", "the page table", "a semaphore", "the stack frame", "an inode"};
    const QStringList tails{"quickly.", "at boot.", "on each call.", "without locking.", "in the background.",
                            "after a fault.", "before linking.", "twice."};
    QStringList lines;
    for (int i = 0; i < count; ++i)
        lines << QStringLiteral("%1 %2 %3 %4").arg(subjects[i % subjects.size()], verbs[(i / 3) % verbs.size()],
                                                   objects[(i / 7) % objects.size()], tails[(i / 2) % tails.size()]);
    return lines;
}

} // namespace

class TestTokenizerPanel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir temp_;
    QString projectDir_;
    std::unique_ptr<gui::AppContext> context_;
    std::unique_ptr<TokenizerPanel> panel_;
    std::unique_ptr<tokenize::SentencePieceTokenizer> tiny_;   // the reference for the checks
    std::unique_ptr<tokenize::SentencePieceTokenizer> tinyBpe_;
    fs::path tinyPath_;
    fs::path tinyBpePath_;

    store::ProjectStore* store() const { return context_->store(); }

    // Trains PREFIX.model on the corpus text file and records it as a tokenizer of the project.
    fs::path trainAndRegister(const QString& name, tokenize::ModelType type, const QString& modelType)
    {
        tokenize::TrainOptions options;
        options.inputFiles = {temp_.filePath(QStringLiteral("corpus.txt")).toStdString()};
        options.modelPrefix = store()->root() / "tokenizers" / name.toStdString();
        options.vocabSize = 340;
        options.modelType = type;
        options.characterCoverage = 1.0;
        options.byteFallback = true;
        tokenize::SentencePieceTokenizer::train(options);
        const fs::path model = options.modelPrefix.string() + ".model";
        store::ArtifactRecord artifact;
        artifact.kind = "tokenizer";
        artifact.path = store()->relativePath(model);
        artifact.metadataJson = nlohmann::json{{"name", name.toStdString()}, {"vocab_size", 340},
                                               {"model_type", modelType.toStdString()}}.dump();
        store()->addArtifact(artifact);
        return model;
    }

    void makePanel()
    {
        panel_ = std::make_unique<TokenizerPanel>(context_.get());
        panel_->resize(1280, 820);
        panel_->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel_.get()));
        QTRY_VERIFY_WITH_TIMEOUT(panel_->tokenizerTable()->rowCount() >= 2, kTimeoutMs);
    }

    void selectAndLoad(const QString& name)
    {
        QSignalSpy loaded(panel_.get(), &TokenizerPanel::vocabularyLoaded);
        QVERIFY(panel_->selectTokenizer(name));
        QTRY_VERIFY_WITH_TIMEOUT(panel_->vocabulary() != nullptr && !panel_->isLoading(), kTimeoutMs);
        QVERIFY(panel_->vocabulary()->path.endsWith(name + QStringLiteral(".model")));
    }

    void screenshot(const QString& name)
    {
        QVERIFY(panel_->grab().save(testing::screenshotDir() + QStringLiteral("/tokenizer_%1.png").arg(name)));
    }

    int rowOf(QTableWidget* table, const QString& name)
    {
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->text() == name)
                return r;
        return -1;
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

        // The corpus: a text file for the test's own models, and the same lines as a JSON Lines
        // dataset of the project for the jobs.
        const QStringList lines = corpusLines(600);
        QFile text(temp_.filePath(QStringLiteral("corpus.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(lines.join(QLatin1Char('\n')).toUtf8() + "\n");
        text.close();
        const QString jsonl = temp_.filePath(QStringLiteral("computing.jsonl"));
        QFile dataset(jsonl);
        QVERIFY(dataset.open(QIODevice::WriteOnly));
        for (const QString& line : lines)
            dataset.write(QByteArray::fromStdString(nlohmann::json{{"text", line.toStdString()}}.dump()) + "\n");
        dataset.close();
        store::DatasetRecord record;
        record.name = "computing";
        record.path = jsonl.toStdString();
        record.format = "jsonl";
        record.documents = lines.size();
        store()->addDataset(record);

        try {
            tinyPath_ = trainAndRegister(QStringLiteral("tiny"), tokenize::ModelType::Unigram, QStringLiteral("unigram"));
            tinyBpePath_ = trainAndRegister(QStringLiteral("tiny-bpe"), tokenize::ModelType::Bpe, QStringLiteral("bpe"));
            tiny_ = tokenize::SentencePieceTokenizer::load(tinyPath_);
            tinyBpe_ = tokenize::SentencePieceTokenizer::load(tinyBpePath_);
        } catch (const std::exception& e) {
            QFAIL(e.what());
        }
        makePanel();
    }

    void cleanupTestCase()
    {
        panel_.reset();
        context_.reset();
    }

    // ---- pieces in words ----------------------------------------------------------------------

    void visiblePieces()
    {
        QCOMPARE(PieceText::visible("a b"), QStringLiteral("a␣b"));
        QCOMPARE(PieceText::visible("\t\n"), QStringLiteral("⇥↵"));
        QCOMPARE(PieceText::visible(std::string_view("\x01", 1)), QString(QChar(0x2401)));
        QCOMPARE(PieceText::visible("▁the"), QStringLiteral("▁the")); // SentencePiece's space mark stays
        QCOMPARE(PieceText::visible("Ġthe"), QStringLiteral("Ġthe"));
        QCOMPARE(PieceText::hexBytes("▁"), QStringLiteral("e2 96 81"));
        QCOMPARE(PieceText::countWords("  two\twords\n"), qint64(2));
    }

    // ---- the list ---------------------------------------------------------------------------------

    void listShowsTheProjectsTokenizers()
    {
        QTableWidget* table = panel_->tokenizerTable();
        const int tiny = rowOf(table, QStringLiteral("tiny"));
        const int bpe = rowOf(table, QStringLiteral("tiny-bpe"));
        QVERIFY(tiny >= 0 && bpe >= 0);
        QCOMPARE(table->item(tiny, 1)->text(), QStringLiteral("SentencePiece unigram"));
        QCOMPARE(table->item(bpe, 1)->text(), QStringLiteral("SentencePiece BPE"));
        QCOMPARE(table->item(tiny, 2)->text(), QStringLiteral("340"));
        QCOMPARE(table->item(tiny, 0)->data(Qt::UserRole).toString(), QString::fromStdString(tinyPath_.string()));
        QVERIFY(!panel_->showsEmptyState());
        QVERIFY(panel_->trainButton()->isEnabled()); // the project has a dataset
    }

    // ---- vocabulary -------------------------------------------------------------------------------

    void vocabularyBrowserListsEveryPiece()
    {
        selectAndLoad(QStringLiteral("tiny"));
        VocabularyModel* model = panel_->vocabularyTab()->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), tiny_->vocabSize());
        for (int id = 0; id < tiny_->vocabSize(); ++id) {
            QCOMPARE(model->data(model->index(id, VocabularyModel::IdColumn)).toInt(), id);
            QCOMPARE(model->data(model->index(id, VocabularyModel::PieceColumn)).toString(),
                     PieceText::visible(tiny_->idToPiece(id)));
        }
        // The kinds: SentencePiece's <unk> and <s>, and the 256 byte pieces of byte fallback.
        const auto ids = tiny_->specialIds();
        QCOMPARE(model->data(model->index(ids.unk, VocabularyModel::KindColumn)).toString(), PieceText::kindName(PieceKind::Unknown));
        QCOMPARE(model->data(model->index(ids.bos, VocabularyModel::KindColumn)).toString(), PieceText::kindName(PieceKind::Special));
        int bytes = 0;
        for (int id = 0; id < tiny_->vocabSize(); ++id)
            if (tiny_->isByteFallback(id)) {
                ++bytes;
                QCOMPARE(model->data(model->index(id, VocabularyModel::KindColumn)).toString(), PieceText::kindName(PieceKind::Byte));
            }
        QVERIFY(bytes > 0);
        QCOMPARE(panel_->vocabularyTab()->view()->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    }

    void vocabularySearchFindsAPiece()
    {
        VocabularyTab* tab = panel_->vocabularyTab();
        // A whole piece of the domain the model learnt: the longest normal piece.
        int32_t longest = -1;
        for (int id = 0; id < tiny_->vocabSize(); ++id)
            if (!tiny_->isSpecial(id) && !tiny_->isByteFallback(id) && !tiny_->isUnknown(id)
                && (longest < 0 || tiny_->idToPiece(id).size() > tiny_->idToPiece(longest).size()))
                longest = id;
        QVERIFY(longest >= 0);
        QString needle = QString::fromStdString(tiny_->idToPiece(longest));
        needle.remove(QChar(0x2581));
        QVERIFY(needle.size() >= 3);
        QSignalSpy finished(tab, &VocabularyTab::searchFinished);
        tab->searchBox()->setText(needle.toUpper()); // case does not matter
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0 && !tab->isSearching(), kTimeoutMs);
        VocabularyModel* model = tab->model();
        QVERIFY(model->filtered());
        bool found = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            QVERIFY(model->data(model->index(row, VocabularyModel::PieceColumn)).toString().contains(needle, Qt::CaseInsensitive));
            found = found || model->idAt(row) == longest;
        }
        QVERIFY(found);
        QVERIFY(tab->countLabel()->text().contains(QStringLiteral("match")));
        panel_->tabs()->setCurrentIndex(0);
        screenshot(QStringLiteral("vocabulary_search"));

        // An id: that piece first.
        finished.clear();
        tab->searchBox()->setText(QStringLiteral("57"));
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0 && !tab->isSearching(), kTimeoutMs);
        QVERIFY(model->rowCount() >= 1);
        QCOMPARE(model->idAt(0), 57);
        finished.clear();
        tab->searchBox()->clear();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0 && !tab->isSearching(), kTimeoutMs);
        QCOMPARE(model->rowCount(), tiny_->vocabSize());
    }

    // A 128k vocabulary (Llama 3 sized) in the model: every row answers from the arrays, and a
    // search goes through all of them.
    void largeVocabularyModel()
    {
        auto vocabulary = std::make_shared<Vocabulary>();
        const int size = 128256;
        for (int id = 0; id < size; ++id) {
            const std::string piece = "Ġpiece" + std::to_string(id);
            vocabulary->pieces.push_back(PieceText::visible(piece));
            vocabulary->raw.push_back(piece);
            vocabulary->scores.push_back(-static_cast<float>(id));
            vocabulary->kinds.push_back(PieceKind::Normal);
        }
        VocabularyModel model;
        model.setVocabulary(vocabulary);
        QCOMPARE(model.rowCount(), size);
        QCOMPARE(model.data(model.index(size - 1, VocabularyModel::PieceColumn)).toString(), QStringLiteral("Ġpiece128255"));
        const std::atomic<bool> cancel{false};
        const std::vector<int32_t> ids = searchVocabulary(*vocabulary, QStringLiteral(" piece12825"), cancel);
        // " piece12825" matches Ġpiece12825 and Ġpiece128250..128255.
        QCOMPARE(ids.size(), size_t(7));
        QCOMPARE(ids.front(), 12825);
        model.setFilter(ids);
        QCOMPARE(model.idAt(6), 128255);
    }

    // ---- playground -------------------------------------------------------------------------------

    void playgroundShowsTheEncodersPieces()
    {
        PlaygroundTab* tab = panel_->playgroundTab();
        panel_->tabs()->setCurrentIndex(1);
        const QString text = QStringLiteral("The compiler dereferences the heap twice. Zebra ✓");
        QSignalSpy encoded(tab, &PlaygroundTab::encoded);
        tab->input()->setPlainText(text);
        QTRY_VERIFY_WITH_TIMEOUT(encoded.count() > 0 && !tab->isBusy(), kTimeoutMs);
        const std::vector<int32_t> expected = tiny_->encode(text.toStdString());
        const Encoding& encoding = tab->encoding();
        QCOMPARE(encoding.pieces.size(), expected.size());
        bool sawByte = false;
        for (size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(encoding.pieces[i].id, expected[i]);
            QCOMPARE(encoding.pieces[i].raw, tiny_->idToPiece(expected[i]));
            sawByte = sawByte || encoding.pieces[i].kind == PieceKind::Byte;
        }
        QVERIFY(sawByte); // ✓ is not in the vocabulary: byte fallback
        QCOMPARE(encoding.words, qint64(8));
        QVERIFY2(tab->countLabel()->text().startsWith(QStringLiteral("%1 tokens, 8 words, ").arg(expected.size())),
                 qPrintable(tab->countLabel()->text()));
        // Each piece is a run of text with its id in the tooltip.
        QStringList tooltips;
        for (QTextBlock block = tab->output()->document()->begin(); block.isValid(); block = block.next())
            for (auto it = block.begin(); !it.atEnd(); ++it)
                if (!it.fragment().charFormat().toolTip().isEmpty())
                    tooltips << it.fragment().charFormat().toolTip();
        QCOMPARE(tooltips.size(), static_cast<int>(expected.size()));
        QVERIFY2(tooltips.front().startsWith(QStringLiteral("id %1:").arg(expected.front())), qPrintable(tooltips.front()));
        screenshot(QStringLiteral("playground"));
    }

    void playgroundComparesTwoTokenizers()
    {
        PlaygroundTab* tab = panel_->playgroundTab();
        const int index = tab->compareBox()->findText(QStringLiteral("tiny-bpe"));
        QVERIFY(index > 0);
        QSignalSpy encoded(tab, &PlaygroundTab::encoded);
        tab->compareBox()->setCurrentIndex(index);
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy() && tab->compareEncoding().valid, kTimeoutMs);
        const std::vector<int32_t> expected = tinyBpe_->encode(tab->input()->toPlainText().toStdString());
        QCOMPARE(tab->compareEncoding().pieces.size(), expected.size());
        for (size_t i = 0; i < expected.size(); ++i)
            QCOMPARE(tab->compareEncoding().pieces[i].id, expected[i]);
        QVERIFY(tab->compareOutput()->isVisibleTo(tab));
        screenshot(QStringLiteral("playground_compare"));
    }

    // ---- train ------------------------------------------------------------------------------------

    void trainRunAddsATokenizer()
    {
        TrainTokenizerDialog dialog(panel_->catalog().datasets, {QStringLiteral("computing")});
        QCOMPARE(dialog.chosenDatasets(), QStringList{QStringLiteral("computing")});
        auto* vocab = qobject_cast<QSpinBox*>(dialog.form()->editor("vocab_size"));
        QVERIFY(vocab != nullptr);
        QVERIFY(!vocab->toolTip().isEmpty()); // every setting explained
        vocab->setValue(320);
        auto* name = qobject_cast<QLineEdit*>(dialog.form()->editor("name"));
        QVERIFY(name != nullptr);
        name->setText(QStringLiteral("trained"));
        QVERIFY(dialog.form()->editor("datasets") == nullptr); // the dialog's list chooses them
        dialog.resize(620, 640);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(testing::screenshotDir() + QStringLiteral("/tokenizer_train_dialog.png")));
        const QString spec = dialog.spec(projectDir_);
        const nlohmann::json params = nlohmann::json::parse(spec.toStdString())["params"];
        QCOMPARE(params["vocab_size"].get<int>(), 320);
        QVERIFY(params["datasets"] == nlohmann::json::array({"computing"}));
        dialog.hide();

        QSignalSpy refreshed(panel_.get(), &TokenizerPanel::refreshed);
        JobRunner* runner = panel_->startTokenizerJob(spec);
        QVERIFY2(runner != nullptr, qPrintable(panel_->statusLabel()->text()));
        QSignalSpy finished(runner, &JobRunner::finished);
        if (runner->state() != JobRunner::State::Finished)
            QVERIFY(finished.wait(kTimeoutMs));
        QVERIFY2(runner->state() == JobRunner::State::Finished, qPrintable(runner->lastLogLines().join('\n')));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(panel_->tokenizerTable(), QStringLiteral("trained")) >= 0, kTimeoutMs);
        const int row = rowOf(panel_->tokenizerTable(), QStringLiteral("trained"));
        QCOMPARE(panel_->tokenizerTable()->item(row, 2)->text(), QStringLiteral("320"));
        // The new one is selected and opened.
        QTRY_VERIFY_WITH_TIMEOUT(panel_->selectedPath().endsWith(QStringLiteral("trained.model")), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(panel_->vocabulary() != nullptr && panel_->vocabulary()->size() == 320, kTimeoutMs);
        panel_->tabs()->setCurrentIndex(0);
        screenshot(QStringLiteral("trained"));
    }

    // ---- import -----------------------------------------------------------------------------------

    void importAddsATokenizer()
    {
        if (!kindAvailable(kImportKind))
            QSKIP("this build has no tokenizer_import job yet");
        ImportTokenizerDialog dialog;
        dialog.sourceEdit()->setText(QString::fromStdString(tinyPath_.string()));
        dialog.nameEdit()->setText(QStringLiteral("imported"));
        QVERIFY(!dialog.sourceEdit()->toolTip().isEmpty());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(testing::screenshotDir() + QStringLiteral("/tokenizer_import_dialog.png")));
        const QString spec = dialog.spec(projectDir_);
        dialog.hide();
        JobRunner* runner = panel_->startTokenizerJob(spec);
        QVERIFY2(runner != nullptr, qPrintable(panel_->statusLabel()->text()));
        QSignalSpy finished(runner, &JobRunner::finished);
        if (runner->state() != JobRunner::State::Finished)
            QVERIFY(finished.wait(kTimeoutMs));
        QVERIFY2(runner->state() == JobRunner::State::Finished, qPrintable(runner->lastLogLines().join('\n')));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(panel_->tokenizerTable(), QStringLiteral("imported")) >= 0, kTimeoutMs);
        const int row = rowOf(panel_->tokenizerTable(), QStringLiteral("imported"));
        QCOMPARE(panel_->tokenizerTable()->item(row, 2)->text(), QStringLiteral("340"));
        QVERIFY(!panel_->tokenizerTable()->item(row, 1)->text().isEmpty()); // the job's description
        // The imported copy is selected and opened: the same vocabulary as the model it came from.
        QTRY_VERIFY_WITH_TIMEOUT(panel_->selectedPath() == panel_->tokenizerTable()->item(row, 0)->data(Qt::UserRole).toString(),
                                 kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(panel_->vocabulary() != nullptr && panel_->vocabulary()->path == panel_->selectedPath(), kTimeoutMs);
        QCOMPARE(panel_->vocabulary()->size(), tiny_->vocabSize());
        for (int id = 0; id < tiny_->vocabSize(); ++id)
            QCOMPARE(panel_->vocabulary()->raw[static_cast<size_t>(id)], tiny_->idToPiece(id));
    }

    // ---- grouped bars (ChartView) -----------------------------------------------------------------

    void groupedBarsDrawOneBarPerGroup()
    {
        ChartView chart;
        chart.resize(600, 240);
        chart.setGroupedBars({QStringLiteral("general"), QStringLiteral("domain")},
                             {{QStringLiteral("gcide"), {1.25, 1.5}}, {QStringLiteral("foldoc"), {2.5}}});
        QCOMPARE(chart.mode(), ChartView::Mode::Bars);
        QCOMPARE(chart.bars().size(), size_t(2)); // one row per category
        QCOMPARE(chart.xMin(), 0.0);
        QVERIFY(chart.xMax() >= 2.5);
        // Bars grow from the axis in proportion to their values, one under the other in a row.
        const QRectF a = chart.groupedBarRect(0, 0);
        const QRectF b = chart.groupedBarRect(0, 1);
        const QRectF c = chart.groupedBarRect(1, 0);
        QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty());
        QVERIFY(chart.groupedBarRect(1, 1).isEmpty()); // foldoc has no value for the second group
        QCOMPARE(a.left(), chart.plotRect().left());
        QVERIFY(std::abs(b.width() / a.width() - 1.5 / 1.25) < 0.02);
        QVERIFY(std::abs(c.width() / a.width() - 2.5 / 1.25) < 0.02);
        QVERIFY(b.top() >= a.bottom() - 0.5);
        QVERIFY(chart.barRowRect(0).contains(a) && chart.barRowRect(0).contains(b));
        const QString hover = chart.hoverText(chart.barRowRect(1).center().toPoint());
        QVERIFY2(hover.contains(QStringLiteral("foldoc")) && hover.contains(QStringLiteral("general: 2.50"))
                     && hover.contains(QStringLiteral("domain: none")), qPrintable(hover));
        QCOMPARE(chart.csvText(), QStringLiteral("label,general,domain\ngcide,1.25,1.5\nfoldoc,2.5,\n"));
        // Plain bars end the grouping.
        chart.setBars({{QStringLiteral("x"), 3}});
        QVERIFY(chart.barGroups().isEmpty());
        QCOMPARE(chart.csvText(), QStringLiteral("label,count\nx,3\n"));
    }

    // ---- fertility --------------------------------------------------------------------------------

    void fertilityReportRefusesMalformedResults()
    {
        QString error;
        QVERIFY(!parseFertilityReport(QStringLiteral("[]"), &error));
        QVERIFY(!parseFertilityReport(QStringLiteral(R"({"tokenizers":[{"path":"a"}],"results":[{"input":"x","tokenizer":"a",
            "documents":1,"tokens":2,"words":1,"bytes":3,"tokens_per_word":"two"}]})"), &error));
        QCOMPARE(error, QStringLiteral("results[0].tokens_per_word: not a number"));
        QVERIFY(!parseFertilityReport(QStringLiteral(R"({"tokenizers":[{"path":"a"}],"results":[{"input":"x","tokenizer":"b",
            "documents":1,"tokens":2,"words":1,"bytes":3,"tokens_per_word":2}]})"), &error));
        QCOMPARE(error, QStringLiteral("results[0].tokenizer: names none of the result's tokenizers"));
    }

    void fertilityRunShowsBarsAndGaps()
    {
        if (!kindAvailable(kFertilityKind))
            QSKIP("this build has no tokenizer_fertility job yet");
        FertilityTab* tab = panel_->fertilityTab();
        panel_->tabs()->setCurrentIndex(2);
        tab->firstBox()->setCurrentIndex(tab->firstBox()->findText(QStringLiteral("tiny")));
        tab->secondBox()->setCurrentIndex(tab->secondBox()->findText(QStringLiteral("tiny-bpe")));
        QVERIFY(tab->startRun());
        JobRunner* runner = tab->runner();
        QSignalSpy finished(runner, &JobRunner::finished);
        QSignalSpy shown(tab, &FertilityTab::resultShown);
        if (runner->state() != JobRunner::State::Finished)
            QVERIFY(finished.wait(kTimeoutMs));
        QVERIFY2(runner->state() == JobRunner::State::Finished, qPrintable(runner->lastLogLines().join('\n')));
        QTRY_VERIFY_WITH_TIMEOUT(tab->report().has_value(), kTimeoutMs);
        const FertilityReport& report = *tab->report();
        QCOMPARE(report.tokenizers.size(), size_t(2));
        // The bars are the result's tokens per word, one group per tokenizer, and tokens/words
        // agree with the reference tokenizer on the whole dataset.
        ChartView* chart = tab->chart();
        QCOMPARE(chart->barGroups(), (QStringList{QStringLiteral("tiny"), QStringLiteral("tiny-bpe")}));
        QCOMPARE(chart->groupedBars().size(), size_t(1));
        QCOMPARE(chart->groupedBars()[0].label, QStringLiteral("computing"));
        // Every document is measured (600 < the default sample): the tokens are the reference
        // tokenizer's over the whole dataset, and the bar is the result's tokens per word.
        qint64 tokens = 0;
        for (const QString& line : corpusLines(600))
            tokens += static_cast<qint64>(tiny_->encode(line.toStdString()).size());
        const FertilityRow* row = report.row(QStringLiteral("computing"), 0);
        QVERIFY(row != nullptr);
        QCOMPARE(row->documents, qint64(600));
        QCOMPARE(row->tokens, tokens);
        QVERIFY(row->words > 0);
        QVERIFY(std::abs(row->tokensPerWord - static_cast<double>(tokens) / static_cast<double>(row->words)) < 1e-9);
        QCOMPARE(chart->groupedBars()[0].values[0], row->tokensPerWord);
        const FertilityRow* second = report.row(QStringLiteral("computing"), 1);
        QVERIFY(second != nullptr);
        QCOMPARE(chart->groupedBars()[0].values[1], second->tokensPerWord);
        QVERIFY(tab->gapTable()->rowCount() > 0);
        QCOMPARE(tab->gapTable()->rowCount(), static_cast<int>(row->gaps.size()));
        // The split is the gap word's pieces, made visible, in order.
        QStringList pieces;
        for (const QString& piece : row->gaps.front().pieces)
            pieces << PieceText::visible(piece.toStdString());
        QCOMPARE(tab->gapTable()->item(0, 2)->text(), pieces.join(QStringLiteral(" · ")));
        QCOMPARE(tab->gapTable()->item(0, 0)->text(), row->gaps.front().word);
        screenshot(QStringLiteral("fertility"));
    }

    // ---- shards -----------------------------------------------------------------------------------

    void shardsBuildForADataset()
    {
        if (!kindAvailable(kShardsKind))
            QSKIP("this build has no build_shards job yet");
        ShardsTab* tab = panel_->shardsTab();
        panel_->tabs()->setCurrentIndex(3);
        selectAndLoad(QStringLiteral("tiny"));
        QTRY_VERIFY_WITH_TIMEOUT(tab->table()->rowCount() == 1, kTimeoutMs);
        QCOMPARE(tab->table()->item(0, 2)->text(), QStringLiteral("not built"));
        tab->setChosenDatasets({QStringLiteral("computing")});
        QVERIFY(tab->form() != nullptr);
        auto* heldout = qobject_cast<QSpinBox*>(tab->form()->editor("heldout_docs"));
        QVERIFY(heldout != nullptr);
        QVERIFY(!heldout->toolTip().isEmpty());
        heldout->setValue(50);
        QVERIFY(tab->buildButton()->isEnabled());
        QSignalSpy ended(tab, &ShardsTab::buildsEnded);
        QVERIFY(tab->startBuild());
        QVERIFY(!tab->buildButton()->isEnabled()); // one build at a time
        JobRunner* runner = tab->runner();
        QVERIFY(runner != nullptr);
        QVERIFY(ended.wait(kTimeoutMs));
        QVERIFY2(runner->state() == JobRunner::State::Finished, qPrintable(runner->lastLogLines().join('\n')));
        QCOMPARE(tab->statusLabel()->text(), QStringLiteral("Shards built."));

        // The store records the dataset's shards: every document's tokens, split as asked.
        const auto dataset = store()->datasetByName("computing");
        QVERIFY(dataset.has_value());
        const std::vector<store::TokenShardsRecord> records = store()->tokenShards(dataset->id);
        QCOMPARE(records.size(), size_t(1));
        qint64 tokens = 0;
        for (const QString& line : corpusLines(600))
            tokens += static_cast<qint64>(tiny_->encode(line.toStdString()).size());
        QCOMPARE(records.front().heldoutDocuments, int64_t(50));
        QCOMPARE(records.front().documents, int64_t(550));
        QCOMPARE(records.front().tokens + records.front().heldoutTokens, tokens);
        // ... and the table says so once the panel has read it.
        QTRY_VERIFY_WITH_TIMEOUT(tab->table()->item(0, 2)->text().startsWith(QStringLiteral("built")), kTimeoutMs);
        QCOMPARE(tab->table()->item(0, 3)->text(), ViewHelpers::count(records.front().tokens));
        QVERIFY(tab->table()->item(0, 4)->text().startsWith(QStringLiteral("50 documents")));
        screenshot(QStringLiteral("shards"));
        // The dataset's file modified after the build: the row says the shards may be stale (and
        // goes back to built when the file's time is put back).
        const QString datasetFile = temp_.filePath(QStringLiteral("computing.jsonl"));
        const QDateTime before = QFileInfo(datasetFile).lastModified();
        {
            QFile file(datasetFile);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(3600), QFileDevice::FileModificationTime));
        }
        panel_->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(tab->table()->item(0, 2)->text().startsWith(QStringLiteral("stale")), kTimeoutMs);
        QVERIFY(tab->table()->item(0, 2)->toolTip().contains(QStringLiteral("Build shards again")));
        {
            QFile file(datasetFile);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(before, QFileDevice::FileModificationTime));
        }
        panel_->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(tab->table()->item(0, 2)->text().startsWith(QStringLiteral("built")), kTimeoutMs);
        // Another tokenizer has no shards of this dataset.
        selectAndLoad(QStringLiteral("tiny-bpe"));
        QCOMPARE(tab->table()->item(0, 2)->text(), QStringLiteral("not built"));
    }

    // Cancel stops the build; nothing is recorded.
    void shardsBuildCancels()
    {
        if (!kindAvailable(kShardsKind))
            QSKIP("this build has no build_shards job yet");
        ShardsTab* tab = panel_->shardsTab();
        selectAndLoad(QStringLiteral("tiny-bpe"));
        tab->setChosenDatasets({QStringLiteral("computing")});
        QSignalSpy ended(tab, &ShardsTab::buildsEnded);
        QVERIFY(tab->startBuild());
        QVERIFY(tab->cancelButton()->isVisibleTo(tab));
        tab->cancelBuild();
        QVERIFY(ended.wait(kTimeoutMs));
        const auto dataset = store()->datasetByName("computing");
        const JobRunner::State state = tab->runner()->state();
        // A tiny build may finish before the stop arrives; either way the panel says what happened.
        if (state == JobRunner::State::Stopped) {
            QVERIFY2(tab->statusLabel()->text().contains(QStringLiteral("cancelled")), qPrintable(tab->statusLabel()->text()));
            QCOMPARE(store()->tokenShards(dataset->id).size(), size_t(1)); // only tiny's
        } else {
            QCOMPARE(state, JobRunner::State::Finished);
        }
        QVERIFY(!tab->cancelButton()->isVisibleTo(tab));
    }

    // The Inspect overview's token card shows the dataset's shard tokens.
    void inspectOverviewShowsShardTokens()
    {
        if (!kindAvailable(kShardsKind))
            QSKIP("this build has no build_shards job yet");
        const auto dataset = store()->datasetByName("computing");
        const auto records = store()->tokenShards(dataset->id);
        QVERIFY(!records.empty());
        int64_t newest = -1;
        qint64 total = 0;
        for (const auto& record : records)
            if (record.id > newest) {
                newest = record.id;
                total = record.tokens + record.heldoutTokens;
            }
        corpus_panel::InspectPanel inspect(context_.get());
        inspect.resize(1280, 820);
        inspect.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspect));
        // The panel lists the project's datasets off the UI thread: select once it has them (the
        // only dataset may be chosen already, so the session says which one is shown).
        QTRY_VERIFY_WITH_TIMEOUT(!inspect.session()->datasets().empty(), kTimeoutMs);
        inspect.selectDataset(QStringLiteral("computing"));
        QTRY_COMPARE_WITH_TIMEOUT(inspect.session()->datasetName(), QStringLiteral("computing"), kTimeoutMs);
        StatCard* card = inspect.overviewTab()->card(QStringLiteral("tokens"));
        QVERIFY(card != nullptr);
        QTRY_COMPARE_WITH_TIMEOUT(card->value(), QLocale().toString(total), kTimeoutMs);
        QVERIFY2(card->caption().startsWith(QStringLiteral("tokens with ")), qPrintable(card->caption()));
        QVERIFY(inspect.grab().save(testing::screenshotDir() + QStringLiteral("/tokenizer_inspect_overview_tokens.png")));
    }

    // Every tab as it stands at the end (fertility and shards also where their jobs are missing).
    void screenshotsOfEachTab()
    {
        const QStringList names{QStringLiteral("tab_vocabulary"), QStringLiteral("tab_playground"),
                                QStringLiteral("tab_fertility"), QStringLiteral("tab_shards")};
        for (int i = 0; i < panel_->tabs()->count(); ++i) {
            panel_->tabs()->setCurrentIndex(i);
            QTest::qWait(20);
            screenshot(names.value(i));
        }
    }
};

QTEST_MAIN(TestTokenizerPanel)
#include "tst_tokenizer_panel.moc"
