#include "app_context.h"

#include "app_settings.h"

#include "job_runner.h"
#include "job_text.h"
#include "jobs/job_spec.h"
#include "store/project_store.h"

#include <QDir>
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

AppContext::AppContext(QObject* parent) : PanelContext(parent) {}

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
    if (!store_)
        return;
    store_.reset();
    projectDir_.clear();
    setCurrentDataset({});
    Q_EMIT projectChanged();
}

void AppContext::adopt(store::ProjectStore&& opened)
{
    store_ = std::make_unique<store::ProjectStore>(std::move(opened));
    projectDir_ = QString::fromStdString(store_->root().string());
    setCurrentDataset({});
    Q_EMIT projectChanged();
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

    QJsonObject spec = QJsonDocument::fromJson(specJson.toUtf8()).object();
    const QString kind = spec.value(QStringLiteral("kind")).toString();
    qint64 runId = 0;
    try {
        runId = store_->createRun(kind.toStdString(), specJson.toStdString());
    } catch (const std::exception& e) {
        return refuse(QString::fromStdString(e.what()));
    }
    spec.insert(QStringLiteral("project"), projectDir_);
    spec.insert(QStringLiteral("run_id"), runId);
    const QString finalSpec = QString::fromUtf8(QJsonDocument(spec).toJson(QJsonDocument::Indented));
    const QString runDir = QString::fromStdString(store_->runDir(runId).string());

    auto* runner = new JobRunner(this);
    if (!jobProgram_.isEmpty())
        runner->setProgram(jobProgram_);
    runner->setTitle(JobText::runTitle(specJson, runId));
    followRun(runner, runId);
    if (!runner->start(finalSpec, runDir)) {
        const QString why = runner->errorString();
        try {
            store_->setRunStatus(runId, store::RunStatus::Failed, why.toStdString());
        } catch (const std::exception&) {
        }
        runner->deleteLater();
        Q_EMIT storeChanged();
        return refuse(why);
    }
    Q_EMIT jobStarted(runner);
    Q_EMIT storeChanged();
    return runner;
}

void AppContext::followRun(JobRunner* runner, qint64 runId)
{
    const QString project = projectDir_;
    connect(runner, &JobRunner::finished, this, [this, runner, runId, project](JobRunner::State state) {
        // The child records its own outcome; if it died before it could (crash, missing binary),
        // the run would stay "running" forever, so record what the runner saw.
        if (store_ && projectDir_ == project) {
            try {
                const auto run = store_->run(runId);
                const bool unfinished = run && (run->status == store::RunStatus::Queued ||
                                                run->status == store::RunStatus::Running);
                if (unfinished && state == JobRunner::State::Failed)
                    store_->setRunStatus(runId, store::RunStatus::Failed,
                                         runner->errorString().toStdString());
                else if (unfinished && state == JobRunner::State::Stopped)
                    store_->setRunStatus(runId, store::RunStatus::Stopped,
                                         runner->errorString().toStdString());
            } catch (const std::exception&) {
            }
            Q_EMIT storeChanged();
        }
    });
}

} // namespace adaptlab::gui
