#include "tokenizer_plugin.h"

#include "tokenizer_panel.h"

namespace adaptlab::tokenizer_panel {

void TokenizerPlugin::initialize(PanelContext* context)
{
    context_ = context;
}

QWidget* TokenizerPlugin::createPanel(QWidget* parent)
{
    return new TokenizerPanel(context_, parent);
}

} // namespace adaptlab::tokenizer_panel
