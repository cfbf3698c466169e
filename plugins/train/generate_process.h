// GenerateProcess: the one QObject facade over `adaptlab-cli generate --model DIR --prompt TEXT
// --max-new-tokens N --temperature T --seed S --json`, a child process (LibTorch and the model stay
// out of the GUI process, and the UI thread never waits: the answer comes back as a signal). A new
// request cancels the one before; destroying the facade kills its child.
#pragma once

#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>

namespace adaptlab::train_panel {

struct GenerateRequest {
    QString model;        // a Hugging Face folder: a checkpoint or a run's final model
    QString prompt;
    int maxNewTokens = 40;
    double temperature = 0.8;
    qint64 seed = 0;
    QString lora;         // a LoRA adapter folder applied unmerged to `model` (its base); empty = none
};

// Kills PROCESS when it runs and deletes it once the child is reaped, without waiting on the UI
// thread (detached from its parent, it goes by itself); its signals should be disconnected first.
// What GenerateProcess and the Playground's stream processes do to cancel.
void discardChild(QProcess* process);

class GenerateProcess final : public QObject {
    Q_OBJECT
public:
    explicit GenerateProcess(QObject* parent = nullptr);
    ~GenerateProcess() override;

    // Default: adaptlab-cli beside the running binary.
    void setProgram(const QString& program) { program_ = program; }
    QString program() const { return program_; }
    static QStringList arguments(const GenerateRequest& request);

    void start(const GenerateRequest& request);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    // error empty: TEXT is the continuation and IDS its token ids.
    void finished(const QString& text, const QList<qint64>& ids, const QString& error);

private:
    void done(int exitCode, QProcess::ExitStatus status);

    QString program_;
    QProcess* process_ = nullptr;
};

} // namespace adaptlab::train_panel
