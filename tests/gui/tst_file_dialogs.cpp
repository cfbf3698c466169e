// The app's file choosers list the open project's folder without reading project.adaptlab (issue
// 7, item 1): Qt's default icon provider guesses an unknown suffix's type from the file's first
// bytes, and closing that descriptor dropped the app's SQLite locks. The proof is the failure it
// caused: after a job process ran, the app's next write landed in a WAL the job had deleted, and a
// later job did not see it.
#include "file_dialogs.h"
#include "app_test_support.h"

#include "store/project_store.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <memory>

using namespace adaptlab;

namespace {

// Runs adaptlab-cli to its end; returns stdout, or fails the test with stderr.
QByteArray runCli(const QStringList& args, int* exitCode)
{
    QProcess child;
    child.start(testing::cliPath(), args);
    child.waitForFinished(-1);
    *exitCode = child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1;
    return child.readAllStandardOutput() + child.readAllStandardError();
}

} // namespace

class TestFileDialogs final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(settingsDir_.isValid());
        testing::isolateSettings(settingsDir_);
    }

    void listingTheProjectKeepsTheStoreLocks_data()
    {
        QTest::addColumn<bool>("nameOnly");
        // The Qt dialog as it was used is the control: it must show the failure, or this test
        // proves nothing. Qt's widget dialog is forced for both, as offscreen has no native one.
        QTest::newRow("Qt's default icon provider (the bug)") << false;
        QTest::newRow("the app's file dialog") << true;
    }

    void listingTheProjectKeepsTheStoreLocks()
    {
        QFETCH(bool, nameOnly);
        QTemporaryDir temp;
        QVERIFY(temp.isValid());
        const QString dir = temp.filePath(QStringLiteral("project"));
        store::ProjectStore::create(dir.toStdString());
        auto store = store::ProjectStore::open(dir.toStdString()); // the app's connection
        store.createRun("corpus_inspect", "{}");

        std::unique_ptr<QFileDialog> dialog(nameOnly ? createFileDialog(nullptr, QStringLiteral("Choose"), dir)
                                                     : new QFileDialog(nullptr, QStringLiteral("Choose"), dir));
        dialog->setOption(QFileDialog::DontUseNativeDialog, true);
        dialog->setViewMode(QFileDialog::Detail); // the Type column asks for every file's type
        dialog->show();
        auto* model = dialog->findChild<QFileSystemModel*>();
        QVERIFY(model != nullptr);
        const QModelIndex root = model->index(dir);
        QTRY_VERIFY(model->rowCount(root) > 0 && model->index(dir + QStringLiteral("/project.adaptlab")).isValid());
        // Painting asks for icons and types: what opened the file.
        for (int row = 0; row < model->rowCount(root); ++row)
            for (int column = 0; column < model->columnCount(root); ++column) {
                model->data(model->index(row, column, root), Qt::DecorationRole);
                model->data(model->index(row, column, root), Qt::DisplayRole);
            }
        dialog->grab();
        QTest::qWait(50);
        dialog.reset();

        // A job process opens the store, writes and exits; then the app writes; then another job
        // reads: it must see the app's row.
        int code = 0;
        QByteArray out = runCli({QStringLiteral("project"), QStringLiteral("show"), dir, QStringLiteral("--json")}, &code);
        QVERIFY2(code == 0, out.constData());
        const int64_t appRun = store.createRun("corpus_filter", "{}");
        out = runCli({QStringLiteral("project"), QStringLiteral("show"), dir, QStringLiteral("--json")}, &code);
        QVERIFY2(code == 0, out.constData());
        const auto shown = nlohmann::json::parse(out.toStdString(), nullptr, false);
        QVERIFY2(shown.is_object(), out.constData());
        bool seen = false;
        for (const auto& run : shown["runs"])
            seen = seen || run.value("id", int64_t{0}) == appRun;
        if (!nameOnly) // an XPASS fails the run: then this test no longer reproduces the bug
            QEXPECT_FAIL("", "Qt's default provider reads the store file and drops the locks", Continue);
        QVERIFY2(seen, "a job no longer sees the app's writes: the app lost its SQLite locks");
    }

private:
    QTemporaryDir settingsDir_;
};

QTEST_MAIN(TestFileDialogs)
#include "tst_file_dialogs.moc"
