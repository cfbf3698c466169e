// The Clusters tab of the Mixture panel (issue 12, domain discovery CLIMB-style): embed a dataset's
// documents with a model of the project and cluster them (the `cluster` job), show each cluster's
// size, distinctive words and example documents with a 2-D picture of the clusters, and save the
// checked clusters as datasets (the `cluster_save` job) that can become sources of a plan.
// Jobs run as child processes through the context (JobRunner); the store is read on a StoreReader
// worker and clusters.json on a BackgroundTask: the UI thread never waits.
#pragma once

#include "background_task.h"
#include "clusters_result.h"
#include "job_runner.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QTextBrowser;

namespace adaptlab {
class PanelContext;
class StoreReader;
}

namespace adaptlab::mixture {

class ClustersScatter;
class ClustersTableModel;

class ClustersTab : public QWidget {
    Q_OBJECT
public:
    ClustersTab(PanelContext* context, QWidget* parent = nullptr);
    ~ClustersTab() override;

    // For tests and the panel: the run being followed (nullptr when none) and the result shown.
    JobRunner* clusterRunner() const { return clusterRunner_; }
    JobRunner* saveRunner() const { return saveRunner_; }
    const ClustersResult& result() const { return result_; }
    ClustersTableModel* clustersModel() const { return model_; }

public Q_SLOTS:
    // Reads the project's datasets, models and earlier cluster runs again.
    void refresh();
    // Starts the cluster job with the form's choices; false (with the reason shown) when refused.
    bool startClustering();
    // Saves the checked clusters as datasets PREFIX-N; false when refused or nothing is checked.
    bool saveCheckedClusters();
    // Shows the clusters.json at PATH (read on a worker).
    void showResult(const QString& path);

Q_SIGNALS:
    // New datasets were made from clusters (the panel refreshes its sources).
    void datasetsCreated();
    // A result was read and shown (or failed to read: then error is not empty).
    void resultShown(const QString& error);

private:
    void selectCluster(int cluster);
    void updateButtons();
    void setStatus(const QString& text);

    PanelContext* context_;
    StoreReader* reader_ = nullptr;
    BackgroundTask<ClustersResult> loader_;
    ClustersResult result_;
    QPointer<JobRunner> clusterRunner_;
    QPointer<JobRunner> saveRunner_;

    QComboBox* datasetCombo_ = nullptr;
    QComboBox* modelCombo_ = nullptr;
    QPushButton* browseButton_ = nullptr;
    QSpinBox* kSpin_ = nullptr;
    QSpinBox* maxDocumentsSpin_ = nullptr;
    QPushButton* startButton_ = nullptr;
    QPushButton* stopButton_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QLabel* status_ = nullptr;
    QComboBox* resultCombo_ = nullptr;
    QTableView* table_ = nullptr;
    ClustersTableModel* model_ = nullptr;
    QTextBrowser* examples_ = nullptr;
    ClustersScatter* scatter_ = nullptr;
    QLineEdit* prefixEdit_ = nullptr;
    QPushButton* saveButton_ = nullptr;
};

} // namespace adaptlab::mixture
