#include "plan_editor.h"

#include "plan_implication_view.h"
#include "plan_settings.h"
#include "plan_sources_table.h"
#include "plan_train_dialog.h"
#include "plan_train_spec.h"

#include "job_runner.h"
#include "panel_context.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <set>

namespace adaptlab::mixture {

namespace {

// Edits come in bursts (a spin box held down): the implication is worked out once they pause.
constexpr int kImplyDelayMs = 120;

QString untitled()
{
    return PlanEditor::tr("untitled");
}

} // namespace

PlanEditor::PlanEditor(PanelContext* context, QWidget* parent) : QWidget(parent), context_(context)
{
    setObjectName(QStringLiteral("planEditor"));
    auto* intro = new QLabel(
        tr("A plan says what a run trains on: which sources, in what proportions, for how many tokens, with how much "
           "general data <a href=\"adaptlab-help:glossary#replay\">replayed</a>, optional end-of-training "
           "<a href=\"adaptlab-help:glossary#upsampling\">upsampling</a> of the domain and "
           "<a href=\"adaptlab-help:glossary#meco\">MeCo</a>. The right side shows what it implies as you edit: "
           "tokens and <a href=\"adaptlab-help:glossary#epoch\">epochs</a> per source, which sources run out, and the "
           "mix over training."),
        this);
    intro->setObjectName(QStringLiteral("planIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    intro->setOpenExternalLinks(true);

    planBox_ = new QComboBox(this);
    planBox_->setObjectName(QStringLiteral("planBox"));
    planBox_->setMinimumContentsLength(18);
    planBox_->setToolTip(tr("The project's plans (plans/<name>.json in the project folder)."));
    new_ = new QPushButton(tr("New"), this);
    new_->setObjectName(QStringLiteral("newPlanButton"));
    new_->setToolTip(tr("Start a new plan from the project's token shards."));
    save_ = new QPushButton(tr("Save"), this);
    save_->setObjectName(QStringLiteral("savePlanButton"));
    save_->setToolTip(tr("Save the plan in the project (plans/<name>.json); runs name the file."));
    saveAs_ = new QPushButton(tr("Save as…"), this);
    saveAs_->setObjectName(QStringLiteral("saveAsPlanButton"));
    saveAs_->setToolTip(tr("Save the plan under another name."));
    delete_ = new QPushButton(tr("Delete…"), this);
    delete_->setObjectName(QStringLiteral("deletePlanButton"));
    delete_->setToolTip(tr("Delete the plan's file from the project (runs that used it keep their own copy of its settings)."));
    train_ = new QPushButton(tr("Train with this plan…"), this);
    train_->setObjectName(QStringLiteral("trainWithPlanButton"));
    train_->setToolTip(tr("Start a training run that reads its sources, mix, budget and MeCo settings from this plan; "
                          "follow it in the Train step."));
    train_->setProperty("role", QStringLiteral("primary"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Plan"), this));
    bar->addWidget(planBox_);
    bar->addWidget(new_);
    bar->addWidget(save_);
    bar->addWidget(saveAs_);
    bar->addWidget(delete_);
    bar->addStretch(1);
    bar->addWidget(train_);

    title_ = new QLabel(this);
    title_->setObjectName(QStringLiteral("planTitle"));
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("planStatus"));
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    status_->hide();

    // The sources across the top (the table wants its columns); below, the settings on the left
    // and what the plan implies on the right.
    auto* sourcesGroup = new QGroupBox(tr("Sources"), this);
    sources_ = new PlanSourcesTable(sourcesGroup);
    auto* sourcesLayout = new QVBoxLayout(sourcesGroup);
    sourcesLayout->addWidget(sources_);
    sourcesHint_ = new QLabel(sourcesGroup);
    sourcesHint_->setObjectName(QStringLiteral("planSourcesHint"));
    sourcesHint_->setWordWrap(true);
    sourcesHint_->setProperty("role", QStringLiteral("hint"));
    sourcesLayout->addWidget(sourcesHint_);

    settings_ = new PlanSettings(this);
    auto* leftScroll = new QScrollArea(this);
    leftScroll->setWidget(settings_);
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    leftScroll->setMinimumWidth(settings_->minimumSizeHint().width() + 24);

    auto* right = new QGroupBox(tr("What the plan implies"));
    implication_ = new PlanImplicationView(right);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(implication_);

    // In a small window the implication scrolls rather than making the window taller than a saved size.
    auto* rightScroll = new QScrollArea(this);
    rightScroll->setWidget(right);
    rightScroll->setWidgetResizable(true);
    rightScroll->setFrameShape(QFrame::NoFrame);
    right->setMinimumHeight(420);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(leftScroll);
    splitter->addWidget(rightScroll);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(bar);
    layout->addWidget(title_);
    layout->addWidget(status_);
    layout->addWidget(sourcesGroup);
    layout->addWidget(splitter, 1);

    implyTimer_ = new QTimer(this);
    implyTimer_->setSingleShot(true);
    implyTimer_->setInterval(kImplyDelayMs);
    connect(implyTimer_, &QTimer::timeout, this, &PlanEditor::implyNow);
    connect(sources_, &PlanSourcesTable::edited, this, &PlanEditor::edited);
    connect(settings_, &PlanSettings::edited, this, &PlanEditor::edited);
    connect(new_, &QPushButton::clicked, this, &PlanEditor::newPlanAsked);
    connect(save_, &QPushButton::clicked, this, &PlanEditor::save);
    connect(saveAs_, &QPushButton::clicked, this, &PlanEditor::saveAsAsked);
    connect(delete_, &QPushButton::clicked, this, &PlanEditor::deletePlanAsked);
    connect(train_, &QPushButton::clicked, this, &PlanEditor::trainAsked);
    connect(planBox_, &QComboBox::activated, this, [this](int index) {
        const QString name = planBox_->itemData(index).toString();
        if (name.isEmpty() || name == planName_)
            return;
        updateTitle(); // the box shows the open plan until the other one is open
        whenEditsKept([this, name] { openPlan(name); });
    });
    updateTitle();
}

PlanEditor::~PlanEditor() = default;

void PlanEditor::setProjectDir(const QString& dir)
{
    if (dir == projectDir_)
        return;
    if (dirty_ && !projectDir_.isEmpty()) {
        // The project is closing under unsaved edits: nothing is lost, they go into its plans
        // folder under a name of their own.
        data::MixturePlan plan = currentPlan();
        // (A file name, so not translated: planNameProblem accepts ASCII names only.)
        const QString name = (planName_.isEmpty() ? QStringLiteral("untitled") : planName_) + QStringLiteral("-unsaved");
        plan.name = name.toStdString();
        const QString file = planFile(projectDir_, name);
        saveTask_.run([plan, file](const std::atomic<bool>&) {
            QDir().mkpath(QFileInfo(file).path());
            plan.save(file.toStdString());
            return true;
        }, [](bool, const QString&) {});
        if (context_ != nullptr)
            context_->showStatusMessage(tr("The unsaved plan was kept as %1.").arg(QDir::toNativeSeparators(file)));
    }
    projectDir_ = dir;
    catalog_ = {};
    planName_.clear();
    pristine_ = true;
    showPlan(defaultPlan());
    setDirty(false);
    setStatus({});
}

void PlanEditor::setCatalog(const PlanCatalog& catalog)
{
    const data::MixturePlan plan = currentPlan();
    catalog_ = catalog;
    const QString hint = tr("Each row is a dataset tokenized into shards (the Tokenizer step's Shards tab). Tick the ones "
                            "to train on; mark general data as replay.");
    sourcesHint_->setText(catalog_.unsharded.isEmpty()
                              ? hint
                              : tr("%1 Not tokenized yet, so not listed: %2.").arg(hint, catalog_.unsharded.join(QStringLiteral(", "))));
    if (pristine_ && planName_.isEmpty() && !dirty_) {
        showPlan(defaultPlan()); // the project's shards, ticked
    } else {
        showing_ = true;
        sources_->setSources(catalog_.sources, plan);
        showing_ = false;
        implyTimer_->start();
    }
    updateTitle();
}

data::MixturePlan PlanEditor::defaultPlan() const
{
    // Every build (one per dataset) in its natural proportion (weights by tokens, so no source is
    // repeated before another), a budget of 90% of one pass over them (the weights' rounding and
    // whole steps stay under one epoch): a start that warns about nothing.
    data::MixturePlan plan;
    plan.name = untitled().toStdString();
    std::set<QString> named;
    int64_t tokens = 0;
    qint64 largest = 1;
    for (const PlanSourceEntry& entry : catalog_.sources)
        largest = std::max(largest, entry.tokens);
    for (const PlanSourceEntry& entry : catalog_.sources) {
        if (!named.insert(entry.dataset).second)
            continue;
        data::MixtureSource source;
        source.name = entry.dataset.toStdString();
        source.shards = entry.shards.toStdString();
        source.weight = std::max(0.01, std::round(100.0 * static_cast<double>(entry.tokens) / static_cast<double>(largest)) / 100.0);
        plan.sources.push_back(source);
        tokens += std::max<qint64>(0, entry.tokens);
    }
    plan.totalTokens = std::max<int64_t>(tokens * 9 / 10, plan.seqLen * plan.globalBatch);
    return plan;
}

data::MixturePlan PlanEditor::currentPlan() const
{
    data::MixturePlan plan = shown_;
    plan.name = (planName_.isEmpty() ? untitled() : planName_).toStdString();
    plan.sources = sources_->sources();
    settings_->fillPlan(plan);
    if (plan.upsample)
        plan.upsample->weights = sources_->upsampleWeights();
    return plan;
}

void PlanEditor::showPlan(const data::MixturePlan& plan)
{
    showing_ = true;
    shown_ = plan;
    sources_->setSources(catalog_.sources, plan);
    settings_->showPlan(plan);
    sources_->setUpsampling(settings_->upsampling());
    showing_ = false;
    implyNow();
}

void PlanEditor::edited()
{
    if (showing_)
        return;
    sources_->setUpsampling(settings_->upsampling());
    pristine_ = false;
    ++editGeneration_;
    setDirty(true);
    implyTimer_->start();
}

bool PlanEditor::isImplicationCurrent() const
{
    return !implyTimer_->isActive() && !implying_;
}

void PlanEditor::implyNow()
{
    implyTimer_->stop();
    const data::MixturePlan plan = currentPlan();
    if (plan.sources.empty()) {
        implyTask_.cancel();
        implying_ = false;
        implication_->showError(catalog_.sources.empty()
                                    ? tr("The project has no token shards yet: build them in the Tokenizer step (Shards tab), "
                                         "then tick them here.")
                                    : tr("Tick at least one source."));
        Q_EMIT implicationShown();
        return;
    }
    implying_ = true;
    implication_->showComputing();
    const std::filesystem::path baseDir = projectDir_.toStdString();
    implyTask_.run(
        [plan, baseDir](const std::atomic<bool>&) {
            Implied implied;
            implied.implication = data::implyMixture(plan, baseDir);
            implied.ok = true;
            return implied;
        },
        [this, plan](Implied implied, const QString& error) {
            implying_ = false;
            if (!implied.ok) {
                implication_->showError(error);
            } else {
                std::optional<double> upsampleAt;
                for (const data::MixtureImplication::Band& band : implied.implication.bands)
                    if (band.phase == "upsample" && !upsampleAt)
                        upsampleAt = band.begin;
                implication_->showImplication(implied.implication, upsampleAt, plan.upsample.has_value());
            }
            Q_EMIT implicationShown();
        });
}

void PlanEditor::loadPlan(const data::MixturePlan& plan, const QString& name)
{
    planName_ = name;
    pristine_ = false;
    showPlan(plan);
    ++editGeneration_;
    setDirty(true);
    setStatus(name.isEmpty() ? tr("A proposed plan: check it and save it to train with it.") : QString());
}

void PlanEditor::openPlan(const QString& name)
{
    if (projectDir_.isEmpty())
        return;
    const QString file = planFile(projectDir_, name);
    setStatus(tr("Opening %1…").arg(name));
    loadTask_.run(
        [file, name](const std::atomic<bool>&) {
            auto loaded = std::make_shared<Loaded>();
            loaded->plan = data::MixturePlan::load(file.toStdString());
            loaded->name = name;
            return loaded;
        },
        [this, file, name](std::shared_ptr<Loaded> loaded, const QString& error) {
            if (!loaded || !error.isEmpty()) {
                setStatus(tr("%1 could not be opened: %2").arg(QDir::toNativeSeparators(file), error));
                updateTitle();
                return;
            }
            planName_ = loaded->name;
            pristine_ = false;
            showPlan(loaded->plan);
            setDirty(false);
            setStatus(tr("Opened %1.").arg(QDir::toNativeSeparators(file)));
            Q_EMIT opened(name);
        });
}

bool PlanEditor::saveAs(const QString& name)
{
    if (const QString problem = planNameProblem(name); !problem.isEmpty()) {
        setStatus(tr("Not saved: %1").arg(problem));
        return false;
    }
    if (projectDir_.isEmpty()) {
        setStatus(tr("Not saved: open a project first."));
        return false;
    }
    data::MixturePlan plan = currentPlan();
    plan.name = name.toStdString();
    const QString file = planFile(projectDir_, name);
    const quint64 generation = editGeneration_;
    setStatus(tr("Saving %1…").arg(name));
    saveTask_.run(
        [plan, file](const std::atomic<bool>&) {
            if (!QDir().mkpath(QFileInfo(file).path()))
                throw std::runtime_error(QStringLiteral("cannot create %1").arg(QFileInfo(file).path()).toStdString());
            plan.save(file.toStdString());
            return true;
        },
        [this, plan, file, name, generation](bool ok, const QString& error) {
            if (!ok || !error.isEmpty()) {
                setStatus(tr("Not saved: %1").arg(error));
                afterSave_ = nullptr;
                return;
            }
            planName_ = name;
            shown_ = plan;
            pristine_ = false;
            if (generation == editGeneration_)
                setDirty(false); // edits made while it was written stay unsaved
            updateTitle();
            setStatus(tr("Saved %1.").arg(QDir::toNativeSeparators(file)));
            if (!catalog_.plans.contains(name)) {
                catalog_.plans << name;
                catalog_.plans.sort();
                updateTitle();
            }
            Q_EMIT saved(name);
            Q_EMIT catalogRequested();
            if (auto then = std::exchange(afterSave_, nullptr))
                then();
        });
    return true;
}

bool PlanEditor::askName(QString* name)
{
    bool ok = false;
    const QString proposed = planName_.isEmpty() ? QString() : planName_;
    *name = QInputDialog::getText(this, tr("Save plan as"),
                                  tr("Name (the file plans/<name>.json in the project):"), QLineEdit::Normal, proposed, &ok)
                .trimmed();
    if (!ok || name->isEmpty())
        return false;
    if (const QString problem = planNameProblem(*name); !problem.isEmpty()) {
        QMessageBox::warning(this, tr("Save plan as"), problem);
        return false;
    }
    if (*name != planName_ && catalog_.plans.contains(*name) &&
        QMessageBox::question(this, tr("Save plan as"), tr("A plan named %1 exists. Replace it?").arg(*name)) != QMessageBox::Yes)
        return false;
    return true;
}

void PlanEditor::save()
{
    if (planName_.isEmpty()) {
        saveAsAsked();
        return;
    }
    saveAs(planName_);
}

void PlanEditor::saveAsAsked()
{
    QString name;
    if (askName(&name))
        saveAs(name);
    else
        afterSave_ = nullptr;
}

void PlanEditor::newPlanAsked()
{
    whenEditsKept([this] {
        planName_.clear();
        pristine_ = true;
        showPlan(defaultPlan());
        setDirty(false);
        setStatus(tr("A new plan from the project's token shards."));
    });
}

bool PlanEditor::deletePlan(const QString& name)
{
    if (projectDir_.isEmpty() || name.isEmpty())
        return false;
    const QString file = planFile(projectDir_, name);
    saveTask_.run([file](const std::atomic<bool>&) {
        if (!QFile::remove(file))
            throw std::runtime_error(QStringLiteral("%1 could not be removed").arg(QDir::toNativeSeparators(file)).toStdString());
        return true;
    }, [this, name, file](bool ok, const QString& error) {
        if (!ok || !error.isEmpty()) {
            setStatus(tr("Not deleted: %1").arg(error));
            return;
        }
        catalog_.plans.removeAll(name);
        if (name == planName_) {
            planName_.clear();
            pristine_ = true;
            showPlan(defaultPlan());
            setDirty(false);
        }
        updateTitle();
        setStatus(tr("Deleted %1.").arg(QDir::toNativeSeparators(file)));
        Q_EMIT catalogRequested();
    });
    return true;
}

void PlanEditor::deletePlanAsked()
{
    if (planName_.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Delete plan"),
                              tr("Delete the plan %1 (plans/%1.json)? Runs that used it keep their settings.").arg(planName_)) !=
        QMessageBox::Yes)
        return;
    deletePlan(planName_); // its unsaved edits go with it

}

void PlanEditor::whenEditsKept(std::function<void()> proceed)
{
    if (!dirty_) {
        proceed();
        return;
    }
    QMessageBox box(this);
    box.setObjectName(QStringLiteral("unsavedPlanBox"));
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(tr("Unsaved plan"));
    box.setText(tr("The plan %1 has unsaved changes.").arg(planName_.isEmpty() ? untitled() : planName_));
    box.setInformativeText(tr("Save them first, or discard them?"));
    QPushButton* saveButton = box.addButton(QMessageBox::Save);
    saveButton->setObjectName(QStringLiteral("savePlanChangesButton"));
    QPushButton* discardButton = box.addButton(QMessageBox::Discard);
    discardButton->setObjectName(QStringLiteral("discardPlanChangesButton"));
    QPushButton* cancelButton = box.addButton(QMessageBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("cancelPlanChangesButton"));
    box.setDefaultButton(saveButton);
    box.setEscapeButton(cancelButton);
    box.exec();
    if (box.clickedButton() == discardButton) {
        setDirty(false);
        proceed();
    } else if (box.clickedButton() == saveButton) {
        afterSave_ = std::move(proceed);
        save();
    }
}

bool PlanEditor::mayClose(QWidget* window)
{
    if (!dirty_)
        return true;
    // Discard answers at once (the window may close now); Save answers after the plan is
    // written, on a worker, and the window is closed again then.
    auto synchronous = std::make_shared<bool>(true);
    auto closeNow = std::make_shared<bool>(false);
    QPointer<QWidget> target(window);
    whenEditsKept([synchronous, closeNow, target] {
        if (*synchronous) {
            *closeNow = true;
            return;
        }
        QTimer::singleShot(0, target, [target] {
            if (target != nullptr)
                target->close();
        });
    });
    *synchronous = false;
    return *closeNow;
}

QString PlanEditor::runTokenizer(QString* problem) const
{
    QStringList tokenizers = sources_->tokenizers();
    const QStringList missing = sources_->sourcesWithoutShards();
    if (!missing.isEmpty()) {
        *problem = tr("%1 has no token shards in this project yet: build them in the Tokenizer step (Shards tab).")
                       .arg(missing.join(QStringLiteral(", ")));
        return {};
    }
    tokenizers.removeDuplicates();
    if (tokenizers.size() > 1) {
        *problem = tr("The sources were tokenized with different tokenizers (%1): a run reads one. Tick builds of the "
                      "same tokenizer.")
                       .arg(tokenizers.join(QStringLiteral(", ")));
        return {};
    }
    if (tokenizers.isEmpty()) {
        *problem = tr("Tick at least one source.");
        return {};
    }
    return tokenizers.front();
}

JobRunner* PlanEditor::startTraining(const QString& base)
{
    if (context_ == nullptr || projectDir_.isEmpty())
        return nullptr;
    if (planName_.isEmpty() || dirty_) {
        setStatus(tr("Not started: save the plan first (a run names the plan's file)."));
        return nullptr;
    }
    if (base.trimmed().isEmpty()) {
        setStatus(tr("Not started: choose a base model."));
        return nullptr;
    }
    QString problem;
    const QString tokenizer = runTokenizer(&problem);
    if (!problem.isEmpty()) {
        setStatus(tr("Not started: %1").arg(problem));
        return nullptr;
    }
    const data::MixturePlan plan = currentPlan();
    const QString spec = planTrainSpec(projectDir_, base.trimmed(), tokenizer, QStringLiteral("plans/%1.json").arg(planName_),
                                       plan, context_->devicePolicy());
    QString error;
    JobRunner* runner = context_->startJob(spec, &error);
    if (runner == nullptr) {
        setStatus(tr("Not started: %1").arg(error));
        return nullptr;
    }
    setStatus(tr("Starting…"));
    const auto follow = [this](qint64 runId) {
        setStatus(tr("Run %1 started with this plan: follow it in the Train step (Run tab) or the Jobs dock.").arg(runId));
        context_->setCurrentRun(runId);
    };
    connect(runner, &JobRunner::runIdAssigned, this, follow);
    connect(runner, &JobRunner::finished, this, [this, runner](JobRunner::State state) {
        if (state == JobRunner::State::Failed && runner->runId() == 0)
            setStatus(tr("Not started: %1").arg(runner->errorString()));
    });
    if (runner->runId() > 0)
        follow(runner->runId());
    Q_EMIT trainingStarted(runner);
    return runner;
}

void PlanEditor::trainAsked()
{
    if (planName_.isEmpty() || dirty_) {
        if (QMessageBox::question(this, tr("Train with this plan"),
                                  tr("A run names the plan's file: save the plan now?")) != QMessageBox::Yes)
            return;
        afterSave_ = [this] { trainAsked(); };
        save();
        return;
    }
    QString problem;
    const QString tokenizer = runTokenizer(&problem);
    if (!problem.isEmpty()) {
        setStatus(tr("Not started: %1").arg(problem));
        return;
    }
    const data::MixturePlan plan = currentPlan();
    const QLocale locale;
    const QString summary =
        tr("The run reads its sources, their mix, the budget and the MeCo settings from plans/%1.json: %2 steps of %3 tokens "
           "(%4 tokens), tokenizer %5. Choose the model to train.")
            .arg(planName_, locale.toString(static_cast<qlonglong>(plan.steps())),
                 locale.toString(static_cast<qlonglong>(plan.seqLen * plan.globalBatch)),
                 locale.toString(static_cast<qlonglong>(plan.steps() * plan.seqLen * plan.globalBatch)),
                 QFileInfo(tokenizer).fileName());
    PlanTrainDialog dialog(summary, catalog_.checkpoints, this);
    if (dialog.exec() == QDialog::Accepted)
        startTraining(dialog.base());
}

void PlanEditor::setStatus(const QString& text)
{
    status_->setText(text);
    status_->setVisible(!text.isEmpty());
}

void PlanEditor::setDirty(bool dirty)
{
    dirty_ = dirty;
    updateTitle();
}

void PlanEditor::updateTitle()
{
    const QString name = planName_.isEmpty() ? untitled() : planName_;
    title_->setText(dirty_ ? tr("<b>%1</b> — unsaved changes").arg(name.toHtmlEscaped()) : tr("<b>%1</b>").arg(name.toHtmlEscaped()));
    planBox_->blockSignals(true);
    planBox_->clear();
    if (planName_.isEmpty())
        planBox_->addItem(tr("(%1)").arg(untitled()), QString());
    for (const QString& plan : catalog_.plans)
        planBox_->addItem(plan, plan);
    planBox_->setCurrentIndex(std::max(0, planBox_->findData(planName_)));
    planBox_->blockSignals(false);
    const bool project = !projectDir_.isEmpty();
    save_->setEnabled(project);
    saveAs_->setEnabled(project);
    delete_->setEnabled(project && !planName_.isEmpty());
    train_->setEnabled(project && context_ != nullptr);
}

} // namespace adaptlab::mixture
