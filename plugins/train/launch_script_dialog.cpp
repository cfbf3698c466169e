#include "launch_script_dialog.h"

#include "file_dialogs.h"
#include "view_helpers.h"

#include "common/atomic_file.h"
#include "train/launch_script.h"

#include <nlohmann/json.hpp>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace adaptlab::train_panel {

namespace {

enum Kind { TorchrunIndex, SlurmIndex };

} // namespace

LaunchScriptDialog::LaunchScriptDialog(const QString& specText, const QString& projectDir, QWidget* parent)
    : QDialog(parent), specText_(specText), projectDir_(projectDir),
      specPath_(QDir(projectDir).filePath(QStringLiteral("train-launch.spec.json")))
{
    setObjectName(QStringLiteral("trainLaunchScriptDialog"));
    {
        const nlohmann::json spec = nlohmann::json::parse(specText.toStdString(), nullptr, /*allow_exceptions=*/false);
        const nlohmann::json* device = spec.is_object() && spec.contains("params") && spec["params"].is_object() &&
                                               spec["params"].contains("device")
                                           ? &spec["params"]["device"]
                                           : nullptr;
        cpuOnly_ = device != nullptr && device->is_string() && device->get<std::string>() == "cpu";
    }
    setWindowTitle(tr("Export launch script"));
    resize(820, 640);
    kind_ = new QComboBox(this);
    kind_->addItem(tr("torchrun (run the same script on every node)"));
    kind_->addItem(tr("Slurm (submit once with sbatch)"));
    nodes_ = new QSpinBox(this);
    nodes_->setRange(1, 4096);
    nodes_->setToolTip(tr("Machines taking part."));
    processes_ = new QSpinBox(this);
    processes_->setRange(1, 1024);
    processes_->setToolTip(tr("Training processes per machine: one per GPU, or a few on CPU-only machines."));
    master_ = new QLineEdit(this);
    master_->setPlaceholderText(tr("empty: MASTER_ADDR from the environment"));
    master_->setToolTip(tr("The host every node reaches to meet the others (torchrun with several nodes)."));
    partition_ = new QLineEdit(this);
    partition_->setPlaceholderText(tr("the cluster's default"));
    account_ = new QLineEdit(this);
    account_->setPlaceholderText(tr("the cluster's default"));
    time_ = new QLineEdit(this);
    time_->setPlaceholderText(tr("e.g. 24:00:00"));
    gpus_ = new QSpinBox(this);
    gpus_->setRange(0, 64);
    gpus_->setSpecialValueText(tr("none requested"));
    script_ = new QPlainTextEdit(this);
    script_->setObjectName(QStringLiteral("launchScriptText"));
    script_->setReadOnly(true);
    script_->setLineWrapMode(QPlainTextEdit::NoWrap);
    status_ = new QLabel(this);
    status_->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Launcher:"), kind_);
    form->addRow(tr("Nodes:"), nodes_);
    form->addRow(tr("Processes per node:"), processes_);
    form->addRow(tr("Rendezvous host:"), master_);
    form->addRow(tr("Slurm partition:"), partition_);
    form->addRow(tr("Slurm account:"), account_);
    form->addRow(tr("Slurm time limit:"), time_);
    form->addRow(tr("GPUs per node:"), gpus_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &LaunchScriptDialog::askSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(ViewHelpers::hintLabel(
        tr("The script starts the same training spec on every process of the cluster; they share the work as "
           "data-parallel workers. The spec names this project's folder and datasets: the cluster must see them "
           "at the same path (a shared file system), or edit the spec's paths after saving."),
        this));
    layout->addLayout(form);
    layout->addWidget(script_, 1);
    layout->addWidget(status_);
    layout->addWidget(buttons);

    for (QSpinBox* spin : {nodes_, processes_, gpus_})
        connect(spin, &QSpinBox::valueChanged, this, &LaunchScriptDialog::updateScript);
    for (QLineEdit* edit : {master_, partition_, account_, time_})
        connect(edit, &QLineEdit::textChanged, this, &LaunchScriptDialog::updateScript);
    connect(kind_, &QComboBox::currentIndexChanged, this, &LaunchScriptDialog::updateScript);
    updateScript();
}

QString LaunchScriptDialog::specPathFor(const QString& scriptPath)
{
    const QFileInfo script(scriptPath);
    return script.dir().filePath(script.completeBaseName() + QStringLiteral(".spec.json"));
}

namespace {

train::LaunchScriptOptions optionsOf(const QString& specPath, int nodes, int processes, const QString& master,
                                     const QString& partition, const QString& account, const QString& time, int gpus)
{
    train::LaunchScriptOptions options;
    options.specFile = specPath.toStdString();
    options.nnodes = nodes;
    options.nprocPerNode = processes;
    options.masterAddr = master.trimmed().toStdString();
    options.partition = partition.trimmed().toStdString();
    options.account = account.trimmed().toStdString();
    options.timeLimit = time.trimmed().toStdString();
    options.gpusPerNode = gpus;
    return options;
}

} // namespace

void LaunchScriptDialog::updateScript()
{
    const bool slurm = kind_->currentIndex() == SlurmIndex;
    for (QWidget* slurmOnly : std::initializer_list<QWidget*>{partition_, account_, time_})
        slurmOnly->setEnabled(slurm);
    master_->setEnabled(!slurm);
    // GPUs are requested from Slurm only (torchrun takes what the node has), and a CPU run wants none.
    gpus_->setEnabled(slurm && !cpuOnly_);
    gpus_->setToolTip(!slurm     ? tr("Only a Slurm script requests GPUs; torchrun uses the node's own.")
                      : cpuOnly_ ? tr("The spec trains on the CPU (params.device \"cpu\"): no GPU to request.")
                                 : tr("GPUs to request on every node (sbatch --gpus-per-node)."));
    try {
        const std::string text = train::launchScript(
            slurm ? train::LaunchScriptKind::Slurm : train::LaunchScriptKind::Torchrun,
            optionsOf(specPath_, nodes_->value(), processes_->value(), master_->text(), partition_->text(),
                      account_->text(), time_->text(), gpus_->isEnabled() ? gpus_->value() : 0));
        script_->setPlainText(QString::fromStdString(text));
        status_->clear();
    } catch (const std::exception& e) {
        script_->clear();
        status_->setText(QString::fromLocal8Bit(e.what()));
    }
}

void LaunchScriptDialog::askSave()
{
    QPointer<QFileDialog> dialog = createFileDialog(this, tr("Save launch script"), projectDir_, tr("Shell scripts (*.sh)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("sh"));
    QString path;
    if (dialog->exec() == QDialog::Accepted && dialog && !dialog->selectedFiles().isEmpty())
        path = dialog->selectedFiles().constFirst();
    delete dialog;
    if (!path.isEmpty())
        saveTo(path);
}

void LaunchScriptDialog::saveTo(const QString& scriptPath)
{
    specPath_ = specPathFor(scriptPath);
    updateScript();
    const bool slurm = kind_->currentIndex() == SlurmIndex;
    const train::LaunchScriptOptions options =
        optionsOf(specPath_, nodes_->value(), processes_->value(), master_->text(), partition_->text(),
                  account_->text(), time_->text(), gpus_->isEnabled() ? gpus_->value() : 0);
    const std::string spec = specText_.toStdString() + "\n";
    const QString specPath = specPath_;
    writing_.run(
        [scriptPath, specPath, spec, slurm, options](const std::atomic<bool>&) {
            AtomicFile specFile(specPath.toStdString());
            specFile.write(spec);
            specFile.commit();
            train::writeLaunchScript(scriptPath.toStdString(),
                                     slurm ? train::LaunchScriptKind::Slurm : train::LaunchScriptKind::Torchrun, options);
            return scriptPath;
        },
        [this, scriptPath](const QString&, const QString& error) {
            status_->setText(error.isEmpty() ? tr("Saved %1 and its spec %2.").arg(scriptPath, specPath_) : error);
            Q_EMIT saved(error);
        });
}

} // namespace adaptlab::train_panel
