// Mixture plans (data/mixture.h): the plan JSON's round trip and its errors naming the field; what
// plans imply (tokens, shares, epochs, where a source runs out, warnings) worked out by hand; the
// segments' steps; the sampler against an independent Sturmian reference, its shares in every
// window of a segment, rowsOf against assign over all rows, and purity (a fresh sampler, rows
// asked in another order, gives the same rows: what a resume relies on).
#include "data/mixture.h"

#include "common/error.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <fstream>

using namespace adaptlab;
using namespace adaptlab::data;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

// seq_len 100 x global_batch 10 = 1,000 tokens a step; 100,000 tokens = 100 steps = 1,000 rows.
json handPlan()
{
    return json::parse(R"({
        "version": 1, "name": "hand",
        "sources": [
            {"name": "foldoc", "tokens": 10000, "weight": 1.0},
            {"name": "gcide", "tokens": 1000000, "weight": 1.0, "replay": true}
        ],
        "total_tokens": 100000, "seq_len": 100, "global_batch": 10, "seed": 3,
        "replay_fraction": 0.25
    })");
}

QString errorOf(const json& object)
{
    try {
        MixturePlan::fromJson(object);
        return {};
    } catch (const Error& e) {
        return QString::fromUtf8(e.what());
    }
}

bool hasWarning(const std::vector<std::string>& warnings, const std::string& part)
{
    return std::any_of(warnings.begin(), warnings.end(), [&](const std::string& w) { return w.find(part) != std::string::npos; });
}

// Largest |rows of SOURCE in the window - window * share| over every window of ROWS.
double worstWindowError(const std::vector<size_t>& rows, size_t source, double share)
{
    std::vector<int64_t> prefix{0};
    for (size_t s : rows)
        prefix.push_back(prefix.back() + (s == source ? 1 : 0));
    double worst = 0.0;
    for (size_t a = 0; a < rows.size(); ++a)
        for (size_t b = a + 1; b <= rows.size(); ++b)
            worst = std::max(worst, std::abs(static_cast<double>(prefix[b] - prefix[a]) - static_cast<double>(b - a) * share));
    return worst;
}

MixtureSegment segment(int64_t begin, std::vector<double> weights, double replay, std::string phase = "constant")
{
    return MixtureSegment{begin, std::move(weights), replay, std::move(phase)};
}

} // namespace

class TestMixture : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void badPlans_data();
    void badPlans();
    void loadAndSave();
    void impliesTokensAndEpochsByHand();
    void planWarnings();
    void tokensFromShardManifests();
    void segmentsAtTheRightSteps_data();
    void segmentsAtTheRightSteps();
    void samplerMatchesSturmianReference();
    void sharesInEveryWindowOfEachSegment();
    void rowsOfAgreesWithAssignOverAllRows();
    void freshSamplerGivesTheSameRows();
    void samplerRefusals();
    void replayGuidanceText();
    void projectFolder();
};

void TestMixture::roundTrip()
{
    json object = handPlan();
    object["sources"].push_back({{"name", "draft"}, {"shards", "shards/draft"}, {"weight", 0.5}});
    object["upsample"] = {{"start", 0.85}, {"weights", {{"foldoc", 2.0}, {"draft", 0.0}}}, {"replay_fraction", 0.1}};
    object["meco"] = {{"enabled", true}, {"field", "source"}, {"label", ""}, {"hashed", false}, {"cooldown_fraction", 0.2}};
    const MixturePlan plan = MixturePlan::fromJson(object);
    QCOMPARE(plan.sources.size(), size_t(3));
    QCOMPARE(plan.sources[2].shards, fs::path("shards/draft"));
    QCOMPARE(plan.sources[2].tokens, int64_t(-1));
    QVERIFY(plan.sources[1].replay);
    QCOMPARE(plan.seed, uint64_t(3));
    QVERIFY(plan.upsample);
    QCOMPARE(plan.upsample->weights.at("foldoc"), 2.0);
    QCOMPARE(*plan.upsample->replayFraction, 0.1);
    QVERIFY(plan.meco.enabled);
    QCOMPARE(plan.meco.cooldownFraction, 0.2);
    // Written and read again: the same plan, the same JSON.
    const json written = plan.toJson();
    QCOMPARE(MixturePlan::fromJson(written).toJson().dump(), written.dump());
    QCOMPARE(written["sources"][0]["tokens"].get<int64_t>(), int64_t(10000));
    QVERIFY(!written["sources"][0].contains("shards"));
    // 100,000 tokens in steps of 1,000.
    QCOMPARE(plan.steps(), int64_t(100));
    MixturePlan odd = plan;
    odd.totalTokens = 100001;
    QCOMPARE(odd.steps(), int64_t(101)); // ceil
    odd.totalTokens = 1;
    QCOMPARE(odd.steps(), int64_t(1));
}

