#include "quality_tab.h"

#include "corpus_text.h"
#include "view_helpers.h"
#include "histogram_card.h"
#include "inspect_session.h"
#include "rule_table_model.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <set>

namespace adaptlab::corpus_panel {

namespace {

constexpr int kCardsPerRow = 3;

} // namespace

QualityTab::QualityTab(InspectSession* session, QWidget* parent) : QWidget(parent), session_(session)
{
    setObjectName(QStringLiteral("corpusQualityTab"));

    model_ = new RuleTableModel(this);
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model_);
    proxy->setSortRole(RuleTableModel::SortRole);
    view_ = new QTableView(this);
    view_->setObjectName(QStringLiteral("ruleTable"));
    view_->setModel(proxy);
    ViewHelpers::setupTable(view_, /*stretchLast=*/false);
    view_->setSortingEnabled(false);
    view_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view_->horizontalHeader()->setSectionResizeMode(RuleTableModel::Rule, QHeaderView::Stretch);
    connect(model_, &RuleTableModel::enabledToggled, session_, &InspectSession::setEnabled);

    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("ruleSummary"));
    summary_->setWordWrap(true);
    resetButton_ = new QPushButton(tr("Reset to defaults"), this);
    resetButton_->setObjectName(QStringLiteral("resetRules"));
    resetButton_->setToolTip(tr("Switch every rule on again with the thresholds of the papers "
                                "(Gopher as in datatrove, C4 as in TFDS), for this dataset from now on."));
    connect(resetButton_, &QPushButton::clicked, session_, &InspectSession::resetRules);
    settingsNotice_ = new QLabel(this);
    settingsNotice_->setObjectName(QStringLiteral("ruleSettingsNotice"));
    settingsNotice_->setProperty("role", QStringLiteral("notice"));
    settingsNotice_->setWordWrap(true);
    settingsNotice_->hide();

    auto* hint = new QLabel(this);
    hint->setObjectName(QStringLiteral("ruleHint"));
    CorpusText::enableLinks(hint);
    hint->setText(tr("Tick a %1 to use it when filtering; change its threshold on its chart below (drag "
                     "the red line or type the value). \"Alone\" is what a rule removes by itself, \"in "
                     "sequence\" what it removes after the rules above it. The rules are the %2 and %3 "
                     "heuristics; the counts come from the dataset's %4, so no text is read again. Your "
                     "choices are kept with this dataset in the project. Double-click a rule to see its "
                     "chart.")
                      .toHtmlEscaped()
                      .arg(CorpusText::glossaryLink("quality-rule", tr("rule")),
                           CorpusText::glossaryLink("gopher", tr("Gopher")),
                           CorpusText::glossaryLink("c4", tr("C4")),
                           CorpusText::glossaryLink("signals-file", tr("signals file"))));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto* summaryRow = new QHBoxLayout;
    summaryRow->addWidget(summary_, 1);
    summaryRow->addWidget(resetButton_);
    topLayout->addLayout(summaryRow);
    topLayout->addWidget(settingsNotice_);
    topLayout->addWidget(hint);

    // The table at its full height, then the charts by family (signals no rule reads last), in
    // one scroll area: every rule is in view without a scroll bar of its own.
    auto* charts = new QWidget;
    auto* chartsLayout = new QVBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 8, 0);
    view_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view_->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    chartsLayout->addWidget(view_);
    const std::set<corpus::Signal> shownElsewhere{corpus::Signal::Words, corpus::Signal::Characters,
                                                   corpus::Signal::Lines, corpus::Signal::Bytes};
    std::set<corpus::Signal> placed;
    auto addSection = [&](const QString& title, const std::vector<corpus::Signal>& signalList) {
        if (signalList.empty())
            return;
        auto* label = new QLabel(title, charts);
        label->setProperty("role", QStringLiteral("sectionTitle"));
        chartsLayout->addWidget(label);
        auto* grid = new QGridLayout;
        grid->setSpacing(10);
        int i = 0;
        for (corpus::Signal s : signalList) {
            auto* card = new HistogramCard(session_, s, charts);
            cards_.append(card);
            grid->addWidget(card, i / kCardsPerRow, i % kCardsPerRow);
            ++i;
        }
        for (int c = 0; c < kCardsPerRow; ++c)
            grid->setColumnStretch(c, 1);
        chartsLayout->addLayout(grid);
    };
    for (const std::string family : {"gopher_quality", "gopher_repetition", "c4"}) {
        std::vector<corpus::Signal> list;
        for (const auto& rule : session_->rules()) {
            if (rule.family != family || shownElsewhere.count(rule.signal) || placed.count(rule.signal))
                continue;
            list.push_back(rule.signal);
            placed.insert(rule.signal);
        }
        addSection(CorpusText::familyLabel(family), list);
    }
    std::vector<corpus::Signal> rest;
    for (int i = 0; i < corpus::kSignalCount; ++i) {
        const auto s = static_cast<corpus::Signal>(i);
        if (!placed.count(s) && !shownElsewhere.count(s))
            rest.push_back(s);
    }
    addSection(tr("Other signals"), rest);
    chartsLayout->addStretch(1);

    scroll_ = new QScrollArea(this);
    scroll_->setWidget(charts);
    scroll_->setWidgetResizable(true);
    scroll_->setFrameShape(QFrame::NoFrame);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(top);
    layout->addWidget(scroll_, 1);

    connect(view_, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const auto signal = static_cast<corpus::Signal>(index.data(RuleTableModel::SignalRole).toInt());
        if (HistogramCard* card = cardFor(signal))
            scroll_->ensureWidgetVisible(card, 0, 20);
    });
    connect(session_, &InspectSession::ruleChanged, this, &QualityTab::updateRules);
    connect(session_, &InspectSession::rulesReset, this, &QualityTab::updateRules);
    connect(session_, &InspectSession::countsChanged, this, &QualityTab::updateRules);
    connect(session_, &InspectSession::datasetChanged, this, &QualityTab::updateRules);
    connect(session_, &InspectSession::settingsProblemChanged, this, [this] {
        settingsNotice_->setText(session_->settingsProblem());
        settingsNotice_->setVisible(!session_->settingsProblem().isEmpty());
    });
    updateRules();
}

