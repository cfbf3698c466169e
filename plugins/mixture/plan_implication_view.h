// What a plan implies, as data::implyMixture computes it: the steps and tokens per step, a table of
// tokens, epochs (in warning style above data::kMaxEpochsBeforeWarning), where each source runs out
// and its warnings, the plan-level warnings, and the mix over training progress (PlanMixChart).
#pragma once

#include "data/mixture.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace adaptlab::mixture {

class PlanMixChart;

class PlanImplicationView final : public QWidget {
    Q_OBJECT
public:
    enum Column { SourceColumn, AvailableColumn, TokensColumn, ShareColumn, EpochsColumn, RunsOutColumn, WarningsColumn, ColumnCount };

    explicit PlanImplicationView(QWidget* parent = nullptr);

    // UPSAMPLEREQUESTED: the plan has an upsampling phase (which too few steps may leave empty).
    void showImplication(const data::MixtureImplication& implication, std::optional<double> upsampleAt,
                         bool upsampleRequested = false);
    // The plan cannot be implied (a manifest missing, a bad value): WHY, the table and chart cleared.
    void showError(const QString& why);
    void showComputing();

    QTableWidget* table() const { return table_; }
    QLabel* summaryLabel() const { return summary_; }
    QLabel* warningsLabel() const { return warnings_; }
    PlanMixChart* chart() const { return chart_; }
    // Plan-level and per-source warnings shown now, as text (for tests and the Train button's check).
    QStringList warnings() const { return warningTexts_; }

private:
    QLabel* summary_ = nullptr;
    QTableWidget* table_ = nullptr;
    QLabel* warnings_ = nullptr;
    PlanMixChart* chart_ = nullptr;
    QStringList warningTexts_;
};

} // namespace adaptlab::mixture
