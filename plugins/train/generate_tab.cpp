#include "generate_tab.h"

#include "view_helpers.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTextEdit>
#include <QVBoxLayout>

namespace adaptlab::train_panel {

namespace {
// An entry's data: Qt::UserRole the folder that names it (a checkpoint, or a LoRA run's adapter),
// kBaseRole the base model a LoRA adapter is applied to (empty for a checkpoint).
constexpr int kBaseRole = Qt::UserRole + 1;
} // namespace

GenerateTab::GenerateTab(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("trainGenerateTab"));
    process_ = new GenerateProcess(this);
    connect(process_, &GenerateProcess::finished, this, &GenerateTab::showResult);

    model_ = new QComboBox(this);
    model_->setObjectName(QStringLiteral("generateModel"));
    model_->setMinimumContentsLength(30);
    connect(model_, &QComboBox::activated, this, [this] { userPicked_ = true; });
    prompt_ = new QPlainTextEdit(this);
    prompt_->setObjectName(QStringLiteral("generatePrompt"));
    prompt_->setPlaceholderText(tr("The beginning of a text for the model to continue"));
    prompt_->setMaximumHeight(90);
    maxTokens_ = new QSpinBox(this);
    maxTokens_->setObjectName(QStringLiteral("generateMaxTokens"));
    maxTokens_->setRange(1, 1024);
    maxTokens_->setValue(40);
    maxTokens_->setToolTip(tr("How many tokens the model adds at most (it stops earlier at its end-of-text token)."));
    temperature_ = new QDoubleSpinBox(this);
    temperature_->setObjectName(QStringLiteral("generateTemperature"));
    temperature_->setRange(0.0, 2.0);
    temperature_->setSingleStep(0.1);
    temperature_->setValue(0.8);
    temperature_->setToolTip(tr("0 always takes the likeliest token; higher values give more varied, less sure text."));
    seed_ = new QSpinBox(this);
    seed_->setRange(0, 1'000'000);
    seed_->setToolTip(tr("The same seed gives the same text."));
    generate_ = new QPushButton(tr("Generate"), this);
    generate_->setObjectName(QStringLiteral("generateButton"));
    connect(generate_, &QPushButton::clicked, this, &GenerateTab::generate);
    output_ = new QTextEdit(this);
    output_->setObjectName(QStringLiteral("generateOutput"));
    output_->setReadOnly(true);
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("generateStatus"));
    status_->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Model:"), model_);
    form->addRow(tr("Prompt:"), prompt_);
    auto* options = new QHBoxLayout;
    options->addWidget(new QLabel(tr("Max new tokens:"), this));
    options->addWidget(maxTokens_);
    options->addSpacing(12);
    options->addWidget(new QLabel(tr("Temperature:"), this));
    options->addWidget(temperature_);
    options->addSpacing(12);
    options->addWidget(new QLabel(tr("Seed:"), this));
    options->addWidget(seed_);
    options->addStretch(1);
    options->addWidget(generate_);
    form->addRow(QString(), options);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 8, 0);
    layout->addWidget(ViewHelpers::hintLabel(
        tr("Try a checkpoint on a prompt of your own: the prompt is shown in grey, what the model added in black. A "
           "model early in training repeats itself or makes up words; watch that change as the loss falls."),
        this));
    layout->addLayout(form);
    layout->addWidget(output_, 1);
    layout->addWidget(status_);
    setCatalog({});
}

void GenerateTab::setCatalog(const ProjectCatalog& catalog)
{
    const QString kept = model_->currentData().toString();
    const QSignalBlocker blocker(model_);
    model_->clear();
    for (const TrainRunEntry& run : catalog.runs) {
        // A LoRA run keeps adapters, not models: its adapter is tried on its base, unmerged.
        if (!run.adapter.isEmpty() && !run.adapterBase.isEmpty()) {
            model_->addItem(tr("Run %1 · LoRA adapter on its base").arg(run.id), run.adapter);
            model_->setItemData(model_->count() - 1, run.adapterBase, kBaseRole);
            model_->setItemData(model_->count() - 1,
                                tr("Base %1 with the adapter %2 applied").arg(run.adapterBase, run.adapter), Qt::ToolTipRole);
        }
        for (auto it = run.checkpoints.rbegin(); it != run.checkpoints.rend(); ++it)
            model_->addItem(it->isFinal ? tr("Run %1 · final model").arg(run.id)
                                        : tr("Run %1 · step %2").arg(run.id).arg(it->step),
                            it->path);
    }
    const int index = model_->findData(kept);
    model_->setCurrentIndex(index >= 0 ? index : 0);
    catalog_ = catalog;
    if (!userPicked_ || index < 0)
        selectPreferredRun();
    generate_->setEnabled(model_->count() > 0);
    if (model_->count() == 0)
        status_->setText(tr("No checkpoint yet: a run keeps one every save_every steps and at its end."));
    else if (!process_->isRunning())
        status_->clear();
}

void GenerateTab::preferRun(qint64 runId)
{
    preferredRun_ = runId;
    userPicked_ = false;
    selectPreferredRun();
}

void GenerateTab::selectPreferredRun()
{
    for (const TrainRunEntry& run : catalog_.runs) {
        if (run.id != preferredRun_)
            continue;
        // The adapter of a LoRA run, else the final model, else the newest step.
        const QString entry = !run.adapter.isEmpty() && !run.adapterBase.isEmpty() ? run.adapter
                              : !run.checkpoints.empty()                          ? run.checkpoints.back().path
                                                                                  : QString();
        const int index = entry.isEmpty() ? -1 : model_->findData(entry);
        if (index >= 0) {
            const QSignalBlocker blocker(model_);
            model_->setCurrentIndex(index);
        }
    }
}

bool GenerateTab::selectModel(const QString& folder)
{
    const int index = model_->findData(folder);
    if (index >= 0)
        model_->setCurrentIndex(index);
    return index >= 0;
}

GenerateRequest GenerateTab::request() const
{
    GenerateRequest request;
    const QString base = model_->currentData(kBaseRole).toString();
    request.model = base.isEmpty() ? model_->currentData().toString() : base;
    request.lora = base.isEmpty() ? QString() : model_->currentData().toString();
    request.prompt = prompt_->toPlainText();
    request.maxNewTokens = maxTokens_->value();
    request.temperature = temperature_->value();
    request.seed = seed_->value();
    return request;
}

void GenerateTab::generate()
{
    const GenerateRequest asked = request();
    if (asked.model.isEmpty()) {
        status_->setText(tr("Choose a checkpoint first."));
        return;
    }
    if (asked.prompt.isEmpty()) {
        status_->setText(tr("Type a prompt first."));
        return;
    }
    promptSent_ = asked.prompt;
    status_->setText(tr("Generating…"));
    process_->start(asked);
}

void GenerateTab::showResult(const QString& text, const QList<qint64>& ids, const QString& error)
{
    if (!error.isEmpty()) {
        continuation_.clear();
        status_->setText(error);
        Q_EMIT generated(error);
        return;
    }
    // The CLI's text is the continuation; a text that repeats the prompt first is shown once.
    continuation_ = text.startsWith(promptSent_) ? text.mid(promptSent_.size()) : text;
    output_->setHtml(QStringLiteral("<p style=\"white-space: pre-wrap\"><span style=\"color:#777\">%1</span>%2</p>")
                         .arg(promptSent_.toHtmlEscaped(), continuation_.toHtmlEscaped()));
    status_->setText(tr("%n new token(s).", nullptr, static_cast<int>(ids.size())));
    Q_EMIT generated({});
}

} // namespace adaptlab::train_panel
