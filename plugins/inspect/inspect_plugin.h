// The Inspect step's plugin: the Corpus panel (overview, quality rules, documents, duplicates, actions).
#pragma once

#include "panel_plugin.h"

#include <QObject>

namespace adaptlab::corpus_panel {

class InspectPlugin final : public QObject, public PanelPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID AdaptLabPanelPlugin_iid FILE "inspect_plugin.json")
    Q_INTERFACES(adaptlab::PanelPlugin)
public:
    InspectPlugin() = default;

    void initialize(PanelContext* context) override;
    QWidget* createPanel(QWidget* parent) override;

private:
    PanelContext* context_ = nullptr;
};

} // namespace adaptlab::corpus_panel
