#include "duplicates_tab.h"

#include "corpus_text.h"
#include "inspect_session.h"
#include "text_spans.h"
#include "word_diff.h"

#include "corpus/dedup.h"
#include "corpus/document_lookup.h"
#include "corpus/duplicate_clusters.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableWidget>
#include <QTextCursor>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace adaptlab::corpus_panel {

namespace {

DuplicateReport buildReport(const corpus::SignalsFile& file, double threshold, const std::atomic<bool>& cancel)
{
    corpus::DuplicateOptions options;
    options.near = file.bands() > 0 && file.signatureHashes() > 0;
    options.threshold = threshold;
    const corpus::DuplicateClusters duplicates = corpus::clusterDuplicates(file, options);
    DuplicateReport report;
    if (cancel.load())
        return report;
    report.documents = file.documents();
    report.exactRemoved = duplicates.exactDuplicates;
    report.nearRemoved = duplicates.nearDuplicates;
    report.largestNearCluster = duplicates.largestNearCluster;
    report.threshold = duplicates.threshold;
    // A cluster is a kept document and every document removed in its favour, in document order
    // (the kept one is always the earliest).
    std::map<uint32_t, size_t> clusterOf;
    for (size_t d = 0; d < duplicates.keptAs.size(); ++d) {
        if (duplicates.removal[d] == corpus::Removal::Kept)
            continue;
        const uint32_t kept = duplicates.keptAs[d];
        auto [it, added] = clusterOf.emplace(kept, report.clusters.size());
        if (added) {
            DuplicateCluster c;
            c.members.push_back(kept);
            c.similarity.push_back(1.0);
            c.exactCopy.push_back(false);
            report.clusters.push_back(std::move(c));
        }
        DuplicateCluster& c = report.clusters[it->second];
        c.members.push_back(static_cast<int64_t>(d));
        c.similarity.push_back(duplicates.similarityOf(d));
        c.exactCopy.push_back(duplicates.removal[d] == corpus::Removal::ExactCopy);
    }
    // Without near duplicates every member is a copy of the kept text (an exact copy of a near
    // duplicate comes with that duplicate).
    for (DuplicateCluster& c : report.clusters)
        c.exact = c.nearMembers() == 0;
    std::stable_sort(report.clusters.begin(), report.clusters.end(),
                     [](const auto& a, const auto& b) { return a.members.size() > b.members.size(); });
    return report;
}

// Gives the ranges a background colour; returns how many were marked.
int mark(QPlainTextEdit* view, const QList<QPair<int, int>>& ranges, const QColor& colour)
{
    QTextCharFormat format;
    format.setBackground(colour);
    QTextCursor cursor(view->document());
    const int length = view->document()->characterCount();
    int marked = 0;
    for (const auto& [start, count] : ranges) {
        if (start >= length - 1)
            continue;
        cursor.setPosition(start);
        cursor.setPosition(std::min(start + count, length - 1), QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(format);
        ++marked;
    }
    return marked;
}

} // namespace

int64_t DuplicateCluster::nearMembers() const
{
    int64_t near = 0;
    for (size_t i = 1; i < exactCopy.size(); ++i)
        near += exactCopy[i] ? 0 : 1;
    return near;
}

double DuplicateReport::largestNearClusterShare() const
{
    return documents > 0 ? static_cast<double>(largestNearCluster) / static_cast<double>(documents) : 0.0;
}

DuplicatesTab::DuplicatesTab(InspectSession* session, QWidget* parent) : QWidget(parent), session_(session)
{
    setObjectName(QStringLiteral("corpusDuplicatesTab"));
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("duplicatesStatus"));
    status_->setWordWrap(true);
    warning_ = new QLabel(this);
    warning_->setObjectName(QStringLiteral("duplicatesWarning"));
    warning_->setProperty("role", QStringLiteral("notice"));
    warning_->setWordWrap(true);
    warning_->hide();

