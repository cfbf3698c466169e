#include "settings_dialog.h"

#include "app_settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace adaptlab::gui {

SettingsDialog::SettingsDialog(bool cudaAvailable, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));

    auto* languageGroup = new QGroupBox(tr("Language"), this);
    languageBox_ = new QComboBox(languageGroup);
    languageBox_->setObjectName(QStringLiteral("languageBox"));
    for (const auto& choice : AppSettings::languages())
        languageBox_->addItem(choice.nativeName, choice.code);
    auto* languageNote = new QLabel(
        tr("The new language is used the next time AdaptLab starts."), languageGroup);
    languageNote->setWordWrap(true);
    auto* languageForm = new QFormLayout(languageGroup);
    languageForm->addRow(tr("Interface language:"), languageBox_);
    languageForm->addRow(languageNote);

    auto* deviceGroup = new QGroupBox(tr("Compute device"), this);
    deviceBox_ = new QComboBox(deviceGroup);
    deviceBox_->setObjectName(QStringLiteral("deviceBox"));
    deviceBox_->addItem(tr("Automatic (CUDA when available, else CPU)"), QStringLiteral("auto"));
    deviceBox_->addItem(tr("CPU"), QStringLiteral("cpu"));
    deviceBox_->addItem(tr("CUDA GPU"), QStringLiteral("cuda"));
    auto* deviceNote = new QLabel(deviceGroup);
    deviceNote->setWordWrap(true);
    if (cudaAvailable) {
        deviceNote->setText(tr("Passed to every job started from now on that runs a model (training, "
                               "evaluation); running jobs keep their device. Corpus jobs and tokenizer "
                               "training always run on the CPU."));
    } else {
        // An option that can only fail is not offered; the reason is shown instead.
        if (auto* model = qobject_cast<QStandardItemModel*>(deviceBox_->model()))
            model->item(2)->setEnabled(false);
        deviceNote->setText(tr("No CUDA device is visible to this build of AdaptLab, so CUDA "
                               "cannot be chosen. Passed to every job started from now on that runs a "
                               "model; corpus jobs and tokenizer training always run on the CPU."));
    }
    auto* deviceForm = new QFormLayout(deviceGroup);
    deviceForm->addRow(tr("Run models on:"), deviceBox_);
    deviceForm->addRow(deviceNote);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(languageGroup);
    layout->addWidget(deviceGroup);
    layout->addStretch(1);
    layout->addWidget(buttons);

    setLanguage(AppSettings::language());
    setDevicePolicy(AppSettings::devicePolicy());
    resize(460, sizeHint().height());
}

QString SettingsDialog::language() const
{
    return languageBox_->currentData().toString();
}

QString SettingsDialog::devicePolicy() const
{
    return deviceBox_->currentData().toString();
}

void SettingsDialog::setLanguage(const QString& code)
{
    const int index = languageBox_->findData(code);
    if (index >= 0)
        languageBox_->setCurrentIndex(index);
}

void SettingsDialog::setDevicePolicy(const QString& policy)
{
    const int index = deviceBox_->findData(policy);
    if (index >= 0)
        deviceBox_->setCurrentIndex(index);
}

void SettingsDialog::save() const
{
    AppSettings::setLanguage(language());
    AppSettings::setDevicePolicy(devicePolicy());
}

} // namespace adaptlab::gui
