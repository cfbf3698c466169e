// The Data step's panel: the project's datasets (imported and derived) with their counts, scan
// state and lineage; Import opens the import dialog; Scan again re-runs corpus_inspect; the
// details show the field mapping and, for a derived dataset, how it was made.
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace adaptlab {
class JobRunner;
class PanelContext;
}

namespace adaptlab::corpus_panel {

class DatasetListModel;
class ImportDialog;

class DatasetsPanel final : public QWidget {
    Q_OBJECT
public:
    explicit DatasetsPanel(PanelContext* context, QWidget* parent = nullptr);

    void refresh();
    // A new import dialog for this project (not shown); the panel refreshes when it commits.
    ImportDialog* createImportDialog();
    // Starts corpus_inspect for the selected dataset. Returns the runner, or nullptr (and says why
    // in the status bar).
    JobRunner* scanSelected();
    void selectDataset(qint64 id);
    qint64 selectedDatasetId() const;

    DatasetListModel* model() const { return model_; }
    QTableView* view() const { return view_; }
    bool showsEmptyState() const;

private:
    void openImportDialog();
    void updateDetails();

    PanelContext* context_ = nullptr;
    QStackedWidget* stack_ = nullptr;
    QWidget* emptyPage_ = nullptr;
    QWidget* projectPage_ = nullptr;
    QPushButton* importButton_ = nullptr;
    QPushButton* scanButton_ = nullptr;
    QLabel* noDatasetsLabel_ = nullptr;
    QLabel* errorLabel_ = nullptr;
    DatasetListModel* model_ = nullptr;
    QTableView* view_ = nullptr;
    QLabel* detailsTitle_ = nullptr;
    QLabel* detailsText_ = nullptr;
    QPlainTextEdit* provenanceText_ = nullptr;
};

} // namespace adaptlab::corpus_panel
