// Store access for the GUI without the UI thread ever waiting on SQLite: StoreReader runs reads on
// a worker thread with its own READ-ONLY connection (ProjectStore::openReadOnly: in WAL mode a
// reader never waits for a writer's lock), StoreWriter runs writes on a worker thread with its own
// read-write connection, one at a time in the order they were asked for (a writer may wait there
// for another process's lock, up to the store's busy timeout). Results and errors come back on the
// thread of the `context` object passed with each call, and are dropped if it was destroyed
// meanwhile. The connection is opened on the worker at the first call after setProject(), so a
// refused project (missing, newer, needing migration) comes back as the error of that call.
#pragma once

#include "adaptlab_widgets_export.h"
#include "store/project_store.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <exception>
#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

class QThread;

namespace adaptlab {


class ADAPTLAB_WIDGETS_EXPORT StoreWorker : public QObject {
    Q_OBJECT
public:
    enum class Mode { ReadOnly, ReadWrite };
    // Takes the result to deliver on the caller's thread. Runs on the worker thread with the
    // connection (nullptr when it could not be opened; openError says why).
    using Job = std::function<std::function<void()>(store::ProjectStore* store, const QString& openError)>;

    explicit StoreWorker(Mode mode, QObject* parent = nullptr);
    // Lets the queued calls finish (their results are dropped), closes the connection on its own
    // thread and joins it. Waits only for the call in progress.
    ~StoreWorker() override;

    // The project folder the next calls use (empty: none; calls then fail with an error). The
    // current connection is closed, on the worker, after the calls queued before this one.
    void setProject(const QString& projectDir);
    QString projectDir() const { return projectDir_; }

    // Calls queued and not yet delivered (for tests and a "busy" indicator).
    int pending() const { return pending_; }

protected:
    void post(QObject* context, Job job);

    // Turns (work, done) into a Job: runs work with the connection, catches what it throws, and
    // returns the call of done to make on the caller's thread.
    template <class T, class StoreRef, class Work, class Done>
    static Job wrap(Work work, Done done)
    {
        return [work = std::move(work), done = std::move(done)](store::ProjectStore* store,
                                                                const QString& openError) -> std::function<void()> {
            QString error = openError;
            if constexpr (std::is_void_v<T>) {
                if (store != nullptr) {
                    try {
                        work(static_cast<StoreRef>(*store));
                    } catch (const std::exception& e) {
                        error = QString::fromLocal8Bit(e.what());
                    }
                }
                return [done, error] { done(error); };
            } else {
                T value{};
                if (store != nullptr) {
                    try {
                        value = work(static_cast<StoreRef>(*store));
                    } catch (const std::exception& e) {
                        value = T{};
                        error = QString::fromLocal8Bit(e.what());
                    }
                }
                return [done, value = std::move(value), error]() mutable { done(std::move(value), error); };
            }
        };
    }

private:
    struct Connection;
    Mode mode_;
    QString projectDir_;
    QThread* thread_ = nullptr;
    QObject* inThread_ = nullptr; // lives on thread_, receives the queued calls
    std::shared_ptr<Connection> connection_; // touched on the worker thread only
    int pending_ = 0;
};

// Reads: work(const store::ProjectStore&) -> T on the worker; done(T value, QString error) on the
// context's thread (error empty on success; value default-constructed on failure).
class ADAPTLAB_WIDGETS_EXPORT StoreReader : public StoreWorker {
    Q_OBJECT
public:
    explicit StoreReader(QObject* parent = nullptr) : StoreWorker(Mode::ReadOnly, parent) {}

    template <class Work, class Done>
    void read(QObject* context, Work work, Done done)
    {
        using T = std::decay_t<std::invoke_result_t<Work&, const store::ProjectStore&>>;
        post(context, wrap<T, const store::ProjectStore&>(std::move(work), std::move(done)));
    }
};

// Writes: work(store::ProjectStore&) -> T (or void) on the worker, strictly in the order asked;
// done(T value, QString error), or done(QString error) for void, on the context's thread.
class ADAPTLAB_WIDGETS_EXPORT StoreWriter : public StoreWorker {
    Q_OBJECT
public:
    explicit StoreWriter(QObject* parent = nullptr) : StoreWorker(Mode::ReadWrite, parent) {}

    template <class Work, class Done>
    void write(QObject* context, Work work, Done done)
    {
        using T = std::decay_t<std::invoke_result_t<Work&, store::ProjectStore&>>;
        post(context, wrap<T, store::ProjectStore&>(std::move(work), std::move(done)));
    }
};

} // namespace adaptlab
