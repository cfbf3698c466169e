// A finished LoRA run in the Train panel, offscreen against a real project: the run as the trainer
// leaves it (runs/<id>/adapter in the PEFT layout, its spec naming the base folder), written with
// the tiny random Llama and adapter of tiny_llama_folder.h. The Generate tab offers the adapter on
// its base and generates through the real `adaptlab-cli generate --lora` child; "Merge adapter into
// base…" starts a real `merge` run whose folder then loads as an ordinary model (and is what
// Export… offers). Screenshot: build/screenshots/train_lora_generate.png, train_lora_merge_dialog.png.
#include "generate_process.h"
#include "generate_tab.h"
#include "run_actions.h"
#include "run_tab.h"
#include "train_panel.h"

#include "app_context.h"
#include "app_test_support.h"
#include "gui_test_support.h"
#include "job_runner.h"
#include "store/project_store.h"
#include "tiny_llama_folder.h"

#include <nlohmann/json.hpp>

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

#include <filesystem>

using namespace adaptlab;
using namespace adaptlab::train_panel;
namespace fs = std::filesystem;

namespace {
constexpr int kTimeoutMs = 120000;
}

class TestTrainLoraRun : public QObject {
    Q_OBJECT

private:
    QTemporaryDir temp_;
    QString projectDir_;
    std::unique_ptr<gui::AppContext> context_;
    std::unique_ptr<TrainPanel> panel_;
    qint64 run_ = 0;
    QString base_;
    QString adapter_;

