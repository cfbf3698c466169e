// Temporary files (issue 7): a name tells a killed process's leftover (its pid gone, or now another
// process) from a live process's file, stale ones are removed and live ones kept, the RAII guard
// removes its file, and a dataset's write lock refuses a second writer while a real holder lives
// (flock(1) as the other process: it takes the same kind of lock) and frees itself when it dies.
#include "common/temp_file.h"
#include "jobs/dataset_lock.h"

#include <QtTest>

#include <fstream>

using namespace adaptlab;
namespace fs = std::filesystem;

namespace {

// The pid of a process that has exited: a child started and waited for.
int64_t deadPid()
{
    QProcess child;
    child.start("true", {});
    child.waitForFinished();
    return child.processId() > 0 ? child.processId() : 0;
}

struct NameParts {
    std::string prefix; // ".<stem>.adaptlab-tmp-<host>-"
    std::string pid, start, random;
};

// Splits one of our own temporary names, to make names that differ in one part.
NameParts split(const std::string& name)
{
    NameParts parts;
    std::string rest = name;
    for (std::string* part : {&parts.random, &parts.start, &parts.pid}) {
        const size_t dash = rest.rfind('-');
        *part = rest.substr(dash + 1);
        rest.resize(dash);
    }
    parts.prefix = rest + "-";
    return parts;
}

void touch(const fs::path& path)
{
    std::ofstream(path) << "x";
}

} // namespace

class TestTempFile : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;

private Q_SLOTS:
    void ownStartTimeIsKnown()
    {
        const auto start = processStartTime(static_cast<int64_t>(::getpid()));
        QVERIFY(start.has_value());
        QVERIFY(!processStartTime(deadPid()).has_value());
    }

    void staleness_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("stale");
        const NameParts own = split(temporaryPath(".", "scan.signals").filename().string());
        const std::string pid = std::to_string(::getpid());
        QTest::newRow("this process's") << QString::fromStdString(own.prefix + own.pid + "-" + own.start + "-" + own.random) << false;
        QTest::newRow("a process that exited")
            << QString::fromStdString(own.prefix + std::to_string(deadPid()) + "-" + own.start + "-" + own.random) << true;
        // The pid is alive but was started at another time: it is another process now.
        QTest::newRow("a reused pid")
            << QString::fromStdString(own.prefix + pid + "-" + std::to_string(std::stoull(own.start) + 1) + "-" + own.random)
            << true;
        QTest::newRow("another host's")
            << QString::fromStdString(".scan.signals.adaptlab-tmp-some-other-host.example-" + std::to_string(deadPid()) + "-5-ab")
            << false;
        QTest::newRow("not hidden") << QString::fromStdString(own.prefix.substr(1) + std::to_string(deadPid()) + "-1-ab") << false;
        QTest::newRow("a user's file") << QString(".scan.signals") << false;
        QTest::newRow("no random part") << QString::fromStdString(own.prefix + std::to_string(deadPid()) + "-1-") << false;
        QTest::newRow("letters for a pid") << QString::fromStdString(own.prefix + "12x-1-ab") << false;
    }

    void staleness()
    {
        QFETCH(QString, name);
        QFETCH(bool, stale);
        QCOMPARE(isStaleTemporary(name.toStdString()), stale);
    }

    void removesOnlyStaleFiles()
    {
        const fs::path folder = fs::path(dir_.path().toStdString()) / "clean";
        fs::create_directories(folder);
        const fs::path live = temporaryPath(folder, "scan.signals");
        const NameParts parts = split(live.filename().string());
        const fs::path dead = folder / (parts.prefix + std::to_string(deadPid()) + "-" + parts.start + "-" + parts.random);
        const fs::path user = folder / "corpus.jsonl";
        for (const auto& path : {live, dead, user})
            touch(path);
        QCOMPARE(removeStaleTemporaries(folder), 1);
        QVERIFY(fs::exists(live));
        QVERIFY(!fs::exists(dead));
        QVERIFY(fs::exists(user));
        QCOMPARE(removeStaleTemporaries(folder / "missing"), 0); // never throws
    }

    void namesAreUniqueAndHidden()
    {
        const fs::path a = temporaryPath("f", "x"), b = temporaryPath("f", "x");
        QVERIFY(a != b);
        QCOMPARE(a.filename().string().front(), '.');
        const fs::path sibling = temporarySibling("/data/set/general.signals");
        QCOMPARE(sibling.parent_path(), fs::path("/data/set"));
        QVERIFY(sibling.filename().string().rfind(".general.signals.adaptlab-tmp-", 0) == 0);
    }

    void guardRemovesItsFile()
    {
        const fs::path path = temporaryPath(dir_.path().toStdString(), "guarded");
        {
            TemporaryFile guard(path);
            touch(path);
            TemporaryFile moved = std::move(guard);
            QVERIFY(guard.empty());
            QVERIFY(fs::exists(path));
        }
        QVERIFY(!fs::exists(path));
        {
            TemporaryFile kept(path);
            touch(path);
            kept.release();
        }
        QVERIFY(fs::exists(path));
    }

    void datasetLockRefusesASecondWriter()
    {
        const fs::path project = dir_.path().toStdString();
        {
            jobs::DatasetLock first(project, "general", 41, "corpus_inspect");
            try {
                jobs::DatasetLock second(project, "general", 42, "corpus_inspect");
                QFAIL("a second writer took the lock");
            } catch (const jobs::DatasetBusy& busy) {
                const QString message = busy.what();
                QVERIFY2(message.contains("\"general\"") && message.contains("run 41") &&
                             message.contains(QString::number(::getpid())),
                         busy.what());
            }
            jobs::DatasetLock other(project, "domain", 43, "corpus_inspect"); // another dataset is free
        }
        jobs::DatasetLock again(project, "general", 44, "corpus_inspect"); // released with its holder
    }

    // The lock is a flock(2) lock on datasets/.<name>.lock: another process holding one (flock(1))
    // refuses us, and its death frees the dataset.
    void datasetLockAgainstAnotherProcess()
    {
        const fs::path project = fs::path(dir_.path().toStdString()) / "locked";
        const fs::path lockFile = jobs::DatasetLock::lockPath(project, "web");
        fs::create_directories(lockFile.parent_path());
        // The shell opens the lock file, has flock(1) lock that open file, and becomes `sleep`: the
        // lock lives exactly as long as this one process.
        QProcess holder;
        holder.start("sh", {"-c", "exec 9>\"$0\" && flock --exclusive 9 && echo held && exec sleep 600",
                            QString::fromStdString(lockFile.string())});
        QVERIFY(holder.waitForStarted());
        QVERIFY(holder.waitForReadyRead(60000)); // "held": it has the lock
        QVERIFY_THROWS_EXCEPTION(jobs::DatasetBusy, jobs::DatasetLock(project, "web", 1, "corpus_filter"));
        holder.kill();
        QVERIFY(holder.waitForFinished(60000));
        jobs::DatasetLock lock(project, "web", 2, "corpus_filter"); // its death freed the dataset
    }
};

QTEST_GUILESS_MAIN(TestTempFile)
#include "tst_temp_file.moc"
