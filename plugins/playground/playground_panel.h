// The Playground panel (Evaluate step): one prompt sent to two or more models side by side (the
// base, the CPT run, the SFT run, a merge, each with an optional LoRA adapter), the chat template
// applied or not, sampling settings, each answer streamed token by token with its speed.
#pragma once

#include "playground_catalog.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace adaptlab {
class PanelContext;
class StoreReader;
}

namespace adaptlab::playground {

class ModelColumn;
struct StreamRequest;

class PlaygroundPanel final : public QWidget {
    Q_OBJECT
public:
    explicit PlaygroundPanel(PanelContext* context, QWidget* parent = nullptr);
    ~PlaygroundPanel() override;

    // The CLI each column runs; default: adaptlab-cli beside the running binary.
    void setCliProgram(const QString& program);

    ModelColumn* addColumn();
    void removeColumn(ModelColumn* column);
    QList<ModelColumn*> columns() const { return columns_; }
    // The settings every column gets (prompt, template, system prompt, sampling).
    StreamRequest request() const;

    void run();
    void stop();
    bool isRunning() const;

    QPlainTextEdit* promptEdit() const { return prompt_; }
    QComboBox* templateBox() const { return template_; }
    QLineEdit* systemEdit() const { return system_; }
    QLineEdit* metadataLabelEdit() const { return metadataLabel_; }
    QLineEdit* metadataEdit() const { return metadata_; }
    QSpinBox* maxTokensBox() const { return maxTokens_; }
    QDoubleSpinBox* temperatureBox() const { return temperature_; }
    QPushButton* runButton() const { return run_; }
    QPushButton* stopButton() const { return stop_; }
    const PlaygroundCatalog& catalog() const { return catalog_; }

Q_SIGNALS:
    void refreshed(); // the catalog was read again (tests wait for it)

private:
    void refresh();
    void updateButtons();
    void templateChanged();
    void rememberFolder(const char* key, const QString& folder);
    QStringList rememberedFolders(const char* key) const;
    void relabelColumns();

    PanelContext* context_ = nullptr;
    StoreReader* reader_ = nullptr;
    quint64 generation_ = 0;
    PlaygroundCatalog catalog_;
    QString cliProgram_;

    QPlainTextEdit* prompt_ = nullptr;
    QComboBox* template_ = nullptr;
    QLabel* templateText_ = nullptr;
    QLineEdit* system_ = nullptr;
    QLineEdit* metadataLabel_ = nullptr; // MeCo conditioning (issue 12), shared by every column
    QLineEdit* metadata_ = nullptr;
    QSpinBox* maxTokens_ = nullptr;
    QDoubleSpinBox* temperature_ = nullptr;
    QSpinBox* topK_ = nullptr;
    QDoubleSpinBox* topP_ = nullptr;
    QSpinBox* seed_ = nullptr;
    QPushButton* run_ = nullptr;
    QPushButton* stop_ = nullptr;
    QPushButton* add_ = nullptr;
    QHBoxLayout* columnsLayout_ = nullptr;
    QList<ModelColumn*> columns_;
};

} // namespace adaptlab::playground
