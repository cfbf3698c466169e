#include "tokenizer_dialogs.h"

#include "file_dialogs.h"
#include "param_form.h"
#include "tokenizer_jobs.h"
#include "view_helpers.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace adaptlab::tokenizer_panel {

TrainTokenizerDialog::TrainTokenizerDialog(const std::vector<DatasetEntry>& datasets, const QStringList& checked,
                                           QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Train a tokenizer"));
    auto* intro = new QLabel(tr("A tokenizer learns its vocabulary from a sample of your datasets: pieces that "
                                "are common there become single tokens. Train one when you start a model from "
                                "scratch on your domain; to adapt an existing model, keep that model's own "
                                "tokenizer (import it) and use this one to see what it is missing."), this);
    intro->setWordWrap(true);

    datasets_ = new QListWidget(this);
    datasets_->setObjectName(QStringLiteral("trainDatasets"));
    datasets_->setToolTip(tr("The datasets the tokenizer learns from; each gives an equal share of the sample."));
    for (const DatasetEntry& dataset : datasets) {
        auto* item = new QListWidgetItem(dataset.name, datasets_);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(dataset.name) ? Qt::Checked : Qt::Unchecked);
    }
    datasets_->setMaximumHeight(120);
    connect(datasets_, &QListWidget::itemChanged, this, &TrainTokenizerDialog::updateOk);

    // The panel chooses the inputs and where the file goes; the form shows the rest of the schema.
    form_ = new ParamForm(kTrainKind, {},
                          {"datasets", "files", "path", "measure_datasets", "measure_files", "out_dir", "text_field"}, this);
    form_->setObjectName(QStringLiteral("trainForm"));
    form_->setLabel("name", tr("Name"));
    form_->setLabel("vocab_size", tr("Vocabulary size"));
    form_->setLabel("model_type", tr("Model type"));
    form_->setLabel("sample_documents", tr("Sample size"));
    form_->setLabel("eval_documents", tr("Held-out documents"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(form_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    ok_ = buttons->button(QDialogButtonBox::Ok);
    ok_->setText(tr("Train"));
    ok_->setToolTip(tr("Starts the training as a job; follow it in the Jobs dock. The tokenizer appears in the "
                       "list when it has finished."));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(ViewHelpers::sectionTitle(tr("Datasets to learn from"), this));
    layout->addWidget(datasets_);
    layout->addWidget(ViewHelpers::sectionTitle(tr("Settings"), this));
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(620, 640);
    updateOk();
}

QStringList TrainTokenizerDialog::chosenDatasets() const
{
    QStringList names;
    for (int i = 0; i < datasets_->count(); ++i)
        if (datasets_->item(i)->checkState() == Qt::Checked)
            names << datasets_->item(i)->text();
    return names;
}

void TrainTokenizerDialog::setChosenDatasets(const QStringList& names)
{
    for (int i = 0; i < datasets_->count(); ++i)
        datasets_->item(i)->setCheckState(names.contains(datasets_->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
}

QString TrainTokenizerDialog::spec(const QString& projectDir) const
{
    return trainSpec(projectDir, chosenDatasets(), form_->values());
}

void TrainTokenizerDialog::updateOk()
{
    const bool any = !chosenDatasets().isEmpty();
    ok_->setEnabled(any);
    if (!any)
        ok_->setToolTip(tr("Tick at least one dataset to learn from."));
}

ImportTokenizerDialog::ImportTokenizerDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Import a tokenizer"));
    auto* intro = new QLabel(tr("To adapt an existing model, use the tokenizer it was trained with: it is in the "
                                "model's folder (a Hugging Face download) as tokenizer.model (SentencePiece: "
                                "Llama 2, Mistral, TinyLlama) or tokenizer.json (Llama 3, Qwen2, SmolLM, GPT-2). "
                                "The files are copied into the project."), this);
    intro->setWordWrap(true);

    source_ = new QLineEdit(this);
    source_->setObjectName(QStringLiteral("importSource"));
    source_->setToolTip(tr("A model folder, or the tokenizer.model or tokenizer.json file itself."));
    auto* browse = new QPushButton(tr("Browse…"), this);
    browse->setToolTip(tr("Choose the model folder."));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = getExistingDirectory(this, tr("Model folder"), source_->text().isEmpty() ? QDir::homePath() : source_->text());
        if (!dir.isEmpty())
            source_->setText(dir);
    });
    name_ = new QLineEdit(this);
    name_->setObjectName(QStringLiteral("importName"));
    name_->setToolTip(tr("How the tokenizer is called in this project (default: the folder's name)."));
    connect(source_, &QLineEdit::textChanged, this, [this](const QString& text) {
        name_->setPlaceholderText(QFileInfo(text).isDir() ? QFileInfo(text).fileName()
                                                          : QFileInfo(QFileInfo(text).absolutePath()).fileName());
        updateOk();
    });

    auto* sourceRow = new QHBoxLayout;
    sourceRow->addWidget(source_, 1);
    sourceRow->addWidget(browse);
    auto* form = new QFormLayout;
    auto* sourceBox = new QVBoxLayout;
    sourceBox->addLayout(sourceRow);
    sourceBox->addWidget(ViewHelpers::hintLabel(source_->toolTip(), this));
    form->addRow(tr("Source"), sourceBox);
    auto* nameBox = new QVBoxLayout;
    nameBox->addWidget(name_);
    nameBox->addWidget(ViewHelpers::hintLabel(name_->toolTip(), this));
    form->addRow(tr("Name"), nameBox);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    ok_ = buttons->button(QDialogButtonBox::Ok);
    ok_->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(560, 300);
    updateOk();
}

QString ImportTokenizerDialog::spec(const QString& projectDir) const
{
    return importSpec(projectDir, source_->text().trimmed(), name_->text());
}

void ImportTokenizerDialog::updateOk()
{
    ok_->setEnabled(!source_->text().trimmed().isEmpty());
}

} // namespace adaptlab::tokenizer_panel
