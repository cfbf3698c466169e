// `adaptlab-cli score` and `generate` as scripts run them (real child processes): score's logprobs
// and logits against llama_reference.py's logits for the same ids, greedy generation equal to the
// argmax continuation, seeds, stopping at EOS, and refused input (exit 2 with the reason). Issue 11:
// --lora scores as the merged model (W + alpha/r B A, folded here by hand), --template renders the
// prompt as data::renderPrompt does, --stream's lines concatenate to the final text. Issue 12:
// --metadata/--metadata-label/--metadata-prefix put a MeCo prefix, encoded as one string, after BOS
// and before the prompt; conditioned scoring reads that context and scores the text's ids only.
#include "data/chat_template.h"
#include "model/safetensors.h"
#include "tokenize/tokenizer.h"

#include "reference_support.h"

#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>

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

// The "cli" reference model's shape (llama_reference.py): hidden 64, 4 heads of 16, 2 KV heads, 2 layers.
constexpr int64_t kHidden = 64, kLayers = 2, kRank = 2;
constexpr double kAlpha = 6.0;
const std::map<std::string, int64_t> kLoraOut = {{"q_proj", 64}, {"v_proj", 32}};

std::string peftName(int64_t layer, const std::string& module, char aOrB)
{
    return "base_model.model.model.layers." + std::to_string(layer) + ".self_attn." + module + ".lora_" +
           std::string(1, aOrB) + ".weight";
}

// A rank-2 LoRA adapter on q_proj and v_proj (alpha 6: scale 3) in the PEFT layout, random A and B.
std::map<std::string, std::vector<float>> writeAdapter(const fs::path& folder)
{
    fs::create_directories(folder);
    std::ofstream(folder / "adapter_config.json")
        << json{{"peft_type", "LORA"}, {"r", kRank}, {"lora_alpha", kAlpha}, {"lora_dropout", 0.0},
                {"target_modules", {"q_proj", "v_proj"}}, {"bias", "none"}, {"task_type", "CAUSAL_LM"},
                {"fan_in_fan_out", false}, {"base_model_name_or_path", "cli"}}
               .dump();
    std::mt19937 rng(7);
    std::normal_distribution<float> normal(0.0f, 0.3f);
    std::map<std::string, std::vector<float>> values;
    std::vector<adaptlab::model::TensorToWrite> tensors;
    for (int64_t layer = 0; layer < kLayers; ++layer) {
        for (const auto& [module, out] : kLoraOut) {
            auto& a = values[peftName(layer, module, 'A')];
            auto& b = values[peftName(layer, module, 'B')];
            a.resize(static_cast<size_t>(kRank * kHidden));
            b.resize(static_cast<size_t>(out * kRank));
            for (float& x : a)
                x = normal(rng);
            for (float& x : b)
                x = normal(rng);
        }
    }
    for (int64_t layer = 0; layer < kLayers; ++layer) {
        for (const auto& [module, out] : kLoraOut) {
            const auto& a = values[peftName(layer, module, 'A')];
            const auto& b = values[peftName(layer, module, 'B')];
            tensors.push_back({peftName(layer, module, 'A'), adaptlab::model::DType::F32, {kRank, kHidden},
                               std::as_bytes(std::span<const float>(a))});
            tensors.push_back({peftName(layer, module, 'B'), adaptlab::model::DType::F32, {out, kRank},
                               std::as_bytes(std::span<const float>(b))});
        }
    }
    adaptlab::model::writeSafetensors(folder / "adapter_model.safetensors", tensors);
    return values;
}

