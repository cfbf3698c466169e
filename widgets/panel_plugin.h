// The contract between the app and its panels. A panel is a Qt plugin (one small folder under
// plugins/) implementing PanelPlugin, with JSON metadata:
//   {"name": "...", "order": 10, "icon": ":/icons/x.svg", "step": "Data", "description": "..."}
// "step" is the workflow step in the sidebar the panel belongs to ("Project", "Data", "Inspect",
// "Tokenizer", "Mixture", "Train", "Evaluate", "Compare"). The app constructs the plugin (empty
// constructor), calls initialize() once, then createPanel().
#pragma once

#include <QtPlugin>

class QWidget;

namespace adaptlab {

class PanelContext;

class PanelPlugin {
public:
    virtual ~PanelPlugin() = default;
    // Called once before createPanel(); the context outlives the plugin.
    virtual void initialize(PanelContext* context) = 0;
    // The panel widget; the app owns it (it is parented into the central area).
    virtual QWidget* createPanel(QWidget* parent) = 0;
};

} // namespace adaptlab

#define AdaptLabPanelPlugin_iid "org.adaptlab.PanelPlugin/1.0"
Q_DECLARE_INTERFACE(adaptlab::PanelPlugin, AdaptLabPanelPlugin_iid)
