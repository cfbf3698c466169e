#include "data/mixture.h"

#include "common/atomic_file.h"
#include "common/error.h"
#include "common/translate_noop.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <limits>
#include <set>
#include <sstream>

namespace adaptlab::data {

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

// ---- Plan JSON ----

const std::set<std::string> kPlanKeys = {"version", "name",        "sources", "total_tokens", "seq_len", "global_batch",
                                         "seed",    "replay_fraction", "upsample", "meco"};
const std::set<std::string> kSourceKeys = {"name", "shards", "tokens", "weight", "replay"};
const std::set<std::string> kUpsampleKeys = {"start", "weights", "replay_fraction"};
constexpr int64_t kMaxPlanTokens = 1'000'000'000'000'000;

// The plan's errors name the JSON field: "sources[1].weight: must be ...".
[[noreturn]] void fail(const std::string& field, const std::string& message) { throw Error(field + ": " + message); }

std::string at(const std::string& parent, const std::string& key) { return parent.empty() ? key : parent + "." + key; }

void requireObject(const json& object, const std::string& field, const std::set<std::string>& keys)
{
    if (!object.is_object())
        fail(field.empty() ? "(top level)" : field, "must be a JSON object");
    for (const auto& item : object.items()) {
        if (keys.count(item.key()))
            continue;
        std::string known;
        for (const std::string& key : keys)
            known += (known.empty() ? "" : ", ") + key;
        fail(at(field, item.key()), "unknown key (known: " + known + ")");
    }
}

int64_t readInteger(const json& object, const std::string& parent, const std::string& key, int64_t fallback, int64_t min,
                    int64_t max = std::numeric_limits<int64_t>::max())
{
    const auto it = object.find(key);
    if (it == object.end())
        return fallback;
    if (!it->is_number_integer() || (it->is_number_unsigned() && it->get<uint64_t>() > uint64_t(INT64_MAX)))
        fail(at(parent, key), "must be an integer");
    const int64_t value = it->get<int64_t>();
    if (value < min || value > max)
        fail(at(parent, key), "must be an integer from " + std::to_string(min) +
                                  (max == std::numeric_limits<int64_t>::max() ? " up" : " to " + std::to_string(max)) +
                                  ", not " + std::to_string(value));
    return value;
}

double readNumber(const json& object, const std::string& parent, const std::string& key, double fallback, double min,
                  double maxExclusive)
{
    const auto it = object.find(key);
    if (it == object.end())
        return fallback;
    if (!it->is_number() || !std::isfinite(it->get<double>()))
        fail(at(parent, key), "must be a finite number");
    const double value = it->get<double>();
    if (value < min || value >= maxExclusive)
        fail(at(parent, key), "must be a number from " + json(min).dump() +
                                  (std::isinf(maxExclusive) ? " up" : " to below " + json(maxExclusive).dump()) + ", not " +
                                  json(value).dump());
    return value;
}

// A replay fraction above 0 needs a replay source with weight; below 1 a non-replay one (what
// MixtureSampler refuses too, here with the plan's field named).
void checkGroups(const std::vector<MixtureSource>& sources, const std::vector<double>& weights, double replayFraction,
                 const std::string& fractionField, const std::string& weightsField)
{
    bool replay = false, main = false;
    for (size_t i = 0; i < sources.size(); ++i)
        (sources[i].replay ? replay : main) |= weights[i] > 0.0;
    if (replayFraction > 0.0 && !replay)
        fail(fractionField, "a replay fraction of " + json(replayFraction).dump() +
                                " needs a replay source (\"replay\": true) with a weight above 0");
    if (replayFraction < 1.0 && !main)
        fail(weightsField, "no non-replay source has a weight above 0: the rows outside the replay fraction have no source");
}

// ---- The sampler's split tree ----

// A node of one segment's source assignment: a leaf (a source), or a split that sends a balanced
// share of its rows to `left` and the rest to `right`. The share is fixed point (2^32 = all), so
// the assignment is exact integer arithmetic, the same on every machine.
struct Split {
    int source = -1; // >= 0: a leaf
    uint64_t share = 0;
    int left = -1, right = -1;
};

constexpr uint64_t kOne = uint64_t(1) << 32;

// Rows among sub-rows [0, m) that a split of SHARE sends left: round(m * share), a Sturmian count,
// so any window of L sub-rows sends floor or ceil of L * share left.
uint64_t leftCount(uint64_t m, uint64_t share)
{
    return static_cast<uint64_t>((static_cast<unsigned __int128>(m) * share + (kOne >> 1)) >> 32);
}

uint64_t shareFixed(double share)
{
    return static_cast<uint64_t>(std::llround(std::clamp(share, 0.0, 1.0) * static_cast<double>(kOne)));
}

// One segment's assignment: the replay group against the rest, then each group's sources in turn
// (source i against the sources after it, at rate w_i / (w_i + w_i+1 + ...)).
struct Tree {
    std::vector<Split> nodes;
    int root = -1;
    std::vector<std::vector<std::pair<int, bool>>> paths; // per source: (node, went left) from the root
    std::vector<bool> inTree; // false: the source gets no rows in this segment

