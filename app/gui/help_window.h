// The Help window: the user guide and the glossary (HelpContent), each a page with its contents
// list beside the text. Opened from the Help menu and by any adaptlab-help: link in the app
// (QDesktopServices routes the scheme to MainWindow, which calls showUrl()).
#pragma once

#include <QUrl>
#include <QWidget>

class QListWidget;
class QTabWidget;
class QTextBrowser;

namespace adaptlab::gui {

class HelpWindow final : public QWidget {
    Q_OBJECT
public:
    explicit HelpWindow(QWidget* parent = nullptr);

    // Shows PAGE (HelpContent::kGuide or kGlossary) at ANCHOR (its start when empty or unknown).
    // False for an unknown page.
    bool showEntry(const QString& page, const QString& anchor = {});
    // adaptlab-help:glossary#minhash; false when the URL names no page.
    bool showUrl(const QUrl& url);

    QString currentPage() const;
    QString currentAnchor() const; // the entry selected in the contents list
    QTextBrowser* browser(const QString& page) const;
    QListWidget* contents(const QString& page) const;

private:
    struct Page {
        QString key;
        QListWidget* contents = nullptr;
        QTextBrowser* text = nullptr;
    };
    QWidget* makePage(const QString& key);
    void followLink(const QUrl& url);
    const Page* page(const QString& key) const;

    QTabWidget* tabs_ = nullptr;
    QList<Page> pages_;
};

} // namespace adaptlab::gui