    RunTab* runTab() const { return panel_->runTab(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(temp_.isValid());
        testing::prepareApp(temp_);
        projectDir_ = temp_.filePath(QStringLiteral("project"));
        QString error;
        context_ = testing::contextWithNewProject(projectDir_, &error);
        QVERIFY2(context_ != nullptr, qPrintable(error));
        const fs::path tokenizer = fs::path(ADAPTLAB_SOURCE_DIR) / "tests/fixtures/tokenizers/smollm/tokenizer.json";
        const fs::path base = fs::path(projectDir_.toStdString()) / "models" / "base";
        testing::writeTinyLlama(base, 11, tokenizer);
        base_ = QString::fromStdString(base.string());
        // A finished LoRA run: its spec names the base (relative to the project, as the panel
        // writes a project's own model), its adapter under runs/<id>/adapter.
        const nlohmann::json spec = {{"version", 1}, {"kind", "train"},
                                     {"params", {{"base", "models/base"}, {"stage", "sft"}, {"lora_rank", 2}}}};
        run_ = context_->store()->createRun("train", spec.dump());
        context_->store()->setRunStatus(run_, store::RunStatus::Running);
        context_->store()->setRunStatus(run_, store::RunStatus::Done);
        const fs::path adapter = fs::path(projectDir_.toStdString()) / "runs" / std::to_string(run_) / "adapter";
        testing::writeTinyAdapter(adapter, 33, base);
        adapter_ = QString::fromStdString(adapter.string());

        panel_ = std::make_unique<TrainPanel>(context_.get());
        panel_->setCliProgram(testing::cliPath());
        panel_->resize(1280, 900);
        panel_->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel_.get()));
        QTRY_VERIFY_WITH_TIMEOUT(!panel_->catalog().runs.empty(), kTimeoutMs);
    }

    void cleanupTestCase()
    {
        panel_.reset();
        context_.reset();
    }

    // The catalog resolves the run's base against the project; the Generate tab offers the
    // adapter on it, and the request carries both (the CLI gets --model BASE --lora ADAPTER).
    void generateTabOffersTheAdapterOnItsBase()
    {
        const TrainRunEntry& entry = panel_->catalog().runs.front();
        QCOMPARE(entry.id, run_);
        QCOMPARE(QFileInfo(entry.adapter).canonicalFilePath(), QFileInfo(adapter_).canonicalFilePath());
        QCOMPARE(QFileInfo(entry.adapterBase).canonicalFilePath(), QFileInfo(base_).canonicalFilePath());
        GenerateTab* tab = panel_->generateTab();
        tab->preferRun(run_);
        QTRY_VERIFY_WITH_TIMEOUT(tab->modelBox()->currentData().toString() == entry.adapter, kTimeoutMs);
        QVERIFY(tab->modelBox()->currentText().contains(QStringLiteral("LoRA")));
        const GenerateRequest request = tab->request();
        QCOMPARE(request.model, entry.adapterBase);
        QCOMPARE(request.lora, entry.adapter);
        const QStringList arguments = GenerateProcess::arguments(request);
        const qsizetype lora = arguments.indexOf(QStringLiteral("--lora"));
        QVERIFY(lora > 0 && lora + 1 < arguments.size());
        QCOMPARE(arguments.at(lora + 1), entry.adapter);
        QCOMPARE(arguments.at(arguments.indexOf(QStringLiteral("--model")) + 1), entry.adapterBase);

        tab->promptEdit()->setPlainText(QStringLiteral("The compiler"));
        tab->maxTokensBox()->setValue(6);
        tab->temperatureBox()->setValue(0.0);
        QSignalSpy generated(tab, &GenerateTab::generated);
        tab->generateButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(generated.count(), 1, kTimeoutMs);
        QVERIFY2(generated.at(0).at(0).toString().isEmpty(), qPrintable(generated.at(0).at(0).toString()));
        QVERIFY(tab->output()->toPlainText().startsWith(QStringLiteral("The compiler")));
        panel_->tabs()->setCurrentWidget(tab);
        QVERIFY(panel_->grab().save(testing::screenshotDir() + QStringLiteral("/train_lora_generate.png")));
    }

    // "Merge adapter into base…" is offered for the finished LoRA run with the base and the adapter
    // filled in; OK starts a real merge run, whose folder is an ordinary model that Export… offers.
    void mergeAdapterIntoBase()
    {
        runTab()->showRun(run_);
        RunActions* actions = runTab()->actions();
        QTRY_VERIFY_WITH_TIMEOUT(actions->mergeAdapterButton()->isEnabled(), kTimeoutMs);
        QVERIFY(actions->mergeAdapterButton()->isVisibleTo(actions));
        // Its checkpoints are adapters: nothing to export before the merge.
        QVERIFY(!actions->exportButton()->isEnabled());
        actions->mergeAdapterButton()->click();
        QDialog* dialog = actions->dialog();
        QVERIFY(dialog != nullptr);
        QCOMPARE(dialog->objectName(), QStringLiteral("trainMergeAdapterDialog"));
        auto* base = dialog->findChild<QLineEdit*>(QStringLiteral("mergeBase"));
        auto* lora = dialog->findChild<QLineEdit*>(QStringLiteral("mergeLora"));
        QVERIFY(base != nullptr && lora != nullptr);
        QCOMPARE(lora->text(), panel_->catalog().runs.front().adapter);
        // The spec's base ("models/base"), resolved against the project.
        QCOMPARE(QFileInfo(base->text()).canonicalFilePath(), QFileInfo(base_).canonicalFilePath());
        const QString baseText = base->text(); // the dialog goes when OK is clicked
        dialog->findChild<QLineEdit*>(QStringLiteral("mergeOutName"))->setText(QStringLiteral("lora-merged"));
        QVERIFY(dialog->grab().save(testing::screenshotDir() + QStringLiteral("/train_lora_merge_dialog.png")));
        QPointer<JobRunner> runner;
        const QMetaObject::Connection watch =
            connect(actions, &RunActions::mergeStarted, this, [&](JobRunner* merge) { runner = merge; });
        const auto unwatch = qScopeGuard([watch] { QObject::disconnect(watch); });
        QSignalSpy finished(actions, &RunActions::actionFinished);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(runner != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(runner->runId() > 0, kTimeoutMs);
        const std::optional<store::RunRecord> record = context_->store()->run(runner->runId());
        QVERIFY(record.has_value());
        QCOMPARE(QString::fromStdString(record->kind), QStringLiteral("merge"));
        const nlohmann::json params = nlohmann::json::parse(record->specJson)["params"];
        QVERIFY(params["kind"] == "lora");
        QVERIFY(params["base"] == baseText.toStdString());
        QVERIFY(params["lora"] == panel_->catalog().runs.front().adapter.toStdString());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);
        QVERIFY2(finished.at(0).at(0).toString().isEmpty(), qPrintable(finished.at(0).at(0).toString()));
        const QString merged = actions->lastOutput();
        QVERIFY(QFileInfo::exists(merged + QStringLiteral("/config.json")));
        QVERIFY(QFileInfo::exists(merged + QStringLiteral("/model.safetensors")));
        // The merged model is what Export… now offers.
        QTRY_VERIFY_WITH_TIMEOUT(actions->exportButton()->isEnabled(), kTimeoutMs);
    }
};

QTEST_MAIN(TestTrainLoraRun)
#include "tst_train_lora_run.moc"
