#include "setup_tab.h"

#include "launch_script_dialog.h"
#include "train_estimate.h"

#include "file_dialogs.h"
#include "param_form.h"
#include "view_helpers.h"

#include "common/atomic_file.h"
#include "jobs/job_registry.h"
#include "jobs/job_spec.h"
#include "jobs/param_schema.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace adaptlab::train_panel {

namespace {

enum SourceColumn { UseColumn, WeightColumn, SourceColumnCount };

// The tokenizer combo's first entry: the base model's own tokenizer (no "tokenizer" param).
constexpr int kOwnTokenizerIndex = 0;

qint64 integerParam(const ParamForm* form, const char* key)
{
    const nlohmann::json values = form->values(/*onlyChanged=*/false);
    const auto it = values.find(key);
    return it != values.end() && it->is_number_integer() ? it->get<qint64>() : 0;
}

// Every param's default from the kind's schema (the panel writes none of its own).
nlohmann::json schemaDefaults()
{
    nlohmann::json defaults = nlohmann::json::object();
    if (const jobs::JobKind* kind = jobs::findJobKind(kTrainKind))
        for (const jobs::ParamSpec& param : kind->params)
            if (!param.defaultValue.is_null())
                defaults[param.key] = param.defaultValue;
    return defaults;
}

} // namespace

