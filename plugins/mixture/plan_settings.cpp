#include "plan_settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <climits>
#include <cmath>

namespace adaptlab::mixture {

namespace {

QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setOpenExternalLinks(true); // adaptlab-help: links open the Help window
    label->setProperty("role", QStringLiteral("hint"));
    return label;
}

QDoubleSpinBox* percentBox(QWidget* parent, double max, const QString& tip)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(0.0, max);
    box->setDecimals(1);
    box->setSuffix(QStringLiteral(" %"));
    box->setToolTip(tip);
    return box;
}

} // namespace

PlanSettings::PlanSettings(QWidget* parent) : QWidget(parent)
{
    // Budget.
    auto* budget = new QGroupBox(tr("Budget"), this);
    auto* budgetForm = new QFormLayout(budget);
    totalTokens_ = new QDoubleSpinBox(budget);
    totalTokens_->setObjectName(QStringLiteral("totalTokens"));
    totalTokens_->setDecimals(0);
    totalTokens_->setRange(1, 1e15);
    totalTokens_->setSingleStep(100'000);
    totalTokens_->setGroupSeparatorShown(true);
    totalTokens_->setToolTip(tr("Tokens the run trains on, all sources together (each step trains on sequence length × "
                                "global batch tokens)."));
    budgetForm->addRow(tr("Total tokens"), totalTokens_);
    seqLen_ = new QSpinBox(budget);
    seqLen_->setObjectName(QStringLiteral("seqLen"));
    seqLen_->setRange(2, 1 << 20);
    seqLen_->setToolTip(tr("Tokens per training row; documents are packed into rows of this length."));
    budgetForm->addRow(tr("Sequence length"), seqLen_);
    globalBatch_ = new QSpinBox(budget);
    globalBatch_->setObjectName(QStringLiteral("globalBatch"));
    globalBatch_->setRange(1, 1 << 20);
    globalBatch_->setToolTip(tr("Rows per optimizer step, over all workers."));
    budgetForm->addRow(tr("Global batch"), globalBatch_);
    seed_ = new QSpinBox(budget);
    seed_->setObjectName(QStringLiteral("planSeed"));
    seed_->setRange(0, INT_MAX);
    seed_->setToolTip(tr("Seed of the data order: the same plan and seed give every step the same sources."));
    budgetForm->addRow(tr("Seed"), seed_);
    steps_ = new QLabel(budget);
    steps_->setObjectName(QStringLiteral("planSteps"));
    budgetForm->addRow(tr("Steps"), steps_);

    // Replay.
    auto* replayGroup = new QGroupBox(tr("Replay"), this);
    auto* replayLayout = new QVBoxLayout(replayGroup);
    auto* replayRow = new QHBoxLayout;
    replay_ = percentBox(replayGroup, 90.0,
                         tr("The replay sources' share of EVERY batch; the domain sources share the rest by weight."));
    replay_->setObjectName(QStringLiteral("replayFraction"));
    replayRow->addWidget(new QLabel(tr("General data in every batch"), replayGroup));
    replayRow->addWidget(replay_);
    auto* weak = new QPushButton(tr("5%"), replayGroup);
    weak->setObjectName(QStringLiteral("replayWeakButton"));
    weak->setToolTip(tr("A weak shift: the domain is close to the model's general data (e.g. more of the same language)."));
    auto* strong = new QPushButton(tr("25%"), replayGroup);
    strong->setObjectName(QStringLiteral("replayStrongButton"));
    strong->setToolTip(tr("A strong shift: a new language or a very different domain."));
    connect(weak, &QPushButton::clicked, this, [this] { replay_->setValue(5.0); });
    connect(strong, &QPushButton::clicked, this, [this] { replay_->setValue(25.0); });
    replayRow->addWidget(weak);
    replayRow->addWidget(strong);
    replayRow->addStretch(1);
    replayLayout->addLayout(replayRow);
    auto* guidance = note(tr("About 5% for a weak shift, 25% for a strong one (Ibrahim et al. 2024). Tick the general "
                             "sources as <a href=\"adaptlab-help:glossary#replay\">replay</a> in the table."),
                          replayGroup);
    guidance->setObjectName(QStringLiteral("replayGuidance"));
    replayLayout->addWidget(guidance);

    // End-of-training upsampling.
    auto* upsampleGroup = new QGroupBox(tr("End-of-training upsampling"), this);
    auto* upsampleLayout = new QFormLayout(upsampleGroup);
    upsample_ = new QCheckBox(tr("Upsample the domain at the end of training"), upsampleGroup);
    upsample_->setObjectName(QStringLiteral("upsampleCheck"));
    upsample_->setToolTip(tr("From the start below to the end of the run the sources take their \"Weight at the end\"; "
                             "never the whole run."));
    upsampleLayout->addRow(upsample_);
    upsampleStart_ = percentBox(upsampleGroup, 99.0, tr("Progress where upsampling begins; 80–90% is usual (the final "
                                                        "10–20% of steps, Blakeney et al. 2024)."));
    upsampleStart_->setObjectName(QStringLiteral("upsampleStart"));
    upsampleStart_->setMinimum(1.0);
    upsampleLayout->addRow(tr("Starts at"), upsampleStart_);
    upsampleReplay_ = percentBox(upsampleGroup, 90.0, tr("The replay fraction while upsampling; \"as before\" keeps the plan's."));
    upsampleReplay_->setObjectName(QStringLiteral("upsampleReplay"));
    upsampleReplay_->setMinimum(-1.0);
    upsampleReplay_->setSpecialValueText(tr("as before"));
    upsampleLayout->addRow(tr("Replay then"), upsampleReplay_);
    upsampleLayout->addRow(note(tr("<a href=\"adaptlab-help:glossary#upsampling\">Upsampling</a> the domain over the "
                                   "final 10–20% of steps (start at 80–90%) sharpens it without the forgetting of a "
                                   "whole run on domain data."),
                                upsampleGroup));

    // MeCo.
    auto* mecoGroup = new QGroupBox(tr("Metadata conditioning (MeCo)"), this);
    auto* mecoForm = new QFormLayout(mecoGroup);
    meco_ = new QCheckBox(tr("Prefix each document with its metadata, then cool down on plain text"), mecoGroup);
    meco_->setObjectName(QStringLiteral("mecoCheck"));
    meco_->setToolTip(tr("Gao et al. 2025: \"URL: host\" (or another field) before each document for most of training, "
                         "plain documents in the cooldown, so the model also works without metadata."));
    mecoForm->addRow(meco_);
    mecoField_ = new QComboBox(mecoGroup);
    mecoField_->setObjectName(QStringLiteral("mecoField"));
    mecoField_->setEditable(true);
    mecoField_->addItems({QStringLiteral("url"), QStringLiteral("source"), QStringLiteral("topic")});
    mecoField_->setToolTip(tr("The metadata field the shards were built with: url (its host), or any other field."));
    mecoForm->addRow(tr("Field"), mecoField_);
    mecoLabel_ = new QLineEdit(mecoGroup);
    mecoLabel_->setObjectName(QStringLiteral("mecoLabel"));
    mecoLabel_->setToolTip(tr("The prefix's label; empty: URL for url, else the field's name (Source, Topic)."));
    mecoForm->addRow(tr("Label"), mecoLabel_);
    mecoHashed_ = new QCheckBox(tr("Hashed metadata (the paper's ablation)"), mecoGroup);
    mecoHashed_->setObjectName(QStringLiteral("mecoHashed"));
    mecoHashed_->setToolTip(tr("Replace each value by a stable hash: the grouping is kept, the words are gone."));
    mecoForm->addRow(mecoHashed_);
    cooldown_ = percentBox(mecoGroup, 99.0, tr("The last share of the steps trained on plain documents; 10% in the paper, "
                                               "0 = the no-cooldown ablation."));
    cooldown_->setObjectName(QStringLiteral("mecoCooldown"));
    mecoForm->addRow(tr("Cooldown"), cooldown_);
    mecoForm->addRow(note(tr("See <a href=\"adaptlab-help:glossary#meco\">MeCo</a>."), mecoGroup));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(budget);
    layout->addWidget(replayGroup);
    layout->addWidget(upsampleGroup);
    layout->addWidget(mecoGroup);
    layout->addStretch(1);

    const auto changed = [this] {
        updateEnabled();
        updateSteps();
        if (!showing_)
            Q_EMIT edited();
    };
    for (QDoubleSpinBox* box : {totalTokens_, replay_, upsampleStart_, upsampleReplay_, cooldown_})
        connect(box, &QDoubleSpinBox::valueChanged, this, changed);
    for (QSpinBox* box : {seqLen_, globalBatch_, seed_})
        connect(box, &QSpinBox::valueChanged, this, changed);
    for (QCheckBox* box : {upsample_, meco_, mecoHashed_})
        connect(box, &QCheckBox::toggled, this, changed);
    connect(mecoField_, &QComboBox::currentTextChanged, this, changed);
    connect(mecoLabel_, &QLineEdit::textChanged, this, changed);
    showPlan(data::MixturePlan{});
}

void PlanSettings::showPlan(const data::MixturePlan& plan)
{
    showing_ = true;
    totalTokens_->setValue(static_cast<double>(plan.totalTokens));
    seqLen_->setValue(static_cast<int>(plan.seqLen));
    globalBatch_->setValue(static_cast<int>(plan.globalBatch));
    seed_->setValue(static_cast<int>(std::min<uint64_t>(plan.seed, INT_MAX)));
    replay_->setValue(plan.replayFraction * 100.0);
    upsample_->setChecked(plan.upsample.has_value());
    const data::UpsamplePhase phase = plan.upsample.value_or(data::UpsamplePhase{});
    upsampleStart_->setValue(phase.start * 100.0);
    upsampleReplay_->setValue(phase.replayFraction ? *phase.replayFraction * 100.0 : -1.0);
    meco_->setChecked(plan.meco.enabled);
    mecoField_->setCurrentText(QString::fromStdString(plan.meco.field));
    mecoLabel_->setText(QString::fromStdString(plan.meco.label));
    mecoHashed_->setChecked(plan.meco.hashed);
    cooldown_->setValue(plan.meco.cooldownFraction * 100.0);
    updateEnabled();
    updateSteps();
    showing_ = false;
}

void PlanSettings::fillPlan(data::MixturePlan& plan) const
{
    plan.totalTokens = static_cast<int64_t>(std::llround(totalTokens_->value()));
    plan.seqLen = seqLen_->value();
    plan.globalBatch = globalBatch_->value();
    plan.seed = static_cast<uint64_t>(seed_->value());
    plan.replayFraction = replay_->value() / 100.0;
    if (upsample_->isChecked()) {
        data::UpsamplePhase phase = plan.upsample.value_or(data::UpsamplePhase{});
        phase.start = upsampleStart_->value() / 100.0;
        phase.replayFraction = upsampleReplay_->value() < 0 ? std::nullopt : std::optional<double>(upsampleReplay_->value() / 100.0);
        plan.upsample = phase;
    } else {
        plan.upsample.reset();
    }
    plan.meco.enabled = meco_->isChecked();
    plan.meco.field = mecoField_->currentText().trimmed().toStdString();
    plan.meco.label = mecoLabel_->text().trimmed().toStdString();
    plan.meco.hashed = mecoHashed_->isChecked();
    plan.meco.cooldownFraction = cooldown_->value() / 100.0;
}

bool PlanSettings::upsampling() const
{
    return upsample_->isChecked();
}

void PlanSettings::updateEnabled()
{
    upsampleStart_->setEnabled(upsample_->isChecked());
    upsampleReplay_->setEnabled(upsample_->isChecked());
    for (QWidget* widget : std::initializer_list<QWidget*>{mecoField_, mecoLabel_, mecoHashed_, cooldown_})
        widget->setEnabled(meco_->isChecked());
    mecoLabel_->setPlaceholderText(mecoField_->currentText() == QLatin1String("url") ? QStringLiteral("URL")
                                   : mecoField_->currentText().isEmpty()
                                       ? QString()
                                       : mecoField_->currentText().left(1).toUpper() + mecoField_->currentText().mid(1));
}

void PlanSettings::updateSteps()
{
    data::MixturePlan plan;
    fillPlan(plan);
    const QLocale locale;
    steps_->setText(tr("%1 steps of %2 tokens").arg(locale.toString(static_cast<qlonglong>(plan.steps())),
                                                   locale.toString(static_cast<qlonglong>(plan.seqLen * plan.globalBatch))));
}

} // namespace adaptlab::mixture
