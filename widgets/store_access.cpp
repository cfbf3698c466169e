#include "store_access.h"

#include "store/project_store.h"

#include <QThread>

#include <optional>

namespace adaptlab {

// The worker's connection and the folder it was opened for. Only the worker thread touches it.
struct StoreWorker::Connection {
    std::optional<store::ProjectStore> store;
    QString openedFor;
    QString wanted;
    QString openError;
};

StoreWorker::StoreWorker(Mode mode, QObject* parent)
    : QObject(parent), mode_(mode), thread_(new QThread), inThread_(new QObject),
      connection_(std::make_shared<Connection>())
{
    thread_->setObjectName(mode == Mode::ReadOnly ? QStringLiteral("store reader") : QStringLiteral("store writer"));
    inThread_->moveToThread(thread_);
    thread_->start();
}

StoreWorker::~StoreWorker()
{
    // After everything queued before it: close the connection on its own thread (SQLite handles
    // opened NOMUTEX belong to one thread), then end the thread's event loop.
    QMetaObject::invokeMethod(inThread_, [connection = connection_] {
        connection->store.reset();
        QThread::currentThread()->quit();
    }, Qt::QueuedConnection);
    thread_->wait();
    delete inThread_;
    delete thread_;
}

void StoreWorker::setProject(const QString& projectDir)
{
    projectDir_ = projectDir;
    // The old connection closes now rather than at the next call: a closed project should not be
    // kept open (its WAL stays until the last connection goes).
    QMetaObject::invokeMethod(inThread_, [connection = connection_, projectDir] {
        connection->wanted = projectDir;
        if (connection->openedFor != projectDir)
            connection->store.reset();
    }, Qt::QueuedConnection);
}

void StoreWorker::post(QObject* context, Job job)
{
    ++pending_;
    // Results come back through this object, on its (the caller's) thread. The destructor joins the
    // worker before this object goes, so `self` is alive whenever the worker posts to it; an event
    // still queued when it goes is discarded with it. `receiver` may go first: QPointer drops it.
    QPointer<QObject> receiver(context);
    StoreWorker* self = this;
    const Mode mode = mode_;
    QMetaObject::invokeMethod(inThread_, [connection = connection_, job = std::move(job), receiver, self, mode] {
        Connection& c = *connection;
        // (Re)open when the project changed, and retry after a failure: a store that needed
        // migrating is fine once the app's own read-write open() has migrated it.
        if (!c.store || c.openedFor != c.wanted) {
            c.store.reset();
            c.openError.clear();
            c.openedFor = c.wanted;
            if (c.wanted.isEmpty()) {
                c.openError = StoreWorker::tr("no project is open");
            } else {
                try {
                    const std::string dir = c.wanted.toStdString();
                    c.store.emplace(mode == Mode::ReadOnly ? store::ProjectStore::openReadOnly(dir)
                                                           : store::ProjectStore::open(dir));
                } catch (const std::exception& e) {
                    c.openError = QString::fromLocal8Bit(e.what());
                }
            }
        }
        std::function<void()> deliver = job(c.store ? &*c.store : nullptr, c.openError);
        QMetaObject::invokeMethod(self, [self, receiver, deliver = std::move(deliver)] {
            --self->pending_;
            if (receiver)
                deliver();
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

} // namespace adaptlab