    // Sub-row M's source and its index among that source's rows of this segment.
    std::pair<size_t, uint64_t> assign(uint64_t m) const
    {
        int node = root;
        while (nodes[static_cast<size_t>(node)].source < 0) {
            const Split& split = nodes[static_cast<size_t>(node)];
            const uint64_t before = leftCount(m, split.share);
            if (leftCount(m + 1, split.share) > before) {
                node = split.left;
                m = before;
            } else {
                node = split.right;
                m -= before;
            }
        }
        return {static_cast<size_t>(nodes[static_cast<size_t>(node)].source), m};
    }

    // Rows of SOURCE among sub-rows [0, m).
    uint64_t rowsOf(size_t source, uint64_t m) const
    {
        if (!inTree[source])
            return 0;
        for (const auto& [node, left] : paths[source]) {
            const uint64_t toLeft = leftCount(m, nodes[static_cast<size_t>(node)].share);
            m = left ? toLeft : m - toLeft;
        }
        return m;
    }

    int buildChain(const std::vector<size_t>& members, const std::vector<double>& weights, size_t from)
    {
        if (from + 1 == members.size()) {
            nodes.push_back(Split{static_cast<int>(members[from])});
            return static_cast<int>(nodes.size()) - 1;
        }
        double rest = 0.0;
        for (size_t i = from; i < members.size(); ++i)
            rest += weights[members[i]];
        const int right = buildChain(members, weights, from + 1);
        nodes.push_back(Split{-1, shareFixed(weights[members[from]] / rest), -1, right});
        const int self = static_cast<int>(nodes.size()) - 1;
        nodes.push_back(Split{static_cast<int>(members[from])});
        nodes[static_cast<size_t>(self)].left = static_cast<int>(nodes.size()) - 1;
        return self;
    }

    void collectPaths(int node, std::vector<std::pair<int, bool>>& path)
    {
        const Split& split = nodes[static_cast<size_t>(node)];
        if (split.source >= 0) {
            paths[static_cast<size_t>(split.source)] = path;
            inTree[static_cast<size_t>(split.source)] = true;
            return;
        }
        path.emplace_back(node, true);
        collectPaths(split.left, path);
        path.back().second = false;
        collectPaths(split.right, path);
        path.pop_back();
    }
};

Tree buildTree(const std::vector<double>& weights, const std::vector<bool>& replay, double replayFraction)
{
    std::vector<size_t> replayGroup, mainGroup;
    for (size_t i = 0; i < weights.size(); ++i)
        if (weights[i] > 0.0)
            (replay[i] ? replayGroup : mainGroup).push_back(i);
    if (replayFraction > 0.0 && replayGroup.empty())
        throw Error("a replay fraction of " + std::to_string(replayFraction) + " needs a replay source with a weight above 0");
    if (replayFraction < 1.0 && mainGroup.empty())
        throw Error("no non-replay source with a weight above 0 (only replay data: set the replay fraction to 1)");
    Tree tree;
    const uint64_t replayShare = shareFixed(replayFraction);
    if (replayShare == 0) {
        tree.root = tree.buildChain(mainGroup, weights, 0);
    } else if (replayShare == kOne) {
        tree.root = tree.buildChain(replayGroup, weights, 0);
    } else {
        const int left = tree.buildChain(replayGroup, weights, 0);
        const int right = tree.buildChain(mainGroup, weights, 0);
        tree.nodes.push_back(Split{-1, replayShare, left, right});
        tree.root = static_cast<int>(tree.nodes.size()) - 1;
    }
    tree.paths.assign(weights.size(), {});
    tree.inTree.assign(weights.size(), false);
    std::vector<std::pair<int, bool>> path;
    tree.collectPaths(tree.root, path);
    return tree;
}

// ---- What a plan implies ----

std::string percent(double progress)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.0f%%", progress * 100.0);
    return text;
}

