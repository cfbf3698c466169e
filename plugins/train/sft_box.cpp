#include "sft_box.h"

#include "view_helpers.h"

#include "data/chat_template.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTextEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace adaptlab::train_panel {

namespace {

enum Column { DatasetColumn, FormatColumn, ColumnCount };

const QStringList& formatNames()
{
    static const QStringList names{QStringLiteral("alpaca"), QStringLiteral("chat"), QStringLiteral("sharegpt")};
    return names;
}

QString formatTitle(const QString& name)
{
    if (name == QLatin1String("alpaca"))
        return SftBox::tr("Alpaca (instruction, input, output)");
    if (name == QLatin1String("sharegpt"))
        return SftBox::tr("ShareGPT (conversations: from, value)");
    return SftBox::tr("Chat (messages: role, content)");
}

QString templateTitle(const QString& name)
{
    if (name == QLatin1String("llama2"))
        return SftBox::tr("Llama-2 chat ([INST] … [/INST])");
    if (name == QLatin1String("zephyr"))
        return SftBox::tr("Zephyr (<|user|> … <|assistant|>)");
    if (name == QLatin1String("alpaca"))
        return SftBox::tr("Alpaca (### Instruction: … ### Response:)");
    return SftBox::tr("ChatML (<|im_start|> … <|im_end|>)");
}

} // namespace

