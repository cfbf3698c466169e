#include "fertility_tab.h"

#include "chart_view.h"
#include "job_runner.h"
#include "panel_context.h"
#include "param_form.h"
#include "piece_text.h"
#include "tokenizer_jobs.h"
#include "view_helpers.h"

#include <QComboBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <limits>

namespace adaptlab::tokenizer_panel {

namespace {

QTableWidgetItem* item(const QString& text, const QVariant& sortValue = {})
{
    auto* cell = new QTableWidgetItem(text);
    if (sortValue.isValid())
        cell->setData(Qt::UserRole, sortValue);
    return cell;
}

QString decimal(double value, int digits = 2)
{
    return QLocale().toString(value, 'f', digits);
}

} // namespace

FertilityTab::FertilityTab(PanelContext* context, QWidget* parent) : QWidget(parent), context_(context)
{
    datasets_ = new QListWidget(this);
    datasets_->setObjectName(QStringLiteral("fertilityDatasets"));
    datasets_->setToolTip(tr("The datasets to measure on: typically your domain corpus and a general one to compare with."));
    datasets_->setMaximumHeight(110);
    connect(datasets_, &QListWidget::itemChanged, this, &FertilityTab::updateRunButton);
    first_ = new QComboBox(this);
    first_->setObjectName(QStringLiteral("fertilityFirst"));
    first_->setToolTip(tr("The tokenizer to measure, usually the one of the model you adapt."));
    second_ = new QComboBox(this);
    second_->setObjectName(QStringLiteral("fertilitySecond"));
    second_->setToolTip(tr("Optional: a second tokenizer measured on the same datasets, e.g. one trained on your domain."));
    run_ = new QPushButton(tr("Measure fertility"), this);
    run_->setObjectName(QStringLiteral("fertilityRun"));
    run_->setToolTip(tr("Tokenizes the chosen datasets with each tokenizer as a job (see the Jobs dock) and counts "
                        "tokens, words and bytes."));
    connect(run_, &QPushButton::clicked, this, &FertilityTab::startRun);
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("fertilityStatus"));
    status_->setWordWrap(true);

    // Two columns, so the chart keeps its height: what to measure on the left, with what and how on
    // the right.
    auto* left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Datasets"), this));
    left->addWidget(datasets_, 1);
    left->addStretch();
    auto* right = new QGridLayout;
    right->addWidget(new QLabel(tr("Tokenizer"), this), 0, 0);
    right->addWidget(first_, 0, 1);
    right->addWidget(new QLabel(tr("Compare with"), this), 1, 0);
    right->addWidget(second_, 1, 1);
    if (kindAvailable(kFertilityKind)) {
        form_ = new ParamForm(kFertilityKind, {"sample_documents", "gap_words"}, {}, this);
        form_->setObjectName(QStringLiteral("fertilityForm"));
        form_->setLabel("sample_documents", tr("Documents per dataset"));
        form_->setLabel("gap_words", tr("Gap words"));
        form_->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); // its hints stay readable; the chart gives way
        right->addWidget(form_, 2, 0, 1, 2);
    }
    right->setColumnStretch(1, 1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    auto* choices = new QVBoxLayout;
    choices->addLayout(columns);
    choices->addWidget(ViewHelpers::hintLabel(tr("Fertility is the number of tokens per word. The same text costs more "
                                    "tokens, and so more training and context, with a higher fertility; a "
                                    "domain far above general text points at a vocabulary gap."), this));
    auto* runRow = new QHBoxLayout;
    runRow->addWidget(run_);
    runRow->addWidget(status_, 1);
    choices->addLayout(runRow);

    chart_ = new ChartView(this);
    chart_->setObjectName(QStringLiteral("fertilityChart"));
    chart_->setToolTip(tr("Tokens per word of each dataset; one colour per tokenizer. Shorter bars are better."));
    chart_->setMinimumHeight(160);

    summary_ = new QTableWidget(0, 7, this);
    summary_->setObjectName(QStringLiteral("fertilitySummary"));
    summary_->setHorizontalHeaderLabels({tr("Dataset"), tr("Tokenizer"), tr("Tokens per word"), tr("Tokens per byte"),
                                         tr("Byte fallback"), tr("Unknown"), tr("Documents")});
    summary_->horizontalHeaderItem(4)->setToolTip(tr("Share of tokens spelled as single bytes: characters the vocabulary lacks."));
    summary_->horizontalHeaderItem(5)->setToolTip(tr("Share of tokens that are the unknown token: text the tokenizer loses."));
    ViewHelpers::setupTable(summary_);
    summary_->setToolTip(tr("Choose a row to see its vocabulary-gap list below."));
    connect(summary_, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row < 0 || !report_)
            return;
        showGaps(summary_->item(row, 0)->text(), summary_->item(row, 1)->data(Qt::UserRole).toInt());
    });

    gapTitle_ = ViewHelpers::sectionTitle(tr("Vocabulary gap"), this);
    gaps_ = new QTableWidget(0, 4, this);
    gaps_->setObjectName(QStringLiteral("fertilityGaps"));
    gaps_->setHorizontalHeaderLabels({tr("Word"), tr("Count"), tr("Split into"), tr("Tokens")});
    gaps_->horizontalHeaderItem(3)->setToolTip(tr("Count × pieces: the tokens this word costs in the whole dataset."));
    ViewHelpers::setupTable(gaps_);

    // The results side by side under the choices: the chart above the summary table on the left,
    // the vocabulary-gap list on the right (stacked, each table was a row or two high).
    auto* results = new QWidget(this);
    auto* resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(ViewHelpers::sectionTitle(tr("Tokens per word"), results));
    resultsLayout->addWidget(chart_, 3);
    summary_->setMinimumHeight(4 * summary_->verticalHeader()->defaultSectionSize() +
                               summary_->horizontalHeader()->sizeHint().height());
    resultsLayout->addWidget(summary_, 2);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(gapTitle_);
    bottomLayout->addWidget(ViewHelpers::hintLabel(tr("The words of the dataset that cost the most tokens in total (how often "
                                         "they occur × how many pieces they are cut into). Many domain terms cut "
                                         "into 4 or more pieces mean the tokenizer does not know your domain's "
                                         "vocabulary."), bottom));
    bottomLayout->addWidget(gaps_, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("fertilityResults"));
    splitter->addWidget(results);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({520, 480}); // proportions: the gap list's split words need the room

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(splitter, 1);

    if (!kindAvailable(kFertilityKind)) {
        run_->setEnabled(false);
        status_->setText(tr("This build cannot measure fertility yet (no tokenizer_fertility job)."));
    }
    updateRunButton();
}