std::string fixed(double value, int digits)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.*f", digits, value);
    return text;
}

// Training tokens in a shard build folder: its manifest's "tokens" (document tokens, BOS/EOS not
// counted).
int64_t manifestTokens(const MixtureSource& source, const fs::path& folder)
{
    const fs::path file = folder / "manifest.json";
    const std::string what = "source '" + source.name + "': ";
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw Error(what + "cannot read the shard manifest " + file.string() +
                    " (build the source's token shards, or plan it with \"tokens\")");
    try {
        const json manifest = json::parse(in);
        const json& tokens = manifest.at("tokens");
        if (!tokens.is_number_unsigned() && !(tokens.is_number_integer() && tokens.get<int64_t>() >= 0))
            throw Error("\"tokens\" is not a non-negative integer");
        return tokens.get<int64_t>();
    } catch (const std::exception& e) {
        throw Error(what + "the shard manifest " + file.string() + " is unreadable: " + e.what());
    }
}

} // namespace

// ---- MixturePlan ----

int64_t MixturePlan::steps() const
{
    const int64_t perStep = std::max<int64_t>(1, seqLen) * std::max<int64_t>(1, globalBatch);
    return std::max<int64_t>(1, (totalTokens + perStep - 1) / perStep);
}

json MixturePlan::toJson() const
{
    json list = json::array();
    for (const MixtureSource& source : sources) {
        json entry = {{"name", source.name}};
        if (!source.shards.empty())
            entry["shards"] = source.shards.generic_string();
        if (source.tokens >= 0)
            entry["tokens"] = source.tokens;
        entry["weight"] = source.weight;
        entry["replay"] = source.replay;
        list.push_back(std::move(entry));
    }
    json out = {{"version", kMixturePlanVersion},
                {"name", name},
                {"sources", list},
                {"total_tokens", totalTokens},
                {"seq_len", seqLen},
                {"global_batch", globalBatch},
                {"seed", seed},
                {"replay_fraction", replayFraction}};
    if (upsample) {
        json phase = {{"start", upsample->start}, {"weights", json::object()}};
        for (const auto& [source, weight] : upsample->weights)
            phase["weights"][source] = weight;
        if (upsample->replayFraction)
            phase["replay_fraction"] = *upsample->replayFraction;
        out["upsample"] = phase;
    }
    if (!(meco == MecoOptions{}))
        out["meco"] = meco.toJson();
    return out;
}

