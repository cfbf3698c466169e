#include "dataset_table_model.h"

#include <QLocale>

namespace adaptlab::overview {

DatasetTableModel::DatasetTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void DatasetTableModel::setDatasets(std::vector<store::DatasetRecord> datasets)
{
    beginResetModel();
    datasets_ = std::move(datasets);
    endResetModel();
}

const std::vector<store::DatasetRecord>& DatasetTableModel::datasets() const
{
    return datasets_;
}

int DatasetTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(datasets_.size());
}

int DatasetTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DatasetTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::DatasetRecord& dataset = datasets_[static_cast<size_t>(index.row())];
    const QLocale locale;

    if (role == IdRole)
        return QVariant::fromValue<qint64>(dataset.id);
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == Documents || index.column() == Size)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Documents: return QVariant::fromValue<qint64>(dataset.documents);
        case Size: return QVariant::fromValue<qint64>(dataset.bytes);
        default: break;
        }
        role = Qt::DisplayRole;
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Documents && dataset.documents < 0)
            return tr("Not counted yet: inspecting the dataset counts its documents.");
        if (index.column() == Size && dataset.bytes < 0)
            return tr("Not measured yet.");
        if (index.column() == Path)
            return QString::fromStdString(dataset.path);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};

    switch (index.column()) {
    case Name: return QString::fromStdString(dataset.name);
    case Format: return QString::fromStdString(dataset.format);
    case Documents:
        return dataset.documents < 0 ? tr("not counted") : locale.toString(dataset.documents);
    case Size:
        return dataset.bytes < 0 ? tr("unknown") : locale.formattedDataSize(dataset.bytes);
    case Path: return QString::fromStdString(dataset.path);
    default: return {};
    }
}

QVariant DatasetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Format: return tr("Format");
    case Documents: return tr("Documents");
    case Size: return tr("Size");
    case Path: return tr("Path");
    default: return {};
    }
}

} // namespace adaptlab::overview