void FertilityTab::setCatalog(const Catalog& catalog)
{
    tokenizers_ = catalog.tokenizers;
    QStringList checked;
    for (int i = 0; i < datasets_->count(); ++i)
        if (datasets_->item(i)->checkState() == Qt::Checked)
            checked << datasets_->item(i)->text();
    const bool firstFill = datasets_->count() == 0;
    {
        const QSignalBlocker blocker(datasets_);
        datasets_->clear();
        for (const DatasetEntry& dataset : catalog.datasets) {
            auto* entry = new QListWidgetItem(dataset.name, datasets_);
            entry->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            entry->setCheckState(firstFill || checked.contains(dataset.name) ? Qt::Checked : Qt::Unchecked);
        }
    }
    const QString first = first_->currentData().toString();
    const QString second = second_->currentData().toString();
    first_->clear();
    second_->clear();
    second_->addItem(tr("(none)"), QString());
    for (const TokenizerEntry& entry : tokenizers_) {
        if (entry.missing())
            continue;
        first_->addItem(entry.name, entry.path);
        second_->addItem(entry.name, entry.path);
    }
    first_->setCurrentIndex(std::max(0, first_->findData(first)));
    second_->setCurrentIndex(std::max(0, second_->findData(second)));
    if (!catalog.fertilityResult.isEmpty() && catalog.fertilityRun != shownRun_ && !(runner_ && runner_->isActive())) {
        shownRun_ = catalog.fertilityRun;
        showResult(catalog.fertilityResult);
    }
    updateRunButton();
}

void FertilityTab::setPrimaryTokenizer(const QString& path)
{
    const int index = first_->findData(path);
    if (index >= 0)
        first_->setCurrentIndex(index);
}

QString FertilityTab::tokenizerName(const QString& path) const
{
    // The job names the file it opened: a model folder's tokenizer.json or .model is the folder's.
    const QString folder = QFileInfo(path).absolutePath();
    for (const TokenizerEntry& entry : tokenizers_)
        if (entry.path == path || entry.storedPath == path || entry.path == folder)
            return entry.name;
    const QFileInfo file(path);
    return file.fileName() == QLatin1String("tokenizer.json") ? QFileInfo(file.absolutePath()).fileName()
                                                               : file.completeBaseName();
}

void FertilityTab::updateRunButton()
{
    if (!kindAvailable(kFertilityKind))
        return;
    bool any = false;
    for (int i = 0; i < datasets_->count(); ++i)
        any = any || datasets_->item(i)->checkState() == Qt::Checked;
    const bool running = runner_ && runner_->isActive();
    run_->setEnabled(any && first_->count() > 0 && !running);
}