MixturePlan MixturePlan::fromJson(const json& object)
{
    requireObject(object, "", kPlanKeys);
    MixturePlan plan;
    if (const auto it = object.find("version"); it != object.end() &&
                                                 !(it->is_number_integer() && it->get<int64_t>() == kMixturePlanVersion))
        fail("version", "must be " + std::to_string(kMixturePlanVersion) + " (this version of AdaptLab reads plans of version " +
                            std::to_string(kMixturePlanVersion) + "), not " + it->dump());
    if (const auto it = object.find("name"); it != object.end()) {
        if (!it->is_string())
            fail("name", "must be a string");
        plan.name = it->get<std::string>();
    }

    const auto sources = object.find("sources");
    if (sources == object.end())
        fail("sources", "is required: a list of {\"name\", \"shards\" or \"tokens\", \"weight\", \"replay\"}");
    if (!sources->is_array() || sources->empty())
        fail("sources", "must be a non-empty list of sources");
    std::set<std::string> names;
    for (size_t i = 0; i < sources->size(); ++i) {
        const std::string field = "sources[" + std::to_string(i) + "]";
        const json& entry = (*sources)[i];
        requireObject(entry, field, kSourceKeys);
        MixtureSource source;
        const auto name = entry.find("name");
        if (name == entry.end() || !name->is_string() || name->get_ref<const std::string&>().empty())
            fail(field + ".name", "is required: a non-empty string (it labels the source's held-out loss)");
        source.name = name->get<std::string>();
        if (!names.insert(source.name).second)
            fail(field + ".name", "\"" + source.name + "\" names two sources");
        if (const auto shards = entry.find("shards"); shards != entry.end()) {
            if (!shards->is_string() || shards->get_ref<const std::string&>().empty() ||
                shards->get_ref<const std::string&>().find('\0') != std::string::npos)
                fail(field + ".shards", "must be a shard folder's path (a non-empty string)");
            source.shards = shards->get<std::string>();
        }
        source.tokens = readInteger(entry, field, "tokens", -1, 0, kMaxPlanTokens);
        if (source.shards.empty() && source.tokens < 0)
            fail(field, "needs \"shards\" (a token shard folder) or \"tokens\" (the tokens it will have)");
        source.weight = readNumber(entry, field, "weight", 1.0, 0.0, std::numeric_limits<double>::infinity());
        if (const auto replay = entry.find("replay"); replay != entry.end()) {
            if (!replay->is_boolean())
                fail(field + ".replay", "must be true or false");
            source.replay = replay->get<bool>();
        }
        plan.sources.push_back(std::move(source));
    }

    if (!object.contains("total_tokens"))
        fail("total_tokens", "is required: the token budget (tokens trained on, all sources)");
    // Bounded so that rows and tokens stay far inside 64 bits (steps x batch x seq_len): a
    // quadrillion tokens, and the train kind's limits on a row and a batch.
    plan.totalTokens = readInteger(object, "", "total_tokens", 0, 1, kMaxPlanTokens);
    plan.seqLen = readInteger(object, "", "seq_len", plan.seqLen, 1, 1 << 20);
    plan.globalBatch = readInteger(object, "", "global_batch", plan.globalBatch, 1, 1 << 20);
    if (const auto it = object.find("seed"); it != object.end()) {
        if (!it->is_number_unsigned() && !(it->is_number_integer() && it->get<int64_t>() >= 0))
            fail("seed", "must be a non-negative integer");
        plan.seed = it->get<uint64_t>();
    }
    plan.replayFraction = readNumber(object, "", "replay_fraction", 0.0, 0.0, 1.0);
    std::vector<double> weights;
    for (const MixtureSource& source : plan.sources)
        weights.push_back(source.weight);
    checkGroups(plan.sources, weights, plan.replayFraction, "replay_fraction", "sources");

    if (const auto it = object.find("upsample"); it != object.end() && !it->is_null()) {
        requireObject(*it, "upsample", kUpsampleKeys);
        UpsamplePhase phase;
        if (!it->contains("start"))
            fail("upsample.start", "is required: the progress (0 to 1) where upsampling begins, e.g. 0.85");
        phase.start = readNumber(*it, "upsample", "start", phase.start, 0.0, 1.0);
        if (!(phase.start > 0.0))
            fail("upsample.start", "must be above 0: upsampling is for the end of training, never the whole run");
        if (const auto map = it->find("weights"); map != it->end()) {
            if (!map->is_object())
                fail("upsample.weights", "must be an object {source name: weight}");
            for (const auto& item : map->items()) {
                const std::string field = "upsample.weights." + item.key();
                if (!names.count(item.key()))
                    fail(field, "no source of the plan is named \"" + item.key() + "\"");
                phase.weights[item.key()] = readNumber(*map, "upsample.weights", item.key(), 0.0, 0.0,
                                                       std::numeric_limits<double>::infinity());
            }
        }
        if (it->contains("replay_fraction"))
            phase.replayFraction = readNumber(*it, "upsample", "replay_fraction", 0.0, 0.0, 1.0);
        for (size_t i = 0; i < plan.sources.size(); ++i)
            if (const auto w = phase.weights.find(plan.sources[i].name); w != phase.weights.end())
                weights[i] = w->second;
        checkGroups(plan.sources, weights, phase.replayFraction.value_or(plan.replayFraction),
                    phase.replayFraction ? "upsample.replay_fraction" : "replay_fraction", "upsample.weights");
        plan.upsample = std::move(phase);
    }

    if (const auto it = object.find("meco"); it != object.end() && !it->is_null()) {
        try {
            plan.meco = MecoOptions::fromJson(*it);
        } catch (const std::exception& e) {
            fail("meco", e.what());
        }
    }
    return plan;
}

