// The Tokenizer step's plugin: the Tokenizer panel (tokenizers, vocabulary, playground, fertility,
// token shards).
#pragma once

#include "panel_plugin.h"

#include <QObject>

namespace adaptlab::tokenizer_panel {

class TokenizerPlugin final : public QObject, public PanelPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID AdaptLabPanelPlugin_iid FILE "tokenizer_plugin.json")
    Q_INTERFACES(adaptlab::PanelPlugin)
public:
    TokenizerPlugin() = default;

    void initialize(PanelContext* context) override;
    QWidget* createPanel(QWidget* parent) override;

private:
    PanelContext* context_ = nullptr;
};

} // namespace adaptlab::tokenizer_panel
