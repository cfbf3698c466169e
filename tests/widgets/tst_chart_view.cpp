// ChartView and chart_math: TensorBoard's smoothing against the closed-form sum, axis ticks,
// log axes with zeros and negatives, the hover readout, exact CSV, PNG export, the per-column
// downsampling (every column's min and max kept, checked by brute force over a million points),
// a dragged threshold marker, categorical bars (order, hover, CSV, elided labels), and
// screenshots of every mode (build/screenshots/chart_*.png).
#include "chart_math.h"
#include "chart_view.h"

#include <QCheckBox>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QMouseEvent>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>
#include <memory>
#include <set>

using adaptlab::ChartView;
namespace chart = adaptlab::chart;

namespace {

QString screenshotDir()
{
    const QString dir = qEnvironmentVariable("ADAPTLAB_BUILD_DIR") + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    return dir;
}

// The debiased EMA written as the weighted mean it is: smoothed_n = sum_k (1-w) w^(n-k) y_k / (1 - w^n)
// over the finite values so far (TensorBoard), not the recurrence the code uses.
std::vector<double> emaByDefinition(const std::vector<double>& ys, double w)
{
    std::vector<double> finite;
    std::vector<double> out;
    for (double y : ys) {
        if (!std::isfinite(y)) {
            out.push_back(y);
            continue;
        }
        finite.push_back(y);
        const size_t n = finite.size();
        double sum = 0;
        for (size_t k = 0; k < n; ++k)
            sum += (1 - w) * std::pow(w, static_cast<double>(n - 1 - k)) * finite[k];
        out.push_back(sum / (1 - std::pow(w, static_cast<double>(n))));
    }
    return out;
}

void compareVectors(const std::vector<double>& actual, const std::vector<double>& expected, double tolerance)
{
    QCOMPARE(actual.size(), expected.size());
    for (size_t i = 0; i < actual.size(); ++i) {
        if (std::isnan(expected[i])) {
            QVERIFY2(std::isnan(actual[i]), qPrintable(QStringLiteral("index %1").arg(i)));
            continue;
        }
        QVERIFY2(std::abs(actual[i] - expected[i]) <= tolerance * std::max(1.0, std::abs(expected[i])),
                 qPrintable(QStringLiteral("index %1: %2 vs %3").arg(i).arg(actual[i], 0, 'g', 17).arg(expected[i], 0, 'g', 17)));
    }
}

} // namespace

