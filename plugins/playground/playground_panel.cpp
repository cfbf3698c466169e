#include "playground_panel.h"

#include "model_column.h"
#include "stream_process.h"

#include "panel_context.h"
#include "panel_header.h"
#include "store_access.h"
#include "view_helpers.h"

#include "data/chat_template.h"

#include <QCoreApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace adaptlab::playground {

namespace {

constexpr int kMinColumns = 2;
constexpr int kMaxColumns = 4;
constexpr const char* kModelFoldersKey = "playground/modelFolders";
constexpr const char* kAdapterFoldersKey = "playground/adapterFolders";

// The template box's values: "" raw text, "model" the model's own, then the built-in names.
const QString kRaw;
const QString kAutoTemplate = QStringLiteral("auto");
const QString kModelTemplate = QStringLiteral("model");

} // namespace

PlaygroundPanel::PlaygroundPanel(PanelContext* context, QWidget* parent)
    : QWidget(parent), context_(context),
      cliProgram_(QCoreApplication::applicationDirPath() + QStringLiteral("/adaptlab-cli"))
{
    setObjectName(QStringLiteral("playgroundPanel"));
    auto* header = new PanelHeader(
        tr("Playground"),
        tr("Ask several models the same thing and read their answers side by side: the base model, your "
           "continued pre-training run, your fine-tuned run, a merge. Each column runs its model on its own and "
           "shows the answer as it is written, with how long the first word took and how fast the rest came."),
        this);
    header->setObjectName(QStringLiteral("playgroundHeader"));
    header->setHelpLinks(tr("<a href=\"adaptlab-help:guide#evaluate\">The Evaluate step in the guide</a> · "
                            "<a href=\"adaptlab-help:glossary#chat-template\">chat template</a> · "
                            "<a href=\"adaptlab-help:glossary#lora\">LoRA</a>"));

    prompt_ = new QPlainTextEdit(this);
    prompt_->setObjectName(QStringLiteral("playgroundPrompt"));
    prompt_->setPlaceholderText(tr("A question or an instruction (with a chat template), or the start of a text to "
                                   "continue (without one)"));
    prompt_->setMaximumHeight(80);

    template_ = new QComboBox(this);
    template_->setObjectName(QStringLiteral("playgroundTemplate"));
    template_->addItem(tr("None: continue the text as it is"), kRaw);
    template_->addItem(tr("Automatic: the model's own, none when it names none"), kAutoTemplate);
    template_->addItem(tr("The model's own (from its tokenizer_config.json)"), kModelTemplate);
    for (const data::ChatTemplate chatTemplate : data::allChatTemplates()) {
        const QString name = QString::fromLatin1(data::chatTemplateName(chatTemplate));
        template_->addItem(name, name);
        template_->setItemData(template_->count() - 1,
                               QString::fromStdString(data::chatTemplateDescription(chatTemplate)), Qt::ToolTipRole);
    }
    template_->setCurrentIndex(1);
    connect(template_, &QComboBox::currentIndexChanged, this, &PlaygroundPanel::templateChanged);
    templateText_ = ViewHelpers::hintLabel(QString(), this);
    templateText_->setObjectName(QStringLiteral("playgroundTemplateText"));
    system_ = new QLineEdit(this);
    system_->setObjectName(QStringLiteral("playgroundSystem"));
    system_->setPlaceholderText(tr("Optional: how the assistant should behave (\"Answer in one sentence.\")"));

    // MeCo conditioning: shared, so the columns compare models (a MeCo run against a plain one) on
    // the same conditioned prompt.
    metadataLabel_ = new QLineEdit(this);
    metadataLabel_->setObjectName(QStringLiteral("playgroundMetadataLabel"));
    metadataLabel_->setPlaceholderText(QStringLiteral("URL"));
    metadataLabel_->setMaximumWidth(110);
    metadataLabel_->setToolTip(tr("The prefix's label, as the MeCo run was trained with (URL, Source, ...)."));
    metadata_ = new QLineEdit(this);
    metadata_->setObjectName(QStringLiteral("playgroundMetadata"));
    metadata_->setPlaceholderText(tr("Empty: plain. e.g. en.wikipedia.org or foldoc"));
    metadata_->setToolTip(tr("Condition on metadata: the prompt starts with \"LABEL: VALUE\" and a blank line, as "
                             "documents did in a MeCo run (a URL is reduced to its host). The text is continued as "
                             "it is, without a chat template."));
    connect(metadata_, &QLineEdit::textChanged, this, &PlaygroundPanel::templateChanged);
    connect(metadataLabel_, &QLineEdit::textChanged, this, &PlaygroundPanel::templateChanged);

    maxTokens_ = new QSpinBox(this);
    maxTokens_->setObjectName(QStringLiteral("playgroundMaxTokens"));
    maxTokens_->setRange(1, 2048);
    maxTokens_->setValue(64);
    maxTokens_->setToolTip(tr("How many tokens each model adds at most (it stops earlier at its end of answer)."));
    temperature_ = new QDoubleSpinBox(this);
    temperature_->setObjectName(QStringLiteral("playgroundTemperature"));
    temperature_->setRange(0.0, 2.0);
    temperature_->setSingleStep(0.1);
    temperature_->setValue(0.7);
    temperature_->setToolTip(tr("0 always takes the likeliest token (the same answer every time); higher values give "
                                "more varied, less sure text."));
    topK_ = new QSpinBox(this);
    topK_->setObjectName(QStringLiteral("playgroundTopK"));
    topK_->setRange(0, 100000);
    topK_->setValue(50);
    topK_->setToolTip(tr("Pick only among the K likeliest tokens (0: all of them)."));
    topP_ = new QDoubleSpinBox(this);
    topP_->setObjectName(QStringLiteral("playgroundTopP"));
    topP_->setRange(0.01, 1.0);
    topP_->setSingleStep(0.05);
    topP_->setValue(0.95);
    topP_->setToolTip(tr("Pick only among the likeliest tokens that together make up this share of the probability "
                         "(1: all of them)."));
    seed_ = new QSpinBox(this);
    seed_->setObjectName(QStringLiteral("playgroundSeed"));
    seed_->setRange(0, 1'000'000);
    seed_->setToolTip(tr("The same seed, model and prompt give the same answer."));

    run_ = new QPushButton(tr("Run"), this);
    run_->setObjectName(QStringLiteral("playgroundRun"));
    run_->setDefault(true);
    run_->setToolTip(tr("Send the prompt to every column at once."));
    connect(run_, &QPushButton::clicked, this, &PlaygroundPanel::run);
    stop_ = new QPushButton(tr("Stop"), this);
    stop_->setObjectName(QStringLiteral("playgroundStop"));
    connect(stop_, &QPushButton::clicked, this, &PlaygroundPanel::stop);
    add_ = new QPushButton(tr("Add a column"), this);
    add_->setObjectName(QStringLiteral("playgroundAddColumn"));
    connect(add_, &QPushButton::clicked, this, [this] { addColumn(); });

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Prompt:"), prompt_);
    // The explanation sits right under the box it explains, in the same form row.
    auto* templateColumn = new QVBoxLayout;
    templateColumn->setSpacing(2);
    templateColumn->addWidget(template_);
    templateColumn->addWidget(templateText_);
    form->addRow(tr("Chat template:"), templateColumn);
    form->addRow(tr("System prompt:"), system_);
    auto* metadataRow = new QHBoxLayout;
    metadataRow->addWidget(metadataLabel_);
    metadataRow->addWidget(new QLabel(QStringLiteral(":"), this));
    metadataRow->addWidget(metadata_, 1);
    form->addRow(tr("Condition on metadata:"), metadataRow);
    auto* sampling = new QHBoxLayout;
    const auto addSetting = [&](const QString& label, QWidget* widget) {
        sampling->addWidget(new QLabel(label, this));
        sampling->addWidget(widget);
        sampling->addSpacing(10);
    };
    addSetting(tr("Max tokens:"), maxTokens_);
    addSetting(tr("Temperature:"), temperature_);
    addSetting(tr("Top-k:"), topK_);
    addSetting(tr("Top-p:"), topP_);
    addSetting(tr("Seed:"), seed_);
    sampling->addStretch(1);
    form->addRow(tr("Sampling:"), sampling);
    // The buttons on their own row: with the settings on one, the panel would not fit a narrow window.
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(add_);
    buttons->addWidget(stop_);
    buttons->addWidget(run_);
    form->addRow(QString(), buttons);

    auto* columnsHost = new QWidget(this);
    columnsLayout_ = new QHBoxLayout(columnsHost);
    columnsLayout_->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(columnsHost);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(ViewHelpers::hintLabel(
        tr("Why the answers differ: each model learned from different text, so it finds different next words "
           "likely. A base or continued pre-training model only continues text; a fine-tuned model learned to "
           "answer in the shape of a chat template, and answers well only when the prompt is wrapped in that same "
           "template. With a temperature above 0 the words are drawn at random among the likely ones, so even one "
           "model answers differently with another seed."),
        this));
    layout->addLayout(form);
    layout->addWidget(scroll, 1);

    reader_ = new StoreReader(this);
    for (int i = 0; i < kMinColumns; ++i)
        addColumn();
    templateChanged();
    if (context_ != nullptr) {
        connect(context_, &PanelContext::projectChanged, this, &PlaygroundPanel::refresh);
        connect(context_, &PanelContext::storeChanged, this, &PlaygroundPanel::refresh);
        connect(context_, &PanelContext::runChanged, this, &PlaygroundPanel::refresh);
    }
    refresh();
    updateButtons();
}

