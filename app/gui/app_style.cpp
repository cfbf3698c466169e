#include "app_style.h"

#include <QApplication>
#include <QFile>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace adaptlab::gui {

void applyAppStyle(QApplication& app)
{
    // Fusion looks the same on every desktop and offscreen, so screenshots match what users see.
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette = app.style()->standardPalette();
    palette.setColor(QPalette::Window, QColor(0xf6, 0xf8, 0xfa));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf8, 0xfb));
    palette.setColor(QPalette::Highlight, QColor(0x2a, 0x7a, 0xd8));
    palette.setColor(QPalette::Button, QColor(0xf0, 0xf3, 0xf6));
    app.setPalette(palette);

    QFile sheet(QStringLiteral(":/style/light.qss"));
    if (sheet.open(QIODevice::ReadOnly | QIODevice::Text))
        app.setStyleSheet(QString::fromUtf8(sheet.readAll()));
}

} // namespace adaptlab::gui
