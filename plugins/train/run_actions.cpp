#include "run_actions.h"

#include "base_model.h"
#include "train_spec.h"

#include "file_dialogs.h"
#include "job_runner.h"
#include "panel_context.h"
#include "view_helpers.h"

#include "jobs/job_spec.h"

#include <nlohmann/json.hpp>

#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace adaptlab::train_panel {

namespace {

// The output folder's name inside the merge run's folder: letters, digits, '-', '_', '.'.
QString safeName(const QString& name)
{
    QString out;
    for (const QChar c : name.trimmed())
        out += c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.')
                   ? c
                   : QLatin1Char('-');
    return out.isEmpty() ? QStringLiteral("merged") : out;
}

// A line edit with a Browse… button for a folder (or a file to write, SAVEFILE).
QWidget* pathRow(QWidget* parent, const QString& objectName, const QString& value, const QString& title,
                 bool saveFile = false)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* edit = new QLineEdit(value, row);
    edit->setObjectName(objectName);
    edit->setMinimumWidth(420);
    auto* browse = new QPushButton(RunActions::tr("Browse…"), row);
    QObject::connect(browse, &QPushButton::clicked, row, [row, edit, title, saveFile] {
        QString chosen;
        if (saveFile) {
            QPointer<QFileDialog> dialog = createFileDialog(row, title, edit->text());
            dialog->setAcceptMode(QFileDialog::AcceptSave);
            if (dialog->exec() == QDialog::Accepted && dialog && !dialog->selectedFiles().isEmpty())
                chosen = dialog->selectedFiles().constFirst();
            delete dialog;
        } else {
            chosen = getExistingDirectory(row, title, edit->text());
        }
        if (!chosen.isEmpty())
            edit->setText(chosen);
    });
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}

QString textOf(QDialog* dialog, const char* name)
{
    auto* edit = dialog->findChild<QLineEdit*>(QLatin1String(name));
    return edit != nullptr ? edit->text().trimmed() : QString();
}

QDialog* newDialog(QWidget* parent, const QString& objectName, const QString& title)
{
    auto* dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(objectName);
    dialog->setWindowTitle(title);
    return dialog;
}

QComboBox* dtypeBox(QWidget* parent, const QStringList& values, const QString& current)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(QStringLiteral("actionDtype"));
    for (const QString& value : values)
        box->addItem(value == QLatin1String("auto") ? RunActions::tr("as the input") : value, value);
    box->setCurrentIndex(std::max(0, box->findData(current)));
    return box;
}

// The three action dialogs' frame: HINT above FORM, OK (named OKTEXT) and Cancel below; Cancel
// closes. Returns the buttons for the caller's OK handler.
QDialogButtonBox* frameDialog(QDialog* dialog, QFormLayout* form, const QString& hint, const QString& okText)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(ViewHelpers::hintLabel(hint, dialog));
    layout->addLayout(form);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    return buttons;
}

} // namespace

QString mergeSpec(const QString& projectDir, const MergeChoice& choice)
{
    nlohmann::json params = {{"kind", choice.kind.toStdString()}, {"out_name", safeName(choice.outName).toStdString()}};
    if (choice.dtype != QLatin1String("auto") && !choice.dtype.isEmpty())
        params["dtype"] = choice.dtype.toStdString();
    if (choice.kind == QLatin1String("lora")) {
        params["base"] = choice.base.toStdString();
        params["lora"] = choice.lora.toStdString();
    } else if (choice.kind == QLatin1String("residual")) {
        params["cpt"] = choice.cpt.toStdString();
        params["instruct"] = choice.instruct.toStdString();
        params["base"] = choice.base.toStdString();
        params["lambda"] = choice.lambda;
    }
    nlohmann::json spec = {{"version", jobs::kSpecVersion}, {"kind", "merge"}, {"params", std::move(params)}};
    if (!projectDir.isEmpty())
        spec["project"] = projectDir.toStdString();
    return QString::fromStdString(spec.dump(2));
}

QStringList exportArguments(const ExportChoice& choice)
{
    return {QStringLiteral("export"), QStringLiteral("--model"), choice.model,   QStringLiteral("--format"),
            choice.format,            QStringLiteral("--dtype"), choice.dtype,   QStringLiteral("--out"),
            choice.out,               QStringLiteral("--json")};
}

