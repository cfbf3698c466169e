// The Project overview: what a project is, the headline counts (datasets, runs, metric points,
// artifacts) and tables of the datasets and runs in the store. Without an open project it says
// how to create or open one. Everything it shows is read by a StoreReader (its own read-only
// connection on a worker thread), so the UI thread never waits on the store.
#pragma once

#include "store/project_store.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace adaptlab {
class DatasetTableModel;
class PanelContext;
class RunTableModel;
class StatCard;
class StoreReader;
}

namespace adaptlab::overview {

class OverviewPanel final : public QWidget {
    Q_OBJECT
public:
    explicit OverviewPanel(PanelContext* context, QWidget* parent = nullptr);

    // Asks the reader for the store's counts and tables (or shows the empty state when no
    // project is open); refreshed() says when they are shown. Invokable, so a test holding the
    // panel as a plain QWidget (loaded as a plugin) can ask for a fresh answer.
    Q_INVOKABLE void refresh();

    bool showsEmptyState() const;
    // "runs: 3 running, 10 done, 2 failed, 1 stopped": every status, so the parts add up.
    static QString runsCaption(const std::vector<store::RunRecord>& runs);
    DatasetTableModel* datasetModel() const;
    RunTableModel* runModel() const;
    StatCard* datasetsCard() const;
    StatCard* runsCard() const;
    StatCard* metricsCard() const;
    StatCard* artifactsCard() const;

Q_SIGNALS:
    // The answer to the latest refresh() is shown (or its error).
    void refreshed();

private:
    struct Snapshot;
    void showSnapshot(const Snapshot& snapshot, const QString& error);

    PanelContext* context_ = nullptr;
    StoreReader* reader_ = nullptr;
    quint64 generation_ = 0; // of the latest refresh(); older answers are dropped
    QStackedWidget* stack_ = nullptr;
    QWidget* emptyPage_ = nullptr;
    QWidget* projectPage_ = nullptr;
    QLabel* projectLabel_ = nullptr;
    QLabel* errorLabel_ = nullptr;
    QPushButton* refreshButton_ = nullptr;
    StatCard* datasetsCard_ = nullptr;
    StatCard* runsCard_ = nullptr;
    StatCard* metricsCard_ = nullptr;
    StatCard* artifactsCard_ = nullptr;
    DatasetTableModel* datasetModel_ = nullptr;
    RunTableModel* runModel_ = nullptr;
    QTableView* datasetView_ = nullptr;
    QTableView* runView_ = nullptr;
    QLabel* noDatasetsLabel_ = nullptr;
    QLabel* noRunsLabel_ = nullptr;
    QTimer* followTimer_ = nullptr;
};

} // namespace adaptlab::overview
