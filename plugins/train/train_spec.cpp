#include "train_spec.h"

#include "jobs/job_registry.h"
#include "jobs/job_spec.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace adaptlab::train_panel {

using nlohmann::json;

namespace {

// The params the panel edits with its own controls rather than the schema form.
constexpr const char* kBase = "base";
constexpr const char* kTokenizer = "tokenizer";
constexpr const char* kSources = "sources";
constexpr const char* kReplay = "replay";
constexpr const char* kResumeFrom = "resume_from";
// Issue 11 (the `train` kind's SFT and LoRA params).
constexpr const char* kStage = "stage";
constexpr const char* kSftData = "sft_data";
constexpr const char* kTemplate = "chat_template";
constexpr const char* kSftFormat = "sft_format"; // the shape of entries naming none: the panel names each
constexpr const char* kPacking = "packing";
constexpr const char* kLoraRank = "lora_rank";
constexpr const char* kLoraAlpha = "lora_alpha";
constexpr const char* kLoraDropout = "lora_dropout";
constexpr const char* kLoraTargets = "lora_targets";
// Issue 12 (MeCo).
constexpr const char* kMeco = "meco";
constexpr const char* kMecoField = "meco_field";
constexpr const char* kMecoLabel = "meco_label";
constexpr const char* kMecoHash = "meco_hash";
constexpr const char* kMecoCooldown = "meco_cooldown";

QString text(const json& value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

bool fail(QString* error, const QString& why)
{
    if (error != nullptr)
        *error = why;
    return false;
}

} // namespace

const std::set<std::string>& panelOwnedParams()
{
    static const std::set<std::string> keys{kBase,     kTokenizer, kSources,     kReplay,     kResumeFrom,
                                            kStage,    kSftData,   kSftFormat,   kTemplate,   kPacking,
                                            kLoraRank, kLoraAlpha, kLoraDropout, kLoraTargets,
                                            kMeco,     kMecoField, kMecoLabel,   kMecoHash,   kMecoCooldown};
    return keys;
}

bool trainKindAvailable()
{
    return jobs::findJobKind(kTrainKind) != nullptr;
}

QString trainSpec(const QString& projectDir, const TrainChoice& choice)
{
    json params = choice.params.is_object() ? choice.params : json::object();
    params[kBase] = choice.base.toStdString();
    if (!choice.tokenizer.isEmpty())
        params[kTokenizer] = choice.tokenizer.toStdString();
    if (choice.stage == kStageSft) {
        // Instruction data instead of the token-shard sources and replay.
        params[kStage] = kStageSft.toStdString();
        json data = json::array();
        for (const SftSourceChoice& source : choice.sftSources)
            data.push_back({{"name", source.dataset.toStdString()},
                            {"dataset", source.dataset.toStdString()},
                            {"format", source.format.toStdString()}});
        params[kSftData] = std::move(data);
        params[kTemplate] = choice.chatTemplate.toStdString();
        params[kPacking] = choice.packing;
    } else {
        json sources = json::array();
        for (const SourceChoice& source : choice.sources)
            sources.push_back({{"name", source.dataset.toStdString()},
                               {"dataset", source.dataset.toStdString()},
                               {"weight", source.weight}});
        params[kSources] = std::move(sources);
        if (!choice.replayDataset.isEmpty() && choice.replayFraction > 0)
            params[kReplay] = {{"name", choice.replayDataset.toStdString()},
                               {"dataset", choice.replayDataset.toStdString()},
                               {"fraction", choice.replayFraction}};
    }
    if (choice.lora.enabled) {
        // The kind's lora_rank 0 is full training: a rank turns LoRA on.
        params[kLoraRank] = choice.lora.rank;
        params[kLoraAlpha] = choice.lora.alpha;
        params[kLoraDropout] = choice.lora.dropout;
        json targets = json::array();
        for (const QString& target : choice.lora.targets)
            targets.push_back(target.toStdString());
        params[kLoraTargets] = std::move(targets);
    }
    if (choice.meco.enabled && choice.stage != kStageSft) {
        params[kMeco] = true;
        params[kMecoField] = choice.meco.field.toStdString();
        if (!choice.meco.label.isEmpty())
            params[kMecoLabel] = choice.meco.label.toStdString();
        params[kMecoHash] = choice.meco.hashed;
        params[kMecoCooldown] = choice.meco.cooldown;
    }
    if (!choice.resumeFrom.isEmpty())
        params[kResumeFrom] = choice.resumeFrom.toStdString();
    json spec = {{"version", jobs::kSpecVersion}, {"kind", kTrainKind}, {"params", std::move(params)}};
    if (!projectDir.isEmpty())
        spec["project"] = projectDir.toStdString();
    return QString::fromStdString(spec.dump(2));
}

std::optional<TrainChoice> choiceFromSpec(const QString& specText, QString* error)
{
    const json spec = json::parse(specText.toStdString(), nullptr, /*allow_exceptions=*/false);
    if (spec.is_discarded() || !spec.is_object()) {
        fail(error, QCoreApplication::translate("TrainSpec", "The file is not JSON: a spec is a JSON object."));
        return std::nullopt;
    }
    if (text(spec.value("kind", json())) != QLatin1String(kTrainKind)) {
        fail(error, QCoreApplication::translate("TrainSpec", "kind: this is not a training spec (kind \"%1\").")
                        .arg(text(spec.value("kind", json()))));
        return std::nullopt;
    }
    const json params = spec.value("params", json::object());
    if (!params.is_object()) {
        fail(error, QCoreApplication::translate("TrainSpec", "params: must be an object."));
        return std::nullopt;
    }
    TrainChoice choice;
    QString sftFormat; // params.sft_format: the shape of the sft_data entries that name none
    for (const auto& [key, value] : params.items()) {
        if (key == kBase) {
            choice.base = text(value);
        } else if (key == kTokenizer) {
            choice.tokenizer = text(value);
        } else if (key == kResumeFrom) {
            choice.resumeFrom = text(value);
        } else if (key == kSources) {
            if (!value.is_array()) {
                fail(error, QCoreApplication::translate("TrainSpec", "params.sources: must be a list."));
                return std::nullopt;
            }
            for (size_t i = 0; i < value.size(); ++i) {
                const json& entry = value[i];
                SourceChoice source;
                source.dataset = entry.is_object() ? text(entry.value("dataset", json())) : QString();
                if (source.dataset.isEmpty()) {
                    // The panel mixes project datasets; a source given by file path is for the CLI.
                    fail(error, QCoreApplication::translate("TrainSpec", "params.sources[%1].dataset: the panel "
                                                                          "mixes datasets of the project; this "
                                                                          "source names none.")
                                    .arg(i));
                    return std::nullopt;
                }
                if (const auto weight = entry.find("weight"); weight != entry.end() && weight->is_number())
                    source.weight = weight->get<double>();
                choice.sources.push_back(source);
            }
        } else if (key == kReplay) {
            if (!value.is_object() || text(value.value("dataset", json())).isEmpty()) {
                fail(error, QCoreApplication::translate("TrainSpec", "params.replay.dataset: the panel replays a "
                                                                      "dataset of the project; this replay names "
                                                                      "none."));
                return std::nullopt;
            }
            choice.replayDataset = text(value.value("dataset", json()));
            if (const auto fraction = value.find("fraction"); fraction != value.end() && fraction->is_number())
                choice.replayFraction = fraction->get<double>();
        } else if (key == kStage) {
            choice.stage = text(value);
            if (choice.stage != kStageCpt && choice.stage != kStageSft) {
                fail(error, QCoreApplication::translate("TrainSpec", "params.stage: must be \"cpt\" or \"sft\"."));
                return std::nullopt;
            }
        } else if (key == kSftData) {
            if (!value.is_array()) {
                fail(error, QCoreApplication::translate("TrainSpec", "params.sft_data: must be a list."));
                return std::nullopt;
            }
            for (size_t i = 0; i < value.size(); ++i) {
                const json& entry = value[i];
                SftSourceChoice source;
                source.dataset = entry.is_object() ? text(entry.value("dataset", json())) : QString();
                if (source.dataset.isEmpty()) {
                    fail(error, QCoreApplication::translate("TrainSpec", "params.sft_data[%1].dataset: the panel "
                                                                          "trains on datasets of the project; this "
                                                                          "entry names none.")
                                    .arg(i));
                    return std::nullopt;
                }
                source.format = text(entry.value("format", json())); // empty: params.sft_format's
                choice.sftSources.push_back(source);
            }
        } else if (key == kTemplate) {
            choice.chatTemplate = text(value);
        } else if (key == kSftFormat) {
            sftFormat = text(value);
        } else if (key == kPacking) {
            choice.packing = !value.is_boolean() || value.get<bool>();
        } else if (key == kLoraRank) {
            if (value.is_number_integer() && value.get<qint64>() > 0) {
                choice.lora.enabled = true;
                choice.lora.rank = value.get<qint64>();
            }
        } else if (key == kLoraAlpha) {
            if (value.is_number())
                choice.lora.alpha = value.get<double>();
        } else if (key == kLoraDropout) {
            if (value.is_number())
                choice.lora.dropout = value.get<double>();
        } else if (key == kLoraTargets) {
            // A list of short names, or the CLI's comma-separated form.
            QStringList targets;
            if (value.is_array()) {
                for (const json& target : value)
                    if (!text(target).isEmpty())
                        targets << text(target);
            } else {
                targets = text(value).split(QLatin1Char(','), Qt::SkipEmptyParts);
            }
            choice.lora.targets = targets;
        } else if (key == kMeco) {
            choice.meco.enabled = value.is_boolean() && value.get<bool>();
        } else if (key == kMecoField) {
            choice.meco.field = text(value);
        } else if (key == kMecoLabel) {
            choice.meco.label = text(value);
        } else if (key == kMecoHash) {
            choice.meco.hashed = value.is_boolean() && value.get<bool>();
        } else if (key == kMecoCooldown) {
            if (value.is_number())
                choice.meco.cooldown = value.get<double>();
        } else {
            choice.params[key] = value;
        }
    }
    for (SftSourceChoice& source : choice.sftSources)
        if (source.format.isEmpty())
            source.format = sftFormat.isEmpty() ? QStringLiteral("chat") : sftFormat;
    if (choice.base.isEmpty()) {
        fail(error, QCoreApplication::translate("TrainSpec", "params.base: the spec names no base model."));
        return std::nullopt;
    }
    return choice;
}

QString previewCommand()
{
    return QStringLiteral("adaptlab-cli run spec.json");
}

QString previewText(const QString& specText)
{
    return QCoreApplication::translate("TrainSpec", "# Save the spec below as spec.json, then run:\n%1\n\n%2")
        .arg(previewCommand(), specText);
}

const std::vector<TrainPreset>& trainPresets()
{
    // Figures for the tiny and small size presets on 2 to 8 CPU cores: a run that shows the loss
    // falling within minutes, then longer and gentler ones. A pretrained model keeps its knowledge
    // only with a learning rate well below the one it was trained with (METHODS §8).
    static const std::vector<TrainPreset> presets{
        {QT_TRANSLATE_NOOP("TrainPresets", "Quick teaching run on a laptop CPU"),
         QT_TRANSLATE_NOOP("TrainPresets", "A few minutes on a tiny model: enough to watch the loss fall and the "
                                           "held-out loss of each source move."),
         json{{"steps", 200}, {"seq_len", 128}, {"batch", 8}, {"lr", 1e-3}, {"schedule", "cosine"},
              {"eval_every", 20}, {"eval_every_early", 5}, {"save_every", 50}}},
        {QT_TRANSLATE_NOOP("TrainPresets", "Continued pre-training of a downloaded model on a CPU"),
         QT_TRANSLATE_NOOP("TrainPresets", "Re-warms and re-decays a pretrained model's learning rate, gently, "
                                           "so it learns the domain without forgetting what it knew."),
         json{{"steps", 500}, {"seq_len", 256}, {"batch", 8}, {"lr", 5e-5}, {"schedule", "cpt"},
              {"eval_every", 50}, {"eval_every_early", 10}, {"save_every", 100}}},
        {QT_TRANSLATE_NOOP("TrainPresets", "Longer run on a GPU"),
         QT_TRANSLATE_NOOP("TrainPresets", "Longer sequences, larger batches and bf16 on a CUDA card."),
         json{{"steps", 5000}, {"seq_len", 1024}, {"batch", 32}, {"lr", 1e-4}, {"schedule", "cpt"},
              {"precision", "bf16"}, {"device", "cuda"}, {"eval_every", 200}, {"eval_every_early", 25},
              {"save_every", 500}}},
    };
    return presets;
}

} // namespace adaptlab::train_panel
