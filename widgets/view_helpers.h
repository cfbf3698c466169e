// How panels word numbers and set up their tables, once: counts, sizes, durations and shares in
// the user's locale, a read-only table (whole rows, alternating colours, no grid, no row numbers,
// headers left-aligned) with or without a sorting proxy, a section title. Each panel had its own
// copy of these, already drifting apart.
#pragma once

#include "adaptlab_widgets_export.h"

#include <QString>
#include <QtGlobal>

class QAbstractItemModel;
class QLabel;
class QTableView;
class QWidget;

namespace adaptlab::ViewHelpers {

// 12,500 (the locale's grouping).
ADAPTLAB_WIDGETS_EXPORT QString count(qint64 value);
// 2 KiB, 1.5 MiB (the locale's data size); "unknown" when negative (not measured).
ADAPTLAB_WIDGETS_EXPORT QString bytes(qint64 value);
// 45 s, 3 min 05 s, 2 h 07 min; empty for a negative, infinite or NaN time (none known).
ADAPTLAB_WIDGETS_EXPORT QString duration(double seconds);
// A fraction as a percentage: 0.1234 -> 12.3%; finer for small shares so they do not read 0%.
ADAPTLAB_WIDGETS_EXPORT QString percent(double fraction);

// A read-only table as every panel shows it. stretchLast: the last column takes the spare width.
ADAPTLAB_WIDGETS_EXPORT void setupTable(QTableView* view, bool stretchLast = true);
// A new table over `model` (setupTable applied).
ADAPTLAB_WIDGETS_EXPORT QTableView* makeTable(QAbstractItemModel* model, QWidget* parent);
// A new table over a QSortFilterProxyModel of `model`, sorted by `sortColumn` on `sortRole`.
ADAPTLAB_WIDGETS_EXPORT QTableView* makeSortedTable(QAbstractItemModel* model, int sortRole, int sortColumn,
                                                    Qt::SortOrder order, QWidget* parent);
// A label in the panels' section-title style.
ADAPTLAB_WIDGETS_EXPORT QLabel* sectionTitle(const QString& text, QWidget* parent);
// A word-wrapped one-line explanation in the panels' hint style (under a control or a section).
ADAPTLAB_WIDGETS_EXPORT QLabel* hintLabel(const QString& text, QWidget* parent);

} // namespace adaptlab::ViewHelpers
