// The overview's table models: shape, roles and what they show for every run status and for
// datasets that were not counted yet. Every model runs under QAbstractItemModelTester.
#include "dataset_table_model.h"
#include "run_table_model.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLocale>
#include <QTest>

using adaptlab::DatasetTableModel;
using adaptlab::RunTableModel;
namespace store = adaptlab::store;

Q_DECLARE_METATYPE(store::RunStatus)

class TestOverviewModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void datasetModelShowsRecords()
    {
        DatasetTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(DatasetTableModel::ColumnCount));

        store::DatasetRecord counted;
        counted.id = 7;
        counted.name = "gcide";
        counted.format = "jsonl";
        counted.path = "datasets/gcide.jsonl";
        counted.documents = 12500;
        counted.bytes = 2048;
        store::DatasetRecord fresh;
        fresh.id = 8;
        fresh.name = "foldoc";
        fresh.format = "jsonl.zst";
        fresh.path = "/elsewhere/foldoc.jsonl.zst";
        model.setDatasets({counted, fresh});

        QCOMPARE(model.rowCount(), 2);
        auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(0, DatasetTableModel::Name).toString(), QStringLiteral("gcide"));
        QCOMPARE(cell(0, DatasetTableModel::Format).toString(), QStringLiteral("jsonl"));
        QCOMPARE(cell(0, DatasetTableModel::Documents).toString(), QStringLiteral("12,500"));
        QCOMPARE(cell(0, DatasetTableModel::Size).toString(), QLocale().formattedDataSize(2048));
        QCOMPARE(cell(0, DatasetTableModel::Path).toString(), QStringLiteral("datasets/gcide.jsonl"));
        QCOMPARE(cell(0, DatasetTableModel::Name, DatasetTableModel::IdRole).toLongLong(), 7);
        QCOMPARE(cell(0, DatasetTableModel::Documents, DatasetTableModel::SortRole).toLongLong(), 12500);
        QCOMPARE(cell(1, DatasetTableModel::Documents).toString(), QStringLiteral("not counted"));
        QCOMPARE(cell(1, DatasetTableModel::Size).toString(), QStringLiteral("unknown"));
        QCOMPARE(cell(1, DatasetTableModel::Documents, DatasetTableModel::SortRole).toLongLong(), -1);
        QVERIFY(!cell(1, DatasetTableModel::Documents, Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(model.headerData(DatasetTableModel::Documents, Qt::Horizontal).toString(),
                 QStringLiteral("Documents"));
        QVERIFY(!model.index(2, 0).isValid());

        model.setDatasets({});
        QCOMPARE(model.rowCount(), 0);
    }

    void runStatusText_data()
    {
        QTest::addColumn<store::RunStatus>("status");
        QTest::addColumn<QString>("text");
        QTest::newRow("queued") << store::RunStatus::Queued << QStringLiteral("queued");
        QTest::newRow("running") << store::RunStatus::Running << QStringLiteral("running");
        QTest::newRow("done") << store::RunStatus::Done << QStringLiteral("done");
        QTest::newRow("failed") << store::RunStatus::Failed << QStringLiteral("failed");
        QTest::newRow("stopped") << store::RunStatus::Stopped << QStringLiteral("stopped");
    }

    void runStatusText()
    {
        QFETCH(store::RunStatus, status);
        QFETCH(QString, text);
        RunTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        store::RunRecord run;
        run.id = 3;
        run.kind = "train_tokenizer";
        run.status = status;
        model.setRuns({run});
        QCOMPARE(model.index(0, RunTableModel::Status).data().toString(), text);
        QCOMPARE(model.index(0, RunTableModel::Status).data(RunTableModel::StatusRole).toString(),
                 QString::fromStdString(store::toString(status)));
    }

    void runModelShowsRecords()
    {
        RunTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(RunTableModel::ColumnCount));

        store::RunRecord finished;
        finished.id = 12;
        finished.kind = "train";
        finished.status = store::RunStatus::Failed;
        finished.createdAt = "2024-03-01T10:00:00.250Z";
        finished.finishedAt = "2024-03-01T11:30:00Z";
        finished.message = "out of memory";
        store::RunRecord queued;
        queued.id = 13;
        queued.kind = "evaluate";
        queued.createdAt = "2024-03-02T08:00:00Z";
        model.setRuns({queued, finished});

        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, RunTableModel::Id).data().toLongLong(), 13);
        QCOMPARE(model.index(0, RunTableModel::Finished).data().toString(), QString());
        QCOMPARE(model.index(1, RunTableModel::Kind).data().toString(), QStringLiteral("train"));
        QCOMPARE(model.index(1, RunTableModel::Status).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("out of memory"));
        QCOMPARE(model.index(1, RunTableModel::Id).data(RunTableModel::IdRole).toLongLong(), 12);

        // Times are the store's UTC shown in local time.
        const QDateTime created(QDate(2024, 3, 1), QTime(10, 0, 0, 250), Qt::UTC);
        QCOMPARE(model.index(1, RunTableModel::Created).data().toString(),
                 QLocale().toString(created.toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(model.index(1, RunTableModel::Created).data(RunTableModel::SortRole).toString(),
                 QStringLiteral("2024-03-01T10:00:00.250Z"));
    }

    void displayTime_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<bool>("parsed");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("with millis") << QStringLiteral("2024-03-01T10:00:00.250Z") << true;
        QTest::newRow("seconds") << QStringLiteral("2024-03-01T10:00:00Z") << true;
        QTest::newRow("garbage is shown as is") << QStringLiteral("yesterday") << false;
    }

    void displayTime()
    {
        QFETCH(QString, stored);
        QFETCH(bool, parsed);
        const QString shown = RunTableModel::displayTime(stored.toStdString());
        if (stored.isEmpty())
            QVERIFY(shown.isEmpty());
        else if (!parsed)
            QCOMPARE(shown, stored);
        else
            QVERIFY(shown != stored && shown.contains(QStringLiteral("24")));
    }
};

QTEST_MAIN(TestOverviewModels)
#include "tst_overview_models.moc"
