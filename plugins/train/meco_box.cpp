#include "meco_box.h"

#include "view_helpers.h"

#include "data/meco.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <cmath>

namespace adaptlab::train_panel {

namespace {

// The fields every project can condition on: the URL's host, and the source the demo data names.
const QStringList& standardFields()
{
    static const QStringList fields{QStringLiteral("url"), QStringLiteral("source")};
    return fields;
}

data::MecoOptions toOptions(const MecoChoice& choice)
{
    data::MecoOptions options;
    options.enabled = choice.enabled;
    options.field = choice.field.toStdString();
    options.label = choice.label.toStdString();
    options.hashed = choice.hashed;
    options.cooldownFraction = choice.cooldown;
    return options;
}

} // namespace

const std::vector<MecoBox::Preset>& MecoBox::presets()
{
    static const std::vector<Preset> list{
        {QT_TRANSLATE_NOOP("MecoBox", "MeCo (paper: 90% with metadata, 10% cooldown)"), 0.1, false},
        {QT_TRANSLATE_NOOP("MecoBox", "No cooldown (ablation)"), 0.0, false},
        {QT_TRANSLATE_NOOP("MecoBox", "Hashed metadata (ablation)"), 0.1, true},
    };
    return list;
}

MecoBox::MecoBox(QWidget* parent) : QGroupBox(tr("Metadata conditioning (MeCo)"), parent)
{
    setObjectName(QStringLiteral("trainMecoBox"));
    auto* layout = new QVBoxLayout(this);
    enable_ = new QCheckBox(tr("Start each document with its metadata, then cool down on plain text"), this);
    enable_->setObjectName(QStringLiteral("trainMecoEnable"));
    layout->addWidget(enable_);
    auto* hint = ViewHelpers::hintLabel(
        tr("For most of the run each document is preceded by its metadata (\"URL: en.wikipedia.org\", "
           "\"Source: foldoc\"), which the model reads but is not trained to write; the last steps train "
           "on plain documents, so the model works without metadata and can be steered with it. "
           "<a href=\"adaptlab-help:glossary#meco\">What MeCo is</a>"),
        this);
    hint->setObjectName(QStringLiteral("trainMecoHint"));
    hint->setTextFormat(Qt::RichText);
    hint->setOpenExternalLinks(true);
    hint->setTextInteractionFlags(Qt::TextBrowserInteraction);
    layout->addWidget(hint);

    settings_ = new QWidget(this);
    auto* form = new QFormLayout(settings_);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    preset_ = new QComboBox(settings_);
    preset_->setObjectName(QStringLiteral("trainMecoPreset"));
    preset_->addItem(tr("Custom"));
    for (const Preset& preset : presets())
        preset_->addItem(QCoreApplication::translate("MecoBox", preset.title));
    preset_->setToolTip(tr("The paper's recipe and its two ablations (Gao et al. 2025); changing a setting below "
                           "makes it Custom."));
    field_ = new QComboBox(settings_);
    field_->setObjectName(QStringLiteral("trainMecoField"));
    field_->setEditable(true);
    field_->addItems(standardFields());
    field_->setToolTip(tr("The JSON field of each record the prefix comes from: url (the URL's host, subdomains "
                          "kept) or any other field such as source or topic. Records without it train plainly."));
    label_ = new QLineEdit(settings_);
    label_->setObjectName(QStringLiteral("trainMecoLabel"));
    label_->setToolTip(tr("The word before the value in the prefix; empty: URL for url, else the field's name "
                          "capitalised."));
    cooldown_ = new QDoubleSpinBox(settings_);
    cooldown_->setObjectName(QStringLiteral("trainMecoCooldown"));
    cooldown_->setRange(0, 90);
    cooldown_->setDecimals(1);
    cooldown_->setSingleStep(5);
    cooldown_->setSuffix(QStringLiteral(" %"));
    cooldown_->setValue(10);
    cooldown_->setToolTip(tr("The share of the final steps trained on plain documents, with the same optimizer "
                             "state and learning-rate schedule (0: no cooldown, the paper's ablation)."));
    hash_ = new QCheckBox(tr("Replace the metadata by a stable hash (keeps the grouping, not the words)"), settings_);
    hash_->setObjectName(QStringLiteral("trainMecoHash"));
    form->addRow(tr("Preset:"), preset_);
    form->addRow(tr("Metadata field:"), field_);
    form->addRow(tr("Label:"), label_);
    form->addRow(tr("Cooldown:"), cooldown_);
    form->addRow(QString(), hash_);
    layout->addWidget(settings_);
    phases_ = new QLabel(this);
    phases_->setObjectName(QStringLiteral("trainMecoPhases"));
    phases_->setWordWrap(true);
    layout->addWidget(phases_);

    connect(enable_, &QCheckBox::toggled, this, &MecoBox::update);
    connect(preset_, &QComboBox::activated, this, &MecoBox::applyPreset);
    connect(field_, &QComboBox::currentTextChanged, this, &MecoBox::update);
    connect(label_, &QLineEdit::textChanged, this, &MecoBox::update);
    connect(cooldown_, &QDoubleSpinBox::valueChanged, this, &MecoBox::update);
    connect(hash_, &QCheckBox::toggled, this, &MecoBox::update);
    update();
}

void MecoBox::setFields(const QStringList& fields)
{
    const QString current = field_->currentText();
    const QSignalBlocker block(field_);
    field_->clear();
    QStringList all = standardFields();
    for (const QString& field : fields)
        if (!all.contains(field))
            all << field;
    field_->addItems(all);
    field_->setCurrentText(current);
}

void MecoBox::setSteps(qint64 steps)
{
    steps_ = steps;
    update();
}

MecoChoice MecoBox::choice() const
{
    MecoChoice choice;
    choice.enabled = enable_->isChecked();
    choice.field = field_->currentText().trimmed();
    choice.label = label_->text().trimmed();
    choice.hashed = hash_->isChecked();
    // The box shows percent; the spec holds the fraction (rounded so 10 % is 0.1 exactly).
    choice.cooldown = std::round(cooldown_->value() * 10.0) / 1000.0;
    return choice;
}

void MecoBox::setChoice(const MecoChoice& choice)
{
    {
        const QSignalBlocker blockEnable(enable_), blockField(field_), blockLabel(label_), blockCooldown(cooldown_),
            blockHash(hash_);
        enable_->setChecked(choice.enabled);
        if (field_->findText(choice.field) < 0)
            field_->addItem(choice.field);
        field_->setCurrentText(choice.field);
        label_->setText(choice.label);
        cooldown_->setValue(choice.cooldown * 100.0);
        hash_->setChecked(choice.hashed);
    }
    update();
}

void MecoBox::applyPreset(int index)
{
    if (index <= 0 || index > int(presets().size()))
        return; // "Custom" changes nothing
    const Preset& preset = presets()[size_t(index - 1)];
    {
        const QSignalBlocker blockCooldown(cooldown_), blockHash(hash_);
        cooldown_->setValue(preset.cooldown * 100.0);
        hash_->setChecked(preset.hashed);
    }
    update();
}

void MecoBox::update()
{
    settings_->setEnabled(enable_->isChecked());
    const MecoChoice current = choice();
    // The preset the settings are, else Custom.
    int presetIndex = 0;
    for (size_t i = 0; i < presets().size(); ++i)
        if (std::abs(presets()[i].cooldown - current.cooldown) < 1e-9 && presets()[i].hashed == current.hashed)
            presetIndex = int(i) + 1;
    {
        const QSignalBlocker block(preset_);
        preset_->setCurrentIndex(presetIndex);
    }
    const data::MecoOptions options = toOptions(current);
    label_->setPlaceholderText(QString::fromStdString(data::MecoOptions{.field = options.field}.effectiveLabel()));
    if (!current.enabled) {
        phases_->setText(tr("Plain documents throughout."));
    } else if (current.field.isEmpty()) {
        phases_->setText(tr("Name the metadata field the prefixes come from."));
    } else {
        const QString example = QString::fromStdString(
            data::mecoPrefixText(options, options.field == "url" ? "en.wikipedia.org" : "foldoc"));
        const QString shown = example.trimmed().toHtmlEscaped();
        if (steps_ <= 0) {
            phases_->setText(tr("Prefix: <tt>%1</tt>").arg(shown));
        } else {
            const qint64 cooldown = data::mecoCooldownStep(options, steps_);
            phases_->setText(cooldown >= steps_
                                 ? tr("Prefix: <tt>%1</tt>. Steps 1-%2 with metadata, no cooldown.").arg(shown).arg(steps_)
                                 : tr("Prefix: <tt>%1</tt>. Steps 1-%2 with metadata, steps %3-%4 plain (cooldown).")
                                       .arg(shown)
                                       .arg(cooldown)
                                       .arg(cooldown + 1)
                                       .arg(steps_));
        }
    }
    Q_EMIT changed();
}

} // namespace adaptlab::train_panel
