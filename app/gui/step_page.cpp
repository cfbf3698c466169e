#include "step_page.h"

#include "help_content.h"
#include "panel_context.h"
#include "panel_header.h"
#include "store_access.h"
#include "workflow_steps.h"
#include "store/project_store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QVBoxLayout>

#include <exception>

namespace adaptlab::gui {

namespace {

// A JSON string literal ("...", escaped).
QString jsonString(const QString& text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

} // namespace

QString StepPage::tokenizerSpec(const QString& projectDir, const QStringList& datasets)
{
    // The spec checked with the real adaptlab-cli; the README shows the same one for the demo.
    QStringList names;
    for (const QString& name : datasets.isEmpty() ? QStringList{QStringLiteral("gcide"), QStringLiteral("foldoc")} : datasets)
        names << jsonString(name);
    return QStringLiteral("{\"version\": 1, \"kind\": \"train_tokenizer\", \"project\": %1,\n"
                          " \"params\": {\"datasets\": [%2], \"vocab_size\": 4000,\n"
                          "            \"model_type\": \"unigram\", \"name\": \"my-tokenizer\"}}")
        .arg(jsonString(projectDir.isEmpty() ? QStringLiteral("/path/to/project") : projectDir),
             names.join(QStringLiteral(", ")));
}

QString StepPage::todayText(const QString& step, const QString& projectDir, const QStringList& datasets)
{
    if (step == QLatin1String("Tokenizer"))
        return tr("<p>Tokenizers are trained from the command line today, as a job of your project. Save "
                  "this as <code>tokenizer.json</code> (with your project's folder and the datasets to train "
                  "on; the open project's are filled in):</p>"
                  "<pre>%1</pre>"
                  "<p>then run <code>adaptlab-cli run tokenizer.json</code>. The tokenizer is saved in the "
                  "project's <code>tokenizers/</code> folder, the run appears in the Project step, and its "
                  "result gives the fertility (tokens per word) and coverage on held-out documents of "
                  "each dataset.</p>")
            .arg(tokenizerSpec(projectDir, datasets).toHtmlEscaped());
    if (step == QLatin1String("Mixture"))
        return tr("<p>Nothing to do here yet. Meanwhile, prepare each dataset you plan to mix in the Data "
                  "and Inspect steps; Inspect's Select action already picks the part of a large general "
                  "dataset that looks most like your domain.</p>");
    if (step == QLatin1String("Train"))
        return tr("<p>Nothing to do here yet. Meanwhile, bring your corpora in (Data), clean and "
                  "deduplicate them (Inspect), and train a tokenizer from the command line (see the "
                  "Tokenizer step).</p>");
    if (step == QLatin1String("Evaluate"))
        return tr("<p>Nothing to do here yet. The tokenizer job already measures how well a tokenizer "
                  "fits each dataset (fertility and coverage on held-out documents).</p>");
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
    refresh();
    title->setVisible(!today_->text().isEmpty());
    today_->setVisible(!today_->text().isEmpty());
    if (context_ != nullptr) {
        connect(context_, &PanelContext::projectChanged, this, &StepPage::refresh);
        connect(context_, &PanelContext::storeChanged, this, &StepPage::refresh);
    }

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

void StepPage::refresh()
{
    // The folder at once; the datasets from the reader's own connection, so that this thread never
    // waits on the store's write lock (the placeholders show until the answer comes).
    const quint64 generation = ++generation_;
    if (context_ == nullptr || context_->store() == nullptr) {
        if (reader_ != nullptr)
            reader_->setProject({});
        today_->setText(todayText(step_, {}, {}));
        Q_EMIT refreshed();
        return;
    }
    const QString projectDir = context_->projectDir();
    today_->setText(todayText(step_, projectDir, {}));
    if (reader_ == nullptr)
        reader_ = new StoreReader(this);
    const QString dir = QString::fromStdString(context_->store()->root().string());
    if (reader_->projectDir() != dir)
        reader_->setProject(dir);
    reader_->read(
        this,
        [](const store::ProjectStore& reading) {
            QStringList datasets;
            for (const auto& dataset : reading.datasets())
                datasets << QString::fromStdString(dataset.name);
            return datasets;
        },
        [this, generation, projectDir](const QStringList& datasets, const QString& error) {
            if (generation != generation_)
                return; // a newer refresh (or another project) is on its way
            // On an error the placeholders stay; the command is still right in shape.
            if (error.isEmpty())
                today_->setText(todayText(step_, projectDir, datasets));
            Q_EMIT refreshed();
        });
}

} // namespace adaptlab::gui
