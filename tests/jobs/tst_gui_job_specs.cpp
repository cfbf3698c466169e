// The specs the corpus panels launch (widgets/corpus/job_specs.cpp, compiled in) pass the engine's
// validation: every key they send is a param the kind knows, with a value it accepts. A panel that
// sent a key the engine renamed would otherwise fail only when a user presses the button.
#include "job_specs.h"

#include "jobs/job_spec.h"

#include <QtTest>

using namespace adaptlab;
using namespace adaptlab::corpus_panel;

class TestGuiJobSpecs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void panelSpecsValidate_data()
    {
        QTest::addColumn<QString>("spec");
        const QString project = QStringLiteral("/projects/law");
        QTest::newRow("inspect") << inspectSpec(project, QStringLiteral("pile"));

        FilterChoice filter;
        filter.dataset = QStringLiteral("pile");
        filter.rules = corpus::defaultQualityRules();
        filter.rules[0].enabled = false;
        filter.rules[1].threshold = 0.25;
        filter.output = QStringLiteral("pile-clean");
        filter.c4CleanLines = true;
        QTest::newRow("filter") << filterSpec(project, filter);

        for (const DedupMode mode : {DedupMode::Exact, DedupMode::Near, DedupMode::Both}) {
            const DedupChoice dedup{QStringLiteral("pile"), mode, 20, 5, QStringLiteral("pile-dedup")};
            QTest::newRow(qPrintable("dedup " + dedupModeKey(mode))) << dedupSpec(project, dedup);
        }

        const SelectChoice noisy{QStringLiteral("pile"), QStringLiteral("law"), 500, 7, true, 128, QStringLiteral("pile-law")};
        QTest::newRow("select") << selectSpec(project, noisy);
        const SelectChoice documents{QStringLiteral("pile"), QStringLiteral("law"), 1, 0, false, 0, QStringLiteral("pile-law")};
        QTest::newRow("select whole documents") << selectSpec(project, documents);
    }

    void panelSpecsValidate()
    {
        QFETCH(QString, spec);
        const auto problems = jobs::validateSpecText(spec.toStdString());
        QVERIFY2(problems.empty(),
                 problems.empty() ? "" : qPrintable(QString::fromStdString(problems.front().field + ": " +
                                                                           problems.front().message)));
        // Preview command: the same job as `adaptlab-cli corpus ...` with the schema's flags, which
        // the CLI turns back into the same params (tst_param_schema runs such a command).
        const QString command = cliCommand(spec);
        QVERIFY2(command.startsWith(QStringLiteral("adaptlab-cli corpus ")), qPrintable(command));
        QVERIFY2(command.contains(QStringLiteral("--project /projects/law")), qPrintable(command));
    }

    // The select form's bucket count reaches the spec, and only what differs from the schema's
    // defaults is spelled out on the command line.
    void selectCommandCarriesBuckets()
    {
        SelectChoice choice{QStringLiteral("pile"), QStringLiteral("law"), 500, 7, true, 128, QStringLiteral("pile-law")};
        choice.buckets = 1 << 20;
        const QString spec = selectSpec(QStringLiteral("/p"), choice);
        QVERIFY(jobs::validateSpecText(spec.toStdString()).empty());
        // chunk_words 128 and noise on are the defaults; params come in key order.
        QCOMPARE(cliCommand(spec), QStringLiteral("adaptlab-cli corpus select --project /p --buckets 1048576 "
                                                  "--dataset pile -k 500 --output pile-law --seed 7 --target law"));
    }
};

QTEST_GUILESS_MAIN(TestGuiJobSpecs)
#include "tst_gui_job_specs.moc"
