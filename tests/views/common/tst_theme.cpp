#include "views/common/InlineBanner.h"
#include "views/common/Theme.h"
#include "views/sims/LimitBarDelegate.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLegend>
#include <QStandardItemModel>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTest>
#include <QValueAxis>

using namespace simfleet;

// The palettes of the three themes and the colours SimFleet draws itself:
// light text on a dark window in the dark theme and the reverse in the light
// one, and every status, banner and limit-bar colour at least 3:1 (WCAG)
// against what it is drawn on, in both.
class TestTheme final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void modeKeys_unknownIsSystem();
    void dark_hasDarkWindowAndLightText();
    void light_hasLightWindowAndDarkText();
    void system_isThePlatformPalette();
    void contrast_data();
    void contrast();
    void textTone_followsAThemeChange();
    void banner_followsAThemeChange();
    void chart_followsThePalette();
    void tableRowColours_turnedForTheDarkTheme();
};

namespace {

constexpr double kGraphics = 3.0; // WCAG 1.4.11: marks, bars, borders
constexpr double kText = 4.5;     // WCAG 1.4.3: normal text

QString ratioText(const QColor& a, const QColor& b) {
    return QStringLiteral("%1 on %2: %3:1")
        .arg(a.name(), b.name())
        .arg(Theme::contrastRatio(a, b), 0, 'f', 2);
}

} // namespace

void TestTheme::init() {
    Theme::apply(Theme::Mode::Light);
}

void TestTheme::cleanup() {
    Theme::apply(Theme::Mode::System);
}

void TestTheme::modeKeys_unknownIsSystem() {
    for (Theme::Mode mode : {Theme::Mode::System, Theme::Mode::Light, Theme::Mode::Dark})
        QCOMPARE(Theme::modeFromKey(Theme::modeKey(mode)), mode);
    QCOMPARE(Theme::modeKey(Theme::Mode::Dark), QStringLiteral("dark"));
    QCOMPARE(Theme::modeFromKey(QStringLiteral(" Dark ")), Theme::Mode::Dark);
    QCOMPARE(Theme::modeFromKey(QStringLiteral("neon")), Theme::Mode::System);
    QCOMPARE(Theme::modeFromKey(QString()), Theme::Mode::System);
}

