// The Train panel's "Generate" tab: a small box to prompt a checkpoint (or a run's final model)
// and read its continuation, through GenerateProcess (`adaptlab-cli generate --json` as a child).
#pragma once

#include "generate_process.h"
#include "train_catalog.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTextEdit;

namespace adaptlab::train_panel {

class GenerateTab final : public QWidget {
    Q_OBJECT
public:
    explicit GenerateTab(QWidget* parent = nullptr);

    void setCatalog(const ProjectCatalog& catalog);
    // Selects the model folder (a checkpoint listed); false when it is not listed.
    bool selectModel(const QString& folder);
    // The run the Run tab shows: its newest model is selected (now, and when its first checkpoint
    // appears) until the user picks another in the box.
    void preferRun(qint64 runId);
    GenerateRequest request() const;
    void generate();

    GenerateProcess* process() const { return process_; }
    QComboBox* modelBox() const { return model_; }
    QPlainTextEdit* promptEdit() const { return prompt_; }
    QLineEdit* metadataLabelEdit() const { return metadataLabel_; }
    QLineEdit* metadataEdit() const { return metadata_; }
    QSpinBox* maxTokensBox() const { return maxTokens_; }
    QDoubleSpinBox* temperatureBox() const { return temperature_; }
    QPushButton* generateButton() const { return generate_; }
    QTextEdit* output() const { return output_; }
    QLabel* statusLabel() const { return status_; }
    QString continuation() const { return continuation_; }

Q_SIGNALS:
    void generated(const QString& error);

private:
    void showResult(const QString& text, const QList<qint64>& ids, const QString& error);

    GenerateProcess* process_ = nullptr;
    QComboBox* model_ = nullptr;
    QPlainTextEdit* prompt_ = nullptr;
    QLineEdit* metadataLabel_ = nullptr; // MeCo conditioning (issue 12)
    QLineEdit* metadata_ = nullptr;
    QSpinBox* maxTokens_ = nullptr;
    QDoubleSpinBox* temperature_ = nullptr;
    QSpinBox* seed_ = nullptr;
    QPushButton* generate_ = nullptr;
    QTextEdit* output_ = nullptr;
    QLabel* status_ = nullptr;
    void selectPreferredRun();

    ProjectCatalog catalog_;
    qint64 preferredRun_ = 0;
    bool userPicked_ = false;
    QString continuation_;
    QString promptSent_;
};

} // namespace adaptlab::train_panel
