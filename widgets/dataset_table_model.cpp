#include "dataset_table_model.h"

#include "view_helpers.h"

#include "corpus/corpus_scan.h"
#include "jobs/job_inputs.h"

#include <QDateTime>
#include <QStringList>
#include <QLocale>

#include <exception>
#include <map>

namespace adaptlab {

namespace {

// The files a dataset imported from several files lists in its mapping; none when it cannot be read
// (the details pane says why).
QStringList datasetFileList(const store::DatasetRecord& d)
{
    QStringList files;
    try {
        for (const std::string& file : jobs::datasetFileList(d))
            files << QString::fromStdString(file);
    } catch (const std::exception&) {
    }
    return files;
}

} // namespace

std::vector<DatasetEntry> readDatasetEntries(const store::ProjectStore& store)
{
    std::vector<DatasetEntry> entries;
    const auto records = store.datasets();
    std::map<int64_t, std::string> names;
    for (const auto& record : records)
        names.emplace(record.id, record.name);
    for (const auto& record : records) {
        DatasetEntry entry;
        entry.record = record;
        if (record.parentDatasetId) {
            auto it = names.find(*record.parentDatasetId);
            if (it != names.end())
                entry.parentName = QString::fromStdString(it->second);
        }
        try {
            if (const auto summary = store.datasetSummary(record.id)) {
                const auto json = nlohmann::json::parse(summary->summaryJson);
                if (json.is_object() && !json.empty()) {
                    entry.scanned = true;
                    const auto parsed = corpus::CorpusSummary::fromJson(json);
                    entry.partial = parsed.partial || parsed.problems.partial;
                    entry.problems = parsed.problems.total();
                }
            }
        } catch (const std::exception&) {
            // A summary we cannot read counts as "not scanned": scanning again replaces it.
        }
        entries.push_back(std::move(entry));
    }
    return entries;
}

DatasetTableModel::DatasetTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void DatasetTableModel::setEntries(std::vector<DatasetEntry> datasets)
{
    beginResetModel();
    datasets_ = std::move(datasets);
    endResetModel();
}

void DatasetTableModel::setDatasets(const std::vector<store::DatasetRecord>& records)
{
    std::map<int64_t, std::string> names;
    for (const auto& record : records)
        names.emplace(record.id, record.name);
    std::vector<DatasetEntry> entries;
    for (const auto& record : records) {
        DatasetEntry entry;
        entry.record = record;
        if (record.parentDatasetId)
            if (auto it = names.find(*record.parentDatasetId); it != names.end())
                entry.parentName = QString::fromStdString(it->second);
        entries.push_back(std::move(entry));
    }
    setEntries(std::move(entries));
}

int DatasetTableModel::rowOf(qint64 id) const
{
    for (size_t i = 0; i < datasets_.size(); ++i)
        if (datasets_[i].record.id == id)
            return static_cast<int>(i);
    return -1;
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
    const DatasetEntry& e = datasets_[static_cast<size_t>(index.row())];
    const store::DatasetRecord& d = e.record;
    if (role == IdRole)
        return QVariant::fromValue<qint64>(d.id);
    if (role == NameRole)
        return QString::fromStdString(d.name);

    auto scanText = [&e]() {
        if (!e.scanned)
            return tr("not scanned");
        if (e.partial)
            return tr("partial");
        if (e.problems > 0)
            return tr("scanned; problems: %1").arg(QLocale().toString(e.problems));
        return tr("scanned");
    };

    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return QString::fromStdString(d.name);
        case Format: return QString::fromStdString(d.format);
        case Documents: return d.documents < 0 ? tr("not counted") : ViewHelpers::count(d.documents);
        case Size: return ViewHelpers::bytes(d.bytes);
        case Scan: return scanText();
        case DerivedFrom: return e.parentName;
        case Created: {
            const QDateTime t = QDateTime::fromString(QString::fromStdString(d.createdAt), Qt::ISODateWithMs);
            return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat)
                               : QString::fromStdString(d.createdAt);
        }
        case Path: {
            const QStringList files = datasetFileList(d);
            return files.size() > 1 ? tr("%1 (+%n more file(s))", nullptr, int(files.size() - 1)).arg(files.front())
                                    : QString::fromStdString(d.path);
        }
        default: return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Documents: return QVariant::fromValue<qint64>(d.documents);
        case Size: return QVariant::fromValue<qint64>(d.bytes);
        case Created: return QString::fromStdString(d.createdAt);
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Documents:
            return d.documents < 0 ? tr("Counted when the dataset is scanned.") : QVariant();
        case Size:
            return d.bytes < 0 ? tr("Not measured yet.") : QVariant();
        case Scan:
            if (!e.scanned)
                return tr("Not scanned yet: scan it to see its statistics and quality signals.");
            if (e.partial)
                return tr("The last scan could not read every file to its end; its numbers cover "
                          "what was read.");
            return {};
        case Path: {
            const QStringList files = datasetFileList(d);
            return files.size() > 1 ? files.join(QLatin1Char('\n')) : QString::fromStdString(d.path);
        }
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(index.column() == Documents || index.column() == Size ? Qt::AlignRight | Qt::AlignVCenter
                                                                                          : Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

QVariant DatasetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Format: return tr("Format");
    case Documents: return tr("Documents");
    case Size: return tr("Size");
    case Scan: return tr("Scan");
    case DerivedFrom: return tr("Derived from");
    case Created: return tr("Added");
    case Path: return tr("Path");
    default: return {};
    }
}

} // namespace adaptlab
