// JobsDock: the "Jobs" dock of the main window. Lists every run of the open project from its
// store (read off the UI thread every 2 s and whenever a runner changes) together with the runners
// that follow them: running ones with progress and ETA, finished ones with their status, lost ones
// with the reason. Stop (the run's own stop sequence, see JobRunner::stop), Open log (an in-app
// LogViewer that follows runs/<id>/log.txt while the child writes), and for a failed, lost or
// refused job the reason and the last lines of its log.
//
// Ownership: the dock follows runners, it does not own them. The app attaches a runner to every
// running run the dock reports (activeRunsWithoutRunner) and keeps it; a destroyed runner leaves
// the store's row. "Clear finished" only forgets rows.
#pragma once

#include "adaptlab_widgets_export.h"

#include <QDockWidget>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTimer>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QWidget;

namespace adaptlab {

class JobListModel;
class JobRunner;
class LogViewer;

class ADAPTLAB_WIDGETS_EXPORT JobsDock final : public QDockWidget {
    Q_OBJECT
public:
    explicit JobsDock(QWidget* parent = nullptr);
    ~JobsDock() override;

    static constexpr int kRefreshIntervalMs = 2000;

    // Lists the runner (newest last) and selects it. Not owned; see the file comment.
    void addRunner(JobRunner* runner);
    // The project whose runs are listed (empty: none; only runners are listed). Starts the
    // periodic refresh.
    void setProjectDir(const QString& projectDir);
    QString projectDir() const;
    // Reads the store's runs in a worker now (a refresh in flight is superseded).
    void refreshRuns();
    // Times the store's runs were read and shown (for tests).
    int refreshCount() const;

    JobListModel* model() const;
    QTableView* view() const;
    JobRunner* currentRunner() const;
    void setCurrentRunner(JobRunner* runner);

    // For tests and keyboard users: the same as pressing the buttons.
    void stopCurrent();
    // Opens the log viewer for the selected job (or raises the one already open); nullptr when
    // the job has no log path.
    LogViewer* openCurrentLog();
    void clearFinished();

Q_SIGNALS:
    // A job ended (finished, failed or stopped); the app refreshes its views from the store.
    void jobEnded(adaptlab::JobRunner* runner);
    // The store lists these runs as queued or running and no runner follows them: the app
    // attaches one to each.
    void activeRunsWithoutRunner(const QList<qint64>& runIds);
    // The store's runs were read and shown.
    void runsRefreshed();
    // A listed run's status in the store changed since the last read (a child recorded its
    // outcome, a reconcile marked it lost): the app tells the panels.
    void storedRunsChanged(const QList<qint64>& runIds);
    // A read of the store failed (shown in the dock as well).
    void refreshFailed(const QString& error);

private:
    void updateActions();
    void onRunnerFinished(JobRunner* runner);
    void scheduleRefresh();
    QString currentLogPath() const;
    QString currentTitle() const;

    struct RunReader;
    std::unique_ptr<RunReader> reader_;
    QString projectDir_;
    QTimer refreshTimer_;
    QTimer soonTimer_; // coalesces the refreshes runner changes ask for
    int refreshCount_ = 0;
    QHash<qint64, QString> lastStatus_; // per run id, from the last read of the store
    QLabel* refreshError_ = nullptr;

    JobListModel* model_ = nullptr;
    QTableView* view_ = nullptr;
    QLabel* emptyLabel_ = nullptr;
    QPushButton* stopButton_ = nullptr;
    QPushButton* openLogButton_ = nullptr;
    QPushButton* clearButton_ = nullptr;
    QWidget* details_ = nullptr;
    QLabel* detailsTitle_ = nullptr;
    QPlainTextEdit* detailsText_ = nullptr;
    QHash<QString, QPointer<LogViewer>> logViewers_;
};

} // namespace adaptlab
