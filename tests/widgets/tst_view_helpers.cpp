// ViewHelpers: numbers in words the way every panel shows them (English locale, worked by hand),
// and the table setup the panels share (including a sorted table that really sorts by the raw
// role, not by the text).
#include "view_helpers.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

#include <cmath>
#include <limits>

namespace ViewHelpers = adaptlab::ViewHelpers;

class TstViewHelpers final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void counts()
    {
        QCOMPARE(ViewHelpers::count(0), QStringLiteral("0"));
        QCOMPARE(ViewHelpers::count(12500), QStringLiteral("12,500"));
        QCOMPARE(ViewHelpers::count(-3), QStringLiteral("-3"));
    }

    void bytes()
    {
        QCOMPARE(ViewHelpers::bytes(2048), QStringLiteral("2.00 KiB"));
        QCOMPARE(ViewHelpers::bytes(3 * 1024 * 1024 / 2), QStringLiteral("1.50 MiB"));
        QCOMPARE(ViewHelpers::bytes(-1), QStringLiteral("unknown"));
    }

    void durations_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("0") << 0.0 << QStringLiteral("0 s");
        QTest::newRow("45") << 45.0 << QStringLiteral("45 s");
        QTest::newRow("59.6 rounds up") << 59.6 << QStringLiteral("1 min 00 s");
        QTest::newRow("185") << 185.0 << QStringLiteral("3 min 05 s");
        QTest::newRow("2 h 7 min") << 7620.0 << QStringLiteral("2 h 07 min");
        QTest::newRow("negative: unknown") << -1.0 << QString();
        QTest::newRow("infinite") << std::numeric_limits<double>::infinity() << QString();
        QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << QString();
    }
    void durations()
    {
        QFETCH(double, seconds);
        QFETCH(QString, text);
        QCOMPARE(ViewHelpers::duration(seconds), text);
    }

    void percents()
    {
        QCOMPARE(ViewHelpers::percent(0.1234), QStringLiteral("12.3%"));
        QCOMPARE(ViewHelpers::percent(1.0), QStringLiteral("100.0%"));
        QCOMPARE(ViewHelpers::percent(0.0), QStringLiteral("0.0%"));
        QCOMPARE(ViewHelpers::percent(0.0004), QStringLiteral("0.04%")); // small shares do not read 0.0%
    }

    void tablesAreSetUpAlike()
    {
        QTableView view;
        ViewHelpers::setupTable(&view);
        QCOMPARE(view.selectionBehavior(), QAbstractItemView::SelectRows);
        QVERIFY(view.alternatingRowColors());
        QVERIFY(!view.showGrid());
        QVERIFY(!view.wordWrap());
        QVERIFY(view.verticalHeader()->isHidden());
        QVERIFY(view.horizontalHeader()->stretchLastSection());
        QCOMPARE(view.horizontalHeader()->defaultAlignment(), Qt::AlignLeft | Qt::AlignVCenter);
        QTableView fixed;
        ViewHelpers::setupTable(&fixed, /*stretchLast=*/false);
        QVERIFY(!fixed.horizontalHeader()->stretchLastSection());
    }

    // Sorted by the raw role: 9 before 10 ascending, although "10" < "9" as text.
    void sortedTableSortsByTheRawRole()
    {
        constexpr int kSortRole = Qt::UserRole + 7;
        QWidget parent;
        QStandardItemModel model(0, 1);
        for (const int value : {10, 9, 100}) {
            auto* item = new QStandardItem(QString::number(value));
            item->setData(value, kSortRole);
            model.appendRow(item);
        }
        QTableView* view = ViewHelpers::makeSortedTable(&model, kSortRole, 0, Qt::AscendingOrder, &parent);
        QCOMPARE(view->parent(), &parent);
        QVERIFY(qobject_cast<QSortFilterProxyModel*>(view->model()) != nullptr);
        QVERIFY(view->isSortingEnabled());
        QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("9"));
        QCOMPARE(view->model()->index(1, 0).data().toString(), QStringLiteral("10"));
        QCOMPARE(view->model()->index(2, 0).data().toString(), QStringLiteral("100"));
        QTableView* plain = ViewHelpers::makeTable(&model, &parent);
        QCOMPARE(plain->model(), &model);
        QVERIFY(!plain->showGrid());
    }

    void sectionTitle()
    {
        QWidget parent;
        QLabel* label = ViewHelpers::sectionTitle(QStringLiteral("Length"), &parent);
        QCOMPARE(label->text(), QStringLiteral("Length"));
        QCOMPARE(label->property("role").toString(), QStringLiteral("sectionTitle"));
        QCOMPARE(label->parent(), &parent);
    }
};

QTEST_MAIN(TstViewHelpers)
#include "tst_view_helpers.moc"
