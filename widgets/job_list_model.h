// JobListModel: one row per JobRunner the Jobs dock follows, running and finished. The rows are
// live: a runner's progress and state changes update its row; a destroyed runner drops its row.
// The model never owns the runners.
#pragma once

#include "adaptlab_widgets_export.h"
#include "job_runner.h"

#include <QAbstractTableModel>
#include <QList>

namespace adaptlab {

class ADAPTLAB_WIDGETS_EXPORT JobListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Job, Status, Progress, Eta, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        RunnerRole = Qt::UserRole + 1, // QObject* of the JobRunner
        StateRole,                     // int(JobRunner::State)
        ProgressPercentRole,           // int 0..100, or -1 when the total is unknown
        DoneRole,                      // qint64
        TotalRole,                     // qint64 (0 = unknown)
        EtaSecondsRole,                // double (< 0 = unknown)
        ErrorStringRole,               // why it failed or was refused
        LogPathRole,
        RunDirRole,
        IsActiveRole,                  // bool: running or stopping
    };
    Q_ENUM(Role)

    explicit JobListModel(QObject* parent = nullptr);
    ~JobListModel() override;

    // Replaces the rows (the runners are followed, not owned).
    void setRunners(const QList<JobRunner*>& runners);
    // Appends a row unless the runner is already listed.
    void addRunner(JobRunner* runner);
    // Forgets a runner (the runner itself is untouched).
    void removeRunner(JobRunner* runner);
    // Forgets every runner that is no longer running; returns how many rows went.
    int removeInactive();

    JobRunner* runnerAt(int row) const;
    int rowOf(const JobRunner* runner) const;
    QList<JobRunner*> runners() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "1 h 05 min", "3 min 20 s", "42 s"; empty when unknown. Shared with the dock's details view.
    static QString formatDuration(double seconds);
    static QString stateText(JobRunner::State state);

private:
    void follow(JobRunner* runner);
    void unfollow(JobRunner* runner);
    void rowChanged(JobRunner* runner);

    QList<JobRunner*> runners_;
};

} // namespace adaptlab