void TestMixture::badPlans_data()
{
    QTest::addColumn<QString>("change"); // a JSON merge patch on handPlan()
    QTest::addColumn<QString>("field");  // the message starts with it
    QTest::newRow("no sources") << R"({"sources": null})" << "sources:";
    QTest::newRow("empty sources") << R"({"sources": []})" << "sources:";
    QTest::newRow("negative weight") << R"({"sources": [{"name": "a", "tokens": 5}, {"name": "b", "tokens": 5, "weight": -1, "replay": true}]})"
                                     << "sources[1].weight:";
    QTest::newRow("weight text") << R"({"sources": [{"name": "a", "tokens": 5, "weight": "x"}, {"name": "b", "tokens": 5, "replay": true}]})"
                                 << "sources[0].weight:";
    QTest::newRow("neither shards nor tokens") << R"({"sources": [{"name": "a"}, {"name": "b", "tokens": 5, "replay": true}]})"
                                               << "sources[0]:";
    QTest::newRow("twice") << R"({"sources": [{"name": "a", "tokens": 5}, {"name": "a", "tokens": 5, "replay": true}]})"
                           << "sources[1].name:";
    QTest::newRow("no name") << R"({"sources": [{"tokens": 5}]})" << "sources[0].name:";
    QTest::newRow("misspelt key") << R"({"sources": [{"name": "a", "tokens": 5, "wieght": 2}, {"name": "b", "tokens": 5, "replay": true}]})"
                                  << "sources[0].wieght:";
    QTest::newRow("negative tokens") << R"({"sources": [{"name": "a", "tokens": -2}, {"name": "b", "tokens": 5, "replay": true}]})"
                                     << "sources[0].tokens:";
    QTest::newRow("no budget") << R"({"total_tokens": null})" << "total_tokens:";
    QTest::newRow("zero budget") << R"({"total_tokens": 0})" << "total_tokens:";
    QTest::newRow("seq_len text") << R"({"seq_len": "long"})" << "seq_len:";
    QTest::newRow("seq_len huge") << R"({"seq_len": 9000000000000})" << "seq_len:";
    QTest::newRow("budget huge") << R"({"total_tokens": 9223372036854775807})" << "total_tokens:";
    QTest::newRow("global_batch zero") << R"({"global_batch": 0})" << "global_batch:";
    QTest::newRow("seed negative") << R"({"seed": -1})" << "seed:";
    QTest::newRow("replay above 1") << R"({"replay_fraction": 1.2})" << "replay_fraction:";
    QTest::newRow("replay without source") << R"({"sources": [{"name": "a", "tokens": 5}]})" << "replay_fraction:";
    QTest::newRow("only replay weight") << R"({"sources": [{"name": "a", "tokens": 5, "weight": 0}, {"name": "b", "tokens": 5, "replay": true}]})"
                                        << "sources:";
    QTest::newRow("upsample from 0") << R"({"upsample": {"start": 0}})" << "upsample.start:";
    QTest::newRow("upsample to 1") << R"({"upsample": {"start": 1}})" << "upsample.start:";
    QTest::newRow("upsample no start") << R"({"upsample": {"weights": {}}})" << "upsample.start:";
    QTest::newRow("upsample unknown source") << R"({"upsample": {"start": 0.9, "weights": {"wiki": 1}}})" << "upsample.weights.wiki:";
    QTest::newRow("upsample negative") << R"({"upsample": {"start": 0.9, "weights": {"foldoc": -1}}})" << "upsample.weights.foldoc:";
    QTest::newRow("upsample drops the domain") << R"({"upsample": {"start": 0.9, "weights": {"foldoc": 0}}})" << "upsample.weights:";
    QTest::newRow("upsample replay") << R"({"upsample": {"start": 0.9, "replay_fraction": 2}})" << "upsample.replay_fraction:";
    QTest::newRow("upsample key") << R"({"upsample": {"start": 0.9, "begin": 0.8}})" << "upsample.begin:";
    QTest::newRow("unknown key") << R"({"budget": 5})" << "budget:";
    QTest::newRow("version") << R"({"version": 2})" << "version:";
    QTest::newRow("meco") << R"({"meco": {"enabled": true, "cooldown_fraction": 1.5}})" << "meco:";
}

