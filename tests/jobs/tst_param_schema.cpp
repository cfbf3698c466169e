// One parameter schema per job kind (param_schema.h): every kind's schema is well formed (its
// defaults pass its own checks), validation names the field, unknown keys get a suggestion, the
// run uses the schema's default for an omitted param (a real job, in process), `adaptlab-cli jobs
// --json` lists exactly the keys the validator accepts, and the command line built from a spec
// (what "Preview command" shows) is accepted by the real CLI and runs the same job.
#include "jobs/job_context.h"
#include "jobs/job_registry.h"
#include "jobs/param_schema.h"

#include <QtTest>

#include <nlohmann/json.hpp>

#include <fstream>
#include <set>

using namespace adaptlab;
using namespace adaptlab::jobs;
using nlohmann::json;

namespace {

struct CliRun {
    int exitCode = -1;
    QByteArray out, err;
};

CliRun cli(const QStringList& args)
{
    QProcess p;
    p.start(ADAPTLAB_CLI_PATH, args);
    p.waitForFinished(-1);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

std::vector<SpecProblem> problemsOf(const std::string& kind, const json& params)
{
    return validateSpec({{"version", 1}, {"kind", kind}, {"params", params}});
}

bool hasProblemOn(const std::vector<SpecProblem>& problems, const std::string& field)
{
    for (const auto& p : problems)
        if (p.field == field)
            return true;
    return false;
}

} // namespace

class TestParamSchema : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

    // 60 documents: 50 distinct, 10 exact copies of the first ten.
    QString writeCorpus()
    {
        const QString path = dir_.filePath(QStringLiteral("corpus.jsonl"));
        std::ofstream out(path.toStdString());
        for (int d = 0; d < 60; ++d) {
            // Digits are normalised away before hashing: the documents differ in words.
            static const char* const kDigits[] = {"zero", "one", "two", "three", "four",
                                                  "five", "six", "seven", "eight", "nine"};
            const int source = d < 50 ? d : d - 50;
            out << json{{"text", std::string("Document ") + kDigits[source / 10] + " " + kDigits[source % 10] +
                                     " talks about the river, the road and the quiet house by the old garden."}}
                       .dump()
                << "\n";
        }
        return path;
    }

