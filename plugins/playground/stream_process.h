// StreamProcess: the one QObject facade over `adaptlab-cli generate --stream`, a child process per
// model column (LibTorch and the model stay out of the GUI process). The child prints one JSON line
// per token as it comes; each arrives here through readyRead (the UI thread never waits) and goes
// out as a signal. A new start or cancel() kills the child before; destroying the facade kills it.
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>

namespace adaptlab::playground {

struct StreamRequest {
    QString model;          // a Hugging Face folder
    QString lora;           // a PEFT adapter folder; empty = none
    QString chatTemplate;   // "" raw text, "model", or a built-in name (chatml, llama2, zephyr, alpaca)
    QString systemPrompt;   // with a template only
    QString prompt;
    int maxNewTokens = 64;
    double temperature = 0.8;
    int topK = 50;
    double topP = 0.95;
    qint64 seed = 0;
    QString device = QStringLiteral("cpu");
    // Issue 12: MeCo conditioning, "LABEL: VALUE\n\n" before the prompt (raw text only); an empty
    // value = unconditioned, an empty label = the CLI's default (URL).
    QString metadataLabel;
    QString metadata;
};

struct StreamResult {
    QString text;
    QList<qint64> ids;
    QList<qint64> promptIds;
    QString chatTemplate; // the template used ("model" resolved)
    bool stoppedAtEos = false;
    double promptSeconds = 0;
    double secondsPerToken = 0;
};

class StreamProcess final : public QObject {
    Q_OBJECT
public:
    explicit StreamProcess(QObject* parent = nullptr);
    ~StreamProcess() override;

    // Default: adaptlab-cli beside the running binary.
    void setProgram(const QString& program) { program_ = program; }
    QString program() const { return program_; }
    static QStringList arguments(const StreamRequest& request);

    void start(const StreamRequest& request);
    // Kills the child (if any); no signal follows for it.
    void cancel();
    bool isRunning() const { return process_ != nullptr; }
    // The child's process id while it runs (0 otherwise), for tests that check it is gone.
    qint64 processId() const;

Q_SIGNALS:
    // One per generated token, in order: the text it adds (whole characters) and its seconds.
    void tokenArrived(qint64 id, const QString& text, double seconds);
    void finished(const StreamResult& result);
    void failed(const QString& error);

private:
    void readLines();
    void done(int exitCode, QProcess::ExitStatus status);
    void handleLine(const QByteArray& line);

    QString program_;
    QProcess* process_ = nullptr;
    QByteArray pending_; // stdout after the last newline
    bool haveResult_ = false;
    StreamResult result_;
};

} // namespace adaptlab::playground