MixturePlan MixturePlan::load(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw Error("mixture plan " + file.string() + ": cannot be read (no such file, or no permission)");
    json object;
    try {
        object = json::parse(in);
    } catch (const json::parse_error& e) {
        throw Error("mixture plan " + file.string() + ": not valid JSON: " + e.what());
    }
    try {
        return fromJson(object);
    } catch (const Error& e) {
        throw Error("mixture plan " + file.string() + ": " + e.what());
    }
}

void MixturePlan::save(const fs::path& file) const
{
    AtomicFile out(file);
    out.write(toJson().dump(2) + "\n");
    out.commit();
}

fs::path MixturePlan::resolvedShards(size_t source, const fs::path& baseDir) const
{
    const fs::path& shards = sources.at(source).shards;
    if (shards.empty() || shards.is_absolute())
        return shards;
    return (baseDir / shards).lexically_normal();
}

fs::path planProjectFolder(const fs::path& planFile)
{
    const fs::path folder = fs::absolute(planFile).parent_path();
    return folder.filename() == "plans" ? folder.parent_path() : folder;
}

std::vector<bool> replayFlags(const MixturePlan& plan)
{
    std::vector<bool> flags;
    for (const MixtureSource& source : plan.sources)
        flags.push_back(source.replay);
    return flags;
}

std::vector<MixtureSegment> mixtureSegments(const MixturePlan& plan, int64_t steps)
{
    MixtureSegment constant;
    constant.beginStep = 0;
    for (const MixtureSource& source : plan.sources)
        constant.weights.push_back(source.weight);
    constant.replayFraction = plan.replayFraction;
    constant.phase = "constant";
    std::vector<MixtureSegment> segments{constant};
    if (!plan.upsample)
        return segments;
    MixtureSegment upsample = constant;
    // ceil(start * steps), where a product that misses an integer by rounding (0.85 x 100 =
    // 85.00000000000001) counts as that integer.
    const double begin = plan.upsample->start * static_cast<double>(std::max<int64_t>(steps, 0));
    const double nearest = std::round(begin);
    upsample.beginStep = std::abs(begin - nearest) <= 1e-9 * std::max(1.0, begin) ? static_cast<int64_t>(nearest)
                                                                                  : static_cast<int64_t>(std::ceil(begin));
    upsample.beginStep = std::max<int64_t>(upsample.beginStep, 1); // never the whole run
    for (size_t i = 0; i < plan.sources.size(); ++i)
        if (const auto w = plan.upsample->weights.find(plan.sources[i].name); w != plan.upsample->weights.end())
            upsample.weights[i] = w->second;
    upsample.replayFraction = plan.upsample->replayFraction.value_or(plan.replayFraction);
    upsample.phase = "upsample";
    segments.push_back(std::move(upsample));
    return segments;
}

// ---- MixtureSampler ----

