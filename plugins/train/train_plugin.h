// The Train step's plugin: the Train panel (set up a continued pre-training run, follow it live,
// stop and resume it, generate from its checkpoints).
#pragma once

#include "panel_plugin.h"

#include <QObject>

namespace adaptlab::train_panel {

class TrainPlugin final : public QObject, public PanelPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID AdaptLabPanelPlugin_iid FILE "train_plugin.json")
    Q_INTERFACES(adaptlab::PanelPlugin)
public:
    TrainPlugin() = default;

    void initialize(PanelContext* context) override;
    QWidget* createPanel(QWidget* parent) override;

private:
    PanelContext* context_ = nullptr;
};

} // namespace adaptlab::train_panel
