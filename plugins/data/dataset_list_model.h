// The project's datasets for the Data step: name, format, counts, whether a scan has looked at
// it (and whether that scan was partial or met problems), which dataset it was derived from.
#pragma once

#include "store/project_store.h"

#include <QAbstractTableModel>

#include <vector>

namespace adaptlab::corpus_panel {

struct DatasetEntry {
    store::DatasetRecord record;
    bool scanned = false;
    bool partial = false;
    qint64 problems = 0;
    QString parentName; // empty for imported datasets
};

// Reads the datasets and their scan summaries; rows the store cannot give are left out.
std::vector<DatasetEntry> readDatasetEntries(const store::ProjectStore& store);

class DatasetListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Format, Documents, Size, Scan, DerivedFrom, Created, Path, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole, NameRole };

    explicit DatasetListModel(QObject* parent = nullptr);

    void setDatasets(std::vector<DatasetEntry> datasets);
    const std::vector<DatasetEntry>& datasets() const { return datasets_; }
    int rowOf(qint64 id) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<DatasetEntry> datasets_;
};

} // namespace adaptlab::corpus_panel