bool FertilityTab::startRun()
{
    if (context_ == nullptr || context_->store() == nullptr) {
        status_->setText(tr("Open a project first."));
        return false;
    }
    QStringList datasets;
    for (int i = 0; i < datasets_->count(); ++i)
        if (datasets_->item(i)->checkState() == Qt::Checked)
            datasets << datasets_->item(i)->text();
    const QString first = first_->currentData().toString();
    QString second = second_->currentData().toString();
    if (second == first)
        second.clear(); // the same tokenizer twice says nothing new
    if (datasets.isEmpty() || first.isEmpty()) {
        status_->setText(tr("Choose at least one dataset and a tokenizer."));
        return false;
    }
    QString why;
    JobRunner* runner = context_->startJob(
        fertilitySpec(context_->projectDir(), first, second, datasets, form_ ? form_->values() : nlohmann::json::object()), &why);
    if (runner == nullptr) {
        status_->setText(tr("The measurement could not start: %1").arg(why));
        return false;
    }
    runner_ = runner;
    status_->setText(tr("Measuring… (follow it in the Jobs dock)"));
    connect(runner, &JobRunner::finished, this, [this, runner](JobRunner::State state) {
        if (state == JobRunner::State::Finished) {
            shownRun_ = runner->runId();
            if (showResult(runner->resultJson()))
                status_->setText(tr("Measured."));
        } else if (state == JobRunner::State::Stopped) {
            status_->setText(tr("Stopped before it finished."));
        } else {
            status_->setText(tr("The measurement failed: %1").arg(runner->errorString()));
        }
        updateRunButton();
    });
    updateRunButton();
    return true;
}

bool FertilityTab::showResult(const QString& result)
{
    QString error;
    std::optional<FertilityReport> report = parseFertilityReport(result, &error);
    if (!report) {
        status_->setText(tr("The fertility result could not be read: %1").arg(error));
        return false;
    }
    report_ = std::move(report);
    QStringList groups;
    for (const FertilityTokenizer& tokenizer : report_->tokenizers)
        groups << tokenizerName(tokenizer.path);
    std::vector<ChartView::GroupedBar> bars;
    for (const QString& input : report_->inputs()) {
        ChartView::GroupedBar bar{input, {}};
        for (int t = 0; t < static_cast<int>(report_->tokenizers.size()); ++t) {
            const FertilityRow* row = report_->row(input, t);
            bar.values.push_back(row ? row->tokensPerWord : std::numeric_limits<double>::quiet_NaN());
        }
        bars.push_back(std::move(bar));
    }
    chart_->setGroupedBars(groups, std::move(bars));

    summary_->setSortingEnabled(false);
    summary_->setRowCount(static_cast<int>(report_->rows.size()));
    for (int r = 0; r < static_cast<int>(report_->rows.size()); ++r) {
        const FertilityRow& row = report_->rows[static_cast<size_t>(r)];
        summary_->setItem(r, 0, item(row.input));
        summary_->setItem(r, 1, item(groups.value(row.tokenizer), row.tokenizer));
        summary_->setItem(r, 2, item(decimal(row.tokensPerWord)));
        summary_->setItem(r, 3, item(decimal(row.tokensPerByte, 3)));
        summary_->setItem(r, 4, item(ViewHelpers::percent(row.byteFallbackShare)));
        summary_->setItem(r, 5, item(ViewHelpers::percent(row.unknownShare)));
        summary_->setItem(r, 6, item(ViewHelpers::count(row.documents)));
    }
    summary_->resizeColumnsToContents();
    if (!report_->rows.empty()) {
        summary_->setCurrentCell(0, 0);
        showGaps(report_->rows.front().input, report_->rows.front().tokenizer);
    } else {
        gaps_->setRowCount(0);
    }
    Q_EMIT resultShown();
    return true;
}

void FertilityTab::showGaps(const QString& input, int tokenizer)
{
    gaps_->setRowCount(0);
    const FertilityRow* row = report_ ? report_->row(input, tokenizer) : nullptr;
    if (row == nullptr)
        return;
    const QString name = tokenizer < static_cast<int>(report_->tokenizers.size())
                             ? tokenizerName(report_->tokenizers[static_cast<size_t>(tokenizer)].path)
                             : QString();
    gapTitle_->setText(tr("Vocabulary gap: %1 with %2").arg(input, name));
    gaps_->setRowCount(static_cast<int>(row->gaps.size()));
    for (int g = 0; g < static_cast<int>(row->gaps.size()); ++g) {
        const GapWord& gap = row->gaps[static_cast<size_t>(g)];
        QStringList shown;
        for (const QString& piece : gap.pieces)
            shown << PieceText::visible(piece.toStdString());
        gaps_->setItem(g, 0, item(gap.word));
        gaps_->setItem(g, 1, item(ViewHelpers::count(gap.count)));
        auto* split = item(shown.join(QStringLiteral(" · ")));
        split->setToolTip(tr("Pieces: %1").arg(gap.pieces.size()));
        gaps_->setItem(g, 2, split);
        gaps_->setItem(g, 3, item(ViewHelpers::count(gap.tokens)));
    }
    gaps_->resizeColumnsToContents();
}

} // namespace adaptlab::tokenizer_panel
