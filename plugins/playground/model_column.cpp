#include "model_column.h"

#include "file_dialogs.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

namespace adaptlab::playground {

namespace {

// Selects the item with DATA in BOX, adding it (labelled LABEL) when it is not there.
void selectFolder(QComboBox* box, const QString& folder, const QString& label)
{
    int index = box->findData(folder);
    if (index < 0) {
        box->addItem(label, folder);
        index = box->count() - 1;
        box->setItemData(index, folder, Qt::ToolTipRole);
    }
    box->setCurrentIndex(index);
}

QString addedLabel(const QString& folder)
{
    return QFileInfo(folder).fileName() + QStringLiteral(" — ") + QDir::toNativeSeparators(folder);
}

} // namespace

ModelColumn::ModelColumn(const QString& title, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("playgroundColumn"));
    process_ = new StreamProcess(this);
    connect(process_, &StreamProcess::tokenArrived, this, &ModelColumn::addToken);
    connect(process_, &StreamProcess::finished, this, &ModelColumn::finish);
    connect(process_, &StreamProcess::failed, this, &ModelColumn::fail);

    title_ = new QLabel(this);
    title_->setObjectName(QStringLiteral("columnTitle"));
    QFont bold = title_->font();
    bold.setBold(true);
    title_->setFont(bold);
    remove_ = new QToolButton(this);
    remove_->setObjectName(QStringLiteral("columnRemove"));
    remove_->setText(QStringLiteral("✕"));
    remove_->setToolTip(tr("Remove this column"));
    remove_->setAutoRaise(true);
    connect(remove_, &QToolButton::clicked, this, &ModelColumn::removeRequested);

    model_ = new QComboBox(this);
    model_->setObjectName(QStringLiteral("columnModel"));
    model_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    model_->setMinimumContentsLength(16);
    model_->setToolTip(tr("The model that answers in this column: a run's final model or a checkpoint, a merge, or "
                          "a Hugging Face folder you add."));
    auto* addModel = new QToolButton(this);
    addModel->setObjectName(QStringLiteral("columnAddModel"));
    addModel->setText(tr("Add…"));
    addModel->setToolTip(tr("Add a Hugging Face model folder (config.json, safetensors and a tokenizer)."));
    connect(addModel, &QToolButton::clicked, this, &ModelColumn::browseModel);

    adapter_ = new QComboBox(this);
    adapter_->setObjectName(QStringLiteral("columnAdapter"));
    adapter_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    adapter_->setMinimumContentsLength(16);
    adapter_->setToolTip(tr("A LoRA adapter trained on top of the model: small extra weights applied while it runs, "
                            "without changing the model's files."));
    auto* addAdapter = new QToolButton(this);
    addAdapter->setObjectName(QStringLiteral("columnAddAdapter"));
    addAdapter->setText(tr("Add…"));
    addAdapter->setToolTip(tr("Add a LoRA adapter folder (adapter_config.json and adapter_model.safetensors)."));
    connect(addAdapter, &QToolButton::clicked, this, &ModelColumn::browseAdapter);

    output_ = new QPlainTextEdit(this);
    output_->setObjectName(QStringLiteral("columnOutput"));
    output_->setReadOnly(true);
    output_->setPlaceholderText(tr("The answer appears here as the model writes it."));
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("columnStatus"));
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* top = new QHBoxLayout;
    top->addWidget(title_, 1);
    top->addWidget(remove_);
    auto* grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Model:"), this), 0, 0);
    grid->addWidget(model_, 0, 1);
    grid->addWidget(addModel, 0, 2);
    grid->addWidget(new QLabel(tr("Adapter:"), this), 1, 0);
    grid->addWidget(adapter_, 1, 1);
    grid->addWidget(addAdapter, 1, 2);
    grid->setColumnStretch(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addLayout(grid);
    layout->addWidget(output_, 1);
    layout->addWidget(status_);
    setTitle(title);
    setChoices({}, {}, {});
}

void ModelColumn::setTitle(const QString& title)
{
    title_->setText(title);
}

void ModelColumn::setChoices(const PlaygroundCatalog& catalog, const QStringList& addedModels,
                             const QStringList& addedAdapters)
{
    const QString model = modelFolder();
    const QString adapter = adapterFolder();
    model_->clear();
    for (const ModelChoice& choice : catalog.models) {
        model_->addItem(choice.label, choice.path);
        model_->setItemData(model_->count() - 1, QDir::toNativeSeparators(choice.path), Qt::ToolTipRole);
    }
    for (const QString& folder : addedModels) {
        if (model_->findData(folder) < 0) {
            model_->addItem(addedLabel(folder), folder);
            model_->setItemData(model_->count() - 1, QDir::toNativeSeparators(folder), Qt::ToolTipRole);
        }
    }
    if (model_->count() == 0)
        model_->setPlaceholderText(tr("Add a model folder…"));
    if (!model.isEmpty())
        selectFolder(model_, model, addedLabel(model));

    adapter_->clear();
    adapter_->addItem(tr("No adapter"), QString());
    for (const ModelChoice& choice : catalog.adapters) {
        adapter_->addItem(choice.label, choice.path);
        adapter_->setItemData(adapter_->count() - 1, QDir::toNativeSeparators(choice.path), Qt::ToolTipRole);
    }
    for (const QString& folder : addedAdapters)
        if (adapter_->findData(folder) < 0)
            adapter_->addItem(addedLabel(folder), folder);
    selectAdapterFolder(adapter);
}