RunActions::RunActions(PanelContext* context, QWidget* parent) : QWidget(parent), context_(context)
{
    setObjectName(QStringLiteral("trainRunActions"));
    mergeAdapter_ = new QPushButton(tr("Merge adapter into base…"), this);
    mergeAdapter_->setObjectName(QStringLiteral("trainMergeAdapter"));
    mergeAdapter_->setToolTip(tr("Fold this LoRA run's adapter into its base model: one ordinary model folder."));
    connect(mergeAdapter_, &QPushButton::clicked, this, &RunActions::askMergeAdapter);
    residual_ = new QPushButton(tr("Instruction-residual merge…"), this);
    residual_->setObjectName(QStringLiteral("trainResidualMerge"));
    residual_->setToolTip(tr("Give this run's model the chat skills of an instruct model without instruction data."));
    connect(residual_, &QPushButton::clicked, this, &RunActions::askResidualMerge);
    export_ = new QPushButton(tr("Export…"), this);
    export_->setObjectName(QStringLiteral("trainExport"));
    export_->setToolTip(tr("Write the model as a Hugging Face folder or a GGUF file (llama.cpp, Ollama)."));
    connect(export_, &QPushButton::clicked, this, &RunActions::askExport);
    openFolder_ = new QPushButton(tr("Open folder"), this);
    openFolder_->setObjectName(QStringLiteral("trainOpenOutput"));
    openFolder_->setEnabled(false);
    connect(openFolder_, &QPushButton::clicked, this, [this] {
        const QFileInfo output(lastOutput_);
        QDesktopServices::openUrl(QUrl::fromLocalFile(output.isDir() ? output.absoluteFilePath() : output.absolutePath()));
    });
    result_ = new QLabel(this);
    result_->setObjectName(QStringLiteral("trainActionResult"));
    result_->setWordWrap(true);
    result_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The Run tab's charts take every pixel they are offered; a button row below its own height
    // was squeezed to a sliver, so each button keeps at least the height it asks for.
    for (QPushButton* button : {mergeAdapter_, residual_, export_, openFolder_})
        button->setMinimumHeight(button->sizeHint().height());
    result_->setMinimumHeight(result_->fontMetrics().height());
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(new QLabel(tr("Model:"), this));
    buttons->addWidget(mergeAdapter_);
    buttons->addWidget(residual_);
    buttons->addWidget(export_);
    buttons->addWidget(openFolder_);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(buttons);
    layout->addWidget(result_);
    updateButtons();
}

RunActions::~RunActions()
{
    if (exporting_ != nullptr) {
        exporting_->disconnect(this);
        exporting_->kill();
    }
}

bool RunActions::isBusy() const
{
    return (merging_ != nullptr && merging_->isActive()) ||
           (exporting_ != nullptr && exporting_->state() != QProcess::NotRunning);
}

void RunActions::setRun(const std::optional<TrainRunEntry>& run)
{
    if (!run || !run_ || run->id != run_->id) {
        mergedModel_.clear(); // a merge of the run shown before is not this run's
        lastOutput_.clear();
        openFolder_->setEnabled(false);
        result_->clear();
    }
    run_ = run;
    updateButtons();
}

QString RunActions::runModel() const
{
    if (!run_ || run_->checkpoints.empty())
        return {};
    return run_->checkpoints.back().path; // final/ when complete, else the newest step
}

QString RunActions::runBase() const
{
    if (!run_)
        return {};
    const nlohmann::json spec = nlohmann::json::parse(run_->specJson.toStdString(), nullptr, false);
    if (!spec.is_object() || !spec.contains("params") || !spec["params"].is_object())
        return {};
    const nlohmann::json base = spec["params"].value("base", nlohmann::json());
    const QString text = base.is_string() ? QString::fromStdString(base.get<std::string>()) : QString();
    return text.startsWith(kPresetPrefix) ? QString() : text;
}