void TestMixture::badPlans()
{
    QFETCH(QString, change);
    QFETCH(QString, field);
    json object = handPlan();
    object.merge_patch(json::parse(change.toStdString()));
    const QString message = errorOf(object);
    QVERIFY2(message.startsWith(field), qPrintable(message.isEmpty() ? QStringLiteral("accepted") : message));
    QCOMPARE(errorOf(json::array()), QStringLiteral("(top level): must be a JSON object"));
}

void TestMixture::loadAndSave()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const fs::path root = dir.path().toStdString();
    const fs::path file = root / "plans" / "hand.json";
    MixturePlan plan = MixturePlan::fromJson(handPlan());
    plan.save(file); // creates plans/
    QCOMPARE(MixturePlan::load(file).toJson().dump(), plan.toJson().dump());
    // Only the finished file: no temporary left beside it.
    QCOMPARE(static_cast<size_t>(std::distance(fs::directory_iterator(root / "plans"), fs::directory_iterator())), size_t(1));

    // A bad field: the file and the field named.
    json bad = handPlan();
    bad["sources"][1]["weight"] = -3;
    std::ofstream(root / "bad.json") << bad.dump(2);
    try {
        MixturePlan::load(root / "bad.json");
        QFAIL("a negative weight was accepted");
    } catch (const Error& e) {
        const QString message = QString::fromUtf8(e.what());
        QVERIFY2(message.contains(QString::fromStdString((root / "bad.json").string())) && message.contains("sources[1].weight"),
                 e.what());
    }
    // Not JSON: the file and the line.
    std::ofstream(root / "broken.json") << "{\n  \"sources\": [\n  ,\n}";
    try {
        MixturePlan::load(root / "broken.json");
        QFAIL("broken JSON was accepted");
    } catch (const Error& e) {
        const QString message = QString::fromUtf8(e.what());
        QVERIFY2(message.contains("broken.json") && message.contains("line 3"), e.what());
    }
    QVERIFY_THROWS_EXCEPTION(Error, MixturePlan::load(root / "missing.json"));
}