SetupTab::SetupTab(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("trainSetupTab"));
    auto* choices = new QWidget(this);
    auto* columns = new QHBoxLayout(choices);
    columns->setContentsMargins(0, 0, 8, 0);
    columns->setSpacing(18);
    auto* left = new QVBoxLayout;
    left->setSpacing(10);
    buildStageBox(choices, left);
    buildBaseBox(choices, left);
    buildDataBox(choices, left);
    sftBox_ = new SftBox(choices);
    sftBox_->hide();
    connect(sftBox_, &SftBox::changed, this, &SetupTab::choiceChanged);
    left->addWidget(sftBox_, 1);
    // MeCo (issue 12): how the CPT documents are presented, so beside their data.
    mecoBox_ = new MecoBox(choices);
    connect(mecoBox_, &MecoBox::changed, this, &SetupTab::choiceChanged);
    left->addWidget(mecoBox_);
    left->addStretch(1);

    // Right: the hyperparameters from the kind's schema; the presets fill them.
    auto* settingsBox = new QGroupBox(tr("Training settings"), choices);
    auto* settingsLayout = new QVBoxLayout(settingsBox);
    trainPreset_ = new QComboBox(settingsBox);
    trainPreset_->setObjectName(QStringLiteral("trainPreset"));
    trainPreset_->addItem(tr("Fill the settings from a preset…"));
    for (const TrainPreset& preset : trainPresets()) {
        trainPreset_->addItem(QCoreApplication::translate("TrainPresets", preset.title));
        trainPreset_->setItemData(trainPreset_->count() - 1,
                                  QCoreApplication::translate("TrainPresets", preset.description), Qt::ToolTipRole);
    }
    connect(trainPreset_, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applyPreset(index - 1);
    });
    settingsLayout->addWidget(trainPreset_);
    // base, tokenizer, sources, replay and resume_from have the panel's own controls.
    form_ = new ParamForm(kTrainKind, {}, panelOwnedParams(), settingsBox);
    connect(form_, &ParamForm::changed, this, [this] {
        sftBox_->setMaxTokens(integerParam(form_, "seq_len"));
        if (mecoBox_ != nullptr)
            mecoBox_->setSteps(integerParam(form_, "steps"));
        updateEstimate();
        Q_EMIT choiceChanged();
    });
    settingsLayout->addWidget(form_);
    settingsLayout->addStretch(1);
    // LoRA under the settings: it changes what the settings train, in either stage.
    auto* right = new QVBoxLayout;
    right->setSpacing(10);
    right->addWidget(settingsBox, 1);
    loraBox_ = new LoraBox(choices);
    connect(loraBox_, &LoraBox::changed, this, [this] {
        updateEstimate();
        Q_EMIT choiceChanged();
    });
    right->addWidget(loraBox_);

    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    // The choices scroll; what the run will take and the buttons stay in view below them.
    auto* scroll = new QScrollArea(this);
    scroll_ = scroll;
    scroll->setWidget(choices);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    // Bottom: what it will take, and the actions.
    estimate_ = new QLabel(this);
    estimate_->setObjectName(QStringLiteral("trainMemoryEstimate"));
    estimate_->setWordWrap(true);
    estimate_->setTextFormat(Qt::RichText);
    memoryWarning_ = new QLabel(tr("That is more than this machine has free: the run would likely fail. Lower "
                                   "micro_batch or seq_len, or choose a smaller base model."),
                                this);
    memoryWarning_->setObjectName(QStringLiteral("trainMemoryWarning"));
    memoryWarning_->setWordWrap(true);
    memoryWarning_->setProperty("role", QStringLiteral("notice"));
    memoryWarning_->hide();
    time_ = new QLabel(this);
    time_->setObjectName(QStringLiteral("trainTimeEstimate"));
    time_->setWordWrap(true);
    time_->setTextFormat(Qt::RichText);
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("trainSetupStatus"));
    status_->setWordWrap(true);
    load_ = new QPushButton(tr("Load spec…"), this);
    load_->setToolTip(tr("Fill the form from a saved training spec (spec.json)."));
    connect(load_, &QPushButton::clicked, this, &SetupTab::askLoad);
    save_ = new QPushButton(tr("Save spec…"), this);
    save_->setToolTip(tr("Save these choices as a spec file, to run later or from a script."));
    connect(save_, &QPushButton::clicked, this, &SetupTab::askSave);
    preview_ = new QPushButton(tr("Preview command"), this);
    preview_->setObjectName(QStringLiteral("trainPreview"));
    preview_->setToolTip(tr("Show the job spec and the command that runs it without the GUI."));
    connect(preview_, &QPushButton::clicked, this, &SetupTab::showPreview);
    launch_ = new QPushButton(tr("Export launch script…"), this);
    launch_->setObjectName(QStringLiteral("trainLaunchScript"));
    launch_->setToolTip(tr("Write a torchrun or Slurm script that runs this training on a cluster."));
    connect(launch_, &QPushButton::clicked, this, &SetupTab::showLaunchScript);
    start_ = new QPushButton(tr("Start training"), this);
    start_->setObjectName(QStringLiteral("trainStart"));
    start_->setDefault(true);
    connect(start_, &QPushButton::clicked, this, [this] {
        const QString why = problem();
        if (!why.isEmpty()) {
            status_->setText(why);
            return;
        }
        status_->clear();
        Q_EMIT startRequested(specText());
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(load_);
    buttons->addWidget(save_);
    buttons->addStretch(1);
    buttons->addWidget(launch_);
    buttons->addWidget(preview_);
    buttons->addWidget(start_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 8, 0);
    layout->addWidget(scroll, 1);
    layout->addWidget(ViewHelpers::sectionTitle(tr("Before you start"), this));
    layout->addWidget(estimate_);
    layout->addWidget(memoryWarning_);
    layout->addWidget(time_);
    layout->addWidget(status_);
    layout->addLayout(buttons);
    if (!trainKindAvailable()) {
        start_->setEnabled(false);
        status_->setText(tr("This build cannot train yet (it has no train job)."));
    }
    sftBox_->setMaxTokens(integerParam(form_, "seq_len"));
    mecoBox_->setSteps(integerParam(form_, "steps"));
    describeCurrentBase();
}

SetupTab::~SetupTab() = default;

void SetupTab::buildStageBox(QWidget* parent, QVBoxLayout* layout)
{
    auto* box = new QGroupBox(tr("Stage"), parent);
    auto* boxLayout = new QVBoxLayout(box);
    stage_ = new QComboBox(box);
    stage_->setObjectName(QStringLiteral("trainStage"));
    stage_->addItem(tr("Continued pre-training (domain text)"), kStageCpt);
    stage_->addItem(tr("Instruction tuning (SFT: conversations)"), kStageSft);
    stageNote_ = ViewHelpers::hintLabel(QString(), box);
    stageNote_->setObjectName(QStringLiteral("trainStageNote"));
    boxLayout->addWidget(stage_);
    boxLayout->addWidget(stageNote_);
    layout->addWidget(box);
    connect(stage_, &QComboBox::currentIndexChanged, this, [this] {
        const bool sft = stage_->currentData().toString() == kStageSft;
        stageNote_->setText(
            sft ? tr("The model learns to answer: it reads conversations and is trained only on the assistant's "
                     "replies, so it picks up the habit of following instructions.")
                : tr("The model reads your domain's text and learns to predict it, as it was first trained: it "
                     "learns the domain's words and facts."));
        if (dataBox_ != nullptr)
            dataBox_->setVisible(!sft);
        if (mecoBox_ != nullptr)
            mecoBox_->setVisible(!sft);
        if (sftBox_ != nullptr)
            sftBox_->setVisible(sft);
        Q_EMIT choiceChanged();
    });
    stageNote_->setText(tr("The model reads your domain's text and learns to predict it, as it was first trained: "
                           "it learns the domain's words and facts."));
}

void SetupTab::reveal(QWidget* widget)
{
    // Pending layout first, so the scroll goes to where the widget is now, not where it was.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    // Its bottom in view (the top too when it fits): the rendered example sits low in a long column.
    const QPoint top = widget->mapTo(scroll_->widget(), QPoint(0, 0));
    const int bottom = top.y() + widget->height() + 8;
    QScrollBar* bar = scroll_->verticalScrollBar();
    bar->setValue(std::clamp(bottom - scroll_->viewport()->height(), 0, std::max(0, top.y() - 8)));
}

void SetupTab::setStage(const QString& stage)
{
    stage_->setCurrentIndex(std::max(0, stage_->findData(stage)));
}

QString SetupTab::runTokenizer() const
{
    const QString chosen = tokenizer_->currentIndex() == kOwnTokenizerIndex ? QString()
                                                                             : tokenizer_->currentData().toString();
    if (!chosen.isEmpty())
        return chosen;
    return description_.base == currentBase() ? description_.ownTokenizer : QString();
}

void SetupTab::buildBaseBox(QWidget* parent, QVBoxLayout* layout)
{
    auto* box = new QGroupBox(tr("Base model"), parent);
    auto* boxLayout = new QVBoxLayout(box);
    baseKind_ = new QComboBox(box);
    baseKind_->setObjectName(QStringLiteral("trainBaseKind"));
    baseKind_->addItem(tr("A new model of a preset size (from scratch)"));
    baseKind_->addItem(tr("A checkpoint of an earlier run"));
    baseKind_->addItem(tr("A model folder on disk (Hugging Face layout)"));
    basePages_ = new QStackedWidget(box);
    basePages_->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    modelPreset_ = new QComboBox(box);
    modelPreset_->setObjectName(QStringLiteral("trainModelPreset"));
    for (const model::ModelPreset& preset : model::modelPresets()) {
        modelPreset_->addItem(QString::fromStdString(preset.name), QString::fromStdString(preset.name));
        modelPreset_->setItemData(modelPreset_->count() - 1,
                                  QCoreApplication::translate("ModelPresets", preset.description), Qt::ToolTipRole);
    }
    checkpoint_ = new QComboBox(box);
    checkpoint_->setObjectName(QStringLiteral("trainCheckpoint"));
    checkpoint_->setMinimumContentsLength(24);
    auto* folderRow = new QWidget(box);
    auto* folderLayout = new QHBoxLayout(folderRow);
    folderLayout->setContentsMargins(0, 0, 0, 0);
    folder_ = new QLineEdit(folderRow);
    folder_->setObjectName(QStringLiteral("trainBaseFolder"));
    folder_->setPlaceholderText(tr("A folder with config.json and model.safetensors"));
    auto* browse = new QPushButton(tr("Browse…"), folderRow);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = getExistingDirectory(this, tr("Base model folder"), folder_->text());
        if (!dir.isEmpty()) {
            folder_->setText(dir);
            describeCurrentBase();
        }
    });
    folderLayout->addWidget(folder_, 1);
    folderLayout->addWidget(browse);
    basePages_->addWidget(modelPreset_);
    basePages_->addWidget(checkpoint_);
    basePages_->addWidget(folderRow);
    baseInfo_ = new QLabel(box);
    baseInfo_->setObjectName(QStringLiteral("trainBaseInfo"));
    baseInfo_->setWordWrap(true);
    baseInfo_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    baseInfo_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    tokenizer_ = new QComboBox(box);
    tokenizer_->setObjectName(QStringLiteral("trainTokenizer"));
    tokenizer_->addItem(tr("The base model's own"));
    tokenizer_->setToolTip(tr("The tokenizer that cuts the datasets into tokens. A model can only read the tokens of "
                              "the tokenizer it was trained with: keep the base model's own when it has one."));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Start from:"), baseKind_);
    form->addRow(QString(), basePages_);
    form->addRow(QString(), baseInfo_);
    form->addRow(tr("Tokenizer:"), tokenizer_);
    boxLayout->addLayout(form);
    layout->addWidget(box);

    connect(baseKind_, &QComboBox::currentIndexChanged, this, [this](int index) {
        basePages_->setCurrentIndex(index);
        describeCurrentBase();
        Q_EMIT choiceChanged();
    });
    connect(modelPreset_, &QComboBox::currentIndexChanged, this, &SetupTab::describeCurrentBase);
    connect(checkpoint_, &QComboBox::currentIndexChanged, this, &SetupTab::describeCurrentBase);
    connect(folder_, &QLineEdit::editingFinished, this, &SetupTab::describeCurrentBase);
    connect(tokenizer_, &QComboBox::currentIndexChanged, this, [this] {
        if (sftBox_ != nullptr)
            sftBox_->setTokenizer(runTokenizer());
        if (baseKind_->currentIndex() == static_cast<int>(BaseKind::Preset))
            describeCurrentBase(); // the preset's vocabulary is the tokenizer's
        Q_EMIT choiceChanged();
    });
}

