// ProgressBarDelegate: paints a cell as a progress bar, reading a percentage (0..100, or < 0 for
// "unknown") from one model role and the bar's text from Qt::DisplayRole. Not editable.
#pragma once

#include "adaptlab_widgets_export.h"

#include <QStyledItemDelegate>

namespace adaptlab {

class ADAPTLAB_WIDGETS_EXPORT ProgressBarDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit ProgressBarDelegate(int percentRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int percentRole_;
};

} // namespace adaptlab