    table_ = new QTableWidget(0, 5, this);
    table_->setObjectName(QStringLiteral("clusterTable"));
    table_->setHorizontalHeaderLabels(
        {tr("Cluster"), tr("Kind"), tr("Documents"), tr("Kept document"), tr("Lowest similarity")});
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setAlternatingRowColors(true);
    table_->setShowGrid(false);
    table_->horizontalHeader()->setStretchLastSection(true);
    connect(table_, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0)
            showCluster(table_->item(row, 0)->data(Qt::UserRole).toInt());
    });

    members_ = new QListWidget(this);
    members_->setObjectName(QStringLiteral("clusterMembers"));
    members_->setMaximumHeight(110);
    connect(members_, &QListWidget::currentRowChanged, this, [this](int row) {
        if (currentCluster_ < 0 || row < 0)
            return;
        const auto& members = report_.clusters[static_cast<size_t>(currentCluster_)].members;
        if (row < static_cast<int>(members.size()))
            showPair(members.front(), members[static_cast<size_t>(row)]);
    });

    leftTitle_ = new QLabel(tr("Kept"), this);
    leftTitle_->setProperty("role", QStringLiteral("sectionTitle"));
    rightTitle_ = new QLabel(tr("Duplicate"), this);
    rightTitle_->setProperty("role", QStringLiteral("sectionTitle"));
    left_ = new QPlainTextEdit(this);
    left_->setObjectName(QStringLiteral("keptText"));
    left_->setReadOnly(true);
    right_ = new QPlainTextEdit(this);
    right_->setObjectName(QStringLiteral("duplicateText"));
    right_->setReadOnly(true);
    similarity_ = new QLabel(this);
    similarity_->setObjectName(QStringLiteral("similarityLabel"));

    auto* leftBox = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(leftBox);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(leftTitle_);
    leftLayout->addWidget(left_, 1);
    auto* rightBox = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(rightBox);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(rightTitle_);
    rightLayout->addWidget(right_, 1);
    auto* sideBySide = new QSplitter(Qt::Horizontal, this);
    sideBySide->addWidget(leftBox);
    sideBySide->addWidget(rightBox);

    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(new QLabel(tr("Members (the first is kept by deduplication; the others are removed, "
                                          "each with its estimated similarity to the kept one):"),
                                       detail));
    detailLayout->addWidget(members_);
    detailLayout->addWidget(similarity_);
    detailLayout->addWidget(sideBySide, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(table_);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({540, 860}); // the cluster table shows its five columns whole

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(status_);
    layout->addWidget(warning_);
    layout->addWidget(splitter, 1);

    connect(session_, &InspectSession::datasetChanged, this, &DuplicatesTab::reset);
    reset();
}

void DuplicatesTab::reset()
{
    clusterTask_.cancel();
    pairTask_.cancel();
    report_ = {};
    warning_->hide();
    computed_ = false;
    currentCluster_ = -1;
    markedKept_ = markedMember_ = 0;
    table_->setRowCount(0);
    members_->clear();
    left_->clear();
    right_->clear();
    similarity_->clear();
    if (!session_->signalsFile())
        status_->setText(session_->dataset() ? tr("Scan the dataset to find its duplicates.") : QString());
    else
        status_->setText(tr("Duplicate clusters are built when this tab is shown."));
    if (isVisible())
        computeClusters();
}

void DuplicatesTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!computed_ && !clusterTask_.isRunning())
        computeClusters();
}

void DuplicatesTab::computeClusters()
{
    const auto file = session_->signalsFile();
    if (!file)
        return;
    computed_ = true;
    status_->setText(tr("Building duplicate clusters from the scan's hashes…"));
    // The threshold the scan used (0 in a summary from before it was recorded: the default).
    const double threshold = session_->hasSummary() ? session_->summary().nearThreshold : 0.0;
    clusterTask_.run(
        [file, threshold](const std::atomic<bool>& cancel) { return buildReport(*file, threshold, cancel); },
        [this](DuplicateReport report, const QString& error) {
            if (!error.isEmpty()) {
                status_->setText(tr("The clusters could not be built: %1").arg(error));
                return;
            }
            report_ = std::move(report);
            fillTable();
            Q_EMIT clustersReady();
        });
}

void DuplicatesTab::fillTable()
{
    const auto& clusters = report_.clusters;
    const QLocale locale;
    if (clusters.empty())
        status_->setText(tr("No duplicates: every document is unique, exactly and by MinHash."));
    else
        status_->setText(tr("Clusters: %1. Deduplication keeps one document of each and removes %2: %3 exact "
                            "copies, then %4 near duplicates (estimated word 5-gram Jaccard similarity to a kept "
                            "document of at least %5).")
                             .arg(locale.toString(static_cast<qint64>(clusters.size())),
                                  CorpusText::countWithShare(report_.exactRemoved + report_.nearRemoved,
                                                             report_.documents),
                                  locale.toString(report_.exactRemoved), locale.toString(report_.nearRemoved),
                                  locale.toString(report_.threshold, 'f', 2)));
    const double share = report_.largestNearClusterShare();
    if (share > corpus::kLargeClusterShare) {
        warning_->setText(tr("Warning: the largest near-duplicate cluster holds %1 of the corpus (%2 documents). "
                             "That is usually boilerplate that many documents share, or a threshold set too low.")
                              .arg(CorpusText::percent(share), locale.toString(report_.largestNearCluster)));
        warning_->show();
    } else {
        warning_->hide();
    }
    const int shown = std::min<int>(kMaxClustersShown, static_cast<int>(clusters.size()));
    table_->setRowCount(shown);
    for (int i = 0; i < shown; ++i) {
        const auto& c = clusters[static_cast<size_t>(i)];
        auto* id = new QTableWidgetItem(locale.toString(i + 1));
        id->setData(Qt::UserRole, i);
        table_->setItem(i, 0, id);
        table_->setItem(i, 1, new QTableWidgetItem(c.exact ? tr("exact") : tr("near")));
        auto* size = new QTableWidgetItem(locale.toString(static_cast<qint64>(c.members.size())));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table_->setItem(i, 2, size);
        table_->setItem(i, 3, new QTableWidgetItem(tr("document %1").arg(locale.toString(c.members.front() + 1))));
        const double lowest = *std::min_element(c.similarity.begin(), c.similarity.end());
        auto* similarity = new QTableWidgetItem(locale.toString(lowest, 'f', 3));
        similarity->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table_->setItem(i, 4, similarity);
    }
    table_->resizeColumnsToContents();
    if (shown > 0)
        table_->selectRow(0);
}

