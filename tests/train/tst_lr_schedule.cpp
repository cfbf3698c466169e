// Learning-rate schedules (METHODS §8) against values worked out by hand in the tables: warmup's
// first and last step, the cosine midpoint and a quarter point, the floor at and past totalSteps,
// WSD's decay start and middle, CPT's 1% re-warm; unknown schedule names and bad options.
#include "train/lr_schedule.h"

#include "common/error.h"

#include <QTest>

#include <cmath>

using namespace adaptlab;
using namespace adaptlab::train;

Q_DECLARE_METATYPE(adaptlab::train::ScheduleKind)

namespace {

ScheduleOptions makeOptions(ScheduleKind kind, double peak, double minRatio, int64_t warmup, int64_t total, double decay = 0.2)
{
    ScheduleOptions o;
    o.kind = kind;
    o.peakLr = peak;
    o.minLrRatio = minRatio;
    o.warmupSteps = warmup;
    o.totalSteps = total;
    o.decayFraction = decay;
    return o;
}

} // namespace

class TestLrSchedule : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void values_data();
    void values();
    void names_data();
    void names();
    void badNames_data();
    void badNames();
    void badOptions_data();
    void badOptions();
    void cptWarmupIsOnePercent();
};

void TestLrSchedule::values_data()
{
    QTest::addColumn<ScheduleKind>("kind");
    QTest::addColumn<double>("peak");
    QTest::addColumn<double>("minRatio");
    QTest::addColumn<qint64>("warmup");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<double>("decay");
    QTest::addColumn<qint64>("step");
    QTest::addColumn<double>("expected");

    const auto C = ScheduleKind::Cosine;
    // Cosine, peak 1, floor 0.1, warmup 10, total 110: the cosine spans steps 10..110 (100 steps).
    QTest::newRow("cosine warmup first") << C << 1.0 << 0.1 << qint64(10) << qint64(110) << 0.2 << qint64(0) << 0.1;   // 1 * 1/10
    QTest::newRow("cosine warmup 5") << C << 1.0 << 0.1 << qint64(10) << qint64(110) << 0.2 << qint64(4) << 0.5;       // 5/10
    QTest::newRow("cosine warmup last") << C << 1.0 << 0.1 << qint64(10) << qint64(110) << 0.2 << qint64(9) << 1.0;    // 10/10
    QTest::newRow("cosine start") << C << 1.0 << 0.1 << qint64(10) << qint64(110) << 0.2 << qint64(10) << 1.0;         // cos(0) = 1
    // progress 25/100: 0.1 + 0.9 * (1 + cos(pi/4)) / 2 = 0.1 + 0.45 * 1.70710678 = 0.86819805
    QTest::newRow("cosine quarter") << C << 1.0 << 0.1 << qint64(10) << qint64(110) << 0.2 << qint64(35) << 0.86819805;
    // progress 50/100: 0.1 + 0.45 * (1 + 0) = 0.55
    QTest::newRow("cosine midpoint") << C << 1.0 << 0.1 << qint64(10) << qint64(110) << 0.2 << qint64(60) << 0.55;
    // progress 99/100: cos(0.99 pi) = -0.99950656; 0.1 + 0.45 * 0.00049344 = 0.10022205
    QTest::newRow("cosine last step") << C << 1.0 << 0.1 << qint64(10) << qint64(110) << 0.2 << qint64(109) << 0.10022205;
    QTest::newRow("cosine floor at total") << C << 1.0 << 0.1 << qint64(10) << qint64(110) << 0.2 << qint64(110) << 0.1;
    QTest::newRow("cosine past total") << C << 1.0 << 0.1 << qint64(10) << qint64(110) << 0.2 << qint64(5000) << 0.1;
    // Real scale: peak 3e-4, floor 0 (ratio 0), no warmup, total 100; step 50 = 3e-4 * 0.5 = 1.5e-4.
    QTest::newRow("cosine to zero mid") << C << 3e-4 << 0.0 << qint64(0) << qint64(100) << 0.2 << qint64(50) << 1.5e-4;
    QTest::newRow("cosine to zero end") << C << 3e-4 << 0.0 << qint64(0) << qint64(100) << 0.2 << qint64(100) << 0.0;
    QTest::newRow("cosine one step, step 0") << C << 1.0 << 0.1 << qint64(0) << qint64(1) << 0.2 << qint64(0) << 1.0;
    QTest::newRow("cosine one step, step 1") << C << 1.0 << 0.1 << qint64(0) << qint64(1) << 0.2 << qint64(1) << 0.1;
    // Warmup longer than the run: still a linear ramp (step 14 of 40 = 15/40 = 0.375).
    QTest::newRow("cosine warmup > total") << C << 1.0 << 0.1 << qint64(40) << qint64(20) << 0.2 << qint64(14) << 0.375;

    const auto P = ScheduleKind::CptRewarm;
    // CPT, warmup 0 = 1% of 1000 = 10 steps; cosine over steps 10..1000 (990 steps).
    QTest::newRow("cpt rewarm first") << P << 1.0 << 0.1 << qint64(0) << qint64(1000) << 0.2 << qint64(0) << 0.1;      // 1/10
    QTest::newRow("cpt rewarm last") << P << 1.0 << 0.1 << qint64(0) << qint64(1000) << 0.2 << qint64(9) << 1.0;       // 10/10
    QTest::newRow("cpt midpoint") << P << 1.0 << 0.1 << qint64(0) << qint64(1000) << 0.2 << qint64(505) << 0.55;        // 495/990
    QTest::newRow("cpt floor") << P << 1.0 << 0.1 << qint64(0) << qint64(1000) << 0.2 << qint64(1000) << 0.1;
    QTest::newRow("cpt past total") << P << 1.0 << 0.1 << qint64(0) << qint64(1000) << 0.2 << qint64(1001) << 0.1;
    // 1% of 50 = 0.5, rounded to 1 step: step 0 is already the peak.
    QTest::newRow("cpt short run") << P << 1.0 << 0.1 << qint64(0) << qint64(50) << 0.2 << qint64(0) << 1.0;
    // An explicit warmup wins: 20 steps, step 0 = 1/20.
    QTest::newRow("cpt explicit warmup") << P << 1.0 << 0.1 << qint64(20) << qint64(1000) << 0.2 << qint64(0) << 0.05;

    const auto W = ScheduleKind::WarmupStableDecay;
    // WSD, warmup 10, total 100, decay 0.2 = the last 20 steps: stable on 10..79, decay 80..100.
    QTest::newRow("wsd warmup first") << W << 1.0 << 0.1 << qint64(10) << qint64(100) << 0.2 << qint64(0) << 0.1;
    QTest::newRow("wsd stable") << W << 1.0 << 0.1 << qint64(10) << qint64(100) << 0.2 << qint64(50) << 1.0;
    QTest::newRow("wsd before decay") << W << 1.0 << 0.1 << qint64(10) << qint64(100) << 0.2 << qint64(79) << 1.0;
    QTest::newRow("wsd decay start") << W << 1.0 << 0.1 << qint64(10) << qint64(100) << 0.2 << qint64(80) << 1.0;
    // 1 + (0.1 - 1) * 1/20 = 0.955
    QTest::newRow("wsd decay first step") << W << 1.0 << 0.1 << qint64(10) << qint64(100) << 0.2 << qint64(81) << 0.955;
    QTest::newRow("wsd decay middle") << W << 1.0 << 0.1 << qint64(10) << qint64(100) << 0.2 << qint64(90) << 0.55;   // 1 - 0.9/2
    QTest::newRow("wsd decay last") << W << 1.0 << 0.1 << qint64(10) << qint64(100) << 0.2 << qint64(99) << 0.145;    // 1 - 0.9*19/20
    QTest::newRow("wsd floor") << W << 1.0 << 0.1 << qint64(10) << qint64(100) << 0.2 << qint64(100) << 0.1;
    QTest::newRow("wsd past total") << W << 1.0 << 0.1 << qint64(10) << qint64(100) << 0.2 << qint64(777) << 0.1;
    // decay 0.5 of 10 steps, warmup 8: the decay may not start inside the warmup -> 8..10,
    // step 9 = 1 - 0.9 * 1/2 = 0.55.
    QTest::newRow("wsd decay clipped by warmup") << W << 1.0 << 0.1 << qint64(8) << qint64(10) << 0.5 << qint64(9) << 0.55;
    // decay 0: still one decay step (99..100): step 99 = peak, step 100 = floor.
    QTest::newRow("wsd no decay fraction") << W << 1.0 << 0.1 << qint64(0) << qint64(100) << 0.0 << qint64(99) << 1.0;

    const auto K = ScheduleKind::Constant;
    QTest::newRow("constant warmup first") << K << 0.5 << 0.1 << qint64(4) << qint64(100) << 0.2 << qint64(0) << 0.125; // 0.5/4
    QTest::newRow("constant warmup last") << K << 0.5 << 0.1 << qint64(4) << qint64(100) << 0.2 << qint64(3) << 0.5;
    QTest::newRow("constant after") << K << 0.5 << 0.1 << qint64(4) << qint64(100) << 0.2 << qint64(1000) << 0.5;
    QTest::newRow("constant no warmup") << K << 0.5 << 0.1 << qint64(0) << qint64(100) << 0.2 << qint64(0) << 0.5;
}

