// PlanMixChart: the mix over training progress as a stacked-area picture. x = progress 0-100%,
// y = share of the rows, one band per source (the plan's order, bottom up, colours from
// ChartView's palette); the mix is constant within a segment, so each segment is a step.
// The start of end-of-training upsampling and of the MeCo cooldown are marked with labelled
// dashed lines; hovering shows the segment's shares. Drawn with QPainter like ChartView.
#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>
#include <vector>

namespace adaptlab::mixture {

class PlanMixChart final : public QWidget {
    Q_OBJECT
public:
    struct Band {
        double begin = 0.0; // progress in [0, 1]
        double end = 1.0;
        QString phase;      // "constant" | "upsample"
        std::vector<double> shares; // per source, summing to 1
    };

    explicit PlanMixChart(QWidget* parent = nullptr);

    void setMix(const QStringList& sources, std::vector<Band> bands, std::optional<double> upsampleAt,
                std::optional<double> cooldownAt);
    void clear();

    const QStringList& sources() const { return sources_; }
    const std::vector<Band>& bands() const { return bands_; }
    std::optional<double> upsampleAt() const { return upsampleAt_; }
    std::optional<double> cooldownAt() const { return cooldownAt_; }
    // The hover text at progress X in [0, 1] (the segment there and each source's share).
    QString describeAt(double x) const;

    QSize sizeHint() const override { return {520, 260}; }
    QSize minimumSizeHint() const override { return {240, 160}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    QRectF plotRect() const;

    QStringList sources_;
    std::vector<Band> bands_;
    std::optional<double> upsampleAt_;
    std::optional<double> cooldownAt_;
};

} // namespace adaptlab::mixture
