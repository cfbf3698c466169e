// The Train panel's instruction-tuning set-up offscreen against a real project: a chat-shaped
// instruction dataset beside a plain-text one, a SentencePiece tokenizer trained here, and a model
// folder whose tokenizer_config.json carries ChatML's chat_template. The stage switch, the records'
// shape detected, the template recognised from the base, the first example rendered with the
// trained tokens highlighted (checked against the data part's renderConversation, token by token
// and character by character in the view), the LoRA parameter count against a hand count and
// model::loraParameterCount, the memory estimate without optimizer state for frozen weights, and
// the spec the panel writes (the `train` kind's SFT and LoRA params). Screenshots in
// build/screenshots (train_setup_sft.png, train_setup_lora.png).
#include "base_model.h"
#include "lora_box.h"
#include "setup_tab.h"
#include "sft_box.h"
#include "sft_example.h"
#include "train_panel.h"
#include "train_spec.h"

#include "app_context.h"
#include "app_test_support.h"
#include "gui_test_support.h"
#include "param_form.h"

#include "data/chat_template.h"
#include "data/instruction.h"
#include "jobs/job_registry.h"
#include "jobs/param_schema.h"
#include "model/lora_config.h"
#include "store/project_store.h"
#include "tokenize/sentencepiece_tokenizer.h"
#include "tokenize/tokenizer.h"
#include "train/memory_estimate.h"

#include <nlohmann/json.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextEdit>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace adaptlab;
using namespace adaptlab::train_panel;

namespace {

constexpr int kTimeoutMs = 120000;

QStringList corpusLines(int count)
{
    const QStringList subjects{"The compiler", "A kernel", "The scheduler", "Our parser", "The farmer", "A river",
                               "Our neighbour"};
    const QStringList verbs{"rewrites", "allocates", "serializes", "remembers", "visits", "crosses", "finds"};
    const QStringList objects{"the bytecode", "the heap", "a mutex", "the market", "the valley", "every field",
                              "a letter"};
    QStringList lines;
    for (int i = 0; i < count; ++i)
        lines << QStringLiteral("%1 %2 %3 on day %4.")
                     .arg(subjects[i % subjects.size()], verbs[(i / 3) % verbs.size()], objects[(i / 7) % objects.size()])
                     .arg(i % 17);
    return lines;
}

} // namespace

