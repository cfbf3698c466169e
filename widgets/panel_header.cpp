// PanelHeader: a larger bold title over a wrapped, selectable explanation.
#include "panel_header.h"

#include <QLabel>
#include <QVBoxLayout>

namespace adaptlab {

PanelHeader::PanelHeader(const QString& title, const QString& explanation, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("panelHeader"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    titleLabel_ = new QLabel(title, this);
    titleLabel_->setObjectName(QStringLiteral("panelTitle"));
    QFont titleFont = titleLabel_->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    titleLabel_->setFont(titleFont);

    explanationLabel_ = new QLabel(explanation, this);
    explanationLabel_->setObjectName(QStringLiteral("panelExplanation"));
    explanationLabel_->setTextFormat(Qt::PlainText);
    explanationLabel_->setWordWrap(true);
    explanationLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    helpLinksLabel_ = new QLabel(this);
    helpLinksLabel_->setObjectName(QStringLiteral("panelHelpLinks"));
    helpLinksLabel_->setTextFormat(Qt::RichText);
    helpLinksLabel_->setWordWrap(true);
    helpLinksLabel_->setOpenExternalLinks(true);
    helpLinksLabel_->setTextInteractionFlags(Qt::TextBrowserInteraction);
    helpLinksLabel_->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->setSpacing(4);
    layout->addWidget(titleLabel_);
    layout->addWidget(explanationLabel_);
    layout->addWidget(helpLinksLabel_);
}

PanelHeader::PanelHeader(QWidget* parent)
    : PanelHeader(QString(), QString(), parent)
{
}

QString PanelHeader::title() const
{
    return titleLabel_->text();
}

void PanelHeader::setTitle(const QString& title)
{
    titleLabel_->setText(title);
}

QString PanelHeader::explanation() const
{
    return explanationLabel_->text();
}

void PanelHeader::setExplanation(const QString& explanation)
{
    explanationLabel_->setText(explanation);
}

} // namespace adaptlab

namespace adaptlab {

QString PanelHeader::helpLinks() const
{
    return helpLinksLabel_->text();
}

void PanelHeader::setHelpLinks(const QString& richText)
{
    helpLinksLabel_->setText(richText);
    helpLinksLabel_->setVisible(!richText.isEmpty());
}

} // namespace adaptlab