void TestMixture::impliesTokensAndEpochsByHand()
{
    // 1,000 rows: replay 25% = 250 rows of gcide, 750 of foldoc. foldoc: 750 x 100 = 75,000 tokens
    // of 10,000 = 7.5 epochs (a warning above 4); gcide 25,000 of 1,000,000 = 0.025 epochs.
    const MixturePlan plan = MixturePlan::fromJson(handPlan());
    const MixtureImplication implied = implyMixture(plan, "/nowhere");
    QCOMPARE(implied.steps, int64_t(100));
    QCOMPARE(implied.tokensPerStep, int64_t(1000));
    QCOMPARE(implied.sources.size(), size_t(2));
    const SourceImplication& foldoc = implied.sources[0];
    const SourceImplication& gcide = implied.sources[1];
    QCOMPARE(foldoc.availableTokens, int64_t(10000));
    QCOMPARE(foldoc.tokens, int64_t(75000));
    QCOMPARE(foldoc.weight, 0.75);
    QCOMPARE(foldoc.epochs, 7.5);
    QVERIFY(hasWarning(foldoc.warnings, "7.5 epochs"));
    QVERIFY(hasWarning(foldoc.warnings, "Muennighoff"));
    // foldoc's 10,000 tokens fill 100 of its rows. Its rows among the first r global rows are
    // r - round(r / 4) (the replay split sends round(r x 0.25) to gcide): 132 -> 99, 133 -> 100, so
    // its first epoch ends with global row 133 of 1,000.
    QVERIFY(foldoc.runsOutAt);
    QCOMPARE(*foldoc.runsOutAt, 0.133);
    QVERIFY(hasWarning(foldoc.warnings, "runs out at 13%"));
    QCOMPARE(gcide.tokens, int64_t(25000));
    QCOMPARE(gcide.weight, 0.25);
    QCOMPARE(gcide.epochs, 0.025);
    QVERIFY(gcide.warnings.empty());
    QVERIFY(!gcide.runsOutAt);
    QVERIFY(implied.warnings.empty());
    QCOMPARE(implied.bands.size(), size_t(1));
    QCOMPARE(implied.bands[0].shares, (std::vector<double>{0.75, 0.25}));
    QVERIFY(!implied.mecoCooldownAt);

    // Exactly 4 epochs is no warning: foldoc with 18,750 tokens.
    json four = handPlan();
    four["sources"][0]["tokens"] = 18750;
    const SourceImplication atFour = implyMixture(MixturePlan::fromJson(four), "/nowhere").sources[0];
    QCOMPARE(atFour.epochs, 4.0);
    QVERIFY(!hasWarning(atFour.warnings, "epochs"));

    // The JSON the CLI prints.
    const json out = implied.toJson();
    QCOMPARE(out["sources"][0]["tokens"].get<int64_t>(), int64_t(75000));
    QCOMPARE(out["sources"][0]["epochs"].get<double>(), 7.5);
    QCOMPARE(out["sources"][0]["weight"].get<double>(), 0.75);
    QCOMPARE(out["sources"][0]["runs_out_at"].get<double>(), 0.133);
    QVERIFY(out["sources"][1]["runs_out_at"].is_null());
    QCOMPARE(out["sources"][1]["warnings"].size(), size_t(0));
    QCOMPARE(out["steps"].get<int64_t>(), int64_t(100));
    QVERIFY(out["meco_cooldown_at"].is_null());
}

void TestMixture::planWarnings()
{
    // Upsampling from 30% (domain only), replay 60%, MeCo cooldown 60%, a source with no tokens.
    json object = handPlan();
    object["sources"].push_back({{"name", "empty"}, {"tokens", 0}, {"weight", 1.0}});
    object["replay_fraction"] = 0.6;
    object["upsample"] = {{"start", 0.3}, {"weights", {{"gcide", 0.0}, {"empty", 0.0}}}, {"replay_fraction", 0.0}};
    object["meco"] = {{"enabled", true}, {"field", "source"}, {"cooldown_fraction", 0.6}};
    const MixtureImplication implied = implyMixture(MixturePlan::fromJson(object), "/nowhere");
    QVERIFY(hasWarning(implied.warnings, "upsampling starts at 30%"));
    QVERIFY(hasWarning(implied.warnings, "replay of 60%"));
    QVERIFY(hasWarning(implied.warnings, "MeCo cooldown of 60%"));
    QCOMPARE(implied.warnings.size(), size_t(3));
    QVERIFY(hasWarning(implied.sources[2].warnings, "no training tokens"));
    QCOMPARE(implied.sources[2].epochs, 0.0);
    // The cooldown starts at step ceil(0.4 x 100) = 40; upsampling at ceil(0.3 x 100) = 30.
    QCOMPARE(*implied.mecoCooldownAt, 0.4);
    QCOMPARE(implied.bands.size(), size_t(2));
    QCOMPARE(implied.bands[0].end, 0.3);
    QCOMPARE(implied.bands[1].phase, std::string("upsample"));
    // Steps 0-29: 300 rows, 60% replay = 180 gcide rows; the other 120 split 1:1 by foldoc and empty.
    QCOMPARE(implied.bands[0].shares, (std::vector<double>{0.2, 0.6, 0.2}));
    QCOMPARE(implied.bands[1].shares, (std::vector<double>{1.0, 0.0, 0.0}));
    // foldoc: 60 rows + 700 rows = 760 rows = 76,000 tokens.
    QCOMPARE(implied.sources[0].tokens, int64_t(76000));

    // Upsampling from 50% and replay of 50% are within the guidance.
    object["replay_fraction"] = 0.5;
    object["upsample"]["start"] = 0.5;
    object["meco"]["cooldown_fraction"] = 0.1;
    QVERIFY(implyMixture(MixturePlan::fromJson(object), "/nowhere").warnings.empty());
}