struct MixtureSampler::State {
    std::vector<MixtureSegment> segments;
    std::vector<bool> replay;
    int64_t globalBatch = 1;
    std::vector<Tree> trees;
    std::vector<uint64_t> beginRow;               // per segment: its first global row
    std::vector<std::vector<uint64_t>> rowsBefore; // per segment, per source: rows in earlier segments

    // The segment that holds global row G: the last one beginning at or before it (a segment
    // that ends where it begins holds none).
    size_t segmentOf(uint64_t g) const
    {
        const auto it = std::upper_bound(beginRow.begin(), beginRow.end(), g);
        return static_cast<size_t>(it - beginRow.begin()) - 1;
    }
};

MixtureSampler::MixtureSampler(std::vector<MixtureSegment> segments, std::vector<bool> replay, int64_t globalBatch)
    : state_(std::make_unique<State>())
{
    State& s = *state_;
    if (globalBatch < 1)
        throw Error("mixture: the global batch must be >= 1, not " + std::to_string(globalBatch));
    if (segments.empty())
        throw Error("mixture: no segment (a mix needs at least one, from step 0)");
    if (segments.front().beginStep != 0)
        throw Error("mixture: the first segment begins at step " + std::to_string(segments.front().beginStep) + ", not 0");
    s.segments = std::move(segments);
    s.replay = std::move(replay);
    s.globalBatch = globalBatch;
    for (size_t k = 0; k < s.segments.size(); ++k) {
        const MixtureSegment& segment = s.segments[k];
        // One segment is the whole run: its errors read as the plan's (no "segment 1").
        const std::string what = s.segments.size() == 1 ? std::string()
                                                        : "segment " + std::to_string(k + 1) + " (" + segment.phase +
                                                              ", from step " + std::to_string(segment.beginStep) + "): ";
        if (k > 0 && segment.beginStep < s.segments[k - 1].beginStep)
            throw Error("mixture: " + what + "begins before the segment ahead of it (step " +
                        std::to_string(s.segments[k - 1].beginStep) + ")");
        if (segment.weights.size() != s.replay.size())
            throw Error("mixture: " + what + std::to_string(segment.weights.size()) + " weights for " +
                        std::to_string(s.replay.size()) + " sources");
        for (size_t i = 0; i < segment.weights.size(); ++i)
            if (!(segment.weights[i] >= 0.0) || !std::isfinite(segment.weights[i]))
                throw Error("mixture: " + what + "the weight of source " + std::to_string(i + 1) +
                            " must be a finite number >= 0, not " + std::to_string(segment.weights[i]));
        if (!(segment.replayFraction >= 0.0 && segment.replayFraction <= 1.0))
            throw Error("mixture: " + what + "the replay fraction must be in [0, 1], not " + std::to_string(segment.replayFraction));
        try {
            s.trees.push_back(buildTree(segment.weights, s.replay, segment.replayFraction));
        } catch (const Error& e) {
            throw Error(what + e.what());
        }
        s.beginRow.push_back(static_cast<uint64_t>(segment.beginStep) * static_cast<uint64_t>(globalBatch));
    }
    s.rowsBefore.assign(s.segments.size(), std::vector<uint64_t>(s.replay.size(), 0));
    for (size_t k = 1; k < s.segments.size(); ++k) {
        const uint64_t length = s.beginRow[k] - s.beginRow[k - 1];
        for (size_t i = 0; i < s.replay.size(); ++i)
            s.rowsBefore[k][i] = s.rowsBefore[k - 1][i] + s.trees[k - 1].rowsOf(i, length);
    }
}

MixtureSampler::~MixtureSampler() = default;
MixtureSampler::MixtureSampler(MixtureSampler&&) noexcept = default;
MixtureSampler& MixtureSampler::operator=(MixtureSampler&&) noexcept = default;

std::pair<size_t, int64_t> MixtureSampler::assign(int64_t globalRow) const
{
    if (globalRow < 0)
        throw Error("mixture: negative row " + std::to_string(globalRow));
    const State& s = *state_;
    const uint64_t g = static_cast<uint64_t>(globalRow);
    const size_t k = s.segmentOf(g);
    const auto [source, local] = s.trees[k].assign(g - s.beginRow[k]);
    return {source, static_cast<int64_t>(s.rowsBefore[k][source] + local)};
}

