// The Mixture panel's Laws tab (laws_tab.h).
#include "laws_tab.h"

#include "chart_view.h"
#include "file_dialogs.h"
#include "job_runner.h"
#include "panel_context.h"

#include "store/project_store.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <set>

namespace adaptlab::mixture {

namespace {

// The grid file the tab keeps in the project: one per tab, replaced by each launch.
constexpr const char* kGridName = "laws-pilots";

QString percentText(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QLatin1Char('%');
}

QString numberText(std::optional<double> value, int digits = 3)
{
    return value ? QLocale().toString(*value, 'g', digits) : QStringLiteral("–");
}

bool finishedState(const QString& state)
{
    return state == QLatin1String("done") || state == QLatin1String("failed") || state == QLatin1String("stopped");
}

} // namespace

LawsTab::LawsTab(PanelContext* context, QWidget* parent)
    : QWidget(parent)
    , context_(context)
{
    auto* layout = new QVBoxLayout(this);
    // What the laws are, for someone who is not an ML engineer.
    auto* intro = new QLabel(
        tr("Small pilot runs at a few domain shares show how the domain loss falls and the general loss rises as "
           "more of the training data comes from your domain. A scaling law fitted to them predicts the share that "
           "learns the domain without losing more general ability than you allow."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* links = new QLabel(tr("<a href=\"adaptlab-help:glossary#scaling-law\">scaling laws</a> · "
                                "<a href=\"adaptlab-help:glossary#replay\">replay</a> · "
                                "<a href=\"adaptlab-help:guide#mixture\">the Mixture step in the guide</a>"),
                             this);
    links->setOpenExternalLinks(true);
    layout->addWidget(links);

    auto* top = new QHBoxLayout;
    auto* pilotBox = new QGroupBox(tr("Pilot runs"), this);
    auto* pilotForm = new QFormLayout(pilotBox);
    domainBox_ = new QComboBox(pilotBox);
    generalBox_ = new QComboBox(pilotBox);
    baseEdit_ = new QLineEdit(QStringLiteral("preset:tiny"), pilotBox);
    tokenizerEdit_ = new QLineEdit(pilotBox);
    tokenizerEdit_->setPlaceholderText(tr("the base model's own"));
    sharesEdit_ = new QLineEdit(QStringLiteral("0.1, 0.3, 0.5, 0.7, 0.9"), pilotBox);
    stepsSpin_ = new QSpinBox(pilotBox);
    stepsSpin_->setRange(4, 1'000'000);
    stepsSpin_->setValue(100);
    pilotForm->addRow(tr("Domain data"), domainBox_);
    pilotForm->addRow(tr("General data"), generalBox_);
    pilotForm->addRow(tr("Base model"), baseEdit_);
    pilotForm->addRow(tr("Tokenizer"), tokenizerEdit_);
    pilotForm->addRow(tr("Domain shares"), sharesEdit_);
    pilotForm->addRow(tr("Steps per pilot"), stepsSpin_);
    launchButton_ = new QPushButton(tr("Launch pilot runs"), pilotBox);
    pilotForm->addRow(launchButton_);
    runsTable_ = new QTableWidget(0, 3, pilotBox);
    runsTable_->setHorizontalHeaderLabels({tr("Domain share"), tr("Run"), tr("State")});
    runsTable_->horizontalHeader()->setStretchLastSection(true);
    runsTable_->verticalHeader()->hide();
    runsTable_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    runsTable_->setMaximumHeight(150);
    pilotForm->addRow(runsTable_);
    top->addWidget(pilotBox, 1);

    auto* fitBox = new QGroupBox(tr("Fit"), this);
    auto* fitForm = new QFormLayout(fitBox);
    lawBox_ = new QComboBox(fitBox);
    lawBox_->addItem(tr("CMR: critical mixture ratio (Gu et al. 2024)"), QStringLiteral("cmr"));
    lawBox_->addItem(tr("D-CPT: loss by share and tokens (Que et al. 2024)"), QStringLiteral("dcpt"));
    thresholdSpin_ = new QDoubleSpinBox(fitBox);
    thresholdSpin_->setRange(0.1, 100.0);
    thresholdSpin_->setValue(3.0);
    thresholdSpin_->setSuffix(QStringLiteral(" %"));
    epsSpin_ = new QDoubleSpinBox(fitBox);
    epsSpin_->setDecimals(3);
    epsSpin_->setRange(0.0, 10.0);
    epsSpin_->setSingleStep(0.01);
    epsSpin_->setValue(0.05);
    domainTokensSpin_ = new QDoubleSpinBox(fitBox);
    domainTokensSpin_->setDecimals(0);
    domainTokensSpin_->setRange(0.0, 1e15);
    domainTokensSpin_->setSpecialValueText(tr("not set"));
    fitForm->addRow(tr("Law"), lawBox_);
    fitForm->addRow(tr("General loss may rise (D-CPT)"), thresholdSpin_);
    fitForm->addRow(tr("General loss may rise by (CMR)"), epsSpin_);
    fitForm->addRow(tr("Domain tokens you have (D-CPT)"), domainTokensSpin_);
    auto* fitButtons = new QHBoxLayout;
    fitButton_ = new QPushButton(tr("Fit the pilot runs"), fitBox);
    csvButton_ = new QPushButton(tr("Fit from a CSV…"), fitBox);
    fitButtons->addWidget(fitButton_);
    fitButtons->addWidget(csvButton_);
    fitForm->addRow(fitButtons);
    qualityLabel_ = new QLabel(fitBox);
    qualityLabel_->setWordWrap(true);
    fitForm->addRow(qualityLabel_);
    top->addWidget(fitBox, 1);
    layout->addLayout(top);

    auto* charts = new QHBoxLayout;
    domainChart_ = new ChartView(this);
    domainChart_->setAxisTitles(tr("domain share"), tr("domain loss"));
    generalChart_ = new ChartView(this);
    generalChart_->setAxisTitles(tr("domain share"), tr("general loss"));
    for (ChartView* chart : {domainChart_, generalChart_}) {
        chart->setMinimumHeight(180);
        charts->addWidget(chart, 1);
    }
    layout->addLayout(charts, 1);

    auto* recommendations = new QGridLayout;
    for (int i = 0; i < kRecommendationRows; ++i) {
        auto* label = new QLabel(this);
        label->setWordWrap(true);
        auto* button = new QPushButton(tr("Make a plan"), this);
        button->setEnabled(false);
        connect(button, &QPushButton::clicked, this, [this, i] { proposePlan(i); });
        recommendations->addWidget(label, i, 0);
        recommendations->addWidget(button, i, 1);
        recommendationLabels_.push_back(label);
        makePlanButtons_.push_back(button);
    }
    recommendations->setColumnStretch(0, 1);
    layout->addLayout(recommendations);
    refusalsLabel_ = new QLabel(this);
    refusalsLabel_->setWordWrap(true);
    refusalsLabel_->setTextFormat(Qt::RichText);
    layout->addWidget(refusalsLabel_);
    statusLabel_ = new QLabel(this);
    statusLabel_->setWordWrap(true);
    layout->addWidget(statusLabel_);

    connect(launchButton_, &QPushButton::clicked, this, &LawsTab::launchPilots);
    connect(fitButton_, &QPushButton::clicked, this, &LawsTab::fitPilots);
    connect(csvButton_, &QPushButton::clicked, this, [this] {
        const QStringList files = getOpenFileNames(this, tr("Points to fit"), context_->projectDir(),
                                                   tr("Points (*.csv);;All files (*)"));
        if (!files.isEmpty())
            fitFromCsv(files.front());
    });
    connect(context_, &PanelContext::projectChanged, this, &LawsTab::refresh);
    connect(context_, &PanelContext::storeChanged, this, &LawsTab::refresh);
    drawCurves();
    refresh();
}

LawsTab::~LawsTab() = default;

void LawsTab::setPlan(const data::MixturePlan& plan)
{
    plan_ = plan;
}

void LawsTab::refresh()
{
    const QString projectDir = context_->projectDir();
    launchButton_->setEnabled(!projectDir.isEmpty());
    fitButton_->setEnabled(!projectDir.isEmpty());
    if (projectDir.isEmpty()) {
        showSnapshot({});
        return;
    }
    // A grid launched here is the tab's own until its file is written; else the project's file.
    const std::optional<laws::PilotGrid> known = launched_ ? grid_ : std::nullopt;
    refreshTask_.run(
        [projectDir, known](const std::atomic<bool>&) {
            Snapshot snapshot;
            auto store = store::ProjectStore::openReadOnly(projectDir.toStdString());
            for (const auto& dataset : store.datasets())
                snapshot.datasets << QString::fromStdString(dataset.name);
            const auto file = laws::pilotGridFile(projectDir.toStdString(), kGridName);
            if (known)
                snapshot.grid = known;
            else if (std::filesystem::exists(file))
                snapshot.grid = laws::PilotGrid::load(file);
            if (snapshot.grid) {
                for (const auto& entry : snapshot.grid->runs) {
                    const auto run = store.run(entry.runId);
                    snapshot.runStates.push_back(run ? QString::fromStdString(store::toString(run->status))
                                                     : QStringLiteral("missing"));
                }
            }
            return snapshot;
        },
        [this](Snapshot snapshot, const QString& error) {
            snapshot.error = error;
            showSnapshot(snapshot);
        });
}

void LawsTab::showSnapshot(const Snapshot& snapshot)
{
    for (QComboBox* box : {domainBox_, generalBox_}) {
        const QString chosen = box->currentText();
        box->clear();
        box->addItems(snapshot.datasets);
        if (const int at = box->findText(chosen); at >= 0)
            box->setCurrentIndex(at);
    }
    if (generalBox_->currentIndex() == domainBox_->currentIndex() && generalBox_->count() > 1)
        generalBox_->setCurrentIndex(domainBox_->currentIndex() == 0 ? 1 : 0);
    if (!snapshot.error.isEmpty())
        statusLabel_->setText(tr("Cannot read the project: %1").arg(snapshot.error));
    if (!launched_)
        grid_ = snapshot.grid;
    runsTable_->setRowCount(grid_ ? int(grid_->runs.size()) : 0);
    bool allFinished = grid_ && !grid_->runs.empty() && (!launched_ || grid_->runs.size() == runners_.size());
    for (int row = 0; grid_ && row < int(grid_->runs.size()); ++row) {
        const auto& entry = grid_->runs[size_t(row)];
        QString state;
        for (size_t k = 0; snapshot.grid && k < snapshot.grid->runs.size() && k < snapshot.runStates.size(); ++k)
            if (snapshot.grid->runs[k].runId == entry.runId)
                state = snapshot.runStates[k];
        allFinished = allFinished && finishedState(state);
        runsTable_->setItem(row, 0, new QTableWidgetItem(percentText(entry.domainShare)));
        runsTable_->setItem(row, 1, new QTableWidgetItem(QString::number(entry.runId)));
        runsTable_->setItem(row, 2, new QTableWidgetItem(state));
    }
    // The pilots just finished (or were found finished): fit them once, unasked.
    if (allFinished && !result_ && !fitTask_.isRunning())
        fitPilots();
}

laws::FitOptions LawsTab::fitOptions() const
{
    laws::FitOptions options;
    options.law = laws::lawKindFromString(lawBox_->currentData().toString().toStdString());
    options.thresholdPct = thresholdSpin_->value();
    options.cmrEps = epsSpin_->value();
    if (domainTokensSpin_->value() > 0.0)
        options.domainTokens = domainTokensSpin_->value();
    return options;
}

data::MixturePlan LawsTab::basePlan() const
{
    if (plan_)
        return *plan_;
    // A plan from the chosen datasets: the pilots' own budget (steps x seq_len x batch of the
    // train kind's defaults), the general data as the replay source.
    data::MixturePlan plan;
    plan.name = "laws";
    plan.sources = {{domainBox_->currentText().toStdString(), {}, -1, 1.0, false},
                    {generalBox_->currentText().toStdString(), {}, -1, 1.0, true}};
    plan.seqLen = 128;
    plan.globalBatch = 8;
    plan.totalTokens = int64_t(stepsSpin_->value()) * plan.seqLen * plan.globalBatch;
    return plan;
}

std::vector<laws::PilotRun> LawsTab::plannedPilots(QString* error) const
{
    laws::PilotOptions options;
    options.domainShares.clear();
    for (const QString& part : sharesEdit_->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const double share = QLocale::c().toDouble(part.trimmed(), &ok);
        if (!ok) {
            *error = tr("Domain shares: \"%1\" is not a number").arg(part.trimmed());
            return {};
        }
        options.domainShares.push_back(share);
    }
    options.domainSource = domainBox_->currentText().toStdString();
    options.generalSource = generalBox_->currentText().toStdString();
    if (options.domainSource.empty() || options.generalSource.empty()) {
        *error = tr("Choose the domain data and the general data (datasets of the project).");
        return {};
    }
    const data::MixturePlan plan = basePlan();
    // The pilots' budget is what the spin box says, whatever the plan's.
    options.budgetFraction = 0.0;
    options.minSteps = stepsSpin_->value();
    options.trainParams = {{"base", baseEdit_->text().trimmed().toStdString()},
                           {"device", context_->devicePolicy().toStdString()}};
    if (!tokenizerEdit_->text().trimmed().isEmpty())
        options.trainParams["tokenizer"] = tokenizerEdit_->text().trimmed().toStdString();
    try {
        return laws::pilotRuns(plan, context_->projectDir().toStdString(), options);
    } catch (const std::exception& e) {
        *error = QString::fromStdString(e.what());
        return {};
    }
}

void LawsTab::launchPilots()
{
    QString error;
    const auto pilots = plannedPilots(&error);
    if (pilots.empty()) {
        statusLabel_->setText(error);
        return;
    }
    laws::PilotGrid grid;
    grid.name = kGridName;
    grid.plan = plan_ ? plan_->name : std::string();
    grid.domainSource = domainBox_->currentText().toStdString();
    grid.generalSource = generalBox_->currentText().toStdString();
    grid_ = grid;
    launched_ = true;
    result_.reset();
    runners_.clear();
    runsTable_->setRowCount(0);
    QStringList refused;
    for (const auto& pilot : pilots) {
        QString why;
        JobRunner* runner = context_->startJob(QString::fromStdString(pilot.spec.dump(2)), &why);
        if (!runner) {
            refused << QString::fromStdString(pilot.label) + QStringLiteral(": ") + why;
            continue;
        }
        runners_.push_back(runner);
        const double share = pilot.domainShare;
        const auto record = [this, share](qint64 runId) {
            if (!grid_ || runId <= 0)
                return;
            grid_->runs.push_back({share, runId});
            std::sort(grid_->runs.begin(), grid_->runs.end(),
                      [](const auto& a, const auto& b) { return a.domainShare < b.domainShare; });
            saveGrid();
        };
        if (runner->runId() > 0)
            record(runner->runId());
        else
            connect(runner, &JobRunner::runIdAssigned, this, record);
        connect(runner, &JobRunner::finished, this, &LawsTab::refresh);
    }
    statusLabel_->setText(refused.isEmpty()
                              ? tr("%n pilot run(s) started; the fit follows when they are done.", nullptr, int(runners_.size()))
                              : tr("Some pilot runs were refused: %1").arg(refused.join(QStringLiteral("; "))));
}

void LawsTab::saveGrid()
{
    if (!grid_)
        return;
    const laws::PilotGrid grid = *grid_;
    const auto file = laws::pilotGridFile(context_->projectDir().toStdString(), kGridName);
    saveTask_.run(
        [grid, file](const std::atomic<bool>&) {
            grid.save(file);
            return QString();
        },
        [this](const QString&, const QString& error) {
            if (!error.isEmpty())
                statusLabel_->setText(tr("The pilot grid was not saved: %1").arg(error));
            refresh();
        });
}

void LawsTab::runFit(std::function<FitOutcome()> work)
{
    statusLabel_->setText(tr("Fitting…"));
    fitButton_->setEnabled(false);
    csvButton_->setEnabled(false);
    fitTask_.run([work = std::move(work)](const std::atomic<bool>&) { return work(); },
                 [this](FitOutcome outcome, const QString& error) { showResult(outcome, error); });
}

void LawsTab::fitPilots()
{
    if (!grid_ || grid_->runs.empty()) {
        statusLabel_->setText(tr("No pilot runs yet: launch them first, or fit points from a CSV file."));
        return;
    }
    const laws::PilotGrid grid = *grid_;
    const QString projectDir = context_->projectDir();
    const laws::FitOptions options = fitOptions();
    runFit([grid, projectDir, options] {
        FitOutcome outcome;
        auto store = store::ProjectStore::openReadOnly(projectDir.toStdString());
        const laws::GatheredPoints gathered = laws::gatherPoints(store, grid);
        for (const auto& note : gathered.notes)
            outcome.notes << QString::fromStdString(note);
        outcome.result = laws::fitLaws(gathered.points, options);
        outcome.source = QObject::tr("%n pilot run(s)", nullptr, gathered.runsUsed);
        return outcome;
    });
}

void LawsTab::fitFromCsv(const QString& path)
{
    const laws::FitOptions options = fitOptions();
    runFit([path, options] {
        FitOutcome outcome;
        outcome.result = laws::fitLaws(laws::readPoints(path.toStdString()), options);
        outcome.source = QFileInfo(path).fileName();
        return outcome;
    });
}

void LawsTab::showResult(const FitOutcome& outcome, const QString& error)
{
    fitButton_->setEnabled(!context_->projectDir().isEmpty());
    csvButton_->setEnabled(true);
    if (!error.isEmpty()) {
        statusLabel_->setText(tr("The fit failed: %1").arg(error));
        Q_EMIT fitDone();
        return;
    }
    result_ = outcome.result;
    const laws::FitResult& r = *result_;
    statusLabel_->setText(tr("Fitted %1 to %n point(s) of %2.", nullptr, int(r.points.size()))
                              .arg(QString::fromLatin1(laws::toString(r.law)).toUpper(), outcome.source) +
                          (outcome.notes.isEmpty() ? QString() : QStringLiteral(" ") + outcome.notes.join(QStringLiteral("; "))));
    QStringList quality;
    for (const auto* fit : {&r.domain, &r.general}) {
        if (!*fit)
            continue;
        const QString loss = (*fit)->loss == laws::LossKind::Domain ? tr("Domain loss") : tr("General loss");
        quality << tr("%1: R² %2, Huber %3%4")
                       .arg(loss, numberText((*fit)->r2, 4), numberText((*fit)->huberLoss, 2),
                            (*fit)->good ? QString() : tr(" (poor fit)"));
    }
    qualityLabel_->setText(quality.isEmpty() ? tr("Not fitted.") : quality.join(QLatin1Char('\n')));

    QStringList refusals;
    for (const auto& refusal : r.refusals)
        refusals << QStringLiteral("<li>%1</li>").arg(QString::fromStdString(refusal.reason).toHtmlEscaped());
    refusalsLabel_->setText(refusals.isEmpty() ? QString()
                                               : tr("Not recommended:") + QStringLiteral("<ul>") + refusals.join(QString()) +
                                                     QStringLiteral("</ul>"));

    const auto& rec = r.recommendations;
    std::vector<std::pair<QString, std::optional<double>>> rows;
    if (r.law == laws::LawKind::Cmr) {
        rows.push_back({r.general ? tr("Critical mixture ratio: the largest domain share whose general loss stays within %1 "
                                       "of the base model's (%2)")
                                        .arg(QLocale().toString(r.options.cmrEps), numberText(rec.baseGeneralLoss, 4))
                                  : tr("Critical mixture ratio: the largest domain share whose general loss stays within %1 "
                                       "of the base model's")
                                        .arg(QLocale().toString(r.options.cmrEps)),
                        rec.criticalMixtureRatio});
        rows.push_back({QString(), std::nullopt});
    } else {
        rows.push_back({tr("The largest domain share whose general loss rises at most %1%").arg(QLocale().toString(r.options.thresholdPct)),
                        rec.maxDomainShareWithinPct});
        rows.push_back({tr("The domain share that learns most from the domain tokens you have"), rec.minDomainLossShare});
    }
    for (int i = 0; i < kRecommendationRows; ++i) {
        const auto& [text, value] = rows[size_t(i)];
        recommendationLabels_[size_t(i)]->setText(text.isEmpty() ? QString()
                                                                 : text + QStringLiteral(": ") +
                                                                       (value ? percentText(*value) : tr("refused (see below)")));
        makePlanButtons_[size_t(i)]->setVisible(!text.isEmpty());
        makePlanButtons_[size_t(i)]->setEnabled(value.has_value());
        proposedShares_[size_t(i)] = value.value_or(-1.0);
    }
    drawCurves();
    Q_EMIT fitDone();
}

void LawsTab::drawCurves()
{
    for (ChartView* chart : {domainChart_, generalChart_}) {
        chart->clearSeries();
        chart->setMarkers({});
    }
    if (!result_)
        return;
    const laws::FitResult& r = *result_;
    // The curves at the final token count, with the points measured there.
    double tokens = 0.0, modelParams = 0.0;
    for (const auto& p : r.points) {
        tokens = std::max(tokens, p.tokens);
        modelParams = std::max(modelParams, p.params);
    }
    QList<ChartView::Marker> markers;
    int id = 0;
    for (const std::optional<double>& share : {r.recommendations.criticalMixtureRatio, r.recommendations.maxDomainShareWithinPct,
                                               r.recommendations.minDomainLossShare})
        if (share)
            markers.push_back({id++, *share, true, false, ChartView::Marker::Shade::None});
    for (const auto* fit : {&r.domain, &r.general}) {
        const bool domain = fit == &r.domain;
        ChartView* chart = domain ? domainChart_ : generalChart_;
        std::vector<std::pair<double, double>> measured;
        for (const auto& p : r.points)
            if (p.tokens == tokens)
                measured.push_back({p.domainShare, domain ? p.domainLoss : p.generalLoss});
        std::sort(measured.begin(), measured.end());
        std::vector<double> xs, ys;
        for (const auto& [x, y] : measured) {
            xs.push_back(x);
            ys.push_back(y);
        }
        chart->setSeries(QStringLiteral("points"), tr("pilot points"), xs, ys);
        if (*fit) {
            std::vector<double> cx, cy;
            for (int i = 0; i <= 100; ++i) {
                // D-CPT's share term grows steeply near r = 0 (either end for one of the losses):
                // its curve keeps 1% away from the ends; CMR's is drawn over the whole range.
                const double share = r.law == laws::LawKind::Cmr ? i / 100.0 : std::clamp(i / 100.0, 0.01, 0.99);
                cx.push_back(share);
                cy.push_back(laws::predict((*fit)->params, (*fit)->loss, share, tokens, modelParams));
            }
            chart->setSeries(QStringLiteral("fit"), tr("fitted law"), cx, cy);
        }
        chart->setMarkers(markers);
    }
}

void LawsTab::proposePlan(int index)
{
    const double share = proposedShares_[size_t(index)];
    if (share < 0.0 || !result_)
        return;
    data::MixturePlan plan = basePlan();
    const std::string domain = grid_ ? grid_->domainSource : domainBox_->currentText().toStdString();
    const std::string general = grid_ ? grid_->generalSource : generalBox_->currentText().toStdString();
    // The recommendation is the domain's share of the rows: the two sources weighted share : 1 - share
    // (the general source stays a replay source when the plan had it so, with that share).
    bool found = false;
    for (auto& source : plan.sources) {
        if (source.name == domain) {
            source.weight = share;
            source.replay = false;
            found = true;
        } else if (source.name == general) {
            source.weight = 1.0 - share;
            source.replay = false;
        } else {
            source.weight = 0.0;
        }
    }
    if (!found) // a CSV fit for data the plan does not have: a plan of the two chosen datasets
        plan.sources = {{domain, {}, -1, share, false}, {general, {}, -1, 1.0 - share, false}};
    plan.replayFraction = 0.0;
    plan.name = (plan.name.empty() ? std::string("plan") : plan.name) + "-" + laws::toString(result_->law) + "-" +
                std::to_string(int(std::lround(share * 100.0)));
    Q_EMIT planProposed(plan);
}

} // namespace adaptlab::mixture
