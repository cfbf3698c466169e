// The Train panel offscreen against a real project: two JSON Lines datasets and a SentencePiece
// tokenizer trained here. The spec round trip, the failure hints, the curves and the time estimate
// as pure functions; the form built from the `train` kind's schema, a preset filling it, the base
// model's size, Preview command, save and load; then a tiny run (preset:tiny) started from the
// panel through the real job runner: live curves, the window's context closed and the project
// reopened in a new one whose panel follows the same run, Stop (a checkpoint), Resume from it (a new
// run continuing at the next step), and the generation box on the checkpoint. Screenshots in
// build/screenshots (train_*.png).
#include "failure_hint.h"
#include "launch_script_dialog.h"
#include "generate_tab.h"
#include "run_curves.h"
#include "run_actions.h"
#include "run_tab.h"
#include "setup_tab.h"
#include "train_estimate.h"
#include "train_panel.h"
#include "train_spec.h"

#include "app_context.h"
#include "app_test_support.h"
#include "chart_view.h"
#include "gui_test_support.h"
#include "job_runner.h"
#include "job_text.h"
#include "param_form.h"

#include "jobs/job_registry.h"
#include "jobs/param_schema.h"
#include "store/project_store.h"
#include "tokenize/sentencepiece_tokenizer.h"
#include "train/launch_script.h"
#include "train/memory_estimate.h"

#include <nlohmann/json.hpp>

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScopeGuard>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QLocale>
#include <QTextEdit>

#include <cmath>
#include <filesystem>
#include <memory>

using namespace adaptlab;
using namespace adaptlab::train_panel;
namespace fs = std::filesystem;

namespace {

// Each wait stays under QtTest's 300 s limit per test function.
constexpr int kTimeoutMs = 120000;

// Two small "sources": computing sentences (the domain) and general ones (the replay).
QStringList corpusLines(int count, bool computing)
{
    const QStringList subjects = computing
        ? QStringList{"The compiler", "A kernel", "The scheduler", "Our parser", "The linker", "A debugger"}
        : QStringList{"The farmer", "A river", "The old house", "Our neighbour", "The garden", "A child"};
    const QStringList verbs = computing
        ? QStringList{"rewrites", "optimizes", "allocates", "serializes", "schedules", "interrupts"}
        : QStringList{"crosses", "paints", "visits", "remembers", "follows", "finds"};
    const QStringList objects = computing
        ? QStringList{"the bytecode", "every pointer", "the heap", "a mutex", "the page table", "an inode"}
        : QStringList{"the valley", "every field", "the market", "a letter", "the orchard", "a song"};
    QStringList lines;
    for (int i = 0; i < count; ++i)
        lines << QStringLiteral("%1 %2 %3 on day %4.")
                     .arg(subjects[i % subjects.size()], verbs[(i / 3) % verbs.size()],
                          objects[(i / 7) % objects.size()])
                     .arg(i % 17);
    return lines;
}

} // namespace

