// The in-app help: a short user guide (one section per workflow step, plus the Jobs dock) and a
// glossary of the words the panels use. One source of truth: every text is a tr() string here,
// so it is translated with the rest of the app, and the Help window, the links in the panels'
// hints (adaptlab-help:glossary#minhash, adaptlab-help:guide#inspect) and the tests all read it
// from this one place. Anchors are stable ASCII keys; other panels link to them.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace adaptlab::gui {

struct HelpEntry {
    QString anchor; // e.g. "minhash"
    QString title;  // translated
    QString body;   // translated rich text (paragraphs, lists, links)
};

class HelpContent {
    Q_DECLARE_TR_FUNCTIONS(HelpContent)
public:
    static inline const QString kGuide = QStringLiteral("guide");
    static inline const QString kGlossary = QStringLiteral("glossary");

    static QList<HelpEntry> guide();
    static QList<HelpEntry> glossary();
    // kGuide or kGlossary; empty for another name.
    static QList<HelpEntry> entries(const QString& page);
    static QStringList anchors(const QString& page);
    // The whole page as one HTML document, each entry a heading with <a name="anchor">.
    static QString html(const QString& page);
    // The URL that opens the Help window at an entry: adaptlab-help:glossary#minhash.
    static QString url(const QString& page, const QString& anchor);
};

} // namespace adaptlab::gui
