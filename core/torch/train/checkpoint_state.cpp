#include "torch/train/checkpoint_state.h"

#include "common/atomic_file.h"
#include "common/error.h"
#include "common/temp_file.h"
#include "torch/model/hf_checkpoint.h"
#include "torch/model/lora.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <set>
#include <sstream>

#include <fcntl.h>
#include <unistd.h>

namespace adaptlab::train {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr const char* kConfigFile = "train_config.json";
constexpr const char* kOptimizerFile = "optimizer.pt";
constexpr const char* kRngFile = "rng_state.pt";

void syncFolder(const fs::path& folder)
{
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}

void writeFileAtomically(const fs::path& target, std::string_view bytes)
{
    AtomicFile file(target);
    file.write(bytes);
    file.commit();
}

json readJsonFile(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw Error("cannot read " + file.string());
    try {
        return json::parse(in);
    } catch (const json::exception& e) {
        throw Error(file.string() + ": not valid JSON: " + e.what());
    }
}

// The generators a run uses: the CPU's, and every CUDA device's when there are any.
std::vector<at::Generator> defaultGenerators()
{
    std::vector<at::Generator> generators{at::detail::getDefaultCPUGenerator()};
    if (torch::cuda::is_available()) {
        for (size_t i = 0; i < torch::cuda::device_count(); ++i)
            generators.push_back(at::globalContext().defaultGenerator(
                c10::Device(c10::kCUDA, static_cast<c10::DeviceIndex>(i))));
    }
    return generators;
}

std::string jsonPathJoin(const std::string& path, const std::string& key)
{
    return path.empty() ? key : path + "." + key;
}

// Fields a resume may change: how long the run goes on, how often it evaluates and saves, where it
// lives and exports, and what it runs on (a run may move from a laptop to a GPU box).
const std::set<std::string>& resumableFields()
{
    static const std::set<std::string> fields{
        "steps", "eval_every", "eval_every_early", "eval_rows", "save_every", "keep_checkpoints",
        "run_dir", "final_dir", "export_dtype", "resume", "resume_from", "device", "threads",
        "schedule.total_steps"};
    return fields;
}

std::optional<std::string> firstDifference(const json& saved, const json& current, const std::string& path)
{
    if (resumableFields().count(path) != 0)
        return std::nullopt;
    if (saved.is_object() && current.is_object()) {
        std::set<std::string> keys;
        for (const auto& item : saved.items())
            keys.insert(item.key());
        for (const auto& item : current.items())
            keys.insert(item.key());
        for (const std::string& key : keys) {
            const std::string child = jsonPathJoin(path, key);
            if (resumableFields().count(child) != 0)
                continue;
            const json missing = nullptr;
            const json& a = saved.contains(key) ? saved.at(key) : missing;
            const json& b = current.contains(key) ? current.at(key) : missing;
            if (auto difference = firstDifference(a, b, child))
                return difference;
        }
        return std::nullopt;
    }
    if (saved.is_array() && current.is_array() && saved.size() == current.size()) {
        for (size_t i = 0; i < saved.size(); ++i) {
            if (auto difference = firstDifference(saved[i], current[i], path + "[" + std::to_string(i) + "]"))
                return difference;
        }
        return std::nullopt;
    }
    // Numbers compare by value: 1 and 1.0 are the same setting.
    if (saved.is_number() && current.is_number() && saved.get<double>() == current.get<double>())
        return std::nullopt;
    if (saved == current)
        return std::nullopt;
    return path + ": " + saved.dump() + " in the checkpoint, " + current.dump() + " now";
}

// Owns a temporary folder: removes it with its contents on every way out unless released.
class StagingFolder {
public:
    explicit StagingFolder(fs::path path) : path_(std::move(path)) {}
    StagingFolder() = default;
    ~StagingFolder()
    {
        if (!path_.empty()) {
            std::error_code ec;
            fs::remove_all(path_, ec);
        }
    }
    StagingFolder(const StagingFolder&) = delete;
    StagingFolder& operator=(const StagingFolder&) = delete;
    const fs::path& path() const { return path_; }
    bool empty() const { return path_.empty(); }
    void reset(fs::path path) { path_ = std::move(path); }
    void release() { path_.clear(); }

private:
    fs::path path_;
};

// The tokenizer files of SOURCE (a model folder or one tokenizer file) copied into FOLDER under
// the names a model folder gives them, as saveHfModel does for full models.
void copyTokenizerFiles(const fs::path& source, const fs::path& folder)
{
    static const char* const kNames[] = {"tokenizer.json", "tokenizer.model", "tokenizer_config.json",
                                         "special_tokens_map.json"};
    std::vector<std::pair<fs::path, std::string>> files;
    std::error_code ec;
    if (fs::is_directory(source, ec)) {
        for (const char* name : kNames)
            if (fs::is_regular_file(source / name, ec))
                files.emplace_back(source / name, name);
    } else if (fs::is_regular_file(source, ec)) {
        const std::string name = source.filename().string();
        const bool known = std::find(std::begin(kNames), std::end(kNames), name) != std::end(kNames);
        files.emplace_back(source, known ? name : source.extension() == ".model" ? "tokenizer.model" : "tokenizer.json");
    } else {
        throw Error("tokenizer source " + source.string() + ": no such file or folder");
    }
    for (const auto& [from, name] : files) {
        fs::copy_file(from, folder / name, fs::copy_options::overwrite_existing, ec);
        if (ec)
            throw Error("cannot copy " + from.string() + " to " + (folder / name).string() + ": " + ec.message());
    }
}

// Puts STAGING in place of TARGET: the old TARGET is moved aside first and removed only once the
// new one is there.
void replaceFolder(const fs::path& staging, const fs::path& target)
{
    std::error_code ec;
    fs::path old;
    if (fs::exists(target, ec)) {
        old = temporarySibling(target);
        fs::rename(target, old, ec);
        if (ec)
            throw Error("cannot move the old " + target.string() + " aside: " + ec.message());
    }
    fs::rename(staging, target, ec);
    if (ec) {
        std::error_code back;
        if (!old.empty())
            fs::rename(old, target, back);
        throw Error("cannot rename the new folder into " + target.string() + ": " + ec.message());
    }
    if (!old.empty())
        fs::remove_all(old, ec);
}

} // namespace