void ModelColumn::selectModelFolder(const QString& folder)
{
    selectFolder(model_, folder, addedLabel(folder));
}

void ModelColumn::selectAdapterFolder(const QString& folder)
{
    if (folder.isEmpty())
        adapter_->setCurrentIndex(0);
    else
        selectFolder(adapter_, folder, addedLabel(folder));
}

QString ModelColumn::modelFolder() const
{
    return model_->currentIndex() < 0 ? QString() : model_->currentData().toString();
}

QString ModelColumn::adapterFolder() const
{
    return adapter_->currentIndex() < 0 ? QString() : adapter_->currentData().toString();
}

void ModelColumn::setRemovable(bool removable)
{
    remove_->setVisible(removable);
}

void ModelColumn::setProgram(const QString& program)
{
    process_->setProgram(program);
}

void ModelColumn::browseModel()
{
    const QString folder = getExistingDirectory(this, tr("Choose a Hugging Face model folder"), modelFolder());
    if (folder.isEmpty())
        return;
    selectModelFolder(folder);
    Q_EMIT modelFolderAdded(folder);
}

void ModelColumn::browseAdapter()
{
    const QString folder = getExistingDirectory(this, tr("Choose a LoRA adapter folder"), adapterFolder());
    if (folder.isEmpty())
        return;
    selectAdapterFolder(folder);
    Q_EMIT adapterFolderAdded(folder);
}

void ModelColumn::run(StreamRequest request)
{
    stop();
    output_->clear();
    tokens_ = 0;
    failed_ = false;
    firstWall_ = firstSeconds_ = laterSeconds_ = 0;
    status_->setStyleSheet(QString());
    request.model = modelFolder();
    request.lora = adapterFolder();
    if (request.model.isEmpty()) {
        fail(tr("Choose a model for this column first."));
        return;
    }
    status_->setText(tr("Loading the model…"));
    wall_.start();
    process_->start(request);
    if (process_->isRunning())
        Q_EMIT runningChanged(true);
}

void ModelColumn::stop()
{
    if (!process_->isRunning())
        return;
    process_->cancel();
    status_->setText(tokens_ == 0 ? tr("Stopped before the first token.")
                                  : tr("Stopped after %n token(s).", nullptr, tokens_));
    Q_EMIT runningChanged(false);
}

bool ModelColumn::isRunning() const
{
    return process_->isRunning();
}

void ModelColumn::addToken(qint64 id, const QString& text, double seconds)
{
    Q_UNUSED(id);
    if (tokens_ == 0) {
        firstWall_ = static_cast<double>(wall_.elapsed()) / 1000.0;
        firstSeconds_ = seconds;
    } else {
        laterSeconds_ += seconds;
    }
    ++tokens_;
    // Appended at the end whatever the user selected or scrolled to; the view follows the text
    // only while it was at the bottom.
    QScrollBar* bar = output_->verticalScrollBar();
    const bool atBottom = bar->value() == bar->maximum();
    QTextCursor cursor(output_->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
    if (atBottom)
        bar->setValue(bar->maximum());
    showTiming(false, firstSeconds_, tokens_ > 1 ? laterSeconds_ / (tokens_ - 1) : 0.0);
}

void ModelColumn::finish(const StreamResult& result)
{
    // The final text is the tokenizer's decoding of every id: the same as the streamed pieces,
    // and what the column keeps.
    if (output_->toPlainText() != result.text)
        output_->setPlainText(result.text);
    showTiming(true, result.promptSeconds, result.secondsPerToken);
    status_->setText(status_->text() + QStringLiteral(" · ") +
                     (result.chatTemplate.isEmpty() ? tr("no chat template")
                                                    : tr("chat template %1").arg(result.chatTemplate)));
    Q_EMIT runningChanged(false);
}

void ModelColumn::fail(const QString& error)
{
    failed_ = true;
    status_->setStyleSheet(QStringLiteral("color: #b00020;"));
    QString message = error;
    if (message.startsWith(QLatin1String("adaptlab-cli: ")))
        message = message.mid(14);
    status_->setText(message);
    Q_EMIT runningChanged(false);
}

void ModelColumn::showTiming(bool final, double promptSeconds, double secondsPerToken)
{
    QStringList parts;
    parts << tr("first token after %1 s (the prompt's pass %2 ms)")
                 .arg(firstWall_, 0, 'f', 1)
                 .arg(promptSeconds * 1000.0, 0, 'f', 0);
    if (tokens_ > 1)
        parts << tr("%1 ms per token").arg(secondsPerToken * 1000.0, 0, 'f', 1);
    parts << (final ? tr("%n token(s), done", nullptr, tokens_) : tr("%n token(s)…", nullptr, tokens_));
    status_->setText(parts.join(QStringLiteral(" · ")));
}

} // namespace adaptlab::playground