void TestTheme::dark_hasDarkWindowAndLightText() {
    Theme::apply(Theme::Mode::Dark);
    const QPalette palette = QApplication::palette();
    QVERIFY(Theme::isDark(palette));
    for (QPalette::ColorRole background : {QPalette::Window, QPalette::Base, QPalette::Button})
        QVERIFY2(Theme::luminance(palette.color(background)) < 0.1,
                 qPrintable(palette.color(background).name()));
    for (QPalette::ColorRole text : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        QVERIFY2(Theme::luminance(palette.color(text)) > 0.6,
                 qPrintable(palette.color(text).name()));
    QVERIFY(Theme::contrastRatio(palette.color(QPalette::Text), palette.color(QPalette::Base)) >=
            7.0);
    QVERIFY(Theme::contrastRatio(palette.color(QPalette::PlaceholderText),
                                 palette.color(QPalette::Base)) >= kText);
    QVERIFY(Theme::contrastRatio(palette.color(QPalette::HighlightedText),
                                 palette.color(QPalette::Highlight)) >= kText);
    QVERIFY(Theme::contrastRatio(palette.color(QPalette::Link), palette.color(QPalette::Base)) >=
            kText);
    QVERIFY(Theme::contrastRatio(palette.color(QPalette::ToolTipText),
                                 palette.color(QPalette::ToolTipBase)) >= kText);
    // Disabled text is greyed but still readable.
    for (QPalette::ColorRole text : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        const QColor disabled = palette.color(QPalette::Disabled, text);
        QVERIFY2(Theme::contrastRatio(
                     disabled, palette.color(QPalette::Disabled, QPalette::Window)) >= kGraphics,
                 qPrintable(ratioText(disabled, palette.color(QPalette::Window))));
        QVERIFY(disabled != palette.color(QPalette::Active, text));
    }
    // A widget made now takes it.
    QLabel label(QStringLiteral("x"));
    QVERIFY(Theme::isDark(label.palette()));
}

void TestTheme::light_hasLightWindowAndDarkText() {
    Theme::apply(Theme::Mode::Dark);
    Theme::apply(Theme::Mode::Light);
    const QPalette palette = QApplication::palette();
    QVERIFY(!Theme::isDark(palette));
    for (QPalette::ColorRole background : {QPalette::Window, QPalette::Base, QPalette::Button})
        QVERIFY2(Theme::luminance(palette.color(background)) > 0.6,
                 qPrintable(palette.color(background).name()));
    for (QPalette::ColorRole text : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        QVERIFY2(Theme::luminance(palette.color(text)) < 0.1,
                 qPrintable(palette.color(text).name()));
    QCOMPARE(palette.color(QPalette::Window), Theme::lightPalette().color(QPalette::Window));
}

void TestTheme::system_isThePlatformPalette() {
    Theme::apply(Theme::Mode::Dark);
    Theme::apply(Theme::Mode::System);
    // Offscreen has no palette of its own: the style's standard (light) one.
    QVERIFY(!Theme::isDark(QApplication::palette()));
    QCOMPARE(QApplication::palette().color(QPalette::Window),
             QApplication::style()->standardPalette().color(QPalette::Window));
}

void TestTheme::contrast_data() {
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestTheme::contrast() {
    QFETCH(bool, dark);
    const QPalette palette = dark ? Theme::darkPalette() : Theme::lightPalette();
    QCOMPARE(Theme::isDark(palette), dark);
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    const QColor alternate = palette.color(QPalette::AlternateBase);

    // Status marks, chart slices and bars: on the window (cards) and on fields, tables, charts.
    using S = Theme::Swatch;
    for (S swatch :
         {S::Green, S::Amber, S::Red, S::Blue, S::Sky, S::Purple, S::Brown, S::Teal, S::Grey}) {
        const QColor color = Theme::swatch(swatch, palette);
        for (const QColor& background : {window, base, alternate})
            QVERIFY2(Theme::contrastRatio(color, background) >= kGraphics,
                     qPrintable(ratioText(color, background)));
    }
    using T = Theme::Tone;
    for (T tone : {T::Good, T::Warning, T::Bad, T::Info}) {
        // Problem lines and status words are text on the window or a field.
        const QColor text = Theme::toneColor(tone, palette);
        for (const QColor& background : {window, base})
            QVERIFY2(Theme::contrastRatio(text, background) >= kText,
                     qPrintable(ratioText(text, background)));
        // Banners and badges: their text on their tint, their border around them.
        const Theme::Tint tint = Theme::tint(tone, palette);
        QVERIFY2(Theme::contrastRatio(tint.text, tint.background) >= kText,
                 qPrintable(ratioText(tint.text, tint.background)));
        QVERIFY2(Theme::contrastRatio(tint.border, window) >= kGraphics,
                 qPrintable(ratioText(tint.border, window)));
        QVERIFY2(Theme::contrastRatio(tint.border, tint.background) >= kGraphics,
                 qPrintable(ratioText(tint.border, tint.background)));
    }
    // The limit bar fills its Base-coloured box; its frame shows the limit's full length.
    for (double usage : {0.1, 0.85, 1.2}) {
        const QColor bar = LimitBarDelegate::barColor(usage, palette);
        QVERIFY2(Theme::contrastRatio(bar, base) >= kGraphics, qPrintable(ratioText(bar, base)));
    }
    QVERIFY(LimitBarDelegate::barColor(0.1, palette) != LimitBarDelegate::barColor(0.85, palette));
    QVERIFY(LimitBarDelegate::barColor(0.85, palette) != LimitBarDelegate::barColor(1.2, palette));
    QVERIFY2(Theme::contrastRatio(Theme::lineColor(palette), base) >= kGraphics,
             qPrintable(ratioText(Theme::lineColor(palette), base)));
}

void TestTheme::textTone_followsAThemeChange() {
    QWidget parent;
    auto* problem = new QLabel(QStringLiteral("The name is taken."), &parent);
    Theme::setTextTone(problem, Theme::Tone::Bad);
    const QColor lightRed = Theme::toneColor(Theme::Tone::Bad, Theme::lightPalette());
    QCOMPARE(problem->palette().color(QPalette::WindowText), lightRed);

    Theme::apply(Theme::Mode::Dark);
    const QColor darkRed = Theme::toneColor(Theme::Tone::Bad, Theme::darkPalette());
    QVERIFY(darkRed != lightRed);
    QCOMPARE(problem->palette().color(QPalette::WindowText), darkRed);
    QVERIFY(Theme::isDark(problem->palette()));

    // Cleared: the palette's own text colour again, and it stays so on a change.
    Theme::clearTextTone(problem);
    QCOMPARE(problem->palette().color(QPalette::WindowText),
             QApplication::palette().color(QPalette::WindowText));
    Theme::apply(Theme::Mode::Light);
    QCOMPARE(problem->palette().color(QPalette::WindowText),
             QApplication::palette().color(QPalette::WindowText));
}

void TestTheme::banner_followsAThemeChange() {
    QWidget window;
    auto* banner = new InlineBanner(&window);
    banner->showMessage(InlineBanner::Kind::Error, QStringLiteral("Failed"),
                        QStringLiteral("The server did not answer."));
    window.resize(500, 120);
    banner->resize(500, 120);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto colourOf = [banner] {
        // Between the border and the icon: the tint.
        return banner->grab().toImage().pixelColor(4, banner->height() / 2);
    };
    auto textLabel = [banner]() -> QLabel* {
        const auto labels = banner->findChildren<QLabel*>();
        for (QLabel* label : labels) {
            if (label->text() == QStringLiteral("The server did not answer."))
                return label;
        }
        return nullptr;
    };
    QVERIFY(textLabel());
    const Theme::Tint light = Theme::tint(Theme::Tone::Bad, Theme::lightPalette());
    QCOMPARE(colourOf(), light.background);
    QCOMPARE(textLabel()->palette().color(QPalette::WindowText), light.text);
    QCOMPARE(banner->grab().toImage().pixelColor(0, banner->height() / 2), light.border);

    Theme::apply(Theme::Mode::Dark);
    const Theme::Tint dark = Theme::tint(Theme::Tone::Bad, Theme::darkPalette());
    QVERIFY(dark.background != light.background);
    QCOMPARE(colourOf(), dark.background);
    QCOMPARE(textLabel()->palette().color(QPalette::WindowText), dark.text);
    QCOMPARE(banner->grab().toImage().pixelColor(0, banner->height() / 2), dark.border);
    // Another kind, in the dark theme at once.
    banner->showMessage(InlineBanner::Kind::Warning, QStringLiteral("Note"), QStringLiteral("x"));
    QCOMPARE(colourOf(), Theme::tint(Theme::Tone::Warning, Theme::darkPalette()).background);
}

void TestTheme::chart_followsThePalette() {
    auto* chart = new QChart;
    auto* series = new QBarSeries;
    auto* set = new QBarSet(QStringLiteral("Traffic"));
    *set << 1 << 2 << 3;
    series->append(set);
    auto* others = new QBarSet(QStringLiteral("All others"));
    *others << 1 << 1 << 1;
    others->setColor(Qt::darkGray);
    Theme::keepOwnColour(others);
    series->append(others);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    auto* y = new QValueAxis;
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    QChartView view(chart);

    for (const QPalette& palette : {Theme::darkPalette(), Theme::lightPalette()}) {
        Theme::styleChart(chart, palette);
        const QColor text = palette.color(QPalette::Text);
        const QColor base = palette.color(QPalette::Base);
        QCOMPARE(chart->backgroundBrush().color(), base);
        QCOMPARE(chart->titleBrush().color(), text);
        QCOMPARE(chart->legend()->labelColor(), text);
        for (QAbstractAxis* axis : chart->axes()) {
            QCOMPARE(axis->labelsBrush().color(), text);
            QVERIFY(Theme::contrastRatio(axis->gridLineColor(), base) > 1.1);
        }
        // The series in the theme's row of colours; the one with its own keeps it.
        QCOMPARE(set->color(), Theme::seriesColours(palette).first());
        QCOMPARE(others->color(), QColor(Qt::darkGray));
        QCOMPARE(set->borderColor(), base);
        if (Theme::isDark(palette)) {
            for (const QColor& colour : Theme::seriesColours(palette))
                QVERIFY2(Theme::contrastRatio(colour, base) >= kGraphics,
                         qPrintable(ratioText(colour, base)));
        }
    }
}

void TestTheme::tableRowColours_turnedForTheDarkTheme() {
    // An unpaid bill's row as BillsModel gives it: a light pink tint, dark red words.
    QStandardItemModel model(1, 1);
    const QColor tint(0xff, 0xeb, 0xee);
    const QColor word(0xb7, 0x1c, 0x1c);
    model.setData(model.index(0, 0), QStringLiteral("Unpaid"));
    model.setData(model.index(0, 0), tint, Qt::BackgroundRole);
    model.setData(model.index(0, 0), word, Qt::ForegroundRole);
    ThemedColoursDelegate delegate;
    for (const QPalette& palette : {Theme::lightPalette(), Theme::darkPalette()}) {
        QStyleOptionViewItem option;
        option.palette = palette;
        delegate.initStyleOption(&option, model.index(0, 0));
        const QColor background = option.backgroundBrush.color();
        const QColor text = option.palette.color(QPalette::Text);
        if (!Theme::isDark(palette)) {
            QCOMPARE(background, tint);
            QCOMPARE(text, word);
        } else {
            QVERIFY2(Theme::luminance(background) < 0.1, qPrintable(background.name()));
            QCOMPARE(background.hslHue(), tint.hslHue());
        }
        // The words on their row, and the row's tint against the plain rows.
        QVERIFY2(Theme::contrastRatio(text, background) >= kText,
                 qPrintable(ratioText(text, background)));
        QVERIFY(background != palette.color(QPalette::Base));
    }
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