void SetupTab::buildDataBox(QWidget* parent, QVBoxLayout* layout)
{
    auto* box = new QGroupBox(tr("Data"), parent);
    dataBox_ = box;
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(ViewHelpers::hintLabel(
        tr("Tick the domain datasets to train on; each row of a batch comes from one of them in proportion to "
           "its weight. Replay mixes general data back in so the model keeps what it knew."),
        box));
    sources_ = new QTableWidget(0, SourceColumnCount, box);
    sources_->setObjectName(QStringLiteral("trainSources"));
    sources_->setHorizontalHeaderLabels({tr("Dataset"), tr("Weight")});
    sources_->horizontalHeaderItem(WeightColumn)->setToolTip(tr("Relative share of the domain rows."));
    sources_->verticalHeader()->hide();
    sources_->setSelectionMode(QAbstractItemView::NoSelection);
    sources_->horizontalHeader()->setSectionResizeMode(UseColumn, QHeaderView::Stretch);
    sources_->horizontalHeader()->setSectionResizeMode(WeightColumn, QHeaderView::ResizeToContents);
    sources_->setMinimumHeight(110);
    boxLayout->addWidget(sources_, 1);
    replay_ = new QComboBox(box);
    replay_->setObjectName(QStringLiteral("trainReplay"));
    replay_->addItem(tr("No replay"));
    replayFraction_ = new QDoubleSpinBox(box);
    replayFraction_->setObjectName(QStringLiteral("trainReplayFraction"));
    replayFraction_->setRange(0.0, 0.9);
    replayFraction_->setSingleStep(0.05);
    replayFraction_->setDecimals(2);
    replayFraction_->setValue(0.1);
    replayFraction_->setToolTip(tr("The share of every batch taken from the replay dataset (0.1 = 10%)."));
    auto* replayRow = new QHBoxLayout;
    replayRow->addWidget(replay_, 1);
    replayRow->addWidget(new QLabel(tr("share:"), box));
    replayRow->addWidget(replayFraction_);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Replay:"), replayRow);
    boxLayout->addLayout(form);
    layout->addWidget(box, 1);
    connect(replay_, &QComboBox::currentIndexChanged, this, &SetupTab::choiceChanged);
    connect(replayFraction_, &QDoubleSpinBox::valueChanged, this, &SetupTab::choiceChanged);
}

