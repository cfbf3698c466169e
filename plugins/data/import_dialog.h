// The import dialog: choose a corpus (one or several files, or a folder with a file pattern), see its first
// records parsed with the field mapping (which JSON field is the text, which become metadata; how
// plain text splits into documents) and the problems a quick pre-scan found, then commit: the
// dataset is added to the project with its mapping and its scan (corpus_inspect) starts.
// The preview runs on a worker thread and follows every change of the mapping. A corpus the engine
// calls unusable (empty, binary, only broken records) and a name its rule refuses cannot be
// imported; the dialog says why. "Scan the whole corpus" reads every record in the background
// (progress, stop) when the pre-scan of the files' starts is not enough.
#pragma once

#include "background_task.h"

#include "corpus/corpus_reader.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QStringList>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QProgressBar;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QTimer;
class QWidget;

namespace adaptlab {
class JobRunner;
class PanelContext;
class StoreReader;
class StoreWriter;
}

namespace adaptlab::corpus_panel {

class PreviewTableModel;
class ProblemTableModel;

// What "Scan the whole corpus" found: every record of every file, or those before the user stopped it.
struct FullCorpusScan {
    qint64 documents = 0;
    qint64 records = 0;      // documents and broken records
    corpus::ScanProblems problems;
    qint64 bytesRead = 0;
    qint64 totalBytes = 0;
    bool complete = false;   // false: stopped, or failed (error set)
    QString error;
};

class ImportDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ImportDialog(PanelContext* context, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // The corpus: one file or one folder. Suggests a dataset name and previews it.
    void setInputPath(const QString& path);
    // Several files read as one dataset (shards of one corpus); one path is setInputPath().
    void setInputPaths(const QStringList& paths);
    QStringList inputPaths() const; // the path field, split at ';'
    QString inputPath() const;      // the first of them
    void setDatasetName(const QString& name);
    QString datasetName() const;
    void setTextField(const QString& field);
    QString textField() const;
    void setMetadataFields(const QStringList& fields);
    QStringList metadataFields() const;
    void setAllOtherFieldsAsMetadata(bool on);
    void setPlainTextMode(corpus::PlainTextMode mode);
    void setFilePattern(const QString& glob);
    corpus::ReaderOptions readerOptions() const;

    // Starts the preview now (it also starts by itself shortly after each change).
    void refreshPreview();
    bool isPreviewRunning() const;
    QStringList fieldNames() const { return fieldNames_; }
    qint64 recordsScanned() const { return recordsScanned_; }
    PreviewTableModel* previewModel() const { return previewModel_; }
    ProblemTableModel* problemModel() const { return problemModel_; }
    QString previewError() const { return previewError_; }
    // Why this corpus cannot become a dataset (corpus::unusableCorpusReason on the preview), in the
    // user's language; empty when it can.
    QString unusableReason() const { return unusableReason_; }
    static QString unusableCorpusText(const corpus::CorpusPreview& preview);
    // Why the dataset name is refused (store::datasetNameProblem), in the user's language.
    QString nameProblem() const;
    // Why "Import and scan" is disabled now; empty when it is enabled.
    QString importBlockedReason() const;
    QPushButton* importButton() const;

    // Reads every record of the corpus in the background, with progress; stopFullScan() keeps what
    // was found so far. Any change of the corpus or mapping drops its result.
    void scanWholeCorpus();
    void stopFullScan();
    bool isFullScanRunning() const;
    const FullCorpusScan& fullScan() const { return fullScan_; }
    QPushButton* fullScanButton() const { return fullScanButton_; }
    QLabel* problemsLabel() const { return problemsLabel_; }
    QTableView* problemView() const { return problemView_; }
    QTableView* previewView() const { return previewView_; }

    // A window with the whole text and metadata of preview row ROW (also on double-click).
    QDialog* showRecord(int row);
    // Plain-text splitting is only offered for text files, the JSON field mapping only for JSON.
    bool plainTextOptionsShown() const;
    bool jsonOptionsShown() const;

    // Adds the dataset and starts its scan. The row is written on a StoreWriter's thread: true
    // means the write was asked for, and committed() tells the outcome (createdDatasetId() and
    // scanRunner() set, or errorText()). False (with errorText()) when it was refused at once and
    // nothing was asked. The name is checked again in the write: a dataset of that name created
    // meanwhile is not overwritten.
    bool commit();
    bool isCommitting() const { return committing_; }
    QString errorText() const { return errorText_; }
    qint64 createdDatasetId() const { return createdId_; }
    JobRunner* scanRunner() const { return scanRunner_; }

    void accept() override; // commit(), closing once committed() says it worked
    // While a commit's write is on its way the dialog hides and closes when the writer answers:
    // a write not begun adds nothing; one that lands starts its scan as after Import.
    void reject() override;

Q_SIGNALS:
    void previewUpdated();
    // The answer to commit(): added is false when the writer refused (errorText() says why).
    void committed(bool added);

private:
    void chooseFiles();
    void chooseFolder();
    void schedulePreview();
    void showPreview(corpus::CorpusPreview preview, const QString& error);
    void updateFieldChoices();
    void updateState();
    void updateOptionRows(const std::vector<std::filesystem::path>& files);
    void showError(const QString& text);
    void showPrescanSummary();
    void showFullScan(FullCorpusScan scan);
    void suggestUniqueName(const QString& base);
    void finishCommit(const QString& name, const QString& project, qint64 id, const QString& error);
    StoreReader* reader(); // made at first use, pointed at the open project
    StoreWriter* writer();

    PanelContext* context_ = nullptr;
    QLineEdit* pathEdit_ = nullptr;
    QPushButton* fileButton_ = nullptr;
    QPushButton* folderButton_ = nullptr;
    QWidget* folderOptions_ = nullptr;
    QLineEdit* globEdit_ = nullptr;
    QCheckBox* recursiveBox_ = nullptr;
    QLineEdit* nameEdit_ = nullptr;
    QLabel* nameProblemLabel_ = nullptr;
    QFormLayout* mappingForm_ = nullptr;
    QComboBox* textFieldBox_ = nullptr;
    QListWidget* metadataList_ = nullptr;
    QCheckBox* allOtherBox_ = nullptr;
    QComboBox* plainTextBox_ = nullptr;
    QLabel* previewLabel_ = nullptr;
    QTableView* previewView_ = nullptr;
    QLabel* problemsLabel_ = nullptr;
    QTableView* problemView_ = nullptr;
    QPushButton* fullScanButton_ = nullptr;
    QPushButton* stopScanButton_ = nullptr;
    QProgressBar* scanProgress_ = nullptr;
    QLabel* verdictLabel_ = nullptr;
    QLabel* errorLabel_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
    QTimer* previewTimer_ = nullptr;

    PreviewTableModel* previewModel_ = nullptr;
    ProblemTableModel* problemModel_ = nullptr;
    QStringList fieldNames_;
    QString fieldsOfPath_; // the path fieldNames_ and the default choices were made for
    qint64 recordsScanned_ = 0;
    corpus::ScanProblems prescanProblems_;
    QString previewError_;
    QString unusableReason_;
    bool nameEdited_ = false;
    bool settingName_ = false;
    QString errorText_;
    qint64 createdId_ = -1;
    JobRunner* scanRunner_ = nullptr;
    StoreReader* reader_ = nullptr;
    StoreWriter* writer_ = nullptr;
    quint64 nameQuestion_ = 0;  // the latest unique-name question; older answers are dropped
    bool committing_ = false;   // a commit's write is on its way
    bool closeWhenCommitted_ = false;
    bool rejectWhenCommitted_ = false;                 // cancelled while the write was on its way
    std::shared_ptr<std::atomic<bool>> commitCancelled_; // read by the write before it adds the row
    BackgroundTask<corpus::CorpusPreview> previewTask_{this};
    QFutureWatcher<FullCorpusScan>* fullScanWatcher_ = nullptr;
    std::shared_ptr<std::atomic<bool>> fullScanStop_;
    bool fullScanRunning_ = false; // from the start until its result came back (the watcher lags)
    FullCorpusScan fullScan_;
};

} // namespace adaptlab::corpus_panel
