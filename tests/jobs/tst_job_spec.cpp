// Job specs: validation names the field at fault (unknown params with a suggestion, empty input
// lists, NUL bytes, numbers out of range, nesting and size limits); events survive a round trip
// and junk is ignored.
#include "jobs/job_event.h"
#include "jobs/job_registry.h"
#include "jobs/job_spec.h"

#include <QtTest>

#include <set>

using namespace adaptlab::jobs;

namespace {

// `levels` arrays inside each other, the innermost holding 1.
QString nested(int levels)
{
    return QString(levels, QLatin1Char('[')) + QLatin1String("1") + QString(levels, QLatin1Char(']'));
}

} // namespace

class TestJobSpec : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void validation_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("field"); // the field named in the first problem; "<valid>" = no problem
        QTest::addColumn<QString>("message"); // a piece of its message ("" = not checked)

        QTest::newRow("valid scan") << R"({"version":1,"kind":"scan_dataset","params":{"files":["a.jsonl"]}})" << "<valid>" << "";
        QTest::newRow("valid scan path") << R"({"version":1,"kind":"scan_dataset","params":{"path":"a.jsonl"}})" << "<valid>" << "";
        QTest::newRow("valid tokenizer") << R"({"version":1,"kind":"train_tokenizer","project":"/p",
            "params":{"datasets":["gcide"],"vocab_size":4000,"model_type":"bpe"}})" << "<valid>" << "";
        QTest::newRow("not json") << R"({"version":1,)" << "" << "";
        QTest::newRow("array") << "[1,2]" << "" << "";
        QTest::newRow("no version") << R"({"kind":"scan_dataset","params":{"path":"a"}})" << "version" << "";
        QTest::newRow("newer version") << R"({"version":2,"kind":"scan_dataset","params":{"path":"a"}})" << "version" << "";
        QTest::newRow("version text") << R"({"version":"1","kind":"scan_dataset","params":{"path":"a"}})" << "version" << "";
        QTest::newRow("no kind") << R"({"version":1,"params":{}})" << "kind" << "";
        QTest::newRow("unknown kind") << R"({"version":1,"kind":"bake_bread"})" << "kind" << "";
        QTest::newRow("params not object") << R"({"version":1,"kind":"scan_dataset","params":[]})" << "params" << "";
        QTest::newRow("no inputs") << R"({"version":1,"kind":"scan_dataset","params":{}})" << "params.files" << "";
        QTest::newRow("files not list") << R"({"version":1,"kind":"scan_dataset","params":{"files":"a"}})" << "params.files" << "";
        QTest::newRow("file empty") << R"({"version":1,"kind":"scan_dataset","params":{"files":[""]}})" << "params.files[0]" << "";
        QTest::newRow("vocab too small") << R"({"version":1,"kind":"train_tokenizer","params":{"files":["a"],"vocab_size":3}})"
                                         << "params.vocab_size" << "";
        QTest::newRow("vocab not int") << R"({"version":1,"kind":"train_tokenizer","params":{"files":["a"],"vocab_size":40.5}})"
                                       << "params.vocab_size" << "";
        QTest::newRow("bad model type") << R"({"version":1,"kind":"train_tokenizer","params":{"files":["a"],"model_type":"wordpiece"}})"
                                        << "params.model_type" << "";
        QTest::newRow("bad name") << R"({"version":1,"kind":"train_tokenizer","params":{"files":["a"],"name":"../x"}})"
                                  << "params.name" << "";
        QTest::newRow("coverage range") << R"({"version":1,"kind":"train_tokenizer","params":{"files":["a"],"character_coverage":2}})"
                                        << "params.character_coverage" << "";
        QTest::newRow("run id without project") << R"({"version":1,"kind":"scan_dataset","run_id":3,"params":{"path":"a"}})"
                                                << "run_id" << "";
        QTest::newRow("unknown top field") << R"({"version":1,"kind":"scan_dataset","parms":{},"params":{"path":"a"}})"
                                           << "parms" << "";

        // A misspelt key is reported first, with the name it is closest to.
        QTest::newRow("typo") << R"({"version":1,"kind":"corpus_inspect","params":{"inputs":["a"],"thredas":4}})"
                              << "params.thredas" << "unknown parameter (did you mean \"threads\"?)";
        QTest::newRow("typo of required") << R"({"version":1,"kind":"scan_dataset","params":{"datasts":["a"]}})"
                                          << "params.datasts" << "did you mean \"datasets\"?";
        QTest::newRow("typo case") << R"({"version":1,"kind":"corpus_sample","params":{"inputs":["a"],"out":"o","N":3}})"
                                   << "params.N" << "did you mean \"n\"?";
        QTest::newRow("unknown far") << R"({"version":1,"kind":"scan_dataset","params":{"files":["a"],"colour":1}})"
                                     << "params.colour" << "scan_dataset knows: datasets, files, path, text_field";
        QTest::newRow("reader key known") << R"({"version":1,"kind":"corpus_inspect","params":{"inputs":["a"],
            "text_field":"body","metadata_fields":["url"],"plain_text_mode":"lines","glob":"*.txt","recursive":false}})"
                                          << "<valid>" << "";
        // Where a list names the corpus it names at least one entry.
        QTest::newRow("inputs empty") << R"({"version":1,"kind":"corpus_inspect","params":{"inputs":[]}})"
                                      << "params.inputs" << "empty list";
        QTest::newRow("datasets empty") << R"({"version":1,"kind":"scan_dataset","params":{"datasets":[]}})"
                                        << "params.datasets" << "empty list";
        QTest::newRow("files empty beside datasets") << R"({"version":1,"kind":"scan_dataset","project":"/p",
            "params":{"datasets":["a"],"files":[]}})" << "params.files" << "empty list";
        QTest::newRow("target inputs empty") << R"({"version":1,"kind":"corpus_select","params":{"inputs":["a"],
            "target_inputs":[],"k":3,"out":"o"}})" << "params.target_inputs" << "empty list";
        QTest::newRow("measure list may be empty") << R"({"version":1,"kind":"train_tokenizer","params":{"files":["a"],
            "measure_datasets":[]}})" << "<valid>" << "";
        // A NUL byte would cut a path (or a name) short without a word.
        QTest::newRow("nul in input") << R"({"version":1,"kind":"corpus_inspect","params":{"inputs":["a\u0000b"]}})"
                                      << "params.inputs[0]" << "NUL";
        QTest::newRow("nul in out") << R"({"version":1,"kind":"corpus_sample","params":{"inputs":["a"],"n":1,"out":"o\u0000"}})"
                                    << "params.out" << "NUL";
        QTest::newRow("nul in path") << R"({"version":1,"kind":"scan_dataset","params":{"path":"a\u0000b"}})"
                                     << "params.path" << "NUL";
        QTest::newRow("nul in project") << R"({"version":1,"kind":"scan_dataset","project":"/p\u0000q","params":{"path":"a"}})"
                                        << "project" << "NUL";
        QTest::newRow("nul in output name") << R"({"version":1,"kind":"corpus_sample","project":"/p",
            "params":{"inputs":["a"],"n":1,"output":"x\u0000y"}})" << "params.output" << "NUL";
        // Numbers beyond a double, and integers beyond 64 bits, name their field.
        QTest::newRow("1e400") << R"({"version":1,"kind":"corpus_inspect","params":{"inputs":["a"],"threads":1e400}})"
                               << "params.threads" << "1e400";
        QTest::newRow("-1e400 in list") << R"({"version":1,"kind":"scan_dataset","params":{"files":["a","b",-1e400]}})"
                                        << "params.files[2]" << "-1e400";
        QTest::newRow("1e400 deep") << R"({"version":1,"kind":"corpus_filter","params":{"inputs":["a"],"out":"o",
            "rules":[{"key":"gopher_min_words"},{"key":"gopher_max_words","threshold":1E+400}]}})"
                                    << "params.rules[1].threshold" << "1E+400";
        QTest::newRow("1e400 version") << R"({"version":1e400})" << "version" << "1e400";
        QTest::newRow("integer beyond 64 bits") << R"({"version":1,"kind":"corpus_sample","params":{"inputs":["a"],
            "out":"o","n":123456789012345678901234567890}})" << "params.n" << "out of range";
        QTest::newRow("unsigned beyond int64") << R"({"version":1,"kind":"corpus_sample","params":{"inputs":["a"],
            "out":"o","n":1,"seed":9223372036854775808}})" << "params.seed" << "out of range";
        QTest::newRow("whole float too big") << R"({"version":1,"kind":"train_tokenizer","params":{"files":["a"],
            "vocab_size":1e30}})" << "params.vocab_size" << "out of range";
        QTest::newRow("run id beyond int64") << R"({"version":1,"kind":"scan_dataset","project":"/p",
            "run_id":18446744073709551615,"params":{"path":"a"}})" << "run_id" << "positive integer";
        // Nesting: 64 levels are read (params.rules[0] is then simply wrong), 65 are refused.
        QTest::newRow("64 levels") << QString(R"({"version":1,"kind":"corpus_filter","params":{"inputs":["a"],"out":"o","rules":%1}})")
                                          .arg(nested(62))
                                   << "params.rules[0]" << "must be an object";
        QTest::newRow("65 levels") << QString(R"({"version":1,"kind":"corpus_filter","params":{"inputs":["a"],"out":"o","rules":%1}})")
                                          .arg(nested(63))
                                   << "params.rules" << "at most 64";
        QTest::newRow("300k levels") << QString(R"({"version":1,"kind":"scan_dataset","params":{"files":["a"],"x":%1}})")
                                            .arg(nested(300000))
                                     << "params.x" << "at most 64";
        QTest::newRow("300k top level") << nested(300000) << "" << "at most 64";
    }

    void validation()
    {
        QFETCH(QString, spec);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const auto problems = validateSpecText(spec.toStdString());
        if (field == QLatin1String("<valid>")) {
            QVERIFY2(problems.empty(), problems.empty() ? "" : problems.front().message.c_str());
            const JobSpec parsed = parseSpec(spec.toStdString());
            QVERIFY(!parsed.kind.empty());
            QCOMPARE(parseSpec(parsed.toJsonText()).toJson(), parsed.toJson());
            return;
        }
        QVERIFY(!problems.empty());
        QCOMPARE(QString::fromStdString(problems.front().field), field);
        QVERIFY(!problems.front().message.empty());
        QVERIFY2(QString::fromStdString(problems.front().message).contains(message), problems.front().message.c_str());
        try {
            parseSpec(spec.toStdString());
            QFAIL("parseSpec accepted a bad spec");
        } catch (const SpecError& error) {
            QCOMPARE(QString::fromStdString(error.field()), field);
        }
    }

    // The size limit is exact: a valid spec of 16 MiB is read, one byte more is refused unread.
    void sizeLimit_data()
    {
        QTest::addColumn<int>("extra");
        QTest::addColumn<bool>("refused");
        QTest::newRow("at the limit") << 0 << false;
        QTest::newRow("one byte over") << 1 << true;
    }

    void sizeLimit()
    {
        QFETCH(int, extra);
        QFETCH(bool, refused);
        std::string text = R"({"version":1,"kind":"scan_dataset","params":{"path":"a"}})";
        text.append(kMaxSpecBytes + size_t(extra) - text.size(), ' ');
        const auto problems = validateSpecText(text);
        QCOMPARE(!problems.empty(), refused);
        if (refused) {
            QCOMPARE(problems.front().field, std::string());
            QVERIFY2(problems.front().message.find("16 MiB") != std::string::npos, problems.front().message.c_str());
        }
    }

    // A spec of a hundred thousand stray keys gets ten sentences and a count, not a sentence each.
    void manyUnknownKeysAreSummed()
    {
        nlohmann::json params = {{"files", {"a"}}};
        for (int i = 0; i < 100000; ++i)
            params["stray" + std::to_string(i)] = i;
        const nlohmann::json spec = {{"version", 1}, {"kind", "scan_dataset"}, {"params", params}};
        const auto problems = validateSpec(spec);
        QCOMPARE(problems.size(), size_t(11));
        QCOMPARE(problems.back().field, std::string("params"));
        QCOMPARE(problems.back().message, std::string("99990 more unknown parameters"));
    }

    void closestName_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("suggested"); // "" = nothing close enough
        QTest::newRow("swap") << "thredas" << "threads";
        QTest::newRow("missing letter") << "bnds" << "bands";
        QTest::newRow("extra letter") << "seeed" << "seed";
        QTest::newRow("case") << "Threads" << "threads";
        QTest::newRow("one letter") << "x" << "";
        QTest::newRow("unrelated") << "colour" << "";
        QTest::newRow("exact") << "rows" << "rows";
    }

    void closestName()
    {
        QFETCH(QString, typed);
        QFETCH(QString, suggested);
        const std::vector<std::string> names = {"threads", "bands", "rows", "seed", "n", "k", "inputs"};
        QCOMPARE(QString::fromStdString(adaptlab::jobs::closestName(typed.toStdString(), names)), suggested);
    }

    // Each kind's list of params is a set, and the paths it writes are among them.
    void knownParamLists_data()
    {
        QTest::addColumn<QString>("kind");
        for (const JobKind& kind : jobKinds())
            QTest::newRow(kind.name.c_str()) << QString::fromStdString(kind.name);
    }

    void knownParamLists()
    {
        QFETCH(QString, kind);
        const JobKind* k = findJobKind(kind.toStdString());
        QVERIFY(k);
        QVERIFY(!k->params.empty());
        QVERIFY(k->preflight);
        std::set<std::string> names;
        for (const ParamSpec& param : k->params)
            QVERIFY2(names.insert(param.key).second, param.key.c_str());
    }

    void eventRoundTrip_data()
    {
        QTest::addColumn<int>("which");
        for (int i = 0; i < 5; ++i)
            QTest::newRow(std::string(toString(static_cast<JobEvent::Type>(i))).c_str()) << i;
    }

    void eventRoundTrip()
    {
        QFETCH(int, which);
        const JobEvent events[] = {progressEvent(5, 10, 2.5, "scan"), metricEvent("fertility/gcide", 3, 100, 1.25),
                                   logEvent("hello \"world\"\nsecond line", "warning"),
                                   doneEvent(R"({"documents":3})"), errorEvent("bad", "params.path")};
        const JobEvent& event = events[which];
        const std::string line = toJsonLine(event);
        QVERIFY(line.find('\n') == std::string::npos);
        const auto parsed = parseEventLine(line);
        QVERIFY(parsed.has_value());
        QCOMPARE(int(parsed->type), int(event.type));
        QCOMPARE(parsed->done, event.done);
        QCOMPARE(parsed->total, event.total);
        QCOMPARE(parsed->etaSeconds, event.etaSeconds);
        QCOMPARE(parsed->stage, event.stage);
        QCOMPARE(parsed->name, event.name);
        QCOMPARE(parsed->step, event.step);
        QCOMPARE(parsed->tokens, event.tokens);
        QCOMPARE(parsed->value, event.value);
        QCOMPARE(parsed->message, event.message);
        QCOMPARE(parsed->field, event.field);
        QCOMPARE(nlohmann::json::parse(parsed->resultJson), nlohmann::json::parse(event.resultJson));
    }

    void junkIsNotAnEvent_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("empty") << "";
        QTest::newRow("plain text") << "trainer_interface.cc(407) LOG(INFO) Loaded all";
        QTest::newRow("array") << "[1]";
        QTest::newRow("no event") << R"({"done":1})";
        QTest::newRow("unknown event") << R"({"event":"party"})";
        QTest::newRow("event not string") << R"({"event":3})";
        QTest::newRow("metric without value") << R"({"event":"metric","name":"x"})";
        QTest::newRow("truncated") << R"({"event":"progress","done":)";
    }

    void junkIsNotAnEvent()
    {
        QFETCH(QString, line);
        QVERIFY(!parseEventLine(line.toStdString()).has_value());
    }

    void invalidUtf8InMessageIsReplaced()
    {
        const std::string line = toJsonLine(logEvent(std::string("bad \xff byte")));
        const auto parsed = parseEventLine(line);
        QVERIFY(parsed.has_value());
        QVERIFY(parsed->message.find("bad") == 0);
    }
};

QTEST_GUILESS_MAIN(TestJobSpec)
#include "tst_job_spec.moc"