void SetupTab::setCatalog(const ProjectCatalog& catalog)
{
    const TrainChoice kept = choice();
    const QString keptCheckpoint = checkpoint_->currentData().toString();
    catalog_ = catalog;
    {
        const QSignalBlocker blockCheckpoint(checkpoint_);
        checkpoint_->clear();
        for (const TrainRunEntry& run : catalog_.runs)
            for (auto it = run.checkpoints.rbegin(); it != run.checkpoints.rend(); ++it)
                checkpoint_->addItem(it->isFinal ? tr("Run %1 · final model").arg(run.id)
                                                 : tr("Run %1 · step %2").arg(run.id).arg(it->step),
                                     it->path);
        const int index = checkpoint_->findData(keptCheckpoint);
        checkpoint_->setCurrentIndex(index >= 0 ? index : 0);
    }
    {
        const QSignalBlocker blockTokenizer(tokenizer_);
        tokenizer_->clear();
        tokenizer_->addItem(tr("The base model's own"));
        for (const TokenizerEntry& entry : catalog_.tokenizers)
            tokenizer_->addItem(entry.name, entry.path);
        // A project's first run is usually from scratch with its one tokenizer: pick it.
        const int index = tokenizer_->findData(kept.tokenizer);
        tokenizer_->setCurrentIndex(index >= 0 ? index
                                               : (kept.tokenizer.isEmpty() && tokenizer_->count() > 1 &&
                                                          baseKind_->currentIndex() == static_cast<int>(BaseKind::Preset)
                                                      ? 1
                                                      : kOwnTokenizerIndex));
    }
    {
        const QSignalBlocker blockSources(sources_);
        sources_->setRowCount(static_cast<int>(catalog_.datasets.size()));
        for (int row = 0; row < catalog_.datasets.size(); ++row) {
            const QString& name = catalog_.datasets[row];
            auto* item = new QTableWidgetItem(name);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            sources_->setItem(row, UseColumn, item);
            auto* weight = new QDoubleSpinBox(sources_);
            weight->setRange(0.01, 1000.0);
            weight->setDecimals(2);
            weight->setValue(1.0);
            weight->setFrame(false);
            connect(weight, &QDoubleSpinBox::valueChanged, this, &SetupTab::choiceChanged);
            sources_->setCellWidget(row, WeightColumn, weight);
        }
        for (const SourceChoice& source : kept.sources)
            setSource(source.dataset, source.weight);
    }
    connect(sources_, &QTableWidget::itemChanged, this, &SetupTab::choiceChanged, Qt::UniqueConnection);
    sftBox_->setDatasets(catalog_.datasetFiles);
    mecoBox_->setFields(catalog_.metadataFields);
    {
        const QSignalBlocker blockReplay(replay_);
        replay_->clear();
        replay_->addItem(tr("No replay"));
        for (const QString& name : catalog_.datasets)
            replay_->addItem(name, name);
        const int index = replay_->findData(kept.replayDataset);
        replay_->setCurrentIndex(index >= 0 ? index : 0);
    }
    describeCurrentBase();
}

