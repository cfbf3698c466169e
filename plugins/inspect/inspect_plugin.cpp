#include "inspect_plugin.h"

#include "inspect_panel.h"

namespace adaptlab::corpus_panel {

void InspectPlugin::initialize(PanelContext* context)
{
    context_ = context;
}

QWidget* InspectPlugin::createPanel(QWidget* parent)
{
    return new InspectPanel(context_, parent);
}

} // namespace adaptlab::corpus_panel
