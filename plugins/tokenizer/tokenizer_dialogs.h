// The two ways a tokenizer enters the project: Train (the train_tokenizer form, built from its
// schema, plus the datasets to learn from) and Import from a model folder (tokenizer_import:
// a folder holding tokenizer.model or tokenizer.json, or one of those files).
#pragma once

#include "tokenizer_catalog.h"

#include <QDialog>

#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace adaptlab {
class ParamForm;
}

namespace adaptlab::tokenizer_panel {

class TrainTokenizerDialog final : public QDialog {
    Q_OBJECT
public:
    TrainTokenizerDialog(const std::vector<DatasetEntry>& datasets, const QStringList& checked, QWidget* parent = nullptr);

    QListWidget* datasetList() const { return datasets_; }
    ParamForm* form() const { return form_; }
    QStringList chosenDatasets() const;
    void setChosenDatasets(const QStringList& names);
    QString spec(const QString& projectDir) const;

private:
    void updateOk();

    QListWidget* datasets_ = nullptr;
    ParamForm* form_ = nullptr;
    QPushButton* ok_ = nullptr;
};

class ImportTokenizerDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ImportTokenizerDialog(QWidget* parent = nullptr);

    QLineEdit* sourceEdit() const { return source_; }
    QLineEdit* nameEdit() const { return name_; }
    QString spec(const QString& projectDir) const;

private:
    void updateOk();

    QLineEdit* source_ = nullptr;
    QLineEdit* name_ = nullptr;
    QPushButton* ok_ = nullptr;
};

} // namespace adaptlab::tokenizer_panel
