// The Set up tab's MeCo box (issue 12, METHODS §7): train with each document's metadata before it
// ("URL: en.wikipedia.org", "Source: foldoc") for most of the run, then a cooldown on plain
// documents. The metadata field (from the datasets' fields), the prefix's label, the cooldown
// share and the hashed-metadata ablation, with presets for the paper's recipe and its ablations,
// and a line saying which steps get which data.
#pragma once

#include "train_spec.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QWidget;

namespace adaptlab::train_panel {

class MecoBox final : public QGroupBox {
    Q_OBJECT
public:
    explicit MecoBox(QWidget* parent = nullptr);

    // The metadata fields the project's datasets have (offered besides url and source).
    void setFields(const QStringList& fields);
    // The run's steps, for the phase line (0: not known).
    void setSteps(qint64 steps);
    MecoChoice choice() const;
    void setChoice(const MecoChoice& choice);

    // The presets, in the order the combo shows them after "Custom".
    struct Preset {
        const char* title; // QT_TRANSLATE_NOOP("MecoBox", ...)
        double cooldown;
        bool hashed;
    };
    static const std::vector<Preset>& presets();

    QCheckBox* enableBox() const { return enable_; }
    QComboBox* presetBox() const { return preset_; }
    QComboBox* fieldBox() const { return field_; }
    QLineEdit* labelEdit() const { return label_; }
    QDoubleSpinBox* cooldownBox() const { return cooldown_; }
    QCheckBox* hashBox() const { return hash_; }
    QLabel* phaseLabel() const { return phases_; }

Q_SIGNALS:
    void changed();

private:
    void applyPreset(int index);
    void update();

    QCheckBox* enable_ = nullptr;
    QWidget* settings_ = nullptr;
    QComboBox* preset_ = nullptr;
    QComboBox* field_ = nullptr;
    QLineEdit* label_ = nullptr;
    QDoubleSpinBox* cooldown_ = nullptr;
    QCheckBox* hash_ = nullptr;
    QLabel* phases_ = nullptr;
    qint64 steps_ = 0;
};

} // namespace adaptlab::train_panel
