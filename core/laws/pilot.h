// Pilot runs for the scaling laws (METHODS §6): from a mixture plan, a small grid of ordinary
// `train` runs (default 5 domain shares x 1 model size, a short token budget) and, once they ran,
// the law points gathered from their held-out losses in the project store.
//
// A pilot run is an ordinary train job spec: its two sources are the plan's domain and general
// sources (project datasets named like the plan's sources), weighted share : 1 - share, so the
// share is recorded in the spec itself (domainShareOfSpec reads it back). The grid is kept in the
// project as pilots/<name>.json (PilotGrid) with the run ids it started, which is how the Laws tab
// finds its pilots again after a restart.
#pragma once

#include "data/mixture.h"
#include "laws/laws.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace adaptlab::store {
class ProjectStore;
}

namespace adaptlab::laws {

inline constexpr int kPilotGridVersion = 1;

struct PilotOptions {
    std::vector<double> domainShares = {0.1, 0.3, 0.5, 0.7, 0.9};
    // Plan source names; empty = the first non-replay source is the domain, the first replay
    // source (else the first other source) the general data.
    std::string domainSource, generalSource;
    // The pilot budget as a fraction of the plan's (steps rounded up, at least minSteps).
    double budgetFraction = 0.1;
    int64_t minSteps = 20;
    // Held-out evaluations per run (eval_every = steps / evaluations): D-CPT's D term needs
    // losses at several token counts.
    int64_t evaluations = 4;
    // Train params every pilot shares: base, tokenizer, lr, device, ... (the plan's seq_len,
    // global batch and seed are used unless given here).
    nlohmann::json trainParams = nlohmann::json::object();
};

struct PilotRun {
    double domainShare = 0.0;
    std::string label;  // "pilot foldoc 30%": how the grid names it
    nlohmann::json spec; // {"version", "kind": "train", "project", "params"}
};

// The grid's train job specs, one per share (Error naming the option for shares outside (0, 1),
// a source not in the plan, the same source for domain and general, a plan without two sources).
std::vector<PilotRun> pilotRuns(const data::MixturePlan& plan, const std::filesystem::path& projectDir,
                                const PilotOptions& options);
// The domain source's share of the rows of a train spec's params.sources: weight(domain) / sum of
// both weights; nullopt when the spec does not train on exactly those two sources.
std::optional<double> domainShareOfSpec(const nlohmann::json& spec, const std::string& domainSource,
                                        const std::string& generalSource);

// A launched grid, saved in the project (pilots/<name>.json, atomically).
struct PilotGrid {
    std::string name;
    std::string plan; // the plan file it came from (provenance)
    std::string domainSource, generalSource;
    struct Entry {
        double domainShare = 0.0;
        int64_t runId = 0;
    };
    std::vector<Entry> runs;

    nlohmann::json toJson() const;
    static PilotGrid fromJson(const nlohmann::json& json); // Error naming the JSON field
    static PilotGrid load(const std::filesystem::path& file);
    void save(const std::filesystem::path& file) const;
};
std::filesystem::path pilotGridFile(const std::filesystem::path& projectDir, const std::string& name);

struct GatheredPoints {
    std::vector<LawPoint> points;
    std::vector<std::string> notes; // runs skipped and why ("run 7 failed", "run 9: no held-out loss of gcide")
    int runsUsed = 0;
};

// The law points of the runs RUNIDS: one per held-out evaluation at which both sources have a
// "heldout_loss" metric (tokens = tokens seen then), with the share from each run's spec. Runs not
// done or stopped, or without those metrics, are skipped with a note.
GatheredPoints gatherPoints(const store::ProjectStore& store, const std::vector<int64_t>& runIds,
                            const std::string& domainSource, const std::string& generalSource);
GatheredPoints gatherPoints(const store::ProjectStore& store, const PilotGrid& grid);

} // namespace adaptlab::laws
