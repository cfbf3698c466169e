#include "mixture_panel.h"

#include "plan_editor.h"

#include "panel_context.h"
#include "panel_header.h"
#include "store_access.h"

#include <QCloseEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

// The other tabs are their own files (issue 12's "laws" and "cluster" parts); each is two lines
// below once its header exists.
#if __has_include("laws_tab.h")
#include "laws_tab.h"
#define ADAPTLAB_MIXTURE_LAWS_TAB 1
#endif
#if __has_include("clusters_tab.h")
#include "clusters_tab.h"
#define ADAPTLAB_MIXTURE_CLUSTERS_TAB 1
#endif

namespace adaptlab::mixture {

namespace {
// A tab in a scroll area: its content keeps its size on a short window instead of raising the
// main window's minimum height (every panel shares one window).
QScrollArea* scrolled(QWidget* content, QWidget* parent)
{
    auto* area = new QScrollArea(parent);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}
} // namespace

MixturePanel::MixturePanel(PanelContext* context, QWidget* parent) : QWidget(parent), context_(context)
{
    auto* header = new PanelHeader(
        tr("Mixture"),
        tr("Decide what a run trains on before you start it: how much of each source, for how many tokens, how much "
           "general data to replay so the model keeps what it knew, and whether to upsample the domain at the end or "
           "condition on metadata. The plan shows at once how often each source is repeated and when it runs out."),
        this);
    header->setObjectName(QStringLiteral("mixtureHeader"));
    header->setHelpLinks(tr("<a href=\"adaptlab-help:guide#mixture\">The Mixture step in the guide</a> · "
                            "<a href=\"adaptlab-help:glossary#replay\">replay</a> · "
                            "<a href=\"adaptlab-help:glossary#upsampling\">upsampling</a> · "
                            "<a href=\"adaptlab-help:glossary#epoch\">epochs</a> · "
                            "<a href=\"adaptlab-help:glossary#meco\">MeCo</a>"));

    emptyPage_ = new QWidget(this);
    auto* emptyLayout = new QVBoxLayout(emptyPage_);
    emptyLayout->addWidget(new QLabel(tr("Open or create a project (File menu) to plan a mixture in it."), emptyPage_));
    emptyLayout->addStretch(1);

    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("mixtureTabs"));
    editor_ = new PlanEditor(context_, tabs_);
    tabs_->addTab(editor_, tr("Plan"));
    tabs_->setTabToolTip(tabs_->indexOf(editor_), tr("The sources, their weights and the budget of a run, and what they imply."));
    connect(editor_, &PlanEditor::catalogRequested, this, &MixturePanel::refresh);
#ifdef ADAPTLAB_MIXTURE_LAWS_TAB
    auto* laws = new LawsTab(context_, tabs_);
    tabs_->addTab(scrolled(laws, tabs_), tr("Scaling laws"));
    connect(laws, &LawsTab::planProposed, this, [this](const data::MixturePlan& plan) {
        editor_->whenEditsKept([this, plan] {
            editor_->loadPlan(plan);
            tabs_->setCurrentWidget(editor_);
        });
    });
#endif
#ifdef ADAPTLAB_MIXTURE_CLUSTERS_TAB
    auto* clusters = new ClustersTab(context_, tabs_);
    tabs_->addTab(scrolled(clusters, tabs_), tr("Clusters"));
    connect(clusters, &ClustersTab::datasetsCreated, this, &MixturePanel::refresh);
#endif

    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("mixturePanelStatus"));
    status_->setWordWrap(true);
    status_->hide();

    stack_ = new QStackedWidget(this);
    stack_->addWidget(emptyPage_);
    stack_->addWidget(tabs_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(header);
    layout->addWidget(status_);
    layout->addWidget(stack_, 1);

    reader_ = new StoreReader(this);
    if (context_ != nullptr) {
        connect(context_, &PanelContext::projectChanged, this, &MixturePanel::projectChanged);
        connect(context_, &PanelContext::storeChanged, this, &MixturePanel::refresh);
    }
    projectChanged();
}

MixturePanel::~MixturePanel()
{
    if (watchedWindow_ != nullptr)
        watchedWindow_->removeEventFilter(this);
}

bool MixturePanel::showsEmptyState() const
{
    return stack_->currentWidget() == emptyPage_;
}

void MixturePanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The panel is parented into the window after it is made: watch the window's close from the
    // first time it shows.
    QWidget* top = window();
    if (top != this && top != watchedWindow_) {
        if (watchedWindow_ != nullptr)
            watchedWindow_->removeEventFilter(this);
        watchedWindow_ = top;
        top->installEventFilter(this);
        connect(top, &QObject::destroyed, this, [this, top] {
            if (watchedWindow_ == top)
                watchedWindow_ = nullptr;
        });
    }
}

bool MixturePanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == watchedWindow_ && event->type() == QEvent::Close && !editor_->mayClose(watchedWindow_)) {
        event->ignore();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void MixturePanel::projectChanged()
{
    editor_->setProjectDir(context_ != nullptr ? context_->projectDir() : QString());
    refresh();
}

void MixturePanel::refresh()
{
    store::ProjectStore* store = context_ != nullptr ? context_->store() : nullptr;
    if (store == nullptr) {
        ++generation_;
        reading_ = false;
        reader_->setProject({});
        stack_->setCurrentWidget(emptyPage_);
        status_->hide();
        Q_EMIT refreshed();
        return;
    }
    stack_->setCurrentWidget(tabs_);
    const QString dir = QString::fromStdString(store->root().string());
    if (reader_->projectDir() != dir)
        reader_->setProject(dir);
    if (reading_) {
        readAgain_ = true;
        return;
    }
    reading_ = true;
    const quint64 generation = ++generation_;
    reader_->read(
        this, [](const store::ProjectStore& reading) { return readPlanCatalog(reading); },
        [this, generation](PlanCatalog catalog, const QString& error) {
            if (generation != generation_)
                return;
            reading_ = false;
            showCatalog(std::move(catalog), error);
            if (readAgain_) {
                readAgain_ = false;
                refresh();
            }
        });
}

void MixturePanel::showCatalog(PlanCatalog catalog, const QString& error)
{
    if (!error.isEmpty()) {
        status_->setText(tr("The project store could not be read: %1").arg(error));
        status_->show();
        Q_EMIT refreshed();
        return;
    }
    status_->hide();
    catalog_ = std::move(catalog);
    editor_->setCatalog(catalog_);
    Q_EMIT refreshed();
}

} // namespace adaptlab::mixture