json TrainerState::toJson() const
{
    json out = {{"version", kTrainerStateVersion},
                {"step", step},
                {"tokens_seen", tokensSeen},
                {"last_train_loss", lastTrainLoss},
                {"first_heldout_loss", firstHeldoutLoss},
                {"last_heldout_loss", lastHeldoutLoss}};
    if (!firstHeldoutLossConditioned.empty() || !lastHeldoutLossConditioned.empty()) {
        out["first_heldout_loss_conditioned"] = firstHeldoutLossConditioned;
        out["last_heldout_loss_conditioned"] = lastHeldoutLossConditioned;
    }
    return out;
}

TrainerState TrainerState::fromJson(const json& j, const std::string& source)
{
    TrainerState state;
    try {
        if (j.at("version").get<int>() != kTrainerStateVersion)
            throw Error(source + ": version: " + j.at("version").dump() + " is not " +
                        std::to_string(kTrainerStateVersion));
        state.step = j.at("step").get<int64_t>();
        state.tokensSeen = j.at("tokens_seen").get<int64_t>();
        state.lastTrainLoss = j.at("last_train_loss").get<double>();
        state.firstHeldoutLoss = j.at("first_heldout_loss").get<std::map<std::string, double>>();
        state.lastHeldoutLoss = j.at("last_heldout_loss").get<std::map<std::string, double>>();
        if (j.contains("first_heldout_loss_conditioned"))
            state.firstHeldoutLossConditioned = j.at("first_heldout_loss_conditioned").get<std::map<std::string, double>>();
        if (j.contains("last_heldout_loss_conditioned"))
            state.lastHeldoutLossConditioned = j.at("last_heldout_loss_conditioned").get<std::map<std::string, double>>();
    } catch (const json::exception& e) {
        throw Error(source + ": " + e.what());
    }
    if (state.step < 0)
        throw Error(source + ": step: " + std::to_string(state.step) + " is negative");
    return state;
}

fs::path writeCheckpoint(const fs::path& runDir, const CheckpointContents& contents)
{
    const fs::path target = checkpointFolder(runDir, contents.state.step);
    const fs::path parent = target.parent_path();
    std::error_code ec;
    fs::create_directories(parent, ec);
    if (ec)
        throw Error("cannot create " + parent.string() + ": " + ec.message());

    // Everything goes into a hidden sibling first; a kill at any point leaves only that behind.
    StagingFolder staging(temporarySibling(target));
    if ((*contents.model)->hasLora()) {
        // The base is frozen and made again from config.base on resume: only the adapter changes.
        fs::create_directories(staging.path(), ec);
        if (ec)
            throw Error("cannot create " + staging.path().string() + ": " + ec.message());
        model::saveLoraAdapter(*contents.model, staging.path() / "adapter");
    } else {
        model::SaveOptions save;
        save.tokenizerSource = contents.tokenizerSource;
        model::saveHfModel(*contents.model, staging.path(), save);
    }

    std::ostringstream optimizer;
    torch::save(*contents.optimizer, optimizer);
    writeFileAtomically(staging.path() / kOptimizerFile, optimizer.str());

    std::vector<torch::Tensor> rngStates;
    for (at::Generator& generator : defaultGenerators()) {
        std::lock_guard<std::mutex> lock(generator.mutex());
        rngStates.push_back(generator.get_state());
    }
    std::ostringstream rng;
    torch::save(rngStates, rng);
    writeFileAtomically(staging.path() / kRngFile, rng.str());

    writeFileAtomically(staging.path() / kConfigFile, contents.config->toJson().dump(2) + "\n");
    writeFileAtomically(staging.path() / kTrainerStateFile, contents.state.toJson().dump(2) + "\n"); // last
    syncFolder(staging.path());

    // An existing step-N (a run that resumed and stopped again at once) is replaced only now.
    StagingFolder old;
    if (fs::exists(target)) {
        old.reset(temporarySibling(target));
        fs::rename(target, old.path(), ec);
        if (ec)
            throw Error("cannot move the old " + target.string() + " aside: " + ec.message());
    }
    fs::rename(staging.path(), target, ec);
    if (ec) {
        std::error_code back; // put the old one back rather than lose both
        if (!old.empty() && (fs::rename(old.path(), target, back), !back))
            old.release();
        throw Error("cannot rename the new checkpoint into " + target.string() + ": " + ec.message());
    }
    staging.release();
    syncFolder(parent);
    return target; // `old`, if any, goes with its guard
}

