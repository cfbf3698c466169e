// LoRA settings and PEFT's adapter_config.json (lora_config.h). The keys written are those PEFT 0.x
// writes for a LoraConfig (peft/tuners/lora/config.py); PEFT fills any other key from its defaults
// on load, so an older or newer PEFT reads the file too. Reading refuses what this model cannot
// apply (another method, rsLoRA / DoRA scaling, per-layer or per-module ranks) rather than load an
// adapter that would compute something else.
#include "model/lora_config.h"

#include "common/error.h"

#include <array>
#include <fstream>
#include <set>
#include <sstream>

namespace adaptlab::model {

namespace fs = std::filesystem;
using json = nlohmann::json;

namespace {

// The seven projections of a Llama layer, in peftTensorName / peftTensors order.
constexpr std::array<std::pair<const char*, const char*>, 7> kTargets = {{{"q", "q_proj"},
                                                                          {"k", "k_proj"},
                                                                          {"v", "v_proj"},
                                                                          {"o", "o_proj"},
                                                                          {"gate", "gate_proj"},
                                                                          {"up", "up_proj"},
                                                                          {"down", "down_proj"}}};

const char* const kChoices = "q, k, v, o, gate, up, down";

// "q" or "q_proj" -> "q"; empty when neither.
std::string shortName(const std::string& name)
{
    for (const auto& [shortForm, module] : kTargets)
        if (name == shortForm || name == module)
            return shortForm;
    return {};
}

bool isAttention(const std::string& target)
{
    return target == "q" || target == "k" || target == "v" || target == "o";
}

// PEFT writes r and lora_alpha as integers; a whole alpha stays one, so the file reads as PEFT's.
json number(double value)
{
    if (value == static_cast<double>(static_cast<int64_t>(value)))
        return static_cast<int64_t>(value);
    return value;
}

} // namespace

void LoraConfig::validate() const
{
    if (rank < 1)
        throw Error("lora_rank: must be at least 1 (got " + std::to_string(rank) + ")");
    if (!(alpha > 0))
        throw Error("lora_alpha: must be greater than 0");
    if (!(dropout >= 0 && dropout < 1))
        throw Error("lora_dropout: must be at least 0 and below 1");
    if (targets.empty())
        throw Error(std::string("lora_targets: choose at least one module (") + kChoices + ")");
    std::set<std::string> seen;
    for (const std::string& target : targets) {
        const std::string name = shortName(target);
        if (name.empty() || name != target)
            throw Error("lora_targets: unknown module \"" + target + "\" (choose from " + kChoices + ")");
        if (!seen.insert(name).second)
            throw Error("lora_targets: \"" + target + "\" is given twice");
    }
}

json LoraConfig::toPeftJson() const
{
    validate();
    json modules = json::array();
    for (const auto& [shortForm, module] : kTargets) // PEFT stores a set; a fixed order keeps files comparable
        for (const std::string& target : targets)
            if (target == shortForm)
                modules.push_back(module);
    return json{{"peft_type", "LORA"},
                {"task_type", "CAUSAL_LM"},
                {"r", rank},
                {"lora_alpha", number(alpha)},
                {"lora_dropout", dropout},
                {"target_modules", modules},
                {"bias", "none"},
                {"fan_in_fan_out", false},
                {"inference_mode", true},
                {"base_model_name_or_path", baseModel.empty() ? json(nullptr) : json(baseModel)},
                {"modules_to_save", nullptr},
                {"init_lora_weights", true},
                {"use_rslora", false},
                {"use_dora", false},
                {"layers_to_transform", nullptr},
                {"layers_pattern", nullptr},
                {"rank_pattern", json::object()},
                {"alpha_pattern", json::object()},
                {"revision", nullptr}};
}

LoraConfig LoraConfig::fromPeftJson(const json& root, const std::string& source)
{
    const auto fail = [&](const std::string& key, const std::string& what) -> void {
        throw Error(source + ": " + key + ": " + what);
    };
    if (!root.is_object())
        throw Error(source + ": not a JSON object (an adapter_config.json is one)");
    const auto present = [&](const char* key) { return root.contains(key) && !root.at(key).is_null(); };

    if (!present("peft_type"))
        fail("peft_type", "missing (a PEFT adapter_config.json names its method, \"LORA\")");
    if (!root.at("peft_type").is_string() || root.at("peft_type").get<std::string>() != "LORA")
        fail("peft_type", root.at("peft_type").dump() + " is not a LoRA adapter (expected \"LORA\")");
    if (present("task_type") && (!root.at("task_type").is_string() || root.at("task_type").get<std::string>() != "CAUSAL_LM"))
        fail("task_type", root.at("task_type").dump() + ": only CAUSAL_LM adapters fit a causal language model");

    LoraConfig config;
    // PEFT's defaults for keys an older writer left out: r 8, lora_alpha 8, lora_dropout 0.
    config.rank = 8;
    config.alpha = 8;
    config.dropout = 0;
    if (present("r")) {
        if (!root.at("r").is_number_integer())
            fail("r", "must be a whole number, got " + root.at("r").dump());
        config.rank = root.at("r").get<int64_t>();
    }
    if (present("lora_alpha")) {
        if (!root.at("lora_alpha").is_number())
            fail("lora_alpha", "must be a number, got " + root.at("lora_alpha").dump());
        config.alpha = root.at("lora_alpha").get<double>();
    }
    if (present("lora_dropout")) {
        if (!root.at("lora_dropout").is_number())
            fail("lora_dropout", "must be a number, got " + root.at("lora_dropout").dump());
        config.dropout = root.at("lora_dropout").get<double>();
    }

    if (!present("target_modules"))
        fail("target_modules", "missing (which projections carry adapters)");
    const json& modules = root.at("target_modules");
    config.targets.clear();
    const auto addModule = [&](const std::string& name, const std::string& path) {
        const std::string target = shortName(name);
        if (target.empty())
            throw Error(source + ": " + path + ": unknown module \"" + name +
                        "\" (a Llama layer's are q_proj, k_proj, v_proj, o_proj, gate_proj, up_proj, down_proj)");
        for (const std::string& known : config.targets)
            if (known == target)
                return;
        config.targets.push_back(target);
    };
    if (modules.is_string()) {
        // PEFT reads a single string as a regular expression over module paths; only a plain module
        // name and PEFT's "all-linear" (every projection but the output head) are taken here.
        const std::string text = modules.get<std::string>();
        if (text == "all-linear") {
            for (const auto& [shortForm, module] : kTargets)
                config.targets.push_back(shortForm);
        } else if (!shortName(text).empty()) {
            addModule(text, "target_modules");
        } else {
            fail("target_modules", "\"" + text + "\" is not a module name; regular expressions are not supported "
                                   "(give a list such as [\"q_proj\", \"v_proj\"])");
        }
    } else if (modules.is_array()) {
        for (size_t i = 0; i < modules.size(); ++i) {
            const std::string path = "target_modules[" + std::to_string(i) + "]";
            if (!modules[i].is_string())
                fail(path, "must be a string, got " + modules[i].dump());
            addModule(modules[i].get<std::string>(), path);
        }
    } else {
        fail("target_modules", "must be a list of module names or one name, got " + modules.dump());
    }
    // Attention adapters first, in the canonical order: the order of the list does not matter to PEFT.
    std::vector<std::string> ordered;
    for (const auto& [shortForm, module] : kTargets)
        for (const std::string& target : config.targets)
            if (target == shortForm)
                ordered.push_back(target);
    config.targets = ordered;

    const auto refuseTrue = [&](const char* key, const char* why) {
        if (present(key) && !(root.at(key).is_boolean() && !root.at(key).get<bool>()))
            fail(key, root.at(key).dump() + ": " + why);
    };
    refuseTrue("use_rslora", "rank-stabilised scaling (alpha / sqrt(r)) is not supported; only alpha / r");
    refuseTrue("use_dora", "DoRA adapters are not supported");
    refuseTrue("fan_in_fan_out", "transposed (Conv1D) weights do not occur in a Llama model");
    if (present("bias") && root.at("bias") != "none")
        fail("bias", root.at("bias").dump() + ": adapters that train biases are not supported (expected \"none\")");
    if (present("layers_to_transform"))
        fail("layers_to_transform", "adapters on only some layers are not supported (expected null)");
    for (const char* key : {"rank_pattern", "alpha_pattern"})
        if (present(key) && !(root.at(key).is_object() && root.at(key).empty()))
            fail(key, "per-module ranks or alphas are not supported (expected {})");
    if (present("modules_to_save") && !(root.at("modules_to_save").is_array() && root.at("modules_to_save").empty()))
        fail("modules_to_save", "fully trained extra modules are not supported (expected null)");
    if (present("base_model_name_or_path")) {
        if (!root.at("base_model_name_or_path").is_string())
            fail("base_model_name_or_path", "must be a string");
        config.baseModel = root.at("base_model_name_or_path").get<std::string>();
    }
    try {
        config.validate();
    } catch (const Error& error) {
        throw Error(source + ": " + error.what());
    }
    return config;
}

std::string loraModuleName(const std::string& target)
{
    for (const auto& [shortForm, module] : kTargets)
        if (target == shortForm)
            return module;
    throw Error("lora_targets: unknown module \"" + target + "\" (choose from " + kChoices + ")");
}

std::vector<std::string> parseLoraTargets(const std::string& commaSeparated)
{
    std::vector<std::string> targets;
    std::stringstream in(commaSeparated);
    std::string item;
    while (std::getline(in, item, ',')) {
        const size_t begin = item.find_first_not_of(" \t");
        const size_t end = item.find_last_not_of(" \t");
        const std::string name = begin == std::string::npos ? std::string() : item.substr(begin, end - begin + 1);
        if (name.empty())
            throw Error("lora_targets: \"" + commaSeparated + "\" has an empty name (give q,k,v,o,gate,up,down)");
        // Module names are accepted too ("q_proj,v_proj"), as PEFT spells them.
        const std::string target = shortName(name);
        if (target.empty())
            throw Error("lora_targets: unknown module \"" + name + "\" (choose from " + kChoices + ")");
        targets.push_back(target);
    }
    if (targets.empty())
        throw Error(std::string("lora_targets: choose at least one module (") + kChoices + ")");
    return targets;
}

int64_t loraParameterCount(const LlamaConfig& model, const LoraConfig& lora)
{
    const int64_t C = model.hiddenSize, I = model.intermediateSize, D = model.headDimension();
    const int64_t H = model.numAttentionHeads, K = model.numKeyValueHeads;
    int64_t perLayer = 0;
    for (const std::string& target : lora.targets) {
        int64_t in = C, out = C;
        if (target == "q")
            out = H * D;
        else if (target == "k" || target == "v")
            out = K * D;
        else if (target == "o")
            in = H * D;
        else if (target == "gate" || target == "up")
            out = I;
        else if (target == "down")
            in = I;
        else
            loraModuleName(target); // throws, naming it
        perLayer += lora.rank * (in + out);
    }
    return perLayer * model.numHiddenLayers;
}

std::string peftTensorName(int64_t layer, const std::string& target, char aOrB)
{
    const std::string name = shortName(target);
    if (name.empty())
        loraModuleName(target); // throws, naming it
    if (aOrB != 'A' && aOrB != 'B')
        throw Error(std::string("peftTensorName: expected A or B, got '") + aOrB + "'");
    return "base_model.model.model.layers." + std::to_string(layer) + (isAttention(name) ? ".self_attn." : ".mlp.") +
           loraModuleName(name) + ".lora_" + aOrB + ".weight";
}

LoraConfig readAdapterConfig(const fs::path& folder)
{
    const fs::path path = folder / "adapter_config.json";
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(path.string() + ": cannot be read (not a LoRA adapter folder, or no permission)");
    std::stringstream text;
    text << in.rdbuf();
    json parsed;
    try {
        parsed = json::parse(text.str());
    } catch (const json::parse_error& error) {
        throw Error(path.string() + ": not valid JSON: " + error.what());
    }
    return LoraConfig::fromPeftJson(parsed, path.string());
}

bool isAdapterFolder(const fs::path& folder)
{
    std::error_code ec;
    return fs::is_regular_file(folder / "adapter_config.json", ec);
}

} // namespace adaptlab::model
