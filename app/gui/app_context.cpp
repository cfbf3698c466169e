#include "app_context.h"

#include "app_settings.h"

#include "job_runner.h"
#include "job_text.h"
#include "jobs/job_spec.h"
#include "store/project_store.h"
#include "store_access.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <exception>
#include <filesystem>

namespace adaptlab::gui {

namespace {

std::filesystem::path toPath(const QString& path)
{
    return std::filesystem::path(QDir::cleanPath(QFileInfo(path).absoluteFilePath()).toStdString());
}

} // namespace

AppContext::AppContext(QObject* parent) : PanelContext(parent), writer_(new StoreWriter(this)) {}

AppContext::~AppContext() = default;

store::ProjectStore* AppContext::store() const
{
    return store_.get();
}

QString AppContext::projectDir() const
{
    return projectDir_;
}

void AppContext::showStatusMessage(const QString& message)
{
    Q_EMIT statusMessageRequested(message);
}

QString AppContext::devicePolicy() const
{
    return AppSettings::devicePolicy();
}

void AppContext::requestOpenProject(const QString& dirOrFile)
{
    requestOpen(dirOrFile, false);
}

void AppContext::requestCreateProject(const QString& dir)
{
    requestOpen(dir, true);
}

void AppContext::requestOpen(const QString& path, bool create)
{
    openingPath_ = path;
    Q_EMIT projectOpenStarted(path);
    const std::filesystem::path where = toPath(path);
    opening_.run(
        [where, create](const std::atomic<bool>&) {
            return std::make_shared<store::ProjectStore>(create ? store::ProjectStore::create(where)
                                                                : store::ProjectStore::open(where));
        },
        [this, path](std::shared_ptr<store::ProjectStore> opened, const QString& error) {
            openingPath_.clear();
            if (opened)
                adopt(std::move(*opened));
            // The moved-from store holds no connection; the adopted one lives in store_.
            Q_EMIT projectOpenFinished(path, opened ? QString() : error);
        });
}

void AppContext::closeOffThread(std::unique_ptr<store::ProjectStore> store)
{
    if (!store)
        return;
    // The connection is only handed over, never shared: nothing on the UI thread uses it after this.
    std::shared_ptr<store::ProjectStore> closing(std::move(store));
    TaskLanes::pool(TaskLane::Quick)->start([closing]() mutable { closing.reset(); });
}

bool AppContext::openProject(const QString& dirOrFile, QString* error)
{
    try {
        adopt(store::ProjectStore::open(toPath(dirOrFile)));
        return true;
    } catch (const std::exception& e) {
        if (error != nullptr)
            *error = QString::fromStdString(e.what());
        return false;
    }
}

bool AppContext::createProject(const QString& dir, QString* error)
{
    try {
        adopt(store::ProjectStore::create(toPath(dir)));
        return true;
    } catch (const std::exception& e) {
        if (error != nullptr)
            *error = QString::fromStdString(e.what());
        return false;
    }
}

void AppContext::closeProject()
{
    if (isOpening()) {
        // Closing wins over an open still on its way: its answer is dropped.
        const QString path = openingPath_;
        opening_.cancel();
        openingPath_.clear();
        Q_EMIT projectOpenFinished(path, tr("Closed before it was open."));
    }
    if (!store_)
        return;
    dropRunners();
    closeOffThread(std::move(store_));
    projectDir_.clear();
    writer_->setProject({});
    setCurrentDataset({});
    setCurrentRun(0);
    Q_EMIT projectChanged();
}

void AppContext::adopt(store::ProjectStore&& opened)
{
    dropRunners();
    closeOffThread(std::move(store_));
    store_ = std::make_unique<store::ProjectStore>(std::move(opened));
    projectDir_ = QString::fromStdString(store_->root().string());
    writer_->setProject(projectDir_);
    setCurrentDataset({});
    setCurrentRun(0);
    Q_EMIT projectChanged();
}

// The runners of the project being closed: they only followed; their runs go on. A runner still
// Starting goes too (its run is started without it when the row lands, see launch()), and so does
// one whose start failed.
void AppContext::dropRunners()
{
    for (const QPointer<JobRunner>& runner : std::as_const(starting_))
        if (runner)
            runner->deleteLater();
    starting_.clear();
    for (const QPointer<JobRunner>& runner : std::as_const(runners_)) {
        if (!runner)
            continue;
        runner->disconnect(this);
        runner->deleteLater();
    }
    runners_.clear();
}

JobRunner* AppContext::followRun(qint64 runId)
{
    if (!store_ || runId <= 0)
        return nullptr;
    if (JobRunner* existing = runners_.value(runId))
        return existing;
    auto* runner = new JobRunner(this);
    if (!jobProgram_.isEmpty()) {
        runner->setProgram(jobProgram_);
        runner->setCliProgram(jobProgram_);
    }
    // Named as the Jobs dock names every run: from its spec (a small file the run folder keeps).
    QFile spec(QDir(projectDir_).filePath(QStringLiteral("runs/%1/spec.json").arg(runId)));
    if (spec.open(QIODevice::ReadOnly))
        runner->setTitle(JobText::runTitle(QString::fromUtf8(spec.readAll()), runId));
    watchRunner(runner, runId);
    runner->attach(projectDir_, runId);
    Q_EMIT runnerAttached(runner);
    return runner;
}

QList<JobRunner*> AppContext::activeRunners() const
{
    QList<JobRunner*> active;
    for (const QPointer<JobRunner>& runner : runners_)
        if (runner && (runner->state() == JobRunner::State::Running
                       || runner->state() == JobRunner::State::Stopping))
            active.append(runner);
    return active;
}

void AppContext::noteRunsChanged(const QList<qint64>& runIds)
{
    for (const qint64 id : runIds)
        Q_EMIT runChanged(id);
    Q_EMIT storeChanged();
}

void AppContext::stopActiveRuns()
{
    for (JobRunner* runner : activeRunners())
        runner->stop();
}

void AppContext::setJobProgram(const QString& program)
{
    jobProgram_ = program;
}

JobRunner* AppContext::startJob(const QString& specJson, QString* error)
{
    auto refuse = [error](const QString& why) -> JobRunner* {
        if (error != nullptr)
            *error = why;
        return nullptr;
    };
    if (!store_)
        return refuse(tr("No project is open. Create or open a project before starting a job."));

    // Refuse a bad spec before anything is written: no run row, no process.
    const auto problems = jobs::validateSpecText(specJson.toStdString());
    if (!problems.empty()) {
        const auto& first = problems.front();
        return refuse(tr("The job was refused: %1: %2")
                          .arg(QString::fromStdString(first.field),
                               QString::fromStdString(first.message)));
    }

    // The run row is created by the writer (it may wait for another process's write lock); the
    // runner is handed back at once, Starting, and the child starts when the row is there.
    const QString kind = QJsonDocument::fromJson(specJson.toUtf8()).object().value(QStringLiteral("kind")).toString();
    auto* runner = new JobRunner(this);
    if (!jobProgram_.isEmpty()) {
        runner->setProgram(jobProgram_);
        runner->setCliProgram(jobProgram_);
    }
    runner->setTitle(tr("%1 (starting)", "job label while its run is being created")
                         .arg(JobText::jobLabel(specJson.toStdString())));
    runner->beginStarting();
    starting_.append(runner);
    const QString project = projectDir_;
    writer_->write(
        this,
        [kind = kind.toStdString(), spec = specJson.toStdString()](store::ProjectStore& writing) {
            return writing.createRun(kind, spec);
        },
        [this, runner = QPointer<JobRunner>(runner), specJson, project](qint64 runId, const QString& error) {
            launch(runner, specJson, project, runId, error);
        });
    Q_EMIT jobStarted(runner);
    return runner;
}

void AppContext::launch(JobRunner* runner, const QString& specJson, const QString& project, qint64 runId,
                        const QString& error)
{
    if (runId <= 0) {
        if (runner)
            runner->failStarting(error.isEmpty() ? tr("The store did not create the run.") : error);
        return;
    }
    QJsonObject spec = QJsonDocument::fromJson(specJson.toUtf8()).object();
    spec.insert(QStringLiteral("project"), project);
    spec.insert(QStringLiteral("run_id"), runId);
    const QString finalSpec = QString::fromUtf8(QJsonDocument(spec).toJson(QJsonDocument::Indented));
    const QString runDir = QDir(project).filePath(QStringLiteral("runs/%1").arg(runId));
    if (!runner || projectDir_ != project) {
        // The runner was dropped (its project was closed meanwhile): the run row exists, so the
        // child still starts, owns its run, and shows up when that project is open again.
        JobRunner orphan;
        if (!jobProgram_.isEmpty())
            orphan.setProgram(jobProgram_);
        if (!orphan.start(finalSpec, runDir))
            recordNeverRan(project, runId, orphan.errorString());
        return;
    }
    runner->setTitle(JobText::runTitle(specJson, runId));
    if (!runner->start(finalSpec, runDir)) {
        // start() ended the runner (Failed or Refused, finished()); the dock shows why. The row
        // says why the run never ran.
        recordNeverRan(project, runId, runner->errorString());
        return;
    }
    starting_.removeAll(runner);
    watchRunner(runner, runId);
    Q_EMIT storeChanged();
    Q_EMIT runChanged(runId);
}

void AppContext::recordNeverRan(const QString& project, qint64 runId, const QString& why)
{
    if (writer_->projectDir() != project)
        return;
    // Written by the writer; panels re-read after it.
    writer_->write(
        this,
        [runId, why](store::ProjectStore& writing) {
            writing.setRunStatus(runId, store::RunStatus::Failed, why.toStdString());
        },
        [this](const QString&) { Q_EMIT storeChanged(); });
}

void AppContext::watchRunner(JobRunner* runner, qint64 runId)
{
    runners_.insert(runId, runner);
    // The child records its own outcome in the store, and the reconcile of `adaptlab-cli runs
    // list` records a lost one. When neither could (a job program that never became a child of
    // ours, a CLI without the runs command), the row would say "running" forever: the runner's
    // verdict is recorded instead.
    const QString project = projectDir_;
    connect(runner, &JobRunner::stateChanged, this, [this, runId] { Q_EMIT runChanged(runId); });
    connect(runner, &JobRunner::finished, this, [this, runner, runId, project](JobRunner::State state) {
        const bool verdict = state == JobRunner::State::Failed || state == JobRunner::State::Stopped;
        if (!verdict || projectDir_ != project || writer_->projectDir() != project) {
            Q_EMIT storeChanged();
            return;
        }
        const store::RunStatus status = state == JobRunner::State::Failed ? store::RunStatus::Failed
                                                                          : store::RunStatus::Stopped;
        const std::string why = runner->errorString().toStdString();
        writer_->write(
            this,
            [runId, status, why](store::ProjectStore& writing) {
                const auto run = writing.run(runId);
                const bool unfinished = run
                    && (run->status == store::RunStatus::Queued || run->status == store::RunStatus::Running);
                if (unfinished)
                    writing.setRunStatus(runId, status, why);
            },
            // An error here is a damaged or read-only store: the dock still shows the runner's verdict.
            [this, runId](const QString&) {
                Q_EMIT runChanged(runId);
                Q_EMIT storeChanged();
            });
    });
    connect(runner, &JobRunner::metric, this, [this, runId] { Q_EMIT metricsAppended(runId); });
}

} // namespace adaptlab::gui
