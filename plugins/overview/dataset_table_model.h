// The datasets of a project as a table: name, format, documents, size, path.
#pragma once

#include "store/project_store.h"

#include <QAbstractTableModel>

#include <vector>

namespace adaptlab::overview {

class DatasetTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Format, Documents, Size, Path, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // the dataset's id in the store
        SortRole,                  // raw value: numbers sort as numbers
    };

    explicit DatasetTableModel(QObject* parent = nullptr);

    void setDatasets(std::vector<store::DatasetRecord> datasets);
    const std::vector<store::DatasetRecord>& datasets() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<store::DatasetRecord> datasets_;
};

} // namespace adaptlab::overview
