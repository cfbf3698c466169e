// The Train panel's MeCo box offscreen against a real project (issue 12): the metadata fields
// offered from the datasets' records, the presets (the paper's recipe and its two ablations) and
// the box following a setting changed by hand, the phase line against data::mecoCooldownStep, the
// spec's params (checked against the train kind's schema), the spec preview showing them, a spec
// read back into the box, and the box hidden for instruction tuning. Screenshot:
// build/screenshots/train_setup_meco.png.
#include "meco_box.h"
#include "setup_tab.h"
#include "train_panel.h"
#include "train_spec.h"

#include "app_context.h"
#include "app_test_support.h"
#include "gui_test_support.h"
#include "param_form.h"

#include "data/meco.h"
#include "jobs/job_registry.h"
#include "jobs/param_schema.h"
#include "store/project_store.h"

#include <nlohmann/json.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace adaptlab;
using namespace adaptlab::train_panel;

namespace {

constexpr int kTimeoutMs = 120000;

} // namespace

class TestTrainMecoPanel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir temp_;
    std::unique_ptr<gui::AppContext> context_;
    std::unique_ptr<TrainPanel> panel_;

    store::ProjectStore* store() const { return context_->store(); }
    SetupTab* setup() const { return panel_->setupTab(); }
    MecoBox* meco() const { return setup()->mecoBox(); }

    void addDataset(const std::string& name, const std::vector<nlohmann::json>& records)
    {
        const QString path = temp_.filePath(QString::fromStdString(name + ".jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (const nlohmann::json& record : records)
            file.write(QByteArray::fromStdString(record.dump()) + "\n");
        file.close();
        store::DatasetRecord dataset;
        dataset.name = name;
        dataset.path = path.toStdString();
        dataset.format = "jsonl";
        store()->addDataset(dataset);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(temp_.isValid());
        testing::prepareApp(temp_);
        QString error;
        context_ = testing::contextWithNewProject(temp_.filePath(QStringLiteral("project")), &error);
        QVERIFY2(context_ != nullptr, qPrintable(error));
        addDataset("foldoc", {{{"text", "compiler: a program that translates"}, {"source", "foldoc"}, {"topic", "computing"}}});
        addDataset("web", {{{"text", "A page."}, {"url", "https://en.wikipedia.org/wiki/Page"}, {"lang", "en"}, {"n", 3}}});

        panel_ = std::make_unique<TrainPanel>(context_.get());
        panel_->setCliProgram(testing::cliPath());
        panel_->resize(1280, 1000);
        panel_->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel_.get()));
        // The catalog (read off the UI thread) brings the records' string fields, not the text, not numbers.
        QTRY_VERIFY_WITH_TIMEOUT(meco()->fieldBox()->findText(QStringLiteral("topic")) >= 0, kTimeoutMs);
        for (const char* field : {"url", "source", "topic", "lang"})
            QVERIFY2(meco()->fieldBox()->findText(QString::fromLatin1(field)) >= 0, field);
        QCOMPARE(meco()->fieldBox()->findText(QStringLiteral("text")), -1);
        QCOMPARE(meco()->fieldBox()->findText(QStringLiteral("n")), -1);
    }

    void cleanupTestCase()
    {
        panel_.reset();
        context_.reset();
    }

    void presetsAndPhases()
    {
        QVERIFY(meco()->isVisibleTo(setup()));
        QVERIFY(!meco()->enableBox()->isChecked());
        QVERIFY(!setup()->choice().meco.enabled);
        QVERIFY(!nlohmann::json::parse(setup()->specText().toStdString())["params"].contains("meco"));
        meco()->enableBox()->setChecked(true);
        // The default is the paper's recipe.
        QCOMPARE(meco()->presetBox()->currentIndex(), 1);
        QCOMPARE(meco()->cooldownBox()->value(), 10.0);
        setup()->form()->setValues({{"steps", 200}});
        meco()->fieldBox()->setCurrentText(QStringLiteral("source"));
        QCOMPARE(meco()->labelEdit()->placeholderText(), QStringLiteral("Source"));
        data::MecoOptions options;
        options.enabled = true;
        options.field = "source";
        QCOMPARE(data::mecoCooldownStep(options, 200), int64_t(180));
        QVERIFY2(meco()->phaseLabel()->text().contains(QStringLiteral("Steps 1-180 with metadata, steps 181-200 plain")),
                 qPrintable(meco()->phaseLabel()->text()));
        QVERIFY(meco()->phaseLabel()->text().contains(QStringLiteral("Source: foldoc")));

        // The ablations.
        meco()->presetBox()->setCurrentIndex(2);
        Q_EMIT meco()->presetBox()->activated(2);
        QCOMPARE(meco()->cooldownBox()->value(), 0.0);
        QVERIFY(!meco()->hashBox()->isChecked());
        QVERIFY2(meco()->phaseLabel()->text().contains(QStringLiteral("no cooldown")), qPrintable(meco()->phaseLabel()->text()));
        meco()->presetBox()->setCurrentIndex(3);
        Q_EMIT meco()->presetBox()->activated(3);
        QCOMPARE(meco()->cooldownBox()->value(), 10.0);
        QVERIFY(meco()->hashBox()->isChecked());
        QVERIFY(meco()->phaseLabel()->text().contains(QString::fromStdString(data::hashedMetadata("foldoc"))));
        // A setting changed by hand: Custom.
        meco()->cooldownBox()->setValue(25);
        QCOMPARE(meco()->presetBox()->currentIndex(), 0);
        QVERIFY(meco()->phaseLabel()->text().contains(QStringLiteral("steps 151-200 plain")));
        meco()->labelEdit()->setText(QStringLiteral("Origin"));
        setup()->reveal(meco());
        QVERIFY(panel_->grab().save(testing::screenshotDir() + QStringLiteral("/train_setup_meco.png")));
    }

    void specCarriesTheSettings()
    {
        const nlohmann::json spec = nlohmann::json::parse(setup()->specText().toStdString());
        const nlohmann::json& params = spec["params"];
        QVERIFY(params["meco"] == true);
        QVERIFY(params["meco_field"] == "source");
        QVERIFY(params["meco_label"] == "Origin");
        QVERIFY(params["meco_hash"] == true);
        QCOMPARE(params["meco_cooldown"].get<double>(), 0.25);
        // Every param is the kind's.
        std::vector<jobs::SpecProblem> problems;
        jobs::validateParams(*jobs::findJobKind(kTrainKind), params, problems);
        QString text;
        for (const jobs::SpecProblem& problem : problems)
            text += QString::fromStdString(problem.field + ": " + problem.message) + QLatin1Char('\n');
        QVERIFY2(problems.empty(), qPrintable(text));
        // The preview shows them.
        const QString preview = previewText(setup()->specText());
        QVERIFY(preview.contains(QStringLiteral("\"meco_field\": \"source\"")));
        QVERIFY(preview.contains(QStringLiteral("\"meco_cooldown\": 0.25")));
        // Read back: the same choice; a plain spec unticks the box; the MeCo one fills it again.
        QString error;
        const std::optional<TrainChoice> back = choiceFromSpec(setup()->specText(), &error);
        QVERIFY2(back.has_value(), qPrintable(error));
        QVERIFY(back->meco == setup()->choice().meco);
        TrainChoice plain = *back;
        plain.meco = {};
        QVERIFY(setup()->setChoice(plain, &error));
        QVERIFY(!meco()->enableBox()->isChecked());
        QVERIFY(setup()->setChoice(*back, &error));
        QVERIFY(meco()->enableBox()->isChecked());
        QCOMPARE(meco()->fieldBox()->currentText(), QStringLiteral("source"));
        QCOMPARE(meco()->labelEdit()->text(), QStringLiteral("Origin"));
        QCOMPARE(meco()->cooldownBox()->value(), 25.0);
        QVERIFY(meco()->hashBox()->isChecked());
        QVERIFY(setup()->choice().meco == back->meco);
    }

    // Instruction tuning has no document metadata: the box goes, and the spec says no MeCo.
    void hiddenForSft()
    {
        setup()->setStage(kStageSft);
        QVERIFY(!meco()->isVisibleTo(setup()));
        QVERIFY(!setup()->choice().meco.enabled);
        setup()->setStage(kStageCpt);
        QVERIFY(meco()->isVisibleTo(setup()));
    }
};

QTEST_MAIN(TestTrainMecoPanel)
#include "tst_train_meco_panel.moc"
