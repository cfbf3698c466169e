// Settings: interface language (takes effect on the next start, which the dialog says) and the
// device policy (applied at once to the status bar and to jobs started afterwards).
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace adaptlab::gui {

class SettingsDialog final : public QDialog {
    Q_OBJECT
public:
    // cudaAvailable: whether this build sees a CUDA device; forcing CUDA is offered only then.
    SettingsDialog(bool cudaAvailable, QWidget* parent = nullptr);

    QString language() const;      // "en", "de", "zh_CN"
    QString devicePolicy() const;  // "auto", "cpu", "cuda"
    void setLanguage(const QString& code);
    void setDevicePolicy(const QString& policy);

    // Stores the choices in QSettings.
    void save() const;

private:
    QComboBox* languageBox_ = nullptr;
    QComboBox* deviceBox_ = nullptr;
};

} // namespace adaptlab::gui
