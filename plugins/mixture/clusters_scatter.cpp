#include "clusters_scatter.h"

#include "chart_view.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <limits>

namespace adaptlab::mixture {

ClustersScatter::ClustersScatter(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("clustersScatter"));
    setMouseTracking(false);
    setToolTip(tr("Each document at its place on the two directions in which the embeddings vary most; "
                  "documents close together read alike to the model. Click a point to select its cluster."));
}

void ClustersScatter::setPoints(std::vector<QPointF> points, std::vector<int> clusters, double explainedX, double explainedY)
{
    points_ = std::move(points);
    clusters_ = std::move(clusters);
    explained_[0] = explainedX;
    explained_[1] = explainedY;
    double minX = std::numeric_limits<double>::max(), maxX = std::numeric_limits<double>::lowest();
    double minY = minX, maxY = maxX;
    for (const QPointF& p : points_) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    if (points_.empty()) {
        bounds_ = QRectF(-1, -1, 2, 2);
    } else {
        const double padX = std::max((maxX - minX) * 0.05, 1e-6), padY = std::max((maxY - minY) * 0.05, 1e-6);
        bounds_ = QRectF(QPointF(minX - padX, minY - padY), QPointF(maxX + padX, maxY + padY));
    }
    update();
}

void ClustersScatter::setSelectedCluster(int cluster)
{
    if (cluster == selected_)
        return;
    selected_ = cluster;
    update();
}

QRectF ClustersScatter::plotRect() const
{
    const int margin = fontMetrics().height() + 6;
    return QRectF(rect()).adjusted(margin, 6, -6, -margin);
}

QPointF ClustersScatter::toWidget(const QPointF& point) const
{
    const QRectF r = plotRect();
    const double x = r.left() + (point.x() - bounds_.left()) / bounds_.width() * r.width();
    const double y = r.bottom() - (point.y() - bounds_.top()) / bounds_.height() * r.height(); // y up
    return {x, y};
}

void ClustersScatter::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    const QRectF r = plotRect();
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(r);
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRectF(r.left(), r.bottom() + 2, r.width(), fontMetrics().height() + 4), Qt::AlignCenter,
                     tr("first principal component (%1% of the variance)").arg(explained_[0] * 100.0, 0, 'f', 0));
    painter.save();
    painter.translate(fontMetrics().height() - 2, r.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-r.height() / 2, -fontMetrics().height(), r.height(), fontMetrics().height() + 4),
                     Qt::AlignCenter, tr("second (%1%)").arg(explained_[1] * 100.0, 0, 'f', 0));
    painter.restore();
    if (points_.empty()) {
        painter.drawText(r, Qt::AlignCenter | Qt::TextWordWrap, tr("No clusters yet"));
        return;
    }
    painter.setClipRect(r);
    const double radius = points_.size() > 2000 ? 2.0 : 3.5;
    // The other clusters first (faded when one is selected), the selected one on top.
    for (int pass = 0; pass < 2; ++pass) {
        for (size_t i = 0; i < points_.size(); ++i) {
            const bool selected = clusters_[i] == selected_;
            if ((pass == 1) != selected)
                continue;
            QColor color = ChartView::paletteColor(clusters_[i]);
            if (selected_ >= 0 && !selected)
                color.setAlphaF(0.25);
            painter.setPen(selected ? QPen(palette().color(QPalette::Text), 0.8) : Qt::NoPen);
            painter.setBrush(color);
            painter.drawEllipse(toWidget(points_[i]), radius, radius);
        }
    }
}

void ClustersScatter::mousePressEvent(QMouseEvent* event)
{
    int nearest = -1;
    double best = std::numeric_limits<double>::max();
    for (size_t i = 0; i < points_.size(); ++i) {
        const QPointF d = toWidget(points_[i]) - event->position();
        const double distance = QPointF::dotProduct(d, d);
        if (distance < best) {
            best = distance;
            nearest = int(i);
        }
    }
    if (nearest >= 0 && best <= 12.0 * 12.0)
        Q_EMIT clusterClicked(clusters_[size_t(nearest)]);
}

} // namespace adaptlab::mixture
