// StatCard: a small card with one big number and a caption under it ("12 datasets",
// "3.1 M tokens"), with an optional tooltip saying what the number counts. Panels put a row of
// them above their tables so the headline figures read at a glance.
#pragma once

#include "adaptlab_widgets_export.h"

#include <QFrame>

class QLabel;

namespace adaptlab {

class ADAPTLAB_WIDGETS_EXPORT StatCard final : public QFrame {
    Q_OBJECT
    Q_PROPERTY(QString value READ value WRITE setValue)
    Q_PROPERTY(QString caption READ caption WRITE setCaption)
public:
    explicit StatCard(const QString& caption, const QString& value = QString(),
                      const QString& toolTip = QString(), QWidget* parent = nullptr);
    explicit StatCard(QWidget* parent = nullptr);

    QString value() const;
    void setValue(const QString& value);
    // A count, grouped by the locale ("12,345").
    void setValue(qint64 count);
    QString caption() const;
    void setCaption(const QString& caption);

    QLabel* valueLabel() const { return valueLabel_; }
    QLabel* captionLabel() const { return captionLabel_; }

private:
    QLabel* valueLabel_ = nullptr;
    QLabel* captionLabel_ = nullptr;
};

} // namespace adaptlab
