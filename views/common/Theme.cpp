#include "views/common/Theme.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QLegend>
#include <QLineSeries>
#include <QPainter>
#include <QStyle>
#include <QStyleFactory>
#include <QVariant>
#include <QWidget>

#include <array>
#include <cmath>
#include <memory>

namespace simfleet::Theme {

namespace {

constexpr const char* kToneProperty = "simfleetTextTone";
constexpr const char* kOwnColourProperty = "simfleetOwnColour";

// Re-colours its label after a theme change (the label's own palette keeps
// the old colour otherwise).
class ToneKeeper final : public QObject {
public:
    explicit ToneKeeper(QWidget* label)
        : QObject(label) {
        setObjectName(QStringLiteral("toneKeeper"));
    }

    static void refresh(QWidget* label) {
        const QVariant tone = label->property(kToneProperty);
        if (!tone.isValid())
            return;
        const QColor color = toneColor(Tone(tone.toInt()), current());
        QPalette palette = label->palette();
        if (palette.color(QPalette::WindowText) == color && palette.color(QPalette::Text) == color)
            return;
        palette.setColor(QPalette::WindowText, color);
        palette.setColor(QPalette::Text, color);
        label->setPalette(palette);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::PaletteChange ||
            event->type() == QEvent::ApplicationPaletteChange)
            refresh(static_cast<QWidget*>(watched));
        return false;
    }
};

QColor pick(const QPalette& palette, QRgb light, QRgb dark) {
    return QColor::fromRgb(isDark(palette) ? dark : light);
}

double channel(double value) {
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

} // namespace

QString modeKey(Mode mode) {
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

Mode modeFromKey(const QString& key) {
    const QString value = key.trimmed().toLower();
    if (value == QLatin1String("light"))
        return Mode::Light;
    if (value == QLatin1String("dark"))
        return Mode::Dark;
    return Mode::System;
}

QPalette lightPalette() {
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    const QPalette standard =
        fusion ? fusion->standardPalette() : QApplication::style()->standardPalette();
    // Every role set, so nothing of a dark platform palette shows through.
    QPalette palette;
    for (int group = 0; group < int(QPalette::NColorGroups); ++group) {
        for (int role = 0; role < int(QPalette::NColorRoles); ++role) {
            const auto g = QPalette::ColorGroup(group);
            const auto r = QPalette::ColorRole(role);
            palette.setBrush(g, r, standard.brush(g, r));
        }
    }
    return palette;
}

QPalette darkPalette() {
    const QColor window(0x35, 0x35, 0x35);
    const QColor base(0x2a, 0x2a, 0x2a);
    const QColor text(0xe0, 0xe0, 0xe0);
    const QColor disabledText(0x8c, 0x8c, 0x8c);
    QPalette palette;
    auto all = [&palette](QPalette::ColorRole role, const QColor& color) {
        palette.setColor(QPalette::Active, role, color);
        palette.setColor(QPalette::Inactive, role, color);
        palette.setColor(QPalette::Disabled, role, color);
    };
    all(QPalette::Window, window);
    all(QPalette::WindowText, text);
    all(QPalette::Base, base);
    all(QPalette::AlternateBase, QColor(0x32, 0x32, 0x32));
    all(QPalette::ToolTipBase, QColor(0x20, 0x20, 0x20));
    all(QPalette::ToolTipText, text);
    all(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    all(QPalette::Text, text);
    all(QPalette::Button, QColor(0x3c, 0x3c, 0x3c));
    all(QPalette::ButtonText, text);
    all(QPalette::BrightText, QColor(0xff, 0x80, 0x80));
    all(QPalette::Light, QColor(0x5a, 0x5a, 0x5a));
    all(QPalette::Midlight, QColor(0x4a, 0x4a, 0x4a));
    all(QPalette::Mid, QColor(0x6a, 0x6a, 0x6a));
    all(QPalette::Dark, QColor(0x23, 0x23, 0x23));
    all(QPalette::Shadow, QColor(0x14, 0x14, 0x14));
    all(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb7));
    all(QPalette::HighlightedText, Qt::white);
    all(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    all(QPalette::LinkVisited, QColor(0xc3, 0x9b, 0xff));
    // Disabled: greyed, but still readable on the window and fields.
    palette.setColor(QPalette::Disabled, QPalette::WindowText, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Text, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::PlaceholderText, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::Base, QColor(0x30, 0x30, 0x30));
    palette.setColor(QPalette::Disabled, QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4a, 0x4a));
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, QColor(0xb0, 0xb0, 0xb0));
    palette.setColor(QPalette::Disabled, QPalette::Link, QColor(0x8c, 0xa8, 0xc8));
    return palette;
}

void apply(Mode mode) {
    switch (mode) {
    case Mode::Light:
        QApplication::setPalette(lightPalette());
        break;
    case Mode::Dark:
        QApplication::setPalette(darkPalette());
        break;
    case Mode::System:
        // An empty palette resolves to the platform theme's, filled in by the style's.
        QApplication::setPalette(QPalette());
        break;
    }
    // Qt tells the windows on screen later, from the event loop, and a window
    // not shown yet (a dialog made but hidden) not at all: every window now,
    // so what is drawn next has the new colours.
    QEvent change(QEvent::ApplicationPaletteChange);
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows)
        QCoreApplication::sendEvent(window, &change);
}

