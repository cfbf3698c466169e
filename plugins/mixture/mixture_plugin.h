// The Mixture step's plugin (the Plan step, between the Tokenizer and Train steps): the Mixture
// panel (mixture plans and what they imply, scaling-law guidance from pilot runs, domain
// discovery by clustering).
#pragma once

#include "panel_plugin.h"

#include <QObject>

namespace adaptlab::mixture {

class MixturePlugin final : public QObject, public PanelPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID AdaptLabPanelPlugin_iid FILE "mixture_plugin.json")
    Q_INTERFACES(adaptlab::PanelPlugin)
public:
    MixturePlugin() = default;

    void initialize(PanelContext* context) override;
    QWidget* createPanel(QWidget* parent) override;

private:
    PanelContext* context_ = nullptr;
};

} // namespace adaptlab::mixture
