#pragma once

#include <QColor>
#include <QList>
#include <QPalette>
#include <QString>
#include <QStyledItemDelegate>

class QChart;
class QWidget;

namespace simfleet {

// The application's look: the palette of the chosen theme (system, light or
// dark, all on the Fusion style) and every colour SimFleet draws itself
// (status marks, banners, limit bars, charts), picked for the palette it is
// drawn on so it stays readable in both. The one place that names colours.
namespace Theme {

enum class Mode { System, Light, Dark };

// "system", "light", "dark" (the setting's value).
QString modeKey(Mode mode);
// Unknown or empty values are System.
Mode modeFromKey(const QString& key);

// Fusion's standard (light) palette.
QPalette lightPalette();
// A complete dark palette for Fusion, disabled colours included.
QPalette darkPalette();
// Sets the application palette of `mode` and tells every window at once
// (QEvent::PaletteChange reaches the widgets before this returns); System
// gives the platform's palette (or the style's own where the platform has none).
void apply(Mode mode);

// Whether `palette` draws light text on a dark window.
bool isDark(const QPalette& palette);
// The application palette: what colours are chosen against (a tinted box
// or a coloured label has a palette of its own).
QPalette current();

// WCAG 2 relative luminance (0 black .. 1 white) and contrast ratio (1..21).
double luminance(const QColor& color);
double contrastRatio(const QColor& a, const QColor& b);
// `a` mixed with `b`: share 0 is `a`, 1 is `b`.
QColor mix(const QColor& a, const QColor& b, double share);

// Colours of status marks, chart parts and messages. Each is at least 3:1
// against the palette's Window and Base (text-like ones 4.5:1).
enum class Swatch { Green, Amber, Red, Blue, Sky, Purple, Brown, Teal, Grey };
QColor swatch(Swatch swatch, const QPalette& palette);

// The meaning of a message or mark.
enum class Tone { Good, Warning, Bad, Info };
QColor toneColor(Tone tone, const QPalette& palette);

// A tinted box (banner, badge): its background, border and text.
struct Tint {
    QColor background;
    QColor border;
    QColor text;
};
Tint tint(Tone tone, const QPalette& palette);
// Fills `box` with the tint's background under its text colour (its
// labels take it). Call again on QEvent::PaletteChange; draw the border with
// paintTintBorder() from its paint event.
void applyTint(QWidget* box, const Tint& tint);
void paintTintBorder(QWidget* box, const Tint& tint);

// The label's text in `tone`'s colour, following theme changes; none puts
// the palette's own colour back.
void setTextTone(QWidget* label, Tone tone);
void clearTextTone(QWidget* label);

// Grid, axis line and the unused part of a bar: visible on the Base colour
// but quieter than text.
QColor lineColor(const QPalette& palette);

// Ten distinct colours for chart series on `palette`'s Base (each at least
// 3:1 on the dark one; the light row is Tableau 10).
QList<QColor> seriesColours(const QPalette& palette);
// A bar set or series whose colour means something (a grey "all others",
// red for unpaid) keeps it when styleChart() colours the rest.
void keepOwnColour(QObject* series);

// The chart's background, title, legend, axes and grid in `palette`'s
// colours, and its series in seriesColours() but those that keep their own.
// Call after the series and axes are added.
void styleChart(QChart* chart, const QPalette& palette);

} // namespace Theme

// For tables whose model gives light-theme row colours (the Background and
// Foreground roles, e.g. unpaid bills): on a dark palette each keeps its hue
// with its lightness turned around (a dark tint under light text, light text
// on the dark rows), so the rows stay readable. On a light palette the
// model's colours are drawn as they are.
class ThemedColoursDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThemedColoursDelegate)

public:
    explicit ThemedColoursDelegate(QObject* parent = nullptr);

    // The colours `option` gets for `index` (tests).
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace simfleet
