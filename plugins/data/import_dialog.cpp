#include "import_dialog.h"

#include "corpus_text.h"
#include "dataset_source.h"
#include "job_specs.h"
#include "preview_table_model.h"
#include "problem_table_model.h"

#include "corpus/reader_options_json.h"
#include "file_dialogs.h"
#include "jobs/job_inputs.h"
#include "job_runner.h"
#include "panel_context.h"
#include "store/project_store.h"
#include "store_access.h"
#include "view_helpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace adaptlab::corpus_panel {

namespace {

// The write's answer when the dialog was cancelled before the write began (no row was added).
constexpr qint64 kCancelledBeforeWrite = -2;

constexpr int kPreviewDocuments = 20;
constexpr qint64 kPrescanBytes = 8LL << 20;
constexpr int kPreviewDelayMs = 250;
constexpr int kProgressSteps = 1000;
constexpr int kProblemRowsShown = 5;

// Field names a user almost always wants as the text, in order of preference.
const QStringList kTextFieldGuesses = {QStringLiteral("text"), QStringLiteral("content"),
                                       QStringLiteral("body"), QStringLiteral("document"),
                                       QStringLiteral("raw_content"), QStringLiteral("article")};
// Fields worth keeping as metadata when present (MeCo conditions on url/source/domain).
const QStringList kMetadataGuesses = {
    QStringLiteral("url"),   QStringLiteral("source"), QStringLiteral("domain"),
    QStringLiteral("date"),  QStringLiteral("topic"),  QStringLiteral("title"),
    QStringLiteral("lang"),  QStringLiteral("language"), QStringLiteral("timestamp"),
    QStringLiteral("id")};

// Problem kinds that are not one lost record: about a whole file, or a warning that lost nothing.
bool isFileProblem(const std::string& kind)
{
    return kind == "empty_file" || kind == "binary_file" || kind == "unreadable_file" || kind == "truncated_stream"
        || kind == "truncated_file" || corpus::isWarningKind(kind);
}

FullCorpusScan scanCorpus(QPromise<FullCorpusScan>& promise, const std::vector<std::filesystem::path>& inputs,
                          const corpus::ReaderOptions& options, const std::atomic<bool>& stop)
{
    FullCorpusScan scan;
    try {
        corpus::CorpusReader reader(inputs, options);
        scan.totalBytes = reader.totalBytes();
        promise.setProgressRange(0, kProgressSteps);
        corpus::Document document;
        bool stopped = false;
        while (reader.next(document)) {
            ++scan.documents;
            if ((scan.documents & 255) == 0) {
                if (stop.load()) {
                    stopped = true;
                    break;
                }
                const double fraction = scan.totalBytes > 0
                    ? static_cast<double>(reader.bytesRead()) / static_cast<double>(scan.totalBytes) : 0.0;
                promise.setProgressValue(qBound(0, static_cast<int>(fraction * kProgressSteps), kProgressSteps));
            }
        }
        scan.problems = reader.problems();
        scan.bytesRead = stopped ? reader.bytesRead() : scan.totalBytes;
        scan.complete = !stopped;
    } catch (const std::exception& e) {
        scan.error = QString::fromLocal8Bit(e.what());
    }
    scan.records = scan.documents;
    for (const auto& [kind, count] : scan.problems.counts)
        if (!isFileProblem(kind))
            scan.records += count;
    return scan;
}

} // namespace