void RunActions::updateButtons()
{
    const bool finished = run_ && (run_->status == QLatin1String("done") || run_->status == QLatin1String("stopped"));
    const bool busy = isBusy();
    mergeAdapter_->setEnabled(finished && !busy && !run_->adapter.isEmpty());
    mergeAdapter_->setVisible(!run_ || !run_->adapter.isEmpty());
    // A LoRA run's checkpoints hold adapters, not models: merge first, then export the merge.
    const bool model = !runModel().isEmpty() && run_->adapter.isEmpty();
    residual_->setEnabled(finished && !busy && model);
    export_->setEnabled(finished && !busy && (model || !mergedModel_.isEmpty()));
    const QString mergeFirst = run_ && !run_->adapter.isEmpty()
                                   ? tr("This run trained a LoRA adapter: merge it into its base first; Export… then "
                                        "offers the merged model.")
                                   : QString();
    residual_->setToolTip(mergeFirst.isEmpty()
                              ? tr("Give this run's model the chat skills of an instruct model without instruction data.")
                              : mergeFirst);
    export_->setToolTip(mergeFirst.isEmpty()
                            ? tr("Write the model as a Hugging Face folder or a GGUF file (llama.cpp, Ollama).")
                            : mergeFirst);
    if (!run_)
        result_->clear();
    else if (!finished && !busy && result_->text().isEmpty())
        result_->setText(tr("Merge and export are offered once the run has finished."));
}

void RunActions::showResult(const QString& output, const QString& error)
{
    lastOutput_ = error.isEmpty() ? output : QString();
    openFolder_->setEnabled(!lastOutput_.isEmpty());
    result_->setText(error.isEmpty() ? tr("Written: %1").arg(QDir::toNativeSeparators(output)) : error);
    updateButtons();
    Q_EMIT actionFinished(error);
}

void RunActions::askMergeAdapter()
{
    if (dialog_ != nullptr)
        dialog_->close();
    auto* dialog = newDialog(this, QStringLiteral("trainMergeAdapterDialog"), tr("Merge adapter into base"));
    dialog_ = dialog;
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // The base the catalog found on disk (the spec's, resolved against the project), else the spec's text.
    const QString base = run_ && !run_->adapterBase.isEmpty() ? run_->adapterBase : runBase();
    form->addRow(tr("Base model:"), pathRow(dialog, QStringLiteral("mergeBase"), base, tr("Base model folder")));
    form->addRow(tr("Adapter:"), pathRow(dialog, QStringLiteral("mergeLora"), run_ ? run_->adapter : QString(),
                                          tr("Adapter folder (adapter_config.json)")));
    auto* name = new QLineEdit(run_ ? QStringLiteral("run-%1-merged").arg(run_->id) : QStringLiteral("merged"), dialog);
    name->setObjectName(QStringLiteral("mergeOutName"));
    form->addRow(tr("Output name:"), name);
    QComboBox* dtype = dtypeBox(dialog, {QStringLiteral("auto"), QStringLiteral("f32"), QStringLiteral("bf16")},
                                QStringLiteral("auto"));
    form->addRow(tr("Weights as:"), dtype);
    auto* buttons = frameDialog(dialog, form,
        tr("Every adapted weight becomes W + (alpha / r) · B·A: one ordinary model that loads without the adapter, "
           "written inside a new merge run's folder."),
        tr("Merge"));
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, name, dtype] {
        MergeChoice choice;
        choice.kind = QStringLiteral("lora");
        choice.base = textOf(dialog, "mergeBase");
        choice.lora = textOf(dialog, "mergeLora");
        choice.outName = name->text();
        choice.dtype = dtype->currentData().toString();
        if (startMerge(choice) != nullptr)
            dialog->close();
    });
    dialog->show();
}