class TstChartView final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void emaMatchesTheDefinition_data()
    {
        QTest::addColumn<std::vector<double>>("values");
        QTest::addColumn<double>("weight");
        const double nan = std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("loss, 0.6") << std::vector<double>{4.0, 3.1, 3.5, 2.2, 2.0, 2.4, 1.7} << 0.6;
        QTest::newRow("0.99") << std::vector<double>{10, 0, 10, 0, 10, 0} << 0.99;
        QTest::newRow("weight 0 = raw") << std::vector<double>{1, 5, 2} << 0.0;
        QTest::newRow("NaN passes through") << std::vector<double>{1, nan, 3, 4} << 0.5;
        QTest::newRow("negative") << std::vector<double>{-1, -3, 2} << 0.3;
    }
    void emaMatchesTheDefinition()
    {
        QFETCH(std::vector<double>, values);
        QFETCH(double, weight);
        compareVectors(chart::emaSmooth(values, weight), emaByDefinition(values, weight), 1e-12);
    }

    // Worked by hand: w = 0.5, y = 2, 4: first 0.5*2/(1-0.5) = 2; then (0.5*1 + 0.5*4)/(1-0.25)
    // = 2.5/0.75 = 3.3333. A constant series stays constant (no debias drift).
    void emaByHand()
    {
        compareVectors(chart::emaSmooth({2, 4}, 0.5), {2.0, 10.0 / 3.0}, 1e-15);
        compareVectors(chart::emaSmooth({7, 7, 7}, 0.9), {7, 7, 7}, 0);
        QVERIFY(chart::emaSmooth({}, 0.5).empty());
    }

    void linearTicks_data()
    {
        QTest::addColumn<double>("lo");
        QTest::addColumn<double>("hi");
        QTest::addColumn<std::vector<double>>("ticks");
        QTest::newRow("0..1") << 0.0 << 1.0 << std::vector<double>{0, 0.2, 0.4, 0.6, 0.8, 1.0};
        QTest::newRow("0..150") << 0.0 << 150.0 << std::vector<double>{0, 50, 100, 150};
        QTest::newRow("-3..7") << -3.0 << 7.0 << std::vector<double>{-4, -2, 0, 2, 4, 6, 8};
        QTest::newRow("steps 1..1000") << 1.0 << 1000.0 << std::vector<double>{0, 200, 400, 600, 800, 1000};
        QTest::newRow("loss 2.31..2.37") << 2.31 << 2.37 << std::vector<double>{2.31, 2.32, 2.33, 2.34, 2.35, 2.36, 2.37};
        QTest::newRow("one value") << 5.0 << 5.0 << std::vector<double>{4.4, 4.6, 4.8, 5.0, 5.2, 5.4, 5.6};
    }
    void linearTicks()
    {
        QFETCH(double, lo);
        QFETCH(double, hi);
        QFETCH(std::vector<double>, ticks);
        compareVectors(chart::linearTicks(lo, hi), ticks, 1e-9);
    }

    void logTicks()
    {
        compareVectors(chart::logTicks(1, 1e6), {1, 10, 100, 1e3, 1e4, 1e5, 1e6}, 1e-12);
        // Under three decades the 2s and 5s too.
        compareVectors(chart::logTicks(1, 50), {1, 2, 5, 10, 20, 50}, 1e-12);
        // Twelve decades thinned to every other one.
        compareVectors(chart::logTicks(1, 1e11), {1, 1e2, 1e4, 1e6, 1e8, 1e10}, 1e-12);
        QVERIFY(chart::logTicks(0, 10).empty());
        QVERIFY(chart::logTicks(-1, 10).empty());
        QCOMPARE(chart::tickLabel(20000), QStringLiteral("20k"));
        QCOMPARE(chart::tickLabel(1e6), QStringLiteral("1M"));
        QCOMPARE(chart::tickLabel(0.5), QStringLiteral("0.5"));
    }

    void nearestIndex()
    {
        const std::vector<double> xs{0, 10, 20, 40};
        QCOMPARE(chart::nearestIndex(xs, -5), 0L);
        QCOMPARE(chart::nearestIndex(xs, 4), 0L);
        QCOMPARE(chart::nearestIndex(xs, 5), 0L); // a tie: the earlier point
        QCOMPARE(chart::nearestIndex(xs, 6), 1L);
        QCOMPARE(chart::nearestIndex(xs, 31), 3L);
        QCOMPARE(chart::nearestIndex(xs, 99), 3L);
        QCOMPARE(chart::nearestIndex({}, 1), -1L);
    }

    // A log y axis: zeros and negatives are not drawn and do not pull the axis to 0; the axis
    // spans the positive values' decades; the hover still tells the raw value.
    void logScaleWithZerosAndNegatives()
    {
        ChartView view;
        view.resize(400, 300);
        view.setSeries(QStringLiteral("loss"), QStringLiteral("loss"), {1, 2, 3, 4, 5}, {0, -1, 20, 300, 4000});
        QCOMPARE(view.yMin(), -1000.0); // linear: the negative counts
        view.setLogY(true);
        QCOMPARE(view.yMin(), 10.0);
        QCOMPARE(view.yMax(), 10000.0);
        for (double t : view.yTicks())
            QVERIFY(t > 0);
        const auto at2 = view.valuesAt(2);
        QCOMPARE(at2.size(), 1);
        QCOMPARE(at2.front().raw, -1.0);
        // A histogram with an empty bin on log counts: the axis starts below one document.
        ChartView bars;
        bars.setHistogram({{0, 1, 0}, {1, 2, 5}, {2, 3, 500}}, false);
        bars.setLogY(true);
        QVERIFY(bars.yMin() > 0 && bars.yMin() <= 1);
        QCOMPARE(bars.yMax(), 1000.0);
        // Only negatives on a log axis: nothing drawable, a default range, no crash.
        ChartView negative;
        negative.setSeries(QStringLiteral("n"), QStringLiteral("n"), {1, 2}, {-1, -2});
        negative.setLogY(true);
        QVERIFY(negative.yMin() > 0);
        QVERIFY(negative.grab().width() > 0);
    }

    void hoverReadout()
    {
        ChartView view;
        view.resize(500, 300);
        view.setAxisTitles(QStringLiteral("step"), QString());
        view.setSeries(QStringLiteral("train"), QStringLiteral("train loss"), {0, 10, 20, 30}, {4, 3, 2.5, 2});
        view.setSeries(QStringLiteral("val"), QStringLiteral("val loss"), {0, 15, 30}, {4.2, 3.3, 2.8});
        QCOMPARE(view.seriesIds(), (QStringList{"train", "val"}));
        QVERIFY(view.seriesColor(QStringLiteral("train")) != view.seriesColor(QStringLiteral("val")));
        const auto values = view.valuesAt(14);
        QCOMPARE(values.size(), 2);
        QCOMPARE(values[0].x, 10.0);
        QCOMPARE(values[0].raw, 3.0);
        QCOMPARE(values[1].x, 15.0);
        QCOMPARE(values[1].raw, 3.3);

        const QPoint at = view.positionOf(20);
        const QString text = view.hoverText(at);
        QVERIFY2(text.contains(QStringLiteral("train loss")) && text.contains(QStringLiteral("val loss")), qPrintable(text));
        QVERIFY2(text.contains(QLocale().toString(2.5, 'g', 5)), qPrintable(text));
        QVERIFY(view.hoverText(QPoint(0, 0)).isEmpty()); // outside the plot

        // Smoothed: the readout carries the smoothed value, equal to the definition's.
        view.setSmoothing(0.6);
        const auto smoothed = view.valuesAt(30);
        const std::vector<double> expected = emaByDefinition({4, 3, 2.5, 2}, 0.6);
        QVERIFY(std::abs(smoothed[0].smoothed - expected[3]) < 1e-12);
        QCOMPARE(smoothed[0].raw, 2.0);
        QVERIFY(view.hoverText(view.positionOf(29)).contains(QStringLiteral("raw")));

        // The readout follows the mouse.
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::mouseMove(&view, at);
        QVERIFY(view.grab().save(screenshotDir() + QStringLiteral("/chart_hover.png")));
    }

    // Tokens and wall time: relative wall time starts every series at 0.
    void xAxisChoices()
    {
        ChartView view;
        ChartView::Points points;
        points.steps = {1, 2, 3};
        points.values = {3, 2, 1};
        points.tokens = {4096, 8192, 12288};
        points.wallTimes = {1.7e9 + 100, 1.7e9 + 160, 1.7e9 + 220};
        view.setSeries(QStringLiteral("a"), QStringLiteral("a"), points);
        view.setSeries(QStringLiteral("b"), QStringLiteral("b (no tokens)"), {1, 2}, {5, 6});
        view.setXAxis(ChartView::XAxis::Tokens);
        QCOMPARE(view.xMin(), 4096.0);
        QCOMPARE(view.xMax(), 12288.0);
        QCOMPARE(view.valuesAt(8000).size(), 1); // b has no tokens: not on this axis
        view.setXAxis(ChartView::XAxis::WallTime);
        QCOMPARE(view.xMin(), 0.0);
        QCOMPARE(view.xMax(), 120.0);
        QCOMPARE(view.valuesAt(60).front().raw, 2.0);
    }

    // Live appends: a resumed run rewriting steps keeps the series in step order.
    void appendPointsKeepsStepOrder()
    {
        ChartView view;
        view.appendPoints(QStringLiteral("loss"), {1, 2, 3}, {3, 2, 1});
        view.appendPoints(QStringLiteral("loss"), {4, 5}, {0.9, 0.8});
        QCOMPARE(view.xMax(), 5.0);
        view.appendPoints(QStringLiteral("loss"), {2.5}, {1.5});
        QCOMPARE(view.valuesAt(2.5).front().raw, 1.5);
        QCOMPARE(view.valuesAt(3).front().raw, 1.0);
        QCOMPARE(view.csvText().count(QLatin1Char('\n')), 7); // header + 6 points
    }

    void csvExportIsExact()
    {
        ChartView view;
        ChartView::Points points;
        points.steps = {1, 2, 3};
        points.values = {0.1, 1e-7, 123456789.125};
        points.tokens = {10, 20, 30};
        view.setSeries(QStringLiteral("eval/ppl"), QStringLiteral("perplexity, held out"), points);
        view.setSeries(QStringLiteral("lr"), QStringLiteral("lr"), {1}, {0.5});
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chart.csv"));
        QString error;
        QVERIFY2(view.exportCsv(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()),
                 QStringLiteral("series,label,step,tokens,wall_time,value\n"
                                "eval/ppl,\"perplexity, held out\",1,10,,0.1\n"
                                "eval/ppl,\"perplexity, held out\",2,20,,1e-07\n"
                                "eval/ppl,\"perplexity, held out\",3,30,,123456789.125\n"
                                "lr,lr,1,,,0.5\n"));
        // Read back, every value is the same double.
        QCOMPARE(QStringLiteral("1e-07").toDouble(), 1e-7);
        QVERIFY(!view.exportCsv(dir.filePath(QStringLiteral("missing/folder/x.csv")), &error));
        QVERIFY(error.contains(QStringLiteral("x.csv")));

        ChartView bars;
        bars.setHistogram({{0, 0.5, 3}, {0.5, 1, 7}}, false);
        QCOMPARE(bars.csvText(), QStringLiteral("bin_low,bin_high,count\n0,0.5,3\n0.5,1,7\n"));
    }

    void pngExportWritesAnImage()
    {
        ChartView view;
        view.resize(320, 200);
        view.setSeries(QStringLiteral("a"), QStringLiteral("a"), {0, 1, 2}, {1, 3, 2});
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chart.png"));
        QVERIFY(view.exportPng(path));
        const QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(320, 200) * view.devicePixelRatio());
        // Not blank: the series' colour is in it.
        const QColor colour = view.seriesColor(QStringLiteral("a"));
        bool found = false;
        for (int y = 0; y < image.height() && !found; ++y)
            for (int x = 0; x < image.width() && !found; ++x)
                found = QColor(image.pixel(x, y)) == colour;
        QVERIFY(found);
    }

    // A million points: per pixel column the drawn points include the column's min and max,
    // checked against a brute-force pass; at most four points per column are drawn.
    void downsamplingKeepsEveryColumnsExtremes()
    {
        constexpr size_t n = 1'000'000;
        std::vector<double> xs(n);
        std::vector<double> ys(n);
        QRandomGenerator random(7);
        for (size_t i = 0; i < n; ++i) {
            xs[i] = static_cast<double>(i);
            ys[i] = std::sin(static_cast<double>(i) / 5000.0) + random.generateDouble() - 0.5;
        }
        ys[123456] = 50; // a spike in one column
        ys[777777] = -50;
        ChartView view;
        view.resize(600, 300);
        view.setSeries(QStringLiteral("loss"), QStringLiteral("loss"), xs, ys);
        const std::vector<size_t> kept = view.drawnIndices(QStringLiteral("loss"));
        const int columns = static_cast<int>(view.plotRect().width());
        QVERIFY(columns > 100);
        QVERIFY2(kept.size() <= static_cast<size_t>(columns) * 4 + 8, qPrintable(QString::number(kept.size())));
        QVERIFY(std::is_sorted(kept.begin(), kept.end()));
        const std::set<size_t> keptSet(kept.begin(), kept.end());
        QVERIFY(keptSet.count(123456) && keptSet.count(777777));
        // Brute force: each column's min and max by value.
        const double width = (view.xMax() - view.xMin()) / columns;
        std::vector<double> lo(columns + 1, 1e300), hi(columns + 1, -1e300);
        for (size_t i = 0; i < n; ++i) {
            const int c = std::min(columns, static_cast<int>(std::floor((xs[i] - view.xMin()) / width)));
            lo[c] = std::min(lo[c], ys[i]);
            hi[c] = std::max(hi[c], ys[i]);
        }
        std::vector<double> keptLo(columns + 1, 1e300), keptHi(columns + 1, -1e300);
        for (size_t i : kept) {
            const int c = std::min(columns, static_cast<int>(std::floor((xs[i] - view.xMin()) / width)));
            keptLo[c] = std::min(keptLo[c], ys[i]);
            keptHi[c] = std::max(keptHi[c], ys[i]);
        }
        for (int c = 0; c <= columns; ++c) {
            QCOMPARE(keptLo[c], lo[c]);
            QCOMPARE(keptHi[c], hi[c]);
        }
        // Few points: all drawn.
        QCOMPARE(chart::downsampleColumns({0, 1, 2}, {5, 6, 7}, 0, 2, 100), (std::vector<size_t>{0, 1, 2}));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!view.grab().isNull());
    }

    // A histogram's threshold: drawn where it is, dragged with the mouse, signals carry the id.
    void histogramMarkerDrags()
    {
        ChartView view;
        view.resize(500, 260);
        view.setHistogram({{0, 10, 4}, {10, 20, 12}, {20, 30, 30}, {30, 40, 9}}, false);
        view.setMarkers({{3, 15, true, true, ChartView::Marker::Shade::Below}});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.binAt(25)->count, 30.0);
        QVERIFY(!view.binAt(45));
        QVERIFY(view.hoverText(view.positionOf(25)).contains(QStringLiteral("30")));
        QSignalSpy dragged(&view, &ChartView::markerDragged);
        QSignalSpy released(&view, &ChartView::markerReleased);
        const QPoint from = view.positionOf(15);
        const QPoint to = view.positionOf(32);
        QTest::mousePress(&view, Qt::LeftButton, {}, from);
        QTest::mouseMove(&view, (from + to) / 2);
        QTest::mouseMove(&view, to);
        QTest::mouseRelease(&view, Qt::LeftButton, {}, to);
        QVERIFY(!dragged.isEmpty());
        QCOMPARE(released.size(), 1);
        QCOMPARE(released.front().at(0).toInt(), 3);
        const double value = released.front().at(1).toDouble();
        QVERIFY2(std::abs(value - 32) < 0.5, qPrintable(QString::number(value)));
        QCOMPARE(view.markers().front().value, dragged.back().at(1).toDouble());
        // Far from the line nothing is dragged.
        dragged.clear();
        QTest::mousePress(&view, Qt::LeftButton, {}, view.positionOf(5));
        QTest::mouseMove(&view, view.positionOf(8));
        QTest::mouseRelease(&view, Qt::LeftButton, {}, view.positionOf(8));
        QVERIFY(dragged.isEmpty());
    }

    // The control row: the slider sets the smoothing, the box the log axis, the list the x axis.
    void controlsDriveTheChart()
    {
        ChartView view;
        ChartView::Points points;
        points.steps = {1, 2};
        points.values = {1, 2};
        points.tokens = {100, 200};
        view.setSeries(QStringLiteral("a"), QStringLiteral("a"), points);
        std::unique_ptr<QWidget> controls(view.createControls(nullptr));
        auto* slider = controls->findChild<QSlider*>(QStringLiteral("chartSmoothing"));
        auto* log = controls->findChild<QCheckBox*>(QStringLiteral("chartLogY"));
        auto* xAxis = controls->findChild<QComboBox*>(QStringLiteral("chartXAxis"));
        QVERIFY(slider && log && xAxis);
        QCOMPARE(slider->maximum(), 99);
        slider->setValue(60);
        QCOMPARE(view.smoothing(), 0.6);
        log->setChecked(true);
        QVERIFY(view.logY());
        const int tokens = xAxis->findData(static_cast<int>(ChartView::XAxis::Tokens));
        xAxis->setCurrentIndex(tokens);
        Q_EMIT xAxis->activated(tokens);
        QCOMPARE(view.xAxis(), ChartView::XAxis::Tokens);
        QCOMPARE(view.xMax(), 200.0);
    }

    // Bars: drawn in the order given (not sorted), the row under the mouse found by geometry,
    // the hover naming the whole label with its count and share, CSV exact with full labels.
    void barsKeepOrderHoverAndCsv()
    {
        const QString longLabel = QStringLiteral("a-very-long-host-name.example.org/with/a/path/that/goes/on/and/on/forever");
        ChartView view;
        view.resize(420, 260);
        view.setBars({{QStringLiteral("web"), 5}, {QStringLiteral("books, old"), 12}, {longLabel, 3}});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.mode(), ChartView::Mode::Bars);
        QVERIFY(view.hasData());
        QCOMPARE(view.bars().size(), size_t(3));
        QCOMPARE(view.bars()[0].label, QStringLiteral("web"));
        QCOMPARE(view.bars()[1].label, QStringLiteral("books, old"));
        QCOMPARE(view.xMin(), 0.0);
        QVERIFY(view.xMax() >= 12.0);
        QVERIFY(view.yTicks().empty());

        // Rows top to bottom in the given order; the middle of each row finds that bar.
        double lastTop = -1;
        for (int i = 0; i < 3; ++i) {
            const QRectF row = view.barRowRect(i);
            QVERIFY(row.isValid());
            QVERIFY(row.top() > lastTop);
            lastTop = row.top();
            QCOMPARE(view.barAt(row.center().toPoint()), i);
        }
        QCOMPARE(view.barAt(QPoint(0, 0)), -1);
        QVERIFY(view.hoverText(QPoint(0, 0)).isEmpty());
        const QLocale locale;
        const QString middle = view.hoverText(view.barRowRect(1).center().toPoint());
        QVERIFY2(middle.contains(QStringLiteral("books, old")) && middle.contains(QStringLiteral("12"))
                     && middle.contains(locale.toString(60.0, 'f', 1)), // 12 of 20
                 qPrintable(middle));

        // The long label is elided in the label column and whole in the hover.
        const QString shown = view.barLabelShown(2);
        QVERIFY2(shown != longLabel && shown.endsWith(QChar(0x2026)), qPrintable(shown));
        QVERIFY(QFontMetrics(view.font()).horizontalAdvance(shown) <= view.width() * 0.4);
        QCOMPARE(view.barLabelShown(0), QStringLiteral("web"));
        const QString last = view.hoverText(view.barRowRect(2).center().toPoint());
        QVERIFY2(last.contains(longLabel) && last.contains(locale.toString(15.0, 'f', 1)), qPrintable(last));

        QCOMPARE(view.csvText(), QStringLiteral("label,count\nweb,5\n\"books, old\",12\n") + longLabel
                                     + QStringLiteral(",3\n"));
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("bars.png"));
        QVERIFY(view.exportPng(png));
        QVERIFY(!QImage(png).isNull());

        // The log scale has no meaning for categories; the export buttons stay.
        std::unique_ptr<QWidget> controls(view.createControls(nullptr));
        QVERIFY(controls->findChild<QCheckBox*>(QStringLiteral("chartLogY"))->isHidden());

        // Going back to a histogram keeps that mode's behaviour.
        view.setHistogram({{0, 1, 2}}, false);
        QCOMPARE(view.barAt(view.barRowRect(0).center().toPoint()), -1);
        QVERIFY(!view.yTicks().empty());
    }

    void screenshots()
    {
        ChartView lines;
        lines.resize(640, 320);
        lines.setAxisTitles(QStringLiteral("step"), QStringLiteral("loss"));
        QRandomGenerator random(3);
        for (int s = 0; s < 3; ++s) {
            std::vector<double> xs, ys;
            for (int i = 0; i < 2000; ++i) {
                xs.push_back(i);
                ys.push_back((3.0 + s * 0.4) * std::exp(-i / 600.0) + 1.5 + 0.3 * (random.generateDouble() - 0.5));
            }
            lines.setSeries(QStringLiteral("run%1").arg(s), QStringLiteral("run %1").arg(s + 1), xs, ys);
        }
        lines.setSmoothing(0.9);
        lines.show();
        QVERIFY(QTest::qWaitForWindowExposed(&lines));
        QTest::mouseMove(&lines, lines.positionOf(700));
        QVERIFY(lines.grab().save(screenshotDir() + QStringLiteral("/chart_lines.png")));

        ChartView bars;
        bars.resize(480, 240);
        std::vector<ChartView::Bin> bins;
        for (int p = 0; p < 12; ++p) {
            const double lo = std::pow(10.0, p / 2.0);
            const double hi = std::pow(10.0, (p + 1) / 2.0);
            bins.push_back({lo, hi, std::round(1000 * std::exp(-std::pow(p - 5, 2) / 6.0))});
        }
        bars.setHistogram(bins, true);
        bars.setLogY(true);
        bars.setMarkers({{0, 50, true, true, ChartView::Marker::Shade::Below},
                         {1, 1e5, false, true, ChartView::Marker::Shade::Above}});
        bars.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bars));
        QCOMPARE(bars.xTickLabels(), (QStringList{"1", "10", "100", "1k", "10k", "100k", "1M"}));
        QTest::mouseMove(&bars, bars.positionOf(3000));
        QVERIFY(bars.grab().save(screenshotDir() + QStringLiteral("/chart_histogram.png")));

        // Top values of a metadata field, as the Inspect overview shows them, hovering a bar.
        ChartView categories;
        categories.resize(520, 300);
        categories.setBars({{QStringLiteral("en.wikipedia.org"), 48211},
                            {QStringLiteral("github.com"), 20544},
                            {QStringLiteral("stackoverflow.com"), 9120},
                            {QStringLiteral("an-unusually-long-subdomain.documentation.example-project.org"), 4033},
                            {QStringLiteral("arxiv.org"), 2210},
                            {QStringLiteral("(empty)"), 37}});
        categories.setAxisTitles(QStringLiteral("Documents"), QString());
        categories.show();
        QVERIFY(QTest::qWaitForWindowExposed(&categories));
        // QTest::mouseMove sends no move event to an offscreen window without a button held;
        // the event is sent directly so the hover box is in the picture.
        const QPointF over = categories.barRowRect(3).center();
        QMouseEvent move(QEvent::MouseMove, over, categories.mapToGlobal(over), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(&categories, &move);
        QVERIFY(categories.grab().save(screenshotDir() + QStringLiteral("/chart_bars.png")));
    }
};

QTEST_MAIN(TstChartView)
#include "tst_chart_view.moc"
