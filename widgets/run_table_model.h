// The runs of a project as a table, for the Overview and the coming runs views: id, what the job
// did ("Filter gcide → gcide-clean"), status, created, finished. Newest first, as the store
// returns them.
#pragma once

#include "store/project_store.h"

#include "adaptlab_widgets_export.h"

#include <QAbstractTableModel>

#include <vector>

namespace adaptlab {

class ADAPTLAB_WIDGETS_EXPORT RunTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Kind, Status, Created, Finished, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // the run's id in the store
        SortRole,                  // raw value: ids as numbers, times as ISO text
        StatusRole,                // the status as the store spells it ("running", ...)
    };

    explicit RunTableModel(QObject* parent = nullptr);

    void setRuns(std::vector<store::RunRecord> runs);
    const std::vector<store::RunRecord>& runs() const;

    // The status in the user's language ("running" -> "läuft"), as JobText says it.
    static QString statusText(store::RunStatus status);
    // An ISO 8601 UTC time from the store, shown in local time; empty stays empty.
    static QString displayTime(const std::string& isoUtc);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<store::RunRecord> runs_;
};

} // namespace adaptlab
