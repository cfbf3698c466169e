// "Export launch script…": the run as a script for a cluster (core/train/launch_script.h): torchrun
// (the same script on every node) or a Slurm batch script, starting `adaptlab-cli train SPEC.json` on
// every rank. The dialog shows the script as it will be written; Save writes the spec and the script
// side by side on a BackgroundTask worker (atomically, the script executable).
#pragma once

#include "background_task.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;

namespace adaptlab::train_panel {

class LaunchScriptDialog final : public QDialog {
    Q_OBJECT
public:
    // SPECTEXT: the spec the script runs.
    LaunchScriptDialog(const QString& specText, const QString& projectDir, QWidget* parent = nullptr);

    QComboBox* kindBox() const { return kind_; }
    QSpinBox* nodesBox() const { return nodes_; }
    QSpinBox* processesBox() const { return processes_; }
    QLineEdit* masterEdit() const { return master_; }
    QLineEdit* partitionEdit() const { return partition_; }
    QLineEdit* timeEdit() const { return time_; }
    QSpinBox* gpusBox() const { return gpus_; }
    QPlainTextEdit* scriptView() const { return script_; }
    QLabel* statusLabel() const { return status_; }
    // The script file; the spec goes beside it as NAME.spec.json.
    void saveTo(const QString& scriptPath);
    static QString specPathFor(const QString& scriptPath);

Q_SIGNALS:
    void saved(const QString& error);

private:
    void updateScript();
    void askSave();

    QString specText_;
    QString projectDir_;
    QString specPath_; // what the preview names until saved
    QComboBox* kind_ = nullptr;
    QSpinBox* nodes_ = nullptr;
    QSpinBox* processes_ = nullptr;
    QLineEdit* master_ = nullptr;
    QLineEdit* partition_ = nullptr;
    QLineEdit* account_ = nullptr;
    QLineEdit* time_ = nullptr;
    QSpinBox* gpus_ = nullptr;
    bool cpuOnly_ = false; // the spec says params.device "cpu"
    QPlainTextEdit* script_ = nullptr;
    QLabel* status_ = nullptr;
    BackgroundTask<QString> writing_{this, TaskLane::Quick};
};

} // namespace adaptlab::train_panel
