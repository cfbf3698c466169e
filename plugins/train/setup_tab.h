// The Train panel's "Set up" tab: the base model (a size preset from scratch, a checkpoint of an
// earlier run, or a Hugging Face folder, with its size read from its config), the tokenizer, the
// datasets to mix with their weights and the replay of general data, the hyperparameters as the
// `train` kind's schema form (presets fill it), the memory and time estimate, and the actions:
// Load spec…, Save spec…, Preview command, Start. Files are read and written on BackgroundTask
// workers; the panel starts what startRequested() hands it.
#pragma once

#include "background_task.h"
#include "base_model.h"
#include "train_catalog.h"
#include "train_spec.h"

#include "launch_script_dialog.h"
#include "lora_box.h"
#include "meco_box.h"
#include "sft_box.h"

#include "train/memory_estimate.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTableWidget;
class QVBoxLayout;

namespace adaptlab {
class ParamForm;
}

namespace adaptlab::train_panel {

class SetupTab final : public QWidget {
    Q_OBJECT
public:
    enum class BaseKind { Preset, Checkpoint, Folder };

    explicit SetupTab(QWidget* parent = nullptr);
    ~SetupTab() override;

    void setProjectDir(const QString& projectDir) { projectDir_ = projectDir; }
    // New datasets, tokenizers and runs (checkpoints); the user's choices are kept where they still exist.
    void setCatalog(const ProjectCatalog& catalog);

    TrainChoice choice() const;
    // Fills every control from CHOICE (a loaded spec); false with *error when a dataset or
    // tokenizer it names is not in the project (the rest is still filled).
    bool setChoice(const TrainChoice& choice, QString* error);
    // Why the choice cannot start yet (no base, no dataset, ...); empty when it can.
    QString problem() const;
    QString specText() const;

    void setBaseKind(BaseKind kind);
    void applyPreset(int index); // trainPresets()[index]
    void setStartEnabled(bool enabled, const QString& why = {});

    // For the tests and the panel.
    ParamForm* form() const { return form_; }
    QComboBox* stageBox() const { return stage_; }
    QLabel* stageNote() const { return stageNote_; }
    SftBox* sftBox() const { return sftBox_; }
    LoraBox* loraBox() const { return loraBox_; }
    MecoBox* mecoBox() const { return mecoBox_; }
    QGroupBox* cptDataBox() const { return dataBox_; }
    // "cpt" | "sft": the stage switch (shows the data box of that stage).
    void setStage(const QString& stage);
    // Scrolls the choices so WIDGET (one of them) is in view.
    void reveal(QWidget* widget);
    QComboBox* baseKindBox() const { return baseKind_; }
    QComboBox* presetBox() const { return modelPreset_; }
    QComboBox* checkpointBox() const { return checkpoint_; }
    QLineEdit* folderEdit() const { return folder_; }
    QComboBox* tokenizerBox() const { return tokenizer_; }
    QTableWidget* sourcesTable() const { return sources_; }
    QComboBox* replayBox() const { return replay_; }
    QDoubleSpinBox* replayFractionBox() const { return replayFraction_; }
    QComboBox* trainPresetBox() const { return trainPreset_; }
    QLabel* baseInfoLabel() const { return baseInfo_; }
    QLabel* memoryLabel() const { return estimate_; }
    QLabel* timeLabel() const { return time_; }
    QLabel* memoryWarning() const { return memoryWarning_; }
    QLabel* statusLabel() const { return status_; }
    QPushButton* startButton() const { return start_; }
    QPushButton* previewButton() const { return preview_; }
    QPushButton* launchScriptButton() const { return launch_; }
    // The Export launch script dialog (null until opened).
    LaunchScriptDialog* launchScriptDialog() const { return launchDialog_; }
    void showLaunchScript();
    const BaseDescription& baseDescription() const { return description_; }
    bool isDescribing() const { return describing_.isRunning(); }
    // The memory estimate last shown (nullopt before a base is described or when the sizes are bad).
    const std::optional<train::MemoryEstimate>& memoryEstimate() const { return memory_; }
    bool isEstimating() const { return estimating_.isRunning(); }
    // The Preview command dialog's text, as last shown.
    QString previewShown() const { return previewShown_; }

    // Sets the source weight (and ticks the dataset); false when it is not listed.
    bool setSource(const QString& dataset, double weight, bool used = true);
    // The measured speed of the last run on this machine and the sgemm peak (0: unknown).
    void setSgemmGflops(double gflops);

    void loadSpecFile(const QString& path);
    void saveSpecFile(const QString& path);

Q_SIGNALS:
    void startRequested(const QString& specText);
    void choiceChanged();
    void baseDescribed();
    void estimateUpdated();
    void specLoaded(const QString& error);
    void specSaved(const QString& error);

private:
    void buildBaseBox(QWidget* parent, QVBoxLayout* layout);
    void buildStageBox(QWidget* parent, QVBoxLayout* layout);
    void buildDataBox(QWidget* parent, QVBoxLayout* layout);
    // The run's tokenizer (chosen, else the base's own) for the SFT example.
    QString runTokenizer() const;
    QString currentBase() const;
    void describeCurrentBase();
    void updateEstimate();
    void showEstimate();
    void showPreview();
    void askLoad();
    void askSave();
    qint64 tokenizerVocab() const;

    QString projectDir_;
    ProjectCatalog catalog_;
    QScrollArea* scroll_ = nullptr;
    QComboBox* stage_ = nullptr;
    QLabel* stageNote_ = nullptr;
    QGroupBox* dataBox_ = nullptr;
    SftBox* sftBox_ = nullptr;
    LoraBox* loraBox_ = nullptr;
    MecoBox* mecoBox_ = nullptr;
    QComboBox* baseKind_ = nullptr;
    QStackedWidget* basePages_ = nullptr;
    QComboBox* modelPreset_ = nullptr;
    QComboBox* checkpoint_ = nullptr;
    QLineEdit* folder_ = nullptr;
    QLabel* baseInfo_ = nullptr;
    QComboBox* tokenizer_ = nullptr;
    QTableWidget* sources_ = nullptr;
    QComboBox* replay_ = nullptr;
    QDoubleSpinBox* replayFraction_ = nullptr;
    QComboBox* trainPreset_ = nullptr;
    ParamForm* form_ = nullptr;
    QLabel* estimate_ = nullptr; // memory
    QLabel* time_ = nullptr;
    QLabel* memoryWarning_ = nullptr;
    QLabel* status_ = nullptr;
    QPushButton* load_ = nullptr;
    QPushButton* save_ = nullptr;
    QPushButton* preview_ = nullptr;
    QPushButton* start_ = nullptr;
    QPushButton* launch_ = nullptr;
    QPointer<LaunchScriptDialog> launchDialog_;
    QString startBlocked_;
    QString previewShown_;
    BaseDescription description_;
    double sgemmGflops_ = 0;
    std::optional<train::MemoryEstimate> memory_;
    QString memoryError_;
    BackgroundTask<BaseDescription> describing_{this, TaskLane::Quick};
    BackgroundTask<std::optional<train::MemoryEstimate>> estimating_{this, TaskLane::Quick};
    BackgroundTask<QString> fileTask_{this, TaskLane::Quick};
};

} // namespace adaptlab::train_panel
