// The Playground panel offscreen with real tiny models and the real CLI: the project's run models
// and adapters offered in each column, two columns streaming their answers from their own
// `adaptlab-cli generate --stream` children (the streamed pieces are the final text), Stop killing
// the children mid-answer, a bad model folder shown as an error in its column while the other
// column answers, the chat template and system prompt passed on. Screenshots: build/screenshots/playground_*.png.
#include "model_column.h"
#include "playground_panel.h"
#include "stream_process.h"

#include "app_test_support.h"
#include "tiny_llama_folder.h"

#include "store/project_store.h"
#include "tokenize/tokenizer.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <memory>

using namespace adaptlab;
using namespace adaptlab::playground;
namespace fs = std::filesystem;

namespace {

constexpr int kTimeoutMs = 120000;

// Every piece a column's child streamed, in order.
struct Pieces {
    QStringList texts;
    QList<double> seconds;
    bool allWhileRunning = true; // each piece came while the child was still going
};

} // namespace

class TestPlaygroundPanel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir temp_;
    QString projectDir_;
    std::unique_ptr<gui::AppContext> context_;
    std::unique_ptr<PlaygroundPanel> panel_;
    QString baseModel_;  // a folder added by hand
    QString runModel_;   // runs/<id>/final of a done train run
    QString runAdapter_; // runs/<id>/adapter

    void screenshot(const QString& name)
    {
        QVERIFY(panel_->grab().save(testing::screenshotDir() + QStringLiteral("/playground_%1.png").arg(name)));
    }

    // GUARD: the connection's lifetime (the test function's, as PIECES').
    static void collect(ModelColumn* column, Pieces* pieces, QObject* guard)
    {
        QObject::connect(column->process(), &StreamProcess::tokenArrived, guard,
                         [column, pieces](qint64, const QString& text, double seconds) {
                             pieces->texts << text;
                             pieces->seconds << seconds;
                             pieces->allWhileRunning = pieces->allWhileRunning && column->isRunning();
                         });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(temp_.isValid());
        testing::prepareApp(temp_);
        const fs::path root = temp_.path().toStdString();
        const fs::path tokenizer = fs::path(ADAPTLAB_SOURCE_DIR) / "tests/fixtures/tokenizers/smollm/tokenizer.json";
        testing::writeTinyLlama(root / "base", 11, tokenizer);
        baseModel_ = QString::fromStdString((root / "base").string());

        projectDir_ = temp_.filePath(QStringLiteral("project"));
        QString error;
        context_ = testing::contextWithNewProject(projectDir_, &error);
        QVERIFY2(context_ != nullptr, qPrintable(error));
        // A finished training run as the trainer leaves it: runs/<id>/final and runs/<id>/adapter.
        const int64_t run = context_->store()->createRun("train", R"({"version":1,"kind":"train"})");
        context_->store()->setRunStatus(run, store::RunStatus::Running);
        context_->store()->setRunStatus(run, store::RunStatus::Done);
        const fs::path runDir = fs::path(projectDir_.toStdString()) / "runs" / std::to_string(run);
        testing::writeTinyLlama(runDir / "final", 22, tokenizer);
        testing::writeTinyAdapter(runDir / "adapter", 33, runDir / "final");
        runModel_ = QString::fromStdString((runDir / "final").string());
        runAdapter_ = QString::fromStdString((runDir / "adapter").string());

        panel_ = std::make_unique<PlaygroundPanel>(context_.get());
        panel_->setCliProgram(testing::cliPath());
        panel_->resize(1280, 760);
        panel_->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel_.get()));
        QTRY_VERIFY_WITH_TIMEOUT(panel_->catalog().models.size() == 1, kTimeoutMs);
    }

    // The run's final model and its adapter are offered in every column, by the run's number.
    void catalogOffersRunModels()
    {
        QCOMPARE(panel_->columns().size(), 2);
        const PlaygroundCatalog& catalog = panel_->catalog();
        QCOMPARE(QFileInfo(catalog.models.front().path).canonicalFilePath(), QFileInfo(runModel_).canonicalFilePath());
        QVERIFY(catalog.models.front().label.contains(QStringLiteral("final")));
        QCOMPARE(catalog.adapters.size(), size_t(1));
        QCOMPARE(QFileInfo(catalog.adapters.front().path).canonicalFilePath(), QFileInfo(runAdapter_).canonicalFilePath());
        for (ModelColumn* column : panel_->columns()) {
            QVERIFY(column->modelBox()->findData(catalog.models.front().path) >= 0);
            QVERIFY(column->adapterBox()->findData(catalog.adapters.front().path) >= 0);
            QCOMPARE(column->adapterFolder(), QString()); // no adapter unless chosen
        }
    }

    // Run sends the prompt to both columns; each streams its answer piece by piece, and the pieces
    // are the final text the child printed.
    void twoColumnsStream()
    {
        ModelColumn* a = panel_->columns().at(0);
        ModelColumn* b = panel_->columns().at(1);
        a->selectModelFolder(baseModel_);
        b->selectModelFolder(panel_->catalog().models.front().path);
        b->selectAdapterFolder(panel_->catalog().adapters.front().path);
        panel_->promptEdit()->setPlainText(QStringLiteral("The compiler reads"));
        panel_->templateBox()->setCurrentIndex(panel_->templateBox()->findData(QString())); // raw text
        panel_->maxTokensBox()->setValue(24);
        panel_->temperatureBox()->setValue(0.9);
        Pieces piecesA, piecesB;
        QObject guard;
        collect(a, &piecesA, &guard);
        collect(b, &piecesB, &guard);
        QSignalSpy doneA(a->process(), &StreamProcess::finished);
        QSignalSpy doneB(b->process(), &StreamProcess::finished);
        QTest::mouseClick(panel_->runButton(), Qt::LeftButton);
        QVERIFY(a->isRunning() && b->isRunning());
        QVERIFY(!panel_->runButton()->isEnabled());
        QVERIFY(panel_->stopButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(doneA.count() == 1 && doneB.count() == 1, kTimeoutMs);
        for (const auto& [column, spy, pieces] :
             {std::tuple{a, &doneA, &piecesA}, std::tuple{b, &doneB, &piecesB}}) {
            const StreamResult result = spy->first().first().value<StreamResult>();
            QVERIFY2(!column->failedLast(), qPrintable(column->statusLabel()->text()));
            // One signal per generated token, in order, as the child wrote them.
            QCOMPARE(pieces->texts.size(), result.ids.size());
            QVERIFY(pieces->texts.size() > 1);
            QVERIFY(pieces->allWhileRunning);
            QCOMPARE(pieces->texts.join(QString()), result.text);
            QCOMPARE(column->output()->toPlainText(), result.text);
            QVERIFY(!result.text.isEmpty());
            QCOMPARE(pieces->seconds.front(), result.promptSeconds);
            QVERIFY(column->statusLabel()->text().contains(QStringLiteral("first token after")));
            QVERIFY(column->statusLabel()->text().contains(QStringLiteral("ms per token")));
            QVERIFY(column->statusLabel()->text().contains(QStringLiteral("no chat template")));
        }
        // Two models (and one with an adapter) write two different answers.
        QVERIFY(a->output()->toPlainText() != b->output()->toPlainText());
        QVERIFY(panel_->runButton()->isEnabled());
        QVERIFY(!panel_->stopButton()->isEnabled());
        screenshot(QStringLiteral("two_columns"));
    }

    // Stop while both children are at work on a long answer (one writing, the other writing or
    // still loading): both are killed (their processes gone), each column keeps what came and
    // says it stopped.
    void stopKillsChildren()
    {
        panel_->maxTokensBox()->setValue(2048);
        panel_->temperatureBox()->setValue(0.0); // greedy: these random models loop without an end of text
        QList<qint64> pids;
        bool stopped = false;
        QObject guard; // the connections below end with this function
        for (ModelColumn* column : panel_->columns()) {
            connect(column->process(), &StreamProcess::tokenArrived, &guard, [this, &pids, &stopped] {
                if (stopped)
                    return;
                // Stop at the first token of either column (within the same event-loop turn): the
                // other child cannot have finished yet, as its tokens would have come first, while
                // waiting for both could let a fast one finish before a slow one has started.
                for (ModelColumn* c : panel_->columns())
                    pids << c->process()->processId();
                stopped = true;
                QTest::mouseClick(panel_->stopButton(), Qt::LeftButton);
            });
        }
        QTest::mouseClick(panel_->runButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(stopped, kTimeoutMs);
        QCOMPARE(pids.size(), 2);
        int answered = 0;
        for (ModelColumn* column : panel_->columns()) {
            QVERIFY(!column->isRunning());
            QVERIFY(column->tokensReceived() < 2048);
            answered += column->tokensReceived() > 0 ? 1 : 0;
            const QString status = column->statusLabel()->text();
            QVERIFY2(status.startsWith(column->tokensReceived() > 0 ? QStringLiteral("Stopped after")
                                                                    : QStringLiteral("Stopped before the first token")),
                     qPrintable(status));
        }
        QVERIFY(answered >= 1);
        for (const qint64 pid : pids) {
            QVERIFY(pid > 0);
            // Killed and reaped: no /proc entry (a zombie would still have one).
            QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid)), kTimeoutMs);
        }
        QVERIFY(panel_->runButton()->isEnabled());
        QVERIFY(!panel_->stopButton()->isEnabled());
        screenshot(QStringLiteral("stopped"));
    }

    // A folder that is not a model: its column shows the CLI's reason; the other column answers.
    void badModelFolderShowsError()
    {
        const QString notModel = temp_.filePath(QStringLiteral("not-a-model"));
        QVERIFY(QDir().mkpath(notModel));
        ModelColumn* good = panel_->columns().at(0);
        ModelColumn* bad = panel_->columns().at(1);
        bad->selectModelFolder(notModel);
        bad->selectAdapterFolder(QString());
        panel_->maxTokensBox()->setValue(12);
        QSignalSpy failed(bad->process(), &StreamProcess::failed);
        QSignalSpy done(good->process(), &StreamProcess::finished);
        QTest::mouseClick(panel_->runButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1 && done.count() == 1, kTimeoutMs);
        QVERIFY(bad->failedLast());
        const QString message = bad->statusLabel()->text();
        QVERIFY2(message.contains(notModel) && message.contains(QStringLiteral("config.json")), qPrintable(message));
        QVERIFY(!message.contains(QStringLiteral("usage:"))); // the reason, not the CLI's help
        QVERIFY(!good->failedLast());
        QVERIFY(!good->output()->toPlainText().isEmpty());
        screenshot(QStringLiteral("bad_model"));
    }

    // The chosen template goes to every column (with the system prompt); "the model's own" with
    // models that name none says so in each column.
    void templates()
    {
        for (ModelColumn* column : panel_->columns())
            column->selectModelFolder(baseModel_);
        panel_->maxTokensBox()->setValue(6);
        panel_->templateBox()->setCurrentIndex(panel_->templateBox()->findData(QStringLiteral("chatml")));
        QVERIFY(panel_->systemEdit()->isEnabled());
        panel_->systemEdit()->setText(QStringLiteral("Answer in one sentence."));
        const QStringList args = StreamProcess::arguments(panel_->request());
        QVERIFY(args.join(QLatin1Char(' ')).contains(QStringLiteral("--template chatml --system Answer in one sentence.")));
        QSignalSpy doneA(panel_->columns().at(0)->process(), &StreamProcess::finished);
        QSignalSpy doneB(panel_->columns().at(1)->process(), &StreamProcess::finished);
        QTest::mouseClick(panel_->runButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(doneA.count() == 1 && doneB.count() == 1, kTimeoutMs);
        for (ModelColumn* column : panel_->columns())
            QVERIFY2(column->statusLabel()->text().contains(QStringLiteral("chat template chatml")),
                     qPrintable(column->statusLabel()->text()));

        panel_->templateBox()->setCurrentIndex(panel_->templateBox()->findData(QStringLiteral("model")));
        QSignalSpy failedA(panel_->columns().at(0)->process(), &StreamProcess::failed);
        QSignalSpy failedB(panel_->columns().at(1)->process(), &StreamProcess::failed);
        QTest::mouseClick(panel_->runButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(failedA.count() == 1 && failedB.count() == 1, kTimeoutMs);
        for (ModelColumn* column : panel_->columns())
            QVERIFY2(column->statusLabel()->text().contains(QStringLiteral("the model names no chat template")),
                     qPrintable(column->statusLabel()->text()));
        screenshot(QStringLiteral("no_template"));
        panel_->templateBox()->setCurrentIndex(panel_->templateBox()->findData(QString()));
        QVERIFY(!panel_->systemEdit()->isEnabled());
        QVERIFY(!StreamProcess::arguments(panel_->request()).contains(QStringLiteral("--system")));
    }

    // Issue 12: "Condition on metadata" goes to every column as --metadata/--metadata-label, the
    // template set aside (raw text); each child's prompt starts with the prefix encoded as one
    // string after BOS, as a MeCo run trained.
    void conditionOnMetadata()
    {
        for (ModelColumn* column : panel_->columns())
            column->selectModelFolder(baseModel_);
        panel_->maxTokensBox()->setValue(4);
        panel_->promptEdit()->setPlainText(QStringLiteral("The compiler reads"));
        panel_->templateBox()->setCurrentIndex(panel_->templateBox()->findData(QStringLiteral("chatml")));
        panel_->metadataLabelEdit()->setText(QStringLiteral("Source"));
        panel_->metadataEdit()->setText(QStringLiteral("foldoc"));
        QVERIFY(!panel_->templateBox()->isEnabled());
        QVERIFY(!panel_->systemEdit()->isEnabled());
        const QStringList args = StreamProcess::arguments(panel_->request());
        QVERIFY2(args.join(QLatin1Char(' ')).contains(QStringLiteral("--metadata foldoc --metadata-label Source")),
                 qPrintable(args.join(QLatin1Char(' '))));
        QVERIFY(!args.contains(QStringLiteral("--template")));
        QSignalSpy doneA(panel_->columns().at(0)->process(), &StreamProcess::finished);
        QSignalSpy doneB(panel_->columns().at(1)->process(), &StreamProcess::finished);
        QTest::mouseClick(panel_->runButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(doneA.count() == 1 && doneB.count() == 1, kTimeoutMs);
        const auto tokenizer = tokenize::Tokenizer::open(baseModel_.toStdString());
        std::vector<int32_t> expected;
        const tokenize::SpecialIds special = tokenizer->specialIds();
        if (special.bos >= 0 && special.bos != special.eos)
            expected.push_back(special.bos);
        for (const int32_t id : tokenizer->encode("Source: foldoc\n\n"))
            expected.push_back(id);
        for (const int32_t id : tokenizer->encode("The compiler reads"))
            expected.push_back(id);
        const StreamResult result = doneA.first().first().value<StreamResult>();
        QCOMPARE(result.promptIds.size(), qsizetype(expected.size()));
        for (size_t i = 0; i < expected.size(); ++i)
            QCOMPARE(result.promptIds[qsizetype(i)], qint64(expected[i]));
        screenshot(QStringLiteral("metadata"));
        // Cleared: plain again, the template back.
        panel_->metadataEdit()->clear();
        QVERIFY(panel_->templateBox()->isEnabled());
        QVERIFY(!StreamProcess::arguments(panel_->request()).contains(QStringLiteral("--metadata")));
        panel_->templateBox()->setCurrentIndex(panel_->templateBox()->findData(QString()));
    }

    // A third column, then removed again; two stay.
    void addAndRemoveColumns()
    {
        ModelColumn* third = panel_->addColumn();
        QVERIFY(third != nullptr);
        QCOMPARE(panel_->columns().size(), 3);
        panel_->removeColumn(third);
        QCOMPARE(panel_->columns().size(), 2);
        panel_->removeColumn(panel_->columns().front()); // two is the least
        QCOMPARE(panel_->columns().size(), 2);
    }

    void cleanupTestCase()
    {
        panel_.reset();
        context_.reset();
    }
};

QTEST_MAIN(TestPlaygroundPanel)
#include "tst_playground_panel.moc"
