// Mixture plans (METHODS §5): which sources a run trains on, in what proportions, over training
// progress, for a token budget; what the plan implies (tokens and epochs per source, which sources
// run out); and the sampler that turns a plan into the source of every training row, the one the
// trainer uses (train/data_order.h), deterministic in (plan, seed, step).
//
// A plan is a JSON file (saved in a project under plans/<name>.json and referenced by runs):
//   {
//     "version": 1,
//     "name": "foldoc-cpt",
//     "sources": [
//       {"name": "foldoc", "shards": "shards/foldoc-3f2a", "weight": 1.0},
//       {"name": "gcide",  "shards": "shards/gcide-91bc",  "weight": 1.0, "replay": true},
//       {"name": "draft",  "tokens": 1200000, "weight": 0.5}        // planning before shards exist
//     ],
//     "total_tokens": 2000000,          // the budget: tokens trained on (targets), all sources
//     "seq_len": 256, "global_batch": 8, // steps = ceil(total_tokens / (seq_len * global_batch))
//     "seed": 0,
//     "replay_fraction": 0.05,          // replay sources' share of EVERY batch (Ibrahim et al.:
//                                       // 0.05 weak shift, 0.25 strong); the rest by weight
//     "upsample": {"start": 0.85, "weights": {"foldoc": 1.0, "gcide": 0.0}, "replay_fraction": 0.0},
//                                       // optional: from progress `start` to the end the named
//                                       // sources take these weights (unnamed ones keep theirs);
//                                       // start in (0, 1): never the whole run (Blakeney et al.
//                                       // 2024 use the final 10-20%)
//     "meco": {...}                     // optional: data/meco.h MecoOptions (prefixes, cooldown)
//   }
// Shard paths are relative to the plan's project folder (or absolute). Torch-free.
//
// INTERFACE FIXED FOR ISSUE 12 (owner: the "mixture" part). Change only by adding.
#pragma once

#include "data/meco.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace adaptlab::data {

inline constexpr int kMixturePlanVersion = 1;
inline constexpr double kMaxEpochsBeforeWarning = 4.0; // Muennighoff et al. 2023

struct MixtureSource {
    std::string name;
    std::filesystem::path shards; // a shard build folder; empty when planned by `tokens` only
    int64_t tokens = -1;          // training tokens available; -1 = read from the shards' manifest
    double weight = 1.0;
    bool replay = false;          // general data mixed back in at replayFraction
};

struct UpsamplePhase {
    double start = 0.85;                   // progress in (0, 1) where it begins
    std::map<std::string, double> weights; // by source name; unnamed sources keep their weight
    std::optional<double> replayFraction;  // nullopt = the plan's
};

struct MixturePlan {
    std::string name;
    std::vector<MixtureSource> sources;
    int64_t totalTokens = 0;
    int64_t seqLen = 256;
    int64_t globalBatch = 8;
    uint64_t seed = 0;
    double replayFraction = 0.0;
    std::optional<UpsamplePhase> upsample;
    MecoOptions meco;

    int64_t steps() const; // ceil(totalTokens / (seqLen * globalBatch)), at least 1
    nlohmann::json toJson() const;
    // Throws Error naming the JSON field ("sources[1].weight: ...") for a bad or missing value.
    static MixturePlan fromJson(const nlohmann::json& json);
    // Reads/writes a plan file (write: atomically). Relative shard paths stay relative in the file;
    // resolvedShards() resolves them against BASEDIR (the project folder).
    static MixturePlan load(const std::filesystem::path& file);
    void save(const std::filesystem::path& file) const;
    std::filesystem::path resolvedShards(size_t source, const std::filesystem::path& baseDir) const;
};

// A stretch of training [beginStep, next segment's beginStep) with one mix: per source (plan
// order) its weight among the non-replay sources, and the replay sources' share of every batch.
struct MixtureSegment {
    int64_t beginStep = 0;
    std::vector<double> weights;
    double replayFraction = 0.0;
    std::string phase; // "constant" | "upsample" (what the planner labels it)
};

