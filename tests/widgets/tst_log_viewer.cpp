// LogViewer: the log of a job in the app. It opens at the end of a long log (whole lines only),
// follows what a writer appends (by offset: a line written in two parts shows once, whole), starts
// over when the file is replaced by a shorter one, waits for a log that does not exist yet, and
// copies what it shows. Real files, appended while the viewer watches.
#include "log_viewer.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using adaptlab::LogViewer;

namespace {

void append(const QString& path, const QByteArray& bytes, QIODevice::OpenMode mode = QIODevice::Append)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | mode));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray numberedLines(int from, int to)
{
    QByteArray out;
    for (int i = from; i < to; ++i)
        out += QByteArray("line ") + QByteArray::number(i) + " of the job's output\n";
    return out;
}

} // namespace

class TestLogViewer : public QObject {
    Q_OBJECT

private:
    QTemporaryDir temp_;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(temp_.isValid());
    }

    void followsWhatTheJobAppends()
    {
        const QString path = temp_.filePath(QStringLiteral("follow.txt"));
        append(path, numberedLines(0, 3), QIODevice::Truncate);
        LogViewer viewer(path, QStringLiteral("Scan gcide (run 3)"));
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QCOMPARE(viewer.textView()->blockCount(), 3);
        QCOMPARE(viewer.textView()->document()->firstBlock().text(), QStringLiteral("line 0 of the job's output"));
        QVERIFY(viewer.windowTitle().contains(QStringLiteral("Scan gcide (run 3)")));
        QCOMPARE(viewer.skippedBytes(), 0);

        // A line written in two parts appears once, whole.
        append(path, "line 3 is written ");
        QTest::qWait(LogViewer::kPollIntervalMs / 4);
        viewer.readMore();
        QCOMPARE(viewer.textView()->blockCount(), 3);
        append(path, "in two parts\n" + numberedLines(4, 200));
        QTRY_COMPARE_WITH_TIMEOUT(viewer.textView()->blockCount(), 200, 10000);
        QCOMPARE(viewer.textView()->document()->findBlockByNumber(3).text(),
                 QStringLiteral("line 3 is written in two parts"));
        // Following keeps the end in view.
        QVERIFY(viewer.isFollowing());
        QCOMPARE(viewer.textView()->verticalScrollBar()->value(), viewer.textView()->verticalScrollBar()->maximum());

        // Not following: the view stays where the reader scrolled.
        viewer.setFollowing(false);
        viewer.textView()->verticalScrollBar()->setValue(0);
        append(path, numberedLines(200, 260));
        QTRY_COMPARE_WITH_TIMEOUT(viewer.textView()->blockCount(), 260, 10000);
        QCOMPARE(viewer.textView()->verticalScrollBar()->value(), 0);
    }

    void aLongLogOpensAtItsEnd()
    {
        const QString path = temp_.filePath(QStringLiteral("long.txt"));
        const QByteArray all = numberedLines(0, 40000); // ~1.2 MB
        append(path, all, QIODevice::Truncate);
        LogViewer viewer(path);
        QTRY_COMPARE_WITH_TIMEOUT(viewer.offset(), qint64(all.size()), 10000);
        QVERIFY(viewer.skippedBytes() > 0);
        QVERIFY(viewer.skippedBytes() <= all.size() - LogViewer::kInitialTailBytes + 64);
        // The first line shown is a whole line, the last one is the file's last.
        const QString first = viewer.textView()->document()->firstBlock().text();
        QVERIFY2(first.startsWith(QStringLiteral("line ")) && first.endsWith(QStringLiteral("output")), qPrintable(first));
        QCOMPARE(viewer.textView()->document()->lastBlock().text(), QStringLiteral("line 39999 of the job's output"));
        auto* status = viewer.findChild<QLabel*>(QStringLiteral("logStatus"));
        QVERIFY(status && status->text().contains(QStringLiteral("left out")));
        QVERIFY(viewer.textView()->toPlainText().size() < all.size() / 2);
    }

    void startsOverWhenTheFileIsReplaced()
    {
        const QString path = temp_.filePath(QStringLiteral("replaced.txt"));
        append(path, numberedLines(0, 50), QIODevice::Truncate);
        LogViewer viewer(path);
        QCOMPARE(viewer.textView()->blockCount(), 50);
        append(path, "a new run\n", QIODevice::Truncate);
        viewer.readMore();
        QCOMPARE(viewer.textView()->toPlainText(), QStringLiteral("a new run"));
    }

    void waitsForALogNotWrittenYet()
    {
        const QString path = temp_.filePath(QStringLiteral("later/log.txt"));
        LogViewer viewer(path);
        auto* status = viewer.findChild<QLabel*>(QStringLiteral("logStatus"));
        QVERIFY(status && status->text().contains(QStringLiteral("not been written yet")));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        append(path, "started\n", QIODevice::Truncate);
        QTRY_COMPARE_WITH_TIMEOUT(viewer.textView()->toPlainText(), QStringLiteral("started"), 10000);
    }

    void copiesTheSelectionOrEverything()
    {
        const QString path = temp_.filePath(QStringLiteral("copy.txt"));
        append(path, "first\nsecond\nthird\n", QIODevice::Truncate);
        LogViewer viewer(path);
        viewer.copy();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("first\nsecond\nthird"));
        QTextCursor cursor = viewer.textView()->textCursor();
        cursor.movePosition(QTextCursor::Start);
        cursor.movePosition(QTextCursor::Down, QTextCursor::KeepAnchor);
        cursor.movePosition(QTextCursor::EndOfLine, QTextCursor::KeepAnchor);
        viewer.textView()->setTextCursor(cursor);
        QTest::mouseClick(viewer.copyButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("first\nsecond"));
        QVERIFY(viewer.openFolderButton()->isEnabled());
    }
};

QTEST_MAIN(TestLogViewer)
#include "tst_log_viewer.moc"
