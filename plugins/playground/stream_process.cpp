#include "stream_process.h"

#include "generate_process.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QRegularExpression>

namespace adaptlab::playground {

namespace {

QList<qint64> idList(const nlohmann::json& object, const char* key)
{
    QList<qint64> ids;
    if (const auto it = object.find(key); it != object.end() && it->is_array())
        for (const nlohmann::json& id : *it)
            if (id.is_number_integer())
                ids << id.get<qint64>();
    return ids;
}

double number(const nlohmann::json& object, const char* key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_number() ? it->get<double>() : 0.0;
}

} // namespace

StreamProcess::StreamProcess(QObject* parent)
    : QObject(parent), program_(QCoreApplication::applicationDirPath() + QStringLiteral("/adaptlab-cli"))
{
}

StreamProcess::~StreamProcess()
{
    cancel();
}

QStringList StreamProcess::arguments(const StreamRequest& request)
{
    QStringList args{QStringLiteral("generate"),
                     QStringLiteral("--model"),
                     request.model,
                     QStringLiteral("--prompt"),
                     request.prompt,
                     QStringLiteral("--max-new-tokens"),
                     QString::number(request.maxNewTokens),
                     QStringLiteral("--temperature"),
                     QString::number(request.temperature, 'g', 6),
                     QStringLiteral("--top-k"),
                     QString::number(request.topK),
                     QStringLiteral("--top-p"),
                     QString::number(request.topP, 'g', 6),
                     QStringLiteral("--seed"),
                     QString::number(request.seed),
                     QStringLiteral("--device"),
                     request.device,
                     QStringLiteral("--stream")};
    if (!request.lora.isEmpty())
        args << QStringLiteral("--lora") << request.lora;
    if (!request.metadata.isEmpty()) {
        args << QStringLiteral("--metadata") << request.metadata;
        if (!request.metadataLabel.isEmpty())
            args << QStringLiteral("--metadata-label") << request.metadataLabel;
    }
    if (!request.chatTemplate.isEmpty()) {
        args << QStringLiteral("--template") << request.chatTemplate;
        if (!request.systemPrompt.isEmpty())
            args << QStringLiteral("--system") << request.systemPrompt;
    }
    return args;
}

void StreamProcess::start(const StreamRequest& request)
{
    cancel();
    pending_.clear();
    haveResult_ = false;
    result_ = {};
    process_ = new QProcess(this);
    process_->setProgram(program_);
    process_->setArguments(arguments(request));
    connect(process_, &QProcess::readyReadStandardOutput, this, &StreamProcess::readLines);
    connect(process_, &QProcess::finished, this, &StreamProcess::done);
    QProcess* process = process_;
    connect(process_, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || process != process_)
            return;
        const QString why = tr("%1 could not be started: %2").arg(program_, process->errorString());
        process_->deleteLater();
        process_ = nullptr;
        Q_EMIT failed(why);
    });
    process_->start();
}

void StreamProcess::cancel()
{
    if (process_ == nullptr)
        return;
    QProcess* process = process_;
    process_ = nullptr;
    process->disconnect(this);
    train_panel::discardChild(process);
}

qint64 StreamProcess::processId() const
{
    return process_ != nullptr ? process_->processId() : 0;
}

void StreamProcess::readLines()
{
    if (process_ == nullptr)
        return;
    pending_ += process_->readAllStandardOutput();
    qsizetype newline = 0;
    while ((newline = pending_.indexOf('\n')) >= 0) {
        const QByteArray line = pending_.left(newline).trimmed();
        pending_.remove(0, newline + 1);
        if (!line.isEmpty())
            handleLine(line);
        if (process_ == nullptr) // a slot cancelled the run
            return;
    }
}

void StreamProcess::handleLine(const QByteArray& line)
{
    const nlohmann::json object = nlohmann::json::parse(line.constBegin(), line.constEnd(), nullptr,
                                                        /*allow_exceptions=*/false);
    if (!object.is_object())
        return;
    // The final object carries "ids"; a token line carries "id".
    if (object.contains("ids")) {
        haveResult_ = true;
        result_.text = QString::fromStdString(object.value("text", std::string()));
        result_.ids = idList(object, "ids");
        result_.promptIds = idList(object, "prompt_ids");
        result_.chatTemplate = QString::fromStdString(object.value("template", std::string()));
        result_.stoppedAtEos = object.value("stopped_at_eos", false);
        result_.promptSeconds = number(object, "prompt_seconds");
        result_.secondsPerToken = number(object, "seconds_per_token");
        return;
    }
    const auto id = object.find("id");
    const auto text = object.find("text");
    if (id == object.end() || !id->is_number_integer() || text == object.end() || !text->is_string())
        return;
    Q_EMIT tokenArrived(id->get<qint64>(), QString::fromStdString(text->get<std::string>()), number(object, "seconds"));
}

void StreamProcess::done(int exitCode, QProcess::ExitStatus status)
{
    QProcess* process = process_;
    if (process == nullptr)
        return;
    readLines();
    if (process_ == nullptr)
        return;
    if (!pending_.trimmed().isEmpty())
        handleLine(pending_.trimmed());
    pending_.clear();
    process_ = nullptr;
    process->deleteLater();
    const QString err = QString::fromUtf8(process->readAllStandardError()).trimmed();
    if (status != QProcess::NormalExit || exitCode != 0) {
        QStringList lines = err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        // The usage text the CLI prints after a refusal says nothing about this model.
        const qsizetype usage = lines.indexOf(QRegularExpression(QStringLiteral("^usage: ")));
        if (usage > 0)
            lines = lines.mid(0, usage);
        Q_EMIT failed(lines.isEmpty() ? tr("Generation failed (exit code %1) without a message.").arg(exitCode)
                                      : lines.mid(std::max<qsizetype>(0, lines.size() - 4)).join(QLatin1Char('\n')));
        return;
    }
    if (!haveResult_) {
        Q_EMIT failed(tr("Generation printed no result (expected a JSON object with \"ids\")."));
        return;
    }
    Q_EMIT finished(result_);
}

} // namespace adaptlab::playground
