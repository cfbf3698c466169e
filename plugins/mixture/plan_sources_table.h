// The plan's sources as the editor shows them: every token-shard build of the project (one row per
// dataset and tokenizer) with its available tokens, ticked when the plan uses it, its weight, the
// replay toggle (general data mixed back into every batch) and its weight during end-of-training
// upsampling. A plan source the project has no build for (planned by a token count, or its folder
// gone) keeps a row of its own, so opening and saving a plan never drops a source.
#pragma once

#include "plan_catalog.h"

#include "data/mixture.h"

#include <QTableWidget>

#include <map>
#include <vector>

class QDoubleSpinBox;

namespace adaptlab::mixture {

class PlanSourcesTable final : public QTableWidget {
    Q_OBJECT
public:
    enum Column { NameColumn, TokensColumn, WeightColumn, ReplayColumn, EndWeightColumn, TokenizerColumn, ColumnCount };

    explicit PlanSourcesTable(QWidget* parent = nullptr);

    // The rows: CATALOG's builds, then PLAN's sources without one; ticked and filled from PLAN.
    void setSources(const std::vector<PlanSourceEntry>& catalog, const data::MixturePlan& plan);
    // The ticked rows as plan sources, in row order.
    std::vector<data::MixtureSource> sources() const;
    // The ticked non-replay rows' weights during upsampling, by name.
    std::map<std::string, double> upsampleWeights() const;
    // The tokenizer files (as the store keeps them) of the ticked rows; a row without a build
    // contributes an empty string.
    QStringList tokenizers() const;
    // Ticked rows without a shard build (a run cannot read them yet).
    QStringList sourcesWithoutShards() const;
    void setUpsampling(bool on);

    // For tests and the editor: the row of a source name (-1 when none), and its editors.
    int rowOf(const QString& name) const;
    bool isTicked(int row) const;
    void setTicked(int row, bool on);
    QDoubleSpinBox* weightBox(int row) const;
    QDoubleSpinBox* endWeightBox(int row) const;
    bool isReplay(int row) const;
    void setReplay(int row, bool on);

Q_SIGNALS:
    void edited();

private:
    struct Row {
        QString name;
        QString shards;    // as written in the plan (empty: planned by tokens)
        QString shardsPath;
        QString tokenizer;
        qint64 tokens = -1; // -1: read from the manifest
        bool hasBuild = false;
    };
    void addRow(const Row& row, const data::MixtureSource* planned, const std::optional<data::UpsamplePhase>& upsample);
    void itemToggled(QTableWidgetItem* item);

    std::vector<Row> rows_;
    bool filling_ = false;
    bool upsampling_ = false;
};

} // namespace adaptlab::mixture
