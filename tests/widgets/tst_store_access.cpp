// StoreReader and StoreWriter: the calling (UI) thread never waits on the store. Another connection
// holds the write lock while the test thread asks for reads and writes; the order of events proves
// that the calls returned and reads were answered while the lock was still held, and that the
// write landed only after it was released. No timing is measured.
#include <QEventLoop>
#include <QTemporaryDir>
#include <QtTest>

#include "store/project_store.h"
#include "store_access.h"

#include <sqlite3.h>

#include <memory>

using namespace adaptlab;
using namespace adaptlab::store;
namespace fs = std::filesystem;

namespace {

// A second process's connection, as the CLI child's would be.
class OtherConnection {
public:
    explicit OtherConnection(const fs::path& file)
    {
        if (sqlite3_open_v2(file.c_str(), &db_, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
            throw std::runtime_error("cannot open " + file.string());
    }
    ~OtherConnection() { sqlite3_close(db_); }
    void exec(const char* sql)
    {
        if (sqlite3_exec(db_, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            throw std::runtime_error(std::string(sql) + ": " + sqlite3_errmsg(db_));
    }

private:
    sqlite3* db_ = nullptr;
};

MetricPoint lossAt(int64_t run, int64_t step)
{
    MetricPoint point;
    point.runId = run;
    point.name = "loss";
    point.split = "train";
    point.step = step;
    point.value = 1.0 / double(step + 1);
    return point;
}

} // namespace

class TestStoreAccess : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void neverWaitsOnTheWriteLock();
    void writesRunInOrder();
    void errorsAreDelivered();
    void goneContextGetsNothing();

private:
    // Runs the event loop until `done` is true; no time limit (a hang is the suite's timeout).
    static void waitFor(const bool& done)
    {
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    QTemporaryDir m_temp;
    fs::path m_dir;
    int64_t m_run = 0;
    int m_counter = 0;
};

void TestStoreAccess::init()
{
    QVERIFY(m_temp.isValid());
    m_dir = fs::path(m_temp.path().toStdString()) / ("case" + std::to_string(++m_counter));
    auto store = ProjectStore::create(m_dir);
    m_run = store.createRun("train", "{}");
    store.addMetrics({lossAt(m_run, 0)});
}

void TestStoreAccess::neverWaitsOnTheWriteLock()
{
    StoreReader reader;
    StoreWriter writer;
    reader.setProject(QString::fromStdString(m_dir.string()));
    writer.setProject(QString::fromStdString(m_dir.string()));
    QStringList order;

    OtherConnection other(m_dir / kStoreFileName);
    other.exec("BEGIN IMMEDIATE");
    other.exec("INSERT INTO runs (kind, created_at) VALUES ('held', '2026-12-07T00:00:00.000Z')");

    // A read while the lock is held: the call returns at once, the answer comes while the lock is
    // still held, and shows the last committed state.
    bool read = false;
    std::size_t runsSeen = 0;
    reader.read(this, [](const ProjectStore& store) { return store.runs().size(); },
                [&](std::size_t runs, const QString& error) {
                    QVERIFY2(error.isEmpty(), qPrintable(error));
                    runsSeen = runs;
                    order << QStringLiteral("read answered");
                    read = true;
                });
    order << QStringLiteral("read asked");
    waitFor(read);
    QCOMPARE(runsSeen, std::size_t(1));

    // A write while the lock is held waits on the worker, not here; a read asked after it is
    // answered meanwhile.
    bool written = false;
    int64_t newRun = 0;
    writer.write(this, [](ProjectStore& store) { return store.createRun("from the gui", "{}"); },
                 [&](int64_t id, const QString& error) {
                     QVERIFY2(error.isEmpty(), qPrintable(error));
                     newRun = id;
                     order << QStringLiteral("write answered");
                     written = true;
                 });
    order << QStringLiteral("write asked");
    bool readAgain = false;
    reader.read(this, [](const ProjectStore& store) { return store.counts().metrics; },
                [&](int64_t metrics, const QString& error) {
                    QVERIFY2(error.isEmpty(), qPrintable(error));
                    QCOMPARE(metrics, int64_t(1));
                    order << QStringLiteral("second read answered");
                    readAgain = true;
                });
    waitFor(readAgain);
    QVERIFY(!written);
    QCOMPARE(writer.pending(), 1);
    other.exec("COMMIT");
    order << QStringLiteral("lock released");
    waitFor(written);
    QCOMPARE(newRun, int64_t(3));
    QCOMPARE(order, QStringList({"read asked", "read answered", "write asked", "second read answered",
                                 "lock released", "write answered"}));
    QCOMPARE(writer.pending(), 0);
    QCOMPARE(reader.pending(), 0);
}

void TestStoreAccess::writesRunInOrder()
{
    StoreWriter writer;
    writer.setProject(QString::fromStdString(m_dir.string()));
    QList<int64_t> answered;
    for (int64_t step = 1; step <= 30; ++step) {
        const int64_t run = m_run;
        writer.write(this, [run, step](ProjectStore& store) { store.addMetrics({lossAt(run, step)}); },
                     [&answered, step](const QString& error) {
                         QVERIFY2(error.isEmpty(), qPrintable(error));
                         answered << step;
                     });
    }
    QCOMPARE(writer.pending(), 30);
    bool last = false;
    writer.write(this, [](ProjectStore&) {}, [&](const QString&) { last = true; });
    waitFor(last);
    QList<int64_t> expected;
    for (int64_t step = 1; step <= 30; ++step)
        expected << step;
    QCOMPARE(answered, expected);

    // In the store too: the write clock took the steps in the order they were asked.
    auto store = ProjectStore::openReadOnly(m_dir);
    const auto delta = store.metricsSince(m_run, 0);
    QCOMPARE(delta.points.size(), std::size_t(31));
    for (std::size_t i = 1; i < delta.points.size(); ++i) {
        QCOMPARE(delta.points[i].step, int64_t(i));
        QVERIFY(delta.points[i].seq > delta.points[i - 1].seq);
    }
}

void TestStoreAccess::errorsAreDelivered()
{
    StoreReader reader;
    StoreWriter writer;
    writer.setProject(QString::fromStdString(m_dir.string()));
    QString writeError;
    bool done = false;
    writer.write(this, [](ProjectStore& store) { store.addMetrics({lossAt(9999, 1)}); },
                 [&](const QString& error) {
                     writeError = error;
                     done = true;
                 });
    waitFor(done);
    QVERIFY2(writeError.contains(QStringLiteral("FOREIGN KEY")), qPrintable(writeError));

    // The writer stays usable after a failed write.
    done = false;
    writer.write(this, [this](ProjectStore& store) { return store.metrics(m_run).size(); },
                 [&](std::size_t points, const QString& error) {
                     QVERIFY(error.isEmpty());
                     QCOMPARE(points, std::size_t(1));
                     done = true;
                 });
    waitFor(done);

    // No project yet, then a folder that holds none, then work that throws, then a write through
    // the read-only connection.
    QStringList errors;
    const auto collect = [&](std::size_t, const QString& error) { errors << error; };
    const auto count = [](const ProjectStore& store) { return store.runs().size(); };
    reader.read(this, count, collect);
    reader.setProject(QString::fromStdString((m_dir / "nowhere").string()));
    reader.read(this, count, collect);
    reader.setProject(QString::fromStdString(m_dir.string()));
    reader.read(this, [](const ProjectStore&) -> std::size_t { throw std::runtime_error("asked too much"); }, collect);
    reader.read(this, [](const ProjectStore& store) {
        return std::size_t(const_cast<ProjectStore&>(store).createRun("sneaked", "{}"));
    }, collect);
    bool finished = false;
    reader.read(this, [this](const ProjectStore& store) { return store.metricSeries(m_run).size(); },
                [&](std::size_t series, const QString& error) {
                    QVERIFY(error.isEmpty());
                    QCOMPARE(series, std::size_t(1));
                    finished = true;
                });
    waitFor(finished);
    QCOMPARE(errors.size(), 4);
    QVERIFY2(errors[0].contains(QStringLiteral("no project is open")), qPrintable(errors[0]));
    QVERIFY2(errors[1].contains(QStringLiteral("nowhere")) && errors[1].contains(QStringLiteral("no such file")),
             qPrintable(errors[1]));
    QCOMPARE(errors[2], QStringLiteral("asked too much"));
    QVERIFY2(errors[3].contains(QStringLiteral("read-only")), qPrintable(errors[3]));
}

// A panel closed while its read was queued: the answer is dropped, later ones still arrive.
void TestStoreAccess::goneContextGetsNothing()
{
    StoreReader reader;
    reader.setProject(QString::fromStdString(m_dir.string()));
    auto panel = std::make_unique<QObject>();
    bool calledGone = false;
    reader.read(panel.get(), [](const ProjectStore& store) { return store.runs().size(); },
                [&](std::size_t, const QString&) { calledGone = true; });
    panel.reset();
    bool calledLater = false;
    reader.read(this, [](const ProjectStore& store) { return store.runs().size(); },
                [&](std::size_t, const QString&) { calledLater = true; });
    waitFor(calledLater);
    QVERIFY(!calledGone);
    QCOMPARE(reader.pending(), 0);
}

QTEST_GUILESS_MAIN(TestStoreAccess)
#include "tst_store_access.moc"
