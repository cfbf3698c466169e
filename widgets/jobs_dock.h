// JobsDock: the "Jobs" dock of the main window. Lists every job the app started, running and
// finished, with progress and ETA; Stop (SIGTERM, then SIGKILL after the runner's grace period),
// Open log (an in-app LogViewer that follows the log while the job writes), and for a failed or
// refused job the reason: exit code and the last lines of its log.
//
// Ownership: the dock follows runners, it does not own them. Whoever starts a job keeps its
// JobRunner alive for as long as the job should stay listed (the app parents runners to itself);
// a destroyed runner simply disappears from the list. "Clear finished" only forgets rows.
#pragma once

#include "adaptlab_widgets_export.h"

#include <QDockWidget>
#include <QHash>
#include <QPointer>

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

    // Lists the runner (newest last) and selects it. Not owned; see the file comment.
    void addRunner(JobRunner* runner);

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

private:
    void updateActions();
    void onRunnerFinished(JobRunner* runner);

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
