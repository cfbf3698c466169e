// The Set up tab's instruction-data box (stage "sft"): the project's datasets to tune on, each with
// the shape of its records (detected from the first record, the user may override), the chat
// template (recognised from the base model's tokenizer_config.json when it is a built-in one, else
// the user's pick) with its text, packing on or off, and the first example rendered with the
// run's tokenizer: trained tokens on green, the rest grey, "N of M tokens trained". Files are read
// and the example rendered on BackgroundTask workers; the UI thread only shows the results.
#pragma once

#include "background_task.h"
#include "sft_example.h"
#include "train_catalog.h"
#include "train_spec.h"

#include <QGroupBox>

#include <map>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTableWidget;
class QTextEdit;

namespace adaptlab::train_panel {

class SftBox final : public QGroupBox {
    Q_OBJECT
public:
    explicit SftBox(QWidget* parent = nullptr);
    ~SftBox() override;

    // The project's datasets (ticks and overridden shapes kept where the dataset still exists).
    void setDatasets(const std::vector<DatasetEntry>& datasets);
    // The base model folder (its chat template is looked for; "preset:..." has none).
    void setBaseFolder(const QString& folder);
    // The tokenizer the run uses (a file or a model folder) and the run's sequence length, for the
    // rendered example.
    void setTokenizer(const QString& tokenizer);
    void setMaxTokens(qint64 maxTokens);

    std::vector<SftSourceChoice> sources() const;
    QString chatTemplate() const;
    bool packing() const;
    // Fills the box from a spec; the datasets it names that are not listed come back.
    QStringList setChoice(const std::vector<SftSourceChoice>& sources, const QString& chatTemplate, bool packing);
    // Ticks DATASET (and sets its shape when FORMAT is not empty); false when it is not listed.
    bool setSource(const QString& dataset, const QString& format = {}, bool used = true);

    QTableWidget* datasetTable() const { return datasets_; }
    QComboBox* templateBox() const { return template_; }
    QLabel* templateNote() const { return templateNote_; }
    QPlainTextEdit* templateText() const { return templateText_; }
    QCheckBox* packingBox() const { return packing_; }
    QTextEdit* exampleView() const { return example_; }
    QLabel* exampleLabel() const { return exampleLabel_; }
    const RenderedPreview& preview() const { return preview_; }
    const TemplateGuess& templateGuess() const { return guess_; }
    bool isBusy() const { return peeking_.isRunning() || guessing_.isRunning() || rendering_.isRunning(); }
    // The shape detected for DATASET's records (nullopt: not yet, or not recognised).
    std::optional<QString> detectedFormat(const QString& dataset) const;

Q_SIGNALS:
    void changed();
    void templateGuessed();
    void formatsDetected();
    void exampleRendered();

private:
    void peekNewDatasets();
    void showTemplateText();
    void renderExample();
    QComboBox* formatBox(int row) const;

    std::vector<DatasetEntry> entries_;
    std::map<QString, InstructionPeek> peeks_;   // by path
    std::map<QString, QString> overridden_;      // dataset -> the shape the user chose
    QString baseFolder_;
    QString tokenizer_;
    qint64 maxTokens_ = 0;
    bool templatePicked_ = false; // the user chose a template: a recognised one does not replace it
    TemplateGuess guess_;
    RenderedPreview preview_;
    QString renderedKey_; // the inputs of preview_ (or of the render on its way)
    QTableWidget* datasets_ = nullptr;
    QComboBox* template_ = nullptr;
    QLabel* templateNote_ = nullptr;
    QPlainTextEdit* templateText_ = nullptr;
    QCheckBox* packing_ = nullptr;
    QTextEdit* example_ = nullptr;
    QLabel* exampleLabel_ = nullptr;
    BackgroundTask<std::vector<InstructionPeek>> peeking_{this, TaskLane::Quick};
    BackgroundTask<TemplateGuess> guessing_{this, TaskLane::Quick};
    BackgroundTask<RenderedPreview> rendering_{this, TaskLane::Quick};
};

} // namespace adaptlab::train_panel
