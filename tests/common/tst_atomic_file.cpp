// AtomicFile (common/atomic_file.h): a target is replaced whole or not at all. A child process that
// writes a 12 MiB file step by step is killed with SIGKILL at random steps (before the first byte,
// with bytes still buffered, with bytes on disk, after the close, after the rename): the target is
// then exactly the old file or exactly the new one, and what the child left is a stale temporary
// that removeStaleTemporaries() removes. A full disk (RLIMIT_FSIZE in the child) fails with an error
// naming the target and leaves no temporary; checked errors name the file; the stream form too.
#include "common/atomic_file.h"
#include "common/error.h"
#include "common/temp_file.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

namespace fs = std::filesystem;
using adaptlab::AtomicFile;
using adaptlab::AtomicOutputStream;

namespace {

constexpr uint64_t kChunks = 24;
constexpr uint64_t kChunkBytes = 512 * 1024; // half the writer's buffer: some steps are buffered only

char patternByte(uint64_t i)
{
    return static_cast<char>((i * 2654435761u) >> 7); // as atomic_file_writer.cpp
}

std::string pattern(uint64_t bytes)
{
    std::string out(bytes, '\0');
    for (uint64_t k = 0; k < bytes; ++k)
        out[k] = patternByte(k);
    return out;
}

std::string readFile(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void writeFile(const fs::path& path, const std::string& text)
{
    std::ofstream(path, std::ios::binary) << text;
}

// The names in `folder` other than `keep`.
QStringList othersIn(const fs::path& folder, const fs::path& keep)
{
    QStringList names;
    for (const auto& entry : fs::directory_iterator(folder))
        if (entry.path() != keep)
            names << QString::fromStdString(entry.path().filename().string());
    return names;
}

} // namespace

class TestAtomicFile : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

