// ParamForm: the form of a job kind's parameters, built from its schema (core/jobs/param_schema.h):
// a spin box with the schema's range and unit for an integer, a double spin box for a number, a
// combo box for a choice, a check box for a boolean, a line edit for a string or path (a list is
// typed comma-separated). Every field carries its explanation, translated ("JobParams" context), as
// tooltip and as a hint line under it; the advanced params sit in a collapsible "Advanced" section.
// values() gives the params as JSON (only those that differ from the default, or all); setValues()
// fills the form from JSON. Params the panel sets itself (dataset, output, ...) are left out by key.
#pragma once

#include "adaptlab_widgets_export.h"

#include <nlohmann/json.hpp>

#include <QWidget>

#include <map>
#include <set>
#include <string>

class QFormLayout;
class QLabel;
class QToolButton;

namespace adaptlab::jobs {
struct JobKind;
struct ParamSpec;
}

namespace adaptlab {

class ADAPTLAB_WIDGETS_EXPORT ParamForm final : public QWidget {
    Q_OBJECT
public:
    // `only`: the keys to show (empty = every param the form can edit); `skip`: keys never shown.
    // Object params (structured JSON) are never shown: the panel has a richer control for them.
    ParamForm(const std::string& kind, const std::set<std::string>& only = {},
              const std::set<std::string>& skip = {}, QWidget* parent = nullptr);

    const jobs::JobKind& kind() const { return *kind_; }
    // The params of the fields; with `onlyChanged`, those left at their default (or empty without
    // one) are left out, so a spec says only what the user chose.
    nlohmann::json values(bool onlyChanged = true) const;
    // Sets the fields named in `values`; keys without a field are ignored (returned false).
    bool setValues(const nlohmann::json& values);
    // The editor of a key (QSpinBox, QDoubleSpinBox, QComboBox, QCheckBox or QLineEdit), or null.
    QWidget* editor(const std::string& key) const;
    // A panel's own words for a field's label (translated by the panel); the default label is the
    // key, as the spec and the CLI spell it.
    void setLabel(const std::string& key, const QString& text);
    QToolButton* advancedButton() const { return advancedButton_; }
    bool advancedShown() const;
    void setAdvancedShown(bool shown);

Q_SIGNALS:
    void changed();

private:
    QWidget* makeEditor(const jobs::ParamSpec& param);
    nlohmann::json valueOf(const jobs::ParamSpec& param, QWidget* editor) const;

    const jobs::JobKind* kind_ = nullptr;
    std::map<std::string, QWidget*> editors_;
    std::map<std::string, QLabel*> labels_;
    QToolButton* advancedButton_ = nullptr;
    QWidget* advanced_ = nullptr;
};

} // namespace adaptlab
