// The Mixture panel (the Plan step, between Tokenizer and Train): a tab per job of the step.
// "Plan" edits the project's mixture plans (PlanEditor); "Scaling laws" (LawsTab, laws_tab.h) fits
// D-CPT / CMR laws to pilot runs and proposes a plan (planProposed -> the plan editor); "Clusters"
// (ClustersTab, clusters_tab.h) turns document clusters into datasets (datasetsCreated -> the
// sources are read again). The project's shard builds and plans are read on StoreReader's thread
// whenever the context says the store changed. The window's close waits for unsaved plan edits
// (an event filter on the top-level window asks Save / Discard / Cancel).
#pragma once

#include "plan_catalog.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace adaptlab {
class PanelContext;
class StoreReader;
}

namespace adaptlab::mixture {

class PlanEditor;

class MixturePanel final : public QWidget {
    Q_OBJECT
public:
    explicit MixturePanel(PanelContext* context, QWidget* parent = nullptr);
    ~MixturePanel() override;

    PlanEditor* planEditor() const { return editor_; }
    QTabWidget* tabs() const { return tabs_; }
    bool showsEmptyState() const;
    const PlanCatalog& catalog() const { return catalog_; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void refreshed(); // the latest catalog (or its error) is shown

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void projectChanged();
    void showCatalog(PlanCatalog catalog, const QString& error);

    PanelContext* context_;
    StoreReader* reader_ = nullptr;
    quint64 generation_ = 0;
    bool reading_ = false;
    bool readAgain_ = false;
    PlanCatalog catalog_;
    QStackedWidget* stack_ = nullptr;
    QWidget* emptyPage_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    PlanEditor* editor_ = nullptr;
    QLabel* status_ = nullptr;
    QWidget* watchedWindow_ = nullptr;
};

} // namespace adaptlab::mixture
