// The Set up tab's LoRA box: train small low-rank adapters beside frozen base weights instead of
// every weight (rank, alpha, dropout, the projections adapted as q/k/v/o/gate/up/down checkboxes),
// each with a sentence on what it does, and the trainable-parameter count against the full model's
// (model::loraParameterCount: a formula over the config's sizes, cheap enough for the UI thread).
#pragma once

#include "train_spec.h"

#include "model/llama_config.h"
#include "model/lora_config.h"

#include <QGroupBox>

#include <map>
#include <optional>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QWidget;

namespace adaptlab::train_panel {

class LoraBox final : public QGroupBox {
    Q_OBJECT
public:
    explicit LoraBox(QWidget* parent = nullptr);

    // The base model's sizes (nullopt: not described yet); the count follows.
    void setModelConfig(const std::optional<model::LlamaConfig>& config);
    LoraChoice choice() const;
    void setChoice(const LoraChoice& choice);
    // The parameters LoRA trains (0 when off or the base is not known); the full model's count.
    qint64 trainableParameters() const;

    QCheckBox* enableBox() const { return enable_; }
    QSpinBox* rankBox() const { return rank_; }
    QDoubleSpinBox* alphaBox() const { return alpha_; }
    QDoubleSpinBox* dropoutBox() const { return dropout_; }
    QCheckBox* targetBox(const QString& target) const;
    QLabel* countLabel() const { return count_; }

Q_SIGNALS:
    void changed();

private:
    void update();

    std::optional<model::LlamaConfig> config_;
    QCheckBox* enable_ = nullptr;
    QWidget* settings_ = nullptr;
    QSpinBox* rank_ = nullptr;
    QDoubleSpinBox* alpha_ = nullptr;
    QDoubleSpinBox* dropout_ = nullptr;
    std::map<QString, QCheckBox*> targets_;
    QLabel* count_ = nullptr;
};

// "q", "k", ... in the order the box shows them.
const QStringList& loraTargetNames();
// The LoRA settings as the model's config (targets in loraTargetNames() order).
model::LoraConfig toLoraConfig(const LoraChoice& choice);

} // namespace adaptlab::train_panel
