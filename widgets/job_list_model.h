// JobListModel: one row per run the Jobs dock shows: the runs of the project's store (set by value
// from a background read) and the JobRunners that follow them (or follow a run outside any
// project). A run with a runner shows the runner's live state; a run without one shows what the
// store says (done with its result, failed with its message, "lost" when its process ended without
// a final event). A destroyed runner leaves its store row behind (or drops a row it alone had).
// The model never owns the runners.
#pragma once

#include "adaptlab_widgets_export.h"
#include "job_runner.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

#include <optional>

namespace adaptlab {

// One run as the store has it, for the Jobs dock (read off the UI thread, passed by value).
struct ADAPTLAB_WIDGETS_EXPORT StoredRun {
    qint64 id = 0;
    QString title;        // JobText::runTitle of its spec
    QString status;       // queued, running, done, failed, stopped (the store's words)
    QString message;      // why it failed or stopped; "lost: ..." for a lost run
    QString resultJson;   // "{}" when none
    QString createdAt;
    QString finishedAt;
    bool isActive() const;
    bool isLost() const;
};

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
        RunIdRole,                     // qint64, 0 for a run outside any project
        IsLostRole,                    // bool: failed because its process ended without a final event
        ResultJsonRole,                // the "done" result, "{}" or empty when none
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

    // Replaces the store's rows (newest first, as ProjectStore::runs() gives them): new runs are
    // appended, changed ones repainted, removed ones dropped unless a runner still follows them.
    // Runs the user cleared stay hidden.
    void setStoredRuns(const QList<StoredRun>& runs);

    JobRunner* runnerAt(int row) const;
    int rowOf(const JobRunner* runner) const;
    int rowOfRun(qint64 runId) const;
    qint64 runIdAt(int row) const;
    std::optional<StoredRun> storedRunAt(int row) const;
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
    // The store's status word in the user's language.
    static QString storeStatusText(const QString& status);

private:
    QVariant storedData(const StoredRun& run, int column, int role) const;
    void follow(JobRunner* runner);
    void unfollow(JobRunner* runner);
    void rowChanged(JobRunner* runner);

    struct Row {
        JobRunner* runner = nullptr;
        std::optional<StoredRun> stored;
        qint64 runId() const;
    };
    QList<Row> rows_;
    QSet<qint64> hidden_; // cleared by the user; a store refresh does not bring them back
};

} // namespace adaptlab