class TestTrainPanel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir temp_;
    QString projectDir_;
    std::unique_ptr<gui::AppContext> context_;
    std::unique_ptr<TrainPanel> panel_;
    QString tokenizerPath_;
    qint64 firstRun_ = 0;
    bool followed_ = false; // the live run was followed: the tests after it build on that run
    QString stoppedCheckpoint_;

    store::ProjectStore* store() const { return context_->store(); }

    void addDataset(const QString& name, bool computing)
    {
        const QString path = temp_.filePath(name + QStringLiteral(".jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QStringList lines = corpusLines(400, computing);
        for (const QString& line : lines)
            file.write(QByteArray::fromStdString(nlohmann::json{{"text", line.toStdString()}}.dump()) + "\n");
        file.close();
        store::DatasetRecord record;
        record.name = name.toStdString();
        record.path = path.toStdString();
        record.format = "jsonl";
        record.documents = lines.size();
        store()->addDataset(record);
    }

    void makePanel()
    {
        panel_ = std::make_unique<TrainPanel>(context_.get());
        panel_->setCliProgram(testing::cliPath());
        panel_->resize(1280, 820);
        panel_->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel_.get()));
        QTRY_VERIFY_WITH_TIMEOUT(panel_->setupTab()->sourcesTable()->rowCount() == 2, kTimeoutMs);
    }

    void screenshot(const QString& name)
    {
        QVERIFY(panel_->grab().save(testing::screenshotDir() + QStringLiteral("/train_%1.png").arg(name)));
    }

    SetupTab* setup() const { return panel_->setupTab(); }
    RunTab* runTab() const { return panel_->runTab(); }

    // The tiny run's choices: a preset from scratch with the project's tokenizer, the computing
    // dataset with 20% general replay, steps enough that it is still running when stopped.
    void chooseTinyRun()
    {
        setup()->setBaseKind(SetupTab::BaseKind::Preset);
        setup()->presetBox()->setCurrentIndex(setup()->presetBox()->findData(QStringLiteral("tiny")));
        setup()->tokenizerBox()->setCurrentIndex(setup()->tokenizerBox()->findData(tokenizerPath_));
        QVERIFY(setup()->setSource(QStringLiteral("computing"), 1.0));
        QVERIFY(setup()->setSource(QStringLiteral("general"), 1.0, /*used=*/false));
        setup()->replayBox()->setCurrentIndex(setup()->replayBox()->findData(QStringLiteral("general")));
        setup()->replayFractionBox()->setValue(0.2);
        QVERIFY(setup()->form()->setValues(nlohmann::json{{"steps", 100000}, {"seq_len", 32}, {"batch", 4},
                                                          {"eval_every", 10}, {"eval_every_early", 5},
                                                          {"save_every", 100000}, {"heldout_docs", 20}}));
        QTRY_VERIFY_WITH_TIMEOUT(!setup()->isDescribing() && setup()->baseDescription().config.has_value(), kTimeoutMs);
    }

    int trainLossPoints() const
    {
        return static_cast<int>(runTab()->curves().points(QStringLiteral("train_loss")).steps.size());
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
        addDataset(QStringLiteral("computing"), true);
        addDataset(QStringLiteral("general"), false);

        // The tokenizer, trained on both sources and recorded as the project's.
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
        } catch (const std::exception& e) {
            QFAIL(e.what());
        }
        tokenizerPath_ = QString::fromStdString((store()->root() / "tokenizers" / "tiny.model").string());
        store::ArtifactRecord artifact;
        artifact.kind = "tokenizer";
        artifact.path = "tokenizers/tiny.model";
        artifact.metadataJson = nlohmann::json{{"name", "tiny"}, {"vocab_size", 300}}.dump();
        store()->addArtifact(artifact);
        makePanel();
    }

    void cleanupTestCase()
    {
        // A run this test left going (a failure midway) is stopped, not left to train for hours.
        if (context_ != nullptr)
            context_->stopActiveRuns();
        panel_.reset();
        context_.reset();
    }

    // ---- pure pieces ------------------------------------------------------------------------------

    void specRoundTrip()
    {
        TrainChoice choice;
        choice.base = QStringLiteral("preset:tiny");
        choice.tokenizer = QStringLiteral("/p/tokenizers/tiny.model");
        choice.sources = {{QStringLiteral("computing"), 2.0}, {QStringLiteral("law"), 0.5}};
        choice.replayDataset = QStringLiteral("general");
        choice.replayFraction = 0.1;
        choice.params = {{"steps", 30}, {"lr", 0.002}};
        choice.resumeFrom = QStringLiteral("/p/runs/3/checkpoints/step-20");
        const QString spec = trainSpec(QStringLiteral("/p"), choice);
        const nlohmann::json json = nlohmann::json::parse(spec.toStdString());
        QVERIFY(json["kind"] == "train");
        QVERIFY(json["project"] == "/p");
        QVERIFY(json["params"]["sources"][1]["dataset"] == "law");
        QVERIFY(json["params"]["sources"][1]["weight"] == 0.5);
        QVERIFY(json["params"]["replay"]["fraction"] == 0.1);
        QVERIFY(json["params"]["resume_from"] == "/p/runs/3/checkpoints/step-20");
        QString error;
        const std::optional<TrainChoice> back = choiceFromSpec(spec, &error);
        QVERIFY2(back.has_value(), qPrintable(error));
        QVERIFY(*back == choice);

        // What the panel cannot show is refused naming the field.
        QVERIFY(!choiceFromSpec(QStringLiteral("{\"kind\": \"scan_dataset\", \"params\": {}}"), &error));
        QVERIFY(error.startsWith(QStringLiteral("kind:")));
        QVERIFY(!choiceFromSpec(QStringLiteral("{\"kind\": \"train\", \"params\": {\"base\": \"preset:tiny\", "
                                               "\"sources\": [{\"path\": \"a.txt\"}]}}"),
                                &error));
        QVERIFY(error.startsWith(QStringLiteral("params.sources[0].dataset")));
        QVERIFY(!choiceFromSpec(QStringLiteral("{\"kind\": \"train\", \"params\": {}}"), &error));
        QVERIFY(error.startsWith(QStringLiteral("params.base")));
        QVERIFY(!choiceFromSpec(QStringLiteral("not json"), &error));
    }

    void mergeSpecsAndExportArguments()
    {
        // Each merge writes only its kind's params, and the `merge` kind's schema takes them.
        const jobs::JobKind* merge = jobs::findJobKind("merge");
        QVERIFY(merge != nullptr);
        MergeChoice fold;
        fold.base = QStringLiteral("/m/base");
        fold.lora = QStringLiteral("/runs/3/final/adapter");
        fold.outName = QStringLiteral("run 3 merged");
        const nlohmann::json foldSpec = nlohmann::json::parse(mergeSpec(projectDir_, fold).toStdString());
        QVERIFY(foldSpec["kind"] == "merge");
        QVERIFY(foldSpec["params"] == nlohmann::json::parse(R"({"kind": "lora", "base": "/m/base",
            "lora": "/runs/3/final/adapter", "out_name": "run-3-merged"})"));
        MergeChoice residual;
        residual.kind = QStringLiteral("residual");
        residual.cpt = QStringLiteral("/runs/2/final");
        residual.instruct = QStringLiteral("/m/instruct");
        residual.base = QStringLiteral("/m/base");
        residual.lambda = 0.7;
        residual.dtype = QStringLiteral("bf16");
        const nlohmann::json residualSpec = nlohmann::json::parse(mergeSpec(projectDir_, residual).toStdString());
        QVERIFY(residualSpec["params"] == nlohmann::json::parse(R"({"kind": "residual", "cpt": "/runs/2/final",
            "instruct": "/m/instruct", "base": "/m/base", "lambda": 0.7, "dtype": "bf16", "out_name": "merged"})"));
        for (const nlohmann::json& spec : {foldSpec, residualSpec}) {
            std::vector<jobs::SpecProblem> problems;
            jobs::validateParams(*merge, spec["params"], problems);
            QVERIFY2(problems.empty(), problems.empty() ? "" : problems.front().message.c_str());
        }
        ExportChoice gguf;
        gguf.model = QStringLiteral("/runs/2/final");
        gguf.out = QStringLiteral("/p/exports/run-2.gguf");
        QCOMPARE(exportArguments(gguf), (QStringList{"export", "--model", "/runs/2/final", "--format", "gguf", "--dtype",
                                                     "f16", "--out", "/p/exports/run-2.gguf", "--json"}));
    }

    void failureHints_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("lost");
        QTest::addColumn<int>("kind");
        QTest::newRow("nan") << "loss became NaN at step 12; the last good checkpoint is runs/3/checkpoints/step-10"
                             << false << int(FailureKind::NanLoss);
        QTest::newRow("inf") << "loss became Inf at step 3" << false << int(FailureKind::NanLoss);
        QTest::newRow("cpu oom") << "DefaultCPUAllocator: can't allocate memory: you tried to allocate 123 bytes"
                                 << false << int(FailureKind::OutOfMemory);
        QTest::newRow("cuda oom") << "CUDA out of memory. Tried to allocate 2.00 GiB" << false
                                  << int(FailureKind::OutOfMemory);
        QTest::newRow("bad_alloc") << "std::bad_alloc" << false << int(FailureKind::OutOfMemory);
        QTest::newRow("shard") << "shards/computing/train-00000.shard: truncated in the document offsets" << false
                               << int(FailureKind::BadData);
        QTest::newRow("config") << "config.json: num_key_value_heads: 3 does not divide num_attention_heads 8" << false
                                << int(FailureKind::ModelMismatch);
        QTest::newRow("lost") << "" << true << int(FailureKind::Lost);
        QTest::newRow("other") << "something else" << false << int(FailureKind::Other);
        // "information" and "infer" are not Inf.
        QTest::newRow("not inf") << "no information to infer from" << false << int(FailureKind::Other);
    }

    void failureHints()
    {
        QFETCH(QString, message);
        QFETCH(bool, lost);
        QFETCH(int, kind);
        const FailureKind found = classifyFailure(message, {}, lost);
        QCOMPARE(int(found), kind);
        QCOMPARE(failureHint(found).isEmpty(), found == FailureKind::Other);
        // The log's lines count as much as the message.
        QCOMPARE(int(classifyFailure(QString(), {QStringLiteral("info: step 3"), message}, lost)), kind);
    }

    void curvesAppendThenRedrawOnRewrite()
    {
        RunCurves curves;
        const auto point = [](const char* name, const char* source, qint64 step, double value) {
            store::MetricPoint p;
            p.name = name;
            p.source = source;
            p.step = step;
            p.tokens = step * 128;
            p.value = value;
            return p;
        };
        auto updates = curves.add({point("train_loss", "", 1, 5.0), point("train_loss", "", 2, 4.5),
                                   point("heldout_loss", "computing", 2, 4.8), point("grad_norm", "", 2, 1.2)});
        QCOMPARE(updates.size(), size_t(2)); // grad_norm has no chart
        QCOMPARE(updates[0].key.id, QStringLiteral("train_loss"));
        QVERIFY(!updates[0].replace);
        QCOMPARE(updates[0].appended.steps, (std::vector<double>{1, 2}));
        QCOMPARE(updates[1].key.id, QStringLiteral("heldout_loss/computing"));
        QCOMPARE(updates[1].key.label, QStringLiteral("computing"));
        QCOMPARE(*curves.latest("grad_norm"), 1.2);
        // Step 2 written again (a resumed run rewrites it): the series is redrawn from its points.
        updates = curves.add({point("train_loss", "", 2, 4.4), point("train_loss", "", 3, 4.1)});
        QCOMPARE(updates.size(), size_t(1));
        QVERIFY(updates[0].replace);
        QCOMPARE(curves.points(QStringLiteral("train_loss")).values, (std::vector<double>{5.0, 4.4, 4.1}));
        QCOMPARE(*curves.latest("train_loss"), 4.1);
        QCOMPARE(curves.lastStep(), qint64(3));
    }

    void timeEstimate()
    {
        // 100 steps x 8 rows x 128 tokens = 102,400 tokens. A run of 1 M parameters at 1,000 tokens/s
        // did 6e9 FLOP/s; a 2 M model then runs at 500 tokens/s: 204.8 s.
        const MeasuredSpeed last{4, 1000.0, 1'000'000};
        TimeEstimate estimate = estimateTime(100, 8, 128, 2'000'000, last, 50.0);
        QCOMPARE(estimate.tokens, qint64(102400));
        QCOMPARE(estimate.basis, TimeEstimate::Basis::LastRun);
        QVERIFY(std::abs(estimate.tokensPerSecond - 500.0) < 1e-9);
        QVERIFY(std::abs(estimate.seconds - 204.8) < 1e-9);
        QVERIFY(describeTime(estimate).contains(QStringLiteral("run 4")));
        // No run yet: sgemm 60 GFLOP/s at half its peak = 3e10 FLOP/s; 2 M parameters = 1.2e7 FLOP
        // per token: 2,500 tokens/s, 40.96 s.
        estimate = estimateTime(100, 8, 128, 2'000'000, MeasuredSpeed{}, 60.0);
        QCOMPARE(estimate.basis, TimeEstimate::Basis::Sgemm);
        QVERIFY(std::abs(estimate.tokensPerSecond - 2500.0) < 1e-9);
        QVERIFY(std::abs(estimate.seconds - 40.96) < 1e-9);
        QVERIFY(describeTime(estimate).contains(QStringLiteral("rough")));
        estimate = estimateTime(100, 8, 128, 2'000'000, MeasuredSpeed{}, 0.0);
        QCOMPARE(estimate.basis, TimeEstimate::Basis::None);
        QVERIFY(estimate.seconds < 0);
    }

    // ---- set up -----------------------------------------------------------------------------------

    void formFromTheKindsSchema()
    {
        QVERIFY(trainKindAvailable());
        ParamForm* form = setup()->form();
        for (const char* key : {"steps", "seq_len", "batch", "lr", "schedule"})
            QVERIFY2(form->editor(key) != nullptr, key);
        // The panel's own controls, not the form's.
        for (const std::string& key : panelOwnedParams())
            QVERIFY2(form->editor(key) == nullptr, key.c_str());
        QVERIFY(form->advancedButton() != nullptr);
        QVERIFY(!form->advancedShown());
        QCOMPARE(setup()->sourcesTable()->item(0, 0)->text(), QStringLiteral("computing"));
        QCOMPARE(setup()->sourcesTable()->item(1, 0)->text(), QStringLiteral("general"));
        QVERIFY(setup()->tokenizerBox()->findData(tokenizerPath_) > 0);
    }

    void baseSizeAndPreset()
    {
        chooseTinyRun();
        const model::LlamaConfig expected = model::presetConfig("tiny", 300);
        const QString info = setup()->baseInfoLabel()->text();
        QVERIFY2(info.contains(QStringLiteral("%1 layers").arg(expected.numHiddenLayers)), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("width %1").arg(expected.hiddenSize)), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("vocabulary 300")), qPrintable(info));
        QCOMPARE(setup()->baseDescription().config->parameterCount(), expected.parameterCount());
        QVERIFY(setup()->timeLabel()->text().contains(QStringLiteral("tokens")));
        // The memory estimate is the data part's formula for this config at batch 4 x 32 tokens, f32.
        QTRY_VERIFY_WITH_TIMEOUT(!setup()->isEstimating() && setup()->memoryEstimate().has_value(), kTimeoutMs);
        const train::MemoryEstimate memory = train::estimateTrainingMemory(expected, 4, 32, "f32");
        QCOMPARE(setup()->memoryEstimate()->total, memory.total);
        QVERIFY(setup()->memoryLabel()->text().contains(QString::fromStdString(train::formatBytes(memory.total))));
        QVERIFY(!setup()->memoryEstimate()->exceedsDevice());
        QVERIFY(!setup()->memoryWarning()->isVisible());
        // A run far beyond this machine's memory is flagged before Start.
        QVERIFY(setup()->form()->setValues(nlohmann::json{{"seq_len", 65536}, {"batch", 512}}));
        QTRY_VERIFY_WITH_TIMEOUT(!setup()->isEstimating() && setup()->memoryEstimate() &&
                                     setup()->memoryEstimate()->exceedsDevice(),
                                 kTimeoutMs);
        QVERIFY(setup()->memoryWarning()->isVisible());
        QVERIFY(setup()->memoryWarning()->text().contains(QStringLiteral("more than this machine has free")));
        screenshot(QStringLiteral("setup_memory_warning"));
        QVERIFY(setup()->form()->setValues(nlohmann::json{{"seq_len", 32}, {"batch", 4}}));

        // The teaching preset fills the form (and says so).
        const nlohmann::json before = setup()->form()->values(false);
        setup()->applyPreset(0);
        const nlohmann::json after = setup()->form()->values(false);
        QVERIFY(after["steps"] == trainPresets()[0].params["steps"]);
        QVERIFY(after["seq_len"] == trainPresets()[0].params["seq_len"]);
        QVERIFY(after != before);
        QVERIFY(setup()->statusLabel()->text().contains(QStringLiteral("Quick teaching run")));
        QVERIFY(setup()->problem().isEmpty());
        // The estimate follows the preset's sizes (not the huge ones above) before the picture.
        QTRY_VERIFY_WITH_TIMEOUT(!setup()->isEstimating() && setup()->memoryEstimate().has_value() &&
                                     !setup()->memoryEstimate()->exceedsDevice(),
                                 kTimeoutMs);
        QVERIFY(!setup()->memoryWarning()->isVisible());
        screenshot(QStringLiteral("setup"));

        // A folder without config.json cannot be a base, and Start says why.
        setup()->setBaseKind(SetupTab::BaseKind::Folder);
        setup()->folderEdit()->setText(temp_.path());
        Q_EMIT setup()->folderEdit()->editingFinished();
        QTRY_VERIFY_WITH_TIMEOUT(!setup()->isDescribing() && setup()->baseDescription().base == temp_.path(),
                                 kTimeoutMs);
        QVERIFY(setup()->baseInfoLabel()->text().contains(QStringLiteral("config.json")));
        QVERIFY(setup()->problem().contains(QStringLiteral("config.json")));
        chooseTinyRun();
    }

    void previewSaveAndLoad()
    {
        setup()->previewButton()->click();
        const QString preview = setup()->previewShown();
        QVERIFY(preview.contains(QStringLiteral("adaptlab-cli run spec.json")));
        const QString spec = setup()->specText();
        QVERIFY(preview.contains(spec));
        const nlohmann::json json = nlohmann::json::parse(spec.toStdString());
        QVERIFY(json["kind"] == "train");
        QVERIFY(json["params"]["base"] == "preset:tiny");
        QVERIFY(json["params"]["tokenizer"] == tokenizerPath_.toStdString());
        QVERIFY(json["params"]["sources"].size() == size_t(1));
        QVERIFY(json["params"]["replay"]["dataset"] == "general");
        QVERIFY(json["params"]["steps"] == 100000);

        const TrainChoice saved = setup()->choice();
        const QString path = temp_.filePath(QStringLiteral("saved-spec.json"));
        QSignalSpy savedSpy(setup(), &SetupTab::specSaved);
        setup()->saveSpecFile(path);
        QTRY_COMPARE_WITH_TIMEOUT(savedSpy.count(), 1, kTimeoutMs);
        QCOMPARE(savedSpy.at(0).at(0).toString(), QString());
        // Change everything, then load: the saved choices come back.
        setup()->applyPreset(1);
        setup()->replayBox()->setCurrentIndex(0);
        setup()->setSource(QStringLiteral("general"), 3.0);
        QVERIFY(!(setup()->choice() == saved));
        QSignalSpy loadedSpy(setup(), &SetupTab::specLoaded);
        setup()->loadSpecFile(path);
        QTRY_COMPARE_WITH_TIMEOUT(loadedSpy.count(), 1, kTimeoutMs);
        QCOMPARE(loadedSpy.at(0).at(0).toString(), QString());
        QVERIFY(setup()->choice() == saved);

        // A spec naming a dataset the project lacks loads the rest and says what is missing.
        QFile other(temp_.filePath(QStringLiteral("other-spec.json")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write(R"({"version": 1, "kind": "train", "params": {"base": "preset:tiny", "sources": [{"name": "law", "dataset": "law", "weight": 1}]}})");
        other.close();
        setup()->loadSpecFile(other.fileName());
        QTRY_COMPARE_WITH_TIMEOUT(loadedSpy.count(), 2, kTimeoutMs);
        QVERIFY(loadedSpy.at(1).at(0).toString().contains(QStringLiteral("\"law\"")));
        setup()->loadSpecFile(path);
        QTRY_COMPARE_WITH_TIMEOUT(loadedSpy.count(), 3, kTimeoutMs);
        QVERIFY(setup()->choice() == saved);
    }

    void launchScriptForACluster()
    {
        setup()->launchScriptButton()->click();
        LaunchScriptDialog* dialog = setup()->launchScriptDialog();
        QVERIFY(dialog != nullptr);
        dialog->nodesBox()->setValue(2);
        dialog->processesBox()->setValue(4);
        dialog->masterEdit()->setText(QStringLiteral("node01"));
        const QString script = temp_.filePath(QStringLiteral("cluster/train.sh"));
        QVERIFY(QDir().mkpath(temp_.filePath(QStringLiteral("cluster"))));
        QSignalSpy saved(dialog, &LaunchScriptDialog::saved);
        dialog->saveTo(script);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kTimeoutMs);
        QCOMPARE(saved.at(0).at(0).toString(), QString());
        // The script is the distributed part's text for these options, naming the spec saved beside it.
        const QString specPath = LaunchScriptDialog::specPathFor(script);
        train::LaunchScriptOptions options;
        options.specFile = specPath.toStdString();
        options.nnodes = 2;
        options.nprocPerNode = 4;
        options.masterAddr = "node01";
        QFile written(script);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll().toStdString(), train::launchScript(train::LaunchScriptKind::Torchrun, options));
        QVERIFY(written.permissions() & QFileDevice::ExeOwner);
        QFile spec(specPath);
        QVERIFY(spec.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(spec.readAll()).trimmed(), setup()->specText());
        QVERIFY(dialog->scriptView()->toPlainText().contains(QStringLiteral("torchrun")));
        dialog->grab().save(testing::screenshotDir() + QStringLiteral("/train_launch_script.png"));
        // GPUs per node is a Slurm request: off for torchrun, on for Slurm, and its value in the script.
        QVERIFY(!dialog->gpusBox()->isEnabled());
        dialog->kindBox()->setCurrentIndex(1);
        QVERIFY(dialog->gpusBox()->isEnabled());
        dialog->gpusBox()->setValue(2);
        QVERIFY(dialog->scriptView()->toPlainText().contains(QStringLiteral("--gpus-per-node=2")));
        dialog->kindBox()->setCurrentIndex(0);
        QVERIFY(!dialog->gpusBox()->isEnabled());
        dialog->close();
    }

    // ---- a run, followed, reopened, stopped, resumed ------------------------------------------

    void startFollowsLiveCurves()
    {
        QVERIFY(setup()->problem().isEmpty());
        setup()->startButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(runTab()->runId() > 0, kTimeoutMs);
        firstRun_ = runTab()->runId();
        QCOMPARE(panel_->tabs()->currentIndex(), 1);
        QVERIFY(runTab()->runner() != nullptr);
        // Live: loss points arrive while the run goes on, held-out loss per source too.
        QTRY_VERIFY_WITH_TIMEOUT(trainLossPoints() >= 5 || !runTab()->runner()->isActive(), kTimeoutMs);
        QVERIFY2(runTab()->runner()->isActive(), qPrintable(runTab()->runner()->errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(runTab()->heldoutChart()->seriesIds().size() >= 2, kTimeoutMs);
        QVERIFY(runTab()->heldoutChart()->seriesIds().contains(QStringLiteral("heldout_loss/computing")));
        QVERIFY(runTab()->heldoutChart()->seriesIds().contains(QStringLiteral("heldout_loss/general")));
        QVERIFY(runTab()->lossChart()->seriesIds().contains(QStringLiteral("train_loss")));
        QVERIFY(runTab()->lrChart()->hasData());
        QVERIFY(runTab()->speedChart()->hasData());
        QVERIFY(runTab()->stopButton()->isEnabled());
        QVERIFY(runTab()->statusLabel()->text().contains(QStringLiteral("loss")));
        // The curve drawn is the store's: the same steps and values.
        const std::vector<store::MetricPoint> stored = store()->metrics(firstRun_, "train_loss");
        const ChartView::Points drawn = runTab()->curves().points(QStringLiteral("train_loss"));
        QVERIFY(drawn.steps.size() <= stored.size());
        for (size_t i = 0; i < drawn.steps.size(); ++i) {
            QCOMPARE(drawn.steps[i], double(stored[i].step));
            QCOMPARE(drawn.values[i], stored[i].value);
        }
        QTRY_VERIFY_WITH_TIMEOUT(trainLossPoints() >= 20, kTimeoutMs);
        // The bar shows the training step of the run's 100,000 (also while it evaluates or saves), and
        // the run box the runner's state, not the store's "queued".
        QTRY_VERIFY_WITH_TIMEOUT(runTab()->progressBar()->value() > 0, kTimeoutMs);
        QCOMPARE(runTab()->progressBar()->maximum(), 100000);
        const qint64 barStep = runTab()->progressBar()->value();
        QVERIFY2(barStep >= 1 && barStep <= runTab()->curves().lastStep() + 1,
                 qPrintable(QStringLiteral("bar at step %1, curve at %2").arg(barStep).arg(runTab()->curves().lastStep())));
        QVERIFY(runTab()->progressBar()->text().contains(QStringLiteral(" of %1").arg(QLocale().toString(100000))));
        QVERIFY2(!runTab()->runBox()->currentText().contains(JobText::runStatus(store::RunStatus::Queued)),
                 qPrintable(runTab()->runBox()->currentText()));
        // The time left is the whole run's.
        QTRY_VERIFY_WITH_TIMEOUT(runTab()->statusLabel()->text().contains(QStringLiteral("left in all")), kTimeoutMs);
        screenshot(QStringLiteral("run_live"));
        followed_ = true;
    }

    void closedAndReopenedStillFollows()
    {
        QVERIFY2(followed_, "the live run before failed");
        const int seen = trainLossPoints();
        // The window goes: its panel and context (the run keeps going: runners never stop runs).
        panel_.reset();
        context_.reset();
        context_ = std::make_unique<gui::AppContext>();
        context_->setJobProgram(testing::cliPath());
        QString error;
        QVERIFY2(context_->openProject(projectDir_, &error), qPrintable(error));
        makePanel();
        QTRY_COMPARE_WITH_TIMEOUT(runTab()->runId(), firstRun_, kTimeoutMs);
        QVERIFY(runTab()->runner() != nullptr);
        QVERIFY2(runTab()->runner()->isActive(), qPrintable(runTab()->runner()->errorString()));
        QCOMPARE(panel_->tabs()->currentIndex(), 1);
        // The whole curve so far, then new points as the run writes them.
        QTRY_VERIFY_WITH_TIMEOUT(trainLossPoints() > seen + 5, kTimeoutMs);
        QVERIFY(!runTab()->logTail()->toPlainText().isEmpty());
        screenshot(QStringLiteral("run_reopened"));
    }

    void stopWritesACheckpointAndResumeContinues()
    {
        QVERIFY2(followed_, "the live run before failed");
        QVERIFY(runTab()->stopButton()->isEnabled());
        QSignalSpy finished(runTab()->runner(), &JobRunner::finished);
        runTab()->stopButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);
        QCOMPARE(runTab()->runner()->state(), JobRunner::State::Stopped);
        // The checkpoint the stop wrote is offered to resume from (the newest first).
        QTRY_VERIFY_WITH_TIMEOUT(runTab()->resumeBox()->count() > 0 && runTab()->resumeButton()->isEnabled(),
                                 kTimeoutMs);
        stoppedCheckpoint_ = runTab()->resumeBox()->currentData().toString();
        QVERIFY(QFileInfo::exists(stoppedCheckpoint_ + QStringLiteral("/config.json")));
        const qint64 stoppedAt = QFileInfo(stoppedCheckpoint_).fileName().mid(5).toLongLong();
        QVERIFY(stoppedAt > 0);
        QVERIFY(!runTab()->failureLabel()->isVisible());
        screenshot(QStringLiteral("run_stopped"));

        runTab()->resumeButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(runTab()->runId() > firstRun_, kTimeoutMs);
        const qint64 resumed = runTab()->runId();
        const std::optional<store::RunRecord> record = store()->run(resumed);
        QVERIFY(record.has_value());
        const nlohmann::json spec = nlohmann::json::parse(record->specJson);
        QCOMPARE(QString::fromStdString(spec["params"]["resume_from"].get<std::string>()), stoppedCheckpoint_);
        QVERIFY(spec["params"]["base"] == "preset:tiny");
        // The new run continues where the checkpoint left off: its first step is the next one, and
        // its curve is drawn after the first run's, up to the checkpoint.
        QTRY_VERIFY_WITH_TIMEOUT(store()->metrics(resumed, "train_loss").size() >= 3 || !runTab()->runner()->isActive(),
                                 kTimeoutMs);
        QVERIFY2(runTab()->runner()->isActive(), qPrintable(runTab()->runner()->errorString()));
        QCOMPARE(store()->metrics(resumed, "train_loss").front().step, stoppedAt + 1);
        QTRY_VERIFY_WITH_TIMEOUT(runTab()->curves().lastStep() >= stoppedAt + 3, kTimeoutMs);
        const ChartView::Points curve = runTab()->curves().points(QStringLiteral("train_loss"));
        const std::vector<store::MetricPoint> first = store()->metrics(firstRun_, "train_loss");
        QCOMPARE(curve.steps.front(), double(first.front().step));
        for (size_t i = 1; i < curve.steps.size(); ++i)
            QCOMPARE(curve.steps[i], curve.steps[i - 1] + 1); // one point per step, no gap at the resume
        for (const store::MetricPoint& point : first)
            if (point.step <= stoppedAt)
                QCOMPARE(curve.values[size_t(point.step - first.front().step)], point.value);
        screenshot(QStringLiteral("run_resumed"));
        QSignalSpy resumedFinished(runTab()->runner(), &JobRunner::finished);
        runTab()->stopButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(resumedFinished.count(), 1, kTimeoutMs);
        QCOMPARE(runTab()->runner()->state(), JobRunner::State::Stopped);
    }

    void generateFromACheckpoint()
    {
        QVERIFY(!stoppedCheckpoint_.isEmpty());
        GenerateTab* tab = panel_->generateTab();
        // The Generate tab offers the run the Run tab shows (its newest checkpoint).
        QElapsedTimer clock;
        clock.start();
        runTab()->showRun(firstRun_);
        QTRY_VERIFY_WITH_TIMEOUT(tab->modelBox()->currentData().toString() == stoppedCheckpoint_, kTimeoutMs);
        qInfo("then the first run's after %lld ms", clock.elapsed());
        QTRY_VERIFY_WITH_TIMEOUT(tab->selectModel(stoppedCheckpoint_), kTimeoutMs);
        tab->promptEdit()->setPlainText(QStringLiteral("The compiler"));
        tab->maxTokensBox()->setValue(8);
        tab->temperatureBox()->setValue(0.0);
        QSignalSpy generated(tab, &GenerateTab::generated);
        tab->generateButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(generated.count(), 1, kTimeoutMs);
        qInfo("generated after %lld ms", clock.elapsed());
        QCOMPARE(generated.at(0).at(0).toString(), QString());
        QVERIFY(!tab->continuation().isEmpty());
        QVERIFY(tab->output()->toPlainText().startsWith(QStringLiteral("The compiler")));
        panel_->tabs()->setCurrentIndex(2);
        screenshot(QStringLiteral("generate"));
    }

    void residualMergeDialogStartsAMergeRun()
    {
        QVERIFY(!stoppedCheckpoint_.isEmpty());
        runTab()->showRun(firstRun_);
        RunActions* actions = runTab()->actions();
        // A stopped full-training run: its model can be merged and exported; it has no adapter.
        QTRY_VERIFY_WITH_TIMEOUT(actions->residualButton()->isEnabled(), kTimeoutMs);
        QVERIFY(actions->exportButton()->isEnabled());
        QVERIFY(!actions->mergeAdapterButton()->isVisibleTo(actions));
        actions->residualButton()->click();
        QDialog* dialog = actions->dialog();
        QVERIFY(dialog != nullptr);
        QCOMPARE(dialog->objectName(), QStringLiteral("trainResidualDialog"));
        // The run's model is the CPT side; the instruct model and its base are chosen. Here: the
        // resumed run's checkpoint plays the instruct model and the first checkpoint its base
        // (one architecture), lambda 0.5.
        auto* cpt = dialog->findChild<QLineEdit*>(QStringLiteral("mergeCpt"));
        QVERIFY(cpt != nullptr);
        QCOMPARE(cpt->text(), stoppedCheckpoint_);
        QString instruct;
        for (const TrainRunEntry& run : panel_->catalog().runs)
            if (run.id != firstRun_ && !run.checkpoints.empty() && run.checkpoints.back().path.contains(QStringLiteral("/checkpoints/")))
                instruct = run.checkpoints.back().path;
        QVERIFY(!instruct.isEmpty());
        dialog->findChild<QLineEdit*>(QStringLiteral("mergeInstruct"))->setText(instruct);
        dialog->findChild<QLineEdit*>(QStringLiteral("mergeBase"))->setText(stoppedCheckpoint_);
        dialog->findChild<QDoubleSpinBox*>(QStringLiteral("mergeLambda"))->setValue(0.5);
        dialog->findChild<QLineEdit*>(QStringLiteral("mergeOutName"))->setText(QStringLiteral("half-residual"));
        dialog->grab().save(testing::screenshotDir() + QStringLiteral("/train_residual_dialog.png"));
        QPointer<JobRunner> runner;
        int started = 0;
        const QMetaObject::Connection watch = connect(actions, &RunActions::mergeStarted, this, [&](JobRunner* merge) {
            runner = merge;
            ++started;
        });
        const auto unwatch = qScopeGuard([watch] { QObject::disconnect(watch); });
        QSignalSpy finished(actions, &RunActions::actionFinished);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(started, 1);
        QVERIFY(runner != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(runner->runId() > 0, kTimeoutMs);
        // The merge run has the dialog's parameters.
        const std::optional<store::RunRecord> record = store()->run(runner->runId());
        QVERIFY(record.has_value());
        QCOMPARE(QString::fromStdString(record->kind), QStringLiteral("merge"));
        const nlohmann::json params = nlohmann::json::parse(record->specJson)["params"];
        QVERIFY(params["kind"] == "residual");
        QVERIFY(params["cpt"] == stoppedCheckpoint_.toStdString());
        QVERIFY(params["instruct"] == instruct.toStdString());
        QVERIFY(params["base"] == stoppedCheckpoint_.toStdString());
        QVERIFY(params["lambda"] == 0.5);
        QVERIFY(params["out_name"] == "half-residual");
        // It runs as a child (the UI goes on) and the result names the merged folder.
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);
        QVERIFY2(finished.at(0).at(0).toString().isEmpty(), qPrintable(finished.at(0).at(0).toString()));
        QVERIFY(QFileInfo::exists(actions->lastOutput() + QStringLiteral("/config.json")));
        QVERIFY(actions->openFolderButton()->isEnabled());
        QVERIFY(actions->resultLabel()->text().contains(QDir::toNativeSeparators(actions->lastOutput())));
        panel_->tabs()->setCurrentIndex(1);
        screenshot(QStringLiteral("run_merged"));
    }

    void exportWritesAGgufFile()
    {
        RunActions* actions = runTab()->actions();
        QTRY_VERIFY_WITH_TIMEOUT(actions->exportButton()->isEnabled(), kTimeoutMs);
        actions->exportButton()->click();
        QDialog* dialog = actions->dialog();
        QVERIFY(dialog != nullptr);
        QCOMPARE(dialog->objectName(), QStringLiteral("trainExportDialog"));
        // The model offered is the one just merged.
        const QString merged = actions->lastOutput();
        QVERIFY(!merged.isEmpty());
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("exportModel"))->text(), merged);
        auto* format = dialog->findChild<QComboBox*>(QStringLiteral("exportFormat"));
        QCOMPARE(format->currentData().toString(), QStringLiteral("gguf"));
        const QString out = dialog->findChild<QLineEdit*>(QStringLiteral("exportOut"))->text();
        QVERIFY2(out.startsWith(projectDir_ + QStringLiteral("/exports/")) && out.endsWith(QStringLiteral(".gguf")),
                 qPrintable(out));
        dialog->grab().save(testing::screenshotDir() + QStringLiteral("/train_export_dialog.png"));
        QSignalSpy finished(actions, &RunActions::actionFinished);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        // adaptlab-cli export runs as a child; the panel answers meanwhile.
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);
        QVERIFY2(finished.at(0).at(0).toString().isEmpty(), qPrintable(finished.at(0).at(0).toString()));
        QCOMPARE(actions->lastOutput(), out);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(4), QByteArray("GGUF"));
        QVERIFY(actions->openFolderButton()->isEnabled());
    }

    void aBadStartFailsClearly()
    {
        // A dataset whose file is gone: the run fails, and the panel shows the exit code, the
        // message naming the file, and what to try.
        const QString gone = temp_.filePath(QStringLiteral("gone.jsonl"));
        store::DatasetRecord record;
        record.name = "gone";
        record.path = gone.toStdString();
        record.format = "jsonl";
        store()->addDataset(record);
        TrainChoice choice = setup()->choice();
        choice.sources = {{QStringLiteral("gone"), 1.0}};
        choice.replayDataset.clear();
        JobRunner* runner = panel_->startTraining(trainSpec(projectDir_, choice));
        QVERIFY(runner != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(!runner->isActive(), kTimeoutMs);
        QCOMPARE(runner->state(), JobRunner::State::Failed);
        QTRY_VERIFY_WITH_TIMEOUT(runTab()->runId() == runner->runId() && runTab()->failureLabel()->isVisible(),
                                 kTimeoutMs);
        const QString text = runTab()->failureLabel()->text();
        QVERIFY2(text.contains(QStringLiteral("Exit code 1")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("gone.jsonl")), qPrintable(text));
        QVERIFY2(text.contains(failureHint(FailureKind::BadData).toHtmlEscaped()), qPrintable(text));
        QTRY_VERIFY_WITH_TIMEOUT(runTab()->runBox()->currentText().contains(QStringLiteral("failed")), kTimeoutMs);
        QVERIFY(runTab()->logTail()->toPlainText().contains(QStringLiteral("gone.jsonl")));
        QVERIFY(!runTab()->stopButton()->isEnabled());
        screenshot(QStringLiteral("run_failed"));
    }
};

QTEST_MAIN(TestTrainPanel)
#include "tst_train_panel.moc"
