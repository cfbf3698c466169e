#include "data_plugin.h"

#include "datasets_panel.h"

namespace adaptlab::corpus_panel {

void DataPlugin::initialize(PanelContext* context)
{
    context_ = context;
}

QWidget* DataPlugin::createPanel(QWidget* parent)
{
    return new DatasetsPanel(context_, parent);
}

} // namespace adaptlab::corpus_panel
