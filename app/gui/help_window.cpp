#include "help_window.h"

#include "help_content.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QListWidget>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace adaptlab::gui {

HelpWindow::HelpWindow(QWidget* parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("AdaptLab Help"));
    tabs_ = new QTabWidget(this);
    tabs_->setDocumentMode(true);
    tabs_->addTab(makePage(HelpContent::kGuide), tr("User guide"));
    tabs_->addTab(makePage(HelpContent::kGlossary), tr("Glossary"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(tabs_);
    resize(940, 680);
}

QWidget* HelpWindow::makePage(const QString& key)
{
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("helpPage_%1").arg(key));
    Page page;
    page.key = key;
    page.contents = new QListWidget(splitter);
    page.contents->setObjectName(QStringLiteral("helpContents_%1").arg(key));
    for (const HelpEntry& entry : HelpContent::entries(key)) {
        auto* item = new QListWidgetItem(entry.title, page.contents);
        item->setData(Qt::UserRole, entry.anchor);
    }
    page.text = new QTextBrowser(splitter);
    page.text->setObjectName(QStringLiteral("helpText_%1").arg(key));
    // Links are handled here: within the page, to the other page, or out to the desktop.
    page.text->setOpenLinks(false);
    page.text->document()->setDefaultStyleSheet(
        QStringLiteral("h2 { margin-top: 18px; } pre { background: #f3f5f7; } p { line-height: 130%; }"));
    page.text->setHtml(HelpContent::html(key));
    connect(page.text, &QTextBrowser::anchorClicked, this, &HelpWindow::followLink);
    QListWidget* contents = page.contents;
    QTextBrowser* text = page.text;
    connect(contents, &QListWidget::currentItemChanged, this, [text](QListWidgetItem* item) {
        if (item != nullptr)
            text->scrollToAnchor(item->data(Qt::UserRole).toString());
    });
    splitter->addWidget(page.contents);
    splitter->addWidget(page.text);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({220, 700});
    pages_.append(page);
    return splitter;
}

const HelpWindow::Page* HelpWindow::page(const QString& key) const
{
    for (const Page& p : pages_)
        if (p.key == key)
            return &p;
    return nullptr;
}

bool HelpWindow::showEntry(const QString& key, const QString& anchor)
{
    const Page* p = page(key);
    if (p == nullptr)
        return false;
    tabs_->setCurrentIndex(static_cast<int>(p - pages_.constData()));
    int row = 0;
    for (int i = 0; i < p->contents->count(); ++i)
        if (p->contents->item(i)->data(Qt::UserRole).toString() == anchor)
            row = i;
    // Shown first: scrolling needs the laid-out document. Selecting the entry scrolls to it;
    // scroll again when it was selected already.
    show();
    raise();
    activateWindow();
    p->contents->setCurrentRow(row);
    p->text->scrollToAnchor(p->contents->item(row)->data(Qt::UserRole).toString());
    return true;
}

bool HelpWindow::showUrl(const QUrl& url)
{
    if (url.scheme() != QLatin1String("adaptlab-help"))
        return false;
    return showEntry(url.path(), url.fragment());
}

void HelpWindow::followLink(const QUrl& url)
{
    if (url.scheme() == QLatin1String("adaptlab-help")) {
        showUrl(url);
    } else if (url.scheme().isEmpty() && url.path().isEmpty() && !url.fragment().isEmpty()) {
        showEntry(currentPage(), url.fragment()); // "#minhash" within the page
    } else {
        QDesktopServices::openUrl(url);
    }
}

QString HelpWindow::currentPage() const
{
    const int index = tabs_->currentIndex();
    return index >= 0 && index < pages_.size() ? pages_.at(index).key : QString();
}

QString HelpWindow::currentAnchor() const
{
    const Page* p = page(currentPage());
    const QListWidgetItem* item = p != nullptr ? p->contents->currentItem() : nullptr;
    return item != nullptr ? item->data(Qt::UserRole).toString() : QString();
}

QTextBrowser* HelpWindow::browser(const QString& key) const
{
    const Page* p = page(key);
    return p != nullptr ? p->text : nullptr;
}

QListWidget* HelpWindow::contents(const QString& key) const
{
    const Page* p = page(key);
    return p != nullptr ? p->contents : nullptr;
}

} // namespace adaptlab::gui
