#include "param_form.h"

#include "jobs/job_registry.h"
#include "jobs/param_schema.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace adaptlab {

using nlohmann::json;

namespace {

QString explained(const jobs::ParamSpec& param)
{
    return QCoreApplication::translate("JobParams", param.explanation);
}

// The form's label for a param is its key ("chunk_words"), as the spec, the CLI flag and the
// Preview command spell it: an identifier, not prose. What it means is the explanation under the
// field, in the user's language.
QString labelOf(const jobs::ParamSpec& param)
{
    return QString::fromStdString(param.key);
}

int intBound(const json& value, int fallback)
{
    if (value.is_null())
        return fallback;
    return static_cast<int>(std::clamp<int64_t>(value.get<int64_t>(), std::numeric_limits<int>::min(),
                                                std::numeric_limits<int>::max()));
}

QStringList listOf(const json& value)
{
    QStringList out;
    if (value.is_array())
        for (const json& entry : value)
            if (entry.is_string())
                out << QString::fromStdString(entry.get<std::string>());
    return out;
}

} // namespace

ParamForm::ParamForm(const std::string& kind, const std::set<std::string>& only, const std::set<std::string>& skip,
                     QWidget* parent)
    : QWidget(parent), kind_(jobs::findJobKind(kind))
{
    setObjectName(QStringLiteral("paramForm_%1").arg(QString::fromStdString(kind)));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (!kind_) {
        layout->addWidget(new QLabel(tr("Unknown job kind \"%1\".").arg(QString::fromStdString(kind)), this));
        return;
    }
    auto* basic = new QFormLayout;
    // The cell (field and hint) takes the whole width so the hint wraps there instead of being cut.
    basic->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    advanced_ = new QWidget(this);
    auto* advancedForm = new QFormLayout(advanced_);
    advancedForm->setContentsMargins(0, 0, 0, 0);
    advancedForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    bool anyAdvanced = false;
    for (const jobs::ParamSpec& param : kind_->params) {
        if (param.type == jobs::ParamType::Object || skip.count(param.key) || (!only.empty() && !only.count(param.key)))
            continue;
        QWidget* editor = makeEditor(param);
        editor->setObjectName(QStringLiteral("param_%1").arg(QString::fromStdString(param.key)));
        editor->setToolTip(explained(param));
        editors_[param.key] = editor;
        // The field and its hint under it, so the explanation is read without hovering.
        auto* cell = new QWidget;
        auto* cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(editor, 0, Qt::AlignLeft);
        auto* hint = new QLabel(explained(param), cell);
        hint->setObjectName(QStringLiteral("hint_%1").arg(QString::fromStdString(param.key)));
        hint->setWordWrap(true);
        hint->setForegroundRole(QPalette::PlaceholderText);
        cellLayout->addWidget(hint);
        QFormLayout* form = param.advanced ? advancedForm : basic;
        anyAdvanced = anyAdvanced || param.advanced;
        auto* label = new QLabel(param.type == jobs::ParamType::Boolean ? QString() : labelOf(param) + QLatin1Char(':'));
        label->setObjectName(QStringLiteral("label_%1").arg(QString::fromStdString(param.key)));
        labels_[param.key] = label;
        form->addRow(label, cell);
    }
    layout->addLayout(basic);
    advancedButton_ = new QToolButton(this);
    advancedButton_->setObjectName(QStringLiteral("advancedToggle"));
    advancedButton_->setText(tr("Advanced"));
    advancedButton_->setCheckable(true);
    advancedButton_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    advancedButton_->setArrowType(Qt::RightArrow);
    advancedButton_->setAutoRaise(true);
    connect(advancedButton_, &QToolButton::toggled, this, &ParamForm::setAdvancedShown);
    layout->addWidget(advancedButton_);
    layout->addWidget(advanced_);
    advancedButton_->setVisible(anyAdvanced);
    advanced_->setVisible(false);
}

