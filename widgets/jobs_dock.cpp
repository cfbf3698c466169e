// JobsDock: a table over JobListModel, a button row acting on the selected job, and a details
// pane that explains a failure in the job's own words (its exit code and last log lines).
#include "jobs_dock.h"

#include "background_task.h"
#include "job_list_model.h"
#include "job_runner.h"
#include "job_text.h"
#include "log_viewer.h"
#include "progress_bar_delegate.h"
#include "store/project_store.h"

#include <QDir>

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace adaptlab {

namespace {

// Runs on a worker with its own connection: the UI thread never waits on the store.
QList<StoredRun> readStoredRuns(const QString& projectDir, const std::atomic<bool>& cancel)
{
    store::OpenOptions options;
    options.quickCheckBudget = std::chrono::milliseconds(0); // the app's own open checked it
    const store::ProjectStore projectStore =
        store::ProjectStore::open(std::filesystem::path(projectDir.toStdString()), options);
    QList<StoredRun> runs;
    for (const store::RunRecord& record : projectStore.runs()) {
        if (cancel)
            return {};
        StoredRun run;
        run.id = record.id;
        run.title = JobText::runTitle(QString::fromStdString(record.specJson), record.id);
        run.status = QString::fromStdString(store::toString(record.status));
        run.message = QString::fromStdString(record.message);
        run.resultJson = QString::fromStdString(record.resultJson);
        run.createdAt = QString::fromStdString(record.createdAt);
        run.finishedAt = QString::fromStdString(record.finishedAt);
        runs.append(run);
    }
    return runs;
}

} // namespace

struct JobsDock::RunReader {
    explicit RunReader(QObject* owner) : task(owner) {}
    BackgroundTask<QList<StoredRun>> task;
};

JobsDock::JobsDock(QWidget* parent)
    : QDockWidget(tr("Jobs"), parent)
    , model_(new JobListModel(this))
{
    reader_ = std::make_unique<RunReader>(this);
    refreshTimer_.setInterval(kRefreshIntervalMs);
    connect(&refreshTimer_, &QTimer::timeout, this, &JobsDock::refreshRuns);
    soonTimer_.setSingleShot(true);
    soonTimer_.setInterval(100);
    connect(&soonTimer_, &QTimer::timeout, this, &JobsDock::refreshRuns);
    setObjectName(QStringLiteral("JobsDock")); // QMainWindow::saveState() needs a name
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);

    emptyLabel_ = new QLabel(tr("No jobs yet. Long work (scans, tokenizer training, training runs, "
                                "evaluations) runs as a separate process and appears here with "
                                "its progress; it keeps its log in the run folder."),
                             content);
    emptyLabel_->setObjectName(QStringLiteral("jobsEmptyLabel"));
    emptyLabel_->setWordWrap(true);
    emptyLabel_->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(emptyLabel_);

    refreshError_ = new QLabel(content);
    refreshError_->setObjectName(QStringLiteral("jobsRefreshError"));
    refreshError_->setWordWrap(true);
    refreshError_->hide();
    layout->addWidget(refreshError_);

    view_ = new QTableView(content);
    view_->setObjectName(QStringLiteral("jobsTable"));
    view_->setModel(model_);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->setAlternatingRowColors(true);
    view_->setShowGrid(false);
    view_->setWordWrap(false);
    view_->verticalHeader()->hide();
    view_->horizontalHeader()->setHighlightSections(false);
    view_->horizontalHeader()->setSectionResizeMode(JobListModel::Job, QHeaderView::Stretch);
    view_->horizontalHeader()->setSectionResizeMode(JobListModel::Status,
                                                    QHeaderView::ResizeToContents);
    view_->horizontalHeader()->setSectionResizeMode(JobListModel::Progress, QHeaderView::Fixed);
    view_->horizontalHeader()->resizeSection(JobListModel::Progress,
                                             view_->fontMetrics().horizontalAdvance(
                                                 QStringLiteral("100 %")) * 4);
    view_->horizontalHeader()->setSectionResizeMode(JobListModel::Eta,
                                                    QHeaderView::ResizeToContents);
    view_->setItemDelegateForColumn(
        JobListModel::Progress, new ProgressBarDelegate(JobListModel::ProgressPercentRole, view_));
    layout->addWidget(view_, 1);

    auto* buttons = new QHBoxLayout;
    stopButton_ = new QPushButton(tr("Stop"), content);
    stopButton_->setObjectName(QStringLiteral("stopButton"));
    stopButton_->setToolTip(tr("Ask the job to stop: it saves a checkpoint where it can and exits. "
                               "If it does not exit within its grace period, it is killed."));
    openLogButton_ = new QPushButton(tr("Open log"), content);
    openLogButton_->setObjectName(QStringLiteral("openLogButton"));
    openLogButton_->setToolTip(tr("Show the job's log (everything it printed) in a window that "
                                  "follows it while the job writes."));
    clearButton_ = new QPushButton(tr("Clear finished"), content);
    clearButton_->setObjectName(QStringLiteral("clearFinishedButton"));
    clearButton_->setToolTip(tr("Remove the jobs that are no longer running from this list. "
                                "Their run folders and logs are kept."));
    buttons->addWidget(stopButton_);
    buttons->addWidget(openLogButton_);
    buttons->addStretch(1);
    buttons->addWidget(clearButton_);
    layout->addLayout(buttons);

    details_ = new QWidget(content);
    details_->setObjectName(QStringLiteral("failureDetails"));
    auto* detailsLayout = new QVBoxLayout(details_);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsTitle_ = new QLabel(details_);
    detailsTitle_->setObjectName(QStringLiteral("failureTitle"));
    detailsTitle_->setWordWrap(true);
    QFont bold = detailsTitle_->font();
    bold.setBold(true);
    detailsTitle_->setFont(bold);
    detailsText_ = new QPlainTextEdit(details_);
    detailsText_->setObjectName(QStringLiteral("failureText"));
    detailsText_->setReadOnly(true);
    detailsText_->setLineWrapMode(QPlainTextEdit::NoWrap);
    detailsText_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    detailsLayout->addWidget(detailsTitle_);
    detailsLayout->addWidget(detailsText_);
    layout->addWidget(details_, 1);

    setWidget(content);

    connect(stopButton_, &QPushButton::clicked, this, &JobsDock::stopCurrent);
    connect(openLogButton_, &QPushButton::clicked, this, &JobsDock::openCurrentLog);
    connect(clearButton_, &QPushButton::clicked, this, &JobsDock::clearFinished);
    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &JobsDock::updateActions);
    connect(model_, &QAbstractItemModel::dataChanged, this, &JobsDock::updateActions);
    connect(model_, &QAbstractItemModel::rowsInserted, this, &JobsDock::updateActions);
    connect(model_, &QAbstractItemModel::rowsRemoved, this, &JobsDock::updateActions);
    connect(model_, &QAbstractItemModel::modelReset, this, &JobsDock::updateActions);
    updateActions();
}

