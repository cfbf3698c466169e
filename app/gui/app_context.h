// The app's side of the PanelContext contract: owns the open project's store, starts jobs for
// panels (the runner comes back at once, Starting; the run row is created by the StoreWriter, off
// the UI thread, and the child starts when it is there, so its events and log land in runs/<id>/),
// keeps one JobRunner per followed run (started here or by anyone else), and tells panels when the
// project, its rows or a run change. Runners never stop their runs: closing the project or the
// window leaves the children running.
#pragma once

#include "background_task.h"
#include "panel_context.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>

#include <memory>

namespace adaptlab {
class StoreWriter;
}

namespace adaptlab::gui {

class AppContext final : public PanelContext {
    Q_OBJECT
public:
    explicit AppContext(QObject* parent = nullptr);
    ~AppContext() override;

    store::ProjectStore* store() const override;
    QString projectDir() const override;
    JobRunner* startJob(const QString& specJson, QString* error) override;
    void showStatusMessage(const QString& message) override;
    QString devicePolicy() const override; // AppSettings::devicePolicy(), read at each call
    JobRunner* followRun(qint64 runId) override;

    // The runners of the open project whose runs are still going (running or stopping).
    QList<JobRunner*> activeRunners() const;
    // Asks every active run to stop (each through `adaptlab-cli runs stop`, detached); returns at
    // once: the children exit on their own time.
    void stopActiveRuns();
    // The store says these runs changed (their child or a reconcile wrote them): panels re-read.
    void noteRunsChanged(const QList<qint64>& runIds);

    // Opens a project folder (or its project.adaptlab) on a worker thread: ProjectStore::open may
    // migrate the store and wait for another process's write lock, and the UI thread never waits.
    // projectOpenStarted() now, then on the UI thread either the project is adopted
    // (projectChanged(), then projectOpenFinished(path, {})) or projectOpenFinished(path, error)
    // with the store's message and the current project untouched. A newer request replaces one
    // still on its way (its answer is dropped).
    void requestOpenProject(const QString& dirOrFile);
    // Creates a new project in DIR and opens it, the same way.
    void requestCreateProject(const QString& dir);
    bool isOpening() const { return !openingPath_.isEmpty(); }
    QString openingPath() const { return openingPath_; }

    // The same, waiting for the store on the calling thread: for tests and tools that need the
    // project before their next line. The window uses the requests above.
    bool openProject(const QString& dirOrFile, QString* error);
    bool createProject(const QString& dir, QString* error);
    // Closes the open project at once: the panels see no project; the connection itself is
    // closed on a worker thread (a WAL checkpoint at close may take a while).
    void closeProject();

    // The job program the runners start (default: the JobRunner's, adaptlab-cli beside the app).
    void setJobProgram(const QString& program);

Q_SIGNALS:
    void statusMessageRequested(const QString& message);
    void jobStarted(adaptlab::JobRunner* runner);
    // followRun() made a runner for a run this window did not start.
    void runnerAttached(adaptlab::JobRunner* runner);
    void projectOpenStarted(const QString& path);
    // error is empty when the project at PATH (as asked for) is now the open one.
    void projectOpenFinished(const QString& path, const QString& error);

private:
    void adopt(store::ProjectStore&& store);
    void requestOpen(const QString& path, bool create);
    static void closeOffThread(std::unique_ptr<store::ProjectStore> store);
    void watchRunner(JobRunner* runner, qint64 runId);
    // The writer's answer to startJob's createRun, on the UI thread: starts the child (or fails
    // the runner with the store's message).
    void launch(JobRunner* runner, const QString& specJson, const QString& project, qint64 runId,
                const QString& error);
    void recordNeverRan(const QString& project, qint64 runId, const QString& why);
    void dropRunners();

    std::unique_ptr<store::ProjectStore> store_;
    QHash<qint64, QPointer<JobRunner>> runners_; // by run id, for the open project
    // Handed out and not followed by run id: Starting (their run row not created yet), or Failed
    // before their child started. Deleted with the project's runners.
    QList<QPointer<JobRunner>> starting_;
    QString projectDir_;
    QString jobProgram_;
    QString openingPath_; // the path of the request on its way; empty when none
    BackgroundTask<std::shared_ptr<store::ProjectStore>> opening_{this, TaskLane::Long};
    // The app's own writes after a run ended (a verdict its child could not record): never on the
    // UI thread, in the order asked.
    StoreWriter* writer_ = nullptr;
};

} // namespace adaptlab::gui
