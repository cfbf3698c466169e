#include "document_view.h"

#include "corpus_text.h"
#include "inspect_session.h"
#include "text_spans.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTextCursor>
#include <QTextEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <set>
#include <utility>
#include <vector>

namespace adaptlab::corpus_panel {

namespace {

const QColor kFailColor(0xb0, 0x30, 0x30);
const QColor kPassColor(0x2e, 0x7d, 0x32);
const QColor kHighlight(0xff, 0xd5, 0x4f, 170);
// Search matches: a blue unlike the evidence's yellow; the current one stronger.
const QColor kMatchColor(0x8e, 0xc5, 0xff);
const QColor kCurrentMatchColor(0x1f, 0x6f, 0xd1);
// Marking more matches than this at once would stall the text view; they are still counted.
constexpr int kMaxMarkedMatches = 5000;

} // namespace

DocumentView::DocumentView(InspectSession* session, QWidget* parent) : QWidget(parent), session_(session)
{
    setObjectName(QStringLiteral("documentView"));
    title_ = new QLabel(tr("Select a document to read it."), this);
    title_->setProperty("role", QStringLiteral("sectionTitle"));
    title_->setWordWrap(true);
    meta_ = new QLabel(this);
    meta_->setWordWrap(true);
    meta_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    meta_->setForegroundRole(QPalette::PlaceholderText);

    checks_ = new QTreeWidget(this);
    checks_->setObjectName(QStringLiteral("documentRuleChecks"));
    checks_->setRootIsDecorated(false);
    checks_->setAlternatingRowColors(true);
    checks_->setHeaderLabels({tr("Rule"), tr("Value"), tr("Verdict")});
    checks_->header()->setStretchLastSection(false);
    checks_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    checks_->setMinimumHeight(120);
    connect(checks_, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item != nullptr)
            highlight(static_cast<corpus::Signal>(item->data(0, Qt::UserRole).toInt()));
    });

    evidenceBox_ = new QComboBox(this);
    evidenceBox_->setObjectName(QStringLiteral("evidenceBox"));
    evidenceBox_->addItem(tr("Nothing"), static_cast<int>(corpus::Signal::Count));
    for (int i = 0; i < corpus::kSignalCount; ++i)
        evidenceBox_->addItem(CorpusText::signalLabel(static_cast<corpus::Signal>(i)), i);
    connect(evidenceBox_, &QComboBox::activated, this, [this](int index) {
        highlight(static_cast<corpus::Signal>(evidenceBox_->itemData(index).toInt()));
    });
    evidenceLabel_ = new QLabel(this);
    evidenceLabel_->setObjectName(QStringLiteral("evidenceLabel"));
    evidenceLabel_->setWordWrap(true);

    text_ = new QTextEdit(this);
    text_->setObjectName(QStringLiteral("documentText"));
    text_->setReadOnly(true);
    text_->setAcceptRichText(false);
    text_->setLineWrapMode(QTextEdit::WidgetWidth);

    matchRow_ = new QWidget(this);
    matchLabel_ = new QLabel(matchRow_);
    matchLabel_->setObjectName(QStringLiteral("matchLabel"));
    matchLabel_->setWordWrap(true);
    previousMatchButton_ = new QPushButton(tr("Previous match"), matchRow_);
    previousMatchButton_->setObjectName(QStringLiteral("previousMatch"));
    previousMatchButton_->setToolTip(tr("Shift+F3"));
    nextMatchButton_ = new QPushButton(tr("Next match"), matchRow_);
    nextMatchButton_->setObjectName(QStringLiteral("nextMatch"));
    nextMatchButton_->setToolTip(tr("F3"));
    connect(previousMatchButton_, &QPushButton::clicked, this, &DocumentView::previousMatch);
    connect(nextMatchButton_, &QPushButton::clicked, this, &DocumentView::nextMatch);
    auto* matchLayout = new QHBoxLayout(matchRow_);
    matchLayout->setContentsMargins(0, 0, 0, 0);
    matchLayout->addWidget(matchLabel_, 1);
    matchLayout->addWidget(previousMatchButton_);
    matchLayout->addWidget(nextMatchButton_);
    matchRow_->hide();

    auto* evidenceRow = new QHBoxLayout;
    evidenceRow->addWidget(new QLabel(tr("Highlight the parts behind:"), this));
    evidenceRow->addWidget(evidenceBox_, 1);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(title_);
    topLayout->addWidget(meta_);
    topLayout->addWidget(checks_, 1);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(evidenceRow);
    bottomLayout->addWidget(evidenceLabel_);
    bottomLayout->addWidget(matchRow_);
    bottomLayout->addWidget(text_, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(session_, &InspectSession::ruleChanged, this, &DocumentView::fillChecks);
    connect(session_, &InspectSession::rulesReset, this, &DocumentView::fillChecks);
    connect(session_, &InspectSession::datasetChanged, this, [this] { showMessage(tr("Select a document to read it.")); });
}

