// The icon set stays sharp on high-DPI screens: every icon is drawn from its
// SVG at the screen's device pixel ratio (200 %: twice the pixels), never an
// enlarged small bitmap.
#include "resources/ResourceIcons.h"

#include <QApplication>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QTest>

using namespace simfleet;

class TestResourceIcons final : public QObject {
    Q_OBJECT

private slots:
    void everyIcon_drawnAtDoubleResolution_data();
    void everyIcon_drawnAtDoubleResolution();
};

void TestResourceIcons::everyIcon_drawnAtDoubleResolution_data() {
    QTest::addColumn<QString>("name");
    const QStringList names = ResourceIcons::names();
    QVERIFY(names.size() >= 20);
    for (const QString& name : names)
        QTest::newRow(qPrintable(name)) << name;
}

void TestResourceIcons::everyIcon_drawnAtDoubleResolution() {
    QFETCH(QString, name);
    const QIcon icon = ResourceIcons::icon(name);
    QVERIFY(!icon.isNull());
    for (int size : {16, 20, 48}) {
        const QPixmap pixmap = icon.pixmap(QSize(size, size), 2.0);
        // An SVG drawn for 200 %: twice the pixels, the same size on screen.
        QCOMPARE(pixmap.devicePixelRatio(), 2.0);
        QCOMPARE(pixmap.size(), QSize(2 * size, 2 * size));
        const QImage image = pixmap.toImage();
        // Something is drawn (not an empty transparent square).
        bool drawn = false;
        for (int y = 0; y < image.height() && !drawn; ++y) {
            for (int x = 0; x < image.width() && !drawn; ++x)
                drawn = qAlpha(image.pixel(x, y)) > 0;
        }
        QVERIFY(drawn);
    }
    // Large sizes too (the application icon in the About box, the sign-in dialog).
    QCOMPARE(icon.pixmap(QSize(256, 256)).size(), QSize(256, 256));
}

QTEST_MAIN(TestResourceIcons)
#include "tst_resource_icons.moc"