class TestTrainSftPanel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir temp_;
    QString projectDir_;
    std::unique_ptr<gui::AppContext> context_;
    std::unique_ptr<TrainPanel> panel_;
    QString tokenizerPath_;
    QString chatmlBase_;
    TrainChoice beforeSft_;

    store::ProjectStore* store() const { return context_->store(); }
    SetupTab* setup() const { return panel_->setupTab(); }

    void screenshot(const QString& name)
    {
        QVERIFY(panel_->grab().save(testing::screenshotDir() + QStringLiteral("/train_%1.png").arg(name)));
    }

    // Conversations in the chat shape, with words the tiny tokenizer knows. The first has a system
    // prompt and one answer; the second two turns.
    void addInstructionDataset()
    {
        const QString path = temp_.filePath(QStringLiteral("instruct.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const nlohmann::json first = {
            {"messages",
             {{{"role", "system"}, {"content", "The scheduler remembers the market."}},
              {{"role", "user"}, {"content", "The farmer visits the valley on day 3."}},
              {{"role", "assistant"}, {"content", "The compiler rewrites the bytecode on day 5 at the café."}}}}};
        const nlohmann::json second = {
            {"messages",
             {{{"role", "user"}, {"content", "A river crosses every field."}},
              {{"role", "assistant"}, {"content", "A kernel allocates the heap."}},
              {{"role", "user"}, {"content", "Our neighbour finds a letter."}},
              {{"role", "assistant"}, {"content", "Our parser serializes a mutex."}}}}};
        file.write(QByteArray::fromStdString(first.dump()) + "\n" + QByteArray::fromStdString(second.dump()) + "\n");
        file.close();
        store::DatasetRecord record;
        record.name = "instruct";
        record.path = path.toStdString();
        record.format = "jsonl";
        record.documents = 2;
        store()->addDataset(record);
    }

    // A model folder as Qwen2 / SmolLM ship one: config.json, the tokenizer, and a
    // tokenizer_config.json whose chat_template is ChatML (their Jinja text, written out here).
    void makeChatmlBase()
    {
        chatmlBase_ = temp_.filePath(QStringLiteral("chatml-base"));
        QVERIFY(QDir().mkpath(chatmlBase_));
        QVERIFY(QFile::copy(tokenizerPath_, chatmlBase_ + QStringLiteral("/tokenizer.model")));
        const nlohmann::json config = {{"architectures", {"LlamaForCausalLM"}}, {"model_type", "llama"},
                                       {"vocab_size", 320}, {"hidden_size", 64}, {"intermediate_size", 160},
                                       {"num_hidden_layers", 3}, {"num_attention_heads", 4},
                                       {"num_key_value_heads", 2}, {"max_position_embeddings", 256},
                                       {"rms_norm_eps", 1e-5}, {"rope_theta", 10000.0},
                                       {"tie_word_embeddings", true}, {"torch_dtype", "float32"}};
        QFile configFile(chatmlBase_ + QStringLiteral("/config.json"));
        QVERIFY(configFile.open(QIODevice::WriteOnly));
        configFile.write(QByteArray::fromStdString(config.dump(2)));
        configFile.close();
        const std::string chatml =
            "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\\n' + message['content'] + "
            "'<|im_end|>' + '\\n'}}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}"
            "{% endif %}";
        QFile tokenizerConfig(chatmlBase_ + QStringLiteral("/tokenizer_config.json"));
        QVERIFY(tokenizerConfig.open(QIODevice::WriteOnly));
        tokenizerConfig.write(QByteArray::fromStdString(nlohmann::json{{"chat_template", chatml}}.dump(2)));
        tokenizerConfig.close();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(temp_.isValid());
        testing::prepareApp(temp_);
        projectDir_ = temp_.filePath(QStringLiteral("project"));
        QString error;
        context_ = testing::contextWithNewProject(projectDir_, &error);
        QVERIFY2(context_ != nullptr, qPrintable(error));
        // A plain-text dataset (no instruction shape) and the instruction one.
        const QString textPath = temp_.filePath(QStringLiteral("computing.jsonl"));
        QFile textFile(textPath);
        QVERIFY(textFile.open(QIODevice::WriteOnly));
        for (const QString& line : corpusLines(400))
            textFile.write(QByteArray::fromStdString(nlohmann::json{{"text", line.toStdString()}}.dump()) + "\n");
        textFile.close();
        store::DatasetRecord text;
        text.name = "computing";
        text.path = textPath.toStdString();
        text.format = "jsonl";
        store()->addDataset(text);
        addInstructionDataset();

        QFile corpus(temp_.filePath(QStringLiteral("corpus.txt")));
        QVERIFY(corpus.open(QIODevice::WriteOnly));
        corpus.write(corpusLines(800).join(QLatin1Char('\n')).toUtf8() + "\n");
        corpus.close();
        try {
            tokenize::TrainOptions options;
            options.inputFiles = {corpus.fileName().toStdString()};
            options.modelPrefix = store()->root() / "tokenizers" / "tiny";
            options.vocabSize = 320;
            options.characterCoverage = 1.0;
            // ChatML's markers as single pieces, as a chat model's tokenizer has them.
            options.userSymbols = {"<|im_start|>", "<|im_end|>"};
            tokenize::SentencePieceTokenizer::train(options);
        } catch (const std::exception& e) {
            QFAIL(e.what());
        }
        tokenizerPath_ = QString::fromStdString((store()->root() / "tokenizers" / "tiny.model").string());
        store::ArtifactRecord artifact;
        artifact.kind = "tokenizer";
        artifact.path = "tokenizers/tiny.model";
        artifact.metadataJson = nlohmann::json{{"name", "tiny"}, {"vocab_size", 320}}.dump();
        store()->addArtifact(artifact);
        makeChatmlBase();

        panel_ = std::make_unique<TrainPanel>(context_.get());
        panel_->setCliProgram(testing::cliPath());
        panel_->resize(1280, 1000);
        panel_->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel_.get()));
        QTRY_VERIFY_WITH_TIMEOUT(setup()->sftBox()->datasetTable()->rowCount() == 2, kTimeoutMs);
    }

    void cleanupTestCase()
    {
        panel_.reset();
        context_.reset();
    }

    // ---- instruction tuning and LoRA -------------------------------------------------------------

    void sftStageAndTemplateFromTheBase()
    {
        beforeSft_ = setup()->choice();
        QVERIFY(!setup()->sftBox()->isVisibleTo(setup()));
        setup()->setStage(kStageSft);
        QVERIFY(setup()->sftBox()->isVisibleTo(setup()));
        QVERIFY(!setup()->cptDataBox()->isVisibleTo(setup()));
        QVERIFY(setup()->stageNote()->text().contains(QStringLiteral("assistant")));
        QVERIFY(setup()->problem().contains(QStringLiteral("instruction dataset")));
        // The records' shape is detected from each dataset's first record.
        QTRY_VERIFY_WITH_TIMEOUT(setup()->sftBox()->detectedFormat(QStringLiteral("instruct")).has_value(), kTimeoutMs);
        QCOMPARE(*setup()->sftBox()->detectedFormat(QStringLiteral("instruct")), QStringLiteral("chat"));
        QVERIFY(!setup()->sftBox()->detectedFormat(QStringLiteral("computing")).has_value());
        // A base folder whose tokenizer_config.json has ChatML's Jinja: recognised and chosen.
        setup()->setBaseKind(SetupTab::BaseKind::Folder);
        setup()->folderEdit()->setText(chatmlBase_);
        Q_EMIT setup()->folderEdit()->editingFinished();
        QTRY_VERIFY_WITH_TIMEOUT(setup()->sftBox()->templateGuess().folder == chatmlBase_ &&
                                     !setup()->sftBox()->isBusy() && setup()->baseDescription().config.has_value(),
                                 kTimeoutMs);
        QCOMPARE(setup()->sftBox()->templateGuess().recognised.value_or(QString()), QStringLiteral("chatml"));
        QCOMPARE(setup()->sftBox()->chatTemplate(), QStringLiteral("chatml"));
        QVERIFY(setup()->sftBox()->templateNote()->text().contains(QStringLiteral("Recognised")));
        QCOMPARE(setup()->sftBox()->templateText()->toPlainText(),
                 QString::fromStdString(data::chatTemplateDescription(data::ChatTemplate::ChatML)));
        // A preset has no template of its own.
        QVERIFY(!guessChatTemplate(QStringLiteral("preset:tiny")).recognised.has_value());
    }

    void renderedExampleHighlightsTheAnswers()
    {
        SftBox* box = setup()->sftBox();
        QVERIFY(box->setSource(QStringLiteral("instruct")));
        QTRY_VERIFY_WITH_TIMEOUT(!box->isBusy() && box->preview().totalTokens > 0, kTimeoutMs);
        QVERIFY2(box->preview().error.isEmpty(), qPrintable(box->preview().error));
        // The reference: the data part's rendering of the file's first record with the base's
        // tokenizer, mask and all.
        const std::unique_ptr<tokenize::Tokenizer> tokenizer =
            tokenize::Tokenizer::open((chatmlBase_ + QStringLiteral("/tokenizer.model")).toStdString());
        const data::InstructionReadResult read =
            data::readInstructions(temp_.filePath(QStringLiteral("instruct.jsonl")).toStdString(), data::InstructionFormat::Chat);
        QCOMPARE(read.conversations.size(), size_t(2));
        data::RenderOptions options;
        options.maxTokens = setup()->form()->values(false).value("seq_len", 0);
        const data::RenderedExample expected =
            data::renderConversation(read.conversations[0], data::ChatTemplate::ChatML, *tokenizer, options);
        const RenderedPreview& preview = box->preview();
        QCOMPARE(size_t(preview.tokens.size()), expected.ids.size());
        QString trainedText;
        for (size_t i = 0; i < expected.ids.size(); ++i) {
            QCOMPARE(preview.tokens[i].id, expected.ids[i]);
            QCOMPARE(preview.tokens[i].trained, expected.lossMask[i] != 0);
            if (preview.tokens[i].trained)
                trainedText += preview.text.mid(preview.tokens[i].start, preview.tokens[i].length);
        }
        QCOMPARE(preview.trainedTokens, expected.trainedTokens());
        QVERIFY(expected.trainedTokens() > 0 && expected.trainedTokens() < qint64(expected.ids.size()));
        // The view: the characters on the green background are exactly the trained tokens' text,
        // which is the answer (and the end of its turn), not the question or the system prompt.
        QString highlighted;
        QString rest;
        const QColor green(QString::fromLatin1(kTrainedBackground));
        for (QTextBlock block = box->exampleView()->document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                const bool onGreen = fragment.charFormat().background().style() != Qt::NoBrush &&
                                     fragment.charFormat().background().color() == green;
                (onGreen ? highlighted : rest) += fragment.text();
            }
        }
        const auto squeeze = [](QString text) { return text.remove(QRegularExpression(QStringLiteral("\\s"))); };
        QCOMPARE(squeeze(highlighted), squeeze(trainedText));
        QVERIFY2(squeeze(highlighted).contains(squeeze(QString::fromUtf8("The compiler rewrites the bytecode on day 5 at the café."))),
                 qPrintable(highlighted));
        QVERIFY(!highlighted.contains(QStringLiteral("farmer")));
        QVERIFY(!highlighted.contains(QStringLiteral("scheduler")));
        QVERIFY(rest.contains(QStringLiteral("farmer")));
        QVERIFY(box->exampleLabel()->text().contains(
            QStringLiteral("%1 of %2 tokens trained")
                .arg(QLocale().toString(expected.trainedTokens()), QLocale().toString(qint64(expected.ids.size())))));
        // Another template renders the same record another way.
        box->templateBox()->setCurrentIndex(box->templateBox()->findData(QStringLiteral("zephyr")));
        QTRY_VERIFY_WITH_TIMEOUT(!box->isBusy(), kTimeoutMs);
        QVERIFY(box->preview().text.contains(QStringLiteral("<|assistant|>")));
        QVERIFY(box->templateNote()->text().contains(QStringLiteral("you chose another")));
        box->templateBox()->setCurrentIndex(box->templateBox()->findData(QStringLiteral("chatml")));
        QTRY_VERIFY_WITH_TIMEOUT(!box->isBusy() && box->preview().text.contains(QStringLiteral("<|im_start|>")), kTimeoutMs);
        setup()->reveal(box->exampleView());
        screenshot(QStringLiteral("setup_sft"));
    }

    void loraCountAndEstimate()
    {
        LoraBox* lora = setup()->loraBox();
        QTRY_VERIFY_WITH_TIMEOUT(!setup()->isEstimating() && setup()->memoryEstimate().has_value(), kTimeoutMs);
        const train::MemoryEstimate full = *setup()->memoryEstimate();
        lora->enableBox()->setChecked(true);
        lora->rankBox()->setValue(4);
        lora->alphaBox()->setValue(8);
        lora->dropoutBox()->setValue(0.1);
        lora->targetBox(QStringLiteral("k"))->setChecked(false);
        lora->targetBox(QStringLiteral("o"))->setChecked(false);
        lora->targetBox(QStringLiteral("gate"))->setChecked(true);
        // q, v, gate on 3 layers of width 64 (4 heads of 16; 2 key/value heads; MLP 160): rank x
        // (in + out) each, counted here by hand.
        const qint64 expected = 3 * 4 * ((64 + 64) + (64 + 32) + (64 + 160));
        QCOMPARE(lora->trainableParameters(), expected);
        model::LoraConfig config;
        config.rank = 4;
        config.targets = {"q", "v", "gate"};
        QCOMPARE(lora->trainableParameters(), model::loraParameterCount(*setup()->baseDescription().config, config));
        QVERIFY2(lora->countLabel()->text().contains(parameterCount(expected)), qPrintable(lora->countLabel()->text()));
        QVERIFY(lora->countLabel()->text().contains(parameterCount(setup()->baseDescription().config->parameterCount())));
        // No gradients or optimizer state for the frozen weights: the estimate follows.
        QTRY_VERIFY_WITH_TIMEOUT(!setup()->isEstimating() && setup()->memoryEstimate() &&
                                     setup()->memoryEstimate()->optimizer == 8 * expected,
                                 kTimeoutMs);
        QCOMPARE(setup()->memoryEstimate()->gradients, 4 * expected);
        QCOMPARE(setup()->memoryEstimate()->activations, full.activations);
        QVERIFY(setup()->memoryEstimate()->total < full.total);
        setup()->reveal(lora);
        screenshot(QStringLiteral("setup_lora"));
    }

    void sftSpecCarriesTheSettings()
    {
        setup()->sftBox()->packingBox()->setChecked(false);
        const nlohmann::json spec = nlohmann::json::parse(setup()->specText().toStdString());
        const nlohmann::json& params = spec["params"];
        QVERIFY(params["stage"] == "sft");
        QVERIFY(params["sft_data"] == nlohmann::json::parse(R"([{"name": "instruct", "dataset": "instruct", "format": "chat"}])"));
        QVERIFY(params["chat_template"] == "chatml");
        QVERIFY(params["packing"] == false);
        QVERIFY(params["lora_rank"] == 4);
        QVERIFY(params["lora_alpha"] == 8.0);
        QVERIFY(std::abs(params["lora_dropout"].get<double>() - 0.1) < 1e-12);
        QVERIFY(params["lora_targets"] == nlohmann::json::parse(R"(["q", "v", "gate"])"));
        QVERIFY(params["base"] == chatmlBase_.toStdString());
        QVERIFY(!params.contains("sources"));
        QVERIFY(!params.contains("replay"));
        // The spec reads back to the same choice, and a loaded spec fills the boxes.
        QString error;
        const std::optional<TrainChoice> back = choiceFromSpec(setup()->specText(), &error);
        QVERIFY2(back.has_value(), qPrintable(error));
        QVERIFY(*back == setup()->choice());
        // The train kind's schema knows every param the panel writes (checked once the kind has
        // the SFT stage: the "sft" part adds those params to it).
        const jobs::JobKind* kind = jobs::findJobKind(kTrainKind);
        QVERIFY(kind != nullptr);
        const bool kindHasSft = std::any_of(kind->params.begin(), kind->params.end(),
                                            [](const jobs::ParamSpec& param) { return param.key == "stage"; });
        if (!kindHasSft)
            qWarning("the train kind has no SFT params yet: the spec is not validated against its schema");
        if (kindHasSft) {
            std::vector<jobs::SpecProblem> problems;
            jobs::validateParams(*kind, params, problems);
            QString text;
            for (const jobs::SpecProblem& problem : problems)
                text += QString::fromStdString(problem.field + ": " + problem.message) + QLatin1Char('\n');
            QVERIFY2(problems.empty(), qPrintable(text));
        }
        // A spec of the first choice (CPT, no LoRA) puts every box back.
        QVERIFY(setup()->setChoice(beforeSft_, &error));
        QCOMPARE(setup()->choice().stage, kStageCpt);
        QVERIFY(!setup()->sftBox()->isVisibleTo(setup()));
        QVERIFY(!setup()->loraBox()->enableBox()->isChecked());
        QVERIFY(setup()->choice() == beforeSft_);
        // And the SFT spec fills them again.
        QVERIFY(setup()->setChoice(*back, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(setup()->choice() == *back);
        QCOMPARE(setup()->loraBox()->trainableParameters(), 3 * 4 * ((64 + 64) + (64 + 32) + (64 + 160)));
    }

};

QTEST_MAIN(TestTrainSftPanel)
#include "tst_train_sft_panel.moc"
