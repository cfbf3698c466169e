#include "plan_mix_chart.h"

#include "chart_view.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace adaptlab::mixture {

namespace {

constexpr int kLeft = 44;   // room for the share axis
constexpr int kRight = 22; // room for the last tick label
constexpr int kTop = 30;    // room for the markers' labels
constexpr int kBottom = 44; // the progress axis and the legend

} // namespace

PlanMixChart::PlanMixChart(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("planMixChart"));
    setMouseTracking(true);
    setToolTip(tr("The mix over training: each band is one source's share of the rows at that point of the run."));
}

void PlanMixChart::setMix(const QStringList& sources, std::vector<Band> bands, std::optional<double> upsampleAt,
                          std::optional<double> cooldownAt)
{
    sources_ = sources;
    bands_ = std::move(bands);
    upsampleAt_ = upsampleAt;
    cooldownAt_ = cooldownAt;
    update();
}

void PlanMixChart::clear()
{
    setMix({}, {}, std::nullopt, std::nullopt);
}

QRectF PlanMixChart::plotRect() const
{
    return QRectF(kLeft, kTop, std::max(10, width() - kLeft - kRight), std::max(10, height() - kTop - kBottom));
}

QString PlanMixChart::describeAt(double x) const
{
    for (const Band& band : bands_) {
        if (x < band.begin || x > band.end)
            continue;
        QString text = band.phase == QLatin1String("upsample")
                           ? tr("%1–%2% of training: end-of-training upsampling").arg(band.begin * 100, 0, 'f', 0).arg(band.end * 100, 0, 'f', 0)
                           : tr("%1–%2% of training").arg(band.begin * 100, 0, 'f', 0).arg(band.end * 100, 0, 'f', 0);
        for (qsizetype i = 0; i < sources_.size() && i < static_cast<qsizetype>(band.shares.size()); ++i)
            text += QLatin1Char('\n') + tr("%1: %2%").arg(sources_[i]).arg(band.shares[static_cast<size_t>(i)] * 100, 0, 'f', 1);
        return text;
    }
    return {};
}

void PlanMixChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    const QRectF plot = plotRect();
    const QColor axis = palette().color(QPalette::Mid);
    const QColor text = palette().color(QPalette::Text);

    if (bands_.empty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("Tick at least one source to see the mix over training."));
        return;
    }

    const auto xAt = [&](double progress) { return plot.left() + progress * plot.width(); };
    const auto yAt = [&](double share) { return plot.bottom() - share * plot.height(); };

    // The bands: within a segment the mix is constant, so each source is a rectangle per segment,
    // stacked bottom up in plan order.
    for (const Band& band : bands_) {
        double below = 0.0;
        for (size_t i = 0; i < band.shares.size(); ++i) {
            const double share = std::clamp(band.shares[i], 0.0, 1.0);
            if (share <= 0.0)
                continue;
            const QRectF area(QPointF(xAt(band.begin), yAt(std::min(1.0, below + share))), QPointF(xAt(band.end), yAt(below)));
            QColor fill = ChartView::paletteColor(static_cast<int>(i));
            painter.fillRect(area, fill);
            below += share;
        }
    }

    // Axes: share 0-100% on the left, progress 0-100% below.
    painter.setPen(axis);
    painter.drawRect(plot);
    QFont small = font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() - 1));
    painter.setFont(small);
    painter.setPen(text);
    for (int tick = 0; tick <= 100; tick += 25) {
        const double y = yAt(tick / 100.0);
        painter.drawText(QRectF(0, y - 8, kLeft - 6, 16), Qt::AlignRight | Qt::AlignVCenter, tr("%1%").arg(tick));
        const double x = xAt(tick / 100.0);
        painter.drawText(QRectF(x - 24, plot.bottom() + 2, 48, 16), Qt::AlignHCenter | Qt::AlignTop, tr("%1%").arg(tick));
    }

    // Markers: where upsampling and the MeCo cooldown begin.
    const auto marker = [&](double at, const QString& label, const QColor& color, int row) {
        const double x = xAt(at);
        QPen pen(color, 1.5, Qt::DashLine);
        painter.setPen(pen);
        painter.drawLine(QPointF(x, plot.top() - 4 - row * 13), QPointF(x, plot.bottom()));
        painter.setPen(color);
        const QFontMetrics metrics(small);
        const int w = metrics.horizontalAdvance(label) + 4;
        const double left = std::clamp(x - w, 0.0, static_cast<double>(width() - w));
        painter.drawText(QRectF(left, plot.top() - 16 - row * 13, w, 13), Qt::AlignRight | Qt::AlignVCenter, label);
    };
    if (upsampleAt_)
        marker(*upsampleAt_, tr("upsampling from %1%").arg(*upsampleAt_ * 100, 0, 'f', 0), QColor(0x6a, 0x1b, 0x9a), 0);
    if (cooldownAt_)
        marker(*cooldownAt_, tr("MeCo cooldown from %1%").arg(*cooldownAt_ * 100, 0, 'f', 0), QColor(0x00, 0x4d, 0x40),
               upsampleAt_ && std::abs(*upsampleAt_ - *cooldownAt_) < 0.25 ? 1 : 0);

    // Legend under the axis.
    const QFontMetrics metrics(small);
    double x = plot.left();
    const double y = plot.bottom() + 20;
    for (qsizetype i = 0; i < sources_.size(); ++i) {
        painter.fillRect(QRectF(x, y + 3, 10, 10), ChartView::paletteColor(static_cast<int>(i)));
        painter.setPen(text);
        const QString name = metrics.elidedText(sources_[i], Qt::ElideRight, 140);
        painter.drawText(QPointF(x + 14, y + 12), name);
        x += 14 + metrics.horizontalAdvance(name) + 16;
        if (x > width() - 60)
            break;
    }
}

void PlanMixChart::mouseMoveEvent(QMouseEvent* event)
{
    const QRectF plot = plotRect();
    if (!plot.contains(event->position())) {
        QToolTip::hideText();
        return;
    }
    const double progress = (event->position().x() - plot.left()) / plot.width();
    const QString text = describeAt(progress);
    if (!text.isEmpty())
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
}

void PlanMixChart::leaveEvent(QEvent*)
{
    QToolTip::hideText();
}

} // namespace adaptlab::mixture
