// `adaptlab-cli mixture` (mixture_command.h): implyMixture and MixtureSampler, printed.
#include "mixture_command.h"

#include "data/mixture.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>

namespace adaptlab::cli {

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

constexpr const char* kMixtureUsage = R"(usage: adaptlab-cli mixture <command> PLAN.json [options]

commands:
  plan PLAN.json [--json]
        what the plan implies: its steps and tokens per step; per source the training tokens
        available (from its shards' manifest.json, or the plan's "tokens"), the tokens the plan
        trains on from it, its share of the budget (weight), the epochs that makes, where its
        first epoch ends (runs_out_at, progress 0-1) and warnings (above 4 epochs, no tokens,
        runs out before the end); the mix over training progress (bands); where the MeCo
        cooldown starts; plan-level warnings (upsampling before half the run, replay above 50%,
        a MeCo cooldown above 50%). --json prints one object:
          {"steps", "tokens_per_step", "total_tokens",
           "sources": [{"name", "available_tokens", "tokens", "weight", "epochs", "runs_out_at",
                        "warnings"}],
           "bands": [{"begin", "end", "phase", "shares"}], "meco_cooldown_at", "warnings"}
  sample PLAN.json --steps A:B [--seed S] [--json]
        the source of every sequence (row) of optimizer steps A to B-1, as the trainer assigns
        them: the same sampler over the plan's phases, for a run of the plan's steps. --json
        prints one object per line:
          {"step": s, "row": r, "global_row": g, "source": NAME, "source_row": k}
        (row: the row within the step's global batch; global_row = step x global_batch + row;
        source_row: the row's index among its source's rows, which picks its documents).
        The assignment is balanced, not random: it does not depend on the seed (--seed S,
        default the plan's, only picks which documents fill the rows, and is echoed).

Relative shard paths in a plan resolve against its project folder: the plan's folder's parent
when the plan sits in a folder named plans (PROJECT/plans/NAME.json), else the plan's own folder.

Exit codes: 0 done, 1 failed (the plan or a shard manifest is unreadable or wrong: the message
names the file and the JSON field), 2 refused command line (a bad flag, no such plan file).
)";

class Refusal : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

std::string takeValue(const std::vector<std::string>& args, size_t& i)
{
    if (i + 1 >= args.size())
        throw Refusal(args[i] + " needs a value");
    return args[++i];
}

template <class Int>
std::optional<Int> parseWhole(std::string_view text)
{
    Int value{};
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end || text.empty())
        return std::nullopt;
    return value;
}

struct MixtureLine {
    fs::path plan;
    bool asJson = false;
    std::optional<uint64_t> seed;
    std::optional<std::pair<int64_t, int64_t>> steps;
};

MixtureLine parseLine(const std::string& command, const std::vector<std::string>& args)
{
    MixtureLine line;
    std::vector<std::string> positional;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--json") {
            line.asJson = true;
        } else if (arg == "--seed" && command == "sample") {
            const std::string text = takeValue(args, i);
            line.seed = parseWhole<uint64_t>(text);
            if (!line.seed)
                throw Refusal("--seed " + text + ": must be a whole number from 0");
        } else if (arg == "--steps" && command == "sample") {
            const std::string text = takeValue(args, i);
            const size_t colon = text.find(':');
            const auto first = colon == std::string::npos ? std::nullopt : parseWhole<int64_t>(std::string_view(text).substr(0, colon));
            const auto last = colon == std::string::npos ? std::nullopt : parseWhole<int64_t>(std::string_view(text).substr(colon + 1));
            if (!first || !last || *first < 0 || *last <= *first)
                throw Refusal("--steps " + text + ": expected A:B, whole numbers with 0 <= A < B (steps A to B-1)");
            line.steps = std::pair(*first, *last);
        } else if (arg.size() > 1 && arg[0] == '-') {
            throw Refusal("unknown option for mixture " + command + ": " + arg);
        } else {
            positional.push_back(arg);
        }
    }
    if (positional.size() != 1)
        throw Refusal(positional.empty() ? "mixture " + command + " needs the PLAN.json file"
                                         : "mixture " + command + " takes one PLAN.json file");
    line.plan = positional.front();
    if (command == "sample" && !line.steps)
        throw Refusal("mixture sample needs --steps A:B");
    return line;
}

