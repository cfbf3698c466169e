// The Train panel: set up a continued pre-training run (SetupTab), follow it live, stop and resume
// it (RunTab), and prompt its checkpoints (GenerateTab). The project's datasets, tokenizers and
// training runs are read on StoreReader's thread (readProjectCatalog) whenever the context says the
// store or a run changed; runs start through PanelContext::startJob (the Jobs dock follows them too)
// and are followed through PanelContext::followRun, so a run that outlived an earlier window is
// followed again when the project is reopened.
#pragma once

#include "train_catalog.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProcess;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace adaptlab {
class JobRunner;
class PanelContext;
class StoreReader;
}

namespace adaptlab::train_panel {

class GenerateTab;
class RunTab;
class SetupTab;

class TrainPanel final : public QWidget {
    Q_OBJECT
public:
    explicit TrainPanel(PanelContext* context, QWidget* parent = nullptr);
    ~TrainPanel() override;

    SetupTab* setupTab() const { return setup_; }
    RunTab* runTab() const { return run_; }
    GenerateTab* generateTab() const { return generate_; }
    QTabWidget* tabs() const { return tabs_; }
    const ProjectCatalog& catalog() const { return catalog_; }
    bool showsEmptyState() const;
    // Starts a train spec; the Run tab follows the new run. nullptr (the status says why) when refused.
    JobRunner* startTraining(const QString& specText);
    // The program for `runtime --json` (the sgemm speed) ; default: adaptlab-cli beside the binary.
    void setCliProgram(const QString& program);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void refreshed();

private:
    void showCatalog(ProjectCatalog catalog, const QString& error);
    void projectChanged();
    void measureBlas();

    PanelContext* context_;
    StoreReader* reader_ = nullptr;
    quint64 generation_ = 0;
    bool reading_ = false;
    bool readAgain_ = false;
    bool pickRun_ = true; // the first catalog of a project picks the run to follow
    ProjectCatalog catalog_;
    QTimer* refreshTimer_ = nullptr;
    QStackedWidget* stack_ = nullptr;
    QWidget* emptyPage_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    SetupTab* setup_ = nullptr;
    RunTab* run_ = nullptr;
    GenerateTab* generate_ = nullptr;
    QLabel* status_ = nullptr;
    QString cliProgram_;
    QPointer<QProcess> runtimeProbe_;
    bool blasMeasured_ = false;
};

} // namespace adaptlab::train_panel