ImportDialog::ImportDialog(PanelContext* context, QWidget* parent)
    : QDialog(parent), context_(context)
{
    setObjectName(QStringLiteral("corpusImportDialog"));
    setWindowTitle(tr("Import a corpus"));
    resize(1100, 820);

    auto* intro = new QLabel(
        tr("Choose a corpus file, several files read as one dataset, or a folder of files (plain "
           "text, JSON Lines, optionally compressed with zstd or gzip). Check below that the first "
           "records read the way you expect: which JSON field holds the text, which fields to keep "
           "as metadata (URL, source, date, ... used for breakdowns and metadata conditioning), and "
           "which problems a quick look at the start of each file found. Importing registers the "
           "corpus where it is (nothing is copied) and starts a full scan."),
        this);
    intro->setWordWrap(true);

    // Source
    pathEdit_ = new QLineEdit(this);
    pathEdit_->setObjectName(QStringLiteral("importPath"));
    pathEdit_->setPlaceholderText(tr("A corpus file or folder (several files: separated by ';')"));
    fileButton_ = new QPushButton(tr("Choose files…"), this);
    fileButton_->setToolTip(tr("One file, or several files (e.g. the shards of one corpus) read as one dataset"));
    folderButton_ = new QPushButton(tr("Choose folder…"), this);
    connect(fileButton_, &QPushButton::clicked, this, &ImportDialog::chooseFiles);
    connect(folderButton_, &QPushButton::clicked, this, &ImportDialog::chooseFolder);
    connect(pathEdit_, &QLineEdit::editingFinished, this, [this] { setInputPaths(inputPaths()); });
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(pathEdit_, 1);
    pathRow->addWidget(fileButton_);
    pathRow->addWidget(folderButton_);

    folderOptions_ = new QWidget(this);
    globEdit_ = new QLineEdit(QStringLiteral("*"), folderOptions_);
    globEdit_->setObjectName(QStringLiteral("importGlob"));
    globEdit_->setToolTip(tr("Which files of the folder to read, e.g. *.jsonl.zst"));
    recursiveBox_ = new QCheckBox(tr("Include subfolders"), folderOptions_);
    recursiveBox_->setChecked(true);
    auto* folderRow = new QHBoxLayout(folderOptions_);
    folderRow->setContentsMargins(0, 0, 0, 0);
    folderRow->addWidget(new QLabel(tr("File pattern:"), folderOptions_));
    folderRow->addWidget(globEdit_, 1);
    folderRow->addWidget(recursiveBox_);
    folderOptions_->hide();
    connect(globEdit_, &QLineEdit::textEdited, this, &ImportDialog::schedulePreview);
    connect(recursiveBox_, &QCheckBox::toggled, this, &ImportDialog::schedulePreview);

    nameEdit_ = new QLineEdit(this);
    nameEdit_->setObjectName(QStringLiteral("importName"));
    nameEdit_->setToolTip(tr("How the dataset is called in this project. Letters of any language, "
                             "digits, spaces and punctuation, but no '/' or '\\' and no '.' or '-' "
                             "first: the name is also used for the files the scan writes."));
    connect(nameEdit_, &QLineEdit::textChanged, this, [this] {
        if (!settingName_)
            nameEdited_ = true;
        updateState();
    });
    nameProblemLabel_ = new QLabel(this);
    nameProblemLabel_->setObjectName(QStringLiteral("importNameProblem"));
    nameProblemLabel_->setProperty("role", QStringLiteral("notice"));
    nameProblemLabel_->setWordWrap(true);
    nameProblemLabel_->hide();

    auto* sourceForm = new QFormLayout;
    sourceForm->addRow(tr("Corpus:"), pathRow);
    sourceForm->addRow(QString(), folderOptions_);
    sourceForm->addRow(tr("Dataset name:"), nameEdit_);
    sourceForm->addRow(QString(), nameProblemLabel_);

    // Mapping
    auto* mappingBox = new QGroupBox(tr("Field mapping"), this);
    textFieldBox_ = new QComboBox(mappingBox);
    textFieldBox_->setObjectName(QStringLiteral("importTextField"));
    textFieldBox_->setEditable(true);
    textFieldBox_->setInsertPolicy(QComboBox::NoInsert);
    textFieldBox_->setToolTip(tr("The JSON field that holds the document's text."));
    textFieldBox_->setEditText(QStringLiteral("text"));
    connect(textFieldBox_, &QComboBox::currentTextChanged, this, [this] {
        updateFieldChoices();
        schedulePreview();
    });
    metadataList_ = new QListWidget(mappingBox);
    metadataList_->setObjectName(QStringLiteral("importMetadataFields"));
    metadataList_->setToolTip(tr("Ticked fields are kept with each document as metadata."));
    metadataList_->setMaximumHeight(96);
    connect(metadataList_, &QListWidget::itemChanged, this, &ImportDialog::schedulePreview);
    allOtherBox_ = new QCheckBox(tr("Keep every other field as metadata too"), mappingBox);
    connect(allOtherBox_, &QCheckBox::toggled, this, &ImportDialog::schedulePreview);
    plainTextBox_ = new QComboBox(mappingBox);
    plainTextBox_->setObjectName(QStringLiteral("importPlainTextMode"));
    for (auto mode : {corpus::PlainTextMode::BlankLineBlocks, corpus::PlainTextMode::FilePerDocument,
                      corpus::PlainTextMode::LinePerDocument})
        plainTextBox_->addItem(CorpusText::plainTextModeLabel(mode), static_cast<int>(mode));
    plainTextBox_->setToolTip(tr("How plain text files (.txt) are split into documents."));
    connect(plainTextBox_, &QComboBox::currentIndexChanged, this, &ImportDialog::schedulePreview);

    mappingForm_ = new QFormLayout(mappingBox);
    mappingForm_->addRow(tr("Text field (JSON):"), textFieldBox_);
    mappingForm_->addRow(tr("Metadata fields (JSON):"), metadataList_);
    mappingForm_->addRow(QString(), allOtherBox_);
    mappingForm_->addRow(tr("Plain text files:"), plainTextBox_);

    // Preview and problems
    previewModel_ = new PreviewTableModel(this);
    problemModel_ = new ProblemTableModel(this);
    previewLabel_ = new QLabel(tr("Choose a corpus to see its first records."), this);
    previewLabel_->setObjectName(QStringLiteral("importPreviewLabel"));
    previewLabel_->setWordWrap(true);
    previewView_ = ViewHelpers::makeTable(previewModel_, this);
    previewView_->setObjectName(QStringLiteral("importPreview"));
    previewView_->setToolTip(tr("Double-click a record to read it in full."));
    connect(previewView_, &QTableView::activated, this, [this](const QModelIndex& index) { showRecord(index.row()); });
    problemsLabel_ = new QLabel(this);
    problemsLabel_->setObjectName(QStringLiteral("importProblemsLabel"));
    problemsLabel_->setWordWrap(true);
    problemView_ = ViewHelpers::makeTable(problemModel_, this);
    problemView_->setObjectName(QStringLiteral("importProblems"));
    // Room for several problems at once: two rows hid most of them.
    problemView_->setMinimumHeight(problemView_->horizontalHeader()->sizeHint().height()
                                   + kProblemRowsShown * problemView_->verticalHeader()->defaultSectionSize() + 4);

    fullScanButton_ = new QPushButton(tr("Scan the whole corpus"), this);
    fullScanButton_->setObjectName(QStringLiteral("importFullScan"));
    fullScanButton_->setToolTip(tr("The quick pre-scan reads only the start of each file. This reads "
                                   "every record now, in the background, and lists every kind of "
                                   "problem it meets, before anything is imported."));
    connect(fullScanButton_, &QPushButton::clicked, this, &ImportDialog::scanWholeCorpus);
    stopScanButton_ = new QPushButton(tr("Stop"), this);
    stopScanButton_->setObjectName(QStringLiteral("importStopScan"));
    stopScanButton_->setToolTip(tr("Stop reading; the problems found so far stay listed."));
    stopScanButton_->hide();
    connect(stopScanButton_, &QPushButton::clicked, this, &ImportDialog::stopFullScan);
    scanProgress_ = new QProgressBar(this);
    scanProgress_->setObjectName(QStringLiteral("importScanProgress"));
    scanProgress_->setRange(0, kProgressSteps);
    scanProgress_->setTextVisible(true);
    scanProgress_->hide();
    fullScanWatcher_ = new QFutureWatcher<FullCorpusScan>(this);
    connect(fullScanWatcher_, &QFutureWatcherBase::progressValueChanged, scanProgress_, &QProgressBar::setValue);
    connect(fullScanWatcher_, &QFutureWatcherBase::finished, this, [this] {
        fullScanRunning_ = false;
        if (fullScanWatcher_->future().resultCount() > 0)
            showFullScan(fullScanWatcher_->future().result());
    });

    auto* previewBox = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(previewLabel_);
    previewLayout->addWidget(previewView_, 1);
    auto* problemBox = new QWidget(this);
    auto* problemLayout = new QVBoxLayout(problemBox);
    problemLayout->setContentsMargins(0, 0, 0, 0);
    auto* problemHeader = new QHBoxLayout;
    problemHeader->addWidget(problemsLabel_, 1);
    problemHeader->addWidget(scanProgress_);
    problemHeader->addWidget(stopScanButton_);
    problemHeader->addWidget(fullScanButton_);
    problemLayout->addLayout(problemHeader);
    problemLayout->addWidget(problemView_, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(previewBox);
    splitter->addWidget(problemBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    verdictLabel_ = new QLabel(this);
    verdictLabel_->setObjectName(QStringLiteral("importVerdict"));
    verdictLabel_->setProperty("role", QStringLiteral("notice"));
    verdictLabel_->setWordWrap(true);
    verdictLabel_->hide();

    errorLabel_ = new QLabel(this);
    errorLabel_->setObjectName(QStringLiteral("importError"));
    errorLabel_->setProperty("role", QStringLiteral("notice"));
    errorLabel_->setWordWrap(true);
    errorLabel_->hide();

    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("Import and scan"));
    connect(buttons_, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &ImportDialog::reject);

    auto* top = new QHBoxLayout;
    auto* sourceBox = new QGroupBox(tr("Source"), this);
    sourceBox->setLayout(sourceForm);
    top->addWidget(sourceBox, 3);
    top->addWidget(mappingBox, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(verdictLabel_);
    layout->addWidget(errorLabel_);
    layout->addWidget(buttons_);

    previewTimer_ = new QTimer(this);
    previewTimer_->setSingleShot(true);
    previewTimer_->setInterval(kPreviewDelayMs);
    connect(previewTimer_, &QTimer::timeout, this, &ImportDialog::refreshPreview);
    updateState();
}

ImportDialog::~ImportDialog()
{
    // ~QDialog hides the dialog, which takes the focus from the path field and emits
    // editingFinished — by then this object's members are gone. Stop listening first.
    pathEdit_->disconnect(this);
    previewTimer_->stop();
    if (fullScanStop_)
        fullScanStop_->store(true);
    fullScanWatcher_->disconnect(this);
    fullScanWatcher_->waitForFinished();
}

void ImportDialog::chooseFiles()
{
    const QStringList paths = adaptlab::getOpenFileNames(
        this, tr("Choose corpus files"), QFileInfo(inputPath()).absolutePath(),
        tr("Corpora (*.jsonl *.ndjson *.json *.txt *.zst *.gz);;All files (*)"));
    if (!paths.isEmpty())
        setInputPaths(paths);
}

void ImportDialog::chooseFolder()
{
    const QString path = adaptlab::getExistingDirectory(this, tr("Choose a folder of corpus files"),
                                                           inputPath());
    if (!path.isEmpty())
        setInputPath(path);
}

void ImportDialog::setInputPath(const QString& path)
{
    setInputPaths(path.isEmpty() ? QStringList() : QStringList{path});
}

void ImportDialog::setInputPaths(const QStringList& paths)
{
    QStringList clean;
    for (const QString& path : paths)
        if (!path.trimmed().isEmpty())
            clean << QDir::cleanPath(path.trimmed());
    QStringList shown;
    for (const QString& path : clean)
        shown << QDir::toNativeSeparators(path);
    const QString text = shown.join(QStringLiteral("; "));
    if (pathEdit_->text() != text)
        pathEdit_->setText(text);
    folderOptions_->setVisible(clean.size() == 1 && QFileInfo(clean.front()).isDir());
    if (!nameEdited_ && !clean.isEmpty()) {
        // Several files are usually shards named part-0001...: their folder names the corpus.
        const QString name = suggestedDatasetName(clean.size() == 1 ? clean.front() : QFileInfo(clean.front()).absolutePath());
        settingName_ = true;
        nameEdit_->setText(name);
        settingName_ = false;
        suggestUniqueName(name);
    }
    refreshPreview();
}

StoreReader* ImportDialog::reader()
{
    const QString dir = context_ != nullptr ? context_->projectDir() : QString();
    if (reader_ == nullptr)
        reader_ = new StoreReader(this);
    if (reader_->projectDir() != dir)
        reader_->setProject(dir);
    return reader_;
}

StoreWriter* ImportDialog::writer()
{
    const QString dir = context_ != nullptr ? context_->projectDir() : QString();
    if (writer_ == nullptr)
        writer_ = new StoreWriter(this);
    if (writer_->projectDir() != dir)
        writer_->setProject(dir);
    return writer_;
}

// The suggested name is shown at once; the reader then says whether the project has it already
// (name-2, name-3, ...). The answer is dropped when the user typed a name meanwhile or another
// suggestion replaced this one. commit() checks the name again inside its write.
void ImportDialog::suggestUniqueName(const QString& base)
{
    if (context_ == nullptr || context_->projectDir().isEmpty())
        return;
    const quint64 asked = ++nameQuestion_;
    reader()->read(
        this, [base](const store::ProjectStore& reading) { return uniqueDatasetName(reading, base); },
        [this, base, asked](const QString& unique, const QString& error) {
            if (asked != nameQuestion_ || nameEdited_ || !error.isEmpty() || unique.isEmpty()
                || nameEdit_->text() != base)
                return;
            settingName_ = true;
            nameEdit_->setText(unique);
            settingName_ = false;
            updateState();
        });
}

QStringList ImportDialog::inputPaths() const
{
    QStringList paths;
    for (const QString& part : pathEdit_->text().split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            paths << QDir::fromNativeSeparators(part.trimmed());
    return paths;
}

QString ImportDialog::inputPath() const
{
    const QStringList paths = inputPaths();
    return paths.isEmpty() ? QString() : paths.front();
}

void ImportDialog::setDatasetName(const QString& name)
{
    nameEdit_->setText(name);
}

QString ImportDialog::datasetName() const
{
    return nameEdit_->text().trimmed();
}

void ImportDialog::setTextField(const QString& field)
{
    const int i = textFieldBox_->findText(field);
    if (i >= 0)
        textFieldBox_->setCurrentIndex(i);
    else
        textFieldBox_->setEditText(field);
}

QString ImportDialog::textField() const
{
    return textFieldBox_->currentText().trimmed();
}

void ImportDialog::setMetadataFields(const QStringList& fields)
{
    QSignalBlocker block(metadataList_);
    for (const QString& field : fields) {
        if (metadataList_->findItems(field, Qt::MatchExactly).isEmpty()) {
            auto* item = new QListWidgetItem(field, metadataList_);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        }
    }
    for (int i = 0; i < metadataList_->count(); ++i) {
        QListWidgetItem* item = metadataList_->item(i);
        item->setCheckState(fields.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
    schedulePreview();
}

QStringList ImportDialog::metadataFields() const
{
    QStringList fields;
    for (int i = 0; i < metadataList_->count(); ++i) {
        const QListWidgetItem* item = metadataList_->item(i);
        if (item->checkState() == Qt::Checked && !item->isHidden())
            fields << item->text();
    }
    return fields;
}

void ImportDialog::setAllOtherFieldsAsMetadata(bool on)
{
    allOtherBox_->setChecked(on);
}

void ImportDialog::setPlainTextMode(corpus::PlainTextMode mode)
{
    plainTextBox_->setCurrentIndex(plainTextBox_->findData(static_cast<int>(mode)));
}

void ImportDialog::setFilePattern(const QString& glob)
{
    globEdit_->setText(glob);
    schedulePreview();
}

corpus::ReaderOptions ImportDialog::readerOptions() const
{
    corpus::ReaderOptions options;
    options.fields.textField = textField().isEmpty() ? std::string("text") : textField().toStdString();
    for (const QString& field : metadataFields())
        options.fields.metadataFields.push_back(field.toStdString());
    options.fields.allOtherFieldsAsMetadata = allOtherBox_->isChecked();
    options.plainText = static_cast<corpus::PlainTextMode>(plainTextBox_->currentData().toInt());
    options.glob = globEdit_->text().trimmed().isEmpty() ? std::string("*") : globEdit_->text().trimmed().toStdString();
    options.recursive = recursiveBox_->isChecked();
    return options;
}

void ImportDialog::schedulePreview()
{
    if (!inputPath().isEmpty())
        previewTimer_->start();
    updateState();
}

bool ImportDialog::isPreviewRunning() const
{
    return previewTask_.isRunning() || previewTimer_->isActive();
}

void ImportDialog::refreshPreview()
{
    previewTimer_->stop();
    // A full scan read the corpus with the old choices: its findings no longer apply.
    if (fullScanStop_)
        fullScanStop_->store(true);
    fullScanStop_.reset();
    fullScan_ = {};
    const QStringList paths = inputPaths();
    if (paths.isEmpty()) {
        previewTask_.cancel();
        showPreview({}, QString());
        return;
    }
    previewLabel_->setText(tr("Reading the first records…"));
    std::vector<std::filesystem::path> inputs;
    for (const QString& path : paths)
        inputs.emplace_back(path.toStdString());
    const corpus::ReaderOptions options = readerOptions();
    previewTask_.run(
        [inputs, options](const std::atomic<bool>& cancel) {
            return corpus::previewCorpus(inputs, options, kPreviewDocuments, kPrescanBytes, &cancel);
        },
        [this](corpus::CorpusPreview preview, const QString& error) { showPreview(std::move(preview), error); });
    updateState();
}

void ImportDialog::showPreview(corpus::CorpusPreview preview, const QString& error)
{
    previewError_ = error;
    QStringList files;
    for (const auto& file : preview.files)
        files << QString::fromStdString(file.string());
    const QString path = inputPaths().join(QLatin1Char(';'));
    QStringList names;
    for (const auto& name : preview.fieldNames)
        names << QString::fromStdString(name);
    const bool newPath = fieldsOfPath_ != path;
    if (newPath || names != fieldNames_) {
        fieldNames_ = names;
        fieldsOfPath_ = path;
        QSignalBlocker blockText(textFieldBox_);
        const QString current = textField();
        textFieldBox_->clear();
        textFieldBox_->addItems(fieldNames_);
        QString choice = current;
        if (newPath || !fieldNames_.contains(current)) {
            for (const QString& guess : kTextFieldGuesses) {
                if (fieldNames_.contains(guess)) {
                    choice = guess;
                    break;
                }
            }
        }
        setTextField(choice.isEmpty() ? QStringLiteral("text") : choice);
        // The metadata choices: keep what the user ticked; for a new corpus tick the usual ones.
        QStringList ticked = newPath ? QStringList() : metadataFields();
        if (newPath) {
            for (const QString& guess : kMetadataGuesses)
                if (fieldNames_.contains(guess) && guess != choice)
                    ticked << guess;
        }
        {
            QSignalBlocker blockList(metadataList_);
            metadataList_->clear();
            for (const QString& field : fieldNames_) {
                auto* item = new QListWidgetItem(field, metadataList_);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(ticked.contains(field) ? Qt::Checked : Qt::Unchecked);
            }
        }
        updateFieldChoices();
        // The mapping changed under the records just read: read them again with it.
        if (newPath && !fieldNames_.isEmpty() && error.isEmpty()) {
            previewModel_->setDocuments(std::move(preview.documents), files);
            problemModel_->setProblems(std::move(preview.problems));
            recordsScanned_ = preview.recordsScanned;
            refreshPreview();
            return;
        }
    }

    recordsScanned_ = preview.recordsScanned;
    unusableReason_ = error.isEmpty() && !path.isEmpty() ? unusableCorpusText(preview) : QString();
    updateOptionRows(preview.files);
    const qint64 shown = static_cast<qint64>(preview.documents.size());
    previewModel_->setDocuments(std::move(preview.documents), files);
    prescanProblems_ = preview.problems;
    problemModel_->setProblems(std::move(preview.problems));

    if (!error.isEmpty()) {
        previewLabel_->setText(tr("The corpus cannot be read: %1").arg(error));
    } else if (path.isEmpty()) {
        previewLabel_->setText(tr("Choose a corpus to see its first records."));
    } else if (!unusableReason_.isEmpty()) {
        previewLabel_->setText(tr("Nothing to preview: no document could be read (see below)."));
    } else if (shown == 0) {
        previewLabel_->setText(tr("No documents were found with this mapping (files read: %1). Check "
                                  "the text field and the problems below.")
                                   .arg(QLocale().toString(static_cast<qint64>(files.size()))));
    } else {
        previewLabel_->setText(tr("The first %1 documents as they will be read, from %Ln file(s). "
                                  "Double-click one to read it in full.", nullptr, static_cast<int>(files.size()))
                                   .arg(QLocale().toString(shown)));
    }
    if (!error.isEmpty() || path.isEmpty())
        problemsLabel_->setText(QString());
    else
        showPrescanSummary();
    previewView_->resizeColumnsToContents();
    previewView_->setColumnWidth(PreviewTableModel::Text, qMin(previewView_->columnWidth(PreviewTableModel::Text), 520));
    problemView_->resizeColumnsToContents();
    updateState();
    Q_EMIT previewUpdated();
}

void ImportDialog::updateFieldChoices()
{
    // The text field cannot also be metadata.
    const QString text = textField();
    for (int i = 0; i < metadataList_->count(); ++i) {
        QListWidgetItem* item = metadataList_->item(i);
        item->setHidden(item->text() == text);
    }
    const bool json = !fieldNames_.isEmpty();
    metadataList_->setEnabled(json);
    allOtherBox_->setEnabled(json);
}

void ImportDialog::showPrescanSummary()
{
    const qint64 problems = prescanProblems_.total();
    // Say how far the pre-scan read: a broken record after that is only found by a full scan.
    if (problems == 0)
        problemsLabel_->setText(tr("The quick pre-scan read %Ln record(s) from the start of each file (up to "
                                   "%1 per file) and found no problems.", nullptr, static_cast<int>(recordsScanned_))
                                    .arg(QLocale().formattedDataSize(kPrescanBytes, 0)));
    else
        problemsLabel_->setText(tr("The quick pre-scan read %Ln record(s) from the start of each file (up to %1 "
                                   "per file). Broken records are skipped and counted: %2", nullptr,
                                   static_cast<int>(recordsScanned_))
                                    .arg(QLocale().formattedDataSize(kPrescanBytes, 0),
                                         ProblemTableModel::countsText(prescanProblems_)));
}

void ImportDialog::updateOptionRows(const std::vector<std::filesystem::path>& files)
{
    bool json = false;
    bool text = false;
    for (const auto& file : files) {
        const QString format = formatOfPath(QString::fromStdString(file.string()));
        (format.startsWith(QLatin1String("jsonl")) ? json : text) = true;
    }
    // Nothing read yet: offer everything.
    if (!json && !text)
        json = text = true;
    mappingForm_->setRowVisible(textFieldBox_, json);
    mappingForm_->setRowVisible(metadataList_, json);
    mappingForm_->setRowVisible(allOtherBox_, json);
    mappingForm_->setRowVisible(plainTextBox_, text);
}

bool ImportDialog::plainTextOptionsShown() const
{
    return mappingForm_->isRowVisible(plainTextBox_);
}

bool ImportDialog::jsonOptionsShown() const
{
    return mappingForm_->isRowVisible(textFieldBox_);
}

QString ImportDialog::unusableCorpusText(const corpus::CorpusPreview& preview)
{
    // The engine decides (one rule for the dialog and `dataset add`); this says it in the user's
    // language.
    const auto verdict = corpus::findUnusableCorpus(preview);
    if (!verdict)
        return {};
    using Why = corpus::UnusableCorpus::Why;
    const bool one = verdict->files == 1;
    const int n = static_cast<int>(verdict->files);
    const QString file = one ? QDir::toNativeSeparators(QString::fromStdString(preview.files.front().string()))
                             : QString();
    switch (verdict->why) {
    case Why::NoFiles:
        return tr("There is no file to read: the folder is empty, or no file in it matches the file pattern.");
    case Why::AllBinary:
        return one ? tr("%1 is not a text file (it holds NUL bytes): a binary file cannot be a corpus.").arg(file)
                   : tr("None of the %Ln files is a text file (they hold NUL bytes): binary files cannot be "
                        "a corpus.", nullptr, n);
    case Why::AllEmpty:
        return one ? tr("%1 is empty: there are no documents to import.").arg(file)
                   : tr("All %Ln files are empty: there are no documents to import.", nullptr, n);
    case Why::NoReadableText:
        return tr("None of the %Ln files holds text that can be read: each is empty, binary or cannot be opened.",
                  nullptr, n);
    case Why::OnlyBrokenRecords:
        break;
    }
    const QString source = one ? file : tr("the %Ln files", nullptr, n);
    const QString verdictText = verdict->recordsRead > 0
        ? tr("No document could be read from %1: all %Ln record(s) read were broken.", nullptr,
             static_cast<int>(verdict->recordsRead)).arg(source)
        : tr("No document could be read from %1.").arg(source);
    if (!verdict->firstLoss)
        return verdictText;
    const corpus::RecordProblem& first = *verdict->firstLoss;
    const QString example = tr("The first: %1 at %2 (%3).")
                                .arg(CorpusText::problemKind(first.kind),
                                     CorpusText::location(QFileInfo(QString::fromStdString(first.file)).fileName(), first.line),
                                     QString::fromStdString(first.detail));
    return tr("%1 %2", "two sentences: the verdict, then the first broken record").arg(verdictText, example);
}

QString ImportDialog::nameProblem() const
{
    return datasetNameProblemText(datasetName());
}

QPushButton* ImportDialog::importButton() const
{
    return buttons_->button(QDialogButtonBox::Ok);
}

QString ImportDialog::importBlockedReason() const
{
    if (context_ == nullptr || context_->projectDir().isEmpty())
        return tr("Open or create a project first.");
    if (isCommitting())
        return tr("Adding the dataset to the project…");
    if (inputPath().isEmpty())
        return tr("Choose a corpus file or folder first.");
    if (const QString problem = nameProblem(); !problem.isEmpty())
        return problem;
    if (isPreviewRunning())
        return tr("Reading the start of the corpus…");
    if (!previewError_.isEmpty())
        return tr("The corpus cannot be read: %1").arg(previewError_);
    return unusableReason_;
}

void ImportDialog::updateState()
{
    QPushButton* ok = importButton();
    const QString blocked = importBlockedReason();
    ok->setEnabled(blocked.isEmpty());
    ok->setToolTip(blocked.isEmpty() ? tr("Add the dataset to the project and start scanning it.") : blocked);
    // A name typed by the user that the rule refuses: say why next to the field.
    const QString nameWhy = datasetName().isEmpty() ? QString() : nameProblem();
    nameProblemLabel_->setText(nameWhy);
    nameProblemLabel_->setVisible(!nameWhy.isEmpty());
    verdictLabel_->setText(unusableReason_.isEmpty() ? QString()
                                                     : tr("This corpus cannot be imported. %1").arg(unusableReason_));
    verdictLabel_->setVisible(!unusableReason_.isEmpty() && !isPreviewRunning());
    const bool scanning = isFullScanRunning();
    fullScanButton_->setEnabled(!scanning && !inputPath().isEmpty() && previewError_.isEmpty() && !isPreviewRunning());
    fullScanButton_->setVisible(!scanning);
    stopScanButton_->setVisible(scanning);
    scanProgress_->setVisible(scanning);
}

void ImportDialog::scanWholeCorpus()
{
    const QStringList paths = inputPaths();
    if (paths.isEmpty() || isFullScanRunning())
        return;
    std::vector<std::filesystem::path> inputs;
    for (const QString& path : paths)
        inputs.emplace_back(path.toStdString());
    const corpus::ReaderOptions options = readerOptions();
    auto stop = std::make_shared<std::atomic<bool>>(false);
    fullScanStop_ = stop;
    fullScan_ = {};
    scanProgress_->setValue(0);
    problemsLabel_->setText(tr("Reading every record of the corpus…"));
    fullScanRunning_ = true;
    // The long lane: reading a whole corpus must not hold up the preview's quick lane.
    fullScanWatcher_->setFuture(QtConcurrent::run(TaskLanes::pool(TaskLane::Long),
        [inputs, options, stop](QPromise<FullCorpusScan>& promise) {
            promise.addResult(scanCorpus(promise, inputs, options, *stop));
        }));
    updateState();
}

void ImportDialog::stopFullScan()
{
    if (fullScanStop_)
        fullScanStop_->store(true);
}

bool ImportDialog::isFullScanRunning() const
{
    return fullScanRunning_;
}

void ImportDialog::showFullScan(FullCorpusScan scan)
{
    // A scan the dialog dropped (the corpus or mapping changed since) says nothing about this one.
    if (!fullScanStop_) {
        updateState();
        return;
    }
    fullScanStop_.reset();
    fullScan_ = std::move(scan);
    if (!fullScan_.error.isEmpty()) {
        problemsLabel_->setText(tr("The whole corpus could not be read: %1").arg(fullScan_.error));
        updateState();
        Q_EMIT previewUpdated();
        return;
    }
    const QString counts = fullScan_.problems.total() == 0 ? tr("no problems")
                                                            : ProblemTableModel::countsText(fullScan_.problems);
    if (fullScan_.complete) {
        problemsLabel_->setText(tr("The whole corpus was read: %1 records, %2 of them good documents. Problems: %3.")
                                    .arg(QLocale().toString(fullScan_.records), QLocale().toString(fullScan_.documents),
                                         counts));
    } else {
        const double share = fullScan_.totalBytes > 0
            ? static_cast<double>(fullScan_.bytesRead) / static_cast<double>(fullScan_.totalBytes) : 0.0;
        problemsLabel_->setText(tr("Stopped after %1 records (%2 of the corpus). Problems so far: %3.")
                                    .arg(QLocale().toString(fullScan_.records), CorpusText::percent(share), counts));
    }
    problemModel_->setProblems(fullScan_.problems);
    problemView_->resizeColumnsToContents();
    updateState();
    Q_EMIT previewUpdated();
}

QDialog* ImportDialog::showRecord(int row)
{
    if (row < 0 || row >= previewModel_->rowCount())
        return nullptr;
    auto* viewer = new QDialog(this);
    viewer->setObjectName(QStringLiteral("importRecordViewer"));
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    const QModelIndex index = previewModel_->index(row, PreviewTableModel::Location);
    viewer->setWindowTitle(tr("Record %1 — %2")
                               .arg(previewModel_->index(row, PreviewTableModel::Index).data().toString(),
                                    index.data().toString()));
    auto* where = new QLabel(index.data(Qt::ToolTipRole).toString(), viewer);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    where->setWordWrap(true);
    auto* text = new QPlainTextEdit(previewModel_->index(row, PreviewTableModel::Text).data(PreviewTableModel::FullTextRole).toString(),
                                    viewer);
    text->setObjectName(QStringLiteral("importRecordText"));
    text->setReadOnly(true);
    const QString metadata = previewModel_->index(row, PreviewTableModel::Metadata).data(Qt::ToolTipRole).toString();
    auto* meta = new QLabel(metadata.isEmpty() ? tr("No metadata fields.") : tr("Metadata:\n%1").arg(metadata), viewer);
    meta->setObjectName(QStringLiteral("importRecordMetadata"));
    meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    meta->setWordWrap(true);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, viewer);
    connect(close, &QDialogButtonBox::rejected, viewer, &QDialog::reject);
    auto* layout = new QVBoxLayout(viewer);
    layout->addWidget(where);
    layout->addWidget(text, 1);
    layout->addWidget(meta);
    layout->addWidget(close);
    viewer->resize(760, 560);
    viewer->show();
    return viewer;
}

void ImportDialog::showError(const QString& text)
{
    errorText_ = text;
    errorLabel_->setText(text);
    errorLabel_->setVisible(!text.isEmpty());
}

bool ImportDialog::commit()
{
    showError(QString());
    if (isCommitting())
        return false;
    const QString project = context_ != nullptr ? context_->projectDir() : QString();
    if (project.isEmpty()) {
        showError(tr("No project is open. Create or open a project first."));
        return false;
    }
    const QStringList paths = inputPaths();
    if (paths.isEmpty()) {
        showError(tr("Choose a corpus file or folder first."));
        return false;
    }
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            showError(tr("The corpus %1 does not exist.").arg(QDir::toNativeSeparators(path)));
            return false;
        }
        if (!info.isReadable()) {
            showError(tr("The corpus %1 cannot be read (permission denied).").arg(QDir::toNativeSeparators(path)));
            return false;
        }
        if (paths.size() > 1 && info.isDir()) {
            showError(tr("%1 is a folder: import a folder on its own (with a file pattern), or choose files.")
                          .arg(QDir::toNativeSeparators(path)));
            return false;
        }
    }
    const QString name = datasetName();
    if (const QString problem = nameProblem(); !problem.isEmpty()) {
        showError(tr("\"%1\" cannot be a dataset name. %2").arg(name, problem));
        return false;
    }
    if (isPreviewRunning()) {
        showError(tr("The start of the corpus is still being read; import it once the preview is shown."));
        return false;
    }
    if (!unusableReason_.isEmpty()) {
        errorText_ = unusableReason_; // already shown, once, above the buttons
        return false;
    }
    if (!fieldNames_.isEmpty() && !fieldNames_.contains(textField())) {
        showError(tr("The records have no field \"%1\". Choose the field that holds the text.").arg(textField()));
        return false;
    }

    store::DatasetRecord record;
    record.name = name.toStdString();
    record.format = formatOfPath(paths.front()).toStdString();
    record.textField = textField().toStdString();
    std::vector<std::filesystem::path> absolute;
    for (const QString& path : paths)
        absolute.emplace_back(QFileInfo(path).absoluteFilePath().toStdString());
    const nlohmann::json mapping = corpus::readerOptionsToJson(readerOptions());

    // The row is written by the writer's connection: the UI thread never waits on the store's
    // lock. The name is checked again there, in the same connection that adds the row, so a
    // dataset of that name made meanwhile (another window, the CLI) is refused, not overwritten.
    committing_ = true;
    commitCancelled_ = std::make_shared<std::atomic<bool>>(false);
    updateState();
    writer()->write(
        this,
        [record, absolute, mapping, cancelled = commitCancelled_](store::ProjectStore& writing) -> qint64 {
            if (cancelled->load())
                return kCancelledBeforeWrite;
            if (writing.datasetByName(record.name))
                return -1;
            // Several files: the path is the first, the mapping lists them all (jobs::datasetFiles).
            std::vector<std::string> files;
            for (const auto& path : absolute)
                files.push_back(writing.relativePath(path));
            store::DatasetRecord row = record;
            row.path = files.front();
            nlohmann::json withFiles = mapping;
            jobs::setDatasetFileList(withFiles, files);
            row.metadataJson = withFiles.dump();
            return writing.addDataset(row);
        },
        [this, name, project](qint64 id, const QString& error) { finishCommit(name, project, id, error); });
    return true;
}

void ImportDialog::finishCommit(const QString& name, const QString& project, qint64 id, const QString& error)
{
    committing_ = false;
    bool added = false;
    if (id == kCancelledBeforeWrite) {
        // Cancelled before the write began: nothing was added, nothing to scan.
    } else if (!error.isEmpty()) {
        showError(tr("The dataset could not be added: %1").arg(error));
        if (rejectWhenCommitted_) // the dialog is hidden: say it where the window shows messages
            context_->showStatusMessage(errorText_);
    } else if (id < 0) {
        showError(tr("The project already has a dataset called \"%1\". Choose another name.").arg(name));
    } else {
        createdId_ = id;
        added = true;
        if (context_->projectDir() != project) {
            // Another project was opened meanwhile: the row is in the project it was meant for,
            // whose scan starts when the user scans it there.
            errorText_ = tr("Dataset %1 was added to %2, which is no longer open; scan it from the Data "
                            "step once that project is open again.").arg(name, QDir::toNativeSeparators(project));
            context_->showStatusMessage(errorText_);
        } else {
            QString why;
            scanRunner_ = context_->startJob(inspectSpec(project, name), &why);
            if (scanRunner_ == nullptr) {
                // The dataset is in the project; the scan can be started again from the panel.
                context_->showStatusMessage(tr("Dataset %1 added, but its scan did not start: %2").arg(name, why));
                errorText_ = why;
            } else {
                context_->showStatusMessage(tr("Dataset %1 added; scanning it now (see the Jobs dock).").arg(name));
            }
        }
    }
    updateState();
    Q_EMIT committed(added);
    if (rejectWhenCommitted_) {
        rejectWhenCommitted_ = false;
        closeWhenCommitted_ = false;
        QDialog::reject();
        return;
    }
    if (added && closeWhenCommitted_)
        QDialog::accept();
    closeWhenCommitted_ = false;
}

void ImportDialog::reject()
{
    if (!committing_) {
        QDialog::reject();
        return;
    }
    // The write may already be adding the row (waiting for the store's lock inside it): closing
    // now would drop its answer, leaving a dataset whose scan never starts. Either the write has
    // not begun (it then adds nothing) or the row lands and its scan starts; the dialog hides now
    // and closes with the answer.
    commitCancelled_->store(true);
    rejectWhenCommitted_ = true;
    closeWhenCommitted_ = false;
    hide();
}

void ImportDialog::accept()
{
    // The dialog closes once the writer has added the row (committed()); on a refusal it stays.
    if (commit())
        closeWhenCommitted_ = true;
}

} // namespace adaptlab::corpus_panel