    json runInProcess(const json& spec)
    {
        json result;
        std::string error;
        const int code = executeSpecText(spec.dump(), dir_.path().toStdString(), [&](const JobEvent& event) {
            if (event.type == JobEvent::Type::Done)
                result = json::parse(event.resultJson);
            if (event.type == JobEvent::Type::Error)
                error = event.field + ": " + event.message;
        });
        if (code != kExitDone)
            qWarning("job failed (%d): %s", code, error.c_str());
        return code == kExitDone ? result : json();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void schemaIsWellFormed_data()
    {
        QTest::addColumn<QString>("kind");
        for (const JobKind& kind : jobKinds())
            QTest::newRow(kind.name.c_str()) << QString::fromStdString(kind.name);
    }

    // Keys unique, an explanation each, choices where a choice is asked, bounds in order, and every
    // default passes the schema's own check of its key (range, choices, type).
    void schemaIsWellFormed()
    {
        QFETCH(QString, kind);
        const JobKind& k = *findJobKind(kind.toStdString());
        std::set<std::string> keys, flags;
        for (const ParamSpec& p : k.params) {
            QVERIFY2(keys.insert(p.key).second, p.key.c_str());
            QVERIFY2(std::string(p.explanation).size() > 10, p.key.c_str());
            QVERIFY2(std::string(p.explanation).find('\n') == std::string::npos, p.key.c_str());
            if (p.cliFlag)
                QVERIFY2(flags.insert(p.flagName()).second, p.flagName().c_str());
            if (p.type == ParamType::Choice)
                QVERIFY2(!p.choices.empty(), p.key.c_str());
            if (!p.min.is_null() && !p.max.is_null())
                QVERIFY2(p.min.get<double>() <= p.max.get<double>(), p.key.c_str());
            QVERIFY2(!(p.required && !p.defaultValue.is_null()), p.key.c_str());
            if (p.defaultValue.is_null())
                continue;
            std::vector<SpecProblem> problems;
            validateParams(k, json{{p.key, p.defaultValue}}, problems);
            QVERIFY2(!hasProblemOn(problems, "params." + p.key), (p.key + " = " + p.defaultValue.dump()).c_str());
            // paramOr hands the default out when the key is absent.
            QCOMPARE(paramOr(k, json::object(), p.key), p.defaultValue);
        }
    }

    void messagesNameTheField_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("params");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("bands range") << "corpus_dedup" << R"({"inputs":["a"],"out":"o","bands":0})"
                                     << "params.bands" << "must be an integer from 1 to 512";
        QTest::newRow("bands type") << "corpus_dedup" << R"({"inputs":["a"],"out":"o","bands":"many"})"
                                    << "params.bands" << "must be an integer from 1 to 512";
        QTest::newRow("threshold 0") << "corpus_dedup" << R"({"inputs":["a"],"out":"o","threshold":0})"
                                     << "params.threshold" << "must be a number above 0 and at most 1";
        QTest::newRow("mode") << "corpus_dedup" << R"({"inputs":["a"],"out":"o","mode":"fuzzy"})"
                              << "params.mode" << "must be one of: exact, near, both";
        QTest::newRow("noise") << "corpus_select" << R"({"inputs":["a"],"target_inputs":["b"],"out":"o","k":3,"noise":1})"
                               << "params.noise" << "must be true or false";
        QTest::newRow("k required") << "corpus_select" << R"({"inputs":["a"],"target_inputs":["b"],"out":"o"})"
                                    << "params.k" << "is required";
        QTest::newRow("n at least 1") << "corpus_sample" << R"({"inputs":["a"],"out":"o","n":0})"
                                      << "params.n" << "must be an integer of at least 1";
        QTest::newRow("buckets") << "corpus_select" << R"({"inputs":["a"],"target_inputs":["b"],"out":"o","k":3,"buckets":8})"
                                 << "params.buckets" << "must be an integer from 16 to 100000000";
        QTest::newRow("coverage") << "train_tokenizer" << R"({"files":["a"],"character_coverage":0.5})"
                                  << "params.character_coverage" << "must be a number from 0.9 to 1";
        QTest::newRow("meta list") << "corpus_inspect" << R"({"inputs":["a"],"metadata_fields":"url"})"
                                   << "params.metadata_fields" << "must be a list of strings";
        QTest::newRow("plain text mode") << "corpus_inspect" << R"({"inputs":["a"],"plain_text_mode":"pages"})"
                                         << "params.plain_text_mode" << "must be one of: file, blocks, lines";
        // The rules across params stay the kind's own.
        QTest::newRow("dataset xor inputs") << "corpus_dedup" << R"({"out":"o"})" << "params.dataset" << "not both or neither";
    }

    void messagesNameTheField()
    {
        QFETCH(QString, kind);
        QFETCH(QString, params);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const auto problems = problemsOf(kind.toStdString(), json::parse(params.toStdString()));
        QVERIFY(!problems.empty());
        QCOMPARE(QString::fromStdString(problems.front().field), field);
        QVERIFY2(QString::fromStdString(problems.front().message).contains(message), problems.front().message.c_str());
    }

    void unknownKeyGetsASuggestion()
    {
        const auto problems = problemsOf("corpus_dedup", {{"inputs", {"a"}}, {"out", "o"}, {"bnads", 3}});
        QVERIFY(!problems.empty());
        QCOMPARE(problems.front().field, std::string("params.bnads"));
        QCOMPARE(problems.front().message, std::string("unknown parameter (did you mean \"bands\"?)"));
    }