void TestMixture::tokensFromShardManifests()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const fs::path project = dir.path().toStdString();
    fs::create_directories(project / "shards" / "foldoc");
    std::ofstream(project / "shards" / "foldoc" / "manifest.json") << R"({"format": "adaptlab-token-shards", "tokens": 20000})";
    json object = handPlan();
    object["sources"][0] = {{"name", "foldoc"}, {"shards", "shards/foldoc"}};
    const MixturePlan plan = MixturePlan::fromJson(object);
    QCOMPARE(plan.resolvedShards(0, project), project / "shards" / "foldoc");
    QCOMPARE(plan.resolvedShards(1, project), fs::path());
    const MixtureImplication implied = implyMixture(plan, project);
    QCOMPARE(implied.sources[0].availableTokens, int64_t(20000));
    QCOMPARE(implied.sources[0].epochs, 3.75);
    QVERIFY(!hasWarning(implied.sources[0].warnings, "epochs"));

    // No manifest: the source and the folder named.
    try {
        implyMixture(plan, project / "elsewhere");
        QFAIL("a missing manifest was accepted");
    } catch (const Error& e) {
        const QString message = QString::fromUtf8(e.what());
        QVERIFY2(message.contains("'foldoc'") && message.contains("elsewhere/shards/foldoc/manifest.json"), e.what());
    }
    std::ofstream(project / "shards" / "foldoc" / "manifest.json") << R"({"tokens": "many"})";
    try {
        implyMixture(plan, project);
        QFAIL("a manifest without a token count was accepted");
    } catch (const Error& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains("unreadable"), e.what());
    }
}

void TestMixture::segmentsAtTheRightSteps_data()
{
    QTest::addColumn<double>("start");
    QTest::addColumn<qlonglong>("steps");
    QTest::addColumn<qlonglong>("begin");
    QTest::newRow("0.85 of 100") << 0.85 << 100LL << 85LL; // 0.85 x 100 is 85.00000000000001 in doubles
    QTest::newRow("0.9 of 10") << 0.9 << 10LL << 9LL;
    QTest::newRow("0.15 of 7") << 0.15 << 7LL << 2LL; // ceil(1.05)
    QTest::newRow("0.8 of 3") << 0.8 << 3LL << 3LL;   // ceil(2.4): past the last step of 3
    QTest::newRow("0.1 of 1") << 0.1 << 1LL << 1LL;
}

void TestMixture::segmentsAtTheRightSteps()
{
    QFETCH(double, start);
    QFETCH(qlonglong, steps);
    QFETCH(qlonglong, begin);
    json object = handPlan();
    object["upsample"] = {{"start", start}, {"weights", {{"gcide", 3.0}}}, {"replay_fraction", 0.5}};
    const std::vector<MixtureSegment> segments = mixtureSegments(MixturePlan::fromJson(object), steps);
    QCOMPARE(segments.size(), size_t(2));
    QCOMPARE(segments[0].beginStep, int64_t(0));
    QCOMPARE(segments[0].weights, (std::vector<double>{1.0, 1.0}));
    QCOMPARE(segments[0].replayFraction, 0.25);
    QCOMPARE(segments[0].phase, std::string("constant"));
    QCOMPARE(segments[1].beginStep, int64_t(begin));
    QCOMPARE(segments[1].weights, (std::vector<double>{1.0, 3.0}));
    QCOMPARE(segments[1].replayFraction, 0.5);
    QCOMPARE(segments[1].phase, std::string("upsample"));
    // Without upsampling: one segment.
    QCOMPARE(mixtureSegments(MixturePlan::fromJson(handPlan()), steps).size(), size_t(1));
}