QWidget* ParamForm::makeEditor(const jobs::ParamSpec& param)
{
    const QString unit = param.unit.empty() ? QString()
                                            : QLatin1Char(' ') + QCoreApplication::translate("JobParams", param.unit.c_str());
    switch (param.type) {
    case jobs::ParamType::Integer: {
        auto* box = new QSpinBox(this);
        box->setMinimumWidth(140);
        box->setGroupSeparatorShown(true);
        box->setRange(intBound(param.min, 0), intBound(param.max, std::numeric_limits<int>::max()));
        if (param.minExclusive && box->minimum() < box->maximum())
            box->setMinimum(box->minimum() + 1);
        box->setSuffix(unit);
        if (!param.defaultValue.is_null())
            box->setValue(param.defaultValue.get<int>());
        else if (!param.required && box->minimum() > std::numeric_limits<int>::min()) {
            // No default: the job decides unless the user sets one; the slot below the range says so.
            box->setMinimum(box->minimum() - 1);
            box->setSpecialValueText(tr("automatic"));
            box->setValue(box->minimum());
        }
        connect(box, &QSpinBox::valueChanged, this, &ParamForm::changed);
        return box;
    }
    case jobs::ParamType::Number: {
        auto* box = new QDoubleSpinBox(this);
        box->setMinimumWidth(140);
        box->setDecimals(4);
        const double low = param.min.is_null() ? -1e12 : param.min.get<double>();
        const double high = param.max.is_null() ? 1e12 : param.max.get<double>();
        box->setRange(param.minExclusive ? low + 1e-4 : low, high);
        box->setSingleStep(high - low <= 1.0 ? 0.01 : 1.0);
        box->setSuffix(unit);
        if (!param.defaultValue.is_null()) {
            box->setValue(param.defaultValue.get<double>());
        } else if (!param.required) {
            // No default (a threshold that follows other params): "automatic" until the user sets one.
            box->setMinimum(box->minimum() - 1e-4);
            box->setSpecialValueText(tr("automatic"));
            box->setValue(box->minimum());
        }
        connect(box, &QDoubleSpinBox::valueChanged, this, &ParamForm::changed);
        return box;
    }
    case jobs::ParamType::Boolean: {
        auto* box = new QCheckBox(labelOf(param), this);
        box->setChecked(param.defaultValue.is_boolean() && param.defaultValue.get<bool>());
        connect(box, &QCheckBox::toggled, this, &ParamForm::changed);
        return box;
    }
    case jobs::ParamType::Choice: {
        auto* box = new QComboBox(this);
        for (const std::string& choice : param.choices)
            box->addItem(QString::fromStdString(choice), QString::fromStdString(choice));
        if (param.defaultValue.is_string())
            box->setCurrentIndex(box->findData(QString::fromStdString(param.defaultValue.get<std::string>())));
        connect(box, &QComboBox::currentIndexChanged, this, &ParamForm::changed);
        return box;
    }
    default: {
        auto* edit = new QLineEdit(this);
        edit->setMinimumWidth(280);
        if (param.defaultValue.is_string())
            edit->setPlaceholderText(QString::fromStdString(param.defaultValue.get<std::string>()));
        if (param.type == jobs::ParamType::StringList)
            edit->setPlaceholderText(tr("comma-separated"));
        connect(edit, &QLineEdit::textChanged, this, &ParamForm::changed);
        return edit;
    }
    }
}

