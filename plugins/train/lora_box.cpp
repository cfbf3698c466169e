#include "lora_box.h"

#include "base_model.h"
#include "view_helpers.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace adaptlab::train_panel {

const QStringList& loraTargetNames()
{
    static const QStringList names{QStringLiteral("q"),    QStringLiteral("k"),  QStringLiteral("v"),
                                   QStringLiteral("o"),    QStringLiteral("gate"), QStringLiteral("up"),
                                   QStringLiteral("down")};
    return names;
}

model::LoraConfig toLoraConfig(const LoraChoice& choice)
{
    model::LoraConfig config;
    config.rank = choice.rank;
    config.alpha = choice.alpha;
    config.dropout = choice.dropout;
    config.targets.clear();
    for (const QString& name : loraTargetNames())
        if (choice.targets.contains(name))
            config.targets.push_back(name.toStdString());
    return config;
}

LoraBox::LoraBox(QWidget* parent) : QGroupBox(tr("LoRA adapters"), parent)
{
    setObjectName(QStringLiteral("trainLoraBox"));
    auto* layout = new QVBoxLayout(this);
    enable_ = new QCheckBox(tr("Train LoRA adapters only (the base weights stay frozen)"), this);
    enable_->setObjectName(QStringLiteral("trainLoraEnable"));
    layout->addWidget(enable_);
    layout->addWidget(ViewHelpers::hintLabel(
        tr("LoRA adds two small matrices beside each chosen weight and trains only those: a fraction of the "
           "memory (no gradients or optimizer state for the frozen weights) and an adapter of a few megabytes "
           "that PEFT and this app load on top of the base, or fold into it."),
        this));

    settings_ = new QWidget(this);
    auto* form = new QFormLayout(settings_);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    rank_ = new QSpinBox(settings_);
    rank_->setObjectName(QStringLiteral("trainLoraRank"));
    rank_->setRange(1, 1024);
    rank_->setValue(8);
    rank_->setToolTip(tr("The rank r of each adapter: how much it can change. 8 to 64 is usual; higher trains "
                         "more parameters."));
    alpha_ = new QDoubleSpinBox(settings_);
    alpha_->setObjectName(QStringLiteral("trainLoraAlpha"));
    alpha_->setRange(0.01, 4096);
    alpha_->setDecimals(2);
    alpha_->setValue(16);
    alpha_->setToolTip(tr("The adapter's update is scaled by alpha / r: twice the rank is a common choice."));
    dropout_ = new QDoubleSpinBox(settings_);
    dropout_->setObjectName(QStringLiteral("trainLoraDropout"));
    dropout_->setRange(0, 0.9);
    dropout_->setSingleStep(0.05);
    dropout_->setDecimals(2);
    dropout_->setValue(0.05);
    dropout_->setToolTip(tr("Dropout on the adapter's input while training, against over-fitting small data."));
    auto* targetRow = new QWidget(settings_);
    auto* targetLayout = new QHBoxLayout(targetRow);
    targetLayout->setContentsMargins(0, 0, 0, 0);
    for (const QString& name : loraTargetNames()) {
        auto* box = new QCheckBox(name, targetRow);
        box->setObjectName(QStringLiteral("trainLoraTarget_") + name);
        box->setChecked(LoraChoice().targets.contains(name));
        box->setToolTip(tr("Adapt the %1_proj weight of every layer.").arg(name));
        targetLayout->addWidget(box);
        targets_[name] = box;
        connect(box, &QCheckBox::toggled, this, &LoraBox::update);
    }
    targetLayout->addStretch(1);
    form->addRow(tr("Rank:"), rank_);
    form->addRow(tr("Alpha:"), alpha_);
    form->addRow(tr("Dropout:"), dropout_);
    form->addRow(tr("Adapt:"), targetRow);
    layout->addWidget(settings_);
    layout->addWidget(ViewHelpers::hintLabel(tr("q, k, v, o: the attention projections; gate, up, down: the MLP's. "
                                                "Attention only is the classic choice; adding the MLP learns more at "
                                                "more cost."),
                                             this));
    count_ = new QLabel(this);
    count_->setObjectName(QStringLiteral("trainLoraCount"));
    count_->setWordWrap(true);
    layout->addWidget(count_);

    connect(enable_, &QCheckBox::toggled, this, &LoraBox::update);
    connect(rank_, &QSpinBox::valueChanged, this, &LoraBox::update);
    connect(alpha_, &QDoubleSpinBox::valueChanged, this, &LoraBox::update);
    connect(dropout_, &QDoubleSpinBox::valueChanged, this, &LoraBox::update);
    update();
}

QCheckBox* LoraBox::targetBox(const QString& target) const
{
    const auto it = targets_.find(target);
    return it != targets_.end() ? it->second : nullptr;
}

void LoraBox::setModelConfig(const std::optional<model::LlamaConfig>& config)
{
    config_ = config;
    update();
}

LoraChoice LoraBox::choice() const
{
    LoraChoice choice;
    choice.enabled = enable_->isChecked();
    choice.rank = rank_->value();
    choice.alpha = alpha_->value();
    choice.dropout = dropout_->value();
    choice.targets.clear();
    for (const QString& name : loraTargetNames())
        if (targets_.at(name)->isChecked())
            choice.targets << name;
    return choice;
}

void LoraBox::setChoice(const LoraChoice& choice)
{
    const QSignalBlocker blockEnable(enable_);
    enable_->setChecked(choice.enabled);
    rank_->setValue(int(choice.rank));
    alpha_->setValue(choice.alpha);
    dropout_->setValue(choice.dropout);
    for (const auto& [name, box] : targets_)
        box->setChecked(choice.targets.contains(name));
    update();
}

qint64 LoraBox::trainableParameters() const
{
    if (!config_ || !enable_->isChecked())
        return 0;
    const model::LoraConfig lora = toLoraConfig(choice());
    return lora.targets.empty() ? 0 : model::loraParameterCount(*config_, lora);
}

void LoraBox::update()
{
    settings_->setEnabled(enable_->isChecked());
    if (!enable_->isChecked()) {
        count_->setText(config_ ? tr("Every weight is trained: %1 parameters.")
                                      .arg(parameterCount(config_->parameterCount()))
                                : QString());
    } else if (choice().targets.isEmpty()) {
        count_->setText(tr("Tick at least one projection to adapt."));
    } else if (!config_) {
        count_->setText(tr("The trainable parameters show here once the base model is read."));
    } else {
        const qint64 trainable = trainableParameters();
        const qint64 full = config_->parameterCount();
        count_->setText(tr("Trains %1 parameters: %2 of the model's %3.")
                            .arg(parameterCount(trainable),
                                 ViewHelpers::percent(full > 0 ? double(trainable) / double(full) : 0.0),
                                 parameterCount(full)));
    }
    Q_EMIT changed();
}

} // namespace adaptlab::train_panel
