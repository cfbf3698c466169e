// The Inspect panel's Documents tab: every document of the dataset, a page at a time, with its
// signals and the rules it fails; show all, only removed, only kept or those failing one rule;
// full-text search (text, optionally metadata) within what is shown, saying how many documents
// match in all and offering to search them all; sort the whole dataset by any signal; read a
// document with the evidence for its failure and the search term highlighted (F3 / Shift+F3 go
// from match to match). Ordering reads the signals file, texts are streamed from the corpus:
// both on worker threads.
#pragma once

#include "background_task.h"
#include "document_table_model.h"

#include "corpus/document.h"

#include <QHash>
#include <QWidget>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace adaptlab::corpus_panel {

class DocumentView;
class InspectSession;

class DocumentBrowser final : public QWidget {
    Q_OBJECT
public:
    enum class Show { All, FailingAny, PassingAll, FailingRule };
    static constexpr int kPageSize = 100;
    static constexpr size_t kMaxSearchResults = 10000;

    explicit DocumentBrowser(InspectSession* session, QWidget* parent = nullptr);

    DocumentTableModel* model() const { return model_; }
    QTableView* view() const { return view_; }
    DocumentView* documentView() const { return documentView_; }
    QLabel* statusLabel() const { return statusLabel_; }
    // Shown while a search and a filter combine: drops the filter, keeps the search.
    QPushButton* searchAllButton() const { return searchAllButton_; }
    Show show() const { return show_; }
    // Documents the last search found in the whole dataset (before the filter), -1 without one.
    qint64 searchHitCount() const;

    void setShow(Show show, int rule = -1);
    void sortBy(int column, Qt::SortOrder order);
    void search(const QString& query, bool inMetadata = false);
    void clearSearch();
    void showPage(int page);
    int page() const { return page_; }
    int pageCount() const;
    qint64 matchingDocuments() const { return static_cast<qint64>(order_.size()); }
    // Reads a document (fetching it when it is not on the page) and shows it in the view.
    void openDocument(qint64 document);
    // Ordering, search, previews or a document fetch still running.
    bool isBusy() const;

Q_SIGNALS:
    void pageShown();
    void previewsLoaded();
    void documentShown(qint64 document);

private:
    void reset();
    void recomputeOrder();
    void fillPage();
    void fetchPreviews();
    void updateShowChoices();
    void updatePageControls();
    void updateSearchLine();

    InspectSession* session_;
    QLineEdit* searchEdit_ = nullptr;
    QCheckBox* metadataBox_ = nullptr;
    QPushButton* searchButton_ = nullptr;
    QPushButton* clearButton_ = nullptr;
    QPushButton* searchAllButton_ = nullptr;
    QComboBox* showBox_ = nullptr;
    QPushButton* previousButton_ = nullptr;
    QPushButton* nextButton_ = nullptr;
    QLabel* pageLabel_ = nullptr;
    QLabel* statusLabel_ = nullptr;
    QTableView* view_ = nullptr;
    DocumentTableModel* model_ = nullptr;
    DocumentView* documentView_ = nullptr;

    Show show_ = Show::All;
    int showRule_ = -1;
    int sortColumn_ = DocumentTableModel::Index;
    Qt::SortOrder sortOrder_ = Qt::AscendingOrder;
    std::optional<std::vector<int64_t>> searchHits_;
    QString searchText_;
    std::vector<int64_t> order_;
    bool orderReady_ = false;
    int page_ = 0;
    bool columnsSized_ = false;
    QHash<qint64, corpus::Document> cache_; // texts of the page (and the open document)
    qint64 wantedDocument_ = -1;
    BackgroundTask<std::vector<int64_t>> orderTask_{this};
    BackgroundTask<std::vector<int64_t>> searchTask_{this, TaskLane::Long};
    BackgroundTask<std::vector<corpus::Document>> pageTask_{this};
    BackgroundTask<std::vector<corpus::Document>> documentTask_{this};
};

} // namespace adaptlab::corpus_panel
