// `adaptlab-cli laws fit` as a child process (app/cli/laws_command.h): the JSON contract's keys
// and values on points drawn from a known law, the threshold-named key, the readable table,
// refused flags (exit 2) and a bad CSV named by file, line and column (exit 1).
#include "laws/laws.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <cmath>

using nlohmann::json;
using namespace adaptlab::laws;

namespace {

struct Result {
    int exitCode = -1;
    QByteArray out, err;
};

Result cli(const QStringList& args)
{
    QProcess process;
    process.start(QStringLiteral(ADAPTLAB_CLI_PATH), args);
    if (!process.waitForStarted() || !process.waitForFinished(-1))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

// CMR curves (domain -1.2 R^0.6 + 4, general 0.8 R^1.5 + 3) at 5 shares, one token count, or the
// same D-CPT general curve at 4 token counts: exact points (noise-free).
QString writePoints(const QTemporaryDir& dir, bool dcpt)
{
    const LawParams domain{LawKind::Cmr, {{"a", -1.2}, {"s", 0.6}, {"b", 4.0}}};
    const LawParams general{LawKind::Cmr, {{"a", 0.8}, {"s", 1.5}, {"b", 3.0}}};
    const LawParams law{LawKind::Dcpt, {{"E", 1.5}, {"B", 300.0}, {"eta", 0.5}, {"beta", 0.4}, {"C", 0.3}, {"gamma", 0.6}, {"eps", 0.05}}};
    std::vector<LawPoint> points;
    for (const double share : {0.1, 0.3, 0.5, 0.7, 0.9})
        for (const double tokens : dcpt ? std::vector<double>{2e5, 5e5, 1e6, 2e6} : std::vector<double>{1e6}) {
            LawPoint p;
            p.domainShare = share;
            p.tokens = tokens;
            p.domainLoss = predict(dcpt ? law : domain, LossKind::Domain, share, tokens);
            p.generalLoss = predict(dcpt ? law : general, LossKind::General, share, tokens);
            points.push_back(p);
        }
    const QString path = dir.filePath(dcpt ? QStringLiteral("dcpt.csv") : QStringLiteral("cmr.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray::fromStdString(pointsCsv(points))) < 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestCliLaws : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cmrJsonContract()
    {
        QTemporaryDir dir;
        const Result r = cli({"laws", "fit", "--law", "cmr", "--points", writePoints(dir, false), "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const json out = json::parse(r.out.toStdString());
        for (const char* key : {"law", "domain", "general", "r2", "huber_loss", "recommendations",
                                "max_domain_share_within_3pct", "max_domain_share_within_pct", "critical_mixture_ratio",
                                "refusals"})
            QVERIFY2(out.contains(key), key);
        QCOMPARE(out["law"].get<std::string>(), std::string("cmr"));
        for (const char* loss : {"domain", "general"}) {
            for (const char* key : {"params", "r2", "huber_loss"})
                QVERIFY2(out[loss].contains(key), key);
            for (const char* name : {"a", "s", "b"})
                QVERIFY(out[loss]["params"][name].is_number());
        }
        // Exact points: the fit is the curve (a, b within 1%), R^2 near 1, nothing refused.
        QVERIFY(std::abs(out["general"]["params"]["a"].get<double>() - 0.8) < 0.008);
        QVERIFY(std::abs(out["domain"]["params"]["b"].get<double>() - 4.0) < 0.04);
        QVERIFY(out["r2"].get<double>() > 0.999);
        QVERIFY(out["huber_loss"].get<double>() >= std::max(out["domain"]["huber_loss"].get<double>(),
                                                             out["general"]["huber_loss"].get<double>()));
        QVERIFY2(out["refusals"].empty(), out["refusals"].dump().c_str());
        // (0.05 / 0.8)^(1 / 1.5) = 0.1575, the same at the top level and under recommendations.
        const double ratio = out["critical_mixture_ratio"].get<double>();
        QVERIFY2(std::abs(ratio - std::pow(0.05 / 0.8, 1.0 / 1.5)) < 0.01, qPrintable(QString::number(ratio)));
        QCOMPARE(out["recommendations"]["critical_mixture_ratio"].get<double>(), ratio);
        QVERIFY(out["max_domain_share_within_3pct"].is_null()); // D-CPT's, not CMR's

        // --eps and --base-general-loss move it: ((3.1 + 0.1 - b) / a)^(1 / s) with b ~ 3.
        const Result moved = cli({"laws", "fit", "--law", "cmr", "--points", writePoints(dir, false), "--eps", "0.1",
                                  "--base-general-loss", "3.1", "--json"});
        QVERIFY2(moved.exitCode == 0, moved.err.constData());
        const double movedRatio = json::parse(moved.out.toStdString())["critical_mixture_ratio"].get<double>();
        QVERIFY2(std::abs(movedRatio - std::pow(0.2 / 0.8, 1.0 / 1.5)) < 0.01, qPrintable(QString::number(movedRatio)));

        // Without --json: a table a person reads.
        const Result table = cli({"laws", "fit", "--law", "cmr", "--points", writePoints(dir, false)});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("critical mixture ratio: 0.15"));
        QVERIFY(table.out.contains("general loss: R^2"));
    }

    void dcptThresholdKey()
    {
        QTemporaryDir dir;
        const Result r = cli({"laws", "fit", "--law", "dcpt", "--points", writePoints(dir, true), "--threshold-pct", "5",
                              "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const json out = json::parse(r.out.toStdString());
        QVERIFY2(out["max_domain_share_within_5pct"].is_number(), r.out.constData());
        QCOMPARE(out["max_domain_share_within_pct"], out["max_domain_share_within_5pct"]);
        QVERIFY(!out.contains("max_domain_share_within_3pct"));
        QVERIFY(out["critical_mixture_ratio"].is_null());
        // No --domain-tokens: that recommendation is refused, saying what to give.
        QVERIFY(out["min_domain_loss_share"].is_null());
        QVERIFY(out["refusals"].dump().find("--domain-tokens") != std::string::npos);
        QCOMPARE(out["settings"]["threshold_pct"].get<double>(), 5.0);
    }

    void refusesBadFlags_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no law") << QStringList{"--points", "p.csv"} << QStringLiteral("--law dcpt|cmr is required");
        QTest::newRow("unknown law") << QStringList{"--law", "chinchilla", "--points", "p.csv"}
                                     << QStringLiteral("\"chinchilla\" is not a law");
        QTest::newRow("no points") << QStringList{"--law", "cmr"} << QStringLiteral("--points FILE.csv is required");
        QTest::newRow("threshold not a number") << QStringList{"--law", "dcpt", "--points", "p.csv", "--threshold-pct", "lots"}
                                                << QStringLiteral("--threshold-pct needs a number");
        QTest::newRow("negative eps") << QStringList{"--law", "cmr", "--points", "p.csv", "--eps", "-1"}
                                      << QStringLiteral("--eps must be 0 or more");
        QTest::newRow("unknown flag") << QStringList{"--law", "cmr", "--points", "p.csv", "--fast"}
                                      << QStringLiteral("unknown argument --fast");
        QTest::newRow("domain tokens with cmr") << QStringList{"--law", "cmr", "--points", "p.csv", "--domain-tokens", "1e6"}
                                                << QStringLiteral("--domain-tokens is D-CPT's");
        QTest::newRow("value missing") << QStringList{"--law", "cmr", "--points"} << QStringLiteral("--points needs a value");
    }
    void refusesBadFlags()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Result r = cli(QStringList{"laws", "fit"} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void badCsvNamesLineAndColumn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pts.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("domain_share,tokens,domain_loss,general_loss\n0.1,1000,4.1,3.0\n0.3,1000,four,3.1\n");
        file.close();
        const Result r = cli({"laws", "fit", "--law", "cmr", "--points", path, "--json"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains((path + ":3:3: domain_loss: \"four\" is not a number").toUtf8()), r.err.constData());
        QVERIFY(r.out.isEmpty());
        const Result missing = cli({"laws", "fit", "--law", "cmr", "--points", dir.filePath(QStringLiteral("none.csv"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("none.csv: cannot open the points CSV"));
    }
};

QTEST_GUILESS_MAIN(TestCliLaws)
#include "tst_cli_laws.moc"