void RunActions::askResidualMerge()
{
    if (dialog_ != nullptr)
        dialog_->close();
    auto* dialog = newDialog(this, QStringLiteral("trainResidualDialog"), tr("Instruction-residual merge"));
    dialog_ = dialog;
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Domain model (CPT):"), pathRow(dialog, QStringLiteral("mergeCpt"), runModel(),
                                                    tr("The continued pre-trained model")));
    form->addRow(tr("Instruct model:"), pathRow(dialog, QStringLiteral("mergeInstruct"), QString(),
                                                tr("The instruction-tuned model of the same base")));
    form->addRow(tr("Its base model:"), pathRow(dialog, QStringLiteral("mergeBase"), runBase(),
                                                tr("The base the instruct model was tuned from")));
    auto* lambda = new QDoubleSpinBox(dialog);
    lambda->setObjectName(QStringLiteral("mergeLambda"));
    lambda->setRange(-10.0, 10.0);
    lambda->setDecimals(2);
    lambda->setSingleStep(0.1);
    lambda->setValue(1.0);
    form->addRow(tr("Lambda:"), lambda);
    auto* name = new QLineEdit(run_ ? QStringLiteral("run-%1-instruct").arg(run_->id) : QStringLiteral("merged"), dialog);
    name->setObjectName(QStringLiteral("mergeOutName"));
    form->addRow(tr("Output name:"), name);
    QComboBox* dtype = dtypeBox(dialog, {QStringLiteral("auto"), QStringLiteral("f32"), QStringLiteral("bf16")},
                                QStringLiteral("auto"));
    form->addRow(tr("Weights as:"), dtype);
    auto* buttons = frameDialog(dialog, form,
        tr("The merged model is CPT + lambda × (instruct − base): what instruction tuning changed in the base, added "
           "to your domain model, so it follows instructions without instruction data of your own (Hirano & Imajo). "
           "Lambda 1 adds all of it; less keeps more of the domain model, more pushes the chat behaviour harder. "
           "All three must share one architecture and vocabulary: the merge refuses otherwise."),
        tr("Merge"));
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, lambda, name, dtype] {
        MergeChoice choice;
        choice.kind = QStringLiteral("residual");
        choice.cpt = textOf(dialog, "mergeCpt");
        choice.instruct = textOf(dialog, "mergeInstruct");
        choice.base = textOf(dialog, "mergeBase");
        choice.lambda = lambda->value();
        choice.outName = name->text();
        choice.dtype = dtype->currentData().toString();
        if (startMerge(choice) != nullptr)
            dialog->close();
    });
    dialog->resize(720, dialog->sizeHint().height());
    dialog->show();
}

void RunActions::askExport()
{
    if (dialog_ != nullptr)
        dialog_->close();
    auto* dialog = newDialog(this, QStringLiteral("trainExportDialog"), tr("Export model"));
    dialog_ = dialog;
    const QString stem = run_ ? QStringLiteral("run-%1").arg(run_->id) : QStringLiteral("model");
    const QString exports = QDir(projectDir_).filePath(QStringLiteral("exports"));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // The model merged last (a LoRA run's adapter folded in), else the run's own model.
    const QString model = !mergedModel_.isEmpty() ? mergedModel_ : run_ && run_->adapter.isEmpty() ? runModel() : QString();
    form->addRow(tr("Model:"), pathRow(dialog, QStringLiteral("exportModel"), model, tr("Model folder")));
    auto* format = new QComboBox(dialog);
    format->setObjectName(QStringLiteral("exportFormat"));
    format->addItem(tr("GGUF file (llama.cpp, Ollama)"), QStringLiteral("gguf"));
    format->addItem(tr("Hugging Face folder (Transformers, vLLM)"), QStringLiteral("hf"));
    form->addRow(tr("Format:"), format);
    QComboBox* dtype = dtypeBox(dialog, {QStringLiteral("f16"), QStringLiteral("f32")}, QStringLiteral("f16"));
    form->addRow(tr("Weights as:"), dtype);
    form->addRow(tr("Write to:"), pathRow(dialog, QStringLiteral("exportOut"),
                                          QDir(exports).filePath(stem + QStringLiteral(".gguf")), tr("Export to"),
                                          /*saveFile=*/true));
    auto* out = dialog->findChild<QLineEdit*>(QStringLiteral("exportOut"));
    // The dtypes each format takes (GGUF: f32 | f16; a Hugging Face folder: f32 | bf16) and the
    // output's shape (a file, a folder) follow the format.
    connect(format, &QComboBox::currentIndexChanged, dialog, [format, dtype, out, exports, stem] {
        const bool gguf = format->currentData().toString() == QLatin1String("gguf");
        dtype->clear();
        for (const QString& value : gguf ? QStringList{QStringLiteral("f16"), QStringLiteral("f32")}
                                         : QStringList{QStringLiteral("f32"), QStringLiteral("bf16")})
            dtype->addItem(value, value);
        out->setText(QDir(exports).filePath(gguf ? stem + QStringLiteral(".gguf") : stem + QStringLiteral("-hf")));
    });
    auto* buttons = frameDialog(dialog, form,
        tr("GGUF is the one-file format llama.cpp and Ollama run; f16 halves the size at no loss that matters. A "
           "LoRA run's adapter is merged into its base first (Merge adapter into base…)."),
        tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, format, dtype] {
        ExportChoice choice;
        choice.model = textOf(dialog, "exportModel");
        choice.format = format->currentData().toString();
        choice.dtype = dtype->currentData().toString();
        choice.out = textOf(dialog, "exportOut");
        if (startExport(choice))
            dialog->close();
    });
    dialog->show();
}

