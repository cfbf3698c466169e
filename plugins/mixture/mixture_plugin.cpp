#include "mixture_plugin.h"

#include "mixture_panel.h"

namespace adaptlab::mixture {

void MixturePlugin::initialize(PanelContext* context)
{
    context_ = context;
}

QWidget* MixturePlugin::createPanel(QWidget* parent)
{
    return new MixturePanel(context_, parent);
}

} // namespace adaptlab::mixture
