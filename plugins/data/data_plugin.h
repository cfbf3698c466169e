// The Data step's plugin: the Datasets panel (import, the project's datasets and their lineage).
#pragma once

#include "panel_plugin.h"

#include <QObject>

namespace adaptlab::corpus_panel {

class DataPlugin final : public QObject, public PanelPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID AdaptLabPanelPlugin_iid FILE "data_plugin.json")
    Q_INTERFACES(adaptlab::PanelPlugin)
public:
    DataPlugin() = default;

    void initialize(PanelContext* context) override;
    QWidget* createPanel(QWidget* parent) override;

private:
    PanelContext* context_ = nullptr;
};

} // namespace adaptlab::corpus_panel
