// The Data step's panel: the project's datasets (imported and derived) with their counts, scan
// state and lineage; Import opens the import dialog; Scan again re-runs corpus_inspect; Remove
// (button, context menu, Delete key) takes a dataset out of the project after a confirmation that
// lists what goes and what stays; the details show the field mapping and, for a derived dataset,
// how it was made in words. The selected dataset is the context's current dataset.
#pragma once

#include "dataset_table_model.h"
#include "jobs/dataset_removal.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

#include <vector>

class QAction;
class QLabel;
class QMessageBox;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTextBrowser;

namespace adaptlab {
class JobRunner;
class PanelContext;
class StoreReader;
class StoreWriter;
}

namespace adaptlab::corpus_panel {

class ImportDialog;

class DatasetsPanel final : public QWidget {
    Q_OBJECT
public:
    explicit DatasetsPanel(PanelContext* context, QWidget* parent = nullptr);
    ~DatasetsPanel() override;

    // Asks the panel's StoreReader for the datasets (its own read-only connection, so the UI
    // thread never waits on another process's write lock); refreshed() says the answer is shown.
    void refresh();
    // A new import dialog for this project (not shown); the panel refreshes when it commits.
    ImportDialog* createImportDialog();
    // Starts corpus_inspect for the selected dataset. Returns the runner, or nullptr (and says why
    // in the status bar).
    JobRunner* scanSelected();
    void selectDataset(qint64 id);
    qint64 selectedDatasetId() const;
    QString selectedDatasetName() const;

    // Asks before removing the selected dataset. The reader first checks that no live run uses it
    // and plans the removal (Remove is disabled meanwhile); then either a window-modal box opens
    // (removalConfirmationShown) that lists the files that go, the files that stay and the derived
    // datasets that keep their provenance, and accepting it starts the removal; or
    // removalRefused() says why not (also in the status bar). False when nothing was asked: no
    // selection, or an answer is still pending.
    bool confirmRemoveSelected();
    bool isAskingToRemove() const { return !askingToRemove_.isEmpty(); }
    // Removes the dataset the plan is for on the writer's thread (re-checked there: the plan may
    // be stale); removalFinished() tells the outcome and the panels refresh through storeChanged().
    void startRemoval(const jobs::DatasetRemovalPlan& plan);
    bool isRemoving() const;
    QPushButton* removeButton() const { return removeButton_; }
    QAction* removeAction() const { return removeAction_; }

    DatasetTableModel* model() const { return model_; }
    QTableView* view() const { return view_; }
    bool showsEmptyState() const;
    QTextBrowser* provenanceView() const { return provenanceText_; }
    QLabel* detailsLabel() const { return detailsText_; }

Q_SIGNALS:
    // error is empty when the dataset was removed.
    void removalFinished(const QString& name, const QString& error);
    void removalConfirmationShown(QMessageBox* box);
    // Why the selected dataset cannot be removed now (a live run uses it, it is gone, ...).
    void removalRefused(const QString& why);
    // The datasets read by the latest refresh() are shown (or the error that stopped the read).
    void refreshed();

private:
    void openImportDialog();
    void updateDetails();
    void followCurrentDataset(const QString& name);
    void showEntries(std::vector<DatasetEntry> entries, const QString& error);
    void showRemovalConfirmation(const jobs::DatasetRemovalPlan& plan);
    void refuseRemoval(const QString& why);
    QString projectDir() const;

    PanelContext* context_ = nullptr;
    QStackedWidget* stack_ = nullptr;
    QWidget* emptyPage_ = nullptr;
    QWidget* projectPage_ = nullptr;
    QPushButton* importButton_ = nullptr;
    QPushButton* scanButton_ = nullptr;
    QPushButton* removeButton_ = nullptr;
    QAction* scanAction_ = nullptr;
    QAction* removeAction_ = nullptr;
    QLabel* noDatasetsLabel_ = nullptr;
    QLabel* errorLabel_ = nullptr;
    DatasetTableModel* model_ = nullptr;
    QTableView* view_ = nullptr;
    QLabel* detailsTitle_ = nullptr;
    QLabel* detailsText_ = nullptr;
    QTextBrowser* provenanceText_ = nullptr;
    QString removingName_;
    QString askingToRemove_; // the dataset whose removal check the reader is answering
    StoreReader* reader_ = nullptr;
    StoreWriter* writer_ = nullptr; // the removals
    QHash<qint64, QStringList> sources_; // per dataset id: where it is and how it is read
    quint64 generation_ = 0; // of the latest refresh(): an older answer is dropped
    qint64 selectAfterRefresh_ = -1; // a dataset to select once the next answer is shown
};

} // namespace adaptlab::corpus_panel
