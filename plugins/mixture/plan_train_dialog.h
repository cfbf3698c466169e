// "Train with this plan": the one choice a plan leaves open, the base model (a size preset from
// scratch, a checkpoint of an earlier run, or a Hugging Face folder typed or chosen), with what the
// run will do shown above it. The spec itself is planTrainSpec's.
#pragma once

#include <QDialog>

class QComboBox;

namespace adaptlab::mixture {

class PlanTrainDialog final : public QDialog {
    Q_OBJECT
public:
    // SUMMARY: one paragraph on the run (plan, steps, tokenizer); CHECKPOINTS: earlier runs' folders.
    PlanTrainDialog(const QString& summary, const QStringList& checkpoints, QWidget* parent = nullptr);

    QString base() const; // as the spec names it: "preset:NAME" or a folder
    QComboBox* baseBox() const { return base_; }

private:
    QComboBox* base_ = nullptr;
};

} // namespace adaptlab::mixture