    // A real dedup with bands, rows, mode and seed omitted reports the schema's defaults, and a
    // sample without a seed reports the seed's default.
    void defaultsAppliedAtRunTime()
    {
        const QString corpus = writeCorpus();
        const json dedup = runInProcess({{"version", 1}, {"kind", "corpus_dedup"},
                                         {"params", {{"inputs", {corpus.toStdString()}},
                                                     {"out", dir_.filePath("dedup.jsonl.zst").toStdString()}}}});
        QVERIFY(dedup.is_object());
        const JobKind& kind = *findJobKind("corpus_dedup");
        QCOMPARE(dedup["bands"], kind.param("bands")->defaultValue);
        QCOMPARE(dedup["rows"], kind.param("rows")->defaultValue);
        QCOMPARE(dedup["mode"], kind.param("mode")->defaultValue);
        QCOMPARE(dedup["removed_exact"].get<int64_t>(), int64_t{10});

        const json sample = runInProcess({{"version", 1}, {"kind", "corpus_sample"},
                                          {"params", {{"inputs", {corpus.toStdString()}}, {"n", 5},
                                                      {"out", dir_.filePath("sample.jsonl.zst").toStdString()}}}});
        QVERIFY(sample.is_object());
        QCOMPARE(sample["seed"], findJobKind("corpus_sample")->param("seed")->defaultValue);
        QCOMPARE(sample["sampled"].get<int64_t>(), int64_t{5});
    }

    // `jobs --json` (the real CLI) lists every kind with exactly the keys its validator accepts.
    void jobsJsonListsEveryKey()
    {
        const CliRun r = cli({QStringLiteral("jobs"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const json listed = json::parse(r.out.toStdString());
        QCOMPARE(listed["kinds"].size(), jobKinds().size());
        std::set<std::string> allKeys = {"not_a_param_anywhere"};
        for (const json& kind : listed["kinds"])
            for (const json& p : kind["params"])
                allKeys.insert(p["key"].get<std::string>());
        for (const json& kind : listed["kinds"]) {
            const std::string name = kind["name"].get<std::string>();
            QVERIFY2(findJobKind(name), name.c_str());
            QVERIFY(!kind["description"].get<std::string>().empty());
            std::set<std::string> keys;
            for (const json& p : kind["params"]) {
                for (const char* field : {"key", "type", "default", "min", "max", "choices", "unit", "explanation",
                                          "advanced", "flag"})
                    QVERIFY2(p.contains(field), (name + " " + p.dump()).c_str());
                keys.insert(p["key"].get<std::string>());
            }
            for (const std::string& key : allKeys) {
                std::vector<SpecProblem> problems;
                checkKnownParams(*findJobKind(name), json{{key, 1}}, problems);
                QVERIFY2(problems.empty() == (keys.count(key) == 1), (name + ": " + key).c_str());
            }
        }
    }

    // The command line built from a spec runs in the real CLI and does what the spec says.
    void cliArgumentsRunInTheCli()
    {
        const QString corpus = writeCorpus();
        const std::string out = dir_.filePath("cli-dedup.jsonl.zst").toStdString();
        const json spec = {{"version", 1}, {"kind", "corpus_dedup"},
                           {"params", {{"inputs", {corpus.toStdString()}}, {"out", out}, {"mode", "exact"},
                                       {"bands", 20}, {"rows", 8}, {"threads", 2}}}};
        QVERIFY(validateSpec(spec).empty());
        const auto args = cliArguments(spec);
        QStringList list;
        for (const auto& a : args)
            list << QString::fromStdString(a);
        // The corpus first, then the flags in key order; rows equals its default and is left out.
        QCOMPARE(list.join(' '), QStringLiteral("corpus dedup %1 --bands 20 --mode exact --out %2 --threads 2")
                                     .arg(corpus, QString::fromStdString(out)));
        const CliRun r = cli(list << QStringLiteral("--json"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const json result = json::parse(r.out.toStdString());
        QCOMPARE(result["mode"], json("exact"));
        QCOMPARE(result["bands"], json(20));
        QCOMPARE(result["removed_exact"], json(10));
    }

    // A flag the schema does not give the kind is refused by name (exit 2), with the closest one.
    void unknownFlagIsRefusedByName()
    {
        const CliRun r = cli({QStringLiteral("corpus"), QStringLiteral("dedup"), QStringLiteral("x.jsonl"),
                              QStringLiteral("--bnads"), QStringLiteral("3")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("unknown option --bnads (did you mean --bands?)"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestParamSchema)
#include "tst_param_schema.moc"