    fs::path freshFolder(const QString& name)
    {
        const fs::path folder = dir_.filePath(name).toStdString();
        fs::remove_all(folder);
        fs::create_directories(folder);
        return folder;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void commitReplacesTheTargetWhole()
    {
        const fs::path folder = freshFolder("replace");
        const fs::path target = folder / "data.bin";
        writeFile(target, "old");
        {
            AtomicFile file(target);
            QCOMPARE(file.temporaryPath().parent_path(), folder); // beside it: the rename is atomic
            file.write("new ");
            file.write(std::string(3 << 20, 'x')); // larger than the buffer: written through
            file.write("end");
            QCOMPARE(readFile(target), std::string("old")); // nothing changes before commit()
            QCOMPARE(file.size(), uint64_t(4 + (3 << 20) + 3));
            file.commit();
            QVERIFY(file.committed());
        }
        QCOMPARE(readFile(target), "new " + std::string(3 << 20, 'x') + "end");
        QCOMPARE(othersIn(folder, target), QStringList());
    }

    void withoutCommitTheTargetStays()
    {
        const fs::path folder = freshFolder("discard");
        const fs::path target = folder / "data.bin";
        writeFile(target, "old");
        fs::path temporary;
        {
            AtomicFile file(target);
            temporary = file.temporaryPath();
            file.write(std::string(2 << 20, 'y'));
            file.close(); // complete on disk, not yet in place
            QVERIFY(fs::exists(temporary));
            QCOMPARE(fs::file_size(temporary), uint64_t(2 << 20));
        }
        QVERIFY(!fs::exists(temporary));
        QCOMPARE(readFile(target), std::string("old"));
        QCOMPARE(othersIn(folder, target), QStringList());

        // A new target is not created at all.
        {
            AtomicFile file(folder / "never.bin");
            file.write("partial");
        }
        QVERIFY(!fs::exists(folder / "never.bin"));
    }

    void writeAtPatchesWrittenBytes()
    {
        const fs::path target = freshFolder("patch") / "header.bin";
        AtomicFile file(target);
        file.write(std::string(16, '0'));
        file.write(std::string(100, 'b'));
        const uint64_t count = 0x0102030405060708ull;
        file.writeAt(4, &count, sizeof count);
        QVERIFY_THROWS_EXCEPTION(adaptlab::Error, file.writeAt(110, &count, sizeof count)); // past the end
        file.commit();
        const std::string bytes = readFile(target);
        QCOMPARE(bytes.size(), size_t(116));
        uint64_t back = 0;
        std::memcpy(&back, bytes.data() + 4, sizeof back);
        QCOMPARE(back, count);
        QCOMPARE(bytes.substr(0, 4), std::string("0000"));
        QCOMPARE(bytes.substr(12, 4), std::string("0000"));
    }

    void errorsNameTheTarget()
    {
        // The target's folder cannot exist: its parent is a regular file.
        const fs::path folder = freshFolder("errors");
        writeFile(folder / "plain", "x");
        const fs::path target = folder / "plain" / "out.jsonl";
        try {
            AtomicFile file(target);
            QFAIL("a file under a regular file was created");
        } catch (const adaptlab::Error& error) {
            QVERIFY2(QString::fromUtf8(error.what()).contains(QString::fromStdString(target.string())), error.what());
        }
        // A closed file takes no more bytes.
        AtomicFile file(folder / "closed.bin");
        file.close();
        QVERIFY_THROWS_EXCEPTION(adaptlab::Error, file.write("late"));
    }

    void streamWritesFormattedText()
    {
        const fs::path folder = freshFolder("stream");
        const fs::path target = folder / "weights.txt";
        {
            AtomicOutputStream out(target);
            out.precision(17);
            for (int i = 0; i < 100000; ++i) // ~2 MB: several trips through the stream's buffer
                out << i * 0.1 << '\n';
            QVERIFY(!fs::exists(target));
            out.commit();
        }
        std::ifstream in(target);
        double value = 0;
        int lines = 0;
        while (in >> value) {
            QCOMPARE(value, lines * 0.1);
            ++lines;
        }
        QCOMPARE(lines, 100000);
        QCOMPARE(othersIn(folder, target), QStringList());
        {
            AtomicOutputStream abandoned(folder / "abandoned.txt");
            abandoned << "never committed\n";
        }
        QVERIFY(!fs::exists(folder / "abandoned.txt"));
        QCOMPARE(othersIn(folder, target), QStringList());
    }

    void killAtAnyStepLeavesOldOrNew_data()
    {
        QTest::addColumn<int>("killAfter"); // the step after which the child is killed
        QTest::addColumn<bool>("targetExisted");
        // Steps: 0 started, 1..kChunks wrote k, kChunks + 1 closed, kChunks + 2 committed.
        const int last = int(kChunks) + 2;
        QTest::newRow("before any byte") << 0 << true;
        QTest::newRow("first chunk, buffered") << 1 << true;
        QTest::newRow("second chunk, on disk") << 2 << true;
        QTest::newRow("closed, not renamed") << last - 1 << true;
        QTest::newRow("closed, no old file") << last - 1 << false;
        QTest::newRow("renamed") << last << true;
        QTest::newRow("renamed, no old file") << last << false;
        std::mt19937 rng(20261207);
        for (int i = 0; i < 8; ++i) {
            const int step = std::uniform_int_distribution<int>(0, last)(rng);
            QTest::newRow(qPrintable(QStringLiteral("random %1: step %2").arg(i).arg(step))) << step << bool(i % 2);
        }
    }

    void killAtAnyStepLeavesOldOrNew()
    {
        QFETCH(int, killAfter);
        QFETCH(bool, targetExisted);
        const fs::path folder = freshFolder(QStringLiteral("kill-%1-%2").arg(killAfter).arg(targetExisted));
        const fs::path target = folder / "corpus.jsonl.zst";
        const std::string old = "the complete old file\n";
        if (targetExisted)
            writeFile(target, old);

        QProcess child;
        child.start(QStringLiteral(ATOMIC_FILE_WRITER_PATH),
                    {QStringLiteral("steps"), QString::fromStdString(target.string()), QString::number(kChunks),
                     QString::number(kChunkBytes)});
        QVERIFY2(child.waitForStarted(-1), qPrintable(child.errorString()));
        for (int step = 0;; ++step) {
            while (!child.canReadLine())
                QVERIFY2(child.waitForReadyRead(-1), qPrintable(child.readAllStandardError()));
            const QByteArray line = child.readLine().trimmed();
            if (step == killAfter) {
                child.kill(); // SIGKILL: no destructor, no cleanup runs
                break;
            }
            child.write("go\n");
        }
        QVERIFY(child.waitForFinished(-1));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        const bool renamed = killAfter == int(kChunks) + 2;
        if (renamed) {
            QVERIFY(readFile(target) == pattern(kChunks * kChunkBytes));
        } else if (targetExisted) {
            QCOMPARE(readFile(target), old);
        } else {
            QVERIFY(!fs::exists(target));
        }
        // Whatever the child left is a temporary of a dead process: removed as stale, and only that.
        const QStringList left = othersIn(folder, target);
        QVERIFY2(left.size() <= 1, qPrintable(left.join(QLatin1Char(' '))));
        for (const QString& name : left)
            QVERIFY2(adaptlab::isStaleTemporary(name.toStdString()), qPrintable(name));
        QCOMPARE(adaptlab::removeStaleTemporaries(folder), int(left.size()));
        QCOMPARE(othersIn(folder, target), QStringList());
    }

    void fullDiskFailsNamingTheTarget_data()
    {
        QTest::addColumn<bool>("stream");
        QTest::newRow("file") << false;
        QTest::newRow("stream") << true;
    }

    // RLIMIT_FSIZE makes the child's write fail (EFBIG) past 1 MiB, as a full disk does (ENOSPC).
    void fullDiskFailsNamingTheTarget()
    {
        QFETCH(bool, stream);
        const fs::path folder = freshFolder(stream ? QStringLiteral("full-stream") : QStringLiteral("full-file"));
        const fs::path target = folder / "signals.jsonl";
        writeFile(target, "old");
        QStringList arguments = {QStringLiteral("limit"), QString::fromStdString(target.string()),
                                 QString::number(8), QString::number(512 * 1024), QString::number(1 << 20)};
        if (stream)
            arguments << QStringLiteral("stream");
        QProcess child;
        child.start(QStringLiteral(ATOMIC_FILE_WRITER_PATH), arguments);
        QVERIFY(child.waitForFinished(-1));
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        const QString error = QString::fromUtf8(child.readAllStandardError());
        QCOMPARE(child.exitCode(), 3);
        QVERIFY2(error.contains(QStringLiteral("write failed for ") + QString::fromStdString(target.string())),
                 qPrintable(error));
        QVERIFY2(error.contains(QString::fromUtf8(std::strerror(EFBIG))), qPrintable(error));
        QCOMPARE(readFile(target), std::string("old"));
        QCOMPARE(othersIn(folder, target), QStringList()); // the failed writer removed its temporary

        // The same child under a limit it stays within writes the whole file.
        arguments[4] = QString::number(16 << 20);
        child.start(QStringLiteral(ATOMIC_FILE_WRITER_PATH), arguments);
        QVERIFY(child.waitForFinished(-1));
        QCOMPARE(child.exitCode(), 0);
        QVERIFY(readFile(target) == pattern(8 * 512 * 1024));
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomic_file.moc"
