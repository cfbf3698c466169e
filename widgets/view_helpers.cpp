#include "view_helpers.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <cmath>

namespace adaptlab::ViewHelpers {

QString count(qint64 value)
{
    return QLocale().toString(value);
}

QString bytes(qint64 value)
{
    return value < 0 ? QCoreApplication::translate("adaptlab::ViewHelpers", "unknown", "a size not measured")
                     : QLocale().formattedDataSize(value);
}

QString duration(double seconds)
{
    if (!(seconds >= 0) || std::isinf(seconds))
        return {};
    const qint64 total = qRound64(seconds);
    const qint64 hours = total / 3600;
    const qint64 minutes = (total % 3600) / 60;
    const qint64 secs = total % 60;
    if (hours > 0)
        return QCoreApplication::translate("adaptlab::ViewHelpers", "%1 h %2 min")
            .arg(hours)
            .arg(minutes, 2, 10, QLatin1Char('0'));
    if (minutes > 0)
        return QCoreApplication::translate("adaptlab::ViewHelpers", "%1 min %2 s")
            .arg(minutes)
            .arg(secs, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("adaptlab::ViewHelpers", "%1 s").arg(secs);
}

QString percent(double fraction)
{
    const double pct = fraction * 100.0;
    // Under 1% two decimals, so a rare problem reads 0.04%, not 0.0%.
    const int digits = (pct != 0.0 && std::abs(pct) < 1.0) ? 2 : 1;
    return QCoreApplication::translate("adaptlab::ViewHelpers", "%1%", "percentage").arg(QLocale().toString(pct, 'f', digits));
}

void setupTable(QTableView* view, bool stretchLast)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(stretchLast);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    setupTable(view);
    return view;
}

QTableView* makeSortedTable(QAbstractItemModel* model, int sortRole, int sortColumn, Qt::SortOrder order,
                            QWidget* parent)
{
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(sortRole);
    QTableView* view = makeTable(proxy, parent);
    view->setSortingEnabled(true);
    view->sortByColumn(sortColumn, order);
    return view;
}

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setProperty("role", QStringLiteral("sectionTitle"));
    return label;
}

QLabel* hintLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setProperty("role", QStringLiteral("hint"));
    label->setWordWrap(true);
    return label;
}

} // namespace adaptlab::ViewHelpers