bool SetupTab::setSource(const QString& dataset, double weight, bool used)
{
    for (int row = 0; row < sources_->rowCount(); ++row) {
        if (sources_->item(row, UseColumn)->text() != dataset)
            continue;
        sources_->item(row, UseColumn)->setCheckState(used ? Qt::Checked : Qt::Unchecked);
        if (auto* spin = qobject_cast<QDoubleSpinBox*>(sources_->cellWidget(row, WeightColumn)))
            spin->setValue(weight);
        return true;
    }
    return false;
}

QString SetupTab::currentBase() const
{
    switch (static_cast<BaseKind>(baseKind_->currentIndex())) {
    case BaseKind::Preset:
        return modelPreset_->currentData().toString().isEmpty()
                   ? QString()
                   : kPresetPrefix + modelPreset_->currentData().toString();
    case BaseKind::Checkpoint:
        return checkpoint_->currentData().toString();
    case BaseKind::Folder:
        return folder_->text().trimmed();
    }
    return {};
}

TrainChoice SetupTab::choice() const
{
    TrainChoice choice;
    choice.base = currentBase();
    choice.tokenizer = tokenizer_->currentIndex() == kOwnTokenizerIndex ? QString() : tokenizer_->currentData().toString();
    for (int row = 0; row < sources_->rowCount(); ++row) {
        const QTableWidgetItem* item = sources_->item(row, UseColumn);
        if (item == nullptr || item->checkState() != Qt::Checked)
            continue;
        const auto* spin = qobject_cast<QDoubleSpinBox*>(sources_->cellWidget(row, WeightColumn));
        choice.sources.push_back({item->text(), spin != nullptr ? spin->value() : 1.0});
    }
    if (replay_->currentIndex() > 0) {
        choice.replayDataset = replay_->currentData().toString();
        choice.replayFraction = replayFraction_->value();
    }
    choice.params = form_->values(/*onlyChanged=*/true);
    choice.stage = stage_->currentData().toString();
    if (choice.stage == kStageSft) {
        // An SFT run trains on instruction data only: the CPT sources and replay stay unsaid.
        choice.sources.clear();
        choice.replayDataset.clear();
        choice.replayFraction = 0;
        choice.sftSources = sftBox_->sources();
        choice.chatTemplate = sftBox_->chatTemplate();
        choice.packing = sftBox_->packing();
    }
    choice.lora = loraBox_->choice();
    if (choice.stage != kStageSft)
        choice.meco = mecoBox_->choice();
    return choice;
}

