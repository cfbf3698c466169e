// What a panel may use from the app: the open project (store + folder), the job runner factory and
// a way to say something in the status bar. Panels never talk to each other directly; they
// listen to projectChanged() / storeChanged() and read the store.
#pragma once

#include "adaptlab_widgets_export.h"

#include <QObject>
#include <QString>

namespace adaptlab {

namespace store { class ProjectStore; }
class JobRunner;

class ADAPTLAB_WIDGETS_EXPORT PanelContext : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~PanelContext() override = default;

    // The open project, or nullptr when none is open. Owned by the app; valid until the next
    // projectChanged().
    virtual store::ProjectStore* store() const = 0;
    virtual QString projectDir() const = 0;
    // A runner for a job spec (JSON text) in the open project; the Jobs dock follows it. Returns
    // nullptr (and reports why through the returned error) when the spec is refused. The runner
    // may come back Starting (its run row still being written, runId() 0): it emits
    // runIdAssigned() and started() when the child is on its way, or finished(Failed) with the
    // store's message in errorString().
    virtual JobRunner* startJob(const QString& specJson, QString* error) = 0;
    virtual void showStatusMessage(const QString& message) = 0;
    // Tells every panel that rows changed (a panel that changed the store itself, e.g. removed a
    // dataset, calls this; the app calls it when a job ends).
    void notifyStoreChanged() { Q_EMIT storeChanged(); }

    // The dataset the user is working on, shared by the panels: the Data panel sets it when a
    // dataset is selected, the Inspect panel follows it. Empty when none; cleared with the project.
    QString currentDataset() const { return currentDataset_; }
    void setCurrentDataset(const QString& name)
    {
        if (name == currentDataset_)
            return;
        currentDataset_ = name;
        Q_EMIT currentDatasetChanged(name);
    }

    // The device policy of Settings ("auto", "cpu" or "cuda"), read when a spec is built: the spec
    // builders pass it as params.device to every job kind whose schema has a "device" param
    // (corpus_panel::withDevicePolicy).
    virtual QString devicePolicy() const { return QStringLiteral("auto"); }

Q_SIGNALS:
    void projectChanged();   // another project was opened (or closed)
    void storeChanged();     // rows were added/changed (e.g. a job finished)
    void currentDatasetChanged(const QString& name);

private:
    QString currentDataset_;

    // --- Runs that outlive the window (issue 8) ---
public:
    // A runner following run RUNID of the open project, started by anyone (this window, an earlier
    // one, a terminal): it replays the run's events, then follows it live. Owned by the context
    // (one per run; the same runner for the same id); nullptr when no project is open.
    virtual JobRunner* followRun(qint64 runId) { Q_UNUSED(runId); return nullptr; }

    // The run the user is looking at, shared by the panels (the Jobs dock, later the Train and
    // Compare panels); 0 when none; cleared with the project.
    qint64 currentRun() const { return currentRun_; }
    void setCurrentRun(qint64 runId)
    {
        if (runId == currentRun_)
            return;
        currentRun_ = runId;
        Q_EMIT currentRunChanged(runId);
    }

Q_SIGNALS:
    // A run's state changed (started, finished, failed, stopped, lost): its store row is new.
    void runChanged(qint64 runId);
    // A run followed by the context reported metric points (they are in the store).
    void metricsAppended(qint64 runId);
    void currentRunChanged(qint64 runId);

private:
    qint64 currentRun_ = 0;
};

} // namespace adaptlab
