// `adaptlab-cli merge` as a child process (the contract): the instruction residual with and
// without --lambda, the LoRA fold and linear interpolation, each checked by merge_reference.py; the
// --json report's keys; exit 2 for bad flags and for models that do not merge (the message naming
// both folders, nothing written), exit 1 for a merge that fails. And the `merge` job kind through
// `adaptlab-cli run` in a project: progress events, the result, the folder in the run folder.
#include "merge_support.h"

#include <nlohmann/json.hpp>

#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

QString q(const fs::path& path) { return QString::fromStdString(path.string()); }

merge_test::Outcome cli(const QStringList& args)
{
    return merge_test::runProcess(QStringLiteral(ADAPTLAB_CLI_PATH), args);
}

} // namespace

class TstCliMerge : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    fs::path root_, base_, instruct_, cpt_, adapter_;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        root_ = dir_.path().toStdString();
        base_ = root_ / "base";
        instruct_ = root_ / "instruct";
        cpt_ = root_ / "cpt";
        adapter_ = root_ / "adapter";
        QCOMPARE(merge_test::makeModel(base_, 1), QString());
        QCOMPARE(merge_test::makeModel(instruct_, 2), QString());
        QCOMPARE(merge_test::makeModel(cpt_, 3), QString());
        for (const fs::path& folder : {base_, instruct_, cpt_})
            merge_test::copyTokenizer(folder);
        QCOMPARE(merge_test::makeAdapter(adapter_, base_, 4, "q_proj,v_proj,down_proj"), QString());
    }

    void residual_data()
    {
        QTest::addColumn<QStringList>("lambdaFlag");
        QTest::addColumn<QString>("lambda");
        QTest::newRow("default lambda 1") << QStringList{} << "1";
        QTest::newRow("lambda 0.5") << QStringList{"--lambda", "0.5"} << "0.5";
    }
    void residual()
    {
        QFETCH(QStringList, lambdaFlag);
        QFETCH(QString, lambda);
        const fs::path out = root_ / ("residual-" + lambda.toStdString());
        const merge_test::Outcome r =
            cli(QStringList{"merge", "--cpt", q(cpt_), "--instruct", q(instruct_), "--base", q(base_)} + lambdaFlag +
                QStringList{"--out", q(out), "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const json report = json::parse(r.out.toStdString());
        QCOMPARE(report.size(), size_t(4));
        QCOMPARE(report["out"].get<std::string>(), out.string());
        QCOMPARE(report["tensors"].get<int>(), 21);
        QCOMPARE(report["merged_tensors"].get<int>(), 21);
        QVERIFY(report["notes"].is_array());
        const merge_test::Outcome checked = merge_test::reference({"residual", q(out), q(cpt_), q(instruct_), q(base_), lambda});
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.err));
    }

    void loraFoldAndLinear()
    {
        const fs::path folded = root_ / "folded";
        merge_test::Outcome r = cli({"merge", "--base", q(base_), "--lora", q(adapter_), "--out", q(folded), "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(json::parse(r.out.toStdString())["merged_tensors"].get<int>(), 6); // 3 projections x 2 layers
        merge_test::Outcome checked = merge_test::reference({"fold", q(folded), q(base_), q(adapter_)});
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.err));

        const fs::path linear = root_ / "linear";
        r = cli({"merge", "--a", q(base_), "--b", q(cpt_), "--t", "0.25", "--out", q(linear), "--dtype", "bf16"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("merged 21 of 21 tensors"), qPrintable(r.out));
        checked = merge_test::reference({"linear", q(linear), q(base_), q(cpt_), "0.25"});
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.err));
        QVERIFY(merge_test::readText(linear / "config.json").find("bfloat16") != std::string::npos);
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        const QString out = q(root_ / "refused");
        QTest::newRow("nothing to merge") << QStringList{"merge", "--out", out} << "say what to merge";
        QTest::newRow("no out") << QStringList{"merge", "--base", q(base_), "--lora", q(adapter_)} << "--out DIR is required";
        QTest::newRow("unknown flag") << QStringList{"merge", "--base", q(base_), "--lora", q(adapter_), "--out", out, "--alpha", "2"}
                                      << "unknown argument --alpha";
        QTest::newRow("lambda on a fold") << QStringList{"merge", "--base", q(base_), "--lora", q(adapter_), "--lambda", "2", "--out", out}
                                          << "--lambda is the instruction residual's";
        QTest::newRow("residual without base") << QStringList{"merge", "--cpt", q(cpt_), "--instruct", q(instruct_), "--out", out}
                                               << "--base is missing";
        QTest::newRow("lambda not a number") << QStringList{"merge", "--cpt", q(cpt_), "--instruct", q(instruct_), "--base", q(base_),
                                                            "--lambda", "one", "--out", out}
                                             << "--lambda needs a number";
        QTest::newRow("dtype") << QStringList{"merge", "--a", q(base_), "--b", q(cpt_), "--dtype", "f16", "--out", out}
                               << "--dtype must be f32 or bf16";
        QTest::newRow("mixed merges") << QStringList{"merge", "--a", q(base_), "--b", q(cpt_), "--lora", q(adapter_), "--out", out}
                                      << "does not go with";
        QTest::newRow("t out of range") << QStringList{"merge", "--a", q(base_), "--b", q(cpt_), "--t", "2", "--out", out}
                                        << "t must be a number from 0 to 1";
        QTest::newRow("missing folder") << QStringList{"merge", "--a", q(base_), "--b", q(root_ / "none"), "--out", out}
                                        << "no such folder";
    }
    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const merge_test::Outcome r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY(!fs::exists(root_ / "refused"));
    }

    void modelsThatDoNotMergeExitTwo()
    {
        const fs::path wide = root_ / "wide";
        QCOMPARE(merge_test::makeModel(wide, 9, {"--hidden", "48"}), QString());
        const fs::path out = root_ / "wide-out";
        const merge_test::Outcome r =
            cli({"merge", "--cpt", q(cpt_), "--instruct", q(wide), "--base", q(base_), "--out", q(out), "--json"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("hidden_size differs") && r.err.contains(q(cpt_)) && r.err.contains(q(wide)), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!fs::exists(out));
    }

    void aFailedMergeExitsOne()
    {
        // The output's parent is a file: the inputs are fine, writing fails.
        const fs::path file = root_ / "a-file";
        std::ofstream(file) << "x";
        const merge_test::Outcome r = cli({"merge", "--a", q(base_), "--b", q(cpt_), "--out", q(file / "out")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(!r.err.isEmpty(), "a failure says why");
    }

    void mergeJobInAProject()
    {
        const fs::path project = root_ / "project";
        merge_test::Outcome r = cli({"project", "init", q(project)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const fs::path specPath = root_ / "merge-spec.json";
        const json spec = {{"version", 1}, {"kind", "merge"}, {"project", project.string()},
                           {"params", {{"kind", "residual"}, {"cpt", cpt_.string()}, {"instruct", instruct_.string()},
                                       {"base", base_.string()}, {"lambda", 0.5}, {"out_name", "chat"}}}};
        std::ofstream(specPath) << spec.dump();
        r = cli({"run", q(specPath)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        json done;
        int progress = 0;
        for (const QString& line : r.out.split('\n', Qt::SkipEmptyParts)) {
            const json event = json::parse(line.toStdString());
            if (event.value("event", "") == "progress")
                ++progress;
            if (event.value("event", "") == "done")
                done = event;
        }
        QVERIFY(progress >= 1);
        QVERIFY2(done.contains("result"), r.out.toUtf8().constData());
        const json& result = done["result"];
        QCOMPARE(result["kind"].get<std::string>(), std::string("residual"));
        QCOMPARE(result["tensors"].get<int>(), 21);
        const fs::path out = result["out"].get<std::string>();
        QCOMPARE(out.filename().string(), std::string("chat"));
        QVERIFY2(out.string().starts_with((project / "runs").string()), out.c_str()); // in the run folder
        const merge_test::Outcome checked = merge_test::reference({"residual", q(out), q(cpt_), q(instruct_), q(base_), "0.5"});
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.err));

        // A spec whose models do not merge is refused before a run exists (exit 2, the field named).
        const fs::path wide = root_ / "wide-job";
        QCOMPARE(merge_test::makeModel(wide, 10, {"--layers", "3"}), QString());
        json bad = spec;
        bad["params"]["instruct"] = wide.string();
        std::ofstream(specPath) << bad.dump();
        r = cli({"run", q(specPath)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.contains("num_hidden_layers differs"), qPrintable(r.out + r.err));
        // A folder param of another merge is refused naming it.
        bad = spec;
        bad["params"]["lora"] = adapter_.string();
        std::ofstream(specPath) << bad.dump();
        r = cli({"run", q(specPath)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.contains("params.lora"), qPrintable(r.out + r.err));
    }
};

QTEST_GUILESS_MAIN(TstCliMerge)
#include "tst_cli_merge.moc"
