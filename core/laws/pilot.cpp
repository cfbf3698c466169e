// Pilot runs for the scaling laws (pilot.h).
#include "laws/pilot.h"

#include "common/atomic_file.h"
#include "common/error.h"
#include "jobs/job_spec.h"
#include "store/project_store.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

namespace adaptlab::laws {

using nlohmann::json;

namespace {

std::string percent(double share)
{
    char text[32];
    std::snprintf(text, sizeof text, "%g%%", std::round(share * 1000.0) / 10.0);
    return text;
}

const data::MixtureSource* findSource(const data::MixturePlan& plan, const std::string& name)
{
    for (const auto& source : plan.sources)
        if (source.name == name)
            return &source;
    return nullptr;
}

// The name a train spec's source goes by in the metrics: its "name", else its dataset's.
std::string sourceName(const json& entry)
{
    if (entry.contains("name") && entry["name"].is_string())
        return entry["name"].get<std::string>();
    if (entry.contains("dataset") && entry["dataset"].is_string())
        return entry["dataset"].get<std::string>();
    return {};
}

} // namespace

std::vector<PilotRun> pilotRuns(const data::MixturePlan& plan, const std::filesystem::path& projectDir,
                                const PilotOptions& options)
{
    if (plan.sources.size() < 2)
        throw Error("plan \"" + plan.name + "\": pilot runs need a domain and a general source (the plan has " +
                    std::to_string(plan.sources.size()) + ")");
    if (options.domainShares.empty())
        throw Error("domain_shares: the grid needs at least one share");
    for (size_t i = 0; i < options.domainShares.size(); ++i) {
        const double share = options.domainShares[i];
        if (!(share > 0.0 && share < 1.0))
            throw Error("domain_shares[" + std::to_string(i) + "]: " + std::to_string(share) +
                        " is not between 0 and 1 (a pilot trains on both sources)");
    }
    std::string domain = options.domainSource, general = options.generalSource;
    if (domain.empty())
        for (const auto& source : plan.sources)
            if (!source.replay && source.name != general) {
                domain = source.name;
                break;
            }
    if (general.empty()) {
        for (const auto& source : plan.sources)
            if (source.replay && source.name != domain) {
                general = source.name;
                break;
            }
        for (const auto& source : plan.sources)
            if (general.empty() && source.name != domain)
                general = source.name;
    }
    for (const auto& [field, name] : {std::pair{"domain_source", domain}, std::pair{"general_source", general}})
        if (!findSource(plan, name))
            throw Error(std::string(field) + ": \"" + name + "\" is not a source of the plan \"" + plan.name + "\"");
    if (domain == general)
        throw Error("general_source: \"" + general + "\" is also the domain source");

    const int64_t seqLen = options.trainParams.value("seq_len", plan.seqLen);
    const int64_t batch = options.trainParams.value("batch", plan.globalBatch);
    if (seqLen < 2 || batch < 1)
        throw Error("plan \"" + plan.name + "\": seq_len and global_batch must be positive");
    const double budget = double(plan.totalTokens) * options.budgetFraction;
    const int64_t steps = std::max<int64_t>(options.minSteps, int64_t(std::ceil(budget / double(seqLen * batch))));
    const int64_t evalEvery = std::max<int64_t>(1, steps / std::max<int64_t>(1, options.evaluations));

    std::vector<PilotRun> runs;
    for (const double share : options.domainShares) {
        json params = options.trainParams;
        params["sources"] = json::array({{{"dataset", domain}, {"weight", share}},
                                         {{"dataset", general}, {"weight", 1.0 - share}}});
        params["steps"] = steps;
        params["seq_len"] = seqLen;
        params["batch"] = batch;
        if (!params.contains("seed"))
            params["seed"] = plan.seed;
        params["eval_every"] = evalEvery;
        // No extra evaluations in the first 10% (the stability gap would put points off the law).
        params["eval_every_early"] = evalEvery;
        json spec = {{"version", jobs::kSpecVersion}, {"kind", "train"}, {"params", params}};
        if (!projectDir.empty())
            spec["project"] = projectDir.string();
        runs.push_back({share, "pilot " + domain + " " + percent(share), spec});
    }
    return runs;
}

std::optional<double> domainShareOfSpec(const json& spec, const std::string& domainSource, const std::string& generalSource)
{
    const json* params = spec.contains("params") ? &spec["params"] : &spec;
    if (!params->is_object() || !params->contains("sources") || !(*params)["sources"].is_array())
        return std::nullopt;
    const json& sources = (*params)["sources"];
    if (sources.size() != 2)
        return std::nullopt;
    std::map<std::string, double> weights;
    for (const auto& entry : sources) {
        if (!entry.is_object())
            return std::nullopt;
        const json weight = entry.value("weight", json(1.0));
        if (!weight.is_number())
            return std::nullopt;
        weights[sourceName(entry)] = weight.get<double>();
    }
    if (!weights.contains(domainSource) || !weights.contains(generalSource))
        return std::nullopt;
    const double total = weights[domainSource] + weights[generalSource];
    if (!(total > 0.0))
        return std::nullopt;
    return weights[domainSource] / total;
}

json PilotGrid::toJson() const
{
    json entries = json::array();
    for (const auto& entry : runs)
        entries.push_back({{"domain_share", entry.domainShare}, {"run_id", entry.runId}});
    return {{"version", kPilotGridVersion}, {"name", name}, {"plan", plan}, {"domain_source", domainSource},
            {"general_source", generalSource}, {"runs", entries}};
}

PilotGrid PilotGrid::fromJson(const json& j)
{
    if (!j.is_object())
        throw Error("a pilot grid must be a JSON object");
    if (j.value("version", 0) != kPilotGridVersion)
        throw Error("version: this build reads pilot grids of version " + std::to_string(kPilotGridVersion));
    const auto text = [&](const char* key, bool required) {
        if (!j.contains(key)) {
            if (required)
                throw Error(std::string(key) + ": is required");
            return std::string();
        }
        if (!j[key].is_string())
            throw Error(std::string(key) + ": must be a string");
        return j[key].get<std::string>();
    };
    PilotGrid grid;
    grid.name = text("name", true);
    grid.plan = text("plan", false);
    grid.domainSource = text("domain_source", true);
    grid.generalSource = text("general_source", true);
    if (!j.contains("runs") || !j["runs"].is_array())
        throw Error("runs: must be an array");
    for (size_t i = 0; i < j["runs"].size(); ++i) {
        const json& entry = j["runs"][i];
        const std::string field = "runs[" + std::to_string(i) + "]";
        if (!entry.is_object() || !entry.contains("domain_share") || !entry["domain_share"].is_number())
            throw Error(field + ".domain_share: must be a number");
        if (!entry.contains("run_id") || !entry["run_id"].is_number_integer() || entry["run_id"].get<int64_t>() <= 0)
            throw Error(field + ".run_id: must be a positive integer");
        grid.runs.push_back({entry["domain_share"].get<double>(), entry["run_id"].get<int64_t>()});
    }
    return grid;
}

PilotGrid PilotGrid::load(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw Error(file.string() + ": cannot open the pilot grid");
    std::stringstream text;
    text << in.rdbuf();
    try {
        return fromJson(json::parse(text.str()));
    } catch (const std::exception& error) {
        throw Error(file.string() + ": " + error.what());
    }
}

void PilotGrid::save(const std::filesystem::path& file) const
{
    AtomicFile out(file);
    out.write(toJson().dump(2) + "\n");
    out.commit();
}

std::filesystem::path pilotGridFile(const std::filesystem::path& projectDir, const std::string& name)
{
    return projectDir / "pilots" / (name + ".json");
}

GatheredPoints gatherPoints(const store::ProjectStore& store, const std::vector<int64_t>& runIds,
                            const std::string& domainSource, const std::string& generalSource)
{
    GatheredPoints gathered;
    for (const int64_t id : runIds) {
        const std::string label = "run " + std::to_string(id);
        const auto run = store.run(id);
        if (!run) {
            gathered.notes.push_back(label + ": not in the project");
            continue;
        }
        // A stopped pilot still measured its losses at the evaluations it reached.
        if (run->status != store::RunStatus::Done && run->status != store::RunStatus::Stopped) {
            gathered.notes.push_back(label + ": " + store::toString(run->status) + ", not used");
            continue;
        }
        std::optional<double> share;
        try {
            share = domainShareOfSpec(json::parse(run->specJson), domainSource, generalSource);
        } catch (const json::exception&) {
        }
        if (!share) {
            gathered.notes.push_back(label + ": does not train on " + domainSource + " and " + generalSource + " only");
            continue;
        }
        // step -> (tokens, domain loss, general loss)
        std::map<int64_t, std::tuple<int64_t, std::optional<double>, std::optional<double>>> byStep;
        for (const auto& point : store.metrics(id, "heldout_loss")) {
            auto& [tokens, domainLoss, generalLoss] = byStep[point.step];
            tokens = point.tokens;
            if (point.source == domainSource)
                domainLoss = point.value;
            else if (point.source == generalSource)
                generalLoss = point.value;
        }
        size_t before = gathered.points.size();
        for (const auto& [step, values] : byStep) {
            const auto& [tokens, domainLoss, generalLoss] = values;
            if (!domainLoss || !generalLoss || tokens <= 0 || !(*domainLoss > 0.0) || !(*generalLoss > 0.0))
                continue;
            LawPoint point;
            point.domainShare = *share;
            point.tokens = double(tokens);
            point.domainLoss = *domainLoss;
            point.generalLoss = *generalLoss;
            gathered.points.push_back(point);
        }
        if (gathered.points.size() == before)
            gathered.notes.push_back(label + ": no evaluation with held-out losses of both " + domainSource + " and " +
                                     generalSource);
        else
            ++gathered.runsUsed;
    }
    return gathered;
}

GatheredPoints gatherPoints(const store::ProjectStore& store, const PilotGrid& grid)
{
    std::vector<int64_t> ids;
    for (const auto& entry : grid.runs)
        ids.push_back(entry.runId);
    return gatherPoints(store, ids, grid.domainSource, grid.generalSource);
}

} // namespace adaptlab::laws