bool SetupTab::setChoice(const TrainChoice& choice, QString* error)
{
    QStringList missing;
    if (choice.base.startsWith(kPresetPrefix)) {
        baseKind_->setCurrentIndex(static_cast<int>(BaseKind::Preset));
        const int index = modelPreset_->findData(choice.base.mid(kPresetPrefix.size()));
        if (index < 0)
            missing << tr("the size preset \"%1\"").arg(choice.base.mid(kPresetPrefix.size()));
        else
            modelPreset_->setCurrentIndex(index);
    } else if (const int index = checkpoint_->findData(choice.base); index >= 0) {
        baseKind_->setCurrentIndex(static_cast<int>(BaseKind::Checkpoint));
        checkpoint_->setCurrentIndex(index);
    } else {
        baseKind_->setCurrentIndex(static_cast<int>(BaseKind::Folder));
        folder_->setText(choice.base);
    }
    if (choice.tokenizer.isEmpty()) {
        tokenizer_->setCurrentIndex(kOwnTokenizerIndex);
    } else if (const int index = tokenizer_->findData(choice.tokenizer); index >= 0) {
        tokenizer_->setCurrentIndex(index);
    } else {
        missing << tr("the tokenizer %1").arg(choice.tokenizer);
    }
    for (int row = 0; row < sources_->rowCount(); ++row)
        sources_->item(row, UseColumn)->setCheckState(Qt::Unchecked);
    for (const SourceChoice& source : choice.sources)
        if (!setSource(source.dataset, source.weight))
            missing << tr("the dataset \"%1\"").arg(source.dataset);
    if (choice.replayDataset.isEmpty()) {
        replay_->setCurrentIndex(0);
    } else if (const int index = replay_->findData(choice.replayDataset); index >= 0) {
        replay_->setCurrentIndex(index);
        replayFraction_->setValue(choice.replayFraction);
    } else {
        missing << tr("the dataset \"%1\"").arg(choice.replayDataset);
    }
    setStage(choice.stage);
    for (const QString& dataset : sftBox_->setChoice(choice.sftSources, choice.chatTemplate, choice.packing))
        missing << tr("the dataset \"%1\"").arg(dataset);
    loraBox_->setChoice(choice.lora);
    mecoBox_->setChoice(choice.meco);
    // Back to the defaults first, so a setting the spec leaves out is the default, not what was there.
    form_->setValues(schemaDefaults());
    form_->setValues(choice.params);
    describeCurrentBase();
    if (!missing.isEmpty() && error != nullptr)
        *error = tr("Not in this project: %1.").arg(missing.join(QStringLiteral(", ")));
    return missing.isEmpty();
}

QString SetupTab::problem() const
{
    if (!trainKindAvailable())
        return tr("This build cannot train yet (it has no train job).");
    if (!startBlocked_.isEmpty())
        return startBlocked_;
    const TrainChoice current = choice();
    if (current.base.isEmpty())
        return static_cast<BaseKind>(baseKind_->currentIndex()) == BaseKind::Checkpoint
                   ? tr("No run has kept a checkpoint yet: choose another base model.")
                   : tr("Choose a base model.");
    if (!description_.config && !describing_.isRunning() && description_.base == current.base)
        return tr("The base model cannot be used: %1").arg(description_.error);
    if (current.stage == kStageSft && current.sftSources.empty())
        return tr("Tick at least one instruction dataset to tune on.");
    if (current.stage != kStageSft && current.sources.empty())
        return tr("Tick at least one dataset to train on.");
    if (current.lora.enabled && current.lora.targets.isEmpty())
        return tr("LoRA adapts no projection: tick at least one of q, k, v, o, gate, up, down.");
    if (current.tokenizer.isEmpty() && current.base.startsWith(kPresetPrefix))
        return tr("A new model has no tokenizer of its own: choose one of the project's tokenizers.");
    if (current.tokenizer.isEmpty() && description_.base == current.base && description_.config &&
        description_.ownTokenizer.isEmpty())
        return tr("The base model's folder has no tokenizer: choose one of the project's tokenizers.");
    return {};
}

