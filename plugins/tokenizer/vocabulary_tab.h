// The vocabulary browser: every piece of the selected tokenizer with its id, score and kind, and a
// search by piece text or id. The search runs on a worker (a 128k vocabulary is 128k comparisons)
// as the user types, the newest query winning.
#pragma once

#include "background_task.h"
#include "vocabulary.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace adaptlab::tokenizer_panel {

class VocabularyTab final : public QWidget {
    Q_OBJECT
public:
    explicit VocabularyTab(QWidget* parent = nullptr);

    void setVocabulary(std::shared_ptr<const Vocabulary> vocabulary);
    QLineEdit* searchBox() const { return search_; }
    QTableView* view() const { return view_; }
    VocabularyModel* model() const { return model_; }
    QLabel* countLabel() const { return count_; }
    bool isSearching() const { return searching_.isRunning() || debouncePending_; }
    // Runs the search for the box's text now (the box waits for a pause in typing).
    void searchNow();

Q_SIGNALS:
    void searchFinished();

private:
    void updateCount();

    std::shared_ptr<const Vocabulary> vocabulary_;
    QLineEdit* search_ = nullptr;
    QTableView* view_ = nullptr;
    VocabularyModel* model_ = nullptr;
    QLabel* count_ = nullptr;
    QTimer* debounce_ = nullptr;
    bool debouncePending_ = false;
    BackgroundTask<std::vector<int32_t>> searching_{this, TaskLane::Quick};
};

} // namespace adaptlab::tokenizer_panel