std::optional<qint64> DocumentView::documentIndex() const
{
    if (!document_)
        return std::nullopt;
    return document_->index;
}

void DocumentView::showMessage(const QString& message)
{
    evidence_.cancel();
    document_.reset();
    title_->setText(message);
    meta_->clear();
    checks_->clear();
    text_->clear();
    evidenceLabel_->clear();
    spanCount_ = 0;
    highlighted_ = corpus::Signal::Count;
    matchTask_.cancel();
    matches_.clear();
    currentMatch_ = -1;
    showMatches();
}

void DocumentView::showDocument(const corpus::Document& document, const corpus::SignalVector& signals,
                                const QStringList& files)
{
    evidence_.cancel();
    document_ = document;
    signals_ = signals;
    const QString file = QFileInfo(files.value(document.position.fileIndex)).fileName();
    title_->setText(tr("Document %1 · %2").arg(QLocale().toString(document.index + 1),
                                               CorpusText::location(file, document.position.line)));
    QStringList meta;
    for (const auto& [key, value] : document.metadata)
        meta << tr("%1: %2", "metadata field: value").arg(QString::fromStdString(key), QString::fromStdString(value));
    meta_->setText(meta.join(QLatin1Char('\n')));

    QString text = QString::fromStdString(document.text);
    if (text.size() > kMaxShownCharacters)
        text.truncate(kMaxShownCharacters);
    shownText_ = text;
    text_->setPlainText(text);
    if (static_cast<qint64>(document.text.size()) > kMaxShownCharacters)
        text_->append(tr("\n[… only the first %1 characters are shown]").arg(QLocale().toString(kMaxShownCharacters)));

    findMatches();
    fillChecks();
    // Start with the reason it is removed: the first enabled rule it fails.
    const int failed = corpus::firstFailedRule(session_->rules(), signals_);
    highlight(failed >= 0 ? session_->rules()[static_cast<size_t>(failed)].signal : corpus::Signal::Count);
}

void DocumentView::fillChecks()
{
    QSignalBlocker block(checks_);
    checks_->clear();
    if (!document_)
        return;
    // Failed enabled rules first (why it is removed), then failed switched-off ones, then passes.
    const auto& rules = session_->rules();
    std::vector<std::pair<int, size_t>> order;
    for (size_t i = 0; i < rules.size(); ++i) {
        corpus::QualityRule rule = rules[i];
        rule.enabled = true;
        const bool pass = corpus::passes(rule, signals_);
        order.emplace_back(pass ? 2 : (rules[i].enabled ? 0 : 1), i);
    }
    std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [group, i] : order) {
        corpus::QualityRule rule = rules[i];
        const bool enabled = rule.enabled;
        rule.enabled = true;
        const bool pass = group == 2;
        auto* item = new QTreeWidgetItem(checks_);
        item->setText(0, CorpusText::ruleLabel(rule));
        item->setText(1, CorpusText::formatValue(rule.signal, signals_[static_cast<size_t>(rule.signal)]));
        item->setText(2, pass ? tr("passes") : (enabled ? tr("fails") : tr("fails (rule off)")));
        item->setForeground(2, pass ? kPassColor : kFailColor);
        item->setToolTip(0, CorpusText::ruleDescription(rule));
        item->setData(0, Qt::UserRole, static_cast<int>(rule.signal));
        item->setData(0, Qt::UserRole + 1, pass);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    checks_->resizeColumnToContents(1);
    checks_->resizeColumnToContents(2);
}

void DocumentView::highlight(corpus::Signal signal)
{
    highlighted_ = signal;
    evidenceBox_->setCurrentIndex(evidenceBox_->findData(static_cast<int>(signal)));
    applySpans({});
    if (!document_ || signal == corpus::Signal::Count) {
        evidenceLabel_->setText(document_ ? tr("Choose a rule above or a signal to see which parts "
                                               "of the text drive it.")
                                          : QString());
        evidence_.cancel();
        Q_EMIT evidenceShown();
        return;
    }
    evidenceLabel_->setText(tr("Finding the parts behind %1…").arg(CorpusText::signalLabel(signal)));
    const std::string text = document_->text;
    evidence_.run(
        [text, signal](const std::atomic<bool>& cancel) {
            // The evidence of one document cannot be cut short; mapping it can be skipped.
            const auto spans = corpus::signalEvidence(text, signal);
            return cancel.load() ? QList<QPair<int, int>>() : utf16Ranges(text, spans);
        },
        [this, signal](QList<QPair<int, int>> ranges, const QString& error) {
            if (!error.isEmpty()) {
                evidenceLabel_->setText(tr("The evidence could not be computed: %1").arg(error));
                Q_EMIT evidenceShown();
                return;
            }
            applySpans(ranges);
            const QString value = CorpusText::formatValue(signal, signals_[static_cast<size_t>(signal)]);
            if (ranges.isEmpty())
                evidenceLabel_->setText(tr("%1 is %2 for this document; it has no particular place "
                                           "in the text to highlight.").arg(CorpusText::signalLabel(signal), value));
            else
                evidenceLabel_->setText(tr("%1 is %2 for this document; the highlighted parts drive it "
                                           "(places highlighted: %3).")
                                            .arg(CorpusText::signalLabel(signal), value,
                                                 QLocale().toString(static_cast<int>(ranges.size()))));
            Q_EMIT evidenceShown();
        });
}

