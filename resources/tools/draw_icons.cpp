// Draws AdaptLab's icons as 64x64 PNGs into resources/icons/. The icons are drawn here in code
// (not SVG) because Debian's Qt 6 renders SVG only with qt6-svg's plugins, which the app does not
// depend on. Regenerate after editing:
//   g++ -std=c++20 -fPIC resources/tools/draw_icons.cpp $(pkg-config --cflags --libs Qt6Gui) \
//       -o /tmp/draw_icons && QT_QPA_PLATFORM=offscreen /tmp/draw_icons resources/icons
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QString>

#include <cmath>
#include <functional>
#include <iostream>

namespace {

const QColor kInk(0x2f, 0x3e, 0x4e);      // slate: outlines
const QColor kAccent(0x2a, 0x7a, 0xd8);   // blue: the one highlighted part
const QColor kSoft(0xd6, 0xe6, 0xf8);     // pale blue: fills
const QColor kWarn(0xe0, 0x8a, 0x00);     // amber: warnings
const QColor kGood(0x2e, 0x9d, 0x5b);     // green: success

QPen pen(const QColor& color, double width = 4.0)
{
    return QPen(color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
}

using Draw = std::function<void(QPainter&)>;

void folder(QPainter& p)
{
    QPainterPath path;
    path.moveTo(8, 18);
    path.lineTo(8, 50);
    path.lineTo(56, 50);
    path.lineTo(56, 22);
    path.lineTo(31, 22);
    path.lineTo(26, 14);
    path.lineTo(10, 14);
    path.closeSubpath();
    p.setPen(pen(kInk));
    p.setBrush(kSoft);
    p.drawPath(path);
    p.setPen(pen(kAccent));
    p.drawLine(QPointF(8, 28), QPointF(56, 28));
}

void database(QPainter& p)
{
    p.setPen(pen(kInk));
    p.setBrush(kSoft);
    QPainterPath body;
    body.moveTo(12, 14);
    body.lineTo(12, 50);
    body.arcTo(QRectF(12, 42, 40, 14), 180, 180);
    body.lineTo(52, 14);
    p.drawPath(body);
    p.setBrush(Qt::white);
    p.drawEllipse(QRectF(12, 7, 40, 14));
    p.setBrush(Qt::NoBrush);
    p.setPen(pen(kAccent));
    p.drawArc(QRectF(12, 22, 40, 14), 180 * 16, 180 * 16);
    p.drawArc(QRectF(12, 33, 40, 14), 180 * 16, 180 * 16);
}

void magnifier(QPainter& p)
{
    p.setPen(pen(kInk, 5));
    p.setBrush(kSoft);
    p.drawEllipse(QRectF(9, 9, 32, 32));
    p.drawLine(QPointF(37, 37), QPointF(55, 55));
    p.setPen(pen(kAccent, 3));
    p.drawLine(QPointF(17, 21), QPointF(33, 21));
    p.drawLine(QPointF(17, 29), QPointF(28, 29));
}

void tokens(QPainter& p)
{
    // Text split into pieces: three token boxes of different widths.
    p.setPen(pen(kInk, 3.5));
    p.setBrush(kSoft);
    p.drawRoundedRect(QRectF(6, 22, 16, 20), 4, 4);
    p.setBrush(QColor(0xc4, 0xe3, 0xcf));
    p.drawRoundedRect(QRectF(25, 22, 12, 20), 4, 4);
    p.setBrush(QColor(0xf6, 0xdd, 0xb0));
    p.drawRoundedRect(QRectF(40, 22, 18, 20), 4, 4);
    p.setPen(pen(kAccent, 3));
    p.drawLine(QPointF(6, 50), QPointF(58, 50));
    p.drawLine(QPointF(6, 14), QPointF(58, 14));
}

void pie(QPainter& p)
{
    const QRectF box(8, 8, 48, 48);
    p.setPen(pen(kInk, 3.5));
    p.setBrush(kSoft);
    p.drawPie(box, 90 * 16, 200 * 16);
    p.setBrush(QColor(0xf6, 0xdd, 0xb0));
    p.drawPie(box, 290 * 16, 100 * 16);
    p.setBrush(kAccent);
    p.drawPie(box, 30 * 16, 60 * 16);
}

void lossCurve(QPainter& p)
{
    p.setPen(pen(kInk));
    p.setBrush(Qt::NoBrush);
    p.drawLine(QPointF(10, 8), QPointF(10, 54));
    p.drawLine(QPointF(10, 54), QPointF(58, 54));
    QPainterPath curve;
    curve.moveTo(14, 12);
    curve.cubicTo(22, 40, 30, 42, 56, 44);
    p.setPen(pen(kAccent, 4.5));
    p.drawPath(curve);
    p.setPen(pen(kGood, 3));
    p.setBrush(kGood);
    p.drawEllipse(QPointF(56, 44), 2.5, 2.5);
}

void checklist(QPainter& p)
{
    p.setPen(pen(kInk));
    p.setBrush(kSoft);
    p.drawRoundedRect(QRectF(12, 8, 40, 50), 5, 5);
    p.setBrush(Qt::white);
    p.drawRoundedRect(QRectF(23, 4, 18, 9), 3, 3);
    p.setPen(pen(kGood, 5));
    p.setBrush(Qt::NoBrush);
    QPainterPath tick;
    tick.moveTo(21, 34);
    tick.lineTo(29, 42);
    tick.lineTo(44, 24);
    p.drawPath(tick);
}

void compare(QPainter& p)
{
    p.setPen(pen(kInk));
    p.drawLine(QPointF(8, 56), QPointF(58, 56));
    p.setPen(pen(kInk, 3));
    p.setBrush(kSoft);
    p.drawRect(QRectF(12, 28, 10, 26));
    p.drawRect(QRectF(36, 18, 10, 36));
    p.setBrush(kAccent);
    p.drawRect(QRectF(23, 36, 10, 18));
    p.drawRect(QRectF(47, 10, 10, 44));
}

void plug(QPainter& p)
{
    // A puzzle piece: something that plugs in.
    QPainterPath piece;
    piece.moveTo(10, 18);
    piece.lineTo(25, 18);
    piece.cubicTo(18, 2, 42, 2, 35, 18);
    piece.lineTo(50, 18);
    piece.lineTo(50, 31);
    piece.cubicTo(64, 24, 64, 48, 50, 41);
    piece.lineTo(50, 56);
    piece.lineTo(10, 56);
    piece.closeSubpath();
    p.setPen(pen(kInk, 3.5));
    p.setBrush(kSoft);
    p.drawPath(piece);
    p.setPen(pen(kAccent, 3.5));
    p.drawLine(QPointF(18, 37), QPointF(36, 37));
}

void warning(QPainter& p)
{
    QPainterPath tri;
    tri.moveTo(32, 6);
    tri.lineTo(59, 55);
    tri.lineTo(5, 55);
    tri.closeSubpath();
    p.setPen(pen(kWarn.darker(120), 4));
    p.setBrush(kWarn);
    p.drawPath(tri);
    p.setPen(pen(Qt::white, 6));
    p.drawLine(QPointF(32, 22), QPointF(32, 38));
    p.drawPoint(QPointF(32, 47));
}

void refresh(QPainter& p)
{
    p.setPen(pen(kAccent, 5));
    p.setBrush(Qt::NoBrush);
    p.drawArc(QRectF(12, 12, 40, 40), 60 * 16, 270 * 16);
    // Arrow head at the arc's start (60 degrees).
    const double a = 60.0 * M_PI / 180.0;
    const QPointF tip(32 + 20 * std::cos(a), 32 - 20 * std::sin(a));
    p.setPen(Qt::NoPen);
    p.setBrush(kAccent);
    QPolygonF head;
    head << tip + QPointF(-11, -4) << tip + QPointF(4, -10) << tip + QPointF(3, 7);
    p.drawPolygon(head);
}

void dashboard(QPainter& p)
{
    p.setPen(pen(kInk, 3.5));
    p.setBrush(kSoft);
    p.drawRoundedRect(QRectF(8, 8, 21, 27), 4, 4);
    p.drawRoundedRect(QRectF(35, 29, 21, 27), 4, 4);
    p.setBrush(kAccent);
    p.drawRoundedRect(QRectF(35, 8, 21, 15), 4, 4);
    p.drawRoundedRect(QRectF(8, 41, 21, 15), 4, 4);
}

void appIcon(QPainter& p)
{
    // A rounded tile: a broad base narrowing to one bright point (general -> specialist).
    QLinearGradient g(0, 0, 64, 64);
    g.setColorAt(0, QColor(0x3b, 0x8d, 0xe8));
    g.setColorAt(1, QColor(0x1d, 0x4f, 0x91));
    p.setPen(Qt::NoPen);
    p.setBrush(g);
    p.drawRoundedRect(QRectF(2, 2, 60, 60), 13, 13);
    p.setPen(pen(Qt::white, 4.5));
    p.setBrush(Qt::NoBrush);
    QPainterPath funnel;
    funnel.moveTo(12, 16);
    funnel.cubicTo(24, 20, 30, 32, 32, 48);
    funnel.moveTo(52, 16);
    funnel.cubicTo(40, 20, 34, 32, 32, 48);
    funnel.moveTo(32, 14);
    funnel.lineTo(32, 48);
    p.drawPath(funnel);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xff, 0xd2, 0x4a));
    p.drawEllipse(QPointF(32, 51), 5.5, 5.5);
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    const std::pair<const char*, Draw> icons[] = {
        {"adaptlab", appIcon},       {"step-project", folder},   {"step-data", database},
        {"step-inspect", magnifier}, {"step-tokenizer", tokens}, {"step-mixture", pie},
        {"step-train", lossCurve},   {"step-evaluate", checklist}, {"step-compare", compare},
        {"plugins", plug},           {"warning", warning},       {"refresh", refresh},
        {"overview", dashboard},
    };
    for (const auto& [name, draw] : icons) {
        QImage image(64, 64, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        draw(painter);
        painter.end();
        const QString path = outDir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png");
        if (!image.save(path)) {
            std::cerr << "cannot write " << path.toStdString() << '\n';
            return 1;
        }
    }
    return 0;
}