int64_t MixtureSampler::rowsOf(size_t source, int64_t globalRows) const
{
    const State& s = *state_;
    if (source >= s.replay.size())
        throw Error("mixture: no source " + std::to_string(source) + " (there are " + std::to_string(s.replay.size()) + ")");
    if (globalRows <= 0)
        return 0;
    const uint64_t g = static_cast<uint64_t>(globalRows);
    // Rows [0, g): the segment holding row g - 1, and the rows before it.
    const size_t k = s.segmentOf(g - 1);
    return static_cast<int64_t>(s.rowsBefore[k][source] + s.trees[k].rowsOf(source, g - s.beginRow[k]));
}

size_t MixtureSampler::sourceCount() const { return state_->replay.size(); }

int64_t MixtureSampler::globalBatch() const { return state_->globalBatch; }

// ---- What a plan implies ----

json MixtureImplication::toJson() const
{
    const auto optional = [](const std::optional<double>& value) { return value ? json(*value) : json(); };
    json list = json::array();
    for (const SourceImplication& source : sources)
        list.push_back({{"name", source.name},
                        {"available_tokens", source.availableTokens},
                        {"tokens", source.tokens},
                        {"weight", source.weight},
                        {"epochs", source.epochs},
                        {"runs_out_at", optional(source.runsOutAt)},
                        {"warnings", source.warnings}});
    json bandList = json::array();
    for (const Band& band : bands)
        bandList.push_back({{"begin", band.begin}, {"end", band.end}, {"phase", band.phase}, {"shares", band.shares}});
    return {{"steps", steps},
            {"tokens_per_step", tokensPerStep},
            {"total_tokens", steps * tokensPerStep},
            {"sources", list},
            {"bands", bandList},
            {"meco_cooldown_at", optional(mecoCooldownAt)},
            {"warnings", warnings}};
}