void DuplicatesTab::showCluster(int cluster, int member)
{
    if (cluster < 0 || cluster >= static_cast<int>(report_.clusters.size()))
        return;
    currentCluster_ = cluster;
    if (cluster < table_->rowCount() && table_->currentRow() != cluster) {
        QSignalBlocker blockTable(table_);
        table_->selectRow(cluster);
    }
    const auto& c = report_.clusters[static_cast<size_t>(cluster)];
    const QLocale locale;
    QSignalBlocker block(members_);
    members_->clear();
    for (size_t i = 0; i < c.members.size(); ++i) {
        const QString document = locale.toString(c.members[i] + 1);
        const QString similarity = locale.toString(c.similarity[i], 'f', 3);
        if (i == 0)
            members_->addItem(tr("document %1 (kept)").arg(document));
        else if (c.exactCopy[i])
            members_->addItem(tr("document %1: exact copy, similarity %2").arg(document, similarity));
        else
            members_->addItem(tr("document %1: near duplicate, similarity %2").arg(document, similarity));
    }
    member = std::clamp(member, 1, static_cast<int>(c.members.size()) - 1);
    members_->setCurrentRow(member);
    showPair(c.members.front(), c.members[static_cast<size_t>(member)]);
}

void DuplicatesTab::showPair(int64_t kept, int64_t member)
{
    if (!session_->hasSource())
        return;
    const QLocale locale;
    leftTitle_->setText(tr("Kept: document %1").arg(locale.toString(kept + 1)));
    rightTitle_->setText(kept == member ? tr("Kept: document %1").arg(locale.toString(member + 1))
                                        : tr("Removed: document %1").arg(locale.toString(member + 1)));
    similarity_->setText(tr("Reading both documents…"));
    pairTask_.run(
        [fetch = session_->documentFetcher({kept, member})](const std::atomic<bool>& cancel) {
            Pair pair;
            pair.documents = fetch(cancel);
            if (pair.documents.size() == 2) {
                const std::string& kept = pair.documents[0].text;
                const std::string& other = pair.documents[1].text;
                pair.jaccard = corpus::shingleJaccard(kept, other);
                const WordDiff diff = diffWords(kept, other);
                pair.diffComplete = diff.complete;
                pair.onlyInKept = utf16Ranges(kept, diff.onlyInA);
                pair.onlyInMember = utf16Ranges(other, diff.onlyInB);
            }
            return pair;
        },
        [this](Pair pair, const QString& error) {
            if (!error.isEmpty() || pair.documents.size() != 2) {
                similarity_->setText(error.isEmpty() ? tr("The documents are no longer in the corpus: it "
                                                          "changed since the scan.")
                                                     : tr("The documents could not be read: %1").arg(error));
                return;
            }
            left_->setPlainText(QString::fromStdString(pair.documents[0].text));
            right_->setPlainText(QString::fromStdString(pair.documents[1].text));
            markedKept_ = mark(left_, pair.onlyInKept, QColor(0xf4, 0xb4, 0xb4));
            markedMember_ = mark(right_, pair.onlyInMember, QColor(0xb9, 0xe4, 0xb4));
            const QString similarity = QLocale().toString(pair.jaccard, 'f', 3);
            if (!pair.diffComplete)
                similarity_->setText(tr("Word 5-gram Jaccard similarity: %1. The texts differ in too many "
                                        "places to mark them.").arg(similarity));
            else if (markedKept_ + markedMember_ == 0)
                similarity_->setText(tr("Word 5-gram Jaccard similarity: %1. The words are the same; "
                                        "only spacing, case or punctuation may differ.").arg(similarity));
            else
                similarity_->setText(tr("Word 5-gram Jaccard similarity: %1. Words only in the kept "
                                        "document are marked red (%2), words only in the other green (%3).")
                                         .arg(similarity, QLocale().toString(markedKept_),
                                              QLocale().toString(markedMember_)));
            Q_EMIT pairShown();
        });
}

} // namespace adaptlab::corpus_panel
