#pragma once

#include <QString>
#include <QStringList>

class QAbstractBarSeries;
class QBarSet;
class QChart;
class QHorizontalBarSeries;
class QValueAxis;
class QWidget;

namespace simfleet {

// Pieces every report chart is built from: the byte unit of an axis, a SIM's
// label, a chart with the common look, a horizontal bar chart, the tooltip,
// and saving what is shown as PNG or SVG.
namespace ReportChartParts {

// Axis values in MB, or GB when they are big.
struct ByteScale {
    double divisor = 1.0;
    QString unit;
};
ByteScale scaleFor(qint64 maxBytes);

// The SIM's name, else its number, else "#id".
QString simLabel(const QString& name, const QString& number, qint64 simId);
// `label`, with spaces added until no label in `taken` is the same (bar
// categories must differ).
QString uniqueLabel(QString label, const QStringList& taken);
// The locale's short date without the year ("31.12", "12/31").
QString dayFormat();

// A chart with no animation and the legend at the bottom.
QChart* newChart(const QString& title);
// Bars from the left, one per label (bottom to top), on a value axis from 0.
// Attaches a day-category axis (labels turned upright past 15 days) and a
// value axis from 0 to `series`; returns the value axis for its title and range.
QValueAxis* addDayAxes(QChart* chart, QAbstractBarSeries* series, const QStringList& labels);
QHorizontalBarSeries* addHorizontalBars(QChart* chart, QBarSet* set, const QStringList& labels,
                                        const QString& valueTitle, const QString& labelFormat);
void showTip(const QString& text);

// The widget as drawn now; false when the file could not be written.
bool savePng(QWidget* widget, const QString& path);
// The widget drawn as vectors (text stays text); false when it could not be written.
bool saveSvg(QWidget* widget, const QString& path, const QString& title);

} // namespace ReportChartParts

} // namespace simfleet
