#include "views/reports/ReportChartParts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QToolTip>
#include <QValueAxis>
#include <QWidget>

namespace simfleet {

namespace ReportChartParts {

namespace {

constexpr double kMb = 1024.0 * 1024.0;

} // namespace

ByteScale scaleFor(qint64 maxBytes) {
    if (double(maxBytes) >= 10.0 * 1024.0 * kMb)
        return {1024.0 * kMb, QCoreApplication::translate("simfleet::ReportCharts", "GB")};
    return {kMb, QCoreApplication::translate("simfleet::ReportCharts", "MB")};
}

QString simLabel(const QString& name, const QString& number, qint64 simId) {
    if (!name.trimmed().isEmpty())
        return name.trimmed();
    if (!number.trimmed().isEmpty())
        return number.trimmed();
    return QStringLiteral("#%1").arg(simId);
}

QString uniqueLabel(QString label, const QStringList& taken) {
    while (taken.contains(label))
        label += QLatin1Char(' ');
    return label;
}

QString dayFormat() {
    return QLocale()
        .dateFormat(QLocale::ShortFormat)
        .remove(QRegularExpression(QStringLiteral("[^dM]*y+[^dM]*")));
}

QChart* newChart(const QString& title) {
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

QHorizontalBarSeries* addHorizontalBars(QChart* chart, QBarSet* set, const QStringList& labels,
                                        const QString& valueTitle, const QString& labelFormat) {
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(labels);
    auto* x = new QValueAxis;
    x->setTitleText(valueTitle);
    x->setLabelFormat(labelFormat);
    x->setMin(0);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    x->applyNiceNumbers();
    return series;
}

void showTip(const QString& text) {
    QToolTip::showText(QCursor::pos(), text);
}

bool savePng(QWidget* widget, const QString& path) {
    const QPixmap picture = widget->grab();
    if (picture.isNull())
        return false;
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && picture.save(&file, "PNG") && file.commit();
}

bool saveSvg(QWidget* widget, const QString& path, const QString& title) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setSize(widget->size());
    generator.setViewBox(widget->rect());
    generator.setTitle(title);
    generator.setResolution(widget->logicalDpiX());
    {
        QPainter painter;
        if (!painter.begin(&generator))
            return false;
        widget->render(&painter);
        painter.end();
    }
    return file.commit();
}

QValueAxis* addDayAxes(QChart* chart, QAbstractBarSeries* series, const QStringList& labels) {
    auto* x = new QBarCategoryAxis;
    x->append(labels);
    if (labels.size() > 15)
        x->setLabelsAngle(-90);
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setMin(0);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return y;
}

} // namespace ReportChartParts

} // namespace simfleet
