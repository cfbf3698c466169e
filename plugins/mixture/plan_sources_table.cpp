#include "plan_sources_table.h"

#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>

#include <algorithm>

namespace adaptlab::mixture {

namespace {

QDoubleSpinBox* weightSpin(QWidget* parent, double value, const QString& tip)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(0.0, 1000.0);
    box->setDecimals(2);
    box->setSingleStep(0.1);
    box->setValue(value);
    box->setFrame(false);
    box->setToolTip(tip);
    return box;
}

bool samePath(const QString& planned, const PlanSourceEntry& entry)
{
    return planned == entry.shards || planned == entry.shardsPath ||
           (!planned.isEmpty() && QFileInfo(planned).canonicalFilePath() == QFileInfo(entry.shardsPath).canonicalFilePath() &&
            !QFileInfo(entry.shardsPath).canonicalFilePath().isEmpty());
}

} // namespace

PlanSourcesTable::PlanSourcesTable(QWidget* parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("planSourcesTable"));
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels({tr("Source"), tr("Tokens available"), tr("Weight"), tr("Replay"), tr("Weight at the end"),
                               tr("Tokenizer")});
    horizontalHeaderItem(NameColumn)->setToolTip(tr("Tick the token-shard builds this plan trains on (build them in the Tokenizer step)."));
    horizontalHeaderItem(TokensColumn)->setToolTip(tr("Training tokens in the source's shards (the held-out split not counted)."));
    horizontalHeaderItem(WeightColumn)->setToolTip(
        tr("Relative share of the rows among the sources of its group: the domain sources share what replay leaves, "
           "the replay sources share the replay fraction."));
    horizontalHeaderItem(ReplayColumn)->setToolTip(
        tr("General data mixed back into every batch at the replay fraction, so the model keeps what it knew."));
    horizontalHeaderItem(EndWeightColumn)->setToolTip(
        tr("The source's weight during end-of-training upsampling (only with upsampling on)."));
    horizontalHeaderItem(TokenizerColumn)->setToolTip(tr("The tokenizer the shards were built with; a run reads one tokenizer."));
    verticalHeader()->hide();
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int column : {TokensColumn, ReplayColumn, TokenizerColumn})
        horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // The spin boxes need room for their arrows beside the value.
    for (int column : {WeightColumn, EndWeightColumn}) {
        horizontalHeader()->setSectionResizeMode(column, QHeaderView::Fixed);
        setColumnWidth(column, std::max(110, horizontalHeader()->sectionSizeHint(column)));
    }
    connect(this, &QTableWidget::itemChanged, this, &PlanSourcesTable::itemToggled);
}

void PlanSourcesTable::setSources(const std::vector<PlanSourceEntry>& catalog, const data::MixturePlan& plan)
{
    filling_ = true;
    rows_.clear();
    setRowCount(0);
    std::vector<bool> matched(plan.sources.size(), false);
    for (const PlanSourceEntry& entry : catalog) {
        Row row{entry.dataset, entry.shards, entry.shardsPath, entry.tokenizer, entry.tokens, true};
        const data::MixtureSource* planned = nullptr;
        for (size_t i = 0; i < plan.sources.size(); ++i) {
            const QString shards = QString::fromStdString(plan.sources[i].shards.string());
            if (!matched[i] && !shards.isEmpty() && samePath(shards, entry)) {
                matched[i] = true;
                planned = &plan.sources[i];
                row.name = QString::fromStdString(plan.sources[i].name); // the plan's name wins
                break;
            }
        }
        addRow(row, planned, plan.upsample);
    }
    for (size_t i = 0; i < plan.sources.size(); ++i) {
        if (matched[i])
            continue;
        const data::MixtureSource& source = plan.sources[i];
        Row row{QString::fromStdString(source.name), QString::fromStdString(source.shards.string()), {}, {}, source.tokens, false};
        addRow(row, &source, plan.upsample);
    }
    filling_ = false;
    // As tall as its rows (a few builds are the usual case), scrolling past about six.
    int height = horizontalHeader()->sizeHint().height() + 2 * frameWidth() + 4;
    for (int r = 0; r < rowCount() && r < 6; ++r)
        height += rowHeight(r);
    setFixedHeight(std::max(height, horizontalHeader()->sizeHint().height() + 2 * frameWidth() + 30));
    upsampling_ = plan.upsample.has_value(); // the plan's end weights as they are
    setUpsampling(upsampling_);
}

