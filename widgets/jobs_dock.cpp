// JobsDock: a table over JobListModel, a button row acting on the selected job, and a details
// pane that explains a failure in the job's own words (its exit code and last log lines).
#include "jobs_dock.h"

#include "job_list_model.h"
#include "job_runner.h"
#include "log_viewer.h"
#include "progress_bar_delegate.h"

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

JobsDock::JobsDock(QWidget* parent)
    : QDockWidget(tr("Jobs"), parent)
    , model_(new JobListModel(this))
{
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
    setCurrentRunner(runner);
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

LogViewer* JobsDock::openCurrentLog()
{
    const JobRunner* runner = currentRunner();
    if (!runner || runner->logPath().isEmpty())
        return nullptr;
    // The app's own viewer: a desktop without a text-viewer launcher opened nothing.
    QPointer<LogViewer>& viewer = logViewers_[runner->logPath()];
    if (!viewer) {
        viewer = new LogViewer(runner->logPath(), runner->title(), this);
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

    const JobRunner* runner = currentRunner();
    const JobRunner::State state = runner ? runner->state() : JobRunner::State::Idle;
    stopButton_->setEnabled(runner && state == JobRunner::State::Running);
    // The viewer waits for a log that is not written yet.
    openLogButton_->setEnabled(runner && !runner->logPath().isEmpty());

    const bool showDetails =
        runner && (state == JobRunner::State::Failed || state == JobRunner::State::Refused);
    details_->setVisible(showDetails);
    if (!showDetails)
        return;
    const QString title = runner->title().isEmpty() ? tr("The job") : runner->title();
    if (state == JobRunner::State::Refused)
        detailsTitle_->setText(tr("%1 was refused before it started:").arg(title));
    else if (runner->crashed())
        detailsTitle_->setText(tr("%1 crashed (signal %2):").arg(title).arg(runner->exitCode()));
    else if (runner->exitCode() >= 0)
        detailsTitle_->setText(tr("%1 failed (exit code %2):").arg(title).arg(runner->exitCode()));
    else
        detailsTitle_->setText(tr("%1 failed:").arg(title));
    if (detailsText_->toPlainText() != runner->errorString())
        detailsText_->setPlainText(runner->errorString());
}

} // namespace adaptlab