void DocumentView::applySpans(const QList<QPair<int, int>>& ranges)
{
    QTextCursor cursor(text_->document());
    cursor.select(QTextCursor::Document);
    cursor.setCharFormat(QTextCharFormat());
    QTextCharFormat marked;
    marked.setBackground(kHighlight);
    const int length = static_cast<int>(shownText_.size());
    spanCount_ = 0;
    int first = -1;
    for (const auto& [start, count] : ranges) {
        if (start >= length)
            continue;
        cursor.setPosition(start);
        cursor.setPosition(std::min(start + count, length), QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(marked);
        ++spanCount_;
        if (first < 0)
            first = start;
    }
    if (first >= 0 && searchText_.isEmpty()) { // with a search, the current match keeps the view
        QTextCursor at(text_->document());
        at.setPosition(first);
        text_->setTextCursor(at);
        text_->ensureCursorVisible();
    }
}

void DocumentView::setSearchText(const QString& text)
{
    if (text == searchText_)
        return;
    searchText_ = text;
    findMatches();
}

void DocumentView::findMatches()
{
    matchTask_.cancel();
    matches_.clear();
    currentMatch_ = -1;
    if (!document_ || searchText_.isEmpty()) {
        showMatches();
        Q_EMIT matchesShown();
        return;
    }
    matchLabel_->setText(tr("Finding \"%1\" in the text…").arg(searchText_));
    matchRow_->show();
    const QString text = shownText_;
    const QString needle = searchText_;
    matchTask_.run([text, needle](const std::atomic<bool>& cancel) { return searchMatches(text, needle, &cancel); },
                   [this](QList<QPair<int, int>> found, const QString& error) {
                       matches_ = std::move(found);
                       showMatches();
                       if (!error.isEmpty())
                           matchLabel_->setText(tr("The search term could not be marked: %1").arg(error));
                       else if (!matches_.isEmpty())
                           goToMatch(0);
                       Q_EMIT matchesShown();
                   });
}

void DocumentView::showMatches()
{
    const bool searching = document_.has_value() && !searchText_.isEmpty();
    matchRow_->setVisible(searching);
    QList<QTextEdit::ExtraSelection> marks;
    const int marked = std::min<int>(static_cast<int>(matches_.size()), kMaxMarkedMatches);
    marks.reserve(marked + 1);
    auto mark = [this, &marks](const QPair<int, int>& match, const QColor& color, bool current) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(text_->document());
        selection.cursor.setPosition(match.first);
        selection.cursor.setPosition(match.first + match.second, QTextCursor::KeepAnchor);
        selection.format.setBackground(color);
        if (current)
            selection.format.setForeground(Qt::white);
        marks.append(selection);
    };
    for (int i = 0; i < marked; ++i)
        if (i != currentMatch_)
            mark(matches_[i], kMatchColor, false);
    if (currentMatch_ >= 0 && currentMatch_ < matches_.size())
        mark(matches_[currentMatch_], kCurrentMatchColor, true);
    text_->setExtraSelections(marks);
    previousMatchButton_->setEnabled(matches_.size() > 1);
    nextMatchButton_->setEnabled(matches_.size() > 1);
    if (!searching)
        matchLabel_->clear();
    else if (matches_.isEmpty())
        matchLabel_->setText(tr("\"%1\" is not in the text shown: the search found it in the metadata or "
                                "beyond the part of the text shown here.").arg(searchText_));
    else
        matchLabel_->setText(tr("Match %1 of %2 for \"%3\"")
                                 .arg(QLocale().toString(currentMatch_ + 1),
                                      QLocale().toString(static_cast<qint64>(matches_.size())), searchText_));
}

void DocumentView::goToMatch(int match)
{
    if (matches_.isEmpty())
        return;
    const int count = static_cast<int>(matches_.size());
    currentMatch_ = ((match % count) + count) % count; // wraps around at either end
    showMatches();
    QTextCursor at(text_->document());
    at.setPosition(matches_[currentMatch_].first);
    text_->setTextCursor(at);
    text_->ensureCursorVisible();
}

void DocumentView::nextMatch()
{
    goToMatch(currentMatch_ + 1);
}

void DocumentView::previousMatch()
{
    goToMatch(currentMatch_ - 1);
}

} // namespace adaptlab::corpus_panel
