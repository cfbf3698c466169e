#include "histogram_card.h"

#include "corpus_text.h"
#include "histogram_chart.h"
#include "inspect_session.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

namespace adaptlab::corpus_panel {

namespace {

void configureSpinBox(QDoubleSpinBox* box, corpus::Signal signal)
{
    const int decimals = CorpusText::decimals(signal);
    box->setDecimals(decimals);
    if (CorpusText::isCount(signal)) {
        box->setRange(0, 1e9);
        box->setSingleStep(signal == corpus::Signal::Words || signal == corpus::Signal::Characters ? 10 : 1);
    } else if (signal == corpus::Signal::MeanWordLength) {
        box->setRange(0, 1000);
        box->setSingleStep(0.5);
    } else if (signal == corpus::Signal::HashToWordRatio || signal == corpus::Signal::EllipsisToWordRatio) {
        box->setRange(0, 100);
        box->setSingleStep(0.01);
    } else {
        box->setRange(0, 1);
        box->setSingleStep(0.01);
    }
    box->setAccelerated(true);
}

} // namespace

HistogramCard::HistogramCard(InspectSession* session, corpus::Signal signal, QWidget* parent)
    : QFrame(parent), session_(session), signal_(signal)
{
    const QString key = QString::fromLatin1(corpus::signalInfos()[static_cast<size_t>(signal)].key);
    setObjectName(QStringLiteral("histogramCard_%1").arg(key));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setMinimumWidth(300);

    title_ = new QLabel(CorpusText::signalLabel(signal), this);
    title_->setProperty("role", QStringLiteral("sectionTitle"));
    title_->setToolTip(CorpusText::signalDescription(signal));
    stats_ = new QLabel(this);
    stats_->setForegroundRole(QPalette::PlaceholderText);
    chart_ = new HistogramChart(this);
    chart_->setObjectName(QStringLiteral("histogram_%1").arg(key));
    chart_->setToolTip(CorpusText::signalDescription(signal));
    noData_ = new QLabel(tr("No distribution recorded for this signal."), this);
    noData_->setAlignment(Qt::AlignCenter);
    noData_->setMinimumHeight(120);
    noData_->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(4);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(title_);
    titleRow->addStretch(1);
    titleRow->addWidget(stats_);
    layout->addLayout(titleRow);
    layout->addWidget(chart_, 1);
    layout->addWidget(noData_, 1);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    for (int rule : session_->rulesOn(signal)) {
        RuleRow row;
        row.rule = rule;
        const corpus::QualityRule& r = session_->rules()[static_cast<size_t>(rule)];
        row.enabled = new QCheckBox(CorpusText::boundLabel(r.bound), this);
        row.enabled->setToolTip(tr("Use this rule when filtering. Switched off, it still shows what "
                                   "it would remove."));
        row.threshold = new QDoubleSpinBox(this);
        row.threshold->setObjectName(QStringLiteral("threshold_%1").arg(QString::fromStdString(r.key)));
        configureSpinBox(row.threshold, signal);
        row.threshold->setToolTip(tr("Drag the red line on the chart or type a value."));
        row.removes = new QLabel(this);
        row.removes->setObjectName(QStringLiteral("removes_%1").arg(QString::fromStdString(r.key)));
        row.removes->setMinimumWidth(120);
        const int line = rows_.size();
        grid->addWidget(row.enabled, line, 0);
        grid->addWidget(row.threshold, line, 1);
        grid->addWidget(row.removes, line, 2);
        grid->setColumnStretch(2, 1);
        connect(row.enabled, &QCheckBox::toggled, this, [this, rule](bool on) { session_->setEnabled(rule, on); });
        connect(row.threshold, &QDoubleSpinBox::valueChanged, this,
                [this, rule](double value) { session_->setThreshold(rule, value); });
        rows_.append(row);
    }
    layout->addLayout(grid);

    connect(chart_, &HistogramChart::markerDragged, this, [this](int rule, double value) {
        if (QDoubleSpinBox* box = thresholdBox(rule))
            box->setValue(value); // rounds to the box's decimals, then sets the rule
    });
    connect(chart_, &HistogramChart::markerReleased, this, [this](int, double) { updateMarkers(); });
    connect(session_, &InspectSession::datasetChanged, this, &HistogramCard::refresh);
    connect(session_, &InspectSession::rulesReset, this, &HistogramCard::refresh);
    connect(session_, &InspectSession::ruleChanged, this, &HistogramCard::updateRule);
    connect(session_, &InspectSession::countsChanged, this, &HistogramCard::updateCounts);
    refresh();
}

QDoubleSpinBox* HistogramCard::thresholdBox(int rule) const
{
    for (const RuleRow& row : rows_)
        if (row.rule == rule)
            return row.threshold;
    return nullptr;
}

QLabel* HistogramCard::removesLabel(int rule) const
{
    for (const RuleRow& row : rows_)
        if (row.rule == rule)
            return row.removes;
    return nullptr;
}

void HistogramCard::refresh()
{
    const std::string key = corpus::signalInfos()[static_cast<size_t>(signal_)].key;
    const auto& histograms = session_->summary().histograms;
    const auto it = histograms.find(key);
    if (session_->hasSummary() && it != histograms.end()) {
        chart_->setHistogram(it->second);
        const corpus::Histogram& h = it->second;
        if (h.quantiles.size() >= 4)
            stats_->setText(tr("median %1").arg(CorpusText::formatValue(signal_, h.quantiles[3])));
        else
            stats_->setText(tr("mean %1").arg(CorpusText::formatValue(signal_, h.mean)));
        stats_->setToolTip(tr("min %1, mean %2, max %3")
                               .arg(CorpusText::formatValue(signal_, h.min), CorpusText::formatValue(signal_, h.mean),
                                    CorpusText::formatValue(signal_, h.max)));
    } else {
        chart_->setHistogram({});
        stats_->clear();
    }
    chart_->setVisible(chart_->hasData());
    noData_->setVisible(!chart_->hasData());
    for (const RuleRow& row : rows_)
        updateRule(row.rule);
    updateCounts();
}

void HistogramCard::updateRule(int rule)
{
    for (const RuleRow& row : rows_) {
        if (row.rule != rule)
            continue;
        const corpus::QualityRule& r = session_->rules()[static_cast<size_t>(rule)];
        QSignalBlocker blockBox(row.threshold);
        QSignalBlocker blockCheck(row.enabled);
        if (std::abs(row.threshold->value() - r.threshold) > 1e-12)
            row.threshold->setValue(r.threshold);
        row.enabled->setChecked(r.enabled);
        row.threshold->setEnabled(true);
        updateMarkers();
    }
}

void HistogramCard::updateMarkers()
{
    QList<ChartView::Marker> markers;
    for (const RuleRow& row : rows_) {
        const corpus::QualityRule& r = session_->rules()[static_cast<size_t>(row.rule)];
        // A rule that keeps values >= its threshold removes what lies below it.
        const auto shade = r.bound == corpus::QualityRule::Bound::AtLeast ? ChartView::Marker::Shade::Below
                                                                           : ChartView::Marker::Shade::Above;
        markers.append({row.rule, r.threshold, r.enabled, true, shade});
    }
    chart_->setMarkers(markers);
}

void HistogramCard::updateCounts()
{
    const RuleCounts& counts = session_->counts();
    for (const RuleRow& row : rows_) {
        if (!counts.valid || row.rule >= static_cast<int>(counts.perRule.size())) {
            row.removes->setText(session_->signalsFile() ? tr("counting…") : QString());
            continue;
        }
        const RuleCount& c = counts.perRule[static_cast<size_t>(row.rule)];
        row.removes->setText(tr("removes %1").arg(CorpusText::countWithShare(c.aloneDocuments, counts.documents)));
        row.removes->setToolTip(tr("Alone: %1 documents, %2 words. In sequence after the rules "
                                   "before it: %3 documents, %4 words.")
                                    .arg(QLocale().toString(c.aloneDocuments), QLocale().toString(c.aloneWords),
                                         QLocale().toString(c.sequenceDocuments), QLocale().toString(c.sequenceWords)));
    }
}

} // namespace adaptlab::corpus_panel
