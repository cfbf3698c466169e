// The Plan tab: the project's mixture plans (plans/*.json: new, open, save, save as, delete), one
// plan edited at a time (sources from the project's token-shard builds with weights and replay,
// the budget, replay fraction, end-of-training upsampling, MeCo), what it implies recomputed off
// the UI thread after each edit (data::implyMixture reads the shards' manifests), and "Train with
// this plan" (a `train` run naming the saved plan). Plan files are read and written on a worker
// (BackgroundTask), never on the UI thread. Unsaved edits stay while the user visits other
// panels; opening another plan, New, Delete and closing the window ask first.
#pragma once

#include "plan_catalog.h"

#include "background_task.h"

#include "data/mixture.h"

#include <QString>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;

namespace adaptlab {
class JobRunner;
class PanelContext;
}

namespace adaptlab::mixture {

class PlanImplicationView;
class PlanSettings;
class PlanSourcesTable;

class PlanEditor final : public QWidget {
    Q_OBJECT
public:
    explicit PlanEditor(PanelContext* context, QWidget* parent = nullptr);
    ~PlanEditor() override;

    void setProjectDir(const QString& dir);
    // The project's shard builds and plans (read by the panel on StoreReader's thread).
    void setCatalog(const PlanCatalog& catalog);

    // The plan as edited now (the sources ticked, the settings as shown).
    data::MixturePlan currentPlan() const;
    QString planName() const { return planName_; } // empty: not saved yet
    bool isDirty() const { return dirty_; }
    // The implication shown is the one of the current edits (none pending or running).
    bool isImplicationCurrent() const;

    // Shows PLAN as an unsaved edit (a scaling-law recommendation, "New"); NAME empty = untitled.
    void loadPlan(const data::MixturePlan& plan, const QString& name = {});
    // Opens plans/NAME.json on a worker; opened() or the status says how it went.
    void openPlan(const QString& name);
    // Saves to plans/NAME.json (atomically, on a worker); saved() when written. Refuses a bad name.
    bool saveAs(const QString& name);
    // Saves under the plan's name, or asks for one.
    void save();
    // Deletes plans/NAME.json (no question asked: deletePlanAsked() asks).
    bool deletePlan(const QString& name);
    // Starts a `train` run with the saved plan and BASE; nullptr (the status says why) when refused.
    JobRunner* startTraining(const QString& base);

    // With unsaved edits: asks Save / Discard / Cancel, then calls PROCEED after the save
    // (Save), at once (Discard), or never (Cancel). Without unsaved edits: PROCEED at once.
    void whenEditsKept(std::function<void()> proceed);
    // For the window's close: false (the close waits) while the user is asked or a save runs;
    // the window is closed again once the plan is saved.
    bool mayClose(QWidget* window);

    PlanSourcesTable* sourcesTable() const { return sources_; }
    PlanSettings* settings() const { return settings_; }
    PlanImplicationView* implicationView() const { return implication_; }
    QComboBox* planBox() const { return planBox_; }
    QLabel* statusLabel() const { return status_; }
    QLabel* sourcesHint() const { return sourcesHint_; }
    QPushButton* trainButton() const { return train_; }

Q_SIGNALS:
    void implicationShown(); // a new implication (or its error) is on screen
    void opened(const QString& name);
    void saved(const QString& name);
    void catalogRequested(); // the plans folder changed: the panel reads the catalog again
    void trainingStarted(JobRunner* runner);

private:
    struct Loaded {
        data::MixturePlan plan;
        QString name;
    };
    void edited();
    void implyNow();
    void showPlan(const data::MixturePlan& plan);
    void setDirty(bool dirty);
    void setStatus(const QString& text);
    void updateTitle();
    void newPlanAsked();
    void saveAsAsked();
    void deletePlanAsked();
    void trainAsked();
    data::MixturePlan defaultPlan() const;
    QString runTokenizer(QString* problem) const;
    bool askName(QString* name);

    PanelContext* context_;
    QString projectDir_;
    PlanCatalog catalog_;
    QString planName_;
    bool dirty_ = false;
    bool showing_ = false;
    bool implying_ = false;
    bool pristine_ = true;    // an untitled plan nobody edited: the next catalog may fill it
    quint64 editGeneration_ = 0;
    std::function<void()> afterSave_;
    data::MixturePlan shown_; // the last plan loaded, for what the table cannot hold (its name)

    QComboBox* planBox_ = nullptr;
    QPushButton* new_ = nullptr;
    QPushButton* save_ = nullptr;
    QPushButton* saveAs_ = nullptr;
    QPushButton* delete_ = nullptr;
    QPushButton* train_ = nullptr;
    QLabel* title_ = nullptr;
    QLabel* status_ = nullptr;
    QLabel* sourcesHint_ = nullptr;
    PlanSourcesTable* sources_ = nullptr;
    PlanSettings* settings_ = nullptr;
    PlanImplicationView* implication_ = nullptr;
    QTimer* implyTimer_ = nullptr;

    struct Implied {
        data::MixtureImplication implication;
        bool ok = false;
    };
    BackgroundTask<Implied> implyTask_{this};
    BackgroundTask<std::shared_ptr<Loaded>> loadTask_{this};
    BackgroundTask<bool> saveTask_{this};
};

} // namespace adaptlab::mixture
