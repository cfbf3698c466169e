// The `train` job spec the Train panel starts (core/jobs/train_job.cpp defines the kind), built from
// what the user chose, read back from a saved spec ("Load spec…", "Resume"), and the presets that
// fill the form. One place for every field, so the panel, its Preview command and the tests agree.
#pragma once

#include <nlohmann/json.hpp>

#include <QString>
#include <QStringList>

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace adaptlab::train_panel {

inline constexpr const char* kTrainKind = "train";

// The build has the `train` job kind (the panel says so instead of offering a Start that cannot work).
bool trainKindAvailable();

struct SourceChoice {
    QString dataset;      // a dataset of the project; also the source's name in the metrics
    double weight = 1.0;  // relative share of the domain rows

    bool operator==(const SourceChoice& other) const = default;
};

// An instruction dataset of an SFT run: a dataset of the project and the shape of its records.
struct SftSourceChoice {
    QString dataset;
    QString format = QStringLiteral("chat"); // data::parseInstructionFormat names: alpaca | chat | sharegpt

    bool operator==(const SftSourceChoice& other) const = default;
};

// LoRA settings as the panel edits them (model::LoraConfig's fields; targets as short names).
struct LoraChoice {
    bool enabled = false;
    qint64 rank = 8;
    double alpha = 16.0;
    double dropout = 0.05;
    QStringList targets{QStringLiteral("q"), QStringLiteral("k"), QStringLiteral("v"), QStringLiteral("o")};

    bool operator==(const LoraChoice& other) const = default;
};

// MeCo settings as the panel edits them (data::MecoOptions' fields; issue 12). The spec carries
// meco, meco_field, meco_label (when not the default), meco_hash and meco_cooldown.
struct MecoChoice {
    bool enabled = false;
    QString field = QStringLiteral("url");
    QString label;          // empty: the default (URL for url, else the field capitalised)
    bool hashed = false;    // the hashed-metadata ablation
    double cooldown = 0.1;  // share of the final steps on plain documents; 0: the no-cooldown ablation

    bool operator==(const MecoChoice& other) const = default;
};

inline const QString kStageCpt = QStringLiteral("cpt");
inline const QString kStageSft = QStringLiteral("sft");

struct TrainChoice {
    QString base;              // "preset:NAME", or a folder: a Hugging Face model or a run's checkpoint
    QString tokenizer;         // a tokenizer file of the project; empty: the base's own
    std::vector<SourceChoice> sources;
    QString replayDataset;     // general data mixed back in; empty: none
    double replayFraction = 0; // share of every batch's rows taken from the replay dataset
    nlohmann::json params = nlohmann::json::object(); // the schema form's values (steps, seq_len, lr, ...)
    QString resumeFrom;        // a checkpoint folder to continue from; empty: a fresh run
    // Issue 11: the stage ("cpt": sources and replay; "sft": instruction datasets through a chat
    // template) and LoRA (either stage).
    QString stage = kStageCpt;
    std::vector<SftSourceChoice> sftSources;
    QString chatTemplate = QStringLiteral("chatml"); // data::parseChatTemplate names
    bool packing = true;
    LoraChoice lora;
    // Issue 12: metadata conditioning then cooldown (stage cpt).
    MecoChoice meco;

    bool operator==(const TrainChoice& other) const = default;
};

// The params the panel has its own controls for (the schema form leaves them out).
const std::set<std::string>& panelOwnedParams();

// The spec as JSON text (pretty-printed): {"version", "kind": "train", "project", "params"}. A CPT
// run writes no SFT key; an SFT run writes stage, sft_data (each entry with its format),
// chat_template and packing, and no sources; LoRA adds lora_rank (> 0 turns it on), lora_alpha,
// lora_dropout and lora_targets.
QString trainSpec(const QString& projectDir, const TrainChoice& choice);
// The choice a spec describes. Params the panel has its own controls for (base, tokenizer, sources,
// replay, resume_from) go to their fields, every other param to `params`. std::nullopt with *error
// naming the field when the text is not a train spec the panel can show.
std::optional<TrainChoice> choiceFromSpec(const QString& specText, QString* error);

// What a user types to run a spec saved as spec.json without the GUI.
QString previewCommand();
// The Preview command dialog's text: the command, then the spec.
QString previewText(const QString& specText);

// A starting point for the form: a title, one line on when to use it, and the params it sets.
struct TrainPreset {
    const char* title;       // QT_TRANSLATE_NOOP("TrainPresets", ...)
    const char* description; // QT_TRANSLATE_NOOP("TrainPresets", ...)
    nlohmann::json params;
};
const std::vector<TrainPreset>& trainPresets();

} // namespace adaptlab::train_panel
