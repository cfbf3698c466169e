// The Inspect panel's Duplicates tab: clusters of exact duplicates (same normalized text) and
// near duplicates (MinHash-LSH band matches, union-find), rebuilt from the signals file's hashes
// on a worker thread when the tab is first shown. Pick a cluster and a member to read it side by
// side with the document deduplication keeps, with their word 5-gram Jaccard similarity.
#pragma once

#include "background_task.h"

#include "corpus/document.h"

#include <QList>
#include <QPair>
#include <QWidget>

#include <vector>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;

namespace adaptlab::corpus_panel {

class InspectSession;

struct DuplicateCluster {
    std::vector<int64_t> members; // the kept document (smallest index) first
    bool exact = false;           // every member has the same exact hash
};

class DuplicatesTab final : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxClustersShown = 5000;

    explicit DuplicatesTab(InspectSession* session, QWidget* parent = nullptr);

    // Builds the clusters now (normally done the first time the tab is shown).
    void computeClusters();
    bool isBusy() const { return clusterTask_.isRunning() || pairTask_.isRunning(); }
    const std::vector<DuplicateCluster>& clusters() const { return clusters_; }
    void showCluster(int cluster, int member = 1);

    QTableWidget* clusterTable() const { return table_; }
    QListWidget* memberList() const { return members_; }
    QPlainTextEdit* keptText() const { return left_; }
    QPlainTextEdit* memberText() const { return right_; }
    QLabel* similarityLabel() const { return similarity_; }
    // Words marked as differing in the two texts of the pair shown.
    int markedInKept() const { return markedKept_; }
    int markedInMember() const { return markedMember_; }

Q_SIGNALS:
    void clustersReady();
    void pairShown();

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Pair {
        std::vector<corpus::Document> documents;
        double jaccard = 0;
        bool diffComplete = false;            // the words that differ could be found
        QList<QPair<int, int>> onlyInKept;    // UTF-16 ranges to mark in each text
        QList<QPair<int, int>> onlyInMember;
    };
    void reset();
    void fillTable();
    void showPair(int64_t kept, int64_t member);

    InspectSession* session_;
    QLabel* status_ = nullptr;
    QTableWidget* table_ = nullptr;
    QListWidget* members_ = nullptr;
    QLabel* leftTitle_ = nullptr;
    QLabel* rightTitle_ = nullptr;
    QPlainTextEdit* left_ = nullptr;
    QPlainTextEdit* right_ = nullptr;
    QLabel* similarity_ = nullptr;
    std::vector<DuplicateCluster> clusters_;
    bool computed_ = false;
    int currentCluster_ = -1;
    int markedKept_ = 0;
    int markedMember_ = 0;
    BackgroundTask<std::vector<DuplicateCluster>> clusterTask_{this};
    BackgroundTask<Pair> pairTask_{this};
};

} // namespace adaptlab::corpus_panel