void TestMixture::samplerMatchesSturmianReference()
{
    // Two sources, replay share f: row g is replay exactly when floor((g + 1) f + 1/2) passes
    // floor(g f + 1/2) (the balanced sequence written independently, with f = 3/8 exact in
    // binary); from step 40 of 4-row batches the share becomes 5/8.
    const MixtureSampler sampler({segment(0, {1.0, 1.0}, 0.375), segment(40, {1.0, 1.0}, 0.625, "upsample")}, {false, true}, 4);
    int64_t counts[2] = {0, 0};
    for (int64_t g = 0; g < 400; ++g) {
        const double f = g < 160 ? 0.375 : 0.625;
        const int64_t local = g < 160 ? g : g - 160;
        const bool replay = std::floor((local + 1) * f + 0.5) > std::floor(local * f + 0.5);
        const auto [source, sourceRow] = sampler.assign(g);
        QCOMPARE(source, size_t(replay ? 1 : 0));
        QCOMPARE(sourceRow, counts[source]); // rows of a source count on across the segments
        ++counts[source];
    }
    QCOMPARE(sampler.rowsOf(1, 160), int64_t(60)); // 3/8 of 160
    QCOMPARE(sampler.rowsOf(1, 400), int64_t(60 + 150));
    QCOMPARE(sampler.sourceCount(), size_t(2));
    QCOMPARE(sampler.globalBatch(), int64_t(4));
}

void TestMixture::sharesInEveryWindowOfEachSegment()
{
    // Replay 10% against one domain source, then from step 30 (batches of 7) no replay and two
    // domain sources 1:3. Every window inside a segment holds floor or ceil of its share (one
    // source per split: +-1 row).
    const MixtureSampler sampler({segment(0, {1.0, 0.0, 1.0}, 0.1), segment(30, {1.0, 3.0, 0.0}, 0.0, "upsample")},
                                 {false, false, true}, 7);
    std::vector<size_t> first, second;
    for (int64_t g = 0; g < 210; ++g)
        first.push_back(sampler.assign(g).first);
    for (int64_t g = 210; g < 560; ++g)
        second.push_back(sampler.assign(g).first);
    QVERIFY(worstWindowError(first, 2, 0.1) < 1.0 + 1e-6);
    QVERIFY(worstWindowError(first, 0, 0.9) < 1.0 + 1e-6);
    QCOMPARE(std::count(first.begin(), first.end(), size_t(1)), 0L);
    QVERIFY(worstWindowError(second, 0, 0.25) < 1.0 + 1e-6);
    QVERIFY(worstWindowError(second, 1, 0.75) < 1.0 + 1e-6);
    QCOMPARE(std::count(second.begin(), second.end(), size_t(2)), 0L);
}

void TestMixture::rowsOfAgreesWithAssignOverAllRows()
{
    // Three segments (one of them empty: two begin at step 5), three sources.
    const MixtureSampler sampler({segment(0, {2.0, 1.0, 1.0}, 0.2), segment(5, {1.0, 1.0, 1.0}, 0.0),
                                  segment(5, {0.0, 1.0, 1.0}, 0.5, "upsample"), segment(9, {1.0, 0.0, 1.0}, 1.0 / 3.0)},
                                 {false, false, true}, 6);
    std::vector<int64_t> counts(3, 0);
    for (int64_t g = 0; g <= 120; ++g) {
        for (size_t s = 0; s < 3; ++s)
            QCOMPARE(sampler.rowsOf(s, g), counts[s]);
        if (g == 120)
            break;
        const auto [source, sourceRow] = sampler.assign(g);
        QCOMPARE(sourceRow, counts[source]);
        ++counts[source];
    }
    // The empty segment holds no row: steps 5-8 are the upsample mix (source 0 gets none).
    for (int64_t g = 30; g < 54; ++g)
        QVERIFY(sampler.assign(g).first != 0);
    QCOMPARE(sampler.rowsOf(0, 0), int64_t(0));
    QCOMPARE(sampler.rowsOf(0, -5), int64_t(0));
    QVERIFY_THROWS_EXCEPTION(Error, sampler.rowsOf(3, 10));
    QVERIFY_THROWS_EXCEPTION(Error, sampler.assign(-1));
}