JobRunner* RunActions::startMerge(const MergeChoice& choice)
{
    if (context_ == nullptr)
        return nullptr;
    QString error;
    JobRunner* runner = context_->startJob(mergeSpec(projectDir_, choice), &error);
    if (runner == nullptr) {
        showResult({}, tr("The merge was not started: %1").arg(error));
        return nullptr;
    }
    merging_ = runner;
    result_->setText(tr("Merging…"));
    connect(runner, &JobRunner::runIdAssigned, this,
            [this](qint64 runId) { result_->setText(tr("Merging in run %1…").arg(runId)); });
    connect(runner, &JobRunner::progress, this, [this, runner](qint64 done, qint64 total) {
        if (total > 0)
            result_->setText(tr("Merging in run %1: tensor %2 of %3…").arg(runner->runId()).arg(done).arg(total));
    });
    connect(runner, &JobRunner::finished, this, [this, runner](JobRunner::State state) {
        if (state != JobRunner::State::Finished) {
            showResult({}, tr("The merge failed: %1").arg(runner->errorString()));
            return;
        }
        const nlohmann::json result = nlohmann::json::parse(runner->resultJson().toStdString(), nullptr, false);
        const nlohmann::json out = result.is_object() ? result.value("out", nlohmann::json()) : nlohmann::json();
        QString folder = out.is_string() ? QString::fromStdString(out.get<std::string>()) : QString();
        if (!folder.isEmpty() && QFileInfo(folder).isRelative())
            folder = QDir(projectDir_).filePath(folder);
        mergedModel_ = folder.isEmpty() ? runner->runDir() : folder;
        showResult(mergedModel_, {});
    });
    updateButtons();
    Q_EMIT mergeStarted(runner);
    return runner;
}

bool RunActions::startExport(const ExportChoice& choice)
{
    if (choice.model.isEmpty() || choice.out.isEmpty()) {
        showResult({}, tr("Choose the model to export and where to write it."));
        return false;
    }
    QDir().mkpath(QFileInfo(choice.out).absolutePath()); // exports/ in the project
    auto* process = new QProcess(this);
    exporting_ = process;
    connect(process, &QProcess::finished, this, [this, process, choice](int exitCode, QProcess::ExitStatus status) {
        process->deleteLater();
        const QList<QByteArray> lines = process->readAllStandardOutput().trimmed().split('\n');
        const nlohmann::json report = nlohmann::json::parse(lines.last().toStdString(), nullptr, false);
        if (status != QProcess::NormalExit || exitCode != 0) {
            const QString why = QString::fromUtf8(process->readAllStandardError()).trimmed().section(QLatin1Char('\n'), -3);
            showResult({}, tr("The export failed (exit code %1): %2").arg(exitCode).arg(why));
            return;
        }
        const nlohmann::json out = report.is_object() ? report.value("out", nlohmann::json()) : nlohmann::json();
        showResult(out.is_string() ? QString::fromStdString(out.get<std::string>()) : choice.out, {});
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        process->deleteLater();
        showResult({}, tr("The export could not start: %1").arg(process->errorString()));
    });
    result_->setText(tr("Exporting %1 as %2 (%3)…").arg(QDir::toNativeSeparators(choice.model), choice.format, choice.dtype));
    process->start(cliProgram_, exportArguments(choice));
    updateButtons();
    return true;
}

} // namespace adaptlab::train_panel
