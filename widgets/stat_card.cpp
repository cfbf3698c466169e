// StatCard: the number is twice the body font and bold; the caption keeps the body font so the
// card stays readable in every language's length.
#include "stat_card.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace adaptlab {

StatCard::StatCard(const QString& caption, const QString& value, const QString& toolTip,
                   QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("statCard"));
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Plain);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    // Minimum, not Fixed: a wrapped caption (long translations) must make the card taller, not be cut.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);

    valueLabel_ = new QLabel(value.isEmpty() ? QStringLiteral("–") : value, this);
    valueLabel_->setObjectName(QStringLiteral("statValue"));
    QFont big = valueLabel_->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    valueLabel_->setFont(big);
    valueLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    captionLabel_ = new QLabel(caption, this);
    captionLabel_->setObjectName(QStringLiteral("statCaption"));
    captionLabel_->setWordWrap(true);
    captionLabel_->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(valueLabel_);
    layout->addWidget(captionLabel_);

    setToolTip(toolTip);
}

StatCard::StatCard(QWidget* parent)
    : StatCard(QString(), QString(), QString(), parent)
{
}

QString StatCard::value() const
{
    return valueLabel_->text();
}

void StatCard::setValue(const QString& value)
{
    valueLabel_->setText(value.isEmpty() ? QStringLiteral("–") : value);
}

void StatCard::setValue(qint64 count)
{
    setValue(QLocale().toString(count));
}

QString StatCard::caption() const
{
    return captionLabel_->text();
}

void StatCard::setCaption(const QString& caption)
{
    captionLabel_->setText(caption);
}

} // namespace adaptlab