void TestMixture::freshSamplerGivesTheSameRows()
{
    json object = handPlan();
    object["upsample"] = {{"start", 0.8}, {"weights", {{"gcide", 0.5}}}};
    const MixturePlan plan = MixturePlan::fromJson(object);
    const MixtureSampler a(mixtureSegments(plan, plan.steps()), replayFlags(plan), plan.globalBatch);
    std::vector<std::pair<size_t, int64_t>> rows;
    for (int64_t g = 0; g < 1000; ++g)
        rows.push_back(a.assign(g));
    // A resume: a fresh sampler asked from step 57 on, then backwards, then moved.
    MixtureSampler b(mixtureSegments(plan, plan.steps()), replayFlags(plan), plan.globalBatch);
    for (int64_t g = 570; g < 1000; ++g)
        QCOMPARE(b.assign(g), rows[static_cast<size_t>(g)]);
    for (int64_t g = 569; g >= 0; --g)
        QCOMPARE(b.assign(g), rows[static_cast<size_t>(g)]);
    const MixtureSampler moved = std::move(b);
    QCOMPARE(moved.assign(812), rows[812]);
}

void TestMixture::samplerRefusals()
{
    const auto refusal = [](std::vector<MixtureSegment> segments, std::vector<bool> replay, int64_t batch = 4) {
        try {
            MixtureSampler sampler(std::move(segments), std::move(replay), batch);
            return QStringLiteral("accepted");
        } catch (const Error& e) {
            return QString::fromUtf8(e.what());
        }
    };
    QVERIFY(refusal({segment(0, {0.0, 0.0}, 0.0)}, {false, false}).contains("no non-replay source"));
    QVERIFY(refusal({segment(0, {1.0, 0.0}, 0.1)}, {false, true}).contains("needs a replay source"));
    QVERIFY(refusal({segment(0, {1.0, -1.0}, 0.0)}, {false, false}).contains("weight of source 2"));
    QVERIFY(refusal({segment(0, {1.0, NAN}, 0.0)}, {false, false}).contains("finite"));
    QVERIFY(refusal({segment(0, {1.0}, 0.0)}, {false, false}).contains("1 weights for 2 sources"));
    QVERIFY(refusal({segment(2, {1.0}, 0.0)}, {false}).contains("not 0"));
    QVERIFY(refusal({}, {false}).contains("no segment"));
    QVERIFY(refusal({segment(0, {1.0}, 0.0)}, {false}, 0).contains("global batch"));
    QVERIFY(refusal({segment(0, {1.0}, 1.5)}, {true}).contains("replay fraction"));
    // A later segment's problem names it.
    const QString later = refusal({segment(0, {1.0, 1.0}, 0.0), segment(8, {0.0, 1.0}, 0.0, "upsample")}, {false, true});
    QVERIFY2(later.contains("segment 2 (upsample, from step 8)") && later.contains("no non-replay source"), qPrintable(later));
    QVERIFY(refusal({segment(0, {1.0}, 0.0), segment(8, {1.0}, 0.0), segment(4, {1.0}, 0.0)}, {false}).contains("begins before"));
    // Only replay at fraction 1 is a mix.
    QCOMPARE(refusal({segment(0, {0.0, 1.0}, 1.0)}, {false, true}), QStringLiteral("accepted"));
}

void TestMixture::replayGuidanceText()
{
    const QString none = replayGuidance(0.0), low = replayGuidance(0.02), weak = replayGuidance(0.05),
                  strong = replayGuidance(0.25), most = replayGuidance(0.6);
    QVERIFY(none.contains("No replay") && none.contains("5%") && none.contains("25%"));
    QVERIFY(low.contains("Below the 5%"));
    QVERIFY(weak.contains("weak distribution shift") && weak.contains("25%"));
    QCOMPARE(QString(replayGuidance(0.2)), weak);
    QVERIFY(strong.contains("strong distribution shift"));
    QCOMPARE(QString(replayGuidance(0.5)), strong);
    QVERIFY(most.contains("More general data"));
    QCOMPARE(QSet<QString>({none, low, weak, strong, most}).size(), 5);
}

void TestMixture::projectFolder()
{
    QCOMPARE(planProjectFolder("/p/plans/x.json"), fs::path("/p"));
    QCOMPARE(planProjectFolder("/p/other/x.json"), fs::path("/p/other"));
    QCOMPARE(planProjectFolder("plans/x.json"), fs::current_path());
}

QTEST_GUILESS_MAIN(TestMixture)
#include "tst_mixture.moc"