std::string percent(double share)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1f%%", share * 100.0);
    return text;
}

int plan(const MixtureLine& line)
{
    const data::MixturePlan plan = data::MixturePlan::load(line.plan);
    const data::MixtureImplication implied = data::implyMixture(plan, data::planProjectFolder(line.plan));
    if (line.asJson) {
        std::cout << implied.toJson().dump() << "\n";
        return 0;
    }
    std::cout << line.plan.string() << ": " << implied.steps << " steps of " << implied.tokensPerStep << " tokens ("
              << implied.steps * implied.tokensPerStep << " tokens)\n";
    for (const data::SourceImplication& source : implied.sources) {
        char epochs[32];
        std::snprintf(epochs, sizeof epochs, "%.2f", source.epochs);
        std::cout << "  " << source.name << ": " << source.tokens << " of " << source.availableTokens << " tokens available, "
                  << percent(source.weight) << " of the budget, " << epochs << " epochs";
        if (source.runsOutAt)
            std::cout << ", first epoch ends at " << percent(*source.runsOutAt);
        std::cout << "\n";
        for (const std::string& warning : source.warnings)
            std::cout << "    warning: " << warning << "\n";
    }
    for (const data::MixtureImplication::Band& band : implied.bands) {
        std::cout << "  " << percent(band.begin) << " - " << percent(band.end) << " " << band.phase << ":";
        for (size_t i = 0; i < band.shares.size(); ++i)
            std::cout << " " << plan.sources[i].name << " " << percent(band.shares[i]);
        std::cout << "\n";
    }
    if (implied.mecoCooldownAt)
        std::cout << "  MeCo cooldown from " << percent(*implied.mecoCooldownAt) << "\n";
    for (const std::string& warning : implied.warnings)
        std::cout << "  warning: " << warning << "\n";
    return 0;
}

int sample(const MixtureLine& line)
{
    const data::MixturePlan plan = data::MixturePlan::load(line.plan);
    const data::MixtureSampler sampler(data::mixtureSegments(plan, plan.steps()), data::replayFlags(plan), plan.globalBatch);
    const uint64_t seed = line.seed.value_or(plan.seed);
    const auto [first, last] = *line.steps;
    for (int64_t step = first; step < last; ++step) {
        for (int64_t row = 0; row < plan.globalBatch; ++row) {
            const int64_t global = step * plan.globalBatch + row;
            const auto [source, sourceRow] = sampler.assign(global);
            const std::string& name = plan.sources[source].name;
            if (line.asJson)
                std::cout << json{{"step", step}, {"row", row}, {"global_row", global}, {"source", name},
                                  {"source_row", sourceRow}, {"seed", seed}}
                                 .dump()
                          << "\n";
            else
                std::cout << step << "\t" << row << "\t" << name << "\t" << sourceRow << "\n";
        }
    }
    return 0;
}

} // namespace

int mixtureCommand(std::vector<std::string> args)
{
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        (args.empty() ? std::cerr : std::cout) << kMixtureUsage;
        return args.empty() ? 2 : 0;
    }
    const std::string command = args[0];
    args.erase(args.begin());
    try {
        if (command != "plan" && command != "sample")
            throw Refusal("unknown mixture command: " + command);
        const MixtureLine line = parseLine(command, args);
        std::error_code ec;
        if (!fs::is_regular_file(line.plan, ec))
            throw Refusal("no plan file at " + line.plan.string());
        return command == "plan" ? plan(line) : sample(line);
    } catch (const Refusal& refusal) {
        std::cerr << "adaptlab-cli: " << refusal.what() << "\n\n" << kMixtureUsage;
        return 2;
    } catch (const std::exception& error) {
        std::cerr << "adaptlab-cli: " << error.what() << "\n";
        return 1;
    }
}

} // namespace adaptlab::cli
