// `adaptlab-cli score` and `generate` as scripts run them (real child processes): score's logprobs
// and logits against llama_reference.py's logits for the same ids, greedy generation equal to the
// argmax continuation, seeds, stopping at EOS, and refused input (exit 2 with the reason).
#include "tokenize/tokenizer.h"

#include "reference_support.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <filesystem>
#include <fstream>

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

struct CliResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

CliResult runCli(const QStringList& args)
{
    QProcess cli;
    cli.start(QStringLiteral(ADAPTLAB_CLI_PATH), args);
    CliResult result;
    if (!cli.waitForFinished(-1) || cli.exitStatus() != QProcess::NormalExit) {
        result.err = "did not finish: " + cli.errorString().toStdString();
        return result;
    }
    result.exitCode = cli.exitCode();
    result.out = cli.readAllStandardOutput().toStdString();
    result.err = cli.readAllStandardError().toStdString();
    return result;
}

QString idsText(const std::vector<int64_t>& ids)
{
    QStringList words;
    for (const int64_t id : ids)
        words << QString::number(id);
    return words.join(QLatin1Char(' '));
}

} // namespace

class TestCliModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        const QString problem = reference::writeCases(dir_.path(), {QStringLiteral("cli"), QStringLiteral("f32")});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // The reference's "cli" model has the vocabulary of this tokenizer (559 ids, padded to 576).
        model_ = fs::path(dir_.path().toStdString()) / "cli";
        fs::copy_file(fs::path(ADAPTLAB_SOURCE_DIR) / "tests/fixtures/tokenizers/smollm/tokenizer.json",
                      model_ / "tokenizer.json");
    }

    // logprobs[i] = log_softmax(reference logits at i)[ids[i + 1]], and --logits gives the rows.
    void scoreMatchesReference()
    {
        const reference::Case expected = reference::readCase(model_);
        const std::vector<int64_t>& ids = expected.inputIds.front();
        const CliResult run = runCli({QStringLiteral("score"), QStringLiteral("--model"), modelPath(),
                                      QStringLiteral("--tokens"), idsText(ids), QStringLiteral("--logits"),
                                      QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.c_str());
        const json out = json::parse(run.out);
        const auto logprobs = out.at("logprobs").get<std::vector<double>>();
        const auto logits = out.at("logits").get<std::vector<std::vector<double>>>();
        QCOMPARE(logprobs.size(), ids.size() - 1);
        QCOMPARE(logits.size(), ids.size());
        const size_t V = static_cast<size_t>(expected.logitsShape[2]);
        double spread = 0;
        for (size_t t = 0; t < ids.size(); ++t) {
            QCOMPARE(logits[t].size(), V);
            const float* row = expected.logits.data() + t * V; // batch row 0
            double maxDiff = 0, maxLogit = -INFINITY;
            for (size_t v = 0; v < V; ++v) {
                maxDiff = std::max(maxDiff, std::abs(logits[t][v] - row[v]));
                maxLogit = std::max(maxLogit, double(row[v]));
            }
            QVERIFY2(maxDiff <= 1e-4, qPrintable(QStringLiteral("position %1: max |logit - reference| %2").arg(t).arg(maxDiff)));
            if (t + 1 == ids.size())
                break;
            // log-softmax of the reference row, written out: x - max - log(sum(exp(x - max)))
            double sum = 0;
            for (size_t v = 0; v < V; ++v)
                sum += std::exp(double(row[v]) - maxLogit);
            const double reference = double(row[ids[t + 1]]) - maxLogit - std::log(sum);
            QVERIFY2(std::abs(logprobs[t] - reference) <= 1e-4,
                     qPrintable(QStringLiteral("position %1: logprob %2, reference %3").arg(t).arg(logprobs[t]).arg(reference)));
            spread += std::abs(reference);
        }
        QVERIFY(spread > 1.0); // not a degenerate model where every logprob is 0

        // Without --logits no "logits" key; one id scores nothing.
        const CliResult plain = runCli({QStringLiteral("score"), QStringLiteral("--model"), modelPath(),
                                        QStringLiteral("--tokens"), QStringLiteral("5,6 7"), QStringLiteral("--json")});
        QVERIFY2(plain.exitCode == 0, plain.err.c_str());
        QVERIFY(!json::parse(plain.out).contains("logits"));
        QCOMPARE(json::parse(plain.out).at("logprobs").size(), size_t(2));
        const CliResult single = runCli({QStringLiteral("score"), QStringLiteral("--model"), modelPath(),
                                         QStringLiteral("--tokens"), QStringLiteral("5"), QStringLiteral("--json")});
        QVERIFY2(single.exitCode == 0, single.err.c_str());
        QVERIFY(json::parse(single.out) == json::parse(R"({"logprobs": []})"));
    }

    // Greedy generation picks, at every step, the argmax of the logits score gives for the text so
    // far; the text is the tokenizer's decoding of the ids.
    void greedyIsArgmax()
    {
        const json out = generate({QStringLiteral("--prompt"), QStringLiteral("The cat sat"), QStringLiteral("--temperature"),
                                   QStringLiteral("0"), QStringLiteral("--max-new-tokens"), QStringLiteral("8")});
        const auto promptIds = out.at("prompt_ids").get<std::vector<int64_t>>();
        const auto ids = out.at("ids").get<std::vector<int64_t>>();
        QCOMPARE(ids.size(), size_t(8));
        QVERIFY(out.at("stopped_at_eos") == false);
        const auto tokenizer = adaptlab::tokenize::Tokenizer::open(model_ / "tokenizer.json");
        const auto expectedPrompt = tokenizer->encodeWithSpecial("The cat sat");
        QCOMPARE(promptIds, std::vector<int64_t>(expectedPrompt.begin(), expectedPrompt.end()));
        std::vector<int32_t> ids32(ids.begin(), ids.end());
        QCOMPARE(out.at("text").get<std::string>(), tokenizer->decode(ids32));

        std::vector<int64_t> all = promptIds;
        all.insert(all.end(), ids.begin(), ids.end());
        const CliResult scored = runCli({QStringLiteral("score"), QStringLiteral("--model"), modelPath(),
                                         QStringLiteral("--tokens"), idsText(all), QStringLiteral("--logits"),
                                         QStringLiteral("--json")});
        QVERIFY2(scored.exitCode == 0, scored.err.c_str());
        const auto logits = json::parse(scored.out).at("logits").get<std::vector<std::vector<double>>>();
        for (size_t j = 0; j < ids.size(); ++j) {
            const auto& row = logits[promptIds.size() + j - 1];
            const auto argmax = std::max_element(row.begin(), row.end()) - row.begin();
            QCOMPARE(ids[j], int64_t(argmax));
        }
    }

    // Sampling is a function of the seed: the same seed twice gives the same text, another seed
    // another one (with the distribution flattened by the temperature, 12 tokens cannot all agree
    // by chance).
    void seeds()
    {
        const QStringList sampling{QStringLiteral("--prompt"), QStringLiteral("Once"), QStringLiteral("--temperature"),
                                   QStringLiteral("4"), QStringLiteral("--top-k"), QStringLiteral("0"),
                                   QStringLiteral("--top-p"), QStringLiteral("1"), QStringLiteral("--max-new-tokens"),
                                   QStringLiteral("12")};
        const json first = generate(sampling + QStringList{QStringLiteral("--seed"), QStringLiteral("11")});
        const json again = generate(sampling + QStringList{QStringLiteral("--seed"), QStringLiteral("11")});
        const json other = generate(sampling + QStringList{QStringLiteral("--seed"), QStringLiteral("12")});
        QVERIFY(first == again);
        QVERIFY(first.at("ids") != other.at("ids"));
        // top-k 1 is greedy whatever the temperature and seed
        const json greedy = generate({QStringLiteral("--prompt"), QStringLiteral("Once"), QStringLiteral("--temperature"),
                                      QStringLiteral("0"), QStringLiteral("--max-new-tokens"), QStringLiteral("6")});
        const json topOne = generate({QStringLiteral("--prompt"), QStringLiteral("Once"), QStringLiteral("--temperature"),
                                      QStringLiteral("4"), QStringLiteral("--top-k"), QStringLiteral("1"),
                                      QStringLiteral("--seed"), QStringLiteral("99"), QStringLiteral("--max-new-tokens"),
                                      QStringLiteral("6")});
        QVERIFY(greedy.at("ids") == topOne.at("ids"));
    }

    // Generation stops after an end-of-sequence token, here the one generation_config.json names:
    // the first greedy token. The token is in ids, not in the text.
    void stopsAtEos()
    {
        const QStringList greedy{QStringLiteral("--prompt"), QStringLiteral("The cat sat"), QStringLiteral("--temperature"),
                                 QStringLiteral("0"), QStringLiteral("--max-new-tokens"), QStringLiteral("5")};
        const int64_t first = generate(greedy).at("ids").front().get<int64_t>();
        QVERIFY(first != 556); // else the test below would not be about generation_config.json
        std::ofstream(model_ / "generation_config.json") << json{{"eos_token_id", json::array({first, 3})}}.dump();
        const json stopped = generate(greedy);
        fs::remove(model_ / "generation_config.json");
        QVERIFY(stopped.at("ids") == json::array({first}));
        QVERIFY(stopped.at("stopped_at_eos") == true);
        QVERIFY(stopped.at("text") == "");
    }

    void refused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString model = QStringLiteral("@MODEL@");
        QTest::newRow("no such folder") << QStringList{QStringLiteral("score"), QStringLiteral("--model"),
                                                       QStringLiteral("@DIR@/nowhere"), QStringLiteral("--tokens"),
                                                       QStringLiteral("1 2")}
                                        << "nowhere: no such model folder";
        QTest::newRow("id outside vocabulary") << QStringList{QStringLiteral("score"), QStringLiteral("--model"), model,
                                                              QStringLiteral("--tokens"), QStringLiteral("1 2 576")}
                                               << "token 3 (id 576) is outside the vocabulary of";
        QTest::newRow("negative id") << QStringList{QStringLiteral("score"), QStringLiteral("--model"), model,
                                                    QStringLiteral("--tokens"), QStringLiteral("-1")}
                                     << "token 1 (id -1) is outside the vocabulary";
        QTest::newRow("not a number") << QStringList{QStringLiteral("score"), QStringLiteral("--model"), model,
                                                     QStringLiteral("--tokens"), QStringLiteral("1 2x 3")}
                                      << "--tokens: \"2x\" (item 2) is not a token id";
        QTest::newRow("no ids") << QStringList{QStringLiteral("score"), QStringLiteral("--model"), model,
                                               QStringLiteral("--tokens"), QStringLiteral(" ")}
                                << "--tokens: no token ids given";
        QTest::newRow("no --tokens") << QStringList{QStringLiteral("score"), QStringLiteral("--model"), model}
                                     << "--tokens is required";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("score"), QStringLiteral("--model"), model,
                                                       QStringLiteral("--tokens"), QStringLiteral("1"),
                                                       QStringLiteral("--temperature"), QStringLiteral("1")}
                                        << "unknown option: --temperature";
        QTest::newRow("not a model folder") << QStringList{QStringLiteral("score"), QStringLiteral("--model"),
                                                           QStringLiteral("@DIR@"), QStringLiteral("--tokens"),
                                                           QStringLiteral("1")}
                                            << "not a Hugging Face model folder (no config.json)";
        QTest::newRow("no tokenizer") << QStringList{QStringLiteral("generate"), QStringLiteral("--model"),
                                                     QStringLiteral("@DIR@/f32"), QStringLiteral("--prompt"),
                                                     QStringLiteral("hi")}
                                      << "the model folder has no tokenizer";
        QTest::newRow("negative temperature") << QStringList{QStringLiteral("generate"), QStringLiteral("--model"), model,
                                                             QStringLiteral("--prompt"), QStringLiteral("hi"),
                                                             QStringLiteral("--temperature"), QStringLiteral("-1")}
                                              << "temperature: must be 0 (greedy) or positive";
        QTest::newRow("top-p zero") << QStringList{QStringLiteral("generate"), QStringLiteral("--model"), model,
                                                   QStringLiteral("--prompt"), QStringLiteral("hi"),
                                                   QStringLiteral("--top-p"), QStringLiteral("0")}
                                    << "top-p: must be in (0, 1]";
        QTest::newRow("max-new-tokens word") << QStringList{QStringLiteral("generate"), QStringLiteral("--model"), model,
                                                            QStringLiteral("--prompt"), QStringLiteral("hi"),
                                                            QStringLiteral("--max-new-tokens"), QStringLiteral("ten")}
                                             << "--max-new-tokens: \"ten\" is not an integer";
        QTest::newRow("no prompt") << QStringList{QStringLiteral("generate"), QStringLiteral("--model"), model}
                                   << "--prompt is required";
        QTest::newRow("device") << QStringList{QStringLiteral("score"), QStringLiteral("--model"), model,
                                               QStringLiteral("--tokens"), QStringLiteral("1"), QStringLiteral("--device"),
                                               QStringLiteral("tpu")}
                                << "device: expected auto, cpu, cuda or cuda:N, found \"tpu\"";
    }
    void refused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        args.replaceInStrings(QStringLiteral("@MODEL@"), modelPath());
        args.replaceInStrings(QStringLiteral("@DIR@"), dir_.path());
        const CliResult run = runCli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.find(message.toStdString()) != std::string::npos, run.err.c_str());
        QVERIFY(run.out.empty());
    }

    void help()
    {
        for (const char* command : {"score", "generate"}) {
            const CliResult run = runCli({QString::fromLatin1(command), QStringLiteral("--help")});
            QCOMPARE(run.exitCode, 0);
            QVERIFY(run.out.find(std::string("usage: adaptlab-cli ") + command) == 0);
        }
    }

private:
    QString modelPath() const { return QString::fromStdString(model_.string()); }

    json generate(const QStringList& options)
    {
        const CliResult run = runCli(QStringList{QStringLiteral("generate"), QStringLiteral("--model"), modelPath()} +
                                     options + QStringList{QStringLiteral("--json")});
        if (run.exitCode != 0)
            qWarning("generate failed: %s", run.err.c_str());
        return run.exitCode == 0 ? json::parse(run.out) : json();
    }

    QTemporaryDir dir_;
    fs::path model_;
};

QTEST_GUILESS_MAIN(TestCliModel)
#include "tst_cli_model.moc"
