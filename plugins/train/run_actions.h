// What to do with a finished training run, on the Run tab: "Merge adapter into base…" (a LoRA run's
// adapter folded into its base), "Instruction-residual merge…" (METHODS §10: the run's model plus
// lambda x (an instruct model - its base)) and "Export…" (a Hugging Face folder or a GGUF file).
// Merges run as `merge` jobs (PanelContext::startJob: followed like any run, in the Jobs dock too);
// an export is `adaptlab-cli export` in a QProcess. Neither blocks the UI thread; the result is
// shown with its folder, which "Open folder" opens.
#pragma once

#include "train_catalog.h"

#include <QPointer>
#include <QWidget>

class QDialog;
class QLabel;
class QProcess;
class QPushButton;

namespace adaptlab {
class JobRunner;
class PanelContext;
}

namespace adaptlab::train_panel {

// A merge as the `merge` job kind takes it (core/jobs/merge_job.h).
struct MergeChoice {
    QString kind = QStringLiteral("lora"); // lora | residual | linear
    QString base;
    QString lora;
    QString cpt;
    QString instruct;
    double lambda = 1.0;
    QString dtype = QStringLiteral("auto"); // auto | f32 | bf16
    QString outName = QStringLiteral("merged");
};
// {"version", "kind": "merge", "project", "params"}: only the params of the chosen kind.
QString mergeSpec(const QString& projectDir, const MergeChoice& choice);

struct ExportChoice {
    QString model;                          // a Hugging Face folder
    QString format = QStringLiteral("gguf"); // hf | gguf
    QString dtype = QStringLiteral("f16");   // gguf: f32 | f16; hf: f32 | bf16
    QString out;
};
// The arguments of `adaptlab-cli export` for CHOICE (with --json).
QStringList exportArguments(const ExportChoice& choice);

class RunActions final : public QWidget {
    Q_OBJECT
public:
    explicit RunActions(PanelContext* context, QWidget* parent = nullptr);
    ~RunActions() override;

    void setProjectDir(const QString& projectDir) { projectDir_ = projectDir; }
    void setCliProgram(const QString& program) { cliProgram_ = program; }
    // The run shown (nullopt: none); the actions it allows are enabled.
    void setRun(const std::optional<TrainRunEntry>& run);

    // The dialogs (also what the buttons open); the dialog shown last, null when closed.
    void askMergeAdapter();
    void askResidualMerge();
    void askExport();
    QDialog* dialog() const { return dialog_; }

    // Start directly (what the dialogs do when accepted). nullptr / false with the reason shown.
    JobRunner* startMerge(const MergeChoice& choice);
    bool startExport(const ExportChoice& choice);

    QPushButton* mergeAdapterButton() const { return mergeAdapter_; }
    QPushButton* residualButton() const { return residual_; }
    QPushButton* exportButton() const { return export_; }
    QPushButton* openFolderButton() const { return openFolder_; }
    QLabel* resultLabel() const { return result_; }
    // The folder or file the last merge or export wrote (empty until one finished).
    QString lastOutput() const { return lastOutput_; }
    bool isBusy() const;

Q_SIGNALS:
    // A merge job started (the Run tab may follow it); an action ended (error empty on success).
    void mergeStarted(adaptlab::JobRunner* runner);
    void actionFinished(const QString& error);

private:
    QString runModel() const; // the run's final model, else its newest checkpoint
    QString runBase() const;  // the spec's base when it is a folder
    void showResult(const QString& output, const QString& error);
    void updateButtons();

    PanelContext* context_;
    QString projectDir_;
    QString cliProgram_;
    std::optional<TrainRunEntry> run_;
    QPointer<QDialog> dialog_;
    QPointer<JobRunner> merging_;
    QPointer<QProcess> exporting_;
    QString lastOutput_;
    QString mergedModel_; // the folder the last merge of this run wrote
    QPushButton* mergeAdapter_ = nullptr;
    QPushButton* residual_ = nullptr;
    QPushButton* export_ = nullptr;
    QPushButton* openFolder_ = nullptr;
    QLabel* result_ = nullptr;
};

} // namespace adaptlab::train_panel
