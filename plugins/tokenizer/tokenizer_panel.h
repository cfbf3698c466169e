// The Tokenizer panel: the project's tokenizers on the left (train one, import one from a model
// folder), and for the selected one four tabs: its vocabulary, an encode playground, fertility
// across datasets (one or two tokenizers) with the vocabulary-gap list, and token shards per
// dataset. The store is read on StoreReader's thread; a tokenizer is opened and its vocabulary read
// on a BackgroundTask worker; jobs run through the PanelContext (the Jobs dock follows them).
#pragma once

#include "background_task.h"
#include "tokenizer_catalog.h"
#include "vocabulary.h"

#include "job_runner.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTabWidget;

namespace adaptlab {
class PanelContext;
class StoreReader;
}

namespace adaptlab::tokenizer_panel {

class FertilityTab;
class PlaygroundTab;
class ShardsTab;
class VocabularyTab;

class TokenizerPanel final : public QWidget {
    Q_OBJECT
public:
    explicit TokenizerPanel(PanelContext* context, QWidget* parent = nullptr);
    ~TokenizerPanel() override;

    const Catalog& catalog() const { return catalog_; }
    QTableWidget* tokenizerTable() const { return table_; }
    QTabWidget* tabs() const { return tabs_; }
    VocabularyTab* vocabularyTab() const { return vocabularyTab_; }
    PlaygroundTab* playgroundTab() const { return playgroundTab_; }
    FertilityTab* fertilityTab() const { return fertilityTab_; }
    ShardsTab* shardsTab() const { return shardsTab_; }
    QPushButton* importButton() const { return import_; }
    QPushButton* trainButton() const { return train_; }
    QLabel* statusLabel() const { return status_; }
    bool showsEmptyState() const;

    // The selected tokenizer's path (empty: none) and its loaded vocabulary (null while loading).
    QString selectedPath() const;
    bool selectTokenizer(const QString& name);
    std::shared_ptr<const Vocabulary> vocabulary() const { return vocabulary_; }
    bool isLoading() const { return loading_.isRunning(); }

    // Starts a train_tokenizer / tokenizer_import spec (what the dialogs build); the new tokenizer
    // is selected when the run has finished. nullptr (the status says why) when refused.
    JobRunner* startTokenizerJob(const QString& spec);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void refreshed();
    void vocabularyLoaded();

private:
    void showCatalog(Catalog catalog, const QString& error);
    void selectionChanged();
    void openTrainDialog();
    void openImportDialog();

    PanelContext* context_;
    StoreReader* reader_ = nullptr;
    quint64 generation_ = 0;
    Catalog catalog_;
    QString selectAfterRefresh_;
    QStackedWidget* stack_ = nullptr;
    QWidget* emptyPage_ = nullptr;
    QWidget* projectPage_ = nullptr;
    QTableWidget* table_ = nullptr;
    QLabel* noTokenizers_ = nullptr;
    QLabel* details_ = nullptr;
    QLabel* status_ = nullptr;
    QPushButton* import_ = nullptr;
    QPushButton* train_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    VocabularyTab* vocabularyTab_ = nullptr;
    PlaygroundTab* playgroundTab_ = nullptr;
    FertilityTab* fertilityTab_ = nullptr;
    ShardsTab* shardsTab_ = nullptr;
    std::shared_ptr<const Vocabulary> vocabulary_;
    QString loadedPath_;
    BackgroundTask<std::shared_ptr<const Vocabulary>> loading_{this, TaskLane::Long};
    QPointer<JobRunner> jobRunner_;
};

} // namespace adaptlab::tokenizer_panel
