// The project's datasets as a table, for every panel that lists them (the Overview, the Data
// step, next the Train and Evaluate pickers): name, format, documents, size, whether a scan has
// looked at it (and whether that scan was partial or met problems), which dataset it was derived
// from, when it was added, its path. A panel that does not read the scans hides those columns.
#pragma once

#include "adaptlab_widgets_export.h"
#include "store/project_store.h"

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace adaptlab {

struct DatasetEntry {
    store::DatasetRecord record;
    bool scanned = false;
    bool partial = false;
    qint64 problems = 0;
    QString parentName; // empty for imported datasets
};

// Reads the datasets and their scan summaries; rows the store cannot give are left out.
ADAPTLAB_WIDGETS_EXPORT std::vector<DatasetEntry> readDatasetEntries(const store::ProjectStore& store);

class ADAPTLAB_WIDGETS_EXPORT DatasetTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Format, Documents, Size, Scan, DerivedFrom, Created, Path, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // the dataset's id in the store
        SortRole,                  // raw value: numbers sort as numbers, times as ISO text
        NameRole,
    };

    explicit DatasetTableModel(QObject* parent = nullptr);

    // With what the scans say (readDatasetEntries).
    void setEntries(std::vector<DatasetEntry> datasets);
    // Records alone (no scan read): the derived-from names come from the list itself.
    void setDatasets(const std::vector<store::DatasetRecord>& records);
    const std::vector<DatasetEntry>& datasets() const { return datasets_; }
    int rowOf(qint64 id) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<DatasetEntry> datasets_;
};

} // namespace adaptlab
