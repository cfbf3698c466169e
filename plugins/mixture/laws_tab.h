// The Mixture panel's Laws tab (METHODS §6): launch a small grid of pilot runs (ordinary `train`
// runs at several domain shares, laws/pilot.h), fit the D-CPT or CMR law to their held-out losses
// (or to a points CSV from elsewhere), show the fitted curves with the points, the fit quality and
// why a recommendation is refused, and turn a recommendation into a plan with one click.
// Everything that reads the store or fits runs off the UI thread (BackgroundTask).
#pragma once

#include "background_task.h"
#include "data/mixture.h"
#include "laws/laws.h"
#include "laws/pilot.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace adaptlab {
class ChartView;
class JobRunner;
class PanelContext;
} // namespace adaptlab

namespace adaptlab::mixture {

class LawsTab final : public QWidget {
    Q_OBJECT

public:
    LawsTab(PanelContext* context, QWidget* parent = nullptr);
    ~LawsTab() override;

    // The plan the pilots derive from and recommendations adapt (its sources, budget, shape);
    // without one, the tab makes one from the chosen datasets.
    void setPlan(const data::MixturePlan& plan);

    // The pilot grid's train specs for the choices made (what Launch starts); empty with *error.
    std::vector<laws::PilotRun> plannedPilots(QString* error) const;
    void launchPilots();
    // Gathers the grid's points from the store and fits them (in the background).
    void fitPilots();
    // Fits the points of a CSV file (in the background): the "Fit from a CSV…" button after its dialog.
    void fitFromCsv(const QString& path);

    const std::optional<laws::FitResult>& result() const { return result_; }
    const std::optional<laws::PilotGrid>& grid() const { return grid_; }
    QComboBox* domainBox() const { return domainBox_; }
    QComboBox* generalBox() const { return generalBox_; }
    QLineEdit* baseEdit() const { return baseEdit_; }
    QLineEdit* tokenizerEdit() const { return tokenizerEdit_; }
    QLineEdit* sharesEdit() const { return sharesEdit_; }
    QSpinBox* stepsSpin() const { return stepsSpin_; }
    QComboBox* lawBox() const { return lawBox_; }
    QDoubleSpinBox* thresholdSpin() const { return thresholdSpin_; }
    QDoubleSpinBox* epsSpin() const { return epsSpin_; }
    QPushButton* launchButton() const { return launchButton_; }
    QPushButton* fitButton() const { return fitButton_; }
    QTableWidget* runsTable() const { return runsTable_; }
    QLabel* qualityLabel() const { return qualityLabel_; }
    QLabel* refusalsLabel() const { return refusalsLabel_; }
    QLabel* statusLabel() const { return statusLabel_; }
    ChartView* domainChart() const { return domainChart_; }
    ChartView* generalChart() const { return generalChart_; }
    // One row per recommendation the law gives: its text and its "Make a plan" button.
    QLabel* recommendationLabel(int index) const { return recommendationLabels_[index]; }
    QPushButton* makePlanButton(int index) const { return makePlanButtons_[index]; }
    static constexpr int kRecommendationRows = 2;

Q_SIGNALS:
    void planProposed(const adaptlab::data::MixturePlan& plan);
    // A fit ended (shown or failed): for tests and the panel.
    void fitDone();

private:
    struct Snapshot {
        QStringList datasets;
        std::optional<laws::PilotGrid> grid;
        std::vector<QString> runStates; // per grid run
        QString error;
    };
    struct FitOutcome {
        std::optional<laws::FitResult> result;
        QStringList notes;
        QString source; // what was fitted, in words
    };

    void refresh();
    void showSnapshot(const Snapshot& snapshot);
    void showResult(const FitOutcome& outcome, const QString& error);
    void drawCurves();
    void proposePlan(int index);
    laws::FitOptions fitOptions() const;
    data::MixturePlan basePlan() const;
    void runFit(std::function<FitOutcome()> work);
    void saveGrid();

    PanelContext* context_;
    std::optional<data::MixturePlan> plan_;
    std::optional<laws::PilotGrid> grid_;
    std::optional<laws::FitResult> result_;
    std::vector<double> proposedShares_ = std::vector<double>(kRecommendationRows, -1.0);
    std::vector<QPointer<JobRunner>> runners_;
    bool launched_ = false; // the grid was launched from this tab (its file may lag behind)

    QComboBox* domainBox_ = nullptr;
    QComboBox* generalBox_ = nullptr;
    QLineEdit* baseEdit_ = nullptr;
    QLineEdit* tokenizerEdit_ = nullptr;
    QLineEdit* sharesEdit_ = nullptr;
    QSpinBox* stepsSpin_ = nullptr;
    QComboBox* lawBox_ = nullptr;
    QDoubleSpinBox* thresholdSpin_ = nullptr;
    QDoubleSpinBox* epsSpin_ = nullptr;
    QDoubleSpinBox* domainTokensSpin_ = nullptr;
    QPushButton* launchButton_ = nullptr;
    QPushButton* fitButton_ = nullptr;
    QPushButton* csvButton_ = nullptr;
    QTableWidget* runsTable_ = nullptr;
    QLabel* statusLabel_ = nullptr;
    QLabel* qualityLabel_ = nullptr;
    QLabel* refusalsLabel_ = nullptr;
    ChartView* domainChart_ = nullptr;
    ChartView* generalChart_ = nullptr;
    std::vector<QLabel*> recommendationLabels_;
    std::vector<QPushButton*> makePlanButtons_;

    BackgroundTask<Snapshot> refreshTask_{this, TaskLane::Quick};
    BackgroundTask<FitOutcome> fitTask_{this, TaskLane::Long};
    BackgroundTask<QString> saveTask_{this, TaskLane::Quick};
};

} // namespace adaptlab::mixture