void TestLrSchedule::values()
{
    QFETCH(ScheduleKind, kind);
    QFETCH(double, peak);
    QFETCH(double, minRatio);
    QFETCH(qint64, warmup);
    QFETCH(qint64, total);
    QFETCH(double, decay);
    QFETCH(qint64, step);
    QFETCH(double, expected);
    const double actual = learningRate(makeOptions(kind, peak, minRatio, warmup, total, decay), step);
    // The hand values carry 8 decimals: 5e-9 relative to the peak.
    if (std::abs(actual - expected) > 5e-9 * peak)
        QFAIL(qPrintable(QStringLiteral("step %1: %2, expected %3").arg(step).arg(actual, 0, 'g', 12).arg(expected, 0, 'g', 12)));
}

void TestLrSchedule::names_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ScheduleKind>("kind");
    QTest::newRow("cosine") << "cosine" << ScheduleKind::Cosine;
    QTest::newRow("cpt") << "cpt" << ScheduleKind::CptRewarm;
    QTest::newRow("wsd") << "wsd" << ScheduleKind::WarmupStableDecay;
    QTest::newRow("constant") << "constant" << ScheduleKind::Constant;
}

void TestLrSchedule::names()
{
    QFETCH(QString, text);
    QFETCH(ScheduleKind, kind);
    QVERIFY(scheduleKindFromString(text.toStdString()) == kind);
    QCOMPARE(QString::fromStdString(toString(kind)), text);
}

