// JobListModel: reads everything it shows from the runners themselves, so a row is never stale;
// the runners' signals only say which row to repaint.
#include "job_list_model.h"

#include "job_text.h"
#include "store/project_store.h"
#include "view_helpers.h"

#include <QDir>
#include <QtMath>

#include <algorithm>

namespace adaptlab {

namespace {

bool isActive(JobRunner::State state)
{
    return state == JobRunner::State::Running || state == JobRunner::State::Stopping
        || state == JobRunner::State::Starting;
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

bool StoredRun::isActive() const
{
    return status == QLatin1String("running") || status == QLatin1String("queued");
}

bool StoredRun::isLost() const
{
    return status == QLatin1String("failed") && message.startsWith(QLatin1String("lost"));
}

qint64 JobListModel::Row::runId() const
{
    if (stored)
        return stored->id;
    return runner ? runner->runId() : 0;
}

JobListModel::JobListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

JobListModel::~JobListModel() = default;

void JobListModel::setRunners(const QList<JobRunner*>& runners)
{
    beginResetModel();
    for (const Row& row : std::as_const(rows_))
        if (row.runner)
            unfollow(row.runner);
    rows_.clear();
    hidden_.clear();
    for (JobRunner* runner : runners) {
        if (runner && rowOf(runner) < 0) {
            rows_.append(Row{runner, std::nullopt});
            follow(runner);
        }
    }
    endResetModel();
}

void JobListModel::addRunner(JobRunner* runner)
{
    if (!runner || rowOf(runner) >= 0)
        return;
    const int existing = runner->runId() > 0 ? rowOfRun(runner->runId()) : -1;
    if (existing >= 0 && rows_.at(existing).runner == nullptr) {
        // The store listed the run first (a run started by an earlier window): the runner
        // takes over its row.
        rows_[existing].runner = runner;
        follow(runner);
        rowChanged(runner);
        return;
    }
    hidden_.remove(runner->runId());
    const int row = static_cast<int>(rows_.size());
    beginInsertRows({}, row, row);
    rows_.append(Row{runner, std::nullopt});
    follow(runner);
    endInsertRows();
}

void JobListModel::removeRunner(JobRunner* runner)
{
    const int row = rowOf(runner);
    if (row < 0)
        return;
    unfollow(runner);
    if (rows_.at(row).stored) {
        rows_[row].runner = nullptr; // the store's row stays
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginRemoveRows({}, row, row);
    rows_.removeAt(row);
    endRemoveRows();
}

int JobListModel::removeInactive()
{
    int removed = 0;
    for (int row = static_cast<int>(rows_.size()) - 1; row >= 0; --row) {
        if (data(index(row, 0), IsActiveRole).toBool())
            continue;
        const Row gone = rows_.at(row);
        if (gone.runId() > 0)
            hidden_.insert(gone.runId());
        if (gone.runner)
            unfollow(gone.runner);
        beginRemoveRows({}, row, row);
        rows_.removeAt(row);
        endRemoveRows();
        ++removed;
    }
    return removed;
}

void JobListModel::setStoredRuns(const QList<StoredRun>& runs)
{
    QSet<qint64> listed;
    for (const StoredRun& run : runs)
        listed.insert(run.id);
    // Runs gone from the store: their rows go, unless a runner still follows them.
    for (int row = static_cast<int>(rows_.size()) - 1; row >= 0; --row) {
        Row& r = rows_[row];
        if (!r.stored || listed.contains(r.stored->id))
            continue;
        if (r.runner) {
            r.stored.reset();
            continue;
        }
        beginRemoveRows({}, row, row);
        rows_.removeAt(row);
        endRemoveRows();
    }
    // Oldest first, so that the newest run ends up last as with runners.
    for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
        const StoredRun& run = *it;
        if (hidden_.contains(run.id))
            continue;
        const int row = rowOfRun(run.id);
        if (row >= 0) {
            const bool changed = !rows_.at(row).stored || rows_.at(row).stored->status != run.status
                || rows_.at(row).stored->message != run.message
                || rows_.at(row).stored->title != run.title;
            rows_[row].stored = run;
            if (changed)
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            continue;
        }
        const int at = static_cast<int>(rows_.size());
        beginInsertRows({}, at, at);
        rows_.append(Row{nullptr, run});
        endInsertRows();
    }
}

JobRunner* JobListModel::runnerAt(int row) const
{
    return row >= 0 && row < rows_.size() ? rows_.at(row).runner : nullptr;
}

int JobListModel::rowOf(const JobRunner* runner) const
{
    if (!runner)
        return -1;
    for (int row = 0; row < rows_.size(); ++row)
        if (rows_.at(row).runner == runner)
            return row;
    return -1;
}

int JobListModel::rowOfRun(qint64 runId) const
{
    if (runId <= 0)
        return -1;
    for (int row = 0; row < rows_.size(); ++row)
        if (rows_.at(row).runId() == runId)
            return row;
    return -1;
}

qint64 JobListModel::runIdAt(int row) const
{
    return row >= 0 && row < rows_.size() ? rows_.at(row).runId() : 0;
}

std::optional<StoredRun> JobListModel::storedRunAt(int row) const
{
    return row >= 0 && row < rows_.size() ? rows_.at(row).stored : std::nullopt;
}

QList<JobRunner*> JobListModel::runners() const
{
    QList<JobRunner*> list;
    for (const Row& row : rows_)
        if (row.runner)
            list.append(row.runner);
    return list;
}

int JobListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int JobListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobListModel::storedData(const StoredRun& run, int column, int role) const
{
    const bool done = run.status == QLatin1String("done");
    switch (role) {
    case RunnerRole:
        return QVariant::fromValue(static_cast<QObject*>(nullptr));
    case StateRole: {
        JobRunner::State state = JobRunner::State::Idle;
        if (run.isActive())
            state = JobRunner::State::Running;
        else if (done)
            state = JobRunner::State::Finished;
        else if (run.status == QLatin1String("stopped"))
            state = JobRunner::State::Stopped;
        else
            state = JobRunner::State::Failed;
        return static_cast<int>(state);
    }
    case ProgressPercentRole:
        return done ? 100 : -1;
    case DoneRole:
    case TotalRole:
        return qint64(0);
    case EtaSecondsRole:
        return -1.0;
    case ErrorStringRole:
        return run.message;
    case LogPathRole:
    case RunDirRole:
        return QString(); // the dock asks the runner, or the store's run folder
    case IsActiveRole:
        return run.isActive();
    case RunIdRole:
        return run.id;
    case IsLostRole:
        return run.isLost();
    case ResultJsonRole:
        return run.resultJson;
    default:
        break;
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Job:
            return run.title;
        case Status:
            return run.isLost() ? tr("lost") : storeStatusText(run.status);
        case Progress:
            return done ? tr("%1 %").arg(100) : QString();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && column == Status && !run.message.isEmpty())
        return run.message;
    if (role == Qt::TextAlignmentRole && (column == Progress || column == Eta))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QString JobListModel::storeStatusText(const QString& status)
{
    return JobText::runStatus(store::runStatusFromString(status.toStdString()));
}

QVariant JobListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = rows_.at(index.row());
    if (!row.runner)
        return row.stored ? storedData(*row.stored, index.column(), role) : QVariant();
    const JobRunner* runner = row.runner;
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
    case RunIdRole:
        return row.runId();
    case IsLostRole:
        return runner->isLost();
    case ResultJsonRole:
        return runner->resultJson();
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
            if (state == JobRunner::State::Failed && runner->isLost())
                return tr("lost");
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
    names.insert(RunIdRole, "runId");
    names.insert(IsLostRole, "isLost");
    names.insert(ResultJsonRole, "resultJson");
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
    // A runner added while Starting learns its run id later; a store refresh answered in between
    // may have listed that run already: the runner's row takes the store's row over.
    connect(runner, &JobRunner::runIdAssigned, this, [this, runner](qint64 runId) {
        for (int row = static_cast<int>(rows_.size()) - 1; row >= 0; --row) {
            if (rows_.at(row).runner != nullptr || !rows_.at(row).stored || rows_.at(row).stored->id != runId)
                continue;
            const StoredRun stored = *rows_.at(row).stored;
            beginRemoveRows({}, row, row);
            rows_.removeAt(row);
            endRemoveRows();
            const int mine = rowOf(runner);
            if (mine >= 0)
                rows_[mine].stored = stored;
        }
        rowChanged(runner);
    });
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
