#include "views/home/DonutChart.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QPieLegendMarker>
#include <QPieSeries>
#include <QPieSlice>
#include <QToolTip>
#include <QVBoxLayout>

namespace simfleet {

DonutChart::DonutChart(const QString& objectName, QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_series(new QPieSeries) {
    setObjectName(objectName);
    // Screenshots and tests see the final picture at once.
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->legend()->setShowToolTips(true);
    m_series->setHoleSize(0.5);
    m_series->setPieSize(0.85);
    m_chart->addSeries(m_series);           // takes the series
    m_view = new QChartView(m_chart, this); // takes the chart
    m_view->setObjectName(objectName + QStringLiteral("View"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(320, 200);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void DonutChart::setTitle(const QString& title) {
    m_chart->setTitle(title);
    QFont font = m_chart->titleFont();
    font.setBold(true);
    m_chart->setTitleFont(font);
}

QString DonutChart::legendText(const Part& part) {
    return tr("%1: %2", "chart legend: part of the fleet: SIM count")
        .arg(part.label, QLocale().toString(part.count));
}

QString DonutChart::toolTip(const Part& part, int total) {
    const double share = total > 0 ? 100.0 * part.count / total : 0.0;
    const QString text = tr("%1\n%Ln SIM(s), %2 % of the fleet", "chart tooltip", part.count)
                             .arg(part.label, QLocale().toString(share, 'f', share < 10 ? 1 : 0));
    return part.filter ? text + QLatin1Char('\n') + tr("Click to show them in the SIM table")
                       : text;
}

QPieSlice* DonutChart::slice(const QString& label) const {
    for (int i = 0; i < m_parts.size(); ++i) {
        if (m_parts.at(i).label == label)
            return m_series->slices().value(i);
    }
    return nullptr;
}

void DonutChart::setParts(const QVector<Part>& parts) {
    QToolTip::hideText();
    m_series->clear();
    m_parts.clear();
    int total = 0;
    for (const Part& part : parts)
        total += part.count;
    const QColor border = palette().color(QPalette::Base);
    for (const Part& part : parts) {
        if (part.count <= 0)
            continue;
        m_parts.append(part);
        auto* slice = new QPieSlice(legendText(part), part.count);
        slice->setColor(part.color);
        slice->setBorderColor(border);
        slice->setExplodeDistanceFactor(0.04);
        const QString tip = toolTip(part, total);
        if (part.filter) {
            const FleetFilter filter = *part.filter;
            connect(slice, &QPieSlice::clicked, this,
                    [this, filter] { emit filterRequested(filter); });
        }
        connect(slice, &QPieSlice::hovered, this, [this, slice, tip](bool on) {
            slice->setExploded(on);
            if (on)
                QToolTip::showText(QCursor::pos(), tip, m_view);
            else
                QToolTip::hideText();
        });
        m_series->append(slice);
    }
    // The legend entries open the same SIMs as their slices (and say the count).
    const QList<QLegendMarker*> markers = m_chart->legend()->markers(m_series);
    for (QLegendMarker* marker : markers) {
        auto* pieMarker = qobject_cast<QPieLegendMarker*>(marker);
        if (!pieMarker)
            continue;
        QPieSlice* slice = pieMarker->slice();
        connect(marker, &QLegendMarker::clicked, slice, &QPieSlice::clicked);
    }
}

} // namespace simfleet
