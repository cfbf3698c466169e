// The clusters in two dimensions: each clustered document at its coordinates on the embeddings'
// first two principal components, coloured by its cluster (the palette of the table's swatches).
// The selected cluster is drawn on top and the others faded; a click picks the cluster of the
// nearest point. Painted with QPainter (a few thousand points).
#pragma once

#include <QPointF>
#include <QWidget>

#include <vector>

namespace adaptlab::mixture {

class ClustersScatter final : public QWidget {
    Q_OBJECT
public:
    explicit ClustersScatter(QWidget* parent = nullptr);

    void setPoints(std::vector<QPointF> points, std::vector<int> clusters, double explainedX, double explainedY);
    void setSelectedCluster(int cluster); // -1: none
    int selectedCluster() const { return selected_; }
    int pointCount() const { return int(points_.size()); }

    QSize sizeHint() const override { return {360, 280}; }
    QSize minimumSizeHint() const override { return {200, 160}; }

Q_SIGNALS:
    void clusterClicked(int cluster);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    QRectF plotRect() const;
    QPointF toWidget(const QPointF& point) const;

    std::vector<QPointF> points_;
    std::vector<int> clusters_;
    QRectF bounds_; // the points' extent, padded
    double explained_[2] = {0, 0};
    int selected_ = -1;
};

} // namespace adaptlab::mixture
