#include "inspect_panel.h"

#include "actions_tab.h"
#include "corpus_text.h"
#include "document_browser.h"
#include "duplicates_tab.h"
#include "inspect_session.h"
#include "job_specs.h"
#include "overview_tab.h"
#include "problem_table_model.h"
#include "quality_tab.h"

#include "job_runner.h"
#include "panel_context.h"
#include "panel_header.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace adaptlab::corpus_panel {

InspectPanel::InspectPanel(PanelContext* context, QWidget* parent) : QWidget(parent), context_(context)
{
    setObjectName(QStringLiteral("corpusInspectPanel"));
    session_ = new InspectSession(context_, this);

    auto* header = new PanelHeader(tr("Inspect", "the panel title, as the workflow step"), QString(), this);
    // The terms link to the Help window's glossary.
    CorpusText::enableLinks(header->explanationLabel());
    header->setExplanation(
        tr("Look inside a dataset before training on it. Overview: how much text there is, how "
           "much of it repeats and where it comes from. Quality rules: the %1 and %2 heuristics "
           "as numbers per document; move a threshold and see at once how many documents and "
           "words each %3 removes. Documents: read any document and see why a rule flags it. "
           "Duplicates: %4 and %5 side by side. Actions: write a filtered, deduplicated or "
           "%6-selected dataset that remembers how it was made (its %7).")
            .toHtmlEscaped()
            .arg(CorpusText::glossaryLink("gopher", tr("Gopher")), CorpusText::glossaryLink("c4", tr("C4")),
                 CorpusText::glossaryLink("quality-rule", tr("rule")),
                 CorpusText::glossaryLink("exact-duplicate", tr("exact copies")),
                 CorpusText::glossaryLink("near-duplicate", tr("near copies")),
                 CorpusText::glossaryLink("dsir", tr("DSIR")),
                 CorpusText::glossaryLink("provenance", tr("provenance"))));

    emptyPage_ = new QWidget(this);
    auto* emptyText = new QLabel(tr("No project is open. Create or open a project, then import a "
                                    "corpus in the Data step."),
                                 emptyPage_);
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setProperty("role", QStringLiteral("emptyState"));
    auto* emptyLayout = new QVBoxLayout(emptyPage_);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(emptyText);
    emptyLayout->addStretch(2);

    projectPage_ = new QWidget(this);
    datasetBox_ = new QComboBox(projectPage_);
    datasetBox_->setObjectName(QStringLiteral("inspectDatasetBox"));
    datasetBox_->setMinimumContentsLength(24);
    datasetBox_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(datasetBox_, &QComboBox::currentIndexChanged, this, [this](int index) {
        session_->setDataset(index < 0 ? -1 : datasetBox_->itemData(index).toLongLong());
    });
    // A dataset the user picks here becomes the one the other panels show too.
    connect(datasetBox_, &QComboBox::activated, this, [this] {
        if (context_ != nullptr && session_->dataset())
            context_->setCurrentDataset(session_->datasetName());
    });
    scanButton_ = new QPushButton(QIcon(QStringLiteral(":/icons/refresh.png")), tr("Scan"), projectPage_);
    scanButton_->setObjectName(QStringLiteral("inspectScanButton"));
    connect(scanButton_, &QPushButton::clicked, this, [this] { scanDataset(); });
    stateLabel_ = new QLabel(projectPage_);
    stateLabel_->setObjectName(QStringLiteral("inspectState"));
    stateLabel_->setWordWrap(true);

    banner_ = new QLabel(projectPage_);
    banner_->setObjectName(QStringLiteral("inspectProblemBanner"));
    banner_->setProperty("role", QStringLiteral("notice"));
    banner_->setWordWrap(true);
    banner_->hide();
    problemsButton_ = new QPushButton(tr("Show examples"), projectPage_);
    problemsButton_->setCheckable(true);
    problemsButton_->hide();
    problemModel_ = new ProblemTableModel(this);
    problemView_ = new QTableView(projectPage_);
    problemView_->setObjectName(QStringLiteral("inspectProblems"));
    problemView_->setModel(problemModel_);
    problemView_->verticalHeader()->hide();
    problemView_->horizontalHeader()->setStretchLastSection(true);
    problemView_->setShowGrid(false);
    problemView_->setAlternatingRowColors(true);
    problemView_->setMaximumHeight(150);
    problemView_->hide();
    connect(problemsButton_, &QPushButton::toggled, this, [this](bool on) {
        problemView_->setVisible(on);
        problemsButton_->setText(on ? tr("Hide examples") : tr("Show examples"));
    });

    tabs_ = new QTabWidget(projectPage_);
    tabs_->setObjectName(QStringLiteral("inspectTabs"));
    tabs_->setDocumentMode(true);
    overview_ = new OverviewTab(session_, tabs_);
    quality_ = new QualityTab(session_, tabs_);
    browser_ = new DocumentBrowser(session_, tabs_);
    duplicates_ = new DuplicatesTab(session_, tabs_);
    actions_ = new ActionsTab(session_, tabs_);
    tabs_->addTab(overview_, tr("Overview"));
    tabs_->addTab(quality_, tr("Quality rules"));
    tabs_->addTab(browser_, tr("Documents"));
    tabs_->addTab(duplicates_, tr("Duplicates"));
    tabs_->addTab(actions_, tr("Actions"));

    auto* topRow = new QHBoxLayout;
    topRow->addWidget(new QLabel(tr("Dataset:"), projectPage_));
    topRow->addWidget(datasetBox_);
    topRow->addWidget(scanButton_);
    topRow->addWidget(stateLabel_, 1);
    auto* bannerRow = new QHBoxLayout;
    bannerRow->addWidget(banner_, 1);
    bannerRow->addWidget(problemsButton_, 0, Qt::AlignTop);

    auto* projectLayout = new QVBoxLayout(projectPage_);
    projectLayout->setContentsMargins(0, 0, 0, 0);
    projectLayout->setSpacing(8);
    projectLayout->addLayout(topRow);
    projectLayout->addLayout(bannerRow);
    projectLayout->addWidget(problemView_);
    projectLayout->addWidget(tabs_, 1);

    stack_ = new QStackedWidget(this);
    stack_->addWidget(emptyPage_);
    stack_->addWidget(projectPage_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    layout->addWidget(header);
    layout->addWidget(stack_, 1);

    connect(session_, &InspectSession::datasetsChanged, this, &InspectPanel::updateDatasetChoices);
    connect(session_, &InspectSession::datasetChanged, this, &InspectPanel::updateState);
    if (context_ != nullptr) {
        connect(context_, &PanelContext::projectChanged, this, &InspectPanel::refreshProject);
        connect(context_, &PanelContext::currentDatasetChanged, this, &InspectPanel::followDataset);
    }
    refreshProject();
}

bool InspectPanel::showsEmptyState() const
{
    return stack_->currentWidget() == emptyPage_;
}

void InspectPanel::refreshProject()
{
    const bool open = context_ != nullptr && context_->store() != nullptr;
    stack_->setCurrentWidget(open ? projectPage_ : emptyPage_);
    session_->reload();
}

void InspectPanel::updateDatasetChoices()
{
    if (!wantedDataset_.isEmpty()) {
        const QString wanted = wantedDataset_;
        wantedDataset_.clear();
        selectDataset(wanted);
    }
    const qint64 current = session_->datasetId();
    {
        QSignalBlocker block(datasetBox_);
        datasetBox_->clear();
        const QLocale locale;
        for (const auto& d : session_->datasets()) {
            QString label = QString::fromStdString(d.name);
            if (d.documents >= 0)
                label = tr("%1 (documents: %2)").arg(QString::fromStdString(d.name), locale.toString(d.documents));
            datasetBox_->addItem(label, static_cast<qlonglong>(d.id));
        }
        const int index = datasetBox_->findData(static_cast<qlonglong>(current));
        datasetBox_->setCurrentIndex(index);
    }
    if (current < 0 && datasetBox_->count() > 0) {
        // The dataset chosen in another panel, else the first.
        int index = 0;
        if (context_ != nullptr && !context_->currentDataset().isEmpty()) {
            for (const auto& d : session_->datasets())
                if (QString::fromStdString(d.name) == context_->currentDataset())
                    index = std::max(0, datasetBox_->findData(static_cast<qlonglong>(d.id)));
        }
        datasetBox_->setCurrentIndex(index);
        session_->setDataset(datasetBox_->itemData(index).toLongLong());
    }
    stack_->setCurrentWidget(context_ != nullptr && context_->store() != nullptr ? projectPage_ : emptyPage_);
    updateState();
}

bool InspectPanel::selectDataset(const QString& name)
{
    for (const auto& d : session_->datasets()) {
        if (QString::fromStdString(d.name) == name) {
            const int index = datasetBox_->findData(static_cast<qlonglong>(d.id));
            datasetBox_->setCurrentIndex(index);
            return session_->setDataset(d.id);
        }
    }
    return false;
}

void InspectPanel::followDataset(const QString& name)
{
    if (name.isEmpty() || name == session_->datasetName())
        return;
    // A dataset imported a moment ago may not be in the list read last: shown once it is read.
    wantedDataset_.clear();
    if (!selectDataset(name)) {
        wantedDataset_ = name;
        session_->reload();
    }
}

JobRunner* InspectPanel::scanDataset()
{
    if (context_ == nullptr || !session_->dataset())
        return nullptr;
    const QString name = session_->datasetName();
    QString why;
    JobRunner* runner = context_->startJob(inspectSpec(context_->projectDir(), name), &why);
    if (runner == nullptr) {
        stateLabel_->setText(tr("The scan did not start: %1").arg(why));
        return nullptr;
    }
    scanButton_->setEnabled(false);
    stateLabel_->setText(tr("Scanning %1; progress and Stop are in the Jobs dock.").arg(name));
    connect(runner, &JobRunner::finished, this, [this](JobRunner::State state) {
        scanButton_->setEnabled(true);
        if (state != JobRunner::State::Finished)
            stateLabel_->setText(tr("The scan did not finish: %1").arg(state == JobRunner::State::Stopped
                                                                           ? tr("it was stopped")
                                                                           : tr("it failed (see the Jobs dock)")));
        else
            updateState();
    });
    return runner;
}

void InspectPanel::updateState()
{
    const bool has = session_->dataset().has_value();
    scanButton_->setEnabled(has);
    tabs_->setEnabled(has);
    if (!has) {
        stateLabel_->setText(session_->datasets().empty()
                                 ? tr("No datasets yet: import a corpus in the Data step.")
                                 : QString());
        banner_->hide();
        problemsButton_->hide();
        problemView_->hide();
        problemModel_->setProblems({});
        return;
    }
    const QLocale locale;
    scanButton_->setText(session_->hasSummary() ? tr("Scan again") : tr("Scan"));
    if (session_->isLoading() && !session_->hasSummary())
        stateLabel_->setText(tr("Reading the dataset's scan…"));
    else if (!session_->loadProblem().isEmpty())
        stateLabel_->setText(session_->loadProblem());
    else if (!session_->hasSummary())
        stateLabel_->setText(tr("Not scanned yet. Scan it to see its statistics, quality signals and "
                                "duplicates."));
    else
        stateLabel_->setText(tr("Documents: %1; files: %2.")
                                 .arg(locale.toString(session_->summary().documents),
                                      locale.toString(static_cast<qint64>(session_->summary().files.size()))));

    const corpus::CorpusSummary& s = session_->summary();
    const corpus::ScanProblems& problems = s.problems;
    const bool partial = s.partial || problems.partial;
    const qint64 count = problems.total();
    if (session_->hasSummary() && (partial || count > 0)) {
        const QString counts = ProblemTableModel::countsText(problems);
        if (partial)
            banner_->setText(tr("Partial scan: some input could not be read to its end, so the numbers "
                                "below cover only what was read. Records skipped: %1").arg(counts.isEmpty() ? tr("none") : counts));
        else
            banner_->setText(tr("Some records could not be read and were skipped: %1").arg(counts));
        banner_->show();
        problemModel_->setProblems(problems);
        problemView_->resizeColumnsToContents();
        problemsButton_->setVisible(!problems.examples.empty());
        problemView_->setVisible(problemsButton_->isChecked() && !problems.examples.empty());
    } else {
        banner_->hide();
        problemsButton_->hide();
        problemView_->hide();
        problemModel_->setProblems({});
    }
}

} // namespace adaptlab::corpus_panel
