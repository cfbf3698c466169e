// PanelHeader: the top of every panel: its title and one paragraph on what the panel does and
// when to use it, so a user who is not an ML engineer knows where they are; optionally a line of
// links into the in-app help (adaptlab-help:guide#data, adaptlab-help:glossary#minhash, ...).
#pragma once

#include "adaptlab_widgets_export.h"

#include <QWidget>

class QLabel;

namespace adaptlab {

class ADAPTLAB_WIDGETS_EXPORT PanelHeader final : public QWidget {
    Q_OBJECT
    Q_PROPERTY(QString title READ title WRITE setTitle)
    Q_PROPERTY(QString explanation READ explanation WRITE setExplanation)
public:
    explicit PanelHeader(const QString& title, const QString& explanation,
                         QWidget* parent = nullptr);
    explicit PanelHeader(QWidget* parent = nullptr);

    QString title() const;
    void setTitle(const QString& title);
    // Plain text, one paragraph; it wraps to the panel's width.
    QString explanation() const;
    void setExplanation(const QString& explanation);
    // Rich text with links, shown under the explanation (hidden while empty). Links open through
    // QDesktopServices, so adaptlab-help: links open the Help window.
    QString helpLinks() const;
    void setHelpLinks(const QString& richText);

    QLabel* titleLabel() const { return titleLabel_; }
    QLabel* explanationLabel() const { return explanationLabel_; }
    QLabel* helpLinksLabel() const { return helpLinksLabel_; }

private:
    QLabel* titleLabel_ = nullptr;
    QLabel* explanationLabel_ = nullptr;
    QLabel* helpLinksLabel_ = nullptr;
};

} // namespace adaptlab
