// One column of the Playground: a model (a run's final folder or checkpoint, a merge, a Hugging
// Face folder the user added), an optional LoRA adapter, and the answer it streams for the shared
// prompt, token by token from its own `adaptlab-cli generate --stream` child, with the time to the
// first token and the time per token after it.
#pragma once

#include "playground_catalog.h"
#include "stream_process.h"

#include <QElapsedTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace adaptlab::playground {

class ModelColumn final : public QWidget {
    Q_OBJECT
public:
    ModelColumn(const QString& title, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    // The project's models and adapters plus the folders added by hand; the selection is kept when
    // its folder is still offered.
    void setChoices(const PlaygroundCatalog& catalog, const QStringList& addedModels, const QStringList& addedAdapters);
    // Adds FOLDER (when new) and selects it.
    void selectModelFolder(const QString& folder);
    void selectAdapterFolder(const QString& folder); // empty: no adapter
    QString modelFolder() const;
    QString adapterFolder() const;
    void setRemovable(bool removable);
    void setProgram(const QString& program);

    // Starts this column's child with REQUEST's prompt and settings and its own model and adapter.
    void run(StreamRequest request);
    void stop();
    bool isRunning() const;

    QPlainTextEdit* output() const { return output_; }
    QLabel* statusLabel() const { return status_; }
    QComboBox* modelBox() const { return model_; }
    QComboBox* adapterBox() const { return adapter_; }
    StreamProcess* process() const { return process_; }
    int tokensReceived() const { return tokens_; }
    bool failedLast() const { return failed_; }

Q_SIGNALS:
    void runningChanged(bool running);
    void removeRequested();
    // The user added a folder by hand (the panel remembers it for every column).
    void modelFolderAdded(const QString& folder);
    void adapterFolderAdded(const QString& folder);

private:
    void browseModel();
    void browseAdapter();
    void addToken(qint64 id, const QString& text, double seconds);
    void finish(const StreamResult& result);
    void fail(const QString& error);
    void showTiming(bool final, double promptSeconds, double secondsPerToken);

    QLabel* title_ = nullptr;
    QComboBox* model_ = nullptr;
    QComboBox* adapter_ = nullptr;
    QToolButton* remove_ = nullptr;
    QPlainTextEdit* output_ = nullptr;
    QLabel* status_ = nullptr;
    StreamProcess* process_ = nullptr;
    QElapsedTimer wall_;      // from Run: the child's start and the model's loading included
    double firstWall_ = 0;    // seconds from Run to the first token
    double laterSeconds_ = 0; // the tokens after the first, as the child timed them
    double firstSeconds_ = 0;
    int tokens_ = 0;
    bool failed_ = false;
};

} // namespace adaptlab::playground