PlaygroundPanel::~PlaygroundPanel()
{
    stop();
}

void PlaygroundPanel::setCliProgram(const QString& program)
{
    cliProgram_ = program;
    for (ModelColumn* column : columns_)
        column->setProgram(program);
}

ModelColumn* PlaygroundPanel::addColumn()
{
    if (columns_.size() >= kMaxColumns)
        return nullptr;
    auto* column = new ModelColumn(QString(), this);
    column->setProgram(cliProgram_);
    column->setChoices(catalog_, rememberedFolders(kModelFoldersKey), rememberedFolders(kAdapterFoldersKey));
    // A new column starts on a model the others do not show, so two columns compare two models.
    for (int i = 0; i < column->modelBox()->count(); ++i) {
        const QString folder = column->modelBox()->itemData(i).toString();
        bool shown = false;
        for (const ModelColumn* other : columns_)
            shown = shown || other->modelFolder() == folder;
        if (!shown) {
            column->modelBox()->setCurrentIndex(i);
            break;
        }
    }
    connect(column, &ModelColumn::runningChanged, this, &PlaygroundPanel::updateButtons);
    connect(column, &ModelColumn::removeRequested, this, [this, column] { removeColumn(column); });
    connect(column, &ModelColumn::modelFolderAdded, this,
            [this](const QString& folder) { rememberFolder(kModelFoldersKey, folder); });
    connect(column, &ModelColumn::adapterFolderAdded, this,
            [this](const QString& folder) { rememberFolder(kAdapterFoldersKey, folder); });
    columns_ << column;
    columnsLayout_->addWidget(column, 1);
    relabelColumns();
    updateButtons();
    return column;
}

