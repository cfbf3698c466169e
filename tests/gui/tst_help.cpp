// Help (issue 7): the guide and glossary have every anchor the panels link to, every link in the
// help and in the main window resolves, an adaptlab-help: link anywhere opens the Help window at
// its entry, the Help menu has User guide, Glossary, Plugins and About; the steps without a panel
// speak to users (the tokenizer command they show is a spec the engine accepts); plugin names match
// the sidebar; Qt's own dialogs speak German; the status bar's BLAS text is built from parts.
#include "app_context.h"
#include "app_settings.h"
#include "app_style.h"
#include "app_test_support.h"
#include "gui_test_support.h"
#include "help_content.h"
#include "help_window.h"
#include "main_window.h"
#include "step_page.h"

#include "jobs/job_spec.h"
#include "runtime/runtime.h"

#include <QAction>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QTextBlock>
#include <QTextDocument>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using adaptlab::gui::AppSettings;
using adaptlab::gui::HelpContent;
using adaptlab::gui::HelpWindow;
using adaptlab::gui::MainWindow;
namespace testing = adaptlab::testing;

namespace {

// Every href in a piece of rich text.
QStringList linksIn(const QString& html)
{
    QStringList links;
    static const QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
    for (auto it = href.globalMatch(html); it.hasNext();)
        links << it.next().captured(1);
    return links;
}

// Whether an adaptlab-help: link (or "#anchor" within PAGE) names an entry that exists.
bool resolves(const QString& link, const QString& page = {})
{
    const QUrl url(link);
    if (link.startsWith(QLatin1Char('#')))
        return HelpContent::anchors(page).contains(link.mid(1));
    if (url.scheme() != QLatin1String("adaptlab-help"))
        return true; // not ours
    if (HelpContent::entries(url.path()).isEmpty())
        return false;
    return url.fragment().isEmpty() || HelpContent::anchors(url.path()).contains(url.fragment());
}

} // namespace

