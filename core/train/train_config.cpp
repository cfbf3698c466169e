#include "train/train_config.h"

#include "common/error.h"
#include "data/chat_template.h"

#include <cmath>
#include <limits>
#include <set>

namespace adaptlab::train {

using nlohmann::json;

namespace {

// The keys a config object may hold, so that a misspelt key in a hand-edited config (or a
// checkpoint's) is refused by name instead of silently taking the default.
const std::set<std::string> kConfigKeys = {
    "base",         "tokenizer",   "data",          "steps",           "micro_batch", "schedule",
    "weight_decay", "beta1",       "beta2",         "adam_epsilon",    "grad_clip",   "eval_every",
    "eval_every_early", "eval_rows", "save_every",  "keep_checkpoints", "precision",  "device",
    "threads",      "run_dir",     "final_dir",     "export_dtype",    "resume",      "resume_from",
    "stage",        "sft",         "lora",          "lora_config", "mixture_plan"};
const std::set<std::string> kSftKeys = {"files", "chat_template", "packing", "heldout_fraction"};
const std::set<std::string> kSftFileKeys = {"path", "format", "fields", "name"};
const std::set<std::string> kLoraKeys = {"rank", "alpha", "dropout", "targets", "base_model"};
const std::set<std::string> kDataKeys = {"sources", "replay_fraction", "seq_len", "global_batch", "seed", "eos_id", "bos_id",
                                          "segments",
                                          // issue 12 ("mecorun"): MeCo and what its phases need
                                          "meco", "total_steps", "tokenizer"};
const std::set<std::string> kSegmentKeys = {"begin_step", "weights", "replay_fraction", "phase"};
const std::set<std::string> kSourceKeys = {"name", "shard_folder", "weight", "replay"};
const std::set<std::string> kScheduleKeys = {"kind", "peak_lr", "min_lr_ratio", "warmup_steps", "total_steps", "decay_fraction"};

[[noreturn]] void fail(const std::string& field, const std::string& message)
{
    throw Error("train config: " + field + ": " + message);
}

void requireObject(const json& object, const std::string& field, const std::set<std::string>& keys)
{
    if (!object.is_object())
        fail(field.empty() ? "(top level)" : field, "must be a JSON object");
    for (const auto& item : object.items())
        if (!keys.count(item.key()))
            fail((field.empty() ? "" : field + ".") + item.key(), "unknown key");
}

std::string at(const std::string& parent, const std::string& key) { return parent.empty() ? key : parent + "." + key; }

// Each reader leaves `out` as it is when the key is absent (the struct's default stands).
void readString(const json& object, const std::string& parent, const std::string& key, std::string& out)
{
    const auto it = object.find(key);
    if (it == object.end())
        return;
    if (!it->is_string())
        fail(at(parent, key), "must be a string");
    out = it->get<std::string>();
}

void readPath(const json& object, const std::string& parent, const std::string& key, std::filesystem::path& out)
{
    std::string text = out.string();
    readString(object, parent, key, text);
    out = text;
}

void readInteger(const json& object, const std::string& parent, const std::string& key, int64_t& out, int64_t min,
                 int64_t max = std::numeric_limits<int64_t>::max())
{
    const auto it = object.find(key);
    if (it == object.end())
        return;
    if (!it->is_number_integer() || (it->is_number_unsigned() && it->get<uint64_t>() > uint64_t(max)))
        fail(at(parent, key), "must be an integer");
    const int64_t value = it->get<int64_t>();
    if (value < min || value > max)
        fail(at(parent, key), "must be an integer from " + std::to_string(min) +
                                  (max == std::numeric_limits<int64_t>::max() ? " up" : " to " + std::to_string(max)));
    out = value;
}

void readNumber(const json& object, const std::string& parent, const std::string& key, double& out, double min,
                double max = std::numeric_limits<double>::infinity())
{
    const auto it = object.find(key);
    if (it == object.end())
        return;
    if (!it->is_number() || !std::isfinite(it->get<double>()))
        fail(at(parent, key), "must be a finite number");
    const double value = it->get<double>();
    if (value < min || value > max)
        fail(at(parent, key), "must be a number from " + json(min).dump() + (std::isinf(max) ? " up" : " to " + json(max).dump()));
    out = value;
}

void readBool(const json& object, const std::string& parent, const std::string& key, bool& out)
{
    const auto it = object.find(key);
    if (it == object.end())
        return;
    if (!it->is_boolean())
        fail(at(parent, key), "must be true or false");
    out = it->get<bool>();
}

void readChoice(const json& object, const std::string& parent, const std::string& key, std::string& out,
                const std::set<std::string>& choices)
{
    readString(object, parent, key, out);
    if (!choices.count(out)) {
        std::string list;
        for (const std::string& choice : choices)
            list += (list.empty() ? "" : ", ") + choice;
        fail(at(parent, key), "\"" + out + "\" is not one of: " + list);
    }
}

// "auto", "cpu", "cuda" or "cuda:N".
bool isDeviceName(const std::string& text)
{
    if (text == "auto" || text == "cpu" || text == "cuda")
        return true;
    if (!text.starts_with("cuda:") || text.size() == 5 || text.size() > 8)
        return false;
    return text.find_first_not_of("0123456789", 5) == std::string::npos;
}

ScheduleKind scheduleKindOf(const std::string& field, const std::string& text)
{
    try {
        return scheduleKindFromString(text);
    } catch (const Error&) {
        fail(field, "\"" + text + "\" is not one of: cosine, cpt, wsd, constant");
    }
}

json loraToJson(const model::LoraConfig& lora)
{
    return {{"rank", lora.rank}, {"alpha", lora.alpha}, {"dropout", lora.dropout}, {"targets", lora.targets},
            {"base_model", lora.baseModel}};
}

model::LoraConfig loraFromJson(const json& object, const std::string& field)
{
    requireObject(object, field, kLoraKeys);
    model::LoraConfig lora;
    readInteger(object, field, "rank", lora.rank, 1);
    readNumber(object, field, "alpha", lora.alpha, 0.0);
    readNumber(object, field, "dropout", lora.dropout, 0.0, 1.0);
    if (lora.dropout >= 1.0)
        fail(at(field, "dropout"), "must be below 1");
    if (const auto it = object.find("targets"); it != object.end()) {
        if (!it->is_array() || it->empty())
            fail(at(field, "targets"), "must be a non-empty list of module names (q, k, v, o, gate, up, down)");
        lora.targets.clear();
        for (size_t i = 0; i < it->size(); ++i) {
            const std::string item = at(field, "targets") + "[" + std::to_string(i) + "]";
            if (!(*it)[i].is_string())
                fail(item, "must be a string");
            const std::string target = (*it)[i].get<std::string>();
            try {
                model::loraModuleName(target);
            } catch (const Error& e) {
                fail(item, e.what());
            }
            lora.targets.push_back(target);
        }
    }
    readString(object, field, "base_model", lora.baseModel);
    try {
        lora.validate();
    } catch (const Error& e) {
        fail(field, e.what());
    }
    return lora;
}

// data.segments (data/mixture.h): the mix over training a plan gives, per source in sources order.
json segmentsToJson(const std::vector<data::MixtureSegment>& segments)
{
    json list = json::array();
    for (const data::MixtureSegment& segment : segments)
        list.push_back({{"begin_step", segment.beginStep}, {"weights", segment.weights},
                        {"replay_fraction", segment.replayFraction}, {"phase", segment.phase}});
    return list;
}

std::vector<data::MixtureSegment> segmentsFromJson(const json& list, size_t sources)
{
    if (!list.is_array())
        fail("data.segments", "must be a list of {begin_step, weights, replay_fraction, phase}");
    std::vector<data::MixtureSegment> segments;
    for (size_t k = 0; k < list.size(); ++k) {
        const std::string field = "data.segments[" + std::to_string(k) + "]";
        const json& entry = list[k];
        requireObject(entry, field, kSegmentKeys);
        data::MixtureSegment segment;
        if (!entry.contains("begin_step"))
            fail(field + ".begin_step", "is required");
        // The first segment starts the run; the others in order.
        readInteger(entry, field, "begin_step", segment.beginStep, k == 0 ? 0 : segments.back().beginStep,
                    k == 0 ? 0 : std::numeric_limits<int64_t>::max());
        const auto weights = entry.find("weights");
        if (weights == entry.end() || !weights->is_array() || weights->size() != sources)
            fail(field + ".weights", "must be a list of " + std::to_string(sources) + " weights (one per source)");
        for (size_t i = 0; i < weights->size(); ++i) {
            const json& weight = (*weights)[i];
            if (!weight.is_number() || !std::isfinite(weight.get<double>()) || weight.get<double>() < 0.0)
                fail(field + ".weights[" + std::to_string(i) + "]", "must be a finite number >= 0");
            segment.weights.push_back(weight.get<double>());
        }
        readNumber(entry, field, "replay_fraction", segment.replayFraction, 0.0, 1.0);
        segment.phase = "constant";
        readChoice(entry, field, "phase", segment.phase, {"constant", "upsample"});
        segments.push_back(std::move(segment));
    }
    return segments;
}

} // namespace

json SftData::toJson() const
{
    json list = json::array();
    for (const File& file : files)
        list.push_back({{"path", file.path.string()},
                        {"format", data::instructionFormatName(file.format)},
                        {"fields", file.fields.toJson()},
                        {"name", file.name}});
    return {{"files", list}, {"chat_template", chatTemplate}, {"packing", packing}, {"heldout_fraction", heldoutFraction}};
}

SftData SftData::fromJson(const json& object)
{
    requireObject(object, "sft", kSftKeys);
    SftData sft;
    const auto files = object.find("files");
    if (files == object.end() || !files->is_array() || files->empty())
        fail("sft.files", "must be a non-empty list of instruction files ({\"path\": FILE, \"format\": alpaca|chat|sharegpt})");
    for (size_t i = 0; i < files->size(); ++i) {
        const std::string field = "sft.files[" + std::to_string(i) + "]";
        const json& entry = (*files)[i];
        requireObject(entry, field, kSftFileKeys);
        File file;
        readPath(entry, field, "path", file.path);
        if (file.path.empty())
            fail(field + ".path", "is required (an instruction file)");
        std::string format = data::instructionFormatName(file.format);
        readString(entry, field, "format", format);
        const auto parsed = data::parseInstructionFormat(format);
        if (!parsed)
            fail(field + ".format", "\"" + format + "\" is not one of: alpaca, chat, sharegpt");
        file.format = *parsed;
        if (entry.contains("fields")) {
            try {
                file.fields = data::InstructionFields::fromJson(entry["fields"]);
            } catch (const Error& e) {
                fail(field + ".fields", e.what());
            }
        }
        readString(entry, field, "name", file.name);
        sft.files.push_back(std::move(file));
    }
    readString(object, "sft", "chat_template", sft.chatTemplate);
    if (!data::parseChatTemplate(sft.chatTemplate))
        fail("sft.chat_template", "\"" + sft.chatTemplate + "\" is not one of: chatml, llama2, zephyr, alpaca");
    readBool(object, "sft", "packing", sft.packing);
    readNumber(object, "sft", "heldout_fraction", sft.heldoutFraction, 0.0, 1.0);
    if (sft.heldoutFraction >= 1.0)
        fail("sft.heldout_fraction", "must be below 1 (the rest of the examples train)");
    return sft;
}

json TrainConfig::toJson() const
{
    json sources = json::array();
    for (const DataSource& source : data.sources)
        sources.push_back({{"name", source.name}, {"shard_folder", source.shardFolder.string()}, {"weight", source.weight},
                           {"replay", source.replay}});
    return {{"base", base},
            {"tokenizer", tokenizer.string()},
            {"data", {{"sources", sources},
                      {"replay_fraction", data.replayFraction},
                      {"seq_len", data.seqLen},
                      {"global_batch", data.globalBatch},
                      {"seed", data.seed},
                      {"eos_id", data.eosId},
                      {"bos_id", data.bosId},
                      {"segments", segmentsToJson(data.segments)},
                      {"meco", data.meco.toJson()},
                      {"total_steps", data.totalSteps},
                      {"tokenizer", data.tokenizer.string()}}},
            {"steps", steps},
            {"micro_batch", microBatch},
            {"schedule", {{"kind", train::toString(schedule.kind)},
                          {"peak_lr", schedule.peakLr},
                          {"min_lr_ratio", schedule.minLrRatio},
                          {"warmup_steps", schedule.warmupSteps},
                          {"total_steps", schedule.totalSteps},
                          {"decay_fraction", schedule.decayFraction}}},
            {"weight_decay", weightDecay},
            {"beta1", beta1},
            {"beta2", beta2},
            {"adam_epsilon", adamEpsilon},
            {"grad_clip", gradClip},
            {"eval_every", evalEvery},
            {"eval_every_early", evalEveryEarly},
            {"eval_rows", evalRows},
            {"save_every", saveEvery},
            {"keep_checkpoints", keepCheckpoints},
            {"precision", precision},
            {"device", device},
            {"threads", threads},
            {"run_dir", runDir.string()},
            {"final_dir", finalDir.string()},
            {"export_dtype", exportDtype},
            {"resume", resume},
            {"resume_from", resumeFrom.string()},
            {"stage", stage},
            {"sft", stage == "sft" ? sft.toJson() : json()},
            {"lora", lora},
            {"lora_config", lora ? loraToJson(loraConfig) : json()},
            {"mixture_plan", mixturePlan.string()}};
}

TrainConfig TrainConfig::fromJson(const json& object)
{
    // Absent keys keep the defaults of the struct; present ones must have the right type and range.
    requireObject(object, "", kConfigKeys);
    TrainConfig config;
    readString(object, "", "base", config.base);
    if (config.base.empty())
        fail("base", object.contains("base") ? "must not be empty" : "is required");
    readPath(object, "", "tokenizer", config.tokenizer);

    readChoice(object, "", "stage", config.stage, {"cpt", "sft"});
    const bool sft = config.stage == "sft";

    if (!object.contains("data"))
        fail("data", "is required");
    const json& data = object["data"];
    requireObject(data, "data", kDataKeys);
    // Stage "sft" reads instruction files (sft.files): its data.sources may be empty.
    if (!sft && (!data.contains("sources") || !data["sources"].is_array() || data["sources"].empty()))
        fail("data.sources", "must be a non-empty list of sources");
    if (sft && data.contains("sources") && !data["sources"].is_array())
        fail("data.sources", "must be a list of sources");
    std::set<std::string> names;
    for (size_t i = 0; data.contains("sources") && i < data["sources"].size(); ++i) {
        const std::string field = "data.sources[" + std::to_string(i) + "]";
        const json& entry = data["sources"][i];
        requireObject(entry, field, kSourceKeys);
        DataSource source;
        readString(entry, field, "name", source.name);
        if (source.name.empty())
            fail(field + ".name", "is required (a non-empty name)");
        if (!names.insert(source.name).second)
            fail(field + ".name", "\"" + source.name + "\" names two sources");
        readPath(entry, field, "shard_folder", source.shardFolder);
        if (source.shardFolder.empty())
            fail(field + ".shard_folder", "is required (a shard build folder)");
        readNumber(entry, field, "weight", source.weight, 0.0);
        readBool(entry, field, "replay", source.replay);
        config.data.sources.push_back(std::move(source));
    }
    readNumber(data, "data", "replay_fraction", config.data.replayFraction, 0.0, 1.0);
    if (config.data.replayFraction >= 1.0)
        fail("data.replay_fraction", "must be below 1 (the rest of the rows come from the other sources)");
    readInteger(data, "data", "seq_len", config.data.seqLen, 1);
    readInteger(data, "data", "global_batch", config.data.globalBatch, 1);
    if (const auto it = data.find("seed"); it != data.end()) {
        if (!it->is_number_integer() || (it->is_number_integer() && !it->is_number_unsigned() && it->get<int64_t>() < 0))
            fail("data.seed", "must be a non-negative integer");
        config.data.seed = it->get<uint64_t>();
    }
    readInteger(data, "data", "eos_id", config.data.eosId, -1);
    readInteger(data, "data", "bos_id", config.data.bosId, -1);
    if (const auto segments = data.find("segments"); segments != data.end())
        config.data.segments = segmentsFromJson(*segments, config.data.sources.size());
    // MeCo (data/meco.h): absent = off, which is what a config written before issue 12 means.
    if (const auto meco = data.find("meco"); meco != data.end() && !meco->is_null()) {
        try {
            config.data.meco = data::MecoOptions::fromJson(*meco);
        } catch (const std::exception& e) {
            fail("data.meco", e.what());
        }
    }
    readInteger(data, "data", "total_steps", config.data.totalSteps, 0);
    readPath(data, "data", "tokenizer", config.data.tokenizer);

    readInteger(object, "", "steps", config.steps, 1);
    readInteger(object, "", "micro_batch", config.microBatch, 0);
    if (object.contains("schedule")) {
        const json& schedule = object["schedule"];
        requireObject(schedule, "schedule", kScheduleKeys);
        if (schedule.contains("kind")) {
            std::string kind;
            readString(schedule, "schedule", "kind", kind);
            config.schedule.kind = scheduleKindOf("schedule.kind", kind);
        }
        readNumber(schedule, "schedule", "peak_lr", config.schedule.peakLr, 0.0);
        readNumber(schedule, "schedule", "min_lr_ratio", config.schedule.minLrRatio, 0.0, 1.0);
        readInteger(schedule, "schedule", "warmup_steps", config.schedule.warmupSteps, 0);
        readInteger(schedule, "schedule", "total_steps", config.schedule.totalSteps, 1);
        readNumber(schedule, "schedule", "decay_fraction", config.schedule.decayFraction, 0.0, 1.0);
    }
    readNumber(object, "", "weight_decay", config.weightDecay, 0.0);
    readNumber(object, "", "beta1", config.beta1, 0.0, 1.0);
    readNumber(object, "", "beta2", config.beta2, 0.0, 1.0);
    if (config.beta1 >= 1.0 || config.beta2 >= 1.0)
        fail(config.beta1 >= 1.0 ? "beta1" : "beta2", "must be below 1");
    readNumber(object, "", "adam_epsilon", config.adamEpsilon, 0.0);
    readNumber(object, "", "grad_clip", config.gradClip, 0.0);
    readInteger(object, "", "eval_every", config.evalEvery, 0);
    readInteger(object, "", "eval_every_early", config.evalEveryEarly, 0);
    readInteger(object, "", "eval_rows", config.evalRows, 0);
    readInteger(object, "", "save_every", config.saveEvery, 0);
    readInteger(object, "", "keep_checkpoints", config.keepCheckpoints, 1);
    readChoice(object, "", "precision", config.precision, {"f32", "bf16"});
    readString(object, "", "device", config.device);
    if (!isDeviceName(config.device))
        fail("device", "\"" + config.device + "\" is not auto, cpu, cuda or cuda:N");
    int64_t threads = config.threads;
    readInteger(object, "", "threads", threads, 0, 4096);
    config.threads = static_cast<int>(threads);
    readPath(object, "", "run_dir", config.runDir);
    readPath(object, "", "final_dir", config.finalDir);
    readChoice(object, "", "export_dtype", config.exportDtype, {"f32", "bf16"});
    readBool(object, "", "resume", config.resume);
    readPath(object, "", "resume_from", config.resumeFrom);
    readPath(object, "", "mixture_plan", config.mixturePlan);

    const auto sftData = object.find("sft");
    if (sft) {
        if (sftData == object.end() || sftData->is_null())
            fail("sft", "is required for stage \"sft\" (the instruction files and their template)");
        config.sft = SftData::fromJson(*sftData);
    } else if (sftData != object.end() && !sftData->is_null()) {
        fail("sft", "is only for stage \"sft\" (the stage is \"" + config.stage + "\")");
    }
    readBool(object, "", "lora", config.lora);
    const auto loraConfig = object.find("lora_config");
    if (config.lora) {
        if (loraConfig == object.end() || loraConfig->is_null())
            fail("lora_config", "is required when lora is true (rank, alpha, dropout, targets)");
        config.loraConfig = loraFromJson(*loraConfig, "lora_config");
    } else if (loraConfig != object.end() && !loraConfig->is_null()) {
        fail("lora_config", "is only for LoRA runs (lora is false)");
    }
    return config;
}

json TrainResult::toJson() const
{
    // NaN or Inf (a run stopped before its first step) has no JSON number: null says "none".
    const auto number = [](double value) { return std::isfinite(value) ? json(value) : json(); };
    const auto firstLast = [&number](const std::map<std::string, std::pair<double, double>>& losses) {
        json out = json::object();
        for (const auto& [source, pair] : losses)
            out[source] = {{"first", number(pair.first)}, {"last", number(pair.second)}};
        return out;
    };
    json out = {{"final_train_loss", number(finalTrainLoss)},
                {"heldout_loss", firstLast(heldoutLoss)},
                {"tokens_per_second", number(tokensPerSecond)},
                {"steps", stepsDone},
                {"tokens_seen", tokensSeen},
                {"stopped", stopped},
                {"last_checkpoint", lastCheckpoint.string()},
                {"final_dir", finalDir.string()}};
    // MeCo runs: the held-out loss with the metadata prefixes as well (heldout_loss is the plain
    // one, what the model is used as after the cooldown).
    if (!heldoutLossConditioned.empty())
        out["heldout_loss_conditioned"] = firstLast(heldoutLossConditioned);
    return out;
}

} // namespace adaptlab::train