void PlaygroundPanel::removeColumn(ModelColumn* column)
{
    if (columns_.size() <= kMinColumns || !columns_.contains(column))
        return;
    column->stop();
    columns_.removeOne(column);
    column->deleteLater();
    relabelColumns();
    updateButtons();
}

void PlaygroundPanel::relabelColumns()
{
    for (qsizetype i = 0; i < columns_.size(); ++i) {
        columns_[i]->setTitle(tr("Model %1").arg(QChar(u'A' + static_cast<char16_t>(i))));
        columns_[i]->setRemovable(columns_.size() > kMinColumns);
    }
}

StreamRequest PlaygroundPanel::request() const
{
    StreamRequest request;
    request.prompt = prompt_->toPlainText();
    request.metadata = metadata_->text().trimmed();
    if (!request.metadata.isEmpty()) {
        // A metadata prefix conditions raw text (a MeCo run's documents); no chat template.
        request.metadataLabel = metadataLabel_->text().trimmed();
    } else {
        request.chatTemplate = template_->currentData().toString();
    }
    if (!request.chatTemplate.isEmpty())
        request.systemPrompt = system_->text().trimmed();
    request.maxNewTokens = maxTokens_->value();
    request.temperature = temperature_->value();
    request.topK = topK_->value();
    request.topP = topP_->value();
    request.seed = seed_->value();
    request.device = context_ != nullptr ? context_->devicePolicy() : QStringLiteral("auto");
    return request;
}

void PlaygroundPanel::run()
{
    const StreamRequest shared = request();
    for (ModelColumn* column : columns_)
        column->run(shared);
    updateButtons();
}

void PlaygroundPanel::stop()
{
    for (ModelColumn* column : columns_)
        column->stop();
    updateButtons();
}

