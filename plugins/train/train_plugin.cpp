#include "train_plugin.h"

#include "train_panel.h"

namespace adaptlab::train_panel {

void TrainPlugin::initialize(PanelContext* context)
{
    context_ = context;
}

QWidget* TrainPlugin::createPanel(QWidget* parent)
{
    return new TrainPanel(context_, parent);
}

} // namespace adaptlab::train_panel
