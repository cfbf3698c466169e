// Token shards: each dataset tokenized once with the selected tokenizer into shards that every
// training run reads (job kind build_shards). A table of the datasets with their shard status for
// that tokenizer, the held-out and seed settings from the job's schema, "Build shards" with
// progress and Cancel (the run is followed in the Jobs dock too).
#pragma once

#include "tokenizer_catalog.h"

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

    bool startBuild();
    void cancelBuild();

private:
    void refreshTable();
    void updateButtons();
    const ShardEntry* shardFor(const QString& dataset) const;

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
};

} // namespace adaptlab::tokenizer_panel