JobsDock::~JobsDock() = default;

void JobsDock::addRunner(JobRunner* runner)
{
    if (!runner || model_->rowOf(runner) >= 0)
        return;
    model_->addRunner(runner);
    connect(runner, &JobRunner::finished, this, [this, runner] { onRunnerFinished(runner); });
    connect(runner, &JobRunner::stateChanged, this, &JobsDock::scheduleRefresh);
    setCurrentRunner(runner);
    scheduleRefresh();
}

void JobsDock::setProjectDir(const QString& projectDir)
{
    if (projectDir == projectDir_)
        return;
    projectDir_ = projectDir;
    reader_->task.cancel();
    // The other project's store rows go; runners the app still keeps stay listed.
    model_->setStoredRuns({});
    lastStatus_.clear();
    refreshError_->hide();
    if (projectDir_.isEmpty()) {
        refreshTimer_.stop();
        return;
    }
    refreshTimer_.start();
    refreshRuns();
}

QString JobsDock::projectDir() const
{
    return projectDir_;
}

int JobsDock::refreshCount() const
{
    return refreshCount_;
}

void JobsDock::scheduleRefresh()
{
    if (!projectDir_.isEmpty())
        soonTimer_.start();
}

void JobsDock::refreshRuns()
{
    if (projectDir_.isEmpty())
        return;
    const QString dir = projectDir_;
    reader_->task.run(
        [dir](const std::atomic<bool>& cancel) { return readStoredRuns(dir, cancel); },
        [this, dir](QList<StoredRun> runs, const QString& error) {
            if (dir != projectDir_)
                return;
            if (!error.isEmpty()) {
                refreshError_->setText(tr("The runs of the project could not be read: %1").arg(error));
                refreshError_->show();
                Q_EMIT refreshFailed(error);
                return;
            }
            refreshError_->hide();
            model_->setStoredRuns(runs);
            ++refreshCount_;
            QList<qint64> changed;
            QHash<qint64, QString> statuses;
            for (const StoredRun& run : std::as_const(runs)) {
                statuses.insert(run.id, run.status);
                const auto before = lastStatus_.constFind(run.id);
                if (before != lastStatus_.cend() && *before != run.status)
                    changed.append(run.id);
            }
            lastStatus_ = statuses;
            QList<qint64> unfollowed;
            for (const StoredRun& run : std::as_const(runs)) {
                const int row = model_->rowOfRun(run.id);
                if (run.isActive() && row >= 0 && model_->runnerAt(row) == nullptr)
                    unfollowed.append(run.id);
            }
            updateActions();
            Q_EMIT runsRefreshed();
            if (!changed.isEmpty())
                Q_EMIT storedRunsChanged(changed);
            if (!unfollowed.isEmpty())
                Q_EMIT activeRunsWithoutRunner(unfollowed);
        });
}

