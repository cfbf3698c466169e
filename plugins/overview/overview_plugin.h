// The Project overview panel's plugin class: the first real panel, and the one that proves the
// plugin path (metadata, discovery, context) end to end.
#pragma once

#include "panel_plugin.h"

#include <QObject>

namespace adaptlab::overview {

class OverviewPlugin final : public QObject, public PanelPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID AdaptLabPanelPlugin_iid FILE "overview.json")
    Q_INTERFACES(adaptlab::PanelPlugin)
public:
    OverviewPlugin() = default;

    void initialize(PanelContext* context) override;
    QWidget* createPanel(QWidget* parent) override;

private:
    PanelContext* context_ = nullptr;
};

} // namespace adaptlab::overview
