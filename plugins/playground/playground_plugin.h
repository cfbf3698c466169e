// The Evaluate step's Playground: one prompt, several models side by side, streamed answers.
#pragma once

#include "panel_plugin.h"

#include <QObject>

namespace adaptlab::playground {

class PlaygroundPlugin final : public QObject, public PanelPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID AdaptLabPanelPlugin_iid FILE "playground_plugin.json")
    Q_INTERFACES(adaptlab::PanelPlugin)
public:
    PlaygroundPlugin() = default;

    void initialize(PanelContext* context) override;
    QWidget* createPanel(QWidget* parent) override;

private:
    PanelContext* context_ = nullptr;
};

} // namespace adaptlab::playground
