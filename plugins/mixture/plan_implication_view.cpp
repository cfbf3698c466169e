#include "plan_implication_view.h"

#include "plan_mix_chart.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace adaptlab::mixture {

namespace {

// The warning colour of the app's light style (style/light.qss "notice" red).
const QColor kWarningText(0xb0, 0x1e, 0x1e);
const QColor kWarningFill(0xfd, 0xec, 0xea);

QTableWidgetItem* cell(const QString& text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled);
    item->setTextAlignment(align);
    return item;
}

} // namespace

PlanImplicationView::PlanImplicationView(QWidget* parent) : QWidget(parent)
{
    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("implicationSummary"));
    summary_->setWordWrap(true);

    table_ = new QTableWidget(0, ColumnCount, this);
    table_->setObjectName(QStringLiteral("implicationTable"));
    table_->setHorizontalHeaderLabels({tr("Source"), tr("Available"), tr("Trained on"), tr("Share"), tr("Epochs"),
                                       tr("Runs out at"), tr("Warnings")});
    table_->horizontalHeaderItem(AvailableColumn)->setToolTip(tr("Training tokens the source has."));
    table_->horizontalHeaderItem(TokensColumn)->setToolTip(tr("Tokens the plan trains on from it."));
    table_->horizontalHeaderItem(ShareColumn)->setToolTip(tr("Its share of the whole budget."));
    table_->horizontalHeaderItem(EpochsColumn)->setToolTip(
        tr("How many times the run reads the source: above 4, repeated data stops helping (Muennighoff et al. 2023)."));
    table_->horizontalHeaderItem(RunsOutColumn)->setToolTip(
        tr("Where in the run its first pass ends; after that its documents repeat."));
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionMode(QAbstractItemView::NoSelection);
    table_->setWordWrap(true);
    for (int column = 0; column < WarningsColumn; ++column)
        table_->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(WarningsColumn, QHeaderView::Stretch);
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    warnings_ = new QLabel(this);
    warnings_->setObjectName(QStringLiteral("planWarnings"));
    warnings_->setWordWrap(true);
    warnings_->setTextFormat(Qt::RichText);
    warnings_->setOpenExternalLinks(true);

    auto* chartGroup = new QGroupBox(tr("The mix over training progress"), this);
    chart_ = new PlanMixChart(chartGroup);
    auto* chartLayout = new QVBoxLayout(chartGroup);
    chartLayout->addWidget(chart_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(summary_);
    layout->addWidget(table_, 2);
    layout->addWidget(warnings_);
    layout->addWidget(chartGroup, 3);
}

void PlanImplicationView::showComputing()
{
    summary_->setText(tr("Working out what the plan implies…"));
    table_->setEnabled(false); // greyed: the rows are the previous edit's until the answer comes
}

void PlanImplicationView::showError(const QString& why)
{
    table_->setEnabled(true);
    warningTexts_ = {why};
    summary_->setText(tr("The plan cannot be worked out yet."));
    table_->setRowCount(0);
    warnings_->setText(QStringLiteral("<span style=\"color:%1\">%2</span>").arg(kWarningText.name(), why.toHtmlEscaped()));
    chart_->clear();
}