void writeLoraFinalFolder(const model::LlamaForCausalLM& model, const TrainConfig& config, const fs::path& folder)
{
    const fs::path parent = folder.parent_path().empty() ? fs::path(".") : folder.parent_path();
    std::error_code ec;
    fs::create_directories(parent, ec);
    if (ec)
        throw Error("cannot create " + parent.string() + ": " + ec.message());
    // saveLoraAdapter writes its folder atomically; the tokenizer and the note go in beside it
    // before the whole is renamed into place.
    StagingFolder staging(temporarySibling(folder));
    model::saveLoraAdapter(model, staging.path());
    if (!config.tokenizer.empty())
        copyTokenizerFiles(config.tokenizer, staging.path());
    const json info = {{"base_model", config.base},
                       {"stage", config.stage},
                       {"chat_template", config.stage == "sft" ? json(config.sft.chatTemplate) : json()},
                       {"note", "A LoRA adapter in the PEFT layout for base_model (its tokenizer beside it): apply it "
                                "unmerged, or fold it in with adaptlab-cli merge --base BASE --lora THIS_FOLDER --out DIR."}};
    writeFileAtomically(staging.path() / "adapter_base.json", info.dump(2) + "\n");
    syncFolder(staging.path());
    replaceFolder(staging.path(), folder);
    staging.release();
    syncFolder(parent);
}

std::vector<fs::path> pruneCheckpoints(const fs::path& runDir, int64_t keep)
{
    std::vector<fs::path> removed;
    if (keep <= 0)
        return removed;
    const auto folders = listCheckpoints(runDir);
    for (size_t i = 0; i + static_cast<size_t>(keep) < folders.size(); ++i) {
        // Renamed to a temporary name first, so a kill halfway through the removal leaves a
        // stale temporary (removed at the next start), never a step-N that lacks files.
        const fs::path doomed = temporarySibling(folders[i]);
        std::error_code ec;
        fs::rename(folders[i], doomed, ec);
        if (ec)
            throw Error("cannot remove the old checkpoint " + folders[i].string() + ": " + ec.message());
        fs::remove_all(doomed, ec);
        removed.push_back(folders[i]);
    }
    return removed;
}

void removeStaleCheckpointTemporaries(const fs::path& runDir)
{
    std::error_code ec;
    std::vector<fs::path> stale;
    for (fs::directory_iterator it(checkpointsFolder(runDir), ec), end; !ec && it != end; it.increment(ec)) {
        if (isStaleTemporary(it->path().filename().string()))
            stale.push_back(it->path());
    }
    for (const fs::path& path : stale)
        fs::remove_all(path, ec);
}

TrainerState readTrainerState(const fs::path& checkpoint)
{
    const fs::path file = checkpoint / kTrainerStateFile;
    return TrainerState::fromJson(readJsonFile(file), file.string());
}

json readCheckpointConfig(const fs::path& checkpoint)
{
    return readJsonFile(checkpoint / kConfigFile);
}

void loadOptimizerState(const fs::path& checkpoint, torch::optim::Optimizer& optimizer, const torch::Device& device)
{
    const fs::path file = checkpoint / kOptimizerFile;
    if (!fs::is_regular_file(file))
        throw Error(file.string() + ": missing (a checkpoint without its optimizer state cannot be resumed exactly)");
    try {
        torch::load(optimizer, file.string(), device);
    } catch (const c10::Error& e) {
        throw Error(file.string() + ": cannot load the optimizer state: " + e.what_without_backtrace());
    }
}

void restoreRngState(const fs::path& checkpoint)
{
    const fs::path file = checkpoint / kRngFile;
    std::vector<torch::Tensor> states;
    try {
        torch::load(states, file.string());
    } catch (const c10::Error& e) {
        throw Error(file.string() + ": cannot load the random generator state: " + e.what_without_backtrace());
    }
    std::vector<at::Generator> generators = defaultGenerators();
    // A checkpoint made on a machine with other CUDA devices restores what both have.
    for (size_t i = 0; i < std::min(states.size(), generators.size()); ++i) {
        std::lock_guard<std::mutex> lock(generators[i].mutex());
        generators[i].set_state(states[i]);
    }
}

std::optional<std::string> resumeConflict(const json& saved, const json& current)
{
    return firstDifference(saved, current, "");
}

} // namespace adaptlab::train
