#include "run_table_model.h"

#include "job_text.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace adaptlab {

RunTableModel::RunTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void RunTableModel::setRuns(std::vector<store::RunRecord> runs)
{
    beginResetModel();
    runs_ = std::move(runs);
    endResetModel();
}

const std::vector<store::RunRecord>& RunTableModel::runs() const
{
    return runs_;
}

QString RunTableModel::statusText(store::RunStatus status)
{
    return JobText::runStatus(status);
}

QString RunTableModel::displayTime(const std::string& isoUtc)
{
    if (isoUtc.empty())
        return {};
    QDateTime time = QDateTime::fromString(QString::fromStdString(isoUtc), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(QString::fromStdString(isoUtc), Qt::ISODate);
    if (!time.isValid())
        return QString::fromStdString(isoUtc); // show what the store holds rather than nothing
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

int RunTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(runs_.size());
}

int RunTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::RunRecord& run = runs_[static_cast<size_t>(index.row())];

    switch (role) {
    case IdRole:
        return QVariant::fromValue<qint64>(run.id);
    case StatusRole:
        return QString::fromStdString(store::toString(run.status));
    case SortRole:
        switch (index.column()) {
        case Id: return QVariant::fromValue<qint64>(run.id);
        case Created: return QString::fromStdString(run.createdAt);
        case Finished: return QString::fromStdString(run.finishedAt);
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        return index.column() == Id ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                    : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() != Status)
            return {};
        switch (run.status) {
        case store::RunStatus::Running: return QBrush(QColor(0x1d, 0x5f, 0xb8));
        case store::RunStatus::Done: return QBrush(QColor(0x23, 0x7a, 0x46));
        case store::RunStatus::Failed: return QBrush(QColor(0xb3, 0x26, 0x1e));
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Status && !run.message.empty())
            return QString::fromStdString(run.message);
        if (index.column() == Kind)
            return QString::fromStdString(run.kind);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Id: return QVariant::fromValue<qint64>(run.id);
        case Kind: {
            const QString label = JobText::jobLabel(run.specJson);
            return label.isEmpty() ? JobText::kindName(QString::fromStdString(run.kind)) : label;
        }
        case Status: return statusText(run.status);
        case Created: return displayTime(run.createdAt);
        case Finished: return displayTime(run.finishedAt);
        default: return {};
        }
    default:
        return {};
    }
}

QVariant RunTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id: return tr("Run");
    case Kind: return tr("Job");
    case Status: return tr("Status");
    case Created: return tr("Created");
    case Finished: return tr("Finished");
    default: return {};
    }
}

} // namespace adaptlab