void TestLrSchedule::badNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("capitalised") << "Cosine";
    QTest::newRow("trailing space") << "wsd ";
    QTest::newRow("unknown") << "linear";
}

void TestLrSchedule::badNames()
{
    QFETCH(QString, text);
    try {
        scheduleKindFromString(text.toStdString());
        QFAIL("accepted a bad schedule name");
    } catch (const Error& e) {
        const QString message = QString::fromUtf8(e.what());
        QVERIFY2(message.contains(QLatin1Char('"') + text + QLatin1Char('"')), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("cosine, cpt, wsd or constant")), qPrintable(message));
    }
}

void TestLrSchedule::badOptions_data()
{
    QTest::addColumn<double>("peak");
    QTest::addColumn<double>("minRatio");
    QTest::addColumn<qint64>("warmup");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<double>("decay");
    QTest::addColumn<qint64>("step");
    QTest::addColumn<QString>("field");
    QTest::newRow("negative peak") << -1e-3 << 0.1 << qint64(0) << qint64(10) << 0.2 << qint64(0) << "peak";
    QTest::newRow("nan peak") << std::nan("") << 0.1 << qint64(0) << qint64(10) << 0.2 << qint64(0) << "peak";
    QTest::newRow("ratio above 1") << 1e-3 << 1.5 << qint64(0) << qint64(10) << 0.2 << qint64(0) << "min_lr_ratio";
    QTest::newRow("negative warmup") << 1e-3 << 0.1 << qint64(-1) << qint64(10) << 0.2 << qint64(0) << "warmup_steps";
    QTest::newRow("zero total") << 1e-3 << 0.1 << qint64(0) << qint64(0) << 0.2 << qint64(0) << "total_steps";
    QTest::newRow("decay above 1") << 1e-3 << 0.1 << qint64(0) << qint64(10) << 1.2 << qint64(0) << "decay_fraction";
    QTest::newRow("negative step") << 1e-3 << 0.1 << qint64(0) << qint64(10) << 0.2 << qint64(-1) << "step";
}

void TestLrSchedule::badOptions()
{
    QFETCH(double, peak);
    QFETCH(double, minRatio);
    QFETCH(qint64, warmup);
    QFETCH(qint64, total);
    QFETCH(double, decay);
    QFETCH(qint64, step);
    QFETCH(QString, field);
    try {
        learningRate(makeOptions(ScheduleKind::Cosine, peak, minRatio, warmup, total, decay), step);
        QFAIL("accepted bad options");
    } catch (const Error& e) {
        const QString message = QString::fromUtf8(e.what());
        QVERIFY2(message.contains(field), qPrintable(message));
    }
}

void TestLrSchedule::cptWarmupIsOnePercent()
{
    // 1% of 250 = 2.5, rounded away from zero to 3; of 20,000 = 200.
    QCOMPARE(effectiveWarmupSteps(makeOptions(ScheduleKind::CptRewarm, 1.0, 0.1, 0, 250)), 3);
    QCOMPARE(effectiveWarmupSteps(makeOptions(ScheduleKind::CptRewarm, 1.0, 0.1, 0, 20000)), 200);
    // Only CPT picks a warmup by itself: a cosine without one starts at the peak.
    QCOMPARE(effectiveWarmupSteps(makeOptions(ScheduleKind::Cosine, 1.0, 0.1, 0, 20000)), 0);
}

QTEST_GUILESS_MAIN(TestLrSchedule)
#include "tst_lr_schedule.moc"
