// The app's side of the PanelContext contract: owns the open project's store, starts jobs for
// panels (creating the run in the store first, so the log lands in runs/<id>/) and tells panels
// when the project or its rows change.
#pragma once

#include "panel_context.h"

#include <QList>
#include <QPointer>
#include <QString>

#include <memory>

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

    // Opens a project folder (or its project.adaptlab). On failure returns false, sets *error to
    // the store's message and keeps the current project untouched.
    bool openProject(const QString& dirOrFile, QString* error);
    // Creates a new project in DIR and opens it.
    bool createProject(const QString& dir, QString* error);
    void closeProject();

    // The job program the runners start (default: the JobRunner's, adaptlab-cli beside the app).
    void setJobProgram(const QString& program);

Q_SIGNALS:
    void statusMessageRequested(const QString& message);
    void jobStarted(adaptlab::JobRunner* runner);

private:
    void adopt(store::ProjectStore&& store);
    void followRun(JobRunner* runner, qint64 runId);

    std::unique_ptr<store::ProjectStore> store_;
    QString projectDir_;
    QString jobProgram_;
};

} // namespace adaptlab::gui