// BASE with the adapter folded in by hand, W + (alpha / r) B A in double, written to OUT with the
// base's config and tokenizer: the independent reference for scoring with the adapter unmerged.
void writeMerged(const fs::path& base, const std::map<std::string, std::vector<float>>& adapter, const fs::path& out)
{
    fs::create_directories(out);
    fs::copy_file(base / "config.json", out / "config.json");
    fs::copy_file(base / "tokenizer.json", out / "tokenizer.json");
    const auto file = adaptlab::model::SafetensorsFile::open(base / "model.safetensors");
    std::map<std::string, std::vector<float>> weights;
    std::vector<adaptlab::model::TensorToWrite> tensors;
    for (const adaptlab::model::TensorInfo& info : file->header().tensors) {
        QVERIFY2(info.dtype == adaptlab::model::DType::F32, info.name.c_str());
        const auto bytes = file->data(info);
        auto& w = weights[info.name];
        w.resize(bytes.size() / sizeof(float));
        std::memcpy(w.data(), bytes.data(), bytes.size());
        for (const auto& [module, outFeatures] : kLoraOut) {
            for (int64_t layer = 0; layer < kLayers; ++layer) {
                if (info.name != "model.layers." + std::to_string(layer) + ".self_attn." + module + ".weight")
                    continue;
                const auto& a = adapter.at(peftName(layer, module, 'A')); // (r, in)
                const auto& b = adapter.at(peftName(layer, module, 'B')); // (out, r)
                for (int64_t o = 0; o < outFeatures; ++o)
                    for (int64_t i = 0; i < kHidden; ++i) {
                        double update = 0;
                        for (int64_t r = 0; r < kRank; ++r)
                            update += double(b[o * kRank + r]) * double(a[r * kHidden + i]);
                        w[o * kHidden + i] = float(double(w[o * kHidden + i]) + kAlpha / kRank * update);
                    }
            }
        }
    }
    for (const adaptlab::model::TensorInfo& info : file->header().tensors)
        tensors.push_back({info.name, info.dtype, info.shape, std::as_bytes(std::span<const float>(weights[info.name]))});
    adaptlab::model::writeSafetensors(out / "model.safetensors", tensors);
}

