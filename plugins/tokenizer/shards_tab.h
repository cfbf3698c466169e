// Token shards: each dataset tokenized once with the selected tokenizer into shards that every
// training run reads (job kind build_shards). A table of the datasets with their shard status for
// that tokenizer, the held-out and seed settings from the job's schema, "Build shards" with
// progress and Cancel (each run is followed in the Jobs dock too). The ticked datasets are built one
// job each, one after the other: the store records a shard folder per dataset only when a build
// reads that one dataset, and one at a time keeps the cores for the tokenizer's own threads.
#pragma once

#include "tokenizer_catalog.h"

#include <nlohmann/json.hpp>

#include "job_runner.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace adaptlab {
class PanelContext;
class ParamForm;
}

namespace adaptlab::tokenizer_panel {

class ShardsTab final : public QWidget {
    Q_OBJECT
public:
    explicit ShardsTab(PanelContext* context, QWidget* parent = nullptr);

    void setCatalog(const Catalog& catalog);
    // The tokenizer the shards are built with (the panel's selection); empty: none.
    void setTokenizer(const TokenizerEntry& tokenizer);

    QTableWidget* table() const { return table_; }
    QPushButton* buildButton() const { return build_; }
    QPushButton* cancelButton() const { return cancel_; }
    QProgressBar* progressBar() const { return progress_; }
    QLabel* statusLabel() const { return status_; }
    ParamForm* form() const { return form_; }
    JobRunner* runner() const { return runner_; }
    QStringList chosenDatasets() const;
    void setChosenDatasets(const QStringList& names);

    // Starts building the ticked datasets; false (the status says why) when refused.
    bool startBuild();
    void cancelBuild();
    // Datasets still waiting for their build (the one running not included).
    QStringList queued() const { return queue_; }
    bool isBuilding() const;

Q_SIGNALS:
    // Every build asked for has ended (finished, failed, stopped or refused).
    void buildsEnded();

private:
    void refreshTable();
    void startNext();
    void updateButtons();
    const ShardEntry* shardFor(const QString& dataset) const;
    static QString statusText(const ShardEntry* shard); // "built (u16)", "stale: …", "missing: …", "not built"

    PanelContext* context_;
    Catalog catalog_;
    TokenizerEntry tokenizer_;
    QLabel* tokenizerLabel_ = nullptr;
    QTableWidget* table_ = nullptr;
    ParamForm* form_ = nullptr;
    QPushButton* build_ = nullptr;
    QPushButton* cancel_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QLabel* status_ = nullptr;
    QPointer<JobRunner> runner_;
    QStringList queue_;
    int queueTotal_ = 0;
    nlohmann::json formValues_;
    QStringList failures_;
};

} // namespace adaptlab::tokenizer_panel