// The plan's segments over STEPS steps (the upsample phase starts at step ceil(start * steps)).
std::vector<MixtureSegment> mixtureSegments(const MixturePlan& plan, int64_t steps);

// The source of every global row (row g = step * globalBatch + row in the step), a pure function
// of the segments: within a segment, the replay group against the rest and then each group's
// sources in turn get a balanced (Sturmian) share of the rows, so every window of L rows holds
// floor or ceil of L * share of a one-source group (the guarantee documented in
// train/data_order.h); each segment's sequence starts afresh at its first row.
class MixtureSampler {
public:
    // Throws Error for weights that give a segment no source (all 0), a replay fraction above 0
    // with no replay source of weight > 0, a negative or non-finite weight.
    // REPLAY: per source, whether it is a replay source.
    MixtureSampler(std::vector<MixtureSegment> segments, std::vector<bool> replay, int64_t globalBatch);
    ~MixtureSampler();
    MixtureSampler(MixtureSampler&&) noexcept;
    MixtureSampler& operator=(MixtureSampler&&) noexcept;

    // Global row G's source and its index among that source's rows (counted over all segments).
    std::pair<size_t, int64_t> assign(int64_t globalRow) const;
    // Rows of SOURCE among global rows [0, globalRows).
    int64_t rowsOf(size_t source, int64_t globalRows) const;
    size_t sourceCount() const;
    int64_t globalBatch() const;

private:
    struct State;
    std::unique_ptr<State> state_;
};

// What a plan implies (the planner's table and `adaptlab-cli mixture plan --json`).
struct SourceImplication {
    std::string name;
    int64_t availableTokens = 0; // training tokens in its shards (or as planned)
    int64_t tokens = 0;          // tokens the plan trains on from it
    double weight = 0.0;         // its share of the whole budget (tokens / total)
    double epochs = 0.0;         // tokens / availableTokens
    std::optional<double> runsOutAt; // progress in [0, 1] where its first epoch ends (it repeats after)
    std::vector<std::string> warnings; // "5.2 epochs: above 4 repeated data stops helping (Muennighoff et al. 2023)", ...
};

struct MixtureImplication {
    int64_t steps = 0;
    int64_t tokensPerStep = 0;
    std::vector<SourceImplication> sources;
    // The mix over training progress: for each segment its begin and end progress and each
    // source's share of the rows (the stacked-area picture).
    struct Band {
        double begin = 0.0, end = 1.0;
        std::string phase;
        std::vector<double> shares;
    };
    std::vector<Band> bands;
    std::optional<double> mecoCooldownAt; // progress where the MeCo cooldown starts
    std::vector<std::string> warnings;    // plan-level: upsampling over most of the run, replay outside 0-50%, ...
    nlohmann::json toJson() const;        // the `mixture plan --json` keys: steps, tokens_per_step,
                                          // sources[{name, tokens, weight, epochs, available_tokens,
                                          // runs_out_at, warnings}], bands, meco_cooldown_at, warnings
};

// Reads shard manifests (relative paths against BASEDIR) for sources without `tokens`; throws Error
// naming the source and folder when a manifest is missing or unreadable.
MixtureImplication implyMixture(const MixturePlan& plan, const std::filesystem::path& baseDir);

// ---- Added by the "mixture" part ----
// The folder a plan file's relative shard paths resolve against (its project): the plan's folder's
// parent when the plan sits in a folder named "plans" (a project's plans/<name>.json), else the
// plan's own folder. The CLI and the train job resolve with it; the panel saves plans there.
std::filesystem::path planProjectFolder(const std::filesystem::path& planFile);

// Per source (plan order), whether it is a replay source: MixtureSampler's REPLAY argument.
std::vector<bool> replayFlags(const MixturePlan& plan);

// The replay guidance of METHODS §5 (Ibrahim et al. 2024: 5% general data for a weak distribution
// shift, 25% for a strong one) for a replay fraction, one sentence for the planner to show next
// to the field. The text is marked QT_TRANSLATE_NOOP("Mixture", ...): the GUI shows
// QCoreApplication::translate("Mixture", replayGuidance(f)).
const char* replayGuidance(double replayFraction);

} // namespace adaptlab::data
