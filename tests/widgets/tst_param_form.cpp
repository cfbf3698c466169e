// ParamForm: a job kind's form built from its schema: ranges, defaults and units from the schema,
// explanations translated (through a test translator that marks what it translated) as tooltip and
// hint, the advanced params in a collapsible section, values() / setValues() round trips, and the
// command line of a spec made from the form runs in the real CLI.
#include "param_form.h"

#include "jobs/job_registry.h"
#include "jobs/param_schema.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QTranslator>
#include <QtTest>

#include <fstream>

using namespace adaptlab;
using nlohmann::json;

namespace {

// Translates every "JobParams" text to "[de] text", and counts what it was asked.
class MarkingTranslator : public QTranslator {
public:
    mutable int asked = 0;
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char* = nullptr, int = -1) const override
    {
        if (QByteArray(context) != "JobParams")
            return {};
        ++asked;
        return QStringLiteral("[de] ") + QString::fromUtf8(source);
    }
};

} // namespace

class TestParamForm : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rangesAndDefaultsFromTheSchema()
    {
        ParamForm form("corpus_dedup", {}, {"dataset", "inputs", "output", "out"});
        auto* bands = qobject_cast<QSpinBox*>(form.editor("bands"));
        QVERIFY(bands);
        const jobs::ParamSpec& spec = *form.kind().param("bands");
        QCOMPARE(bands->minimum(), spec.min.get<int>());
        QCOMPARE(bands->maximum(), spec.max.get<int>());
        QCOMPARE(bands->value(), spec.defaultValue.get<int>());
        QVERIFY(bands->suffix().contains(QStringLiteral("bands")));
        auto* mode = qobject_cast<QComboBox*>(form.editor("mode"));
        QVERIFY(mode);
        QCOMPARE(mode->count(), 3);
        QCOMPARE(mode->currentData().toString(), QStringLiteral("both"));
        auto* threshold = qobject_cast<QDoubleSpinBox*>(form.editor("threshold"));
        QVERIFY(threshold);
        // No default (it follows bands and rows): "automatic" below the range, which is above 0.
        QCOMPARE(threshold->maximum(), 1.0);
        QVERIFY(!threshold->specialValueText().isEmpty());
        QCOMPARE(threshold->value(), threshold->minimum());
        QVERIFY(!form.values().contains("threshold"));
        threshold->setValue(0.8);
        QCOMPARE(form.values()["threshold"], json(0.8));
        // The label is the key until the panel words it.
        auto* label = form.findChild<QLabel*>(QStringLiteral("label_bands"));
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("bands:"));
        form.setLabel("bands", QStringLiteral("Bänder:"));
        QCOMPARE(label->text(), QStringLiteral("Bänder:"));
        QVERIFY(!form.editor("dataset")); // skipped: the panel names the dataset
        QVERIFY(!form.editor("rules"));   // objects are the panel's own controls
        QVERIFY(qobject_cast<QCheckBox*>(ParamForm("corpus_select").editor("noise")));
    }

    void explanationsAreTranslatedTooltipsAndHints()
    {
        MarkingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        ParamForm form("corpus_select");
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(translator.asked > 0);
        for (const jobs::ParamSpec& param : form.kind().params) {
            QWidget* editor = form.editor(param.key);
            if (!editor)
                continue;
            const QString expected = QStringLiteral("[de] ") + QString::fromUtf8(param.explanation);
            QCOMPARE(editor->toolTip(), expected);
            auto* hint = form.findChild<QLabel*>(QStringLiteral("hint_%1").arg(QString::fromStdString(param.key)));
            QVERIFY2(hint, param.key.c_str());
            QCOMPARE(hint->text(), expected);
        }
        // The bucket count is a visible setting of the select form, not an advanced one.
        QVERIFY(form.editor("buckets"));
        QVERIFY(!form.kind().param("buckets")->advanced);
    }

    void advancedParamsSitInACollapsedSection()
    {
        ParamForm form("corpus_dedup");
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QVERIFY(form.advancedButton()->isVisible());
        QVERIFY(!form.advancedShown());
        QVERIFY(form.editor("bands")->isVisible());
        QVERIFY(!form.editor("seed")->isVisible()); // advanced
        QTest::mouseClick(form.advancedButton(), Qt::LeftButton);
        QVERIFY(form.advancedShown());
        QVERIFY(form.editor("seed")->isVisible());
        form.advancedButton()->click();
        QVERIFY(!form.editor("seed")->isVisible());
    }

    void valuesRoundTrip()
    {
        ParamForm form("corpus_dedup", {}, {"inputs"});
        QVERIFY2(form.values() == json::object(), form.values().dump().c_str()); // everything at its default
        const json chosen = {{"bands", 20}, {"mode", "near"}, {"threads", 4}, {"threshold", 0.5},
                             {"dataset", "pile"}, {"metadata_fields", {"url", "source"}}};
        QVERIFY(form.setValues(chosen));
        QCOMPARE(form.values(), chosen);
        const json all = form.values(false);
        QCOMPARE(all["rows"], form.kind().param("rows")->defaultValue);
        QCOMPARE(all["bands"], json(20));
        ParamForm copy("corpus_dedup", {}, {"inputs"});
        QVERIFY(copy.setValues(form.values()));
        QCOMPARE(copy.values(), chosen);
        QVERIFY(!copy.setValues({{"not_a_param", 1}}));
    }

    // The spec a form makes, as the command line Preview shows, is accepted by the real CLI and
    // does what the form says.
    void previewCommandRunsInTheCli()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string corpus = dir.filePath(QStringLiteral("c.jsonl")).toStdString();
        {
            std::ofstream out(corpus);
            for (int i = 0; i < 30; ++i)
                out << json{{"text", "document " + std::to_string(i)}}.dump() << "\n";
        }
        ParamForm form("corpus_sample", {}, {"dataset", "inputs", "output", "out"});
        qobject_cast<QSpinBox*>(form.editor("n"))->setValue(7);
        qobject_cast<QSpinBox*>(form.editor("seed"))->setValue(3);
        json params = form.values();
        params["inputs"] = {corpus};
        params["out"] = dir.filePath(QStringLiteral("s.jsonl.zst")).toStdString();
        const json spec = {{"version", 1}, {"kind", "corpus_sample"}, {"params", params}};
        QVERIFY(jobs::validateSpec(spec).empty());
        QStringList args;
        for (const std::string& a : jobs::cliArguments(spec))
            args << QString::fromStdString(a);
        QVERIFY(args.contains(QStringLiteral("-n")) && args.contains(QStringLiteral("--seed")));
        QProcess cli;
        cli.start(QStringLiteral(ADAPTLAB_CLI_PATH), args << QStringLiteral("--json"));
        QVERIFY(cli.waitForFinished(-1));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        const json result = json::parse(cli.readAllStandardOutput().toStdString());
        QCOMPARE(result["sampled"], json(7));
        QCOMPARE(result["seed"], json(3));
    }
};

QTEST_MAIN(TestParamForm)
#include "tst_param_form.moc"
