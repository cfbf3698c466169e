// JobListModel: reads everything it shows from the runners themselves, so a row is never stale;
// the runners' signals only say which row to repaint.
#include "job_list_model.h"

#include "job_text.h"
#include "view_helpers.h"

#include <QDir>
#include <QtMath>

#include <algorithm>

namespace adaptlab {

namespace {

bool isActive(JobRunner::State state)
{
    return state == JobRunner::State::Running || state == JobRunner::State::Stopping;
}

int progressPercent(const JobRunner* runner)
{
    if (runner->state() == JobRunner::State::Finished)
        return 100;
    if (runner->total() <= 0)
        return -1;
    const double fraction =
        static_cast<double>(runner->done()) / static_cast<double>(runner->total());
    return qBound(0, static_cast<int>(fraction * 100.0), 100);
}

} // namespace

JobListModel::JobListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

JobListModel::~JobListModel() = default;

void JobListModel::setRunners(const QList<JobRunner*>& runners)
{
    beginResetModel();
    for (JobRunner* runner : std::as_const(runners_))
        unfollow(runner);
    runners_.clear();
    for (JobRunner* runner : runners) {
        if (runner && !runners_.contains(runner)) {
            runners_.append(runner);
            follow(runner);
        }
    }
    endResetModel();
}

void JobListModel::addRunner(JobRunner* runner)
{
    if (!runner || runners_.contains(runner))
        return;
    const int row = static_cast<int>(runners_.size());
    beginInsertRows({}, row, row);
    runners_.append(runner);
    follow(runner);
    endInsertRows();
}

void JobListModel::removeRunner(JobRunner* runner)
{
    const int row = rowOf(runner);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    unfollow(runner);
    runners_.removeAt(row);
    endRemoveRows();
}

int JobListModel::removeInactive()
{
    int removed = 0;
    for (int row = static_cast<int>(runners_.size()) - 1; row >= 0; --row) {
        if (isActive(runners_.at(row)->state()))
            continue;
        removeRunner(runners_.at(row));
        ++removed;
    }
    return removed;
}

JobRunner* JobListModel::runnerAt(int row) const
{
    return row >= 0 && row < runners_.size() ? runners_.at(row) : nullptr;
}

int JobListModel::rowOf(const JobRunner* runner) const
{
    return static_cast<int>(runners_.indexOf(const_cast<JobRunner*>(runner)));
}

QList<JobRunner*> JobListModel::runners() const
{
    return runners_;
}

int JobListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(runners_.size());
}

int JobListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobRunner* runner = runners_.at(index.row());
    const JobRunner::State state = runner->state();

    switch (role) {
    case RunnerRole:
        return QVariant::fromValue(static_cast<QObject*>(const_cast<JobRunner*>(runner)));
    case StateRole:
        return static_cast<int>(state);
    case ProgressPercentRole:
        return progressPercent(runner);
    case DoneRole:
        return runner->done();
    case TotalRole:
        return runner->total();
    case EtaSecondsRole:
        return runner->etaSeconds();
    case ErrorStringRole:
        return runner->errorString();
    case LogPathRole:
        return runner->logPath();
    case RunDirRole:
        return runner->runDir();
    case IsActiveRole:
        return isActive(state);
    default:
        break;
    }

    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Job:
            return runner->title().isEmpty() ? tr("(untitled job)") : runner->title();
        case Status: {
            const QString text = stateText(state);
            if (state == JobRunner::State::Running && !runner->stage().isEmpty())
                return tr("%1: %2").arg(text, JobText::stageName(runner->stage()));
            if (state == JobRunner::State::Failed && runner->crashed())
                return tr("%1 (signal %2)").arg(text).arg(runner->exitCode());
            if (state == JobRunner::State::Failed && runner->exitCode() >= 0)
                return tr("%1 (exit code %2)").arg(text).arg(runner->exitCode());
            return text;
        }
        case Progress: {
            const int percent = progressPercent(runner);
            if (percent < 0)
                return runner->done() > 0 ? QString::number(runner->done()) : QString();
            return tr("%1 %").arg(percent);
        }
        case Eta:
            return isActive(state) ? formatDuration(runner->etaSeconds()) : QString();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Job:
            return runner->runDir().isEmpty() ? QVariant()
                                              : QVariant(QDir::toNativeSeparators(runner->runDir()));
        case Status:
            return runner->errorString().isEmpty() ? QVariant() : QVariant(runner->errorString());
        case Progress:
            return runner->total() > 0
                ? QVariant(tr("%1 of %2").arg(runner->done()).arg(runner->total()))
                : QVariant();
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (column == Progress || column == Eta))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Job:
        return tr("Job");
    case Status:
        return tr("Status");
    case Progress:
        return tr("Progress");
    case Eta:
        return tr("ETA");
    default:
        return {};
    }
}

QHash<int, QByteArray> JobListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RunnerRole, "runner");
    names.insert(StateRole, "state");
    names.insert(ProgressPercentRole, "progressPercent");
    names.insert(DoneRole, "done");
    names.insert(TotalRole, "total");
    names.insert(EtaSecondsRole, "etaSeconds");
    names.insert(ErrorStringRole, "errorString");
    names.insert(LogPathRole, "logPath");
    names.insert(RunDirRole, "runDir");
    names.insert(IsActiveRole, "isActive");
    return names;
}

QString JobListModel::formatDuration(double seconds)
{
    return ViewHelpers::duration(seconds);
}

QString JobListModel::stateText(JobRunner::State state)
{
    return JobText::runnerState(state);
}

void JobListModel::follow(JobRunner* runner)
{
    connect(runner, &JobRunner::progress, this, [this, runner] { rowChanged(runner); });
    connect(runner, &JobRunner::stateChanged, this, [this, runner] { rowChanged(runner); });
    connect(runner, &JobRunner::finished, this, [this, runner] { rowChanged(runner); });
    // destroyed() comes from ~QObject: only the pointer value is used, never the object.
    connect(runner, &QObject::destroyed, this, [this, runner] { removeRunner(runner); });
}

void JobListModel::unfollow(JobRunner* runner)
{
    disconnect(runner, nullptr, this, nullptr);
}

void JobListModel::rowChanged(JobRunner* runner)
{
    const int row = rowOf(runner);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace adaptlab