class TestHelp : public QObject {
    Q_OBJECT

private:
    QTemporaryDir temp_;
    std::unique_ptr<MainWindow> window_;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(temp_.isValid());
        testing::prepareApp(temp_);
        window_ = std::make_unique<MainWindow>(QStringList{qEnvironmentVariable("ADAPTLAB_BUILD_DIR") + QStringLiteral("/plugins")});
        window_->resize(1280, 800);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    }

    void cleanupTestCase()
    {
        window_.reset();
        AppSettings::installTranslators(QStringLiteral("en"));
    }

    // Other panels link to these; they must stay.
    void everyPromisedAnchorExists_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("anchor");
        for (const char* a : {"gopher", "c4", "minhash", "jaccard", "lsh", "near-duplicate", "exact-duplicate", "dsir",
                              "kl", "fertility", "perplexity", "quality-rule", "signals-file", "provenance", "dataset",
                              "document", "record", "run", "tokenizer", "cpt", "sft", "meco", "replay", "lora",
                              "chat-template", "instruction-residual", "gguf", "epoch", "upsampling", "scaling-law", "clustering"})
            QTest::addRow("glossary#%s", a) << HelpContent::kGlossary << QString::fromLatin1(a);
        for (const char* a : {"project", "data", "inspect", "tokenizer", "mixture", "train", "evaluate", "compare", "jobs"})
            QTest::addRow("guide#%s", a) << HelpContent::kGuide << QString::fromLatin1(a);
    }

    void everyPromisedAnchorExists()
    {
        QFETCH(QString, page);
        QFETCH(QString, anchor);
        QVERIFY(HelpContent::anchors(page).contains(anchor));
        QVERIFY(HelpContent::html(page).contains(QStringLiteral("<a name=\"%1\">").arg(anchor)));
        for (const auto& entry : HelpContent::entries(page)) {
            if (entry.anchor == anchor)
                QVERIFY2(entry.body.size() > 80 && !entry.title.isEmpty(), qPrintable(anchor));
        }
        QVERIFY(resolves(HelpContent::url(page, anchor)));
    }

    void linksInTheHelpResolve_data()
    {
        QTest::addColumn<QString>("page");
        QTest::newRow("guide") << HelpContent::kGuide;
        QTest::newRow("glossary") << HelpContent::kGlossary;
    }

    void linksInTheHelpResolve()
    {
        QFETCH(QString, page);
        const QStringList links = linksIn(HelpContent::html(page));
        QVERIFY(!links.isEmpty());
        for (const QString& link : links)
            QVERIFY2(resolves(link, page), qPrintable(link));
        QVERIFY(!resolves(QStringLiteral("adaptlab-help:glossary#no-such-term"))); // the check can fail
    }

    // Every adaptlab-help: link a label of the window shows (panel hints, step pages) resolves, and
    // the Data panel and the step pages have some.
    void linksInTheWindowResolve()
    {
        QStringList links;
        for (QLabel* label : window_->findChildren<QLabel*>())
            links += linksIn(label->text());
        for (const QString& link : links)
            QVERIFY2(resolves(link), qPrintable(link));
        const auto hasLink = [](QWidget* page, const QString& to) {
            for (QLabel* label : page->findChildren<QLabel*>())
                if (label->text().contains(to) && label->openExternalLinks())
                    return true;
            return false;
        };
        QVERIFY(hasLink(window_->pageFor(QStringLiteral("Data")), QStringLiteral("adaptlab-help:guide#data")));
        QVERIFY(hasLink(window_->pageFor(QStringLiteral("Data")), QStringLiteral("adaptlab-help:glossary#provenance")));
        for (const QString step : {QStringLiteral("Tokenizer"), QStringLiteral("Mixture"), QStringLiteral("Train"),
                                   QStringLiteral("Evaluate"), QStringLiteral("Compare")})
            QVERIFY2(hasLink(window_->pageFor(step), QStringLiteral("adaptlab-help:guide#%1").arg(step.toLower())),
                     qPrintable(step));
    }

    // A link anywhere goes through QDesktopServices to the main window, which opens the Help window.
    void aHelpLinkOpensTheHelpWindowAtItsEntry_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("anchor");
        QTest::newRow("glossary term") << QStringLiteral("adaptlab-help:glossary#minhash") << HelpContent::kGlossary
                                       << QStringLiteral("minhash");
        QTest::newRow("guide section") << QStringLiteral("adaptlab-help:guide#inspect") << HelpContent::kGuide
                                       << QStringLiteral("inspect");
        QTest::newRow("a page") << QStringLiteral("adaptlab-help:glossary") << HelpContent::kGlossary
                                << HelpContent::anchors(HelpContent::kGlossary).front();
    }

    void aHelpLinkOpensTheHelpWindowAtItsEntry()
    {
        QFETCH(QString, url);
        QFETCH(QString, page);
        QFETCH(QString, anchor);
        QVERIFY(QDesktopServices::openUrl(QUrl(url)));
        HelpWindow* help = window_->helpWindow();
        QVERIFY(help != nullptr);
        QTRY_VERIFY(help->isVisible());
        QCOMPARE(help->currentPage(), page);
        QCOMPARE(help->currentAnchor(), anchor);
        // The entry is in view: its heading is at the top of the browser.
        QTextBrowser* browser = help->browser(page);
        QTextBlock heading;
        for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next())
            if (block.blockFormat().headingLevel() > 0 && block.text() == help->contents(page)->currentItem()->text())
                heading = block;
        QVERIFY(heading.isValid());
        const QRect where = browser->cursorRect(QTextCursor(heading));
        QVERIFY2(where.top() >= 0 && where.top() < browser->viewport()->height() / 2,
                 qPrintable(QStringLiteral("%1 at y=%2").arg(anchor).arg(where.top())));
        if (anchor == QLatin1String("minhash")) {
            QTest::qWait(50);
            QVERIFY(help->grab().save(testing::screenshotDir() + QStringLiteral("/help_glossary.png")));
        }
        if (anchor == QLatin1String("inspect")) {
            QTest::qWait(50);
            QVERIFY(help->grab().save(testing::screenshotDir() + QStringLiteral("/help_guide.png")));
        }
    }

    // Links inside the help move within it: a term in the guide opens the glossary.
    void linksInsideTheHelpMoveWithinIt()
    {
        window_->showHelp(HelpContent::kGuide, QStringLiteral("inspect"));
        HelpWindow* help = window_->helpWindow();
        Q_EMIT help->browser(HelpContent::kGuide)->anchorClicked(QUrl(QStringLiteral("adaptlab-help:glossary#dsir")));
        QCOMPARE(help->currentPage(), HelpContent::kGlossary);
        QCOMPARE(help->currentAnchor(), QStringLiteral("dsir"));
        Q_EMIT help->browser(HelpContent::kGlossary)->anchorClicked(QUrl(QStringLiteral("#kl")));
        QCOMPARE(help->currentAnchor(), QStringLiteral("kl"));
        QVERIFY(!help->showUrl(QUrl(QStringLiteral("https://example.org"))));
        QVERIFY(!help->showEntry(QStringLiteral("nowhere")));
    }

    void helpMenuHasGuideGlossaryPluginsAbout()
    {
        QMenu* help = window_->menuBar()->findChild<QMenu*>(QStringLiteral("helpMenu"));
        QVERIFY(help != nullptr);
        QStringList texts;
        for (QAction* action : help->actions())
            if (!action->isSeparator())
                texts << action->text();
        QCOMPARE(texts, (QStringList{QStringLiteral("&User Guide"), QStringLiteral("&Glossary"), QStringLiteral("&Plugins"),
                                     QStringLiteral("&About AdaptLab")}));
        help->findChild<QAction*>(QStringLiteral("helpGlossaryAction"));
        for (QAction* action : help->actions()) {
            if (action->objectName() == QLatin1String("helpGlossaryAction"))
                action->trigger();
        }
        QCOMPARE(window_->helpWindow()->currentPage(), HelpContent::kGlossary);
        for (QAction* action : help->actions()) {
            if (action->objectName() == QLatin1String("helpPluginsAction"))
                action->trigger();
        }
        QCOMPARE(window_->currentKey(), MainWindow::kPluginsKey);
    }

    // The steps without a panel: a user's words, no plugin folders, and what works today.
    void stepPagesSpeakToUsers_data()
    {
        QTest::addColumn<QString>("step");
        for (const char* step : {"Compare"}) // Tokenizer (issue 9), Train (issue 10), Evaluate (issue 11) and Mixture (issue 12) have their panels
            QTest::newRow(step) << QString::fromLatin1(step);
    }

    void stepPagesSpeakToUsers()
    {
        QFETCH(QString, step);
        auto* page = qobject_cast<adaptlab::gui::StepPage*>(window_->pageFor(step));
        QVERIFY(page != nullptr);
        QString all;
        for (QLabel* label : page->findChildren<QLabel*>())
            all += label->text() + QLatin1Char('\n');
        for (const char* developerWords : {"plugin", "Plugin", "build", "folders searched"})
            QVERIFY2(!all.contains(QLatin1String(developerWords)), qPrintable(all));
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("notAvailableNotice"))->text().contains(QStringLiteral("Not in AdaptLab yet")));
        QVERIFY(!adaptlab::gui::StepPage::todayText(step).isEmpty());
    }

    // The guide describes the Tokenizer panel, and its glossary links resolve.
    void guideDescribesTheTokenizerPanel()
    {
        const QString guide = HelpContent::html(HelpContent::kGuide);
        QVERIFY(!guide.contains(QStringLiteral("Tokenizer panel is not in the app yet")));
        QVERIFY(guide.contains(QStringLiteral("The Tokenizer panel lists")));
        const QStringList glossary = HelpContent::anchors(HelpContent::kGlossary);
        for (const char* anchor : {"vocabulary-gap", "token-shard", "byte-fallback", "fertility"})
            QVERIFY2(glossary.contains(QLatin1String(anchor)), anchor);
    }

    void pluginNamesMatchTheSidebar()
    {
        QCOMPARE(window_->panelsFor(QStringLiteral("Data")), QStringList{QStringLiteral("Data")});
        QCOMPARE(window_->panelsFor(QStringLiteral("Inspect")), QStringList{QStringLiteral("Inspect")});
    }

    // The BLAS text is built from its parts, so it follows the language.
    void blasTextIsBuiltFromItsParts()
    {
        adaptlab::runtime::RuntimeInfo info;
        info.blasKind = adaptlab::runtime::BlasKind::OpenBlas;
        info.blasName = "OpenBLAS 0.3.21";
        info.blasThreading = "openmp";
        info.blasThreads = 2;
        QCOMPARE(MainWindow::blasText(info), QStringLiteral("OpenBLAS 0.3.21 (openmp, 2 threads)"));
        info.blasThreads = 1;
        QCOMPARE(MainWindow::blasText(info), QStringLiteral("OpenBLAS 0.3.21 (openmp, 1 thread)"));
        info.blasKind = adaptlab::runtime::BlasKind::Reference;
        QCOMPARE(MainWindow::blasText(info), QStringLiteral("reference BLAS (slow: install libopenblas0-openmp)"));
        // The real runtime: the same words as the engine's own one-line description.
        const auto real = adaptlab::runtime::configure();
        QCOMPARE(MainWindow::blasText(real), QString::fromStdString(real.blas));
    }

    // Qt's own strings (standard buttons) follow the language: qtbase_<lang> is loaded beside ours.
    void qtsOwnDialogsSpeakTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("cancel");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Abbrechen");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("取消");
    }

    void qtsOwnDialogsSpeakTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, cancel);
        QVERIFY(AppSettings::installTranslators(language));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), cancel);
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')), cancel);
        AppSettings::installTranslators(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    }
};

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
