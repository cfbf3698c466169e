#include "plan_train_dialog.h"

#include "base_model.h"
#include "file_dialogs.h"

#include "model/llama_config.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace adaptlab::mixture {

PlanTrainDialog::PlanTrainDialog(const QString& summary, const QStringList& checkpoints, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("planTrainDialog"));
    setWindowTitle(tr("Train with this plan"));
    auto* text = new QLabel(summary, this);
    text->setWordWrap(true);

    base_ = new QComboBox(this);
    base_->setObjectName(QStringLiteral("planTrainBase"));
    base_->setEditable(true); // a Hugging Face folder may be typed
    base_->setToolTip(tr("The model to continue training: a size preset trained from scratch, a checkpoint of an earlier "
                         "run, or a Hugging Face model folder."));
    for (const model::ModelPreset& preset : model::modelPresets()) {
        base_->addItem(tr("Preset %1 (from scratch)").arg(QString::fromStdString(preset.name)),
                       train_panel::kPresetPrefix + QString::fromStdString(preset.name));
        base_->setItemData(base_->count() - 1, QCoreApplication::translate("ModelPresets", preset.description), Qt::ToolTipRole);
    }
    for (const QString& checkpoint : checkpoints)
        base_->addItem(checkpoint, checkpoint);
    auto* browse = new QPushButton(tr("Folder…"), this);
    browse->setToolTip(tr("Choose a Hugging Face model folder (config.json and safetensors)."));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = getExistingDirectory(this, tr("Base model folder"), QString());
        if (!dir.isEmpty())
            base_->setEditText(dir);
    });
    auto* row = new QHBoxLayout;
    row->addWidget(base_, 1);
    row->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("Base model"), row);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start training"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

QString PlanTrainDialog::base() const
{
    // A listed entry carries the spec's name; typed text is a folder.
    const int index = base_->findText(base_->currentText());
    return index >= 0 ? base_->itemData(index).toString() : base_->currentText().trimmed();
}

} // namespace adaptlab::mixture
