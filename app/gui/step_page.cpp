#include "step_page.h"

#include "help_content.h"
#include "panel_context.h"
#include "panel_header.h"
#include "workflow_steps.h"

#include <QLabel>
#include <QVBoxLayout>

namespace adaptlab::gui {

QString StepPage::todayText(const QString& step)
{
    if (step == QLatin1String("Train"))
        return tr("<p>Nothing to do here yet. Meanwhile, bring your corpora in (Data), clean and "
                  "deduplicate them (Inspect), and train or import a tokenizer and turn your datasets into "
                  "token shards (Tokenizer): training will read them without tokenizing again.</p>");
    if (step == QLatin1String("Evaluate"))
        return tr("<p>Nothing to do here yet. The Tokenizer step already measures how well a tokenizer "
                  "fits each dataset (fertility, byte fallback and the words that cost the most tokens).</p>");
    if (step == QLatin1String("Compare"))
        return tr("<p>Nothing to do here yet. The Project step lists every run with its status, and each "
                  "run's folder (<code>runs/&lt;number&gt;/</code> in the project) keeps its settings, log "
                  "and results.</p>");
    return {};
}

StepPage::StepPage(const QString& step, PanelContext* context, QWidget* parent)
    : QWidget(parent), step_(step), context_(context)
{
    setObjectName(QStringLiteral("stepPage_%1").arg(step));
    auto* header = new PanelHeader(WorkflowSteps::title(step), WorkflowSteps::purpose(step), this);
    const QString anchor = step.toLower();
    if (HelpContent::anchors(HelpContent::kGuide).contains(anchor))
        header->setHelpLinks(tr("Help: <a href=\"%1\">what this step is for</a> · <a href=\"%2\">glossary</a>")
                                 .arg(HelpContent::url(HelpContent::kGuide, anchor),
                                      HelpContent::url(HelpContent::kGlossary, QString())));

    auto* notice = new QLabel(tr("<b>Not in AdaptLab yet.</b> The panel for this step is still being "
                                 "built and comes with a later version."),
                              this);
    notice->setObjectName(QStringLiteral("notAvailableNotice"));
    notice->setProperty("role", QStringLiteral("notice"));
    notice->setWordWrap(true);

    auto* title = new QLabel(tr("What you can do today"), this);
    title->setProperty("role", QStringLiteral("sectionTitle"));
    today_ = new QLabel(this);
    today_->setObjectName(QStringLiteral("todayText"));
    today_->setTextFormat(Qt::RichText);
    today_->setWordWrap(true);
    today_->setTextInteractionFlags(Qt::TextBrowserInteraction);
    today_->setOpenExternalLinks(true);
    today_->setText(todayText(step));
    title->setVisible(!today_->text().isEmpty());
    today_->setVisible(!today_->text().isEmpty());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    layout->addWidget(header);
    layout->addWidget(notice);
    layout->addWidget(title);
    layout->addWidget(today_);
    layout->addStretch(1);
}

QString StepPage::step() const
{
    return step_;
}

} // namespace adaptlab::gui
