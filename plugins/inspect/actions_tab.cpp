#include "actions_tab.h"

#include "corpus_text.h"
#include "dataset_source.h"
#include "inspect_session.h"
#include "overview_tab.h"

#include "corpus/dedup.h"
#include "jobs/job_registry.h"
#include "jobs/param_schema.h"
#include "chart_view.h"
#include "job_runner.h"
#include "param_form.h"
#include "panel_context.h"
#include "store/project_store.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <exception>
#include <limits>

namespace adaptlab::corpus_panel {

namespace {

int slot(ActionsTab::Action action)
{
    return static_cast<int>(action);
}

// html: rich text whose terms link to the glossary.
QLabel* explanation(const QString& html, QWidget* parent)
{
    auto* label = new QLabel(parent);
    CorpusText::enableLinks(label);
    label->setText(html);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// What a finished selection's result says in words: how much closer to the target it is than
// random samples of its size (empty for a result without that figure).
QString selectionVersusRandom(const QString& resultJson)
{
    const QJsonValue figure =
        QJsonDocument::fromJson(resultJson.toUtf8()).object().value(QStringLiteral("kl_reduction_vs_random"));
    return figure.isDouble() ? CorpusText::dsirVersusRandom(figure.toDouble()) : QString();
}

bool hasDataset(const std::vector<store::DatasetRecord>& datasets, const QString& name)
{
    const std::string wanted = name.toStdString();
    return std::any_of(datasets.begin(), datasets.end(), [&](const auto& d) { return d.name == wanted; });
}

// name, name-2, name-3, ... the first one not among the datasets as last read.
QString uniqueName(const std::vector<store::DatasetRecord>& datasets, const QString& base)
{
    QString name = base;
    for (int n = 2; hasDataset(datasets, name); ++n)
        name = QStringLiteral("%1-%2").arg(base).arg(n);
    return name;
}

} // namespace

ActionsTab::ActionsTab(InspectSession* session, QWidget* parent) : QWidget(parent), session_(session)
{
    setObjectName(QStringLiteral("corpusActionsTab"));
    noDataset_ = new QLabel(this);
    noDataset_->setWordWrap(true);
    noDataset_->setProperty("role", QStringLiteral("emptyState"));

    forms_ = new QWidget;
    auto* formsLayout = new QVBoxLayout(forms_);
    formsLayout->setContentsMargins(0, 0, 8, 0);
    formsLayout->setSpacing(12);

    auto makeOutput = [this](Action action, QWidget* parent) {
        auto* edit = new QLineEdit(parent);
        edit->setObjectName(QStringLiteral("actionOutput_%1").arg(slot(action)));
        edit->setMinimumWidth(320);
        edit->setToolTip(tr("Name of the new dataset (letters, digits, '-', '_' and '.')."));
        connect(edit, &QLineEdit::textEdited, this, [this, action] { outputEdited_[slot(action)] = true; });
        outputs_[slot(action)] = edit;
        return edit;
    };
    auto makeButtons = [this](Action action, const QString& runText, QWidget* parent) {
        auto* row = new QHBoxLayout;
        auto* previewButton = new QPushButton(tr("Preview command"), parent);
        previewButton->setToolTip(tr("Show the job spec and the command that runs it without the GUI."));
        connect(previewButton, &QPushButton::clicked, this, [this, action] { previewCommand(action); });
        auto* runButton = new QPushButton(runText, parent);
        runButton->setObjectName(QStringLiteral("actionRun_%1").arg(slot(action)));
        connect(runButton, &QPushButton::clicked, this, [this, action] { request(action); });
        runButtons_[slot(action)] = runButton;
        auto* status = new QLabel(parent);
        status->setObjectName(QStringLiteral("actionStatus_%1").arg(slot(action)));
        status->setWordWrap(true);
        status_[slot(action)] = status;
        row->addWidget(status, 1);
        row->addWidget(previewButton);
        row->addWidget(runButton);
        return row;
    };

    // Filter
    auto* filterBox = new QGroupBox(tr("Filter by quality rules"), forms_);
    auto* filterLayout = new QVBoxLayout(filterBox);
    filterLayout->addWidget(explanation(
        tr("Writes a new dataset with the documents that pass every enabled %1, with the "
           "thresholds as set in Quality rules. The new dataset records the rules and thresholds "
           "it was made with (its %2).")
            .toHtmlEscaped()
            .arg(CorpusText::glossaryLink("quality-rule", tr("rule")),
                 CorpusText::glossaryLink("provenance", tr("provenance"))),
        filterBox));
    filterSummary_ = new QLabel(filterBox);
    filterSummary_->setObjectName(QStringLiteral("filterSummary"));
    filterSummary_->setWordWrap(true);
    filterLayout->addWidget(filterSummary_);
    cleanLines_ = new QCheckBox(tr("Also clean the kept documents line by line with C4's line rules"), filterBox);
    cleanLines_->setToolTip(tr("Drops lines without terminal punctuation, with fewer than 5 words, or "
                               "mentioning JavaScript or cookie and terms-of-use phrases."));
    auto* filterForm = new QFormLayout;
    filterForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    filterForm->addRow(QString(), cleanLines_);
    filterForm->addRow(tr("New dataset:"), makeOutput(Action::Filter, filterBox));
    filterLayout->addLayout(filterForm);
    filterLayout->addLayout(makeButtons(Action::Filter, tr("Filter"), filterBox));
    formsLayout->addWidget(filterBox);

    // Dedup
    auto* dedupBox = new QGroupBox(tr("Remove duplicates"), forms_);
    auto* dedupLayout = new QHBoxLayout(dedupBox);
    auto* dedupLeft = new QVBoxLayout;
    dedupLeft->addWidget(explanation(
        tr("Exact deduplication removes %1: documents whose normalized text repeats an earlier "
           "one. Near deduplication finds %2: it compares %3 signatures of word 5-grams in bands "
           "(%4): two documents become candidates when all rows of any band agree, so more rows "
           "per band demand more %5 similarity, more bands catch more pairs. One document per "
           "cluster is kept, the first.")
            .toHtmlEscaped()
            .arg(CorpusText::glossaryLink("exact-duplicate", tr("exact duplicates")),
                 CorpusText::glossaryLink("near-duplicate", tr("near duplicates")),
                 CorpusText::glossaryLink("minhash", tr("MinHash")), CorpusText::glossaryLink("lsh", tr("LSH")),
                 CorpusText::glossaryLink("jaccard", tr("Jaccard"))),
        dedupBox));
    dedupMode_ = new QComboBox(dedupBox);
    dedupMode_->setObjectName(QStringLiteral("dedupMode"));
    dedupMode_->addItem(tr("Exact and near duplicates"), static_cast<int>(DedupMode::Both));
    dedupMode_->addItem(tr("Exact duplicates only"), static_cast<int>(DedupMode::Exact));
    dedupMode_->addItem(tr("Near duplicates only"), static_cast<int>(DedupMode::Near));
    // The plain parameters come from the kind's schema (range, default, explanation as hint); the
    // mode keeps its own combo, with sentences for the three choices.
    dedupParams_ = new ParamForm("corpus_dedup", {"bands", "rows"}, {}, dedupBox);
    bands_ = qobject_cast<QSpinBox*>(dedupParams_->editor("bands"));
    bands_->setObjectName(QStringLiteral("dedupBands"));
    rows_ = qobject_cast<QSpinBox*>(dedupParams_->editor("rows"));
    rows_->setObjectName(QStringLiteral("dedupRows"));
    dedupParams_->setLabel("bands", tr("Bands:"));
    dedupParams_->setLabel("rows", tr("Rows per band:"));
    dedupSummary_ = new QLabel(dedupBox);
    dedupSummary_->setObjectName(QStringLiteral("dedupSummary"));
    dedupSummary_->setWordWrap(true);
    auto* dedupForm = new QFormLayout;
    dedupForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    dedupForm->addRow(tr("Remove:"), dedupMode_);
    dedupForm->addRow(dedupParams_);
    dedupForm->addRow(tr("New dataset:"), makeOutput(Action::Dedup, dedupBox));
    dedupLeft->addLayout(dedupForm);
    dedupLeft->addWidget(dedupSummary_);
    dedupLeft->addLayout(makeButtons(Action::Dedup, tr("Deduplicate"), dedupBox));
    // The shared chart, in lines mode: the curve, the threshold (even odds) as a marker, the
    // hover readout and PNG/CSV export; both axes are probabilities, fixed at 0..1.
    auto* sCurveBox = new QWidget(dedupBox);
    sCurveBox->setObjectName(QStringLiteral("sCurveBox"));
    auto* sCurveTitle = new QLabel(tr("Chance to be compared, by similarity"), sCurveBox);
    sCurveTitle->setAlignment(Qt::AlignCenter);
    sCurve_ = new ChartView(sCurveBox);
    sCurve_->setObjectName(QStringLiteral("sCurveChart"));
    sCurve_->setMinimumSize(300, 200);
    sCurve_->setAxisTitles(tr("Jaccard similarity"), tr("Chance to be compared"));
    sCurve_->setXRange(0, 1);
    sCurve_->setYTicks({0, 0.2, 0.4, 0.6, 0.8, 1.0});
    auto* sCurveLayout = new QVBoxLayout(sCurveBox);
    sCurveLayout->setContentsMargins(0, 0, 0, 0);
    sCurveLayout->addWidget(sCurveTitle);
    sCurveLayout->addWidget(sCurve_, 1);
    sCurveLayout->addWidget(sCurve_->createExportControls(sCurveBox));
    dedupLayout->addLayout(dedupLeft, 3);
    dedupLayout->addWidget(sCurveBox, 2);
    formsLayout->addWidget(dedupBox);
    connect(bands_, &QSpinBox::valueChanged, this, &ActionsTab::updateSCurve);
    connect(rows_, &QSpinBox::valueChanged, this, &ActionsTab::updateSCurve);
    connect(dedupMode_, &QComboBox::currentIndexChanged, this, &ActionsTab::updateSCurve);

    // Select (DSIR)
    auto* selectBox = new QGroupBox(tr("Select data like a target (DSIR)"), forms_);
    auto* selectLayout = new QVBoxLayout(selectBox);
    selectLayout->addWidget(explanation(
        tr("%1 importance resampling (Xie et al. 2023): both datasets become hashed word unigram "
           "and bigram counts; each chunk of this dataset gets the log ratio of the target's "
           "distribution to this one's as its weight, and k chunks are drawn by weight. Use it to "
           "pick, from a large general pool, the part that looks like your domain. The job reports "
           "how much closer (%2 reduction) the selection is to the target.")
            .toHtmlEscaped()
            .arg(CorpusText::glossaryLink("dsir", tr("DSIR")), CorpusText::glossaryLink("kl", tr("KL"))),
        selectBox));
    target_ = new QComboBox(selectBox);
    target_->setObjectName(QStringLiteral("selectTarget"));
    target_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    target_->setMinimumWidth(320);
    // k, chunk size, buckets, noise and seed from the kind's schema; the target is the panel's own
    // choice among the project's datasets.
    selectParams_ = new ParamForm("corpus_select", {"k", "chunk_words", "buckets", "noise", "seed"}, {}, selectBox);
    k_ = qobject_cast<QSpinBox*>(selectParams_->editor("k"));
    k_->setObjectName(QStringLiteral("selectK"));
    k_->setValue(SelectChoice{}.k);
    seed_ = qobject_cast<QSpinBox*>(selectParams_->editor("seed"));
    seed_->setObjectName(QStringLiteral("selectSeed"));
    noise_ = qobject_cast<QCheckBox*>(selectParams_->editor("noise"));
    noise_->setText(tr("Sample (Gumbel noise); untick for the k highest weights"));
    chunkWords_ = qobject_cast<QSpinBox*>(selectParams_->editor("chunk_words"));
    chunkWords_->setObjectName(QStringLiteral("selectChunkWords"));
    chunkWords_->setSpecialValueText(tr("whole documents"));
    // The bucket count decides how faithful the hashed weights are (and the memory): a setting.
    buckets_ = qobject_cast<QSpinBox*>(selectParams_->editor("buckets"));
    buckets_->setObjectName(QStringLiteral("selectBuckets"));
    selectParams_->setLabel("k", tr("Select (k):"));
    selectParams_->setLabel("chunk_words", tr("Chunk size (words):"));
    selectParams_->setLabel("buckets", tr("Hash buckets:"));
    selectParams_->setLabel("seed", tr("Seed:"));
    auto* selectForm = new QFormLayout;
    selectForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    selectForm->addRow(tr("Target dataset:"), target_);
    selectForm->addRow(selectParams_);
    selectForm->addRow(tr("New dataset:"), makeOutput(Action::Select, selectBox));
    selectLayout->addLayout(selectForm);
    selectLayout->addLayout(makeButtons(Action::Select, tr("Select"), selectBox));
    formsLayout->addWidget(selectBox);
    connect(target_, &QComboBox::currentIndexChanged, this, &ActionsTab::suggestOutputs);

    scanAfter_ = new QCheckBox(tr("Scan each new dataset as soon as its job has finished"), forms_);
    scanAfter_->setObjectName(QStringLiteral("scanAfterAction"));
    scanAfter_->setChecked(true);
    scanAfter_->setToolTip(tr("Starts a scan of the derived dataset, so its statistics and rules are "
                              "ready when you open it here."));
    formsLayout->addWidget(scanAfter_);

    buildPreviewDialog();

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(forms_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(noDataset_);
    layout->addWidget(scroll, 1);

    connect(session_, &InspectSession::datasetChanged, this, &ActionsTab::refresh);
    // The datasets arrive from the session's reader: the names suggested follow what it read.
    connect(session_, &InspectSession::datasetsChanged, this, [this] {
        updateTargets();
        suggestOutputs();
    });
    connect(session_, &InspectSession::countsChanged, this, &ActionsTab::updateFilterSummary);
    connect(session_, &InspectSession::ruleChanged, this, &ActionsTab::updateFilterSummary);
    connect(session_, &InspectSession::rulesReset, this, &ActionsTab::updateFilterSummary);
    updateSCurve();
    refresh();
}

QLineEdit* ActionsTab::outputEdit(Action action) const
{
    return outputs_[slot(action)];
}

JobRunner* ActionsTab::scanRunner(Action action) const
{
    return scanRunners_[slot(action)];
}

QLabel* ActionsTab::statusLabel(Action action) const
{
    return status_[slot(action)];
}

void ActionsTab::refresh()
{
    const bool has = session_->dataset().has_value();
    noDataset_->setVisible(!has);
    noDataset_->setText(tr("Choose a dataset above to filter, deduplicate or select from it."));
    forms_->setEnabled(has);
    for (bool& edited : outputEdited_)
        edited = false;
    for (QLabel* status : status_)
        status->clear();
    updateTargets();
    suggestOutputs();
    updateFilterSummary();
    updateSCurve();
    // A tenth of the pool is a sensible first selection; the user sets k for real.
    if (has && session_->dataset()->documents > 0)
        k_->setValue(static_cast<int>(std::clamp<int64_t>(session_->dataset()->documents / 10, 1, 1'000'000)));
}

void ActionsTab::updateTargets()
{
    const QString current = target_->currentData().toString();
    QSignalBlocker block(target_);
    target_->clear();
    for (const auto& d : session_->datasets()) {
        if (session_->dataset() && d.id == session_->dataset()->id)
            continue;
        target_->addItem(QString::fromStdString(d.name), QString::fromStdString(d.name));
    }
    const int index = target_->findData(current);
    target_->setCurrentIndex(index >= 0 ? index : 0);
    if (index < 0)
        suggestOutputs();
}

void ActionsTab::suggestOutputs()
{
    const QString name = session_->datasetName();
    if (name.isEmpty() || session_->projectDir().isEmpty())
        return;
    const QString targetName = target_->currentData().toString();
    // Dataset names are file names and stay ASCII in every language.
    const QString bases[3] = {QStringLiteral("%1-filtered").arg(name), QStringLiteral("%1-dedup").arg(name),
                              targetName.isEmpty() ? QStringLiteral("%1-dsir").arg(name)
                                                   : QStringLiteral("%1-like-%2").arg(name, targetName)};
    for (int i = 0; i < 3; ++i) {
        if (outputEdited_[i])
            continue;
        QString base = bases[i];
        if (!isValidDatasetName(base))
            base = suggestedDatasetName(base);
        outputs_[i]->setText(uniqueName(session_->datasets(), base));
    }
}

void ActionsTab::updateFilterSummary()
{
    const auto& rules = session_->rules();
    int enabled = 0;
    for (const auto& rule : rules)
        enabled += rule.enabled ? 1 : 0;
    const RuleCounts& counts = session_->counts();
    QString text = tr("%1 of %2 rules enabled.").arg(enabled).arg(rules.size());
    if (counts.valid)
        text = tr("%1 of %2 rules enabled: they remove %3 of %4 documents and %5 of the words.")
                   .arg(enabled)
                   .arg(rules.size())
                   .arg(CorpusText::countWithShare(counts.removedDocuments, counts.documents),
                        QLocale().toString(counts.documents),
                        CorpusText::countWithShare(counts.removedWords, counts.words));
    else if (!session_->signalsFile() && session_->dataset())
        text = tr("%1 of %2 rules enabled. Scan the dataset to see how many documents they remove.")
                   .arg(enabled)
                   .arg(rules.size());
    filterSummary_->setText(text);
}

void ActionsTab::updateSCurve()
{
    const int b = bands_->value();
    const int r = rows_->value();
    std::vector<double> similarity;
    std::vector<double> chance;
    for (int i = 0; i <= 100; ++i) {
        similarity.push_back(i / 100.0);
        chance.push_back(corpus::lshCandidateProbability(i / 100.0, b, r));
    }
    sCurve_->setSeries(QStringLiteral("candidate"), tr("%1 bands x %2 rows").arg(b).arg(r), std::move(similarity),
                       std::move(chance));
    ChartView::Marker threshold;
    threshold.id = 0;
    threshold.value = corpus::lshThreshold(b, r);
    threshold.draggable = false;
    const bool near = static_cast<DedupMode>(dedupMode_->currentData().toInt()) != DedupMode::Exact;
    threshold.enabled = near;
    sCurve_->setMarkers({threshold});
    bands_->setEnabled(near);
    rows_->setEnabled(near);
    sCurve_->setEnabled(near);
    const QLocale locale;
    QString text = tr("%1 hashes. Documents about %2 similar have even odds of being compared; at "
                      "0.8 the chance is %3.")
                       .arg(b * r)
                       .arg(locale.toString(corpus::lshThreshold(b, r), 'f', 2),
                            CorpusText::percent(corpus::lshCandidateProbability(0.8, b, r)));
    if (session_->hasSummary()) {
        const qint64 documents = session_->summary().documents;
        const DuplicateCounts d = DuplicateCounts::fromSummary(session_->summaryJson());
        text += QLatin1Char(' ');
        // The scan's own LSH settings, from its signals file (signature length = bands x rows).
        const auto scanned = session_->signalsFile();
        const int scanBands = scanned ? scanned->bands() : 0;
        const int scanRows = scanBands > 0 ? scanned->signatureHashes() / scanBands : 0;
        if (d.disjoint && scanRows > 0)
            text += tr("The scan (%4 bands of %5 rows) found %1 exact copies and %2 near duplicates "
                       "beyond them: %3 documents in all.")
                        .arg(CorpusText::countWithShare(d.exact, documents),
                             CorpusText::countWithShare(d.near, documents),
                             CorpusText::countWithShare(d.removed, documents))
                        .arg(scanBands)
                        .arg(scanRows);
        else if (d.disjoint)
            text += tr("The scan found %1 exact copies and %2 near duplicates beyond them: %3 documents in all.")
                        .arg(CorpusText::countWithShare(d.exact, documents),
                             CorpusText::countWithShare(d.near, documents),
                             CorpusText::countWithShare(d.removed, documents));
        else
            text += tr("The scan found %1 exact copies; scan again to count the near duplicates "
                       "beyond them.")
                        .arg(CorpusText::countWithShare(d.exact, documents));
    }
    dedupSummary_->setText(text);
}

QString ActionsTab::specFor(Action action) const
{
    const QString project = session_->projectDir();
    const QString dataset = session_->datasetName();
    const QString output = outputs_[slot(action)]->text().trimmed();
    switch (action) {
    case Action::Filter: {
        FilterChoice choice;
        choice.dataset = dataset;
        choice.rules = session_->rules();
        choice.output = output;
        choice.c4CleanLines = cleanLines_->isChecked();
        return filterSpec(project, choice);
    }
    case Action::Dedup: {
        DedupChoice choice;
        choice.dataset = dataset;
        choice.mode = static_cast<DedupMode>(dedupMode_->currentData().toInt());
        choice.bands = bands_->value();
        choice.rows = rows_->value();
        choice.output = output;
        return dedupSpec(project, choice);
    }
    case Action::Select: {
        SelectChoice choice;
        choice.raw = dataset;
        choice.target = target_->currentData().toString();
        choice.k = k_->value();
        choice.seed = seed_->value();
        choice.noise = noise_->isChecked();
        choice.chunkWords = chunkWords_->value();
        choice.buckets = buckets_->value();
        choice.output = output;
        return selectSpec(project, choice);
    }
    }
    return {};
}

QString ActionsTab::problemWith(Action action) const
{
    if (!session_->dataset())
        return tr("Choose a dataset first.");
    const QString output = outputs_[slot(action)]->text().trimmed();
    if (!isValidDatasetName(output))
        return tr("\"%1\" cannot be a dataset name: use letters, digits, '-', '_' and '.'.").arg(output);
    // The datasets as the session's reader last read them; request() asks the store again.
    if (hasDataset(session_->datasets(), output))
        return tr("The project already has a dataset called \"%1\".").arg(output);
    if (action == Action::Filter) {
        bool any = false;
        for (const auto& rule : session_->rules())
            any = any || rule.enabled;
        if (!any)
            return tr("Enable at least one rule in Quality rules.");
    }
    if (action == Action::Select && target_->currentData().toString().isEmpty())
        return tr("Import a target dataset first: the selection looks for documents that resemble it.");
    return {};
}

void ActionsTab::buildPreviewDialog()
{
    // A window of its own: the command used to land below the forms, out of sight.
    previewDialog_ = new QDialog(this);
    previewDialog_->setObjectName(QStringLiteral("commandPreviewDialog"));
    previewDialog_->setWindowTitle(tr("Command"));
    previewDialog_->resize(720, 560);
    auto* intro = new QLabel(tr("The same job runs without the GUI, from a terminal or on a cluster: "
                                "save the spec as spec.json and run the command."),
                             previewDialog_);
    intro->setWordWrap(true);
    preview_ = new QPlainTextEdit(previewDialog_);
    preview_->setObjectName(QStringLiteral("commandPreview"));
    preview_->setReadOnly(true);
    preview_->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    preview_->setFont(mono);
    // Two buttons, because the two go to different places: the spec into a file, the command
    // into a terminal.
    copySpecButton_ = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Copy spec"), previewDialog_);
    copySpecButton_->setObjectName(QStringLiteral("copySpec"));
    copySpecButton_->setToolTip(tr("Copy the job spec (JSON) to the clipboard, to save as spec.json."));
    copyButton_ = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Copy command"), previewDialog_);
    copyButton_->setObjectName(QStringLiteral("copyCommand"));
    copyButton_->setToolTip(tr("Copy the command that runs the saved spec to the clipboard."));
    copyStatus_ = new QLabel(previewDialog_);
    copyStatus_->setObjectName(QStringLiteral("copyCommandStatus"));
    connect(copySpecButton_, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(previewSpec_);
        copyStatus_->setText(tr("The spec is on the clipboard."));
    });
    connect(copyButton_, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(corpus_panel::previewCommand());
        copyStatus_->setText(tr("The command is on the clipboard."));
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, previewDialog_);
    connect(buttons, &QDialogButtonBox::rejected, previewDialog_, &QDialog::hide);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(copySpecButton_);
    bottom->addWidget(copyButton_);
    bottom->addWidget(copyStatus_, 1);
    bottom->addWidget(buttons);
    auto* layout = new QVBoxLayout(previewDialog_);
    layout->addWidget(intro);
    layout->addWidget(preview_, 1);
    layout->addLayout(bottom);
}

void ActionsTab::previewCommand(Action action)
{
    const QString spec = specFor(action);
    previewSpec_ = spec;
    const QString flags = cliCommand(spec);
    preview_->setPlainText(flags.isEmpty()
                               ? tr("# Save the spec below as spec.json, then run:\n%1\n\n%2")
                                     .arg(corpus_panel::previewCommand(), spec)
                               : tr("# Run it with flags:\n%1\n\n# Or save the spec below as spec.json, then run:\n%2\n\n%3")
                                     .arg(flags, corpus_panel::previewCommand(), spec));
    copyStatus_->clear();
    previewDialog_->show();
    previewDialog_->raise();
    previewDialog_->activateWindow();
}

bool ActionsTab::isPending(Action action) const
{
    return pending_[slot(action)];
}

void ActionsTab::request(Action action)
{
    const int i = slot(action);
    if (pending_[i])
        return;
    const QString problem = problemWith(action);
    if (!problem.isEmpty()) {
        status_[i]->setText(problem);
        Q_EMIT jobStarted(action, nullptr);
        return;
    }
    const qint64 dataset = session_->datasetId();
    const QString output = outputs_[i]->text().trimmed();
    pending_[i] = true;
    runButtons_[i]->setEnabled(false);
    outputs_[i]->setEnabled(false);
    status_[i]->setText(tr("Saving the rules and checking the name in the project…"));
    session_->prepareAction(output, this, [this, action, i, dataset, output](bool taken, const QString& error) {
        pending_[i] = false;
        runButtons_[i]->setEnabled(true);
        outputs_[i]->setEnabled(true);
        if (session_->datasetId() != dataset) {
            // The answer is for a dataset no longer shown; nothing starts.
            status_[i]->clear();
            Q_EMIT jobStarted(action, nullptr);
            return;
        }
        if (!error.isEmpty()) {
            status_[i]->setText(tr("The job did not start: %1").arg(error));
            Q_EMIT jobStarted(action, nullptr);
            return;
        }
        if (taken) {
            status_[i]->setText(tr("The project already has a dataset called \"%1\".").arg(output));
            Q_EMIT jobStarted(action, nullptr);
            return;
        }
        Q_EMIT jobStarted(action, run(action));
    });
}

JobRunner* ActionsTab::run(Action action)
{
    QLabel* status = status_[slot(action)];
    const QString problem = problemWith(action);
    if (!problem.isEmpty()) {
        status->setText(problem);
        return nullptr;
    }
    PanelContext* context = session_->context();
    if (context == nullptr)
        return nullptr;
    QString why;
    JobRunner* runner = context->startJob(withDevicePolicy(specFor(action), context->devicePolicy()), &why);
    if (runner == nullptr) {
        status->setText(tr("The job did not start: %1").arg(why));
        return nullptr;
    }
    const QString output = outputs_[slot(action)]->text().trimmed();
    runners_[slot(action)] = runner;
    runButtons_[slot(action)]->setEnabled(false);
    status->setText(tr("Running; progress and Stop are in the Jobs dock."));
    connect(runner, &JobRunner::finished, this, [this, action, runner, output](JobRunner::State state) {
        runButtons_[slot(action)]->setEnabled(true);
        QLabel* label = status_[slot(action)];
        const bool ok = state == JobRunner::State::Finished;
        if (ok && scanAfter_->isChecked() && session_->context() != nullptr) {
            QString why;
            scanRunners_[slot(action)] = session_->context()->startJob(
                inspectSpec(session_->projectDir(), output), &why);
            label->setText(scanRunners_[slot(action)] != nullptr
                               ? tr("Done: dataset %1 was added to the project and is being scanned.").arg(output)
                               : tr("Done: dataset %1 was added to the project; its scan did not start: %2")
                                     .arg(output, why));
        } else if (ok) {
            label->setText(tr("Done: dataset %1 was added to the project.").arg(output));
        } else if (state == JobRunner::State::Stopped) {
            label->setText(tr("Stopped before it finished; no dataset was added."));
        } else {
            label->setText(tr("The job failed: %1").arg(runner->errorString()));
        }
        if (ok && action == Action::Select) {
            const QString figure = selectionVersusRandom(runner->resultJson());
            if (!figure.isEmpty())
                label->setText(tr("%1\n%2", "job status, then the selection's comparison with random samples")
                                   .arg(label->text(), figure));
        }
        outputEdited_[slot(action)] = false;
        suggestOutputs();
        Q_EMIT jobEnded(action, ok);
    });
    return runner;
}

} // namespace adaptlab::corpus_panel
