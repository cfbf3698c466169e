#include "playground_plugin.h"

#include "playground_panel.h"

namespace adaptlab::playground {

void PlaygroundPlugin::initialize(PanelContext* context)
{
    context_ = context;
}

QWidget* PlaygroundPlugin::createPanel(QWidget* parent)
{
    return new PlaygroundPanel(context_, parent);
}

} // namespace adaptlab::playground