QString SetupTab::specText() const
{
    return trainSpec(projectDir_, choice());
}

void SetupTab::setBaseKind(BaseKind kind)
{
    baseKind_->setCurrentIndex(static_cast<int>(kind));
}

void SetupTab::applyPreset(int index)
{
    const auto& presets = trainPresets();
    if (index < 0 || index >= static_cast<int>(presets.size()))
        return;
    form_->setValues(presets[static_cast<size_t>(index)].params);
    status_->setText(tr("Settings filled from \"%1\".")
                         .arg(QCoreApplication::translate("TrainPresets", presets[static_cast<size_t>(index)].title)));
    updateEstimate();
    Q_EMIT choiceChanged();
}

void SetupTab::setStartEnabled(bool enabled, const QString& why)
{
    startBlocked_ = enabled ? QString() : why;
    start_->setEnabled(enabled && trainKindAvailable());
    start_->setToolTip(why);
}

void SetupTab::setSgemmGflops(double gflops)
{
    sgemmGflops_ = gflops;
    updateEstimate();
}

qint64 SetupTab::tokenizerVocab() const
{
    const QString path = tokenizer_->currentData().toString();
    for (const TokenizerEntry& entry : catalog_.tokenizers)
        if (entry.path == path)
            return entry.vocabSize;
    return 0;
}

void SetupTab::describeCurrentBase()
{
    const QString base = currentBase();
    const qint64 vocab = tokenizerVocab();
    baseInfo_->setText(base.isEmpty() ? QString() : tr("Reading the model's configuration…"));
    describing_.run([base, vocab](const std::atomic<bool>&) { return describeBase(base, vocab); },
                    [this](BaseDescription description, const QString& error) {
                        description_ = std::move(description);
                        if (!error.isEmpty())
                            description_.error = error;
                        if (description_.base.isEmpty())
                            baseInfo_->setText(static_cast<BaseKind>(baseKind_->currentIndex()) == BaseKind::Checkpoint
                                                   ? tr("No run has kept a checkpoint yet.")
                                                   : QString());
                        else if (description_.config)
                            baseInfo_->setText(describeConfig(*description_.config));
                        else
                            baseInfo_->setText(tr("Cannot be used: %1").arg(description_.error));
                        const QString base = description_.base;
                        sftBox_->setBaseFolder(base.startsWith(kPresetPrefix) ? QString() : base);
                        sftBox_->setTokenizer(runTokenizer());
                        loraBox_->setModelConfig(description_.config);
                        updateEstimate();
                        Q_EMIT baseDescribed();
                    });
}

void SetupTab::updateEstimate()
{
    if (!description_.config) {
        estimating_.cancel();
        memory_.reset();
        showEstimate();
        return;
    }
    const nlohmann::json values = form_->values(/*onlyChanged=*/false);
    const auto integer = [&values](const char* key) {
        const auto it = values.find(key);
        return it != values.end() && it->is_number_integer() ? it->get<qint64>() : qint64(0);
    };
    const auto text = [&values](const char* key) {
        const auto it = values.find(key);
        return it != values.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
    };
    const model::LlamaConfig config = *description_.config;
    const qint64 batch = integer("batch");
    const qint64 microBatch = integer("micro_batch");
    const qint64 seqLen = integer("seq_len");
    const QString precision = text("precision");
    const QString device = text("device");
    const qint64 loraParameters = loraBox_->trainableParameters();
    // /proc/meminfo is read on a worker, not here.
    estimating_.run(
        [config, batch, microBatch, seqLen, precision, device, loraParameters](const std::atomic<bool>&) {
            train::MemoryEstimate estimate = estimateMemory(config, batch, microBatch, seqLen, precision, device);
            applyLora(estimate, loraParameters);
            return std::optional<train::MemoryEstimate>(estimate);
        },
        [this](std::optional<train::MemoryEstimate> estimate, const QString& error) {
            memory_ = std::move(estimate);
            memoryError_ = error;
            showEstimate();
        });
    showEstimate();
}