json ParamForm::valueOf(const jobs::ParamSpec& param, QWidget* editor) const
{
    switch (param.type) {
    case jobs::ParamType::Integer: {
        auto* box = static_cast<QSpinBox*>(editor);
        if (!box->specialValueText().isEmpty() && box->value() == box->minimum())
            return json(); // "automatic": left to the job
        return box->value();
    }
    case jobs::ParamType::Number: {
        auto* box = static_cast<QDoubleSpinBox*>(editor);
        if (!box->specialValueText().isEmpty() && box->value() == box->minimum())
            return json();
        return box->value();
    }
    case jobs::ParamType::Boolean: {
        // Without a default, unticked leaves the choice to the job (all_other_fields: the reader's rule).
        const bool checked = static_cast<QCheckBox*>(editor)->isChecked();
        return !checked && param.defaultValue.is_null() ? json() : json(checked);
    }
    case jobs::ParamType::Choice: return static_cast<QComboBox*>(editor)->currentData().toString().toStdString();
    case jobs::ParamType::StringList: {
        json list = json::array();
        for (const QString& entry : static_cast<QLineEdit*>(editor)->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!entry.trimmed().isEmpty())
                list.push_back(entry.trimmed().toStdString());
        return list.empty() ? json() : list;
    }
    default: {
        const QString text = static_cast<QLineEdit*>(editor)->text().trimmed();
        return text.isEmpty() ? json() : json(text.toStdString());
    }
    }
}

json ParamForm::values(bool onlyChanged) const
{
    json out = json::object();
    if (!kind_)
        return out;
    for (const jobs::ParamSpec& param : kind_->params) {
        const auto it = editors_.find(param.key);
        if (it == editors_.end())
            continue;
        json value = valueOf(param, it->second);
        if (value.is_null())
            continue; // an empty text field: the job's default (or nothing)
        if (onlyChanged && !param.defaultValue.is_null() && value == param.defaultValue)
            continue;
        if (onlyChanged && param.type == jobs::ParamType::Number && param.defaultValue.is_number() &&
            std::abs(value.get<double>() - param.defaultValue.get<double>()) < 1e-12)
            continue;
        out[param.key] = std::move(value);
    }
    return out;
}

bool ParamForm::setValues(const json& values)
{
    if (!kind_ || !values.is_object())
        return false;
    bool all = true;
    for (const auto& [key, value] : values.items()) {
        const jobs::ParamSpec* param = kind_->param(key);
        const auto it = editors_.find(key);
        if (!param || it == editors_.end()) {
            all = false;
            continue;
        }
        QWidget* editor = it->second;
        switch (param->type) {
        case jobs::ParamType::Integer:
            if (value.is_number_integer())
                static_cast<QSpinBox*>(editor)->setValue(intBound(value, 0));
            break;
        case jobs::ParamType::Number:
            if (value.is_number())
                static_cast<QDoubleSpinBox*>(editor)->setValue(value.get<double>());
            break;
        case jobs::ParamType::Boolean:
            if (value.is_boolean())
                static_cast<QCheckBox*>(editor)->setChecked(value.get<bool>());
            break;
        case jobs::ParamType::Choice:
            if (value.is_string()) {
                auto* box = static_cast<QComboBox*>(editor);
                const int index = box->findData(QString::fromStdString(value.get<std::string>()));
                if (index >= 0)
                    box->setCurrentIndex(index);
            }
            break;
        case jobs::ParamType::StringList:
            static_cast<QLineEdit*>(editor)->setText(listOf(value).join(QStringLiteral(", ")));
            break;
        default:
            static_cast<QLineEdit*>(editor)->setText(value.is_string() ? QString::fromStdString(value.get<std::string>())
                                                                       : QString());
            break;
        }
    }
    return all;
}

void ParamForm::setLabel(const std::string& key, const QString& text)
{
    const auto it = labels_.find(key);
    if (it != labels_.end())
        it->second->setText(text);
}

QWidget* ParamForm::editor(const std::string& key) const
{
    const auto it = editors_.find(key);
    return it == editors_.end() ? nullptr : it->second;
}

bool ParamForm::advancedShown() const
{
    return advanced_ != nullptr && !advanced_->isHidden();
}

void ParamForm::setAdvancedShown(bool shown)
{
    if (!advanced_)
        return;
    advanced_->setVisible(shown);
    advancedButton_->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    if (advancedButton_->isChecked() != shown)
        advancedButton_->setChecked(shown);
}

} // namespace adaptlab
