#include "overview_plugin.h"

#include "overview_panel.h"

namespace adaptlab::overview {

void OverviewPlugin::initialize(PanelContext* context)
{
    context_ = context;
}

QWidget* OverviewPlugin::createPanel(QWidget* parent)
{
    return new OverviewPanel(context_, parent);
}

} // namespace adaptlab::overview