void QualityTab::fitTableHeight()
{
    // Every row and the (two-line) header, no inner scrolling.
    view_->resizeRowsToContents();
    const int rows = view_->verticalHeader()->length();
    const int header = view_->horizontalHeader()->sizeHint().height();
    const int scrollBar = view_->horizontalScrollBar()->isVisible() ? view_->horizontalScrollBar()->height() : 0;
    view_->setFixedHeight(rows + header + scrollBar + 2 * view_->frameWidth());
}

HistogramCard* QualityTab::cardFor(corpus::Signal signal) const
{
    for (HistogramCard* card : cards_)
        if (card->signal() == signal)
            return card;
    return nullptr;
}

void QualityTab::updateRules()
{
    const int before = model_->rowCount();
    model_->setRules(session_->rules(), session_->counts());
    if (model_->rowCount() != before || view_->height() < view_->verticalHeader()->length())
        fitTableHeight();
    const RuleCounts& counts = session_->counts();
    if (!session_->signalsFile()) {
        summary_->setText(session_->dataset() ? tr("Scan the dataset to count what the rules remove.")
                                              : QString());
    } else if (!counts.valid) {
        summary_->setText(tr("Counting what the rules remove…"));
    } else {
        summary_->setText(tr("The enabled rules remove %1 of %2 documents and %3 of %4 words.")
                              .arg(CorpusText::countWithShare(counts.removedDocuments, counts.documents),
                                   QLocale().toString(counts.documents),
                                   CorpusText::countWithShare(counts.removedWords, counts.words),
                                   QLocale().toString(counts.words)));
    }
}

} // namespace adaptlab::corpus_panel