bool isDark(const QPalette& palette) {
    return luminance(palette.color(QPalette::Window)) < 0.2 &&
           luminance(palette.color(QPalette::WindowText)) >
               luminance(palette.color(QPalette::Window));
}

QPalette current() {
    return QApplication::palette();
}

double luminance(const QColor& color) {
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

double contrastRatio(const QColor& a, const QColor& b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor mix(const QColor& a, const QColor& b, double share) {
    const double s = qBound(0.0, share, 1.0);
    return QColor::fromRgbF(float(a.redF() * (1 - s) + b.redF() * s),
                            float(a.greenF() * (1 - s) + b.greenF() * s),
                            float(a.blueF() * (1 - s) + b.blueF() * s));
}

QColor swatch(Swatch swatch, const QPalette& palette) {
    // Light: the Material 800 shades (dark enough for white); dark: the 200-300 shades.
    switch (swatch) {
    case Swatch::Green:
        return pick(palette, 0x2a7230, 0x81c784);
    case Swatch::Amber:
        return pick(palette, 0xa15c00, 0xffb74d);
    case Swatch::Red:
        return pick(palette, 0xc62828, 0xf28b82);
    case Swatch::Blue:
        return pick(palette, 0x1565c0, 0x64b5f6);
    case Swatch::Sky:
        return pick(palette, 0x1e88e5, 0x4fc3f7);
    case Swatch::Purple:
        return pick(palette, 0x6a1b9a, 0xce93d8);
    case Swatch::Brown:
        return pick(palette, 0x6d4c41, 0xbcaaa4);
    case Swatch::Teal:
        return pick(palette, 0x00796b, 0x4db6ac);
    case Swatch::Grey:
        break;
    }
    return pick(palette, 0x757575, 0xa8a8a8);
}

QColor toneColor(Tone tone, const QPalette& palette) {
    switch (tone) {
    case Tone::Good:
        return swatch(Swatch::Green, palette);
    case Tone::Warning:
        return swatch(Swatch::Amber, palette);
    case Tone::Bad:
        return swatch(Swatch::Red, palette);
    case Tone::Info:
        break;
    }
    return swatch(Swatch::Blue, palette);
}

Tint tint(Tone tone, const QPalette& palette) {
    const bool dark = isDark(palette);
    Tint result;
    result.text = dark ? QColor(0xf0, 0xf0, 0xf0) : QColor(0x1f, 0x23, 0x28);
    switch (tone) {
    case Tone::Bad:
        result.background = dark ? QColor(0x4a, 0x23, 0x24) : QColor(0xfd, 0xec, 0xec);
        result.border = dark ? QColor(0xf2, 0x8b, 0x82) : QColor(0xd6, 0x45, 0x45);
        break;
    case Tone::Warning:
        result.background = dark ? QColor(0x45, 0x37, 0x12) : QColor(0xff, 0xf6, 0xdc);
        result.border = dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0x9a, 0x67, 0x00);
        break;
    case Tone::Good:
        result.background = dark ? QColor(0x1e, 0x3d, 0x22) : QColor(0xe8, 0xf5, 0xe9);
        result.border = dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
        break;
    case Tone::Info:
        result.background = dark ? QColor(0x1f, 0x35, 0x50) : QColor(0xe8, 0xf1, 0xfb);
        result.border = dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x2f, 0x6f, 0xbf);
        break;
    }
    return result;
}

