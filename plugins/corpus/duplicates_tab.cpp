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

std::vector<DuplicateCluster> buildClusters(const corpus::SignalsFile& file, const std::atomic<bool>& cancel)
{
    const int64_t n = file.documents();
    corpus::DuplicateOptions options;
    options.near = file.bands() > 0;
    const corpus::DuplicateClusters duplicates = corpus::clusterDuplicates(file, options);
    if (cancel.load())
        return {};
    // Shown clusters merge both kinds (a near cluster already holds its exact copies, unless the
    // scan had no bands).
    const std::vector<uint32_t>& exact = duplicates.exactLeader;
    corpus::UnionFind uf(static_cast<size_t>(n));
    for (int64_t d = 0; d < n; ++d) {
        uf.unite(static_cast<size_t>(d), exact[static_cast<size_t>(d)]);
        if (!duplicates.nearLeader.empty())
            uf.unite(static_cast<size_t>(d), duplicates.nearLeader[static_cast<size_t>(d)]);
    }
    // Only roots with more than one member become clusters.
    std::vector<size_t> root(static_cast<size_t>(n));
    std::vector<int32_t> size(static_cast<size_t>(n), 0);
    for (int64_t d = 0; d < n; ++d) {
        root[static_cast<size_t>(d)] = uf.find(static_cast<size_t>(d));
        ++size[root[static_cast<size_t>(d)]];
    }
    std::map<size_t, std::vector<int64_t>> groups;
    for (int64_t d = 0; d < n; ++d)
        if (size[root[static_cast<size_t>(d)]] > 1)
            groups[root[static_cast<size_t>(d)]].push_back(d);
    std::vector<DuplicateCluster> clusters;
    for (auto& [root, members] : groups) {
        if (members.size() < 2)
            continue;
        std::sort(members.begin(), members.end());
        DuplicateCluster c;
        c.exact = std::all_of(members.begin(), members.end(), [&](int64_t m) {
            return exact[static_cast<size_t>(m)] == exact[static_cast<size_t>(members.front())];
        });
        c.members = std::move(members);
        clusters.push_back(std::move(c));
    }
    std::stable_sort(clusters.begin(), clusters.end(),
                     [](const auto& a, const auto& b) { return a.members.size() > b.members.size(); });
    return clusters;
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

DuplicatesTab::DuplicatesTab(InspectSession* session, QWidget* parent) : QWidget(parent), session_(session)
{
    setObjectName(QStringLiteral("corpusDuplicatesTab"));
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("duplicatesStatus"));
    status_->setWordWrap(true);

    table_ = new QTableWidget(0, 4, this);
    table_->setObjectName(QStringLiteral("clusterTable"));
    table_->setHorizontalHeaderLabels({tr("Cluster"), tr("Kind"), tr("Documents"), tr("Kept document")});
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
        const auto& members = clusters_[static_cast<size_t>(currentCluster_)].members;
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
    detailLayout->addWidget(new QLabel(tr("Members (the first is kept by deduplication):"), detail));
    detailLayout->addWidget(members_);
    detailLayout->addWidget(similarity_);
    detailLayout->addWidget(sideBySide, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(table_);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({360, 1000});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(status_);
    layout->addWidget(splitter, 1);

    connect(session_, &InspectSession::datasetChanged, this, &DuplicatesTab::reset);
    reset();
}

void DuplicatesTab::reset()
{
    clusterTask_.cancel();
    pairTask_.cancel();
    clusters_.clear();
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
    clusterTask_.run([file](const std::atomic<bool>& cancel) { return buildClusters(*file, cancel); },
                     [this](std::vector<DuplicateCluster> clusters, const QString& error) {
                         if (!error.isEmpty()) {
                             status_->setText(tr("The clusters could not be built: %1").arg(error));
                             return;
                         }
                         clusters_ = std::move(clusters);
                         fillTable();
                         Q_EMIT clustersReady();
                     });
}

void DuplicatesTab::fillTable()
{
    int64_t exact = 0;
    int64_t near = 0;
    int64_t removed = 0;
    for (const auto& c : clusters_) {
        (c.exact ? exact : near) += 1;
        removed += static_cast<int64_t>(c.members.size()) - 1;
    }
    const QLocale locale;
    if (clusters_.empty())
        status_->setText(tr("No duplicates: every document is unique, exactly and by MinHash."));
    else
        status_->setText(tr("%1 clusters (%2 of exact copies, %3 of near duplicates). Deduplication "
                            "keeps the first document of each and removes %4.")
                             .arg(locale.toString(static_cast<qint64>(clusters_.size())), locale.toString(exact),
                                  locale.toString(near), locale.toString(removed)));
    const int shown = std::min<int>(kMaxClustersShown, static_cast<int>(clusters_.size()));
    table_->setRowCount(shown);
    for (int i = 0; i < shown; ++i) {
        const auto& c = clusters_[static_cast<size_t>(i)];
        auto* id = new QTableWidgetItem(locale.toString(i + 1));
        id->setData(Qt::UserRole, i);
        table_->setItem(i, 0, id);
        table_->setItem(i, 1, new QTableWidgetItem(c.exact ? tr("exact") : tr("near")));
        auto* size = new QTableWidgetItem(locale.toString(static_cast<qint64>(c.members.size())));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table_->setItem(i, 2, size);
        table_->setItem(i, 3, new QTableWidgetItem(tr("document %1").arg(locale.toString(c.members.front() + 1))));
    }
    table_->resizeColumnsToContents();
    if (shown > 0)
        table_->selectRow(0);
}

void DuplicatesTab::showCluster(int cluster, int member)
{
    if (cluster < 0 || cluster >= static_cast<int>(clusters_.size()))
        return;
    currentCluster_ = cluster;
    if (cluster < table_->rowCount() && table_->currentRow() != cluster) {
        QSignalBlocker blockTable(table_);
        table_->selectRow(cluster);
    }
    const auto& c = clusters_[static_cast<size_t>(cluster)];
    const QLocale locale;
    QSignalBlocker block(members_);
    members_->clear();
    for (size_t i = 0; i < c.members.size(); ++i)
        members_->addItem(i == 0 ? tr("document %1 (kept)").arg(locale.toString(c.members[i] + 1))
                                 : tr("document %1").arg(locale.toString(c.members[i] + 1)));
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
