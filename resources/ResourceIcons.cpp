#include "resources/ResourceIcons.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace simfleet {

namespace ResourceIcons {

namespace {

// The slate grey the set's outlines are drawn in, and the lighter slate
// that replaces it on a dark palette (about 6:1 on a dark window, where the
// original is 2:1).
constexpr char kOutline[] = "#56657a";
constexpr char kOutlineOnDark[] = "#aab7c8";

bool paletteIsDark() {
    const QPalette palette = QGuiApplication::palette();
    return palette.color(QPalette::Window).lightnessF() < 0.4 &&
           palette.color(QPalette::WindowText).lightnessF() >
               palette.color(QPalette::Window).lightnessF();
}

// Draws the SVG at the size asked for, its outlines in the colour that reads
// on the application palette at that moment: an icon shown before a theme
// change is drawn right after it too.
class ThemedSvgEngine final : public QIconEngine {
public:
    explicit ThemedSvgEngine(const QString& path)
        : m_path(path) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            m_svg = file.readAll();
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode,
               QIcon::State state) override {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap picture = pixmap(rect.size() * ratio, mode, state);
        picture.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, picture);
    }

    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override { return size; }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State) override {
        if (m_svg.isEmpty() || size.isEmpty())
            return {};
        const bool dark = paletteIsDark();
        const QString key = QStringLiteral("simfleet-icon:%1:%2x%3:%4:%5")
                                .arg(m_path)
                                .arg(size.width())
                                .arg(size.height())
                                .arg(int(mode))
                                .arg(dark ? 1 : 0);
        QPixmap cached;
        if (QPixmapCache::find(key, &cached))
            return cached;
        QByteArray svg = m_svg;
        if (dark)
            svg.replace(kOutline, kOutlineOnDark);
        QSvgRenderer renderer(svg);
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            // Disabled: the same drawing, faded.
            if (mode == QIcon::Disabled)
                painter.setOpacity(0.4);
            // Square icons: centred in the area asked for.
            const int side = qMin(size.width(), size.height());
            renderer.render(&painter, QRectF((size.width() - side) / 2.0,
                                             (size.height() - side) / 2.0, side, side));
        }
        QPixmap result = QPixmap::fromImage(image);
        QPixmapCache::insert(key, result);
        return result;
    }

    QString key() const override { return QStringLiteral("simfleet-themed-svg"); }
    QIconEngine* clone() const override { return new ThemedSvgEngine(*this); }
    bool isNull() override { return m_svg.isEmpty(); }

private:
    ThemedSvgEngine(const ThemedSvgEngine&) = default;

    QString m_path;
    QByteArray m_svg;
};

} // namespace

QString path(const QString& name) {
    return QStringLiteral(":/icons/%1.svg").arg(name);
}

QIcon icon(const QString& name) {
    // QIcon owns the engine.
    return QIcon(new ThemedSvgEngine(path(name)));
}

QStringList names() {
    QStringList result;
    const QStringList files = QDir(QStringLiteral(":/icons"))
                                  .entryList({QStringLiteral("*.svg")}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        result.append(file.chopped(4));
    return result;
}

} // namespace ResourceIcons

} // namespace simfleet