void PlanSourcesTable::addRow(const Row& row, const data::MixtureSource* planned, const std::optional<data::UpsamplePhase>& upsample)
{
    const int r = rowCount();
    insertRow(r);
    rows_.push_back(row);
    auto* name = new QTableWidgetItem(row.name);
    name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    name->setCheckState(planned != nullptr ? Qt::Checked : Qt::Unchecked);
    QString where = row.shards.isEmpty() ? tr("Planned by its token count; no shards yet.") : row.shards;
    if (!row.hasBuild && !row.shards.isEmpty())
        where = tr("%1 (not a shard build of this project)").arg(row.shards);
    name->setToolTip(where);
    setItem(r, NameColumn, name);

    const QLocale locale;
    auto* tokens = new QTableWidgetItem(row.tokens >= 0 ? locale.toString(row.tokens) : tr("from its manifest"));
    tokens->setFlags(Qt::ItemIsEnabled);
    tokens->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setItem(r, TokensColumn, tokens);

    auto* weight = weightSpin(this, planned != nullptr ? planned->weight : 1.0, horizontalHeaderItem(WeightColumn)->toolTip());
    weight->setObjectName(QStringLiteral("weight_%1").arg(row.name));
    setCellWidget(r, WeightColumn, weight);
    connect(weight, &QDoubleSpinBox::valueChanged, this, [this] {
        if (!filling_)
            Q_EMIT edited();
    });

    auto* replay = new QTableWidgetItem;
    replay->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    replay->setCheckState(planned != nullptr && planned->replay ? Qt::Checked : Qt::Unchecked);
    replay->setToolTip(horizontalHeaderItem(ReplayColumn)->toolTip());
    setItem(r, ReplayColumn, replay);

    double end = planned != nullptr ? planned->weight : 1.0;
    if (upsample && planned != nullptr)
        if (const auto it = upsample->weights.find(planned->name); it != upsample->weights.end())
            end = it->second;
    auto* endWeight = weightSpin(this, end, horizontalHeaderItem(EndWeightColumn)->toolTip());
    endWeight->setObjectName(QStringLiteral("endWeight_%1").arg(row.name));
    setCellWidget(r, EndWeightColumn, endWeight);
    connect(endWeight, &QDoubleSpinBox::valueChanged, this, [this] {
        if (!filling_)
            Q_EMIT edited();
    });

    auto* tokenizer = new QTableWidgetItem(row.tokenizer.isEmpty() ? QString() : QFileInfo(row.tokenizer).fileName());
    tokenizer->setFlags(Qt::ItemIsEnabled);
    tokenizer->setToolTip(row.tokenizer);
    setItem(r, TokenizerColumn, tokenizer);
}

void PlanSourcesTable::setUpsampling(bool on)
{
    if (on && !upsampling_) {
        // Turned on: the end starts from the current mix, and the user raises the domain from there.
        filling_ = true;
        for (int r = 0; r < rowCount(); ++r)
            endWeightBox(r)->setValue(weightBox(r)->value());
        filling_ = false;
    }
    upsampling_ = on;
    for (int r = 0; r < rowCount(); ++r)
        if (auto* box = endWeightBox(r))
            box->setEnabled(on && !isReplay(r));
}

void PlanSourcesTable::itemToggled(QTableWidgetItem* item)
{
    if (filling_)
        return;
    if (item->column() == NameColumn && item->checkState() == Qt::Checked) {
        // A plan names each source once: ticking a build unticks another build of the same dataset.
        filling_ = true;
        for (int r = 0; r < rowCount(); ++r)
            if (r != item->row() && rows_[static_cast<size_t>(r)].name == rows_[static_cast<size_t>(item->row())].name)
                this->item(r, NameColumn)->setCheckState(Qt::Unchecked);
        filling_ = false;
    }
    if (item->column() == ReplayColumn)
        setUpsampling(upsampling_);
    if (item->column() == NameColumn || item->column() == ReplayColumn)
        Q_EMIT edited();
}

std::vector<data::MixtureSource> PlanSourcesTable::sources() const
{
    std::vector<data::MixtureSource> out;
    for (int r = 0; r < rowCount(); ++r) {
        if (!isTicked(r))
            continue;
        const Row& row = rows_[static_cast<size_t>(r)];
        data::MixtureSource source;
        source.name = row.name.toStdString();
        source.shards = row.shards.toStdString();
        // A build's size comes from its manifest (the truth); a planned source keeps its count.
        source.tokens = row.hasBuild || !row.shards.isEmpty() ? -1 : row.tokens;
        source.weight = weightBox(r)->value();
        source.replay = isReplay(r);
        out.push_back(std::move(source));
    }
    return out;
}

std::map<std::string, double> PlanSourcesTable::upsampleWeights() const
{
    std::map<std::string, double> out;
    for (int r = 0; r < rowCount(); ++r)
        if (isTicked(r) && !isReplay(r))
            out[rows_[static_cast<size_t>(r)].name.toStdString()] = endWeightBox(r)->value();
    return out;
}

QStringList PlanSourcesTable::tokenizers() const
{
    QStringList out;
    for (int r = 0; r < rowCount(); ++r)
        if (isTicked(r))
            out << rows_[static_cast<size_t>(r)].tokenizer;
    return out;
}

QStringList PlanSourcesTable::sourcesWithoutShards() const
{
    QStringList out;
    for (int r = 0; r < rowCount(); ++r)
        if (isTicked(r) && !rows_[static_cast<size_t>(r)].hasBuild)
            out << rows_[static_cast<size_t>(r)].name;
    return out;
}

int PlanSourcesTable::rowOf(const QString& name) const
{
    for (int r = 0; r < rowCount(); ++r)
        if (rows_[static_cast<size_t>(r)].name == name)
            return r;
    return -1;
}

bool PlanSourcesTable::isTicked(int row) const
{
    return item(row, NameColumn)->checkState() == Qt::Checked;
}

void PlanSourcesTable::setTicked(int row, bool on)
{
    item(row, NameColumn)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
}

QDoubleSpinBox* PlanSourcesTable::weightBox(int row) const
{
    return qobject_cast<QDoubleSpinBox*>(cellWidget(row, WeightColumn));
}

QDoubleSpinBox* PlanSourcesTable::endWeightBox(int row) const
{
    return qobject_cast<QDoubleSpinBox*>(cellWidget(row, EndWeightColumn));
}

bool PlanSourcesTable::isReplay(int row) const
{
    return item(row, ReplayColumn)->checkState() == Qt::Checked;
}

void PlanSourcesTable::setReplay(int row, bool on)
{
    item(row, ReplayColumn)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
}

} // namespace adaptlab::mixture
