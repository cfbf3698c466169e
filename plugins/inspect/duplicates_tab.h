// The Inspect panel's Duplicates tab: what deduplication removes, as clusters of a kept document and
// the documents removed in its favour (exact copies, and near duplicates verified similar to it:
// duplicate_clusters.h), rebuilt from the signals file on a worker thread when the tab is first
// shown, with each removed member's estimated similarity to the kept one and a warning when one
// cluster holds a large share of the corpus. Pick a cluster and a member to read it side by side
// with the kept document, with their exact word 5-gram Jaccard similarity.
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
    std::vector<int64_t> members;    // the kept document first, then the removed ones in order
    std::vector<double> similarity;  // per member: estimated Jaccard with the kept one (1 for it)
    std::vector<bool> exactCopy;     // per member: removed as an exact copy (false for the kept one)
    bool exact = false;              // every removed member is an exact copy of the kept one
    int64_t nearMembers() const;     // members removed as near duplicates
};

// What deduplication of the scanned dataset removes, as the tab shows it.
struct DuplicateReport {
    std::vector<DuplicateCluster> clusters; // largest first
    int64_t documents = 0;
    int64_t exactRemoved = 0;
    int64_t nearRemoved = 0;
    int64_t largestNearCluster = 0; // its kept document and near duplicates
    double threshold = 0;
    double largestNearClusterShare() const;
};

class DuplicatesTab final : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxClustersShown = 5000;

    explicit DuplicatesTab(InspectSession* session, QWidget* parent = nullptr);

    // Builds the clusters now (normally done the first time the tab is shown).
    void computeClusters();
    bool isBusy() const { return clusterTask_.isRunning() || pairTask_.isRunning(); }
    const std::vector<DuplicateCluster>& clusters() const { return report_.clusters; }
    const DuplicateReport& report() const { return report_; }
    void showCluster(int cluster, int member = 1);

    QTableWidget* clusterTable() const { return table_; }
    QListWidget* memberList() const { return members_; }
    QPlainTextEdit* keptText() const { return left_; }
    QPlainTextEdit* memberText() const { return right_; }
    QLabel* similarityLabel() const { return similarity_; }
    QLabel* statusLabel() const { return status_; }
    QLabel* warningLabel() const { return warning_; } // hidden unless one cluster is too large
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
    QLabel* warning_ = nullptr;
    QTableWidget* table_ = nullptr;
    QListWidget* members_ = nullptr;
    QLabel* leftTitle_ = nullptr;
    QLabel* rightTitle_ = nullptr;
    QPlainTextEdit* left_ = nullptr;
    QPlainTextEdit* right_ = nullptr;
    QLabel* similarity_ = nullptr;
    DuplicateReport report_;
    bool computed_ = false;
    int currentCluster_ = -1;
    int markedKept_ = 0;
    int markedMember_ = 0;
    BackgroundTask<DuplicateReport> clusterTask_{this, TaskLane::Long};
    BackgroundTask<Pair> pairTask_{this};
};

} // namespace adaptlab::corpus_panel
