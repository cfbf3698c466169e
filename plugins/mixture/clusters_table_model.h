// The clusters of a cluster run as rows: a check box (save this one), the cluster's number, its
// size and its distinctive words.
#pragma once

#include "clusters_result.h"

#include <QAbstractTableModel>

#include <set>

namespace adaptlab::mixture {

class ClustersTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SaveColumn, IdColumn, SizeColumn, WordsColumn, ColumnCount };
    enum Role { ClusterIdRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void setClusters(std::vector<ClusterSummary> clusters); // unchecks every row
    const std::vector<ClusterSummary>& clusters() const { return clusters_; }
    std::vector<int> checkedIds() const; // ascending
    void setChecked(int clusterId, bool checked);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    void checkedChanged();

private:
    std::vector<ClusterSummary> clusters_;
    std::set<int> checked_;
};

} // namespace adaptlab::mixture