void applyTint(QWidget* box, const Tint& tint) {
    QPalette palette = box->palette();
    if (palette.color(QPalette::Window) == tint.background &&
        palette.color(QPalette::WindowText) == tint.text)
        return; // the same again would only send another palette change
    palette.setColor(QPalette::Window, tint.background);
    palette.setColor(QPalette::WindowText, tint.text);
    palette.setColor(QPalette::Text, tint.text);
    box->setPalette(palette);
    box->setAutoFillBackground(true);
}

void paintTintBorder(QWidget* box, const Tint& tint) {
    QPainter painter(box);
    painter.setPen(tint.border);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(box->rect().adjusted(0, 0, -1, -1));
}

void setTextTone(QWidget* label, Tone tone) {
    label->setProperty(kToneProperty, int(tone));
    if (!label->findChild<QObject*>(QStringLiteral("toneKeeper"), Qt::FindDirectChildrenOnly))
        label->installEventFilter(new ToneKeeper(label));
    ToneKeeper::refresh(label);
}

void clearTextTone(QWidget* label) {
    if (!label->property(kToneProperty).isValid())
        return;
    label->setProperty(kToneProperty, QVariant());
    // An empty palette: the label takes its parent's again.
    label->setPalette(QPalette());
}

QList<QColor> seriesColours(const QPalette& palette) {
    // Tableau 10 on light; the same hues lighter on dark.
    static const QList<QRgb> light{0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
                                   0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0x17becf};
    static const QList<QRgb> dark{0x78a9dc, 0xffa64d, 0xff7b7d, 0x8fd6d0, 0x7fc873,
                                  0xf5d765, 0xcf9dc4, 0xffb8c0, 0xc49a80, 0x9edae5};
    QList<QColor> result;
    for (QRgb rgb : isDark(palette) ? dark : light)
        result.append(QColor::fromRgb(rgb));
    return result;
}

void keepOwnColour(QObject* series) {
    series->setProperty(kOwnColourProperty, true);
}

QColor lineColor(const QPalette& palette) {
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.45);
}

void styleChart(QChart* chart, const QPalette& palette) {
    if (!chart)
        return;
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const QColor grid = mix(base, text, 0.2);
    chart->setBackgroundBrush(base);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    if (QLegend* legend = chart->legend()) {
        legend->setLabelColor(text);
        legend->setBrush(Qt::NoBrush);
        legend->setPen(Qt::NoPen);
    }
    // The series in the theme's own row of colours (the chart theme's later
    // colours are too dark on a dark background), parts separated by the
    // background's colour; a part coloured on purpose keeps its colour.
    const QList<QColor> colours = seriesColours(palette);
    int next = 0;
    auto nextColour = [&colours, &next] { return colours.at(next++ % colours.size()); };
    const QList<QAbstractSeries*> series = chart->series();
    for (QAbstractSeries* one : series) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(one)) {
            const QList<QBarSet*> sets = bars->barSets();
            for (QBarSet* set : sets) {
                set->setBorderColor(base);
                if (!set->property(kOwnColourProperty).toBool())
                    set->setColor(nextColour());
            }
        } else if (auto* line = qobject_cast<QLineSeries*>(one)) {
            if (!line->property(kOwnColourProperty).toBool())
                line->setColor(nextColour());
        }
    }
    const QList<QAbstractAxis*> axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(mix(base, text, 0.1));
        axis->setLinePenColor(lineColor(palette));
        axis->setShadesVisible(false);
    }
}

} // namespace simfleet::Theme

namespace simfleet {

ThemedColoursDelegate::ThemedColoursDelegate(QObject* parent)
    : QStyledItemDelegate(parent) {}

void ThemedColoursDelegate::initStyleOption(QStyleOptionViewItem* option,
                                            const QModelIndex& index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    if (!Theme::isDark(option->palette))
        return;
    if (option->backgroundBrush.style() != Qt::NoBrush) {
        const QColor color = option->backgroundBrush.color();
        option->backgroundBrush =
            QColor::fromHslF(qMax(0.0F, color.hslHueF()), color.hslSaturationF() * 0.6F, 0.2F);
    }
    const QVariant foreground = index.data(Qt::ForegroundRole);
    if (foreground.canConvert<QBrush>()) {
        const QColor color = foreground.value<QBrush>().color();
        const QColor light = QColor::fromHslF(qMax(0.0F, color.hslHueF()), color.hslSaturationF(),
                                              qMax(0.78F, 1.0F - color.lightnessF()));
        option->palette.setColor(QPalette::Text, light);
        option->palette.setColor(QPalette::WindowText, light);
    }
}

} // namespace simfleet
