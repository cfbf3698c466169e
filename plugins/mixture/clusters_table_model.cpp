#include "clusters_table_model.h"

#include "chart_view.h"

#include <QLocale>

namespace adaptlab::mixture {

void ClustersTableModel::setClusters(std::vector<ClusterSummary> clusters)
{
    beginResetModel();
    clusters_ = std::move(clusters);
    checked_.clear();
    endResetModel();
    Q_EMIT checkedChanged();
}

std::vector<int> ClustersTableModel::checkedIds() const
{
    return {checked_.begin(), checked_.end()};
}

void ClustersTableModel::setChecked(int clusterId, bool checked)
{
    for (size_t row = 0; row < clusters_.size(); ++row)
        if (clusters_[row].id == clusterId)
            setData(index(int(row), SaveColumn), checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

int ClustersTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(clusters_.size());
}

int ClustersTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClustersTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(clusters_.size()))
        return {};
    const ClusterSummary& cluster = clusters_[size_t(index.row())];
    if (role == ClusterIdRole)
        return cluster.id;
    switch (index.column()) {
    case SaveColumn:
        if (role == Qt::CheckStateRole)
            return checked_.count(cluster.id) ? Qt::Checked : Qt::Unchecked;
        return {};
    case IdColumn:
        if (role == Qt::DisplayRole)
            return cluster.id;
        if (role == Qt::DecorationRole)
            return ChartView::paletteColor(cluster.id); // the colour of its points in the picture
        return {};
    case SizeColumn:
        if (role == Qt::DisplayRole)
            return QLocale().toString(cluster.size);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case WordsColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return cluster.topWords.join(QStringLiteral(", "));
        return {};
    default:
        return {};
    }
}

bool ClustersTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.column() != SaveColumn || role != Qt::CheckStateRole)
        return false;
    const int id = clusters_[size_t(index.row())].id;
    if (value.toInt() == Qt::Checked)
        checked_.insert(id);
    else
        checked_.erase(id);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
    return true;
}

QVariant ClustersTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SaveColumn: return tr("Save");
    case IdColumn: return tr("Cluster");
    case SizeColumn: return tr("Documents");
    case WordsColumn: return tr("Top words");
    default: return {};
    }
}

Qt::ItemFlags ClustersTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == SaveColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

} // namespace adaptlab::mixture