bool PlaygroundPanel::isRunning() const
{
    for (const ModelColumn* column : columns_)
        if (column->isRunning())
            return true;
    return false;
}

void PlaygroundPanel::updateButtons()
{
    const bool running = isRunning();
    run_->setEnabled(!running);
    stop_->setEnabled(running);
    add_->setEnabled(!running && columns_.size() < kMaxColumns);
}

void PlaygroundPanel::templateChanged()
{
    const QString value = template_->currentData().toString();
    const bool conditioned = metadata_ != nullptr && !metadata_->text().trimmed().isEmpty();
    template_->setEnabled(!conditioned);
    system_->setEnabled(!value.isEmpty() && !conditioned);
    if (conditioned) {
        templateText_->setText(tr("Conditioned on metadata: each model continues \"%1: %2\", a blank line and your "
                                  "prompt as plain text, the way a MeCo run read its documents.")
                                   .arg(metadataLabel_->text().trimmed().isEmpty() ? QStringLiteral("URL")
                                                                                    : metadataLabel_->text().trimmed(),
                                        metadata_->text().trimmed()));
        return;
    }
    if (value.isEmpty()) {
        templateText_->setText(tr("The prompt goes to each model as plain text, which it continues. Right for base and "
                                  "continued pre-training models; a chat model may ramble without its template."));
    } else if (value == kAutoTemplate) {
        templateText_->setText(
            tr("A chat template wraps your prompt in the markers a chat model was trained on (who speaks, where the "
               "answer starts) and stops at its end-of-answer marker. Automatic: each model uses the template named in "
               "its own tokenizer_config.json, and a model that names none (a base or continued pre-training model) "
               "continues your text as it is."));
    } else if (value == kModelTemplate) {
        templateText_->setText(
            tr("A chat template wraps your prompt in the markers a chat model was trained on (who speaks, where the "
               "answer starts) and stops at its end-of-answer marker. Here each model uses the template named in its "
               "own tokenizer_config.json; a model that names none shows an error: choose a template then."));
    } else {
        templateText_->setText(tr("A chat template wraps your prompt in the markers a chat model was trained on (who "
                                  "speaks, where the answer starts) and stops at its end-of-answer marker. Use the one "
                                  "the model was fine-tuned with; hover over the list to see each."));
    }
}

void PlaygroundPanel::rememberFolder(const char* key, const QString& folder)
{
    QSettings settings;
    QStringList folders = settings.value(QLatin1String(key)).toStringList();
    if (folders.contains(folder))
        return;
    folders << folder;
    settings.setValue(QLatin1String(key), folders);
    for (ModelColumn* column : columns_)
        column->setChoices(catalog_, rememberedFolders(kModelFoldersKey), rememberedFolders(kAdapterFoldersKey));
}

QStringList PlaygroundPanel::rememberedFolders(const char* key) const
{
    QStringList folders;
    for (const QString& folder : QSettings().value(QLatin1String(key)).toStringList()) {
        // A folder deleted since is not offered.
        if (isModelFolder(folder) || isAdapterFolder(folder))
            folders << folder;
    }
    return folders;
}

void PlaygroundPanel::refresh()
{
    const quint64 generation = ++generation_;
    store::ProjectStore* store = context_ != nullptr ? context_->store() : nullptr;
    if (store == nullptr) {
        catalog_ = {};
        for (ModelColumn* column : columns_)
            column->setChoices(catalog_, rememberedFolders(kModelFoldersKey), rememberedFolders(kAdapterFoldersKey));
        Q_EMIT refreshed();
        return;
    }
    const QString dir = QString::fromStdString(store->root().string());
    if (reader_->projectDir() != dir)
        reader_->setProject(dir);
    reader_->read(
        this, [](const store::ProjectStore& reading) { return readPlaygroundCatalog(reading); },
        [this, generation](PlaygroundCatalog catalog, const QString& error) {
            if (generation != generation_)
                return;
            if (!error.isEmpty() && context_ != nullptr)
                context_->showStatusMessage(tr("The Playground could not read the project's runs: %1").arg(error));
            catalog_ = std::move(catalog);
            for (ModelColumn* column : columns_)
                column->setChoices(catalog_, rememberedFolders(kModelFoldersKey), rememberedFolders(kAdapterFoldersKey));
            Q_EMIT refreshed();
        });
}

} // namespace adaptlab::playground