void PlanImplicationView::showImplication(const data::MixtureImplication& implication, std::optional<double> upsampleAt,
                                          bool upsampleRequested)
{
    const QLocale locale;
    table_->setEnabled(true);
    summary_->setText(tr("%1 steps of %2 tokens: %3 tokens in all.")
                          .arg(locale.toString(static_cast<qlonglong>(implication.steps)),
                               locale.toString(static_cast<qlonglong>(implication.tokensPerStep)),
                               locale.toString(static_cast<qlonglong>(implication.steps * implication.tokensPerStep))));
    warningTexts_.clear();
    table_->setRowCount(static_cast<int>(implication.sources.size()));
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    QStringList names;
    for (size_t i = 0; i < implication.sources.size(); ++i) {
        const data::SourceImplication& source = implication.sources[i];
        const int row = static_cast<int>(i);
        names << QString::fromStdString(source.name);
        table_->setItem(row, SourceColumn, cell(names.back()));
        table_->setItem(row, AvailableColumn, cell(locale.toString(static_cast<qlonglong>(source.availableTokens)), Qt::AlignRight | Qt::AlignVCenter));
        table_->setItem(row, TokensColumn, cell(locale.toString(static_cast<qlonglong>(source.tokens)), Qt::AlignRight | Qt::AlignVCenter));
        table_->setItem(row, ShareColumn, cell(tr("%1%").arg(source.weight * 100, 0, 'f', 1), Qt::AlignRight | Qt::AlignVCenter));
        auto* epochs = cell(locale.toString(source.epochs, 'f', 2), Qt::AlignRight | Qt::AlignVCenter);
        if (source.epochs > data::kMaxEpochsBeforeWarning) {
            // Warning style: repeated data above 4 epochs stops helping.
            epochs->setForeground(kWarningText);
            epochs->setBackground(kWarningFill);
            epochs->setIcon(warningIcon);
            QFont bold = epochs->font();
            bold.setBold(true);
            epochs->setFont(bold);
            epochs->setToolTip(tr("Above %1 epochs: repeated data stops helping (Muennighoff et al. 2023).")
                                   .arg(data::kMaxEpochsBeforeWarning));
        }
        epochs->setData(Qt::UserRole, source.epochs);
        table_->setItem(row, EpochsColumn, epochs);
        table_->setItem(row, RunsOutColumn,
                        cell(source.runsOutAt ? tr("%1% of training").arg(*source.runsOutAt * 100, 0, 'f', 0) : tr("never"),
                             Qt::AlignRight | Qt::AlignVCenter));
        QStringList texts;
        for (const std::string& warning : source.warnings)
            texts << QString::fromStdString(warning);
        auto* warnings = cell(texts.join(QLatin1Char('\n')));
        if (!texts.isEmpty()) {
            warnings->setForeground(kWarningText);
            warnings->setToolTip(texts.join(QLatin1Char('\n')));
        }
        table_->setItem(row, WarningsColumn, warnings);
        for (const QString& text : texts)
            warningTexts_ << tr("%1: %2").arg(names.back(), text);
    }

    QStringList planWarnings;
    for (const std::string& warning : implication.warnings)
        planWarnings << QString::fromStdString(warning);
    // A phase that starts at the last step never happens: with few steps, ceil(start x steps) is the end.
    std::optional<double> cooldownAt = implication.mecoCooldownAt;
    if (cooldownAt && *cooldownAt >= 1.0) {
        planWarnings << tr("The MeCo cooldown gets no steps at this budget: add steps or raise the cooldown fraction.");
        cooldownAt.reset();
    }
    if (upsampleRequested && !upsampleAt)
        planWarnings << tr("Upsampling gets no steps at this budget: add steps or start it earlier.");
    warningTexts_ = planWarnings + warningTexts_;
    if (planWarnings.isEmpty()) {
        warnings_->clear();
        warnings_->hide();
    } else {
        QString html;
        for (const QString& warning : planWarnings)
            html += QStringLiteral("<li>%1</li>").arg(warning.toHtmlEscaped());
        warnings_->setText(QStringLiteral("<span style=\"color:%1\"><b>%2</b><ul style=\"margin:0\">%3</ul></span>")
                               .arg(kWarningText.name(), tr("The plan:").toHtmlEscaped(), html));
        warnings_->show();
    }

    std::vector<PlanMixChart::Band> bands;
    for (const data::MixtureImplication::Band& band : implication.bands)
        bands.push_back({band.begin, band.end, QString::fromStdString(band.phase), band.shares});
    chart_->setMix(names, std::move(bands), upsampleAt, cooldownAt);
}

} // namespace adaptlab::mixture