JobListModel* JobsDock::model() const
{
    return model_;
}

QTableView* JobsDock::view() const
{
    return view_;
}

JobRunner* JobsDock::currentRunner() const
{
    const QModelIndex current = view_->selectionModel()->currentIndex();
    return current.isValid() ? model_->runnerAt(current.row()) : nullptr;
}

void JobsDock::setCurrentRunner(JobRunner* runner)
{
    const int row = model_->rowOf(runner);
    if (row < 0)
        return;
    view_->selectionModel()->setCurrentIndex(
        model_->index(row, JobListModel::Job),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view_->scrollTo(model_->index(row, JobListModel::Job));
    updateActions();
}

void JobsDock::stopCurrent()
{
    if (JobRunner* runner = currentRunner())
        runner->stop();
}

QString JobsDock::currentLogPath() const
{
    if (const JobRunner* runner = currentRunner())
        return runner->logPath();
    const QModelIndex current = view_->selectionModel()->currentIndex();
    const qint64 runId = current.isValid() ? model_->runIdAt(current.row()) : 0;
    if (runId <= 0 || projectDir_.isEmpty())
        return {};
    return QDir(projectDir_).filePath(QStringLiteral("runs/%1/log.txt").arg(runId));
}

QString JobsDock::currentTitle() const
{
    const QModelIndex current = view_->selectionModel()->currentIndex();
    return current.isValid() ? model_->index(current.row(), JobListModel::Job).data().toString()
                             : QString();
}

LogViewer* JobsDock::openCurrentLog()
{
    const QString logPath = currentLogPath();
    if (logPath.isEmpty())
        return nullptr;
    // The app's own viewer: a desktop without a text-viewer launcher opened nothing. It reads the
    // child's own log.txt, so a run started by an earlier window shows all of its log too.
    QPointer<LogViewer>& viewer = logViewers_[logPath];
    if (!viewer) {
        viewer = new LogViewer(logPath, currentTitle(), this);
        viewer->setAttribute(Qt::WA_DeleteOnClose);
    }
    viewer->show();
    viewer->raise();
    viewer->activateWindow();
    return viewer;
}

void JobsDock::clearFinished()
{
    model_->removeInactive();
}

void JobsDock::onRunnerFinished(JobRunner* runner)
{
    // A failure is what the user needs to see next, unless they are watching another live job.
    const JobRunner* current = currentRunner();
    const bool watchingLiveJob = current && current != runner
        && (current->state() == JobRunner::State::Running
            || current->state() == JobRunner::State::Stopping);
    if (runner->state() == JobRunner::State::Failed && !watchingLiveJob)
        setCurrentRunner(runner);
    updateActions();
    Q_EMIT jobEnded(runner);
}

void JobsDock::updateActions()
{
    const bool empty = model_->rowCount() == 0;
    emptyLabel_->setVisible(empty);
    view_->setVisible(!empty);
    clearButton_->setEnabled(!empty);

    const QModelIndex current = view_->selectionModel()->currentIndex();
    const JobRunner* runner = currentRunner();
    const auto state = current.isValid()
        ? static_cast<JobRunner::State>(model_->index(current.row(), 0).data(JobListModel::StateRole).toInt())
        : JobRunner::State::Idle;
    stopButton_->setEnabled(runner && state == JobRunner::State::Running);
    // The viewer waits for a log that is not written yet.
    openLogButton_->setEnabled(!currentLogPath().isEmpty());

    const bool showDetails = current.isValid()
        && (state == JobRunner::State::Failed || state == JobRunner::State::Refused);
    details_->setVisible(showDetails);
    if (!showDetails)
        return;
    const QString title = currentTitle().isEmpty() ? tr("The job") : currentTitle();
    const bool lost = model_->index(current.row(), 0).data(JobListModel::IsLostRole).toBool();
    if (state == JobRunner::State::Refused)
        detailsTitle_->setText(tr("%1 was refused before it started:").arg(title));
    else if (lost)
        detailsTitle_->setText(tr("%1 was lost (its process ended without a final event):").arg(title));
    else
        detailsTitle_->setText(tr("%1 failed:").arg(title));
    const QString text = model_->index(current.row(), 0).data(JobListModel::ErrorStringRole).toString();
    if (detailsText_->toPlainText() != text)
        detailsText_->setPlainText(text);
}

} // namespace adaptlab
