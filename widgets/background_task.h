// BackgroundTask<T>: one kind of background computation of a panel (a preview, a recount, a page of
// documents, a search) where the newest request wins. run() copies its inputs into a worker on one
// of two lanes (TaskLanes), cancels the request before it (through its atomic flag, which the work
// receives and must check between batches or documents) and drops that one's result; the newest
// result comes back on the owner's thread. The destructor cancels and waits, so a worker never
// outlives the widget that asked for it. Workers never touch widgets.
#pragma once

#include "adaptlab_widgets_export.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <exception>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace adaptlab {

// Which pool a task runs on. Quick work (a recount, a page of texts, one document) must answer
// while a long pass (a search, a full read) runs: on two cores, two searches on one shared pool
// would take both threads and a recount would wait behind them. So each lane has its own pool:
// Quick max(1, cores - 1) threads, Long max(1, cores / 2) (1 on two cores), and neither waits for
// the other.
enum class TaskLane { Quick, Long };

class ADAPTLAB_WIDGETS_EXPORT TaskLanes {
public:
    static QThreadPool* pool(TaskLane lane);
    // The threads of each lane for `cores` cores: {quick, long}. Public for the tests.
    static std::pair<int, int> threadsFor(int cores);
};

template <typename T>
class BackgroundTask {
public:
    // The work checks `cancel` between batches or documents and returns early when it is set;
    // what it returns then is dropped.
    using Work = std::function<T(const std::atomic<bool>& cancel)>;
    // error is empty on success; on failure (the work threw) value is default-constructed.
    using Done = std::function<void(T value, const QString& error)>;

    explicit BackgroundTask(QObject* owner, TaskLane lane = TaskLane::Quick) : owner_(owner), lane_(lane) {}
    BackgroundTask(const BackgroundTask&) = delete;
    BackgroundTask& operator=(const BackgroundTask&) = delete;
    ~BackgroundTask()
    {
        cancel();
        waitForIdle();
    }

    void run(Work work, Done done)
    {
        cancel();
        auto flag = std::make_shared<std::atomic<bool>>(false);
        auto error = std::make_shared<QString>();
        current_ = flag;
        const quint64 generation = ++generation_;
        QFuture<T> future = QtConcurrent::run(TaskLanes::pool(lane_), [work = std::move(work), flag, error]() -> T {
            if (flag->load())
                return T{}; // cancelled before a thread took it
            try {
                return work(*flag);
            } catch (const std::exception& e) {
                *error = QString::fromLocal8Bit(e.what());
            } catch (...) {
                *error = QStringLiteral("unknown error");
            }
            return T{};
        });
        pending_.push_back(future);
        auto* watcher = new QFutureWatcher<T>(owner_);
        QObject::connect(watcher, &QFutureWatcherBase::finished, owner_,
                         [this, watcher, generation, flag, error, done = std::move(done)] {
                             watcher->deleteLater();
                             prune();
                             if (generation != generation_ || flag->load())
                                 return; // superseded or cancelled
                             running_ = false;
                             done(watcher->future().result(), *error);
                         });
        running_ = true;
        watcher->setFuture(future);
    }

    // Asks the running work to stop; its result will be dropped.
    void cancel()
    {
        if (current_)
            current_->store(true);
        current_.reset();
        running_ = false;
    }

    bool isRunning() const { return running_; }
    TaskLane lane() const { return lane_; }

    // Blocks until every worker started so far has returned (results are still delivered later
    // through the event loop, unless superseded).
    void waitForIdle()
    {
        for (QFuture<T>& future : pending_)
            future.waitForFinished();
        pending_.clear();
    }

private:
    void prune()
    {
        std::erase_if(pending_, [](const QFuture<T>& f) { return f.isFinished(); });
    }

    QObject* owner_;
    TaskLane lane_;
    std::shared_ptr<std::atomic<bool>> current_;
    std::vector<QFuture<T>> pending_;
    quint64 generation_ = 0;
    bool running_ = false;
};

} // namespace adaptlab
