// The `train` job spec the Train panel starts (core/jobs/train_job.cpp defines the kind), built from
// what the user chose, read back from a saved spec ("Load spec…", "Resume"), and the presets that
// fill the form. One place for every field, so the panel, its Preview command and the tests agree.
#pragma once

#include <nlohmann/json.hpp>

#include <QString>

#include <optional>
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

struct TrainChoice {
    QString base;              // "preset:NAME", or a folder: a Hugging Face model or a run's checkpoint
    QString tokenizer;         // a tokenizer file of the project; empty: the base's own
    std::vector<SourceChoice> sources;
    QString replayDataset;     // general data mixed back in; empty: none
    double replayFraction = 0; // share of every batch's rows taken from the replay dataset
    nlohmann::json params = nlohmann::json::object(); // the schema form's values (steps, seq_len, lr, ...)
    QString resumeFrom;        // a checkpoint folder to continue from; empty: a fresh run

    bool operator==(const TrainChoice& other) const = default;
};

// The spec as JSON text (pretty-printed): {"version", "kind": "train", "project", "params"}.
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