SftBox::SftBox(QWidget* parent) : QGroupBox(tr("Instruction data"), parent)
{
    setObjectName(QStringLiteral("trainSftBox"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(ViewHelpers::hintLabel(
        tr("Tick the instruction datasets to tune on. Each record is a conversation; the shape of the records is "
           "detected from the first one (change it if the guess is wrong)."),
        this));
    datasets_ = new QTableWidget(0, ColumnCount, this);
    datasets_->setObjectName(QStringLiteral("trainSftDatasets"));
    datasets_->setHorizontalHeaderLabels({tr("Dataset"), tr("Records look like")});
    datasets_->verticalHeader()->hide();
    datasets_->setSelectionMode(QAbstractItemView::NoSelection);
    datasets_->horizontalHeader()->setSectionResizeMode(DatasetColumn, QHeaderView::Stretch);
    datasets_->horizontalHeader()->setSectionResizeMode(FormatColumn, QHeaderView::ResizeToContents);
    datasets_->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    layout->addWidget(datasets_);
    connect(datasets_, &QTableWidget::itemChanged, this, [this] {
        renderExample();
        Q_EMIT changed();
    });

    template_ = new QComboBox(this);
    template_->setObjectName(QStringLiteral("trainChatTemplate"));
    for (const data::ChatTemplate chatTemplate : data::allChatTemplates()) {
        const QString name = QString::fromLatin1(data::chatTemplateName(chatTemplate));
        template_->addItem(templateTitle(name), name);
    }
    template_->setToolTip(tr("How a conversation is written out as the text the model reads: the markers around "
                             "each turn. A model tuned with one template should be prompted with the same."));
    connect(template_, &QComboBox::activated, this, [this] { templatePicked_ = true; });
    connect(template_, &QComboBox::currentIndexChanged, this, [this] {
        showTemplateText();
        renderExample();
        Q_EMIT changed();
    });
    templateNote_ = new QLabel(this);
    templateNote_->setObjectName(QStringLiteral("trainTemplateNote"));
    templateNote_->setWordWrap(true);
    templateText_ = new QPlainTextEdit(this);
    templateText_->setObjectName(QStringLiteral("trainTemplateText"));
    templateText_->setReadOnly(true);
    templateText_->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    templateText_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    templateText_->setFixedHeight(130);

    packing_ = new QCheckBox(tr("Pack several examples into each sequence"), this);
    packing_->setObjectName(QStringLiteral("trainPacking"));
    packing_->setChecked(true);
    connect(packing_, &QCheckBox::toggled, this, &SftBox::changed);
    auto* packingHint = ViewHelpers::hintLabel(
        tr("Packing fills each sequence with whole examples one after another, so no compute goes to padding; "
           "attention stays inside each example, so they do not see each other. Off: one example per sequence, "
           "padded."),
        this);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Chat template:"), template_);
    form->addRow(QString(), templateNote_);
    form->addRow(QString(), templateText_);
    layout->addLayout(form);
    layout->addWidget(packing_);
    layout->addWidget(packingHint);

    layout->addWidget(ViewHelpers::sectionTitle(tr("The first example, as the model is trained on it"), this));
    exampleLabel_ = new QLabel(this);
    exampleLabel_->setObjectName(QStringLiteral("trainExampleLabel"));
    exampleLabel_->setWordWrap(true);
    exampleLabel_->setTextFormat(Qt::RichText);
    example_ = new QTextEdit(this);
    example_->setObjectName(QStringLiteral("trainExample"));
    example_->setReadOnly(true);
    example_->setMinimumHeight(140);
    layout->addWidget(exampleLabel_);
    layout->addWidget(example_, 1);
    showTemplateText();
    renderExample();
}

SftBox::~SftBox() = default;

QComboBox* SftBox::formatBox(int row) const
{
    return qobject_cast<QComboBox*>(datasets_->cellWidget(row, FormatColumn));
}

void SftBox::setDatasets(const std::vector<DatasetEntry>& datasets)
{
    const std::vector<SftSourceChoice> kept = sources();
    entries_ = datasets;
    {
        const QSignalBlocker blocker(datasets_);
        datasets_->setRowCount(int(entries_.size()));
        for (int row = 0; row < int(entries_.size()); ++row) {
            auto* item = new QTableWidgetItem(entries_[size_t(row)].name);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            item->setToolTip(entries_[size_t(row)].path);
            datasets_->setItem(row, DatasetColumn, item);
            auto* format = new QComboBox(datasets_);
            for (const QString& name : formatNames())
                format->addItem(formatTitle(name), name);
            format->setFrame(false);
            const QString dataset = entries_[size_t(row)].name;
            const auto detected = detectedFormat(dataset);
            const auto chosen = overridden_.find(dataset);
            const QString shown = chosen != overridden_.end() ? chosen->second : detected.value_or(QStringLiteral("chat"));
            format->setCurrentIndex(std::max(0, format->findData(shown)));
            connect(format, &QComboBox::activated, this, [this, format, dataset] {
                overridden_[dataset] = format->currentData().toString();
                renderExample();
                Q_EMIT changed();
            });
            datasets_->setCellWidget(row, FormatColumn, format);
        }
    }
    // As tall as its rows (up to six), so a project's two datasets do not sit in a tall empty table.
    const int rows = std::clamp(datasets_->rowCount(), 1, 6);
    datasets_->setFixedHeight(datasets_->horizontalHeader()->sizeHint().height() + 4 +
                              rows * datasets_->verticalHeader()->defaultSectionSize());
    for (const SftSourceChoice& source : kept)
        setSource(source.dataset, source.format);
    peekNewDatasets();
    renderExample();
}

std::optional<QString> SftBox::detectedFormat(const QString& dataset) const
{
    for (const DatasetEntry& entry : entries_)
        if (entry.name == dataset)
            if (const auto it = peeks_.find(entry.path); it != peeks_.end())
                return it->second.format;
    return std::nullopt;
}

void SftBox::peekNewDatasets()
{
    QStringList paths;
    for (const DatasetEntry& entry : entries_)
        if (!peeks_.contains(entry.path))
            paths << entry.path;
    if (paths.isEmpty())
        return;
    peeking_.run(
        [paths](const std::atomic<bool>& cancel) {
            std::vector<InstructionPeek> peeks;
            for (const QString& path : paths) {
                if (cancel)
                    break;
                peeks.push_back(peekInstructionDataset(path));
            }
            return peeks;
        },
        [this](std::vector<InstructionPeek> peeks, const QString&) {
            for (InstructionPeek& peek : peeks)
                peeks_[peek.path] = std::move(peek);
            for (int row = 0; row < datasets_->rowCount(); ++row) {
                const DatasetEntry& entry = entries_[size_t(row)];
                const auto it = peeks_.find(entry.path);
                if (it == peeks_.end())
                    continue;
                QTableWidgetItem* item = datasets_->item(row, DatasetColumn);
                const QSignalBlocker blocker(datasets_);
                if (it->second.format) {
                    item->setToolTip(tr("%1\nRecords look like: %2").arg(entry.path, *it->second.format));
                    if (!overridden_.contains(entry.name))
                        if (QComboBox* box = formatBox(row))
                            box->setCurrentIndex(std::max(0, box->findData(*it->second.format)));
                } else {
                    item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
                    item->setToolTip(it->second.error.isEmpty()
                                         ? tr("%1\nThe first record is none of the instruction shapes.").arg(entry.path)
                                         : it->second.error);
                }
            }
            renderExample();
            Q_EMIT formatsDetected();
            Q_EMIT changed();
        });
}

void SftBox::setBaseFolder(const QString& folder)
{
    if (folder == baseFolder_ && !guess_.folder.isEmpty())
        return;
    baseFolder_ = folder;
    templateNote_->setText(tr("Looking for the base model's chat template…"));
    guessing_.run([folder](const std::atomic<bool>&) { return guessChatTemplate(folder); },
                  [this](TemplateGuess guess, const QString& error) {
                      guess_ = std::move(guess);
                      if (!error.isEmpty())
                          guess_.error = error;
                      if (guess_.recognised && !templatePicked_) {
                          const QSignalBlocker blocker(template_); // one render below, not two
                          template_->setCurrentIndex(std::max(0, template_->findData(*guess_.recognised)));
                      }
                      showTemplateText();
                      renderExample();
                      Q_EMIT templateGuessed();
                      Q_EMIT changed();
                  });
}

void SftBox::setTokenizer(const QString& tokenizer)
{
    if (tokenizer == tokenizer_)
        return;
    tokenizer_ = tokenizer;
    renderExample();
}

void SftBox::setMaxTokens(qint64 maxTokens)
{
    if (maxTokens == maxTokens_)
        return;
    maxTokens_ = maxTokens;
    renderExample();
}

void SftBox::showTemplateText()
{
    const auto chatTemplate = data::parseChatTemplate(template_->currentData().toString().toStdString());
    templateText_->setPlainText(chatTemplate ? QString::fromStdString(data::chatTemplateDescription(*chatTemplate))
                                             : QString());
    QString note;
    if (!guess_.error.isEmpty())
        note = tr("The base model's tokenizer_config.json could not be read (%1): choose the template.").arg(guess_.error);
    else if (guess_.recognised && *guess_.recognised == template_->currentData().toString())
        note = tr("Recognised from the base model's own chat template: prompt the tuned model the same way.");
    else if (guess_.recognised)
        note = tr("The base model ships the %1 template; you chose another.").arg(templateTitle(*guess_.recognised));
    else if (guess_.hasTemplate)
        note = tr("The base model's own chat template is none of these: choose the closest.");
    else
        note = tr("The base model has no chat template of its own: choose one.");
    templateNote_->setText(note);
}

void SftBox::renderExample()
{
    QString dataset;
    QString format;
    for (int row = 0; row < datasets_->rowCount() && dataset.isEmpty(); ++row)
        if (datasets_->item(row, DatasetColumn)->checkState() == Qt::Checked) {
            dataset = entries_[size_t(row)].path;
            format = formatBox(row) != nullptr ? formatBox(row)->currentData().toString() : QString();
        }
    if (dataset.isEmpty() || tokenizer_.isEmpty()) {
        renderedKey_.clear();
        rendering_.cancel();
        preview_ = {};
        example_->clear();
        exampleLabel_->setText(dataset.isEmpty() ? tr("Tick a dataset to see its first example here.")
                                                 : tr("Choose a tokenizer to see the first example as tokens."));
        Q_EMIT exampleRendered();
        return;
    }
    const QString chatTemplate = template_->currentData().toString();
    // The catalog is read again every few seconds while a run goes: the same inputs are not
    // rendered again.
    const QString key = QStringList{dataset, format, chatTemplate, tokenizer_, QString::number(maxTokens_)}.join(QChar(0));
    if (key == renderedKey_ && (rendering_.isRunning() || preview_.totalTokens > 0))
        return;
    renderedKey_ = key;
    exampleLabel_->setText(tr("Rendering the first example…"));
    const QString tokenizer = tokenizer_;
    const qint64 maxTokens = maxTokens_;
    rendering_.run(
        [dataset, format, chatTemplate, tokenizer, maxTokens](const std::atomic<bool>&) {
            return renderFirstExample(dataset, format, chatTemplate, tokenizer, maxTokens);
        },
        [this](RenderedPreview preview, const QString& error) {
            preview_ = std::move(preview);
            if (!error.isEmpty())
                preview_.error = error;
            if (!preview_.error.isEmpty()) {
                example_->clear();
                exampleLabel_->setText(tr("The example cannot be shown: %1").arg(preview_.error.toHtmlEscaped()));
            } else {
                example_->setHtml(preview_.html());
                QString label = tr("<span style=\"background-color: %1;\">&nbsp;trained&nbsp;</span> "
                                   "<span style=\"color: %2;\">context</span> · %3 of %4 tokens trained "
                                   "(line %5)")
                                    .arg(QLatin1String(kTrainedBackground), QLatin1String(kContextColor),
                                         QLocale().toString(preview_.trainedTokens),
                                         QLocale().toString(preview_.totalTokens))
                                    .arg(preview_.line);
                if (preview_.truncated)
                    label += tr(" · cut at the sequence length");
                exampleLabel_->setText(label);
            }
            Q_EMIT exampleRendered();
        });
}

std::vector<SftSourceChoice> SftBox::sources() const
{
    std::vector<SftSourceChoice> chosen;
    for (int row = 0; row < datasets_->rowCount(); ++row) {
        const QTableWidgetItem* item = datasets_->item(row, DatasetColumn);
        if (item == nullptr || item->checkState() != Qt::Checked)
            continue;
        const QComboBox* format = formatBox(row);
        chosen.push_back({item->text(), format != nullptr ? format->currentData().toString() : QStringLiteral("chat")});
    }
    return chosen;
}

QString SftBox::chatTemplate() const
{
    return template_->currentData().toString();
}

bool SftBox::packing() const
{
    return packing_->isChecked();
}

bool SftBox::setSource(const QString& dataset, const QString& format, bool used)
{
    for (int row = 0; row < datasets_->rowCount(); ++row) {
        if (datasets_->item(row, DatasetColumn)->text() != dataset)
            continue;
        if (QComboBox* box = formatBox(row); box != nullptr && !format.isEmpty()) {
            const int index = box->findData(format);
            if (index >= 0) {
                box->setCurrentIndex(index);
                overridden_[dataset] = format;
            }
        }
        datasets_->item(row, DatasetColumn)->setCheckState(used ? Qt::Checked : Qt::Unchecked);
        return true;
    }
    return false;
}

QStringList SftBox::setChoice(const std::vector<SftSourceChoice>& sources, const QString& chatTemplate, bool packing)
{
    QStringList missing;
    {
        const QSignalBlocker blocker(datasets_);
        for (int row = 0; row < datasets_->rowCount(); ++row)
            datasets_->item(row, DatasetColumn)->setCheckState(Qt::Unchecked);
        for (const SftSourceChoice& source : sources)
            if (!setSource(source.dataset, source.format))
                missing << source.dataset;
    }
    if (const int index = template_->findData(chatTemplate); index >= 0) {
        templatePicked_ = true; // the spec's choice stands
        template_->setCurrentIndex(index);
    }
    packing_->setChecked(packing);
    renderExample();
    Q_EMIT changed();
    return missing;
}

} // namespace adaptlab::train_panel
