// The first records of a corpus as the import mapping reads them: position, length, the start of
// the text and the metadata fields it picked up. Lets a user check the mapping before committing.
#pragma once

#include "corpus/document.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace adaptlab::corpus_panel {

class PreviewTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Index, Location, Characters, Text, Metadata, ColumnCount };
    enum Role { FullTextRole = Qt::UserRole + 1 };

    explicit PreviewTableModel(QObject* parent = nullptr);

    // files: the reader's file list, which positions index into.
    void setDocuments(std::vector<corpus::Document> documents, QStringList files);
    const std::vector<corpus::Document>& documents() const { return documents_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The start of a text on one line, for table cells.
    static QString excerpt(const QString& text, int maxChars = 240);

private:
    std::vector<corpus::Document> documents_;
    QStringList files_;
};

} // namespace adaptlab::corpus_panel