// QCOMPARE cannot print nlohmann::json; this says both sides when they differ.
#define COMPARE_JSON(a, b) QVERIFY2((a) == (b), qPrintable(QString::fromStdString((a).dump() + " != " + (b).dump())))

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

    // Scoring with the adapter unmerged gives the merged model's logprobs (within 1e-5), and not
    // the base's: the adapter is applied.
    void loraScoresLikeMergedModel()
    {
        const fs::path root = dir_.path().toStdString();
        const auto adapter = writeAdapter(root / "adapter");
        writeMerged(model_, adapter, root / "merged");
        const QString ids = QStringLiteral("12 100 7 300 45 9 500 2 77 31");
        const auto logprobs = [&](const QStringList& extra) {
            const CliResult run = runCli(QStringList{QStringLiteral("score"), QStringLiteral("--tokens"), ids,
                                                     QStringLiteral("--json")} + extra);
            if (run.exitCode != 0)
                qWarning("score failed: %s", run.err.c_str());
            return run.exitCode == 0 ? json::parse(run.out).at("logprobs").get<std::vector<double>>() : std::vector<double>();
        };
        const auto unmerged = logprobs({QStringLiteral("--model"), modelPath(), QStringLiteral("--lora"),
                                        QString::fromStdString((root / "adapter").string())});
        const auto merged = logprobs({QStringLiteral("--model"), QString::fromStdString((root / "merged").string())});
        const auto base = logprobs({QStringLiteral("--model"), modelPath()});
        QCOMPARE(unmerged.size(), size_t(9));
        QCOMPARE(merged.size(), size_t(9));
        QCOMPARE(base.size(), size_t(9));
        double fromBase = 0;
        for (size_t i = 0; i < unmerged.size(); ++i) {
            QVERIFY2(std::abs(unmerged[i] - merged[i]) <= 1e-5,
                     qPrintable(QStringLiteral("position %1: unmerged %2, merged %3").arg(i).arg(unmerged[i]).arg(merged[i])));
            fromBase = std::max(fromBase, std::abs(unmerged[i] - base[i]));
        }
        QVERIFY2(fromBase > 1e-2, qPrintable(QStringLiteral("the adapter changed nothing (%1)").arg(fromBase)));

        // generate --lora continues as the merged model does (greedy).
        const QStringList greedy{QStringLiteral("--prompt"), QStringLiteral("The cat sat"), QStringLiteral("--temperature"),
                                 QStringLiteral("0"), QStringLiteral("--max-new-tokens"), QStringLiteral("8")};
        const json withLora = generate(greedy + QStringList{QStringLiteral("--lora"),
                                                            QString::fromStdString((root / "adapter").string())});
        const CliResult mergedRun = runCli(QStringList{QStringLiteral("generate"), QStringLiteral("--model"),
                                                       QString::fromStdString((root / "merged").string())} +
                                           greedy + QStringList{QStringLiteral("--json")});
        QVERIFY2(mergedRun.exitCode == 0, mergedRun.err.c_str());
        COMPARE_JSON(withLora.at("ids"), json::parse(mergedRun.out).at("ids"));
    }

    // --template renders the prompt as data::renderPrompt does (a system message first with
    // --system); "model" takes the template tokenizer_config.json names, "auto" too or none.
    void templateRendersPrompt()
    {
        // The fixture's tokenizer_config.json names the end-of-sequence token the Llama-2, Zephyr
        // and Alpaca templates end an answer with (and no chat_template).
        const fs::path config = fs::path(ADAPTLAB_SOURCE_DIR) / "tests/fixtures/tokenizers/smollm/tokenizer_config.json";
        fs::copy_file(config, model_ / "tokenizer_config.json", fs::copy_options::overwrite_existing);
        const auto cleanup = qScopeGuard([this] { fs::remove(model_ / "tokenizer_config.json"); });
        const auto tokenizer = adaptlab::tokenize::Tokenizer::open(model_ / "tokenizer.json");
        const auto rendered = [&](adaptlab::data::ChatTemplate chatTemplate, const std::string& system) {
            adaptlab::data::Conversation conversation;
            if (!system.empty())
                conversation.messages.push_back({adaptlab::data::Role::System, system});
            conversation.messages.push_back({adaptlab::data::Role::User, "What is a compiler?"});
            const auto ids = adaptlab::data::renderPrompt(conversation, chatTemplate, *tokenizer);
            return json(std::vector<int64_t>(ids.begin(), ids.end()));
        };
        const QStringList question{QStringLiteral("--prompt"), QStringLiteral("What is a compiler?"),
                                   QStringLiteral("--max-new-tokens"), QStringLiteral("3"), QStringLiteral("--temperature"),
                                   QStringLiteral("0")};
        for (const adaptlab::data::ChatTemplate chatTemplate : adaptlab::data::allChatTemplates()) {
            const QString name = QString::fromLatin1(adaptlab::data::chatTemplateName(chatTemplate));
            const json plain = generate(question + QStringList{QStringLiteral("--template"), name});
            COMPARE_JSON(plain.at("prompt_ids"), rendered(chatTemplate, ""));
            QCOMPARE(plain.at("template").get<std::string>(), name.toStdString());
            const json system = generate(question + QStringList{QStringLiteral("--template"), name,
                                                                QStringLiteral("--system"), QStringLiteral("Be brief.")});
            COMPARE_JSON(system.at("prompt_ids"), rendered(chatTemplate, "Be brief."));
        }
        // The fixture's tokenizer_config.json names no template: "model" refuses, "auto" is raw text.
        const CliResult none = runCli(QStringList{QStringLiteral("generate"), QStringLiteral("--model"), modelPath(),
                                                  QStringLiteral("--template"), QStringLiteral("model")} + question);
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.find(model_.string() + ": the model names no chat template") != std::string::npos, none.err.c_str());
        const json raw = generate(question + QStringList{QStringLiteral("--template"), QStringLiteral("auto")});
        const auto encoded = tokenizer->encodeWithSpecial("What is a compiler?");
        COMPARE_JSON(raw.at("prompt_ids"), json(std::vector<int64_t>(encoded.begin(), encoded.end())));
        QCOMPARE(raw.at("template").get<std::string>(), std::string());
        // With ChatML's Jinja in tokenizer_config.json, "model" and "auto" are ChatML.
        json withTemplate = json::parse(std::ifstream(config));
        withTemplate["chat_template"] = adaptlab::data::chatTemplateJinja(adaptlab::data::ChatTemplate::ChatML);
        std::ofstream(model_ / "tokenizer_config.json") << withTemplate.dump();
        const json own = generate(question + QStringList{QStringLiteral("--template"), QStringLiteral("model")});
        const json automatic = generate(question + QStringList{QStringLiteral("--template"), QStringLiteral("auto")});
        QCOMPARE(own.at("template").get<std::string>(), std::string("chatml"));
        COMPARE_JSON(own.at("prompt_ids"), rendered(adaptlab::data::ChatTemplate::ChatML, ""));
        COMPARE_JSON(automatic.at("prompt_ids"), own.at("prompt_ids"));
    }

    // --stream: one line per token ({"id", "text", "seconds"}) as it comes, then the final object;
    // the lines' ids are its ids and their texts concatenate to its text.
    void streamConcatenates()
    {
        const CliResult run = runCli({QStringLiteral("generate"), QStringLiteral("--model"), modelPath(),
                                      QStringLiteral("--prompt"), QStringLiteral("Once upon"), QStringLiteral("--temperature"),
                                      QStringLiteral("1.5"), QStringLiteral("--seed"), QStringLiteral("5"),
                                      QStringLiteral("--max-new-tokens"), QStringLiteral("30"), QStringLiteral("--stream")});
        QVERIFY2(run.exitCode == 0, run.err.c_str());
        std::istringstream lines(run.out);
        std::vector<json> objects;
        for (std::string line; std::getline(lines, line);)
            objects.push_back(json::parse(line));
        QVERIFY(objects.size() >= 2);
        const json final = objects.back();
        objects.pop_back();
        const auto ids = final.at("ids").get<std::vector<int64_t>>();
        QCOMPARE(objects.size(), ids.size());
        std::string text;
        for (size_t i = 0; i < objects.size(); ++i) {
            QCOMPARE(objects[i].size(), size_t(3));
            QCOMPARE(objects[i].at("id").get<int64_t>(), ids[i]);
            QVERIFY(objects[i].at("seconds").get<double>() > 0);
            text += objects[i].at("text").get<std::string>();
        }
        QCOMPARE(text, final.at("text").get<std::string>());
        QVERIFY(!text.empty());
        QCOMPARE(objects.front().at("seconds").get<double>(), final.at("prompt_seconds").get<double>());
        QVERIFY(final.at("seconds_per_token").get<double>() > 0);
        // The same run without --stream gives the same final object but for the timings.
        json plain = generate({QStringLiteral("--prompt"), QStringLiteral("Once upon"), QStringLiteral("--temperature"),
                               QStringLiteral("1.5"), QStringLiteral("--seed"), QStringLiteral("5"),
                               QStringLiteral("--max-new-tokens"), QStringLiteral("30")});
        json expected = final;
        for (json* object : {&plain, &expected}) {
            object->erase("prompt_seconds");
            object->erase("seconds_per_token");
        }
        COMPARE_JSON(plain, expected);
    }

    // MeCo conditioning. The expected ids are spelt out here: BOS where the tokenizer has its own,
    // then tokenizer.encode(whole prefix) (one string, not label and value apart), then the prompt.
    void metadataConditions()
    {
        const auto tokenizer = adaptlab::tokenize::Tokenizer::open(model_ / "tokenizer.json");
        const auto special = tokenizer->specialIds();
        const auto context = [&](const std::string& prefix) {
            std::vector<int64_t> ids;
            if (special.bos >= 0 && special.bos != special.eos)
                ids.push_back(special.bos);
            for (const int32_t id : tokenizer->encode(prefix))
                ids.push_back(id);
            return ids;
        };
        const auto encoded = [&](const std::string& text) {
            const auto ids = tokenizer->encode(text);
            return std::vector<int64_t>(ids.begin(), ids.end());
        };
        const auto concat = [](std::vector<int64_t> a, const std::vector<int64_t>& b) {
            a.insert(a.end(), b.begin(), b.end());
            return a;
        };
        const QStringList greedy{QStringLiteral("--prompt"), QStringLiteral("The cat sat"), QStringLiteral("--temperature"),
                                 QStringLiteral("0"), QStringLiteral("--max-new-tokens"), QStringLiteral("4")};
        // A URL is reduced to its host under the default label.
        const json url = generate(greedy + QStringList{QStringLiteral("--metadata"),
                                                       QStringLiteral("https://en.wikipedia.org/wiki/Cat")});
        const auto urlContext = context("URL: en.wikipedia.org\n\n");
        COMPARE_JSON(url.at("prompt_ids"), json(concat(urlContext, encoded("The cat sat"))));
        const json source = generate(greedy + QStringList{QStringLiteral("--metadata"), QStringLiteral("foldoc"),
                                                          QStringLiteral("--metadata-label"), QStringLiteral("Source")});
        COMPARE_JSON(source.at("prompt_ids"), json(concat(context("Source: foldoc\n\n"), encoded("The cat sat"))));
        const json raw = generate(greedy + QStringList{QStringLiteral("--metadata-prefix"), QStringLiteral("Topic: cats\n\n")});
        COMPARE_JSON(raw.at("prompt_ids"), json(concat(context("Topic: cats\n\n"), encoded("The cat sat"))));
        // The continuation depends on the condition (greedy, so only the prefix differs).
        const json plain = generate(greedy);
        QVERIFY(plain.at("prompt_ids") != url.at("prompt_ids"));

        // Scoring: the text's ids after the context. The logprobs are those of every text id (the
        // first now predicted from the prefix's last token) and equal the tail of a plain score of
        // the whole sequence; the prefix is not scored.
        const std::vector<int64_t> text = encoded("The cat sat on the mat");
        const auto score = [&](const std::vector<int64_t>& ids, const QStringList& extra) {
            const CliResult run = runCli(QStringList{QStringLiteral("score"), QStringLiteral("--model"), modelPath(),
                                                     QStringLiteral("--tokens"), idsText(ids), QStringLiteral("--json")} +
                                         extra);
            if (run.exitCode != 0)
                qWarning("%s", run.err.c_str());
            return run.exitCode == 0 ? json::parse(run.out) : json();
        };
        const json conditioned = score(text, {QStringLiteral("--metadata"), QStringLiteral("en.wikipedia.org")});
        const json whole = score(concat(urlContext, text), {});
        const json unconditioned = score(text, {});
        QVERIFY(conditioned.is_object() && whole.is_object() && unconditioned.is_object());
        const auto c = conditioned.at("logprobs").get<std::vector<double>>();
        const auto w = whole.at("logprobs").get<std::vector<double>>();
        const auto u = unconditioned.at("logprobs").get<std::vector<double>>();
        QCOMPARE(c.size(), text.size());
        QCOMPARE(u.size(), text.size() - 1);
        COMPARE_JSON(conditioned.at("context_ids"), json(urlContext));
        bool differs = false;
        for (size_t i = 0; i < c.size(); ++i) {
            QVERIFY2(std::abs(c[i] - w[urlContext.size() - 1 + i]) <= 1e-9,
                     qPrintable(QStringLiteral("text token %1: %2 vs %3").arg(i).arg(c[i]).arg(w[urlContext.size() - 1 + i])));
            if (i > 0)
                differs = differs || std::abs(c[i] - u[i - 1]) > 1e-6;
        }
        QVERIFY2(differs, "the metadata prefix changed no logprob of the text");
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
        QTest::newRow("no such adapter") << QStringList{QStringLiteral("score"), QStringLiteral("--model"), model,
                                                        QStringLiteral("--lora"), QStringLiteral("@DIR@/nowhere"),
                                                        QStringLiteral("--tokens"), QStringLiteral("1 2")}
                                         << "nowhere: no such LoRA adapter folder";
        QTest::newRow("not an adapter") << QStringList{QStringLiteral("generate"), QStringLiteral("--model"), model,
                                                       QStringLiteral("--lora"), model, QStringLiteral("--prompt"),
                                                       QStringLiteral("hi"), QStringLiteral("--stream")}
                                        << "not a LoRA adapter folder (no adapter_config.json)";
        QTest::newRow("unknown template") << QStringList{QStringLiteral("generate"), QStringLiteral("--model"), model,
                                                         QStringLiteral("--prompt"), QStringLiteral("hi"),
                                                         QStringLiteral("--template"), QStringLiteral("vicuna")}
                                          << "template: expected chatml, llama2, zephyr, alpaca, model or auto, found \"vicuna\"";
        QTest::newRow("system without template") << QStringList{QStringLiteral("generate"), QStringLiteral("--model"),
                                                                model, QStringLiteral("--prompt"), QStringLiteral("hi"),
                                                                QStringLiteral("--system"), QStringLiteral("Be brief.")}
                                                 << "--system needs --template";
        QTest::newRow("stream, no such folder") << QStringList{QStringLiteral("generate"), QStringLiteral("--model"),
                                                               QStringLiteral("@DIR@/nowhere"), QStringLiteral("--prompt"),
                                                               QStringLiteral("hi"), QStringLiteral("--stream")}
                                                << "nowhere: no such model folder";
        QTest::newRow("label without metadata") << QStringList{QStringLiteral("generate"), QStringLiteral("--model"), model,
                                                               QStringLiteral("--prompt"), QStringLiteral("hi"),
                                                               QStringLiteral("--metadata-label"), QStringLiteral("Source")}
                                                << "--metadata-label needs --metadata VALUE";
        QTest::newRow("prefix and metadata") << QStringList{QStringLiteral("score"), QStringLiteral("--model"), model,
                                                            QStringLiteral("--tokens"), QStringLiteral("1 2"),
                                                            QStringLiteral("--metadata"), QStringLiteral("a.org"),
                                                            QStringLiteral("--metadata-prefix"), QStringLiteral("URL: a.org")}
                                             << "--metadata-prefix gives the whole prefix";
        QTest::newRow("metadata with template") << QStringList{QStringLiteral("generate"), QStringLiteral("--model"), model,
                                                               QStringLiteral("--prompt"), QStringLiteral("hi"),
                                                               QStringLiteral("--metadata"), QStringLiteral("a.org"),
                                                               QStringLiteral("--template"), QStringLiteral("chatml")}
                                                << "metadata: a metadata prefix conditions raw text";
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
