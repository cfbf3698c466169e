// The first examples of each problem a scan or pre-scan met (kind, file and line, what is wrong),
// for the import dialog and the Inspect panel's banner.
#pragma once

#include "corpus/scan_problems.h"

#include <QAbstractTableModel>

namespace adaptlab::corpus_panel {

class ProblemTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Kind, Location, Detail, ColumnCount };
    enum Role { KindKeyRole = Qt::UserRole + 1, LineRole };

    explicit ProblemTableModel(QObject* parent = nullptr);

    void setProblems(corpus::ScanProblems problems);
    const corpus::ScanProblems& problems() const { return problems_; }

    // "Invalid JSON: 3, Empty file: 1" in the locale's list style; empty when there are none.
    static QString countsText(const corpus::ScanProblems& problems);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    corpus::ScanProblems problems_;
};

} // namespace adaptlab::corpus_panel