MixtureImplication implyMixture(const MixturePlan& plan, const fs::path& baseDir)
{
    MixtureImplication out;
    out.steps = plan.steps();
    out.tokensPerStep = plan.seqLen * plan.globalBatch;
    const int64_t totalRows = out.steps * plan.globalBatch;
    const std::vector<MixtureSegment> segments = mixtureSegments(plan, out.steps);
    const MixtureSampler sampler(segments, replayFlags(plan), plan.globalBatch);

    for (size_t i = 0; i < plan.sources.size(); ++i) {
        const MixtureSource& source = plan.sources[i];
        SourceImplication implied;
        implied.name = source.name;
        implied.availableTokens = source.tokens >= 0 ? source.tokens : manifestTokens(source, plan.resolvedShards(i, baseDir));
        // Every row trains seqLen targets.
        const int64_t rows = sampler.rowsOf(i, totalRows);
        implied.tokens = rows * plan.seqLen;
        implied.weight = static_cast<double>(rows) / static_cast<double>(totalRows);
        if (implied.availableTokens > 0) {
            implied.epochs = static_cast<double>(implied.tokens) / static_cast<double>(implied.availableTokens);
        } else if (rows > 0) {
            implied.warnings.push_back("no training tokens available, yet the plan gives it " + percent(implied.weight) +
                                       " of the rows: the run cannot read from it");
        }
        if (implied.epochs > kMaxEpochsBeforeWarning)
            implied.warnings.push_back(fixed(implied.epochs, 1) +
                                       " epochs: above 4, repeated data stops helping (Muennighoff et al. 2023)");
        if (implied.availableTokens > 0 && implied.tokens > implied.availableTokens) {
            // The first row whose end reaches the source's last token: rowsOf is monotone in rows.
            const int64_t needRows = (implied.availableTokens + plan.seqLen - 1) / plan.seqLen;
            int64_t lo = 1, hi = totalRows;
            while (lo < hi) {
                const int64_t mid = lo + (hi - lo) / 2;
                if (sampler.rowsOf(i, mid) >= needRows)
                    hi = mid;
                else
                    lo = mid + 1;
            }
            implied.runsOutAt = static_cast<double>(lo) / static_cast<double>(totalRows);
            if (lo < totalRows)
                implied.warnings.push_back("runs out at " + percent(*implied.runsOutAt) +
                                           " of the run: its documents repeat from there");
        }
        out.sources.push_back(std::move(implied));
    }

    for (size_t k = 0; k < segments.size(); ++k) {
        const int64_t begin = segments[k].beginStep;
        const int64_t end = k + 1 < segments.size() ? std::min(segments[k + 1].beginStep, out.steps) : out.steps;
        if (begin >= end)
            continue;
        MixtureImplication::Band band;
        band.begin = static_cast<double>(begin) / static_cast<double>(out.steps);
        band.end = static_cast<double>(end) / static_cast<double>(out.steps);
        band.phase = segments[k].phase;
        // The rows the sampler gives each source in the band (the shares as trained, rounding included).
        const int64_t first = begin * plan.globalBatch, last = end * plan.globalBatch;
        for (size_t i = 0; i < plan.sources.size(); ++i)
            band.shares.push_back(static_cast<double>(sampler.rowsOf(i, last) - sampler.rowsOf(i, first)) /
                                  static_cast<double>(last - first));
        out.bands.push_back(std::move(band));
    }

    if (plan.meco.enabled) {
        out.mecoCooldownAt = static_cast<double>(mecoCooldownStep(plan.meco, out.steps)) / static_cast<double>(out.steps);
        if (plan.meco.cooldownFraction > 0.5)
            out.warnings.push_back("MeCo cooldown of " + percent(plan.meco.cooldownFraction) +
                                   " of the steps: the paper cools down on the last 10%; above half the run most of it "
                                   "trains without metadata");
    }
    if (plan.upsample && plan.upsample->start < 0.5)
        out.warnings.push_back("upsampling starts at " + percent(plan.upsample->start) +
                               " of the run: it is meant for the final 10-20% of the steps (Blakeney et al. 2024), "
                               "never the whole run");
    if (plan.replayFraction > 0.5)
        out.warnings.push_back("replay of " + percent(plan.replayFraction) +
                               " of every batch: more general data than domain data (Ibrahim et al. 2024 use 5% to 25%)");
    if (plan.upsample && plan.upsample->replayFraction && *plan.upsample->replayFraction > 0.5)
        out.warnings.push_back("replay of " + percent(*plan.upsample->replayFraction) +
                               " of every batch while upsampling: more general data than domain data");
    return out;
}

const char* replayGuidance(double replayFraction)
{
    if (!(replayFraction > 0.0))
        return QT_TRANSLATE_NOOP("Mixture", "No replay: nothing guards the general abilities against forgetting. Ibrahim "
                                            "et al. (2024) mix 5% general data into every batch for a weak distribution "
                                            "shift and 25% for a strong one.");
    if (replayFraction < 0.05)
        return QT_TRANSLATE_NOOP("Mixture", "Below the 5% of general data that Ibrahim et al. (2024) found enough for a "
                                            "weak distribution shift; a strong shift (a new language or a distant domain) "
                                            "needs about 25%.");
    if (replayFraction < 0.25)
        return QT_TRANSLATE_NOOP("Mixture", "Replay for a weak distribution shift (Ibrahim et al. 2024: 5%); a strong "
                                            "shift (a new language or a distant domain) needs about 25%.");
    if (replayFraction <= 0.5)
        return QT_TRANSLATE_NOOP("Mixture", "Replay for a strong distribution shift (Ibrahim et al. 2024: 25%); more "
                                            "replay keeps general abilities but slows learning the domain.");
    return QT_TRANSLATE_NOOP("Mixture", "More general data than domain data in every batch: the domain is learned "
                                        "slowly. Ibrahim et al. (2024) needed at most 25% even for a strong shift.");
}

} // namespace adaptlab::data
