// The Inspect step's Corpus panel: choose a dataset (it follows the one chosen in the Data panel,
// and a choice here is shared with the other panels), see whether its scan is there (and whether
// it was partial or met broken records, with examples), then the tabs: Overview, Quality rules,
// Documents, Duplicates and Actions, which share one InspectSession.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace adaptlab {
class JobRunner;
class PanelContext;
}

namespace adaptlab::corpus_panel {

class ActionsTab;
class DocumentBrowser;
class DuplicatesTab;
class InspectSession;
class OverviewTab;
class ProblemTableModel;
class QualityTab;

class InspectPanel final : public QWidget {
    Q_OBJECT
public:
    explicit InspectPanel(PanelContext* context, QWidget* parent = nullptr);

    InspectSession* session() const { return session_; }
    bool selectDataset(const QString& name);
    // Starts corpus_inspect for the dataset shown.
    JobRunner* scanDataset();
    bool showsEmptyState() const;

    QComboBox* datasetBox() const { return datasetBox_; }
    QTabWidget* tabs() const { return tabs_; }
    QLabel* stateLabel() const { return stateLabel_; }
    QLabel* problemBanner() const { return banner_; }
    QTableView* problemView() const { return problemView_; }
    OverviewTab* overviewTab() const { return overview_; }
    QualityTab* qualityTab() const { return quality_; }
    DocumentBrowser* documentBrowser() const { return browser_; }
    DuplicatesTab* duplicatesTab() const { return duplicates_; }
    ActionsTab* actionsTab() const { return actions_; }

private:
    void refreshProject();
    void followDataset(const QString& name);
    void updateDatasetChoices();
    void updateState();

    PanelContext* context_ = nullptr;
    InspectSession* session_ = nullptr;
    QStackedWidget* stack_ = nullptr;
    QWidget* emptyPage_ = nullptr;
    QWidget* projectPage_ = nullptr;
    QComboBox* datasetBox_ = nullptr;
    QPushButton* scanButton_ = nullptr;
    QLabel* stateLabel_ = nullptr;
    QLabel* banner_ = nullptr;
    QPushButton* problemsButton_ = nullptr;
    ProblemTableModel* problemModel_ = nullptr;
    QTableView* problemView_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    OverviewTab* overview_ = nullptr;
    QualityTab* quality_ = nullptr;
    DocumentBrowser* browser_ = nullptr;
    DuplicatesTab* duplicates_ = nullptr;
    ActionsTab* actions_ = nullptr;
    // A dataset to show once the datasets read again include it (followDataset of one just added).
    QString wantedDataset_;
};

} // namespace adaptlab::corpus_panel
