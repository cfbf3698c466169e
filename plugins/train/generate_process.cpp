#include "generate_process.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>

namespace adaptlab::train_panel {

GenerateProcess::GenerateProcess(QObject* parent)
    : QObject(parent), program_(QCoreApplication::applicationDirPath() + QStringLiteral("/adaptlab-cli"))
{
}

GenerateProcess::~GenerateProcess()
{
    cancel();
}

QStringList GenerateProcess::arguments(const GenerateRequest& request)
{
    QStringList arguments{QStringLiteral("generate"),         QStringLiteral("--model"),
                          request.model,                      QStringLiteral("--prompt"),
                          request.prompt,                     QStringLiteral("--max-new-tokens"),
                          QString::number(request.maxNewTokens), QStringLiteral("--temperature"),
                          QString::number(request.temperature, 'g', 6), QStringLiteral("--seed"),
                          QString::number(request.seed),      QStringLiteral("--json")};
    if (!request.lora.isEmpty())
        arguments << QStringLiteral("--lora") << request.lora;
    return arguments;
}

void GenerateProcess::start(const GenerateRequest& request)
{
    cancel();
    process_ = new QProcess(this);
    process_->setProgram(program_);
    process_->setArguments(arguments(request));
    connect(process_, &QProcess::finished, this, &GenerateProcess::done);
    QProcess* process = process_;
    connect(process_, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || process != process_)
            return;
        const QString why = tr("%1 could not be started: %2").arg(program_, process->errorString());
        process_->deleteLater();
        process_ = nullptr;
        Q_EMIT finished({}, {}, why);
    });
    process_->start();
}

void discardChild(QProcess* process)
{
    if (process->state() != QProcess::NotRunning) {
        // Killed and reaped off the UI thread's path: the process object goes when the child has.
        QObject::connect(process, &QProcess::finished, process, &QObject::deleteLater);
        process->kill();
        process->setParent(nullptr);
    } else {
        process->deleteLater();
    }
}

void GenerateProcess::cancel()
{
    if (process_ == nullptr)
        return;
    QProcess* process = process_;
    process_ = nullptr;
    process->disconnect(this);
    discardChild(process);
}

bool GenerateProcess::isRunning() const
{
    return process_ != nullptr;
}

void GenerateProcess::done(int exitCode, QProcess::ExitStatus status)
{
    QProcess* process = process_;
    if (process == nullptr)
        return;
    process_ = nullptr;
    process->deleteLater();
    const QByteArray out = process->readAllStandardOutput();
    const QString err = QString::fromUtf8(process->readAllStandardError()).trimmed();
    if (status != QProcess::NormalExit || exitCode != 0) {
        const QStringList lines = err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        Q_EMIT finished({}, {},
                        tr("Generation failed (exit code %1): %2")
                            .arg(exitCode)
                            .arg(lines.isEmpty() ? tr("no message") : lines.mid(std::max<qsizetype>(0, lines.size() - 4)).join(QLatin1Char('\n'))));
        return;
    }
    // The JSON object is the last line of stdout.
    const QList<QByteArray> lines = out.trimmed().split('\n');
    const nlohmann::json result = nlohmann::json::parse(lines.isEmpty() ? QByteArray() : lines.last(), nullptr,
                                                        /*allow_exceptions=*/false);
    if (!result.is_object() || !result.contains("text") || !result["text"].is_string()) {
        Q_EMIT finished({}, {}, tr("Generation printed no result (expected a JSON object with \"text\")."));
        return;
    }
    QList<qint64> ids;
    if (const auto it = result.find("ids"); it != result.end() && it->is_array())
        for (const nlohmann::json& id : *it)
            if (id.is_number_integer())
                ids << id.get<qint64>();
    Q_EMIT finished(QString::fromStdString(result["text"].get<std::string>()), ids, {});
}

} // namespace adaptlab::train_panel
