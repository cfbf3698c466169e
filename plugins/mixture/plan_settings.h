// The plan's settings beside its sources: the budget (total tokens, sequence length, global batch,
// seed, and the steps they make), the replay fraction with the guidance of METHODS §5, end-of-
// training domain upsampling (its start; the weights are the sources table's last column) and MeCo
// (metadata conditioning then cooldown). Every control explains itself in its tooltip.
#pragma once

#include "data/mixture.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace adaptlab::mixture {

class PlanSettings final : public QWidget {
    Q_OBJECT
public:
    explicit PlanSettings(QWidget* parent = nullptr);

    // Shows PLAN's settings (its sources are the table's).
    void showPlan(const data::MixturePlan& plan);
    // Writes the settings into PLAN (budget, replay, upsampling start and replay, MeCo); the
    // upsampling weights come from the sources table.
    void fillPlan(data::MixturePlan& plan) const;
    bool upsampling() const;

    QDoubleSpinBox* totalTokensBox() const { return totalTokens_; }
    QSpinBox* seqLenBox() const { return seqLen_; }
    QSpinBox* globalBatchBox() const { return globalBatch_; }
    QSpinBox* seedBox() const { return seed_; }
    QDoubleSpinBox* replayBox() const { return replay_; }
    QCheckBox* upsampleCheck() const { return upsample_; }
    QDoubleSpinBox* upsampleStartBox() const { return upsampleStart_; }
    QDoubleSpinBox* upsampleReplayBox() const { return upsampleReplay_; }
    QCheckBox* mecoCheck() const { return meco_; }
    QComboBox* mecoFieldBox() const { return mecoField_; }
    QCheckBox* mecoHashedCheck() const { return mecoHashed_; }
    QDoubleSpinBox* cooldownBox() const { return cooldown_; }

Q_SIGNALS:
    void edited();

private:
    void updateEnabled();
    void updateSteps();

    bool showing_ = false;
    QDoubleSpinBox* totalTokens_ = nullptr;
    QSpinBox* seqLen_ = nullptr;
    QSpinBox* globalBatch_ = nullptr;
    QSpinBox* seed_ = nullptr;
    QLabel* steps_ = nullptr;
    QDoubleSpinBox* replay_ = nullptr;
    QCheckBox* upsample_ = nullptr;
    QDoubleSpinBox* upsampleStart_ = nullptr;
    QDoubleSpinBox* upsampleReplay_ = nullptr;
    QCheckBox* meco_ = nullptr;
    QComboBox* mecoField_ = nullptr;
    QLineEdit* mecoLabel_ = nullptr;
    QCheckBox* mecoHashed_ = nullptr;
    QDoubleSpinBox* cooldown_ = nullptr;
};

} // namespace adaptlab::mixture