void SetupTab::showEstimate()
{
    if (!description_.config) {
        estimate_->setText(tr("The memory and time a run needs show here once the base model is chosen."));
        memoryWarning_->hide();
        time_->clear();
        Q_EMIT estimateUpdated();
        return;
    }
    const TimeEstimate time = estimateTime(integerParam(form_, "steps"), integerParam(form_, "batch"),
                                           integerParam(form_, "seq_len"), description_.config->parameterCount(),
                                           catalog_.lastSpeed, sgemmGflops_, loraBox_->trainableParameters());
    QString memory;
    if (memory_)
        memory = describeMemory(*memory_);
    else if (!memoryError_.isEmpty())
        memory = tr("<b>Memory:</b> cannot be estimated: %1").arg(memoryError_.toHtmlEscaped());
    else
        memory = tr("<b>Memory:</b> estimating…");
    estimate_->setText(memory);
    time_->setText(tr("<b>Time:</b> %1").arg(describeTime(time).toHtmlEscaped()));
    // Over the device's memory: a notice of its own, seen before Start.
    memoryWarning_->setVisible(memory_ && memory_->exceedsDevice());
    Q_EMIT estimateUpdated();
}

void SetupTab::showPreview()
{
    previewShown_ = previewText(specText());
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("trainPreviewDialog"));
    dialog->setWindowTitle(tr("Preview command"));
    dialog->resize(760, 560);
    auto* text = new QPlainTextEdit(previewShown_, dialog);
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(tr("The same run without the GUI: save the spec as spec.json in the project folder "
                                    "and run the command there."),
                                 dialog));
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    dialog->show();
}

void SetupTab::showLaunchScript()
{
    if (launchDialog_ != nullptr)
        launchDialog_->close();
    launchDialog_ = new LaunchScriptDialog(specText(), projectDir_, this);
    launchDialog_->setAttribute(Qt::WA_DeleteOnClose);
    launchDialog_->show();
}

void SetupTab::askLoad()
{
    const QStringList files = getOpenFileNames(this, tr("Load training spec"), projectDir_, tr("Specs (*.json)"));
    if (!files.isEmpty())
        loadSpecFile(files.constFirst());
}

void SetupTab::askSave()
{
    QPointer<QFileDialog> dialog = createFileDialog(this, tr("Save training spec"), projectDir_, tr("Specs (*.json)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    QString path;
    if (dialog->exec() == QDialog::Accepted && dialog && !dialog->selectedFiles().isEmpty())
        path = dialog->selectedFiles().constFirst();
    delete dialog;
    if (!path.isEmpty())
        saveSpecFile(path);
}

void SetupTab::loadSpecFile(const QString& path)
{
    fileTask_.run(
        [path](const std::atomic<bool>&) {
            QFile file(path);
            if (file.size() > static_cast<qint64>(jobs::kMaxSpecBytes))
                throw std::runtime_error(tr("%1 is too large for a spec.").arg(path).toStdString());
            if (!file.open(QIODevice::ReadOnly))
                throw std::runtime_error(tr("%1 cannot be read: %2").arg(path, file.errorString()).toStdString());
            return QString::fromUtf8(file.readAll());
        },
        [this, path](QString text, const QString& readError) {
            QString error = readError;
            if (error.isEmpty()) {
                if (const std::optional<TrainChoice> loaded = choiceFromSpec(text, &error)) {
                    setChoice(*loaded, &error);
                    if (error.isEmpty())
                        status_->setText(tr("Loaded %1.").arg(path));
                }
            }
            if (!error.isEmpty())
                status_->setText(tr("%1: %2").arg(path, error));
            Q_EMIT specLoaded(error);
        });
}

void SetupTab::saveSpecFile(const QString& path)
{
    const std::string text = specText().toStdString() + "\n";
    fileTask_.run(
        [path, text](const std::atomic<bool>&) {
            AtomicFile file(path.toStdString());
            file.write(text);
            file.commit();
            return path;
        },
        [this, path](const QString&, const QString& error) {
            status_->setText(error.isEmpty() ? tr("Saved %1.").arg(path) : error);
            Q_EMIT specSaved(error);
        });
}

} // namespace adaptlab::train_panel
