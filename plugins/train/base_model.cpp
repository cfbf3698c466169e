#include "base_model.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace adaptlab::train_panel {

BaseDescription describeBase(const QString& base, qint64 vocabSize)
{
    BaseDescription description;
    description.base = base;
    try {
        if (base.startsWith(kPresetPrefix)) {
            description.fromScratch = true;
            description.config = model::presetConfig(base.mid(kPresetPrefix.size()).toStdString(), vocabSize);
            return description;
        }
        if (base.isEmpty()) {
            description.error = QCoreApplication::translate("TrainBase", "Choose a base model.");
            return description;
        }
        const QFileInfo folder(base);
        if (!folder.isDir()) {
            description.error = QCoreApplication::translate("TrainBase", "%1 is not a folder.").arg(base);
            return description;
        }
        const QString config = folder.absoluteFilePath() + QStringLiteral("/config.json");
        if (!QFileInfo::exists(config)) {
            description.error =
                QCoreApplication::translate("TrainBase", "%1 has no config.json: a model folder in the Hugging Face "
                                                         "layout has one.")
                    .arg(base);
            return description;
        }
        description.config = model::LlamaConfig::load(config.toStdString());
        for (const char* name : {"tokenizer.json", "tokenizer.model"}) {
            const QString file = folder.absoluteFilePath() + QLatin1Char('/') + QLatin1String(name);
            if (QFileInfo::exists(file)) {
                description.ownTokenizer = file;
                break;
            }
        }
    } catch (const std::exception& e) {
        description.config.reset();
        description.error = QString::fromLocal8Bit(e.what());
    }
    return description;
}

QString parameterCount(qint64 count)
{
    const QLocale locale;
    if (count >= 1'000'000'000)
        return QCoreApplication::translate("TrainBase", "%1 B").arg(locale.toString(count / 1e9, 'f', 2));
    if (count >= 1'000'000)
        return QCoreApplication::translate("TrainBase", "%1 M").arg(locale.toString(count / 1e6, 'f', 1));
    return QCoreApplication::translate("TrainBase", "%1 k").arg(locale.toString(count / 1e3, 'f', 1));
}

QString describeConfig(const model::LlamaConfig& config)
{
    const QString heads = config.numKeyValueHeads > 0 && config.numKeyValueHeads != config.numAttentionHeads
                              ? QCoreApplication::translate("TrainBase", "%1 heads (%2 for keys and values)")
                                    .arg(config.numAttentionHeads)
                                    .arg(config.numKeyValueHeads)
                              : QCoreApplication::translate("TrainBase", "%1 heads").arg(config.numAttentionHeads);
    const QString size = config.vocabSize > 0
                             ? QCoreApplication::translate("TrainBase", "%1 parameters")
                                   .arg(parameterCount(config.parameterCount()))
                             : QCoreApplication::translate("TrainBase", "%1 parameters without the embeddings "
                                                                        "(choose a tokenizer for the vocabulary)")
                                   .arg(parameterCount(config.parameterCount()));
    return QCoreApplication::translate("TrainBase", "%1 layers, width %2, %3, vocabulary %4, %5")
        .arg(config.numHiddenLayers)
        .arg(config.hiddenSize)
        .arg(heads)
        .arg(config.vocabSize > 0 ? QLocale().toString(config.vocabSize) : QStringLiteral("?"))
        .arg(size);
}

} // namespace adaptlab::train_panel
